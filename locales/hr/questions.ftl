### Pitanja kataloga: dodatna pitanja (Open311 atributi) za svaku vrstu usluge i
### odgovori ponuđeni za pitanja s popisom, kao atributi nazvani po svojim ključevima.

## Udarna rupa
question-pothole-size = Otprilike koliko je velika rupa?
    .small = Manja od tanjura
    .medium = Otprilike kao automobilska guma
    .large = Veća od automobilske gume
question-pothole-lane = U kojem se dijelu ceste nalazi?
    .curb-lane = Traka uz rubnjak
    .centre-lane = Srednja traka ili traka za pretjecanje
    .turn-lane = Traka za skretanje
    .bike-lane = Biciklistička traka
    .laneway = Uličica

## Opasnost na cesti
question-road-hazard-hazard_type = O kakvoj je opasnosti riječ?
    .road-collapse = Urušen kolnik ili vrtača
    .missing-cover = Poklopac šahta ili rešetka nedostaje ili je slomljen
    .debris = Veliki otpad u traci
    .spill = Prolivena ili skliska tvar
    .other = Nešto drugo

## Oštećen nogostup
question-sidewalk-damaged-damage = Što nije u redu s nogostupom?
    .cracked = Napuknut
    .lifted = Podignute ili neravne ploče
    .sunken = Ulegnut ili šupalj
    .missing = Nedostaju dijelovi
    .curb-ramp = Oštećena rampa na rubnjaku
question-sidewalk-damaged-trip_height = Otprilike koliko je visok neravni rub, u centimetrima?

## Prepreka u biciklističkoj traci
question-bike-lane-obstruction-obstruction = Što blokira biciklističku traku?
    .debris = Otpad ili smeće
    .construction = Građevinski materijal ili oprema
    .bins = Kante za otpad ili recikliranje
    .bollard = Oštećen ili srušen stupić
    .other = Nešto drugo

## Vozilo predugo parkirano u stambenoj ulici
question-long-term-parking-licence_plate = Koji je registarski broj, ako ga možete vidjeti?
question-long-term-parking-vehicle_description = Opišite vozilo (boja, marka, vrsta).
question-long-term-parking-days_parked = Otprilike koliko je dana ondje parkirano?

## Ulična svjetiljka ne radi
question-streetlight-out-light_problem = Što nije u redu sa svjetiljkom?
    .out = Ne svijetli
    .flickering = Treperi ili se pali i gasi
    .day-burning = Svijetli tijekom dana
    .several-out = Nekoliko svjetiljki zaredom ne svijetli
question-streetlight-out-pole_number = Ako stup ima pločicu s brojem, što na njoj piše?

## Oštećen ili nestao znak
question-sign-damaged-sign_type = Koja je vrsta znaka?
    .street-name = Naziv ulice
    .parking = Parkiranje
    .speed-limit = Ograničenje brzine
    .warning = Znak upozorenja (zavoj, školska zona i slično)
    .other = Drugo
question-sign-damaged-sign_condition = Što nije u redu s njim?
    .bent = Savijen ili srušen
    .faded = Izblijedio ili teško čitljiv
    .turned = Okrenut u pogrešnom smjeru
    .blocked = Zaklonjen granama
    .missing = Nestao

## Semafor ne radi
question-traffic-signal-malfunction-signal_problem = Što semafor radi?
    .dark = Uopće ne svijetli
    .flashing = Treperi crveno ili žuto
    .stuck = Zaglavio na jednoj boji
    .damaged = Srušen ili oštećen
    .turned = Okrenut u pogrešnom smjeru
question-traffic-signal-malfunction-direction = Koji je smjer vožnje pogođen (na primjer, prema sjeveru)?

## Problem sigurnosti prometa
question-traffic-safety-concern-concern = Što vas zabrinjava?
    .speeding = Prebrza vožnja
    .signal-timing = Trajanje signala na semaforu
    .visibility = Loša preglednost
    .crossing = Teško je prijeći ulicu
    .cut-through = Tranzitni promet kroz naselje
