## Live-Chat: das Chatfenster für Anfragende, Nachrichten hinterlassen, die Konsole der Mitarbeitenden und Chatnachrichten.

chat-launcher = Mit 311 chatten
chat-panel-heading = Live-Chat mit 311
chat-close = Chat schließen
chat-intro = Stellen Sie eine Frage oder holen Sie sich Hilfe zu einer Anfrage. Sobald jemand vom 311-Team frei ist, bekommen Sie hier eine Antwort.
chat-name-label = Ihr Name (freiwillig)
chat-topic-label = Wobei brauchen Sie Hilfe?
chat-topic-hint = Zum Beispiel: Müll in meiner Straße nicht abgeholt
chat-start = Chat beginnen
chat-connecting = Verbindung wird hergestellt…
chat-reconnecting = Die Verbindung ist unterbrochen. Verbindung wird wiederhergestellt… Ihre Nachrichten bleiben erhalten.
chat-reconnected = Wieder verbunden.
chat-queue-next = Sie sind als Nächstes an der Reihe.
chat-queue-position = Sie sind auf Platz { $position } in der Warteschlange.
chat-queue-wait =
    { $minutes ->
        [one] Geschätzte Wartezeit: etwa { $minutes } Minute.
       *[other] Geschätzte Wartezeit: etwa { $minutes } Minuten.
    }
chat-waiting-note = Sie können Ihre Frage schon schreiben, während Sie warten. Lassen Sie diese Seite geöffnet: Der Chat schließt sich nicht von selbst.
chat-log-label = Unterhaltung
chat-message-label = Ihre Nachricht
chat-send = Senden
chat-not-sent = Noch nicht gesendet. Die Nachricht wird gesendet, sobald die Verbindung wieder besteht.
chat-typing-agent = Das 311-Team schreibt…
chat-typing-resident = Die anfragende Person schreibt…
chat-you = Sie
chat-resident = Anfragende Person
chat-end = Chat beenden
chat-ended-heading = Der Chat ist beendet
chat-rate-legend = Wie hilfreich war dieser Chat?
chat-rate-stars =
    { $stars ->
        [one] { $stars } Stern
       *[other] { $stars } Sterne
    }
chat-rate-submit = Bewertung senden
chat-rate-thanks = Vielen Dank für Ihre Bewertung.
chat-transcript-label = Chatprotokoll per E-Mail erhalten
chat-transcript-submit = Chatprotokoll senden
chat-transcript-sent = Das Chatprotokoll ist auf dem Weg zu Ihrer E-Mail-Adresse.
chat-new = Neuen Chat beginnen
chat-about-request = Chat zu dieser Anfrage
chat-linked-request = Zur Anfrage { $number }

chat-page-title = Live-Chat
chat-page-intro = Chatten Sie live mit dem 311-Team, oder hinterlassen Sie eine Nachricht, und wir antworten Ihnen per E-Mail oder SMS.
chat-offline-heading = Nachricht hinterlassen
chat-offline-intro = Gerade ist niemand für den Chat verfügbar. Hinterlassen Sie eine Nachricht mit Ihrer E-Mail-Adresse oder Telefonnummer, und wir antworten Ihnen.
chat-offline-email = E-Mail-Adresse
chat-offline-phone = Telefonnummer, für eine Antwort per SMS
chat-offline-body = Ihre Nachricht
chat-offline-submit = Nachricht senden
chat-offline-sent = Vielen Dank. Wir haben Ihre Nachricht erhalten und antworten Ihnen per E-Mail oder SMS.
chat-offline-error-body = Geben Sie Ihre Nachricht ein
chat-offline-error-body-long = Ihre Nachricht darf höchstens 2000 Zeichen lang sein
chat-offline-error-name-long = Ihr Name darf höchstens 100 Zeichen lang sein
chat-offline-error-contact = Geben Sie eine E-Mail-Adresse oder Telefonnummer ein, damit wir Ihnen antworten können
chat-offline-error-email = Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com
chat-offline-error-phone = Geben Sie eine Telefonnummer ein, zum Beispiel 416 555 0123

## Ereignisse im Chat, für beide Seiten sichtbar.

chat-event-joined = { $name } ist dem Chat beigetreten.
chat-event-transferred = Der Chat wurde an { $name } weitergegeben.
chat-event-ended = Der Chat ist beendet.
chat-event-request = Für Sie wurde die Serviceanfrage { $number } erstellt. Mit dieser Nummer können Sie sie verfolgen.

## Warum etwas, das im Chat gesendet wurde, nicht angenommen wurde.

