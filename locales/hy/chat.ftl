## Կենդանի զրույց՝ բնակչի զրույցի վահանակը, հաղորդագրություն թողնելը, օպերատորների վահանակը և զրույցի հաղորդագրությունները։

chat-launcher = Զրուցել 311-ի հետ
chat-panel-heading = Կենդանի զրույց 311-ի հետ
chat-close = Փակել զրույցը
chat-intro = Տվեք հարց կամ ստացեք օգնություն հայտի վերաբերյալ։ Օպերատորը կպատասխանի ձեզ այստեղ, հենց որ ազատվի։
chat-name-label = Ձեր անունը (ըստ ցանկության)
chat-topic-label = Ինչո՞վ կարող ենք օգնել ձեզ
chat-topic-hint = Օրինակ՝ իմ փողոցում աղբը չի հավաքվել
chat-start = Սկսել զրույցը
chat-connecting = Միացում…
chat-reconnecting = Կապը կորել է։ Վերամիացում… Ձեր հաղորդագրությունները պահպանված են։
chat-reconnected = Կապը վերականգնվել է։
chat-queue-next = Դուք հերթում հաջորդն եք։
chat-queue-position = Ձեր համարը հերթում՝ { $position }։
chat-queue-wait =
    { $minutes ->
        [one] Սպասման մոտավոր ժամանակը՝ մոտ { $minutes } րոպե։
       *[other] Սպասման մոտավոր ժամանակը՝ մոտ { $minutes } րոպե։
    }
chat-waiting-note = Սպասելու ընթացքում կարող եք գրել ձեր հարցը։ Այս էջը բաց պահեք․ զրույցն ինքնըստինքյան չի փակվում։
chat-log-label = Նամակագրություն
chat-message-label = Ձեր հաղորդագրությունը
chat-send = Ուղարկել
chat-not-sent = Դեռ չի ուղարկվել։ Այն կուղարկվի, հենց որ կապը վերականգնվի։
chat-typing-agent = Օպերատորը գրում է…
chat-typing-resident = Բնակիչը գրում է…
chat-you = Դուք
chat-resident = Բնակիչ
chat-end = Ավարտել զրույցը
chat-ended-heading = Զրույցն ավարտվել է
chat-rate-legend = Որքանո՞վ էր օգտակար այս զրույցը
chat-rate-stars =
    { $stars ->
        [one] { $stars } աստղ
       *[other] { $stars } աստղ
    }
chat-rate-submit = Ուղարկել գնահատականը
chat-rate-thanks = Շնորհակալություն ձեր գնահատականի համար։
chat-transcript-label = Ուղարկել ինձ զրույցի տեքստը էլ. փոստով
chat-transcript-submit = Ուղարկել զրույցի տեքստը
chat-transcript-sent = Զրույցի տեքստն ուղարկվում է ձեր էլ. փոստին։
chat-new = Սկսել նոր զրույց
chat-about-request = Զրուցել այս հայտի մասին
chat-linked-request = { $number } հայտի վերաբերյալ

chat-page-title = Կենդանի զրույց
chat-page-intro = Առցանց զրուցեք 311-ի օպերատորի հետ կամ թողեք հաղորդագրություն, և մենք ձեզ կպատասխանենք էլ. փոստով կամ SMS-ով։
chat-offline-heading = Թողնել հաղորդագրություն
chat-offline-intro = Այս պահին ոչ մի օպերատոր չի կարող զրուցել։ Թողեք հաղորդագրություն՝ նշելով ձեր էլ. փոստի հասցեն կամ հեռախոսահամարը, և օպերատորը կպատասխանի ձեզ։
chat-offline-email = Էլ. փոստի հասցե
chat-offline-phone = Հեռախոսահամար՝ SMS-ով պատասխան ստանալու համար
chat-offline-body = Ձեր հաղորդագրությունը
chat-offline-submit = Ուղարկել հաղորդագրությունը
chat-offline-sent = Շնորհակալություն։ Մենք ստացանք ձեր հաղորդագրությունը, և օպերատորը կպատասխանի ձեզ էլ. փոստով կամ SMS-ով։
chat-offline-error-body = Մուտքագրեք ձեր հաղորդագրությունը
chat-offline-error-body-long = Հաղորդագրությունը պետք է լինի առավելագույնը 2000 նիշ
chat-offline-error-name-long = Անունը պետք է լինի առավելագույնը 100 նիշ
chat-offline-error-contact = Մուտքագրեք էլ. փոստի հասցե կամ հեռախոսահամար, որպեսզի կարողանանք ձեզ պատասխանել
chat-offline-error-email = Մուտքագրեք էլ. փոստի հասցեն ճիշտ ձևաչափով, օրինակ՝ name@example.com
chat-offline-error-phone = Մուտքագրեք հեռախոսահամար, օրինակ՝ 416 555 0123

