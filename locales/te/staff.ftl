### సిబ్బంది కన్సోల్: సైన్ ఇన్ చేయడం, అభ్యర్థనల వరుస, అభ్యర్థన స్థితిని మార్చడం, ఆడిట్ లాగ్.

staff-page-title = { $heading } – { -product-name } సిబ్బంది
staff-unavailable = సిబ్బంది కన్సోల్‌ను ప్రస్తుతం చూపించలేకపోతున్నాం. దయచేసి కొన్ని నిమిషాల తర్వాత మళ్లీ ప్రయత్నించండి.
staff-forbidden-heading = మీరు ఈ పేజీని తెరవలేరు
staff-forbidden-body = సిబ్బంది కన్సోల్‌లోని ఈ భాగానికి మీ ఖాతాకు యాక్సెస్ లేదు. మీకు అది అవసరమైతే నిర్వాహకుడిని అడగండి.

## సైన్ ఇన్ చేయడం
staff-login-heading = సిబ్బంది సైన్ ఇన్
staff-password = పాస్‌వర్డ్
staff-sign-in = సైన్ ఇన్ చేయండి
staff-sign-out = సైన్ అవుట్ చేయండి
staff-signed-in-as = { $name }గా సైన్ ఇన్ అయ్యారు
staff-login-error-wrong = ఈమెయిల్ చిరునామా లేదా పాస్‌వర్డ్ సరైనది కాదు
staff-login-error-locked = సైన్ ఇన్ చేయడానికి చాలా ఎక్కువ సార్లు ప్రయత్నించారు. 15 నిమిషాలు వేచి ఉండి, ఆ తర్వాత మళ్లీ ప్రయత్నించండి.
staff-error-csrf = ఫారమ్ పాతబడిపోయింది. పేజీని మళ్లీ లోడ్ చేసి, మళ్లీ ప్రయత్నించండి.

## అభ్యర్థనల వరుస
staff-queue-heading = సేవా అభ్యర్థనల వరుస
staff-filter-any = ఏదైనా
staff-filter-overdue = అంచనా తేదీ దాటిన అభ్యర్థనలు మాత్రమే
staff-filter-apply = అభ్యర్థనలను చూపించండి
staff-queue-empty = ఈ ఫిల్టర్‌లకు సరిపోలే సేవా అభ్యర్థనలు ఏవీ లేవు.
staff-column-number = సేవా అభ్యర్థన సంఖ్య

## ఒక అభ్యర్థన
staff-change-heading = స్థితిని మార్చండి
staff-new-status = కొత్త స్థితి
staff-reason = మూసివేయడానికి కారణం
staff-reason-hint = కొత్త స్థితి అభ్యర్థనను మూసివేసినప్పుడు ఇది అవసరం. ఇది ఆ స్థితికి సరిపోవాలి.
staff-reason-none = కారణం లేదు: అభ్యర్థన తెరిచే ఉంటుంది
staff-public-note = బహిరంగ గమనిక
staff-public-note-hint = నివాసి దీన్ని స్థితి పేజీలో చూస్తారు. మూసివేసేటప్పుడు, ఏమి చేశారో లేదా ఎందుకు ఏమీ చేయలేదో తెలియజేయండి.
staff-internal-note = అంతర్గత గమనిక
staff-internal-note-hint = దీన్ని సిబ్బంది మాత్రమే చూస్తారు.
staff-save = మార్పును సేవ్ చేయండి
staff-saved = మార్పు సేవ్ చేయబడింది.
staff-history-heading = పూర్తి చరిత్ర
staff-error-status = జాబితా నుండి ఒక స్థితిని ఎంచుకోండి
staff-error-reason-missing = అభ్యర్థనను మూసివేయడానికి ఒక కారణాన్ని ఎంచుకోండి
staff-error-reason-mismatch = ఈ కారణం కొత్త స్థితికి సరిపోదు. దానికి సరిపోయే కారణాన్ని ఎంచుకోండి.
staff-error-note-missing = ఏమి చేశారో లేదా ఎందుకు ఏమీ చేయలేదో నివాసికి తెలియజేసే బహిరంగ గమనికను రాయండి
staff-error-reason-open = మూసివేయడానికి కారణం అభ్యర్థనను మూసివేసే స్థితులకు మాత్రమే

## మూసివేయడానికి కారణాలు
staff-reason-repaired = మరమ్మతు చేయబడింది
staff-reason-cleaned = శుభ్రం చేయబడింది
staff-reason-removed = తొలగించబడింది
staff-reason-other-government = వేరే స్థాయి ప్రభుత్వానికి పంపబడింది
staff-reason-utility-company = దాని యజమాని అయిన యుటిలిటీ సంస్థకు లేదా కంపెనీకి పంపబడింది
staff-reason-private-property = ప్రైవేట్ ఆస్తిపై ఉంది: యజమానికి పంపబడింది
staff-reason-not-found = తనిఖీ చేయబడింది: ఎలాంటి సమస్య కనిపించలేదు
staff-reason-already-resolved = పని బృందం రాకముందే పరిష్కారమైంది
staff-reason-meets-standard = తనిఖీ చేయబడింది: నగర ప్రమాణానికి అనుగుణంగా ఉంది
staff-reason-duplicate = మరొక అభ్యర్థనకు నకలు

## ఆడిట్ లాగ్
staff-audit-heading = ఆడిట్ లాగ్
staff-column-when = ఎప్పుడు
staff-column-who = ఎవరు
staff-column-action = చర్య
staff-column-detail = వివరాలు
staff-action-login = సైన్ ఇన్ అయ్యారు
staff-action-logout = సైన్ అవుట్ అయ్యారు
staff-action-login-failed = సైన్ ఇన్ విఫలమైంది
staff-action-login-locked = సైన్ ఇన్ నిరాకరించబడింది: చాలా ఎక్కువ ప్రయత్నాలు
staff-action-status-change = స్థితి మార్చబడింది
