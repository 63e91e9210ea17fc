### Civic311 interface text: Nepali.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = मुख्य सामग्रीमा जानुहोस्
language-switcher-label = भाषा
loading = लोड हुँदैछ…
footer-emergency = आपत्कालीन अवस्थामा 911 मा फोन गर्नुहोस्। यो पोर्टल नगरपालिकाका आपत्कालीन नभएका सेवाहरूका लागि हो।

home-title = समस्या बताउनुहोस् वा नगरपालिकाको सेवा माग्नुहोस् – { -product-name }
home-heading = समस्या बताउनुहोस् वा नगरपालिकाको सेवा माग्नुहोस्
home-intro = सडकको खाल्डो, नउठाइएको फोहोर, ग्राफिटी र आपत्कालीन नभएका 60 भन्दा बढी अन्य समस्याबारे नगरपालिकालाई बताउनुहोस्। त्यसपछि के हुन्छ भनेर हेर्न तपाईंले सेवा अनुरोध नम्बर पाउनुहुनेछ।
home-groups-heading = यो केको बारेमा हो?
home-report-button = समस्या बताउनुहोस्
service-group-count =
    { $count ->
        [one] { $count } सेवा
       *[other] { $count } सेवाहरू
    }
catalogue-unavailable = सेवाहरूको सूची अहिले देखाउन सकिँदैन। कृपया केही मिनेटपछि फेरि प्रयास गर्नुहोस्।

not-found-title = पृष्ठ भेटिएन – { -product-name }
not-found-heading = पृष्ठ भेटिएन
not-found-home-link = गृहपृष्ठमा जानुहोस्

## नेभिगेसन र फारमका त्रुटिहरू
site-nav-label = मुख्य
nav-track = अनुरोधको स्थिति हेर्नुहोस्
nav-report = समस्या बताउनुहोस्
error-title-prefix = त्रुटि:
error-summary-heading = एउटा समस्या छ

## सेवा अनुरोध खोज्ने
lookup-title = सेवा अनुरोधको स्थिति हेर्नुहोस् – { -product-name }
lookup-heading = सेवा अनुरोधको स्थिति हेर्नुहोस्
lookup-label = सेवा अनुरोध नम्बर
lookup-hint = तपाईंको सेवा अनुरोध नम्बर तपाईंको पुष्टि पृष्ठ र इमेलहरूमा दिइएको छ। यो 2026-000123 जस्तो देखिन्छ।
lookup-button = मेरो अनुरोध खोज्नुहोस्
lookup-error-format = आफ्नो सेवा अनुरोध नम्बर 2026-000123 को ढाँचामा लेख्नुहोस्

## एउटा सेवा अनुरोध
request-title = सेवा अनुरोध { $number } – { -product-name }
request-heading = सेवा अनुरोध { $number }
request-status = स्थिति
request-service = सेवा
request-division = जिम्मेवार विभाग
request-filed = प्राप्त मिति
request-expected = अपेक्षित मिति
request-location = स्थान
request-ward = वडा
request-ward-value = वडा { $number }: { $name }
request-due-today = आज पूरा हुनुपर्ने
request-days-left =
    { $days ->
        [one] { $days } दिन बाँकी
       *[other] { $days } दिन बाँकी
    }
request-days-overdue =
    { $days ->
        [one] अपेक्षित मितिभन्दा { $days } दिन ढिलो
       *[other] अपेक्षित मितिभन्दा { $days } दिन ढिलो
    }
request-timeline-heading = अहिलेसम्म के भएको छ
request-event-photo-alt = नगरपालिकाले खिचेको कामको फोटो, नम्बर { $number }
request-unavailable = यो सेवा अनुरोध अहिले देखाउन सकिँदैन। कृपया केही मिनेटपछि फेरि प्रयास गर्नुहोस्।
request-not-found-title = सेवा अनुरोध भेटिएन – { -product-name }
request-not-found-heading = हामीले यो सेवा अनुरोध भेट्टाउन सकेनौं
request-not-found-body = सेवा अनुरोध { $number } अस्तित्वमा छैन। आफ्नो पुष्टि पृष्ठ वा इमेलमा नम्बर जाँच गर्नुहोस्। भर्खरै गरिएको अनुरोध देखिन एक मिनेट लाग्न सक्छ।
request-not-found-retry = अर्को नम्बर खोज्नुहोस्

## स्थितिहरू, सरल भाषामा
status-received = प्राप्त भयो
status-assigned = विभागलाई जिम्मा दिइयो
status-inspection = निरीक्षण
status-scheduled = कामको समय तय भयो
status-completed = सम्पन्न भयो
status-closed_referred = बन्द – अर्को संस्थामा पठाइयो
status-closed_no_action = बन्द – कुनै कारबाही आवश्यक छैन
status-closed_duplicate = बन्द – पहिले नै जानकारी दिइएको समस्या

