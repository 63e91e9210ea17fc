### Dienstencatalogus van Civic311: Nederlandse namen en beschrijvingen van de groepen en
### soorten diensten uit server/seed/catalogue.toml. De id's volgen de codes in dat bestand.

## Groepen diensten

service-group-roads = Wegen en stoepen
service-group-streetlights-signs = Straatverlichting, borden en verkeerslichten
service-group-snow-ice = Sneeuw en ijs
service-group-garbage = Afval, recycling en groene bak
service-group-graffiti-dumping = Graffiti en illegaal gedumpt afval
service-group-water = Water, riolering en afvoer
service-group-trees = Bomen
service-group-parks = Parken en recreatie
service-group-animals = Dieren
service-group-property-noise = Panden, geluidsoverlast en gemeentelijke regels

## Wegen en stoepen

service-pothole = Gat in de weg
    .description = Een gat of kapotte plek in het wegdek van een gemeentelijke weg of steeg. Vertel ons ongeveer hoe groot het is en op welke rijstrook het ligt.

service-road-hazard = Gevaar op de weg
    .description = Iets op de weg dat nu gevaarlijk is, zoals een ingezakt wegdek, een ontbrekend putdeksel of groot puin op een rijstrook waar verkeer rijdt. Is iemand gewond of in gevaar? Bel dan 911.

service-sidewalk-damaged = Beschadigde stoep
    .description = Een gebarsten, opgetilde, verzakte of kapotte stoep waarover iemand kan struikelen of die een rolstoel of kinderwagen blokkeert.

service-curb-damaged = Beschadigde stoeprand
    .description = Een kapotte, afbrokkelende of ontbrekende stoeprand langs een gemeentelijke weg.

service-street-sweeping = Straat moet geveegd worden
    .description = Zand, grind, modder of zwerfafval langs een weg of op een fietspad, dat door een veegwagen moet worden opgeruimd.

service-bike-lane-obstruction = Versperd fietspad
    .description = Puin, bouwmateriaal, afvalbakken of beschadigde paaltjes die een fietsstrook of fietspad versperren. Staat er een voertuig geparkeerd op een fietspad? Bel dan de parkeerhandhaving van de politie van Toronto op 416-808-2222.

service-construction-blocking = Weg of stoep versperd door werkzaamheden
    .description = Een bouwplaats of werk aan leidingen dat een weg of stoep verspert zonder veilige omleiding, of dat de plek onveilig heeft achtergelaten.

service-guardrail-damaged = Beschadigde vangrail of wegafrastering
    .description = Een verbogen, kapotte of ontbrekende vangrail, leuning of afrastering langs een weg, brug of oprit.

service-laneway-repair = Steeg in slechte staat
    .description = Een openbare steeg met een kapot wegdek, slechte afwatering of diepe sporen. Gaat het om één gat? Kies dan Gat in de weg.

service-long-term-parking = Voertuig staat te lang geparkeerd in een woonstraat
    .description = Een voertuig dat langer op dezelfde plek in een woonstraat staat dan de parkeerregels toestaan.

## Straatverlichting, borden en verkeerslichten

service-streetlight-out = Straatlantaarn kapot
    .description = Een straatlantaarn die niet brandt, knippert of overdag aan is. Straatlantaarns worden samen met Toronto Hydro onderhouden; lampen op privéterrein of in sommige parken kunnen van anderen zijn.

service-streetlight-pole-damaged = Beschadigde lantaarnpaal
    .description = Een lantaarnpaal die scheef staat of is omgereden, waarvan het luikje ontbreekt of waarbij draden bloot liggen. Blijf uit de buurt van gevallen draden en bel 911 als ze vonken.

service-sign-damaged = Beschadigd of ontbrekend bord
    .description = Een straatnaambord, parkeerbord, snelheidsbord of ander verkeersbord dat beschadigd, verbleekt, gedraaid of verdwenen is. Ligt er een stopbord of een bord voorrang verlenen om? Kies dan Stopbord of bord voorrang verlenen omgevallen.

service-stop-sign-down = Stopbord of bord voorrang verlenen omgevallen
    .description = Een stopbord of bord voorrang verlenen dat is omgevallen, ontbreekt of zo is gedraaid dat bestuurders het niet kunnen zien. Dit wordt behandeld als gevaar op de weg.

