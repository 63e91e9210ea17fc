### Pyetjet e katalogut: pyetjet shtesë (atributet Open311) për çdo lloj shërbimi dhe
### përgjigjet që ofrohen për pyetjet me listë, si atribute të emërtuara sipas çelësave të tyre.

## Gropë në rrugë
question-pothole-size = Afërsisht sa e madhe është gropa?
    .small = Më e vogël se një pjatë
    .medium = Afërsisht sa një gomë makine
    .large = Më e madhe se një gomë makine
question-pothole-lane = Në cilën pjesë të rrugës ndodhet?
    .curb-lane = Korsia pranë bordurës
    .centre-lane = Korsia e mesit ose e parakalimit
    .turn-lane = Korsia e kthimit
    .bike-lane = Korsia e biçikletave
    .laneway = Rrugicë

## Rrezik në rrugë
question-road-hazard-hazard_type = Cili është rreziku?
    .road-collapse = Sipërfaqja e rrugës është shembur ose ka një gropë shembjeje
    .missing-cover = Kapak pusete ose grilë që mungon ose është thyer
    .debris = Objekte të mëdha në korsi
    .spill = Derdhje ose substancë e rrëshqitshme
    .other = Diçka tjetër

## Trotuar i dëmtuar
question-sidewalk-damaged-damage = Çfarë problemi ka trotuari?
    .cracked = I çarë
    .lifted = Pllaka të ngritura ose të pabarabarta
    .sunken = I fundosur ose bosh poshtë
    .missing = Mungojnë copa
    .curb-ramp = Rampa e bordurës e dëmtuar
question-sidewalk-damaged-trip_height = Afërsisht sa e lartë është buza e pabarabartë, në centimetra?

## Pengesë në korsinë e biçikletave
question-bike-lane-obstruction-obstruction = Çfarë e bllokon korsinë e biçikletave?
    .debris = Objekte ose mbeturina
    .construction = Materiale ose pajisje ndërtimi
    .bins = Kosha mbeturinash ose riciklimi
    .bollard = Shtyllë e vogël e dëmtuar ose e rrëzuar
    .other = Diçka tjetër

## Automjet i parkuar shumë gjatë në rrugë banimi
question-long-term-parking-licence_plate = Cila është targa, nëse mund ta shihni?
question-long-term-parking-vehicle_description = Përshkruani automjetin (ngjyra, marka, lloji).
question-long-term-parking-days_parked = Afërsisht sa ditë ka që është parkuar atje?

## Llambë rruge e fikur
question-streetlight-out-light_problem = Çfarë problemi ka llamba?
    .out = Është e fikur
    .flickering = Pulson ose ndizet e fiket vazhdimisht
    .day-burning = Është e ndezur gjatë ditës
    .several-out = Disa llamba radhazi janë të fikura
question-streetlight-out-pole_number = Nëse shtylla ka një etiketë me numër, çfarë shkruan në të?

## Tabelë e dëmtuar ose që mungon
question-sign-damaged-sign_type = Çfarë lloj tabele është?
    .street-name = Emri i rrugës
    .parking = Parkimi
    .speed-limit = Kufiri i shpejtësisë
    .warning = Tabelë paralajmëruese (kthesë, zonë shkolle dhe të ngjashme)
    .other = Tjetër
question-sign-damaged-sign_condition = Çfarë problemi ka?
    .bent = E përkulur ose e rrëzuar
    .faded = E zbehur ose lexohet me vështirësi
    .turned = E kthyer në drejtimin e gabuar
    .blocked = E mbuluar nga degët
    .missing = Mungon

## Semafor që nuk punon
question-traffic-signal-malfunction-signal_problem = Çfarë po bën semafori?
    .dark = Është krejtësisht i fikur
    .flashing = Pulson i kuq ose i verdhë
    .stuck = Ka ngecur në një ngjyrë
    .damaged = Është rrëzuar ose dëmtuar
    .turned = Është kthyer në drejtimin e gabuar
question-traffic-signal-malfunction-direction = Cili drejtim lëvizjeje preket (për shembull, drejt veriut)?

