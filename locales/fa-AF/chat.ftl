## Live chat: the resident's chat panel, leaving a message, the agents' console and chat messages.

chat-launcher = گفتگو با 311
chat-panel-heading = گفتگوی زنده با 311
chat-close = بستن گفتگو
chat-intro = سوال خود را بپرسید یا برای یک درخواست کمک بگیرید. همین که یک کارمند فارغ شود، همین‌جا به شما جواب می‌دهد.
chat-name-label = نام شما (اختیاری)
chat-topic-label = در چه مورد به کمک ضرورت دارید؟
chat-topic-hint = به طور مثال: زباله در سرک ما جمع‌آوری نشده است
chat-start = شروع گفتگو
chat-connecting = در حال وصل شدن…
chat-reconnecting = ارتباط قطع شد. در حال وصل شدن دوباره… پیام‌های شما نگه داشته می‌شوند.
chat-reconnected = دوباره وصل شدید.
chat-queue-next = شما نفر بعدی در صف هستید.
chat-queue-position = شما نفر { $position } در صف هستید.
chat-queue-wait =
    { $minutes ->
        [one] وقت تخمینی انتظار: تقریباً 1 دقیقه.
       *[other] وقت تخمینی انتظار: تقریباً { $minutes } دقیقه.
    }
chat-waiting-note = در وقت انتظار می‌توانید سوال خود را بنویسید. این صفحه را باز نگه دارید: گفتگو خودبه‌خود بسته نمی‌شود.
chat-log-label = گفتگو
chat-message-label = پیام شما
chat-send = فرستادن
chat-not-sent = هنوز فرستاده نشده است. همین که ارتباط دوباره برقرار شود، فرستاده می‌شود.
chat-typing-agent = کارمند در حال نوشتن است…
chat-typing-resident = باشنده در حال نوشتن است…
chat-you = شما
chat-resident = باشنده
chat-end = ختم گفتگو
chat-ended-heading = گفتگو ختم شد
chat-rate-legend = این گفتگو چقدر برای شما مفید بود؟
chat-rate-stars =
    { $stars ->
        [one] 1 ستاره
       *[other] { $stars } ستاره
    }
chat-rate-submit = فرستادن نمره
chat-rate-thanks = از نمره‌دهی شما تشکر می‌کنیم.
chat-transcript-label = متن گفتگو را به ایمیلم بفرستید
chat-transcript-submit = فرستادن متن گفتگو
chat-transcript-sent = متن گفتگو به ایمیل شما فرستاده شد.
chat-new = شروع یک گفتگوی نو
chat-about-request = گفتگو در مورد این درخواست
chat-linked-request = در مورد درخواست { $number }

chat-page-title = گفتگوی زنده
chat-page-intro = به طور زنده با یک کارمند 311 گفتگو کنید، یا پیامی بگذارید و ما از طریق ایمیل یا پیام کوتاه به شما جواب می‌دهیم.
chat-offline-heading = پیام بگذارید
chat-offline-intro = فعلاً هیچ کارمندی برای گفتگو موجود نیست. پیامی همراه با آدرس ایمیل یا نمبر تیلفون خود بگذارید، و یک کارمند به شما جواب می‌دهد.
chat-offline-email = آدرس ایمیل
chat-offline-phone = نمبر تیلفون، برای جواب با پیام کوتاه
chat-offline-body = پیام شما
chat-offline-submit = فرستادن پیام
chat-offline-sent = تشکر. پیام شما را دریافت کردیم، و یک کارمند از طریق ایمیل یا پیام کوتاه به شما جواب می‌دهد.
chat-offline-error-body = پیام خود را درج کنید
chat-offline-error-body-long = پیام شما باید 2000 حرف یا کمتر باشد
chat-offline-error-name-long = نام شما باید 100 حرف یا کمتر باشد
chat-offline-error-contact = آدرس ایمیل یا نمبر تیلفون را درج کنید تا بتوانیم به شما جواب دهیم
chat-offline-error-email = آدرس ایمیل را به شکل درست درج کنید، مانند name@example.com
chat-offline-error-phone = نمبر تیلفون را درج کنید، مانند 416 555 0123

## Chat events, shown to both sides.

chat-event-joined = { $name } به گفتگو پیوست.
chat-event-transferred = گفتگو به { $name } سپرده شد.
chat-event-ended = گفتگو ختم شد.
chat-event-request = درخواست خدمات { $number } برای شما ثبت شد. می‌توانید با این نمبر آن را تعقیب کنید.

## Why something sent in the chat was not accepted.

