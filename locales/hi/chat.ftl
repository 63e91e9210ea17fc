## लाइव चैट: निवासी का चैट पैनल, संदेश छोड़ना, एजेंटों का कंसोल और चैट संदेश।

chat-launcher = 311 से चैट करें
chat-panel-heading = 311 के साथ लाइव चैट
chat-close = चैट बंद करें
chat-intro = कोई सवाल पूछें या किसी अनुरोध में मदद पाएँ। कोई एजेंट खाली होते ही यहीं आपको जवाब देगा।
chat-name-label = आपका नाम (वैकल्पिक)
chat-topic-label = आपको किस बारे में मदद चाहिए?
chat-topic-hint = उदाहरण के लिए: मेरी सड़क पर कचरा नहीं उठाया गया
chat-start = चैट शुरू करें
chat-connecting = कनेक्ट हो रहा है…
chat-reconnecting = कनेक्शन टूट गया। फिर से कनेक्ट हो रहा है… आपके संदेश सुरक्षित हैं।
chat-reconnected = फिर से कनेक्ट हो गया।
chat-queue-next = कतार में अगली बारी आपकी है।
chat-queue-position = कतार में आपका नंबर { $position } है।
chat-queue-wait =
    { $minutes ->
        [one] अनुमानित प्रतीक्षा: लगभग { $minutes } मिनट।
       *[other] अनुमानित प्रतीक्षा: लगभग { $minutes } मिनट।
    }
chat-waiting-note = प्रतीक्षा करते समय आप अपना सवाल लिख सकते हैं। यह पेज खुला रखें: चैट अपने आप बंद नहीं होती।
chat-log-label = बातचीत
chat-message-label = आपका संदेश
chat-send = भेजें
chat-not-sent = अभी नहीं भेजा गया। कनेक्शन वापस आते ही इसे भेज दिया जाएगा।
chat-typing-agent = एजेंट लिख रहा है…
chat-typing-resident = निवासी लिख रहा है…
chat-you = आप
chat-resident = निवासी
chat-end = चैट समाप्त करें
chat-ended-heading = चैट समाप्त हो गई है
chat-rate-legend = यह चैट कितनी मददगार रही?
chat-rate-stars =
    { $stars ->
        [one] { $stars } स्टार
       *[other] { $stars } स्टार
    }
chat-rate-submit = रेटिंग भेजें
chat-rate-thanks = रेटिंग देने के लिए धन्यवाद।
chat-transcript-label = बातचीत का लिखित रिकॉर्ड मुझे ईमेल करें
chat-transcript-submit = लिखित रिकॉर्ड भेजें
chat-transcript-sent = बातचीत का लिखित रिकॉर्ड आपके ईमेल पर भेजा जा रहा है।
chat-new = नई चैट शुरू करें
chat-about-request = इस अनुरोध के बारे में चैट करें
chat-linked-request = अनुरोध { $number } के बारे में

chat-page-title = लाइव चैट
chat-page-intro = 311 के किसी एजेंट से लाइव चैट करें, या संदेश छोड़ें और हम आपको ईमेल या टेक्स्ट मैसेज से जवाब देंगे।
chat-offline-heading = संदेश छोड़ें
chat-offline-intro = अभी कोई एजेंट चैट के लिए उपलब्ध नहीं है। अपने ईमेल पते या फ़ोन नंबर के साथ संदेश छोड़ें, और एक एजेंट आपको जवाब देगा।
chat-offline-email = ईमेल पता
chat-offline-phone = फ़ोन नंबर, टेक्स्ट मैसेज से जवाब पाने के लिए
chat-offline-body = आपका संदेश
chat-offline-submit = संदेश भेजें
chat-offline-sent = धन्यवाद। हमें आपका संदेश मिल गया है, और एक एजेंट आपको ईमेल या टेक्स्ट मैसेज से जवाब देगा।
chat-offline-error-body = अपना संदेश दर्ज करें
chat-offline-error-body-long = आपका संदेश 2,000 अक्षरों या उससे कम का होना चाहिए
chat-offline-error-name-long = आपका नाम 100 अक्षरों या उससे कम का होना चाहिए
chat-offline-error-contact = ईमेल पता या फ़ोन नंबर दर्ज करें, ताकि हम आपको जवाब दे सकें
chat-offline-error-email = ईमेल पता सही प्रारूप में दर्ज करें, जैसे name@example.com
chat-offline-error-phone = फ़ोन नंबर दर्ज करें, जैसे 416 555 0123

