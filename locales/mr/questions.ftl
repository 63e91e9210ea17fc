### कॅटलॉगमधील प्रश्न: प्रत्येक सेवा प्रकाराचे अतिरिक्त प्रश्न (Open311 गुणधर्म), आणि
### यादीतील प्रश्नांसाठी दिलेली उत्तरे, ज्यांची नावे त्यांच्या कींवरून ठेवली आहेत.

## रस्त्यावरील खड्डा
question-pothole-size = खड्डा साधारण किती मोठा आहे?
    .small = जेवणाच्या ताटापेक्षा लहान
    .medium = साधारण कारच्या टायरएवढा
    .large = कारच्या टायरपेक्षा मोठा
question-pothole-lane = तो रस्त्याच्या कोणत्या भागात आहे?
    .curb-lane = कडेजवळची (कर्बजवळची) लेन
    .centre-lane = मधली किंवा ओव्हरटेक करण्याची लेन
    .turn-lane = वळण्याची लेन
    .bike-lane = सायकल लेन
    .laneway = गल्ली

## रस्त्यावरील धोका
question-road-hazard-hazard_type = धोका कोणता आहे?
    .road-collapse = रस्त्याचा पृष्ठभाग खचला आहे किंवा खोल भगदाड पडले आहे
    .missing-cover = मॅनहोलचे किंवा जाळीचे झाकण नाही किंवा तुटलेले आहे
    .debris = लेनमध्ये मोठा राडारोडा
    .spill = काहीतरी सांडलेले आहे किंवा निसरडा पदार्थ
    .other = इतर काहीतरी

## खराब झालेला पदपथ
question-sidewalk-damaged-damage = पदपथामध्ये काय बिघाड आहे?
    .cracked = तडा गेला आहे
    .lifted = फरशा वर उचलल्या आहेत किंवा उंचसखल आहेत
    .sunken = खचला आहे किंवा पोकळ आहे
    .missing = काही तुकडे नाहीत
    .curb-ramp = कर्बचा उतार (रॅम्प) खराब झाला आहे
question-sidewalk-damaged-trip_height = उंचसखल कडेची उंची साधारण किती सेंटीमीटर आहे?

## सायकल लेनमध्ये अडथळा
question-bike-lane-obstruction-obstruction = सायकल लेन कशामुळे अडली आहे?
    .debris = राडारोडा किंवा कचरा
    .construction = बांधकाम साहित्य किंवा उपकरणे
    .bins = कचरा किंवा पुनर्वापराच्या पेट्या
    .bollard = खराब झालेला किंवा पडलेला लहान खांब
    .other = इतर काहीतरी

## निवासी रस्त्यावर खूप काळ उभे असलेले वाहन
question-long-term-parking-licence_plate = तुम्हाला दिसत असल्यास, वाहनाची नंबर प्लेट काय आहे?
question-long-term-parking-vehicle_description = वाहनाचे वर्णन करा (रंग, कंपनी, प्रकार).
question-long-term-parking-days_parked = ते तिथे साधारण किती दिवसांपासून उभे आहे?

## पथदिवा बंद
question-streetlight-out-light_problem = दिव्यामध्ये काय बिघाड आहे?
    .out = दिवा बंद आहे
    .flickering = लुकलुकत आहे किंवा सारखा चालू-बंद होत आहे
    .day-burning = दिवसा चालू आहे
    .several-out = एका रांगेतील अनेक दिवे बंद आहेत
question-streetlight-out-pole_number = खांबावर क्रमांकाचा टॅग असल्यास, त्यावर काय लिहिले आहे?

## खराब झालेला किंवा नसलेला फलक
question-sign-damaged-sign_type = हा कोणत्या प्रकारचा फलक आहे?
    .street-name = रस्त्याचे नाव
    .parking = पार्किंग
    .speed-limit = वेगमर्यादा
    .warning = इशारा फलक (वळण, शाळा क्षेत्र आणि तत्सम)
    .other = इतर
