### متن‌های رابط کاربری Civic311: دری (افغانستان).

-product-name = Civic311

site-name = { -product-name }
skip-to-content = رفتن به محتوای اصلی
language-switcher-label = زبان
loading = در حال بارگیری…
footer-emergency = در حالات عاجل به 911 زنگ بزنید. این پورتال برای خدمات غیرعاجل شاروالی است.

home-title = یک مشکل را گزارش دهید یا خدمات شاروالی را درخواست کنید – { -product-name }
home-heading = یک مشکل را گزارش دهید یا خدمات شاروالی را درخواست کنید
home-intro = چاله‌های سرک، جمع‌آوری نشدن زباله، دیوارنویسی و بیشتر از 60 مشکل غیرعاجل دیگر را به شاروالی گزارش دهید. شما یک نمبر درخواست خدمات می‌گیرید تا کارهای بعدی را تعقیب کنید.
home-groups-heading = موضوع درباره چیست؟
home-report-button = یک مشکل را گزارش دهید
service-group-count =
    { $count ->
        [one] { $count } خدمت
       *[other] { $count } خدمت
    }
catalogue-unavailable = فعلاً لست خدمات نشان داده نمی‌شود. لطفاً چند دقیقه بعد دوباره کوشش کنید.

not-found-title = صفحه پیدا نشد – { -product-name }
not-found-heading = صفحه پیدا نشد
not-found-home-link = رفتن به صفحه اصلی

## رهنمایی و خطاهای فورم
site-nav-label = اصلی
nav-track = تعقیب درخواست
nav-report = گزارش یک مشکل
error-title-prefix = خطا:
error-summary-heading = یک مشکل وجود دارد

## پیدا کردن درخواست خدمات
lookup-title = تعقیب درخواست خدمات – { -product-name }
lookup-heading = تعقیب درخواست خدمات
lookup-label = نمبر درخواست خدمات
lookup-hint = نمبر درخواست خدمات شما در صفحه تأیید و در ایمیل‌های شما درج شده است. این نمبر شکلی مانند 2026-000123 دارد.
lookup-button = درخواست مرا پیدا کنید
lookup-error-format = نمبر درخواست خدمات خود را به شکل 2026-000123 درج کنید

## یک درخواست خدمات
request-title = درخواست خدمات { $number } – { -product-name }
request-heading = درخواست خدمات { $number }
request-status = وضعیت
request-service = خدمت
request-division = بخش مسئول
request-filed = تاریخ دریافت
request-expected = تاریخ پیش‌بینی‌شده
request-location = موقعیت
request-ward = ناحیه
request-ward-value = ناحیه { $number }: { $name }
request-due-today = موعد آن امروز است
request-days-left =
    { $days ->
        [one] { $days } روز باقی مانده
       *[other] { $days } روز باقی مانده
    }
request-days-overdue =
    { $days ->
        [one] { $days } روز از تاریخ پیش‌بینی‌شده گذشته
       *[other] { $days } روز از تاریخ پیش‌بینی‌شده گذشته
    }
request-timeline-heading = آنچه تا حال انجام شده است
request-event-photo-alt = عکس شاروالی از کار انجام‌شده، شماره { $number }
request-unavailable = فعلاً این درخواست خدمات نشان داده نمی‌شود. لطفاً چند دقیقه بعد دوباره کوشش کنید.
request-not-found-title = درخواست خدمات پیدا نشد – { -product-name }
request-not-found-heading = ما این درخواست خدمات را پیدا کرده نمی‌توانیم
request-not-found-body = هیچ درخواست خدماتی با نمبر { $number } وجود ندارد. نمبر را در صفحه تأیید یا ایمیل خود چک کنید. درخواستی که همین حالا ثبت کرده‌اید ممکن است تا یک دقیقه بعد نشان داده شود.
request-not-found-retry = جستجوی یک نمبر دیگر

## وضعیت‌ها به زبان ساده
status-received = دریافت شد
status-assigned = به بخش مسئول سپرده شد
status-inspection = بررسی ساحوی
status-scheduled = وقت کار تعیین شد
status-completed = تکمیل شد
status-closed_referred = بسته شد – به اداره دیگر راجع شد
status-closed_no_action = بسته شد – اقدامی لازم نیست
status-closed_duplicate = بسته شد – درخواست تکراری

