### مسئلہ رپورٹ کرنا: /report کے صفحات، ان کی خرابیاں، نقشہ اور تصاویر۔

report-page-title = { $heading } – { -product-name }
report-caption = کوئی مسئلہ رپورٹ کریں
report-unavailable = رپورٹ کا فارم ابھی نہیں دکھایا جا سکتا۔ براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔
report-continue = جاری رکھیں
report-optional = { $label } (اختیاری)

## خدمت کا انتخاب
report-choose-heading = آپ کس چیز کی رپورٹ کرنا چاہتے ہیں؟
report-choose-intro = اپنے الفاظ میں تلاش کریں، یا نیچے دیے گئے موضوعات میں سے انتخاب کریں۔
report-start-button = ابھی شروع کریں
report-choose-other = کسی اور چیز کی رپورٹ کریں
report-not-found-heading = ہمیں یہ رپورٹ نہیں ملی
report-not-found-body = ہو سکتا ہے لنک نامکمل ہو یا غلط ٹائپ ہوا ہو۔
report-start-again = نئی رپورٹ شروع کریں

## اس کا مالک کون ہے، اور نفرت پر مبنی دیوار نویسی
report-owner-question = جس چیز میں مسئلہ ہے اس کا مالک کون ہے؟
report-owner-hint = اس پر کوئی لوگو یا لیبل تلاش کریں۔ شہر صرف وہی چیزیں ٹھیک کر سکتا ہے جن کا وہ مالک ہے۔
report-owner-city = ٹورنٹو شہر، مثال کے طور پر شہر کی کوئی دیوار، پل، سائن بورڈ یا کوڑے دان
report-owner-unknown = مجھے نہیں معلوم
report-owner-bell = Bell Canada (بیل کینیڈا): ٹیلیفون بوتھ، Bell کے کھمبے اور کیبنٹ
report-owner-rogers = Rogers (راجرز): کیبل باکس اور کیبنٹ
report-owner-toronto-hydro = Toronto Hydro (ٹورنٹو ہائیڈرو): بجلی کے کھمبے، ٹرانسفارمر اور بجلی کے باکس
report-owner-canada-post = Canada Post (کینیڈا پوسٹ): میل باکس اور پارسل لاکر
report-owner-ttc = TTC: بس اسٹاپ کے شیلٹر، اسٹیشن اور گاڑیاں
report-error-owner = منتخب کریں کہ اس کا مالک کون ہے، یا “مجھے نہیں معلوم”
report-referral-heading = اسے ٹھیک کرنا شہر کی ذمہ داری نہیں ہے
report-referral-intro = شہر صرف وہی چیزیں مرمت یا صاف کر سکتا ہے جن کا وہ مالک ہے، اس لیے کوئی سروس درخواست نہیں بنائی گئی۔ براہ کرم اس کی رپورٹ اس کے مالک کو کریں۔
report-referral-bell = Bell Canada: 1-866-310-2355 پر کال کریں۔
report-referral-rogers = Rogers: 1-888-764-3771 پر کال کریں۔
report-referral-toronto-hydro = Toronto Hydro: 416-542-8000 پر کال کریں۔ اگر تاریں گری ہوئی ہوں یا ان سے چنگاریاں نکل رہی ہوں تو 10 میٹر دور رہیں اور 911 پر کال کریں۔
report-referral-canada-post = Canada Post: 1-866-607-6301 پر کال کریں۔
report-referral-ttc = TTC: کسٹمر سروس کو 416-393-3030 پر کال کریں۔
report-hate-heading = نفرت پر مبنی دیوار نویسی
report-hate-police = اگر دیوار نویسی میں لوگوں کو ان کی نسل، مذہب، نسلی پس منظر، جنسی رجحان، صنف یا معذوری کی وجہ سے نشانہ بنایا گیا ہو، تو پہلے اس کی رپورٹ ٹورنٹو پولیس (Toronto Police) کو کریں: غیر ہنگامی لائن 416-808-2222 پر کال کریں، یا اگر کسی کو خطرہ ہو تو 911 پر۔ پولیس اسے ہٹائے جانے سے پہلے ممکنہ نفرت انگیز جرم کے طور پر درج کرتی ہے۔
report-hate-then = پھر اس کی رپورٹ یہاں کریں، تاکہ شہر اسے جلدی ہٹا سکے۔

