### Vragen uit de catalogus: de extra vragen (Open311-attributen) van elke soort dienst, en
### de antwoorden die bij meerkeuzevragen worden aangeboden, als attributen met de naam van hun sleutel.

## Gat in de weg
question-pothole-size = Hoe groot is het gat ongeveer?
    .small = Kleiner dan een dinerbord
    .medium = Ongeveer zo groot als een autoband
    .large = Groter dan een autoband
question-pothole-lane = In welk deel van de weg zit het?
    .curb-lane = Rijstrook langs de stoeprand
    .centre-lane = Middelste rijstrook of inhaalstrook
    .turn-lane = Afslagstrook
    .bike-lane = Fietspad
    .laneway = Steeg

## Gevaar op de weg
question-road-hazard-hazard_type = Wat is het gevaar?
    .road-collapse = Ingezakt wegdek of zinkgat
    .missing-cover = Ontbrekend of kapot putdeksel of rooster
    .debris = Groot puin op een rijstrook
    .spill = Gemorste of gladde stof
    .other = Iets anders

## Beschadigde stoep
question-sidewalk-damaged-damage = Wat is er mis met de stoep?
    .cracked = Gebarsten
    .lifted = Opgetilde of ongelijke tegels
    .sunken = Verzakt of hol
    .missing = Ontbrekende stukken
    .curb-ramp = Beschadigde afrit van de stoeprand
question-sidewalk-damaged-trip_height = Hoe hoog is de oneffen rand ongeveer, in centimeters?

## Versperd fietspad
question-bike-lane-obstruction-obstruction = Wat verspert het fietspad?
    .debris = Puin of zwerfafval
    .construction = Bouwmateriaal of bouwmachines
    .bins = Afval- of recyclingbakken
    .bollard = Beschadigd of omgevallen paaltje
    .other = Iets anders

## Voertuig staat te lang geparkeerd in een woonstraat
question-long-term-parking-licence_plate = Wat is het kenteken, als u het kunt zien?
question-long-term-parking-vehicle_description = Beschrijf het voertuig (kleur, merk, soort).
question-long-term-parking-days_parked = Hoeveel dagen staat het er ongeveer al geparkeerd?

## Straatlantaarn kapot
question-streetlight-out-light_problem = Wat is er mis met de lantaarn?
    .out = Hij brandt niet
    .flickering = Hij flikkert of gaat steeds aan en uit
    .day-burning = Hij brandt overdag
    .several-out = Meerdere lantaarns op een rij branden niet
question-streetlight-out-pole_number = Als er een nummerplaatje op de paal zit, wat staat erop?

## Beschadigd of ontbrekend bord
question-sign-damaged-sign_type = Wat voor bord is het?
    .street-name = Straatnaambord
    .parking = Parkeerbord
    .speed-limit = Snelheidsbord
    .warning = Waarschuwingsbord (bocht, schoolzone en dergelijke)
    .other = Ander bord
question-sign-damaged-sign_condition = Wat is er mis mee?
    .bent = Verbogen of omvergereden
    .faded = Verbleekt of moeilijk te lezen
    .turned = De verkeerde kant op gedraaid
    .blocked = Verborgen door takken
    .missing = Verdwenen

## Verkeerslicht werkt niet
question-traffic-signal-malfunction-signal_problem = Wat doet het verkeerslicht?
    .dark = Het is helemaal uit
    .flashing = Het knippert rood of geel
    .stuck = Het blijft op één kleur staan
    .damaged = Het is omvergereden of beschadigd
    .turned = Het is de verkeerde kant op gedraaid
question-traffic-signal-malfunction-direction = Welke rijrichting is getroffen (bijvoorbeeld richting noord)?

## Zorg over verkeersveiligheid
question-traffic-safety-concern-concern = Waar maakt u zich zorgen over?
    .speeding = Te hard rijden
    .signal-timing = Afstelling van de verkeerslichten
    .visibility = Slecht zicht
    .crossing = Moeilijk over te steken
    .cut-through = Sluipverkeer
