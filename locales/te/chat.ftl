## లైవ్ చాట్: నివాసి చాట్ ప్యానెల్, సందేశం వదిలివేయడం, ఏజెంట్ల కన్సోల్ మరియు చాట్ సందేశాలు.

chat-launcher = 311 తో చాట్ చేయండి
chat-panel-heading = 311 తో లైవ్ చాట్
chat-close = చాట్‌ను మూసివేయండి
chat-intro = ఏదైనా ప్రశ్న అడగండి లేదా ఒక అభ్యర్థన విషయంలో సహాయం పొందండి. ఏజెంట్ ఖాళీ అయిన వెంటనే ఇక్కడే మీకు సమాధానం ఇస్తారు.
chat-name-label = మీ పేరు (ఐచ్ఛికం)
chat-topic-label = మీకు దేని గురించి సహాయం కావాలి?
chat-topic-hint = ఉదాహరణకు: మా వీధిలో చెత్త సేకరించలేదు
chat-start = చాట్ ప్రారంభించండి
chat-connecting = కనెక్ట్ అవుతోంది…
chat-reconnecting = కనెక్షన్ తెగిపోయింది. మళ్లీ కనెక్ట్ అవుతోంది… మీ సందేశాలు భద్రంగా ఉన్నాయి.
chat-reconnected = మళ్లీ కనెక్ట్ అయింది.
chat-queue-next = వరుసలో తర్వాతి వంతు మీదే.
chat-queue-position = వరుసలో మీ స్థానం { $position }.
chat-queue-wait =
    { $minutes ->
        [one] అంచనా వేచి ఉండే సమయం: సుమారు { $minutes } నిమిషం.
       *[other] అంచనా వేచి ఉండే సమయం: సుమారు { $minutes } నిమిషాలు.
    }
chat-waiting-note = వేచి ఉన్నప్పుడే మీరు మీ ప్రశ్నను టైప్ చేయవచ్చు. ఈ పేజీని తెరిచే ఉంచండి: చాట్ దానంతట అదే మూసుకుపోదు.
chat-log-label = సంభాషణ
chat-message-label = మీ సందేశం
chat-send = పంపండి
chat-not-sent = ఇంకా పంపబడలేదు. కనెక్షన్ తిరిగి రాగానే ఇది పంపబడుతుంది.
chat-typing-agent = ఏజెంట్ టైప్ చేస్తున్నారు…
chat-typing-resident = నివాసి టైప్ చేస్తున్నారు…
chat-you = మీరు
chat-resident = నివాసి
chat-end = చాట్ ముగించండి
chat-ended-heading = చాట్ ముగిసింది
chat-rate-legend = ఈ చాట్ ఎంతవరకు ఉపయోగపడింది?
chat-rate-stars =
    { $stars ->
        [one] { $stars } నక్షత్రం
       *[other] { $stars } నక్షత్రాలు
    }
chat-rate-submit = రేటింగ్ పంపండి
chat-rate-thanks = మీ రేటింగ్‌కు ధన్యవాదాలు.
chat-transcript-label = సంభాషణ లిఖిత ప్రతిని నాకు ఈమెయిల్ చేయండి
chat-transcript-submit = లిఖిత ప్రతిని పంపండి
chat-transcript-sent = సంభాషణ లిఖిత ప్రతి మీ ఈమెయిల్‌కు పంపబడుతోంది.
chat-new = కొత్త చాట్ ప్రారంభించండి
chat-about-request = ఈ అభ్యర్థన గురించి చాట్ చేయండి
chat-linked-request = అభ్యర్థన { $number } గురించి

chat-page-title = లైవ్ చాట్
chat-page-intro = 311 ఏజెంట్‌తో లైవ్ చాట్ చేయండి, లేదా ఒక సందేశం వదిలివేయండి; మేము ఈమెయిల్ లేదా టెక్స్ట్ సందేశం ద్వారా మీకు సమాధానం ఇస్తాము.
chat-offline-heading = సందేశం వదిలివేయండి
chat-offline-intro = ప్రస్తుతం ఏ ఏజెంట్ కూడా చాట్ చేయడానికి అందుబాటులో లేరు. మీ ఈమెయిల్ చిరునామా లేదా ఫోన్ నంబర్‌తో ఒక సందేశం వదిలివేయండి, ఒక ఏజెంట్ మీకు సమాధానం ఇస్తారు.
chat-offline-email = ఈమెయిల్ చిరునామా
chat-offline-phone = ఫోన్ నంబర్, టెక్స్ట్ సందేశం ద్వారా సమాధానం కోసం
chat-offline-body = మీ సందేశం
chat-offline-submit = సందేశం పంపండి
chat-offline-sent = ధన్యవాదాలు. మీ సందేశం మాకు అందింది, ఒక ఏజెంట్ ఈమెయిల్ లేదా టెక్స్ట్ సందేశం ద్వారా మీకు సమాధానం ఇస్తారు.
chat-offline-error-body = మీ సందేశాన్ని నమోదు చేయండి
chat-offline-error-body-long = మీ సందేశం 2,000 అక్షరాలు లేదా అంతకంటే తక్కువ ఉండాలి
chat-offline-error-name-long = మీ పేరు 100 అక్షరాలు లేదా అంతకంటే తక్కువ ఉండాలి
chat-offline-error-contact = మేము మీకు సమాధానం ఇవ్వడానికి ఈమెయిల్ చిరునామా లేదా ఫోన్ నంబర్‌ను నమోదు చేయండి
chat-offline-error-email = ఈమెయిల్ చిరునామాను సరైన రూపంలో నమోదు చేయండి, ఉదాహరణకు name@example.com
chat-offline-error-phone = ఫోన్ నంబర్‌ను నమోదు చేయండి, ఉదాహరణకు 416 555 0123

