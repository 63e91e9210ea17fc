### कोई समस्या बताना: /report पेज, उनकी त्रुटियाँ, नक्शा और फ़ोटो।

report-page-title = {$heading} – { -product-name }
report-caption = समस्या बताएँ
report-unavailable = रिपोर्ट फ़ॉर्म अभी नहीं दिखाया जा सकता। कृपया कुछ मिनट बाद फिर से कोशिश करें।
report-continue = आगे बढ़ें
report-optional = { $label } (वैकल्पिक)

## सेवा चुनना
report-choose-heading = आप किस बारे में रिपोर्ट करना चाहते हैं?
report-choose-intro = अपने शब्दों में खोजें, या नीचे दिए गए विषयों में से चुनें।
report-start-button = अभी शुरू करें
report-choose-other = कुछ और रिपोर्ट करें
report-not-found-heading = हमें यह रिपोर्ट नहीं मिल रही है
report-not-found-body = हो सकता है कि लिंक अधूरा हो या ग़लत लिखा गया हो।
report-start-again = नई रिपोर्ट शुरू करें

## यह किसकी है, और नफ़रत से प्रेरित ग्रैफ़िटी
report-owner-question = जिस चीज़ में समस्या है, वह किसकी है?
report-owner-hint = उस पर कोई लोगो या लेबल देखें। शहर केवल अपनी चीज़ों को ही ठीक कर सकता है।
report-owner-city = टोरंटो शहर, जैसे शहर की कोई दीवार, पुल, संकेत-बोर्ड या कूड़ेदान
report-owner-unknown = मुझे नहीं पता
report-owner-bell = Bell Canada: टेलीफ़ोन बूथ, Bell के खंभे और कैबिनेट
report-owner-rogers = Rogers: केबल बॉक्स और कैबिनेट
report-owner-toronto-hydro = Toronto Hydro: बिजली के खंभे, ट्रांसफ़ॉर्मर और बिजली के बॉक्स
report-owner-canada-post = Canada Post: डाक पेटियाँ और पार्सल लॉकर
report-owner-ttc = TTC: यात्री प्रतीक्षा शेल्टर, स्टेशन और वाहन
report-error-owner = चुनें कि यह किसकी है, या “मुझे नहीं पता” चुनें
report-referral-heading = इसे ठीक करना शहर की ज़िम्मेदारी नहीं है
report-referral-intro = शहर केवल अपनी चीज़ों की ही मरम्मत या सफ़ाई कर सकता है, इसलिए कोई सेवा अनुरोध नहीं बनाया गया। कृपया इसकी रिपोर्ट इसके मालिक को करें।
report-referral-bell = Bell Canada: 1-866-310-2355 पर कॉल करें।
report-referral-rogers = Rogers: 1-888-764-3771 पर कॉल करें।
report-referral-toronto-hydro = Toronto Hydro: 416-542-8000 पर कॉल करें। अगर तार नीचे गिरे हुए हैं या उनसे चिंगारियाँ निकल रही हैं, तो 10 मीटर दूर रहें और 911 पर कॉल करें।
report-referral-canada-post = Canada Post: 1-866-607-6301 पर कॉल करें।
report-referral-ttc = TTC: ग्राहक सेवा को 416-393-3030 पर कॉल करें।
report-hate-heading = नफ़रत से प्रेरित ग्रैफ़िटी
report-hate-police = अगर ग्रैफ़िटी लोगों को उनकी नस्ल, धर्म, जातीय मूल, यौन अभिविन्यास, जेंडर या विकलांगता के कारण निशाना बनाती है, तो पहले इसकी रिपोर्ट Toronto Police (टोरंटो पुलिस) को करें: गैर-आपातकालीन लाइन 416-808-2222 पर कॉल करें, या अगर किसी की जान को ख़तरा है तो 911 पर कॉल करें। ग्रैफ़िटी हटाए जाने से पहले पुलिस इसे संभावित नफ़रती अपराध के रूप में दर्ज करती है।
report-hate-then = फिर इसकी रिपोर्ट यहाँ करें, ताकि शहर इसे जल्दी हटा सके।

