## Live chat: the resident's chat panel, leaving a message, the agents' console and chat messages.

chat-launcher = الدردشة مع 311
chat-panel-heading = دردشة مباشرة مع 311
chat-close = إغلاق الدردشة
chat-intro = اطرح سؤالًا أو احصل على مساعدة بشأن طلب. سيجيبك أحد الموظفين هنا فور أن يصبح متاحًا.
chat-name-label = اسمك (اختياري)
chat-topic-label = بماذا تحتاج المساعدة؟
chat-topic-hint = مثال: لم تُجمع النفايات في شارعي
chat-start = بدء الدردشة
chat-connecting = جارٍ الاتصال…
chat-reconnecting = انقطع الاتصال. جارٍ إعادة الاتصال… رسائلك محفوظة.
chat-reconnected = عاد الاتصال.
chat-queue-next = أنت التالي في قائمة الانتظار.
chat-queue-position = ترتيبك { $position } في قائمة الانتظار.
chat-queue-wait =
    { $minutes ->
        [zero] مدة الانتظار المتوقعة: نحو { $minutes } دقيقة.
        [one] مدة الانتظار المتوقعة: نحو دقيقة واحدة.
        [two] مدة الانتظار المتوقعة: نحو دقيقتين.
        [few] مدة الانتظار المتوقعة: نحو { $minutes } دقائق.
        [many] مدة الانتظار المتوقعة: نحو { $minutes } دقيقة.
       *[other] مدة الانتظار المتوقعة: نحو { $minutes } دقيقة.
    }
chat-waiting-note = يمكنك كتابة سؤالك أثناء الانتظار. أبقِ هذه الصفحة مفتوحة: لا تُغلق الدردشة من تلقاء نفسها.
chat-log-label = المحادثة
chat-message-label = رسالتك
chat-send = إرسال
chat-not-sent = لم تُرسل بعد. ستُرسل فور عودة الاتصال.
chat-typing-agent = الموظف يكتب…
chat-typing-resident = المقيم يكتب…
chat-you = أنت
chat-resident = المقيم
chat-end = إنهاء الدردشة
chat-ended-heading = انتهت الدردشة
chat-rate-legend = ما مدى فائدة هذه الدردشة؟
chat-rate-stars =
    { $stars ->
        [zero] { $stars } نجمة
        [one] نجمة واحدة
        [two] نجمتان
        [few] { $stars } نجوم
        [many] { $stars } نجمة
       *[other] { $stars } نجمة
    }
chat-rate-submit = إرسال التقييم
chat-rate-thanks = شكرًا لك على تقييمك.
chat-transcript-label = أرسل لي نص المحادثة بالبريد الإلكتروني
chat-transcript-submit = إرسال نص المحادثة
chat-transcript-sent = نص المحادثة في طريقه إلى بريدك الإلكتروني.
chat-new = بدء دردشة جديدة
chat-about-request = الدردشة بشأن هذا الطلب
chat-linked-request = بشأن الطلب { $number }

chat-page-title = الدردشة المباشرة
chat-page-intro = تحدّث مباشرة مع أحد موظفي 311، أو اترك رسالة وسنجيبك بالبريد الإلكتروني أو برسالة نصية.
chat-offline-heading = اترك رسالة
chat-offline-intro = لا يوجد موظف متاح للدردشة الآن. اترك رسالة مع عنوان بريدك الإلكتروني أو رقم هاتفك، وسيجيبك أحد الموظفين.
chat-offline-email = عنوان البريد الإلكتروني
chat-offline-phone = رقم الهاتف، لتلقي الرد برسالة نصية
chat-offline-body = رسالتك
chat-offline-submit = إرسال الرسالة
chat-offline-sent = شكرًا لك. تلقّينا رسالتك، وسيجيبك أحد الموظفين بالبريد الإلكتروني أو برسالة نصية.
chat-offline-error-body = أدخل رسالتك
chat-offline-error-body-long = يجب ألا يزيد عدد أحرف رسالتك على 2000
chat-offline-error-name-long = يجب ألا يزيد عدد أحرف اسمك على 100
chat-offline-error-contact = أدخل عنوان بريد إلكتروني أو رقم هاتف حتى نتمكن من الرد عليك
chat-offline-error-email = أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com
chat-offline-error-phone = أدخل رقم هاتف، مثل 416 555 0123

## Chat events, shown to both sides.

chat-event-joined = انضم { $name } إلى الدردشة.
chat-event-transferred = نُقلت الدردشة إلى { $name }.
chat-event-ended = انتهت الدردشة.
chat-event-request = أُنشئ لك طلب الخدمة رقم { $number }. يمكنك متابعته بهذا الرقم.

## Why something sent in the chat was not accepted.

