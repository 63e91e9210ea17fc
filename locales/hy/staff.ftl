### Աշխատակիցների վահանակ՝ մուտք, հայտերի հերթ, հայտի կարգավիճակի փոփոխում, աուդիտի մատյան։

staff-page-title = { $heading } – { -product-name }՝ աշխատակիցների համար
staff-unavailable = Աշխատակիցների վահանակը հիմա հնարավոր չէ ցույց տալ։ Խնդրում ենք կրկին փորձել մի քանի րոպեից։
staff-forbidden-heading = Դուք չեք կարող բացել այս էջը
staff-forbidden-body = Ձեր հաշիվը մուտք չունի աշխատակիցների վահանակի այս բաժին։ Եթե դա ձեզ անհրաժեշտ է, դիմեք ադմինիստրատորին։

## Մուտք
staff-login-heading = Աշխատակիցների մուտք
staff-password = Գաղտնաբառ
staff-sign-in = Մուտք գործել
staff-sign-out = Դուրս գալ
staff-signed-in-as = Դուք մուտք եք գործել որպես { $name }
staff-login-error-wrong = Էլ. փոստի հասցեն կամ գաղտնաբառը սխալ է
staff-login-error-locked = Մուտք գործելու չափազանց շատ փորձեր։ Սպասեք 15 րոպե, ապա կրկին փորձեք։
staff-error-csrf = Ձևաթուղթը հնացել է։ Վերաբեռնեք էջը և կրկին փորձեք։

## Հերթը
staff-queue-heading = Ծառայության հայտերի հերթ
staff-filter-any = Բոլորը
staff-filter-overdue = Միայն այն հայտերը, որոնց սպասվող ժամկետն անցել է
staff-filter-complaints = Միայն այն հայտերը, որոնց վերաբերյալ բողոքը սպասում է պատասխանի
staff-filter-apply = Ցույց տալ հայտերը
staff-queue-empty = Այս զտիչներին համապատասխանող ծառայության հայտեր չկան։
staff-column-number = Հայտի համար
staff-complaint-due = Բողոք՝ պատասխանել մինչև { $date }
staff-complaint-escalated = Բողոքը փոխանցվել է ղեկավարությանը՝ պատասխանն ուշանում է

## Մեկ հայտ
staff-change-heading = Փոխել կարգավիճակը
staff-new-status = Նոր կարգավիճակ
staff-reason = Փակման պատճառ
staff-reason-hint = Պարտադիր է, երբ նոր կարգավիճակը փակում է հայտը։ Պատճառը պետք է համապատասխանի կարգավիճակին։
staff-reason-none = Առանց պատճառի՝ հայտը մնում է բաց
staff-public-note = Հրապարակային նշում
staff-public-note-hint = Բնակիչը սա տեսնում է կարգավիճակի էջում։ Փակելիս նշեք, թե ինչ է արվել կամ ինչու ոչինչ չի արվել։
staff-internal-note = Ներքին նշում
staff-internal-note-hint = Սա տեսնում են միայն աշխատակիցները։
staff-save = Պահպանել փոփոխությունը
staff-saved = Փոփոխությունը պահպանվեց։
staff-history-heading = Ամբողջական պատմություն
staff-error-status = Ընտրեք կարգավիճակ ցանկից
staff-error-reason-missing = Ընտրեք հայտի փակման պատճառը
staff-error-reason-mismatch = Պատճառը չի համապատասխանում նոր կարգավիճակին։ Ընտրեք դրան համապատասխանող պատճառ։
staff-error-note-missing = Գրեք հրապարակային նշում, որը բնակչին կտեղեկացնի, թե ինչ է արվել կամ ինչու ոչինչ չի արվել
staff-error-reason-open = Փակման պատճառը նախատեսված է միայն այն կարգավիճակների համար, որոնք փակում են հայտը