## स्थान
report-location-heading = समस्या कहाँ है?
report-location-current = चुना गया स्थान
report-location-address = { $address }, वार्ड { $ward }
report-location-pin = { $lat }, { $long } पर पिन, वार्ड { $ward }
report-map-heading = नक्शे पर पिन लगाएँ
report-map-hint = नक्शे पर उस जगह क्लिक या टैप करें जहाँ समस्या है, फिर पिन को खींचकर सही जगह पर रखें। कीबोर्ड से, तीर वाली कुंजियों से नक्शा खिसकाएँ, फिर “पिन को नक्शे के बीच में लगाएँ” चुनें।
report-map-label = नक्शा
report-map-pin = समस्या का स्थान
report-map-pin-at = पिन { $lat }, { $long } पर लगाया गया
report-map-no-pin = अभी तक कोई पिन नहीं लगाया गया
report-map-locate = मेरे स्थान का उपयोग करें
report-map-locate-failed = आपके स्थान का पता नहीं चल सका। नक्शे पर पिन लगाएँ या कोई पता लिखें।
report-map-centre = पिन को नक्शे के बीच में लगाएँ
report-map-use = इस पिन के स्थान का उपयोग करें
report-address-heading = या कोई पता या चौराहा लिखें
report-place-label = सड़क, चौराहा या जगह
report-place-hint = उदाहरण के लिए: Queen St W & Spadina Ave, या Nathan Phillips Square
report-place-find = खोजें
report-place-none = “{ $query }” से कुछ भी मेल नहीं खाता। वर्तनी जाँचें, या सबसे नज़दीकी चौराहा लिखकर देखें।
report-place-choose = सबसे मिलता-जुलता परिणाम चुनें
report-place-use = इस स्थान का उपयोग करें
report-place-kind-street = सड़क
report-place-kind-intersection = चौराहा
report-place-kind-place = जगह
report-error-outside-city = यह स्थान टोरंटो शहर की सीमा से बाहर है। शहर के अंदर की कोई जगह चुनें।
report-error-pin-missing = नक्शे पर पिन लगाएँ, या नीचे कोई पता लिखें
report-error-place-choose = मेल खाने वाले परिणामों में से एक चुनें, या फिर से खोजें
report-error-location-missing = कोई सड़क, चौराहा या जगह लिखें, या नक्शे पर पिन लगाएँ

## विवरण और संपर्क
report-details-heading = हमें समस्या के बारे में बताएँ
report-field-description = समस्या का वर्णन करें
report-description-hint = आपको क्या दिख रहा है, और ऐसी कोई भी बात जिससे कर्मचारियों को इसे ढूँढने में मदद मिले। कृपया कोई निजी जानकारी न लिखें।
report-contact-heading = आपकी संपर्क जानकारी (वैकल्पिक)
report-contact-hint = हम इसका उपयोग केवल इस रिपोर्ट के बारे में आपसे संपर्क करने के लिए करते हैं। इसे कभी भी सार्वजनिक रूप से नहीं दिखाया जाता। बिना नाम बताए रिपोर्ट करने के लिए इन्हें खाली छोड़ दें।
report-field-first-name = पहला नाम
report-field-last-name = उपनाम
report-field-email = ईमेल पता
report-field-phone = फ़ोन नंबर
report-error-missing = “{ $field }” प्रश्न का उत्तर दें
report-error-number = “{ $field }” का उत्तर कोई संख्या होना चाहिए, जैसे 3 या 2.5
report-error-too-long = “{ $field }” का उत्तर { $max } अक्षरों या उससे कम का होना चाहिए
report-error-choice = “{ $field }” के लिए दिए गए उत्तरों में से एक चुनें
report-error-datetime = “{ $field }” के लिए सही तारीख़ और समय दर्ज करें
report-error-email = ईमेल पता सही प्रारूप में दर्ज करें, जैसे name@example.com
report-error-phone = 7 से 15 अंकों वाला फ़ोन नंबर दर्ज करें, जैसे 416-392-2489

