### సమస్యను తెలియజేయడం: /report పేజీలు, వాటి లోపాలు, మ్యాప్ మరియు ఫోటోలు.

report-page-title = {$heading} – { -product-name }
report-caption = సమస్యను తెలియజేయండి
report-unavailable = నివేదిక ఫారమ్‌ను ప్రస్తుతం చూపించలేకపోతున్నాం. దయచేసి కొన్ని నిమిషాల తర్వాత మళ్లీ ప్రయత్నించండి.
report-continue = కొనసాగించండి
report-optional = { $label } (ఐచ్ఛికం)

## సేవను ఎంచుకోవడం
report-choose-heading = మీరు దేని గురించి తెలియజేయాలనుకుంటున్నారు?
report-choose-intro = మీ సొంత మాటల్లో వెతకండి, లేదా కింది అంశాల నుండి ఎంచుకోండి.
report-start-button = ఇప్పుడే ప్రారంభించండి
report-choose-other = వేరే దాని గురించి తెలియజేయండి
report-not-found-heading = ఆ నివేదికను మేము కనుగొనలేకపోతున్నాం
report-not-found-body = లింక్ అసంపూర్ణంగా ఉండవచ్చు లేదా తప్పుగా టైప్ చేయబడి ఉండవచ్చు.
report-start-again = కొత్త నివేదికను ప్రారంభించండి

## దాని యజమాని ఎవరు, మరియు ద్వేషపూరిత గ్రాఫిటీ
report-owner-question = సమస్య ఉన్న వస్తువు ఎవరికి చెందినది?
report-owner-hint = దానిపై ఏదైనా లోగో లేదా లేబుల్ ఉందేమో చూడండి. నగరం తనకు చెందిన వాటిని మాత్రమే సరిచేయగలదు.
report-owner-city = టొరంటో నగరం, ఉదాహరణకు నగరానికి చెందిన గోడ, వంతెన, సూచిక బోర్డు లేదా చెత్త డబ్బా
report-owner-unknown = నాకు తెలియదు
report-owner-bell = Bell Canada: టెలిఫోన్ బూత్‌లు, Bell స్తంభాలు మరియు క్యాబినెట్‌లు
report-owner-rogers = Rogers: కేబుల్ పెట్టెలు మరియు క్యాబినెట్‌లు
report-owner-toronto-hydro = Toronto Hydro: విద్యుత్ స్తంభాలు, ట్రాన్స్‌ఫార్మర్‌లు మరియు విద్యుత్ పెట్టెలు
report-owner-canada-post = Canada Post: తపాలా పెట్టెలు మరియు పార్సెల్ లాకర్‌లు
report-owner-ttc = TTC: ప్రయాణికుల షెల్టర్‌లు, స్టేషన్‌లు మరియు వాహనాలు
report-error-owner = దీని యజమాని ఎవరో ఎంచుకోండి, లేదా “నాకు తెలియదు” ఎంచుకోండి
report-referral-heading = దీన్ని సరిచేయడం నగరం బాధ్యత కాదు
report-referral-intro = నగరం తనకు చెందిన వాటిని మాత్రమే మరమ్మతు చేయగలదు లేదా శుభ్రం చేయగలదు, కాబట్టి సేవా అభ్యర్థన ఏదీ సృష్టించబడలేదు. దయచేసి దీని గురించి యజమానికి తెలియజేయండి.
report-referral-bell = Bell Canada: 1-866-310-2355 కు కాల్ చేయండి.
report-referral-rogers = Rogers: 1-888-764-3771 కు కాల్ చేయండి.
report-referral-toronto-hydro = Toronto Hydro: 416-542-8000 కు కాల్ చేయండి. తీగలు తెగి కింద పడి ఉంటే లేదా వాటి నుండి నిప్పురవ్వలు వస్తుంటే, 10 మీటర్ల దూరంలో ఉండి 911 కు కాల్ చేయండి.
report-referral-canada-post = Canada Post: 1-866-607-6301 కు కాల్ చేయండి.
report-referral-ttc = TTC: వినియోగదారుల సేవా విభాగానికి 416-393-3030 కు కాల్ చేయండి.
report-hate-heading = ద్వేషపూరిత గ్రాఫిటీ
report-hate-police = గ్రాఫిటీ ప్రజలను వారి జాతి, మతం, సంతతి, లైంగిక ధోరణి, లింగం లేదా వైకల్యం కారణంగా లక్ష్యంగా చేసుకుంటే, ముందుగా Toronto Police (టొరంటో పోలీస్) కు తెలియజేయండి: అత్యవసరం కాని నంబరు 416-808-2222 కు కాల్ చేయండి, లేదా ఎవరైనా ప్రమాదంలో ఉంటే 911 కు కాల్ చేయండి. గ్రాఫిటీని తొలగించే ముందు పోలీసులు దాన్ని సంభావ్య ద్వేష నేరంగా నమోదు చేస్తారు.
report-hate-then = తర్వాత, నగరం దాన్ని త్వరగా తొలగించేందుకు ఇక్కడ తెలియజేయండి.

