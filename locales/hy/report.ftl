### Խնդրի մասին հայտնելը՝ /report էջերը, դրանց սխալները, քարտեզը և լուսանկարները։

report-page-title = { $heading } – { -product-name }
report-caption = Հայտնել խնդրի մասին
report-unavailable = Հաղորդման ձևը հիմա հնարավոր չէ ցույց տալ։ Խնդրում ենք կրկին փորձել մի քանի րոպեից։
report-continue = Շարունակել
report-optional = { $label } (ըստ ցանկության)

## Ծառայության ընտրություն
report-choose-heading = Ինչի՞ մասին եք ցանկանում հայտնել
report-choose-intro = Որոնեք ձեր սեփական բառերով կամ ընտրեք ստորև նշված թեմաներից։
report-start-button = Սկսել հիմա
report-choose-other = Հայտնել այլ բանի մասին
report-not-found-heading = Մենք չենք գտնում այդ հաղորդումը
report-not-found-body = Հղումը կարող է թերի լինել կամ սխալ մուտքագրված։
report-start-again = Սկսել նոր հաղորդում

## Ում է պատկանում, և ատելությամբ պայմանավորված գրաֆիտի
report-owner-question = Ո՞ւմ է պատկանում այն օբյեկտը, որի հետ խնդիր կա
report-owner-hint = Փնտրեք դրա վրա լոգո կամ պիտակ։ Քաղաքապետարանը կարող է վերանորոգել միայն այն, ինչ իրեն է պատկանում։
report-owner-city = Տորոնտոյի քաղաքապետարան, օրինակ՝ քաղաքային պատ, կամուրջ, ցուցանակ կամ աղբաման
report-owner-unknown = Չգիտեմ
report-owner-bell = Bell Canada՝ հեռախոսախցիկներ, Bell-ի սյուներ և պահարաններ
report-owner-rogers = Rogers՝ մալուխային արկղեր և պահարաններ
report-owner-toronto-hydro = Toronto Hydro՝ էլեկտրասյուներ, տրանսֆորմատորներ և էլեկտրական արկղեր
report-owner-canada-post = Canada Post՝ փոստարկղեր և ծանրոցների պահարաններ
report-owner-ttc = TTC՝ կանգառների ծածկեր, կայարաններ և տրանսպորտային միջոցներ
report-error-owner = Ընտրեք, թե ում է այն պատկանում, կամ «Չգիտեմ»
report-referral-heading = Սրա վերանորոգումը Քաղաքապետարանի պարտականությունը չէ
report-referral-intro = Քաղաքապետարանը կարող է վերանորոգել կամ մաքրել միայն այն, ինչ իրեն է պատկանում, ուստի ծառայության հայտ չի ստեղծվել։ Խնդրում ենք հայտնել սեփականատիրոջը։
report-referral-bell = Bell Canada՝ զանգահարեք 1-866-310-2355։
report-referral-rogers = Rogers՝ զանգահարեք 1-888-764-3771։
report-referral-toronto-hydro = Toronto Hydro՝ զանգահարեք 416-542-8000։ Եթե լարերը պոկված են կամ կայծեր են արձակում, մնացեք 10 մետր հեռավորության վրա և զանգահարեք 911։
report-referral-canada-post = Canada Post՝ զանգահարեք 1-866-607-6301։
report-referral-ttc = TTC՝ զանգահարեք Հաճախորդների սպասարկման ծառայություն՝ 416-393-3030։
report-hate-heading = Ատելությամբ պայմանավորված գրաֆիտի
report-hate-police = Եթե գրաֆիտին ուղղված է մարդկանց դեմ նրանց ռասայի, կրոնի, էթնիկ ծագման, սեռական կողմնորոշման, սեռի կամ հաշմանդամության պատճառով, նախ հայտնեք Տորոնտոյի ոստիկանությանը (Toronto Police)՝ զանգահարեք 416-808-2222 ոչ շտապ գծով, կամ 911, եթե որևէ մեկը վտանգի մեջ է։ Ոստիկանությունն այն գրանցում է որպես հնարավոր ատելության հանցագործություն, նախքան այն կհեռացվի։
report-hate-then = Այնուհետև հայտնեք այստեղ, որպեսզի Քաղաքապետարանը կարողանա արագ հեռացնել այն։

