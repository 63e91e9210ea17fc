## Updates about a request by email or text message: the status page's forms, the
## unsubscribe page, and the messages themselves. Messages are plain text; $number is an SR
## number such as 2026-000123, $service a service type's name, $status a status name.

updates-heading = اپ ڈیٹس حاصل کریں
updates-intro = جب بھی اس درخواست میں کوئی تبدیلی ہو، ہم آپ کو بتا سکتے ہیں۔ پہلے ہم آپ کو ایک کوڈ بھیجیں گے تاکہ تصدیق ہو سکے کہ یہ ایڈریس یا نمبر آپ ہی کا ہے۔
updates-email-label = ای میل ایڈریس
updates-email-hint = ہم اسے صرف اس درخواست کی اپ ڈیٹس کے لیے استعمال کرتے ہیں۔
updates-email-button = مجھے ای میل پر اپ ڈیٹس بھیجیں
updates-phone-label = موبائل فون نمبر
updates-phone-hint = مثال کے طور پر 416 555 0123۔ آپ کی موبائل کمپنی پیغامات کے چارجز لے سکتی ہے۔
updates-phone-button = مجھے ٹیکسٹ میسج پر اپ ڈیٹس بھیجیں
updates-code-sent-email = ہم نے { $address } پر 6 ہندسوں کا ایک کوڈ بھیجا ہے۔
updates-code-sent-sms = ہم نے { $address } پر ٹیکسٹ میسج کے ذریعے 6 ہندسوں کا ایک کوڈ بھیجا ہے۔
updates-code-label = کوڈ
updates-code-hint = کوڈ کی میعاد بھیجے جانے کے 15 منٹ بعد ختم ہو جاتی ہے۔
updates-confirm-button = تصدیق کریں
updates-resend-button = نیا کوڈ بھیجیں
updates-resent = ہم نے نیا کوڈ بھیج دیا ہے۔ صرف سب سے نیا کوڈ کام کرے گا۔
updates-on = آپ کو اس درخواست کے بارے میں اپ ڈیٹس ملیں گی۔ ہر پیغام میں انہیں بند کرنے کا لنک ہوتا ہے۔
updates-already = اس ایڈریس یا نمبر پر پہلے ہی اس درخواست کی اپ ڈیٹس آ رہی ہیں۔
updates-error-email = name@example.com جیسا ای میل ایڈریس درج کریں
updates-error-phone = ایریا کوڈ کے ساتھ موبائل نمبر درج کریں، جیسے 416 555 0123
updates-error-too-many = آپ نے تھوڑے وقت میں کئی کوڈ مانگے ہیں۔ ہمارا بھیجا ہوا آخری کوڈ استعمال کریں، یا ایک گھنٹے بعد دوبارہ کوشش کریں۔
updates-error-code-format = ہمارے بھیجے ہوئے پیغام میں موجود 6 ہندسوں کا کوڈ درج کریں
updates-error-code-wrong = کوڈ درست نہیں ہے۔ ہمارا بھیجا ہوا تازہ ترین پیغام چیک کریں اور دوبارہ کوشش کریں۔
updates-error-code-expired = کوڈ کی میعاد ختم ہو چکی ہے۔ نیا کوڈ منگوائیں۔
updates-error-code-attempts = کوڈ بہت زیادہ بار غلط درج کیا گیا۔ نیا کوڈ منگوائیں۔
updates-error-unknown = یہ کوڈ اب استعمال نہیں ہو سکتا۔ دوبارہ اپ ڈیٹس مانگیں۔

unsubscribe-title = اپ ڈیٹس بند کریں
unsubscribe-heading = درخواست { $number } کی اپ ڈیٹس بند کریں
unsubscribe-sent-to-email = اپ ڈیٹس { $address } پر بھیجی جاتی ہیں۔
unsubscribe-sent-to-sms = اپ ڈیٹس ٹیکسٹ میسج کے ذریعے { $address } پر بھیجی جاتی ہیں۔
unsubscribe-button = اپ ڈیٹس بند کریں
unsubscribe-done = آپ کو درخواست { $number } کے بارے میں مزید اپ ڈیٹس نہیں ملیں گی۔
unsubscribe-unknown = یہ لنک درست نہیں ہے۔ چیک کریں کہ یہ پورا کاپی ہوا ہے۔
unsubscribe-back = درخواست دیکھیں

notify-code-subject = درخواست { $number } کے لیے آپ کا کوڈ
notify-code-email =
    آپ کا کوڈ { $code } ہے۔
    
    اسے اس صفحے پر درج کریں جہاں آپ نے درخواست { $number } کی اپ ڈیٹس مانگی تھیں۔ اس کی میعاد 15 منٹ میں ختم ہو جائے گی۔
    
    اگر آپ نے اپ ڈیٹس نہیں مانگی تھیں تو اس ای میل کو نظر انداز کر دیں۔
notify-code-sms = درخواست { $number } کے لیے آپ کا 311 کوڈ { $code } ہے۔ اس کی میعاد 15 منٹ میں ختم ہو جائے گی۔
notify-status-subject = درخواست { $number }: { $status }
notify-status-email = آپ کی درخواست { $number } ({ $service }) کی موجودہ صورتحال: { $status }۔
notify-status-sms = 311: درخواست { $number } ({ $service }) کی موجودہ صورتحال: { $status }۔
notify-note = شہر کی طرف سے نوٹ: { $note }
notify-escalated-subject = درخواست { $number }: آپ کی شکایت متعلقہ شعبے کی انتظامیہ کو بھیج دی گئی
notify-escalated-email = درخواست { $number } ({ $service }) کے بارے میں آپ کی شکایت کا جواب وقت پر نہیں دیا گیا، اس لیے اسے متعلقہ شعبے کی انتظامیہ کو بھیج دیا گیا ہے۔
notify-escalated-sms = 311: درخواست { $number } کے بارے میں آپ کی شکایت متعلقہ شعبے کی انتظامیہ کو بھیج دی گئی ہے۔
notify-link = درخواست اور اس پر اب تک کی کارروائی دیکھیں: { $link }
notify-link-sms = { $link }
notify-footer-email = آپ کو یہ ای میل اس لیے ملی ہے کہ آپ نے اس درخواست کی اپ ڈیٹس مانگی تھیں۔
notify-unsubscribe = یہ اپ ڈیٹس بند کریں: { $unsubscribe }
notify-unsubscribe-sms = بند کرنے کے لیے جواب میں STOP بھیجیں، یا { $unsubscribe } پر جائیں
