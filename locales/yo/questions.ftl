### Àwọn ìbéèrè àkójọ iṣẹ́: àwọn ìbéèrè àfikún (àbùdá Open311) fún irú iṣẹ́ kọ̀ọ̀kan, àti
### àwọn ìdáhùn tí a fi lọ̀ fún àwọn ìbéèrè onípinnu, gẹ́gẹ́ bí àbùdá tí a sọ ní orúkọ kọ́kọ́rọ́ wọn.

## Kòtò ojú ọ̀nà
question-pothole-size = Ní ìwọ̀nba, báwo ni kòtò náà ṣe tóbi tó?
    .small = Ó kéré ju àwo oúnjẹ lọ
    .medium = Ó tó ìwọ̀n táyà ọkọ̀
    .large = Ó tóbi ju táyà ọkọ̀ lọ
question-pothole-lane = Apá wo ní ojú ọ̀nà ni ó wà?
    .curb-lane = Ọ̀nà ọkọ̀ tó súnmọ́ etí ọ̀nà
    .centre-lane = Ọ̀nà ọkọ̀ àárín tàbí ọ̀nà ìkọjá
    .turn-lane = Ọ̀nà ọkọ̀ fún yíyà
    .bike-lane = Ọ̀nà kẹ̀kẹ́
    .laneway = Ọ̀nà tóóró

## Ewu lójú ọ̀nà
question-road-hazard-hazard_type = Kí ni ewu náà?
    .road-collapse = Ojú ọ̀nà tó wó lulẹ̀ tàbí ihò tó yọ lójijì
    .missing-cover = Ìdérí ihò ọ̀nà omi ẹ̀gbin tàbí ti gọ́tà tó sọnù tàbí tó fọ́
    .debris = Pàǹtí ńlá ní ọ̀nà ọkọ̀ kan
    .spill = Nǹkan tó dà sílẹ̀ tàbí tó ń mú ọ̀nà yọ̀
    .other = Nǹkan mìíràn

## Ọ̀nà ẹlẹ́sẹ̀ tó bàjẹ́
question-sidewalk-damaged-damage = Kí ló ṣe ọ̀nà ẹlẹ́sẹ̀ náà?
    .cracked = Ó ti là
    .lifted = Àwọn pẹpẹ rẹ̀ ti gbé sókè tàbí kò dọ́gba
    .sunken = Ó ti wọlẹ̀ tàbí inú rẹ̀ ṣófo
    .missing = Àwọn apá kan rẹ̀ ti sọnù
    .curb-ramp = Ibi ìgòkè etí ọ̀nà ti bàjẹ́
question-sidewalk-damaged-trip_height = Ní ìwọ̀nba, sẹ̀ǹtímítà mélòó ni gíga etí tí kò dọ́gba náà?

## Ìdènà ní ọ̀nà kẹ̀kẹ́
question-bike-lane-obstruction-obstruction = Kí ló dí ọ̀nà kẹ̀kẹ́ náà?
    .debris = Pàǹtí tàbí ìdọ̀tí
    .construction = Ohun èlò tàbí ẹ̀rọ ìkọ́lé
    .bins = Àpótí ìdọ̀tí tàbí ti àtúnlò
    .bollard = Òpó kékeré tó bàjẹ́ tàbí tó wó
    .other = Nǹkan mìíràn

## Ọkọ̀ tí wọ́n gbé sí òpópónà ibùgbé pẹ́ jù
question-long-term-parking-licence_plate = Tí o bá lè rí i, kí ni nọ́mbà ọkọ̀ náà?
question-long-term-parking-vehicle_description = Ṣàpèjúwe ọkọ̀ náà (àwọ̀, ilé-iṣẹ́ tó ṣe é, irú rẹ̀).
question-long-term-parking-days_parked = Ní ìwọ̀nba, ọjọ́ mélòó ni ọkọ̀ náà ti wà níbẹ̀?

## Iná òpópónà kò tàn
question-streetlight-out-light_problem = Kí ló ṣe iná náà?
    .out = Kò tàn
    .flickering = Ó ń ṣẹ́jú tàbí ó ń tàn tí ó sì ń kú léraléra
    .day-burning = Ó ń tàn ní ọ̀sán
    .several-out = Ọ̀pọ̀ iná tó tẹ̀lé ara wọn kò tàn
