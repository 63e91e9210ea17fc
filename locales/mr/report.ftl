### समस्या कळवणे: /report पाने, त्यांतील त्रुटी, नकाशा आणि फोटो.

report-page-title = {$heading} – { -product-name }
report-caption = समस्या कळवा
report-unavailable = तक्रारीचा फॉर्म सध्या दाखवता येत नाही. कृपया काही मिनिटांनी पुन्हा प्रयत्न करा.
report-continue = पुढे जा
report-optional = { $label } (ऐच्छिक)

## सेवा निवडणे
report-choose-heading = तुम्हाला कशाबद्दल कळवायचे आहे?
report-choose-intro = तुमच्या स्वतःच्या शब्दांत शोधा, किंवा खालील विषयांमधून निवडा.
report-start-button = आता सुरू करा
report-choose-other = दुसरे काहीतरी कळवा
report-not-found-heading = आम्हाला ही तक्रार सापडत नाही
report-not-found-body = लिंक अपूर्ण असू शकते किंवा चुकीची टाइप केलेली असू शकते.
report-start-again = नवीन तक्रार सुरू करा

## मालकी कोणाची, आणि द्वेषातून केलेली ग्रॅफिटी
report-owner-question = ज्या वस्तूमध्ये समस्या आहे, ती कोणाच्या मालकीची आहे?
report-owner-hint = त्यावर एखादा लोगो किंवा लेबल आहे का ते पहा. महानगरपालिका फक्त तिच्या मालकीच्या वस्तूच दुरुस्त करू शकते.
report-owner-city = टोरंटो महानगरपालिका, उदाहरणार्थ महानगरपालिकेची भिंत, पूल, फलक किंवा कचरापेटी
report-owner-unknown = मला माहीत नाही
report-owner-bell = Bell Canada: टेलिफोन बूथ, Bell चे खांब आणि कॅबिनेट
report-owner-rogers = Rogers: केबल बॉक्स आणि कॅबिनेट
report-owner-toronto-hydro = Toronto Hydro: विजेचे खांब, ट्रान्सफॉर्मर आणि विजेचे बॉक्स
report-owner-canada-post = Canada Post: टपालपेट्या आणि पार्सल लॉकर
report-owner-ttc = TTC: प्रवासी निवारे, स्थानके आणि वाहने
report-error-owner = ती कोणाच्या मालकीची आहे ते निवडा, किंवा “मला माहीत नाही” निवडा
report-referral-heading = हे दुरुस्त करणे महानगरपालिकेचे काम नाही
report-referral-intro = महानगरपालिका फक्त तिच्या मालकीच्या वस्तूंचीच दुरुस्ती किंवा स्वच्छता करू शकते, त्यामुळे कोणतीही सेवा विनंती तयार केली गेली नाही. कृपया याबद्दल मालकाला कळवा.
report-referral-bell = Bell Canada: 1-866-310-2355 वर कॉल करा.
report-referral-rogers = Rogers: 1-888-764-3771 वर कॉल करा.
report-referral-toronto-hydro = Toronto Hydro: 416-542-8000 वर कॉल करा. तारा तुटून खाली पडल्या असतील किंवा त्यांतून ठिणग्या पडत असतील, तर 10 मीटर दूर राहा आणि 911 वर कॉल करा.
report-referral-canada-post = Canada Post: 1-866-607-6301 वर कॉल करा.
report-referral-ttc = TTC: ग्राहक सेवेला 416-393-3030 वर कॉल करा.
report-hate-heading = द्वेषातून केलेली ग्रॅफिटी
report-hate-police = जर ग्रॅफिटी लोकांना त्यांचा वंश, धर्म, वांशिक मूळ, लैंगिक कल, लिंग किंवा अपंगत्व यांमुळे लक्ष्य करत असेल, तर आधी Toronto Police (टोरंटो पोलीस) ला कळवा: आणीबाणी नसलेल्या 416-808-2222 या क्रमांकावर कॉल करा, किंवा कोणी धोक्यात असेल तर 911 वर कॉल करा. ग्रॅफिटी काढण्यापूर्वी पोलीस तिची संभाव्य द्वेषमूलक गुन्हा म्हणून नोंद करतात.
report-hate-then = मग इथे कळवा, म्हणजे महानगरपालिका ती लवकर काढू शकेल.

