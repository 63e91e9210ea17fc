## Livechat: het chatvenster voor inwoners, een bericht achterlaten, de console voor medewerkers en chatberichten.

chat-launcher = Chat met 311
chat-panel-heading = Livechat met 311
chat-close = Chat sluiten
chat-intro = Stel een vraag of krijg hulp bij een aanvraag. Zodra er een medewerker vrij is, krijgt u hier antwoord.
chat-name-label = Uw naam (niet verplicht)
chat-topic-label = Waarmee hebt u hulp nodig?
chat-topic-hint = Bijvoorbeeld: afval in mijn straat niet opgehaald
chat-start = Chat beginnen
chat-connecting = Verbinding maken…
chat-reconnecting = Verbinding verbroken. Opnieuw verbinden… Uw berichten blijven bewaard.
chat-reconnected = Weer verbonden.
chat-queue-next = U bent de volgende in de wachtrij.
chat-queue-position = U bent nummer { $position } in de wachtrij.
chat-queue-wait =
    { $minutes ->
        [one] Geschatte wachttijd: ongeveer { $minutes } minuut.
       *[other] Geschatte wachttijd: ongeveer { $minutes } minuten.
    }
chat-waiting-note = U kunt uw vraag al typen terwijl u wacht. Houd deze pagina open: de chat sluit niet vanzelf.
chat-log-label = Gesprek
chat-message-label = Uw bericht
chat-send = Versturen
chat-not-sent = Nog niet verstuurd. Het bericht wordt verstuurd zodra de verbinding terug is.
chat-typing-agent = De medewerker is aan het typen…
chat-typing-resident = De inwoner is aan het typen…
chat-you = U
chat-resident = Inwoner
chat-end = Chat beëindigen
chat-ended-heading = De chat is beëindigd
chat-rate-legend = Hoe nuttig was deze chat?
chat-rate-stars =
    { $stars ->
        [one] { $stars } ster
       *[other] { $stars } sterren
    }
chat-rate-submit = Beoordeling versturen
chat-rate-thanks = Bedankt voor uw beoordeling.
chat-transcript-label = Stuur mij het chatverslag per e-mail
chat-transcript-submit = Chatverslag versturen
chat-transcript-sent = Het chatverslag wordt naar uw e-mailadres gestuurd.
chat-new = Nieuwe chat beginnen
chat-about-request = Chatten over deze aanvraag
chat-linked-request = Over aanvraag { $number }

chat-page-title = Livechat
chat-page-intro = Chat live met een medewerker van 311, of laat een bericht achter en we antwoorden u per e-mail of sms.
chat-offline-heading = Een bericht achterlaten
chat-offline-intro = Er is nu geen medewerker beschikbaar voor de chat. Laat een bericht achter met uw e-mailadres of telefoonnummer, dan krijgt u antwoord van een medewerker.
chat-offline-email = E-mailadres
chat-offline-phone = Telefoonnummer, voor een antwoord per sms
chat-offline-body = Uw bericht
chat-offline-submit = Bericht versturen
chat-offline-sent = Bedankt. We hebben uw bericht ontvangen. Een medewerker antwoordt u per e-mail of sms.
chat-offline-error-body = Vul uw bericht in
chat-offline-error-body-long = Uw bericht mag maximaal 2000 tekens lang zijn
chat-offline-error-name-long = Uw naam mag maximaal 100 tekens lang zijn
chat-offline-error-contact = Vul een e-mailadres of telefoonnummer in, zodat we u kunnen antwoorden
chat-offline-error-email = Vul een e-mailadres in de juiste vorm in, zoals naam@example.com
chat-offline-error-phone = Vul een telefoonnummer in, zoals 416 555 0123

## Gebeurtenissen in de chat, zichtbaar voor beide kanten.

chat-event-joined = { $name } neemt deel aan de chat.
chat-event-transferred = De chat is doorgegeven aan { $name }.
chat-event-ended = De chat is beëindigd.
chat-event-request = Serviceaanvraag { $number } is voor u aangemaakt. Met dit nummer kunt u de aanvraag volgen.

## Waarom iets wat in de chat is verstuurd, niet is geaccepteerd.

