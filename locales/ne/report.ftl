### समस्या रिपोर्ट गर्ने: /report पृष्ठहरू, तिनका त्रुटिहरू, नक्सा र फोटोहरू।

report-page-title = {$heading} – { -product-name }
report-caption = समस्या बताउनुहोस्
report-unavailable = रिपोर्ट फारम अहिले देखाउन सकिँदैन। कृपया केही मिनेटपछि फेरि प्रयास गर्नुहोस्।
report-continue = अगाडि बढ्नुहोस्
report-optional = { $label } (ऐच्छिक)

## सेवा छान्ने
report-choose-heading = तपाईं केबारे रिपोर्ट गर्न चाहनुहुन्छ?
report-choose-intro = आफ्नै शब्दमा खोज्नुहोस्, वा तलका विषयहरूबाट छान्नुहोस्।
report-start-button = अहिले सुरु गर्नुहोस्
report-choose-other = अरू केही रिपोर्ट गर्नुहोस्
report-not-found-heading = हामीले त्यो रिपोर्ट भेट्टाउन सकेनौं
report-not-found-body = लिङ्क अपूरो वा गलत टाइप गरिएको हुन सक्छ।
report-start-again = नयाँ रिपोर्ट सुरु गर्नुहोस्

## यो कसको स्वामित्वमा छ, र घृणाले प्रेरित ग्राफिटी
report-owner-question = समस्या भएको वस्तु कसको स्वामित्वमा छ?
report-owner-hint = त्यसमा कुनै लोगो वा लेबल छ कि हेर्नुहोस्। नगरपालिकाले आफ्नो स्वामित्वका वस्तुहरू मात्र मर्मत गर्न सक्छ।
report-owner-city = टोरन्टो नगरपालिका, जस्तै नगरपालिकाको पर्खाल, पुल, सङ्केत पाटी वा फोहोर फाल्ने भाँडो
report-owner-unknown = मलाई थाहा छैन
report-owner-bell = Bell Canada: टेलिफोन बुथ, Bell का खम्बा र क्याबिनेट
report-owner-rogers = Rogers: केबल बाकस र क्याबिनेट
report-owner-toronto-hydro = Toronto Hydro: बिजुलीका खम्बा, ट्रान्सफर्मर र बिजुलीका बाकस
report-owner-canada-post = Canada Post: हुलाक बाकस र पार्सल लकर
report-owner-ttc = TTC: यात्रु प्रतीक्षालय, स्टेसन र सवारी साधन
report-error-owner = यो कसको स्वामित्वमा छ छान्नुहोस्, वा “मलाई थाहा छैन” छान्नुहोस्
report-referral-heading = यो मर्मत गर्ने जिम्मा नगरपालिकाको होइन
report-referral-intro = नगरपालिकाले आफ्नो स्वामित्वका वस्तुहरू मात्र मर्मत वा सफा गर्न सक्छ, त्यसैले कुनै सेवा अनुरोध बनाइएन। कृपया यसबारे यसको धनीलाई रिपोर्ट गर्नुहोस्।
report-referral-bell = Bell Canada: 1-866-310-2355 मा फोन गर्नुहोस्।
report-referral-rogers = Rogers: 1-888-764-3771 मा फोन गर्नुहोस्।
report-referral-toronto-hydro = Toronto Hydro: 416-542-8000 मा फोन गर्नुहोस्। तार खसेका छन् वा तिनबाट झिल्का निस्किरहेका छन् भने 10 मिटर टाढा रहनुहोस् र 911 मा फोन गर्नुहोस्।
report-referral-canada-post = Canada Post: 1-866-607-6301 मा फोन गर्नुहोस्।
report-referral-ttc = TTC: ग्राहक सेवालाई 416-393-3030 मा फोन गर्नुहोस्।
report-hate-heading = घृणाले प्रेरित ग्राफिटी
report-hate-police = यदि ग्राफिटीले मानिसहरूलाई उनीहरूको जाति, धर्म, जातीय उत्पत्ति, यौन अभिमुखीकरण, लैङ्गिकता वा अपाङ्गताका कारण निशाना बनाउँछ भने, पहिले Toronto Police (टोरन्टो प्रहरी) लाई रिपोर्ट गर्नुहोस्: आपत्कालीन नभएको लाइन 416-808-2222 मा फोन गर्नुहोस्, वा कोही खतरामा छ भने 911 मा फोन गर्नुहोस्। ग्राफिटी हटाउनुअघि प्रहरीले यसलाई सम्भावित घृणा अपराधका रूपमा दर्ता गर्छ।
report-hate-then = त्यसपछि यहाँ रिपोर्ट गर्नुहोस्, ताकि नगरपालिकाले यसलाई छिटो हटाउन सकोस्।

