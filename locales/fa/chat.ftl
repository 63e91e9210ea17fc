## Live chat: the resident's chat panel, leaving a message, the agents' console and chat messages.

chat-launcher = گفتگو با 311
chat-panel-heading = گفتگوی زنده با 311
chat-close = بستن گفتگو
chat-intro = سؤال خود را بپرسید یا برای یک درخواست کمک بگیرید. به محض اینکه یکی از کارشناسان آزاد شود، همین‌جا به شما پاسخ می‌دهد.
chat-name-label = نام شما (اختیاری)
chat-topic-label = برای چه موضوعی به کمک نیاز دارید؟
chat-topic-hint = برای مثال: زباله‌های خیابان ما جمع‌آوری نشده است
chat-start = شروع گفتگو
chat-connecting = در حال اتصال…
chat-reconnecting = اتصال قطع شد. در حال اتصال دوباره… پیام‌های شما حفظ می‌شوند.
chat-reconnected = اتصال دوباره برقرار شد.
chat-queue-next = نفر بعدی در صف شما هستید.
chat-queue-position = شما نفر { $position } در صف هستید.
chat-queue-wait =
    { $minutes ->
        [one] زمان تقریبی انتظار: حدود 1 دقیقه.
       *[other] زمان تقریبی انتظار: حدود { $minutes } دقیقه.
    }
chat-waiting-note = در زمان انتظار می‌توانید سؤال خود را بنویسید. این صفحه را باز نگه دارید: گفتگو خودبه‌خود بسته نمی‌شود.
chat-log-label = گفتگو
chat-message-label = پیام شما
chat-send = ارسال
chat-not-sent = هنوز ارسال نشده است. به محض برقراری دوباره اتصال ارسال می‌شود.
chat-typing-agent = کارشناس در حال نوشتن است…
chat-typing-resident = شهروند در حال نوشتن است…
chat-you = شما
chat-resident = شهروند
chat-end = پایان گفتگو
chat-ended-heading = گفتگو به پایان رسید
chat-rate-legend = این گفتگو چقدر برایتان مفید بود؟
chat-rate-stars =
    { $stars ->
        [one] 1 ستاره
       *[other] { $stars } ستاره
    }
chat-rate-submit = ارسال امتیاز
chat-rate-thanks = از امتیاز شما سپاسگزاریم.
chat-transcript-label = متن گفتگو را برایم ایمیل کنید
chat-transcript-submit = ارسال متن گفتگو
chat-transcript-sent = متن گفتگو به ایمیل شما فرستاده شد.
chat-new = شروع گفتگوی جدید
chat-about-request = گفتگو درباره این درخواست
chat-linked-request = درباره درخواست { $number }

chat-page-title = گفتگوی زنده
chat-page-intro = به‌صورت زنده با یکی از کارشناسان 311 گفتگو کنید، یا پیامی بگذارید تا از طریق ایمیل یا پیامک به شما پاسخ دهیم.
chat-offline-heading = پیام بگذارید
chat-offline-intro = در حال حاضر هیچ کارشناسی برای گفتگو در دسترس نیست. پیامی همراه با نشانی ایمیل یا شماره تلفن خود بگذارید تا یکی از کارشناسان به شما پاسخ دهد.
chat-offline-email = نشانی ایمیل
chat-offline-phone = شماره تلفن، برای دریافت پاسخ با پیامک
chat-offline-body = پیام شما
chat-offline-submit = ارسال پیام
chat-offline-sent = سپاسگزاریم. پیام شما را دریافت کردیم و یکی از کارشناسان از طریق ایمیل یا پیامک به شما پاسخ می‌دهد.
chat-offline-error-body = پیام خود را وارد کنید
chat-offline-error-body-long = پیام شما باید حداکثر 2000 نویسه باشد
chat-offline-error-name-long = نام شما باید حداکثر 100 نویسه باشد
chat-offline-error-contact = یک نشانی ایمیل یا شماره تلفن وارد کنید تا بتوانیم به شما پاسخ دهیم
chat-offline-error-email = نشانی ایمیل را با قالب درست وارد کنید، مانند name@example.com
chat-offline-error-phone = یک شماره تلفن وارد کنید، مانند 416 555 0123

## Chat events, shown to both sides.

chat-event-joined = { $name } به گفتگو پیوست.
chat-event-transferred = گفتگو به { $name } سپرده شد.
chat-event-ended = گفتگو به پایان رسید.
chat-event-request = درخواست خدمات { $number } برای شما ثبت شد. می‌توانید با این شماره آن را پیگیری کنید.

## Why something sent in the chat was not accepted.

