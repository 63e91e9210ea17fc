### Catalogo dei servizi di Civic311: nomi e descrizioni in italiano dei gruppi e dei
### tipi di servizio di server/seed/catalogue.toml. Gli identificativi seguono i codici di quel file.

## Gruppi di servizi

service-group-roads = Strade e marciapiedi
service-group-streetlights-signs = Lampioni, cartelli e semafori
service-group-snow-ice = Neve e ghiaccio
service-group-garbage = Rifiuti, riciclaggio e bidone verde
service-group-graffiti-dumping = Graffiti e abbandono illegale di rifiuti
service-group-water = Acqua, fognature e scarichi
service-group-trees = Alberi
service-group-parks = Parchi e tempo libero
service-group-animals = Animali
service-group-property-noise = Proprietà, rumore e regolamenti comunali

## Strade e marciapiedi

service-pothole = Buca stradale
    .description = Una buca o un tratto rotto sulla superficie di una strada o di un vicolo della Città. Ci indichi più o meno quanto è grande e in quale corsia si trova.

service-road-hazard = Pericolo sulla strada
    .description = Qualcosa sulla strada che è pericoloso in questo momento, come un cedimento del manto stradale, un tombino senza coperchio o grossi detriti in una corsia aperta al traffico. Se qualcuno è ferito o in pericolo, chiami il 911.

service-sidewalk-damaged = Marciapiede danneggiato
    .description = Un marciapiede crepato, sollevato, sprofondato o rotto che potrebbe far inciampare qualcuno o che blocca il passaggio di una sedia a rotelle o di un passeggino.

service-curb-damaged = Cordolo danneggiato
    .description = Un cordolo del marciapiede rotto, sgretolato o mancante lungo una strada della Città.

service-street-sweeping = Strada da pulire
    .description = Sabbia, ghiaia, fango o rifiuti accumulati lungo una strada o in una pista ciclabile, che richiedono il passaggio di una spazzatrice.

service-bike-lane-obstruction = Pista ciclabile ostruita
    .description = Detriti, materiale da cantiere, bidoni o paletti danneggiati che bloccano una corsia o una pista ciclabile. Per un veicolo parcheggiato in una pista ciclabile, chiami il servizio di controllo della sosta della Polizia di Toronto al 416-808-2222.

service-construction-blocking = Strada o marciapiede bloccati da lavori
    .description = Un cantiere o lavori sulle reti di servizi che bloccano una strada o un marciapiede senza un percorso alternativo sicuro, o che hanno lasciato la zona pericolosa.

service-guardrail-damaged = Guardrail o recinzione stradale danneggiati
    .description = Un guardrail, una ringhiera o una recinzione piegati, rotti o mancanti lungo una strada, un ponte o una rampa.

service-laneway-repair = Vicolo in cattive condizioni
    .description = Un vicolo pubblico con la superficie rotta, cattivo drenaggio o solchi profondi. Per una sola buca, scelga Buca stradale.

service-long-term-parking = Veicolo parcheggiato troppo a lungo in una strada residenziale
    .description = Un veicolo che resta nello stesso posto in una strada residenziale più a lungo di quanto consentito dalle regole sulla sosta.

## Lampioni, cartelli e semafori

service-streetlight-out = Lampione spento
    .description = Un lampione spento, che lampeggia o che resta acceso di giorno. I lampioni sono gestiti insieme a Toronto Hydro; le luci su proprietà private o in alcuni parchi possono appartenere ad altri.

service-streetlight-pole-damaged = Palo del lampione danneggiato
    .description = Un palo del lampione inclinato, abbattuto, senza lo sportello di accesso o con fili scoperti. Stia lontano dai fili caduti e chiami il 911 se fanno scintille.

service-sign-damaged = Cartello danneggiato o mancante
    .description = Un cartello con il nome della via, di parcheggio, di limite di velocità o un altro segnale stradale danneggiato, sbiadito, girato o mancante. Per un segnale di stop o di dare precedenza caduto, scelga Segnale di stop o di dare precedenza caduto.

service-stop-sign-down = Segnale di stop o di dare precedenza caduto
    .description = Un segnale di stop o di dare precedenza abbattuto, mancante o girato in modo che i conducenti non possano vederlo. Viene trattato come un pericolo sulla strada.

service-traffic-signal-malfunction = Semaforo guasto
    .description = Un semaforo spento, bloccato, lampeggiante o danneggiato. Se un semaforo è spento, si comporti come se ci fosse uno stop in tutte le direzioni.

