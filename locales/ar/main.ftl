### نصوص واجهة Civic311: العربية.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = الانتقال إلى المحتوى الرئيسي
language-switcher-label = اللغة
loading = جارٍ التحميل…
footer-emergency = في حالات الطوارئ، اتصل بالرقم 911. هذه البوابة مخصّصة لخدمات المدينة غير الطارئة.

home-title = أبلغ عن مشكلة أو اطلب خدمة من المدينة – { -product-name }
home-heading = أبلغ عن مشكلة أو اطلب خدمة من المدينة
home-intro = أبلغ المدينة عن حفرة في الطريق، أو نفايات لم تُجمع، أو كتابات على الجدران، وأكثر من 60 مشكلة أخرى غير طارئة. ستحصل على رقم طلب خدمة لتتابع ما يحدث بعد ذلك.
home-groups-heading = بمَ يتعلق الأمر؟
home-report-button = أبلغ عن مشكلة
service-group-count =
    { $count ->
        [zero] { $count } خدمة
        [one] { $count } خدمة
        [two] { $count } خدمتان
        [few] { $count } خدمات
        [many] { $count } خدمة
       *[other] { $count } خدمة
    }
catalogue-unavailable = لا يمكن عرض قائمة الخدمات الآن. يُرجى المحاولة مرة أخرى بعد بضع دقائق.

not-found-title = الصفحة غير موجودة – { -product-name }
not-found-heading = الصفحة غير موجودة
not-found-home-link = الانتقال إلى الصفحة الرئيسية

## التنقل وأخطاء النماذج
site-nav-label = الرئيسية
nav-track = تتبّع طلب
nav-report = الإبلاغ عن مشكلة
error-title-prefix = خطأ:
error-summary-heading = هناك مشكلة

## البحث عن طلب خدمة
lookup-title = تتبّع طلب خدمة – { -product-name }
lookup-heading = تتبّع طلب خدمة
lookup-label = رقم طلب الخدمة
lookup-hint = تجد رقم طلب الخدمة في صفحة التأكيد وفي رسائل البريد الإلكتروني التي وصلتك. يبدو الرقم هكذا: 2026-000123.
lookup-button = ابحث عن طلبي
lookup-error-format = أدخل رقم طلب الخدمة بالصيغة 2026-000123

## طلب خدمة واحد
request-title = طلب الخدمة { $number } – { -product-name }
request-heading = طلب الخدمة { $number }
request-status = الحالة
request-service = الخدمة
request-division = الجهة المسؤولة
request-filed = تاريخ الاستلام
request-expected = الموعد المتوقع
request-location = الموقع
request-ward = الدائرة
request-ward-value = الدائرة { $number }: { $name }
request-due-today = الموعد اليوم
request-days-left =
    { $days ->
        [zero] بقي { $days } يوم
        [one] بقي { $days } يوم
        [two] بقي { $days } يومان
        [few] بقيت { $days } أيام
        [many] بقي { $days } يومًا
       *[other] بقي { $days } يوم
    }
request-days-overdue =
    { $days ->
        [zero] { $days } يوم بعد الموعد المتوقع
        [one] { $days } يوم بعد الموعد المتوقع
        [two] { $days } يومان بعد الموعد المتوقع
        [few] { $days } أيام بعد الموعد المتوقع
        [many] { $days } يومًا بعد الموعد المتوقع
       *[other] { $days } يوم بعد الموعد المتوقع
    }
request-timeline-heading = ما حدث حتى الآن
request-event-photo-alt = صورة من المدينة للعمل المنجز، رقم { $number }
request-unavailable = لا يمكن عرض طلب الخدمة هذا الآن. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
request-not-found-title = طلب الخدمة غير موجود – { -product-name }
request-not-found-heading = لم نتمكن من العثور على طلب الخدمة هذا
request-not-found-body = لا يوجد طلب خدمة بالرقم { $number }. تحقّق من الرقم في صفحة التأكيد أو في رسالة البريد الإلكتروني. قد يستغرق ظهور الطلب الذي قدّمته للتو دقيقة واحدة.
request-not-found-retry = البحث عن رقم آخر

## الحالات بلغة واضحة
status-received = تم الاستلام
status-assigned = أُحيل إلى القسم المختص
status-inspection = المعاينة
status-scheduled = تمت جدولة العمل
status-completed = اكتمل
status-closed_referred = مغلق – أُحيل إلى جهة أخرى
status-closed_no_action = مغلق – لا يلزم أي إجراء
status-closed_duplicate = مغلق – طلب مكرر