## ठिकाण
report-location-heading = समस्या कुठे आहे?
report-location-current = निवडलेले ठिकाण
report-location-address = { $address }, प्रभाग { $ward }
report-location-pin = { $lat }, { $long } येथे पिन, प्रभाग { $ward }
report-map-heading = नकाशावर पिन लावा
report-map-hint = नकाशावर समस्या असलेल्या ठिकाणी क्लिक किंवा टॅप करा, मग पिन ओढून तिची जागा नीट करा. कीबोर्ड वापरत असल्यास, बाणांच्या कळांनी नकाशा हलवा, मग “पिन नकाशाच्या मध्यभागी लावा” निवडा.
report-map-label = नकाशा
report-map-pin = समस्येचे ठिकाण
report-map-pin-at = पिन { $lat }, { $long } येथे लावली
report-map-no-pin = अजून पिन लावलेली नाही
report-map-locate = माझे ठिकाण वापरा
report-map-locate-failed = तुमचे ठिकाण शोधता आले नाही. नकाशावर पिन लावा किंवा पत्ता टाइप करा.
report-map-centre = पिन नकाशाच्या मध्यभागी लावा
report-map-use = या पिनचे ठिकाण वापरा
report-address-heading = किंवा पत्ता किंवा चौक टाइप करा
report-place-label = रस्ता, चौक किंवा ठिकाण
report-place-hint = उदाहरणार्थ: Queen St W & Spadina Ave, किंवा Nathan Phillips Square
report-place-find = शोधा
report-place-none = “{ $query }” शी काहीही जुळत नाही. शुद्धलेखन तपासा, किंवा सर्वात जवळचा चौक टाइप करून पहा.
report-place-choose = सर्वात जवळचा जुळणारा पर्याय निवडा
report-place-use = हे ठिकाण वापरा
report-place-kind-street = रस्ता
report-place-kind-intersection = चौक
report-place-kind-place = ठिकाण
report-error-outside-city = हे ठिकाण टोरंटो महानगरपालिकेच्या हद्दीबाहेर आहे. शहराच्या आतील ठिकाण निवडा.
report-error-pin-missing = नकाशावर पिन लावा, किंवा खाली पत्ता टाइप करा
report-error-place-choose = जुळणाऱ्या पर्यायांपैकी एक निवडा, किंवा पुन्हा शोधा
report-error-location-missing = रस्ता, चौक किंवा ठिकाण टाइप करा, किंवा नकाशावर पिन लावा

## तपशील आणि संपर्क
report-details-heading = आम्हाला समस्येबद्दल सांगा
report-field-description = समस्येचे वर्णन करा
report-description-hint = तुम्हाला काय दिसते, आणि कर्मचाऱ्यांना ते शोधायला मदत होईल अशी कोणतीही माहिती. कृपया वैयक्तिक माहिती लिहू नका.
report-contact-heading = तुमचे संपर्क तपशील (ऐच्छिक)
report-contact-hint = आम्ही ते फक्त या तक्रारीबद्दल तुमच्याशी संपर्क साधण्यासाठी वापरतो. ते कधीही सार्वजनिकपणे दाखवले जात नाहीत. नाव न सांगता तक्रार करायची असल्यास ते रिकामे ठेवा.
report-field-first-name = पहिले नाव
report-field-last-name = आडनाव
report-field-email = ईमेल पत्ता
report-field-phone = फोन नंबर
report-error-missing = “{ $field }” या प्रश्नाचे उत्तर द्या
report-error-number = “{ $field }” चे उत्तर 3 किंवा 2.5 यासारखी संख्या असणे आवश्यक आहे
report-error-too-long = “{ $field }” चे उत्तर { $max } अक्षरे किंवा त्यापेक्षा कमी असावे
report-error-choice = “{ $field }” साठी दिलेल्या उत्तरांपैकी एक निवडा
report-error-datetime = “{ $field }” साठी योग्य तारीख आणि वेळ लिहा
report-error-email = name@example.com यासारख्या योग्य स्वरूपात ईमेल पत्ता लिहा
report-error-phone = 416-392-2489 यासारखा 7 ते 15 अंकी फोन नंबर लिहा

