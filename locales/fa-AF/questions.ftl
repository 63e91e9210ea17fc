### سوال‌های لست خدمات: سوال‌های اضافی (ویژگی‌های Open311) هر نوع خدمت، و
### جواب‌هایی که برای سوال‌های لستی پیشنهاد می‌شوند، به شکل ویژگی‌هایی به نام کلیدهای شان.

## چاله سرک
question-pothole-size = چاله تقریباً چقدر کلان است؟
    .small = خوردتر از یک بشقاب نان‌خوری
    .medium = تقریباً به اندازه تایر موتر
    .large = کلان‌تر از تایر موتر
question-pothole-lane = در کدام قسمت سرک است؟
    .curb-lane = خط کنار جدول
    .centre-lane = خط وسط یا خط سبقت
    .turn-lane = خط دور خوردن
    .bike-lane = خط بایسکل
    .laneway = کوچه

## خطر در سرک
question-road-hazard-hazard_type = خطر چیست؟
    .road-collapse = روی سرک فرو رفته یا چاه افتاده است
    .missing-cover = سرپوش منهول یا جالی جوی نیست یا شکسته است
    .debris = چیزهای کلان در یکی از خط‌های سرک
    .spill = مواد ریخته شده یا لغزنده
    .other = چیز دیگر

## پیاده‌روی خراب
question-sidewalk-damaged-damage = پیاده‌رو چه مشکلی دارد؟
    .cracked = کفیده است
    .lifted = تخته‌های سمنتی بالا آمده یا ناهموار هستند
    .sunken = پایین رفته یا زیرش خالی است
    .missing = قسمت‌هایی از آن نیست
    .curb-ramp = سراشیبی کنار جدول خراب است
question-sidewalk-damaged-trip_height = بلندی لبه ناهموار تقریباً چند سانتی‌متر است؟

## بند شدن خط بایسکل
question-bike-lane-obstruction-obstruction = چه چیزی خط بایسکل را بند کرده است؟
    .debris = کثافات یا آشغال
    .construction = مواد یا وسایل ساختمانی
    .bins = سطل‌های زباله یا بازیافت
    .bollard = پایه محافظ خراب یا افتاده
    .other = چیز دیگر

## موتری که زیاد وقت در سرک رهایشی پارک شده
question-long-term-parking-licence_plate = اگر پلیت نمبر موتر را دیده می‌توانید، نمبر آن چیست؟
question-long-term-parking-vehicle_description = موتر را شرح دهید (رنگ، کمپنی سازنده، نوع).
question-long-term-parking-days_parked = تقریباً چند روز است که آنجا پارک شده است؟

## چراغ سرک خاموش است
question-streetlight-out-light_problem = چراغ چه مشکلی دارد؟
    .out = خاموش است
    .flickering = چشمک می‌زند یا پی در پی روشن و خاموش می‌شود
    .day-burning = در روز روشن است
    .several-out = چند چراغ پشت سر هم خاموش هستند
question-streetlight-out-pole_number = اگر پایه نشانی نمبر دارد، روی آن چه نوشته شده است؟

## لوحه خراب یا گم شده
question-sign-damaged-sign_type = چه نوع لوحه است؟
    .street-name = نام سرک
    .parking = پارکینگ
    .speed-limit = حد سرعت
    .warning = لوحه هشدار (دور، ساحه مکتب و مانند آن)
    .other = دیگر
question-sign-damaged-sign_condition = چه مشکلی دارد؟
    .bent = کج شده یا افتاده است
    .faded = کمرنگ شده یا به مشکل خوانده می‌شود
    .turned = به طرف غلط دور خورده است
    .blocked = پشت شاخه‌ها پنهان شده است
    .missing = گم شده است

## چراغ ترافیکی کار نمی‌کند
question-traffic-signal-malfunction-signal_problem = چراغ ترافیکی چه حالتی دارد؟
    .dark = کاملاً خاموش است
    .flashing = سرخ یا زرد چشمک می‌زند
    .stuck = روی یک رنگ مانده است
    .damaged = افتاده یا خراب است
    .turned = به طرف غلط دور خورده است
question-traffic-signal-malfunction-direction = کدام طرف حرکت متأثر شده است (مثلاً، طرف شمال)؟

## تشویش درباره مصئونیت ترافیک
question-traffic-safety-concern-concern = تشویش‌های شما چیست؟
    .speeding = سرعت زیاد
    .signal-timing = وقت چراغ‌ها
    .visibility = دید کم
    .crossing = تیر شدن از سرک مشکل است
    .cut-through = موترهایی که برای راه میان‌بر از سرک تیر می‌شوند