question-traffic-safety-concern-details = Vertel ons meer: wanneer gebeurt het, en wie heeft er last van?

## Stoep niet sneeuwvrij gemaakt
question-snow-sidewalk-condition = Hoe ziet de stoep eruit?
    .snow = Bedekt met sneeuw
    .ice = Glad door ijs
    .snowbank = Versperd door een sneeuwwal van het sneeuwruimen op de weg

## Afval niet opgehaald
question-missed-garbage-collection_day = Wat was uw geplande ophaaldag?
question-missed-garbage-set_out = Stond de bak uiterlijk om 7 uur 's ochtends aan de stoeprand?
    .yes = Ja
    .no = Nee

## Recycling niet opgehaald
question-missed-recycling-collection_day = Wat was uw geplande ophaaldag?
question-missed-recycling-set_out = Stond de bak uiterlijk om 7 uur 's ochtends aan de stoeprand?
    .yes = Ja
    .no = Nee

## Groene bak niet geleegd
question-missed-green-bin-collection_day = Wat was uw geplande ophaaldag?
question-missed-green-bin-set_out = Stond de bak uiterlijk om 7 uur 's ochtends aan de stoeprand?
    .yes = Ja
    .no = Nee

## Beschadigde bak
question-bin-damaged-bin_type = Welke bak is beschadigd?
    .garbage = Afvalbak
    .recycling = Blauwe bak (recycling)
    .green-bin = Groene bak (gft)
question-bin-damaged-damage = Wat is er beschadigd?
    .lid = Deksel
    .wheels = Wiel of as
    .handle = Handvat
    .body = Gebarsten bak
    .latch = Dierbestendige sluiting
question-bin-damaged-bin_serial = Wat is het serienummer dat op de bak staat, als u het kunt lezen?

## Grofvuil laten ophalen
question-bulky-item-pickup-item_types = Wat zet u buiten?
    .furniture = Meubels
    .mattress = Matras of boxspring
    .appliance = Fornuis, wasmachine, droger of vaatwasser
    .refrigerant = Koelkast, vriezer of airconditioner
    .carpet = Vloerbedekking of vloerkleed
    .other = Ander groot voorwerp
question-bulky-item-pickup-item_count = Hoeveel voorwerpen zet u buiten?

## Graffiti op gemeentelijk eigendom
question-graffiti-city-property-surface = Op welke oppervlakken zit graffiti?
    .wall = Muur of gebouw
    .bridge = Brug of onderdoorgang
    .fence = Hek
    .sign-pole = Bord of paal
    .box = Kast van een nutsbedrijf of verkeerslicht
    .other = Iets anders

## Graffiti op verkeersborden, palen of kasten van verkeerslichten
question-graffiti-road-assets-asset_type = Waar zit de graffiti op?
    .sign = Verkeersbord
    .signal-box = Kast van een verkeerslicht
    .pole = Paal
    .retaining-wall = Keermuur of geluidsscherm
    .bridge = Brug of onderdoorgang
    .other = Iets anders

## Graffiti op privéterrein
question-graffiti-private-property-surface = Op welke oppervlakken zit graffiti?
    .wall = Muur
    .fence = Hek
    .garage-door = Garagedeur
    .window = Raam of deur
    .other = Iets anders
question-graffiti-private-property-is_owner = Bent u de eigenaar van het pand?
    .yes = Ja
    .no = Nee

## Haat- of bendegraffiti
question-graffiti-hate-police_reported = Hebt u het gemeld bij de politie van Toronto?
    .yes = Ja
    .no = Nee
question-graffiti-hate-police_reference = Wat is het nummer van de politiemelding, als u dat hebt?

## Illegaal gedumpt afval
question-illegal-dumping-item_types = Wat is er gedumpt?
    .household = Zakken met huisvuil
    .furniture = Meubels
    .mattress = Matras
    .tires = Autobanden
    .construction = Bouw- of verbouwingsafval
    .electronics = Elektronica
    .hazardous = Verf, chemicaliën of ander gevaarlijk afval
    .other = Iets anders
