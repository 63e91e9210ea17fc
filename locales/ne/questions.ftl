### क्याटलगका प्रश्नहरू: हरेक सेवा प्रकारका थप प्रश्नहरू (Open311 विशेषताहरू), र
### सूचीवाला प्रश्नका लागि दिइएका उत्तरहरू, जसको नाम तिनका कुञ्जीअनुसार राखिएको छ।

## सडकमा खाल्डो
question-pothole-size = खाल्डो लगभग कति ठूलो छ?
    .small = खाना खाने थालभन्दा सानो
    .medium = लगभग कारको टायर जत्रो
    .large = कारको टायरभन्दा ठूलो
question-pothole-lane = यो सडकको कुन भागमा छ?
    .curb-lane = किनारा (कर्ब) छेउको लेन
    .centre-lane = बीचको वा ओभरटेक गर्ने लेन
    .turn-lane = मोडिने लेन
    .bike-lane = साइकल लेन
    .laneway = गल्ली

## सडकमा खतरा
question-road-hazard-hazard_type = खतरा के हो?
    .road-collapse = सडकको सतह भासिएको वा ठूलो खाडल परेको
    .missing-cover = म्यानहोल वा जालीको ढकनी नभएको वा भाँचिएको
    .debris = लेनमा ठूलो मलबा
    .spill = केही पोखिएको वा चिप्लो पदार्थ
    .other = अरू केही

## बिग्रिएको फुटपाथ
question-sidewalk-damaged-damage = फुटपाथमा के समस्या छ?
    .cracked = चर्किएको
    .lifted = ढुङ्गा वा स्ल्याब उठेका वा असमान
    .sunken = भासिएको वा खोक्रो
    .missing = केही टुक्रा हराएका
    .curb-ramp = कर्बको ढलान (र्‍याम्प) बिग्रिएको
question-sidewalk-damaged-trip_height = असमान किनारा लगभग कति सेन्टिमिटर अग्लो छ?

## साइकल लेनमा अवरोध
question-bike-lane-obstruction-obstruction = साइकल लेन केले छेकेको छ?
    .debris = मलबा वा फोहोर
    .construction = निर्माण सामग्री वा उपकरण
    .bins = फोहोर वा रिसाइक्लिङका बिन
    .bollard = बिग्रिएको वा ढलेको सानो खम्बा
    .other = अरू केही

## आवासीय सडकमा धेरै समयदेखि पार्क गरिएको सवारी साधन
question-long-term-parking-licence_plate = देख्न सक्नुहुन्छ भने, सवारी साधनको नम्बर प्लेट के हो?
question-long-term-parking-vehicle_description = सवारी साधनको विवरण दिनुहोस् (रङ, कम्पनी, प्रकार)।
question-long-term-parking-days_parked = यो त्यहाँ लगभग कति दिनदेखि पार्क गरिएको छ?

## सडक बत्ती बलेको छैन
question-streetlight-out-light_problem = बत्तीमा के समस्या छ?
    .out = बत्ती निभेको छ
    .flickering = झिलिमिली गर्छ वा बारम्बार बल्छ र निभ्छ
    .day-burning = दिउँसै बलिरहेको छ
    .several-out = एउटै लहरमा धेरै बत्ती निभेका छन्
question-streetlight-out-pole_number = खम्बामा नम्बरको ट्याग छ भने, त्यसमा के लेखिएको छ?

## बिग्रिएको वा हराएको सङ्केत पाटी
question-sign-damaged-sign_type = यो कस्तो सङ्केत पाटी हो?
    .street-name = सडकको नाम
    .parking = पार्किङ
    .speed-limit = गति सीमा
    .warning = चेतावनी सङ्केत (मोड, विद्यालय क्षेत्र र यस्तै)
    .other = अन्य
question-sign-damaged-sign_condition = यसमा के समस्या छ?
    .bent = बाङ्गिएको वा ढलेको
    .faded = फिका भएको वा पढ्न गाह्रो
    .turned = गलत दिशातिर घुमेको
    .blocked = हाँगाले छोपिएको
    .missing = हराएको