service-traffic-signal-malfunction = Verkeerslicht werkt niet
    .description = Een verkeerslicht dat uit is, vastzit, knippert of beschadigd is. Behandel een verkeerslicht dat uit is als een kruispunt met stopborden in alle richtingen.

service-pedestrian-signal = Voetgangerslicht of drukknop werkt niet
    .description = Een voetgangerslicht, aftelklok, geluidssignaal of drukknop om over te steken die niet werkt.

service-traffic-safety-concern = Zorg over verkeersveiligheid
    .description = Vraag om een onderzoek naar te hard rijden, de afstelling van verkeerslichten, slecht zicht of een straat die moeilijk over te steken is. Een onderzoek kost tijd en kan leiden tot nieuwe borden, markeringen of aanpassingen van de verkeerslichten.

service-pavement-markings-faded = Vervaagde wegmarkeringen
    .description = Rijstrooklijnen, zebrapaden, stopstrepen of fietssymbolen die versleten en slecht zichtbaar zijn.

## Sneeuw en ijs

service-snow-sidewalk = Stoep niet sneeuwvrij gemaakt
    .description = Er ligt na een sneeuwstorm nog sneeuw of ijs op een stoep die de gemeente sneeuwvrij maakt. Dit begint pas als er genoeg sneeuw is gevallen, dus wacht even nadat het is gestopt met sneeuwen.

service-snow-road = Weg niet sneeuwvrij gemaakt
    .description = Een weg die na het einde van een sneeuwbui niet sneeuwvrij is gemaakt. Hoofdwegen en busroutes komen eerst aan de beurt, daarna de buurtstraten.

service-windrow-not-cleared = Sneeuwwal bij de oprit niet weggehaald
    .description = De sneeuwwal die een sneeuwschuiver aan het eind van uw oprit heeft achtergelaten, is niet weggehaald, in een straat waar de gemeente dit aanbiedt.

service-icy-road-salting = Gladde weg of stoep moet gestrooid worden
    .description = Een gemeentelijke weg, stoep, oversteekplaats of voetgangersbrug die glad is door ijs en met zout of zand moet worden gestrooid.

## Afval, recycling en groene bak

service-missed-garbage = Afval niet opgehaald
    .description = Uw afvalbak stond op tijd buiten op uw ophaaldag, maar is niet geleegd. Kijk eerst in uw ophaalkalender of er wijzigingen zijn door feestdagen.

service-missed-recycling = Recycling niet opgehaald
    .description = Uw blauwe bak stond op tijd buiten op uw ophaaldag, maar is niet geleegd.

service-missed-green-bin = Groene bak niet geleegd
    .description = Uw groene bak voor etensresten en gft stond op tijd buiten op uw ophaaldag, maar is niet geleegd.

service-missed-yard-waste = Tuinafval niet opgehaald
    .description = Tuinafval in papieren zakken of een open bak stond op uw ophaaldag in het tuinafvalseizoen buiten, maar is niet opgehaald.

service-bin-damaged = Beschadigde bak
    .description = Een afvalbak, blauwe bak of groene bak van de gemeente die gebarsten is of een kapot deksel, wiel of handvat heeft. De bak wordt gerepareerd of vervangen.

service-bin-missing = Bak kwijt of gestolen
    .description = Uw bak van de gemeente is weg, is gestolen of is meegenomen door de vuilniswagen.

service-bulky-item-pickup = Grofvuil laten ophalen
    .description = Maak een afspraak om meubels, matrassen, huishoudelijke apparaten en andere grote spullen op uw afvalophaaldag te laten ophalen.

service-litter-bin-overflowing = Volle prullenbak op straat
    .description = Een openbare prullenbak of recyclingbak op straat die vol is en overloopt.

service-litter-bin-damaged = Beschadigde prullenbak op straat
    .description = Een openbare prullenbak of recyclingbak op straat die kapot, omgevallen of verdwenen is.

## Graffiti en illegaal gedumpt afval

service-graffiti-city-property = Graffiti op gemeentelijk eigendom
    .description = Graffiti op een gebouw, muur, brug of ander bouwwerk van de gemeente. Gaat het om haatdragende graffiti of bendegraffiti? Kies dan Haat- of bendegraffiti.

service-graffiti-road-assets = Graffiti op verkeersborden, palen of kasten van verkeerslichten
    .description = Graffiti op verkeersborden, kasten van verkeerslichten, lantaarnpalen, keermuren of andere voorzieningen langs de weg. Palen en kasten van nutsbedrijven kunnen van Bell, Rogers of Toronto Hydro zijn.

