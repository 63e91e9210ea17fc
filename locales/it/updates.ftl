## Aggiornamenti su una richiesta via e-mail o SMS: i moduli della pagina di stato, la pagina per
## annullare l'iscrizione e i messaggi stessi. I messaggi sono in testo semplice; $number è un numero di
## richiesta come 2026-000123, $service il nome di un tipo di servizio, $status il nome di uno stato.

updates-heading = Ricevi aggiornamenti
updates-intro = Possiamo avvisarla ogni volta che questa richiesta cambia. Prima le inviamo un codice, per verificare che l'indirizzo o il numero sia suo.
updates-email-label = Indirizzo e-mail
updates-email-hint = Lo usiamo solo per gli aggiornamenti su questa richiesta.
updates-email-button = Ricevi aggiornamenti via e-mail
updates-phone-label = Numero di cellulare
updates-phone-hint = Per esempio 416 555 0123. Il suo operatore potrebbe farle pagare i messaggi.
updates-phone-button = Ricevi aggiornamenti via SMS
updates-code-sent-email = Abbiamo inviato un codice di 6 cifre a { $address }.
updates-code-sent-sms = Abbiamo inviato un codice di 6 cifre via SMS al numero { $address }.
updates-code-label = Codice
updates-code-hint = Il codice scade 15 minuti dopo l'invio.
updates-confirm-button = Conferma
updates-resend-button = Invia un nuovo codice
updates-resent = Abbiamo inviato un nuovo codice. Funziona solo il codice più recente.
updates-on = Riceverà aggiornamenti su questa richiesta. Ogni messaggio contiene un link per interromperli.
updates-already = Questo indirizzo o numero riceve già aggiornamenti su questa richiesta.
updates-error-email = Inserisca un indirizzo e-mail, come name@example.com
updates-error-phone = Inserisca un numero di cellulare con il prefisso, come 416 555 0123
updates-error-too-many = Ha chiesto diversi codici in poco tempo. Usi l'ultimo codice che le abbiamo inviato, oppure riprovi tra un'ora.
updates-error-code-format = Inserisca il codice di 6 cifre contenuto nel messaggio che le abbiamo inviato
updates-error-code-wrong = Il codice non è corretto. Controlli il messaggio più recente che le abbiamo inviato e riprovi.
updates-error-code-expired = Il codice è scaduto. Chieda un nuovo codice.
updates-error-code-attempts = Il codice è stato inserito in modo errato troppe volte. Chieda un nuovo codice.
updates-error-unknown = Questo codice non può più essere usato. Richieda di nuovo gli aggiornamenti.

unsubscribe-title = Interrompi gli aggiornamenti
unsubscribe-heading = Interrompi gli aggiornamenti sulla richiesta { $number }
unsubscribe-sent-to-email = Gli aggiornamenti vengono inviati a { $address }.
unsubscribe-sent-to-sms = Gli aggiornamenti vengono inviati via SMS al numero { $address }.
unsubscribe-button = Interrompi gli aggiornamenti
unsubscribe-done = Non riceverà più aggiornamenti sulla richiesta { $number }.
unsubscribe-unknown = Questo link non è valido. Controlli di averlo copiato per intero.
unsubscribe-back = Vedi la richiesta

notify-code-subject = Il suo codice per la richiesta { $number }
notify-code-email =
    Il suo codice è { $code }.
    
    Lo inserisca nella pagina in cui ha chiesto gli aggiornamenti sulla richiesta { $number }. Scade tra 15 minuti.
    
    Se non ha chiesto aggiornamenti, ignori questa e-mail.
notify-code-sms = Il suo codice 311 per la richiesta { $number } è { $code }. Scade tra 15 minuti.
notify-status-subject = Richiesta { $number }: { $status }
notify-status-email = La sua richiesta { $number } ({ $service }) ha un nuovo stato: { $status }.
notify-status-sms = 311: la richiesta { $number } ({ $service }) ha un nuovo stato: { $status }.
notify-note = Nota della Città: { $note }
notify-escalated-subject = Richiesta { $number }: il suo reclamo è stato inoltrato alla direzione della divisione
notify-escalated-email = Il suo reclamo sulla richiesta { $number } ({ $service }) non ha ricevuto risposta in tempo, quindi è stato inoltrato alla direzione della divisione.
notify-escalated-sms = 311: il suo reclamo sulla richiesta { $number } è stato inoltrato alla direzione della divisione.
notify-link = Per vedere la richiesta e la sua cronologia: { $link }
notify-link-sms = { $link }
notify-footer-email = Riceve questa e-mail perché ha chiesto aggiornamenti su questa richiesta.
notify-unsubscribe = Per interrompere questi aggiornamenti: { $unsubscribe }
notify-unsubscribe-sms = Risponda STOP per interrompere, oppure visiti { $unsubscribe }
