### Civic311 انٹرفیس کی عبارتیں: اردو۔

-product-name = Civic311

site-name = { -product-name }
skip-to-content = اصل مواد پر جائیں
language-switcher-label = زبان
loading = لوڈ ہو رہا ہے…
footer-emergency = ہنگامی صورت میں 911 پر کال کریں۔ یہ پورٹل شہر کی غیر ہنگامی خدمات کے لیے ہے۔

home-title = کوئی مسئلہ رپورٹ کریں یا شہر کی کوئی خدمت طلب کریں – { -product-name }
home-heading = کوئی مسئلہ رپورٹ کریں یا شہر کی کوئی خدمت طلب کریں
home-intro = شہر کو سڑک کے گڑھے، کچرا نہ اٹھائے جانے، دیواروں پر لکھائی اور 60 سے زیادہ دوسرے غیر ہنگامی مسائل کے بارے میں بتائیں۔ آپ کو ایک سروس درخواست نمبر ملے گا تاکہ آپ آگے کی کارروائی پر نظر رکھ سکیں۔
home-groups-heading = معاملہ کس بارے میں ہے؟
home-report-button = کوئی مسئلہ رپورٹ کریں
service-group-count =
    { $count ->
        [one] { $count } خدمت
       *[other] { $count } خدمات
    }
catalogue-unavailable = خدمات کی فہرست ابھی نہیں دکھائی جا سکتی۔ براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔

not-found-title = صفحہ نہیں ملا – { -product-name }
not-found-heading = صفحہ نہیں ملا
not-found-home-link = ہوم پیج پر جائیں

## نیویگیشن اور فارم کی خرابیاں
site-nav-label = مرکزی
nav-track = درخواست ٹریک کریں
nav-report = مسئلہ رپورٹ کریں
error-title-prefix = خرابی:
error-summary-heading = ایک مسئلہ ہے

## سروس درخواست تلاش کرنا
lookup-title = سروس درخواست ٹریک کریں – { -product-name }
lookup-heading = سروس درخواست ٹریک کریں
lookup-label = سروس درخواست نمبر
lookup-hint = آپ کا سروس درخواست نمبر آپ کے تصدیقی صفحے اور ای میلز میں درج ہے۔ یہ 2026-000123 جیسا ہوتا ہے۔
lookup-button = میری درخواست تلاش کریں
lookup-error-format = اپنا سروس درخواست نمبر 2026-000123 کی شکل میں درج کریں

## ایک سروس درخواست
request-title = سروس درخواست { $number } – { -product-name }
request-heading = سروس درخواست { $number }
request-status = صورتحال
request-service = خدمت
request-division = ذمہ دار شعبہ
request-filed = موصول ہوئی
request-expected = متوقع تاریخ
request-location = مقام
request-ward = وارڈ
request-ward-value = وارڈ { $number }: { $name }
request-due-today = آج متوقع
request-days-left =
    { $days ->
        [one] { $days } دن باقی
       *[other] { $days } دن باقی
    }
request-days-overdue =
    { $days ->
        [one] متوقع تاریخ سے { $days } دن کی تاخیر
       *[other] متوقع تاریخ سے { $days } دن کی تاخیر
    }
request-timeline-heading = اب تک کیا ہوا ہے
request-event-photo-alt = شہر کی جانب سے کام کی تصویر، نمبر { $number }
request-unavailable = یہ سروس درخواست ابھی نہیں دکھائی جا سکتی۔ براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔
request-not-found-title = سروس درخواست نہیں ملی – { -product-name }
request-not-found-heading = ہمیں یہ سروس درخواست نہیں ملی
request-not-found-body = سروس درخواست نمبر { $number } موجود نہیں ہے۔ اپنے تصدیقی صفحے یا ای میل میں نمبر چیک کریں۔ ابھی جمع کرائی گئی درخواست کو ظاہر ہونے میں ایک منٹ لگ سکتا ہے۔
request-not-found-retry = کوئی اور نمبر تلاش کریں

## صورتحال، آسان زبان میں
status-received = موصول ہوئی
status-assigned = متعلقہ شعبے کے سپرد
status-inspection = معائنہ
status-scheduled = کام کا وقت طے ہو گیا
status-completed = مکمل
status-closed_referred = بند – دوسرے ادارے کو بھیجی گئی
status-closed_no_action = بند – کسی کارروائی کی ضرورت نہیں
status-closed_duplicate = بند – پہلے ہی رپورٹ ہو چکی

