### కేటలాగ్ ప్రశ్నలు: ప్రతి సేవా రకానికి అదనపు ప్రశ్నలు (Open311 లక్షణాలు), మరియు
### జాబితా ప్రశ్నలకు ఇచ్చే జవాబులు, వాటి కీల పేర్లతో.

## రోడ్డుపై గుంత
question-pothole-size = గుంత సుమారు ఎంత పెద్దది?
    .small = భోజనం ప్లేటు కంటే చిన్నది
    .medium = సుమారు కారు టైరు అంత
    .large = కారు టైరు కంటే పెద్దది
question-pothole-lane = అది రోడ్డులో ఏ భాగంలో ఉంది?
    .curb-lane = అంచు (కర్బ్) పక్కన ఉన్న లేను
    .centre-lane = మధ్య లేను లేదా ఓవర్‌టేక్ చేసే లేను
    .turn-lane = మలుపు తిరిగే లేను
    .bike-lane = సైకిల్ లేను
    .laneway = సందు

## రోడ్డుపై ప్రమాదం
question-road-hazard-hazard_type = ప్రమాదం ఏమిటి?
    .road-collapse = రోడ్డు ఉపరితలం కుంగిపోయింది లేదా పెద్ద గొయ్యి ఏర్పడింది
    .missing-cover = మ్యాన్హోల్ లేదా జాలీ మూత లేదు లేదా విరిగిపోయింది
    .debris = లేనులో పెద్ద శిథిలాలు
    .spill = ఏదో ఒలికింది లేదా జారే పదార్థం ఉంది
    .other = ఇంకేదైనా

## దెబ్బతిన్న కాలిబాట
question-sidewalk-damaged-damage = కాలిబాటలో సమస్య ఏమిటి?
    .cracked = పగుళ్లు ఉన్నాయి
    .lifted = పలకలు పైకి లేచాయి లేదా ఎగుడుదిగుడుగా ఉన్నాయి
    .sunken = కుంగిపోయింది లేదా లోపల గుల్లగా ఉంది
    .missing = కొన్ని ముక్కలు లేవు
    .curb-ramp = అంచు వద్ద వాలు దారి (ర్యాంప్) దెబ్బతిన్నది
question-sidewalk-damaged-trip_height = ఎగుడుదిగుడు అంచు సుమారు ఎన్ని సెంటీమీటర్ల ఎత్తు ఉంది?

## సైకిల్ లేనులో అడ్డంకి
question-bike-lane-obstruction-obstruction = సైకిల్ లేనును ఏది అడ్డుకుంటోంది?
    .debris = శిథిలాలు లేదా చెత్త
    .construction = నిర్మాణ సామగ్రి లేదా పరికరాలు
    .bins = చెత్త లేదా రీసైక్లింగ్ డబ్బాలు
    .bollard = దెబ్బతిన్న లేదా పడిపోయిన చిన్న స్తంభం
    .other = ఇంకేదైనా

## నివాస వీధిలో చాలా సేపు నిలిపిన వాహనం
question-long-term-parking-licence_plate = మీకు కనిపిస్తే, వాహనం నంబర్ ప్లేట్ ఏమిటి?
question-long-term-parking-vehicle_description = వాహనాన్ని వివరించండి (రంగు, తయారీ కంపెనీ, రకం).
question-long-term-parking-days_parked = అది అక్కడ సుమారు ఎన్ని రోజులుగా నిలిపి ఉంది?

## వీధి దీపం వెలగడం లేదు
question-streetlight-out-light_problem = దీపంలో సమస్య ఏమిటి?
    .out = దీపం ఆరిపోయింది
    .flickering = మిణుకుమిణుకుమంటోంది లేదా మాటిమాటికీ వెలుగుతూ ఆరిపోతోంది
    .day-burning = పగలు వెలుగుతోంది
    .several-out = వరుసగా చాలా దీపాలు ఆరిపోయాయి
question-streetlight-out-pole_number = స్తంభంపై నంబరు ట్యాగ్ ఉంటే, దానిపై ఏమి రాసి ఉంది?

