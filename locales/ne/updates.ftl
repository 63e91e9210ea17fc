## इमेल वा एसएमएसबाट अनुरोधबारेका अपडेट: स्थिति पृष्ठका फारमहरू, अपडेट रोक्ने पृष्ठ
## र सन्देशहरू आफैं। सन्देशहरू सादा पाठमा हुन्छन्; $number सेवा अनुरोध नम्बर हो, जस्तै 2026-000123,
## $service सेवाको प्रकारको नाम, $status स्थितिको नाम।

updates-heading = अपडेट पाउनुहोस्
updates-intro = यो अनुरोधमा हरेक पटक परिवर्तन हुँदा हामी तपाईंलाई जानकारी दिन सक्छौं। यो इमेल ठेगाना वा फोन नम्बर तपाईंकै हो भनी जाँच गर्न हामी पहिले तपाईंलाई एउटा कोड पठाउँछौं।
updates-email-label = इमेल ठेगाना
updates-email-hint = हामी यसलाई यो अनुरोधबारेका अपडेट पठाउन मात्र प्रयोग गर्छौं।
updates-email-button = मलाई इमेलबाट अपडेट पठाउनुहोस्
updates-phone-label = मोबाइल फोन नम्बर
updates-phone-hint = उदाहरणका लागि 416 555 0123। तपाईंको मोबाइल कम्पनीको एसएमएस शुल्क लाग्न सक्छ।
updates-phone-button = मलाई एसएमएसबाट अपडेट पठाउनुहोस्
updates-code-sent-email = हामीले { $address } मा 6 अङ्कको कोड पठाएका छौं।
updates-code-sent-sms = हामीले एसएमएसबाट { $address } मा 6 अङ्कको कोड पठाएका छौं।
updates-code-label = कोड
updates-code-hint = कोड पठाएको 15 मिनेटपछि यसको म्याद सकिन्छ।
updates-confirm-button = पुष्टि गर्नुहोस्
updates-resend-button = नयाँ कोड पठाउनुहोस्
updates-resent = हामीले नयाँ कोड पठाएका छौं। सबैभन्दा नयाँ कोड मात्र चल्छ।
updates-on = तपाईंले यो अनुरोधबारे अपडेट पाउनुहुनेछ। हरेक सन्देशमा अपडेट रोक्ने लिङ्क हुन्छ।
updates-already = यो ठेगाना वा नम्बरमा यो अनुरोधबारेका अपडेट पहिले नै पठाइँदैछ।
updates-error-email = name@example.com जस्तो इमेल ठेगाना लेख्नुहोस्
updates-error-phone = एरिया कोडसहित मोबाइल नम्बर लेख्नुहोस्, जस्तै 416 555 0123
updates-error-too-many = तपाईंले छोटो समयमा धेरै कोड माग्नुभयो। हामीले पठाएको अन्तिम कोड प्रयोग गर्नुहोस्, वा एक घण्टापछि फेरि प्रयास गर्नुहोस्।
updates-error-code-format = हामीले पठाएको सन्देशमा भएको 6 अङ्कको कोड लेख्नुहोस्
updates-error-code-wrong = कोड मिलेन। हामीले पठाएको सबैभन्दा नयाँ सन्देश हेरेर फेरि प्रयास गर्नुहोस्।
updates-error-code-expired = कोडको म्याद सकियो। नयाँ कोड पठाउनुहोस्।
updates-error-code-attempts = कोड धेरै पटक गलत लेखियो। नयाँ कोड पठाउनुहोस्।
updates-error-unknown = यो कोड अब प्रयोग गर्न सकिँदैन। फेरि अपडेट माग्नुहोस्।

unsubscribe-title = अपडेट रोक्नुहोस्
unsubscribe-heading = अनुरोध { $number } बारेका अपडेट रोक्नुहोस्
unsubscribe-sent-to-email = अपडेट { $address } मा पठाइन्छ।
unsubscribe-sent-to-sms = अपडेट एसएमएसबाट { $address } मा पठाइन्छ।
unsubscribe-button = अपडेट रोक्नुहोस्
unsubscribe-done = अब तपाईंले अनुरोध { $number } बारे कुनै अपडेट पाउनुहुने छैन।
unsubscribe-unknown = यो लिङ्क मान्य छैन। लिङ्क पूरै कपी गरिएको छ कि छैन, जाँच गर्नुहोस्।
unsubscribe-back = अनुरोध हेर्नुहोस्

notify-code-subject = अनुरोध { $number } का लागि तपाईंको कोड
notify-code-email =
    तपाईंको कोड { $code } हो।
    
    तपाईंले अनुरोध { $number } बारे अपडेट मागेको पृष्ठमा यो कोड लेख्नुहोस्। यसको म्याद 15 मिनेटमा सकिन्छ।
    
    तपाईंले अपडेट मागेको होइन भने यो इमेललाई बेवास्ता गर्नुहोस्।
notify-code-sms = अनुरोध { $number } का लागि तपाईंको 311 कोड { $code } हो। यसको म्याद 15 मिनेटमा सकिन्छ।
notify-status-subject = अनुरोध { $number }: { $status }
notify-status-email = तपाईंको अनुरोध { $number } ({ $service }) को हालको स्थिति: { $status }।
notify-status-sms = 311: अनुरोध { $number } ({ $service }) को हालको स्थिति: { $status }।
notify-note = नगरपालिकाको टिप्पणी: { $note }
notify-escalated-subject = अनुरोध { $number }: तपाईंको गुनासो विभागको व्यवस्थापनमा पठाइयो
notify-escalated-email = अनुरोध { $number } ({ $service }) बारेको तपाईंको गुनासोको जवाफ समयमै नआएकाले यसलाई विभागको व्यवस्थापनमा पठाइयो।
notify-escalated-sms = 311: अनुरोध { $number } बारेको तपाईंको गुनासो विभागको व्यवस्थापनमा पठाइयो।
notify-link = अनुरोध र यसको घटनाक्रम हेर्नुहोस्: { $link }
notify-link-sms = { $link }
notify-footer-email = तपाईंले यो अनुरोधबारे अपडेट माग्नुभएकाले यो इमेल पाउनुभएको हो।
notify-unsubscribe = यी अपडेट रोक्नुहोस्: { $unsubscribe }
notify-unsubscribe-sms = रोक्न STOP लेखेर जवाफ दिनुहोस्, वा { $unsubscribe } मा जानुहोस्
