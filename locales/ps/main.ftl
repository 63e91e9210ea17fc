### د Civic311 د انټرفېس متنونه: پښتو.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = اصلي منځپانګې ته ورشئ
language-switcher-label = ژبه
loading = بارېږي…
footer-emergency = په بیړنیو حالاتو کې 911 ته زنګ ووهئ. دا پورټال د ښاروالۍ د غیر بیړنیو خدمتونو لپاره دی.

home-title = یوه ستونزه راپور کړئ یا د ښاروالۍ خدمت وغواړئ – { -product-name }
home-heading = یوه ستونزه راپور کړئ یا د ښاروالۍ خدمت وغواړئ
home-intro = ښاروالۍ ته د سړک د کندې، د نه ټول شویو خځلو، پر دېوالونو د لیکنو او له 60 څخه د زیاتو نورو غیر بیړنیو ستونزو په اړه ووایاست. تاسو به د خدمت د غوښتنې یوه شمېره ترلاسه کړئ ترڅو وڅارئ چې وروسته څه کېږي.
home-groups-heading = دا د څه په اړه دی؟
home-report-button = یوه ستونزه راپور کړئ
service-group-count =
    { $count ->
        [one] { $count } خدمت
       *[other] { $count } خدمتونه
    }
catalogue-unavailable = د خدمتونو لېست اوس نشي ښودل کېدای. مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ.

not-found-title = پاڼه ونه موندل شوه – { -product-name }
not-found-heading = پاڼه ونه موندل شوه
not-found-home-link = اصلي پاڼې ته ورشئ

## نېوېګېشن او د فورمې تېروتنې
site-nav-label = اصلي
nav-track = غوښتنه وڅارئ
nav-report = ستونزه راپور کړئ
error-title-prefix = تېروتنه:
error-summary-heading = یوه ستونزه شته

## د خدمت د غوښتنې موندل
lookup-title = د خدمت غوښتنه وڅارئ – { -product-name }
lookup-heading = د خدمت غوښتنه وڅارئ
lookup-label = د خدمت د غوښتنې شمېره
lookup-hint = ستاسو د خدمت د غوښتنې شمېره ستاسو د تایید په پاڼه او برېښنالیکونو کې ده. داسې ښکاري: 2026-000123.
lookup-button = زما غوښتنه ومومئ
lookup-error-format = د خدمت د غوښتنې شمېره د 2026-000123 په بڼه ولیکئ

## د خدمت یوه غوښتنه
request-title = د خدمت غوښتنه { $number } – { -product-name }
request-heading = د خدمت غوښتنه { $number }
request-status = حالت
request-service = خدمت
request-division = مسؤله څانګه
request-filed = ترلاسه شوې
request-expected = اټکل شوې نېټه
request-location = ځای
request-ward = ناحیه
request-ward-value = ناحیه { $number }: { $name }
request-due-today = نن یې نېټه ده
request-days-left =
    { $days ->
        [one] { $days } ورځ پاتې
       *[other] { $days } ورځې پاتې
    }
request-days-overdue =
    { $days ->
        [one] له اټکل شوې نېټې { $days } ورځ تېره شوې
       *[other] له اټکل شوې نېټې { $days } ورځې تېرې شوې
    }
request-timeline-heading = تر اوسه څه شوي دي
request-event-photo-alt = د ښاروالۍ له خوا د کار عکس، شمېره { $number }
request-unavailable = دا د خدمت غوښتنه اوس نشي ښودل کېدای. مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ.
request-not-found-title = د خدمت غوښتنه ونه موندل شوه – { -product-name }
request-not-found-heading = موږ دا د خدمت غوښتنه نشو موندلای
request-not-found-body = د { $number } شمېرې د خدمت غوښتنه نشته. شمېره د تایید په پاڼه یا برېښنالیک کې وګورئ. هغه غوښتنه چې تاسو همدا اوس کړې ده ښایي د ښکاره کېدو لپاره یوه دقیقه وخت ونیسي.
request-not-found-retry = بله شمېره ولټوئ

## حالتونه، په ساده ژبه
status-received = ترلاسه شوه
status-assigned = اړوندې څانګې ته وسپارل شوه
status-inspection = معاینه
status-scheduled = د کار وخت وټاکل شو
status-completed = بشپړه شوه
status-closed_referred = وتړل شوه – بلې ادارې ته ولېږل شوه
status-closed_no_action = وتړل شوه – کومې کړنې ته اړتیا نشته
status-closed_duplicate = وتړل شوه – تکراري غوښتنه