## దెబ్బతిన్న లేదా లేని సూచిక బోర్డు
question-sign-damaged-sign_type = ఇది ఏ రకమైన సూచిక బోర్డు?
    .street-name = వీధి పేరు
    .parking = పార్కింగ్
    .speed-limit = వేగ పరిమితి
    .warning = హెచ్చరిక బోర్డు (మలుపు, పాఠశాల ప్రాంతం మొదలైనవి)
    .other = ఇతర
question-sign-damaged-sign_condition = దానిలో సమస్య ఏమిటి?
    .bent = వంగిపోయింది లేదా పడిపోయింది
    .faded = వెలిసిపోయింది లేదా చదవడం కష్టంగా ఉంది
    .turned = తప్పు దిశలో తిరిగిపోయింది
    .blocked = కొమ్మలతో కప్పబడి ఉంది
    .missing = బోర్డు లేదు

## ట్రాఫిక్ సిగ్నల్ పనిచేయడం లేదు
question-traffic-signal-malfunction-signal_problem = సిగ్నల్ ఎలా ఉంది?
    .dark = పూర్తిగా ఆరిపోయింది
    .flashing = ఎరుపు లేదా పసుపు మెరుస్తోంది
    .stuck = ఒకే రంగులో నిలిచిపోయింది
    .damaged = పడిపోయింది లేదా దెబ్బతిన్నది
    .turned = తప్పు దిశలో తిరిగిపోయింది
question-traffic-signal-malfunction-direction = ఏ దిశలో వెళ్లే ట్రాఫిక్‌పై ప్రభావం ఉంది (ఉదాహరణకు, ఉత్తరం వైపు)?

## ట్రాఫిక్ భద్రతపై ఆందోళన
question-traffic-safety-concern-concern = మీ ఆందోళనలు ఏమిటి?
    .speeding = అతివేగం
    .signal-timing = సిగ్నల్ సమయం
    .visibility = సరిగా కనిపించడం లేదు
    .crossing = దాటడం కష్టం
    .cut-through = దగ్గరి దారిగా వెళ్లే ట్రాఫిక్
question-traffic-safety-concern-details = మాకు మరింత చెప్పండి: ఇది ఎప్పుడు జరుగుతుంది, ఎవరిపై ప్రభావం పడుతుంది?

## కాలిబాటపై మంచు తొలగించలేదు
question-snow-sidewalk-condition = కాలిబాట ఎలా ఉంది?
    .snow = మంచుతో కప్పబడి ఉంది
    .ice = మంచు గడ్డకట్టి జారుతోంది
    .snowbank = రోడ్డు నుండి తొలగించిన మంచు కుప్పతో అడ్డుపడింది

## చెత్త తీసుకెళ్లలేదు
question-missed-garbage-collection_day = మీ నిర్ణీత సేకరణ రోజు ఏది?
question-missed-garbage-set_out = ఉదయం 7 గంటలలోపు డబ్బాను అంచు (కర్బ్) వద్ద పెట్టారా?
    .yes = అవును
    .no = కాదు

## రీసైక్లింగ్ తీసుకెళ్లలేదు
question-missed-recycling-collection_day = మీ నిర్ణీత సేకరణ రోజు ఏది?
question-missed-recycling-set_out = ఉదయం 7 గంటలలోపు డబ్బాను అంచు (కర్బ్) వద్ద పెట్టారా?
    .yes = అవును
    .no = కాదు

## ఆకుపచ్చ డబ్బా తీసుకెళ్లలేదు
question-missed-green-bin-collection_day = మీ నిర్ణీత సేకరణ రోజు ఏది?
question-missed-green-bin-set_out = ఉదయం 7 గంటలలోపు డబ్బాను అంచు (కర్బ్) వద్ద పెట్టారా?
    .yes = అవును
    .no = కాదు

