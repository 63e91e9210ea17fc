### Întrebările din catalog: întrebările suplimentare (atribute Open311) ale fiecărui tip de serviciu și
### răspunsurile oferite la întrebările cu variante, ca atribute care poartă numele cheilor lor.

## Groapă în carosabil
question-pothole-size = Cam cât de mare este groapa?
    .small = Mai mică decât o farfurie
    .medium = Cam cât o anvelopă de mașină
    .large = Mai mare decât o anvelopă de mașină
question-pothole-lane = În ce parte a drumului se află?
    .curb-lane = Banda de lângă bordură
    .centre-lane = Banda din mijloc sau de depășire
    .turn-lane = Banda de viraj
    .bike-lane = Pista de biciclete
    .laneway = Alee

## Pericol pe drum
question-road-hazard-hazard_type = Care este pericolul?
    .road-collapse = Carosabil surpat sau groapă de prăbușire
    .missing-cover = Capac de canal sau grătar lipsă ori spart
    .debris = Resturi mari pe o bandă
    .spill = Substanță vărsată sau alunecoasă
    .other = Altceva

## Trotuar deteriorat
question-sidewalk-damaged-damage = Ce problemă are trotuarul?
    .cracked = Crăpat
    .lifted = Dale ridicate sau denivelate
    .sunken = Lăsat sau gol pe dedesubt
    .missing = Bucăți lipsă
    .curb-ramp = Rampa de coborâre a bordurii deteriorată
question-sidewalk-damaged-trip_height = Cam cât de înaltă este denivelarea, în centimetri?

## Pistă de biciclete blocată
question-bike-lane-obstruction-obstruction = Ce blochează pista de biciclete?
    .debris = Resturi sau gunoaie
    .construction = Materiale sau utilaje de construcții
    .bins = Pubele de gunoi sau de reciclare
    .bollard = Stâlpișor deteriorat sau căzut
    .other = Altceva

## Vehicul parcat prea mult timp pe o stradă rezidențială
question-long-term-parking-licence_plate = Care este numărul de înmatriculare, dacă îl puteți vedea?
question-long-term-parking-vehicle_description = Descrieți vehiculul (culoare, marcă, tip).
question-long-term-parking-days_parked = De cam câte zile este parcat acolo?

## Felinar stradal stins
question-streetlight-out-light_problem = Ce problemă are felinarul?
    .out = Este stins
    .flickering = Pâlpâie sau se aprinde și se stinge
    .day-burning = Stă aprins ziua
    .several-out = Mai multe felinare la rând sunt stinse
question-streetlight-out-pole_number = Dacă stâlpul are o plăcuță cu număr, ce scrie pe ea?

## Indicator deteriorat sau lipsă
question-sign-damaged-sign_type = Ce fel de indicator este?
    .street-name = Plăcuță cu numele străzii
    .parking = Parcare
    .speed-limit = Limită de viteză
    .warning = Indicator de avertizare (curbă, zonă școlară și altele asemănătoare)
    .other = Altul
question-sign-damaged-sign_condition = Ce problemă are?
    .bent = Îndoit sau dărâmat
    .faded = Decolorat sau greu de citit
    .turned = Întors în direcția greșită
    .blocked = Acoperit de crengi
    .missing = Lipsește

## Semafor defect
question-traffic-signal-malfunction-signal_problem = Ce face semaforul?
    .dark = Este complet stins
    .flashing = Clipește pe roșu sau pe galben
    .stuck = A rămas blocat pe o culoare
    .damaged = Este dărâmat sau deteriorat
    .turned = Este întors în direcția greșită
question-traffic-signal-malfunction-direction = Ce sens de circulație este afectat (de exemplu, spre nord)?

## Îngrijorare privind siguranța rutieră
question-traffic-safety-concern-concern = Ce vă îngrijorează?
    .speeding = Viteză excesivă
    .signal-timing = Durata semafoarelor
    .visibility = Vizibilitate slabă
    .crossing = Greu de traversat
    .cut-through = Trafic de tranzit care folosește strada ca scurtătură
