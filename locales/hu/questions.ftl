### A katalógus kérdései: az egyes szolgáltatástípusok további kérdései (Open311-attribútumok), és
### a választós kérdéseknél felkínált válaszok, a kulcsaikról elnevezett attribútumokként.

## Kátyú
question-pothole-size = Nagyjából mekkora a kátyú?
    .small = Kisebb egy lapostányérnál
    .medium = Nagyjából akkora, mint egy autógumi
    .large = Nagyobb egy autógumi méreténél
question-pothole-lane = Az út melyik részén van?
    .curb-lane = Az útszegély melletti sávban
    .centre-lane = A középső vagy előzősávban
    .turn-lane = A kanyarodósávban
    .bike-lane = A kerékpársávban
    .laneway = Hátsó utcában

## Veszély az úton
question-road-hazard-hazard_type = Mi a veszély?
    .road-collapse = Beszakadt útburkolat vagy földbeszakadás
    .missing-cover = Hiányzó vagy törött aknafedél vagy rács
    .debris = Nagy törmelék egy sávban
    .spill = Kiömlött vagy csúszós anyag
    .other = Valami más

## Sérült járda
question-sidewalk-damaged-damage = Mi a baj a járdával?
    .cracked = Repedt
    .lifted = Felpúposodott vagy egyenetlen lapok
    .sunken = Megsüllyedt vagy üreges
    .missing = Hiányzó darabok
    .curb-ramp = Sérült szegélylejtő (akadálymentes rámpa)
question-sidewalk-damaged-trip_height = Nagyjából milyen magas az egyenetlen perem, centiméterben?

## Elzárt kerékpársáv
question-bike-lane-obstruction-obstruction = Mi zárja el a kerékpársávot?
    .debris = Törmelék vagy szemét
    .construction = Építőanyag vagy munkagép
    .bins = Szemetes- vagy szelektív kukák
    .bollard = Sérült vagy kidőlt oszlop
    .other = Valami más

## Túl régóta parkoló jármű egy lakóutcában
question-long-term-parking-licence_plate = Mi a rendszáma, ha látja?
question-long-term-parking-vehicle_description = Írja le a járművet (szín, márka, típus).
question-long-term-parking-days_parked = Nagyjából hány napja parkol ott?

## Nem működő utcai lámpa
question-streetlight-out-light_problem = Mi a baj a lámpával?
    .out = Nem világít
    .flickering = Villog, vagy folyton ki-be kapcsol
    .day-burning = Nappal is ég
    .several-out = Több egymás utáni lámpa sem világít
question-streetlight-out-pole_number = Ha az oszlopon számozott címke van, mi áll rajta?

## Sérült vagy hiányzó tábla
question-sign-damaged-sign_type = Milyen tábláról van szó?
    .street-name = Utcanévtábla
    .parking = Parkolási tábla
    .speed-limit = Sebességkorlátozó tábla
    .warning = Veszélyt jelző tábla (kanyar, iskolai övezet és hasonlók)
    .other = Egyéb
question-sign-damaged-sign_condition = Mi a baj vele?
    .bent = Elhajlott vagy kidőlt
    .faded = Kifakult vagy nehezen olvasható
    .turned = Rossz irányba fordult
    .blocked = Ágak takarják
    .missing = Hiányzik

## Nem működő jelzőlámpa
question-traffic-signal-malfunction-signal_problem = Mit csinál a jelzőlámpa?
    .dark = Egyáltalán nem világít
    .flashing = Pirosan vagy sárgán villog
    .stuck = Beragadt egy színen
    .damaged = Kidőlt vagy megsérült
    .turned = Rossz irányba fordult
question-traffic-signal-malfunction-direction = Melyik haladási irányt érinti (például az észak felé haladókat)?

## Közlekedésbiztonsági probléma
question-traffic-safety-concern-concern = Mi aggasztja?
    .speeding = Gyorshajtás
    .signal-timing = A lámpák időzítése
    .visibility = Rossz láthatóság
    .crossing = Nehéz átkelni
    .cut-through = Átmenő forgalom, amely rövidítésként használja az utcát
