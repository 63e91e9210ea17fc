## Czat na żywo: panel czatu mieszkańca, zostawianie wiadomości, konsola konsultantów i wiadomości czatu.

chat-launcher = Czat z 311
chat-panel-heading = Czat na żywo z 311
chat-close = Zamknij czat
chat-intro = Zadaj pytanie lub uzyskaj pomoc w sprawie zgłoszenia. Konsultant odpowie Ci tutaj, gdy tylko będzie wolny.
chat-name-label = Twoje imię (opcjonalnie)
chat-topic-label = W czym potrzebujesz pomocy?
chat-topic-hint = Na przykład: nieodebrane śmieci na mojej ulicy
chat-start = Rozpocznij czat
chat-connecting = Łączenie…
chat-reconnecting = Utracono połączenie. Ponowne łączenie… Twoje wiadomości zostały zachowane.
chat-reconnected = Połączono ponownie.
chat-queue-next = Twoja rozmowa jest następna w kolejce.
chat-queue-position = Twoje miejsce w kolejce: { $position }.
chat-queue-wait =
    { $minutes ->
        [one] Szacowany czas oczekiwania: około { $minutes } minuty.
        [few] Szacowany czas oczekiwania: około { $minutes } minut.
        [many] Szacowany czas oczekiwania: około { $minutes } minut.
       *[other] Szacowany czas oczekiwania: około { $minutes } minuty.
    }
chat-waiting-note = Podczas oczekiwania możesz wpisać swoje pytanie. Nie zamykaj tej strony: czat nie zamknie się sam.
chat-log-label = Rozmowa
chat-message-label = Twoja wiadomość
chat-send = Wyślij
chat-not-sent = Jeszcze nie wysłano. Wiadomość zostanie wysłana, gdy tylko połączenie wróci.
chat-typing-agent = Konsultant pisze…
chat-typing-resident = Mieszkaniec pisze…
chat-you = Ty
chat-resident = Mieszkaniec
chat-end = Zakończ czat
chat-ended-heading = Czat został zakończony
chat-rate-legend = Na ile pomocny był ten czat?
chat-rate-stars =
    { $stars ->
        [one] { $stars } gwiazdka
        [few] { $stars } gwiazdki
        [many] { $stars } gwiazdek
       *[other] { $stars } gwiazdki
    }
chat-rate-submit = Wyślij ocenę
chat-rate-thanks = Dziękujemy za ocenę.
chat-transcript-label = Wyślij mi zapis czatu e-mailem
chat-transcript-submit = Wyślij zapis czatu
chat-transcript-sent = Zapis czatu jest w drodze na Twój adres e-mail.
chat-new = Rozpocznij nowy czat
chat-about-request = Czat w sprawie tego zgłoszenia
chat-linked-request = W sprawie zgłoszenia { $number }

chat-page-title = Czat na żywo
chat-page-intro = Porozmawiaj na czacie z konsultantem 311 albo zostaw wiadomość, a odpowiemy Ci e-mailem lub SMS-em.
chat-offline-heading = Zostaw wiadomość
chat-offline-intro = W tej chwili żaden konsultant nie może rozmawiać na czacie. Zostaw wiadomość ze swoim adresem e-mail lub numerem telefonu, a konsultant Ci odpowie.
chat-offline-email = Adres e-mail
chat-offline-phone = Numer telefonu, jeśli chcesz dostać odpowiedź SMS-em
chat-offline-body = Twoja wiadomość
chat-offline-submit = Wyślij wiadomość
chat-offline-sent = Dziękujemy. Otrzymaliśmy Twoją wiadomość. Konsultant odpowie Ci e-mailem lub SMS-em.
chat-offline-error-body = Wpisz wiadomość
chat-offline-error-body-long = Wiadomość może mieć najwyżej 2000 znaków
chat-offline-error-name-long = Imię może mieć najwyżej 100 znaków
chat-offline-error-contact = Wpisz adres e-mail lub numer telefonu, abyśmy mogli Ci odpowiedzieć
chat-offline-error-email = Wpisz adres e-mail w prawidłowym formacie, np. imie@example.com
chat-offline-error-phone = Wpisz numer telefonu, np. 416 555 0123

## Zdarzenia czatu widoczne dla obu stron.

chat-event-joined = { $name } dołącza do czatu.
chat-event-transferred = Czat został przekazany konsultantowi { $name }.
chat-event-ended = Czat został zakończony.
chat-event-request = Utworzyliśmy dla Ciebie zgłoszenie { $number }. Dzięki temu numerowi możesz sprawdzać, co się z nim dzieje.

## Dlaczego coś wysłanego na czacie nie zostało przyjęte.