## Shqetësim për sigurinë rrugore
question-traffic-safety-concern-concern = Cilat janë shqetësimet tuaja?
    .speeding = Shpejtësi e tepërt
    .signal-timing = Kohëzgjatja e semaforëve
    .visibility = Dukshmëri e dobët
    .crossing = Kalim i vështirë i rrugës
    .cut-through = Trafik kalimtar nëpër lagje
question-traffic-safety-concern-details = Na tregoni më shumë: kur ndodh dhe kë prek?

## Trotuar i papastruar nga bora
question-snow-sidewalk-condition = Si është trotuari?
    .snow = I mbuluar me borë
    .ice = Me akull
    .snowbank = I bllokuar nga një grumbull bore nga pastrimi i rrugës

## Mbeturinat nuk u morën
question-missed-garbage-collection_day = Cila ishte dita juaj e caktuar e grumbullimit?
question-missed-garbage-set_out = A ishte koshi te bordura deri në orën 7 të mëngjesit?
    .yes = Po
    .no = Jo

## Riciklimi nuk u mor
question-missed-recycling-collection_day = Cila ishte dita juaj e caktuar e grumbullimit?
question-missed-recycling-set_out = A ishte koshi te bordura deri në orën 7 të mëngjesit?
    .yes = Po
    .no = Jo

## Koshi i gjelbër nuk u zbraz
question-missed-green-bin-collection_day = Cila ishte dita juaj e caktuar e grumbullimit?
question-missed-green-bin-set_out = A ishte koshi te bordura deri në orën 7 të mëngjesit?
    .yes = Po
    .no = Jo

## Kosh i dëmtuar
question-bin-damaged-bin_type = Cili kosh është dëmtuar?
    .garbage = Koshi i mbeturinave
    .recycling = Koshi blu (riciklim)
    .green-bin = Koshi i gjelbër (mbetje organike)
question-bin-damaged-damage = Çfarë është dëmtuar?
    .lid = Kapaku
    .wheels = Rrota ose boshti
    .handle = Doreza
    .body = Trupi i koshit është i çarë
    .latch = Mbyllësja kundër kafshëve
question-bin-damaged-bin_serial = Cili është numri serik i shtypur në kosh, nëse mund ta lexoni?

## Marrja e sendeve të mëdha
question-bulky-item-pickup-item_types = Çfarë do të nxirrni jashtë?
    .furniture = Mobilje
    .mattress = Dyshek ose bazë me susta
    .appliance = Sobë, lavatriçe, tharëse ose pjatalarëse
    .refrigerant = Frigorifer, ngrirës ose kondicioner
    .carpet = Qilim ose tapet
    .other = Send tjetër i madh
question-bulky-item-pickup-item_count = Sa sende do të nxirrni jashtë?

## Grafite në pronë të Bashkisë
question-graffiti-city-property-surface = Cilat sipërfaqe janë të mbuluara?
    .wall = Mur ose ndërtesë
    .bridge = Urë ose nënkalim
    .fence = Gardh
    .sign-pole = Tabelë ose shtyllë
    .box = Kuti shërbimesh publike ose semafori
    .other = Tjetër

## Grafite në tabela rrugore, shtylla ose kutitë e semaforëve
question-graffiti-road-assets-asset_type = Ku janë grafitet?
    .sign = Tabelë rrugore
    .signal-box = Kuti semafori
    .pole = Shtyllë
    .retaining-wall = Mur mbajtës ose mur kundër zhurmës
    .bridge = Urë ose nënkalim
    .other = Diçka tjetër

## Grafite në pronë private
question-graffiti-private-property-surface = Cilat sipërfaqe janë të mbuluara?
    .wall = Mur
    .fence = Gardh
    .garage-door = Derë garazhi
    .window = Dritare ose derë
    .other = Tjetër
question-graffiti-private-property-is_owner = A jeni ju pronari i pronës?
    .yes = Po
    .no = Jo

## Grafite urrejtjeje ose bandash
question-graffiti-hate-police_reported = A e keni raportuar te Policia e Torontos?
    .yes = Po
    .no = Jo
question-graffiti-hate-police_reference = Cili është numri i raportit të policisë, nëse e keni?