service-pedestrian-signal = Semaforo pedonale o pulsante di chiamata guasto
    .description = Un semaforo pedonale, un conto alla rovescia, un segnale acustico o un pulsante per l'attraversamento che non funziona.

service-traffic-safety-concern = Problema di sicurezza stradale
    .description = Chieda una verifica per eccesso di velocità, tempi dei semafori, visibilità o una strada difficile da attraversare. Le verifiche richiedono tempo e possono portare a nuovi cartelli, nuova segnaletica a terra o modifiche ai semafori.

service-pavement-markings-faded = Segnaletica a terra sbiadita
    .description = Linee delle corsie, strisce pedonali, linee di arresto o simboli delle piste ciclabili consumati e difficili da vedere.

## Neve e ghiaccio

service-snow-sidewalk = Marciapiede non sgomberato dalla neve
    .description = Un marciapiede che la Città pulisce ha ancora neve o ghiaccio dopo una tempesta. La pulizia inizia quando è caduta abbastanza neve, quindi attenda un po' dopo che ha smesso di nevicare.

service-snow-road = Strada non sgomberata dalla neve
    .description = Una strada che non è stata sgomberata dopo la fine di una nevicata. Prima vengono pulite le strade principali e i percorsi degli autobus, poi le strade locali.

service-windrow-not-cleared = Cumulo di neve davanti al vialetto non rimosso
    .description = Il cumulo di neve lasciato dallo spazzaneve alla fine del Suo vialetto d'accesso non è stato rimosso, in una strada dove la Città offre questo servizio.

service-icy-road-salting = Strada o marciapiede ghiacciati da salare
    .description = Una strada, un marciapiede, un attraversamento pedonale o un ponte pedonale della Città ghiacciato che ha bisogno di sale o sabbia.

## Rifiuti, riciclaggio e bidone verde

service-missed-garbage = Raccolta dei rifiuti non effettuata
    .description = Il Suo bidone dei rifiuti era fuori in tempo nel giorno di raccolta, ma non è stato svuotato. Prima controlli il calendario di raccolta per eventuali cambiamenti nei giorni festivi.

service-missed-recycling = Raccolta del riciclaggio non effettuata
    .description = Il Suo bidone blu era fuori in tempo nel giorno di raccolta, ma non è stato svuotato.

service-missed-green-bin = Raccolta del bidone verde non effettuata
    .description = Il Suo bidone verde per gli avanzi di cibo e i rifiuti organici era fuori in tempo nel giorno di raccolta, ma non è stato svuotato.

service-missed-yard-waste = Raccolta degli scarti del giardino non effettuata
    .description = Gli scarti del giardino in sacchi di carta o in un contenitore aperto erano fuori nel giorno di raccolta, durante la stagione di raccolta, ma non sono stati ritirati.

service-bin-damaged = Bidone danneggiato
    .description = Un bidone dei rifiuti, blu o verde fornito dalla Città che è crepato o ha il coperchio, una ruota o il manico rotti. Sarà riparato o sostituito.

service-bin-missing = Bidone mancante o rubato
    .description = Il Suo bidone fornito dalla Città è sparito, è stato rubato o è stato portato via dal camion della raccolta.

service-bulky-item-pickup = Ritiro di oggetti ingombranti
    .description = Prenoti il ritiro di mobili, materassi, elettrodomestici e altri oggetti grandi nel Suo giorno di raccolta dei rifiuti.

service-litter-bin-overflowing = Cestino stradale pieno
    .description = Un cestino pubblico per i rifiuti o per il riciclaggio in strada che è pieno e trabocca.

service-litter-bin-damaged = Cestino stradale danneggiato
    .description = Un cestino pubblico per i rifiuti o per il riciclaggio in strada che è rotto, rovesciato o mancante.

## Graffiti e abbandono illegale di rifiuti

service-graffiti-city-property = Graffiti su proprietà della Città
    .description = Graffiti su un edificio, un muro, un ponte o un'altra struttura di proprietà della Città. Per graffiti d'odio o di bande, scelga Graffiti d'odio o di bande.

service-graffiti-road-assets = Graffiti su cartelli, pali o centraline dei semafori
    .description = Graffiti su cartelli stradali, centraline dei semafori, pali dei lampioni, muri di sostegno o altre strutture stradali. I pali e le centraline delle reti di servizi possono appartenere a Bell, Rogers o Toronto Hydro.