## దెబ్బతిన్న డబ్బా
question-bin-damaged-bin_type = ఏ డబ్బా దెబ్బతిన్నది?
    .garbage = చెత్త డబ్బా
    .recycling = నీలం డబ్బా (రీసైక్లింగ్)
    .green-bin = ఆకుపచ్చ డబ్బా (సేంద్రియ వ్యర్థాలు)
question-bin-damaged-damage = ఏది దెబ్బతిన్నది?
    .lid = మూత
    .wheels = చక్రం లేదా ఇరుసు
    .handle = పిడి
    .body = డబ్బాకు పగుళ్లు
    .latch = జంతువులను నిరోధించే గడియ
question-bin-damaged-bin_serial = మీరు చదవగలిగితే, డబ్బాపై ముద్రించిన సీరియల్ నంబరు ఏమిటి?

## పెద్ద వస్తువుల సేకరణ
question-bulky-item-pickup-item_types = మీరు ఏమి బయట పెడతారు?
    .furniture = ఫర్నిచర్
    .mattress = పరుపు లేదా బాక్స్ స్ప్రింగ్
    .appliance = స్టవ్, వాషింగ్ మెషీన్, డ్రైయర్ లేదా డిష్‌వాషర్
    .refrigerant = ఫ్రిజ్, ఫ్రీజర్ లేదా ఎయిర్ కండిషనర్
    .carpet = కార్పెట్ లేదా తివాచీ
    .other = ఇతర పెద్ద వస్తువు
question-bulky-item-pickup-item_count = మీరు ఎన్ని వస్తువులు బయట పెడతారు?

## నగర ఆస్తిపై గ్రాఫిటీ
question-graffiti-city-property-surface = ఏ ఉపరితలాలపై గ్రాఫిటీ ఉంది?
    .wall = గోడ లేదా భవనం
    .bridge = వంతెన లేదా అండర్‌పాస్
    .fence = కంచె
    .sign-pole = సూచిక బోర్డు లేదా స్తంభం
    .box = సేవల పెట్టె లేదా సిగ్నల్ పెట్టె
    .other = ఇతర

## రోడ్డు బోర్డులు, స్తంభాలు లేదా సిగ్నల్ పెట్టెలపై గ్రాఫిటీ
question-graffiti-road-assets-asset_type = గ్రాఫిటీ దేనిపై ఉంది?
    .sign = రోడ్డు సూచిక బోర్డు
    .signal-box = ట్రాఫిక్ సిగ్నల్ పెట్టె
    .pole = స్తంభం
    .retaining-wall = ఆధార గోడ లేదా శబ్ద నిరోధక గోడ
    .bridge = వంతెన లేదా అండర్‌పాస్
    .other = ఇంకేదైనా

## ప్రైవేట్ ఆస్తిపై గ్రాఫిటీ
question-graffiti-private-property-surface = ఏ ఉపరితలాలపై గ్రాఫిటీ ఉంది?
    .wall = గోడ
    .fence = కంచె
    .garage-door = గ్యారేజ్ తలుపు
    .window = కిటికీ లేదా తలుపు
    .other = ఇతర
question-graffiti-private-property-is_owner = మీరు ఈ ఆస్తి యజమానా?
    .yes = అవును
    .no = కాదు

## ద్వేష లేదా ముఠా గ్రాఫిటీ
question-graffiti-hate-police_reported = మీరు దీని గురించి టొరంటో పోలీసులకు తెలియజేశారా?
    .yes = అవును
    .no = కాదు
question-graffiti-hate-police_reference = మీ దగ్గర ఉంటే, పోలీసు రిపోర్టు నంబరు ఏమిటి?

## అక్రమంగా చెత్త వేయడం
question-illegal-dumping-item_types = ఏమి వేశారు?
    .household = ఇంటి చెత్త సంచులు
    .furniture = ఫర్నిచర్
    .mattress = పరుపు
    .tires = టైర్లు
    .construction = నిర్మాణ లేదా మరమ్మతు వ్యర్థాలు
    .electronics = ఎలక్ట్రానిక్ వస్తువులు
    .hazardous = పెయింట్, రసాయనాలు లేదా ఇతర ప్రమాదకర వ్యర్థాలు
    .other = ఇతర