## Զրույցի իրադարձություններ, որոնք տեսնում են երկու կողմերը։

chat-event-joined = Զրույցին միացել է { $name }։
chat-event-transferred = Զրույցը փոխանցվել է օպերատորին՝ { $name }։
chat-event-ended = Զրույցն ավարտվել է։
chat-event-request = Ձեզ համար ստեղծվել է ծառայության հայտ՝ { $number }։ Այս համարով կարող եք հետևել դրա ընթացքին։

## Ինչու զրույցում ուղարկվածը չընդունվեց։

chat-error-bad-frame = Հնարավոր չեղավ կարդալ տվյալները։ Վերաբեռնեք էջը և կրկին փորձեք։
chat-error-too-long = Ձեր հաղորդագրությունը չափազանց երկար է։ Այն պետք է լինի առավելագույնը 2000 նիշ։
chat-error-too-fast = Դուք շատ արագ եք ուղարկում հաղորդագրությունները։ Մի պահ սպասեք, ապա նորից ուղարկեք։
chat-error-empty = Ուղարկելուց առաջ գրեք հաղորդագրություն։
chat-error-topic-missing = Նշեք, թե ինչի հարցում է ձեզ օգնություն պետք։
chat-error-already-started = Այս զրույցն արդեն սկսվել է։
chat-error-unknown-chat = Այդ զրույցը չի գտնվել։ Սկսեք նոր զրույց։
chat-error-no-chat = Նախ սկսեք զրույց։
chat-error-chat-ended = Այս զրույցն ավարտվել է։ Նոր հաղորդագրություններ ուղարկելու համար սկսեք նոր զրույց։
chat-error-bad-rating = Ընտրեք 1-ից 5 աստղ։
chat-error-not-ended = Զրույցը կարող եք գնահատել դրա ավարտից հետո։
chat-error-bad-email = Մուտքագրեք էլ. փոստի հասցեն ճիշտ ձևաչափով, օրինակ՝ name@example.com
chat-error-agents-only = Դա կարող են անել միայն օպերատորները։
chat-error-residents-only = Դա կարող են անել միայն բնակիչները։
chat-error-not-yours = Այդ զրույցը ձեզ չի հանձնարարված։
chat-error-at-limit = Դուք արդեն բացել եք թույլատրելի առավելագույն քանակով զրույցներ։ Նախ ավարտեք դրանցից մեկը։
chat-error-taken = Այդ զրույցը վերցրել է մեկ այլ օպերատոր, կամ այն ավարտվել է։
chat-error-agent-unavailable = Այդ օպերատորն այլևս առցանց չէ։ Ընտրեք մեկ ուրիշին։
chat-error-unavailable = Զրույցը հիմա հասանելի չէ։ Կրկին փորձեք մի քանի րոպեից կամ զանգահարեք 311։

## Պատրաստի պատասխաններ, որոնք օպերատորներն ուղարկում են բնակչի լեզվով։

chat-canned-greeting = Բարև ձեզ, շնորհակալություն, որ դիմել եք 311 Toronto ծառայությանը։ Ինչո՞վ կարող եմ օգնել ձեզ այսօր։
chat-canned-one-moment = Մի պահ, խնդրում եմ, ես ստուգում եմ այս հարցը։
chat-canned-more-details = Կարո՞ղ եք մի փոքր ավելին պատմել խնդրի մասին։
chat-canned-location = Որտե՞ղ է գտնվում խնդիրը։ Կօգնի փողոցի հասցեն կամ մոտակա խաչմերուկը։
chat-canned-request-filed = Ես ձեզ համար ստեղծել եմ ծառայության հայտ։ Կարող եք հետևել դրան այս զրույցում նշված համարով։
chat-canned-goodbye = Շնորհակալություն 311-ին դիմելու համար։ Կարո՞ղ եմ ևս ինչ-որ բանով օգնել ձեզ։