service-graffiti-private-property = Graffiti su proprietà privata
    .description = Graffiti su una casa, un negozio, una recinzione o un'altra proprietà privata, visibili dalla strada. Il proprietario deve rimuoverli e può ricevere un avviso.

service-graffiti-park = Graffiti in un parco
    .description = Graffiti su un edificio, un bagno, un parco giochi, una panchina o un'altra struttura di un parco.

service-graffiti-hate = Graffiti d'odio o di bande
    .description = Graffiti con contenuti d'odio, razzisti o legati a bande. Li segnali prima alla Polizia di Toronto al 416-808-2222 (numero per i casi non urgenti), poi qui, così possono essere rimossi in fretta.

service-illegal-dumping = Abbandono illegale di rifiuti
    .description = Rifiuti, mobili, pneumatici, materiali da costruzione o altri oggetti abbandonati su una strada, un vicolo, un marciapiede o un'altra proprietà della Città.

service-illegal-posters = Manifesti o cartelli abusivi sui pali
    .description = Manifesti, volantini o cartelli attaccati a pali, alberi o altre strutture in strada. I pali delle reti di servizi possono appartenere a Bell, Rogers o Toronto Hydro.

service-abandoned-shopping-cart = Carrello della spesa abbandonato
    .description = Un carrello della spesa lasciato in una strada o su un marciapiede, oppure in un parco o in un burrone.

service-abandoned-bike = Bicicletta abbandonata
    .description = Una bicicletta legata da molto tempo a un palo o a una rastrelliera della Città, a cui mancano dei pezzi o che non si può usare. Viene etichettata prima di essere rimossa.

## Acqua, fognature e scarichi

service-water-main-break = Rottura della conduttura principale dell'acqua
    .description = Acqua che esce dalla strada, dal marciapiede o dal terreno, il che può indicare una rottura della conduttura principale.

service-no-water = Mancanza d'acqua
    .description = Dai rubinetti della Sua casa o del Suo edificio non esce per niente acqua.

service-low-water-pressure = Bassa pressione dell'acqua
    .description = La pressione dell'acqua ai Suoi rubinetti è molto più bassa del solito.

service-sewer-backup = Rigurgito della fognatura o seminterrato allagato
    .description = Liquami o acqua che risalgono da uno scarico a pavimento o dal water, oppure un seminterrato allagato dalla fognatura.

service-catch-basin-blocked = Caditoia stradale intasata
    .description = Uno scarico stradale o una caditoia intasati da foglie o detriti, oppure acqua ferma sulla strada perché non riesce a defluire.

service-fire-hydrant-damaged = Idrante danneggiato o che perde
    .description = Un idrante antincendio che è stato urtato, perde acqua, non ha il tappo o è bloccato.

service-water-quality = Acqua di colore o sapore strano
    .description = Acqua del rubinetto marrone, torbida o con un sapore o un odore insolito.

service-water-leak = Perdita d'acqua alla valvola sul bordo della proprietà
    .description = Acqua che esce da un pozzetto o da una valvola dell'allacciamento idrico al confine della proprietà, sul lato della Città.

service-sewer-odour = Odore di fogna
    .description = Un forte odore di fogna che esce da un tombino, una caditoia o uno scarico stradale.

## Alberi

service-tree-emergency = Albero caduto o danneggiato (emergenza)
    .description = Un albero della Città o un grosso ramo caduto o che sta per cadere, che blocca una strada o un marciapiede o mette in pericolo persone o beni. Stia lontano dai fili; Toronto Hydro si occupa degli alberi che toccano le linee elettriche.

service-tree-pruning = Potatura di un albero (non urgente)
    .description = Chieda la potatura di un albero della Città sulla fascia di terreno pubblico lungo la strada, per esempio rami che pendono bassi sopra un marciapiede, coprono un cartello o toccano una casa.

service-tree-planting = Richiedere un albero
    .description = Chieda che venga piantato gratis un albero sulla fascia di terreno pubblico lungo la strada, davanti a casa Sua.

service-tree-inspection = Albero della Città morto o morente
    .description = Chieda un'ispezione di un albero della Città che sembra morto, morente, cavo o instabile, ma che non è un pericolo immediato.

service-stump-removal = Rimozione di un ceppo
    .description = Un ceppo rimasto dopo che un albero della Città è stato tolto dalla fascia di terreno pubblico lungo la strada.