## Վայրը
report-location-heading = Որտե՞ղ է խնդիրը
report-location-current = Ընտրված վայր
report-location-address = { $address }, ընտրատարածք { $ward }
report-location-pin = Նշիչ՝ { $lat }, { $long }, ընտրատարածք { $ward }
report-map-heading = Տեղադրեք նշիչ քարտեզի վրա
report-map-hint = Սեղմեք կամ հպեք քարտեզին այն տեղում, որտեղ խնդիրն է, ապա քաշեք նշիչը՝ այն ճշգրտելու համար։ Ստեղնաշարով տեղաշարժեք քարտեզը սլաքների ստեղներով, ապա ընտրեք «Տեղադրել նշիչը քարտեզի կենտրոնում»։
report-map-label = Քարտեզ
report-map-pin = Խնդրի վայրը
report-map-pin-at = Նշիչը տեղադրված է՝ { $lat }, { $long }
report-map-no-pin = Նշիչը դեռ տեղադրված չէ
report-map-locate = Օգտագործել իմ գտնվելու վայրը
report-map-locate-failed = Ձեր գտնվելու վայրը հնարավոր չեղավ որոշել։ Տեղադրեք նշիչը քարտեզի վրա կամ մուտքագրեք հասցե։
report-map-centre = Տեղադրել նշիչը քարտեզի կենտրոնում
report-map-use = Օգտագործել այս նշիչի վայրը
report-address-heading = Կամ մուտքագրեք հասցե կամ խաչմերուկ
report-place-label = Փողոց, խաչմերուկ կամ վայր
report-place-hint = Օրինակ՝ Queen St W & Spadina Ave կամ Nathan Phillips Square
report-place-find = Գտնել
report-place-none = «{ $query }» հարցմանը ոչինչ չի համապատասխանում։ Ստուգեք ուղղագրությունը կամ փորձեք մոտակա խաչմերուկը։
report-place-choose = Ընտրեք ամենամոտ համապատասխանությունը
report-place-use = Օգտագործել այս վայրը
report-place-kind-street = Փողոց
report-place-kind-intersection = Խաչմերուկ
report-place-kind-place = Վայր
report-error-outside-city = Այս վայրը գտնվում է Տորոնտո քաղաքի սահմաններից դուրս։ Ընտրեք քաղաքի ներսում գտնվող վայր։
report-error-pin-missing = Տեղադրեք նշիչ քարտեզի վրա կամ ստորև մուտքագրեք հասցե
report-error-place-choose = Ընտրեք համապատասխանություններից մեկը կամ կրկին որոնեք
report-error-location-missing = Մուտքագրեք փողոց, խաչմերուկ կամ վայր, կամ տեղադրեք նշիչ քարտեզի վրա

## Մանրամասներ և կոնտակտային տվյալներ
report-details-heading = Պատմեք մեզ խնդրի մասին
report-field-description = Նկարագրեք խնդիրը
report-description-hint = Ինչ եք տեսնում, և այն ամենը, ինչը կօգնի աշխատանքային խմբերին գտնել այն։ Խնդրում ենք անձնական տվյալներ չներառել։
report-contact-heading = Ձեր կոնտակտային տվյալները (ըստ ցանկության)
report-contact-hint = Մենք դրանք օգտագործում ենք միայն այս հաղորդման վերաբերյալ ձեզ հետ կապվելու համար։ Դրանք երբեք հրապարակայնորեն չեն ցուցադրվում։ Թողեք դաշտերը դատարկ՝ անանուն հայտնելու համար։
report-field-first-name = Անուն
report-field-last-name = Ազգանուն
report-field-email = Էլ. փոստի հասցե
report-field-phone = Հեռախոսահամար
report-error-missing = Պատասխանեք «{ $field }» հարցին
report-error-number = «{ $field }» հարցի պատասխանը պետք է թիվ լինի, օրինակ՝ 3 կամ 2.5
report-error-too-long = «{ $field }» հարցի պատասխանը պետք է լինի առավելագույնը { $max } նիշ
report-error-choice = Ընտրեք «{ $field }» հարցի նշված պատասխաններից մեկը
report-error-datetime = Մուտքագրեք իրական ամսաթիվ և ժամ «{ $field }» հարցի համար
report-error-email = Մուտքագրեք էլ. փոստի հասցեն ճիշտ ձևաչափով, օրինակ՝ name@example.com
report-error-phone = Մուտքագրեք 7-ից 15 թվանշանից բաղկացած հեռախոսահամար, օրինակ՝ 416-392-2489

