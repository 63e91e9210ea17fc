### कर्मचारी कंसोल: साइन इन करना, अनुरोधों की कतार, अनुरोध की स्थिति बदलना, ऑडिट लॉग।

staff-page-title = { $heading } – { -product-name } कर्मचारी
staff-unavailable = कर्मचारी कंसोल अभी नहीं दिखाया जा सकता। कृपया कुछ मिनट बाद फिर से कोशिश करें।
staff-forbidden-heading = आप यह पेज नहीं खोल सकते
staff-forbidden-body = आपके खाते को कर्मचारी कंसोल के इस हिस्से तक पहुँच नहीं है। अगर आपको इसकी ज़रूरत है, तो किसी व्यवस्थापक से पूछें।

## साइन इन करना
staff-login-heading = कर्मचारी साइन इन
staff-password = पासवर्ड
staff-sign-in = साइन इन करें
staff-sign-out = साइन आउट करें
staff-signed-in-as = { $name } के रूप में साइन इन किया है
staff-login-error-wrong = ईमेल पता या पासवर्ड सही नहीं है
staff-login-error-locked = साइन इन करने की बहुत ज़्यादा कोशिशें हुई हैं। 15 मिनट रुकें, फिर दोबारा कोशिश करें।
staff-error-csrf = फ़ॉर्म पुराना हो गया था। पेज फिर से लोड करें और दोबारा कोशिश करें।

## अनुरोधों की कतार
staff-queue-heading = सेवा अनुरोधों की कतार
staff-filter-any = कोई भी
staff-filter-overdue = केवल वे अनुरोध जिनकी अपेक्षित तारीख़ निकल चुकी है
staff-filter-complaints = केवल वे अनुरोध जिन पर कोई शिकायत उत्तर की प्रतीक्षा में है
staff-filter-apply = अनुरोध दिखाएँ
staff-queue-empty = इन फ़िल्टरों से कोई सेवा अनुरोध मेल नहीं खाता।
staff-column-number = सेवा अनुरोध संख्या
staff-complaint-due = शिकायत: { $date } तक उत्तर दें
staff-complaint-escalated = शिकायत आगे भेजी गई: उत्तर देने में देरी हुई है

## एक अनुरोध
staff-change-heading = स्थिति बदलें
staff-new-status = नई स्थिति
staff-reason = बंद करने का कारण
staff-reason-hint = जब नई स्थिति अनुरोध को बंद करती है, तब यह ज़रूरी है। यह स्थिति से मेल खाना चाहिए।
staff-reason-none = कोई कारण नहीं: अनुरोध खुला रहेगा
staff-public-note = सार्वजनिक टिप्पणी
staff-public-note-hint = निवासी इसे स्थिति वाले पेज पर देखता है। बंद करते समय बताएँ कि क्या किया गया, या कुछ क्यों नहीं किया गया।
staff-internal-note = आंतरिक टिप्पणी
staff-internal-note-hint = इसे केवल कर्मचारी देखते हैं।
staff-save = बदलाव सहेजें
staff-saved = बदलाव सहेज लिया गया।
staff-history-heading = पूरा इतिहास
staff-error-status = सूची में से कोई स्थिति चुनें
staff-error-reason-missing = अनुरोध बंद करने का कारण चुनें
staff-error-reason-mismatch = यह कारण नई स्थिति से मेल नहीं खाता। ऐसा कारण चुनें जो उससे मेल खाता हो।
staff-error-note-missing = एक सार्वजनिक टिप्पणी लिखें, जो निवासी को बताए कि क्या किया गया, या कुछ क्यों नहीं किया गया
staff-error-reason-open = बंद करने का कारण केवल उन स्थितियों के लिए है जो अनुरोध को बंद करती हैं

## बंद करने के कारण
staff-reason-repaired = मरम्मत की गई
staff-reason-cleaned = सफ़ाई की गई
staff-reason-removed = हटाया गया
staff-reason-other-government = सरकार के किसी अन्य स्तर को भेजा गया
staff-reason-utility-company = इसकी मालिक यूटिलिटी या कंपनी को भेजा गया
staff-reason-private-property = निजी संपत्ति पर: मालिक को भेजा गया
staff-reason-not-found = निरीक्षण किया गया: कोई समस्या नहीं मिली
staff-reason-already-resolved = कर्मचारियों के पहुँचने से पहले ही हल हो चुका था
staff-reason-meets-standard = निरीक्षण किया गया: शहर के मानक के अनुरूप है
staff-reason-duplicate = किसी अन्य अनुरोध की दोहरी प्रविष्टि

## ऑडिट लॉग
staff-audit-heading = ऑडिट लॉग
staff-column-when = कब
staff-column-who = किसने
staff-column-action = कार्रवाई
staff-column-detail = विवरण
staff-action-login = साइन इन किया
staff-action-logout = साइन आउट किया
staff-action-login-failed = साइन इन विफल रहा
staff-action-login-locked = साइन इन अस्वीकार: बहुत ज़्यादा कोशिशें
staff-action-status-change = स्थिति बदली गई
staff-action-escalation = शिकायत अपने आप आगे भेजी गई: उत्तर की समय-सीमा निकल गई

## कतार से एक साथ कई अनुरोध बदलना
staff-bulk-column = चुनें
staff-bulk-select = अनुरोध { $number } चुनें
staff-bulk-heading = चुने गए अनुरोध बदलें
staff-bulk-hint = तालिका में अनुरोधों पर सही का निशान लगाएँ, फिर बदलाव चुनें। हर अनुरोध को एक ही स्थिति, कारण और टिप्पणियाँ मिलेंगी, और उसके इतिहास में उसकी अपनी अलग पंक्ति जुड़ेगी।
staff-bulk-button = चुने गए अनुरोध बदलें
staff-bulk-saved =
    { $count ->
        [one] { $count } अनुरोध बदला गया।
       *[other] { $count } अनुरोध बदले गए।
    }
staff-error-none-selected = तालिका में कम से कम एक अनुरोध चुनें।
staff-bulk-skipped =
    { $count ->
        [one] { $count } अनुरोध नहीं बदला गया: इसकी स्थिति “पूरा हुआ” करने के लिए पूरे किए गए काम की फ़ोटो ज़रूरी है। फ़ोटो जोड़ने के लिए इसे खोलें।
       *[other] { $count } अनुरोध नहीं बदले गए: इनकी स्थिति “पूरा हुआ” करने के लिए पूरे किए गए काम की फ़ोटो ज़रूरी है। फ़ोटो जोड़ने के लिए हर अनुरोध को खोलें।
    }

## स्थिति बदलने के साथ फ़ोटो (पूरे किए गए काम की)
staff-photo = काम की फ़ोटो (वैकल्पिक)
staff-photo-hint = JPEG, PNG या WebP प्रारूप की अधिकतम 10 MB की तस्वीर। निवासी इसे अनुरोध के घटनाक्रम में देखते हैं।
staff-photo-hint-required = इस सेवा में स्थिति “पूरा हुआ” करने के लिए पूरे किए गए काम की फ़ोटो ज़रूरी है। JPEG, PNG या WebP प्रारूप की अधिकतम 10 MB की तस्वीर; निवासी इसे घटनाक्रम में देखते हैं।
staff-error-completion-photo-missing = पूरे किए गए काम की फ़ोटो जोड़ें: इस सेवा में स्थिति “पूरा हुआ” करने के लिए फ़ोटो ज़रूरी है
