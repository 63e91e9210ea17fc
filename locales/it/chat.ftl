## Chat dal vivo: il pannello di chat del residente, i messaggi lasciati, la console degli operatori e i messaggi della chat.

chat-launcher = Chatta con il 311
chat-panel-heading = Chat dal vivo con il 311
chat-close = Chiudi la chat
chat-intro = Faccia una domanda o riceva aiuto per una richiesta. Un operatore le risponderà qui appena sarà libero.
chat-name-label = Il suo nome (facoltativo)
chat-topic-label = Per che cosa le serve aiuto?
chat-topic-hint = Per esempio: rifiuti non raccolti nella mia via
chat-start = Inizia la chat
chat-connecting = Connessione in corso…
chat-reconnecting = Connessione persa. Nuova connessione in corso… I suoi messaggi vengono conservati.
chat-reconnected = Di nuovo connesso.
chat-queue-next = È il prossimo in coda.
chat-queue-position = È il numero { $position } in coda.
chat-queue-wait =
    { $minutes ->
        [one] Attesa stimata: circa { $minutes } minuto.
       *[other] Attesa stimata: circa { $minutes } minuti.
    }
chat-waiting-note = Può scrivere la sua domanda mentre attende. Tenga aperta questa pagina: la chat non si chiude da sola.
chat-log-label = Conversazione
chat-message-label = Il suo messaggio
chat-send = Invia
chat-not-sent = Non ancora inviato. Verrà inviato appena la connessione tornerà disponibile.
chat-typing-agent = L'operatore sta scrivendo…
chat-typing-resident = Il residente sta scrivendo…
chat-you = Lei
chat-resident = Residente
chat-end = Termina la chat
chat-ended-heading = La chat è terminata
chat-rate-legend = Quanto le è stata utile questa chat?
chat-rate-stars =
    { $stars ->
        [one] { $stars } stella
       *[other] { $stars } stelle
    }
chat-rate-submit = Invia la valutazione
chat-rate-thanks = Grazie per la sua valutazione.
chat-transcript-label = Ricevi la trascrizione via e-mail
chat-transcript-submit = Invia la trascrizione
chat-transcript-sent = La trascrizione è in arrivo al suo indirizzo e-mail.
chat-new = Inizia una nuova chat
chat-about-request = Chatta su questa richiesta
chat-linked-request = Sulla richiesta { $number }

chat-page-title = Chat dal vivo
chat-page-intro = Chatti dal vivo con un operatore del 311, oppure lasci un messaggio e le risponderemo via e-mail o via SMS.
chat-offline-heading = Lasci un messaggio
chat-offline-intro = Al momento nessun operatore è disponibile per la chat. Lasci un messaggio con il suo indirizzo e-mail o il suo numero di telefono e un operatore le risponderà.
chat-offline-email = Indirizzo e-mail
chat-offline-phone = Numero di telefono, per ricevere la risposta via SMS
chat-offline-body = Il suo messaggio
chat-offline-submit = Invia il messaggio
chat-offline-sent = Grazie. Abbiamo ricevuto il suo messaggio e un operatore le risponderà via e-mail o via SMS.
chat-offline-error-body = Scriva il suo messaggio
chat-offline-error-body-long = Il messaggio deve avere al massimo 2000 caratteri
chat-offline-error-name-long = Il nome deve avere al massimo 100 caratteri
chat-offline-error-contact = Inserisca un indirizzo e-mail o un numero di telefono, così potremo risponderle
chat-offline-error-email = Inserisca un indirizzo e-mail nel formato corretto, come nome@example.com
chat-offline-error-phone = Inserisca un numero di telefono, come 416 555 0123

## Eventi della chat, visibili a entrambe le parti.

chat-event-joined = { $name } è entrato nella chat.
chat-event-transferred = La chat è stata passata a { $name }.
chat-event-ended = La chat è terminata.
chat-event-request = È stata creata per lei la richiesta di servizio { $number }. Può seguirla con questo numero.

## Perché qualcosa inviato nella chat non è stato accettato.

