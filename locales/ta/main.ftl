### Civic311 interface text: Tamil.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = முதன்மை உள்ளடக்கத்திற்குச் செல்லவும்
language-switcher-label = மொழி
loading = ஏற்றப்படுகிறது…
footer-emergency = அவசர நிலையில் 911 ஐ அழைக்கவும். இந்த இணையவாசல் அவசரமில்லாத நகரச் சேவைகளுக்கானது.

home-title = ஒரு பிரச்சினையைத் தெரிவிக்கவும் அல்லது நகரச் சேவையைக் கோரவும் – { -product-name }
home-heading = ஒரு பிரச்சினையைத் தெரிவிக்கவும் அல்லது நகரச் சேவையைக் கோரவும்
home-intro = வீதியில் உள்ள குழி, சேகரிக்கப்படாத குப்பை, சுவர்க் கிறுக்கல் மற்றும் அவசரமில்லாத 60 க்கும் மேற்பட்ட பிற பிரச்சினைகள் பற்றி நகரத்திற்குத் தெரிவியுங்கள். அடுத்து என்ன நடக்கிறது என்பதைப் பார்க்க உங்களுக்கு ஒரு சேவைக் கோரிக்கை எண் கிடைக்கும்.
home-groups-heading = இது எதைப் பற்றியது?
home-report-button = ஒரு பிரச்சினையைத் தெரிவிக்கவும்
service-group-count =
    { $count ->
        [one] { $count } சேவை
       *[other] { $count } சேவைகள்
    }
catalogue-unavailable = சேவைகளின் பட்டியலை இப்போது காட்ட முடியவில்லை. சில நிமிடங்களில் மீண்டும் முயற்சிக்கவும்.

not-found-title = பக்கம் கிடைக்கவில்லை – { -product-name }
not-found-heading = பக்கம் கிடைக்கவில்லை
not-found-home-link = முகப்புப் பக்கத்திற்குச் செல்லவும்

## வழிசெலுத்தல் மற்றும் படிவப் பிழைகள்
site-nav-label = முதன்மை
nav-track = கோரிக்கையின் நிலையைப் பார்க்கவும்
nav-report = பிரச்சினையைத் தெரிவிக்கவும்
error-title-prefix = பிழை:
error-summary-heading = ஒரு பிரச்சினை உள்ளது

## சேவைக் கோரிக்கையைத் தேடுதல்
lookup-title = சேவைக் கோரிக்கையின் நிலையைப் பார்க்கவும் – { -product-name }
lookup-heading = சேவைக் கோரிக்கையின் நிலையைப் பார்க்கவும்
lookup-label = சேவைக் கோரிக்கை எண்
lookup-hint = உங்கள் சேவைக் கோரிக்கை எண் உங்கள் உறுதிப்படுத்தல் பக்கத்திலும் மின்னஞ்சல்களிலும் உள்ளது. அது 2026-000123 போல இருக்கும்.
lookup-button = என் கோரிக்கையைக் கண்டறியவும்
lookup-error-format = உங்கள் சேவைக் கோரிக்கை எண்ணை 2026-000123 என்ற வடிவத்தில் உள்ளிடவும்

## ஒரு சேவைக் கோரிக்கை
request-title = சேவைக் கோரிக்கை { $number } – { -product-name }
request-heading = சேவைக் கோரிக்கை { $number }
request-status = நிலை
request-service = சேவை
request-division = பொறுப்பான பிரிவு
request-filed = பெறப்பட்ட தேதி
request-expected = எதிர்பார்க்கப்படும் தேதி
request-location = இடம்
request-ward = வார்டு
request-ward-value = வார்டு { $number }: { $name }
request-due-today = இன்று முடிக்கப்பட வேண்டும்
request-days-left =
    { $days ->
        [one] இன்னும் { $days } நாள் உள்ளது
       *[other] இன்னும் { $days } நாட்கள் உள்ளன
    }
request-days-overdue =
    { $days ->
        [one] எதிர்பார்த்த தேதியைவிட { $days } நாள் தாமதம்
       *[other] எதிர்பார்த்த தேதியைவிட { $days } நாட்கள் தாமதம்
    }
request-timeline-heading = இதுவரை நடந்தவை
request-event-photo-alt = நகரம் பகிர்ந்த பணியின் புகைப்படம், எண் { $number }
request-unavailable = இந்தச் சேவைக் கோரிக்கையை இப்போது காட்ட முடியவில்லை. சில நிமிடங்களில் மீண்டும் முயற்சிக்கவும்.
request-not-found-title = சேவைக் கோரிக்கை கிடைக்கவில்லை – { -product-name }
request-not-found-heading = அந்தச் சேவைக் கோரிக்கையை எங்களால் கண்டறிய முடியவில்லை
request-not-found-body = { $number } என்ற எண்ணுடன் சேவைக் கோரிக்கை எதுவும் இல்லை. உங்கள் உறுதிப்படுத்தல் பக்கத்தில் அல்லது மின்னஞ்சலில் உள்ள எண்ணைச் சரிபார்க்கவும். இப்போதுதான் செய்த கோரிக்கை தோன்ற ஒரு நிமிடம் ஆகலாம்.
request-not-found-retry = வேறு எண்ணைத் தேடவும்

## நிலைகள், எளிய மொழியில்
status-received = பெறப்பட்டது
status-assigned = பிரிவிடம் ஒப்படைக்கப்பட்டது
status-inspection = ஆய்வு
status-scheduled = பணி திட்டமிடப்பட்டது
status-completed = முடிந்தது
status-closed_referred = மூடப்பட்டது – வேறு அமைப்புக்கு அனுப்பப்பட்டது
status-closed_no_action = மூடப்பட்டது – நடவடிக்கை தேவையில்லை
status-closed_duplicate = மூடப்பட்டது – ஏற்கனவே தெரிவிக்கப்பட்ட பிரச்சினை

