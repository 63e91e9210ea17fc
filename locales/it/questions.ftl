### Domande del catalogo: le domande aggiuntive (attributi Open311) di ogni tipo di servizio, e
### le risposte proposte per le domande a scelta, come attributi che portano il nome delle loro chiavi.

## Buca stradale
question-pothole-size = Più o meno quanto è grande la buca?
    .small = Più piccola di un piatto
    .medium = Più o meno grande come uno pneumatico d'auto
    .large = Più grande di uno pneumatico d'auto
question-pothole-lane = In quale parte della strada si trova?
    .curb-lane = Corsia lungo il marciapiede
    .centre-lane = Corsia centrale o di sorpasso
    .turn-lane = Corsia di svolta
    .bike-lane = Pista ciclabile
    .laneway = Vicolo

## Pericolo sulla strada
question-road-hazard-hazard_type = Qual è il pericolo?
    .road-collapse = Cedimento del manto stradale o voragine
    .missing-cover = Coperchio del tombino o griglia mancante o rotto
    .debris = Grossi detriti in una corsia
    .spill = Sostanza versata o scivolosa
    .other = Altro

## Marciapiede danneggiato
question-sidewalk-damaged-damage = Che problema ha il marciapiede?
    .cracked = Crepato
    .lifted = Lastre sollevate o dislivelli
    .sunken = Sprofondato o cavo
    .missing = Pezzi mancanti
    .curb-ramp = Scivolo del marciapiede danneggiato
question-sidewalk-damaged-trip_height = Più o meno quanto è alto il dislivello, in centimetri?

## Pista ciclabile ostruita
question-bike-lane-obstruction-obstruction = Che cosa blocca la pista ciclabile?
    .debris = Detriti o rifiuti
    .construction = Materiale o attrezzature da cantiere
    .bins = Bidoni dei rifiuti o del riciclaggio
    .bollard = Paletto danneggiato o caduto
    .other = Altro

## Veicolo parcheggiato troppo a lungo in una strada residenziale
question-long-term-parking-licence_plate = Qual è il numero di targa, se riesce a vederlo?
question-long-term-parking-vehicle_description = Descriva il veicolo (colore, marca, tipo).
question-long-term-parking-days_parked = Da quanti giorni circa è parcheggiato lì?

## Lampione spento
question-streetlight-out-light_problem = Che problema ha il lampione?
    .out = È spento
    .flickering = Tremola o si accende e si spegne
    .day-burning = È acceso di giorno
    .several-out = Diversi lampioni spenti di fila
question-streetlight-out-pole_number = Se il palo ha una targhetta con un numero, che cosa c'è scritto?

## Cartello danneggiato o mancante
question-sign-damaged-sign_type = Che tipo di cartello è?
    .street-name = Nome della via
    .parking = Parcheggio
    .speed-limit = Limite di velocità
    .warning = Segnale di pericolo (curva, zona scolastica e simili)
    .other = Altro
question-sign-damaged-sign_condition = Che problema ha?
    .bent = Piegato o abbattuto
    .faded = Sbiadito o difficile da leggere
    .turned = Girato nella direzione sbagliata
    .blocked = Nascosto dai rami
    .missing = Mancante

## Semaforo guasto
question-traffic-signal-malfunction-signal_problem = Che cosa fa il semaforo?
    .dark = È completamente spento
    .flashing = Lampeggia rosso o giallo
    .stuck = È bloccato su un colore
    .damaged = È abbattuto o danneggiato
    .turned = È girato nella direzione sbagliata
question-traffic-signal-malfunction-direction = Quale direzione di marcia è interessata (per esempio, verso nord)?

## Problema di sicurezza stradale
question-traffic-safety-concern-concern = Che cosa La preoccupa?
    .speeding = Eccesso di velocità
    .signal-timing = Tempi dei semafori
    .visibility = Scarsa visibilità
    .crossing = Difficile da attraversare
    .cut-through = Traffico di attraversamento che usa la strada come scorciatoia
question-traffic-safety-concern-details = Ci dica di più: quando succede e chi ne è colpito?

## Marciapiede non sgomberato dalla neve
question-snow-sidewalk-condition = In che condizioni è il marciapiede?
    .snow = Coperto di neve
    .ice = Ghiacciato
    .snowbank = Bloccato da un cumulo di neve lasciato dallo sgombero della strada

## Raccolta dei rifiuti non effettuata
question-missed-garbage-collection_day = Qual era il Suo giorno di raccolta previsto?
question-missed-garbage-set_out = Il bidone era sul bordo della strada entro le 7?
    .yes = Sì
    .no = No

## Raccolta del riciclaggio non effettuata
question-missed-recycling-collection_day = Qual era il Suo giorno di raccolta previsto?
question-missed-recycling-set_out = Il bidone era sul bordo della strada entro le 7?
    .yes = Sì
    .no = No

## Raccolta del bidone verde non effettuata
question-missed-green-bin-collection_day = Qual era il Suo giorno di raccolta previsto?
question-missed-green-bin-set_out = Il bidone era sul bordo della strada entro le 7?
    .yes = Sì
    .no = No