chat-error-bad-frame = تعذّرت قراءة ذلك. أعد تحميل الصفحة وحاول مرة أخرى.
chat-error-too-long = رسالتك طويلة جدًا. يجب ألا يزيد عدد أحرفها على 2000.
chat-error-too-fast = أنت ترسل الرسائل بسرعة كبيرة. انتظر لحظة، ثم أرسل مرة أخرى.
chat-error-empty = اكتب رسالة قبل الإرسال.
chat-error-topic-missing = أدخل ما تحتاج المساعدة فيه.
chat-error-already-started = بدأت هذه الدردشة بالفعل.
chat-error-unknown-chat = تعذّر العثور على تلك الدردشة. ابدأ دردشة جديدة.
chat-error-no-chat = ابدأ دردشة أولًا.
chat-error-chat-ended = انتهت هذه الدردشة. ابدأ دردشة جديدة لإرسال مزيد من الرسائل.
chat-error-bad-rating = اختر من نجمة واحدة إلى 5 نجوم.
chat-error-not-ended = يمكنك تقييم الدردشة بعد انتهائها.
chat-error-bad-email = أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com
chat-error-agents-only = هذا الإجراء متاح للموظفين فقط.
chat-error-residents-only = هذا الإجراء متاح للمقيمين فقط.
chat-error-not-yours = هذه الدردشة غير مسندة إليك.
chat-error-at-limit = لديك أقصى عدد من الدردشات المفتوحة يمكنك تولّيه. أنهِ إحداها أولًا.
chat-error-taken = تولّى موظف آخر تلك الدردشة، أو أنها انتهت.
chat-error-agent-unavailable = ذلك الموظف لم يعد متصلًا. اختر موظفًا آخر.
chat-error-unavailable = الدردشة غير متاحة الآن. حاول مرة أخرى بعد بضع دقائق، أو اتصل بالرقم 311.

## Ready-made replies agents send, in the resident's language.

chat-canned-greeting = مرحبًا، شكرًا لتواصلك مع 311 Toronto. كيف يمكنني مساعدتك اليوم؟
chat-canned-one-moment = لحظة من فضلك، سأتحقق من الأمر.
chat-canned-more-details = هل يمكنك أن تخبرني بمزيد من التفاصيل عن المشكلة؟
chat-canned-location = أين تقع المشكلة بالضبط؟ يساعدنا عنوان الشارع أو أقرب تقاطع.
chat-canned-request-filed = أنشأت لك طلب خدمة. يمكنك متابعته بالرقم المنشور في هذه الدردشة.
chat-canned-goodbye = شكرًا لتواصلك مع 311. هل هناك أي شيء آخر يمكنني مساعدتك فيه؟

## The agents' console at /agent.

agent-page-heading = لوحة الدردشة
agent-status-connected = متصل. أنت متاح للدردشات.
agent-status-reconnecting = انقطع الاتصال. جارٍ إعادة الاتصال…
agent-queue-heading = دردشات في الانتظار
agent-queue-empty = لا توجد دردشات في الانتظار.
agent-queue-topic = الموضوع
agent-queue-language = اللغة
agent-queue-waiting = مدة الانتظار
agent-queue-minutes =
    { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
agent-queue-fallback = ليست من لغاتك
agent-accept = قبول
agent-load = الدردشات المفتوحة: { $active } من { $limit }
agent-chats-heading = دردشاتك
agent-no-chats = اقبل دردشة من قائمة الانتظار للبدء.
agent-chat-with = دردشة مع { $name }
agent-chat-language = اللغة: { $language }
agent-chat-topic = الموضوع: { $topic }
agent-canned-label = رد جاهز
agent-canned-choose = اختر ردًا
agent-canned-insert = استخدام هذا الرد
agent-reply-label = الرد
agent-send = إرسال
agent-add-note = إضافة كملاحظة داخلية
agent-note = ملاحظة داخلية
agent-transfer-label = تحويل إلى
agent-transfer = تحويل
agent-transfer-none = لا يوجد موظف آخر متصل.
agent-end = إنهاء الدردشة
agent-ended = انتهت هذه الدردشة.
agent-close = إغلاق
agent-request-heading = إنشاء طلب خدمة
agent-request-service = نوع الخدمة
agent-request-place = الموقع: شارع أو تقاطع أو مكان
agent-request-description = الوصف
agent-request-submit = فتح نموذج البلاغ
agent-request-hint = يُفتح نموذج البلاغ مملوءًا بمعلومات من هذه الدردشة. راجعه ثم أرسله؛ ويُنشر رقم الطلب في الدردشة.
agent-cases-heading = رسائل تُركت عندما لم يكن أحد متاحًا للدردشة
agent-cases-empty = لا توجد رسائل بانتظار الرد.
agent-case-from = من { $name }، { $contact }
agent-case-reply = ردّك
agent-case-send = إرسال الرد
agent-case-answered = أُرسل ردّك.
agent-error-reply = أدخل ردًا لا يزيد عدد أحرفه على 2000.
agent-error-answered = تم الرد على تلك الرسالة بالفعل.
agent-error-not-yours = لم تعد تلك الدردشة مسندة إليك.
agent-error-service = اختر نوع الخدمة.
staff-chat-transcripts = نصوص الدردشات

## Messages sent by email or text message.

notify-chat-transcript-subject = دردشتك مع 311 Toronto
notify-chat-transcript-email = إليك نص دردشتك مع 311 Toronto، كما طلبت.
notify-chat-reply-subject = رد على رسالتك إلى 311 Toronto
notify-chat-reply-email =
    تركت رسالة لـ 311 Toronto. وقد ردّ أحد الموظفين:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
