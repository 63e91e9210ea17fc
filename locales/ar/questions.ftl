### أسئلة دليل الخدمات: الأسئلة الإضافية (خصائص Open311) لكل نوع من أنواع الخدمات، و
### الإجابات المعروضة لأسئلة القوائم، في صورة خصائص تحمل أسماء مفاتيحها.

## حفرة في الطريق
question-pothole-size = ما حجم الحفرة تقريبًا؟
    .small = أصغر من طبق العشاء
    .medium = بحجم إطار السيارة تقريبًا
    .large = أكبر من إطار السيارة
question-pothole-lane = في أي جزء من الطريق توجد؟
    .curb-lane = المسار المجاور لحافة الرصيف
    .centre-lane = المسار الأوسط أو مسار التجاوز
    .turn-lane = مسار الانعطاف
    .bike-lane = مسار الدراجات
    .laneway = الزقاق

## خطر على الطريق
question-road-hazard-hazard_type = ما هو الخطر؟
    .road-collapse = انهيار سطح الطريق أو حفرة انهيارية
    .missing-cover = غطاء فتحة صرف أو شبكة تصريف مفقود أو مكسور
    .debris = حطام كبير في أحد المسارات
    .spill = مادة مسكوبة أو زلقة
    .other = شيء آخر

## رصيف متضرر
question-sidewalk-damaged-damage = ما المشكلة في الرصيف؟
    .cracked = متشقق
    .lifted = بلاطات مرتفعة أو غير مستوية
    .sunken = هابط أو مجوّف
    .missing = أجزاء مفقودة
    .curb-ramp = منحدر حافة الرصيف متضرر
question-sidewalk-damaged-trip_height = كم يبلغ ارتفاع الحافة غير المستوية تقريبًا بالسنتيمتر؟

## عائق في مسار الدراجات
question-bike-lane-obstruction-obstruction = ما الذي يسد مسار الدراجات؟
    .debris = حطام أو قمامة
    .construction = مواد أو معدات بناء
    .bins = حاويات النفايات أو إعادة التدوير
    .bollard = عمود حماية متضرر أو ساقط
    .other = شيء آخر

## مركبة متوقفة مدة طويلة في شارع سكني
question-long-term-parking-licence_plate = ما رقم لوحة المركبة، إن كنت تستطيع رؤيته؟
question-long-term-parking-vehicle_description = صِف المركبة (اللون، والشركة المصنّعة، والنوع).
question-long-term-parking-days_parked = منذ كم يومًا تقريبًا وهي متوقفة هناك؟

## ضوء شارع لا يعمل
question-streetlight-out-light_problem = ما المشكلة في الضوء؟
    .out = مطفأ
    .flickering = يومض أو يشتعل وينطفئ بشكل متكرر
    .day-burning = مضاء أثناء النهار
    .several-out = عدة أضواء متتالية مطفأة
question-streetlight-out-pole_number = إذا كان على العمود ملصق برقم، فماذا مكتوب عليه؟

## لافتة متضررة أو مفقودة
question-sign-damaged-sign_type = ما نوع اللافتة؟
    .street-name = اسم الشارع
    .parking = الوقوف
    .speed-limit = حد السرعة
    .warning = لافتة تحذيرية (منعطف، منطقة مدرسة وما شابه)
    .other = أخرى
question-sign-damaged-sign_condition = ما المشكلة فيها؟
    .bent = منحنية أو ساقطة
    .faded = باهتة أو يصعب قراءتها
    .turned = موجهة في الاتجاه الخطأ
    .blocked = تخفيها الأغصان
    .missing = مفقودة

## إشارة المرور لا تعمل
question-traffic-signal-malfunction-signal_problem = ما حالة الإشارة؟
    .dark = مطفأة تمامًا
    .flashing = تومض باللون الأحمر أو الأصفر
    .stuck = عالقة على لون واحد
    .damaged = ساقطة أو متضررة
    .turned = موجهة في الاتجاه الخطأ
question-traffic-signal-malfunction-direction = أي اتجاه سير متأثر (مثلًا، الاتجاه شمالًا)؟

## مخاوف تتعلق بسلامة المرور
question-traffic-safety-concern-concern = ما هي مخاوفك؟
    .speeding = السرعة الزائدة
    .signal-timing = توقيت الإشارات
    .visibility = ضعف الرؤية
    .crossing = صعوبة عبور الشارع
    .cut-through = حركة مرور عابرة تستخدم الشارع طريقًا مختصرًا
