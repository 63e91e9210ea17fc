### कैटलॉग के प्रश्न: हर सेवा प्रकार के अतिरिक्त प्रश्न (Open311 विशेषताएँ), और
### सूची वाले प्रश्नों के लिए दिए गए उत्तर, जिनके नाम उनकी कुंजियों पर रखे गए हैं।

## सड़क में गड्ढा
question-pothole-size = गड्ढा लगभग कितना बड़ा है?
    .small = खाने की प्लेट से छोटा
    .medium = लगभग कार के टायर जितना
    .large = कार के टायर से बड़ा
question-pothole-lane = यह सड़क के किस हिस्से में है?
    .curb-lane = कर्ब के पास वाली लेन
    .centre-lane = बीच वाली या ओवरटेक करने वाली लेन
    .turn-lane = मुड़ने वाली लेन
    .bike-lane = साइकिल लेन
    .laneway = गली

## सड़क पर ख़तरा
question-road-hazard-hazard_type = ख़तरा क्या है?
    .road-collapse = सड़क की सतह धँस गई है या गड्ढा बन गया है
    .missing-cover = मैनहोल या जाली का ढक्कन गायब है या टूटा है
    .debris = लेन में बड़ा मलबा
    .spill = कुछ गिरा हुआ है या फिसलन वाला पदार्थ
    .other = कुछ और

## टूटा हुआ फुटपाथ
question-sidewalk-damaged-damage = फुटपाथ में क्या ख़राबी है?
    .cracked = दरार है
    .lifted = पटियाएँ उठी हुई हैं या ऊँची-नीची हैं
    .sunken = धँसा हुआ या खोखला है
    .missing = कुछ टुकड़े गायब हैं
    .curb-ramp = कर्ब रैंप टूटा हुआ है
question-sidewalk-damaged-trip_height = ऊँचे-नीचे किनारे की ऊँचाई लगभग कितने सेंटीमीटर है?

## साइकिल लेन में रुकावट
question-bike-lane-obstruction-obstruction = साइकिल लेन को क्या रोक रहा है?
    .debris = मलबा या कचरा
    .construction = निर्माण सामग्री या उपकरण
    .bins = कचरे या रीसाइक्लिंग के डिब्बे
    .bollard = टूटा हुआ या गिरा हुआ छोटा खंभा (बोलार्ड)
    .other = कुछ और

## रिहायशी सड़क पर बहुत देर से खड़ी गाड़ी
question-long-term-parking-licence_plate = अगर आपको दिख रही है, तो गाड़ी की नंबर प्लेट क्या है?
question-long-term-parking-vehicle_description = गाड़ी का विवरण दें (रंग, कंपनी, प्रकार)।
question-long-term-parking-days_parked = गाड़ी वहाँ लगभग कितने दिनों से खड़ी है?

## स्ट्रीट लाइट बंद है
question-streetlight-out-light_problem = लाइट में क्या ख़राबी है?
    .out = लाइट बंद है
    .flickering = टिमटिमा रही है या बार-बार जल-बुझ रही है
    .day-burning = दिन में जल रही है
    .several-out = एक कतार में कई लाइटें बंद हैं
question-streetlight-out-pole_number = अगर खंभे पर नंबर वाला टैग है, तो उस पर क्या लिखा है?

## टूटा हुआ या गायब साइन बोर्ड
question-sign-damaged-sign_type = यह किस तरह का साइन बोर्ड है?
    .street-name = सड़क का नाम
    .parking = पार्किंग
    .speed-limit = गति सीमा
    .warning = चेतावनी का साइन (मोड़, स्कूल ज़ोन और इसी तरह के)
    .other = अन्य
question-sign-damaged-sign_condition = इसमें क्या ख़राबी है?
    .bent = मुड़ा हुआ है या गिरा हुआ है
    .faded = फीका है या मुश्किल से पढ़ा जाता है
    .turned = ग़लत दिशा में घूमा हुआ है
    .blocked = डालियों से ढका हुआ है
    .missing = गायब है

