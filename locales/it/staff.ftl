### La console del personale: accesso, coda, cambio di stato di una richiesta, registro di audit.

staff-page-title = { $heading } – { -product-name }, area del personale
staff-unavailable = Al momento non è possibile mostrare la console del personale. Riprovi tra qualche minuto.
staff-forbidden-heading = Non può aprire questa pagina
staff-forbidden-body = Il suo account non ha accesso a questa parte della console del personale. Se le serve, si rivolga a un amministratore.

## Accesso
staff-login-heading = Accesso del personale
staff-password = Password di accesso
staff-sign-in = Accedi
staff-sign-out = Esci
staff-signed-in-as = Accesso effettuato come { $name }
staff-login-error-wrong = L'indirizzo e-mail o la password non sono corretti
staff-login-error-locked = Troppi tentativi di accesso. Attenda 15 minuti, poi riprovi.
staff-error-csrf = Il modulo non era aggiornato. Ricarichi la pagina e riprovi.

## La coda
staff-queue-heading = Coda delle richieste di servizio
staff-filter-any = Tutti
staff-filter-overdue = Solo le richieste oltre la data prevista
staff-filter-complaints = Solo le richieste con un reclamo in attesa di risposta
staff-filter-apply = Mostra le richieste
staff-queue-empty = Nessuna richiesta di servizio corrisponde a questi filtri.
staff-column-number = Numero della richiesta
staff-complaint-due = Reclamo: rispondere entro il { $date }
staff-complaint-escalated = Reclamo inoltrato ai livelli superiori: la risposta è in ritardo

## Una richiesta
staff-change-heading = Cambiare lo stato
staff-new-status = Nuovo stato
staff-reason = Motivo della chiusura
staff-reason-hint = Obbligatorio quando il nuovo stato chiude la richiesta. Deve essere coerente con lo stato.
staff-reason-none = Nessun motivo: la richiesta resta aperta
staff-public-note = Nota pubblica
staff-public-note-hint = Il residente la vede nella pagina dello stato. In caso di chiusura, indichi cosa è stato fatto o perché non è stato fatto nulla.
staff-internal-note = Nota interna
staff-internal-note-hint = La vede solo il personale.
staff-save = Salva la modifica
staff-saved = La modifica è stata salvata.
staff-history-heading = Cronologia completa
staff-error-status = Scelga uno stato dall'elenco
staff-error-reason-missing = Scelga un motivo per la chiusura della richiesta
staff-error-reason-mismatch = Il motivo non è coerente con il nuovo stato. Scelga un motivo adatto.
staff-error-note-missing = Scriva una nota pubblica che spieghi al residente cosa è stato fatto o perché non è stato fatto nulla
staff-error-reason-open = Il motivo della chiusura vale solo per gli stati che chiudono la richiesta

## Motivi di chiusura
staff-reason-repaired = Riparato
staff-reason-cleaned = Pulito
staff-reason-removed = Rimosso
staff-reason-other-government = Inoltrato a un altro livello di governo
staff-reason-utility-company = Inoltrato all'azienda di servizi pubblici o alla società proprietaria
staff-reason-private-property = Su proprietà privata: inoltrato al proprietario
staff-reason-not-found = Sopralluogo effettuato: nessun problema riscontrato
staff-reason-already-resolved = Già risolto prima dell'arrivo della squadra
staff-reason-meets-standard = Sopralluogo effettuato: conforme allo standard della Città
staff-reason-duplicate = Duplicato di un'altra richiesta

## Il registro di audit
staff-audit-heading = Registro di audit
staff-column-when = Quando
staff-column-who = Chi
staff-column-action = Azione
staff-column-detail = Dettaglio
staff-action-login = Accesso
staff-action-logout = Uscita
staff-action-login-failed = Accesso non riuscito
staff-action-login-locked = Accesso rifiutato: troppi tentativi
staff-action-status-change = Stato modificato
staff-action-escalation = Reclamo inoltrato automaticamente ai livelli superiori: termine di risposta (SLA) scaduto

## Modificare più richieste insieme dalla coda
staff-bulk-column = Seleziona
staff-bulk-select = Seleziona la richiesta { $number }
staff-bulk-heading = Modificare le richieste selezionate
staff-bulk-hint = Spunti le richieste nella tabella, poi scelga la modifica. Ogni richiesta riceve lo stesso stato, lo stesso motivo e le stesse note, e una propria riga nella sua cronologia.
staff-bulk-button = Modifica le richieste selezionate
staff-bulk-saved =
    { $count ->
        [one] Una richiesta è stata modificata.
       *[other] { $count } richieste sono state modificate.
    }
staff-error-none-selected = Selezioni almeno una richiesta nella tabella.
staff-bulk-skipped =
    { $count ->
        [one] Una richiesta non è stata modificata: per segnarla come «Completata» serve una foto del lavoro finito. La apra per aggiungerne una.
       *[other] { $count } richieste non sono state modificate: per segnarle come «Completata» serve una foto del lavoro finito. Le apra una per una per aggiungerla.
    }

## Una foto con un cambio di stato (del lavoro finito)
staff-photo = Foto del lavoro (facoltativa)
staff-photo-hint = Un'immagine JPEG, PNG o WebP fino a 10 MB. I residenti la vedono nella pagina della richiesta, in «Cosa è successo finora».
staff-photo-hint-required = Per questo servizio serve una foto del lavoro finito per segnare la richiesta come «Completata». Un'immagine JPEG, PNG o WebP fino a 10 MB; i residenti la vedono in «Cosa è successo finora».
staff-error-completion-photo-missing = Aggiunga una foto del lavoro finito: questo servizio la richiede per segnare la richiesta come «Completata»
