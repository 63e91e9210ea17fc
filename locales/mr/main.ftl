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
