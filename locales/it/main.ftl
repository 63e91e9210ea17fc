### Testi dell'interfaccia di Civic311: italiano.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Vai al contenuto principale
language-switcher-label = Lingua
loading = Caricamento…
footer-emergency = In caso di emergenza, chiami il 911. Questo portale è per i servizi comunali non urgenti.

home-title = Segnalare un problema o richiedere un servizio comunale – { -product-name }
home-heading = Segnalare un problema o richiedere un servizio comunale
home-intro = Segnali alla Città una buca, una raccolta dei rifiuti mancata, dei graffiti e oltre 60 altri problemi non urgenti. Riceverà un numero di richiesta di servizio per seguire cosa succede dopo.
home-groups-heading = Di cosa si tratta?
home-report-button = Segnalare un problema
service-group-count =
    { $count ->
        [one] { $count } servizio
       *[other] { $count } servizi
    }
catalogue-unavailable = Al momento non è possibile mostrare l'elenco dei servizi. Riprovi tra qualche minuto.

not-found-title = Pagina non trovata – { -product-name }
not-found-heading = Pagina non trovata
not-found-home-link = Vai alla pagina iniziale

## Navigazione ed errori nei moduli
site-nav-label = Principale
nav-track = Seguire una richiesta
nav-report = Segnalare un problema
error-title-prefix = Errore:
error-summary-heading = C'è un problema

## Cercare una richiesta di servizio
lookup-title = Seguire una richiesta di servizio – { -product-name }
lookup-heading = Seguire una richiesta di servizio
lookup-label = Numero della richiesta di servizio
lookup-hint = Il numero della sua richiesta di servizio si trova nella pagina di conferma e nelle e-mail che ha ricevuto. Ha questo formato: 2026-000123.
lookup-button = Trova la mia richiesta
lookup-error-format = Inserisca il numero della richiesta di servizio nel formato 2026-000123

## Una richiesta di servizio
request-title = Richiesta di servizio { $number } – { -product-name }
request-heading = Richiesta di servizio { $number }
request-status = Stato
request-service = Servizio
request-division = Gestita da
request-filed = Ricevuta il
request-expected = Prevista entro il
request-location = Luogo
request-ward = Circoscrizione
request-ward-value = Circoscrizione { $number }: { $name }
request-due-today = scadenza oggi
request-days-left =
    { $days ->
        [one] manca { $days } giorno
       *[other] mancano { $days } giorni
    }
request-days-overdue =
    { $days ->
        [one] { $days } giorno di ritardo rispetto alla data prevista
       *[other] { $days } giorni di ritardo rispetto alla data prevista
    }
request-timeline-heading = Cosa è successo finora
request-event-photo-alt = Foto del lavoro scattata dalla Città, numero { $number }
request-unavailable = Al momento non è possibile mostrare questa richiesta di servizio. Riprovi tra qualche minuto.
request-not-found-title = Richiesta di servizio non trovata – { -product-name }
request-not-found-heading = Non riusciamo a trovare questa richiesta di servizio
request-not-found-body = Non esiste alcuna richiesta di servizio { $number }. Controlli il numero nella pagina di conferma o nell'e-mail. Una richiesta appena inviata può impiegare un minuto prima di comparire.
request-not-found-retry = Cerca un altro numero

## Stati, in parole semplici
status-received = Ricevuta
status-assigned = Assegnata alla divisione
status-inspection = Sopralluogo
status-scheduled = Lavori programmati
status-completed = Completata
status-closed_referred = Chiusa – inoltrata ad altro ente
status-closed_no_action = Chiusa – nessun intervento necessario
status-closed_duplicate = Chiusa – già segnalata

## L'elenco dei servizi
nav-services = Servizi comunali
services-title = Servizi comunali – { -product-name }
services-heading = Servizi comunali
services-intro = Trovi il servizio adatto al suo problema. Cerchi con parole sue o sfogli gli argomenti.
services-search-label = Cerca un servizio
services-search-hint = Per esempio: buca, rifiuti non raccolti, rumore
services-search-button = Cerca
services-results-heading =
    { $count ->
        [one] { $count } servizio corrisponde a «{ $query }»
       *[other] { $count } servizi corrispondono a «{ $query }»
    }
services-no-results = Nessun servizio corrisponde a «{ $query }». Provi con altre parole o sfogli gli argomenti qui sotto.
services-browse-heading = Sfoglia per argomento
service-detail-title = { $name } – { -product-name }
service-topic = Argomento
service-standard = Standard di servizio
service-sla-hours =
    { $count ->
        [one] Ci impegniamo a rispondere entro { $count } ora
       *[other] Ci impegniamo a rispondere entro { $count } ore
    }
service-sla-business-days =
    { $count ->
        [one] Ci impegniamo a rispondere entro { $count } giorno lavorativo
       *[other] Ci impegniamo a rispondere entro { $count } giorni lavorativi
    }
service-sla-calendar-days =
    { $count ->
        [one] Ci impegniamo a rispondere entro { $count } giorno
       *[other] Ci impegniamo a rispondere entro { $count } giorni
    }
service-back = Tutti i servizi comunali
service-not-found-title = Servizio non trovato – { -product-name }
service-not-found-heading = Non riusciamo a trovare questo servizio

## Reclami su una richiesta
request-complaint-heading = Non è soddisfatto di come sta procedendo questa richiesta?
request-complaint-overdue = La data prevista è passata e questa richiesta non è chiusa. Può presentare un reclamo: un supervisore deve rispondere entro 5 giorni lavorativi, altrimenti il reclamo passa alla direzione della divisione.
request-complaint-closed = Se il problema non è stato risolto, o se non è d'accordo con il modo in cui questa richiesta è stata chiusa, può presentare un reclamo: un supervisore deve rispondere entro 5 giorni lavorativi, altrimenti il reclamo passa alla direzione della divisione.
request-complaint-details = Qual è il problema?
request-complaint-details-hint = Per esempio: la buca è ancora lì anche se la richiesta è stata chiusa.
request-complaint-email = Indirizzo e-mail (facoltativo)
request-complaint-email-hint = Così potremo comunicarle la risposta. Non viene mai mostrato pubblicamente.
request-complaint-submit = Presenta un reclamo
request-complaint-filed = Il suo reclamo è stato presentato. Compare nella cronologia qui sotto.
request-complaint-pending = Un reclamo su questa richiesta è in attesa di risposta, prevista entro il { $date }.
request-complaint-escalated = La risposta è in ritardo, quindi il reclamo è stato inoltrato alla direzione della divisione.
request-complaint-error-details = Ci dica qual è il problema
request-complaint-error-too-long = Il reclamo deve avere al massimo 2000 caratteri
status-complaint = Reclamo presentato
status-escalated = Reclamo inoltrato alla direzione della divisione