## ट्राफिक बत्ती चलेको छैन
question-traffic-signal-malfunction-signal_problem = ट्राफिक बत्तीले के गरिरहेको छ?
    .dark = पूरै निभेको छ
    .flashing = रातो वा पहेँलो बत्ती झिम्किरहेको छ
    .stuck = एउटै रङमा अड्किएको छ
    .damaged = ढलेको वा बिग्रिएको छ
    .turned = गलत दिशातिर घुमेको छ
question-traffic-signal-malfunction-direction = कुन दिशातर्फ जाने ट्राफिकमा असर परेको छ (उदाहरणका लागि, उत्तरतर्फ)?

## ट्राफिक सुरक्षाको चिन्ता
question-traffic-safety-concern-concern = तपाईंका चिन्ताहरू के हुन्?
    .speeding = तीव्र गति
    .signal-timing = ट्राफिक बत्तीको समय
    .visibility = राम्ररी नदेखिने
    .crossing = पार गर्न गाह्रो
    .cut-through = छोटो बाटोका रूपमा गुज्रने ट्राफिक
question-traffic-safety-concern-details = हामीलाई थप बताउनुहोस्: यो कहिले हुन्छ, र कसलाई असर पर्छ?

## फुटपाथबाट हिउँ नहटाइएको
question-snow-sidewalk-condition = फुटपाथको अवस्था कस्तो छ?
    .snow = हिउँले ढाकिएको
    .ice = बरफ जमेर चिप्लो भएको
    .snowbank = सडकबाट हटाइएको हिउँको थुप्रोले छेकिएको

## फोहोर उठाइएन
question-missed-garbage-collection_day = तपाईंको सङ्कलनको तोकिएको दिन कुन थियो?
question-missed-garbage-set_out = के बिन बिहान 7 बजेसम्म कर्बमा राखिएको थियो?
    .yes = हो
    .no = होइन

## रिसाइक्लिङ उठाइएन
question-missed-recycling-collection_day = तपाईंको सङ्कलनको तोकिएको दिन कुन थियो?
question-missed-recycling-set_out = के बिन बिहान 7 बजेसम्म कर्बमा राखिएको थियो?
    .yes = हो
    .no = होइन

## हरियो बिन उठाइएन
question-missed-green-bin-collection_day = तपाईंको सङ्कलनको तोकिएको दिन कुन थियो?
question-missed-green-bin-set_out = के बिन बिहान 7 बजेसम्म कर्बमा राखिएको थियो?
    .yes = हो
    .no = होइन

## बिग्रिएको बिन
question-bin-damaged-bin_type = कुन बिन बिग्रिएको छ?
    .garbage = फोहोरको बिन
    .recycling = निलो बिन (रिसाइक्लिङ)
    .green-bin = हरियो बिन (जैविक फोहोर)
question-bin-damaged-damage = के बिग्रिएको छ?
    .lid = ढकनी
    .wheels = पाङ्ग्रा वा धुरी
    .handle = ह्यान्डल
    .body = बिनको भाग चर्किएको
    .latch = जनावरबाट जोगाउने चुकुल
question-bin-damaged-bin_serial = पढ्न सक्नुहुन्छ भने, बिनमा छापिएको क्रम नम्बर के हो?

## ठूला सामान उठाउने
question-bulky-item-pickup-item_types = तपाईं के बाहिर राख्नुहुन्छ?
    .furniture = फर्निचर
    .mattress = गद्दा वा बक्स स्प्रिङ
    .appliance = चुल्हो, लुगा धुने मेसिन, ड्रायर वा भाँडा धुने मेसिन
    .refrigerant = फ्रिज, फ्रिजर वा एयर कन्डिसनर
    .carpet = कार्पेट वा गलैँचा
    .other = अन्य ठूलो सामान
question-bulky-item-pickup-item_count = तपाईं कतिवटा सामान बाहिर राख्नुहुन्छ?