## చాట్ సంఘటనలు, రెండు వైపులా చూపబడతాయి.

chat-event-joined = { $name } చాట్‌లో చేరారు.
chat-event-transferred = చాట్ { $name } కు అప్పగించబడింది.
chat-event-ended = చాట్ ముగిసింది.
chat-event-request = మీ కోసం సేవా అభ్యర్థన { $number } సృష్టించబడింది. ఈ సంఖ్యతో మీరు దాని స్థితిని చూడవచ్చు.

## చాట్‌లో పంపినది ఎందుకు అంగీకరించబడలేదు.

chat-error-bad-frame = దాన్ని చదవలేకపోయాం. పేజీని మళ్లీ లోడ్ చేసి, మళ్లీ ప్రయత్నించండి.
chat-error-too-long = మీ సందేశం చాలా పొడవుగా ఉంది. దాన్ని 2,000 అక్షరాలు లేదా అంతకంటే తక్కువగా ఉంచండి.
chat-error-too-fast = మీరు చాలా వేగంగా సందేశాలు పంపుతున్నారు. కొద్దిసేపు ఆగి, మళ్లీ పంపండి.
chat-error-empty = పంపే ముందు ఒక సందేశాన్ని టైప్ చేయండి.
chat-error-topic-missing = మీకు దేని గురించి సహాయం కావాలో నమోదు చేయండి.
chat-error-already-started = ఈ చాట్ ఇప్పటికే ప్రారంభమైంది.
chat-error-unknown-chat = ఆ చాట్ కనుగొనబడలేదు. కొత్త చాట్ ప్రారంభించండి.
chat-error-no-chat = ముందుగా ఒక చాట్ ప్రారంభించండి.
chat-error-chat-ended = ఈ చాట్ ముగిసింది. మరిన్ని సందేశాలు పంపడానికి కొత్త చాట్ ప్రారంభించండి.
chat-error-bad-rating = 1 నుండి 5 నక్షత్రాల మధ్య ఎంచుకోండి.
chat-error-not-ended = చాట్ ముగిసిన తర్వాతే మీరు దానికి రేటింగ్ ఇవ్వగలరు.
chat-error-bad-email = ఈమెయిల్ చిరునామాను సరైన రూపంలో నమోదు చేయండి, ఉదాహరణకు name@example.com
chat-error-agents-only = దీన్ని ఏజెంట్లు మాత్రమే చేయగలరు.
chat-error-residents-only = దీన్ని నివాసులు మాత్రమే చేయగలరు.
chat-error-not-yours = ఆ చాట్ మీకు కేటాయించబడలేదు.
chat-error-at-limit = మీరు తీసుకోగలిగినన్ని చాట్‌లు ఇప్పటికే తెరిచి ఉన్నాయి. ముందుగా ఒకదాన్ని ముగించండి.
chat-error-taken = ఆ చాట్‌ను మరో ఏజెంట్ తీసుకున్నారు, లేదా అది ముగిసింది.
chat-error-agent-unavailable = ఆ ఏజెంట్ ఇప్పుడు ఆన్‌లైన్‌లో లేరు. మరొకరిని ఎంచుకోండి.
chat-error-unavailable = చాట్ ప్రస్తుతం అందుబాటులో లేదు. కొన్ని నిమిషాల తర్వాత మళ్లీ ప్రయత్నించండి, లేదా 311 కు కాల్ చేయండి.

## ఏజెంట్లు పంపే సిద్ధంగా ఉన్న సమాధానాలు, నివాసి భాషలో.

chat-canned-greeting = నమస్కారం, 311 Toronto ను సంప్రదించినందుకు ధన్యవాదాలు. ఈ రోజు నేను మీకు ఎలా సహాయం చేయగలను?
chat-canned-one-moment = దయచేసి ఒక్క క్షణం ఆగండి, నేను దీన్ని పరిశీలిస్తున్నాను.
chat-canned-more-details = సమస్య గురించి నాకు ఇంకొంచెం వివరంగా చెప్పగలరా?
chat-canned-location = సమస్య సరిగ్గా ఎక్కడ ఉంది? వీధి చిరునామా లేదా దగ్గరలోని కూడలి తెలియజేస్తే సహాయంగా ఉంటుంది.
chat-canned-request-filed = నేను మీ కోసం ఒక సేవా అభ్యర్థనను సృష్టించాను. ఈ చాట్‌లో పంచుకున్న సంఖ్యతో మీరు దాని స్థితిని చూడవచ్చు.
chat-canned-goodbye = 311 ను సంప్రదించినందుకు ధన్యవాదాలు. నేను మీకు ఇంకేమైనా సహాయం చేయగలనా?

