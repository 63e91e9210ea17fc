### Civic311 interface text: Marathi.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = मुख्य मजकुराकडे जा
language-switcher-label = भाषा
loading = लोड होत आहे…
footer-emergency = आणीबाणीच्या वेळी 911 वर कॉल करा. हे पोर्टल महानगरपालिकेच्या आणीबाणी नसलेल्या सेवांसाठी आहे.

home-title = समस्या कळवा किंवा महानगरपालिकेच्या सेवेची विनंती करा – { -product-name }
home-heading = समस्या कळवा किंवा महानगरपालिकेच्या सेवेची विनंती करा
home-intro = रस्त्यावरील खड्डा, न उचललेला कचरा, ग्रॅफिटी आणि आणीबाणी नसलेल्या 60 पेक्षा जास्त इतर समस्यांबद्दल महानगरपालिकेला कळवा. पुढे काय होते ते पाहण्यासाठी तुम्हाला सेवा विनंती क्रमांक मिळेल.
home-groups-heading = हे कशाबद्दल आहे?
home-report-button = समस्या कळवा
service-group-count =
    { $count ->
        [one] { $count } सेवा
       *[other] { $count } सेवा
    }
catalogue-unavailable = सेवांची यादी सध्या दाखवता येत नाही. कृपया काही मिनिटांनी पुन्हा प्रयत्न करा.

not-found-title = पान सापडले नाही – { -product-name }
not-found-heading = पान सापडले नाही
not-found-home-link = मुख्य पानावर जा

## नेव्हिगेशन आणि फॉर्ममधील त्रुटी
site-nav-label = मुख्य
nav-track = विनंतीची स्थिती पहा
nav-report = समस्या कळवा
error-title-prefix = त्रुटी:
error-summary-heading = एक समस्या आहे

## सेवा विनंती शोधणे
lookup-title = सेवा विनंतीची स्थिती पहा – { -product-name }
lookup-heading = सेवा विनंतीची स्थिती पहा
lookup-label = सेवा विनंती क्रमांक
lookup-hint = तुमचा सेवा विनंती क्रमांक तुमच्या पुष्टीकरण पानावर आणि ईमेलमध्ये दिलेला आहे. तो 2026-000123 असा दिसतो.
lookup-button = माझी विनंती शोधा
lookup-error-format = तुमचा सेवा विनंती क्रमांक 2026-000123 या स्वरूपात लिहा

## एक सेवा विनंती
request-title = सेवा विनंती { $number } – { -product-name }
request-heading = सेवा विनंती { $number }
request-status = स्थिती
request-service = सेवा
request-division = जबाबदार विभाग
request-filed = मिळाल्याची तारीख
request-expected = अपेक्षित तारीख
request-location = ठिकाण
request-ward = प्रभाग
request-ward-value = प्रभाग { $number }: { $name }
request-due-today = आज पूर्ण होणे अपेक्षित
request-days-left =
    { $days ->
        [one] { $days } दिवस शिल्लक
       *[other] { $days } दिवस शिल्लक
    }
request-days-overdue =
    { $days ->
        [one] अपेक्षित तारखेपेक्षा { $days } दिवस उशीर
       *[other] अपेक्षित तारखेपेक्षा { $days } दिवस उशीर
    }
request-timeline-heading = आतापर्यंत काय झाले आहे
request-event-photo-alt = महानगरपालिकेने काढलेला कामाचा फोटो, क्रमांक { $number }
request-unavailable = ही सेवा विनंती सध्या दाखवता येत नाही. कृपया काही मिनिटांनी पुन्हा प्रयत्न करा.
request-not-found-title = सेवा विनंती सापडली नाही – { -product-name }
request-not-found-heading = आम्हाला ही सेवा विनंती सापडत नाही
request-not-found-body = सेवा विनंती { $number } अस्तित्वात नाही. तुमच्या पुष्टीकरण पानावर किंवा ईमेलमध्ये क्रमांक तपासा. तुम्ही आत्ताच केलेली विनंती दिसायला एक मिनिट लागू शकतो.
request-not-found-retry = दुसरा क्रमांक शोधा

## स्थिती, सोप्या भाषेत
status-received = मिळाली
status-assigned = विभागाकडे सोपवली
status-inspection = पाहणी
status-scheduled = कामाची वेळ ठरली
status-completed = पूर्ण
status-closed_referred = बंद – दुसऱ्या संस्थेकडे पाठवली
status-closed_no_action = बंद – कोणत्याही कारवाईची गरज नाही
status-closed_duplicate = बंद – आधीच नोंदवलेली समस्या

