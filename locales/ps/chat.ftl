## Live chat: the resident's chat panel, leaving a message, the agents' console and chat messages.

chat-launcher = له 311 سره چټ
chat-panel-heading = له 311 سره ژوندی چټ
chat-close = چټ وتړئ
chat-intro = پوښتنه وکړئ یا د یوې غوښتنې په اړه مرسته ترلاسه کړئ. کله چې یو کارکوونکی وزګار شي، همدلته به تاسو ته ځواب درکړي.
chat-name-label = ستاسو نوم (اختیاري)
chat-topic-label = په څه شي کې مرستې ته اړتیا لرئ؟
chat-topic-hint = د بېلګې په توګه: زموږ په کوڅه کې خځلې نه دي ټولې شوې
chat-start = چټ پیل کړئ
chat-connecting = وصلېږي…
chat-reconnecting = اړیکه پرې شوه. بیا وصلېږي… ستاسو پیغامونه خوندي دي.
chat-reconnected = بیا وصل شو.
chat-queue-next = په کتار کې ستاسو وار راتلونکی دی.
chat-queue-position = تاسو په کتار کې { $position } شمېره یاست.
chat-queue-wait =
    { $minutes ->
        [one] اټکلي انتظار: شاوخوا 1 دقیقه.
       *[other] اټکلي انتظار: شاوخوا { $minutes } دقیقې.
    }
chat-waiting-note = د انتظار پر مهال خپله پوښتنه لیکلی شئ. دا پاڼه خلاصه وساتئ: چټ پخپله نه تړل کېږي.
chat-log-label = خبرې اترې
chat-message-label = ستاسو پیغام
chat-send = ولېږئ
chat-not-sent = لا نه دی لېږل شوی. کله چې اړیکه بېرته راشي، سمدستي لېږل کېږي.
chat-typing-agent = کارکوونکی لیکي…
chat-typing-resident = اوسېدونکی لیکي…
chat-you = تاسو
chat-resident = اوسېدونکی
chat-end = چټ پای ته ورسوئ
chat-ended-heading = چټ پای ته ورسېد
chat-rate-legend = دا چټ څومره ګټور و؟
chat-rate-stars =
    { $stars ->
        [one] 1 ستوری
       *[other] { $stars } ستوري
    }
chat-rate-submit = درجه بندي ولېږئ
chat-rate-thanks = ستاسو د درجه بندۍ مننه.
chat-transcript-label = د چټ متن ماته په برېښنالیک کې راولېږئ
chat-transcript-submit = د چټ متن ولېږئ
chat-transcript-sent = د چټ متن ستاسو برېښنالیک ته په لاره دی.
chat-new = نوی چټ پیل کړئ
chat-about-request = د دې غوښتنې په اړه چټ
chat-linked-request = د { $number } غوښتنې په اړه

chat-page-title = ژوندی چټ
chat-page-intro = د 311 له یوه کارکوونکي سره ژوندی چټ وکړئ، یا پیغام پرېږدئ او موږ به تاسو ته په برېښنالیک یا لنډ پیغام ځواب درکړو.
chat-offline-heading = پیغام پرېږدئ
chat-offline-intro = اوس هېڅ کارکوونکی چټ نشي کولای. له خپلې برېښنالیک پتې یا د ټیلیفون شمېرې سره پیغام پرېږدئ، او یو کارکوونکی به تاسو ته ځواب درکړي.
chat-offline-email = د برېښنالیک پته
chat-offline-phone = د ټیلیفون شمېره، د لنډ پیغام له لارې د ځواب لپاره
chat-offline-body = ستاسو پیغام
chat-offline-submit = پیغام ولېږئ
chat-offline-sent = مننه. ستاسو پیغام مو ترلاسه کړ، او یو کارکوونکی به تاسو ته په برېښنالیک یا لنډ پیغام ځواب درکړي.
chat-offline-error-body = خپل پیغام ولیکئ
chat-offline-error-body-long = ستاسو پیغام باید 2000 توري یا له هغه لږ وي
chat-offline-error-name-long = ستاسو نوم باید 100 توري یا له هغه لږ وي
chat-offline-error-contact = د برېښنالیک پته یا د ټیلیفون شمېره ولیکئ ترڅو تاسو ته ځواب درکړای شو
chat-offline-error-email = د برېښنالیک پته په سمه بڼه ولیکئ، لکه name@example.com
chat-offline-error-phone = د ټیلیفون شمېره ولیکئ، لکه 416 555 0123

## Chat events, shown to both sides.

chat-event-joined = { $name } چټ ته ورګډ شو.
chat-event-transferred = چټ { $name } ته وسپارل شو.
chat-event-ended = چټ پای ته ورسېد.
chat-event-request = ستاسو لپاره د خدمت غوښتنه { $number } جوړه شوه. تاسو کولای شئ په دې شمېره یې وڅارئ.

## Why something sent in the chat was not accepted.