chat-error-bad-frame = Dit kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens.
chat-error-too-long = Uw bericht is te lang. Het mag maximaal 2000 tekens lang zijn.
chat-error-too-fast = U verstuurt erg snel berichten. Wacht even en verstuur het dan opnieuw.
chat-error-empty = Typ een bericht voordat u het verstuurt.
chat-error-topic-missing = Vul in waarmee u hulp nodig hebt.
chat-error-already-started = Deze chat is al begonnen.
chat-error-unknown-chat = Die chat is niet gevonden. Begin een nieuwe chat.
chat-error-no-chat = Begin eerst een chat.
chat-error-chat-ended = Deze chat is beëindigd. Begin een nieuwe chat om meer berichten te versturen.
chat-error-bad-rating = Kies 1 tot 5 sterren.
chat-error-not-ended = U kunt de chat beoordelen zodra die is beëindigd.
chat-error-bad-email = Vul een e-mailadres in de juiste vorm in, zoals naam@example.com
chat-error-agents-only = Alleen medewerkers kunnen dat doen.
chat-error-residents-only = Alleen inwoners kunnen dat doen.
chat-error-not-yours = Die chat is niet aan u toegewezen.
chat-error-at-limit = U hebt al het maximale aantal chats open. Beëindig er eerst een.
chat-error-taken = Een andere medewerker heeft die chat overgenomen, of de chat is beëindigd.
chat-error-agent-unavailable = Die medewerker is niet meer online. Kies een andere.
chat-error-unavailable = De chat is nu niet beschikbaar. Probeer het over een paar minuten opnieuw, of bel 311.

## Standaardantwoorden die medewerkers versturen, in de taal van de inwoner.

chat-canned-greeting = Hallo, bedankt dat u contact opneemt met 311 Toronto. Waarmee kan ik u vandaag helpen?
chat-canned-one-moment = Een ogenblik alstublieft, ik zoek het voor u uit.
chat-canned-more-details = Kunt u mij iets meer vertellen over het probleem?
chat-canned-location = Waar is het probleem precies? Een adres of het dichtstbijzijnde kruispunt helpt.
chat-canned-request-filed = Ik heb een serviceaanvraag voor u aangemaakt. U kunt die volgen met het nummer dat in deze chat staat.
chat-canned-goodbye = Bedankt voor uw contact met 311. Kan ik u nog ergens anders mee helpen?

## De console voor medewerkers, op /agent.

agent-page-heading = Chatconsole
agent-status-connected = Verbonden. U bent online voor chats.
agent-status-reconnecting = Verbinding verbroken. Opnieuw verbinden…
agent-queue-heading = Wachtende chats
agent-queue-empty = Er wachten geen chats.
agent-queue-topic = Onderwerp
agent-queue-language = Taal
agent-queue-waiting = Wachttijd
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
agent-queue-fallback = Niet een van uw talen
agent-accept = Aannemen
agent-load = Open chats: { $active } van { $limit }
agent-chats-heading = Uw chats
agent-no-chats = Neem een chat uit de wachtrij aan om te beginnen.
agent-chat-with = Chat met { $name }
agent-chat-language = Taal: { $language }
agent-chat-topic = Onderwerp: { $topic }
agent-canned-label = Standaardantwoord
agent-canned-choose = Kies een antwoord
agent-canned-insert = Dit antwoord gebruiken
agent-reply-label = Antwoord
agent-send = Versturen
agent-add-note = Toevoegen als interne notitie
agent-note = Interne notitie
agent-transfer-label = Doorsturen naar
agent-transfer = Doorsturen
agent-transfer-none = Er is geen andere medewerker online.
agent-end = Chat beëindigen
agent-ended = Deze chat is beëindigd.
agent-close = Sluiten
agent-request-heading = Serviceaanvraag aanmaken
agent-request-service = Soort dienst
agent-request-place = Locatie: straat, kruispunt of plaats
agent-request-description = Beschrijving
agent-request-submit = Meldingsformulier openen
agent-request-hint = Het meldingsformulier wordt geopend en ingevuld met de gegevens uit deze chat. Controleer het en verstuur het; het nummer van de aanvraag verschijnt in de chat.
agent-cases-heading = Berichten die zijn achtergelaten toen niemand kon chatten
agent-cases-empty = Er wachten geen berichten op antwoord.
agent-case-from = Van { $name }, { $contact }
agent-case-reply = Uw antwoord
agent-case-send = Antwoord versturen
agent-case-answered = Uw antwoord is verstuurd.
agent-error-reply = Vul een antwoord in van maximaal 2000 tekens.
agent-error-answered = Dat bericht is al beantwoord.
agent-error-not-yours = Die chat is niet meer aan u toegewezen.
agent-error-service = Kies een soort dienst.
staff-chat-transcripts = Chatverslagen

## Berichten die per e-mail of sms worden verstuurd.

notify-chat-transcript-subject = Uw chat met 311 Toronto
notify-chat-transcript-email = Hier is het verslag van uw chat met 311 Toronto, zoals u hebt gevraagd.
notify-chat-reply-subject = Een antwoord op uw bericht aan 311 Toronto
notify-chat-reply-email =
    U hebt een bericht achtergelaten voor 311 Toronto. Een medewerker heeft geantwoord:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
