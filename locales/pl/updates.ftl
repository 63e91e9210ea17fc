## Powiadomienia o zgłoszeniu e-mailem lub SMS-em: formularze na stronie stanu zgłoszenia, strona
## wyłączania powiadomień i same wiadomości. Wiadomości są zwykłym tekstem; $number to numer zgłoszenia,
## np. 2026-000123, $service to nazwa rodzaju usługi, $status to nazwa stanu.

updates-heading = Otrzymuj powiadomienia
updates-intro = Możemy dać Ci znać za każdym razem, gdy w tym zgłoszeniu coś się zmieni. Najpierw wyślemy Ci kod, żeby sprawdzić, czy ten adres lub numer należy do Ciebie.
updates-email-label = Adres e-mail
updates-email-hint = Użyjemy go tylko do powiadomień o tym zgłoszeniu.
updates-email-button = Wysyłaj mi powiadomienia e-mailem
updates-phone-label = Numer telefonu komórkowego
updates-phone-hint = Na przykład 416 555 0123. Twój operator może pobierać opłaty za SMS-y.
updates-phone-button = Wysyłaj mi powiadomienia SMS-em
updates-code-sent-email = Wysłaliśmy 6-cyfrowy kod na adres { $address }.
updates-code-sent-sms = Wysłaliśmy 6-cyfrowy kod SMS-em na numer { $address }.
updates-code-label = Kod
updates-code-hint = Kod traci ważność 15 minut po wysłaniu.
updates-confirm-button = Potwierdź
updates-resend-button = Wyślij nowy kod
updates-resent = Wysłaliśmy nowy kod. Działa tylko najnowszy kod.
updates-on = Będziesz dostawać powiadomienia o tym zgłoszeniu. W każdej wiadomości jest link, dzięki któremu możesz je wyłączyć.
updates-already = Na ten adres lub numer już wysyłamy powiadomienia o tym zgłoszeniu.
updates-error-email = Wpisz adres e-mail, np. name@example.com
updates-error-phone = Wpisz numer komórki z numerem kierunkowym, np. 416 555 0123
updates-error-too-many = W krótkim czasie wysłaliśmy Ci kilka kodów. Użyj ostatniego kodu, który wysłaliśmy, albo spróbuj ponownie za godzinę.
updates-error-code-format = Wpisz 6-cyfrowy kod z wiadomości, którą wysłaliśmy
updates-error-code-wrong = Kod jest nieprawidłowy. Sprawdź najnowszą wiadomość od nas i spróbuj ponownie.
updates-error-code-expired = Kod stracił ważność. Poproś o nowy kod.
updates-error-code-attempts = Kod został zbyt wiele razy wpisany błędnie. Poproś o nowy kod.
updates-error-unknown = Tego kodu nie można już użyć. Włącz powiadomienia jeszcze raz.

unsubscribe-title = Wyłącz powiadomienia
unsubscribe-heading = Wyłącz powiadomienia o zgłoszeniu { $number }
unsubscribe-sent-to-email = Powiadomienia są wysyłane na adres { $address }.
unsubscribe-sent-to-sms = Powiadomienia są wysyłane SMS-em na numer { $address }.
unsubscribe-button = Wyłącz powiadomienia
unsubscribe-done = Nie będziesz już dostawać powiadomień o zgłoszeniu { $number }.
unsubscribe-unknown = Ten link jest nieprawidłowy. Sprawdź, czy został skopiowany w całości.
unsubscribe-back = Zobacz zgłoszenie

notify-code-subject = Twój kod do zgłoszenia { $number }
notify-code-email =
    Twój kod to { $code }.
    
    Wpisz go na stronie zgłoszenia { $number }, na której włączasz powiadomienia. Kod traci ważność po 15 minutach.
    
    Jeśli to nie Ty prosisz o powiadomienia, zignoruj ten e-mail.
notify-code-sms = Twój kod 311 do zgłoszenia { $number } to { $code }. Traci ważność po 15 minutach.
notify-status-subject = Zgłoszenie { $number }: { $status }
notify-status-email = Twoje zgłoszenie { $number } ({ $service }) ma nowy stan: { $status }.
notify-status-sms = 311: zgłoszenie { $number } ({ $service }) ma nowy stan: { $status }.
notify-note = Informacja od miasta: { $note }
notify-escalated-subject = Zgłoszenie { $number }: Twoja skarga została przekazana kierownictwu wydziału
notify-escalated-email = Na Twoją skargę dotyczącą zgłoszenia { $number } ({ $service }) nie odpowiedziano w terminie, dlatego została ona przekazana kierownictwu wydziału.
notify-escalated-sms = 311: Twoja skarga dotycząca zgłoszenia { $number } została przekazana kierownictwu wydziału.
notify-link = Zobacz zgłoszenie i jego historię: { $link }
notify-link-sms = { $link }
notify-footer-email = Dostajesz ten e-mail, ponieważ ten adres został zapisany na powiadomienia o tym zgłoszeniu.
notify-unsubscribe = Wyłącz te powiadomienia: { $unsubscribe }
notify-unsubscribe-sms = Odpowiedz STOP, aby wyłączyć powiadomienia, lub wejdź na { $unsubscribe }