chat-error-bad-frame = Das konnte nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.
chat-error-too-long = Ihre Nachricht ist zu lang. Sie darf höchstens 2000 Zeichen lang sein.
chat-error-too-fast = Sie senden sehr schnell Nachrichten. Warten Sie einen Moment und senden Sie dann erneut.
chat-error-empty = Schreiben Sie eine Nachricht, bevor Sie sie senden.
chat-error-topic-missing = Geben Sie an, wobei Sie Hilfe brauchen.
chat-error-already-started = Dieser Chat hat bereits begonnen.
chat-error-unknown-chat = Dieser Chat wurde nicht gefunden. Beginnen Sie einen neuen Chat.
chat-error-no-chat = Beginnen Sie zuerst einen Chat.
chat-error-chat-ended = Dieser Chat ist beendet. Beginnen Sie einen neuen Chat, um weitere Nachrichten zu senden.
chat-error-bad-rating = Wählen Sie 1 bis 5 Sterne.
chat-error-not-ended = Sie können den Chat bewerten, sobald er beendet ist.
chat-error-bad-email = Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com
chat-error-agents-only = Das ist nur für Mitarbeitende möglich.
chat-error-residents-only = Das ist nur für anfragende Personen möglich.
chat-error-not-yours = Dieser Chat ist Ihnen nicht zugewiesen.
chat-error-at-limit = Sie haben bereits so viele Chats offen, wie Sie übernehmen können. Beenden Sie zuerst einen.
chat-error-taken = Jemand anderes hat diesen Chat übernommen, oder er ist beendet.
chat-error-agent-unavailable = Diese Person ist nicht mehr online. Wählen Sie eine andere Person.
chat-error-unavailable = Der Chat ist gerade nicht verfügbar. Versuchen Sie es in ein paar Minuten noch einmal, oder rufen Sie 311 an.

## Textbausteine, die Mitarbeitende in der Sprache der anfragenden Person senden.

chat-canned-greeting = Guten Tag, vielen Dank, dass Sie sich an 311 Toronto wenden. Wie kann ich Ihnen heute helfen?
chat-canned-one-moment = Einen Moment bitte, ich sehe mir das an.
chat-canned-more-details = Können Sie mir etwas mehr über das Problem sagen?
chat-canned-location = Wo genau ist das Problem? Eine Adresse oder die nächste Kreuzung hilft uns weiter.
chat-canned-request-filed = Ich habe eine Serviceanfrage für Sie erstellt. Sie können sie mit der Nummer verfolgen, die in diesem Chat steht.
chat-canned-goodbye = Vielen Dank, dass Sie sich an 311 gewandt haben. Kann ich Ihnen sonst noch helfen?

## Die Konsole der Mitarbeitenden unter /agent.

agent-page-heading = Chatkonsole
agent-status-connected = Verbunden. Sie sind für Chats online.
agent-status-reconnecting = Die Verbindung ist unterbrochen. Verbindung wird wiederhergestellt…
agent-queue-heading = Wartende Chats
agent-queue-empty = Es warten keine Chats.
agent-queue-topic = Thema
agent-queue-language = Sprache
agent-queue-waiting = Wartezeit
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }
agent-queue-fallback = Keine Ihrer Sprachen
agent-accept = Annehmen
agent-load = Offene Chats: { $active } von { $limit }
agent-chats-heading = Ihre Chats
agent-no-chats = Nehmen Sie einen Chat aus der Warteschlange an, um zu beginnen.
agent-chat-with = Chat mit { $name }
agent-chat-language = Sprache: { $language }
agent-chat-topic = Thema: { $topic }
agent-canned-label = Textbaustein
agent-canned-choose = Antwort auswählen
agent-canned-insert = Diese Antwort verwenden
agent-reply-label = Antwort
agent-send = Senden
agent-add-note = Als interne Notiz hinzufügen
agent-note = Interne Notiz
agent-transfer-label = Weiterleiten an
agent-transfer = Weiterleiten
agent-transfer-none = Sonst ist niemand online.
agent-end = Chat beenden
agent-ended = Dieser Chat ist beendet.
agent-close = Schließen
agent-request-heading = Serviceanfrage erstellen
agent-request-service = Art der Dienstleistung
agent-request-place = Standort: Straße, Kreuzung oder Ort
agent-request-description = Beschreibung
agent-request-submit = Meldeformular öffnen
agent-request-hint = Das Meldeformular öffnet sich mit den Angaben aus diesem Chat. Prüfen Sie es und senden Sie es ab; die Nummer der Anfrage wird im Chat angezeigt.
agent-cases-heading = Nachrichten, die hinterlassen wurden, als niemand chatten konnte
agent-cases-empty = Keine Nachricht wartet auf eine Antwort.
agent-case-from = Von { $name }, { $contact }
agent-case-reply = Ihre Antwort
agent-case-send = Antwort senden
agent-case-answered = Ihre Antwort wurde gesendet.
agent-error-reply = Geben Sie eine Antwort mit höchstens 2000 Zeichen ein.
agent-error-answered = Diese Nachricht wurde bereits beantwortet.
agent-error-not-yours = Dieser Chat ist Ihnen nicht mehr zugewiesen.
agent-error-service = Wählen Sie eine Art der Dienstleistung.
staff-chat-transcripts = Chatprotokolle

## Nachrichten per E-Mail oder SMS.

notify-chat-transcript-subject = Ihr Chat mit 311 Toronto
notify-chat-transcript-email = Hier ist, wie gewünscht, das Protokoll Ihres Chats mit 311 Toronto.
notify-chat-reply-subject = Eine Antwort auf Ihre Nachricht an 311 Toronto
notify-chat-reply-email =
    Sie haben 311 Toronto eine Nachricht hinterlassen. Das 311-Team hat geantwortet:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
