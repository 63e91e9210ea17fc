## Benachrichtigungen zu einer Anfrage per E-Mail oder SMS: die Formulare auf der Statusseite, die
## Seite zum Abbestellen und die Nachrichten selbst. Die Nachrichten sind reiner Text; $number ist eine
## Anfragenummer wie 2026-000123, $service der Name einer Dienstleistung, $status der Name eines Status.

updates-heading = Benachrichtigungen erhalten
updates-intro = Wir können Ihnen jedes Mal Bescheid geben, wenn sich bei dieser Anfrage etwas ändert. Zuerst schicken wir Ihnen einen Code, um zu prüfen, ob die Adresse oder Nummer wirklich Ihnen gehört.
updates-email-label = E-Mail-Adresse
updates-email-hint = Wir verwenden sie nur für Benachrichtigungen zu dieser Anfrage.
updates-email-button = Per E-Mail benachrichtigen
updates-phone-label = Handynummer
updates-phone-hint = Zum Beispiel 416 555 0123. Ihr Mobilfunkanbieter kann Gebühren für SMS berechnen.
updates-phone-button = Per SMS benachrichtigen
updates-code-sent-email = Wir haben einen 6-stelligen Code an { $address } geschickt.
updates-code-sent-sms = Wir haben einen 6-stelligen Code per SMS an { $address } geschickt.
updates-code-label = Bestätigungscode
updates-code-hint = Der Code gilt 15 Minuten lang, nachdem wir ihn geschickt haben.
updates-confirm-button = Bestätigen
updates-resend-button = Neuen Code senden
updates-resent = Wir haben einen neuen Code geschickt. Nur der neueste Code funktioniert.
updates-on = Sie bekommen jetzt Benachrichtigungen zu dieser Anfrage. Jede Nachricht enthält einen Link, mit dem Sie sie abbestellen können.
updates-already = An diese Adresse bzw. Nummer gehen bereits Benachrichtigungen zu dieser Anfrage.
updates-error-email = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.com
updates-error-phone = Geben Sie eine Handynummer mit Vorwahl ein, zum Beispiel 416 555 0123
updates-error-too-many = Sie haben in kurzer Zeit mehrere Codes angefordert. Verwenden Sie den zuletzt geschickten Code oder versuchen Sie es in einer Stunde noch einmal.
updates-error-code-format = Geben Sie den 6-stelligen Code aus unserer Nachricht ein
updates-error-code-wrong = Der Code ist nicht richtig. Prüfen Sie unsere neueste Nachricht und versuchen Sie es noch einmal.
updates-error-code-expired = Der Code ist abgelaufen. Fordern Sie einen neuen Code an.
updates-error-code-attempts = Der Code wurde zu oft falsch eingegeben. Fordern Sie einen neuen Code an.
updates-error-unknown = Dieser Code kann nicht mehr verwendet werden. Melden Sie sich noch einmal für Benachrichtigungen an.

unsubscribe-title = Benachrichtigungen abbestellen
unsubscribe-heading = Benachrichtigungen zu Anfrage { $number } abbestellen
unsubscribe-sent-to-email = Die Benachrichtigungen gehen an { $address }.
unsubscribe-sent-to-sms = Die Benachrichtigungen gehen per SMS an { $address }.
unsubscribe-button = Benachrichtigungen abbestellen
unsubscribe-done = Sie bekommen keine Benachrichtigungen mehr zu Anfrage { $number }.
unsubscribe-unknown = Dieser Link ist ungültig. Prüfen Sie, ob er vollständig kopiert wurde.
unsubscribe-back = Zur Anfrage

notify-code-subject = Ihr Code für Anfrage { $number }
notify-code-email =
    Ihr Code lautet { $code }.
    
    Geben Sie ihn auf der Seite ein, auf der Sie Benachrichtigungen zu Anfrage { $number } angefordert haben. Er ist 15 Minuten lang gültig.
    
    Wenn Sie keine Benachrichtigungen angefordert haben, können Sie diese E-Mail ignorieren.
notify-code-sms = Ihr 311-Code für Anfrage { $number } lautet { $code }. Er ist 15 Minuten lang gültig.
notify-status-subject = Anfrage { $number }: { $status }
notify-status-email = Ihre Anfrage { $number } ({ $service }) hat einen neuen Status: { $status }.
notify-status-sms = 311: Anfrage { $number } ({ $service }) hat einen neuen Status: { $status }.
notify-note = Hinweis der Stadt: { $note }
notify-escalated-subject = Anfrage { $number }: Ihre Beschwerde wurde an die Abteilungsleitung weitergeleitet
notify-escalated-email = Ihre Beschwerde zu Anfrage { $number } ({ $service }) wurde nicht rechtzeitig beantwortet. Deshalb wurde sie an die Leitung der zuständigen Abteilung weitergeleitet.
notify-escalated-sms = 311: Ihre Beschwerde zu Anfrage { $number } wurde an die Abteilungsleitung weitergeleitet.
notify-link = Anfrage und Verlauf ansehen: { $link }
notify-link-sms = { $link }
notify-footer-email = Sie erhalten diese E-Mail, weil Sie Benachrichtigungen zu dieser Anfrage angefordert haben.
notify-unsubscribe = Diese Benachrichtigungen abbestellen: { $unsubscribe }
notify-unsubscribe-sms = Zum Abbestellen antworten Sie mit STOP oder öffnen Sie { $unsubscribe }