service-tree-pest = Parassiti o malattie degli alberi
    .description = Segni di insetti o di malattia su un albero della Città, come bruchi di limantria, danni dell'agrilo del frassino o una perdita di foglie insolita.

## Parchi e tempo libero

service-park-washroom = Problema nei bagni di un parco
    .description = Un bagno del parco sporco, senza carta o sapone, chiuso durante l'orario esposto o con un impianto rotto.

service-playground-damaged = Attrezzature del parco giochi danneggiate
    .description = Attrezzature rotte, allentate o pericolose in un parco giochi della Città, come un'altalena, uno scivolo o una struttura per arrampicarsi.

service-park-encampment = Accampamento in un parco
    .description = Tende o ripari in un parco. Gli operatori di strada verranno a offrire un alloggio e sostegno. Se qualcuno ha bisogno di aiuto medico o è in pericolo, chiami il 911.

service-park-litter = Rifiuti o cestini pieni in un parco
    .description = Rifiuti sparsi in un parco oppure cestini del parco pieni.

service-park-grass-overgrown = Erba troppo alta in un parco
    .description = Erba o erbacce in un parco, un giardinetto o un'aiuola spartitraffico che devono essere tagliate.

service-park-lights-out = Illuminazione del parco spenta
    .description = Una luce di un sentiero, di un campo sportivo o di un parcheggio in un parco che è spenta o lampeggia.

service-drinking-fountain = Fontanella o area giochi d'acqua guasta
    .description = Una fontanella, un punto di riempimento per borracce o un'area giochi d'acqua in un parco che non funziona o perde acqua.

service-park-amenity-damaged = Panchina, tavolo o recinzione del parco danneggiati
    .description = Una panchina, un tavolo da picnic, una recinzione, un cancello, un cartello o un'altra struttura rotta in un parco.

## Animali

service-dead-animal-road = Animale morto sulla strada o sul marciapiede
    .description = Un animale morto su una strada, un marciapiede, un vicolo o un altro luogo pubblico. Verrà raccolto.

service-injured-wildlife = Animale selvatico ferito o malato
    .description = Un animale selvatico, come un procione, una volpe o un uccello, ferito, malato o intrappolato. Non provi a toccarlo.

service-stray-dog = Cane randagio o libero
    .description = Un cane che gira libero per strada senza il padrone vicino. Se il cane è aggressivo, stia a distanza.

service-dog-bite = Morso o aggressione di un cane
    .description = Un cane che ha morso o aggredito una persona o un altro animale. Se qualcuno è ferito gravemente, chiami il 911.

service-dog-off-leash = Cane senza guinzaglio
    .description = Cani senza guinzaglio fuori da un'area cani designata, in un parco o per strada.

service-animal-bylaw = Reclamo sul regolamento per gli animali
    .description = Troppi animali domestici allo stesso indirizzo, persone che danno da mangiare ad animali selvatici o piccioni, o escrementi di animali lasciati su una proprietà.

## Proprietà, rumore e regolamenti comunali

service-noise = Reclamo per rumore
    .description = Musica alta, lavori edili fuori dagli orari consentiti, cani che abbaiano o rumore di macchinari provenienti da una proprietà o da un'attività commerciale.

service-property-standards-urgent = Problema urgente di manutenzione degli immobili
    .description = Un problema grave in un alloggio in affitto o in un altro edificio che riguarda la salute o la sicurezza, come niente riscaldamento in inverno, niente acqua, la serratura della porta d'ingresso rotta o una struttura pericolosa.

service-property-standards = Reclamo sulla manutenzione degli immobili
    .description = Un edificio o un cortile non tenuto in buono stato, per esempio con infestazioni, muffa, finestre rotte, un tetto che perde o scale e ringhiere danneggiate, senza pericolo immediato.

service-long-grass-weeds = Erba alta o erbacce su proprietà privata
    .description = Erba o erbacce su una proprietà privata più alte di quanto consentito dal regolamento.

service-waste-private-property = Rifiuti o detriti su proprietà privata
    .description = Rifiuti, cianfrusaglie o detriti ammucchiati in un cortile privato, su un portico o in un vialetto d'accesso.

service-abandoned-vehicle = Veicolo abbandonato su proprietà privata
    .description = Un veicolo distrutto, smontato o senza targa lasciato su una proprietà privata.

service-short-term-rental = Reclamo su un affitto breve
    .description = Un'abitazione affittata per soggiorni brevi che forse non è registrata, non è la residenza principale di chi la affitta o crea continuamente problemi ai vicini.