question-illegal-dumping-noticed_at = మీరు దీనిని ఎప్పుడు గమనించారు, లేదా ఎవరైనా వేస్తుండగా ఎప్పుడు చూశారు?
question-illegal-dumping-witness = ఎవరు వేశారో మీరు చూసి ఉంటే, ఆ వ్యక్తిని లేదా వాహనాన్ని వివరించండి. వారి దగ్గరికి వెళ్లకండి.

## వదిలేసిన సైకిల్
question-abandoned-bike-bike_condition = అది ఏ స్థితిలో ఉంది?
    .missing-wheel = ఒక చక్రం లేదు
    .missing-parts = సీటు లేదా హ్యాండిల్ లేదు
    .flat-tires = టైర్లలో గాలి లేదు
    .rusted = చైను లేదా భాగాలు తుప్పు పట్టాయి
    .bent-frame = ఫ్రేము వంగిపోయింది లేదా దెబ్బతిన్నది

## ప్రధాన నీటి పైపు పగిలింది
question-water-main-break-water_flow = ఎంత నీరు ప్రవహిస్తోంది?
    .trickle = కొద్దికొద్దిగా కారుతోంది లేదా తడిగా ఉన్న భాగం
    .steady = నిరంతరంగా ధారగా ప్రవహిస్తోంది
    .gushing = ఉధృతంగా చిమ్ముతోంది లేదా రోడ్డు నిండా నీరు

## నీరు రావడం లేదు
question-no-water-neighbours_affected = మీ ఇరుగుపొరుగు వారికి కూడా నీరు రావడం లేదా?
    .yes = అవును
    .no = కాదు
    .unknown = నాకు తెలియదు
question-no-water-started_at = నీరు ఎప్పుడు ఆగిపోయింది?

## మురుగునీరు వెనక్కి రావడం లేదా నేలమాళిగలో నీరు నిండడం
question-sewer-backup-water_depth = నీరు సుమారు ఎన్ని సెంటీమీటర్ల లోతు ఉంది?
question-sewer-backup-backwater_valve = ఆస్తిలో బ్యాక్‌వాటర్ వాల్వ్ (నీరు వెనక్కి రాకుండా ఆపే వాల్వ్) ఉందా?
    .yes = అవును
    .no = కాదు
    .unknown = నాకు తెలియదు

## మూసుకుపోయిన వీధి కాలువ (క్యాచ్ బేసిన్)
question-catch-basin-blocked-ponding = నీరు నిలిచిపోతోందా?
    .none = లేదు, ఇప్పుడు కాదు
    .road = రోడ్డుపై నీరు నిలిచింది
    .sidewalk = నీరు కాలిబాటపైకి లేదా ఏదైనా ఆస్తిలోకి వ్యాపిస్తోంది

## దెబ్బతిన్న లేదా కారుతున్న ఫైర్ హైడ్రెంట్
question-fire-hydrant-damaged-hydrant_problem = హైడ్రెంట్‌లో సమస్య ఏమిటి?
    .knocked-over = పడిపోయింది లేదా ఢీకొట్టబడింది
    .leaking = కారుతోంది
    .missing-cap = మూత లేదు
    .blocked = అడ్డుపడింది లేదా కనిపించకుండా ఉంది
    .paint = గ్రాఫిటీ లేదా పెయింట్

## రంగు మారిన లేదా రుచి బాగాలేని నీరు
question-water-quality-water_issue = మీరు ఏమి గమనిస్తున్నారు?
    .brown = గోధుమ లేదా పసుపు రంగు
    .cloudy = మసకగా లేదా పాల రంగులో
    .taste = అసాధారణ రుచి
    .smell = అసాధారణ వాసన
    .particles = రేణువులు లేదా అడుగున చేరిన మట్టి

