### Segnalare un problema: le pagine /report, i relativi errori, la mappa e le foto.

report-page-title = { $heading } – { -product-name }
report-caption = Segnalare un problema
report-unavailable = Al momento non è possibile mostrare il modulo di segnalazione. Riprovi tra qualche minuto.
report-continue = Continua
report-optional = { $label } (facoltativo)

## Scelta del servizio
report-choose-heading = Che cosa desidera segnalare?
report-choose-intro = Cerchi con parole sue o scelga uno degli argomenti qui sotto.
report-start-button = Inizia ora
report-choose-other = Segnala qualcos'altro
report-not-found-heading = Non riusciamo a trovare questa segnalazione
report-not-found-body = Il link potrebbe essere incompleto o scritto in modo errato.
report-start-again = Inizia una nuova segnalazione

## A chi appartiene, e graffiti d'odio
report-owner-question = A chi appartiene l'oggetto con il problema?
report-owner-hint = Cerchi un logo o un'etichetta sull'oggetto. La Città può intervenire solo su ciò che le appartiene.
report-owner-city = La Città di Toronto, per esempio un muro, un ponte, un cartello o un cestino comunale
report-owner-unknown = Non lo so
report-owner-bell = Bell Canada: cabine telefoniche, pali e armadi Bell
report-owner-rogers = Rogers: scatole e armadi della rete via cavo
report-owner-toronto-hydro = Toronto Hydro: pali della linea elettrica, trasformatori e quadri elettrici
report-owner-canada-post = Canada Post: cassette postali e armadietti per pacchi
report-owner-ttc = TTC: pensiline, stazioni e mezzi del trasporto pubblico
report-error-owner = Indichi a chi appartiene, oppure «Non lo so»
report-referral-heading = Non spetta alla Città intervenire
report-referral-intro = La Città può riparare o pulire solo ciò che le appartiene, quindi non è stata creata alcuna richiesta di servizio. La preghiamo di segnalarlo al proprietario.
report-referral-bell = Bell Canada: chiami il numero 1-866-310-2355.
report-referral-rogers = Rogers: chiami il numero 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: chiami il numero 416-542-8000. Se ci sono cavi a terra o che fanno scintille, stia a 10 metri di distanza e chiami il 911.
report-referral-canada-post = Canada Post: chiami il numero 1-866-607-6301.
report-referral-ttc = TTC: chiami il Servizio clienti al numero 416-393-3030.
report-hate-heading = Graffiti d'odio
report-hate-police = Se il graffito prende di mira delle persone per la loro razza, religione, origine etnica, orientamento sessuale, genere o disabilità, lo segnali prima alla Polizia di Toronto (Toronto Police): chiami il 416-808-2222, la linea per i casi non urgenti, oppure il 911 se qualcuno è in pericolo. La polizia lo registra come possibile crimine d'odio prima che venga rimosso.
report-hate-then = Poi lo segnali qui, così la Città potrà rimuoverlo rapidamente.

## Luogo
report-location-heading = Dove si trova il problema?
report-location-current = Luogo scelto
report-location-address = { $address }, Circoscrizione { $ward }
report-location-pin = Segnaposto in { $lat }, { $long }, Circoscrizione { $ward }
report-map-heading = Metta un segnaposto sulla mappa
report-map-hint = Faccia clic o tocchi la mappa nel punto del problema, poi trascini il segnaposto per regolarlo. Con la tastiera, sposti la mappa con i tasti freccia, poi scelga «Metti il segnaposto al centro della mappa».
report-map-label = Mappa
report-map-pin = Posizione del problema
report-map-pin-at = Segnaposto messo in { $lat }, { $long }
report-map-no-pin = Nessun segnaposto inserito
report-map-locate = Usa la mia posizione
report-map-locate-failed = Non è stato possibile trovare la sua posizione. Metta il segnaposto sulla mappa o scriva un indirizzo.
report-map-centre = Metti il segnaposto al centro della mappa
report-map-use = Usa la posizione di questo segnaposto
report-address-heading = Oppure scriva un indirizzo o un incrocio
report-place-label = Via, incrocio o luogo
report-place-hint = Per esempio: Queen St W & Spadina Ave, oppure Nathan Phillips Square
report-place-find = Trova
report-place-none = Nessun risultato per «{ $query }». Controlli come è scritto o provi con l'incrocio più vicino.
report-place-choose = Scelga il risultato più vicino
report-place-use = Usa questo luogo
report-place-kind-street = Via
report-place-kind-intersection = Incrocio
report-place-kind-place = Luogo
report-error-outside-city = Questo luogo si trova fuori dalla Città di Toronto. Scelga un luogo all'interno della città.
report-error-pin-missing = Metta un segnaposto sulla mappa o scriva un indirizzo qui sotto
report-error-place-choose = Scelga uno dei risultati o cerchi di nuovo
report-error-location-missing = Scriva una via, un incrocio o un luogo, oppure metta un segnaposto sulla mappa