## مقام
report-location-heading = مسئلہ کہاں ہے؟
report-location-current = منتخب کردہ مقام
report-location-address = { $address }، وارڈ { $ward }
report-location-pin = پِن { $lat }، { $long } پر، وارڈ { $ward }
report-map-heading = نقشے پر پِن لگائیں
report-map-hint = نقشے پر جہاں مسئلہ ہے وہاں کلک یا ٹیپ کریں، پھر پِن کو گھسیٹ کر اس کی جگہ درست کریں۔ کی بورڈ سے، تیر والی کلیدوں کے ذریعے نقشہ ہلائیں، پھر “پِن کو نقشے کے مرکز میں لگائیں” منتخب کریں۔
report-map-label = نقشہ
report-map-pin = مسئلے کا مقام
report-map-pin-at = پِن { $lat }، { $long } پر لگا دی گئی
report-map-no-pin = ابھی تک کوئی پِن نہیں لگائی گئی
report-map-locate = میرا مقام استعمال کریں
report-map-locate-failed = آپ کا مقام معلوم نہیں ہو سکا۔ نقشے پر پِن لگائیں یا پتہ ٹائپ کریں۔
report-map-centre = پِن کو نقشے کے مرکز میں لگائیں
report-map-use = اس پِن کا مقام استعمال کریں
report-address-heading = یا کوئی پتہ یا چوراہا ٹائپ کریں
report-place-label = سڑک، چوراہا یا جگہ
report-place-hint = مثال کے طور پر: Queen St W & Spadina Ave، یا Nathan Phillips Square
report-place-find = تلاش کریں
report-place-none = “{ $query }” سے ملتا جلتا کچھ نہیں ملا۔ ہجے چیک کریں، یا قریب ترین چوراہا آزمائیں۔
report-place-choose = سب سے قریبی نتیجہ منتخب کریں
report-place-use = یہ مقام استعمال کریں
report-place-kind-street = سڑک
report-place-kind-intersection = چوراہا
report-place-kind-place = جگہ
report-error-outside-city = یہ مقام ٹورنٹو شہر کی حدود سے باہر ہے۔ شہر کے اندر کوئی جگہ منتخب کریں۔
report-error-pin-missing = نقشے پر پِن لگائیں، یا نیچے پتہ ٹائپ کریں
report-error-place-choose = نتائج میں سے کوئی ایک منتخب کریں، یا دوبارہ تلاش کریں
report-error-location-missing = کوئی سڑک، چوراہا یا جگہ ٹائپ کریں، یا نقشے پر پِن لگائیں

## تفصیلات اور رابطہ
report-details-heading = ہمیں مسئلے کے بارے میں بتائیں
report-field-description = مسئلہ بیان کریں
report-description-hint = آپ کیا دیکھ رہے ہیں، اور کوئی بھی بات جو عملے کو اسے تلاش کرنے میں مدد دے۔ براہ کرم ذاتی معلومات شامل نہ کریں۔
report-contact-heading = آپ کے رابطے کی تفصیلات (اختیاری)
report-contact-hint = ہم انہیں صرف اس رپورٹ کے بارے میں آپ سے رابطہ کرنے کے لیے استعمال کرتے ہیں۔ یہ کبھی عوامی طور پر نہیں دکھائی جاتیں۔ گمنام طور پر رپورٹ کرنے کے لیے انہیں خالی چھوڑ دیں۔
report-field-first-name = پہلا نام
report-field-last-name = آخری نام
report-field-email = ای میل ایڈریس
report-field-phone = فون نمبر
report-error-missing = سوال “{ $field }” کا جواب دیں
report-error-number = “{ $field }” کا جواب ایک عدد ہونا چاہیے، جیسے 3 یا 2.5
report-error-too-long = “{ $field }” کا جواب { $max } حروف یا اس سے کم ہونا چاہیے
report-error-choice = “{ $field }” کے لیے دیے گئے جوابات میں سے ایک منتخب کریں
report-error-datetime = “{ $field }” کے لیے درست تاریخ اور وقت درج کریں
report-error-email = ای میل ایڈریس درست شکل میں درج کریں، جیسے name@example.com
report-error-phone = 7 سے 15 ہندسوں والا فون نمبر درج کریں، جیسے 416-392-2489