## नगरपालिकाको सम्पत्तिमा ग्राफिटी
question-graffiti-city-property-surface = कुन-कुन सतह ढाकिएका छन्?
    .wall = पर्खाल वा भवन
    .bridge = पुल वा भूमिगत बाटो
    .fence = बार
    .sign-pole = सङ्केत पाटी वा खम्बा
    .box = बिजुली-पानी सेवाको वा ट्राफिक बत्तीको बाकस
    .other = अन्य

## सडक सङ्केत, खम्बा वा सिग्नल बाकसमा ग्राफिटी
question-graffiti-road-assets-asset_type = ग्राफिटी केमा छ?
    .sign = सडक सङ्केत
    .signal-box = ट्राफिक बत्तीको बाकस
    .pole = खम्बा
    .retaining-wall = टेवा पर्खाल वा आवाज रोक्ने पर्खाल
    .bridge = पुल वा भूमिगत बाटो
    .other = अरू केही

## निजी सम्पत्तिमा ग्राफिटी
question-graffiti-private-property-surface = कुन-कुन सतह ढाकिएका छन्?
    .wall = पर्खाल
    .fence = बार
    .garage-door = ग्यारेजको ढोका
    .window = झ्याल वा ढोका
    .other = अन्य
question-graffiti-private-property-is_owner = के तपाईं यो सम्पत्तिको धनी हुनुहुन्छ?
    .yes = हो
    .no = होइन

## घृणा वा गिरोहको ग्राफिटी
question-graffiti-hate-police_reported = के तपाईंले यसबारे टोरन्टो प्रहरीलाई खबर गर्नुभएको छ?
    .yes = हो
    .no = होइन
question-graffiti-hate-police_reference = तपाईंसँग छ भने, प्रहरी रिपोर्ट नम्बर के हो?

## गैरकानुनी रूपमा फोहोर फालेको
question-illegal-dumping-item_types = के फालिएको थियो?
    .household = घरायसी फोहोरका झोला
    .furniture = फर्निचर
    .mattress = गद्दा
    .tires = टायर
    .construction = निर्माण वा मर्मतको फोहोर
    .electronics = इलेक्ट्रोनिक सामान
    .hazardous = रङ, रसायन वा अन्य खतरनाक फोहोर
    .other = अन्य
question-illegal-dumping-noticed_at = तपाईंले यो कहिले देख्नुभयो, वा कसैले फालेको कहिले देख्नुभयो?
question-illegal-dumping-witness = कसले फालेको देख्नुभयो भने, त्यो व्यक्ति वा सवारी साधनको विवरण दिनुहोस्। उनीहरूको नजिक नजानुहोस्।

## छोडिएको साइकल
question-abandoned-bike-bike_condition = यसको अवस्था कस्तो छ?
    .missing-wheel = एउटा पाङ्ग्रा छैन
    .missing-parts = सिट वा ह्यान्डल छैन
    .flat-tires = टायर पङ्चर वा हावा नभएको
    .rusted = चेन वा पार्टपुर्जामा खिया लागेको
    .bent-frame = फ्रेम बाङ्गिएको वा बिग्रिएको

## मुख्य पानी पाइप फुटेको
question-water-main-break-water_flow = कति पानी बगिरहेको छ?
    .trickle = थोरै चुहिरहेको वा जमिन भिजेको
    .steady = लगातार धारा बगिरहेको
    .gushing = जोडले फुटेर निस्किरहेको वा सडकमा पानी भरिएको

## पानी आउँदैन
question-no-water-neighbours_affected = के तपाईंका छिमेकीकहाँ पनि पानी आउँदैन?
    .yes = हो
    .no = होइन
    .unknown = मलाई थाहा छैन
question-no-water-started_at = पानी कहिलेदेखि बन्द भयो?

## ढलको पानी फर्केर आउने वा तहखानामा पानी भरिने
question-sewer-backup-water_depth = पानी लगभग कति सेन्टिमिटर गहिरो छ?
question-sewer-backup-backwater_valve = के सम्पत्तिमा ब्याकवाटर भल्भ (पानी फर्केर आउनबाट रोक्ने भल्भ) छ?
    .yes = हो
    .no = होइन
    .unknown = मलाई थाहा छैन