## Hedhje e paligjshme e mbeturinave
question-illegal-dumping-item_types = Çfarë është hedhur?
    .household = Qese me mbeturina shtëpiake
    .furniture = Mobilje
    .mattress = Dyshek
    .tires = Goma
    .construction = Mbetje ndërtimi ose rinovimi
    .electronics = Pajisje elektronike
    .hazardous = Bojë, kimikate ose mbetje të tjera të rrezikshme
    .other = Tjetër
question-illegal-dumping-noticed_at = Kur e vutë re, ose kur patë që po hidhej?
question-illegal-dumping-witness = Nëse patë kush e hodhi, përshkruani personin ose automjetin. Mos iu afroni.

## Biçikletë e braktisur
question-abandoned-bike-bike_condition = Në çfarë gjendjeje është?
    .missing-wheel = I mungon një rrotë
    .missing-parts = I mungon sedilja ose timoni
    .flat-tires = Goma të shfryra
    .rusted = Zinxhir ose pjesë të ndryshkura
    .bent-frame = Kornizë e përkulur ose e dëmtuar

## Plasje e tubit kryesor të ujit
question-water-main-break-water_flow = Sa ujë po rrjedh?
    .trickle = Pak ujë ose një njollë e lagur
    .steady = Një rrjedhë e vazhdueshme
    .gushing = Ujë që shpërthen ose përmbyt rrugën

## Nuk ka ujë
question-no-water-neighbours_affected = A janë edhe fqinjët tuaj pa ujë?
    .yes = Po
    .no = Jo
    .unknown = Nuk e di
question-no-water-started_at = Kur u ndërpre uji?

## Kthim i ujërave të zeza ose bodrum i përmbytur
question-sewer-backup-water_depth = Afërsisht sa i thellë është uji, në centimetra?
question-sewer-backup-backwater_valve = A ka prona valvul kundërkthimi në kanalizim?
    .yes = Po
    .no = Jo
    .unknown = Nuk e di

## Pus kullues i bllokuar
question-catch-basin-blocked-ponding = A po mblidhet ujë?
    .none = Jo, jo për momentin
    .road = Mblidhet në rrugë
    .sidewalk = Derdhet në trotuar ose në një pronë

## Hidrant zjarri i dëmtuar ose që rrjedh
question-fire-hydrant-damaged-hydrant_problem = Çfarë problemi ka hidranti?
    .knocked-over = I rrëzuar ose i goditur
    .leaking = Rrjedh ujë
    .missing-cap = I mungon kapaku
    .blocked = I bllokuar ose i fshehur
    .paint = Grafite ose bojë

## Ujë me ngjyrë ose shije të keqe
question-water-quality-water_issue = Çfarë vini re?
    .brown = Ngjyrë kafe ose e verdhë
    .cloudy = I turbullt ose si qumësht
    .taste = Shije e pazakontë
    .smell = Erë e pazakontë
    .particles = Grimca ose llum

## Pemë e rrëzuar ose e dëmtuar (urgjente)
question-tree-emergency-blocking = Çfarë është prekur?
    .road = Rruga
    .sidewalk = Trotuari
    .driveway = Hyrja për makina
    .building = Shtëpi ose ndërtesë
    .vehicle = Automjet
    .wires = Kabllot
    .nothing = Asgjë ende, por mund të bjerë

## Krasitja e pemës (jo urgjente)
question-tree-pruning-reason = Pse duhet krasitur pema?
    .low-branches = Degë të ulëta mbi trotuar ose rrugë
    .blocking = Mbulon një tabelë ose llambë rruge
    .touching-building = Prek një shtëpi ose ndërtesë
    .dead-branches = Degë të thata

## Problem me tualetin e parkut
question-park-washroom-issue = Cili është problemi?
    .dirty = Është i pistë
    .supplies = Nuk ka sapun, peshqirë letre ose letër higjienike
    .locked = I mbyllur gjatë orarit të hapjes
    .broken = Tualet, lavaman ose derë e prishur
    .leak = Rrjedhje ose përmbytje

## Pajisje të dëmtuara në këndin e lojërave
question-playground-damaged-equipment = Cila pajisje?
    .swing = Lëkundëse
    .slide = Rrëshqitëse
    .climber = Pajisje ngjitjeje ose strukturë lojërash
    .surface = Sipërfaqja e tokës (rërë, mulç ose gome)
    .other = Tjetër
