### کنسول کارمندان: داخل شدن، صف درخواست‌ها، تغییر وضعیت درخواست، ثبت وقایع تفتیش.

staff-page-title = { $heading } – کارمندان { -product-name }
staff-unavailable = فعلاً کنسول کارمندان نشان داده نمی‌شود. لطفاً چند دقیقه بعد دوباره کوشش کنید.
staff-forbidden-heading = شما این صفحه را باز کرده نمی‌توانید
staff-forbidden-body = حساب شما به این بخش کنسول کارمندان دسترسی ندارد. اگر به آن ضرورت دارید، از یک مدیر سیستم بخواهید.

## داخل شدن
staff-login-heading = داخل شدن کارمندان
staff-password = رمز عبور
staff-sign-in = داخل شوید
staff-sign-out = خارج شوید
staff-signed-in-as = داخل شده به نام { $name }
staff-login-error-wrong = آدرس ایمیل یا رمز عبور درست نیست
staff-login-error-locked = برای داخل شدن بیش از حد کوشش شده است. 15 دقیقه صبر کنید، بعد دوباره کوشش کنید.
staff-error-csrf = فورم کهنه شده بود. صفحه را تازه کنید و دوباره کوشش کنید.

## صف درخواست‌ها
staff-queue-heading = صف درخواست‌های خدمات
staff-filter-any = هر کدام
staff-filter-overdue = تنها درخواست‌هایی که از تاریخ پیش‌بینی‌شده گذشته‌اند
staff-filter-complaints = تنها درخواست‌هایی که شکایتی منتظر جواب دارند
staff-filter-apply = نشان دادن درخواست‌ها
staff-queue-empty = هیچ درخواست خدماتی با این فلترها مطابقت ندارد.
staff-column-number = نمبر درخواست خدمات
staff-complaint-due = شکایت: جواب تا { $date }
staff-complaint-escalated = شکایت به سطح بالاتر فرستاده شد: جواب به وقت داده نشد

## یک درخواست
staff-change-heading = تغییر وضعیت
staff-new-status = وضعیت نو
staff-reason = دلیل بستن
staff-reason-hint = وقتی وضعیت نو درخواست را می‌بندد، ضروری است. دلیل باید با وضعیت مطابقت داشته باشد.
staff-reason-none = بدون دلیل: درخواست باز می‌ماند
staff-public-note = یادداشت عمومی
staff-public-note-hint = باشنده این را در صفحه وضعیت می‌بیند. هنگام بستن، بنویسید چه کاری انجام شد، یا چرا هیچ کاری انجام نشد.
staff-internal-note = یادداشت داخلی
staff-internal-note-hint = تنها کارمندان این را می‌بینند.
staff-save = ذخیره کردن تغییر
staff-saved = تغییر ذخیره شد.
staff-history-heading = تاریخچه کامل
staff-error-status = یک وضعیت را از لست انتخاب کنید
staff-error-reason-missing = یک دلیل برای بستن درخواست انتخاب کنید
staff-error-reason-mismatch = این دلیل با وضعیت نو مطابقت ندارد. دلیلی را انتخاب کنید که با آن مطابقت داشته باشد.
staff-error-note-missing = یک یادداشت عمومی بنویسید که به باشنده بگوید چه کاری انجام شد، یا چرا هیچ کاری انجام نشد
staff-error-reason-open = دلیل بستن تنها برای وضعیت‌هایی است که درخواست را می‌بندند

## دلایل بستن
staff-reason-repaired = ترمیم شد
staff-reason-cleaned = پاک‌کاری شد
staff-reason-removed = برداشته شد
staff-reason-other-government = به سطح دیگر حکومت راجع شد
staff-reason-utility-company = به شرکت خدمات عامه یا شرکتی که مالک آن است راجع شد
staff-reason-private-property = در ملکیت شخصی: به مالک راجع شد
staff-reason-not-found = بررسی شد: مشکلی پیدا نشد
staff-reason-already-resolved = پیش از رسیدن تیم کاری حل شده بود
staff-reason-meets-standard = بررسی شد: مطابق معیار شاروالی است
staff-reason-duplicate = تکرار یک درخواست دیگر

## ثبت وقایع تفتیش
staff-audit-heading = ثبت وقایع تفتیش
staff-column-when = زمان
staff-column-who = کاربر
staff-column-action = اقدام
staff-column-detail = جزئیات
staff-action-login = داخل شد
staff-action-logout = خارج شد
staff-action-login-failed = داخل شدن ناکام
staff-action-login-locked = داخل شدن رد شد: کوشش‌های بیش از حد
staff-action-status-change = وضعیت تغییر کرد
staff-action-escalation = شکایت به طور خودکار به سطح بالاتر فرستاده شد: مهلت جواب‌دهی (SLA) آن گذشت

## تغییر دادن چند درخواست به یک بار از صف درخواست‌ها
staff-bulk-column = انتخاب
staff-bulk-select = انتخاب درخواست { $number }
staff-bulk-heading = تغییر دادن درخواست‌های انتخاب‌شده
staff-bulk-hint = درخواست‌ها را در جدول علامت بزنید، بعد تغییر را انتخاب کنید. هر درخواست عین وضعیت، دلیل و یادداشت‌ها را می‌گیرد و در تاریخچه خود یک سطر جداگانه دارد.
staff-bulk-button = تغییر دادن درخواست‌های انتخاب‌شده
staff-bulk-saved =
    { $count ->
        [one] { $count } درخواست تغییر داده شد.
       *[other] { $count } درخواست تغییر داده شد.
    }
staff-error-none-selected = حد اقل یک درخواست را در جدول انتخاب کنید.
staff-bulk-skipped =
    { $count ->
        [one] { $count } درخواست تغییر داده نشد: برای تغییر وضعیت آن به «تکمیل شد» یک عکس از کار تکمیل‌شده لازم است. آن را باز کنید تا عکس اضافه کنید.
       *[other] { $count } درخواست تغییر داده نشد: برای تغییر وضعیت آن‌ها به «تکمیل شد» یک عکس از کار تکمیل‌شده لازم است. هر کدام را باز کنید تا عکس اضافه کنید.
    }

## عکس همراه با تغییر وضعیت (از کار تکمیل‌شده)
staff-photo = عکس کار (اختیاری)
staff-photo-hint = یک تصویر JPEG، PNG یا WebP تا 10 میگابایت. باشنده‌ها آن را در فهرست رویدادهای درخواست می‌بینند.
staff-photo-hint-required = در این خدمت، برای تغییر وضعیت درخواست به «تکمیل شد» یک عکس از کار تکمیل‌شده لازم است. یک تصویر JPEG، PNG یا WebP تا 10 میگابایت؛ باشنده‌ها آن را در فهرست رویدادها می‌بینند.
staff-error-completion-photo-missing = یک عکس از کار تکمیل‌شده اضافه کنید: در این خدمت، برای تغییر وضعیت درخواست به «تکمیل شد» عکس لازم است
