## लाइभ च्याट: बासिन्दाको च्याट प्यानल, सन्देश छोड्ने, एजेन्टहरूको कन्सोल र च्याटका सन्देशहरू।

chat-launcher = 311 सँग च्याट गर्नुहोस्
chat-panel-heading = 311 सँग लाइभ च्याट
chat-close = च्याट बन्द गर्नुहोस्
chat-intro = प्रश्न सोध्नुहोस् वा कुनै अनुरोधबारे सहयोग लिनुहोस्। कुनै एजेन्ट खाली हुनेबित्तिकै यहीँ तपाईंलाई जवाफ दिनुहुनेछ।
chat-name-label = तपाईंको नाम (ऐच्छिक)
chat-topic-label = तपाईंलाई केबारे सहयोग चाहिएको छ?
chat-topic-hint = उदाहरणका लागि: मेरो सडकमा फोहोर उठाइएन
chat-start = च्याट सुरु गर्नुहोस्
chat-connecting = जोडिँदैछ…
chat-reconnecting = जडान टुट्यो। फेरि जोडिँदैछ… तपाईंका सन्देशहरू सुरक्षित छन्।
chat-reconnected = फेरि जोडियो।
chat-queue-next = लाममा अब तपाईंको पालो हो।
chat-queue-position = लाममा तपाईंको नम्बर { $position } हो।
chat-queue-wait =
    { $minutes ->
        [one] अनुमानित पर्खाइ: लगभग { $minutes } मिनेट।
       *[other] अनुमानित पर्खाइ: लगभग { $minutes } मिनेट।
    }
chat-waiting-note = पर्खिँदै गर्दा तपाईं आफ्नो प्रश्न लेख्न सक्नुहुन्छ। यो पृष्ठ खुला राख्नुहोस्: च्याट आफैं बन्द हुँदैन।
chat-log-label = कुराकानी
chat-message-label = तपाईंको सन्देश
chat-send = पठाउनुहोस्
chat-not-sent = अझै पठाइएको छैन। जडान फर्किनेबित्तिकै यो पठाइनेछ।
chat-typing-agent = एजेन्ट लेख्दै हुनुहुन्छ…
chat-typing-resident = बासिन्दा लेख्दै हुनुहुन्छ…
chat-you = तपाईं
chat-resident = बासिन्दा
chat-end = च्याट अन्त्य गर्नुहोस्
chat-ended-heading = च्याट सकियो
chat-rate-legend = यो च्याट कत्तिको उपयोगी भयो?
chat-rate-stars =
    { $stars ->
        [one] { $stars } तारा
       *[other] { $stars } तारा
    }
chat-rate-submit = मूल्याङ्कन पठाउनुहोस्
chat-rate-thanks = तपाईंको मूल्याङ्कनका लागि धन्यवाद।
chat-transcript-label = कुराकानीको लिखित प्रति मलाई इमेल गर्नुहोस्
chat-transcript-submit = लिखित प्रति पठाउनुहोस्
chat-transcript-sent = कुराकानीको लिखित प्रति तपाईंको इमेलमा पठाइँदैछ।
chat-new = नयाँ च्याट सुरु गर्नुहोस्
chat-about-request = यो अनुरोधबारे च्याट गर्नुहोस्
chat-linked-request = अनुरोध { $number } बारे

chat-page-title = लाइभ च्याट
chat-page-intro = 311 का एजेन्टसँग लाइभ च्याट गर्नुहोस्, वा सन्देश छोड्नुहोस् र हामी तपाईंलाई इमेल वा टेक्स्ट सन्देशबाट जवाफ दिनेछौं।
chat-offline-heading = सन्देश छोड्नुहोस्
chat-offline-intro = अहिले कुनै पनि एजेन्ट च्याटका लागि उपलब्ध हुनुहुन्न। आफ्नो इमेल ठेगाना वा फोन नम्बरसहित सन्देश छोड्नुहोस्, र एक जना एजेन्टले तपाईंलाई जवाफ दिनुहुनेछ।
chat-offline-email = इमेल ठेगाना
chat-offline-phone = फोन नम्बर, टेक्स्ट सन्देशबाट जवाफ पाउन
chat-offline-body = तपाईंको सन्देश
chat-offline-submit = सन्देश पठाउनुहोस्
chat-offline-sent = धन्यवाद। हामीले तपाईंको सन्देश पायौं, र एक जना एजेन्टले तपाईंलाई इमेल वा टेक्स्ट सन्देशबाट जवाफ दिनुहुनेछ।
chat-offline-error-body = आफ्नो सन्देश लेख्नुहोस्
chat-offline-error-body-long = तपाईंको सन्देश 2,000 अक्षर वा सोभन्दा कम हुनुपर्छ
chat-offline-error-name-long = तपाईंको नाम 100 अक्षर वा सोभन्दा कम हुनुपर्छ
chat-offline-error-contact = हामीले तपाईंलाई जवाफ दिन सकौं भनेर इमेल ठेगाना वा फोन नम्बर लेख्नुहोस्
chat-offline-error-email = इमेल ठेगाना सही ढाँचामा लेख्नुहोस्, जस्तै name@example.com
chat-offline-error-phone = फोन नम्बर लेख्नुहोस्, जस्तै 416 555 0123