question-sign-damaged-sign_condition = त्यामध्ये काय बिघाड आहे?
    .bent = वाकलेला आहे किंवा पडलेला आहे
    .faded = फिका पडला आहे किंवा वाचायला कठीण आहे
    .turned = चुकीच्या दिशेला फिरला आहे
    .blocked = फांद्यांमुळे झाकला गेला आहे
    .missing = फलक नाही

## वाहतूक सिग्नल काम करत नाही
question-traffic-signal-malfunction-signal_problem = सिग्नल काय करत आहे?
    .dark = पूर्णपणे बंद आहे
    .flashing = लाल किंवा पिवळा दिवा लुकलुकत आहे
    .stuck = एकाच रंगावर अडकला आहे
    .damaged = पडलेला आहे किंवा खराब झाला आहे
    .turned = चुकीच्या दिशेला फिरला आहे
question-traffic-signal-malfunction-direction = कोणत्या दिशेने जाणाऱ्या वाहतुकीवर परिणाम होत आहे (उदा. उत्तरेकडे जाणारी)?

## वाहतूक सुरक्षेची चिंता
question-traffic-safety-concern-concern = तुमच्या चिंता कोणत्या आहेत?
    .speeding = भरधाव वेग
    .signal-timing = सिग्नलची वेळ
    .visibility = नीट दिसत नाही
    .crossing = रस्ता ओलांडणे कठीण आहे
    .cut-through = जवळचा मार्ग म्हणून जाणारी वाहतूक
question-traffic-safety-concern-details = आम्हाला अधिक सांगा: हे कधी घडते, आणि कोणावर परिणाम होतो?

## पदपथावरील बर्फ काढलेला नाही
question-snow-sidewalk-condition = पदपथाची स्थिती कशी आहे?
    .snow = बर्फाने झाकलेला
    .ice = बर्फ गोठून निसरडा झालेला
    .snowbank = रस्त्यावरून काढलेल्या बर्फाच्या ढिगाने अडलेला

## कचरा उचलला गेला नाही
question-missed-garbage-collection_day = तुमचा ठरलेला संकलनाचा दिवस कोणता होता?
question-missed-garbage-set_out = पेटी सकाळी 7 वाजेपर्यंत कर्बजवळ ठेवली होती का?
    .yes = हो
    .no = नाही

## पुनर्वापराचा कचरा उचलला गेला नाही
question-missed-recycling-collection_day = तुमचा ठरलेला संकलनाचा दिवस कोणता होता?
question-missed-recycling-set_out = पेटी सकाळी 7 वाजेपर्यंत कर्बजवळ ठेवली होती का?
    .yes = हो
    .no = नाही

## ग्रीन बिन उचलला गेला नाही
question-missed-green-bin-collection_day = तुमचा ठरलेला संकलनाचा दिवस कोणता होता?
question-missed-green-bin-set_out = पेटी सकाळी 7 वाजेपर्यंत कर्बजवळ ठेवली होती का?
    .yes = हो
    .no = नाही

## खराब झालेली पेटी
question-bin-damaged-bin_type = कोणती पेटी खराब झाली आहे?
    .garbage = कचरापेटी
    .recycling = निळी पेटी (पुनर्वापर)
    .green-bin = ग्रीन बिन (ओला कचरा)
question-bin-damaged-damage = काय खराब झाले आहे?
    .lid = झाकण
    .wheels = चाक किंवा आस
    .handle = हँडल
    .body = पेटीला तडा गेला आहे
    .latch = प्राण्यांपासून संरक्षण करणारी कडी
question-bin-damaged-bin_serial = तुम्हाला वाचता येत असल्यास, पेटीवर छापलेला अनुक्रमांक काय आहे?

## मोठ्या वस्तू उचलणे
question-bulky-item-pickup-item_types = तुम्ही काय बाहेर ठेवणार आहात?
    .furniture = फर्निचर
    .mattress = गादी किंवा बॉक्स स्प्रिंग
    .appliance = स्टोव्ह, वॉशिंग मशीन, ड्रायर किंवा डिशवॉशर
    .refrigerant = फ्रीज, फ्रीझर किंवा एअर कंडिशनर
    .carpet = गालिचा किंवा सतरंजी
    .other = इतर मोठी वस्तू
question-bulky-item-pickup-item_count = तुम्ही किती वस्तू बाहेर ठेवणार आहात?