chat-error-bad-frame = خواندن آن ممکن نبود. صفحه را دوباره بارگذاری کنید و دوباره تلاش کنید.
chat-error-too-long = پیام شما خیلی طولانی است. آن را حداکثر در 2000 نویسه بنویسید.
chat-error-too-fast = پیام‌ها را خیلی سریع می‌فرستید. کمی صبر کنید، سپس دوباره بفرستید.
chat-error-empty = پیش از ارسال، پیامی بنویسید.
chat-error-topic-missing = بنویسید برای چه موضوعی به کمک نیاز دارید.
chat-error-already-started = این گفتگو قبلاً شروع شده است.
chat-error-unknown-chat = آن گفتگو پیدا نشد. یک گفتگوی جدید شروع کنید.
chat-error-no-chat = ابتدا یک گفتگو شروع کنید.
chat-error-chat-ended = این گفتگو به پایان رسیده است. برای فرستادن پیام‌های بیشتر، یک گفتگوی جدید شروع کنید.
chat-error-bad-rating = از 1 تا 5 ستاره انتخاب کنید.
chat-error-not-ended = پس از پایان گفتگو می‌توانید به آن امتیاز دهید.
chat-error-bad-email = نشانی ایمیل را با قالب درست وارد کنید، مانند name@example.com
chat-error-agents-only = فقط کارشناسان می‌توانند این کار را انجام دهند.
chat-error-residents-only = فقط شهروندان می‌توانند این کار را انجام دهند.
chat-error-not-yours = این گفتگو به شما واگذار نشده است.
chat-error-at-limit = به حداکثر تعداد گفتگوهای باز رسیده‌اید. ابتدا یکی را به پایان برسانید.
chat-error-taken = کارشناس دیگری آن گفتگو را پذیرفته است، یا گفتگو به پایان رسیده است.
chat-error-agent-unavailable = آن کارشناس دیگر آنلاین نیست. کارشناس دیگری را انتخاب کنید.
chat-error-unavailable = در حال حاضر گفتگو در دسترس نیست. چند دقیقه دیگر دوباره تلاش کنید، یا با 311 تماس بگیرید.

## Ready-made replies agents send, in the resident's language.

chat-canned-greeting = سلام، از اینکه با 311 Toronto تماس گرفتید سپاسگزاریم. امروز چطور می‌توانم به شما کمک کنم؟
chat-canned-one-moment = لطفاً چند لحظه صبر کنید تا موضوع را بررسی کنم.
chat-canned-more-details = ممکن است کمی بیشتر درباره مشکل توضیح دهید؟
chat-canned-location = مشکل دقیقاً کجاست؟ نشانی خیابان یا نزدیک‌ترین تقاطع کمک می‌کند.
chat-canned-request-filed = یک درخواست خدمات برای شما ثبت کردم. می‌توانید با شماره‌ای که در این گفتگو آمده است آن را پیگیری کنید.
chat-canned-goodbye = از اینکه با 311 تماس گرفتید سپاسگزاریم. کار دیگری هست که بتوانم برایتان انجام دهم؟

## The agents' console at /agent.

agent-page-heading = میز گفتگو
agent-status-connected = متصل هستید. برای گفتگو آنلاین هستید.
agent-status-reconnecting = اتصال قطع شد. در حال اتصال دوباره…
agent-queue-heading = گفتگوهای در انتظار
agent-queue-empty = هیچ گفتگویی در انتظار نیست.
agent-queue-topic = موضوع
agent-queue-language = زبان
agent-queue-waiting = زمان انتظار
agent-queue-minutes =
    { $minutes ->
        [one] 1 دقیقه
       *[other] { $minutes } دقیقه
    }
agent-queue-fallback = جزو زبان‌های شما نیست
agent-accept = پذیرفتن
agent-load = گفتگوهای باز: { $active } از { $limit }
agent-chats-heading = گفتگوهای شما
agent-no-chats = برای شروع، یک گفتگو را از صف بپذیرید.
agent-chat-with = گفتگو با { $name }
agent-chat-language = زبان: { $language }
agent-chat-topic = موضوع: { $topic }
agent-canned-label = پاسخ آماده
agent-canned-choose = یک پاسخ انتخاب کنید
agent-canned-insert = استفاده از این پاسخ
agent-reply-label = پاسخ
agent-send = ارسال
agent-add-note = افزودن به‌عنوان یادداشت داخلی
agent-note = یادداشت داخلی
agent-transfer-label = انتقال به
agent-transfer = انتقال
agent-transfer-none = هیچ کارشناس دیگری آنلاین نیست.
agent-end = پایان گفتگو
agent-ended = این گفتگو به پایان رسیده است.
agent-close = بستن
agent-request-heading = ثبت درخواست خدمات
agent-request-service = نوع خدمت
agent-request-place = مکان: خیابان، تقاطع یا مکان
agent-request-description = شرح
agent-request-submit = باز کردن فرم گزارش
agent-request-hint = فرم گزارش با اطلاعات این گفتگو پرشده باز می‌شود. آن را بررسی و ارسال کنید؛ شماره درخواست در گفتگو درج می‌شود.
agent-cases-heading = پیام‌هایی که وقتی کسی برای گفتگو در دسترس نبود گذاشته شده‌اند
agent-cases-empty = هیچ پیامی در انتظار پاسخ نیست.
agent-case-from = از { $name }، { $contact }
agent-case-reply = پاسخ شما
agent-case-send = ارسال پاسخ
agent-case-answered = پاسخ شما ارسال شد.
agent-error-reply = پاسخی با حداکثر 2000 نویسه وارد کنید.
agent-error-answered = به آن پیام قبلاً پاسخ داده شده است.
agent-error-not-yours = آن گفتگو دیگر به شما واگذار نشده است.
agent-error-service = یک نوع خدمت انتخاب کنید.
staff-chat-transcripts = متن گفتگوها

## Messages sent by email or text message.

notify-chat-transcript-subject = گفتگوی شما با 311 Toronto
notify-chat-transcript-email = همان‌طور که خواسته بودید، متن گفتگوی شما با 311 Toronto در ادامه آمده است.
notify-chat-reply-subject = پاسخ به پیام شما به 311 Toronto
notify-chat-reply-email =
    شما برای 311 Toronto پیامی گذاشته بودید. یکی از کارشناسان پاسخ داده است:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