question-traffic-safety-concern-details = بیشتر به ما بگویید: چه وقت پیش می‌آید و چه کسانی متأثر می‌شوند؟

## برف پیاده‌رو پاک نشده
question-snow-sidewalk-condition = پیاده‌رو در چه حالت است؟
    .snow = زیر برف پوشیده است
    .ice = یخ زده است
    .snowbank = توده برفی که از پاک کردن برف سرک مانده آن را بند کرده است

## زباله جمع‌آوری نشده
question-missed-garbage-collection_day = روز جمع‌آوری تعیین شده شما کدام روز بود؟
question-missed-garbage-set_out = آیا سطل تا ساعت 7 صبح کنار جدول سرک بود؟
    .yes = بلی
    .no = نخیر

## بازیافت جمع‌آوری نشده
question-missed-recycling-collection_day = روز جمع‌آوری تعیین شده شما کدام روز بود؟
question-missed-recycling-set_out = آیا سطل تا ساعت 7 صبح کنار جدول سرک بود؟
    .yes = بلی
    .no = نخیر

## سطل سبز جمع‌آوری نشده
question-missed-green-bin-collection_day = روز جمع‌آوری تعیین شده شما کدام روز بود؟
question-missed-green-bin-set_out = آیا سطل تا ساعت 7 صبح کنار جدول سرک بود؟
    .yes = بلی
    .no = نخیر

## سطل خراب
question-bin-damaged-bin_type = کدام سطل خراب است؟
    .garbage = سطل زباله
    .recycling = سطل آبی (بازیافت)
    .green-bin = سطل سبز (مواد عضوی)
question-bin-damaged-damage = کدام قسمت خراب است؟
    .lid = سرپوش
    .wheels = تایر یا محور
    .handle = دسته
    .body = بدنه کفیده
    .latch = قفل ضد حیوانات
question-bin-damaged-bin_serial = اگر نمبر مسلسل چاپ شده روی سطل را خوانده می‌توانید، آن نمبر چیست؟

## جمع‌آوری وسایل کلان
question-bulky-item-pickup-item_types = چه چیزهایی را بیرون می‌گذارید؟
    .furniture = فرنیچر
    .mattress = توشک یا زیرتوشکی فنردار
    .appliance = داش، ماشین کالاشویی، ماشین خشک‌کن یا ماشین ظرفشویی
    .refrigerant = یخچال، فریزر یا ایرکاندیشن
    .carpet = قالین یا گلیم
    .other = چیز کلان دیگر
question-bulky-item-pickup-item_count = چند چیز را بیرون می‌گذارید؟

## دیوارنویسی روی ملکیت شاروالی
question-graffiti-city-property-surface = روی کدام سطح‌ها دیوارنویسی شده است؟
    .wall = دیوار یا تعمیر
    .bridge = پل یا زیرگذر
    .fence = کتاره
    .sign-pole = لوحه یا پایه
    .box = صندوق خدمات عامه یا صندوق چراغ ترافیکی
    .other = دیگر

## دیوارنویسی روی لوحه‌ها، پایه‌ها یا صندوق‌های چراغ ترافیکی
question-graffiti-road-assets-asset_type = دیوارنویسی روی چه چیزی است؟
    .sign = لوحه سرک
    .signal-box = صندوق چراغ ترافیکی
    .pole = پایه
    .retaining-wall = دیوار نگهدارنده یا دیوار ضد صدا
    .bridge = پل یا زیرگذر
    .other = چیز دیگر

## دیوارنویسی روی ملکیت شخصی
question-graffiti-private-property-surface = روی کدام سطح‌ها دیوارنویسی شده است؟
    .wall = دیوار
    .fence = کتاره
    .garage-door = دروازه گاراج
    .window = کلکین یا دروازه
    .other = دیگر
question-graffiti-private-property-is_owner = آیا شما مالک این ملکیت هستید؟
    .yes = بلی
    .no = نخیر

## دیوارنویسی نفرت‌انگیز یا گروه‌های جنایتکار
question-graffiti-hate-police_reported = آیا آن را به پولیس تورنتو گزارش داده‌اید؟
    .yes = بلی
    .no = نخیر
question-graffiti-hate-police_reference = اگر نمبر گزارش پولیس را دارید، آن نمبر چیست؟