## महानगरपालिकेच्या मालमत्तेवर ग्रॅफिटी
question-graffiti-city-property-surface = कोणते पृष्ठभाग झाकले गेले आहेत?
    .wall = भिंत किंवा इमारत
    .bridge = पूल किंवा भुयारी मार्ग
    .fence = कुंपण
    .sign-pole = फलक किंवा खांब
    .box = वीज-पाणी सेवांचा किंवा सिग्नलचा बॉक्स
    .other = इतर

## रस्त्यावरील फलक, खांब किंवा सिग्नल बॉक्सवर ग्रॅफिटी
question-graffiti-road-assets-asset_type = ग्रॅफिटी कशावर आहे?
    .sign = रस्त्यावरील फलक
    .signal-box = वाहतूक सिग्नल बॉक्स
    .pole = खांब
    .retaining-wall = आधार भिंत किंवा आवाजरोधक भिंत
    .bridge = पूल किंवा भुयारी मार्ग
    .other = इतर काहीतरी

## खासगी मालमत्तेवर ग्रॅफिटी
question-graffiti-private-property-surface = कोणते पृष्ठभाग झाकले गेले आहेत?
    .wall = भिंत
    .fence = कुंपण
    .garage-door = गॅरेजचा दरवाजा
    .window = खिडकी किंवा दरवाजा
    .other = इतर
question-graffiti-private-property-is_owner = तुम्ही या मालमत्तेचे मालक आहात का?
    .yes = हो
    .no = नाही

## द्वेषपूर्ण किंवा टोळीची ग्रॅफिटी
question-graffiti-hate-police_reported = तुम्ही याबद्दल टोरंटो पोलिसांना कळवले आहे का?
    .yes = हो
    .no = नाही
question-graffiti-hate-police_reference = तुमच्याकडे असल्यास, पोलीस तक्रार क्रमांक काय आहे?

## बेकायदा कचरा टाकणे
question-illegal-dumping-item_types = काय टाकले होते?
    .household = घरगुती कचऱ्याच्या पिशव्या
    .furniture = फर्निचर
    .mattress = गादी
    .tires = टायर
    .construction = बांधकाम किंवा नूतनीकरणाचा राडारोडा
    .electronics = इलेक्ट्रॉनिक वस्तू
    .hazardous = रंग, रसायने किंवा इतर घातक कचरा
    .other = इतर
question-illegal-dumping-noticed_at = तुमच्या हे कधी लक्षात आले, किंवा ते टाकताना तुम्ही कधी पाहिले?
question-illegal-dumping-witness = ते कोणी टाकले हे तुम्ही पाहिले असल्यास, त्या व्यक्तीचे किंवा वाहनाचे वर्णन करा. त्यांच्या जवळ जाऊ नका.

## सोडून दिलेली सायकल
question-abandoned-bike-bike_condition = तिची स्थिती कशी आहे?
    .missing-wheel = एक चाक नाही
    .missing-parts = सीट किंवा हँडल नाही
    .flat-tires = टायर पंक्चर आहेत किंवा त्यांत हवा नाही
    .rusted = साखळी किंवा भागांना गंज लागला आहे
    .bent-frame = फ्रेम वाकलेली किंवा खराब झालेली आहे

## मुख्य जलवाहिनी फुटली
question-water-main-break-water_flow = किती पाणी वाहत आहे?
    .trickle = थोडे थोडे झिरपत आहे किंवा जमीन ओली आहे
    .steady = सतत धार वाहत आहे
    .gushing = जोरात उसळत आहे किंवा रस्त्यावर पाणी भरत आहे

## पाणी येत नाही
question-no-water-neighbours_affected = तुमच्या शेजाऱ्यांकडेही पाणी येत नाही का?
    .yes = हो
    .no = नाही
    .unknown = मला माहीत नाही
question-no-water-started_at = पाणी कधी बंद झाले?