## स्थान
report-location-heading = समस्या कहाँ छ?
report-location-current = छानिएको स्थान
report-location-address = { $address }, वडा { $ward }
report-location-pin = { $lat }, { $long } मा पिन, वडा { $ward }
report-map-heading = नक्सामा पिन राख्नुहोस्
report-map-hint = नक्सामा समस्या भएको ठाउँमा क्लिक वा ट्याप गर्नुहोस्, त्यसपछि पिनलाई तानेर ठीक ठाउँमा मिलाउनुहोस्। किबोर्डबाट, तीर कुञ्जीहरूले नक्सा सार्नुहोस्, त्यसपछि “पिनलाई नक्साको बीचमा राख्नुहोस्” छान्नुहोस्।
report-map-label = नक्सा
report-map-pin = समस्याको स्थान
report-map-pin-at = पिन { $lat }, { $long } मा राखियो
report-map-no-pin = अहिलेसम्म पिन राखिएको छैन
report-map-locate = मेरो स्थान प्रयोग गर्नुहोस्
report-map-locate-failed = तपाईंको स्थान पत्ता लगाउन सकिएन। नक्सामा पिन राख्नुहोस् वा ठेगाना लेख्नुहोस्।
report-map-centre = पिनलाई नक्साको बीचमा राख्नुहोस्
report-map-use = यो पिनको स्थान प्रयोग गर्नुहोस्
report-address-heading = वा ठेगाना वा चोक लेख्नुहोस्
report-place-label = सडक, चोक वा ठाउँ
report-place-hint = उदाहरणका लागि: Queen St W & Spadina Ave, वा Nathan Phillips Square
report-place-find = खोज्नुहोस्
report-place-none = “{ $query }” सँग केही पनि मिलेन। हिज्जे जाँच गर्नुहोस्, वा सबैभन्दा नजिकको चोक लेखेर हेर्नुहोस्।
report-place-choose = सबैभन्दा नजिकबाट मिल्ने नतिजा छान्नुहोस्
report-place-use = यो स्थान प्रयोग गर्नुहोस्
report-place-kind-street = सडक
report-place-kind-intersection = चोक
report-place-kind-place = ठाउँ
report-error-outside-city = यो स्थान टोरन्टो नगरपालिकाको क्षेत्रभन्दा बाहिर छ। नगरभित्रको कुनै ठाउँ छान्नुहोस्।
report-error-pin-missing = नक्सामा पिन राख्नुहोस्, वा तल ठेगाना लेख्नुहोस्
report-error-place-choose = मिल्ने नतिजाहरूमध्ये एउटा छान्नुहोस्, वा फेरि खोज्नुहोस्
report-error-location-missing = सडक, चोक वा ठाउँ लेख्नुहोस्, वा नक्सामा पिन राख्नुहोस्

## विवरण र सम्पर्क
report-details-heading = हामीलाई समस्याबारे बताउनुहोस्
report-field-description = समस्याको वर्णन गर्नुहोस्
report-description-hint = तपाईंले के देख्नुभएको छ, र कर्मचारीहरूलाई यो भेट्टाउन मद्दत गर्ने जुनसुकै कुरा। कृपया व्यक्तिगत जानकारी नलेख्नुहोस्।
report-contact-heading = तपाईंको सम्पर्क विवरण (ऐच्छिक)
report-contact-hint = हामी यी विवरण यो रिपोर्टबारे तपाईंलाई सम्पर्क गर्न मात्र प्रयोग गर्छौं। यी कहिल्यै सार्वजनिक रूपमा देखाइँदैनन्। नाम नखुलाई रिपोर्ट गर्न यी खाली छोड्नुहोस्।
report-field-first-name = पहिलो नाम
report-field-last-name = थर
report-field-email = इमेल ठेगाना
report-field-phone = फोन नम्बर
report-error-missing = “{ $field }” प्रश्नको जवाफ दिनुहोस्
report-error-number = “{ $field }” को जवाफ 3 वा 2.5 जस्तो सङ्ख्या हुनुपर्छ
report-error-too-long = “{ $field }” को जवाफ { $max } अक्षर वा सोभन्दा कम हुनुपर्छ
report-error-choice = “{ $field }” का लागि दिइएका जवाफहरूमध्ये एउटा छान्नुहोस्
report-error-datetime = “{ $field }” का लागि सही मिति र समय लेख्नुहोस्
report-error-email = name@example.com जस्तो सही ढाँचामा इमेल ठेगाना लेख्नुहोस्
report-error-phone = 416-392-2489 जस्तो 7 देखि 15 अङ्कको फोन नम्बर लेख्नुहोस्