question-traffic-safety-concern-details = Recite nam više: kada se to događa i koga pogađa?

## Nogostup nije očišćen od snijega
question-snow-sidewalk-condition = Kakav je nogostup?
    .snow = Prekriven snijegom
    .ice = Zaleđen
    .snowbank = Blokiran snježnim nasipom nakon čišćenja ceste

## Otpad nije odvezen
question-missed-garbage-collection_day = Koji je bio vaš predviđeni dan odvoza?
question-missed-garbage-set_out = Je li kanta bila na rubnjaku do 7 sati ujutro?
    .yes = Da
    .no = Ne

## Otpad za recikliranje nije odvezen
question-missed-recycling-collection_day = Koji je bio vaš predviđeni dan odvoza?
question-missed-recycling-set_out = Je li kanta bila na rubnjaku do 7 sati ujutro?
    .yes = Da
    .no = Ne

## Zelena kanta nije ispražnjena
question-missed-green-bin-collection_day = Koji je bio vaš predviđeni dan odvoza?
question-missed-green-bin-set_out = Je li kanta bila na rubnjaku do 7 sati ujutro?
    .yes = Da
    .no = Ne

## Oštećena kanta
question-bin-damaged-bin_type = Koja je kanta oštećena?
    .garbage = Kanta za otpad
    .recycling = Plava kanta (recikliranje)
    .green-bin = Zelena kanta (biootpad)
question-bin-damaged-damage = Što je oštećeno?
    .lid = Poklopac
    .wheels = Kotač ili osovina
    .handle = Ručka
    .body = Napuknuto tijelo kante
    .latch = Zasun za zaštitu od životinja
question-bin-damaged-bin_serial = Koji je serijski broj otisnut na kanti, ako ga možete pročitati?

## Odvoz glomaznog otpada
question-bulky-item-pickup-item_types = Što ćete iznijeti?
    .furniture = Namještaj
    .mattress = Madrac ili podnica s oprugama
    .appliance = Štednjak, perilica rublja, sušilica ili perilica posuđa
    .refrigerant = Hladnjak, zamrzivač ili klima-uređaj
    .carpet = Tepih ili sag
    .other = Drugi veliki predmet
question-bulky-item-pickup-item_count = Koliko ćete predmeta iznijeti?

## Grafiti na gradskoj imovini
question-graffiti-city-property-surface = Koje su površine prekrivene?
    .wall = Zid ili zgrada
    .bridge = Most ili podvožnjak
    .fence = Ograda
    .sign-pole = Znak ili stup
    .box = Komunalni ili semaforski ormarić
    .other = Drugo

## Grafiti na prometnim znakovima, stupovima ili semaforskim ormarićima
question-graffiti-road-assets-asset_type = Na čemu su grafiti?
    .sign = Prometni znak
    .signal-box = Semaforski ormarić
    .pole = Stup
    .retaining-wall = Potporni zid ili zid za zaštitu od buke
    .bridge = Most ili podvožnjak
    .other = Nešto drugo

## Grafiti na privatnoj imovini
question-graffiti-private-property-surface = Koje su površine prekrivene?
    .wall = Zid
    .fence = Ograda
    .garage-door = Garažna vrata
    .window = Prozor ili vrata
    .other = Drugo
question-graffiti-private-property-is_owner = Jeste li vi vlasnik nekretnine?
    .yes = Da
    .no = Ne

## Grafiti mržnje ili bandi
question-graffiti-hate-police_reported = Jeste li to prijavili policiji Toronta?
    .yes = Da
    .no = Ne
question-graffiti-hate-police_reference = Koji je broj policijske prijave, ako ga imate?