question-streetlight-out-pole_number = Tí àmì nọ́mbà bá wà lára òpó náà, kí ni ó kọ?

## Àmì ọ̀nà tó bàjẹ́ tàbí tó sọnù
question-sign-damaged-sign_type = Irú àmì ọ̀nà wo ni?
    .street-name = Orúkọ òpópónà
    .parking = Ìgbọ́kọ̀sí
    .speed-limit = Òpin ìyára
    .warning = Àmì ìkìlọ̀ (ọ̀nà tó yí, agbègbè ilé ìwé àti irú wọn)
    .other = Òmíràn
question-sign-damaged-sign_condition = Kí ló ṣe é?
    .bent = Ó ti tẹ̀ tàbí ó ti wó
    .faded = Ó ti ṣá tàbí ó ṣòro láti kà
    .turned = Ó ti yí sí ọ̀nà tí kò tọ́
    .blocked = Ẹ̀ka igi ti bò ó
    .missing = Ó ti sọnù

## Iná ìrìnnà kò ṣiṣẹ́
question-traffic-signal-malfunction-signal_problem = Kí ni iná ìrìnnà náà ń ṣe?
    .dark = Kò tàn rárá
    .flashing = Ó ń ṣẹ́jú pupa tàbí òféèfé
    .stuck = Ó dúró sí àwọ̀ kan
    .damaged = Ó ti wó tàbí ó ti bàjẹ́
    .turned = Ó ti yí sí ọ̀nà tí kò tọ́
question-traffic-signal-malfunction-direction = Ọ̀nà ìrìn wo ni ó kàn (fún àpẹẹrẹ, àwọn tó ń lọ sí àríwá)?

## Àníyàn nípa ààbò ìrìnnà
question-traffic-safety-concern-concern = Kí ni àníyàn rẹ?
    .speeding = Ìyára àṣejù
    .signal-timing = Àkókò iná ìrìnnà
    .visibility = Ìríran tí kò dára
    .crossing = Ó ṣòro láti sọdá
    .cut-through = Ọkọ̀ tó ń gba ibẹ̀ kọjá bí ọ̀nà àbùjá
question-traffic-safety-concern-details = Sọ sí i fún wa: ìgbà wo ni ó máa ń ṣẹlẹ̀, ta ni ó sì ń kàn?

## Wọn kò kó òjò dídì kúrò lójú ọ̀nà ẹlẹ́sẹ̀
question-snow-sidewalk-condition = Báwo ni ọ̀nà ẹlẹ́sẹ̀ náà ṣe rí?
    .snow = Òjò dídì ti bò ó
    .ice = Yìnyín ti bò ó
    .snowbank = Òkìtì òjò dídì tí wọ́n kó kúrò lójú ọ̀nà ti dí i

## Wọn kò kó ìdọ̀tí
question-missed-garbage-collection_day = Ọjọ́ wo ni ọjọ́ ìkólé tí a yàn fún ọ?
question-missed-garbage-set_out = Ṣé àpótí náà wà ní etí ọ̀nà kí aago méje òwúrọ̀ tó lù?
    .yes = Bẹ́ẹ̀ ni
    .no = Rárá

## Wọn kò kó ohun àtúnlò
question-missed-recycling-collection_day = Ọjọ́ wo ni ọjọ́ ìkólé tí a yàn fún ọ?
question-missed-recycling-set_out = Ṣé àpótí náà wà ní etí ọ̀nà kí aago méje òwúrọ̀ tó lù?
    .yes = Bẹ́ẹ̀ ni
    .no = Rárá

## Wọn kò kó àpótí aláwọ̀ ewé
question-missed-green-bin-collection_day = Ọjọ́ wo ni ọjọ́ ìkólé tí a yàn fún ọ?
question-missed-green-bin-set_out = Ṣé àpótí náà wà ní etí ọ̀nà kí aago méje òwúrọ̀ tó lù?
    .yes = Bẹ́ẹ̀ ni
    .no = Rárá

## Àpótí ìdọ̀tí tó bàjẹ́
question-bin-damaged-bin_type = Àpótí wo ni ó bàjẹ́?
    .garbage = Àpótí ìdọ̀tí
    .recycling = Àpótí aláwọ̀ búlúù (àtúnlò)
    .green-bin = Àpótí aláwọ̀ ewé (ìdọ̀tí tó lè jẹrà)