question-playground-damaged-unsafe = A mund të lëndohet dikush nëse e përdor tani?
    .yes = Po
    .no = Jo
    .unsure = Nuk e di me siguri

## Kamp me tenda në park
question-park-encampment-tent_count = Afërsisht sa tenda ose ndërtime ka?
question-park-encampment-details = A ka diçka që punonjësit socialë duhet të dinë, si zjarr ose ndonjë shqetësim tjetër sigurie?

## Kafshë e ngordhur në rrugë ose trotuar
question-dead-animal-road-animal_type = Çfarë kafshe është (për shembull, rakun, ketër ose mace)?
question-dead-animal-road-animal_size = Sa e madhe është?
    .small = E vogël (ketër, zog)
    .medium = Mesatare (rakun, mace)
    .large = E madhe (dre, kojotë, qen)

## Kafshë e egër e plagosur ose e sëmurë
question-injured-wildlife-animal_type = Çfarë kafshe është?
question-injured-wildlife-condition = Çfarë po i ndodh kafshës?
    .injured = Është e plagosur
    .sick = Është e sëmurë ose sillet çuditshëm
    .trapped = Është e zënë ose e ngatërruar
    .orphaned = Një kafshë e vogël që duket se është vetëm

## Qen endacak ose i lirë
question-stray-dog-dog_contained = A është qeni i mbyllur ose i kontrolluar, për shembull në oborr ose me zinxhir?
    .yes = Po
    .no = Jo

## Kafshim ose sulm nga qeni
question-dog-bite-incident_time = Kur ndodhi?
question-dog-bite-victim = Kush u kafshua ose u sulmua?
    .person = Një person
    .dog = Një qen tjetër
    .other-animal = Një kafshë tjetër

## Qen pa zinxhir
question-dog-off-leash-usual_time = Kur ndodh zakonisht kjo (për shembull, në mëngjes gjatë ditëve të punës)?

## Ankesë për zhurmë
question-noise-noise_source = Çfarë e shkakton zhurmën?
    .amplified-sound = Muzikë ose zë i përforcuar
    .construction = Punime ndërtimi
    .barking = Qen që leh
    .equipment = Kondicioner, ventilator ose pajisje tjetër
    .vehicle = Automjete me motor ndezur në vend ose që gazojnë
    .other = Tjetër
question-noise-ongoing = A po ndodh zhurma tani?
    .now = Po, pikërisht tani
    .recurring = Ndodh rregullisht
    .past = Ka pushuar
question-noise-noise_times = Përshkruani kur ndodh zhurma dhe sa zgjat.

## Problem urgjent me gjendjen e ndërtesës
question-property-standards-urgent-issue = Cili është problemi urgjent?
    .no-heat = Nuk ka ngrohje ose ngrohja nuk mjafton
    .no-water = Nuk ka ujë
    .no-power = Nuk ka energji elektrike
    .lock = Bravë e thyer në derën e hyrjes
    .structure = Strukturë, ballkon ose shkallë të pasigurta
question-property-standards-urgent-is_tenant = A jeni qiramarrës në këtë ndërtesë?
    .yes = Po
    .no = Jo
question-property-standards-urgent-unit_number = Cili është numri i apartamentit tuaj?

## Ankesë për gjendjen e pronës
question-property-standards-issues = Çfarë problemesh ka?
    .pests = Dëmtues (minj, buburreca, çimka shtrati)
    .mould = Myk
    .windows-doors = Dritare ose dyer të thyera
    .leaks = Çati ose mure që pikojnë
    .stairs-railings = Shkallë ose parmakë të dëmtuar
    .exterior = Pjesa e jashtme në gjendje të keqe
    .other = Tjetër
question-property-standards-landlord_notified = Nëse jeni qiramarrës, a e keni njoftuar me shkrim pronarin?
    .yes = Po
    .no = Jo
    .not-tenant = Nuk jam qiramarrës
question-property-standards-details = Përshkruani problemin dhe sa kohë ka që vazhdon.

## Automjet i braktisur në pronë private
question-abandoned-vehicle-licence_plate = Cila është targa, nëse ka?
question-abandoned-vehicle-vehicle_description = Përshkruani automjetin (ngjyra, marka, lloji).