## فهرست خدمات
nav-services = خدمات شاروالی
services-title = خدمات شاروالی – { -product-name }
services-heading = خدمات شاروالی
services-intro = خدمت مناسب برای مشکل خود را پیدا کنید. با کلمات خود جستجو کنید یا خدمات را بر اساس موضوع ببینید.
services-search-label = جستجوی خدمت
services-search-hint = به طور مثال: چاله سرک، زباله جمع‌آوری نشده، سر و صدا
services-search-button = جستجو
services-results-heading =
    { $count ->
        [one] { $count } خدمت با «{ $query }» مطابقت دارد
       *[other] { $count } خدمت با «{ $query }» مطابقت دارد
    }
services-no-results = هیچ خدمتی با «{ $query }» مطابقت ندارد. کلمات دیگر را امتحان کنید یا موضوعات پایین را ببینید.
services-browse-heading = دیدن خدمات بر اساس موضوع
service-detail-title = { $name } – { -product-name }
service-topic = موضوع
service-standard = معیار خدمات
service-sla-hours =
    { $count ->
        [one] کوشش ما این است که در ظرف { $count } ساعت جواب بدهیم
       *[other] کوشش ما این است که در ظرف { $count } ساعت جواب بدهیم
    }
service-sla-business-days =
    { $count ->
        [one] کوشش ما این است که در ظرف { $count } روز کاری جواب بدهیم
       *[other] کوشش ما این است که در ظرف { $count } روز کاری جواب بدهیم
    }
service-sla-calendar-days =
    { $count ->
        [one] کوشش ما این است که در ظرف { $count } روز جواب بدهیم
       *[other] کوشش ما این است که در ظرف { $count } روز جواب بدهیم
    }
service-back = همه خدمات شاروالی
service-not-found-title = خدمت پیدا نشد – { -product-name }
service-not-found-heading = ما این خدمت را پیدا کرده نمی‌توانیم

## شکایت در مورد یک درخواست
request-complaint-heading = از پیشرفت کار این درخواست راضی نیستید؟
request-complaint-overdue = تاریخ پیش‌بینی‌شده گذشته است و این درخواست هنوز بسته نشده است. شما می‌توانید شکایت ثبت کنید: یک سرپرست باید در ظرف 5 روز کاری به آن جواب بدهد، در غیر آن شکایت به مدیریت بخش مسئول فرستاده می‌شود.
request-complaint-closed = اگر مشکل حل نشده است، یا با طریقه بسته شدن این درخواست موافق نیستید، می‌توانید شکایت ثبت کنید: یک سرپرست باید در ظرف 5 روز کاری به آن جواب بدهد، در غیر آن شکایت به مدیریت بخش مسئول فرستاده می‌شود.
request-complaint-details = مشکل چیست؟
request-complaint-details-hint = به طور مثال: چاله سرک بعد از بسته شدن درخواست هنوز هم موجود است.
request-complaint-email = آدرس ایمیل (اختیاری)
request-complaint-email-hint = تا بتوانیم جواب را به شما اطلاع بدهیم. این آدرس هرگز به طور عمومی نشان داده نمی‌شود.
request-complaint-submit = ثبت شکایت
request-complaint-filed = شکایت شما ثبت شد. این شکایت در فهرست رویدادهای پایین نشان داده می‌شود.
request-complaint-pending = یک شکایت در مورد این درخواست منتظر جواب است؛ جواب تا { $date } پیش‌بینی می‌شود.
request-complaint-escalated = جواب به وقت داده نشد، بنابراین شکایت به مدیریت بخش مسئول فرستاده شد.
request-complaint-error-details = برای ما بنویسید که مشکل چیست
request-complaint-error-too-long = شکایت باید 2000 حرف یا کمتر باشد
status-complaint = شکایت ثبت شد
status-escalated = شکایت به مدیریت بخش مسئول فرستاده شد