question-illegal-dumping-noticed_at = Wanneer hebt u het opgemerkt, of wanneer zag u dat het werd gedumpt?
question-illegal-dumping-witness = Hebt u gezien wie het heeft gedumpt? Beschrijf dan de persoon of het voertuig. Ga niet naar hen toe.

## Achtergelaten fiets
question-abandoned-bike-bike_condition = In welke staat is de fiets?
    .missing-wheel = Er ontbreekt een wiel
    .missing-parts = Zadel of stuur ontbreekt
    .flat-tires = Lekke banden
    .rusted = Verroeste ketting of onderdelen
    .bent-frame = Verbogen of beschadigd frame

## Breuk in de hoofdwaterleiding
question-water-main-break-water_flow = Hoeveel water stroomt er?
    .trickle = Een straaltje of een natte plek
    .steady = Een gestage stroom
    .gushing = Het spuit eruit of de weg loopt onder

## Geen water
question-no-water-neighbours_affected = Zitten uw buren ook zonder water?
    .yes = Ja
    .no = Nee
    .unknown = Ik weet het niet
question-no-water-started_at = Wanneer viel het water weg?

## Terugstromend riool of ondergelopen kelder
question-sewer-backup-water_depth = Hoe diep is het water ongeveer, in centimeters?
question-sewer-backup-backwater_valve = Heeft het pand een terugslagklep?
    .yes = Ja
    .no = Nee
    .unknown = Ik weet het niet

## Verstopte straatkolk
question-catch-basin-blocked-ponding = Blijft er water staan?
    .none = Nee, op dit moment niet
    .road = Er staat water op de weg
    .sidewalk = Het water komt tot op de stoep of een perceel

## Beschadigde of lekkende brandkraan
question-fire-hydrant-damaged-hydrant_problem = Wat is er mis met de brandkraan?
    .knocked-over = Omvergereden of aangereden
    .leaking = Hij lekt
    .missing-cap = Dop ontbreekt
    .blocked = Geblokkeerd of verborgen
    .paint = Graffiti of verf

## Verkleurd of vies smakend water
question-water-quality-water_issue = Wat valt u op?
    .brown = Bruin of geel
    .cloudy = Troebel of melkachtig
    .taste = Vreemde smaak
    .smell = Vreemde geur
    .particles = Deeltjes of bezinksel

## Omgevallen of beschadigde boom (spoed)
question-tree-emergency-blocking = Wat wordt er getroffen?
    .road = Weg
    .sidewalk = Stoep
    .driveway = Oprit
    .building = Huis of gebouw
    .vehicle = Voertuig
    .wires = Kabels
    .nothing = Nog niets, maar hij kan omvallen

## Boom snoeien (geen spoed)
question-tree-pruning-reason = Waarom moet de boom gesnoeid worden?
    .low-branches = Lage takken boven een stoep of weg
    .blocking = Hij verbergt een bord of straatlantaarn
    .touching-building = Hij raakt een huis of gebouw
    .dead-branches = Dode takken

## Probleem met een toilet in een park
question-park-washroom-issue = Wat is het probleem?
    .dirty = Vies
    .supplies = Geen zeep, papieren handdoekjes of wc-papier
    .locked = Op slot tijdens de openingstijden
    .broken = Kapotte wc, wastafel of deur
    .leak = Lekkage of overstroming

## Beschadigde speeltoestellen
question-playground-damaged-equipment = Welk toestel?
    .swing = Schommel
    .slide = Glijbaan
    .climber = Klimrek of speeltoestel
    .surface = Ondergrond (zand, boomschors of rubber)
    .other = Iets anders
question-playground-damaged-unsafe = Kan iemand zich nu bezeren als hij het gebruikt?
    .yes = Ja
    .no = Nee
    .unsure = Weet ik niet zeker