## सेवा निर्देशिका
nav-services = नगरपालिकाका सेवाहरू
services-title = नगरपालिकाका सेवाहरू – { -product-name }
services-heading = नगरपालिकाका सेवाहरू
services-intro = आफ्नो समस्याका लागि उपयुक्त सेवा खोज्नुहोस्। आफ्नै शब्दमा खोज्नुहोस्, वा विषयअनुसार हेर्नुहोस्।
services-search-label = सेवा खोज्नुहोस्
services-search-hint = उदाहरणका लागि: सडकको खाल्डो, फोहोर उठाइएन, हल्ला
services-search-button = खोज्नुहोस्
services-results-heading =
    { $count ->
        [one] “{ $query }” सँग मिल्ने { $count } सेवा
       *[other] “{ $query }” सँग मिल्ने { $count } सेवाहरू
    }
services-no-results = “{ $query }” सँग मिल्ने कुनै सेवा भेटिएन। अरू शब्दहरू प्रयोग गरेर हेर्नुहोस्, वा तलका विषयहरू हेर्नुहोस्।
services-browse-heading = विषयअनुसार हेर्नुहोस्
service-detail-title = { $name } – { -product-name }
service-topic = विषय
service-standard = सेवा मापदण्ड
service-sla-hours =
    { $count ->
        [one] हामी { $count } घण्टाभित्र जवाफ दिने लक्ष्य राख्छौं
       *[other] हामी { $count } घण्टाभित्र जवाफ दिने लक्ष्य राख्छौं
    }
service-sla-business-days =
    { $count ->
        [one] हामी { $count } कार्य दिनभित्र जवाफ दिने लक्ष्य राख्छौं
       *[other] हामी { $count } कार्य दिनभित्र जवाफ दिने लक्ष्य राख्छौं
    }
service-sla-calendar-days =
    { $count ->
        [one] हामी { $count } दिनभित्र जवाफ दिने लक्ष्य राख्छौं
       *[other] हामी { $count } दिनभित्र जवाफ दिने लक्ष्य राख्छौं
    }
service-back = नगरपालिकाका सबै सेवाहरू
service-not-found-title = सेवा भेटिएन – { -product-name }
service-not-found-heading = हामीले यो सेवा भेट्टाउन सकेनौं

## अनुरोधबारे गुनासो
request-complaint-heading = यो अनुरोधको प्रगतिबाट सन्तुष्ट हुनुहुन्न?
request-complaint-overdue = अपेक्षित मिति नाघिसकेको छ र यो अनुरोध अझै बन्द भएको छैन। तपाईं गुनासो दर्ता गर्न सक्नुहुन्छ: सुपरिवेक्षकले 5 कार्य दिनभित्र यसको जवाफ दिनुपर्छ, नत्र यो विभागको व्यवस्थापनमा पठाइन्छ।
request-complaint-closed = समस्या समाधान भएको छैन भने, वा यो अनुरोध बन्द गरिएको तरिकासँग तपाईं असहमत हुनुहुन्छ भने, तपाईं गुनासो दर्ता गर्न सक्नुहुन्छ: सुपरिवेक्षकले 5 कार्य दिनभित्र यसको जवाफ दिनुपर्छ, नत्र यो विभागको व्यवस्थापनमा पठाइन्छ।
request-complaint-details = के गलत छ?
request-complaint-details-hint = उदाहरणका लागि: अनुरोध बन्द भएपछि पनि सडकको खाल्डो जस्ताको तस्तै छ।
request-complaint-email = इमेल ठेगाना (ऐच्छिक)
request-complaint-email-hint = ताकि हामी तपाईंलाई जवाफ बताउन सकौं। यो कहिल्यै सार्वजनिक रूपमा देखाइँदैन।
request-complaint-submit = गुनासो दर्ता गर्नुहोस्
request-complaint-filed = तपाईंको गुनासो दर्ता भयो। यो तलको घटनाक्रममा देखिन्छ।
request-complaint-pending = यो अनुरोधबारेको एउटा गुनासो जवाफको पर्खाइमा छ। जवाफ { $date } सम्म अपेक्षित छ।
request-complaint-escalated = जवाफ ढिलो भएकाले गुनासो विभागको व्यवस्थापनमा पठाइयो।
request-complaint-error-details = के गलत छ, हामीलाई बताउनुहोस्
request-complaint-error-too-long = गुनासो 2000 अक्षर वा सोभन्दा कम हुनुपर्छ
status-complaint = गुनासो दर्ता गरियो
status-escalated = गुनासो विभागको व्यवस्थापनमा पठाइयो