## تصاویر
report-photos-heading = تصاویر
report-photos-required = اس قسم کے مسئلے کے لیے کم از کم ایک تصویر ضروری ہے۔ اس سے عملے کو اسے تلاش کرنے اور ٹھیک کرنے میں مدد ملتی ہے۔
report-photos-optional = تصاویر اختیاری ہیں، لیکن ان سے عملے کو مسئلہ تلاش کرنے اور ٹھیک کرنے میں مدد ملتی ہے۔
report-photos-limits = آپ JPEG، PNG یا WebP فارمیٹ میں زیادہ سے زیادہ { $count } تصاویر شامل کر سکتے ہیں، ہر ایک زیادہ سے زیادہ { $megabytes } MB کی۔ ہم اپنے پاس رکھی جانے والی کاپی سے مقام اور کیمرے کی تفصیلات ہٹا دیتے ہیں۔
report-photo-label = ایک تصویر منتخب کریں
report-photo-upload = تصویر اپ لوڈ کریں
report-photo-uploading = تصویر اپ لوڈ ہو رہی ہے
report-photo-alt = تصویر { $number }
report-photo-remove = تصویر { $number } ہٹائیں
report-photo-has-location = تصویر { $number } میں یہ درج ہے کہ وہ کہاں لی گئی تھی۔
report-photo-use-location = تصویر { $number } کا مقام استعمال کریں
report-photos-count =
    { $count ->
        [0] کوئی تصویر نہیں
        [one] { $count } تصویر
       *[other] { $count } تصاویر
    }
report-error-photo-missing = اپ لوڈ کرنے کے لیے تصویر منتخب کریں
report-error-photo-too-large = تصویر { $megabytes } MB سے چھوٹی ہونی چاہیے
report-error-photo-type = فائل JPEG، PNG یا WebP فارمیٹ میں تصویر ہونی چاہیے
report-error-photo-dimensions = اس تصویر میں بہت زیادہ پکسل ہیں۔ کوئی چھوٹی تصویر منتخب کریں۔
report-error-photo-damaged = تصویر خراب ہے اور پڑھی نہیں جا سکتی۔ کوئی دوسری تصویر منتخب کریں۔
report-error-photo-limit = آپ زیادہ سے زیادہ { $count } تصاویر شامل کر سکتے ہیں۔ دوسری شامل کرنے کے لیے ایک ہٹائیں۔
report-error-photo-required = کم از کم ایک تصویر شامل کریں
report-error-photo-outside = یہ تصویر جس جگہ لی گئی وہ ٹورنٹو شہر کی حدود سے باہر ہے

## جانچ، قریب کی ملتی جلتی رپورٹیں، اور بھیجنا
report-check-heading = رپورٹ بھیجنے سے پہلے اپنے جوابات چیک کریں
report-check-answers = آپ کے جوابات
report-change = تبدیل کریں
report-anonymous = نہیں دی گئیں: یہ رپورٹ گمنام ہے
report-submit-note = یہ رپورٹ بھیج کر آپ تصدیق کرتے ہیں کہ جہاں تک آپ جانتے ہیں یہ معلومات درست ہیں۔
report-submit = رپورٹ بھیجیں
report-nearby-heading = کیا اس کی پہلے ہی رپورٹ ہو چکی ہے؟
report-nearby-intro = اسی مسئلے کی یہ کھلی درخواستیں 250 میٹر کے اندر ہیں۔ اگر ان میں سے کوئی آپ والا مسئلہ ہے، تو نئی رپورٹ بھیجنے کے بجائے اسے فالو کریں۔
report-nearby-distance = تقریباً { $metres } میٹر دور
report-nearby-reporters =
    { $count ->
        [one] { $count } شخص نے رپورٹ کیا
       *[other] { $count } افراد نے رپورٹ کیا
    }
report-me-too = میرا بھی یہی مسئلہ ہے: { $number } کو فالو کریں
report-error-follow = اب اس درخواست کو فالو نہیں کیا جا سکتا۔ اس کے بجائے اپنی رپورٹ بھیجیں۔
report-sent-heading = رپورٹ بھیج دی گئی
report-sent-number = آپ کا سروس درخواست نمبر
report-sent-next = یہ نمبر محفوظ رکھیں۔ اس کی مدد سے آپ دیکھ سکتے ہیں کہ آگے کیا ہوتا ہے۔
report-sent-track = اس درخواست کو ٹریک کریں
report-another = کوئی اور مسئلہ رپورٹ کریں
report-following-heading = آپ { $number } کو فالو کر رہے ہیں
report-following-body = نئی درخواست بنانے کے بجائے آپ کو اس درخواست میں شامل کر دیا گیا۔ اس کی صورتحال کے صفحے پر دکھایا جاتا ہے کہ آگے کیا ہوتا ہے۔