question-traffic-safety-concern-details = Mondjon el többet: mikor fordul elő, és kiket érint?

## Hótól meg nem tisztított járda
question-snow-sidewalk-condition = Milyen állapotban van a járda?
    .snow = Havas
    .ice = Jeges
    .snowbank = Az úttakarítás után maradt hótorlasz zárja el

## Elmaradt szemétszállítás
question-missed-garbage-collection_day = Melyik volt az Ön ütemezett szállítási napja?
question-missed-garbage-set_out = Kint volt a kuka az út szélén reggel 7 óráig?
    .yes = Igen
    .no = Nem

## Elmaradt szelektívhulladék-szállítás
question-missed-recycling-collection_day = Melyik volt az Ön ütemezett szállítási napja?
question-missed-recycling-set_out = Kint volt a kuka az út szélén reggel 7 óráig?
    .yes = Igen
    .no = Nem

## Elmaradt zöldkuka-ürítés
question-missed-green-bin-collection_day = Melyik volt az Ön ütemezett szállítási napja?
question-missed-green-bin-set_out = Kint volt a kuka az út szélén reggel 7 óráig?
    .yes = Igen
    .no = Nem

## Sérült kuka
question-bin-damaged-bin_type = Melyik kuka sérült meg?
    .garbage = Szemeteskuka
    .recycling = Kék kuka (szelektív hulladék)
    .green-bin = Zöld kuka (szerves hulladék)
question-bin-damaged-damage = Mi sérült meg?
    .lid = A fedél
    .wheels = Kerék vagy tengely
    .handle = A fogantyú
    .body = Megrepedt a kuka teste
    .latch = Az állatbiztos zár
question-bin-damaged-bin_serial = Mi a kukára nyomtatott sorozatszám, ha el tudja olvasni?

## Nagy tárgyak elszállítása (lomtalanítás)
question-bulky-item-pickup-item_types = Mit fog kitenni?
    .furniture = Bútort
    .mattress = Matracot vagy ágyrácsot
    .appliance = Tűzhelyt, mosógépet, szárítógépet vagy mosogatógépet
    .refrigerant = Hűtőszekrényt, fagyasztót vagy légkondicionálót
    .carpet = Padlószőnyeget vagy szőnyeget
    .other = Más nagy tárgyat
question-bulky-item-pickup-item_count = Hány tárgyat fog kitenni?

## Graffiti városi tulajdonon
question-graffiti-city-property-surface = Milyen felületeket borít?
    .wall = Falat vagy épületet
    .bridge = Hidat vagy aluljárót
    .fence = Kerítést
    .sign-pole = Táblát vagy oszlopot
    .box = Közmű- vagy lámpavezérlő szekrényt
    .other = Egyebet

## Graffiti közlekedési táblákon, oszlopokon vagy lámpavezérlő szekrényeken
question-graffiti-road-assets-asset_type = Min van a graffiti?
    .sign = Közlekedési táblán
    .signal-box = Jelzőlámpa-vezérlő szekrényen
    .pole = Oszlopon
    .retaining-wall = Támfalon vagy zajvédő falon
    .bridge = Hídon vagy aluljárón
    .other = Valami máson

## Graffiti magántulajdonon
question-graffiti-private-property-surface = Milyen felületeket borít?
    .wall = Falat
    .fence = Kerítést
    .garage-door = Garázskaput
    .window = Ablakot vagy ajtót
    .other = Egyebet
question-graffiti-private-property-is_owner = Ön az ingatlan tulajdonosa?
    .yes = Igen
    .no = Nem

## Gyűlöletkeltő vagy banda graffiti
question-graffiti-hate-police_reported = Jelentette már a torontói rendőrségnek?
    .yes = Igen
    .no = Nem
question-graffiti-hate-police_reference = Mi a rendőrségi bejelentés száma, ha van ilyen?