## Լուսանկարներ
report-photos-heading = Լուսանկարներ
report-photos-required = Այս տեսակի խնդրի համար անհրաժեշտ է առնվազն մեկ լուսանկար։ Այն օգնում է աշխատանքային խմբերին գտնել և վերացնել խնդիրը։
report-photos-optional = Լուսանկարները պարտադիր չեն, բայց դրանք օգնում են աշխատանքային խմբերին գտնել և վերացնել խնդիրը։
report-photos-limits = Կարող եք ավելացնել մինչև { $count } լուսանկար JPEG, PNG կամ WebP ձևաչափով, յուրաքանչյուրը՝ մինչև { $megabytes } ՄԲ։ Մեր պահած պատճենից մենք հեռացնում ենք գտնվելու վայրի և տեսախցիկի տվյալները։
report-photo-label = Ընտրեք լուսանկար
report-photo-upload = Վերբեռնել լուսանկարը
report-photo-uploading = Լուսանկարը վերբեռնվում է
report-photo-alt = Լուսանկար { $number }
report-photo-remove = Հեռացնել լուսանկար { $number }
report-photo-has-location = Լուսանկար { $number }-ում գրանցված է այն վայրը, որտեղ այն արվել է։
report-photo-use-location = Օգտագործել լուսանկար { $number }-ի վայրը
report-photos-count =
    { $count ->
        [0] Լուսանկարներ չկան
        [one] { $count } լուսանկար
       *[other] { $count } լուսանկար
    }
report-error-photo-missing = Ընտրեք վերբեռնելու լուսանկար
report-error-photo-too-large = Լուսանկարը պետք է { $megabytes } ՄԲ-ից փոքր լինի
report-error-photo-type = Ֆայլը պետք է լինի JPEG, PNG կամ WebP ձևաչափի լուսանկար
report-error-photo-dimensions = Լուսանկարը չափազանց շատ պիքսել ունի։ Ընտրեք ավելի փոքր լուսանկար։
report-error-photo-damaged = Լուսանկարը վնասված է, և այն հնարավոր չէ կարդալ։ Ընտրեք այլ լուսանկար։
report-error-photo-limit = Կարող եք ավելացնել մինչև { $count } լուսանկար։ Հեռացրեք մեկը՝ մեկ ուրիշն ավելացնելու համար։
report-error-photo-required = Ավելացրեք առնվազն մեկ լուսանկար
report-error-photo-outside = Այս լուսանկարի արվելու վայրը գտնվում է Տորոնտո քաղաքի սահմաններից դուրս

## Ստուգում, մոտակա հայտեր և ուղարկում
report-check-heading = Ստուգեք ձեր պատասխանները՝ նախքան հաղորդումն ուղարկելը
report-check-answers = Ձեր պատասխանները
report-change = Փոխել
report-anonymous = Նշված չէ՝ այս հաղորդումն անանուն է
report-submit-note = Ուղարկելով այս հաղորդումը՝ դուք հաստատում եք, որ տեղեկությունները, ձեր իմացությամբ, ճիշտ են։
report-submit = Ուղարկել հաղորդումը
report-nearby-heading = Արդյո՞ք այս մասին արդեն հայտնվել է
report-nearby-intro = Նույն խնդրի վերաբերյալ այս բաց հայտերը գտնվում են 250 մետրի շառավղում։ Եթե դրանցից մեկը վերաբերում է ձեր խնդրին, հետևեք դրան՝ նոր հաղորդում ուղարկելու փոխարեն։
report-nearby-distance = Մոտ { $metres } մ հեռավորության վրա
report-nearby-reporters =
    { $count ->
        [one] Հայտնել է { $count } մարդ
       *[other] Հայտնել է { $count } մարդ
    }
report-me-too = Ես էլ՝ հետևել { $number } հայտին
report-error-follow = Այդ հայտին այլևս հնարավոր չէ հետևել։ Փոխարենը ուղարկեք ձեր սեփական հաղորդումը։
report-sent-heading = Հաղորդումն ուղարկված է
report-sent-number = Ձեր ծառայության հայտի համարն է՝
report-sent-next = Պահեք այս համարը։ Դրանով կարող եք տեսնել, թե ինչ է կատարվում հետո։
report-sent-track = Հետևել այս հայտին
report-another = Հայտնել այլ խնդրի մասին
report-following-heading = Դուք հետևում եք { $number } հայտին
report-following-body = Նոր հայտ ստեղծելու փոխարեն դուք ավելացվել եք այս հայտին։ Դրա կարգավիճակի էջը ցույց է տալիս, թե ինչ է կատարվում հետո։