## Dettagli e recapiti
report-details-heading = Ci descriva il problema
report-field-description = Descriva il problema
report-description-hint = Ciò che vede e tutto ciò che può aiutare le squadre a trovarlo. La preghiamo di non inserire dati personali.
report-contact-heading = I suoi recapiti (facoltativo)
report-contact-hint = Li usiamo solo per contattarla riguardo a questa segnalazione. Non vengono mai mostrati pubblicamente. Li lasci vuoti per segnalare in forma anonima.
report-field-first-name = Nome
report-field-last-name = Cognome
report-field-email = Indirizzo e-mail
report-field-phone = Numero di telefono
report-error-missing = Risponda alla domanda «{ $field }»
report-error-number = La risposta a «{ $field }» deve essere un numero, come 3 o 2.5
report-error-too-long = La risposta a «{ $field }» deve avere al massimo { $max } caratteri
report-error-choice = Scelga una delle risposte elencate per «{ $field }»
report-error-datetime = Inserisca una data e un'ora valide per «{ $field }»
report-error-email = Inserisca un indirizzo e-mail nel formato corretto, come nome@example.com
report-error-phone = Inserisca un numero di telefono da 7 a 15 cifre, come 416-392-2489

## Foto
report-photos-heading = Foto
report-photos-required = Per questo tipo di problema serve almeno una foto. Aiuta le squadre a trovarlo e a risolverlo.
report-photos-optional = Le foto sono facoltative, ma aiutano le squadre a trovare e risolvere il problema.
report-photos-limits = Può aggiungere fino a { $count } foto in formato JPEG, PNG o WebP, ciascuna fino a { $megabytes } MB. Dalla copia che conserviamo rimuoviamo la posizione e i dati della fotocamera.
report-photo-label = Scelga una foto
report-photo-upload = Carica foto
report-photo-uploading = Caricamento della foto
report-photo-alt = Foto { $number }
report-photo-remove = Rimuovi la foto { $number }
report-photo-has-location = La foto { $number } registra il luogo in cui è stata scattata.
report-photo-use-location = Usa la posizione della foto { $number }
report-photos-count =
    { $count ->
        [0] Nessuna foto
        [one] { $count } foto
       *[other] { $count } foto
    }
report-error-photo-missing = Scelga una foto da caricare
report-error-photo-too-large = La foto deve essere più piccola di { $megabytes } MB
report-error-photo-type = Il file deve essere una foto in formato JPEG, PNG o WebP
report-error-photo-dimensions = La foto ha troppi pixel. Scelga una foto più piccola.
report-error-photo-damaged = La foto è danneggiata e non può essere letta. Scelga un'altra foto.
report-error-photo-limit = Può aggiungere fino a { $count } foto. Ne rimuova una per aggiungerne un'altra.
report-error-photo-required = Aggiunga almeno una foto
report-error-photo-outside = Il luogo in cui è stata scattata questa foto si trova fuori dalla Città di Toronto

## Controllo, segnalazioni vicine e invio
report-check-heading = Controlli le risposte prima di inviare la segnalazione
report-check-answers = Le sue risposte
report-change = Modifica
report-anonymous = Non indicati: questa segnalazione è anonima
report-submit-note = Inviando questa segnalazione conferma che le informazioni sono corrette, per quanto le risulta.
report-submit = Invia la segnalazione
report-nearby-heading = È già stato segnalato?
report-nearby-intro = Queste richieste aperte per lo stesso problema si trovano entro 250 metri. Se una di queste è la sua, la segua invece di inviare una nuova segnalazione.
report-nearby-distance = A circa { $metres } m
report-nearby-reporters =
    { $count ->
        [one] Segnalata da { $count } persona
       *[other] Segnalata da { $count } persone
    }
report-me-too = Anch'io: segui { $number }
report-error-follow = Non è più possibile seguire questa richiesta. Invii invece una sua segnalazione.
report-sent-heading = Segnalazione inviata
report-sent-number = Il numero della sua richiesta di servizio è
report-sent-next = Conservi questo numero. Le servirà per vedere cosa succede dopo.
report-sent-track = Segui questa richiesta
report-another = Segnala un altro problema
report-following-heading = Sta seguendo la richiesta { $number }
report-following-body = La sua segnalazione è stata aggiunta a questa richiesta invece di crearne una nuova. La pagina di stato della richiesta mostra cosa succede dopo.
