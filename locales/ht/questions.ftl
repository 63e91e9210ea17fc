### Kesyon katalòg la: kesyon anplis (atribi Open311) pou chak kalite sèvis, ak
### repons yo ofri pou kesyon ki gen yon lis, kòm atribi ki pote non kle yo.

## Twou nan lari
question-pothole-size = Apeprè ki gwosè twou a ye?
    .small = Pi piti pase yon asyèt
    .medium = Apeprè gwosè yon kawotchou machin
    .large = Pi gwo pase yon kawotchou machin
question-pothole-lane = Nan ki pati wout la li ye?
    .curb-lane = Liy ki bò bòdi twotwa a
    .centre-lane = Liy nan mitan oswa liy pou depase
    .turn-lane = Liy pou vire
    .bike-lane = Liy bisiklèt
    .laneway = Ti ri

## Danje sou wout la
question-road-hazard-hazard_type = Ki danje a?
    .road-collapse = Wout la fonse oswa gen yon twou ki louvri nan tè a
    .missing-cover = Kouvèti twou egou oswa griy drenaj ki manke oswa ki kase
    .debris = Gwo debri nan yon liy
    .spill = Yon bagay ki gaye atè oswa ki fè wout la glise
    .other = Yon lòt bagay

## Twotwa ki domaje
question-sidewalk-damaged-damage = Ki pwoblèm twotwa a genyen?
    .cracked = Li fann
    .lifted = Dal yo leve oswa yo pa egal
    .sunken = Li fonse oswa li vid anba
    .missing = Gen moso ki manke
    .curb-ramp = Ranp bòdi twotwa a domaje
question-sidewalk-damaged-trip_height = Apeprè konbyen santimèt wotè bò ki pa egal la genyen?

## Liy bisiklèt ki bloke
question-bike-lane-obstruction-obstruction = Kisa k ap bloke liy bisiklèt la?
    .debris = Debri oswa fatra
    .construction = Materyèl oswa ekipman konstriksyon
    .bins = Bwat fatra oswa bwat resiklaj
    .bollard = Ti poto ki domaje oswa ki tonbe
    .other = Yon lòt bagay

## Machin ki estasyone twò lontan nan yon lari rezidansyèl
question-long-term-parking-licence_plate = Ki nimewo plak machin nan, si ou ka wè l?
question-long-term-parking-vehicle_description = Tanpri dekri machin nan (koulè, mak, kalite).
question-long-term-parking-days_parked = Apeprè konbyen jou li gen la a?

## Limyè lari ki etenn
question-streetlight-out-light_problem = Ki pwoblèm limyè a genyen?
    .out = Li etenn
    .flickering = L ap tranble oswa l ap limen epi etenn
    .day-burning = Li limen pandan lajounen
    .several-out = Plizyè limyè youn dèyè lòt etenn
question-streetlight-out-pole_number = Si poto a gen yon ti plak ak yon nimewo, kisa ki ekri sou li?

## Panno ki domaje oswa ki manke
question-sign-damaged-sign_type = Ki kalite panno li ye?
    .street-name = Non lari
    .parking = Estasyonman
    .speed-limit = Limit vitès
    .warning = Panno avètisman (koub, zòn lekòl ak lòt bagay konsa)
    .other = Lòt
question-sign-damaged-sign_condition = Ki pwoblèm li genyen?
    .bent = Li koube oswa yo frape l jete atè
    .faded = Li pèdi koulè oswa li difisil pou li
    .turned = Li vire nan move direksyon
    .blocked = Branch kache l
    .missing = Li manke

## Limyè sikilasyon ki pa mache
question-traffic-signal-malfunction-signal_problem = Kisa limyè sikilasyon an ap fè?
    .dark = Li etenn nèt
    .flashing = L ap flache wouj oswa jòn
    .stuck = Li bloke sou yon sèl koulè
    .damaged = Yo frape l jete atè oswa li domaje
    .turned = Li vire nan move direksyon
question-traffic-signal-malfunction-direction = Ki direksyon sikilasyon ki afekte (pa egzanp, direksyon nò)?

## Enkyetid sou sekirite sikilasyon
question-traffic-safety-concern-concern = Ki enkyetid ou genyen?
    .speeding = Machin k ap kouri twò vit
    .signal-timing = Tan limyè yo
    .visibility = Moun pa ka wè byen
    .crossing = Li difisil pou travèse
    .cut-through = Machin ki pase nan katye a pou yo pran chemen kout
