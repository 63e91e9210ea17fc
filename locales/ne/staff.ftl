### कर्मचारी कन्सोल: साइन इन गर्ने, अनुरोधहरूको लाम, अनुरोधको स्थिति परिवर्तन गर्ने, अडिट लग।

staff-page-title = { $heading } – { -product-name } कर्मचारी
staff-unavailable = कर्मचारी कन्सोल अहिले देखाउन सकिँदैन। कृपया केही मिनेटपछि फेरि प्रयास गर्नुहोस्।
staff-forbidden-heading = तपाईं यो पृष्ठ खोल्न सक्नुहुन्न
staff-forbidden-body = तपाईंको खातालाई कर्मचारी कन्सोलको यो भागमा पहुँच छैन। तपाईंलाई यो चाहिन्छ भने प्रशासकलाई सोध्नुहोस्।

## साइन इन गर्ने
staff-login-heading = कर्मचारी साइन इन
staff-password = पासवर्ड
staff-sign-in = साइन इन गर्नुहोस्
staff-sign-out = साइन आउट गर्नुहोस्
staff-signed-in-as = { $name } को रूपमा साइन इन गरिएको छ
staff-login-error-wrong = इमेल ठेगाना वा पासवर्ड सही छैन
staff-login-error-locked = साइन इन गर्ने धेरै प्रयास भए। 15 मिनेट पर्खनुहोस्, अनि फेरि प्रयास गर्नुहोस्।
staff-error-csrf = फारम पुरानो भइसकेको थियो। पृष्ठ फेरि लोड गर्नुहोस् र फेरि प्रयास गर्नुहोस्।

## अनुरोधहरूको लाम
staff-queue-heading = सेवा अनुरोधहरूको लाम
staff-filter-any = जुनसुकै
staff-filter-overdue = अपेक्षित मिति नाघेका अनुरोधहरू मात्र
staff-filter-complaints = जवाफको पर्खाइमा रहेको गुनासो भएका अनुरोधहरू मात्र
staff-filter-apply = अनुरोधहरू देखाउनुहोस्
staff-queue-empty = यी फिल्टरहरूसँग कुनै सेवा अनुरोध मेल खाँदैन।
staff-column-number = सेवा अनुरोध नम्बर
staff-complaint-due = गुनासो: { $date } सम्म जवाफ दिनुपर्ने
staff-complaint-escalated = गुनासो माथि पठाइयो: जवाफ ढिलो भयो

## एउटा अनुरोध
staff-change-heading = स्थिति परिवर्तन गर्नुहोस्
staff-new-status = नयाँ स्थिति
staff-reason = बन्द गर्नुको कारण
staff-reason-hint = नयाँ स्थितिले अनुरोध बन्द गर्छ भने यो आवश्यक छ। यो स्थितिसँग मेल खानुपर्छ।
staff-reason-none = कुनै कारण छैन: अनुरोध खुला रहन्छ
staff-public-note = सार्वजनिक टिप्पणी
staff-public-note-hint = बासिन्दाले यो स्थिति पृष्ठमा देख्छन्। बन्द गर्दा के गरियो, वा किन केही गरिएन भनेर लेख्नुहोस्।
staff-internal-note = आन्तरिक टिप्पणी
staff-internal-note-hint = यो कर्मचारीहरूले मात्र देख्छन्।
staff-save = परिवर्तन सुरक्षित गर्नुहोस्
staff-saved = परिवर्तन सुरक्षित गरियो।
staff-history-heading = पूरा इतिहास
staff-error-status = सूचीबाट एउटा स्थिति छान्नुहोस्
staff-error-reason-missing = अनुरोध बन्द गर्नुको कारण छान्नुहोस्
staff-error-reason-mismatch = यो कारण नयाँ स्थितिसँग मेल खाँदैन। त्यससँग मेल खाने कारण छान्नुहोस्।
staff-error-note-missing = बासिन्दालाई के गरियो, वा किन केही गरिएन भनेर बताउने सार्वजनिक टिप्पणी लेख्नुहोस्
staff-error-reason-open = बन्द गर्नुको कारण अनुरोध बन्द गर्ने स्थितिहरूका लागि मात्र हो