## دليل الخدمات
nav-services = خدمات المدينة
services-title = خدمات المدينة – { -product-name }
services-heading = خدمات المدينة
services-intro = ابحث عن الخدمة المناسبة لمشكلتك. ابحث بكلماتك الخاصة، أو تصفّح حسب الموضوع.
services-search-label = ابحث عن خدمة
services-search-hint = على سبيل المثال: حفرة، نفايات لم تُجمع، ضوضاء
services-search-button = بحث
services-results-heading =
    { $count ->
        [zero] { $count } خدمة تطابق «{ $query }»
        [one] { $count } خدمة تطابق «{ $query }»
        [two] { $count } خدمتان تطابقان «{ $query }»
        [few] { $count } خدمات تطابق «{ $query }»
        [many] { $count } خدمة تطابق «{ $query }»
       *[other] { $count } خدمة تطابق «{ $query }»
    }
services-no-results = لا توجد خدمة تطابق «{ $query }». جرّب كلمات أخرى، أو تصفّح المواضيع أدناه.
services-browse-heading = تصفّح حسب الموضوع
service-detail-title = { $name } – { -product-name }
service-topic = الموضوع
service-standard = معيار الخدمة
service-sla-hours =
    { $count ->
        [zero] نسعى إلى الرد خلال { $count } ساعة
        [one] نسعى إلى الرد خلال { $count } ساعة
        [two] نسعى إلى الرد خلال { $count } ساعتين
        [few] نسعى إلى الرد خلال { $count } ساعات
        [many] نسعى إلى الرد خلال { $count } ساعة
       *[other] نسعى إلى الرد خلال { $count } ساعة
    }
service-sla-business-days =
    { $count ->
        [zero] نسعى إلى الرد خلال { $count } يوم عمل
        [one] نسعى إلى الرد خلال { $count } يوم عمل
        [two] نسعى إلى الرد خلال { $count } يومَي عمل
        [few] نسعى إلى الرد خلال { $count } أيام عمل
        [many] نسعى إلى الرد خلال { $count } يوم عمل
       *[other] نسعى إلى الرد خلال { $count } يوم عمل
    }
service-sla-calendar-days =
    { $count ->
        [zero] نسعى إلى الرد خلال { $count } يوم
        [one] نسعى إلى الرد خلال { $count } يوم
        [two] نسعى إلى الرد خلال { $count } يومين
        [few] نسعى إلى الرد خلال { $count } أيام
        [many] نسعى إلى الرد خلال { $count } يومًا
       *[other] نسعى إلى الرد خلال { $count } يوم
    }
service-back = جميع خدمات المدينة
service-not-found-title = الخدمة غير موجودة – { -product-name }
service-not-found-heading = لم نتمكن من العثور على هذه الخدمة

## الشكاوى بشأن طلب خدمة
request-complaint-heading = هل أنت غير راضٍ عن سير هذا الطلب؟
request-complaint-overdue = لقد مضى الموعد المتوقع ولم يُغلق هذا الطلب بعد. يمكنك تقديم شكوى: يجب أن يرد عليها مشرف خلال 5 أيام عمل، وإلا فإنها تُحال إلى إدارة القسم المختص.
request-complaint-closed = إذا لم تُحل المشكلة، أو كنت لا توافق على طريقة إغلاق هذا الطلب، يمكنك تقديم شكوى: يجب أن يرد عليها مشرف خلال 5 أيام عمل، وإلا فإنها تُحال إلى إدارة القسم المختص.
request-complaint-details = ما المشكلة؟
request-complaint-details-hint = على سبيل المثال: لا تزال الحفرة موجودة في الطريق بعد إغلاق الطلب.
request-complaint-email = عنوان البريد الإلكتروني (اختياري)
request-complaint-email-hint = لكي نتمكن من إبلاغك بالرد. لا يُعرض علنًا أبدًا.
request-complaint-submit = تقديم شكوى
request-complaint-filed = تم تقديم شكواك، وهي تظهر في السجل الزمني أدناه.
request-complaint-pending = توجد شكوى بشأن هذا الطلب بانتظار الرد، ومن المتوقع الرد عليها بحلول { $date }.
request-complaint-escalated = تأخّر الرد، لذلك أُحيلت الشكوى إلى إدارة القسم المختص.
request-complaint-error-details = أخبرنا ما المشكلة
request-complaint-error-too-long = يجب ألا يزيد عدد أحرف الشكوى على 2000
status-complaint = قُدّمت شكوى
status-escalated = أُحيلت الشكوى إلى إدارة القسم المختص