chat-error-bad-frame = این خوانده نشد. صفحه را تازه کنید و دوباره کوشش کنید.
chat-error-too-long = پیام شما بسیار طولانی است. آن را 2000 حرف یا کمتر نگه دارید.
chat-error-too-fast = شما پیام‌ها را بسیار تیز می‌فرستید. کمی صبر کنید، بعد دوباره بفرستید.
chat-error-empty = پیش از فرستادن، یک پیام بنویسید.
chat-error-topic-missing = بنویسید که در چه مورد به کمک ضرورت دارید.
chat-error-already-started = این گفتگو قبلاً شروع شده است.
chat-error-unknown-chat = آن گفتگو پیدا نشد. یک گفتگوی نو شروع کنید.
chat-error-no-chat = اول یک گفتگو شروع کنید.
chat-error-chat-ended = این گفتگو ختم شده است. برای فرستادن پیام‌های بیشتر، یک گفتگوی نو شروع کنید.
chat-error-bad-rating = از 1 تا 5 ستاره انتخاب کنید.
chat-error-not-ended = وقتی گفتگو ختم شد، می‌توانید به آن نمره بدهید.
chat-error-bad-email = آدرس ایمیل را به شکل درست درج کنید، مانند name@example.com
chat-error-agents-only = تنها کارمندان می‌توانند این کار را کنند.
chat-error-residents-only = تنها باشندگان می‌توانند این کار را کنند.
chat-error-not-yours = این گفتگو به شما سپرده نشده است.
chat-error-at-limit = شما به حد اکثر گفتگوهای بازی که می‌توانید بگیرید رسیده‌اید. اول یکی را ختم کنید.
chat-error-taken = کارمند دیگری آن گفتگو را گرفت، یا گفتگو ختم شده است.
chat-error-agent-unavailable = آن کارمند دیگر آنلاین نیست. کارمند دیگری را انتخاب کنید.
chat-error-unavailable = فعلاً گفتگو موجود نیست. چند دقیقه بعد دوباره کوشش کنید، یا به 311 زنگ بزنید.

## Ready-made replies agents send, in the resident's language.

chat-canned-greeting = سلام، از اینکه با 311 Toronto تماس گرفتید تشکر می‌کنیم. امروز چطور می‌توانم به شما کمک کنم؟
chat-canned-one-moment = لطفاً یک لحظه صبر کنید تا موضوع را بررسی کنم.
chat-canned-more-details = آیا می‌توانید کمی بیشتر در مورد مشکل بگویید؟
chat-canned-location = مشکل دقیقاً در کجاست؟ آدرس سرک یا نزدیک‌ترین چهارراهی کمک می‌کند.
chat-canned-request-filed = من برای شما یک درخواست خدمات ثبت کردم. می‌توانید آن را با نمبری که در این گفتگو گذاشته شده تعقیب کنید.
chat-canned-goodbye = از اینکه با 311 تماس گرفتید تشکر می‌کنیم. آیا کار دیگری هست که بتوانم در آن به شما کمک کنم؟

## The agents' console at /agent.

agent-page-heading = میز گفتگو
agent-status-connected = وصل هستید. شما برای گفتگو آنلاین هستید.
agent-status-reconnecting = ارتباط قطع شد. در حال وصل شدن دوباره…
agent-queue-heading = گفتگوهای در انتظار
agent-queue-empty = هیچ گفتگویی در انتظار نیست.
agent-queue-topic = موضوع
agent-queue-language = زبان
agent-queue-waiting = وقت انتظار
agent-queue-minutes =
    { $minutes ->
        [one] 1 دقیقه
       *[other] { $minutes } دقیقه
    }
agent-queue-fallback = از زبان‌های شما نیست
agent-accept = قبول کردن
agent-load = گفتگوهای باز: { $active } از { $limit }
agent-chats-heading = گفتگوهای شما
agent-no-chats = برای شروع، یک گفتگو را از صف قبول کنید.
agent-chat-with = گفتگو با { $name }
agent-chat-language = زبان: { $language }
agent-chat-topic = موضوع: { $topic }
agent-canned-label = جواب آماده
agent-canned-choose = یک جواب انتخاب کنید
agent-canned-insert = استفاده از این جواب
agent-reply-label = جواب
agent-send = فرستادن
agent-add-note = افزودن به حیث یادداشت داخلی
agent-note = یادداشت داخلی
agent-transfer-label = انتقال به
agent-transfer = انتقال
agent-transfer-none = هیچ کارمند دیگری آنلاین نیست.
agent-end = ختم گفتگو
agent-ended = این گفتگو ختم شده است.
agent-close = بستن
agent-request-heading = ثبت درخواست خدمات
agent-request-service = نوع خدمت
agent-request-place = موقعیت: سرک، چهارراهی یا محل
agent-request-description = شرح
agent-request-submit = باز کردن فورم گزارش
agent-request-hint = فورم گزارش با معلومات این گفتگو پُر شده باز می‌شود. آن را بررسی کنید و بفرستید؛ نمبر درخواست در گفتگو گذاشته می‌شود.
agent-cases-heading = پیام‌هایی که وقتی کسی برای گفتگو موجود نبود، گذاشته شده‌اند
agent-cases-empty = هیچ پیامی در انتظار جواب نیست.
agent-case-from = از { $name }، { $contact }
agent-case-reply = جواب شما
agent-case-send = فرستادن جواب
agent-case-answered = جواب شما فرستاده شد.
agent-error-reply = جوابی با 2000 حرف یا کمتر درج کنید.
agent-error-answered = به آن پیام قبلاً جواب داده شده است.
agent-error-not-yours = آن گفتگو دیگر به شما سپرده نشده است.
agent-error-service = یک نوع خدمت انتخاب کنید.
staff-chat-transcripts = متن گفتگوها

## Messages sent by email or text message.

notify-chat-transcript-subject = گفتگوی شما با 311 Toronto
notify-chat-transcript-email = طوری که خواسته بودید، این متن گفتگوی شما با 311 Toronto است.
notify-chat-reply-subject = جواب پیام شما به 311 Toronto
notify-chat-reply-email =
    شما برای 311 Toronto پیامی گذاشته بودید. یک کارمند جواب داده است:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
