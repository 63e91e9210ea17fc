### عملے کا کنسول: سائن ان، درخواستوں کی قطار، درخواست کی صورتحال تبدیل کرنا، آڈٹ لاگ۔

staff-page-title = { $heading } – { -product-name } عملہ
staff-unavailable = عملے کا کنسول ابھی نہیں دکھایا جا سکتا۔ براہ کرم چند منٹ بعد دوبارہ کوشش کریں۔
staff-forbidden-heading = آپ یہ صفحہ نہیں کھول سکتے
staff-forbidden-body = آپ کے اکاؤنٹ کو عملے کے کنسول کے اس حصے تک رسائی حاصل نہیں ہے۔ اگر آپ کو اس کی ضرورت ہے تو کسی منتظم سے کہیں۔

## سائن ان
staff-login-heading = عملے کا سائن ان
staff-password = پاس ورڈ
staff-sign-in = سائن ان کریں
staff-sign-out = سائن آؤٹ کریں
staff-signed-in-as = { $name } کے طور پر سائن ان
staff-login-error-wrong = ای میل ایڈریس یا پاس ورڈ درست نہیں ہے
staff-login-error-locked = سائن ان کی بہت زیادہ کوششیں ہو چکی ہیں۔ 15 منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
staff-error-csrf = فارم پرانا ہو چکا تھا۔ صفحہ دوبارہ لوڈ کریں اور دوبارہ کوشش کریں۔

## قطار
staff-queue-heading = سروس درخواستوں کی قطار
staff-filter-any = کوئی بھی
staff-filter-overdue = صرف وہ درخواستیں جن کی متوقع تاریخ گزر چکی ہے
staff-filter-complaints = صرف وہ درخواستیں جن پر کوئی شکایت جواب کی منتظر ہے
staff-filter-apply = درخواستیں دکھائیں
staff-queue-empty = کوئی سروس درخواست ان فلٹرز سے مطابقت نہیں رکھتی۔
staff-column-number = سروس درخواست نمبر
staff-complaint-due = شکایت: { $date } تک جواب دیں
staff-complaint-escalated = شکایت اعلیٰ سطح پر بھیجی گئی: جواب میں تاخیر ہو گئی

## ایک درخواست
staff-change-heading = صورتحال تبدیل کریں
staff-new-status = نئی صورتحال
staff-reason = بند کرنے کی وجہ
staff-reason-hint = اس وقت ضروری ہے جب نئی صورتحال درخواست کو بند کرتی ہو۔ وجہ صورتحال کے مطابق ہونی چاہیے۔
staff-reason-none = کوئی وجہ نہیں: درخواست کھلی رہے گی
staff-public-note = عوامی نوٹ
staff-public-note-hint = شہری اسے صورتحال کے صفحے پر دیکھتا ہے۔ بند کرتے وقت بتائیں کہ کیا کیا گیا، یا کچھ کیوں نہیں کیا گیا۔
staff-internal-note = اندرونی نوٹ
staff-internal-note-hint = اسے صرف عملہ دیکھتا ہے۔
staff-save = تبدیلی محفوظ کریں
staff-saved = تبدیلی محفوظ ہو گئی۔
staff-history-heading = مکمل تاریخچہ
staff-error-status = فہرست میں سے ایک صورتحال منتخب کریں
staff-error-reason-missing = درخواست بند کرنے کی کوئی وجہ منتخب کریں
staff-error-reason-mismatch = یہ وجہ نئی صورتحال کے مطابق نہیں ہے۔ ایسی وجہ منتخب کریں جو اس سے مطابقت رکھتی ہو۔
staff-error-note-missing = ایک عوامی نوٹ لکھیں جو شہری کو بتائے کہ کیا کیا گیا، یا کچھ کیوں نہیں کیا گیا
staff-error-reason-open = بند کرنے کی وجہ صرف ان صورتحالوں کے لیے ہے جو درخواست کو بند کرتی ہیں

