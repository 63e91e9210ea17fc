### Civic311 interface text: Hindi.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = मुख्य सामग्री पर जाएँ
language-switcher-label = भाषा
loading = लोड हो रहा है…
footer-emergency = आपात स्थिति में 911 पर कॉल करें। यह पोर्टल शहर की गैर-आपातकालीन सेवाओं के लिए है।

home-title = कोई समस्या बताएँ या शहर की सेवा माँगें – { -product-name }
home-heading = कोई समस्या बताएँ या शहर की सेवा माँगें
home-intro = शहर को सड़क के गड्ढे, छूटे हुए कचरा संग्रह, ग्रैफ़िटी और 60 से ज़्यादा अन्य गैर-आपातकालीन समस्याओं के बारे में बताएँ। आपको एक सेवा अनुरोध संख्या मिलेगी, जिससे आप देख सकेंगे कि आगे क्या होता है।
home-groups-heading = यह किस बारे में है?
home-report-button = कोई समस्या बताएँ
service-group-count =
    { $count ->
        [one] { $count } सेवा
       *[other] { $count } सेवाएँ
    }
catalogue-unavailable = सेवाओं की सूची अभी नहीं दिखाई जा सकती। कृपया कुछ मिनट बाद फिर से कोशिश करें।

not-found-title = पेज नहीं मिला – { -product-name }
not-found-heading = पेज नहीं मिला
not-found-home-link = मुख्य पेज पर जाएँ

## नेविगेशन और फ़ॉर्म की त्रुटियाँ
site-nav-label = मुख्य
nav-track = अनुरोध की स्थिति देखें
nav-report = समस्या बताएँ
error-title-prefix = त्रुटि:
error-summary-heading = कोई समस्या है

## सेवा अनुरोध खोजना
lookup-title = सेवा अनुरोध की स्थिति देखें – { -product-name }
lookup-heading = सेवा अनुरोध की स्थिति देखें
lookup-label = सेवा अनुरोध संख्या
lookup-hint = आपकी सेवा अनुरोध संख्या आपके पुष्टि पेज और ईमेल में दी गई है। यह 2026-000123 जैसी दिखती है।
lookup-button = मेरा अनुरोध खोजें
lookup-error-format = अपनी सेवा अनुरोध संख्या 2026-000123 के रूप में दर्ज करें

## एक सेवा अनुरोध
request-title = सेवा अनुरोध { $number } – { -product-name }
request-heading = सेवा अनुरोध { $number }
request-status = स्थिति
request-service = सेवा
request-division = ज़िम्मेदार विभाग
request-filed = प्राप्त होने की तारीख़
request-expected = अपेक्षित तारीख़
request-location = स्थान
request-ward = वार्ड
request-ward-value = वार्ड { $number }: { $name }
request-due-today = आज पूरा होना अपेक्षित
request-days-left =
    { $days ->
        [one] { $days } दिन बाकी
       *[other] { $days } दिन बाकी
    }
request-days-overdue =
    { $days ->
        [one] अपेक्षित तारीख़ से { $days } दिन की देरी
       *[other] अपेक्षित तारीख़ से { $days } दिन की देरी
    }
request-timeline-heading = अब तक क्या हुआ है
request-event-photo-alt = शहर की ओर से काम की फ़ोटो, संख्या { $number }
request-unavailable = यह सेवा अनुरोध अभी नहीं दिखाया जा सकता। कृपया कुछ मिनट बाद फिर से कोशिश करें।
request-not-found-title = सेवा अनुरोध नहीं मिला – { -product-name }
request-not-found-heading = हमें यह सेवा अनुरोध नहीं मिल रहा है
request-not-found-body = सेवा अनुरोध { $number } मौजूद नहीं है। अपने पुष्टि पेज या ईमेल में संख्या जाँचें। अभी-अभी किया गया अनुरोध दिखने में एक मिनट लग सकता है।
request-not-found-retry = कोई दूसरी संख्या खोजें

## स्थितियाँ, सरल भाषा में
status-received = प्राप्त हुआ
status-assigned = विभाग को सौंपा गया
status-inspection = निरीक्षण
status-scheduled = काम का समय तय
status-completed = पूरा हुआ
status-closed_referred = बंद – किसी अन्य संस्था को भेजा गया
status-closed_no_action = बंद – किसी कार्रवाई की ज़रूरत नहीं
status-closed_duplicate = बंद – पहले से दर्ज समस्या