## انداختن غیرقانونی زباله
question-illegal-dumping-item_types = چه چیزی انداخته شده است؟
    .household = خریطه‌های زباله خانه
    .furniture = فرنیچر
    .mattress = توشک
    .tires = تایر
    .construction = کثافات کار ساختمانی یا ترمیم
    .electronics = وسایل برقی و الکترونیکی
    .hazardous = رنگ، مواد کیمیاوی یا دیگر زباله‌های خطرناک
    .other = دیگر
question-illegal-dumping-noticed_at = چه وقت متوجه آن شدید، یا دیدید که آن را می‌اندازند؟
question-illegal-dumping-witness = اگر دیدید چه کسی آن را انداخت، آن شخص یا موتر را شرح دهید. به آن‌ها نزدیک نشوید.

## بایسکل رها شده
question-abandoned-bike-bike_condition = بایسکل در چه حالت است؟
    .missing-wheel = یک تایرش نیست
    .missing-parts = چوکی یا دستگیر آن نیست
    .flat-tires = تایرهایش پنچر است
    .rusted = زنجیر یا پرزه‌هایش زنگ زده است
    .bent-frame = چوکات آن کج یا خراب است

## شکستن نل اصلی آب
question-water-main-break-water_flow = چقدر آب جاری است؟
    .trickle = کمی آب می‌چکد یا جایی نم شده است
    .steady = آب به طور یکنواخت جاری است
    .gushing = آب فواره می‌زند یا سرک را آب گرفته است

## آب نیست
question-no-water-neighbours_affected = آیا همسایه‌های شما هم آب ندارند؟
    .yes = بلی
    .no = نخیر
    .unknown = نمی‌دانم
question-no-water-started_at = آب از چه وقت قطع شد؟

## پس آمدن فاضلاب یا آب‌گرفتگی تهکاوی
question-sewer-backup-water_depth = عمق آب تقریباً چند سانتی‌متر است؟
question-sewer-backup-backwater_valve = آیا این ملکیت والو یک‌طرفه فاضلاب دارد؟
    .yes = بلی
    .no = نخیر
    .unknown = نمی‌دانم

## جوی سرک بند شده
question-catch-basin-blocked-ponding = آیا آب جمع شده است؟
    .none = نخیر، فعلاً نه
    .road = آب در سرک جمع شده است
    .sidewalk = آب تا پیاده‌رو یا داخل ملکیت رسیده است

## نل آتش‌نشانی خراب یا چکه‌کننده
question-fire-hydrant-damaged-hydrant_problem = نل آتش‌نشانی چه مشکلی دارد؟
    .knocked-over = افتاده یا به آن ضربه خورده است
    .leaking = چکه می‌کند
    .missing-cap = سرپوش آن نیست
    .blocked = پیش رویش بند است یا پنهان است
    .paint = دیوارنویسی یا رنگ

## آب رنگ‌پریده یا بدمزه
question-water-quality-water_issue = متوجه چه چیزی شده‌اید؟
    .brown = نصواری یا زرد
    .cloudy = خیره یا شیری‌رنگ
    .taste = مزه غیرعادی
    .smell = بوی غیرعادی
    .particles = ذرات یا رسوب

## درخت افتاده یا خراب (عاجل)
question-tree-emergency-blocking = چه چیزی متأثر شده است؟
    .road = سرک
    .sidewalk = پیاده‌رو
    .driveway = راه موتر خانه
    .building = خانه یا تعمیر
    .vehicle = موتر
    .wires = سیم‌ها
    .nothing = فعلاً هیچ چیز، اما ممکن است بیفتد

## شاخه‌بری درخت (غیرعاجل)
question-tree-pruning-reason = چرا درخت به شاخه‌بری ضرورت دارد؟
    .low-branches = شاخه‌های پایین بالای پیاده‌رو یا سرک
    .blocking = پیش روی لوحه یا چراغ سرک را گرفته است
    .touching-building = به خانه یا تعمیر می‌خورد
    .dead-branches = شاخه‌های خشک

## مشکل تشناب پارک
question-park-washroom-issue = مشکل چیست؟
    .dirty = کثیف است
    .supplies = صابون، دستمال کاغذی یا کاغذ تشناب نیست
    .locked = در ساعت‌های باز بودن قفل است
    .broken = کموت، دستشویی یا دروازه شکسته است
    .leak = چکه یا آب‌گرفتگی

## وسایل بازی اطفال خراب
question-playground-damaged-equipment = کدام وسیله؟
    .swing = گاز
    .slide = سرسره
    .climber = وسیله بالا رفتن یا ساختمان بازی
    .surface = روی زمین (ریگ، پوست چوب یا رابر)
    .other = دیگر
