### Civic311 interface text: Telugu.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = ప్రధాన విషయానికి వెళ్లండి
language-switcher-label = భాష
loading = లోడ్ అవుతోంది…
footer-emergency = అత్యవసర పరిస్థితిలో 911 కు కాల్ చేయండి. ఈ పోర్టల్ అత్యవసరం కాని నగర సేవల కోసం.

home-title = సమస్యను తెలియజేయండి లేదా నగర సేవను కోరండి – { -product-name }
home-heading = సమస్యను తెలియజేయండి లేదా నగర సేవను కోరండి
home-intro = రోడ్డుపై గుంత, తీసుకెళ్లని చెత్త, గ్రాఫిటీ మరియు అత్యవసరం కాని 60 కి పైగా ఇతర సమస్యల గురించి నగరానికి తెలియజేయండి. తర్వాత ఏమి జరుగుతుందో చూడటానికి మీకు ఒక సేవా అభ్యర్థన సంఖ్య లభిస్తుంది.
home-groups-heading = ఇది దేని గురించి?
home-report-button = సమస్యను తెలియజేయండి
service-group-count =
    { $count ->
        [one] { $count } సేవ
       *[other] { $count } సేవలు
    }
catalogue-unavailable = సేవల జాబితాను ప్రస్తుతం చూపించలేకపోతున్నాం. దయచేసి కొన్ని నిమిషాల తర్వాత మళ్లీ ప్రయత్నించండి.

not-found-title = పేజీ కనుగొనబడలేదు – { -product-name }
not-found-heading = పేజీ కనుగొనబడలేదు
not-found-home-link = హోమ్ పేజీకి వెళ్లండి

## నావిగేషన్ మరియు ఫారమ్ లోపాలు
site-nav-label = ప్రధాన
nav-track = అభ్యర్థన స్థితిని చూడండి
nav-report = సమస్యను తెలియజేయండి
error-title-prefix = లోపం:
error-summary-heading = ఒక సమస్య ఉంది

## సేవా అభ్యర్థనను వెతకడం
lookup-title = సేవా అభ్యర్థన స్థితిని చూడండి – { -product-name }
lookup-heading = సేవా అభ్యర్థన స్థితిని చూడండి
lookup-label = సేవా అభ్యర్థన సంఖ్య
lookup-hint = మీ సేవా అభ్యర్థన సంఖ్య మీ నిర్ధారణ పేజీలో మరియు ఈమెయిల్‌లలో ఉంటుంది. ఇది 2026-000123 లాగా ఉంటుంది.
lookup-button = నా అభ్యర్థనను కనుగొనండి
lookup-error-format = మీ సేవా అభ్యర్థన సంఖ్యను 2026-000123 రూపంలో నమోదు చేయండి

## ఒక సేవా అభ్యర్థన
request-title = సేవా అభ్యర్థన { $number } – { -product-name }
request-heading = సేవా అభ్యర్థన { $number }
request-status = స్థితి
request-service = సేవ
request-division = బాధ్యత వహించే విభాగం
request-filed = అందిన తేదీ
request-expected = అంచనా తేదీ
request-location = ప్రదేశం
request-ward = వార్డు
request-ward-value = వార్డు { $number }: { $name }
request-due-today = ఈ రోజే గడువు
request-days-left =
    { $days ->
        [one] ఇంకా { $days } రోజు ఉంది
       *[other] ఇంకా { $days } రోజులు ఉన్నాయి
    }
request-days-overdue =
    { $days ->
        [one] అంచనా తేదీ కంటే { $days } రోజు ఆలస్యం
       *[other] అంచనా తేదీ కంటే { $days } రోజులు ఆలస్యం
    }
request-timeline-heading = ఇప్పటివరకు ఏమి జరిగింది
request-event-photo-alt = నగరం పంచుకున్న పని ఫోటో, సంఖ్య { $number }
request-unavailable = ఈ సేవా అభ్యర్థనను ప్రస్తుతం చూపించలేకపోతున్నాం. దయచేసి కొన్ని నిమిషాల తర్వాత మళ్లీ ప్రయత్నించండి.
request-not-found-title = సేవా అభ్యర్థన కనుగొనబడలేదు – { -product-name }
request-not-found-heading = ఆ సేవా అభ్యర్థనను మేము కనుగొనలేకపోతున్నాం
request-not-found-body = { $number } అనే సేవా అభ్యర్థన ఏదీ లేదు. మీ నిర్ధారణ పేజీలో లేదా ఈమెయిల్‌లో సంఖ్యను తనిఖీ చేయండి. మీరు ఇప్పుడే చేసిన అభ్యర్థన కనిపించడానికి ఒక నిమిషం పట్టవచ్చు.
request-not-found-retry = మరో సంఖ్యను వెతకండి

