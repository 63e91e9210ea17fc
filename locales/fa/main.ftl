### متن‌های رابط کاربری Civic311: فارسی.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = رفتن به محتوای اصلی
language-switcher-label = زبان
loading = در حال بارگذاری…
footer-emergency = در موارد اضطراری با 911 تماس بگیرید. این درگاه برای خدمات غیراضطراری شهرداری است.

home-title = گزارش مشکل یا درخواست خدمات شهرداری – { -product-name }
home-heading = گزارش مشکل یا درخواست خدمات شهرداری
home-intro = چاله‌های خیابان، جمع‌آوری‌نشدن زباله، دیوارنویسی و بیش از 60 مشکل غیراضطراری دیگر را به شهرداری گزارش دهید. یک شماره درخواست خدمات می‌گیرید تا بتوانید مراحل بعدی را پیگیری کنید.
home-groups-heading = موضوع چیست؟
home-report-button = گزارش مشکل
service-group-count =
    { $count ->
        [one] { $count } خدمت
       *[other] { $count } خدمت
    }
catalogue-unavailable = در حال حاضر نمی‌توان فهرست خدمات را نشان داد. لطفاً چند دقیقه دیگر دوباره تلاش کنید.

not-found-title = صفحه پیدا نشد – { -product-name }
not-found-heading = صفحه پیدا نشد
not-found-home-link = رفتن به صفحه اصلی

## ناوبری و خطاهای فرم
site-nav-label = اصلی
nav-track = پیگیری درخواست
nav-report = گزارش مشکل
error-title-prefix = خطا:
error-summary-heading = مشکلی وجود دارد

## جست‌وجوی درخواست خدمات
lookup-title = پیگیری درخواست خدمات – { -product-name }
lookup-heading = پیگیری درخواست خدمات
lookup-label = شماره درخواست خدمات
lookup-hint = شماره درخواست خدمات شما در صفحه تأیید و در ایمیل‌هایتان آمده است. این شماره شکلی مانند 2026-000123 دارد.
lookup-button = پیدا کردن درخواست من
lookup-error-format = شماره درخواست خدمات خود را به شکل 2026-000123 وارد کنید

## یک درخواست خدمات
request-title = درخواست خدمات { $number } – { -product-name }
request-heading = درخواست خدمات { $number }
request-status = وضعیت
request-service = خدمت
request-division = بخش مسئول
request-filed = تاریخ دریافت
request-expected = موعد پیش‌بینی‌شده
request-location = مکان
request-ward = منطقه
request-ward-value = منطقه { $number }: { $name }
request-due-today = موعد امروز است
request-days-left =
    { $days ->
        [one] { $days } روز مانده
       *[other] { $days } روز مانده
    }
request-days-overdue =
    { $days ->
        [one] { $days } روز از موعد پیش‌بینی‌شده گذشته
       *[other] { $days } روز از موعد پیش‌بینی‌شده گذشته
    }
request-timeline-heading = آنچه تاکنون انجام شده است
request-event-photo-alt = عکس شهرداری از کار انجام‌شده، شماره { $number }
request-unavailable = در حال حاضر نمی‌توان این درخواست خدمات را نشان داد. لطفاً چند دقیقه دیگر دوباره تلاش کنید.
request-not-found-title = درخواست خدمات پیدا نشد – { -product-name }
request-not-found-heading = این درخواست خدمات را پیدا نکردیم
request-not-found-body = هیچ درخواست خدماتی با شماره { $number } وجود ندارد. شماره را در صفحه تأیید یا ایمیل خود بررسی کنید. نمایش درخواستی که همین حالا ثبت کرده‌اید ممکن است یک دقیقه طول بکشد.
request-not-found-retry = جست‌وجوی شماره‌ای دیگر

## وضعیت‌ها به زبان ساده
status-received = دریافت شد
status-assigned = به بخش مسئول ارجاع شد
status-inspection = بازدید
status-scheduled = کار زمان‌بندی شد
status-completed = انجام شد
status-closed_referred = بسته شد – ارجاع به نهاد دیگر
status-closed_no_action = بسته شد – اقدامی لازم نیست
status-closed_duplicate = بسته شد – درخواست تکراری