## ट्रैफ़िक सिग्नल काम नहीं कर रहा
question-traffic-signal-malfunction-signal_problem = सिग्नल क्या कर रहा है?
    .dark = पूरी तरह बंद है
    .flashing = लाल या पीली बत्ती झपक रही है
    .stuck = एक ही रंग पर अटका हुआ है
    .damaged = गिरा हुआ है या टूटा हुआ है
    .turned = ग़लत दिशा में घूमा हुआ है
question-traffic-signal-malfunction-direction = किस दिशा में जाने वाला यातायात प्रभावित है (उदाहरण के लिए, उत्तर की ओर)?

## यातायात सुरक्षा की चिंता
question-traffic-safety-concern-concern = आपकी चिंताएँ क्या हैं?
    .speeding = तेज़ रफ़्तार
    .signal-timing = सिग्नल का समय
    .visibility = साफ़ दिखाई नहीं देता
    .crossing = पार करना मुश्किल है
    .cut-through = शॉर्टकट के लिए गुज़रने वाला यातायात
question-traffic-safety-concern-details = हमें और बताएँ: यह कब होता है, और किस पर असर पड़ता है?

## फुटपाथ से बर्फ़ नहीं हटाई गई
question-snow-sidewalk-condition = फुटपाथ की हालत कैसी है?
    .snow = बर्फ़ से ढका हुआ
    .ice = बर्फ़ जमी हुई और फिसलन वाला
    .snowbank = सड़क से हटाई गई बर्फ़ के ढेर से बंद

## कचरा नहीं उठाया गया
question-missed-garbage-collection_day = आपके संग्रह का तय दिन कौन-सा था?
question-missed-garbage-set_out = क्या डिब्बा सुबह 7 बजे तक कर्ब पर रखा था?
    .yes = हाँ
    .no = नहीं

## रीसाइक्लिंग नहीं उठाई गई
question-missed-recycling-collection_day = आपके संग्रह का तय दिन कौन-सा था?
question-missed-recycling-set_out = क्या डिब्बा सुबह 7 बजे तक कर्ब पर रखा था?
    .yes = हाँ
    .no = नहीं

## ग्रीन बिन नहीं उठाया गया
question-missed-green-bin-collection_day = आपके संग्रह का तय दिन कौन-सा था?
question-missed-green-bin-set_out = क्या डिब्बा सुबह 7 बजे तक कर्ब पर रखा था?
    .yes = हाँ
    .no = नहीं

## टूटा हुआ डिब्बा
question-bin-damaged-bin_type = कौन-सा डिब्बा टूटा है?
    .garbage = कचरे का डिब्बा
    .recycling = नीला डिब्बा (रीसाइक्लिंग)
    .green-bin = ग्रीन बिन (जैविक कचरा)
question-bin-damaged-damage = क्या टूटा है?
    .lid = ढक्कन
    .wheels = पहिया या धुरा
    .handle = हैंडल
    .body = डिब्बे में दरार
    .latch = जानवरों से बचाने वाली कुंडी
question-bin-damaged-bin_serial = अगर आप पढ़ सकते हैं, तो डिब्बे पर छपा सीरियल नंबर क्या है?

## बड़ा सामान उठवाना
question-bulky-item-pickup-item_types = आप क्या बाहर रखेंगे?
    .furniture = फ़र्नीचर
    .mattress = गद्दा या बॉक्स स्प्रिंग
    .appliance = चूल्हा, वॉशिंग मशीन, ड्रायर या डिशवॉशर
    .refrigerant = फ़्रिज, फ़्रीज़र या एयर कंडीशनर
    .carpet = कालीन या दरी
    .other = अन्य बड़ा सामान
question-bulky-item-pickup-item_count = आप कितनी चीज़ें बाहर रखेंगे?