question-traffic-safety-concern-details = Spuneți-ne mai multe: când se întâmplă și cine este afectat?

## Trotuar necurățat de zăpadă
question-snow-sidewalk-condition = Cum arată trotuarul?
    .snow = Acoperit de zăpadă
    .ice = Cu gheață
    .snowbank = Blocat de un val de zăpadă rămas de la curățarea drumului

## Gunoi neridicat
question-missed-garbage-collection_day = Care era ziua dumneavoastră de colectare programată?
question-missed-garbage-set_out = Pubela era la marginea trotuarului până la ora 7 dimineața?
    .yes = Da
    .no = Nu

## Reciclabile neridicate
question-missed-recycling-collection_day = Care era ziua dumneavoastră de colectare programată?
question-missed-recycling-set_out = Pubela era la marginea trotuarului până la ora 7 dimineața?
    .yes = Da
    .no = Nu

## Pubela verde negolită
question-missed-green-bin-collection_day = Care era ziua dumneavoastră de colectare programată?
question-missed-green-bin-set_out = Pubela era la marginea trotuarului până la ora 7 dimineața?
    .yes = Da
    .no = Nu

## Pubelă deteriorată
question-bin-damaged-bin_type = Ce pubelă este deteriorată?
    .garbage = Pubela de gunoi
    .recycling = Pubela albastră (reciclare)
    .green-bin = Pubela verde (deșeuri organice)
question-bin-damaged-damage = Ce este deteriorat?
    .lid = Capacul
    .wheels = O roată sau axul
    .handle = Mânerul
    .body = Corpul pubelei este crăpat
    .latch = Închizătoarea rezistentă la animale
question-bin-damaged-bin_serial = Care este numărul de serie tipărit pe pubelă, dacă îl puteți citi?

## Ridicarea obiectelor voluminoase
question-bulky-item-pickup-item_types = Ce veți scoate afară?
    .furniture = Mobilă
    .mattress = Saltea sau somieră
    .appliance = Aragaz, mașină de spălat, uscător sau mașină de spălat vase
    .refrigerant = Frigider, congelator sau aparat de aer condiționat
    .carpet = Mochetă sau covor
    .other = Alt obiect mare
question-bulky-item-pickup-item_count = Câte obiecte veți scoate afară?

## Graffiti pe proprietatea orașului
question-graffiti-city-property-surface = Ce suprafețe sunt acoperite?
    .wall = Zid sau clădire
    .bridge = Pod sau pasaj subteran
    .fence = Gard
    .sign-pole = Indicator sau stâlp
    .box = Cutie de utilități sau de semafor
    .other = Altele

## Graffiti pe indicatoare, stâlpi sau cutii de semafoare
question-graffiti-road-assets-asset_type = Pe ce se află graffiti-ul?
    .sign = Indicator rutier
    .signal-box = Cutie de comandă a semaforului
    .pole = Stâlp
    .retaining-wall = Zid de sprijin sau panou fonoabsorbant
    .bridge = Pod sau pasaj subteran
    .other = Altceva

## Graffiti pe proprietate privată
question-graffiti-private-property-surface = Ce suprafețe sunt acoperite?
    .wall = Zid
    .fence = Gard
    .garage-door = Ușă de garaj
    .window = Fereastră sau ușă
    .other = Altele
question-graffiti-private-property-is_owner = Sunteți proprietarul imobilului?
    .yes = Da
    .no = Nu

## Graffiti cu mesaje de ură sau de bandă
question-graffiti-hate-police_reported = L-ați raportat Poliției din Toronto?
    .yes = Da
    .no = Nu
question-graffiti-hate-police_reference = Care este numărul raportului de poliție, dacă aveți unul?