chat-error-bad-frame = Nie udało się tego odczytać. Odśwież stronę i spróbuj ponownie.
chat-error-too-long = Wiadomość jest za długa. Może mieć najwyżej 2000 znaków.
chat-error-too-fast = Wysyłasz wiadomości bardzo szybko. Zaczekaj chwilę i wyślij ponownie.
chat-error-empty = Przed wysłaniem wpisz wiadomość.
chat-error-topic-missing = Napisz, w czym potrzebujesz pomocy.
chat-error-already-started = Ten czat już się rozpoczął.
chat-error-unknown-chat = Nie znaleziono tego czatu. Rozpocznij nowy czat.
chat-error-no-chat = Najpierw rozpocznij czat.
chat-error-chat-ended = Ten czat został zakończony. Aby wysłać kolejne wiadomości, rozpocznij nowy czat.
chat-error-bad-rating = Wybierz od 1 do 5 gwiazdek.
chat-error-not-ended = Czat możesz ocenić dopiero po jego zakończeniu.
chat-error-bad-email = Wpisz adres e-mail w prawidłowym formacie, np. imie@example.com
chat-error-agents-only = Tylko konsultanci mogą to zrobić.
chat-error-residents-only = Tylko mieszkańcy mogą to zrobić.
chat-error-not-yours = Ten czat nie jest przypisany do Ciebie.
chat-error-at-limit = Masz już otwartą maksymalną liczbę czatów. Najpierw zakończ jeden z nich.
chat-error-taken = Ten czat przejął inny konsultant albo czat został zakończony.
chat-error-agent-unavailable = Ten konsultant nie jest już dostępny. Wybierz innego.
chat-error-unavailable = Czat jest teraz niedostępny. Spróbuj ponownie za kilka minut albo zadzwoń pod numer 311.

## Gotowe odpowiedzi, które konsultanci wysyłają w języku mieszkańca.

chat-canned-greeting = Dzień dobry, dziękujemy za kontakt z 311 Toronto. W czym mogę dziś pomóc?
chat-canned-one-moment = Proszę o chwilę cierpliwości, sprawdzam tę sprawę.
chat-canned-more-details = Proszę opisać problem nieco dokładniej.
chat-canned-location = Gdzie dokładnie jest problem? Pomocny będzie adres lub najbliższe skrzyżowanie.
chat-canned-request-filed = Zgłoszenie zostało utworzone. Jego stan można sprawdzać dzięki numerowi podanemu na tym czacie.
chat-canned-goodbye = Dziękujemy za kontakt z 311. Czy mogę pomóc w czymś jeszcze?

## Konsola konsultantów pod adresem /agent.

agent-page-heading = Konsola czatu
agent-status-connected = Połączono. Możesz teraz przyjmować czaty.
agent-status-reconnecting = Utracono połączenie. Ponowne łączenie…
agent-queue-heading = Oczekujące czaty
agent-queue-empty = Brak oczekujących czatów.
agent-queue-topic = Temat
agent-queue-language = Język
agent-queue-waiting = Czas oczekiwania
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }
agent-queue-fallback = Spoza Twoich języków
agent-accept = Przyjmij
agent-load = Otwarte czaty: { $active } z { $limit }
agent-chats-heading = Twoje czaty
agent-no-chats = Aby zacząć, przyjmij czat z kolejki.
agent-chat-with = Czat: { $name }
agent-chat-language = Język: { $language }
agent-chat-topic = Temat: { $topic }
agent-canned-label = Gotowa odpowiedź
agent-canned-choose = Wybierz odpowiedź
agent-canned-insert = Użyj tej odpowiedzi
agent-reply-label = Odpowiedź
agent-send = Wyślij
agent-add-note = Dodaj jako notatkę wewnętrzną
agent-note = Notatka wewnętrzna
agent-transfer-label = Przekaż do
agent-transfer = Przekaż
agent-transfer-none = Żaden inny konsultant nie jest dostępny.
agent-end = Zakończ czat
agent-ended = Ten czat został zakończony.
agent-close = Zamknij
agent-request-heading = Utwórz zgłoszenie
agent-request-service = Rodzaj usługi
agent-request-place = Miejsce: ulica, skrzyżowanie lub obiekt
agent-request-description = Opis
agent-request-submit = Otwórz formularz zgłoszenia
agent-request-hint = Formularz zgłoszenia otworzy się wypełniony danymi z tego czatu. Sprawdź go i wyślij; numer zgłoszenia pojawi się na czacie.
agent-cases-heading = Wiadomości zostawione, gdy nikt nie mógł rozmawiać na czacie
agent-cases-empty = Żadna wiadomość nie czeka na odpowiedź.
agent-case-from = Od: { $name }, { $contact }
agent-case-reply = Twoja odpowiedź
agent-case-send = Wyślij odpowiedź
agent-case-answered = Twoja odpowiedź została wysłana.
agent-error-reply = Wpisz odpowiedź o długości najwyżej 2000 znaków.
agent-error-answered = Na tę wiadomość już odpowiedziano.
agent-error-not-yours = Ten czat nie jest już przypisany do Ciebie.
agent-error-service = Wybierz rodzaj usługi.
staff-chat-transcripts = Zapisy czatów

## Wiadomości wysyłane e-mailem lub SMS-em.

notify-chat-transcript-subject = Twój czat z 311 Toronto
notify-chat-transcript-email = Zgodnie z Twoją prośbą przesyłamy zapis Twojego czatu z 311 Toronto.
notify-chat-reply-subject = Odpowiedź na Twoją wiadomość do 311 Toronto
notify-chat-reply-email =
    Twoja wiadomość do 311 Toronto otrzymała odpowiedź od konsultanta:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