question-traffic-safety-concern-details = Di nou plis: ki lè sa rive, e ki moun sa afekte?

## Twotwa yo pa netwaye nèj
question-snow-sidewalk-condition = Nan ki eta twotwa a ye?
    .snow = Li kouvri ak nèj
    .ice = Li kouvri ak glas
    .snowbank = Yon pil nèj ki soti nan netwayaj wout la bloke l

## Yo pa t ranmase fatra a
question-missed-garbage-collection_day = Ki jou ranmasaj ou te pwograme a?
question-missed-garbage-set_out = Èske bwat la te bò twotwa a anvan 7 è nan maten?
    .yes = Wi
    .no = Non

## Yo pa t ranmase resiklaj la
question-missed-recycling-collection_day = Ki jou ranmasaj ou te pwograme a?
question-missed-recycling-set_out = Èske bwat la te bò twotwa a anvan 7 è nan maten?
    .yes = Wi
    .no = Non

## Yo pa t ranmase bwat vèt la
question-missed-green-bin-collection_day = Ki jou ranmasaj ou te pwograme a?
question-missed-green-bin-set_out = Èske bwat la te bò twotwa a anvan 7 è nan maten?
    .yes = Wi
    .no = Non

## Bwat fatra ki domaje
question-bin-damaged-bin_type = Ki bwat ki domaje?
    .garbage = Bwat fatra
    .recycling = Bwat ble (resiklaj)
    .green-bin = Bwat vèt (fatra òganik)
question-bin-damaged-damage = Kisa ki domaje?
    .lid = Kouvèti a
    .wheels = Wou oswa aks
    .handle = Manch lan
    .body = Kò bwat la fann
    .latch = Kwochè ki anpeche bèt louvri l
question-bin-damaged-bin_serial = Ki nimewo seri ki enprime sou bwat la, si ou ka li l?

## Ranmasaj gwo objè
question-bulky-item-pickup-item_types = Kisa ou pral mete deyò?
    .furniture = Mèb
    .mattress = Matla oswa bwat resò
    .appliance = Recho, machin pou lave, machin pou seche oswa machin pou lave vesèl
    .refrigerant = Frijidè, konjelatè oswa èkondisyone
    .carpet = Tapi oswa ti tapi
    .other = Lòt gwo objè
question-bulky-item-pickup-item_count = Konbyen objè ou pral mete deyò?

## Grafiti sou pwopriyete Vil la
question-graffiti-city-property-surface = Ki sifas ki gen grafiti?
    .wall = Mi oswa bilding
    .bridge = Pon oswa pasaj anba pon
    .fence = Kloti
    .sign-pole = Panno oswa poto
    .box = Bwat sèvis piblik oswa bwat limyè sikilasyon
    .other = Lòt

## Grafiti sou panno wout, poto oswa bwat limyè sikilasyon
question-graffiti-road-assets-asset_type = Sou kisa grafiti a ye?
    .sign = Panno wout
    .signal-box = Bwat limyè sikilasyon
    .pole = Poto
    .retaining-wall = Mi soutènman oswa mi kont bri
    .bridge = Pon oswa pasaj anba pon
    .other = Yon lòt bagay

## Grafiti sou pwopriyete prive
question-graffiti-private-property-surface = Ki sifas ki gen grafiti?
    .wall = Mi
    .fence = Kloti
    .garage-door = Pòt garaj
    .window = Fenèt oswa pòt
    .other = Lòt
question-graffiti-private-property-is_owner = Èske se ou ki mèt pwopriyete a?
    .yes = Wi
    .no = Non

## Grafiti rayisman oswa gang
question-graffiti-hate-police_reported = Èske ou te siyale l bay Lapolis Toronto?
    .yes = Wi
    .no = Non
question-graffiti-hate-police_reference = Ki nimewo rapò lapolis la, si ou genyen youn?

## Fatra yo jete ilegalman
question-illegal-dumping-item_types = Kisa yo jete?
    .household = Sak fatra lakay
    .furniture = Mèb
    .mattress = Matla
    .tires = Kawotchou
    .construction = Fatra konstriksyon oswa renovasyon
    .electronics = Aparèy elektwonik
    .hazardous = Penti, pwodui chimik oswa lòt fatra danjere
    .other = Lòt
