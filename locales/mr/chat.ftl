## लाइव्ह चॅट: रहिवाशांचे चॅट पॅनेल, संदेश ठेवणे, एजंटांचा कन्सोल आणि चॅटमधील संदेश.

chat-launcher = 311 शी चॅट करा
chat-panel-heading = 311 शी लाइव्ह चॅट
chat-close = चॅट बंद करा
chat-intro = प्रश्न विचारा किंवा एखाद्या विनंतीबद्दल मदत घ्या. एखादा एजंट मोकळा होताच इथेच तुम्हाला उत्तर देईल.
chat-name-label = तुमचे नाव (ऐच्छिक)
chat-topic-label = तुम्हाला कशाबद्दल मदत हवी आहे?
chat-topic-hint = उदाहरणार्थ: माझ्या रस्त्यावरचा कचरा उचलला गेला नाही
chat-start = चॅट सुरू करा
chat-connecting = कनेक्ट होत आहे…
chat-reconnecting = कनेक्शन तुटले. पुन्हा कनेक्ट होत आहे… तुमचे संदेश जपून ठेवले आहेत.
chat-reconnected = पुन्हा कनेक्ट झाले.
chat-queue-next = रांगेत पुढचा क्रमांक तुमचा आहे.
chat-queue-position = रांगेत तुमचा क्रमांक { $position } आहे.
chat-queue-wait =
    { $minutes ->
        [one] अंदाजे प्रतीक्षा: सुमारे { $minutes } मिनिट.
       *[other] अंदाजे प्रतीक्षा: सुमारे { $minutes } मिनिटे.
    }
chat-waiting-note = प्रतीक्षा करताना तुम्ही तुमचा प्रश्न लिहू शकता. हे पान उघडे ठेवा: चॅट आपोआप बंद होत नाही.
chat-log-label = संभाषण
chat-message-label = तुमचा संदेश
chat-send = पाठवा
chat-not-sent = अजून पाठवला नाही. कनेक्शन परत येताच तो पाठवला जाईल.
chat-typing-agent = एजंट टाइप करत आहे…
chat-typing-resident = रहिवासी टाइप करत आहे…
chat-you = तुम्ही
chat-resident = रहिवासी
chat-end = चॅट संपवा
chat-ended-heading = चॅट संपले आहे
chat-rate-legend = हे चॅट किती उपयुक्त ठरले?
chat-rate-stars =
    { $stars ->
        [one] { $stars } तारा
       *[other] { $stars } तारे
    }
chat-rate-submit = रेटिंग पाठवा
chat-rate-thanks = तुमच्या रेटिंगबद्दल धन्यवाद.
chat-transcript-label = संभाषणाची लेखी प्रत मला ईमेल करा
chat-transcript-submit = लेखी प्रत पाठवा
chat-transcript-sent = संभाषणाची लेखी प्रत तुमच्या ईमेलवर पाठवली जात आहे.
chat-new = नवीन चॅट सुरू करा
chat-about-request = या विनंतीबद्दल चॅट करा
chat-linked-request = विनंती { $number } बद्दल

chat-page-title = लाइव्ह चॅट
chat-page-intro = 311 च्या एजंटशी लाइव्ह चॅट करा, किंवा संदेश ठेवा आणि आम्ही तुम्हाला ईमेल किंवा मजकूर संदेशाद्वारे उत्तर देऊ.
chat-offline-heading = संदेश ठेवा
chat-offline-intro = सध्या कोणताही एजंट चॅटसाठी उपलब्ध नाही. तुमचा ईमेल पत्ता किंवा फोन नंबर देऊन संदेश ठेवा, आणि एक एजंट तुम्हाला उत्तर देईल.
chat-offline-email = ईमेल पत्ता
chat-offline-phone = फोन नंबर, मजकूर संदेशाद्वारे उत्तर मिळवण्यासाठी
chat-offline-body = तुमचा संदेश
chat-offline-submit = संदेश पाठवा
chat-offline-sent = धन्यवाद. आम्हाला तुमचा संदेश मिळाला आहे, आणि एक एजंट तुम्हाला ईमेल किंवा मजकूर संदेशाद्वारे उत्तर देईल.
chat-offline-error-body = तुमचा संदेश लिहा
chat-offline-error-body-long = तुमचा संदेश 2,000 अक्षरे किंवा त्यापेक्षा कमी असावा
chat-offline-error-name-long = तुमचे नाव 100 अक्षरे किंवा त्यापेक्षा कमी असावे
chat-offline-error-contact = आम्ही तुम्हाला उत्तर देऊ शकू म्हणून ईमेल पत्ता किंवा फोन नंबर लिहा
chat-offline-error-email = ईमेल पत्ता योग्य स्वरूपात लिहा, उदाहरणार्थ name@example.com
chat-offline-error-phone = फोन नंबर लिहा, उदाहरणार्थ 416 555 0123