## थुनिएको सडक नाली (क्याच बेसिन)
question-catch-basin-blocked-ponding = के पानी जमिरहेको छ?
    .none = होइन, अहिले छैन
    .road = सडकमा पानी जमेको छ
    .sidewalk = पानी फुटपाथ वा कुनै सम्पत्तितिर फैलिएको छ

## बिग्रिएको वा चुहिने फायर हाइड्रेन्ट
question-fire-hydrant-damaged-hydrant_problem = हाइड्रेन्टमा के समस्या छ?
    .knocked-over = ढलेको वा ठक्कर लागेको
    .leaking = चुहिरहेको
    .missing-cap = ढकनी छैन
    .blocked = छेकिएको वा लुकेको
    .paint = ग्राफिटी वा रङ

## रङ बदलिएको वा नराम्रो स्वादको पानी
question-water-quality-water_issue = तपाईंले के देख्नुभएको छ?
    .brown = खैरो वा पहेँलो
    .cloudy = धमिलो वा दुधिलो
    .taste = अनौठो स्वाद
    .smell = अनौठो गन्ध
    .particles = कण वा थिग्रिएको लेदो

## रूख ढलेको वा बिग्रिएको (आपत्कालीन)
question-tree-emergency-blocking = केमा असर परेको छ?
    .road = सडक
    .sidewalk = फुटपाथ
    .driveway = ड्राइभवे
    .building = घर वा भवन
    .vehicle = सवारी साधन
    .wires = तार
    .nothing = अहिलेसम्म केहीमा छैन, तर यो ढल्न सक्छ

## रूखको छँटाइ (आपत्कालीन होइन)
question-tree-pruning-reason = रूख किन छाँट्नुपर्छ?
    .low-branches = फुटपाथ वा सडकमाथि तल झुन्डिएका हाँगा
    .blocking = सङ्केत पाटी वा सडक बत्ती छोपेको
    .touching-building = घर वा भवन छोएको
    .dead-branches = सुकेका हाँगा

## पार्कको शौचालयमा समस्या
question-park-washroom-issue = समस्या के हो?
    .dirty = फोहोर छ
    .supplies = साबुन, कागजको रुमाल वा ट्वाइलेट पेपर छैन
    .locked = खुल्ने समयमा पनि बन्द छ
    .broken = शौचालय, सिङ्क वा ढोका भाँचिएको
    .leak = चुहावट वा पानी भरिएको

## खेल मैदानका बिग्रिएका उपकरण
question-playground-damaged-equipment = कुन उपकरण?
    .swing = पिङ
    .slide = चिप्लेटी
    .climber = चढ्ने संरचना वा खेल्ने संरचना
    .surface = भुइँको सतह (बालुवा, काठको धुलो वा रबर)
    .other = अन्य
question-playground-damaged-unsafe = के अहिले यसलाई प्रयोग गर्दा कसैलाई चोट लाग्न सक्छ?
    .yes = हो
    .no = होइन
    .unsure = पक्का थाहा छैन

## पार्कमा पाल वा बसोबास
question-park-encampment-tent_count = त्यहाँ लगभग कतिवटा पाल वा संरचना छन्?
question-park-encampment-details = सहयोगी कर्मचारीहरूले थाहा पाउनुपर्ने केही कुरा छ, जस्तै आगो वा सुरक्षासम्बन्धी अर्को चिन्ता?

## सडक वा फुटपाथमा मरेको जनावर
question-dead-animal-road-animal_type = यो कस्तो जनावर हो (उदाहरणका लागि, रकुन, लोखर्के वा बिरालो)?
question-dead-animal-road-animal_size = यो कति ठूलो छ?
    .small = सानो (लोखर्के, चरा)
    .medium = मझौला (रकुन, बिरालो)
    .large = ठूलो (मृग, कोयोटी, कुकुर)