## فهرست خدمات
nav-services = خدمات شهرداری
services-title = خدمات شهرداری – { -product-name }
services-heading = خدمات شهرداری
services-intro = خدمت مناسب برای مشکل خود را پیدا کنید. با کلمات خودتان جست‌وجو کنید یا خدمات را بر اساس موضوع مرور کنید.
services-search-label = جست‌وجوی خدمت
services-search-hint = برای مثال: چاله، جمع‌آوری‌نشدن زباله، سروصدا
services-search-button = جست‌وجو
services-results-heading =
    { $count ->
        [one] { $count } خدمت با «{ $query }» مطابقت دارد
       *[other] { $count } خدمت با «{ $query }» مطابقت دارد
    }
services-no-results = هیچ خدمتی با «{ $query }» مطابقت ندارد. کلمات دیگری را امتحان کنید یا موضوع‌های زیر را مرور کنید.
services-browse-heading = مرور بر اساس موضوع
service-detail-title = { $name } – { -product-name }
service-topic = موضوع
service-standard = استاندارد خدمات
service-sla-hours =
    { $count ->
        [one] تلاش ما این است که ظرف { $count } ساعت پاسخ دهیم
       *[other] تلاش ما این است که ظرف { $count } ساعت پاسخ دهیم
    }
service-sla-business-days =
    { $count ->
        [one] تلاش ما این است که ظرف { $count } روز کاری پاسخ دهیم
       *[other] تلاش ما این است که ظرف { $count } روز کاری پاسخ دهیم
    }
service-sla-calendar-days =
    { $count ->
        [one] تلاش ما این است که ظرف { $count } روز پاسخ دهیم
       *[other] تلاش ما این است که ظرف { $count } روز پاسخ دهیم
    }
service-back = همه خدمات شهرداری
service-not-found-title = خدمت پیدا نشد – { -product-name }
service-not-found-heading = این خدمت را پیدا نکردیم

## شکایت درباره یک درخواست
request-complaint-heading = از روند رسیدگی به این درخواست راضی نیستید؟
request-complaint-overdue = موعد پیش‌بینی‌شده گذشته است و این درخواست هنوز بسته نشده است. می‌توانید شکایت ثبت کنید: یک سرپرست باید ظرف 5 روز کاری به آن پاسخ دهد، وگرنه شکایت به مدیریت بخش مسئول ارجاع می‌شود.
request-complaint-closed = اگر مشکل برطرف نشده است یا با نحوه بسته شدن این درخواست موافق نیستید، می‌توانید شکایت ثبت کنید: یک سرپرست باید ظرف 5 روز کاری به آن پاسخ دهد، وگرنه شکایت به مدیریت بخش مسئول ارجاع می‌شود.
request-complaint-details = چه مشکلی وجود دارد؟
request-complaint-details-hint = برای مثال: پس از بسته شدن درخواست، چاله خیابان هنوز باقی است.
request-complaint-email = نشانی ایمیل (اختیاری)
request-complaint-email-hint = تا بتوانیم پاسخ را به اطلاع شما برسانیم. این نشانی هرگز به‌طور عمومی نمایش داده نمی‌شود.
request-complaint-submit = ثبت شکایت
request-complaint-filed = شکایت شما ثبت شد. این شکایت در فهرست رویدادهای زیر نمایش داده می‌شود.
request-complaint-pending = یک شکایت درباره این درخواست در انتظار پاسخ است؛ پاسخ تا { $date } پیش‌بینی می‌شود.
request-complaint-escalated = پاسخ به‌موقع داده نشد، بنابراین شکایت به مدیریت بخش مسئول ارجاع شد.
request-complaint-error-details = بنویسید چه مشکلی وجود دارد
request-complaint-error-too-long = شکایت باید حداکثر 2000 نویسه باشد
status-complaint = شکایت ثبت شد
status-escalated = شکایت به مدیریت بخش مسئول ارجاع شد
