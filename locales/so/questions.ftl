### Su'aalaha liiska adeegyada: su'aalaha dheeraadka ah (astaamaha Open311) ee nooc kasta oo adeeg ah, iyo
### jawaabaha loo soo bandhigo su'aalaha liiska leh, oo ah astaamo loogu magacdaray furayaashooda.

## God waddada ku yaal
question-pothole-size = Qiyaas ahaan intee buu le'eg yahay godku?
    .small = Ka yar saxanka cuntada
    .medium = Qiyaas ahaan cabbirka taayirka baabuurka
    .large = Ka weyn taayirka baabuurka
question-pothole-lane = Qaybtee waddada ayuu ku yaal?
    .curb-lane = Haadka ku xiga cidhifka waddada
    .centre-lane = Haadka dhexe ama haadka dhaafitaanka
    .turn-lane = Haadka leexashada
    .bike-lane = Haadka baaskiillada
    .laneway = Luuq

## Khatar waddada ku jirta
question-road-hazard-hazard_type = Waa maxay khatartu?
    .road-collapse = Dusha waddada oo dumay ama god hoos u degay
    .missing-cover = Dabool bullaacad ama shabaq biyo-mareen oo maqan ama jaban
    .debris = Qashin weyn oo ku jira mid ka mid ah haadadka
    .spill = Wax daatay ama wax silbixa
    .other = Wax kale

## Luuqa lugta oo dhaawacan
question-sidewalk-damaged-damage = Maxaa ku dhacay luuqa lugta?
    .cracked = Wuu dillaacay
    .lifted = Sallaxyo kor u kacay ama aan sinnayn
    .sunken = Wuu godmay ama hoostiisu waa bannaan tahay
    .missing = Qaybo ka maqan
    .curb-ramp = Jiingada cidhifka waddada oo dhaawacan
question-sidewalk-damaged-trip_height = Qiyaas ahaan immisa sentimitir ayuu dhererkiisu yahay cidhifka aan sinnayn?

## Wax xiraya haadka baaskiillada
question-bike-lane-obstruction-obstruction = Maxaa xiraya haadka baaskiillada?
    .debris = Qashin ama wasakh
    .construction = Alaab ama qalab dhismo
    .bins = Weelasha qashinka ama dib-u-isticmaalka
    .bollard = Tiir ilaalin oo dhaawacan ama dhacay
    .other = Wax kale

## Baabuur muddo dheer dhigan waddo deegaan
question-long-term-parking-licence_plate = Haddii aad arki karto, waa maxay lambarka taargada?
question-long-term-parking-vehicle_description = Sharax baabuurka (midabka, shirkadda sameysay, nooca).
question-long-term-parking-days_parked = Qiyaas ahaan immisa maalmood ayuu halkaas dhignaa?

## Nalka waddada ma shidna
question-streetlight-out-light_problem = Maxaa ku dhacay nalka?
    .out = Ma shidna
    .flickering = Wuu libiqsanayaa ama wuu shidmaa oo damaa marar badan
    .day-burning = Maalintii ayuu shidan yahay
    .several-out = Dhowr nal oo isku xiga ayaan shidnayn
question-streetlight-out-pole_number = Haddii tiirku leeyahay calaamad lambar ah, maxay ku qoran tahay?

## Calaamad dhaawacan ama maqan
question-sign-damaged-sign_type = Waa calaamad noocee ah?
    .street-name = Magaca waddada
    .parking = Baarkinka
    .speed-limit = Xadka xawaaraha
    .warning = Calaamad digniin ah (qalooc, aagga dugsiga iyo wax la mid ah)
    .other = Kale
question-sign-damaged-sign_condition = Maxaa ku dhacay?
    .bent = Way qalloocantay ama way dhacday
    .faded = Way tirtirantay ama way adag tahay in la akhriyo
    .turned = Waxay u jeedaa jiho khaldan
    .blocked = Laamo geed ayaa qariyay
    .missing = Way maqan tahay

## Nalka taraafikada ma shaqaynayo
question-traffic-signal-malfunction-signal_problem = Maxaa ku dhacaya nalka taraafikada?
    .dark = Gebi ahaanba wuu damsan yahay
    .flashing = Casaan ama jaalle ayuu libiqsanayaa
    .stuck = Hal midab ayuu ku taagan yahay
    .damaged = Wuu dhacay ama wuu dhaawacmay
    .turned = Wuxuu u jeedaa jiho khaldan
question-traffic-signal-malfunction-direction = Jihada socodka keebaa saameysay (tusaale ahaan, waqooyi u socda)?

## Walaac ku saabsan badbaadada taraafikada
question-traffic-safety-concern-concern = Waa maxay walaacyadaadu?
    .speeding = Xawaare xad-dhaaf ah
    .signal-timing = Waqtiga nalalka taraafikada
    .visibility = Aragti liidata
    .crossing = Way adag tahay in la tallaabo
    .cut-through = Gaadiid u mara waddada si ay u gaabiyaan jidka