## घाइते वा बिरामी जङ्गली जनावर
question-injured-wildlife-animal_type = यो कस्तो जनावर हो?
question-injured-wildlife-condition = जनावरलाई के भइरहेको छ?
    .injured = घाइते छ
    .sick = बिरामी छ वा अनौठो व्यवहार गरिरहेको छ
    .trapped = फसेको वा अल्झिएको छ
    .orphaned = एक्लै छोडिएजस्तो देखिने जनावरको बच्चा

## छाडा वा खुला कुकुर
question-stray-dog-dog_contained = के कुकुरलाई कतै थुनिएको वा बाँधिएको छ, जस्तै आँगनमा वा डोरीले?
    .yes = हो
    .no = होइन

## कुकुरले टोकेको वा आक्रमण गरेको
question-dog-bite-incident_time = यो कहिले भयो?
question-dog-bite-victim = कसलाई टोक्यो वा कसमाथि आक्रमण भयो?
    .person = कुनै व्यक्तिलाई
    .dog = अर्को कुकुरलाई
    .other-animal = अर्को जनावरलाई

## डोरी नबाँधिएको कुकुर
question-dog-off-leash-usual_time = यो प्रायः कहिले हुन्छ (उदाहरणका लागि, कामकाजी दिनका बिहान)?

## हल्लाको उजुरी
question-noise-noise_source = हल्ला केले गरिरहेको छ?
    .amplified-sound = सङ्गीत वा लाउडस्पिकरको आवाज
    .construction = निर्माण
    .barking = भुक्ने कुकुर
    .equipment = एयर कन्डिसनर, पङ्खा वा अन्य मेसिन
    .vehicle = रोकेर इन्जिन चलाइराखेका वा इन्जिन गर्जाउने सवारी साधन
    .other = अन्य
question-noise-ongoing = के हल्ला अहिले भइरहेको छ?
    .now = हो, अहिले नै
    .recurring = यो बारम्बार हुन्छ
    .past = यो रोकिएको छ
question-noise-noise_times = हल्ला कहिले हुन्छ र कति बेरसम्म रहन्छ, वर्णन गर्नुहोस्।

## सम्पत्ति मापदण्डको जरुरी समस्या
question-property-standards-urgent-issue = जरुरी समस्या के हो?
    .no-heat = तातो (हिटिङ) छैन वा पर्याप्त छैन
    .no-water = पानी छैन
    .no-power = बिजुली छैन
    .lock = मूल ढोकाको ताल्चा बिग्रिएको
    .structure = असुरक्षित संरचना, बार्दली वा सिँढी
question-property-standards-urgent-is_tenant = के तपाईं यो भवनमा भाडामा बस्नुहुन्छ?
    .yes = हो
    .no = होइन
question-property-standards-urgent-unit_number = तपाईंको युनिट नम्बर के हो?

## सम्पत्ति मापदण्डको उजुरी
question-property-standards-issues = के-कस्ता समस्या छन्?
    .pests = कीरा र जन्तु (मुसा, साङ्लो, उडुस)
    .mould = ढुसी
    .windows-doors = फुटेका झ्याल वा ढोका
    .leaks = छाना वा भित्ताबाट चुहावट
    .stairs-railings = बिग्रिएका सिँढी वा रेलिङ
    .exterior = भवनको बाहिरी भाग खराब अवस्थामा
    .other = अन्य
question-property-standards-landlord_notified = तपाईं भाडामा बस्नुहुन्छ भने, के तपाईंले घरधनीलाई लिखित रूपमा जानकारी दिनुभएको छ?
    .yes = हो
    .no = होइन
    .not-tenant = म भाडामा बस्दिनँ
question-property-standards-details = समस्याको वर्णन गर्नुहोस् र यो कति समयदेखि छ बताउनुहोस्।

## निजी सम्पत्तिमा छोडिएको सवारी साधन
question-abandoned-vehicle-licence_plate = सवारी साधनमा नम्बर प्लेट छ भने, त्यो के हो?
question-abandoned-vehicle-vehicle_description = सवारी साधनको विवरण दिनुहोस् (रङ, कम्पनी, प्रकार)।