## Փակման պատճառներ
staff-reason-repaired = Վերանորոգված է
staff-reason-cleaned = Մաքրված է
staff-reason-removed = Հեռացված է
staff-reason-other-government = Փոխանցվել է իշխանության այլ մակարդակի
staff-reason-utility-company = Փոխանցվել է կոմունալ ծառայությանը կամ սեփականատեր ընկերությանը
staff-reason-private-property = Մասնավոր սեփականություն է՝ փոխանցվել է սեփականատիրոջը
staff-reason-not-found = Զննվել է՝ խնդիր չի հայտնաբերվել
staff-reason-already-resolved = Լուծվել էր մինչև աշխատանքային խմբի ժամանումը
staff-reason-meets-standard = Զննվել է՝ համապատասխանում է Քաղաքապետարանի չափանիշին
staff-reason-duplicate = Կրկնում է մեկ այլ հայտ

## Աուդիտի մատյան
staff-audit-heading = Աուդիտի մատյան
staff-column-when = Երբ
staff-column-who = Ով
staff-column-action = Գործողություն
staff-column-detail = Մանրամասներ
staff-action-login = Մուտք է գործել
staff-action-logout = Դուրս է եկել
staff-action-login-failed = Անհաջող մուտքի փորձ
staff-action-login-locked = Մուտքը մերժվել է՝ չափազանց շատ փորձեր
staff-action-status-change = Կարգավիճակը փոխվել է
staff-action-escalation = Բողոքն ավտոմատ կերպով փոխանցվել է ղեկավարությանը՝ պատասխանի ժամկետն անցել է

## Մի քանի հայտի միաժամանակյա փոփոխում հերթից
staff-bulk-column = Ընտրել
staff-bulk-select = Ընտրել { $number } հայտը
staff-bulk-heading = Փոխել ընտրված հայտերը
staff-bulk-hint = Նշեք հայտերը աղյուսակում, ապա ընտրեք փոփոխությունը։ Յուրաքանչյուր հայտ կստանա նույն կարգավիճակը, պատճառը և նշումները, իսկ նրա պատմության մեջ կավելանա առանձին տող։
staff-bulk-button = Փոխել ընտրված հայտերը
staff-bulk-saved =
    { $count ->
        [one] { $count } հայտ փոխվեց։
       *[other] { $count } հայտ փոխվեց։
    }
staff-error-none-selected = Ընտրեք առնվազն մեկ հայտ աղյուսակում։
staff-bulk-skipped =
    { $count ->
        [one] { $count } հայտ չփոխվեց, քանի որ այն «Ավարտված է» նշելու համար անհրաժեշտ է կատարված աշխատանքի լուսանկար։ Բացեք այն և ավելացրեք լուսանկար։
       *[other] { $count } հայտ չփոխվեց, քանի որ դրանք «Ավարտված է» նշելու համար անհրաժեշտ է կատարված աշխատանքի լուսանկար։ Բացեք յուրաքանչյուրը և ավելացրեք լուսանկար։
    }

## Լուսանկար կարգավիճակի փոփոխության հետ (կատարված աշխատանքի)
staff-photo = Աշխատանքի լուսանկար (ըստ ցանկության)
staff-photo-hint = JPEG, PNG կամ WebP պատկեր՝ մինչև 10 ՄԲ։ Բնակիչներն այն տեսնում են հայտի ժամանակագրության մեջ։
staff-photo-hint-required = Այս ծառայության դեպքում հայտը «Ավարտված է» նշելու համար անհրաժեշտ է կատարված աշխատանքի լուսանկար։ JPEG, PNG կամ WebP պատկեր՝ մինչև 10 ՄԲ։ Բնակիչներն այն տեսնում են ժամանակագրության մեջ։
staff-error-completion-photo-missing = Ավելացրեք կատարված աշխատանքի լուսանկար՝ այս ծառայության դեպքում այն անհրաժեշտ է հայտը «Ավարտված է» նշելու համար