## ప్రదేశం
report-location-heading = సమస్య ఎక్కడ ఉంది?
report-location-current = ఎంచుకున్న ప్రదేశం
report-location-address = { $address }, వార్డు { $ward }
report-location-pin = { $lat }, { $long } వద్ద పిన్, వార్డు { $ward }
report-map-heading = మ్యాప్‌పై పిన్ ఉంచండి
report-map-hint = సమస్య ఉన్న చోట మ్యాప్‌పై క్లిక్ చేయండి లేదా నొక్కండి, ఆపై పిన్‌ను సరిచేయడానికి దాన్ని లాగండి. కీబోర్డ్‌తో అయితే, బాణం కీలతో మ్యాప్‌ను కదిలించి, ఆపై “పిన్‌ను మ్యాప్ మధ్యలో ఉంచండి” ఎంచుకోండి.
report-map-label = మ్యాప్
report-map-pin = సమస్య ఉన్న ప్రదేశం
report-map-pin-at = { $lat }, { $long } వద్ద పిన్ ఉంచబడింది
report-map-no-pin = ఇంకా పిన్ ఉంచలేదు
report-map-locate = నా ప్రదేశాన్ని ఉపయోగించండి
report-map-locate-failed = మీ ప్రదేశాన్ని కనుగొనలేకపోయాం. మ్యాప్‌పై పిన్ ఉంచండి లేదా చిరునామాను టైప్ చేయండి.
report-map-centre = పిన్‌ను మ్యాప్ మధ్యలో ఉంచండి
report-map-use = ఈ పిన్ ఉన్న ప్రదేశాన్ని ఉపయోగించండి
report-address-heading = లేదా చిరునామా లేదా కూడలిని టైప్ చేయండి
report-place-label = వీధి, కూడలి లేదా ప్రదేశం
report-place-hint = ఉదాహరణకు: Queen St W & Spadina Ave, లేదా Nathan Phillips Square
report-place-find = కనుగొనండి
report-place-none = “{ $query }” కు ఏదీ సరిపోలలేదు. అక్షరక్రమాన్ని తనిఖీ చేయండి, లేదా దగ్గరలోని కూడలితో ప్రయత్నించండి.
report-place-choose = అత్యంత దగ్గరగా సరిపోలేదాన్ని ఎంచుకోండి
report-place-use = ఈ ప్రదేశాన్ని ఉపయోగించండి
report-place-kind-street = వీధి
report-place-kind-intersection = కూడలి
report-place-kind-place = ప్రదేశం
report-error-outside-city = ఈ ప్రదేశం టొరంటో నగర పరిధికి వెలుపల ఉంది. నగరం లోపల ఉన్న ప్రదేశాన్ని ఎంచుకోండి.
report-error-pin-missing = మ్యాప్‌పై పిన్ ఉంచండి, లేదా కింద చిరునామాను టైప్ చేయండి
report-error-place-choose = సరిపోలిన వాటిలో ఒకదాన్ని ఎంచుకోండి, లేదా మళ్లీ వెతకండి
report-error-location-missing = వీధి, కూడలి లేదా ప్రదేశాన్ని టైప్ చేయండి, లేదా మ్యాప్‌పై పిన్ ఉంచండి