question-traffic-safety-concern-details = Wax badan noo sheeg: goorma ayay dhacdaa, yaase ay saameysaa?

## Barafka lagama nadiifin luuqa lugta
question-snow-sidewalk-condition = Sidee buu yahay luuqa lugta?
    .snow = Baraf ayaa daboolay
    .ice = Baraf adag ayaa ku dul fadhiya
    .snowbank = Waxaa xiray tuulmo baraf ah oo ka timid xaaqidda barafka waddada

## Qashinka lama qaadin
question-missed-garbage-collection_day = Maalintee ayaa loo qorsheeyay qaadista qashinkaaga?
question-missed-garbage-set_out = Weelku ma joogay cidhifka waddada saacadda 7-da subaxnimo ka hor?
    .yes = Haa
    .no = Maya

## Alaabta dib-u-isticmaalka lama qaadin
question-missed-recycling-collection_day = Maalintee ayaa loo qorsheeyay qaadista qashinkaaga?
question-missed-recycling-set_out = Weelku ma joogay cidhifka waddada saacadda 7-da subaxnimo ka hor?
    .yes = Haa
    .no = Maya

## Weelka cagaaran lama qaadin
question-missed-green-bin-collection_day = Maalintee ayaa loo qorsheeyay qaadista qashinkaaga?
question-missed-green-bin-set_out = Weelku ma joogay cidhifka waddada saacadda 7-da subaxnimo ka hor?
    .yes = Haa
    .no = Maya

## Weel dhaawacan
question-bin-damaged-bin_type = Weelkee ayaa dhaawacan?
    .garbage = Weelka qashinka
    .recycling = Weelka buluugga ah (dib-u-isticmaalka)
    .green-bin = Weelka cagaaran (qashinka dabiiciga ah)
question-bin-damaged-damage = Maxaa dhaawacan?
    .lid = Daboolka
    .wheels = Shaagga ama dhidibka
    .handle = Gacan-qabsiga
    .body = Jirka weelka oo dillaacay
    .latch = Qufulka ka hortaga xayawaannada
question-bin-damaged-bin_serial = Haddii aad akhrin karto, waa maxay lambarka taxanaha ah ee ku daabacan weelka?

## Qaadista alaabta waaweyn
question-bulky-item-pickup-item_types = Maxaad dibadda dhigi doontaa?
    .furniture = Alaabta guriga
    .mattress = Furaash ama saldhigga sariirta ee isbiriingga leh
    .appliance = Shoolad, mashiinka dharka lagu dhaqo, mashiinka dharka lagu qalajiyo ama mashiinka weelka lagu dhaqo
    .refrigerant = Qaboojiye, barafeeye ama qalabka hawo-qaboojinta
    .carpet = Roog ama gogol
    .other = Alaab kale oo weyn
question-bulky-item-pickup-item_count = Immisa shay ayaad dibadda dhigi doontaa?

## Qoraal ku yaal hantida Magaalada
question-graffiti-city-property-surface = Meelahee ayaa qoraalku ku yaal?
    .wall = Derbi ama dhisme
    .bridge = Buundo ama marin hoose
    .fence = Ood
    .sign-pole = Calaamad ama tiir
    .box = Sanduuqa adeegyada ama sanduuqa nalka taraafikada
    .other = Kale

## Qoraal ku yaal calaamadaha waddada, tiirarka ama sanduuqyada nalalka
question-graffiti-road-assets-asset_type = Qoraalku muxuu ku yaal?
    .sign = Calaamadda waddada
    .signal-box = Sanduuqa nalka taraafikada
    .pole = Tiir
    .retaining-wall = Derbiga celiya ciidda ama derbiga buuqa celiya
    .bridge = Buundo ama marin hoose
    .other = Wax kale

## Qoraal ku yaal hanti gaar ah
question-graffiti-private-property-surface = Meelahee ayaa qoraalku ku yaal?
    .wall = Derbi
    .fence = Ood
    .garage-door = Albaabka garaashka
    .window = Daaqad ama albaab
    .other = Kale
question-graffiti-private-property-is_owner = Ma adigaa milkiilaha hantida?
    .yes = Haa
    .no = Maya

## Qoraal nacayb ama burcad
question-graffiti-hate-police_reported = Ma u sheegtay Booliska Toronto?
    .yes = Haa
    .no = Maya
question-graffiti-hate-police_reference = Haddii aad haysato, waa maxay lambarka warbixinta booliska?