question-bin-damaged-damage = Kí ni ó bàjẹ́?
    .lid = Ìdérí
    .wheels = Kẹ̀kẹ́ rẹ̀ tàbí ọ̀pá tó so ó
    .handle = Ọwọ́ ìdìmú
    .body = Ara àpótí náà ti là
    .latch = Ìdè tí ẹranko kò lè ṣí
question-bin-damaged-bin_serial = Tí o bá lè kà á, kí ni nọ́mbà ìdánimọ̀ tí wọ́n tẹ̀ sára àpótí náà?

## Kíkó àwọn ẹrù ńlá
question-bulky-item-pickup-item_types = Kí ni ìwọ yóò gbé jáde?
    .furniture = Àga àti tábìlì
    .mattress = Mátírẹ́sì tàbí ìpìlẹ̀ ibùsùn oní-sípírínì
    .appliance = Ẹ̀rọ ìdáná, ẹ̀rọ ìfọṣọ, ẹ̀rọ ìgbẹ aṣọ tàbí ẹ̀rọ ìfọ àwo
    .refrigerant = Fìríìjì, ẹ̀rọ amómidì tàbí ẹ̀rọ amúlétutù
    .carpet = Kápẹ́ẹ̀tì tàbí ẹní
    .other = Ẹrù ńlá mìíràn
question-bulky-item-pickup-item_count = Ẹrù mélòó ni ìwọ yóò gbé jáde?

## Ìkọ̀wé-ògiri lórí ohun ìní Ìlú
question-graffiti-city-property-surface = Orí àwọn nǹkan wo ni ìkọ̀wé-ògiri náà wà?
    .wall = Ògiri tàbí ilé
    .bridge = Afárá tàbí ọ̀nà abẹ́lẹ̀
    .fence = Odi
    .sign-pole = Àmì ọ̀nà tàbí òpó
    .box = Àpótí iṣẹ́ ìlú tàbí àpótí iná ìrìnnà
    .other = Òmíràn

## Ìkọ̀wé-ògiri lórí àmì ọ̀nà, òpó tàbí àpótí iná ìrìnnà
question-graffiti-road-assets-asset_type = Orí kí ni ìkọ̀wé-ògiri náà wà?
    .sign = Àmì ọ̀nà
    .signal-box = Àpótí iná ìrìnnà
    .pole = Òpó
    .retaining-wall = Ògiri ìdáààbò ilẹ̀ tàbí ògiri ìdínà ariwo
    .bridge = Afárá tàbí ọ̀nà abẹ́lẹ̀
    .other = Nǹkan mìíràn

## Ìkọ̀wé-ògiri lórí ohun ìní aládàáni
question-graffiti-private-property-surface = Orí àwọn nǹkan wo ni ìkọ̀wé-ògiri náà wà?
    .wall = Ògiri
    .fence = Odi
    .garage-door = Ilẹ̀kùn gáréèjì
    .window = Fèrèsé tàbí ilẹ̀kùn
    .other = Òmíràn
question-graffiti-private-property-is_owner = Ṣé ìwọ ni ẹni tó ni ilé náà?
    .yes = Bẹ́ẹ̀ ni
    .no = Rárá

## Ìkọ̀wé-ògiri ìkórìíra tàbí ti ẹgbẹ́ ọ̀daràn
question-graffiti-hate-police_reported = Ṣé o ti fi tó Ọlọ́pàá Toronto létí?
    .yes = Bẹ́ẹ̀ ni
    .no = Rárá
question-graffiti-hate-police_reference = Tí o bá ní i, kí ni nọ́mbà ìfisùn ọlọ́pàá náà?

## Dída ìdọ̀tí sílẹ̀ láìbófinmu
question-illegal-dumping-item_types = Kí ni wọ́n dà sílẹ̀?
    .household = Àpò ìdọ̀tí ilé
    .furniture = Àga àti tábìlì
    .mattress = Mátírẹ́sì
    .tires = Táyà
    .construction = Ìdọ̀tí ìkọ́lé tàbí àtúnṣe ilé
    .electronics = Ẹ̀rọ abánáṣiṣẹ́
    .hazardous = Kùn, kẹ́míkà tàbí ìdọ̀tí eléwu mìíràn
    .other = Òmíràn