## Nezakonito odlaganje otpada
question-illegal-dumping-item_types = Što je odloženo?
    .household = Vrećice s kućnim otpadom
    .furniture = Namještaj
    .mattress = Madrac
    .tires = Gume
    .construction = Građevinski otpad ili otpad od renovacije
    .electronics = Elektronika
    .hazardous = Boja, kemikalije ili drugi opasni otpad
    .other = Drugo
question-illegal-dumping-noticed_at = Kada ste to primijetili ili vidjeli da se odlaže?
question-illegal-dumping-witness = Ako ste vidjeli tko je to odložio, opišite osobu ili vozilo. Ne prilazite im.

## Napušten bicikl
question-abandoned-bike-bike_condition = U kakvom je stanju?
    .missing-wheel = Nedostaje kotač
    .missing-parts = Nedostaje sjedalo ili upravljač
    .flat-tires = Ispuhane gume
    .rusted = Zahrđao lanac ili dijelovi
    .bent-frame = Savijen ili oštećen okvir

## Puknuće glavne vodovodne cijevi
question-water-main-break-water_flow = Koliko vode teče?
    .trickle = Malo curi ili je vlažna mrlja
    .steady = Stalan mlaz
    .gushing = Šiklja ili poplavljuje cestu

## Nema vode
question-no-water-neighbours_affected = Jesu li i vaši susjedi bez vode?
    .yes = Da
    .no = Ne
    .unknown = Ne znam
question-no-water-started_at = Kada je nestalo vode?

## Povrat kanalizacije ili poplavljen podrum
question-sewer-backup-water_depth = Otprilike koliko je duboka voda, u centimetrima?
question-sewer-backup-backwater_valve = Ima li nekretnina nepovratni ventil na kanalizaciji?
    .yes = Da
    .no = Ne
    .unknown = Ne znam

## Začepljen slivnik
question-catch-basin-blocked-ponding = Zadržava li se voda?
    .none = Ne, trenutačno ne
    .road = Voda se zadržava na cesti
    .sidewalk = Voda se izlijeva na nogostup ili posjed

## Oštećen hidrant ili hidrant koji curi
question-fire-hydrant-damaged-hydrant_problem = Što nije u redu s hidrantom?
    .knocked-over = Srušen ili udaren
    .leaking = Curi
    .missing-cap = Nedostaje poklopac
    .blocked = Blokiran ili skriven
    .paint = Grafiti ili boja

## Voda neobične boje ili lošeg okusa
question-water-quality-water_issue = Što primjećujete?
    .brown = Smeđa ili žuta
    .cloudy = Mutna ili mliječna
    .taste = Neobičan okus
    .smell = Neobičan miris
    .particles = Čestice ili talog

## Palo ili oštećeno stablo (hitno)
question-tree-emergency-blocking = Što je pogođeno?
    .road = Cesta
    .sidewalk = Nogostup
    .driveway = Kolni prilaz
    .building = Kuća ili zgrada
    .vehicle = Vozilo
    .wires = Žice
    .nothing = Još ništa, ali moglo bi pasti

## Orezivanje stabla (nije hitno)
question-tree-pruning-reason = Zašto stablo treba orezati?
    .low-branches = Niske grane iznad nogostupa ili ceste
    .blocking = Zaklanja znak ili uličnu svjetiljku
    .touching-building = Dodiruje kuću ili zgradu
    .dead-branches = Suhe grane

## Problem sa sanitarnim čvorom u parku
question-park-washroom-issue = U čemu je problem?
    .dirty = Prljavo je
    .supplies = Nema sapuna, papirnatih ručnika ili toaletnog papira
    .locked = Zaključan tijekom radnog vremena
    .broken = Slomljen zahod, umivaonik ili vrata
    .leak = Curenje ili poplava

## Oštećene sprave na igralištu
question-playground-damaged-equipment = Koja sprava?
    .swing = Ljuljačka
    .slide = Tobogan
    .climber = Penjalica ili konstrukcija za igru
    .surface = Podloga (pijesak, malč ili guma)
    .other = Drugo