## వివరాలు మరియు సంప్రదింపు
report-details-heading = సమస్య గురించి మాకు చెప్పండి
report-field-description = సమస్యను వివరించండి
report-description-hint = మీకు ఏమి కనిపిస్తోంది, మరియు సిబ్బంది దాన్ని కనుగొనడానికి సహాయపడే ఏ సమాచారమైనా. దయచేసి వ్యక్తిగత సమాచారాన్ని చేర్చవద్దు.
report-contact-heading = మీ సంప్రదింపు వివరాలు (ఐచ్ఛికం)
report-contact-hint = ఈ నివేదిక గురించి మిమ్మల్ని సంప్రదించడానికి మాత్రమే మేము వాటిని ఉపయోగిస్తాం. అవి ఎప్పుడూ బహిరంగంగా చూపబడవు. పేరు తెలియజేయకుండా నివేదించడానికి వాటిని ఖాళీగా వదిలేయండి.
report-field-first-name = మొదటి పేరు
report-field-last-name = ఇంటి పేరు
report-field-email = ఈమెయిల్ చిరునామా
report-field-phone = ఫోన్ నంబరు
report-error-missing = “{ $field }” అనే ప్రశ్నకు సమాధానం ఇవ్వండి
report-error-number = “{ $field }” కు సమాధానం 3 లేదా 2.5 వంటి సంఖ్య అయి ఉండాలి
report-error-too-long = “{ $field }” కు సమాధానం { $max } అక్షరాలు లేదా అంతకంటే తక్కువ ఉండాలి
report-error-choice = “{ $field }” కు ఇచ్చిన సమాధానాలలో ఒకదాన్ని ఎంచుకోండి
report-error-datetime = “{ $field }” కు సరైన తేదీ మరియు సమయాన్ని నమోదు చేయండి
report-error-email = name@example.com లాగా, సరైన రూపంలో ఈమెయిల్ చిరునామాను నమోదు చేయండి
report-error-phone = 416-392-2489 లాగా, 7 నుండి 15 అంకెలు ఉన్న ఫోన్ నంబరును నమోదు చేయండి

## ఫోటోలు
report-photos-heading = ఫోటోలు
report-photos-required = ఈ రకమైన సమస్యకు కనీసం ఒక ఫోటో అవసరం. అది సిబ్బంది సమస్యను కనుగొని సరిచేయడానికి సహాయపడుతుంది.
report-photos-optional = ఫోటోలు ఐచ్ఛికం, కానీ అవి సిబ్బంది సమస్యను కనుగొని సరిచేయడానికి సహాయపడతాయి.
report-photos-limits = మీరు JPEG, PNG లేదా WebP ఫార్మాట్‌లో గరిష్ఠంగా { $count } ఫోటోలను జోడించవచ్చు, ఒక్కొక్కటి గరిష్ఠంగా { $megabytes } MB. మేము ఉంచుకునే కాపీ నుండి ప్రదేశం మరియు కెమెరా వివరాలను తొలగిస్తాం.
report-photo-label = ఒక ఫోటోను ఎంచుకోండి
report-photo-upload = ఫోటోను అప్‌లోడ్ చేయండి
report-photo-uploading = ఫోటో అప్‌లోడ్ అవుతోంది
report-photo-alt = ఫోటో { $number }
report-photo-remove = ఫోటో { $number } ను తొలగించండి
report-photo-has-location = ఫోటో { $number } ఎక్కడ తీశారో అందులో నమోదై ఉంది.
report-photo-use-location = ఫోటో { $number } తీసిన ప్రదేశాన్ని ఉపయోగించండి
report-photos-count =
    { $count ->
        [0] ఫోటోలు లేవు
        [one] { $count } ఫోటో
       *[other] { $count } ఫోటోలు
    }