question-illegal-dumping-noticed_at = Ìgbà wo ni o ṣàkíyèsí rẹ̀, tàbí tí o rí i tí wọ́n ń dà á sílẹ̀?
question-illegal-dumping-witness = Tí o bá rí ẹni tó dà á sílẹ̀, ṣàpèjúwe ẹni náà tàbí ọkọ̀ náà. Má ṣe súnmọ́ wọn.

## Kẹ̀kẹ́ tí wọ́n pa tì
question-abandoned-bike-bike_condition = Kí ni ipò kẹ̀kẹ́ náà?
    .missing-wheel = Táyà kan kò sí
    .missing-parts = Ìjókòó tàbí ìdarí rẹ̀ kò sí
    .flat-tires = Afẹ́fẹ́ ti tán nínú táyà rẹ̀
    .rusted = Ẹ̀wọ̀n tàbí àwọn ẹ̀yà rẹ̀ ti dípẹtà
    .bent-frame = Férémù rẹ̀ ti tẹ̀ tàbí ó ti bàjẹ́

## Páìpù omi ńlá ti bẹ́
question-water-main-break-water_flow = Báwo ni omi tó ń ṣàn ṣe pọ̀ tó?
    .trickle = Omi díẹ̀ ń sẹ̀ tàbí ibì kan ti tutù
    .steady = Omi ń ṣàn láìdáwọ́dúró
    .gushing = Omi ń tú jáde pẹ̀lú agbára tàbí ó ti kún ojú ọ̀nà

## Kò sí omi
question-no-water-neighbours_affected = Ṣé àwọn aládùúgbò rẹ náà kò ní omi?
    .yes = Bẹ́ẹ̀ ni
    .no = Rárá
    .unknown = Èmi kò mọ̀
question-no-water-started_at = Ìgbà wo ni omi dúró?

## Omi ẹ̀gbin ń padà wọlé tàbí omi kún yàrá abẹ́lẹ̀
question-sewer-backup-water_depth = Ní ìwọ̀nba, sẹ̀ǹtímítà mélòó ni jíjìn omi náà?
question-sewer-backup-backwater_valve = Ṣé ilé náà ní ẹ̀rọ ìdènà tí kò jẹ́ kí omi ẹ̀gbin padà wọlé?
    .yes = Bẹ́ẹ̀ ni
    .no = Rárá
    .unknown = Èmi kò mọ̀

## Ihò gọ́tà ojú ọ̀nà ti dí
question-catch-basin-blocked-ponding = Ṣé omi ń kó jọ?
    .none = Rárá, kì í ṣe báyìí
    .road = Ó ń kó jọ lójú ọ̀nà
    .sidewalk = Ó ń kó jọ dé ọ̀nà ẹlẹ́sẹ̀ tàbí ilẹ̀ ẹnìkan

## Ẹ̀rọ omi panápaná tó bàjẹ́ tàbí tó ń jò
question-fire-hydrant-damaged-hydrant_problem = Kí ló ṣe ẹ̀rọ omi panápaná náà?
    .knocked-over = Ó ti wó tàbí nǹkan ti gbá a
    .leaking = Ó ń jò
    .missing-cap = Ìdérí rẹ̀ ti sọnù
    .blocked = Nǹkan ti dí i tàbí ó ti farapamọ́
    .paint = Ìkọ̀wé-ògiri tàbí kùn

## Omi tí àwọ̀ rẹ̀ yí padà tàbí tí ìtọ́wò rẹ̀ burú
question-water-quality-water_issue = Kí ni o ṣàkíyèsí?
    .brown = Ó pọ́n bí ilẹ̀ tàbí ó jẹ́ òféèfé
    .cloudy = Ó rí bàìbàì tàbí ó funfun bí wàrà
    .taste = Ìtọ́wò àjèjì
    .smell = Òórùn àjèjì
    .particles = Ẹ̀yà kéékèèké tàbí ẹrẹ̀ tó ń gúnlẹ̀