question-playground-damaged-unsafe = آیا ممکن است کسی همین حالا هنگام استفاده از آن زخمی شود؟
    .yes = بلی
    .no = نخیر
    .unsure = مطمئن نیستم

## خیمه‌ها در پارک
question-park-encampment-tent_count = تقریباً چند خیمه یا سرپناه آنجا است؟
question-park-encampment-details = آیا چیزی هست که کارمندان کمک‌رسانی باید بدانند، مثل آتش یا تشویش دیگری درباره مصئونیت؟

## حیوان مرده در سرک یا پیاده‌رو
question-dead-animal-road-animal_type = چه نوع حیوان است (مثلاً، راکون، سنجاب یا پشک)؟
question-dead-animal-road-animal_size = چقدر کلان است؟
    .small = خورد (سنجاب، پرنده)
    .medium = متوسط (راکون، پشک)
    .large = کلان (آهو، گرگ صحرایی، سگ)

## حیوان وحشی زخمی یا مریض
question-injured-wildlife-animal_type = چه نوع حیوان است؟
question-injured-wildlife-condition = حیوان در چه حالت است؟
    .injured = زخمی است
    .sick = مریض است یا رفتار عجیب دارد
    .trapped = گیر مانده یا در چیزی پیچیده است
    .orphaned = حیوان خوردسالی که به نظر می‌رسد تنها مانده است

## سگ ولگرد یا رها
question-stray-dog-dog_contained = آیا سگ بسته یا محدود است، مثلاً در حویلی یا با قلاده؟
    .yes = بلی
    .no = نخیر

## گزیدن یا حمله سگ
question-dog-bite-incident_time = چه وقت پیش آمد؟
question-dog-bite-victim = چه کسی گزیده شد یا مورد حمله قرار گرفت؟
    .person = یک انسان
    .dog = سگ دیگر
    .other-animal = حیوان دیگر

## سگ بدون قلاده
question-dog-off-leash-usual_time = این معمولاً چه وقت پیش می‌آید (مثلاً، صبح‌های روزهای کاری)؟

## شکایت از سر و صدا
question-noise-noise_source = سر و صدا از چه چیزی است؟
    .amplified-sound = موسیقی یا صدای بلندگو
    .construction = کار ساختمانی
    .barking = عف‌عف سگ
    .equipment = ایرکاندیشن، پکه یا ماشین‌آلات دیگر
    .vehicle = موترهایی که روشن ایستاده‌اند یا گاز می‌دهند
    .other = دیگر
question-noise-ongoing = آیا سر و صدا همین حالا ادامه دارد؟
    .now = بلی، همین حالا
    .recurring = به طور منظم پیش می‌آید
    .past = ایستاده است
question-noise-noise_times = شرح دهید سر و صدا چه وقت پیش می‌آید و چقدر دوام می‌کند.

## مشکل عاجل در معیارهای ملکیت
question-property-standards-urgent-issue = مشکل عاجل چیست؟
    .no-heat = گرمی نیست یا کافی نیست
    .no-water = آب نیست
    .no-power = برق نیست
    .lock = قفل دروازه ورودی شکسته است
    .structure = ساختمان، بالکن یا زینه نا‌امن
question-property-standards-urgent-is_tenant = آیا شما در این تعمیر کرایه‌نشین هستید؟
    .yes = بلی
    .no = نخیر
question-property-standards-urgent-unit_number = نمبر اپارتمان شما چیست؟

## شکایت درباره معیارهای ملکیت
question-property-standards-issues = چه مشکلاتی وجود دارد؟
    .pests = حشرات و جانوران موذی (موش، سوسک، ساس)
    .mould = پوپنک
    .windows-doors = کلکین یا دروازه شکسته
    .leaks = بام یا دیوارهایی که چکه می‌کنند
    .stairs-railings = زینه یا کتاره خراب
    .exterior = بیرون تعمیر در حالت خراب
    .other = دیگر
question-property-standards-landlord_notified = اگر کرایه‌نشین هستید، آیا به صاحب خانه خود به شکل کتبی خبر داده‌اید؟
    .yes = بلی
    .no = نخیر
    .not-tenant = من کرایه‌نشین نیستم
question-property-standards-details = مشکل را شرح دهید و بگویید چه مدت است که ادامه دارد.

## موتر رها شده در ملکیت شخصی
question-abandoned-vehicle-licence_plate = اگر موتر پلیت نمبر دارد، نمبر آن چیست؟
question-abandoned-vehicle-vehicle_description = موتر را شرح دهید (رنگ، کمپنی سازنده، نوع).