## Օպերատորների վահանակը /agent հասցեում։

agent-page-heading = Զրույցների վահանակ
agent-status-connected = Միացված է։ Դուք առցանց եք զրույցների համար։
agent-status-reconnecting = Կապը կորել է։ Վերամիացում…
agent-queue-heading = Սպասող զրույցներ
agent-queue-empty = Սպասող զրույցներ չկան։
agent-queue-topic = Թեմա
agent-queue-language = Լեզու
agent-queue-waiting = Սպասում է
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } րոպե
       *[other] { $minutes } րոպե
    }
agent-queue-fallback = Ձեր լեզուներից չէ
agent-accept = Ընդունել
agent-load = Բաց զրույցներ՝ { $active }, առավելագույնը՝ { $limit }
agent-chats-heading = Ձեր զրույցները
agent-no-chats = Սկսելու համար ընդունեք զրույց հերթից։
agent-chat-with = Զրույց՝ { $name }
agent-chat-language = Լեզու՝ { $language }
agent-chat-topic = Թեմա՝ { $topic }
agent-canned-label = Պատրաստի պատասխան
agent-canned-choose = Ընտրեք պատասխան
agent-canned-insert = Օգտագործել այս պատասխանը
agent-reply-label = Պատասխան
agent-send = Ուղարկել
agent-add-note = Ավելացնել որպես ներքին նշում
agent-note = Ներքին նշում
agent-transfer-label = Փոխանցել օպերատորին
agent-transfer = Փոխանցել
agent-transfer-none = Այլ օպերատոր առցանց չէ։
agent-end = Ավարտել զրույցը
agent-ended = Այս զրույցն ավարտվել է։
agent-close = Փակել
agent-request-heading = Ստեղծել ծառայության հայտ
agent-request-service = Ծառայության տեսակ
agent-request-place = Վայր՝ փողոց, խաչմերուկ կամ օբյեկտ
agent-request-description = Նկարագրություն
agent-request-submit = Բացել հաղորդման ձևը
agent-request-hint = Հաղորդման ձևը բացվում է այս զրույցի տվյալներով լրացված։ Ստուգեք և ուղարկեք այն։ Հայտի համարը կտեղադրվի զրույցում։
agent-cases-heading = Հաղորդագրություններ, որոնք թողնվել են, երբ ոչ ոք չէր կարող զրուցել
agent-cases-empty = Պատասխանի սպասող հաղորդագրություններ չկան։
agent-case-from = Ումից՝ { $name }, { $contact }
agent-case-reply = Ձեր պատասխանը
agent-case-send = Ուղարկել պատասխանը
agent-case-answered = Ձեր պատասխանն ուղարկվել է։
agent-error-reply = Մուտքագրեք առավելագույնը 2000 նիշից բաղկացած պատասխան։
agent-error-answered = Այդ հաղորդագրությանն արդեն պատասխանել են։
agent-error-not-yours = Այդ զրույցն այլևս ձեզ հանձնարարված չէ։
agent-error-service = Ընտրեք ծառայության տեսակը։
staff-chat-transcripts = Զրույցների տեքստեր

## Էլ. փոստով կամ SMS-ով ուղարկվող հաղորդագրություններ։

notify-chat-transcript-subject = Ձեր զրույցը 311 Toronto ծառայության հետ
notify-chat-transcript-email = Ձեր խնդրանքով ուղարկում ենք 311 Toronto ծառայության հետ ձեր զրույցի տեքստը։
notify-chat-reply-subject = Պատասխան 311 Toronto ծառայությանն ուղղված ձեր հաղորդագրությանը
notify-chat-reply-email =
    Դուք հաղորդագրություն էիք թողել 311 Toronto ծառայությանը։ Օպերատորը պատասխանել է՝

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