## चॅटमधील घटना, दोन्ही बाजूंना दिसतात.

chat-event-joined = { $name } चॅटमध्ये सामील झाले.
chat-event-transferred = चॅट { $name } यांच्याकडे सोपवले.
chat-event-ended = चॅट संपले आहे.
chat-event-request = तुमच्यासाठी सेवा विनंती { $number } तयार केली आहे. या क्रमांकाने तुम्ही तिची स्थिती पाहू शकता.

## चॅटमध्ये पाठवलेले काही का स्वीकारले गेले नाही.

chat-error-bad-frame = ते वाचता आले नाही. पान पुन्हा लोड करा आणि पुन्हा प्रयत्न करा.
chat-error-too-long = तुमचा संदेश खूप मोठा आहे. तो 2,000 अक्षरे किंवा त्यापेक्षा कमी ठेवा.
chat-error-too-fast = तुम्ही खूप वेगाने संदेश पाठवत आहात. थोडे थांबा, मग पुन्हा पाठवा.
chat-error-empty = पाठवण्यापूर्वी संदेश लिहा.
chat-error-topic-missing = तुम्हाला कशाबद्दल मदत हवी आहे ते लिहा.
chat-error-already-started = हे चॅट आधीच सुरू झाले आहे.
chat-error-unknown-chat = ते चॅट सापडले नाही. नवीन चॅट सुरू करा.
chat-error-no-chat = आधी चॅट सुरू करा.
chat-error-chat-ended = हे चॅट संपले आहे. आणखी संदेश पाठवण्यासाठी नवीन चॅट सुरू करा.
chat-error-bad-rating = 1 ते 5 तारे यांपैकी निवडा.
chat-error-not-ended = चॅट संपल्यानंतरच तुम्ही त्याला रेटिंग देऊ शकता.
chat-error-bad-email = ईमेल पत्ता योग्य स्वरूपात लिहा, उदाहरणार्थ name@example.com
chat-error-agents-only = हे फक्त एजंटच करू शकतात.
chat-error-residents-only = हे फक्त रहिवासीच करू शकतात.
chat-error-not-yours = ते चॅट तुम्हाला सोपवलेले नाही.
chat-error-at-limit = तुम्ही घेऊ शकता तितकी चॅट आधीच उघडी आहेत. आधी एक संपवा.
chat-error-taken = ते चॅट दुसऱ्या एजंटने घेतले आहे, किंवा ते संपले आहे.
chat-error-agent-unavailable = तो एजंट आता ऑनलाइन नाही. दुसरा एजंट निवडा.
chat-error-unavailable = चॅट सध्या उपलब्ध नाही. काही मिनिटांनी पुन्हा प्रयत्न करा, किंवा 311 वर कॉल करा.

## एजंट पाठवतात ती तयार उत्तरे, रहिवाशाच्या भाषेत.

chat-canned-greeting = नमस्कार, 311 Toronto शी संपर्क साधल्याबद्दल धन्यवाद. आज मी तुम्हाला कशी मदत करू?
chat-canned-one-moment = कृपया एक क्षण थांबा, मी याची माहिती घेत आहे.
chat-canned-more-details = समस्येबद्दल थोडे अधिक सांगू शकाल का?
chat-canned-location = समस्या नक्की कुठे आहे? रस्त्याचा पत्ता किंवा जवळचा चौक सांगितल्यास मदत होते.
chat-canned-request-filed = मी तुमच्यासाठी सेवा विनंती तयार केली आहे. या चॅटमध्ये दिलेल्या क्रमांकाने तुम्ही तिची स्थिती पाहू शकता.
chat-canned-goodbye = 311 शी संपर्क साधल्याबद्दल धन्यवाद. तुम्हाला आणखी कशाबद्दल मदत हवी आहे का?