## Deșeuri aruncate ilegal
question-illegal-dumping-item_types = Ce a fost aruncat?
    .household = Saci cu gunoi menajer
    .furniture = Mobilă
    .mattress = Saltea
    .tires = Anvelope
    .construction = Deșeuri din construcții sau renovări
    .electronics = Aparate electronice
    .hazardous = Vopsea, substanțe chimice sau alte deșeuri periculoase
    .other = Altele
question-illegal-dumping-noticed_at = Când ați observat deșeurile sau când ați văzut că sunt aruncate?
question-illegal-dumping-witness = Dacă ați văzut cine le-a aruncat, descrieți persoana sau vehiculul. Nu vă apropiați de ei.

## Bicicletă abandonată
question-abandoned-bike-bike_condition = În ce stare este?
    .missing-wheel = Îi lipsește o roată
    .missing-parts = Îi lipsește șaua sau ghidonul
    .flat-tires = Are roțile dezumflate
    .rusted = Lanț sau piese ruginite
    .bent-frame = Cadru îndoit sau deteriorat

## Conductă principală de apă spartă
question-water-main-break-water_flow = Câtă apă curge?
    .trickle = Un firicel de apă sau o pată umedă
    .steady = Un șuvoi constant
    .gushing = Țâșnește sau inundă drumul

## Fără apă
question-no-water-neighbours_affected = Au rămas și vecinii dumneavoastră fără apă?
    .yes = Da
    .no = Nu
    .unknown = Nu știu
question-no-water-started_at = Când s-a oprit apa?

## Canalizare refulată sau subsol inundat
question-sewer-backup-water_depth = Cam cât de adâncă este apa, în centimetri?
question-sewer-backup-backwater_valve = Imobilul are o supapă de sens (antiretur) la canalizare?
    .yes = Da
    .no = Nu
    .unknown = Nu știu

## Gură de scurgere înfundată
question-catch-basin-blocked-ponding = Se adună apa?
    .none = Nu, nu în acest moment
    .road = Se adună pe drum
    .sidewalk = Ajunge pe trotuar sau pe o proprietate

## Hidrant deteriorat sau care curge
question-fire-hydrant-damaged-hydrant_problem = Ce problemă are hidrantul?
    .knocked-over = Dărâmat sau lovit
    .leaking = Curge
    .missing-cap = Îi lipsește capacul
    .blocked = Blocat sau ascuns
    .paint = Graffiti sau vopsea

## Apă decolorată sau cu gust neplăcut
question-water-quality-water_issue = Ce observați?
    .brown = Apă maro sau galbenă
    .cloudy = Apă tulbure sau lăptoasă
    .taste = Gust neobișnuit
    .smell = Miros neobișnuit
    .particles = Particule sau sediment

## Copac căzut sau deteriorat (urgență)
question-tree-emergency-blocking = Ce este afectat?
    .road = Drumul
    .sidewalk = Trotuarul
    .driveway = Aleea de acces
    .building = O casă sau o clădire
    .vehicle = Un vehicul
    .wires = Fire
    .nothing = Nimic deocamdată, dar ar putea cădea

## Tăierea crengilor unui copac (nu este urgență)
question-tree-pruning-reason = De ce trebuie tăiate crengile copacului?
    .low-branches = Crengi joase deasupra trotuarului sau a drumului
    .blocking = Acoperă un indicator sau un felinar
    .touching-building = Atinge o casă sau o clădire
    .dead-branches = Crengi uscate

## Problemă la o toaletă din parc
question-park-washroom-issue = Care este problema?
    .dirty = Murdară
    .supplies = Nu există săpun, prosoape de hârtie sau hârtie igienică
    .locked = Încuiată în timpul programului de funcționare
    .broken = Vas de toaletă, chiuvetă sau ușă stricată
    .leak = Scurgere de apă sau inundație

## Echipamente de joacă deteriorate
question-playground-damaged-equipment = Ce echipament?
    .swing = Leagăn
    .slide = Tobogan
    .climber = Structură de cățărat sau de joacă
    .surface = Suprafața solului (nisip, mulci sau cauciuc)
    .other = Altul
