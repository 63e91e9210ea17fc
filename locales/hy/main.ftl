### Civic311 միջերեսի տեքստեր՝ հայերեն։

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Անցնել հիմնական բովանդակությանը
language-switcher-label = Լեզու
loading = Բեռնվում է…
footer-emergency = Արտակարգ դեպքերում զանգահարեք 911։ Այս կայքը քաղաքային ոչ շտապ ծառայությունների համար է։

home-title = Հայտնել խնդրի մասին կամ դիմել քաղաքային ծառայության – { -product-name }
home-heading = Հայտնել խնդրի մասին կամ դիմել քաղաքային ծառայության
home-intro = Տեղեկացրեք Քաղաքապետարանին ճանապարհի փոսի, չհավաքված աղբի, գրաֆիտիի և ավելի քան 60 այլ ոչ շտապ խնդիրների մասին։ Դուք կստանաք ծառայության հայտի համար, որով կարող եք հետևել, թե ինչ է կատարվում հետո։
home-groups-heading = Ինչի՞ն է վերաբերում
home-report-button = Հայտնել խնդրի մասին
service-group-count =
    { $count ->
        [one] { $count } ծառայություն
       *[other] { $count } ծառայություն
    }
catalogue-unavailable = Ծառայությունների ցանկը հիմա հնարավոր չէ ցույց տալ։ Խնդրում ենք կրկին փորձել մի քանի րոպեից։

not-found-title = Էջը չի գտնվել – { -product-name }
not-found-heading = Էջը չի գտնվել
not-found-home-link = Անցնել գլխավոր էջ

## Նավիգացիա և ձևաթղթի սխալներ
site-nav-label = Գլխավոր ընտրացանկ
nav-track = Հետևել հայտին
nav-report = Հայտնել խնդրի մասին
error-title-prefix = Սխալ՝
error-summary-heading = Խնդիր է առաջացել

## Ծառայության հայտի որոնում
lookup-title = Հետևել ծառայության հայտին – { -product-name }
lookup-heading = Հետևել ծառայության հայտին
lookup-label = Ծառայության հայտի համար
lookup-hint = Ձեր ծառայության հայտի համարը նշված է հաստատման էջում և էլ. նամակներում։ Այն այսպիսին է՝ 2026-000123։
lookup-button = Գտնել իմ հայտը
lookup-error-format = Մուտքագրեք ծառայության հայտի համարը 2026-000123 ձևաչափով

## Մեկ ծառայության հայտ
request-title = Ծառայության հայտ { $number } – { -product-name }
request-heading = Ծառայության հայտ { $number }
request-status = Կարգավիճակ
request-service = Ծառայություն
request-division = Պատասխանատու ստորաբաժանում
request-filed = Ստացվել է
request-expected = Սպասվում է մինչև
request-location = Վայր
request-ward = Ընտրատարածք
request-ward-value = Ընտրատարածք { $number }՝ { $name }
request-due-today = ժամկետը այսօր է
request-days-left =
    { $days ->
        [one] մնացել է { $days } օր
       *[other] մնացել է { $days } օր
    }
request-days-overdue =
    { $days ->
        [one] սպասվող ամսաթվից { $days } օր ուշ
       *[other] սպասվող ամսաթվից { $days } օր ուշ
    }
request-timeline-heading = Ինչ է արվել մինչ այժմ
request-event-photo-alt = Քաղաքապետարանի լուսանկարը կատարված աշխատանքից, թիվ { $number }
request-unavailable = Այս ծառայության հայտը հիմա հնարավոր չէ ցույց տալ։ Խնդրում ենք կրկին փորձել մի քանի րոպեից։
request-not-found-title = Ծառայության հայտը չի գտնվել – { -product-name }
request-not-found-heading = Մենք չենք գտնում այդ ծառայության հայտը
request-not-found-body = Չկա { $number } համարով ծառայության հայտ։ Ստուգեք համարը հաստատման էջում կամ էլ. նամակում։ Նոր ներկայացված հայտը կարող է երևալ մոտ մեկ րոպե անց։
request-not-found-retry = Որոնել այլ համար

## Կարգավիճակներ՝ պարզ լեզվով
status-received = Ստացվել է
status-assigned = Փոխանցվել է ստորաբաժանմանը
status-inspection = Զննում
status-scheduled = Աշխատանքները պլանավորված են
status-completed = Ավարտված է
status-closed_referred = Փակված է – փոխանցվել է այլ կազմակերպության
status-closed_no_action = Փակված է – գործողություն չի պահանջվում
status-closed_duplicate = Փակված է – արդեն հայտնված խնդիր