## च्याटका घटनाहरू, दुवै पक्षलाई देखाइन्छ।

chat-event-joined = { $name } च्याटमा सामेल हुनुभयो।
chat-event-transferred = च्याट { $name } लाई हस्तान्तरण गरियो।
chat-event-ended = च्याट सकियो।
chat-event-request = तपाईंका लागि सेवा अनुरोध { $number } बनाइयो। यो नम्बरबाट तपाईं यसको स्थिति हेर्न सक्नुहुन्छ।

## च्याटमा पठाइएको कुरा किन स्वीकार गरिएन।

chat-error-bad-frame = त्यो पढ्न सकिएन। पृष्ठ फेरि लोड गर्नुहोस् र फेरि प्रयास गर्नुहोस्।
chat-error-too-long = तपाईंको सन्देश धेरै लामो छ। यसलाई 2,000 अक्षर वा सोभन्दा कम राख्नुहोस्।
chat-error-too-fast = तपाईं धेरै छिटो-छिटो सन्देश पठाउँदै हुनुहुन्छ। एकछिन पर्खनुहोस्, अनि फेरि पठाउनुहोस्।
chat-error-empty = पठाउनुअघि सन्देश लेख्नुहोस्।
chat-error-topic-missing = तपाईंलाई केबारे सहयोग चाहिएको हो, लेख्नुहोस्।
chat-error-already-started = यो च्याट पहिले नै सुरु भइसकेको छ।
chat-error-unknown-chat = त्यो च्याट भेटिएन। नयाँ च्याट सुरु गर्नुहोस्।
chat-error-no-chat = पहिले च्याट सुरु गर्नुहोस्।
chat-error-chat-ended = यो च्याट सकिइसकेको छ। थप सन्देश पठाउन नयाँ च्याट सुरु गर्नुहोस्।
chat-error-bad-rating = 1 देखि 5 तारासम्म छान्नुहोस्।
chat-error-not-ended = च्याट सकिएपछि मात्र तपाईं यसको मूल्याङ्कन गर्न सक्नुहुन्छ।
chat-error-bad-email = इमेल ठेगाना सही ढाँचामा लेख्नुहोस्, जस्तै name@example.com
chat-error-agents-only = यो एजेन्टहरूले मात्र गर्न सक्नुहुन्छ।
chat-error-residents-only = यो बासिन्दाहरूले मात्र गर्न सक्नुहुन्छ।
chat-error-not-yours = त्यो च्याट तपाईंलाई तोकिएको छैन।
chat-error-at-limit = तपाईंले लिन सक्ने जति च्याटहरू पहिले नै खुला छन्। पहिले एउटा अन्त्य गर्नुहोस्।
chat-error-taken = त्यो च्याट अर्को एजेन्टले लिइसक्नुभयो, वा त्यो सकिइसकेको छ।
chat-error-agent-unavailable = ती एजेन्ट अब अनलाइन हुनुहुन्न। अर्को कसैलाई छान्नुहोस्।
chat-error-unavailable = च्याट अहिले उपलब्ध छैन। केही मिनेटपछि फेरि प्रयास गर्नुहोस्, वा 311 मा फोन गर्नुहोस्।

## एजेन्टहरूले पठाउने तयारी जवाफहरू, बासिन्दाको भाषामा।

chat-canned-greeting = नमस्ते, 311 Toronto मा सम्पर्क गर्नुभएकोमा धन्यवाद। आज म तपाईंलाई कसरी सहयोग गर्न सक्छु?
chat-canned-one-moment = कृपया एकछिन पर्खनुहोस्, म यसबारे हेर्दैछु।
chat-canned-more-details = समस्याबारे अलि थप बताइदिन सक्नुहुन्छ?
chat-canned-location = समस्या ठ्याक्कै कहाँ छ? सडकको ठेगाना वा सबैभन्दा नजिकको चोक बताइदिनुभयो भने सहयोग हुन्छ।
chat-canned-request-filed = मैले तपाईंका लागि एउटा सेवा अनुरोध बनाएको छु। यो च्याटमा दिइएको नम्बरबाट तपाईं यसको स्थिति हेर्न सक्नुहुन्छ।
chat-canned-goodbye = 311 मा सम्पर्क गर्नुभएकोमा धन्यवाद। के म तपाईंलाई अरू कुनै कुरामा सहयोग गर्न सक्छु?