## शहर की संपत्ति पर ग्रैफ़िटी
question-graffiti-city-property-surface = कौन-सी सतहें ढकी हुई हैं?
    .wall = दीवार या इमारत
    .bridge = पुल या अंडरपास
    .fence = बाड़
    .sign-pole = साइन बोर्ड या खंभा
    .box = बिजली-पानी जैसी सेवाओं का या सिग्नल का बॉक्स
    .other = अन्य

## सड़क संकेतों, खंभों या सिग्नल बॉक्स पर ग्रैफ़िटी
question-graffiti-road-assets-asset_type = ग्रैफ़िटी किस चीज़ पर है?
    .sign = सड़क संकेत
    .signal-box = ट्रैफ़िक सिग्नल बॉक्स
    .pole = खंभा
    .retaining-wall = सहारा देने वाली दीवार या शोर रोकने वाली दीवार
    .bridge = पुल या अंडरपास
    .other = कुछ और

## निजी संपत्ति पर ग्रैफ़िटी
question-graffiti-private-property-surface = कौन-सी सतहें ढकी हुई हैं?
    .wall = दीवार
    .fence = बाड़
    .garage-door = गैराज का दरवाज़ा
    .window = खिड़की या दरवाज़ा
    .other = अन्य
question-graffiti-private-property-is_owner = क्या आप इस संपत्ति के मालिक हैं?
    .yes = हाँ
    .no = नहीं

## नफ़रत या गिरोह वाली ग्रैफ़िटी
question-graffiti-hate-police_reported = क्या आपने इसकी रिपोर्ट टोरंटो पुलिस को की है?
    .yes = हाँ
    .no = नहीं
question-graffiti-hate-police_reference = अगर आपके पास है, तो पुलिस रिपोर्ट नंबर क्या है?

## अवैध रूप से कचरा फेंकना
question-illegal-dumping-item_types = क्या फेंका गया था?
    .household = घरेलू कचरे के थैले
    .furniture = फ़र्नीचर
    .mattress = गद्दा
    .tires = टायर
    .construction = निर्माण या मरम्मत का मलबा
    .electronics = इलेक्ट्रॉनिक सामान
    .hazardous = पेंट, रसायन या अन्य ख़तरनाक कचरा
    .other = अन्य
question-illegal-dumping-noticed_at = आपने इसे कब देखा, या किसी को इसे फेंकते हुए कब देखा?
question-illegal-dumping-witness = अगर आपने देखा कि इसे किसने फेंका, तो उस व्यक्ति या गाड़ी का विवरण दें। उनके पास न जाएँ।

## छोड़ी हुई साइकिल
question-abandoned-bike-bike_condition = इसकी हालत कैसी है?
    .missing-wheel = एक पहिया गायब है
    .missing-parts = सीट या हैंडल गायब है
    .flat-tires = टायर पंक्चर हैं या उनमें हवा नहीं है
    .rusted = चेन या पुर्ज़ों में जंग लगी है
    .bent-frame = फ़्रेम मुड़ा हुआ या टूटा हुआ है

## पानी की मुख्य पाइपलाइन फटना
question-water-main-break-water_flow = कितना पानी बह रहा है?
    .trickle = थोड़ा-थोड़ा रिस रहा है या ज़मीन गीली है
    .steady = लगातार धार बह रही है
    .gushing = तेज़ी से निकल रहा है या सड़क पर पानी भर रहा है

## पानी नहीं आ रहा
question-no-water-neighbours_affected = क्या आपके पड़ोसियों के यहाँ भी पानी नहीं आ रहा है?
    .yes = हाँ
    .no = नहीं
    .unknown = मुझे नहीं पता
question-no-water-started_at = पानी कब से बंद है?

## सीवर का पानी वापस आना या तहख़ाने में पानी भरना
question-sewer-backup-water_depth = पानी लगभग कितने सेंटीमीटर गहरा है?
question-sewer-backup-backwater_valve = क्या संपत्ति में बैकवॉटर वाल्व (पानी को वापस आने से रोकने वाला वाल्व) लगा है?
    .yes = हाँ
    .no = नहीं
    .unknown = मुझे नहीं पता