## गटाराचे पाणी उलटे येणे किंवा तळघरात पाणी भरणे
question-sewer-backup-water_depth = पाणी साधारण किती सेंटीमीटर खोल आहे?
question-sewer-backup-backwater_valve = मालमत्तेत बॅकवॉटर व्हॉल्व्ह (पाणी उलटे येण्यापासून रोखणारा व्हॉल्व्ह) आहे का?
    .yes = हो
    .no = नाही
    .unknown = मला माहीत नाही

## तुंबलेली रस्त्यावरील नाली (कॅच बेसिन)
question-catch-basin-blocked-ponding = पाणी साचत आहे का?
    .none = नाही, आत्ता नाही
    .road = रस्त्यावर पाणी साचत आहे
    .sidewalk = पाणी पदपथावर किंवा एखाद्या मालमत्तेत पसरत आहे

## खराब झालेला किंवा गळणारा फायर हायड्रंट
question-fire-hydrant-damaged-hydrant_problem = हायड्रंटमध्ये काय बिघाड आहे?
    .knocked-over = पडलेला आहे किंवा त्याला धडक बसली आहे
    .leaking = गळत आहे
    .missing-cap = झाकण नाही
    .blocked = अडवलेला आहे किंवा झाकला गेला आहे
    .paint = ग्रॅफिटी किंवा रंग

## रंग बदललेले किंवा वाईट चवीचे पाणी
question-water-quality-water_issue = तुमच्या काय लक्षात येत आहे?
    .brown = तपकिरी किंवा पिवळे
    .cloudy = गढूळ किंवा दुधाळ
    .taste = वेगळी चव
    .smell = वेगळा वास
    .particles = कण किंवा गाळ

## झाड पडले किंवा खराब झाले (आणीबाणी)
question-tree-emergency-blocking = कशावर परिणाम झाला आहे?
    .road = रस्ता
    .sidewalk = पदपथ
    .driveway = ड्राइव्हवे
    .building = घर किंवा इमारत
    .vehicle = वाहन
    .wires = तारा
    .nothing = अजून कशावरही नाही, पण ते पडू शकते

## झाडाची छाटणी (आणीबाणी नसलेली)
question-tree-pruning-reason = झाडाची छाटणी का करायला हवी?
    .low-branches = पदपथावर किंवा रस्त्यावर खाली लोंबणाऱ्या फांद्या
    .blocking = फलक किंवा पथदिवा झाकत आहे
    .touching-building = घराला किंवा इमारतीला लागत आहे
    .dead-branches = वाळलेल्या फांद्या

## उद्यानातील स्वच्छतागृहाची समस्या
question-park-washroom-issue = समस्या काय आहे?
    .dirty = अस्वच्छ आहे
    .supplies = साबण, पेपर टॉवेल किंवा टॉयलेट पेपर नाही
    .locked = उघडण्याच्या वेळेतही बंद आहे
    .broken = टॉयलेट, सिंक किंवा दरवाजा तुटलेला आहे
    .leak = गळती आहे किंवा पाणी भरले आहे

## खेळाच्या मैदानातील खराब झालेली साधने
question-playground-damaged-equipment = कोणते साधन?
    .swing = झोपाळा
    .slide = घसरगुंडी
    .climber = चढण्याची रचना किंवा खेळण्याची रचना
    .surface = जमिनीचा पृष्ठभाग (वाळू, लाकडी भुसा किंवा रबर)
    .other = इतर
question-playground-damaged-unsafe = आत्ता ते वापरल्यास कोणाला इजा होऊ शकते का?
    .yes = हो
    .no = नाही
    .unsure = खात्री नाही

## उद्यानात तंबू किंवा वस्ती
question-park-encampment-tent_count = तिथे साधारण किती तंबू किंवा रचना आहेत?
question-park-encampment-details = मदत कर्मचाऱ्यांना माहीत असायला हवे असे काही आहे का, उदा. आग किंवा सुरक्षेशी संबंधित इतर चिंता?

## रस्त्यावर किंवा पदपथावर मेलेला प्राणी
question-dead-animal-road-animal_type = तो कोणत्या प्रकारचा प्राणी आहे (उदा. रॅकून, खार किंवा मांजर)?
question-dead-animal-road-animal_size = तो किती मोठा आहे?
    .small = लहान (खार, पक्षी)
    .medium = मध्यम (रॅकून, मांजर)
    .large = मोठा (हरीण, कोयोट, कुत्रा)