## /agent मा रहेको एजेन्टहरूको कन्सोल।

agent-page-heading = च्याट कन्सोल
agent-status-connected = जोडियो। तपाईं च्याटका लागि अनलाइन हुनुहुन्छ।
agent-status-reconnecting = जडान टुट्यो। फेरि जोडिँदैछ…
agent-queue-heading = पर्खिरहेका च्याटहरू
agent-queue-empty = कुनै च्याट पर्खिरहेको छैन।
agent-queue-topic = विषय
agent-queue-language = भाषा
agent-queue-waiting = पर्खाइ
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } मिनेट
       *[other] { $minutes } मिनेट
    }
agent-queue-fallback = तपाईंका भाषाहरूमध्ये होइन
agent-accept = स्वीकार गर्नुहोस्
agent-load = खुला च्याटहरू: { $limit } मध्ये { $active }
agent-chats-heading = तपाईंका च्याटहरू
agent-no-chats = सुरु गर्न लामबाट एउटा च्याट स्वीकार गर्नुहोस्।
agent-chat-with = { $name } सँग च्याट
agent-chat-language = भाषा: { $language }
agent-chat-topic = विषय: { $topic }
agent-canned-label = तयारी जवाफ
agent-canned-choose = एउटा जवाफ छान्नुहोस्
agent-canned-insert = यो जवाफ प्रयोग गर्नुहोस्
agent-reply-label = जवाफ
agent-send = पठाउनुहोस्
agent-add-note = आन्तरिक टिप्पणीका रूपमा थप्नुहोस्
agent-note = आन्तरिक टिप्पणी
agent-transfer-label = कसलाई हस्तान्तरण गर्ने
agent-transfer = हस्तान्तरण गर्नुहोस्
agent-transfer-none = अरू कुनै एजेन्ट अनलाइन हुनुहुन्न।
agent-end = च्याट अन्त्य गर्नुहोस्
agent-ended = यो च्याट सकिइसकेको छ।
agent-close = बन्द गर्नुहोस्
agent-request-heading = सेवा अनुरोध बनाउनुहोस्
agent-request-service = सेवाको प्रकार
agent-request-place = स्थान: सडक, चोक वा ठाउँ
agent-request-description = विवरण
agent-request-submit = रिपोर्ट फारम खोल्नुहोस्
agent-request-hint = रिपोर्ट फारम यो च्याटको जानकारीले भरिएर खुल्छ। यसलाई जाँच गरेर पेस गर्नुहोस्; अनुरोध नम्बर च्याटमा राखिन्छ।
agent-cases-heading = कोही पनि च्याटका लागि उपलब्ध नहुँदा छोडिएका सन्देशहरू
agent-cases-empty = कुनै पनि सन्देश जवाफको पर्खाइमा छैन।
agent-case-from = { $name } बाट, { $contact }
agent-case-reply = तपाईंको जवाफ
agent-case-send = जवाफ पठाउनुहोस्
agent-case-answered = तपाईंको जवाफ पठाइयो।
agent-error-reply = 2,000 अक्षर वा सोभन्दा कमको जवाफ लेख्नुहोस्।
agent-error-answered = त्यो सन्देशको जवाफ पहिले नै दिइसकिएको छ।
agent-error-not-yours = त्यो च्याट अब तपाईंलाई तोकिएको छैन।
agent-error-service = सेवाको प्रकार छान्नुहोस्।
staff-chat-transcripts = च्याटका लिखित प्रतिहरू

## इमेल वा टेक्स्ट सन्देशबाट पठाइने सन्देशहरू।

notify-chat-transcript-subject = 311 Toronto सँगको तपाईंको च्याट
notify-chat-transcript-email = तपाईंले अनुरोध गर्नुभएअनुसार, 311 Toronto सँगको तपाईंको च्याटको लिखित प्रति यहाँ छ।
notify-chat-reply-subject = 311 Toronto लाई पठाउनुभएको सन्देशको जवाफ
notify-chat-reply-email =
    तपाईंले 311 Toronto का लागि एउटा सन्देश छोड्नुभएको थियो। एक जना एजेन्टले जवाफ दिनुभएको छ:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