## बंद नाली (कैच बेसिन)
question-catch-basin-blocked-ponding = क्या पानी जमा हो रहा है?
    .none = नहीं, अभी नहीं
    .road = सड़क पर पानी जमा है
    .sidewalk = पानी फुटपाथ या किसी संपत्ति तक फैल रहा है

## टूटा हुआ या रिसता हुआ फ़ायर हाइड्रेंट
question-fire-hydrant-damaged-hydrant_problem = हाइड्रेंट में क्या ख़राबी है?
    .knocked-over = गिरा हुआ है या उसे टक्कर लगी है
    .leaking = रिस रहा है
    .missing-cap = ढक्कन गायब है
    .blocked = रुकावट है या छिपा हुआ है
    .paint = ग्रैफ़िटी या पेंट

## बदरंग या ख़राब स्वाद वाला पानी
question-water-quality-water_issue = आपको क्या दिख रहा है?
    .brown = भूरा या पीला
    .cloudy = धुँधला या दूधिया
    .taste = अजीब स्वाद
    .smell = अजीब गंध
    .particles = कण या तलछट

## पेड़ गिरा हुआ या टूटा हुआ (आपात स्थिति)
question-tree-emergency-blocking = किस पर असर पड़ा है?
    .road = सड़क
    .sidewalk = फुटपाथ
    .driveway = ड्राइववे
    .building = घर या इमारत
    .vehicle = गाड़ी
    .wires = तार
    .nothing = अभी किसी पर नहीं, लेकिन यह गिर सकता है

## पेड़ की छँटाई (गैर-आपातकालीन)
question-tree-pruning-reason = पेड़ की छँटाई क्यों ज़रूरी है?
    .low-branches = फुटपाथ या सड़क पर नीचे लटकती डालें
    .blocking = साइन बोर्ड या स्ट्रीट लाइट को ढक रहा है
    .touching-building = घर या इमारत को छू रहा है
    .dead-branches = सूखी डालें

## पार्क के शौचालय में समस्या
question-park-washroom-issue = समस्या क्या है?
    .dirty = गंदा है
    .supplies = साबुन, पेपर टॉवल या टॉयलेट पेपर नहीं है
    .locked = खुलने के समय में भी बंद है
    .broken = टॉयलेट, सिंक या दरवाज़ा टूटा है
    .leak = रिसाव है या पानी भरा है

## खेल के मैदान का टूटा हुआ सामान
question-playground-damaged-equipment = कौन-सा सामान?
    .swing = झूला
    .slide = फिसलपट्टी
    .climber = चढ़ने का ढाँचा या खेलने का ढाँचा
    .surface = ज़मीन की सतह (रेत, लकड़ी की छीलन या रबर)
    .other = अन्य
question-playground-damaged-unsafe = क्या अभी इसका उपयोग करने से किसी को चोट लग सकती है?
    .yes = हाँ
    .no = नहीं
    .unsure = पक्का नहीं पता

## पार्क में तंबू या डेरा
question-park-encampment-tent_count = वहाँ लगभग कितने तंबू या ढाँचे हैं?
question-park-encampment-details = क्या कोई ऐसी बात है जो सहायता कर्मचारियों को पता होनी चाहिए, जैसे आग या सुरक्षा से जुड़ी कोई और चिंता?

## सड़क या फुटपाथ पर मरा हुआ जानवर
question-dead-animal-road-animal_type = यह किस तरह का जानवर है (उदाहरण के लिए, रैकून, गिलहरी या बिल्ली)?
question-dead-animal-road-animal_size = यह कितना बड़ा है?
    .small = छोटा (गिलहरी, पक्षी)
    .medium = मध्यम (रैकून, बिल्ली)
    .large = बड़ा (हिरण, कोयोट, कुत्ता)