## చెట్టు పడిపోయింది లేదా దెబ్బతిన్నది (అత్యవసరం)
question-tree-emergency-blocking = దేనిపై ప్రభావం పడింది?
    .road = రోడ్డు
    .sidewalk = కాలిబాట
    .driveway = వాహన ప్రవేశ దారి
    .building = ఇల్లు లేదా భవనం
    .vehicle = వాహనం
    .wires = తీగలు
    .nothing = ఇంకా దేనిపైనా లేదు, కానీ అది పడిపోవచ్చు

## చెట్టు కొమ్మల కత్తిరింపు (అత్యవసరం కాదు)
question-tree-pruning-reason = చెట్టు కొమ్మలను ఎందుకు కత్తిరించాలి?
    .low-branches = కాలిబాట లేదా రోడ్డుపై కిందికి వేలాడుతున్న కొమ్మలు
    .blocking = సూచిక బోర్డును లేదా వీధి దీపాన్ని కప్పేస్తోంది
    .touching-building = ఇంటిని లేదా భవనాన్ని తాకుతోంది
    .dead-branches = ఎండిపోయిన కొమ్మలు

## పార్కు మరుగుదొడ్డిలో సమస్య
question-park-washroom-issue = సమస్య ఏమిటి?
    .dirty = మురికిగా ఉంది
    .supplies = సబ్బు, పేపర్ టవల్స్ లేదా టాయిలెట్ పేపర్ లేవు
    .locked = తెరిచి ఉండాల్సిన సమయంలో తాళం వేసి ఉంది
    .broken = టాయిలెట్, సింక్ లేదా తలుపు విరిగిపోయింది
    .leak = లీకేజీ లేదా నీరు నిండింది

## దెబ్బతిన్న ఆట స్థలం పరికరాలు
question-playground-damaged-equipment = ఏ పరికరం?
    .swing = ఊయల
    .slide = జారుడు బల్ల
    .climber = ఎక్కే నిర్మాణం లేదా ఆట నిర్మాణం
    .surface = నేల ఉపరితలం (ఇసుక, చెక్క ముక్కలు లేదా రబ్బరు)
    .other = ఇతర
question-playground-damaged-unsafe = ఇప్పుడు దీనిని ఉపయోగిస్తే ఎవరైనా గాయపడే అవకాశం ఉందా?
    .yes = అవును
    .no = కాదు
    .unsure = కచ్చితంగా తెలియదు

## పార్కులో గుడారాలు
question-park-encampment-tent_count = అక్కడ సుమారు ఎన్ని గుడారాలు లేదా నిర్మాణాలు ఉన్నాయి?
question-park-encampment-details = సహాయ సిబ్బంది తెలుసుకోవాల్సినది ఏమైనా ఉందా, ఉదాహరణకు మంటలు లేదా ఇతర భద్రతా ఆందోళన?

## రోడ్డు లేదా కాలిబాటపై చనిపోయిన జంతువు
question-dead-animal-road-animal_type = అది ఏ రకమైన జంతువు (ఉదాహరణకు, రకూన్, ఉడుత లేదా పిల్లి)?
question-dead-animal-road-animal_size = అది ఎంత పెద్దది?
    .small = చిన్నది (ఉడుత, పక్షి)
    .medium = మధ్యస్థం (రకూన్, పిల్లి)
    .large = పెద్దది (జింక, కొయోటీ, కుక్క)

## గాయపడిన లేదా అనారోగ్యంతో ఉన్న వన్యప్రాణి
question-injured-wildlife-animal_type = అది ఏ రకమైన జంతువు?
question-injured-wildlife-condition = జంతువుకు ఏమి జరుగుతోంది?
    .injured = గాయపడింది
    .sick = అనారోగ్యంగా ఉంది లేదా వింతగా ప్రవర్తిస్తోంది
    .trapped = చిక్కుకుపోయింది లేదా ఇరుక్కుపోయింది
    .orphaned = ఒంటరిగా ఉన్నట్లు కనిపిస్తున్న జంతువు పిల్ల

## వీధి కుక్క లేదా వదులుగా తిరుగుతున్న కుక్క
question-stray-dog-dog_contained = కుక్కను ఎక్కడైనా కట్టడి చేశారా, ఉదాహరణకు ఆవరణలో లేదా పట్టీతో?
    .yes = అవును
    .no = కాదు