## Bidone danneggiato
question-bin-damaged-bin_type = Quale bidone è danneggiato?
    .garbage = Bidone dei rifiuti
    .recycling = Bidone blu (riciclaggio)
    .green-bin = Bidone verde (rifiuti organici)
question-bin-damaged-damage = Che cosa è danneggiato?
    .lid = Coperchio
    .wheels = Ruota o asse
    .handle = Manico
    .body = Corpo crepato
    .latch = Chiusura a prova di animali
question-bin-damaged-bin_serial = Qual è il numero di serie stampato sul bidone, se riesce a leggerlo?

## Ritiro di oggetti ingombranti
question-bulky-item-pickup-item_types = Che cosa metterà fuori?
    .furniture = Mobili
    .mattress = Materasso o rete del letto
    .appliance = Cucina, lavatrice, asciugatrice o lavastoviglie
    .refrigerant = Frigorifero, congelatore o condizionatore
    .carpet = Moquette o tappeto
    .other = Altro oggetto grande
question-bulky-item-pickup-item_count = Quanti oggetti metterà fuori?

## Graffiti su proprietà della Città
question-graffiti-city-property-surface = Quali superfici sono coperte?
    .wall = Muro o edificio
    .bridge = Ponte o sottopassaggio
    .fence = Recinzione
    .sign-pole = Cartello o palo
    .box = Centralina delle reti di servizi o dei semafori
    .other = Altro

## Graffiti su cartelli, pali o centraline dei semafori
question-graffiti-road-assets-asset_type = Su che cosa si trova il graffito?
    .sign = Cartello stradale
    .signal-box = Centralina del semaforo
    .pole = Palo
    .retaining-wall = Muro di sostegno o barriera antirumore
    .bridge = Ponte o sottopassaggio
    .other = Altro

## Graffiti su proprietà privata
question-graffiti-private-property-surface = Quali superfici sono coperte?
    .wall = Muro
    .fence = Recinzione
    .garage-door = Porta del garage
    .window = Finestra o porta
    .other = Altro
question-graffiti-private-property-is_owner = È Lei il proprietario dell'immobile?
    .yes = Sì
    .no = No

## Graffiti d'odio o di bande
question-graffiti-hate-police_reported = Lo ha segnalato alla Polizia di Toronto?
    .yes = Sì
    .no = No
question-graffiti-hate-police_reference = Qual è il numero della denuncia alla polizia, se ne ha uno?

## Abbandono illegale di rifiuti
question-illegal-dumping-item_types = Che cosa è stato abbandonato?
    .household = Sacchi di rifiuti domestici
    .furniture = Mobili
    .mattress = Materasso
    .tires = Pneumatici
    .construction = Materiali da costruzione o da ristrutturazione
    .electronics = Apparecchi elettronici
    .hazardous = Vernici, prodotti chimici o altri rifiuti pericolosi
    .other = Altro
question-illegal-dumping-noticed_at = Quando se ne è accorto, o quando ha visto abbandonare i rifiuti?
question-illegal-dumping-witness = Se ha visto chi li ha abbandonati, descriva la persona o il veicolo. Non si avvicini.

## Bicicletta abbandonata
question-abandoned-bike-bike_condition = In che condizioni è?
    .missing-wheel = Manca una ruota
    .missing-parts = Mancano il sellino o il manubrio
    .flat-tires = Gomme a terra
    .rusted = Catena o parti arrugginite
    .bent-frame = Telaio piegato o danneggiato

## Rottura della conduttura principale dell'acqua
question-water-main-break-water_flow = Quanta acqua sta uscendo?
    .trickle = Un filo d'acqua o una zona bagnata
    .steady = Un flusso costante
    .gushing = Esce a fiotti o sta allagando la strada

## Mancanza d'acqua
question-no-water-neighbours_affected = Anche i Suoi vicini sono senza acqua?
    .yes = Sì
    .no = No
    .unknown = Non lo so
question-no-water-started_at = Quando è mancata l'acqua?

## Rigurgito della fognatura o seminterrato allagato
question-sewer-backup-water_depth = Più o meno quanto è profonda l'acqua, in centimetri?
question-sewer-backup-backwater_valve = L'immobile ha una valvola antiriflusso?
    .yes = Sì
    .no = No
    .unknown = Non lo so

## Caditoia stradale intasata
question-catch-basin-blocked-ponding = Si sta accumulando acqua?
    .none = No, non in questo momento
    .road = Si accumula sulla strada
    .sidewalk = Arriva sul marciapiede o su una proprietà

## Idrante danneggiato o che perde
question-fire-hydrant-damaged-hydrant_problem = Che problema ha l'idrante?
    .knocked-over = Abbattuto o urtato
    .leaking = Perde acqua
    .missing-cap = Manca il tappo
    .blocked = Bloccato o nascosto
    .paint = Graffiti o vernice

## Acqua di colore o sapore strano
question-water-quality-water_issue = Che cosa nota?
    .brown = Acqua marrone o gialla
    .cloudy = Acqua torbida o lattiginosa
    .taste = Sapore insolito
    .smell = Odore insolito
    .particles = Particelle o sedimenti