question-illegal-dumping-noticed_at = Ki lè ou te remake l, oswa ki lè ou te wè yo t ap jete l?
question-illegal-dumping-witness = Si ou te wè moun ki jete l, dekri moun nan oswa machin nan. Pa pwoche bò kote yo.

## Bisiklèt yo abandone
question-abandoned-bike-bike_condition = Nan ki eta li ye?
    .missing-wheel = Li manke yon wou
    .missing-parts = Li manke chèz oswa gidon
    .flat-tires = Kawotchou yo plat
    .rusted = Chèn oswa pyès ki wouye
    .bent-frame = Ankadreman ki koube oswa ki domaje

## Gwo tiyo dlo ki pete
question-water-main-break-water_flow = Konbyen dlo k ap koule?
    .trickle = Yon ti filèt dlo oswa yon kote ki mouye
    .steady = Yon kouran dlo ki pa kanpe
    .gushing = Dlo k ap jayi oswa k ap inonde wout la

## Pa gen dlo
question-no-water-neighbours_affected = Èske vwazen ou yo pa gen dlo tou?
    .yes = Wi, yo pa genyen
    .no = Non, yo genyen
    .unknown = Mwen pa konnen
question-no-water-started_at = Ki lè dlo a te koupe?

## Egou k ap refoule oswa sousòl ki inonde
question-sewer-backup-water_depth = Apeprè konbyen santimèt fondè dlo a genyen?
question-sewer-backup-backwater_valve = Èske pwopriyete a gen yon vàn anti-refoulman?
    .yes = Wi
    .no = Non
    .unknown = Mwen pa konnen

## Drenaj lari ki bouche
question-catch-basin-blocked-ponding = Èske gen dlo ki fè basen?
    .none = Non, pa kounye a
    .road = Dlo fè basen sou wout la
    .sidewalk = Dlo a rive sou twotwa a oswa sou yon pwopriyete

## Bouch ponpye ki domaje oswa k ap koule
question-fire-hydrant-damaged-hydrant_problem = Ki pwoblèm bouch ponpye a genyen?
    .knocked-over = Yo frape l jete atè oswa yo frape l
    .leaking = L ap koule
    .missing-cap = Li manke bouchon
    .blocked = Li bloke oswa li kache
    .paint = Grafiti oswa penti

## Dlo ki chanje koulè oswa ki gen move gou
question-water-quality-water_issue = Kisa ou remake?
    .brown = Mawon oswa jòn
    .cloudy = Twoub oswa blan tankou lèt
    .taste = Yon gou ki pa nòmal
    .smell = Yon odè ki pa nòmal
    .particles = Ti moso oswa depo

## Pyebwa ki tonbe oswa ki domaje (ijans)
question-tree-emergency-blocking = Kisa ki afekte?
    .road = Wout
    .sidewalk = Twotwa
    .driveway = Antre machin
    .building = Kay oswa bilding
    .vehicle = Machin
    .wires = Fil kouran
    .nothing = Anyen poko, men li ka tonbe

## Taye pyebwa (pa ijan)
question-tree-pruning-reason = Poukisa pyebwa a bezwen taye?
    .low-branches = Branch ki desann ba sou twotwa a oswa wout la
    .blocking = Li kache yon panno oswa yon limyè lari
    .touching-building = Li touche yon kay oswa yon bilding
    .dead-branches = Branch ki mouri

## Pwoblèm twalèt nan pak
question-park-washroom-issue = Ki pwoblèm nan?
    .dirty = Li sal
    .supplies = Pa gen savon, sèvyèt papye oswa papye twalèt
    .locked = Li fèmen pandan lè li dwe louvri
    .broken = Twalèt, lavabo oswa pòt ki kase
    .leak = Dlo k ap koule oswa inondasyon

## Ekipman teren jwèt ki domaje
question-playground-damaged-equipment = Ki ekipman?
    .swing = Balanswa
    .slide = Glisad
    .climber = Jwèt pou grenpe oswa estrikti pou jwe
    .surface = Sifas atè a (sab, ti moso bwa oswa kawotchou)
    .other = Lòt
