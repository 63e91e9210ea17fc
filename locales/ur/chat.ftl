## Live chat: the resident's chat panel, leaving a message, the agents' console and chat messages.

chat-launcher = 311 سے چیٹ کریں
chat-panel-heading = 311 کے ساتھ لائیو چیٹ
chat-close = چیٹ بند کریں
chat-intro = کوئی سوال پوچھیں یا کسی درخواست کے بارے میں مدد حاصل کریں۔ جیسے ہی کوئی ایجنٹ فارغ ہوگا، وہ آپ کو یہیں جواب دے گا۔
chat-name-label = آپ کا نام (اختیاری)
chat-topic-label = آپ کو کس چیز میں مدد چاہیے؟
chat-topic-hint = مثال کے طور پر: میری گلی میں کچرا نہیں اٹھایا گیا
chat-start = چیٹ شروع کریں
chat-connecting = رابطہ ہو رہا ہے…
chat-reconnecting = رابطہ منقطع ہو گیا۔ دوبارہ رابطہ ہو رہا ہے… آپ کے پیغامات محفوظ ہیں۔
chat-reconnected = رابطہ دوبارہ بحال ہو گیا۔
chat-queue-next = قطار میں اگلی باری آپ کی ہے۔
chat-queue-position = قطار میں آپ کا نمبر { $position } ہے۔
chat-queue-wait =
    { $minutes ->
        [one] متوقع انتظار: تقریباً 1 منٹ۔
       *[other] متوقع انتظار: تقریباً { $minutes } منٹ۔
    }
chat-waiting-note = انتظار کے دوران آپ اپنا سوال لکھ سکتے ہیں۔ یہ صفحہ کھلا رکھیں: چیٹ خود بخود بند نہیں ہوتی۔
chat-log-label = گفتگو
chat-message-label = آپ کا پیغام
chat-send = بھیجیں
chat-not-sent = ابھی نہیں بھیجا گیا۔ رابطہ بحال ہوتے ہی بھیج دیا جائے گا۔
chat-typing-agent = ایجنٹ لکھ رہا ہے…
chat-typing-resident = شہری لکھ رہا ہے…
chat-you = آپ
chat-resident = شہری
chat-end = چیٹ ختم کریں
chat-ended-heading = چیٹ ختم ہو گئی ہے
chat-rate-legend = یہ چیٹ کتنی مددگار تھی؟
chat-rate-stars =
    { $stars ->
        [one] 1 ستارہ
       *[other] { $stars } ستارے
    }
chat-rate-submit = درجہ بندی بھیجیں
chat-rate-thanks = آپ کی درجہ بندی کا شکریہ۔
chat-transcript-label = چیٹ کا تحریری ریکارڈ مجھے ای میل کریں
chat-transcript-submit = تحریری ریکارڈ بھیجیں
chat-transcript-sent = چیٹ کا تحریری ریکارڈ آپ کی ای میل پر بھیجا جا رہا ہے۔
chat-new = نئی چیٹ شروع کریں
chat-about-request = اس درخواست کے بارے میں چیٹ کریں
chat-linked-request = درخواست { $number } کے بارے میں

chat-page-title = لائیو چیٹ
chat-page-intro = 311 کے کسی ایجنٹ سے لائیو چیٹ کریں، یا پیغام چھوڑ دیں اور ہم آپ کو ای میل یا ٹیکسٹ میسج کے ذریعے جواب دیں گے۔
chat-offline-heading = پیغام چھوڑیں
chat-offline-intro = اس وقت کوئی ایجنٹ چیٹ کے لیے دستیاب نہیں ہے۔ اپنے ای میل ایڈریس یا فون نمبر کے ساتھ پیغام چھوڑیں، اور ایک ایجنٹ آپ کو جواب دے گا۔
chat-offline-email = ای میل ایڈریس
chat-offline-phone = فون نمبر، ٹیکسٹ میسج کے ذریعے جواب کے لیے
chat-offline-body = آپ کا پیغام
chat-offline-submit = پیغام بھیجیں
chat-offline-sent = شکریہ۔ ہمیں آپ کا پیغام مل گیا ہے، اور ایک ایجنٹ آپ کو ای میل یا ٹیکسٹ میسج کے ذریعے جواب دے گا۔
chat-offline-error-body = اپنا پیغام درج کریں
chat-offline-error-body-long = آپ کا پیغام 2000 حروف یا اس سے کم ہونا چاہیے
chat-offline-error-name-long = آپ کا نام 100 حروف یا اس سے کم ہونا چاہیے
chat-offline-error-contact = ای میل ایڈریس یا فون نمبر درج کریں تاکہ ہم آپ کو جواب دے سکیں
chat-offline-error-email = ای میل ایڈریس درست شکل میں درج کریں، جیسے name@example.com
chat-offline-error-phone = فون نمبر درج کریں، جیسے 416 555 0123