## चैट की घटनाएँ, जो दोनों पक्षों को दिखाई देती हैं।

chat-event-joined = { $name } चैट में शामिल हुए।
chat-event-transferred = चैट { $name } को सौंप दी गई।
chat-event-ended = चैट समाप्त हो गई है।
chat-event-request = आपके लिए सेवा अनुरोध { $number } बनाया गया है। आप इस संख्या से इसकी स्थिति देख सकते हैं।

## चैट में भेजी गई कोई चीज़ स्वीकार क्यों नहीं की गई।

chat-error-bad-frame = इसे पढ़ा नहीं जा सका। पेज फिर से लोड करें और दोबारा कोशिश करें।
chat-error-too-long = आपका संदेश बहुत लंबा है। इसे 2,000 अक्षरों या उससे कम रखें।
chat-error-too-fast = आप बहुत जल्दी-जल्दी संदेश भेज रहे हैं। थोड़ा रुकें, फिर दोबारा भेजें।
chat-error-empty = भेजने से पहले संदेश लिखें।
chat-error-topic-missing = बताएँ कि आपको किस बारे में मदद चाहिए।
chat-error-already-started = यह चैट पहले ही शुरू हो चुकी है।
chat-error-unknown-chat = वह चैट नहीं मिली। नई चैट शुरू करें।
chat-error-no-chat = पहले चैट शुरू करें।
chat-error-chat-ended = यह चैट समाप्त हो चुकी है। और संदेश भेजने के लिए नई चैट शुरू करें।
chat-error-bad-rating = 1 से 5 स्टार में से चुनें।
chat-error-not-ended = चैट समाप्त होने के बाद ही आप उसे रेटिंग दे सकते हैं।
chat-error-bad-email = ईमेल पता सही प्रारूप में दर्ज करें, जैसे name@example.com
chat-error-agents-only = यह केवल एजेंट कर सकते हैं।
chat-error-residents-only = यह केवल निवासी कर सकते हैं।
chat-error-not-yours = वह चैट आपको नहीं सौंपी गई है।
chat-error-at-limit = आप जितनी चैट एक साथ संभाल सकते हैं, उतनी पहले से खुली हैं। पहले कोई एक चैट समाप्त करें।
chat-error-taken = वह चैट किसी दूसरे एजेंट ने ले ली है, या वह समाप्त हो चुकी है।
chat-error-agent-unavailable = वह एजेंट अब ऑनलाइन नहीं है। कोई दूसरा एजेंट चुनें।
chat-error-unavailable = चैट अभी उपलब्ध नहीं है। कुछ मिनट बाद फिर से कोशिश करें, या 311 पर कॉल करें।

## एजेंटों के तैयार जवाब, निवासी की भाषा में।

chat-canned-greeting = नमस्ते, 311 Toronto से संपर्क करने के लिए धन्यवाद। आज मैं आपकी कैसे मदद करूँ?
chat-canned-one-moment = कृपया एक क्षण प्रतीक्षा करें, मैं इसकी जानकारी देख लूँ।
chat-canned-more-details = क्या आप समस्या के बारे में थोड़ा और बता सकते हैं?
chat-canned-location = समस्या ठीक-ठीक कहाँ है? सड़क का पता या सबसे नज़दीकी चौराहा बताने से मदद मिलती है।
chat-canned-request-filed = मैंने आपके लिए एक सेवा अनुरोध बना दिया है। इस चैट में दी गई संख्या से आप इसकी स्थिति देख सकते हैं।
chat-canned-goodbye = 311 से संपर्क करने के लिए धन्यवाद। क्या आपको किसी और चीज़ में मदद चाहिए?