## சேவைகள் பட்டியல்
nav-services = நகரச் சேவைகள்
services-title = நகரச் சேவைகள் – { -product-name }
services-heading = நகரச் சேவைகள்
services-intro = உங்கள் பிரச்சினைக்கான சேவையைக் கண்டறியவும். உங்கள் சொந்த வார்த்தைகளில் தேடவும், அல்லது தலைப்பு வாரியாகப் பார்க்கவும்.
services-search-label = ஒரு சேவையைத் தேடவும்
services-search-hint = எடுத்துக்காட்டாக: வீதிக் குழி, சேகரிக்கப்படாத குப்பை, இரைச்சல்
services-search-button = தேடவும்
services-results-heading =
    { $count ->
        [one] “{ $query }” உடன் { $count } சேவை பொருந்துகிறது
       *[other] “{ $query }” உடன் { $count } சேவைகள் பொருந்துகின்றன
    }
services-no-results = “{ $query }” உடன் எந்தச் சேவையும் பொருந்தவில்லை. வேறு சொற்களில் முயற்சிக்கவும், அல்லது கீழே உள்ள தலைப்புகளைப் பார்க்கவும்.
services-browse-heading = தலைப்பு வாரியாகப் பார்க்கவும்
service-detail-title = { $name } – { -product-name }
service-topic = தலைப்பு
service-standard = சேவைத் தரநிலை
service-sla-hours =
    { $count ->
        [one] { $count } மணி நேரத்திற்குள் பதிலளிப்பதே எங்கள் இலக்கு
       *[other] { $count } மணி நேரத்திற்குள் பதிலளிப்பதே எங்கள் இலக்கு
    }
service-sla-business-days =
    { $count ->
        [one] { $count } வேலை நாளுக்குள் பதிலளிப்பதே எங்கள் இலக்கு
       *[other] { $count } வேலை நாட்களுக்குள் பதிலளிப்பதே எங்கள் இலக்கு
    }
service-sla-calendar-days =
    { $count ->
        [one] { $count } நாளுக்குள் பதிலளிப்பதே எங்கள் இலக்கு
       *[other] { $count } நாட்களுக்குள் பதிலளிப்பதே எங்கள் இலக்கு
    }
service-back = அனைத்து நகரச் சேவைகளும்
service-not-found-title = சேவை கிடைக்கவில்லை – { -product-name }
service-not-found-heading = அந்தச் சேவையை எங்களால் கண்டறிய முடியவில்லை

## கோரிக்கை பற்றிய புகார்
request-complaint-heading = இந்தக் கோரிக்கையின் முன்னேற்றம் உங்களுக்குத் திருப்தி அளிக்கவில்லையா?
request-complaint-overdue = எதிர்பார்க்கப்பட்ட தேதி கடந்துவிட்டது, இந்தக் கோரிக்கை இன்னும் மூடப்படவில்லை. நீங்கள் புகார் அளிக்கலாம்: ஒரு மேற்பார்வையாளர் 5 வேலை நாட்களுக்குள் அதற்குப் பதிலளிக்க வேண்டும், இல்லையெனில் அது பிரிவின் நிர்வாகத்திற்கு அனுப்பப்படும்.
request-complaint-closed = பிரச்சினை சரிசெய்யப்படவில்லை என்றால், அல்லது இந்தக் கோரிக்கை மூடப்பட்ட விதத்துடன் நீங்கள் உடன்படவில்லை என்றால், நீங்கள் புகார் அளிக்கலாம்: ஒரு மேற்பார்வையாளர் 5 வேலை நாட்களுக்குள் அதற்குப் பதிலளிக்க வேண்டும், இல்லையெனில் அது பிரிவின் நிர்வாகத்திற்கு அனுப்பப்படும்.
request-complaint-details = எது சரியில்லை?
request-complaint-details-hint = எடுத்துக்காட்டாக: கோரிக்கை மூடப்பட்ட பிறகும் வீதிக் குழி இன்னும் அப்படியே உள்ளது.
request-complaint-email = மின்னஞ்சல் முகவரி (விருப்பத்தேர்வு)
request-complaint-email-hint = பதிலை உங்களுக்குத் தெரிவிப்பதற்காக. இது ஒருபோதும் பொதுவில் காட்டப்படாது.
request-complaint-submit = புகார் அளிக்கவும்
request-complaint-filed = உங்கள் புகார் பதிவு செய்யப்பட்டது. அது கீழே உள்ள காலவரிசையில் தெரியும்.
request-complaint-pending = இந்தக் கோரிக்கை பற்றிய ஒரு புகார் பதிலுக்காகக் காத்திருக்கிறது. { $date } க்குள் பதில் எதிர்பார்க்கப்படுகிறது.
request-complaint-escalated = பதில் தாமதமானதால், புகார் பிரிவின் நிர்வாகத்திற்கு அனுப்பப்பட்டது.
request-complaint-error-details = எது சரியில்லை என்பதை எங்களுக்குத் தெரிவிக்கவும்
request-complaint-error-too-long = புகார் 2000 எழுத்துகள் அல்லது அதற்குக் குறைவாக இருக்க வேண்டும்
status-complaint = புகார் அளிக்கப்பட்டது
status-escalated = புகார் பிரிவின் நிர்வாகத்திற்கு அனுப்பப்பட்டது