question-traffic-safety-concern-details = أخبرنا بالمزيد: متى يحدث ذلك، ومن المتأثر به؟

## رصيف لم يُزَل عنه الثلج
question-snow-sidewalk-condition = ما حالة الرصيف؟
    .snow = مغطى بالثلج
    .ice = متجمد
    .snowbank = تسده كومة ثلج ناتجة عن جرف الثلج من الطريق

## لم تُجمع النفايات
question-missed-garbage-collection_day = ما هو يوم الجمع المحدد لك؟
question-missed-garbage-set_out = هل كانت الحاوية عند حافة الرصيف بحلول الساعة 7 صباحًا؟
    .yes = نعم
    .no = لا

## لم تُجمع مواد إعادة التدوير
question-missed-recycling-collection_day = ما هو يوم الجمع المحدد لك؟
question-missed-recycling-set_out = هل كانت الحاوية عند حافة الرصيف بحلول الساعة 7 صباحًا؟
    .yes = نعم
    .no = لا

## لم تُجمع الحاوية الخضراء
question-missed-green-bin-collection_day = ما هو يوم الجمع المحدد لك؟
question-missed-green-bin-set_out = هل كانت الحاوية عند حافة الرصيف بحلول الساعة 7 صباحًا؟
    .yes = نعم
    .no = لا

## حاوية متضررة
question-bin-damaged-bin_type = أي حاوية متضررة؟
    .garbage = حاوية النفايات
    .recycling = الحاوية الزرقاء (إعادة التدوير)
    .green-bin = الحاوية الخضراء (المواد العضوية)
question-bin-damaged-damage = ما الجزء المتضرر؟
    .lid = الغطاء
    .wheels = العجلة أو المحور
    .handle = المقبض
    .body = تشقق في جسم الحاوية
    .latch = المزلاج المقاوم للحيوانات
question-bin-damaged-bin_serial = ما الرقم التسلسلي المطبوع على الحاوية، إن كنت تستطيع قراءته؟

## جمع الأغراض الكبيرة
question-bulky-item-pickup-item_types = ما الأغراض التي ستضعها في الخارج؟
    .furniture = أثاث
    .mattress = مرتبة أو قاعدة سرير زنبركية
    .appliance = موقد أو غسالة أو مجفف أو غسالة صحون
    .refrigerant = ثلاجة أو مجمّد أو مكيّف هواء
    .carpet = سجادة أو بساط
    .other = غرض كبير آخر
question-bulky-item-pickup-item_count = كم عدد الأغراض التي ستضعها في الخارج؟

## كتابات على الجدران في أملاك المدينة
question-graffiti-city-property-surface = ما الأسطح المغطاة بالكتابات؟
    .wall = جدار أو مبنى
    .bridge = جسر أو نفق سفلي
    .fence = سياج
    .sign-pole = لافتة أو عمود
    .box = صندوق مرافق أو صندوق إشارات
    .other = أخرى

## كتابات على لافتات الطرق أو الأعمدة أو صناديق الإشارات
question-graffiti-road-assets-asset_type = على أي شيء توجد الكتابات؟
    .sign = لافتة طريق
    .signal-box = صندوق إشارة المرور
    .pole = عمود
    .retaining-wall = جدار استنادي أو جدار عازل للضوضاء
    .bridge = جسر أو نفق سفلي
    .other = شيء آخر

## كتابات على الجدران في أملاك خاصة
question-graffiti-private-property-surface = ما الأسطح المغطاة بالكتابات؟
    .wall = جدار
    .fence = سياج
    .garage-door = باب المرأب
    .window = نافذة أو باب
    .other = أخرى
question-graffiti-private-property-is_owner = هل أنت مالك العقار؟
    .yes = نعم
    .no = لا

## كتابات كراهية أو عصابات
question-graffiti-hate-police_reported = هل أبلغت شرطة تورنتو عنها؟
    .yes = نعم
    .no = لا
question-graffiti-hate-police_reference = ما رقم بلاغ الشرطة، إن كان لديك رقم؟