question-playground-damaged-unsafe = Èske yon moun ka blese si li sèvi avè l kounye a?
    .yes = Wi
    .no = Non
    .unsure = Mwen pa sèten

## Kan nan yon pak
question-park-encampment-tent_count = Apeprè konbyen tant oswa abri ki genyen?
question-park-encampment-details = Èske gen yon bagay travayè sosyal yo ta dwe konnen, tankou dife oswa yon lòt enkyetid sou sekirite?

## Bèt mouri sou wout oswa sou twotwa
question-dead-animal-road-animal_type = Ki kalite bèt li ye (pa egzanp, raton lavè, ekirèy oswa chat)?
question-dead-animal-road-animal_size = Ki gwosè li?
    .small = Piti (ekirèy, zwazo)
    .medium = Mwayen (raton lavè, chat)
    .large = Gwo (sèf, kojòt, chen)

## Bèt sovaj ki blese oswa ki malad
question-injured-wildlife-animal_type = Ki kalite bèt li ye?
question-injured-wildlife-condition = Kisa k ap pase bèt la?
    .injured = Li blese
    .sick = Li malad oswa l ap aji yon fason ki pa nòmal
    .trapped = Li kwense oswa li mele
    .orphaned = Yon ti bèt ki sanble li pou kont li

## Chen ki pèdi oswa ki lib nan lari
question-stray-dog-dog_contained = Èske chen an kenbe yon kote, pa egzanp nan yon lakou oswa nan yon lès?
    .yes = Wi
    .no = Non

## Chen ki mòde oswa ki atake
question-dog-bite-incident_time = Ki lè sa te rive?
question-dog-bite-victim = Ki moun oswa kisa chen an mòde oswa atake?
    .person = Yon moun
    .dog = Yon lòt chen
    .other-animal = Yon lòt bèt

## Chen san lès
question-dog-off-leash-usual_time = Ki lè sa konn rive (pa egzanp, nan maten nan jou lasemèn)?

## Plent pou bri
question-noise-noise_source = Kisa k ap fè bri a?
    .amplified-sound = Mizik oswa son ki soti nan opalè
    .construction = Konstriksyon
    .barking = Chen k ap jape
    .equipment = Èkondisyone, vantilatè oswa lòt aparèy
    .vehicle = Machin ki limen san yo pa deplase oswa k ap fè motè yo gwonde
    .other = Lòt
question-noise-ongoing = Èske bri a ap fèt kounye a?
    .now = Wi, kounye a menm
    .recurring = Li konn rive souvan
    .past = Li sispann
question-noise-noise_times = Dekri ki lè bri a fèt ak konbyen tan li dire.

## Pwoblèm ijan sou estanda pwopriyete
question-property-standards-urgent-issue = Ki pwoblèm ijan an?
    .no-heat = Pa gen chofaj oswa chofaj la pa ase
    .no-water = Pa gen dlo
    .no-power = Pa gen kouran
    .lock = Seri pòt antre a kase
    .structure = Estrikti, balkon oswa eskalye ki danjere
question-property-standards-urgent-is_tenant = Èske ou se yon lokatè nan bilding nan?
    .yes = Wi
    .no = Non
question-property-standards-urgent-unit_number = Ki nimewo apatman ou?

## Plent sou estanda pwopriyete
question-property-standards-issues = Ki pwoblèm ki genyen?
    .pests = Ensèk ak bèt nuizib (sourit, ravèt, pinèz)
    .mould = Kanni
    .windows-doors = Fenèt oswa pòt ki kase
    .leaks = Do kay oswa mi k ap koule
    .stairs-railings = Eskalye oswa ranp ki domaje
    .exterior = Deyò bilding nan an move eta
    .other = Lòt
question-property-standards-landlord_notified = Si ou se yon lokatè, èske ou te avèti mèt kay la alekri?
    .yes = Wi
    .no = Non
    .not-tenant = Mwen pa yon lokatè
question-property-standards-details = Dekri pwoblèm nan ak depi konbyen tan li la.

## Machin yo abandone sou pwopriyete prive
question-abandoned-vehicle-licence_plate = Ki nimewo plak machin nan, si li genyen youn?
question-abandoned-vehicle-vehicle_description = Tanpri dekri machin nan (koulè, mak, kalite).