## Qashin si sharci-darro ah loo tuuray
question-illegal-dumping-item_types = Maxaa la tuuray?
    .household = Bacaha qashinka guriga
    .furniture = Alaabta guriga
    .mattress = Furaash
    .tires = Taayirro
    .construction = Qashinka dhismaha ama dayactirka
    .electronics = Qalab elektaroonig ah
    .hazardous = Rinji, kiimikooyin ama qashin kale oo khatar ah
    .other = Kale
question-illegal-dumping-noticed_at = Goorma ayaad aragtay, ama aad aragtay iyadoo la tuurayo?
question-illegal-dumping-witness = Haddii aad aragtay qofka tuuray, sharax qofka ama baabuurka. Ha u dhowaan.

## Baaskiil la dayacay
question-abandoned-bike-bike_condition = Xaaladdeedu waa sidee?
    .missing-wheel = Shaag ayaa ka maqan
    .missing-parts = Kursiga ama isteerinka ayaa ka maqan
    .flat-tires = Taayirrada ayaa banjaray
    .rusted = Silsiladda ama qaybaha ayaa daxalaystay
    .bent-frame = Jirkeedu wuu qalloocan yahay ama wuu dhaawacan yahay

## Tuubada weyn ee biyaha oo jabtay
question-water-main-break-water_flow = Intee le'eg ayay biyaha socdaan?
    .trickle = Biyo yar oo tiftifaya ama meel qoyan
    .steady = Biyo si joogto ah u socda
    .gushing = Biyo si xoog leh u soo burqanaya ama waddada daadinaya

## Biyo ma jiraan
question-no-water-neighbours_affected = Deriskaaga sidoo kale biyo ma la'yihiin?
    .yes = Haa
    .no = Maya
    .unknown = Ma aqaan
question-no-water-started_at = Goorma ayay biyuhu joogsadeen?

## Bullaacad dib u soo noqotay ama qolka hoose oo biyo galeen
question-sewer-backup-water_depth = Qiyaas ahaan immisa sentimitir ayay qotodheeraan biyuhu?
question-sewer-backup-backwater_valve = Hantidu ma leedahay waalka ka hortaga in bullaacaddu dib u soo noqoto?
    .yes = Haa
    .no = Maya
    .unknown = Ma aqaan

## Daloolka biyaha waddada oo xiran
question-catch-basin-blocked-ponding = Biyuhu ma isku urursanayaan?
    .none = Maya, hadda maya
    .road = Waddada ayay isku urursadeen
    .sidewalk = Waxay gaadheen luuqa lugta ama hanti

## Tuubada dab-demiska oo dhaawacan ama daadanaysa
question-fire-hydrant-damaged-hydrant_problem = Maxaa ku dhacay tuubada dab-demiska?
    .knocked-over = Way dhacday ama wax ayaa ku dhacay
    .leaking = Way daadanaysaa
    .missing-cap = Daboolkeedu wuu maqan yahay
    .blocked = Way xiran tahay ama way qarsoon tahay
    .paint = Qoraal ama rinji

## Biyo midabkoodu isbeddelay ama dhadhan xun leh
question-water-quality-water_issue = Maxaad dareentay?
    .brown = Bunni ama jaalle
    .cloudy = Wasakh u eg ama caano u eg
    .taste = Dhadhan aan caadi ahayn
    .smell = Ur aan caadi ahayn
    .particles = Qurub ama dhoobo hoos u degta

## Geed dhacay ama dhaawacmay (degdeg)
question-tree-emergency-blocking = Maxaa saameysay?
    .road = Waddada
    .sidewalk = Luuqa lugta
    .driveway = Jidka baabuurka ee guriga
    .building = Guri ama dhisme
    .vehicle = Baabuur
    .wires = Siligyo
    .nothing = Waxba weli, laakiin wuu dhici karaa

## Jarista laamaha geedka (aan degdeg ahayn)
question-tree-pruning-reason = Maxaa geedka looga baahan yahay in laamihiisa la jaro?
    .low-branches = Laamo hoose oo ka sarreeya luuqa lugta ama waddada
    .blocking = Wuxuu qariyaa calaamad ama nalka waddada
    .touching-building = Wuxuu taabanayaa guri ama dhisme
    .dead-branches = Laamo engegay

## Dhibaato musqusha beerta
question-park-washroom-issue = Waa maxay dhibaatadu?
    .dirty = Way wasakh tahay
    .supplies = Ma jiro saabuun, shukumaan warqad ah ama warqadda musqusha
    .locked = Waa xiran tahay inta lagu jiro saacadaha furitaanka
    .broken = Musqul, saxan gacmo-dhaqasho ama albaab jaban
    .leak = Daadasho ama biyo fatahay

## Qalabka goobta ciyaarta oo dhaawacan
question-playground-damaged-equipment = Qalabkee?
    .swing = Lulid
    .slide = Siibasho
    .climber = Qalabka fuulitaanka ama dhismaha ciyaarta
    .surface = Dusha dhulka (ciid, jajab qoryo ama cinjir)
    .other = Kale