## Tentenkamp in een park
question-park-encampment-tent_count = Hoeveel tenten of bouwsels staan er ongeveer?
question-park-encampment-details = Is er iets wat de straathulpverleners moeten weten, zoals een vuur of een ander veiligheidsprobleem?

## Dood dier op de weg of stoep
question-dead-animal-road-animal_type = Wat voor dier is het (bijvoorbeeld wasbeer, eekhoorn of kat)?
question-dead-animal-road-animal_size = Hoe groot is het?
    .small = Klein (eekhoorn, vogel)
    .medium = Middelgroot (wasbeer, kat)
    .large = Groot (hert, coyote, hond)

## Gewond of ziek wild dier
question-injured-wildlife-animal_type = Wat voor dier is het?
question-injured-wildlife-condition = Wat is er met het dier aan de hand?
    .injured = Gewond
    .sick = Ziek of gedraagt zich vreemd
    .trapped = Zit vast of is verstrikt
    .orphaned = Een jong dier dat alleen lijkt te zijn

## Zwerfhond of loslopende hond
question-stray-dog-dog_contained = Is de hond ergens ingesloten of vastgemaakt, bijvoorbeeld in een tuin of aan de lijn?
    .yes = Ja
    .no = Nee

## Hondenbeet of aanval door een hond
question-dog-bite-incident_time = Wanneer is het gebeurd?
question-dog-bite-victim = Wie is er gebeten of aangevallen?
    .person = Een mens
    .dog = Een andere hond
    .other-animal = Een ander dier

## Hond niet aangelijnd
question-dog-off-leash-usual_time = Wanneer gebeurt dit meestal (bijvoorbeeld op doordeweekse ochtenden)?

## Klacht over geluidsoverlast
question-noise-noise_source = Wat maakt het lawaai?
    .amplified-sound = Muziek of versterkt geluid
    .construction = Bouwwerkzaamheden
    .barking = Blaffende hond
    .equipment = Airconditioner, ventilator of andere apparatuur
    .vehicle = Stationair draaiende of optrekkende voertuigen
    .other = Iets anders
question-noise-ongoing = Is er op dit moment lawaai?
    .now = Ja, op dit moment
    .recurring = Het gebeurt regelmatig
    .past = Het is gestopt
question-noise-noise_times = Beschrijf wanneer het lawaai er is en hoe lang het duurt.

## Dringend probleem met de staat van een gebouw
question-property-standards-urgent-issue = Wat is het dringende probleem?
    .no-heat = Geen of te weinig verwarming
    .no-water = Geen water
    .no-power = Geen stroom
    .lock = Kapot slot op een toegangsdeur
    .structure = Onveilige constructie, balkon of trap
question-property-standards-urgent-is_tenant = Bent u huurder in het gebouw?
    .yes = Ja
    .no = Nee
question-property-standards-urgent-unit_number = Wat is uw appartementsnummer?

## Klacht over de staat van een gebouw
question-property-standards-issues = Welke problemen zijn er?
    .pests = Ongedierte (muizen, kakkerlakken, bedwantsen)
    .mould = Schimmel
    .windows-doors = Kapotte ramen of deuren
    .leaks = Lekkend dak of lekkende muren
    .stairs-railings = Beschadigde trappen of leuningen
    .exterior = Buitenkant in slechte staat
    .other = Iets anders
question-property-standards-landlord_notified = Als u huurder bent: hebt u uw verhuurder schriftelijk op de hoogte gebracht?
    .yes = Ja
    .no = Nee
    .not-tenant = Ik ben geen huurder
question-property-standards-details = Beschrijf het probleem en hoe lang het al speelt.

## Achtergelaten voertuig op privéterrein
question-abandoned-vehicle-licence_plate = Wat is het kenteken, als het er een heeft?
question-abandoned-vehicle-vehicle_description = Beschrijf het voertuig (kleur, merk, soort).
