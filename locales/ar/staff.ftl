### لوحة الموظفين: تسجيل الدخول، وقائمة الانتظار، وتغيير حالة الطلب، وسجل التدقيق.

staff-page-title = { $heading } – موظفو { -product-name }
staff-unavailable = لا يمكن عرض لوحة الموظفين الآن. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
staff-forbidden-heading = لا يمكنك فتح هذه الصفحة
staff-forbidden-body = ليس لحسابك صلاحية الوصول إلى هذا الجزء من لوحة الموظفين. اطلب ذلك من أحد المسؤولين إذا كنت بحاجة إليه.

## تسجيل الدخول
staff-login-heading = تسجيل دخول الموظفين
staff-password = كلمة المرور
staff-sign-in = تسجيل الدخول
staff-sign-out = تسجيل الخروج
staff-signed-in-as = مسجَّل الدخول باسم { $name }
staff-login-error-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح
staff-login-error-locked = محاولات تسجيل دخول كثيرة جدًا. انتظر 15 دقيقة، ثم حاول مرة أخرى.
staff-error-csrf = انتهت صلاحية النموذج. أعد تحميل الصفحة وحاول مرة أخرى.

## قائمة الانتظار
staff-queue-heading = قائمة انتظار طلبات الخدمة
staff-filter-any = الكل
staff-filter-overdue = الطلبات التي تجاوزت موعدها المتوقع فقط
staff-filter-complaints = الطلبات التي لديها شكوى بانتظار الرد فقط
staff-filter-apply = عرض الطلبات
staff-queue-empty = لا توجد طلبات خدمة تطابق عوامل التصفية هذه.
staff-column-number = رقم طلب الخدمة
staff-complaint-due = شكوى: الرد بحلول { $date }
staff-complaint-escalated = أُحيلت الشكوى إلى مستوى أعلى: تأخّر الرد

## طلب واحد
staff-change-heading = تغيير الحالة
staff-new-status = الحالة الجديدة
staff-reason = سبب الإغلاق
staff-reason-hint = مطلوب عندما تؤدي الحالة الجديدة إلى إغلاق الطلب. يجب أن يتوافق مع الحالة.
staff-reason-none = بلا سبب: يبقى الطلب مفتوحًا
staff-public-note = ملاحظة علنية
staff-public-note-hint = يرى المقيم هذه الملاحظة في صفحة الحالة. عند الإغلاق، اذكر ما تم إنجازه، أو سبب عدم اتخاذ أي إجراء.
staff-internal-note = ملاحظة داخلية
staff-internal-note-hint = لا يراها إلا الموظفون.
staff-save = حفظ التغيير
staff-saved = تم حفظ التغيير.
staff-history-heading = السجل الكامل
staff-error-status = اختر حالة من القائمة
staff-error-reason-missing = اختر سببًا لإغلاق الطلب
staff-error-reason-mismatch = هذا السبب لا يتوافق مع الحالة الجديدة. اختر سببًا يتوافق معها.
staff-error-note-missing = اكتب ملاحظة علنية تُخبر المقيم بما تم إنجازه، أو بسبب عدم اتخاذ أي إجراء
staff-error-reason-open = سبب الإغلاق مخصّص فقط للحالات التي تُغلق الطلب

## أسباب الإغلاق
staff-reason-repaired = تم الإصلاح
staff-reason-cleaned = تم التنظيف
staff-reason-removed = تمت الإزالة
staff-reason-other-government = أُحيل إلى مستوى حكومي آخر
staff-reason-utility-company = أُحيل إلى شركة المرافق أو الشركة المالكة
staff-reason-private-property = على ملكية خاصة: أُحيل إلى المالك
staff-reason-not-found = تمت المعاينة: لم يُعثر على أي مشكلة
staff-reason-already-resolved = حُلّت المشكلة قبل وصول فريق العمل
staff-reason-meets-standard = تمت المعاينة: يستوفي معيار المدينة
staff-reason-duplicate = تكرار لطلب آخر

## سجل التدقيق
staff-audit-heading = سجل التدقيق
staff-column-when = الوقت
staff-column-who = المستخدم
staff-column-action = الإجراء
staff-column-detail = التفاصيل
staff-action-login = تسجيل الدخول
staff-action-logout = تسجيل الخروج
staff-action-login-failed = فشل تسجيل الدخول
staff-action-login-locked = رُفض تسجيل الدخول: محاولات كثيرة جدًا
staff-action-status-change = تغيير الحالة
staff-action-escalation = أُحيلت الشكوى تلقائيًا إلى مستوى أعلى: انقضت مهلة اتفاقية مستوى الخدمة (SLA)

## تغيير عدة طلبات دفعة واحدة من قائمة الانتظار
staff-bulk-column = تحديد
staff-bulk-select = تحديد الطلب { $number }
staff-bulk-heading = تغيير الطلبات المحددة
staff-bulk-hint = حدِّد الطلبات في الجدول، ثم اختر التغيير. يحصل كل طلب على الحالة نفسها والسبب نفسه والملاحظات نفسها، وعلى سطر خاص به في سجله.
staff-bulk-button = تغيير الطلبات المحددة
staff-bulk-saved =
    { $count ->
        [zero] لم يُغيَّر أي طلب.
        [one] تم تغيير طلب واحد.
        [two] تم تغيير طلبين.
        [few] تم تغيير { $count } طلبات.
        [many] تم تغيير { $count } طلبًا.
       *[other] تم تغيير { $count } طلب.
    }
staff-error-none-selected = حدِّد طلبًا واحدًا على الأقل في الجدول.
staff-bulk-skipped =
    { $count ->
        [zero] لم يبقَ أي طلب دون تغيير.
        [one] لم يتم تغيير طلب واحد: يتطلب تغيير حالته إلى «اكتمل» صورةً للعمل المنجز. افتحه لإضافة صورة.
        [two] لم يتم تغيير طلبين: يتطلب تغيير حالتهما إلى «اكتمل» صورةً للعمل المنجز. افتح كلًّا منهما لإضافة صورة.
        [few] لم يتم تغيير { $count } طلبات: يتطلب تغيير حالتها إلى «اكتمل» صورةً للعمل المنجز. افتح كل طلب منها لإضافة صورة.
        [many] لم يتم تغيير { $count } طلبًا: يتطلب تغيير حالتها إلى «اكتمل» صورةً للعمل المنجز. افتح كل طلب منها لإضافة صورة.
       *[other] لم يتم تغيير { $count } طلب: يتطلب تغيير حالتها إلى «اكتمل» صورةً للعمل المنجز. افتح كل طلب منها لإضافة صورة.
    }

## صورة مرفقة بتغيير الحالة (للعمل المنجز)
staff-photo = صورة للعمل (اختيارية)
staff-photo-hint = صورة بصيغة JPEG أو PNG أو WebP لا يتجاوز حجمها 10 ميغابايت. يراها المقيمون في السجل الزمني للطلب.
staff-photo-hint-required = تتطلب هذه الخدمة صورة للعمل المنجز لتغيير حالة الطلب إلى «اكتمل». صورة بصيغة JPEG أو PNG أو WebP لا يتجاوز حجمها 10 ميغابايت، ويراها المقيمون في السجل الزمني.
staff-error-completion-photo-missing = أضف صورة للعمل المنجز: تتطلب هذه الخدمة صورة لتغيير حالة الطلب إلى «اكتمل»