## Igi tó wó tàbí tó bàjẹ́ (pàjáwìrì)
question-tree-emergency-blocking = Kí ni ó kàn?
    .road = Ojú ọ̀nà
    .sidewalk = Ọ̀nà ẹlẹ́sẹ̀
    .driveway = Ẹnu ọ̀nà ọkọ̀ ilé
    .building = Ilé tàbí ilé ńlá
    .vehicle = Ọkọ̀
    .wires = Wáyà
    .nothing = Kò sí nǹkan kan síbẹ̀, ṣùgbọ́n ó lè wó

## Gígé ẹ̀ka igi (kì í ṣe pàjáwìrì)
question-tree-pruning-reason = Kí ló dé tí ó fi yẹ kí a gé ẹ̀ka igi náà?
    .low-branches = Ẹ̀ka tó rẹ̀ sílẹ̀ lórí ọ̀nà ẹlẹ́sẹ̀ tàbí ojú ọ̀nà
    .blocking = Ó ń bo àmì ọ̀nà tàbí iná òpópónà
    .touching-building = Ó ń kan ilé tàbí ilé ńlá
    .dead-branches = Ẹ̀ka tó ti kú

## Ìṣòro ilé ìgbọ̀nsẹ̀ ọgbà ìgbafẹ́
question-park-washroom-issue = Kí ni ìṣòro náà?
    .dirty = Ó dọ̀tí
    .supplies = Kò sí ọṣẹ, aṣọ ìnuwọ́ bébà tàbí bébà ìgbọ̀nsẹ̀
    .locked = Wọ́n tì í pa ní àkókò tí ó yẹ kí ó ṣí
    .broken = Ilé ìgbọ̀nsẹ̀, ibi ìfọwọ́ tàbí ilẹ̀kùn tó bàjẹ́
    .leak = Omi ń jò tàbí omi ti kún ibẹ̀

## Ohun èlò ibi ìṣeré ọmọdé tó bàjẹ́
question-playground-damaged-equipment = Ohun èlò wo?
    .swing = Àga ìfì
    .slide = Ohun ìṣeré ìyọ̀
    .climber = Ohun ìgun tàbí ilé ìṣeré
    .surface = Ojú ilẹ̀ (iyanrìn, èérún igi tàbí rọ́bà)
    .other = Òmíràn
question-playground-damaged-unsafe = Ṣé ẹnìkan lè farapa tí ó bá lò ó báyìí?
    .yes = Bẹ́ẹ̀ ni
    .no = Rárá
    .unsure = Kò dá mi lójú

## Àgọ́ ìbùgbé nínú ọgbà ìgbafẹ́
question-park-encampment-tent_count = Ní ìwọ̀nba, àgọ́ tàbí ilé kékeré mélòó ni ó wà níbẹ̀?
question-park-encampment-details = Ṣé nǹkan kan wà tí àwọn òṣìṣẹ́ ìrànlọ́wọ́ yẹ kí wọ́n mọ̀, bíi iná tàbí àníyàn ààbò mìíràn?

## Ẹranko tó kú lójú ọ̀nà tàbí ọ̀nà ẹlẹ́sẹ̀
question-dead-animal-road-animal_type = Irú ẹranko wo ni (fún àpẹẹrẹ, rákúnì, ọ̀kẹ́rẹ́ tàbí ológbò)?
question-dead-animal-road-animal_size = Báwo ni ó ṣe tóbi tó?
    .small = Kékeré (ọ̀kẹ́rẹ́, ẹyẹ)
    .medium = Àárín (rákúnì, ológbò)
    .large = Ńlá (àgbọ̀nrín, kọ̀yọ́ọ̀tì, ajá)

## Ẹranko igbó tó farapa tàbí tó ń ṣàìsàn
question-injured-wildlife-animal_type = Irú ẹranko wo ni?
question-injured-wildlife-condition = Kí ló ń ṣẹlẹ̀ sí ẹranko náà?
    .injured = Ó farapa
    .sick = Ó ń ṣàìsàn tàbí ó ń hùwà àjèjì
    .trapped = Ó há sí ibì kan tàbí nǹkan ti wé mọ́ ọn
    .orphaned = Ọmọ ẹranko tí ó dà bí pé ó dá wà

## Ajá tó sọnù tàbí tó ń rìn kiri
question-stray-dog-dog_contained = Ṣé ajá náà wà ní àhámọ́, fún àpẹẹrẹ nínú àgbàlá tàbí tí a so mọ́ okùn?
    .yes = Bẹ́ẹ̀ ni
    .no = Rárá