## Chat events, shown to both sides.

chat-event-joined = { $name } چیٹ میں شامل ہو گئے۔
chat-event-transferred = چیٹ { $name } کے حوالے کر دی گئی۔
chat-event-ended = چیٹ ختم ہو گئی ہے۔
chat-event-request = آپ کے لیے سروس درخواست { $number } بنا دی گئی ہے۔ آپ اس نمبر سے اسے ٹریک کر سکتے ہیں۔

## Why something sent in the chat was not accepted.

chat-error-bad-frame = اسے پڑھا نہیں جا سکا۔ صفحہ دوبارہ لوڈ کریں اور دوبارہ کوشش کریں۔
chat-error-too-long = آپ کا پیغام بہت لمبا ہے۔ اسے 2000 حروف یا اس سے کم رکھیں۔
chat-error-too-fast = آپ بہت تیزی سے پیغامات بھیج رہے ہیں۔ تھوڑا انتظار کریں، پھر دوبارہ بھیجیں۔
chat-error-empty = بھیجنے سے پہلے پیغام لکھیں۔
chat-error-topic-missing = درج کریں کہ آپ کو کس چیز میں مدد چاہیے۔
chat-error-already-started = یہ چیٹ پہلے ہی شروع ہو چکی ہے۔
chat-error-unknown-chat = وہ چیٹ نہیں مل سکی۔ نئی چیٹ شروع کریں۔
chat-error-no-chat = پہلے چیٹ شروع کریں۔
chat-error-chat-ended = یہ چیٹ ختم ہو چکی ہے۔ مزید پیغامات بھیجنے کے لیے نئی چیٹ شروع کریں۔
chat-error-bad-rating = 1 سے 5 ستاروں میں سے انتخاب کریں۔
chat-error-not-ended = چیٹ ختم ہونے کے بعد آپ اس کی درجہ بندی کر سکتے ہیں۔
chat-error-bad-email = ای میل ایڈریس درست شکل میں درج کریں، جیسے name@example.com
chat-error-agents-only = یہ کام صرف ایجنٹ کر سکتے ہیں۔
chat-error-residents-only = یہ کام صرف شہری کر سکتے ہیں۔
chat-error-not-yours = یہ چیٹ آپ کو تفویض نہیں کی گئی۔
chat-error-at-limit = آپ کے پاس اتنی چیٹس کھلی ہیں جتنی آپ لے سکتے ہیں۔ پہلے ایک ختم کریں۔
chat-error-taken = کسی دوسرے ایجنٹ نے وہ چیٹ لے لی ہے، یا وہ ختم ہو چکی ہے۔
chat-error-agent-unavailable = وہ ایجنٹ اب آن لائن نہیں ہے۔ کوئی دوسرا منتخب کریں۔
chat-error-unavailable = چیٹ اس وقت دستیاب نہیں ہے۔ چند منٹ بعد دوبارہ کوشش کریں، یا 311 پر کال کریں۔

## Ready-made replies agents send, in the resident's language.

chat-canned-greeting = ہیلو، 311 Toronto سے رابطہ کرنے کا شکریہ۔ آج ہم آپ کی کیا مدد کر سکتے ہیں؟
chat-canned-one-moment = براہ کرم ایک لمحہ انتظار کریں، ہم اس معاملے کو دیکھ رہے ہیں۔
chat-canned-more-details = کیا آپ مسئلے کے بارے میں تھوڑا اور بتا سکتے ہیں؟
chat-canned-location = مسئلہ بالکل کہاں ہے؟ سڑک کا پتہ یا قریب ترین چوراہا بتانے سے مدد ملتی ہے۔
chat-canned-request-filed = میں نے آپ کے لیے ایک سروس درخواست بنا دی ہے۔ آپ اس چیٹ میں دیے گئے نمبر سے اسے ٹریک کر سکتے ہیں۔
chat-canned-goodbye = 311 سے رابطہ کرنے کا شکریہ۔ کیا ہم آپ کی کسی اور چیز میں مدد کر سکتے ہیں؟