## सेवांची सूची
nav-services = महानगरपालिकेच्या सेवा
services-title = महानगरपालिकेच्या सेवा – { -product-name }
services-heading = महानगरपालिकेच्या सेवा
services-intro = तुमच्या समस्येसाठी योग्य सेवा शोधा. तुमच्या स्वतःच्या शब्दांत शोधा, किंवा विषयानुसार पहा.
services-search-label = सेवा शोधा
services-search-hint = उदाहरणार्थ: खड्डा, कचरा उचलला नाही, आवाज
services-search-button = शोधा
services-results-heading =
    { $count ->
        [one] “{ $query }” शी जुळणारी { $count } सेवा
       *[other] “{ $query }” शी जुळणाऱ्या { $count } सेवा
    }
services-no-results = “{ $query }” शी जुळणारी कोणतीही सेवा नाही. इतर शब्द वापरून पहा, किंवा खालील विषय पहा.
services-browse-heading = विषयानुसार पहा
service-detail-title = { $name } – { -product-name }
service-topic = विषय
service-standard = सेवा मानक
service-sla-hours =
    { $count ->
        [one] आम्ही { $count } तासाच्या आत प्रतिसाद देण्याचा प्रयत्न करतो
       *[other] आम्ही { $count } तासांच्या आत प्रतिसाद देण्याचा प्रयत्न करतो
    }
service-sla-business-days =
    { $count ->
        [one] आम्ही { $count } कामकाजाच्या दिवसाच्या आत प्रतिसाद देण्याचा प्रयत्न करतो
       *[other] आम्ही { $count } कामकाजाच्या दिवसांच्या आत प्रतिसाद देण्याचा प्रयत्न करतो
    }
service-sla-calendar-days =
    { $count ->
        [one] आम्ही { $count } दिवसाच्या आत प्रतिसाद देण्याचा प्रयत्न करतो
       *[other] आम्ही { $count } दिवसांच्या आत प्रतिसाद देण्याचा प्रयत्न करतो
    }
service-back = महानगरपालिकेच्या सर्व सेवा
service-not-found-title = सेवा सापडली नाही – { -product-name }
service-not-found-heading = आम्हाला ही सेवा सापडत नाही

## विनंतीबद्दल तक्रार
request-complaint-heading = या विनंतीच्या प्रगतीबद्दल तुम्ही समाधानी नाही का?
request-complaint-overdue = अपेक्षित तारीख उलटून गेली आहे आणि ही विनंती अजून बंद झालेली नाही. तुम्ही तक्रार दाखल करू शकता: पर्यवेक्षकाने 5 कामकाजाच्या दिवसांच्या आत तिला उत्तर देणे आवश्यक आहे, अन्यथा ती विभागाच्या व्यवस्थापनाकडे पाठवली जाते.
request-complaint-closed = समस्या दूर झाली नसेल, किंवा ही विनंती ज्या प्रकारे बंद केली गेली त्याच्याशी तुम्ही सहमत नसाल, तर तुम्ही तक्रार दाखल करू शकता: पर्यवेक्षकाने 5 कामकाजाच्या दिवसांच्या आत तिला उत्तर देणे आवश्यक आहे, अन्यथा ती विभागाच्या व्यवस्थापनाकडे पाठवली जाते.
request-complaint-details = काय चुकीचे आहे?
request-complaint-details-hint = उदाहरणार्थ: विनंती बंद झाल्यानंतरही खड्डा तसाच आहे.
request-complaint-email = ईमेल पत्ता (ऐच्छिक)
request-complaint-email-hint = जेणेकरून आम्ही तुम्हाला उत्तर कळवू शकू. तो कधीही सार्वजनिकपणे दाखवला जात नाही.
request-complaint-submit = तक्रार दाखल करा
request-complaint-filed = तुमची तक्रार दाखल झाली आहे. ती खालील घटनाक्रमात दिसते.
request-complaint-pending = या विनंतीबद्दलची एक तक्रार उत्तराच्या प्रतीक्षेत आहे. उत्तर { $date } पर्यंत अपेक्षित आहे.
request-complaint-escalated = उत्तराला उशीर झाला आहे, म्हणून तक्रार विभागाच्या व्यवस्थापनाकडे पाठवण्यात आली आहे.
request-complaint-error-details = काय चुकीचे आहे ते आम्हाला सांगा
request-complaint-error-too-long = तक्रार 2000 अक्षरे किंवा त्यापेक्षा कमी असावी
status-complaint = तक्रार दाखल
status-escalated = तक्रार विभागाच्या व्यवस्थापनाकडे पाठवली