chat-error-bad-frame = Non è stato possibile leggere il contenuto. Ricarichi la pagina e riprovi.
chat-error-too-long = Il messaggio è troppo lungo. Non superi i 2000 caratteri.
chat-error-too-fast = Sta inviando messaggi molto velocemente. Attenda un momento, poi invii di nuovo.
chat-error-empty = Scriva un messaggio prima di inviarlo.
chat-error-topic-missing = Indichi per che cosa le serve aiuto.
chat-error-already-started = Questa chat è già iniziata.
chat-error-unknown-chat = Non è stato possibile trovare questa chat. Inizi una nuova chat.
chat-error-no-chat = Prima inizi una chat.
chat-error-chat-ended = Questa chat è terminata. Inizi una nuova chat per inviare altri messaggi.
chat-error-bad-rating = Scelga da 1 a 5 stelle.
chat-error-not-ended = Potrà valutare la chat quando sarà terminata.
chat-error-bad-email = Inserisca un indirizzo e-mail nel formato corretto, come nome@example.com
chat-error-agents-only = Solo gli operatori possono farlo.
chat-error-residents-only = Solo i residenti possono farlo.
chat-error-not-yours = Questa chat non è assegnata a lei.
chat-error-at-limit = Ha già aperto il numero massimo di chat. Prima ne termini una.
chat-error-taken = Un altro operatore ha preso questa chat, oppure è terminata.
chat-error-agent-unavailable = Questo operatore non è più online. Ne scelga un altro.
chat-error-unavailable = Al momento la chat non è disponibile. Riprovi tra qualche minuto, oppure chiami il 311.

## Risposte predefinite che gli operatori inviano, nella lingua del residente.

chat-canned-greeting = Buongiorno, grazie per aver contattato il 311 Toronto. Come posso aiutarla oggi?
chat-canned-one-moment = Un momento, per favore, mentre verifico.
chat-canned-more-details = Potrebbe dirmi qualcosa in più sul problema?
chat-canned-location = Dove si trova esattamente il problema? Un indirizzo o l'incrocio più vicino ci aiuta.
chat-canned-request-filed = Ho creato per lei una richiesta di servizio. Può seguirla con il numero indicato in questa chat.
chat-canned-goodbye = Grazie per aver contattato il 311. Posso aiutarla in qualcos'altro?

## La console degli operatori, su /agent.

agent-page-heading = Console della chat
agent-status-connected = Connesso. È online per le chat.
agent-status-reconnecting = Connessione persa. Nuova connessione in corso…
agent-queue-heading = Chat in attesa
agent-queue-empty = Nessuna chat in attesa.
agent-queue-topic = Argomento
agent-queue-language = Lingua
agent-queue-waiting = Attesa
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }
agent-queue-fallback = Non è una delle sue lingue
agent-accept = Accetta
agent-load = Chat aperte: { $active } su { $limit }
agent-chats-heading = Le sue chat
agent-no-chats = Accetti una chat dalla coda per iniziare.
agent-chat-with = Chat con { $name }
agent-chat-language = Lingua: { $language }
agent-chat-topic = Argomento: { $topic }
agent-canned-label = Risposta predefinita
agent-canned-choose = Scelga una risposta
agent-canned-insert = Usa questa risposta
agent-reply-label = Risposta
agent-send = Invia
agent-add-note = Aggiungi come nota interna
agent-note = Nota interna
agent-transfer-label = Trasferisci a
agent-transfer = Trasferisci
agent-transfer-none = Nessun altro operatore è online.
agent-end = Termina la chat
agent-ended = Questa chat è terminata.
agent-close = Chiudi
agent-request-heading = Crea una richiesta di servizio
agent-request-service = Tipo di servizio
agent-request-place = Luogo: via, incrocio o posto
agent-request-description = Descrizione
agent-request-submit = Apri il modulo di segnalazione
agent-request-hint = Il modulo di segnalazione si apre già compilato con i dati di questa chat. Lo controlli e lo invii; il numero della richiesta viene pubblicato nella chat.
agent-cases-heading = Messaggi lasciati quando nessuno poteva chattare
agent-cases-empty = Nessun messaggio è in attesa di risposta.
agent-case-from = Da { $name }, { $contact }
agent-case-reply = La sua risposta
agent-case-send = Invia la risposta
agent-case-answered = La sua risposta è stata inviata.
agent-error-reply = Inserisca una risposta di al massimo 2000 caratteri.
agent-error-answered = Questo messaggio ha già ricevuto una risposta.
agent-error-not-yours = Questa chat non è più assegnata a lei.
agent-error-service = Scelga un tipo di servizio.
staff-chat-transcripts = Trascrizioni delle chat

## Messaggi inviati via e-mail o SMS.

notify-chat-transcript-subject = La sua chat con il 311 Toronto
notify-chat-transcript-email = Ecco la trascrizione della sua chat con il 311 Toronto, come ha richiesto.
notify-chat-reply-subject = Una risposta al suo messaggio al 311 Toronto
notify-chat-reply-email =
    Ha lasciato un messaggio al 311 Toronto. Un operatore ha risposto:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