## फ़ोटो
report-photos-heading = फ़ोटो
report-photos-required = इस तरह की समस्या के लिए कम से कम एक फ़ोटो ज़रूरी है। इससे कर्मचारियों को इसे ढूँढने और ठीक करने में मदद मिलती है।
report-photos-optional = फ़ोटो देना वैकल्पिक है, लेकिन इससे कर्मचारियों को समस्या ढूँढने और ठीक करने में मदद मिलती है।
report-photos-limits = आप JPEG, PNG या WebP प्रारूप में अधिकतम { $count } फ़ोटो जोड़ सकते हैं, हर फ़ोटो अधिकतम { $megabytes } MB की हो सकती है। हम अपने पास रखी जाने वाली कॉपी से स्थान और कैमरे की जानकारी हटा देते हैं।
report-photo-label = कोई फ़ोटो चुनें
report-photo-upload = फ़ोटो अपलोड करें
report-photo-uploading = फ़ोटो अपलोड हो रही है
report-photo-alt = फ़ोटो { $number }
report-photo-remove = फ़ोटो { $number } हटाएँ
report-photo-has-location = फ़ोटो { $number } में दर्ज है कि इसे कहाँ लिया गया था।
report-photo-use-location = फ़ोटो { $number } के स्थान का उपयोग करें
report-photos-count =
    { $count ->
        [0] कोई फ़ोटो नहीं
        [one] { $count } फ़ोटो
       *[other] { $count } फ़ोटो
    }
report-error-photo-missing = अपलोड करने के लिए कोई फ़ोटो चुनें
report-error-photo-too-large = फ़ोटो { $megabytes } MB से छोटी होनी चाहिए
report-error-photo-type = फ़ाइल JPEG, PNG या WebP प्रारूप में कोई फ़ोटो होनी चाहिए
report-error-photo-dimensions = इस फ़ोटो में बहुत ज़्यादा पिक्सेल हैं। कोई छोटी फ़ोटो चुनें।
report-error-photo-damaged = फ़ोटो ख़राब है और पढ़ी नहीं जा सकती। कोई दूसरी फ़ोटो चुनें।
report-error-photo-limit = आप अधिकतम { $count } फ़ोटो जोड़ सकते हैं। दूसरी फ़ोटो जोड़ने के लिए एक फ़ोटो हटाएँ।
report-error-photo-required = कम से कम एक फ़ोटो जोड़ें
report-error-photo-outside = जिस जगह यह फ़ोटो ली गई थी, वह टोरंटो शहर की सीमा से बाहर है

## जाँच, आस-पास की मिलती-जुलती रिपोर्टें, और भेजना
report-check-heading = अपनी रिपोर्ट भेजने से पहले अपने उत्तर जाँच लें
report-check-answers = आपके उत्तर
report-change = बदलें
report-anonymous = नहीं दी गई: यह रिपोर्ट गुमनाम है
report-submit-note = यह रिपोर्ट भेजकर आप पुष्टि करते हैं कि जहाँ तक आपको पता है, यह जानकारी सही है।
report-submit = रिपोर्ट भेजें
report-nearby-heading = क्या इसकी रिपोर्ट पहले ही की जा चुकी है?
report-nearby-intro = इसी समस्या के ये खुले अनुरोध 250 मीटर के भीतर हैं। अगर इनमें से कोई आपकी समस्या है, तो नई रिपोर्ट भेजने के बजाय उसी को फ़ॉलो करें।
report-nearby-distance = लगभग { $metres } मीटर दूर
report-nearby-reporters =
    { $count ->
        [one] { $count } व्यक्ति ने रिपोर्ट किया
       *[other] { $count } लोगों ने रिपोर्ट किया
    }
report-me-too = मेरी भी यही समस्या है: { $number } को फ़ॉलो करें
report-error-follow = उस अनुरोध को अब फ़ॉलो नहीं किया जा सकता। इसके बजाय अपनी रिपोर्ट भेजें।
report-sent-heading = रिपोर्ट भेज दी गई
report-sent-number = आपकी सेवा अनुरोध संख्या है:
report-sent-next = यह संख्या संभालकर रखें। इससे आप देख सकते हैं कि आगे क्या होता है।
report-sent-track = इस अनुरोध की स्थिति देखें
report-another = कोई दूसरी समस्या बताएँ
report-following-heading = आप { $number } को फ़ॉलो कर रहे हैं
report-following-body = नया अनुरोध बनाने के बजाय आपको इस अनुरोध से जोड़ दिया गया है। इसके स्थिति पेज पर दिखाई देता है कि आगे क्या होता है।
