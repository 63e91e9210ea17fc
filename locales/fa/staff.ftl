### کنسول کارکنان: ورود، صف درخواست‌ها، تغییر وضعیت درخواست، ثبت وقایع ممیزی.

staff-page-title = { $heading } – کارکنان { -product-name }
staff-unavailable = در حال حاضر نمی‌توان کنسول کارکنان را نشان داد. لطفاً چند دقیقه دیگر دوباره تلاش کنید.
staff-forbidden-heading = نمی‌توانید این صفحه را باز کنید
staff-forbidden-body = حساب کاربری شما به این بخش از کنسول کارکنان دسترسی ندارد. اگر به آن نیاز دارید، از یکی از مدیران سامانه بخواهید.

## ورود
staff-login-heading = ورود کارکنان
staff-password = گذرواژه
staff-sign-in = ورود
staff-sign-out = خروج
staff-signed-in-as = وارد شده با نام { $name }
staff-login-error-wrong = نشانی ایمیل یا گذرواژه درست نیست
staff-login-error-locked = تعداد تلاش‌ها برای ورود بیش از حد بوده است. 15 دقیقه صبر کنید و سپس دوباره تلاش کنید.
staff-error-csrf = این فرم منقضی شده بود. صفحه را دوباره بارگذاری کنید و دوباره تلاش کنید.

## صف درخواست‌ها
staff-queue-heading = صف درخواست‌های خدمات
staff-filter-any = همه
staff-filter-overdue = فقط درخواست‌هایی که از موعد پیش‌بینی‌شده گذشته‌اند
staff-filter-complaints = فقط درخواست‌هایی که شکایتی در انتظار پاسخ دارند
staff-filter-apply = نمایش درخواست‌ها
staff-queue-empty = هیچ درخواست خدماتی با این فیلترها مطابقت ندارد.
staff-column-number = شماره درخواست خدمات
staff-complaint-due = شکایت: پاسخ تا { $date }
staff-complaint-escalated = شکایت به سطح بالاتر ارجاع شد: پاسخ به‌موقع داده نشد

## یک درخواست
staff-change-heading = تغییر وضعیت
staff-new-status = وضعیت جدید
staff-reason = دلیل بستن
staff-reason-hint = وقتی وضعیت جدید درخواست را می‌بندد، لازم است. دلیل باید با وضعیت سازگار باشد.
staff-reason-none = بدون دلیل: درخواست باز می‌ماند
staff-public-note = یادداشت عمومی
staff-public-note-hint = شهروند این یادداشت را در صفحه وضعیت می‌بیند. هنگام بستن درخواست، بنویسید چه کاری انجام شد یا چرا هیچ کاری انجام نشد.
staff-internal-note = یادداشت داخلی
staff-internal-note-hint = فقط کارکنان این را می‌بینند.
staff-save = ذخیره تغییر
staff-saved = تغییر ذخیره شد.
staff-history-heading = سابقه کامل
staff-error-status = یک وضعیت را از فهرست انتخاب کنید
staff-error-reason-missing = دلیلی برای بستن درخواست انتخاب کنید
staff-error-reason-mismatch = این دلیل با وضعیت جدید سازگار نیست. دلیلی انتخاب کنید که با آن مطابقت داشته باشد.
staff-error-note-missing = یک یادداشت عمومی بنویسید که به شهروند بگوید چه کاری انجام شد یا چرا هیچ کاری انجام نشد
staff-error-reason-open = دلیل بستن فقط برای وضعیت‌هایی است که درخواست را می‌بندند

## دلایل بستن
staff-reason-repaired = تعمیر شد
staff-reason-cleaned = پاک‌سازی شد
staff-reason-removed = برداشته شد
staff-reason-other-government = به سطح دیگری از دولت ارجاع شد
staff-reason-utility-company = به شرکت خدمات عمومی یا شرکت مالک آن ارجاع شد
staff-reason-private-property = در ملک خصوصی: به مالک ارجاع شد
staff-reason-not-found = بازدید شد: مشکلی پیدا نشد
staff-reason-already-resolved = پیش از رسیدن گروه کاری برطرف شده بود
staff-reason-meets-standard = بازدید شد: مطابق استاندارد شهرداری است
staff-reason-duplicate = تکرار یک درخواست دیگر

## ثبت وقایع ممیزی
staff-audit-heading = ثبت وقایع ممیزی
staff-column-when = زمان
staff-column-who = کاربر
staff-column-action = اقدام
staff-column-detail = جزئیات
staff-action-login = وارد شد
staff-action-logout = خارج شد
staff-action-login-failed = ورود ناموفق
staff-action-login-locked = ورود رد شد: تلاش‌های بیش از حد
staff-action-status-change = وضعیت تغییر کرد
staff-action-escalation = شکایت به‌طور خودکار به سطح بالاتر ارجاع شد: مهلت پاسخ‌گویی (SLA) آن به پایان رسید

## تغییر هم‌زمان چند درخواست از صف درخواست‌ها
staff-bulk-column = انتخاب
staff-bulk-select = انتخاب درخواست { $number }
staff-bulk-heading = تغییر درخواست‌های انتخاب‌شده
staff-bulk-hint = درخواست‌ها را در جدول علامت بزنید و سپس تغییر را انتخاب کنید. همه درخواست‌ها وضعیت، دلیل و یادداشت‌های یکسانی می‌گیرند و برای هر کدام سطری جداگانه در سابقه‌اش ثبت می‌شود.
staff-bulk-button = تغییر درخواست‌های انتخاب‌شده
staff-bulk-saved =
    { $count ->
        [one] { $count } درخواست تغییر داده شد.
       *[other] { $count } درخواست تغییر داده شد.
    }
staff-error-none-selected = دست‌کم یک درخواست را در جدول انتخاب کنید.
staff-bulk-skipped =
    { $count ->
        [one] { $count } درخواست تغییر داده نشد: برای تغییر وضعیت آن به «انجام شد» عکسی از کار انجام‌شده لازم است. آن را باز کنید و عکس اضافه کنید.
       *[other] { $count } درخواست تغییر داده نشد: برای تغییر وضعیت آن‌ها به «انجام شد» عکسی از کار انجام‌شده لازم است. هر کدام را باز کنید و عکس اضافه کنید.
    }

## عکس همراه با تغییر وضعیت (از کار انجام‌شده)
staff-photo = عکس کار (اختیاری)
staff-photo-hint = تصویری با قالب JPEG، PNG یا WebP و حجم حداکثر 10 مگابایت. شهروندان آن را در فهرست رویدادهای درخواست می‌بینند.
staff-photo-hint-required = در این خدمت، برای تغییر وضعیت درخواست به «انجام شد» عکسی از کار انجام‌شده لازم است. تصویری با قالب JPEG، PNG یا WebP و حجم حداکثر 10 مگابایت؛ شهروندان آن را در فهرست رویدادها می‌بینند.
staff-error-completion-photo-missing = عکسی از کار انجام‌شده اضافه کنید: در این خدمت، برای تغییر وضعیت درخواست به «انجام شد» عکس لازم است