report-error-photo-missing = అప్‌లోడ్ చేయడానికి ఒక ఫోటోను ఎంచుకోండి
report-error-photo-too-large = ఫోటో { $megabytes } MB కంటే చిన్నదిగా ఉండాలి
report-error-photo-type = ఫైల్ JPEG, PNG లేదా WebP ఫార్మాట్‌లోని ఫోటో అయి ఉండాలి
report-error-photo-dimensions = ఫోటోలో చాలా ఎక్కువ పిక్సెల్‌లు ఉన్నాయి. చిన్న ఫోటోను ఎంచుకోండి.
report-error-photo-damaged = ఫోటో పాడైపోయింది, దాన్ని చదవలేకపోతున్నాం. వేరే ఫోటోను ఎంచుకోండి.
report-error-photo-limit = మీరు గరిష్ఠంగా { $count } ఫోటోలను జోడించవచ్చు. మరొకటి జోడించడానికి ఒకదాన్ని తొలగించండి.
report-error-photo-required = కనీసం ఒక ఫోటోను జోడించండి
report-error-photo-outside = ఈ ఫోటో తీసిన ప్రదేశం టొరంటో నగర పరిధికి వెలుపల ఉంది

## తనిఖీ, సమీపంలోని అదే సమస్యలు, మరియు పంపడం
report-check-heading = మీ నివేదికను పంపే ముందు మీ సమాధానాలను తనిఖీ చేయండి
report-check-answers = మీ సమాధానాలు
report-change = మార్చండి
report-anonymous = ఇవ్వలేదు: ఇది పేరు లేని నివేదిక
report-submit-note = ఈ నివేదికను పంపడం ద్వారా, మీకు తెలిసినంత వరకు ఈ సమాచారం సరైనదని మీరు నిర్ధారిస్తున్నారు.
report-submit = నివేదికను పంపండి
report-nearby-heading = దీని గురించి ఇప్పటికే తెలియజేశారా?
report-nearby-intro = ఇదే సమస్యకు సంబంధించిన ఈ తెరిచి ఉన్న అభ్యర్థనలు 250 మీటర్ల లోపల ఉన్నాయి. వాటిలో ఒకటి మీ సమస్య అయితే, కొత్త నివేదికను పంపకుండా దాన్నే ఫాలో చేయండి.
report-nearby-distance = సుమారు { $metres } మీటర్ల దూరంలో
report-nearby-reporters =
    { $count ->
        [one] { $count } వ్యక్తి తెలియజేశారు
       *[other] { $count } మంది తెలియజేశారు
    }
report-me-too = నాకూ ఇదే సమస్య: { $number } ను ఫాలో చేయండి
report-error-follow = ఆ అభ్యర్థనను ఇకపై ఫాలో చేయలేరు. బదులుగా మీ సొంత నివేదికను పంపండి.
report-sent-heading = నివేదిక పంపబడింది
report-sent-number = మీ సేవా అభ్యర్థన సంఖ్య:
report-sent-next = ఈ సంఖ్యను భద్రంగా ఉంచుకోండి. తర్వాత ఏమి జరుగుతుందో చూడటానికి మీరు దీన్ని ఉపయోగించవచ్చు.
report-sent-track = ఈ అభ్యర్థన స్థితిని చూడండి
report-another = మరో సమస్యను తెలియజేయండి
report-following-heading = మీరు { $number } ను ఫాలో చేస్తున్నారు
report-following-body = కొత్త అభ్యర్థనను సృష్టించడానికి బదులుగా మిమ్మల్ని ఈ అభ్యర్థనకు జోడించాం. తర్వాత ఏమి జరుగుతుందో దాని స్థితి పేజీ చూపిస్తుంది.
