## Berichten over een aanvraag per e-mail of sms: de formulieren op de statuspagina, de pagina om
## berichten te stoppen en de berichten zelf. De berichten zijn platte tekst; $number is een aanvraagnummer
## zoals 2026-000123, $service de naam van een soort dienst, $status de naam van een status.

updates-heading = Op de hoogte blijven
updates-intro = We kunnen u een bericht sturen telkens als er iets verandert aan deze aanvraag. Eerst sturen we u een code, om te controleren of het adres of nummer echt van u is.
updates-email-label = E-mailadres
updates-email-hint = We gebruiken het alleen voor berichten over deze aanvraag.
updates-email-button = Stuur mij berichten per e-mail
updates-phone-label = Mobiel nummer
updates-phone-hint = Bijvoorbeeld 416 555 0123. Uw provider kan kosten rekenen voor sms-berichten.
updates-phone-button = Stuur mij berichten per sms
updates-code-sent-email = We hebben een code van 6 cijfers gestuurd naar { $address }.
updates-code-sent-sms = We hebben een code van 6 cijfers per sms gestuurd naar { $address }.
updates-code-label = Bevestigingscode
updates-code-hint = De code verloopt 15 minuten nadat we hem hebben gestuurd.
updates-confirm-button = Bevestigen
updates-resend-button = Nieuwe code sturen
updates-resent = We hebben een nieuwe code gestuurd. Alleen de nieuwste code werkt.
updates-on = U krijgt berichten over deze aanvraag. In elk bericht staat een link om ze te stoppen.
updates-already = Dat adres of nummer krijgt al berichten over deze aanvraag.
updates-error-email = Vul een e-mailadres in, zoals name@example.com
updates-error-phone = Vul een mobiel nummer in met het netnummer, zoals 416 555 0123
updates-error-too-many = U hebt in korte tijd meerdere codes aangevraagd. Gebruik de laatste code die we hebben gestuurd, of probeer het over een uur opnieuw.
updates-error-code-format = Vul de code van 6 cijfers in uit het bericht dat we hebben gestuurd
updates-error-code-wrong = De code klopt niet. Kijk in het nieuwste bericht dat we hebben gestuurd en probeer het opnieuw.
updates-error-code-expired = De code is verlopen. Vraag een nieuwe code aan.
updates-error-code-attempts = De code is te vaak verkeerd ingevuld. Vraag een nieuwe code aan.
updates-error-unknown = Deze code kan niet meer worden gebruikt. Meld u opnieuw aan voor berichten.

unsubscribe-title = Berichten stoppen
unsubscribe-heading = Berichten over aanvraag { $number } stoppen
unsubscribe-sent-to-email = De berichten worden gestuurd naar { $address }.
unsubscribe-sent-to-sms = De berichten worden per sms gestuurd naar { $address }.
unsubscribe-button = Berichten stoppen
unsubscribe-done = U krijgt geen berichten meer over aanvraag { $number }.
unsubscribe-unknown = Deze link is niet geldig. Controleer of de link helemaal is gekopieerd.
unsubscribe-back = Aanvraag bekijken

notify-code-subject = Uw code voor aanvraag { $number }
notify-code-email =
    Uw code is { $code }.
    
    Vul de code in op de pagina waar u berichten over aanvraag { $number } hebt aangevraagd. De code verloopt over 15 minuten.
    
    Hebt u geen berichten aangevraagd? Dan kunt u deze e-mail negeren.
notify-code-sms = Uw 311-code voor aanvraag { $number } is { $code }. De code verloopt over 15 minuten.
notify-status-subject = Aanvraag { $number }: { $status }
notify-status-email = Uw aanvraag { $number } ({ $service }) heeft een nieuwe status: { $status }.
notify-status-sms = 311: aanvraag { $number } ({ $service }) heeft een nieuwe status: { $status }.
notify-note = Opmerking van de gemeente: { $note }
notify-escalated-subject = Aanvraag { $number }: uw klacht is doorgestuurd naar de afdelingsleiding
notify-escalated-email = Uw klacht over aanvraag { $number } ({ $service }) is niet op tijd beantwoord. Daarom is de klacht doorgestuurd naar de afdelingsleiding.
notify-escalated-sms = 311: uw klacht over aanvraag { $number } is doorgestuurd naar de afdelingsleiding.
notify-link = Bekijk de aanvraag en wat er tot nu toe is gebeurd: { $link }
notify-link-sms = { $link }
notify-footer-email = U krijgt deze e-mail omdat u berichten over deze aanvraag hebt aangevraagd.
notify-unsubscribe = Deze berichten stoppen: { $unsubscribe }
notify-unsubscribe-sms = Antwoord STOP om te stoppen, of ga naar { $unsubscribe }