## స్థితులు, సరళమైన భాషలో
status-received = అందింది
status-assigned = విభాగానికి అప్పగించబడింది
status-inspection = తనిఖీ
status-scheduled = పని షెడ్యూల్ చేయబడింది
status-completed = పూర్తయింది
status-closed_referred = మూసివేయబడింది – వేరే సంస్థకు పంపబడింది
status-closed_no_action = మూసివేయబడింది – ఎలాంటి చర్య అవసరం లేదు
status-closed_duplicate = మూసివేయబడింది – ఇప్పటికే తెలియజేసిన సమస్య

## సేవల జాబితా
nav-services = నగర సేవలు
services-title = నగర సేవలు – { -product-name }
services-heading = నగర సేవలు
services-intro = మీ సమస్యకు సరైన సేవను కనుగొనండి. మీ సొంత మాటల్లో వెతకండి, లేదా అంశాల వారీగా చూడండి.
services-search-label = సేవ కోసం వెతకండి
services-search-hint = ఉదాహరణకు: రోడ్డుపై గుంత, చెత్త తీసుకెళ్లలేదు, శబ్దం
services-search-button = వెతకండి
services-results-heading =
    { $count ->
        [one] “{ $query }” కు సరిపోలే { $count } సేవ
       *[other] “{ $query }” కు సరిపోలే { $count } సేవలు
    }
services-no-results = “{ $query }” కు సరిపోలే సేవ ఏదీ లేదు. వేరే పదాలతో ప్రయత్నించండి, లేదా కింద ఉన్న అంశాలను చూడండి.
services-browse-heading = అంశాల వారీగా చూడండి
service-detail-title = { $name } – { -product-name }
service-topic = అంశం
service-standard = సేవా ప్రమాణం
service-sla-hours =
    { $count ->
        [one] { $count } గంటలో స్పందించడమే మా లక్ష్యం
       *[other] { $count } గంటల్లో స్పందించడమే మా లక్ష్యం
    }
service-sla-business-days =
    { $count ->
        [one] { $count } పని దినంలో స్పందించడమే మా లక్ష్యం
       *[other] { $count } పని దినాల్లో స్పందించడమే మా లక్ష్యం
    }
service-sla-calendar-days =
    { $count ->
        [one] { $count } రోజులో స్పందించడమే మా లక్ష్యం
       *[other] { $count } రోజుల్లో స్పందించడమే మా లక్ష్యం
    }
service-back = అన్ని నగర సేవలు
service-not-found-title = సేవ కనుగొనబడలేదు – { -product-name }
service-not-found-heading = ఆ సేవను మేము కనుగొనలేకపోతున్నాం

## అభ్యర్థనపై ఫిర్యాదు
request-complaint-heading = ఈ అభ్యర్థన పురోగతితో మీరు సంతృప్తిగా లేరా?
request-complaint-overdue = అంచనా తేదీ దాటిపోయింది, ఈ అభ్యర్థన ఇంకా మూసివేయబడలేదు. మీరు ఫిర్యాదు చేయవచ్చు: పర్యవేక్షకులు 5 పని దినాల్లోగా దానికి సమాధానం ఇవ్వాలి, లేకపోతే అది విభాగ నిర్వహణ అధికారులకు పంపబడుతుంది.
request-complaint-closed = సమస్య పరిష్కారం కాకపోతే, లేదా ఈ అభ్యర్థనను మూసివేసిన విధానంతో మీరు ఏకీభవించకపోతే, మీరు ఫిర్యాదు చేయవచ్చు: పర్యవేక్షకులు 5 పని దినాల్లోగా దానికి సమాధానం ఇవ్వాలి, లేకపోతే అది విభాగ నిర్వహణ అధికారులకు పంపబడుతుంది.
request-complaint-details = ఏమి సరిగా లేదు?
request-complaint-details-hint = ఉదాహరణకు: అభ్యర్థన మూసివేయబడిన తర్వాత కూడా రోడ్డుపై గుంత అలాగే ఉంది.
request-complaint-email = ఈమెయిల్ చిరునామా (ఐచ్ఛికం)
request-complaint-email-hint = మేము మీకు సమాధానం తెలియజేయడానికి. ఇది ఎప్పుడూ బహిరంగంగా చూపబడదు.
request-complaint-submit = ఫిర్యాదు చేయండి
request-complaint-filed = మీ ఫిర్యాదు నమోదు చేయబడింది. ఇది కింద ఉన్న కాలక్రమంలో కనిపిస్తుంది.
request-complaint-pending = ఈ అభ్యర్థనపై ఒక ఫిర్యాదు సమాధానం కోసం వేచి ఉంది. { $date } లోగా సమాధానం రావాల్సి ఉంది.
request-complaint-escalated = సమాధానం ఆలస్యమైనందున, ఫిర్యాదు విభాగ నిర్వహణ అధికారులకు పంపబడింది.
request-complaint-error-details = ఏమి సరిగా లేదో మాకు తెలియజేయండి
request-complaint-error-too-long = ఫిర్యాదు 2000 అక్షరాలు లేదా అంతకంటే తక్కువ ఉండాలి
status-complaint = ఫిర్యాదు నమోదైంది
status-escalated = ఫిర్యాదు విభాగ నిర్వహణ అధికారులకు పంపబడింది