## رمي النفايات بشكل غير قانوني
question-illegal-dumping-item_types = ما الذي رُمي؟
    .household = أكياس نفايات منزلية
    .furniture = أثاث
    .mattress = مرتبة
    .tires = إطارات
    .construction = مخلفات بناء أو ترميم
    .electronics = أجهزة إلكترونية
    .hazardous = دهانات أو مواد كيميائية أو نفايات خطرة أخرى
    .other = أخرى
question-illegal-dumping-noticed_at = متى لاحظت ذلك، أو متى رأيت أحدًا يرميها؟
question-illegal-dumping-witness = إذا رأيت من رماها، فصِف الشخص أو المركبة. لا تقترب منهم.

## دراجة هوائية متروكة
question-abandoned-bike-bike_condition = ما حالة الدراجة؟
    .missing-wheel = تنقصها عجلة
    .missing-parts = ينقصها المقعد أو المقود
    .flat-tires = إطاراتها مثقوبة
    .rusted = السلسلة أو القطع صدئة
    .bent-frame = الهيكل منحنٍ أو متضرر

## كسر في أنبوب المياه الرئيسي
question-water-main-break-water_flow = ما كمية المياه المتدفقة؟
    .trickle = تقطير خفيف أو بقعة رطبة
    .steady = تدفق مستمر
    .gushing = تدفق قوي أو فيضان على الطريق

## لا توجد مياه
question-no-water-neighbours_affected = هل لا توجد مياه لدى جيرانك أيضًا؟
    .yes = نعم
    .no = لا
    .unknown = لا أعرف
question-no-water-started_at = متى انقطعت المياه؟

## ارتداد مياه المجاري أو فيضان القبو
question-sewer-backup-water_depth = كم يبلغ عمق المياه تقريبًا بالسنتيمتر؟
question-sewer-backup-backwater_valve = هل في العقار صمام منع ارتداد المجاري؟
    .yes = نعم
    .no = لا
    .unknown = لا أعرف

## بالوعة شارع مسدودة
question-catch-basin-blocked-ponding = هل تتجمع المياه؟
    .none = لا، ليس الآن
    .road = تتجمع على الطريق
    .sidewalk = تتجمع وتصل إلى الرصيف أو إلى عقار

## صنبور إطفاء حرائق متضرر أو يسرّب
question-fire-hydrant-damaged-hydrant_problem = ما المشكلة في صنبور الإطفاء؟
    .knocked-over = ساقط أو صدمته مركبة
    .leaking = يسرّب الماء
    .missing-cap = غطاؤه مفقود
    .blocked = مسدود أو مخفي
    .paint = كتابات على الجدران أو طلاء

## مياه متغيرة اللون أو سيئة الطعم
question-water-quality-water_issue = ماذا تلاحظ؟
    .brown = لون بني أو أصفر
    .cloudy = عكرة أو حليبية اللون
    .taste = طعم غير عادي
    .smell = رائحة غير عادية
    .particles = جزيئات أو رواسب

## شجرة ساقطة أو متضررة (حالة طارئة)
question-tree-emergency-blocking = ما المتأثر؟
    .road = الطريق
    .sidewalk = الرصيف
    .driveway = ممر السيارات
    .building = منزل أو مبنى
    .vehicle = مركبة
    .wires = أسلاك
    .nothing = لا شيء حتى الآن، لكنها قد تسقط

## تقليم شجرة (غير طارئ)
question-tree-pruning-reason = لماذا تحتاج الشجرة إلى التقليم؟
    .low-branches = أغصان منخفضة فوق رصيف أو طريق
    .blocking = تحجب لافتة أو ضوء شارع
    .touching-building = تلامس منزلًا أو مبنى
    .dead-branches = أغصان ميتة

## مشكلة في دورة مياه الحديقة
question-park-washroom-issue = ما هي المشكلة؟
    .dirty = متسخة
    .supplies = لا يوجد صابون أو مناشف ورقية أو ورق مرحاض
    .locked = مقفلة خلال ساعات العمل
    .broken = مرحاض أو مغسلة أو باب مكسور
    .leak = تسرب أو فيضان مياه

## ألعاب ملعب أطفال متضررة
question-playground-damaged-equipment = أي لعبة؟
    .swing = أرجوحة
    .slide = زحليقة
    .climber = لعبة تسلق أو هيكل ألعاب
    .surface = سطح الأرض (رمل أو نشارة خشب أو مطاط)
    .other = أخرى