chat-error-bad-frame = دا ونه لوستل شو. پاڼه تازه کړئ او بیا هڅه وکړئ.
chat-error-too-long = ستاسو پیغام ډېر اوږد دی. باید 2000 توري یا له هغه لږ وي.
chat-error-too-fast = تاسو پیغامونه ډېر ژر ژر لېږئ. لږ صبر وکړئ، بیا یې ولېږئ.
chat-error-empty = د لېږلو مخکې یو پیغام ولیکئ.
chat-error-topic-missing = ولیکئ چې په څه شي کې مرستې ته اړتیا لرئ.
chat-error-already-started = دا چټ مخکې پیل شوی دی.
chat-error-unknown-chat = هغه چټ ونه موندل شو. نوی چټ پیل کړئ.
chat-error-no-chat = لومړی یو چټ پیل کړئ.
chat-error-chat-ended = دا چټ پای ته رسېدلی دی. د نورو پیغامونو لېږلو لپاره نوی چټ پیل کړئ.
chat-error-bad-rating = له 1 څخه تر 5 ستورو پورې وټاکئ.
chat-error-not-ended = کله چې چټ پای ته ورسېږي، نو درجه بندي یې کولای شئ.
chat-error-bad-email = د برېښنالیک پته په سمه بڼه ولیکئ، لکه name@example.com
chat-error-agents-only = دا کار یوازې کارکوونکي کولای شي.
chat-error-residents-only = دا کار یوازې اوسېدونکي کولای شي.
chat-error-not-yours = دا چټ تاسو ته نه دی سپارل شوی.
chat-error-at-limit = تاسو د خپل توان هومره خلاص چټونه لرئ. لومړی یو پای ته ورسوئ.
chat-error-taken = بل کارکوونکي هغه چټ واخیست، یا پای ته رسېدلی دی.
chat-error-agent-unavailable = هغه کارکوونکی نور آنلاین نه دی. بل څوک وټاکئ.
chat-error-unavailable = چټ اوس نه شته. څو دقیقې وروسته بیا هڅه وکړئ، یا 311 ته زنګ ووهئ.

## Ready-made replies agents send, in the resident's language.

chat-canned-greeting = سلام، له 311 Toronto سره د اړیکې نیولو مننه. نن څنګه درسره مرسته کولای شم؟
chat-canned-one-moment = مهرباني وکړئ یوه شېبه صبر وکړئ، زه دا موضوع ګورم.
chat-canned-more-details = کولای شئ د ستونزې په اړه لږ نور معلومات راکړئ؟
chat-canned-location = ستونزه په سمه توګه چېرته ده؟ د سړک پته یا تر ټولو نږدې څلورلاری مرسته کوي.
chat-canned-request-filed = ما ستاسو لپاره د خدمت غوښتنه جوړه کړه. تاسو کولای شئ هغه په هغې شمېرې وڅارئ چې په دې چټ کې لیکل شوې ده.
chat-canned-goodbye = له 311 سره د اړیکې نیولو مننه. نور کوم څه شته چې مرسته درسره وکړم؟

## The agents' console at /agent.

agent-page-heading = د چټ کنسول
agent-status-connected = وصل یاست. تاسو د چټونو لپاره آنلاین یاست.
agent-status-reconnecting = اړیکه پرې شوه. بیا وصلېږي…
agent-queue-heading = انتظار کې چټونه
agent-queue-empty = هېڅ چټ په انتظار کې نه دی.
agent-queue-topic = موضوع
agent-queue-language = ژبه
agent-queue-waiting = انتظار
agent-queue-minutes =
    { $minutes ->
        [one] 1 دقیقه
       *[other] { $minutes } دقیقې
    }
agent-queue-fallback = ستاسو له ژبو څخه نه ده
agent-accept = ومنئ
agent-load = خلاص چټونه: { $active } له { $limit } څخه
agent-chats-heading = ستاسو چټونه
agent-no-chats = د پیل لپاره له کتار څخه یو چټ ومنئ.
agent-chat-with = له { $name } سره چټ
agent-chat-language = ژبه: { $language }
agent-chat-topic = موضوع: { $topic }
agent-canned-label = چمتو ځواب
agent-canned-choose = یو ځواب وټاکئ
agent-canned-insert = دا ځواب وکاروئ
agent-reply-label = ځواب
agent-send = ولېږئ
agent-add-note = د داخلي یادښت په توګه یې زیات کړئ
agent-note = داخلي یادښت
agent-transfer-label = چا ته یې ولېږدوئ
agent-transfer = لېږد
agent-transfer-none = بل هېڅ کارکوونکی آنلاین نه دی.
agent-end = چټ پای ته ورسوئ
agent-ended = دا چټ پای ته رسېدلی دی.
agent-close = وتړئ
agent-request-heading = د خدمت غوښتنه جوړه کړئ
agent-request-service = د خدمت ډول
agent-request-place = ځای: سړک، څلورلاری یا ځای
agent-request-description = تشریح
agent-request-submit = د راپور فورمه پرانیزئ
agent-request-hint = د راپور فورمه د دې چټ له معلوماتو ډکه پرانیستل کېږي. وې ګورئ او ویې لېږئ؛ د غوښتنې شمېره په چټ کې لیکل کېږي.
agent-cases-heading = هغه پیغامونه چې کله څوک د چټ لپاره نه و، پرېښودل شوي
agent-cases-empty = هېڅ پیغام د ځواب په انتظار کې نه دی.
agent-case-from = له { $name } څخه، { $contact }
agent-case-reply = ستاسو ځواب
agent-case-send = ځواب ولېږئ
agent-case-answered = ستاسو ځواب ولېږل شو.
agent-error-reply = داسې ځواب ولیکئ چې 2000 توري یا له هغه لږ وي.
agent-error-answered = هغه پیغام ته مخکې ځواب ورکړل شوی دی.
agent-error-not-yours = هغه چټ نور تاسو ته سپارل شوی نه دی.
agent-error-service = د خدمت ډول وټاکئ.
staff-chat-transcripts = د چټونو متنونه

## Messages sent by email or text message.

notify-chat-transcript-subject = له 311 Toronto سره ستاسو چټ
notify-chat-transcript-email = لکه څنګه چې مو غوښتي وو، دا له 311 Toronto سره ستاسو د چټ متن دی.
notify-chat-reply-subject = 311 Toronto ته ستاسو د پیغام ځواب
notify-chat-reply-email =
    تاسو 311 Toronto ته یو پیغام پرېښی و. یو کارکوونکي ځواب ورکړ:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