question-playground-damaged-unsafe = Bi li se netko mogao ozlijediti ako je sada koristi?
    .yes = Da
    .no = Ne
    .unsure = Ne znam pouzdano

## Šatorsko naselje u parku
question-park-encampment-tent_count = Otprilike koliko ima šatora ili skloništa?
question-park-encampment-details = Postoji li nešto što bi socijalni radnici trebali znati, primjerice vatra ili neki drugi sigurnosni problem?

## Mrtva životinja na cesti ili nogostupu
question-dead-animal-road-animal_type = Koja je to životinja (na primjer, rakun, vjeverica ili mačka)?
question-dead-animal-road-animal_size = Koliko je velika?
    .small = Mala (vjeverica, ptica)
    .medium = Srednja (rakun, mačka)
    .large = Velika (jelen, kojot, pas)

## Ozlijeđena ili bolesna divlja životinja
question-injured-wildlife-animal_type = Koja je to životinja?
question-injured-wildlife-condition = Što se događa sa životinjom?
    .injured = Ozlijeđena je
    .sick = Bolesna je ili se čudno ponaša
    .trapped = Zarobljena je ili se zapetljala
    .orphaned = Mladunče koje se čini da je samo

## Pas lutalica ili pas bez nadzora
question-stray-dog-dog_contained = Je li pas osiguran, na primjer u dvorištu ili na povodcu?
    .yes = Da
    .no = Ne

## Ugriz ili napad psa
question-dog-bite-incident_time = Kada se to dogodilo?
question-dog-bite-victim = Tko je ugrizen ili napadnut?
    .person = Osoba
    .dog = Drugi pas
    .other-animal = Druga životinja

## Pas bez povodca
question-dog-off-leash-usual_time = Kada se to obično događa (na primjer, radnim danom ujutro)?

## Pritužba na buku
question-noise-noise_source = Što stvara buku?
    .amplified-sound = Glazba ili pojačani zvuk
    .construction = Građevinski radovi
    .barking = Lavež psa
    .equipment = Klima-uređaj, ventilator ili druga oprema
    .vehicle = Vozila koja rade u mjestu ili daju gas u praznom hodu
    .other = Drugo
question-noise-ongoing = Traje li buka sada?
    .now = Da, upravo sada
    .recurring = Redovito se ponavlja
    .past = Prestala je
question-noise-noise_times = Opišite kada se buka javlja i koliko dugo traje.

## Hitan problem sa stanjem zgrade
question-property-standards-urgent-issue = Koji je hitan problem?
    .no-heat = Nema grijanja ili grijanje nije dovoljno
    .no-water = Nema vode
    .no-power = Nema struje
    .lock = Slomljena brava na ulaznim vratima
    .structure = Nesigurna konstrukcija, balkon ili stubište
question-property-standards-urgent-is_tenant = Jeste li najmoprimac u ovoj zgradi?
    .yes = Da
    .no = Ne
question-property-standards-urgent-unit_number = Koji je broj vašeg stana?

## Pritužba na stanje nekretnine
question-property-standards-issues = Koji problemi postoje?
    .pests = Štetnici (miševi, žohari, stjenice)
    .mould = Plijesan
    .windows-doors = Slomljeni prozori ili vrata
    .leaks = Krov ili zidovi prokišnjavaju
    .stairs-railings = Oštećene stube ili ograde
    .exterior = Vanjski dio u lošem stanju
    .other = Drugo
question-property-standards-landlord_notified = Ako ste najmoprimac, jeste li pisanim putem obavijestili najmodavca?
    .yes = Da
    .no = Ne
    .not-tenant = Nisam najmoprimac
question-property-standards-details = Opišite problem i koliko dugo traje.

## Napušteno vozilo na privatnom posjedu
question-abandoned-vehicle-licence_plate = Koji je registarski broj, ako ga vozilo ima?
question-abandoned-vehicle-vehicle_description = Opišite vozilo (boja, marka, vrsta).