## /agent వద్ద ఏజెంట్ల కన్సోల్.

agent-page-heading = చాట్ కన్సోల్
agent-status-connected = కనెక్ట్ అయింది. మీరు చాట్‌ల కోసం ఆన్‌లైన్‌లో ఉన్నారు.
agent-status-reconnecting = కనెక్షన్ తెగిపోయింది. మళ్లీ కనెక్ట్ అవుతోంది…
agent-queue-heading = వేచి ఉన్న చాట్‌లు
agent-queue-empty = ఏ చాట్‌లు వేచి లేవు.
agent-queue-topic = అంశం
agent-queue-language = భాష
agent-queue-waiting = వేచి ఉన్న సమయం
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } నిమిషం
       *[other] { $minutes } నిమిషాలు
    }
agent-queue-fallback = మీ భాషల్లో ఒకటి కాదు
agent-accept = అంగీకరించండి
agent-load = తెరిచి ఉన్న చాట్‌లు: { $limit } లో { $active }
agent-chats-heading = మీ చాట్‌లు
agent-no-chats = ప్రారంభించడానికి వరుస నుండి ఒక చాట్‌ను అంగీకరించండి.
agent-chat-with = { $name } తో చాట్
agent-chat-language = భాష: { $language }
agent-chat-topic = అంశం: { $topic }
agent-canned-label = సిద్ధంగా ఉన్న సమాధానం
agent-canned-choose = ఒక సమాధానాన్ని ఎంచుకోండి
agent-canned-insert = ఈ సమాధానాన్ని ఉపయోగించండి
agent-reply-label = సమాధానం
agent-send = పంపండి
agent-add-note = అంతర్గత గమనికగా జోడించండి
agent-note = అంతర్గత గమనిక
agent-transfer-label = ఎవరికి అప్పగించాలి
agent-transfer = అప్పగించండి
agent-transfer-none = మరే ఏజెంట్ ఆన్‌లైన్‌లో లేరు.
agent-end = చాట్ ముగించండి
agent-ended = ఈ చాట్ ముగిసింది.
agent-close = మూసివేయండి
agent-request-heading = సేవా అభ్యర్థనను సృష్టించండి
agent-request-service = సేవ రకం
agent-request-place = ప్రదేశం: వీధి, కూడలి లేదా స్థలం
agent-request-description = వివరణ
agent-request-submit = నివేదిక ఫారమ్‌ను తెరవండి
agent-request-hint = నివేదిక ఫారమ్ ఈ చాట్‌లోని వివరాలతో నింపబడి తెరుచుకుంటుంది. దాన్ని తనిఖీ చేసి సమర్పించండి; అభ్యర్థన సంఖ్య చాట్‌లో పంచుకోబడుతుంది.
agent-cases-heading = ఎవరూ చాట్ చేయలేనప్పుడు వదిలివెళ్లిన సందేశాలు
agent-cases-empty = ఏ సందేశాలూ సమాధానం కోసం వేచి లేవు.
agent-case-from = పంపినవారు: { $name }, { $contact }
agent-case-reply = మీ సమాధానం
agent-case-send = సమాధానం పంపండి
agent-case-answered = మీ సమాధానం పంపబడింది.
agent-error-reply = 2,000 అక్షరాలు లేదా అంతకంటే తక్కువ ఉన్న సమాధానాన్ని నమోదు చేయండి.
agent-error-answered = ఆ సందేశానికి ఇప్పటికే సమాధానం ఇవ్వబడింది.
agent-error-not-yours = ఆ చాట్ ఇకపై మీకు కేటాయించబడి లేదు.
agent-error-service = సేవ రకాన్ని ఎంచుకోండి.
staff-chat-transcripts = చాట్ లిఖిత ప్రతులు

## ఈమెయిల్ లేదా టెక్స్ట్ సందేశం ద్వారా పంపే సందేశాలు.

notify-chat-transcript-subject = 311 Toronto తో మీ చాట్
notify-chat-transcript-email = మీరు అడిగినట్లుగా, 311 Toronto తో మీ చాట్ లిఖిత ప్రతి ఇక్కడ ఉంది.
notify-chat-reply-subject = 311 Toronto కు మీరు పంపిన సందేశానికి సమాధానం
notify-chat-reply-email =
    మీరు 311 Toronto కోసం ఒక సందేశం వదిలివెళ్లారు. ఒక ఏజెంట్ ఇలా సమాధానం ఇచ్చారు:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