## /agent येथील एजंटांचा कन्सोल.

agent-page-heading = चॅट कन्सोल
agent-status-connected = कनेक्ट झाले. तुम्ही चॅटसाठी ऑनलाइन आहात.
agent-status-reconnecting = कनेक्शन तुटले. पुन्हा कनेक्ट होत आहे…
agent-queue-heading = प्रतीक्षेत असलेली चॅट
agent-queue-empty = कोणतेही चॅट प्रतीक्षेत नाही.
agent-queue-topic = विषय
agent-queue-language = भाषा
agent-queue-waiting = प्रतीक्षा
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } मिनिट
       *[other] { $minutes } मिनिटे
    }
agent-queue-fallback = तुमच्या भाषांपैकी नाही
agent-accept = स्वीकारा
agent-load = उघडी चॅट: { $limit } पैकी { $active }
agent-chats-heading = तुमची चॅट
agent-no-chats = सुरू करण्यासाठी रांगेतून एखादे चॅट स्वीकारा.
agent-chat-with = { $name } यांच्याशी चॅट
agent-chat-language = भाषा: { $language }
agent-chat-topic = विषय: { $topic }
agent-canned-label = तयार उत्तर
agent-canned-choose = एक उत्तर निवडा
agent-canned-insert = हे उत्तर वापरा
agent-reply-label = उत्तर
agent-send = पाठवा
agent-add-note = अंतर्गत टीप म्हणून जोडा
agent-note = अंतर्गत टीप
agent-transfer-label = कोणाकडे सोपवायचे
agent-transfer = सोपवा
agent-transfer-none = दुसरा कोणताही एजंट ऑनलाइन नाही.
agent-end = चॅट संपवा
agent-ended = हे चॅट संपले आहे.
agent-close = बंद करा
agent-request-heading = सेवा विनंती तयार करा
agent-request-service = सेवेचा प्रकार
agent-request-place = ठिकाण: रस्ता, चौक किंवा जागा
agent-request-description = वर्णन
agent-request-submit = तक्रारीचा फॉर्म उघडा
agent-request-hint = तक्रारीचा फॉर्म या चॅटमधील माहिती भरलेल्या स्वरूपात उघडतो. तो तपासा आणि सबमिट करा; विनंती क्रमांक चॅटमध्ये टाकला जातो.
agent-cases-heading = कोणीही चॅटसाठी उपलब्ध नसताना ठेवलेले संदेश
agent-cases-empty = कोणताही संदेश उत्तराच्या प्रतीक्षेत नाही.
agent-case-from = { $name } यांच्याकडून, { $contact }
agent-case-reply = तुमचे उत्तर
agent-case-send = उत्तर पाठवा
agent-case-answered = तुमचे उत्तर पाठवले.
agent-error-reply = 2,000 अक्षरे किंवा त्यापेक्षा कमी उत्तर लिहा.
agent-error-answered = त्या संदेशाला आधीच उत्तर दिले आहे.
agent-error-not-yours = ते चॅट आता तुम्हाला सोपवलेले नाही.
agent-error-service = सेवेचा प्रकार निवडा.
staff-chat-transcripts = चॅटच्या लेखी प्रती

## ईमेल किंवा मजकूर संदेशाद्वारे पाठवले जाणारे संदेश.

notify-chat-transcript-subject = 311 Toronto शी तुमचे चॅट
notify-chat-transcript-email = तुम्ही मागितल्याप्रमाणे, 311 Toronto शी झालेल्या तुमच्या चॅटची लेखी प्रत येथे आहे.
notify-chat-reply-subject = 311 Toronto ला पाठवलेल्या तुमच्या संदेशाचे उत्तर
notify-chat-reply-email =
    तुम्ही 311 Toronto साठी एक संदेश ठेवला होता. एका एजंटने उत्तर दिले आहे:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