## Albero caduto o danneggiato (emergenza)
question-tree-emergency-blocking = Che cosa è coinvolto?
    .road = Strada
    .sidewalk = Marciapiede
    .driveway = Vialetto d'accesso
    .building = Casa o edificio
    .vehicle = Veicolo
    .wires = Fili
    .nothing = Niente per ora, ma potrebbe cadere

## Potatura di un albero (non urgente)
question-tree-pruning-reason = Perché l'albero deve essere potato?
    .low-branches = Rami bassi sopra un marciapiede o una strada
    .blocking = Copre un cartello o un lampione
    .touching-building = Tocca una casa o un edificio
    .dead-branches = Rami secchi

## Problema nei bagni di un parco
question-park-washroom-issue = Qual è il problema?
    .dirty = Sporco
    .supplies = Manca il sapone, la carta per le mani o la carta igienica
    .locked = Chiuso durante l'orario di apertura
    .broken = Water, lavandino o porta rotti
    .leak = Perdita o allagamento

## Attrezzature del parco giochi danneggiate
question-playground-damaged-equipment = Quale attrezzatura?
    .swing = Altalena
    .slide = Scivolo
    .climber = Struttura per arrampicarsi o struttura gioco
    .surface = Pavimentazione (sabbia, pacciame o gomma)
    .other = Altro
question-playground-damaged-unsafe = Qualcuno potrebbe farsi male usandola adesso?
    .yes = Sì
    .no = No
    .unsure = Non so

## Accampamento in un parco
question-park-encampment-tent_count = Più o meno quante tende o strutture ci sono?
question-park-encampment-details = C'è qualcosa che gli operatori di strada dovrebbero sapere, come un fuoco o un altro problema di sicurezza?

## Animale morto sulla strada o sul marciapiede
question-dead-animal-road-animal_type = Che tipo di animale è (per esempio, procione, scoiattolo o gatto)?
question-dead-animal-road-animal_size = Quanto è grande?
    .small = Piccolo (scoiattolo, uccello)
    .medium = Medio (procione, gatto)
    .large = Grande (cervo, coyote, cane)

## Animale selvatico ferito o malato
question-injured-wildlife-animal_type = Che tipo di animale è?
question-injured-wildlife-condition = Che cosa sta succedendo all'animale?
    .injured = È ferito
    .sick = È malato o si comporta in modo strano
    .trapped = È intrappolato o impigliato
    .orphaned = È un cucciolo che sembra da solo

## Cane randagio o libero
question-stray-dog-dog_contained = Il cane è trattenuto, per esempio in un cortile o al guinzaglio?
    .yes = Sì
    .no = No

## Morso o aggressione di un cane
question-dog-bite-incident_time = Quando è successo?
question-dog-bite-victim = Chi è stato morso o aggredito?
    .person = Una persona
    .dog = Un altro cane
    .other-animal = Un altro animale

## Cane senza guinzaglio
question-dog-off-leash-usual_time = Quando succede di solito (per esempio, la mattina nei giorni feriali)?

## Reclamo per rumore
question-noise-noise_source = Che cosa fa rumore?
    .amplified-sound = Musica o suono amplificato
    .construction = Lavori edili
    .barking = Cane che abbaia
    .equipment = Condizionatore, ventilatore o altri macchinari
    .vehicle = Veicoli con il motore acceso da fermi o che accelerano a vuoto
    .other = Altro
question-noise-ongoing = Il rumore si sente in questo momento?
    .now = Sì, proprio adesso
    .recurring = Succede regolarmente
    .past = È cessato
question-noise-noise_times = Descriva quando si sente il rumore e quanto dura.

## Problema urgente di manutenzione degli immobili
question-property-standards-urgent-issue = Qual è il problema urgente?
    .no-heat = Niente riscaldamento o riscaldamento insufficiente
    .no-water = Niente acqua
    .no-power = Niente elettricità
    .lock = Serratura rotta su una porta d'ingresso
    .structure = Struttura, balcone o scale pericolosi
question-property-standards-urgent-is_tenant = È inquilino dell'edificio?
    .yes = Sì
    .no = No
question-property-standards-urgent-unit_number = Qual è il numero del Suo appartamento?

## Reclamo sulla manutenzione degli immobili
question-property-standards-issues = Quali problemi ci sono?
    .pests = Infestazioni (topi, scarafaggi, cimici dei letti)
    .mould = Muffa
    .windows-doors = Finestre o porte rotte
    .leaks = Tetto o pareti con infiltrazioni
    .stairs-railings = Scale o ringhiere danneggiate
    .exterior = Esterno in cattivo stato
    .other = Altro
question-property-standards-landlord_notified = Se è inquilino, ha informato il proprietario per iscritto?
    .yes = Sì
    .no = No
    .not-tenant = Non sono inquilino
question-property-standards-details = Descriva il problema e da quanto tempo dura.

## Veicolo abbandonato su proprietà privata
question-abandoned-vehicle-licence_plate = Qual è il numero di targa, se ne ha una?
question-abandoned-vehicle-vehicle_description = Descriva il veicolo (colore, marca, tipo).