## फोटोहरू
report-photos-heading = फोटोहरू
report-photos-required = यस प्रकारको समस्याका लागि कम्तीमा एउटा फोटो चाहिन्छ। यसले कर्मचारीहरूलाई समस्या भेट्टाउन र मर्मत गर्न मद्दत गर्छ।
report-photos-optional = फोटोहरू ऐच्छिक हुन्, तर तिनले कर्मचारीहरूलाई समस्या भेट्टाउन र मर्मत गर्न मद्दत गर्छन्।
report-photos-limits = तपाईं JPEG, PNG वा WebP ढाँचामा बढीमा { $count } वटा फोटो थप्न सक्नुहुन्छ, प्रत्येक बढीमा { $megabytes } MB को। हामीले राख्ने प्रतिबाट हामी स्थान र क्यामेराका विवरणहरू हटाउँछौं।
report-photo-label = फोटो छान्नुहोस्
report-photo-upload = फोटो अपलोड गर्नुहोस्
report-photo-uploading = फोटो अपलोड हुँदैछ
report-photo-alt = फोटो { $number }
report-photo-remove = फोटो { $number } हटाउनुहोस्
report-photo-has-location = फोटो { $number } मा यो कहाँ खिचिएको थियो भन्ने जानकारी छ।
report-photo-use-location = फोटो { $number } को स्थान प्रयोग गर्नुहोस्
report-photos-count =
    { $count ->
        [0] कुनै फोटो छैन
        [one] { $count } फोटो
       *[other] { $count } फोटोहरू
    }
report-error-photo-missing = अपलोड गर्न फोटो छान्नुहोस्
report-error-photo-too-large = फोटो { $megabytes } MB भन्दा सानो हुनुपर्छ
report-error-photo-type = फाइल JPEG, PNG वा WebP ढाँचाको फोटो हुनुपर्छ
report-error-photo-dimensions = फोटोमा धेरै पिक्सेल छन्। सानो फोटो छान्नुहोस्।
report-error-photo-damaged = फोटो बिग्रिएको छ र पढ्न सकिँदैन। अर्को फोटो छान्नुहोस्।
report-error-photo-limit = तपाईं बढीमा { $count } वटा फोटो थप्न सक्नुहुन्छ। अर्को थप्न एउटा हटाउनुहोस्।
report-error-photo-required = कम्तीमा एउटा फोटो थप्नुहोस्
report-error-photo-outside = यो फोटो खिचिएको ठाउँ टोरन्टो नगरपालिकाको क्षेत्रभन्दा बाहिर छ

## जाँच, नजिकका उस्तै रिपोर्टहरू, र पठाउने
report-check-heading = रिपोर्ट पठाउनुअघि आफ्ना जवाफहरू जाँच गर्नुहोस्
report-check-answers = तपाईंका जवाफहरू
report-change = परिवर्तन गर्नुहोस्
report-anonymous = दिइएको छैन: यो रिपोर्ट बेनामी हो
report-submit-note = यो रिपोर्ट पठाएर तपाईं आफूलाई थाहा भएसम्म यो जानकारी सही छ भनी पुष्टि गर्नुहुन्छ।
report-submit = रिपोर्ट पठाउनुहोस्
report-nearby-heading = के यो पहिले नै रिपोर्ट गरिसकिएको छ?
report-nearby-intro = यही समस्याका यी खुला अनुरोधहरू 250 मिटरभित्र छन्। तीमध्ये कुनै तपाईंकै समस्या हो भने, नयाँ रिपोर्ट पठाउनुको सट्टा त्यसैलाई फलो गर्नुहोस्।
report-nearby-distance = करिब { $metres } मिटर टाढा
report-nearby-reporters =
    { $count ->
        [one] { $count } जनाले रिपोर्ट गरेको
       *[other] { $count } जनाले रिपोर्ट गरेको
    }
report-me-too = मेरो पनि यही समस्या हो: { $number } फलो गर्नुहोस्
report-error-follow = त्यो अनुरोध अब फलो गर्न सकिँदैन। बरु आफ्नै रिपोर्ट पठाउनुहोस्।
report-sent-heading = रिपोर्ट पठाइयो
report-sent-number = तपाईंको सेवा अनुरोध नम्बर:
report-sent-next = यो नम्बर राख्नुहोस्। त्यसपछि के हुन्छ भनेर हेर्न तपाईं यसलाई प्रयोग गर्न सक्नुहुन्छ।
report-sent-track = यो अनुरोधको स्थिति हेर्नुहोस्
report-another = अर्को समस्या बताउनुहोस्
report-following-heading = तपाईं { $number } फलो गर्दै हुनुहुन्छ
report-following-body = नयाँ अनुरोध बनाउनुको सट्टा तपाईंलाई यो अनुरोधमा थपिएको छ। त्यसपछि के हुन्छ भनेर यसको स्थिति पृष्ठमा देखिन्छ।
