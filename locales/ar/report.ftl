### الإبلاغ عن مشكلة: صفحات /report وأخطاؤها والخريطة والصور.

report-page-title = { $heading } – { -product-name }
report-caption = الإبلاغ عن مشكلة
report-unavailable = لا يمكن عرض نموذج البلاغ الآن. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
report-continue = متابعة
report-optional = { $label } (اختياري)

## اختيار الخدمة
report-choose-heading = ما الذي تريد الإبلاغ عنه؟
report-choose-intro = ابحث بكلماتك الخاصة، أو اختر من المواضيع أدناه.
report-start-button = ابدأ الآن
report-choose-other = الإبلاغ عن شيء آخر
report-not-found-heading = لم نتمكن من العثور على هذا البلاغ
report-not-found-body = ربما يكون الرابط ناقصًا أو مكتوبًا بشكل خاطئ.
report-start-again = بدء بلاغ جديد

## الجهة المالكة، والكتابات على الجدران بدافع الكراهية
report-owner-question = مَن يملك الشيء الذي فيه المشكلة؟
report-owner-hint = ابحث عن شعار أو ملصق عليه. لا تستطيع المدينة أن تصلح إلا ما تملكه.
report-owner-city = مدينة تورونتو، مثل جدار أو جسر أو لافتة أو سلة مهملات تابعة للمدينة
report-owner-unknown = لا أعرف
report-owner-bell = Bell Canada (بيل كندا): أكشاك الهاتف وأعمدة Bell وخزائنها
report-owner-rogers = Rogers (روجرز): صناديق الكابلات وخزائنها
report-owner-toronto-hydro = Toronto Hydro (تورونتو هايدرو): أعمدة الكهرباء والمحوّلات وصناديق الكهرباء
report-owner-canada-post = Canada Post (بريد كندا): صناديق البريد وخزائن الطرود
report-owner-ttc = TTC: مظلات انتظار وسائل النقل والمحطات والمركبات
report-error-owner = اختر الجهة المالكة، أو «لا أعرف»
report-referral-heading = إصلاح هذا ليس من مسؤولية المدينة
report-referral-intro = لا تستطيع المدينة أن تصلح أو تنظّف إلا ما تملكه، لذلك لم يُنشأ أي طلب خدمة. يُرجى إبلاغ الجهة المالكة.
report-referral-bell = Bell Canada: اتصل بالرقم 1-866-310-2355.
report-referral-rogers = Rogers: اتصل بالرقم 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: اتصل بالرقم 416-542-8000. إذا كانت الأسلاك ساقطة أو تتطاير منها الشرارات، فابقَ على بُعد 10 أمتار منها واتصل بالرقم 911.
report-referral-canada-post = Canada Post: اتصل بالرقم 1-866-607-6301.
report-referral-ttc = TTC: اتصل بخدمة العملاء على الرقم 416-393-3030.
report-hate-heading = كتابات على الجدران بدافع الكراهية
report-hate-police = إذا كانت الكتابات تستهدف أشخاصًا بسبب عرقهم أو دينهم أو أصلهم الإثني أو ميولهم الجنسية أو نوعهم الاجتماعي أو إعاقتهم، فأبلغ شرطة تورونتو (Toronto Police) أولًا: اتصل بالرقم 416-808-2222، وهو الخط المخصّص لغير حالات الطوارئ، أو بالرقم 911 إذا كان أي شخص في خطر. تسجّل الشرطة الحادثة على أنها جريمة كراهية محتملة قبل إزالة الكتابات.
report-hate-then = ثم أبلغ عنها هنا، حتى تتمكن المدينة من إزالتها بسرعة.

## الموقع
report-location-heading = أين توجد المشكلة؟
report-location-current = الموقع المختار
report-location-address = { $address }، الدائرة { $ward }
report-location-pin = العلامة عند { $lat }، { $long }، الدائرة { $ward }
report-map-heading = ضع علامة على الخريطة
report-map-hint = انقر على الخريطة أو المسها في مكان المشكلة، ثم اسحب العلامة لضبط موضعها. باستخدام لوحة المفاتيح، حرّك الخريطة بمفاتيح الأسهم، ثم اختر «ضع العلامة في وسط الخريطة».
report-map-label = الخريطة
report-map-pin = موقع المشكلة
report-map-pin-at = وُضعت العلامة عند { $lat }، { $long }
report-map-no-pin = لم توضع أي علامة بعد
report-map-locate = استخدم موقعي
report-map-locate-failed = تعذّر تحديد موقعك. ضع العلامة على الخريطة أو اكتب عنوانًا.
report-map-centre = ضع العلامة في وسط الخريطة
report-map-use = استخدم موقع هذه العلامة
report-address-heading = أو اكتب عنوانًا أو تقاطع طرق
report-place-label = شارع أو تقاطع أو مكان
report-place-hint = على سبيل المثال: Queen St W & Spadina Ave، أو Nathan Phillips Square
report-place-find = بحث
report-place-none = لا توجد نتائج تطابق «{ $query }». تحقّق من الإملاء، أو جرّب أقرب تقاطع.
report-place-choose = اختر أقرب نتيجة مطابقة
report-place-use = استخدم هذا الموقع
report-place-kind-street = شارع
report-place-kind-intersection = تقاطع
report-place-kind-place = مكان
report-error-outside-city = هذا الموقع خارج مدينة تورونتو. اختر مكانًا داخل المدينة.
report-error-pin-missing = ضع علامة على الخريطة، أو اكتب عنوانًا أدناه
report-error-place-choose = اختر إحدى النتائج المطابقة، أو ابحث مرة أخرى
report-error-location-missing = اكتب اسم شارع أو تقاطع أو مكان، أو ضع علامة على الخريطة