service-graffiti-private-property = Graffiti op privéterrein
    .description = Graffiti op een huis, bedrijf, hek of ander privébezit dat vanaf de straat te zien is. De eigenaar moet het verwijderen en kan een brief van de gemeente krijgen.

service-graffiti-park = Graffiti in een park
    .description = Graffiti op een gebouw, toilet, speeltuin, bank of ander bouwwerk in een park.

service-graffiti-hate = Haat- of bendegraffiti
    .description = Graffiti met haatdragende, racistische of bendegerelateerde inhoud. Meld het eerst bij de politie van Toronto op 416-808-2222 (geen spoed) en daarna hier, zodat het snel kan worden verwijderd.

service-illegal-dumping = Illegaal gedumpt afval
    .description = Afval, meubels, autobanden, bouwafval of andere spullen die zijn gedumpt op een weg, steeg, stoep of ander terrein van de gemeente.

service-illegal-posters = Illegale posters of borden aan palen
    .description = Posters, flyers of borden die aan palen, bomen of andere objecten op straat zijn vastgemaakt. Palen van nutsbedrijven kunnen van Bell, Rogers of Toronto Hydro zijn.

service-abandoned-shopping-cart = Achtergelaten winkelwagen
    .description = Een winkelwagen die op straat of de stoep, in een park of in een ravijn is achtergelaten.

service-abandoned-bike = Achtergelaten fiets
    .description = Een fiets die al lang aan een paal of fietsenrek van de gemeente vastzit en waarvan onderdelen ontbreken of waarop niet meer gefietst kan worden. De fiets krijgt eerst een label voordat hij wordt weggehaald.

## Water, riolering en afvoer

service-water-main-break = Breuk in de hoofdwaterleiding
    .description = Water dat omhoogkomt door de weg, de stoep of de grond. Dit kan betekenen dat de hoofdwaterleiding kapot is.

service-no-water = Geen water
    .description = Er komt helemaal geen water uit de kranen in uw woning of gebouw.

service-low-water-pressure = Lage waterdruk
    .description = De waterdruk uit uw kranen is veel lager dan normaal.

service-sewer-backup = Terugstromend riool of ondergelopen kelder
    .description = Rioolwater of water dat omhoogkomt via een afvoer in de vloer of het toilet, of een kelder die onderloopt vanuit het riool.

service-catch-basin-blocked = Verstopte straatkolk
    .description = Een straatkolk of afvoerput die verstopt is met bladeren of vuil, of water dat op de weg blijft staan omdat het niet weg kan.

service-fire-hydrant-damaged = Beschadigde of lekkende brandkraan
    .description = Een brandkraan die is aangereden, lekt, een dop mist of geblokkeerd is.

service-water-quality = Verkleurd of vies smakend water
    .description = Kraanwater dat bruin of troebel is, of vreemd smaakt of ruikt.

service-water-leak = Waterlek bij de afsluiter aan de stoep
    .description = Water dat lekt uit een putje of afsluiter van de wateraansluiting aan de rand van een perceel, aan de kant van de gemeente.

service-sewer-odour = Rioollucht
    .description = Een sterke rioollucht uit een putdeksel, straatkolk of afvoer in de straat.

## Bomen

service-tree-emergency = Omgevallen of beschadigde boom (spoed)
    .description = Een boom of grote tak van de gemeente die is omgevallen of bijna valt en een weg of stoep blokkeert of mensen of eigendommen in gevaar brengt. Blijf uit de buurt van draden; Toronto Hydro zorgt voor bomen die stroomkabels raken.

service-tree-pruning = Boom snoeien (geen spoed)
    .description = Vraag om het snoeien van een gemeentelijke boom in de berm langs de straat, bijvoorbeeld als takken laag over een stoep hangen, een bord verbergen of een huis raken.

service-tree-planting = Een boom aanvragen
    .description = Vraag de gemeente om gratis een boom te planten in de gemeentelijke berm voor uw huis.

service-tree-inspection = Dode of stervende boom van de gemeente
    .description = Vraag om een inspectie van een gemeentelijke boom die dood, stervend, hol of instabiel lijkt, maar geen direct gevaar is.

service-stump-removal = Boomstronk verwijderen
    .description = Een stronk die is achtergebleven nadat een gemeentelijke boom uit de berm is weggehaald.