## जखमी किंवा आजारी वन्य प्राणी
question-injured-wildlife-animal_type = तो कोणत्या प्रकारचा प्राणी आहे?
question-injured-wildlife-condition = प्राण्याला काय होत आहे?
    .injured = जखमी आहे
    .sick = आजारी आहे किंवा विचित्र वागत आहे
    .trapped = अडकला आहे किंवा गुंतला आहे
    .orphaned = एकटे असल्यासारखे दिसणारे प्राण्याचे पिल्लू

## भटका किंवा मोकाट कुत्रा
question-stray-dog-dog_contained = कुत्रा कुठे बंदिस्त आहे का, उदा. अंगणात किंवा पट्ट्याने बांधलेला?
    .yes = हो
    .no = नाही

## कुत्रा चावणे किंवा हल्ला
question-dog-bite-incident_time = हे कधी घडले?
question-dog-bite-victim = कोणाला चावले किंवा कोणावर हल्ला झाला?
    .person = एखाद्या व्यक्तीला
    .dog = दुसऱ्या कुत्र्याला
    .other-animal = दुसऱ्या प्राण्याला

## पट्टा नसलेला कुत्रा
question-dog-off-leash-usual_time = हे सहसा कधी घडते (उदा. आठवड्याच्या कामाच्या दिवशी सकाळी)?

## आवाजाची तक्रार
question-noise-noise_source = आवाज कशाचा आहे?
    .amplified-sound = संगीत किंवा ध्वनिवर्धकाचा आवाज
    .construction = बांधकाम
    .barking = भुंकणारा कुत्रा
    .equipment = एअर कंडिशनर, पंखा किंवा इतर यंत्र
    .vehicle = उभ्या जागी चालू ठेवलेली किंवा इंजिन जोरात वाजवणारी वाहने
    .other = इतर
question-noise-ongoing = आवाज आत्ता होत आहे का?
    .now = हो, आत्ता
    .recurring = हे नियमितपणे होते
    .past = तो थांबला आहे
question-noise-noise_times = आवाज कधी होतो आणि किती वेळ चालतो ते सांगा.

## मालमत्ता मानकांची तातडीची समस्या
question-property-standards-urgent-issue = तातडीची समस्या कोणती आहे?
    .no-heat = हीटिंग नाही किंवा पुरेसे हीटिंग नाही
    .no-water = पाणी नाही
    .no-power = वीज नाही
    .lock = प्रवेशद्वाराचे कुलूप तुटलेले आहे
    .structure = असुरक्षित बांधकाम, बाल्कनी किंवा जिना
question-property-standards-urgent-is_tenant = तुम्ही या इमारतीत भाडेकरू आहात का?
    .yes = हो
    .no = नाही
question-property-standards-urgent-unit_number = तुमचा युनिट क्रमांक काय आहे?

## मालमत्ता मानकांची तक्रार
question-property-standards-issues = कोणत्या समस्या आहेत?
    .pests = कीटक (उंदीर, झुरळे, ढेकूण)
    .mould = बुरशी
    .windows-doors = तुटलेल्या खिडक्या किंवा दरवाजे
    .leaks = छप्पर किंवा भिंतींमधून गळती
    .stairs-railings = खराब झालेले जिने किंवा कठडे
    .exterior = इमारतीचा बाहेरील भाग दुरवस्थेत
    .other = इतर
question-property-standards-landlord_notified = तुम्ही भाडेकरू असल्यास, तुम्ही तुमच्या घरमालकाला लेखी कळवले आहे का?
    .yes = हो
    .no = नाही
    .not-tenant = मी भाडेकरू नाही
question-property-standards-details = समस्येचे वर्णन करा आणि ती किती काळापासून आहे ते सांगा.

## खासगी मालमत्तेवर सोडून दिलेले वाहन
question-abandoned-vehicle-licence_plate = वाहनाला नंबर प्लेट असल्यास, ती काय आहे?
question-abandoned-vehicle-vehicle_description = वाहनाचे वर्णन करा (रंग, कंपनी, प्रकार).