## Illegális szemétlerakás
question-illegal-dumping-item_types = Mit raktak le?
    .household = Háztartási szemeteszsákokat
    .furniture = Bútort
    .mattress = Matracot
    .tires = Gumiabroncsokat
    .construction = Építési vagy felújítási hulladékot
    .electronics = Elektronikai eszközöket
    .hazardous = Festéket, vegyszert vagy más veszélyes hulladékot
    .other = Egyebet
question-illegal-dumping-noticed_at = Mikor vette észre, vagy mikor látta, hogy lerakják?
question-illegal-dumping-witness = Ha látta, ki rakta le, írja le a személyt vagy a járművet. Ne menjen oda hozzájuk.

## Elhagyott kerékpár
question-abandoned-bike-bike_condition = Milyen állapotban van?
    .missing-wheel = Hiányzik egy kereke
    .missing-parts = Hiányzik a nyerge vagy a kormánya
    .flat-tires = Leeresztett gumik
    .rusted = Rozsdás lánc vagy alkatrészek
    .bent-frame = Elhajlott vagy sérült váz

## Vízfővezeték-törés
question-water-main-break-water_flow = Mennyi víz folyik?
    .trickle = Csak csordogál, vagy nedves folt látszik
    .steady = Folyamatosan folyik
    .gushing = Ömlik, vagy elárasztja az utat

## Nincs víz
question-no-water-neighbours_affected = A szomszédai is víz nélkül maradtak?
    .yes = Igen
    .no = Nem
    .unknown = Nem tudom
question-no-water-started_at = Mikor szűnt meg a víz?

## Visszaáramló szennyvíz vagy elárasztott pince
question-sewer-backup-water_depth = Nagyjából milyen mély a víz, centiméterben?
question-sewer-backup-backwater_valve = Van az ingatlanon visszacsapószelep?
    .yes = Igen
    .no = Nem
    .unknown = Nem tudom

## Eldugult víznyelő
question-catch-basin-blocked-ponding = Gyűlik a víz?
    .none = Nem, most éppen nem
    .road = Az úton gyűlik
    .sidewalk = A járdára vagy egy ingatlanra is kiáramlik

## Sérült vagy szivárgó tűzcsap
question-fire-hydrant-damaged-hydrant_problem = Mi a baj a tűzcsappal?
    .knocked-over = Kidőlt, vagy nekiütköztek
    .leaking = Szivárog
    .missing-cap = Hiányzik a kupakja
    .blocked = El van torlaszolva vagy takarva
    .paint = Graffiti vagy festék van rajta

## Elszíneződött vagy rossz ízű víz
question-water-quality-water_issue = Mit tapasztal?
    .brown = Barna vagy sárga
    .cloudy = Zavaros vagy tejszerű
    .taste = Szokatlan íz
    .smell = Szokatlan szag
    .particles = Szemcsék vagy üledék

## Kidőlt vagy sérült fa (vészhelyzet)
question-tree-emergency-blocking = Mit érint?
    .road = Az utat
    .sidewalk = A járdát
    .driveway = A kocsibejárót
    .building = Egy házat vagy épületet
    .vehicle = Egy járművet
    .wires = Vezetékeket
    .nothing = Még semmit, de kidőlhet

## Fametszés (nem sürgős)
question-tree-pruning-reason = Miért kell megmetszeni a fát?
    .low-branches = Alacsonyan lógó ágak egy járda vagy út fölött
    .blocking = Eltakar egy táblát vagy utcai lámpát
    .touching-building = Hozzáér egy házhoz vagy épülethez
    .dead-branches = Elhalt ágak

## Probléma egy parki mosdóval
question-park-washroom-issue = Mi a probléma?
    .dirty = Piszkos
    .supplies = Nincs szappan, papírtörlő vagy vécépapír
    .locked = Nyitvatartási időben zárva van
    .broken = Elromlott a vécé, a mosdókagyló vagy az ajtó
    .leak = Szivárgás vagy elárasztás

## Sérült játszótéri eszköz
question-playground-damaged-equipment = Melyik eszköz?
    .swing = Hinta
    .slide = Csúszda
    .climber = Mászóka vagy játszóvár
    .surface = Talajburkolat (homok, faforgács vagy gumi)
    .other = Egyéb