## /agent पर एजेंटों का कंसोल।

agent-page-heading = चैट कंसोल
agent-status-connected = कनेक्ट हो गया। आप चैट के लिए ऑनलाइन हैं।
agent-status-reconnecting = कनेक्शन टूट गया। फिर से कनेक्ट हो रहा है…
agent-queue-heading = प्रतीक्षा में चैट
agent-queue-empty = कोई चैट प्रतीक्षा में नहीं है।
agent-queue-topic = विषय
agent-queue-language = भाषा
agent-queue-waiting = प्रतीक्षा का समय
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } मिनट
       *[other] { $minutes } मिनट
    }
agent-queue-fallback = आपकी भाषाओं में से नहीं
agent-accept = स्वीकार करें
agent-load = खुली चैट: { $limit } में से { $active }
agent-chats-heading = आपकी चैट
agent-no-chats = शुरू करने के लिए कतार से कोई चैट स्वीकार करें।
agent-chat-with = { $name } के साथ चैट
agent-chat-language = भाषा: { $language }
agent-chat-topic = विषय: { $topic }
agent-canned-label = तैयार जवाब
agent-canned-choose = कोई जवाब चुनें
agent-canned-insert = यह जवाब इस्तेमाल करें
agent-reply-label = जवाब
agent-send = भेजें
agent-add-note = आंतरिक टिप्पणी के रूप में जोड़ें
agent-note = आंतरिक टिप्पणी
agent-transfer-label = किसे सौंपें
agent-transfer = सौंपें
agent-transfer-none = कोई दूसरा एजेंट ऑनलाइन नहीं है।
agent-end = चैट समाप्त करें
agent-ended = यह चैट समाप्त हो चुकी है।
agent-close = बंद करें
agent-request-heading = सेवा अनुरोध बनाएँ
agent-request-service = सेवा का प्रकार
agent-request-place = स्थान: सड़क, चौराहा या जगह
agent-request-description = विवरण
agent-request-submit = रिपोर्ट फ़ॉर्म खोलें
agent-request-hint = रिपोर्ट फ़ॉर्म इस चैट की जानकारी से भरा हुआ खुलता है। इसे जाँचें और जमा करें; अनुरोध संख्या चैट में डाल दी जाती है।
agent-cases-heading = वे संदेश जो तब छोड़े गए जब कोई चैट के लिए उपलब्ध नहीं था
agent-cases-empty = कोई संदेश जवाब की प्रतीक्षा में नहीं है।
agent-case-from = { $name } की ओर से, { $contact }
agent-case-reply = आपका जवाब
agent-case-send = जवाब भेजें
agent-case-answered = आपका जवाब भेज दिया गया।
agent-error-reply = 2,000 अक्षरों या उससे कम का जवाब दर्ज करें।
agent-error-answered = उस संदेश का जवाब पहले ही दिया जा चुका है।
agent-error-not-yours = वह चैट अब आपको सौंपी हुई नहीं है।
agent-error-service = सेवा का प्रकार चुनें।
staff-chat-transcripts = चैट के लिखित रिकॉर्ड

## ईमेल या टेक्स्ट मैसेज से भेजे जाने वाले संदेश।

notify-chat-transcript-subject = 311 Toronto के साथ आपकी चैट
notify-chat-transcript-email = आपके अनुरोध के अनुसार, 311 Toronto के साथ आपकी चैट का लिखित रिकॉर्ड यह है।
notify-chat-reply-subject = 311 Toronto को भेजे गए आपके संदेश का जवाब
notify-chat-reply-email =
    आपने 311 Toronto के लिए एक संदेश छोड़ा था। एक एजेंट ने जवाब दिया है:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