## घायल या बीमार जंगली जानवर
question-injured-wildlife-animal_type = यह किस तरह का जानवर है?
question-injured-wildlife-condition = जानवर को क्या हो रहा है?
    .injured = घायल है
    .sick = बीमार है या अजीब व्यवहार कर रहा है
    .trapped = फँसा हुआ है या उलझा हुआ है
    .orphaned = कोई बच्चा जानवर जो अकेला लगता है

## आवारा या खुला घूमता कुत्ता
question-stray-dog-dog_contained = क्या कुत्ता कहीं बंद है या बँधा है, जैसे किसी आँगन में या पट्टे से?
    .yes = हाँ
    .no = नहीं

## कुत्ते का काटना या हमला
question-dog-bite-incident_time = यह कब हुआ?
question-dog-bite-victim = किसे काटा गया या किस पर हमला हुआ?
    .person = किसी व्यक्ति को
    .dog = किसी दूसरे कुत्ते को
    .other-animal = किसी दूसरे जानवर को

## बिना पट्टे का कुत्ता
question-dog-off-leash-usual_time = यह आमतौर पर कब होता है (उदाहरण के लिए, कामकाजी दिनों में सुबह)?

## शोर की शिकायत
question-noise-noise_source = शोर किससे हो रहा है?
    .amplified-sound = संगीत या लाउडस्पीकर की आवाज़
    .construction = निर्माण कार्य
    .barking = भौंकता कुत्ता
    .equipment = एयर कंडीशनर, पंखा या कोई अन्य मशीन
    .vehicle = खड़ी चालू गाड़ियाँ या बार-बार इंजन तेज़ करती गाड़ियाँ
    .other = अन्य
question-noise-ongoing = क्या शोर अभी हो रहा है?
    .now = हाँ, अभी
    .recurring = यह बार-बार होता है
    .past = यह बंद हो गया है
question-noise-noise_times = बताएँ कि शोर कब होता है और कितनी देर तक रहता है।

## संपत्ति मानकों की ज़रूरी समस्या
question-property-standards-urgent-issue = ज़रूरी समस्या क्या है?
    .no-heat = हीटिंग नहीं है या काफ़ी नहीं है
    .no-water = पानी नहीं है
    .no-power = बिजली नहीं है
    .lock = मुख्य दरवाज़े का ताला टूटा है
    .structure = असुरक्षित ढाँचा, बालकनी या सीढ़ियाँ
question-property-standards-urgent-is_tenant = क्या आप इस इमारत में किराएदार हैं?
    .yes = हाँ
    .no = नहीं
question-property-standards-urgent-unit_number = आपकी यूनिट का नंबर क्या है?

## संपत्ति मानकों की शिकायत
question-property-standards-issues = क्या-क्या समस्याएँ हैं?
    .pests = कीड़े-मकोड़े (चूहे, कॉकरोच, खटमल)
    .mould = फफूँद
    .windows-doors = टूटी खिड़कियाँ या दरवाज़े
    .leaks = छत या दीवारों से रिसाव
    .stairs-railings = टूटी सीढ़ियाँ या रेलिंग
    .exterior = इमारत का बाहरी हिस्सा ख़राब हालत में
    .other = अन्य
question-property-standards-landlord_notified = अगर आप किराएदार हैं, तो क्या आपने अपने मकान-मालिक को लिखित में बताया है?
    .yes = हाँ
    .no = नहीं
    .not-tenant = मैं किराएदार नहीं हूँ
question-property-standards-details = समस्या का वर्णन करें और बताएँ कि यह कितने समय से है।

## निजी संपत्ति पर छोड़ी गई गाड़ी
question-abandoned-vehicle-licence_plate = अगर गाड़ी पर नंबर प्लेट है, तो वह क्या है?
question-abandoned-vehicle-vehicle_description = गाड़ी का विवरण दें (रंग, कंपनी, प्रकार)।