## The agents' console at /agent.

agent-page-heading = چیٹ کنسول
agent-status-connected = رابطہ قائم ہے۔ آپ چیٹس کے لیے آن لائن ہیں۔
agent-status-reconnecting = رابطہ منقطع ہو گیا۔ دوبارہ رابطہ ہو رہا ہے…
agent-queue-heading = انتظار میں چیٹس
agent-queue-empty = کوئی چیٹ انتظار میں نہیں ہے۔
agent-queue-topic = موضوع
agent-queue-language = زبان
agent-queue-waiting = انتظار
agent-queue-minutes =
    { $minutes ->
        [one] 1 منٹ
       *[other] { $minutes } منٹ
    }
agent-queue-fallback = آپ کی زبانوں میں سے نہیں
agent-accept = قبول کریں
agent-load = کھلی چیٹس: { $limit } میں سے { $active }
agent-chats-heading = آپ کی چیٹس
agent-no-chats = شروع کرنے کے لیے قطار سے کوئی چیٹ قبول کریں۔
agent-chat-with = { $name } کے ساتھ چیٹ
agent-chat-language = زبان: { $language }
agent-chat-topic = موضوع: { $topic }
agent-canned-label = تیار جواب
agent-canned-choose = کوئی جواب منتخب کریں
agent-canned-insert = یہ جواب استعمال کریں
agent-reply-label = جواب
agent-send = بھیجیں
agent-add-note = اندرونی نوٹ کے طور پر شامل کریں
agent-note = اندرونی نوٹ
agent-transfer-label = کس کو منتقل کریں
agent-transfer = منتقل کریں
agent-transfer-none = کوئی دوسرا ایجنٹ آن لائن نہیں ہے۔
agent-end = چیٹ ختم کریں
agent-ended = یہ چیٹ ختم ہو چکی ہے۔
agent-close = بند کریں
agent-request-heading = سروس درخواست بنائیں
agent-request-service = سروس کی قسم
agent-request-place = مقام: سڑک، چوراہا یا جگہ
agent-request-description = تفصیل
agent-request-submit = رپورٹ کا فارم کھولیں
agent-request-hint = رپورٹ کا فارم اس چیٹ کی معلومات سے بھرا ہوا کھلتا ہے۔ اسے چیک کریں اور جمع کرائیں؛ درخواست کا نمبر چیٹ میں درج کر دیا جاتا ہے۔
agent-cases-heading = وہ پیغامات جو اس وقت چھوڑے گئے جب کوئی چیٹ کے لیے دستیاب نہیں تھا
agent-cases-empty = کوئی پیغام جواب کا منتظر نہیں ہے۔
agent-case-from = { $name } کی طرف سے، { $contact }
agent-case-reply = آپ کا جواب
agent-case-send = جواب بھیجیں
agent-case-answered = آپ کا جواب بھیج دیا گیا۔
agent-error-reply = 2000 حروف یا اس سے کم کا جواب درج کریں۔
agent-error-answered = اس پیغام کا جواب پہلے ہی دیا جا چکا ہے۔
agent-error-not-yours = یہ چیٹ اب آپ کو تفویض نہیں ہے۔
agent-error-service = سروس کی قسم منتخب کریں۔
staff-chat-transcripts = چیٹس کے تحریری ریکارڈ

## Messages sent by email or text message.

notify-chat-transcript-subject = 311 Toronto کے ساتھ آپ کی چیٹ
notify-chat-transcript-email = آپ کی درخواست کے مطابق، 311 Toronto کے ساتھ آپ کی چیٹ کا تحریری ریکارڈ یہ ہے۔
notify-chat-reply-subject = 311 Toronto کو آپ کے پیغام کا جواب
notify-chat-reply-email =
    آپ نے 311 Toronto کے لیے ایک پیغام چھوڑا تھا۔ ایک ایجنٹ نے جواب دیا:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