question-playground-damaged-unsafe = S-ar putea răni cineva dacă l-ar folosi acum?
    .yes = Da
    .no = Nu
    .unsure = Nu știu sigur

## Tabără de corturi într-un parc
question-park-encampment-tent_count = Cam câte corturi sau adăposturi sunt?
question-park-encampment-details = Este ceva ce ar trebui să știe asistenții sociali de teren, cum ar fi un foc sau altă problemă de siguranță?

## Animal mort pe drum sau pe trotuar
question-dead-animal-road-animal_type = Ce fel de animal este (de exemplu, raton, veveriță sau pisică)?
question-dead-animal-road-animal_size = Cât de mare este?
    .small = Mic (veveriță, pasăre)
    .medium = Mijlociu (raton, pisică)
    .large = Mare (căprior, coiot, câine)

## Animal sălbatic rănit sau bolnav
question-injured-wildlife-animal_type = Ce fel de animal este?
question-injured-wildlife-condition = Ce se întâmplă cu animalul?
    .injured = Este rănit
    .sick = Este bolnav sau se poartă ciudat
    .trapped = Este prins sau încurcat
    .orphaned = Este un pui care pare să fie singur

## Câine fără stăpân sau scăpat
question-stray-dog-dog_contained = Câinele este ținut sub control, de exemplu într-o curte sau în lesă?
    .yes = Da
    .no = Nu

## Mușcătură sau atac de câine
question-dog-bite-incident_time = Când s-a întâmplat?
question-dog-bite-victim = Cine a fost mușcat sau atacat?
    .person = O persoană
    .dog = Alt câine
    .other-animal = Alt animal

## Câine fără lesă
question-dog-off-leash-usual_time = Când se întâmplă de obicei (de exemplu, dimineața în zilele lucrătoare)?

## Plângere pentru zgomot
question-noise-noise_source = Ce face zgomotul?
    .amplified-sound = Muzică sau sunet amplificat
    .construction = Lucrări de construcții
    .barking = Un câine care latră
    .equipment = Aparat de aer condiționat, ventilator sau alt echipament
    .vehicle = Vehicule care stau cu motorul pornit sau care turează motorul
    .other = Altceva
question-noise-ongoing = Se aude zgomotul acum?
    .now = Da, chiar acum
    .recurring = Se întâmplă în mod regulat
    .past = S-a oprit
question-noise-noise_times = Descrieți când se aude zgomotul și cât durează.

## Problemă urgentă privind starea unei clădiri
question-property-standards-urgent-issue = Care este problema urgentă?
    .no-heat = Nu este căldură sau nu este destulă căldură
    .no-water = Nu este apă
    .no-power = Nu este curent electric
    .lock = Încuietoare stricată la o ușă de intrare
    .structure = Structură, balcon sau scări nesigure
question-property-standards-urgent-is_tenant = Sunteți chiriaș în clădire?
    .yes = Da
    .no = Nu
question-property-standards-urgent-unit_number = Care este numărul apartamentului dumneavoastră?

## Plângere privind starea unei clădiri
question-property-standards-issues = Ce probleme există?
    .pests = Dăunători (șoareci, gândaci de bucătărie, ploșnițe)
    .mould = Mucegai
    .windows-doors = Ferestre sau uși stricate
    .leaks = Acoperiș sau pereți prin care intră apa
    .stairs-railings = Scări sau balustrade deteriorate
    .exterior = Exterior în stare proastă
    .other = Altele
question-property-standards-landlord_notified = Dacă sunteți chiriaș, l-ați anunțat în scris pe proprietar?
    .yes = Da
    .no = Nu
    .not-tenant = Nu sunt chiriaș
question-property-standards-details = Descrieți problema și de cât timp durează.

## Vehicul abandonat pe proprietate privată
question-abandoned-vehicle-licence_plate = Care este numărul de înmatriculare, dacă are?
question-abandoned-vehicle-vehicle_description = Descrieți vehiculul (culoare, marcă, tip).
