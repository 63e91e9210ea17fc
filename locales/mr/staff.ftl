### कर्मचारी कन्सोल: साइन इन करणे, विनंत्यांची रांग, विनंतीची स्थिती बदलणे, ऑडिट लॉग.

staff-page-title = { $heading } – { -product-name } कर्मचारी
staff-unavailable = कर्मचारी कन्सोल सध्या दाखवता येत नाही. कृपया काही मिनिटांनी पुन्हा प्रयत्न करा.
staff-forbidden-heading = तुम्ही हे पान उघडू शकत नाही
staff-forbidden-body = तुमच्या खात्याला कर्मचारी कन्सोलच्या या भागात प्रवेश नाही. तुम्हाला तो हवा असल्यास प्रशासकाला विचारा.

## साइन इन करणे
staff-login-heading = कर्मचारी साइन इन
staff-password = पासवर्ड
staff-sign-in = साइन इन करा
staff-sign-out = साइन आउट करा
staff-signed-in-as = { $name } म्हणून साइन इन केले आहे
staff-login-error-wrong = ईमेल पत्ता किंवा पासवर्ड बरोबर नाही
staff-login-error-locked = साइन इन करण्याचे खूप जास्त प्रयत्न झाले. 15 मिनिटे थांबा, मग पुन्हा प्रयत्न करा.
staff-error-csrf = फॉर्म जुना झाला होता. पान पुन्हा लोड करा आणि पुन्हा प्रयत्न करा.

## विनंत्यांची रांग
staff-queue-heading = सेवा विनंत्यांची रांग
staff-filter-any = कोणतीही
staff-filter-overdue = फक्त अपेक्षित तारीख उलटून गेलेल्या विनंत्या
staff-filter-complaints = फक्त उत्तराच्या प्रतीक्षेत असलेली तक्रार असलेल्या विनंत्या
staff-filter-apply = विनंत्या दाखवा
staff-queue-empty = या फिल्टरशी जुळणारी कोणतीही सेवा विनंती नाही.
staff-column-number = सेवा विनंती क्रमांक
staff-complaint-due = तक्रार: { $date } पर्यंत उत्तर द्यावे
staff-complaint-escalated = तक्रार पुढे पाठवली: उत्तराला उशीर झाला

## एक विनंती
staff-change-heading = स्थिती बदला
staff-new-status = नवीन स्थिती
staff-reason = बंद करण्याचे कारण
staff-reason-hint = नवीन स्थितीमुळे विनंती बंद होत असल्यास हे आवश्यक आहे. ते स्थितीशी जुळले पाहिजे.
staff-reason-none = कारण नाही: विनंती खुली राहते
staff-public-note = सार्वजनिक टीप
staff-public-note-hint = रहिवाशांना ही टीप स्थितीच्या पानावर दिसते. बंद करताना काय केले, किंवा काहीच का केले नाही ते लिहा.
staff-internal-note = अंतर्गत टीप
staff-internal-note-hint = ही टीप फक्त कर्मचाऱ्यांना दिसते.
staff-save = बदल जतन करा
staff-saved = बदल जतन केला.
staff-history-heading = संपूर्ण इतिहास
staff-error-status = यादीतून एक स्थिती निवडा
staff-error-reason-missing = विनंती बंद करण्याचे कारण निवडा
staff-error-reason-mismatch = हे कारण नवीन स्थितीशी जुळत नाही. तिच्याशी जुळणारे कारण निवडा.
staff-error-note-missing = काय केले, किंवा काहीच का केले नाही हे रहिवाशाला सांगणारी सार्वजनिक टीप लिहा
staff-error-reason-open = बंद करण्याचे कारण फक्त विनंती बंद करणाऱ्या स्थितींसाठी आहे

## बंद करण्याची कारणे
staff-reason-repaired = दुरुस्त केले
staff-reason-cleaned = साफ केले
staff-reason-removed = काढून टाकले
staff-reason-other-government = सरकारच्या दुसऱ्या स्तराकडे पाठवली
staff-reason-utility-company = मालकी असलेल्या युटिलिटी किंवा कंपनीकडे पाठवली
staff-reason-private-property = खाजगी मालमत्तेवर: मालकाकडे पाठवली
staff-reason-not-found = पाहणी केली: कोणतीही समस्या आढळली नाही
staff-reason-already-resolved = कर्मचारी पोहोचण्यापूर्वीच समस्या सुटली होती
staff-reason-meets-standard = पाहणी केली: महानगरपालिकेच्या मानकानुसार आहे
staff-reason-duplicate = दुसऱ्या विनंतीची पुनरावृत्ती

## ऑडिट लॉग
staff-audit-heading = ऑडिट लॉग
staff-column-when = केव्हा
staff-column-who = कोणी
staff-column-action = कृती
staff-column-detail = तपशील
staff-action-login = साइन इन केले
staff-action-logout = साइन आउट केले
staff-action-login-failed = साइन इन अयशस्वी
staff-action-login-locked = साइन इन नाकारले: खूप जास्त प्रयत्न
staff-action-status-change = स्थिती बदलली
staff-action-escalation = तक्रार आपोआप पुढे पाठवली: प्रतिसादाची मुदत उलटली

## रांगेतून एकाच वेळी अनेक विनंत्या बदलणे
staff-bulk-column = निवडा
staff-bulk-select = विनंती { $number } निवडा
staff-bulk-heading = निवडलेल्या विनंत्या बदला
staff-bulk-hint = तक्त्यातील विनंत्यांवर खूण करा, नंतर बदल निवडा. प्रत्येक विनंतीला तीच स्थिती, कारण आणि टिपा मिळतील, आणि तिच्या इतिहासात तिची स्वतंत्र ओळ नोंदवली जाईल.
staff-bulk-button = निवडलेल्या विनंत्या बदला
staff-bulk-saved =
    { $count ->
        [one] एक विनंती बदलली.
       *[other] { $count } विनंत्या बदलल्या.
    }
staff-error-none-selected = तक्त्यात किमान एक विनंती निवडा.
staff-bulk-skipped =
    { $count ->
        [one] एक विनंती बदलली नाही: तिची स्थिती “पूर्ण” करण्यासाठी पूर्ण झालेल्या कामाचा फोटो आवश्यक आहे. फोटो जोडण्यासाठी ती उघडा.
       *[other] { $count } विनंत्या बदलल्या नाहीत: त्यांची स्थिती “पूर्ण” करण्यासाठी पूर्ण झालेल्या कामाचा फोटो आवश्यक आहे. फोटो जोडण्यासाठी प्रत्येक विनंती उघडा.
    }

## स्थिती बदलासोबत फोटो (पूर्ण झालेल्या कामाचा)
staff-photo = कामाचा फोटो (ऐच्छिक)
staff-photo-hint = JPEG, PNG किंवा WebP स्वरूपातील जास्तीत जास्त 10 MB ची प्रतिमा. रहिवाशांना ती विनंतीच्या घटनाक्रमात दिसते.
staff-photo-hint-required = या सेवेत स्थिती “पूर्ण” करण्यासाठी पूर्ण झालेल्या कामाचा फोटो आवश्यक आहे. JPEG, PNG किंवा WebP स्वरूपातील जास्तीत जास्त 10 MB ची प्रतिमा; रहिवाशांना ती घटनाक्रमात दिसते.
staff-error-completion-photo-missing = पूर्ण झालेल्या कामाचा फोटो जोडा: या सेवेत स्थिती “पूर्ण” करण्यासाठी फोटो आवश्यक आहे