service-tree-pest = Plaag of ziekte bij bomen
    .description = Tekenen van insecten of ziekte bij een gemeentelijke boom, zoals rupsen van de plakker (sponsmot), schade door de essenprachtkever of ongewoon bladverlies.

## Parken en recreatie

service-park-washroom = Probleem met een toilet in een park
    .description = Een toilet in een park dat vies is, waar papier of zeep op is, dat op slot is tijdens de aangegeven openingstijden of waarin iets kapot is.

service-playground-damaged = Beschadigde speeltoestellen
    .description = Kapotte, losse of onveilige toestellen in een speeltuin van de gemeente, zoals een schommel, glijbaan of klimrek.

service-park-encampment = Tentenkamp in een park
    .description = Tenten of bouwsels in een park. Straathulpverleners komen langs om opvang en hulp aan te bieden. Heeft iemand medische hulp nodig of is iemand in gevaar? Bel dan 911.

service-park-litter = Zwerfafval of volle prullenbakken in een park
    .description = Afval dat verspreid ligt in een park, of volle prullenbakken in een park.

service-park-grass-overgrown = Te hoog gras in een park
    .description = Gras of onkruid in een park, plantsoen of middenberm dat gemaaid moet worden.

service-park-lights-out = Parkverlichting kapot
    .description = Een lamp bij een pad, sportveld of parkeerplaats in een park die niet brandt of knippert.

service-drinking-fountain = Drinkfontein of waterspeelplaats werkt niet
    .description = Een drinkfontein, tappunt voor waterflessen of waterspeelplaats in een park die niet werkt of lekt.

service-park-amenity-damaged = Parkbank, tafel of hek beschadigd
    .description = Een kapotte bank, picknicktafel, hek, poort, bord of andere voorziening in een park.

## Dieren

service-dead-animal-road = Dood dier op de weg of stoep
    .description = Een dood dier op een weg, stoep, steeg of andere openbare plek. Het wordt opgehaald.

service-injured-wildlife = Gewond of ziek wild dier
    .description = Een wild dier, zoals een wasbeer, vos of vogel, dat gewond of ziek is of vastzit. Probeer het niet zelf op te pakken.

service-stray-dog = Zwerfhond of loslopende hond
    .description = Een hond die los op straat loopt zonder eigenaar in de buurt. Is de hond agressief? Houd dan afstand.

service-dog-bite = Hondenbeet of aanval door een hond
    .description = Een hond die een mens of ander dier heeft gebeten of aangevallen. Is iemand ernstig gewond? Bel dan 911.

service-dog-off-leash = Hond niet aangelijnd
    .description = Honden zonder lijn buiten een aangewezen losloopgebied, in een park of op straat.

service-animal-bylaw = Klacht over de regels voor dieren
    .description = Te veel huisdieren op één adres, mensen die wilde dieren of duiven voeren, of dierenpoep die op een perceel is achtergelaten.

## Panden, geluidsoverlast en gemeentelijke regels

service-noise = Klacht over geluidsoverlast
    .description = Harde muziek, bouwwerk buiten de toegestane uren, blaffende honden of lawaai van machines van een perceel of bedrijf.

service-property-standards-urgent = Dringend probleem met de staat van een gebouw
    .description = Een ernstig probleem in een huurwoning of ander gebouw dat de gezondheid of veiligheid raakt, zoals geen verwarming in de winter, geen water, een kapot slot op de voordeur of een onveilige constructie.

service-property-standards = Klacht over de staat van een gebouw
    .description = Een gebouw of tuin die niet goed wordt onderhouden, bijvoorbeeld met ongedierte, schimmel, kapotte ramen, een lekkend dak of beschadigde trappen en leuningen, zonder direct gevaar.

service-long-grass-weeds = Hoog gras of onkruid op privéterrein
    .description = Gras of onkruid op privéterrein dat hoger is dan de regels toestaan.

service-waste-private-property = Afval of rommel op privéterrein
    .description = Afval, rommel of puin dat is opgestapeld in een privétuin, op een veranda of op een oprit.

service-abandoned-vehicle = Achtergelaten voertuig op privéterrein
    .description = Een autowrak, een uit elkaar gehaald voertuig of een voertuig zonder kenteken dat op privéterrein is achtergelaten.

service-short-term-rental = Klacht over kortetermijnverhuur
    .description = Een woning die voor korte verblijven wordt verhuurd en die misschien niet is geregistreerd, niet het hoofdverblijf van de verhuurder is of steeds problemen geeft voor de buren.