question-playground-damaged-unsafe = هل يمكن أن يُصاب أحد إذا استخدمها الآن؟
    .yes = نعم
    .no = لا
    .unsure = لست متأكدًا

## مخيم في حديقة
question-park-encampment-tent_count = كم عدد الخيام أو المنشآت هناك تقريبًا؟
question-park-encampment-details = هل هناك ما يجب أن يعرفه عاملو التواصل الميداني، مثل وجود نار أو مخاوف أخرى تتعلق بالسلامة؟

## حيوان نافق على الطريق أو الرصيف
question-dead-animal-road-animal_type = ما نوع الحيوان (مثلًا، راكون أو سنجاب أو قطة)؟
question-dead-animal-road-animal_size = ما حجمه؟
    .small = صغير (سنجاب، طائر)
    .medium = متوسط (راكون، قطة)
    .large = كبير (غزال، ذئب القيوط، كلب)

## حيوان بري مصاب أو مريض
question-injured-wildlife-animal_type = ما نوع الحيوان؟
question-injured-wildlife-condition = ما الذي يحدث للحيوان؟
    .injured = مصاب
    .sick = مريض أو يتصرف بشكل غريب
    .trapped = عالق أو متشابك
    .orphaned = حيوان صغير السن يبدو أنه وحيد

## كلب ضال أو طليق
question-stray-dog-dog_contained = هل الكلب محتجز، مثلًا في فناء أو مربوط بمقود؟
    .yes = نعم
    .no = لا

## عضة كلب أو هجوم كلب
question-dog-bite-incident_time = متى حدث ذلك؟
question-dog-bite-victim = من الذي تعرّض للعض أو الهجوم؟
    .person = شخص
    .dog = كلب آخر
    .other-animal = حيوان آخر

## كلب دون مقود
question-dog-off-leash-usual_time = متى يحدث هذا عادةً (مثلًا، صباح أيام الأسبوع)؟

## شكوى ضوضاء
question-noise-noise_source = ما مصدر الضوضاء؟
    .amplified-sound = موسيقى أو صوت عبر مكبرات الصوت
    .construction = أعمال بناء
    .barking = نباح كلب
    .equipment = مكيّف هواء أو مروحة أو معدات أخرى
    .vehicle = مركبات تعمل محركاتها وهي متوقفة أو يتم تسريع محركاتها
    .other = أخرى
question-noise-ongoing = هل تحدث الضوضاء الآن؟
    .now = نعم، الآن
    .recurring = تحدث بانتظام
    .past = توقفت
question-noise-noise_times = صِف متى تحدث الضوضاء وكم تستمر.

## مشكلة عاجلة في معايير العقارات
question-property-standards-urgent-issue = ما هي المشكلة العاجلة؟
    .no-heat = لا توجد تدفئة أو التدفئة غير كافية
    .no-water = لا توجد مياه
    .no-power = لا توجد كهرباء
    .lock = قفل مكسور في باب المدخل
    .structure = مبنى أو شرفة أو سلالم غير آمنة
question-property-standards-urgent-is_tenant = هل أنت مستأجر في المبنى؟
    .yes = نعم
    .no = لا
question-property-standards-urgent-unit_number = ما رقم وحدتك السكنية؟

## شكوى بشأن معايير العقارات
question-property-standards-issues = ما المشاكل الموجودة؟
    .pests = آفات (فئران، صراصير، بق الفراش)
    .mould = عفن
    .windows-doors = نوافذ أو أبواب مكسورة
    .leaks = تسرب من السقف أو الجدران
    .stairs-railings = سلالم أو درابزين متضرر
    .exterior = الواجهة الخارجية في حالة سيئة
    .other = أخرى
question-property-standards-landlord_notified = إذا كنت مستأجرًا، هل أبلغت المالك كتابيًا؟
    .yes = نعم
    .no = لا
    .not-tenant = لست مستأجرًا
question-property-standards-details = صِف المشكلة ومنذ متى وهي مستمرة.

## مركبة متروكة في ملكية خاصة
question-abandoned-vehicle-licence_plate = ما رقم لوحة المركبة، إن كانت لها لوحة؟
question-abandoned-vehicle-vehicle_description = صِف المركبة (اللون، والشركة المصنّعة، والنوع).
