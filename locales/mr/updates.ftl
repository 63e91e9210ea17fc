## ईमेल किंवा टेक्स्ट मेसेजद्वारे विनंतीबद्दलचे अपडेट: स्थिती पानावरील फॉर्म, अपडेट थांबवण्याचे पान
## आणि संदेश स्वतः. संदेश साध्या मजकुरात असतात; $number हा सेवा विनंती क्रमांक आहे, उदा. 2026-000123,
## $service सेवेच्या प्रकाराचे नाव, $status स्थितीचे नाव.

updates-heading = अपडेट मिळवा
updates-intro = या विनंतीत प्रत्येक वेळी बदल झाला की आम्ही तुम्हाला कळवू शकतो. आधी आम्ही तुम्हाला एक कोड पाठवू, म्हणजे हा ईमेल पत्ता किंवा फोन क्रमांक तुमचाच आहे याची खात्री होईल.
updates-email-label = ईमेल पत्ता
updates-email-hint = आम्ही तो फक्त या विनंतीबद्दलचे अपडेट पाठवण्यासाठी वापरतो.
updates-email-button = मला ईमेलने अपडेट पाठवा
updates-phone-label = मोबाइल फोन क्रमांक
updates-phone-hint = उदाहरणार्थ 416 555 0123. तुमच्या मोबाइल कंपनीचे मेसेज शुल्क लागू होऊ शकते.
updates-phone-button = मला टेक्स्ट मेसेजने अपडेट पाठवा
updates-code-sent-email = आम्ही { $address } वर 6 अंकी कोड पाठवला आहे.
updates-code-sent-sms = आम्ही टेक्स्ट मेसेजद्वारे { $address } वर 6 अंकी कोड पाठवला आहे.
updates-code-label = कोड
updates-code-hint = कोड पाठवल्यानंतर 15 मिनिटांनी त्याची मुदत संपते.
updates-confirm-button = पुष्टी करा
updates-resend-button = नवीन कोड पाठवा
updates-resent = आम्ही नवीन कोड पाठवला आहे. फक्त सर्वात नवीन कोडच चालेल.
updates-on = तुम्हाला या विनंतीबद्दल अपडेट मिळतील. प्रत्येक संदेशात ते थांबवण्यासाठी एक लिंक असेल.
updates-already = या पत्त्यावर किंवा क्रमांकावर या विनंतीबद्दलचे अपडेट आधीपासूनच पाठवले जात आहेत.
updates-error-email = name@example.com असा ईमेल पत्ता लिहा
updates-error-phone = एरिया कोडसह मोबाइल क्रमांक लिहा, उदाहरणार्थ 416 555 0123
updates-error-too-many = तुम्ही थोड्या वेळात अनेक कोड मागितले आहेत. आम्ही पाठवलेला शेवटचा कोड वापरा, किंवा एका तासाने पुन्हा प्रयत्न करा.
updates-error-code-format = आम्ही पाठवलेल्या संदेशातील 6 अंकी कोड लिहा
updates-error-code-wrong = कोड बरोबर नाही. आम्ही पाठवलेला सर्वात नवीन संदेश तपासा आणि पुन्हा प्रयत्न करा.
updates-error-code-expired = कोडची मुदत संपली आहे. नवीन कोड पाठवा.
updates-error-code-attempts = कोड खूप वेळा चुकीचा लिहिला गेला. नवीन कोड पाठवा.
updates-error-unknown = हा कोड आता वापरता येणार नाही. पुन्हा अपडेट मागवा.

unsubscribe-title = अपडेट थांबवा
unsubscribe-heading = विनंती { $number } बद्दलचे अपडेट थांबवा
unsubscribe-sent-to-email = अपडेट { $address } वर पाठवले जातात.
unsubscribe-sent-to-sms = अपडेट टेक्स्ट मेसेजद्वारे { $address } वर पाठवले जातात.
unsubscribe-button = अपडेट थांबवा
unsubscribe-done = तुम्हाला यापुढे विनंती { $number } बद्दल कोणतेही अपडेट मिळणार नाहीत.
unsubscribe-unknown = ही लिंक वैध नाही. ती पूर्ण कॉपी केली आहे का ते तपासा.
unsubscribe-back = विनंती पहा

notify-code-subject = विनंती { $number } साठी तुमचा कोड
notify-code-email =
    तुमचा कोड { $code } आहे.
    
    ज्या पानावर तुम्ही विनंती { $number } बद्दल अपडेट मागितले होते, तिथे तो लिहा. त्याची मुदत 15 मिनिटांत संपेल.
    
    तुम्ही अपडेट मागितले नसतील, तर या ईमेलकडे दुर्लक्ष करा.
notify-code-sms = विनंती { $number } साठी तुमचा 311 कोड { $code } आहे. त्याची मुदत 15 मिनिटांत संपेल.
notify-status-subject = विनंती { $number }: { $status }
notify-status-email = तुमच्या विनंती { $number } ({ $service }) ची सध्याची स्थिती: { $status }.
notify-status-sms = 311: विनंती { $number } ({ $service }) ची सध्याची स्थिती: { $status }.
notify-note = महानगरपालिकेची टीप: { $note }
notify-escalated-subject = विनंती { $number }: तुमची तक्रार विभागाच्या व्यवस्थापनाकडे पाठवली
notify-escalated-email = विनंती { $number } ({ $service }) बद्दलच्या तुमच्या तक्रारीला वेळेत उत्तर मिळाले नाही, म्हणून ती विभागाच्या व्यवस्थापनाकडे पाठवण्यात आली आहे.
notify-escalated-sms = 311: विनंती { $number } बद्दलची तुमची तक्रार विभागाच्या व्यवस्थापनाकडे पाठवण्यात आली आहे.
notify-link = विनंती आणि तिचा घटनाक्रम पहा: { $link }
notify-link-sms = { $link }
notify-footer-email = तुम्ही या विनंतीबद्दल अपडेट मागितले होते, म्हणून तुम्हाला हा ईमेल आला आहे.
notify-unsubscribe = हे अपडेट थांबवा: { $unsubscribe }
notify-unsubscribe-sms = थांबवण्यासाठी STOP लिहून उत्तर द्या, किंवा { $unsubscribe } ला भेट द्या