## కుక్క కాటు లేదా దాడి
question-dog-bite-incident_time = ఇది ఎప్పుడు జరిగింది?
question-dog-bite-victim = ఎవరిని కరిచింది లేదా ఎవరిపై దాడి చేసింది?
    .person = ఒక వ్యక్తిని
    .dog = మరో కుక్కను
    .other-animal = మరో జంతువును

## పట్టీ లేని కుక్క
question-dog-off-leash-usual_time = ఇది సాధారణంగా ఎప్పుడు జరుగుతుంది (ఉదాహరణకు, వారం రోజుల్లో ఉదయం)?

## శబ్దంపై ఫిర్యాదు
question-noise-noise_source = శబ్దం దేని వల్ల వస్తోంది?
    .amplified-sound = సంగీతం లేదా లౌడ్‌స్పీకర్ శబ్దం
    .construction = నిర్మాణ పనులు
    .barking = మొరిగే కుక్క
    .equipment = ఎయిర్ కండిషనర్, ఫ్యాన్ లేదా ఇతర యంత్రం
    .vehicle = ఇంజిన్ ఆన్‌లో ఉంచి నిలిపిన లేదా ఇంజిన్‌ను గర్జింపజేసే వాహనాలు
    .other = ఇతర
question-noise-ongoing = శబ్దం ఇప్పుడు వస్తోందా?
    .now = అవును, ఇప్పుడే
    .recurring = ఇది తరచూ జరుగుతుంది
    .past = ఇది ఆగిపోయింది
question-noise-noise_times = శబ్దం ఎప్పుడు వస్తుందో, ఎంత సేపు ఉంటుందో వివరించండి.

## అత్యవసర ఆస్తి ప్రమాణాల సమస్య
question-property-standards-urgent-issue = అత్యవసర సమస్య ఏమిటి?
    .no-heat = వేడి (హీటింగ్) లేదు లేదా సరిపోవడం లేదు
    .no-water = నీరు లేదు
    .no-power = విద్యుత్ లేదు
    .lock = ప్రవేశ ద్వారం తాళం విరిగిపోయింది
    .structure = సురక్షితం కాని నిర్మాణం, బాల్కనీ లేదా మెట్లు
question-property-standards-urgent-is_tenant = మీరు ఈ భవనంలో అద్దెకు ఉంటున్నారా?
    .yes = అవును
    .no = కాదు
question-property-standards-urgent-unit_number = మీ యూనిట్ నంబరు ఏమిటి?

## ఆస్తి ప్రమాణాలపై ఫిర్యాదు
question-property-standards-issues = ఏ సమస్యలు ఉన్నాయి?
    .pests = పురుగులు, క్రిమికీటకాలు (ఎలుకలు, బొద్దింకలు, నల్లులు)
    .mould = బూజు
    .windows-doors = పగిలిన కిటికీలు లేదా తలుపులు
    .leaks = కారుతున్న పైకప్పు లేదా గోడలు
    .stairs-railings = దెబ్బతిన్న మెట్లు లేదా రెయిలింగ్
    .exterior = భవనం బయటి భాగం చెడిపోయిన స్థితిలో
    .other = ఇతర
question-property-standards-landlord_notified = మీరు అద్దెకు ఉంటున్నట్లయితే, మీ ఇంటి యజమానికి రాతపూర్వకంగా తెలియజేశారా?
    .yes = అవును
    .no = కాదు
    .not-tenant = నేను అద్దెకు ఉండేవారిని కాదు
question-property-standards-details = సమస్యను, అది ఎంత కాలంగా ఉందో వివరించండి.

## ప్రైవేట్ ఆస్తిపై వదిలేసిన వాహనం
question-abandoned-vehicle-licence_plate = వాహనానికి నంబర్ ప్లేట్ ఉంటే, అది ఏమిటి?
question-abandoned-vehicle-vehicle_description = వాహనాన్ని వివరించండి (రంగు, తయారీ కంపెనీ, రకం).