question-playground-damaged-unsafe = Qof ma ku dhaawacmi karaa haddii uu hadda isticmaalo?
    .yes = Haa
    .no = Maya
    .unsure = Ma hubo

## Teendhooyin beer ku yaal
question-park-encampment-tent_count = Qiyaas ahaan immisa teendho ama dhismayaal ayaa halkaas yaal?
question-park-encampment-details = Ma jiraa wax ay tahay in shaqaalaha caawinta ay ogaadaan, sida dab ama walaac kale oo badbaado?

## Xayawaan dhintay oo waddada ama luuqa lugta yaal
question-dead-animal-road-animal_type = Waa xayawaan noocee ah (tusaale ahaan, raakuun, dabagaale ama bisad)?
question-dead-animal-road-animal_size = Intee buu le'eg yahay?
    .small = Yar (dabagaale, shimbir)
    .medium = Dhexdhexaad (raakuun, bisad)
    .large = Weyn (deero, koyoote, eey)

## Xayawaan duur oo dhaawacan ama buka
question-injured-wildlife-animal_type = Waa xayawaan noocee ah?
question-injured-wildlife-condition = Maxaa ku dhacaya xayawaanka?
    .injured = Wuu dhaawacan yahay
    .sick = Wuu buka ama si la yaab leh ayuu u dhaqmayaa
    .trapped = Wuu xayiran yahay ama wax ayuu ku xirmay
    .orphaned = Xayawaan yar oo u muuqda inuu kaligiis yahay

## Eey lumay ama furan
question-stray-dog-dog_contained = Eygu ma xiran yahay, tusaale ahaan daarad gudaheed ama xarig ku xiran?
    .yes = Haa
    .no = Maya

## Eey qaniinay ama weeraray
question-dog-bite-incident_time = Goorma ayay dhacday?
question-dog-bite-victim = Yaa la qaniinay ama la weeraray?
    .person = Qof
    .dog = Eey kale
    .other-animal = Xayawaan kale

## Eey aan xarig lahayn
question-dog-off-leash-usual_time = Goorma ayay tani badanaa dhacdaa (tusaale ahaan, subaxyada maalmaha shaqada)?

## Cabasho buuq
question-noise-noise_source = Maxaa sameynaya buuqa?
    .amplified-sound = Muusig ama cod sameecad laga sii daayay
    .construction = Dhismo
    .barking = Eey cidaya
    .equipment = Hawo-qaboojiye, marwaxad ama qalab kale
    .vehicle = Baabuur taagan oo matoorkoodu shidan yahay ama matoorka xoog u qaylinaya
    .other = Kale
question-noise-ongoing = Buuqu ma hadda ayuu socdaa?
    .now = Haa, hadda
    .recurring = Si joogto ah ayuu u dhacaa
    .past = Wuu joogsaday
question-noise-noise_times = Sharax goorta buuqu dhaco iyo inta uu socdo.

## Dhibaato degdeg ah oo heerarka guryaha ah
question-property-standards-urgent-issue = Waa maxay dhibaatada degdegga ah?
    .no-heat = Kuleyl ma jiro ama kuma filna
    .no-water = Biyo ma jiraan
    .no-power = Koronto ma jirto
    .lock = Qufulka albaabka laga soo galo oo jaban
    .structure = Dhisme, balakoon ama jaranjaro aan ammaan ahayn
question-property-standards-urgent-is_tenant = Ma kiraystaa dhismaha ayaad tahay?
    .yes = Haa
    .no = Maya
question-property-standards-urgent-unit_number = Waa maxay lambarka abaartamantigaaga ama qolkaaga?

## Cabasho heerarka guryaha
question-property-standards-issues = Dhibaatooyinkee ayaa jira?
    .pests = Cayayaan iyo xayawaan waxyeello leh (jiir, baranbaro, kudka sariirta)
    .mould = Caarid
    .windows-doors = Daaqado ama albaabbo jaban
    .leaks = Saqaf ama derbiyo daadanaya
    .stairs-railings = Jaranjaro ama gacan-qabad dhaawacan
    .exterior = Dibadda dhismaha oo xaalad xun ku jira
    .other = Kale
question-property-standards-landlord_notified = Haddii aad kiraystaa tahay, ma u sheegtay milkiilaha guriga si qoraal ah?
    .yes = Haa
    .no = Maya
    .not-tenant = Kiraystaa ma ihi
question-property-standards-details = Sharax dhibaatada iyo muddada ay socotay.

## Baabuur la dayacay oo hanti gaar ah ku yaal
question-abandoned-vehicle-licence_plate = Haddii uu taargo leeyahay, waa maxay lambarka taargada?
question-abandoned-vehicle-vehicle_description = Sharax baabuurka (midabka, shirkadda sameysay, nooca).