## फोटो
report-photos-heading = फोटो
report-photos-required = या प्रकारच्या समस्येसाठी किमान एक फोटो आवश्यक आहे. त्यामुळे कर्मचाऱ्यांना ती शोधायला आणि दुरुस्त करायला मदत होते.
report-photos-optional = फोटो ऐच्छिक आहेत, पण त्यांमुळे कर्मचाऱ्यांना समस्या शोधायला आणि दुरुस्त करायला मदत होते.
report-photos-limits = तुम्ही JPEG, PNG किंवा WebP स्वरूपात जास्तीत जास्त { $count } फोटो जोडू शकता, प्रत्येक फोटो जास्तीत जास्त { $megabytes } MB चा. आम्ही ठेवत असलेल्या प्रतीमधून ठिकाण आणि कॅमेऱ्याचे तपशील काढून टाकतो.
report-photo-label = फोटो निवडा
report-photo-upload = फोटो अपलोड करा
report-photo-uploading = फोटो अपलोड होत आहे
report-photo-alt = फोटो { $number }
report-photo-remove = फोटो { $number } काढा
report-photo-has-location = फोटो { $number } मध्ये तो कुठे काढला गेला याची नोंद आहे.
report-photo-use-location = फोटो { $number } चे ठिकाण वापरा
report-photos-count =
    { $count ->
        [0] एकही फोटो नाही
        [one] { $count } फोटो
       *[other] { $count } फोटो
    }
report-error-photo-missing = अपलोड करण्यासाठी फोटो निवडा
report-error-photo-too-large = फोटो { $megabytes } MB पेक्षा लहान असावा
report-error-photo-type = फाइल JPEG, PNG किंवा WebP स्वरूपातील फोटो असावी
report-error-photo-dimensions = फोटोमध्ये खूप जास्त पिक्सेल आहेत. लहान फोटो निवडा.
report-error-photo-damaged = फोटो खराब झाला आहे आणि वाचता येत नाही. दुसरा फोटो निवडा.
report-error-photo-limit = तुम्ही जास्तीत जास्त { $count } फोटो जोडू शकता. आणखी एक जोडण्यासाठी एक फोटो काढा.
report-error-photo-required = किमान एक फोटो जोडा
report-error-photo-outside = हा फोटो जिथे काढला गेला ते ठिकाण टोरंटो महानगरपालिकेच्या हद्दीबाहेर आहे

## तपासणी, जवळपासच्या सारख्या तक्रारी, आणि पाठवणे
report-check-heading = तक्रार पाठवण्यापूर्वी तुमची उत्तरे तपासा
report-check-answers = तुमची उत्तरे
report-change = बदला
report-anonymous = दिलेले नाही: ही तक्रार निनावी आहे
report-submit-note = ही तक्रार पाठवून तुम्ही खात्री देता की तुमच्या माहितीनुसार ही माहिती बरोबर आहे.
report-submit = तक्रार पाठवा
report-nearby-heading = हे आधीच कळवले गेले आहे का?
report-nearby-intro = याच समस्येसाठीच्या या खुल्या विनंत्या 250 मीटरच्या आत आहेत. त्यांपैकी एखादी तुमचीच समस्या असल्यास, नवीन तक्रार पाठवण्याऐवजी ती फॉलो करा.
report-nearby-distance = सुमारे { $metres } मीटर दूर
report-nearby-reporters =
    { $count ->
        [one] { $count } व्यक्तीने कळवले
       *[other] { $count } लोकांनी कळवले
    }
report-me-too = माझीही हीच समस्या आहे: { $number } फॉलो करा
report-error-follow = ती विनंती आता फॉलो करता येणार नाही. त्याऐवजी तुमची स्वतःची तक्रार पाठवा.
report-sent-heading = तक्रार पाठवली
report-sent-number = तुमचा सेवा विनंती क्रमांक:
report-sent-next = हा क्रमांक जपून ठेवा. पुढे काय होते ते पाहण्यासाठी तुम्ही तो वापरू शकता.
report-sent-track = या विनंतीची स्थिती पहा
report-another = दुसरी समस्या कळवा
report-following-heading = तुम्ही { $number } फॉलो करत आहात
report-following-body = नवीन विनंती तयार करण्याऐवजी तुम्हाला या विनंतीमध्ये जोडले आहे. पुढे काय होते ते तिच्या स्थिती पानावर दिसते.