question-playground-damaged-unsafe = Megsérülhet valaki, ha most használja?
    .yes = Igen
    .no = Nem
    .unsure = Nem vagyok biztos benne

## Sátortábor egy parkban
question-park-encampment-tent_count = Nagyjából hány sátor vagy tákolmány van ott?
question-park-encampment-details = Van valami, amit az utcai szociális munkásoknak tudniuk kell, például tűz vagy más biztonsági probléma?

## Elhullott állat az úton vagy a járdán
question-dead-animal-road-animal_type = Milyen állatról van szó (például mosómedve, mókus vagy macska)?
question-dead-animal-road-animal_size = Mekkora?
    .small = Kicsi (mókus, madár)
    .medium = Közepes (mosómedve, macska)
    .large = Nagy (szarvas, prérifarkas, kutya)

## Sérült vagy beteg vadállat
question-injured-wildlife-animal_type = Milyen állatról van szó?
question-injured-wildlife-condition = Mi történik az állattal?
    .injured = Megsérült
    .sick = Beteg vagy furcsán viselkedik
    .trapped = Csapdába esett vagy belegabalyodott valamibe
    .orphaned = Fiatal állat, amely láthatóan egyedül maradt

## Kóbor vagy szabadon kószáló kutya
question-stray-dog-dog_contained = A kutya el van zárva vagy meg van kötve, például egy udvaron vagy pórázon?
    .yes = Igen
    .no = Nem

## Kutyaharapás vagy kutyatámadás
question-dog-bite-incident_time = Mikor történt?
question-dog-bite-victim = Kit harapott meg vagy támadott meg?
    .person = Egy embert
    .dog = Egy másik kutyát
    .other-animal = Egy másik állatot

## Póráz nélküli kutya
question-dog-off-leash-usual_time = Általában mikor fordul elő (például hétköznap reggelente)?

## Zajpanasz
question-noise-noise_source = Mi okozza a zajt?
    .amplified-sound = Zene vagy hangosított hang
    .construction = Építkezés
    .barking = Ugató kutya
    .equipment = Légkondicionáló, ventilátor vagy más gép
    .vehicle = Álló helyzetben járatott vagy felpörgetett motorú járművek
    .other = Egyéb
question-noise-ongoing = Most is tart a zaj?
    .now = Igen, éppen most
    .recurring = Rendszeresen előfordul
    .past = Már abbamaradt
question-noise-noise_times = Írja le, mikor van zaj, és meddig tart.

## Sürgős probléma egy épület állapotával
question-property-standards-urgent-issue = Mi a sürgős probléma?
    .no-heat = Nincs fűtés, vagy nem elég
    .no-water = Nincs víz
    .no-power = Nincs áram
    .lock = Törött zár egy bejárati ajtón
    .structure = Nem biztonságos szerkezet, erkély vagy lépcső
question-property-standards-urgent-is_tenant = Ön bérlő az épületben?
    .yes = Igen
    .no = Nem
question-property-standards-urgent-unit_number = Mi a lakása száma?

## Panasz egy épület állapota miatt
question-property-standards-issues = Milyen problémák vannak?
    .pests = Kártevők (egerek, csótányok, poloskák)
    .mould = Penész
    .windows-doors = Törött ablakok vagy ajtók
    .leaks = Beázó tető vagy falak
    .stairs-railings = Sérült lépcsők vagy korlátok
    .exterior = Rossz állapotú külső homlokzat
    .other = Egyéb
question-property-standards-landlord_notified = Ha Ön bérlő, írásban értesítette a bérbeadót?
    .yes = Igen
    .no = Nem
    .not-tenant = Nem vagyok bérlő
question-property-standards-details = Írja le a problémát, és hogy mióta áll fenn.

## Elhagyott jármű magánterületen
question-abandoned-vehicle-licence_plate = Mi a rendszáma, ha van neki?
question-abandoned-vehicle-vehicle_description = Írja le a járművet (szín, márka, típus).