## د خدمتونو لارښود
nav-services = د ښاروالۍ خدمتونه
services-title = د ښاروالۍ خدمتونه – { -product-name }
services-heading = د ښاروالۍ خدمتونه
services-intro = د خپلې ستونزې لپاره مناسب خدمت ومومئ. په خپلو ټکو یې ولټوئ، یا خدمتونه د موضوع له مخې وګورئ.
services-search-label = خدمت ولټوئ
services-search-hint = د بېلګې په توګه: کنده، نه ټول شوي خځلي، شور
services-search-button = لټون
services-results-heading =
    { $count ->
        [one] له «{ $query }» سره { $count } خدمت سمون خوري
       *[other] له «{ $query }» سره { $count } خدمتونه سمون خوري
    }
services-no-results = له «{ $query }» سره هېڅ خدمت سمون نه خوري. نور ټکي وازمویئ، یا لاندې موضوعګانې وګورئ.
services-browse-heading = د موضوع له مخې وګورئ
service-detail-title = { $name } – { -product-name }
service-topic = موضوع
service-standard = د خدمت معیار
service-sla-hours =
    { $count ->
        [one] هڅه کوو چې په { $count } ساعت کې ځواب درکړو
       *[other] هڅه کوو چې په { $count } ساعتونو کې ځواب درکړو
    }
service-sla-business-days =
    { $count ->
        [one] هڅه کوو چې په { $count } کاري ورځ کې ځواب درکړو
       *[other] هڅه کوو چې په { $count } کاري ورځو کې ځواب درکړو
    }
service-sla-calendar-days =
    { $count ->
        [one] هڅه کوو چې په { $count } ورځ کې ځواب درکړو
       *[other] هڅه کوو چې په { $count } ورځو کې ځواب درکړو
    }
service-back = د ښاروالۍ ټول خدمتونه
service-not-found-title = خدمت ونه موندل شو – { -product-name }
service-not-found-heading = موږ دا خدمت نشو موندلای

## د یوې غوښتنې په اړه شکایتونه
request-complaint-heading = آیا د دې غوښتنې له پرمختګ څخه راضي نه یاست؟
request-complaint-overdue = اټکل شوې نېټه تېره شوې ده او دا غوښتنه لا نه ده تړل شوې. تاسو کولای شئ شکایت ثبت کړئ: یو سرپرست باید په 5 کاري ورځو کې ورته ځواب ووایي، که نه نو شکایت د اړوندې څانګې مشرتابه ته لېږل کېږي.
request-complaint-closed = که ستونزه نه وي حل شوې، یا تاسو د دې غوښتنې د تړلو له طریقې سره موافق نه یاست، کولای شئ شکایت ثبت کړئ: یو سرپرست باید په 5 کاري ورځو کې ورته ځواب ووایي، که نه نو شکایت د اړوندې څانګې مشرتابه ته لېږل کېږي.
request-complaint-details = ستونزه څه ده؟
request-complaint-details-hint = د بېلګې په توګه: د غوښتنې له تړل کېدو وروسته هم د سړک کنده لا شته.
request-complaint-email = د برېښنالیک پته (اختیاري)
request-complaint-email-hint = ترڅو تاسو ته ځواب ووایو. دا هېڅکله په عامه توګه نه ښودل کېږي.
request-complaint-submit = شکایت ثبت کړئ
request-complaint-filed = ستاسو شکایت ثبت شو. دا لاندې د پېښو په لړۍ کې ښکاري.
request-complaint-pending = د دې غوښتنې په اړه یو شکایت د ځواب په تمه دی، چې تر { $date } پورې یې د ځواب تمه کېږي.
request-complaint-escalated = ځواب وځنډېد، نو شکایت د اړوندې څانګې مشرتابه ته ولېږل شو.
request-complaint-error-details = موږ ته ووایاست چې ستونزه څه ده
request-complaint-error-too-long = شکایت باید 2000 توري یا له هغه لږ وي
status-complaint = شکایت ثبت شو
status-escalated = شکایت د اړوندې څانګې مشرتابه ته ولېږل شو