## बन्द गर्नुका कारणहरू
staff-reason-repaired = मर्मत गरियो
staff-reason-cleaned = सफा गरियो
staff-reason-removed = हटाइयो
staff-reason-other-government = सरकारको अर्को तहमा पठाइयो
staff-reason-utility-company = यसको स्वामित्व भएको युटिलिटी वा कम्पनीमा पठाइयो
staff-reason-private-property = निजी सम्पत्तिमा: मालिकलाई पठाइयो
staff-reason-not-found = निरीक्षण गरियो: कुनै समस्या भेटिएन
staff-reason-already-resolved = कर्मचारी पुग्नुअघि नै समाधान भइसकेको थियो
staff-reason-meets-standard = निरीक्षण गरियो: नगरपालिकाको मापदण्ड पूरा गर्छ
staff-reason-duplicate = अर्को अनुरोधको दोहोरो प्रविष्टि

## अडिट लग
staff-audit-heading = अडिट लग
staff-column-when = कहिले
staff-column-who = को
staff-column-action = कार्य
staff-column-detail = विवरण
staff-action-login = साइन इन गरियो
staff-action-logout = साइन आउट गरियो
staff-action-login-failed = साइन इन असफल भयो
staff-action-login-locked = साइन इन अस्वीकार गरियो: धेरै प्रयास
staff-action-status-change = स्थिति परिवर्तन गरियो
staff-action-escalation = गुनासो स्वतः माथि पठाइयो: जवाफ दिने समयसीमा नाघ्यो

## लामबाट एकैपटक धेरै अनुरोधहरू परिवर्तन गर्ने
staff-bulk-column = छनोट
staff-bulk-select = अनुरोध { $number } छान्नुहोस्
staff-bulk-heading = छानिएका अनुरोधहरू परिवर्तन गर्नुहोस्
staff-bulk-hint = तालिकामा अनुरोधहरूमा चिन्ह लगाउनुहोस्, त्यसपछि परिवर्तन छान्नुहोस्। हरेक अनुरोधले उही स्थिति, कारण र टिप्पणीहरू पाउँछ, र त्यसको इतिहासमा त्यसको आफ्नै छुट्टै पङ्क्ति थपिन्छ।
staff-bulk-button = छानिएका अनुरोधहरू परिवर्तन गर्नुहोस्
staff-bulk-saved =
    { $count ->
        [one] एउटा अनुरोध परिवर्तन गरियो।
       *[other] { $count } अनुरोधहरू परिवर्तन गरिए।
    }
staff-error-none-selected = तालिकामा कम्तीमा एउटा अनुरोध छान्नुहोस्।
staff-bulk-skipped =
    { $count ->
        [one] एउटा अनुरोध परिवर्तन गरिएन: यसको स्थिति “सम्पन्न भयो” बनाउन सकिएको कामको फोटो चाहिन्छ। फोटो थप्न यसलाई खोल्नुहोस्।
       *[other] { $count } अनुरोधहरू परिवर्तन गरिएनन्: तिनको स्थिति “सम्पन्न भयो” बनाउन सकिएको कामको फोटो चाहिन्छ। फोटो थप्न हरेक अनुरोध खोल्नुहोस्।
    }

## स्थिति परिवर्तनसँगै फोटो (सकिएको कामको)
staff-photo = कामको फोटो (ऐच्छिक)
staff-photo-hint = JPEG, PNG वा WebP ढाँचाको बढीमा 10 MB को तस्बिर। बासिन्दाहरूले यसलाई अनुरोधको घटनाक्रममा देख्छन्।
staff-photo-hint-required = यो सेवामा स्थिति “सम्पन्न भयो” बनाउन सकिएको कामको फोटो चाहिन्छ। JPEG, PNG वा WebP ढाँचाको बढीमा 10 MB को तस्बिर; बासिन्दाहरूले यसलाई घटनाक्रममा देख्छन्।
staff-error-completion-photo-missing = सकिएको कामको फोटो थप्नुहोस्: यो सेवामा स्थिति “सम्पन्न भयो” बनाउन फोटो चाहिन्छ