## بند کرنے کی وجوہات
staff-reason-repaired = مرمت کر دی گئی
staff-reason-cleaned = صفائی کر دی گئی
staff-reason-removed = ہٹا دیا گیا
staff-reason-other-government = حکومت کی کسی دوسری سطح کو بھیجی گئی
staff-reason-utility-company = یوٹیلیٹی یا اس کی مالک کمپنی کو بھیجی گئی
staff-reason-private-property = نجی جائیداد پر: مالک کو بھیجی گئی
staff-reason-not-found = معائنہ کیا گیا: کوئی مسئلہ نہیں ملا
staff-reason-already-resolved = عملے کے پہنچنے سے پہلے ہی حل ہو چکا تھا
staff-reason-meets-standard = معائنہ کیا گیا: شہر کے معیار پر پورا اترتا ہے
staff-reason-duplicate = کسی دوسری درخواست کی نقل

## آڈٹ لاگ
staff-audit-heading = آڈٹ لاگ
staff-column-when = کب
staff-column-who = کون
staff-column-action = کارروائی
staff-column-detail = تفصیل
staff-action-login = سائن ان کیا
staff-action-logout = سائن آؤٹ کیا
staff-action-login-failed = ناکام سائن ان
staff-action-login-locked = سائن ان مسترد: بہت زیادہ کوششیں
staff-action-status-change = صورتحال تبدیل کی گئی
staff-action-escalation = شکایت خودکار طور پر اعلیٰ سطح پر بھیجی گئی: اس کی SLA مدت گزر گئی

## قطار سے ایک ساتھ کئی درخواستیں تبدیل کرنا
staff-bulk-column = انتخاب
staff-bulk-select = درخواست { $number } منتخب کریں
staff-bulk-heading = منتخب درخواستیں تبدیل کریں
staff-bulk-hint = جدول میں درخواستوں پر نشان لگائیں، پھر تبدیلی منتخب کریں۔ ہر درخواست کو ایک ہی صورتحال، وجہ اور نوٹس ملیں گے، اور اس کے تاریخچے میں اس کا الگ اندراج ہوگا۔
staff-bulk-button = منتخب درخواستیں تبدیل کریں
staff-bulk-saved =
    { $count ->
        [one] ایک درخواست تبدیل کر دی گئی۔
       *[other] { $count } درخواستیں تبدیل کر دی گئیں۔
    }
staff-error-none-selected = جدول میں کم از کم ایک درخواست منتخب کریں۔
staff-bulk-skipped =
    { $count ->
        [one] ایک درخواست تبدیل نہیں کی گئی: اسے «مکمل» قرار دینے کے لیے مکمل شدہ کام کی تصویر ضروری ہے۔ تصویر شامل کرنے کے لیے اسے کھولیں۔
       *[other] { $count } درخواستیں تبدیل نہیں کی گئیں: انہیں «مکمل» قرار دینے کے لیے مکمل شدہ کام کی تصویر ضروری ہے۔ تصویر شامل کرنے کے لیے ہر ایک کو کھولیں۔
    }

## صورتحال کی تبدیلی کے ساتھ تصویر (مکمل شدہ کام کی)
staff-photo = کام کی تصویر (اختیاری)
staff-photo-hint = JPEG، PNG یا WebP فارمیٹ میں زیادہ سے زیادہ 10 MB کی تصویر۔ شہری اسے درخواست کی کارروائی کی تفصیل میں دیکھتے ہیں۔
staff-photo-hint-required = اس خدمت میں درخواست کو «مکمل» قرار دینے کے لیے مکمل شدہ کام کی تصویر ضروری ہے۔ JPEG، PNG یا WebP فارمیٹ میں زیادہ سے زیادہ 10 MB کی تصویر؛ شہری اسے کارروائی کی تفصیل میں دیکھتے ہیں۔
staff-error-completion-photo-missing = مکمل شدہ کام کی تصویر شامل کریں: اس خدمت میں درخواست کو «مکمل» قرار دینے کے لیے تصویر ضروری ہے