## Ajá bu ènìyàn jẹ tàbí kọlù
question-dog-bite-incident_time = Ìgbà wo ni ó ṣẹlẹ̀?
question-dog-bite-victim = Ta ni ajá náà bù jẹ tàbí kọlù?
    .person = Ènìyàn kan
    .dog = Ajá mìíràn
    .other-animal = Ẹranko mìíràn

## Ajá tí a kò so mọ́ okùn
question-dog-off-leash-usual_time = Ìgbà wo ni èyí máa ń ṣẹlẹ̀ (fún àpẹẹrẹ, àárọ̀ ọjọ́ iṣẹ́)?

## Ẹ̀sùn nípa ariwo
question-noise-noise_source = Kí ló ń pariwo?
    .amplified-sound = Orin tàbí ohùn láti ẹ̀rọ agbóhùnsáfẹ́fẹ́
    .construction = Iṣẹ́ ìkọ́lé
    .barking = Ajá tó ń gbó
    .equipment = Ẹ̀rọ amúlétutù, fáànù tàbí ẹ̀rọ mìíràn
    .vehicle = Ọkọ̀ tí ẹ́ńjìnnì rẹ̀ ń ṣiṣẹ́ láìrìn tàbí tí wọ́n ń ru ẹ́ńjìnnì rẹ̀ sókè
    .other = Òmíràn
question-noise-ongoing = Ṣé ariwo náà ń ṣẹlẹ̀ báyìí?
    .now = Bẹ́ẹ̀ ni, báyìí gan-an
    .recurring = Ó máa ń ṣẹlẹ̀ déédéé
    .past = Ó ti dúró
question-noise-noise_times = Ṣàpèjúwe ìgbà tí ariwo náà máa ń ṣẹlẹ̀ àti bí ó ṣe máa ń pẹ́ tó.

## Ìṣòro kánjúkánjú nípa ìlànà ilé
question-property-standards-urgent-issue = Kí ni ìṣòro kánjúkánjú náà?
    .no-heat = Kò sí ooru tàbí ooru kò tó
    .no-water = Kò sí omi
    .no-power = Kò sí iná mànàmáná
    .lock = Àgádágodo ilẹ̀kùn àbáwọlé ti bàjẹ́
    .structure = Ilé, bálíkónì tàbí àtẹ̀gùn tí kò láàbò
question-property-standards-urgent-is_tenant = Ṣé ayálégbé ni ọ́ nínú ilé náà?
    .yes = Bẹ́ẹ̀ ni
    .no = Rárá
question-property-standards-urgent-unit_number = Kí ni nọ́mbà ibùgbé rẹ nínú ilé náà?

## Ẹ̀sùn nípa ìlànà ilé
question-property-standards-issues = Àwọn ìṣòro wo ló wà?
    .pests = Kòkòrò àti ẹranko afòòró (èkúté, aáyán, idun)
    .mould = Ìbàjẹ́ ọ̀rinrin
    .windows-doors = Fèrèsé tàbí ilẹ̀kùn tó fọ́
    .leaks = Òrùlé tàbí ògiri tó ń jò
    .stairs-railings = Àtẹ̀gùn tàbí ọwọ́ ìdìmú tó bàjẹ́
    .exterior = Ìta ilé tí kò sí ní ipò tó dára
    .other = Òmíràn
question-property-standards-landlord_notified = Tí o bá jẹ́ ayálégbé, ṣé o ti kọ̀wé sọ fún onílé rẹ?
    .yes = Bẹ́ẹ̀ ni
    .no = Rárá
    .not-tenant = Èmi kì í ṣe ayálégbé
question-property-standards-details = Ṣàpèjúwe ìṣòro náà àti bí ó ti pẹ́ tó tí ó ti ń ṣẹlẹ̀.

## Ọkọ̀ tí wọ́n pa tì lórí ilẹ̀ aládàáni
question-abandoned-vehicle-licence_plate = Tí ọkọ̀ náà bá ní nọ́mbà, kí ni nọ́mbà náà?
question-abandoned-vehicle-vehicle_description = Ṣàpèjúwe ọkọ̀ náà (àwọ̀, ilé-iṣẹ́ tó ṣe é, irú rẹ̀).