## التفاصيل وبيانات الاتصال
report-details-heading = أخبرنا عن المشكلة
report-field-description = صِف المشكلة
report-description-hint = ما تراه، وأي شيء يساعد فرق العمل على العثور عليها. يُرجى عدم ذكر أي معلومات شخصية.
report-contact-heading = بيانات الاتصال بك (اختياري)
report-contact-hint = لا نستخدمها إلا للتواصل معك بشأن هذا البلاغ، ولا تُعرض علنًا أبدًا. اتركها فارغة إذا أردت الإبلاغ دون الكشف عن هويتك.
report-field-first-name = الاسم الأول
report-field-last-name = اسم العائلة
report-field-email = عنوان البريد الإلكتروني
report-field-phone = رقم الهاتف
report-error-missing = أجب عن السؤال «{ $field }»
report-error-number = يجب أن تكون الإجابة عن «{ $field }» رقمًا، مثل 3 أو 2.5
report-error-too-long = يجب ألا يزيد عدد أحرف الإجابة عن «{ $field }» على { $max }
report-error-choice = اختر إحدى الإجابات المدرجة للسؤال «{ $field }»
report-error-datetime = أدخل تاريخًا ووقتًا صحيحين في «{ $field }»
report-error-email = أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com
report-error-phone = أدخل رقم هاتف مكوّنًا من 7 إلى 15 رقمًا، مثل 416-392-2489

## الصور
report-photos-heading = الصور
report-photos-required = يتطلب هذا النوع من المشكلات صورة واحدة على الأقل، فهي تساعد فرق العمل على العثور على المشكلة وإصلاحها.
report-photos-optional = الصور اختيارية، لكنها تساعد فرق العمل على العثور على المشكلة وإصلاحها.
report-photos-limits = يمكنك إضافة صور يصل عددها إلى { $count } بصيغة JPEG أو PNG أو WebP، على ألا يتجاوز حجم كل صورة { $megabytes } ميغابايت. نحذف بيانات الموقع والكاميرا من النسخة التي نحتفظ بها.
report-photo-label = اختر صورة
report-photo-upload = رفع الصورة
report-photo-uploading = جارٍ رفع الصورة
report-photo-alt = الصورة { $number }
report-photo-remove = إزالة الصورة { $number }
report-photo-has-location = تتضمن الصورة { $number } المكان الذي التُقطت فيه.
report-photo-use-location = استخدم موقع الصورة { $number }
report-photos-count =
    { $count ->
        [0] لا توجد صور
        [zero] لا توجد صور
        [one] { $count } صورة
        [two] { $count } صورتان
        [few] { $count } صور
        [many] { $count } صورة
       *[other] { $count } صورة
    }
report-error-photo-missing = اختر صورة لرفعها
report-error-photo-too-large = يجب أن يكون حجم الصورة أقل من { $megabytes } ميغابايت
report-error-photo-type = يجب أن يكون الملف صورة بصيغة JPEG أو PNG أو WebP
report-error-photo-dimensions = عدد وحدات البكسل في الصورة كبير جدًا. اختر صورة أصغر.
report-error-photo-damaged = الصورة تالفة ولا يمكن قراءتها. اختر صورة أخرى.
report-error-photo-limit = يمكنك إضافة صور يصل عددها إلى { $count }. أزِل صورة لتتمكن من إضافة أخرى.
report-error-photo-required = أضِف صورة واحدة على الأقل
report-error-photo-outside = المكان الذي التُقطت فيه هذه الصورة خارج مدينة تورونتو

## المراجعة، والبلاغات المشابهة القريبة، والإرسال
report-check-heading = راجع إجاباتك قبل إرسال البلاغ
report-check-answers = إجاباتك
report-change = تغيير
report-anonymous = لم تُذكر: هذا البلاغ مجهول الهوية
report-submit-note = بإرسال هذا البلاغ، تؤكد أن المعلومات صحيحة على حد علمك.
report-submit = إرسال البلاغ
report-nearby-heading = هل سبق أن أُبلغ عن هذا؟
report-nearby-intro = هذه الطلبات المفتوحة للمشكلة نفسها تقع ضمن مسافة 250 مترًا. إذا كان أحدها يخص مشكلتك، فتابعه بدلًا من إرسال بلاغ جديد.
report-nearby-distance = على بُعد { $metres } م تقريبًا
report-nearby-reporters =
    { $count ->
        [zero] أبلغ عنه { $count } شخص
        [one] أبلغ عنه { $count } شخص
        [two] أبلغ عنه { $count } شخصان
        [few] أبلغ عنه { $count } أشخاص
        [many] أبلغ عنه { $count } شخصًا
       *[other] أبلغ عنه { $count } شخص
    }
report-me-too = أنا أيضًا: متابعة { $number }
report-error-follow = لم يعد من الممكن متابعة هذا الطلب. أرسل بلاغك الخاص بدلًا من ذلك.
report-sent-heading = تم إرسال البلاغ
report-sent-number = رقم طلب الخدمة الخاص بك هو
report-sent-next = احتفظ بهذا الرقم. يمكنك استخدامه لمعرفة ما سيحدث بعد ذلك.
report-sent-track = تتبّع هذا الطلب
report-another = الإبلاغ عن مشكلة أخرى
report-following-heading = أنت تتابع الطلب { $number }
report-following-body = تمت إضافتك إلى هذا الطلب بدلًا من إنشاء طلب جديد. تعرض صفحة حالته ما سيحدث بعد ذلك.