## सेवा निर्देशिका
nav-services = शहर की सेवाएँ
services-title = शहर की सेवाएँ – { -product-name }
services-heading = शहर की सेवाएँ
services-intro = अपनी समस्या के लिए सही सेवा खोजें। अपने शब्दों में खोजें, या विषय के अनुसार देखें।
services-search-label = कोई सेवा खोजें
services-search-hint = उदाहरण के लिए: सड़क का गड्ढा, कचरा नहीं उठाया गया, शोर
services-search-button = खोजें
services-results-heading =
    { $count ->
        [one] “{ $query }” से { $count } सेवा मेल खाती है
       *[other] “{ $query }” से { $count } सेवाएँ मेल खाती हैं
    }
services-no-results = “{ $query }” से कोई सेवा मेल नहीं खाती। दूसरे शब्दों से खोजें, या नीचे दिए गए विषय देखें।
services-browse-heading = विषय के अनुसार देखें
service-detail-title = { $name } – { -product-name }
service-topic = विषय
service-standard = सेवा मानक
service-sla-hours =
    { $count ->
        [one] हमारा लक्ष्य { $count } घंटे के भीतर जवाब देना है
       *[other] हमारा लक्ष्य { $count } घंटे के भीतर जवाब देना है
    }
service-sla-business-days =
    { $count ->
        [one] हमारा लक्ष्य { $count } कार्य दिवस के भीतर जवाब देना है
       *[other] हमारा लक्ष्य { $count } कार्य दिवस के भीतर जवाब देना है
    }
service-sla-calendar-days =
    { $count ->
        [one] हमारा लक्ष्य { $count } दिन के भीतर जवाब देना है
       *[other] हमारा लक्ष्य { $count } दिन के भीतर जवाब देना है
    }
service-back = शहर की सभी सेवाएँ
service-not-found-title = सेवा नहीं मिली – { -product-name }
service-not-found-heading = हमें यह सेवा नहीं मिल रही है

## किसी अनुरोध के बारे में शिकायत
request-complaint-heading = क्या आप इस अनुरोध की प्रगति से संतुष्ट नहीं हैं?
request-complaint-overdue = अपेक्षित तारीख़ निकल चुकी है और यह अनुरोध अभी तक बंद नहीं हुआ है। आप शिकायत दर्ज कर सकते हैं: किसी पर्यवेक्षक को 5 कार्य दिवस के भीतर इसका उत्तर देना होगा, नहीं तो यह विभाग के प्रबंधन को भेज दी जाएगी।
request-complaint-closed = अगर समस्या ठीक नहीं हुई है, या आप इस अनुरोध को बंद किए जाने के तरीके से सहमत नहीं हैं, तो आप शिकायत दर्ज कर सकते हैं: किसी पर्यवेक्षक को 5 कार्य दिवस के भीतर इसका उत्तर देना होगा, नहीं तो यह विभाग के प्रबंधन को भेज दी जाएगी।
request-complaint-details = क्या ग़लत है?
request-complaint-details-hint = उदाहरण के लिए: अनुरोध बंद होने के बाद भी सड़क का गड्ढा वहीं है।
request-complaint-email = ईमेल पता (वैकल्पिक)
request-complaint-email-hint = ताकि हम आपको उत्तर बता सकें। इसे कभी भी सार्वजनिक रूप से नहीं दिखाया जाता।
request-complaint-submit = शिकायत दर्ज करें
request-complaint-filed = आपकी शिकायत दर्ज हो गई है। यह नीचे दिए गए घटनाक्रम में दिखाई देती है।
request-complaint-pending = इस अनुरोध के बारे में एक शिकायत के उत्तर की प्रतीक्षा है। उत्तर { $date } तक अपेक्षित है।
request-complaint-escalated = उत्तर देने में देरी हुई है, इसलिए शिकायत विभाग के प्रबंधन को भेज दी गई है।
request-complaint-error-details = हमें बताएँ कि क्या ग़लत है
request-complaint-error-too-long = शिकायत 2000 अक्षरों या उससे कम की होनी चाहिए
status-complaint = शिकायत दर्ज की गई
status-escalated = शिकायत विभाग के प्रबंधन को भेजी गई