## Ծառայությունների տեղեկատու
nav-services = Քաղաքային ծառայություններ
services-title = Քաղաքային ծառայություններ – { -product-name }
services-heading = Քաղաքային ծառայություններ
services-intro = Գտեք ձեր խնդրին համապատասխան ծառայությունը։ Որոնեք ձեր սեփական բառերով կամ դիտեք ըստ թեմաների։
services-search-label = Որոնել ծառայություն
services-search-hint = Օրինակ՝ փոս ճանապարհին, չհավաքված աղբ, աղմուկ
services-search-button = Որոնել
services-results-heading =
    { $count ->
        [one] «{ $query }» հարցմանը համապատասխանում է { $count } ծառայություն
       *[other] «{ $query }» հարցմանը համապատասխանում է { $count } ծառայություն
    }
services-no-results = «{ $query }» հարցմանը համապատասխանող ծառայություն չկա։ Փորձեք այլ բառեր կամ դիտեք ստորև նշված թեմաները։
services-browse-heading = Դիտել ըստ թեմաների
service-detail-title = { $name } – { -product-name }
service-topic = Թեմա
service-standard = Սպասարկման չափանիշ
service-sla-hours =
    { $count ->
        [one] Մենք ձգտում ենք պատասխանել { $count } ժամվա ընթացքում
       *[other] Մենք ձգտում ենք պատասխանել { $count } ժամվա ընթացքում
    }
service-sla-business-days =
    { $count ->
        [one] Մենք ձգտում ենք պատասխանել { $count } աշխատանքային օրվա ընթացքում
       *[other] Մենք ձգտում ենք պատասխանել { $count } աշխատանքային օրվա ընթացքում
    }
service-sla-calendar-days =
    { $count ->
        [one] Մենք ձգտում ենք պատասխանել { $count } օրվա ընթացքում
       *[other] Մենք ձգտում ենք պատասխանել { $count } օրվա ընթացքում
    }
service-back = Բոլոր քաղաքային ծառայությունները
service-not-found-title = Ծառայությունը չի գտնվել – { -product-name }
service-not-found-heading = Մենք չենք գտնում այդ ծառայությունը

## Բողոքներ ծառայության հայտի վերաբերյալ
request-complaint-heading = Գոհ չե՞ք, թե ինչպես է ընթանում այս հայտը
request-complaint-overdue = Սպասվող ժամկետն անցել է, իսկ այս ծառայության հայտը դեռ փակված չէ։ Դուք կարող եք բողոք ներկայացնել։ Պատասխանատու ղեկավարը պետք է պատասխանի դրան 5 աշխատանքային օրվա ընթացքում, հակառակ դեպքում բողոքը կփոխանցվի ստորաբաժանման ղեկավարությանը։
request-complaint-closed = Եթե խնդիրը չի լուծվել, կամ համաձայն չեք, թե ինչպես է փակվել այս ծառայության հայտը, կարող եք բողոք ներկայացնել։ Պատասխանատու ղեկավարը պետք է պատասխանի դրան 5 աշխատանքային օրվա ընթացքում, հակառակ դեպքում բողոքը կփոխանցվի ստորաբաժանման ղեկավարությանը։
request-complaint-details = Ո՞րն է խնդիրը
request-complaint-details-hint = Օրինակ՝ ճանապարհի փոսը դեռ տեղում է, թեև հայտը փակվել է։
request-complaint-email = Էլ. փոստի հասցե (ըստ ցանկության)
request-complaint-email-hint = Որպեսզի կարողանանք ձեզ տեղեկացնել պատասխանի մասին։ Այն երբեք հրապարակայնորեն չի ցուցադրվում։
request-complaint-submit = Ներկայացնել բողոք
request-complaint-filed = Ձեր բողոքը ներկայացվեց։ Այն երևում է ստորև՝ ժամանակագրության մեջ։
request-complaint-pending = Այս հայտի վերաբերյալ բողոքը սպասում է պատասխանի։ Պատասխանը սպասվում է մինչև { $date }։
request-complaint-escalated = Պատասխանն ուշանում է, ուստի բողոքը փոխանցվել է ստորաբաժանման ղեկավարությանը։
request-complaint-error-details = Նշեք, թե որն է խնդիրը
request-complaint-error-too-long = Բողոքը պետք է լինի առավելագույնը 2000 նիշ
status-complaint = Բողոք է ներկայացվել
status-escalated = Բողոքը փոխանցվել է ստորաբաժանման ղեկավարությանը