## خدمات کی ڈائریکٹری
nav-services = شہر کی خدمات
services-title = شہر کی خدمات – { -product-name }
services-heading = شہر کی خدمات
services-intro = اپنے مسئلے کے لیے متعلقہ خدمت تلاش کریں۔ اپنے الفاظ میں تلاش کریں، یا موضوع کے لحاظ سے دیکھیں۔
services-search-label = خدمت تلاش کریں
services-search-hint = مثال کے طور پر: گڑھا، کچرا نہیں اٹھایا گیا، شور
services-search-button = تلاش کریں
services-results-heading =
    { $count ->
        [one] “{ $query }” کے لیے { $count } خدمت ملی
       *[other] “{ $query }” کے لیے { $count } خدمات ملیں
    }
services-no-results = “{ $query }” کے لیے کوئی خدمت نہیں ملی۔ دوسرے الفاظ آزمائیں، یا نیچے دیے گئے موضوعات دیکھیں۔
services-browse-heading = موضوع کے لحاظ سے دیکھیں
service-detail-title = { $name } – { -product-name }
service-topic = موضوع
service-standard = خدمت کا معیار
service-sla-hours =
    { $count ->
        [one] ہماری کوشش ہے کہ { $count } گھنٹے کے اندر جواب دیں
       *[other] ہماری کوشش ہے کہ { $count } گھنٹوں کے اندر جواب دیں
    }
service-sla-business-days =
    { $count ->
        [one] ہماری کوشش ہے کہ { $count } کاروباری دن کے اندر جواب دیں
       *[other] ہماری کوشش ہے کہ { $count } کاروباری دنوں کے اندر جواب دیں
    }
service-sla-calendar-days =
    { $count ->
        [one] ہماری کوشش ہے کہ { $count } دن کے اندر جواب دیں
       *[other] ہماری کوشش ہے کہ { $count } دنوں کے اندر جواب دیں
    }
service-back = شہر کی تمام خدمات
service-not-found-title = خدمت نہیں ملی – { -product-name }
service-not-found-heading = ہمیں یہ خدمت نہیں ملی

## کسی درخواست کے بارے میں شکایت
request-complaint-heading = کیا آپ اس درخواست پر ہونے والی کارروائی سے مطمئن نہیں ہیں؟
request-complaint-overdue = متوقع تاریخ گزر چکی ہے اور یہ درخواست ابھی بند نہیں ہوئی۔ آپ شکایت درج کرا سکتے ہیں: ایک سپروائزر کو 5 کاروباری دنوں کے اندر اس کا جواب دینا ہوگا، ورنہ یہ شکایت متعلقہ شعبے کی انتظامیہ کو بھیج دی جائے گی۔
request-complaint-closed = اگر مسئلہ حل نہیں ہوا، یا آپ اس درخواست کو بند کیے جانے کے طریقے سے متفق نہیں ہیں، تو آپ شکایت درج کرا سکتے ہیں: ایک سپروائزر کو 5 کاروباری دنوں کے اندر اس کا جواب دینا ہوگا، ورنہ یہ شکایت متعلقہ شعبے کی انتظامیہ کو بھیج دی جائے گی۔
request-complaint-details = کیا مسئلہ ہے؟
request-complaint-details-hint = مثال کے طور پر: درخواست بند ہونے کے بعد بھی سڑک میں گڑھا موجود ہے۔
request-complaint-email = ای میل ایڈریس (اختیاری)
request-complaint-email-hint = تاکہ ہم آپ کو جواب سے آگاہ کر سکیں۔ یہ کبھی عوامی طور پر نہیں دکھایا جاتا۔
request-complaint-submit = شکایت درج کرائیں
request-complaint-filed = آپ کی شکایت درج ہو گئی ہے۔ یہ نیچے دی گئی کارروائی کی تفصیل میں نظر آتی ہے۔
request-complaint-pending = اس درخواست کے بارے میں ایک شکایت جواب کی منتظر ہے، جس کا جواب { $date } تک متوقع ہے۔
request-complaint-escalated = جواب میں تاخیر ہوئی، اس لیے شکایت متعلقہ شعبے کی انتظامیہ کو بھیج دی گئی۔
request-complaint-error-details = ہمیں بتائیں کہ کیا مسئلہ ہے
request-complaint-error-too-long = شکایت 2000 حروف یا اس سے کم ہونی چاہیے
status-complaint = شکایت درج کی گئی
status-escalated = شکایت متعلقہ شعبے کی انتظامیہ کو بھیجی گئی
