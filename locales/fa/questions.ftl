### پرسش‌های فهرست خدمات: پرسش‌های اضافی (ویژگی‌های Open311) هر نوع خدمت، و
### پاسخ‌هایی که برای پرسش‌های فهرستی پیشنهاد می‌شوند، به‌صورت ویژگی‌هایی با نام کلیدهایشان.

## چاله خیابان
question-pothole-size = چاله تقریباً چقدر بزرگ است؟
    .small = کوچک‌تر از یک بشقاب غذاخوری
    .medium = تقریباً به اندازه لاستیک ماشین
    .large = بزرگ‌تر از لاستیک ماشین
question-pothole-lane = در کدام قسمت خیابان قرار دارد؟
    .curb-lane = خط کنار جدول
    .centre-lane = خط وسط یا خط سبقت
    .turn-lane = خط گردش
    .bike-lane = مسیر دوچرخه
    .laneway = کوچه

## خطر در خیابان
question-road-hazard-hazard_type = چه خطری وجود دارد؟
    .road-collapse = فرورفتن سطح خیابان یا فروچاله
    .missing-cover = درپوش آدم‌رو یا دریچه آبرو که نیست یا شکسته است
    .debris = اشیای بزرگ در یکی از خط‌های خیابان
    .spill = مواد ریخته‌شده یا لغزنده
    .other = مورد دیگر

## پیاده‌روی آسیب‌دیده
question-sidewalk-damaged-damage = پیاده‌رو چه مشکلی دارد؟
    .cracked = ترک خورده است
    .lifted = تخته‌های بتنی بالا آمده یا ناهموارند
    .sunken = فرو رفته یا زیر آن خالی شده است
    .missing = تکه‌هایی از آن کنده شده است
    .curb-ramp = سطح شیب‌دار کنار جدول آسیب دیده است
question-sidewalk-damaged-trip_height = ارتفاع لبه ناهموار تقریباً چند سانتی‌متر است؟

## مانع در مسیر دوچرخه
question-bike-lane-obstruction-obstruction = چه چیزی مسیر دوچرخه را بسته است؟
    .debris = اشیا یا آشغال
    .construction = مصالح یا تجهیزات ساختمانی
    .bins = سطل‌های زباله یا بازیافت
    .bollard = میله محافظ آسیب‌دیده یا افتاده
    .other = مورد دیگر

## ماشینی که مدت زیادی در خیابان مسکونی پارک شده
question-long-term-parking-licence_plate = اگر پلاک ماشین را می‌بینید، شماره آن چیست؟
question-long-term-parking-vehicle_description = ماشین را توصیف کنید (رنگ، مارک، نوع).
question-long-term-parking-days_parked = تقریباً چند روز است که آنجا پارک شده است؟

## چراغ خیابان خاموش است
question-streetlight-out-light_problem = چراغ چه مشکلی دارد؟
    .out = خاموش است
    .flickering = چشمک می‌زند یا مدام روشن و خاموش می‌شود
    .day-burning = در روز روشن است
    .several-out = چند چراغ پشت سر هم خاموش‌اند
question-streetlight-out-pole_number = اگر روی تیر برچسب شماره وجود دارد، روی آن چه نوشته شده است؟

## تابلوی آسیب‌دیده یا گم‌شده
question-sign-damaged-sign_type = چه نوع تابلویی است؟
    .street-name = نام خیابان
    .parking = پارکینگ
    .speed-limit = حداکثر سرعت
    .warning = تابلوی هشدار (پیچ، منطقه مدرسه و مانند آن)
    .other = سایر
question-sign-damaged-sign_condition = چه مشکلی دارد؟
    .bent = خم شده یا افتاده است
    .faded = رنگ‌پریده است یا به‌سختی خوانده می‌شود
    .turned = به سمت اشتباه چرخیده است
    .blocked = پشت شاخه‌ها پنهان شده است
    .missing = ناپدید شده است

## چراغ راهنمایی کار نمی‌کند
question-traffic-signal-malfunction-signal_problem = چراغ راهنمایی چه وضعی دارد؟
    .dark = کاملاً خاموش است
    .flashing = قرمز یا زرد چشمک می‌زند
    .stuck = روی یک رنگ مانده است
    .damaged = افتاده یا آسیب دیده است
    .turned = به سمت اشتباه چرخیده است
question-traffic-signal-malfunction-direction = کدام جهت حرکت دچار مشکل شده است (برای مثال، به سمت شمال)؟

## نگرانی درباره ایمنی ترافیک
question-traffic-safety-concern-concern = نگرانی‌های شما چیست؟
    .speeding = سرعت غیرمجاز
    .signal-timing = زمان‌بندی چراغ‌ها
    .visibility = دید کم
    .crossing = عبور از خیابان سخت است
    .cut-through = عبور ماشین‌ها برای میان‌بر زدن
question-traffic-safety-concern-details = بیشتر توضیح دهید: چه زمانی اتفاق می‌افتد و چه کسانی را تحت تأثیر قرار می‌دهد؟

## برف پیاده‌رو پاک نشده
question-snow-sidewalk-condition = وضعیت پیاده‌رو چگونه است؟
    .snow = پوشیده از برف است
    .ice = یخ زده است
    .snowbank = پشته برفِ ناشی از برف‌روبی خیابان آن را بسته است

## زباله جمع‌آوری نشده
question-missed-garbage-collection_day = روز جمع‌آوری تعیین‌شده برای شما چه روزی بود؟
question-missed-garbage-set_out = آیا سطل تا ساعت 7 صبح کنار جدول خیابان بود؟
    .yes = بله
    .no = خیر

## بازیافتی جمع‌آوری نشده
question-missed-recycling-collection_day = روز جمع‌آوری تعیین‌شده برای شما چه روزی بود؟
question-missed-recycling-set_out = آیا سطل تا ساعت 7 صبح کنار جدول خیابان بود؟
    .yes = بله
    .no = خیر

## سطل سبز جمع‌آوری نشده
question-missed-green-bin-collection_day = روز جمع‌آوری تعیین‌شده برای شما چه روزی بود؟
question-missed-green-bin-set_out = آیا سطل تا ساعت 7 صبح کنار جدول خیابان بود؟
    .yes = بله
    .no = خیر

## سطل آسیب‌دیده
question-bin-damaged-bin_type = کدام سطل آسیب دیده است؟
    .garbage = سطل زباله
    .recycling = سطل آبی (بازیافت)
    .green-bin = سطل سبز (مواد آلی)
question-bin-damaged-damage = چه قسمتی آسیب دیده است؟
    .lid = درپوش
    .wheels = چرخ یا محور
    .handle = دسته
    .body = ترک در بدنه
    .latch = قفل ضد حیوانات
question-bin-damaged-bin_serial = اگر شماره سریال چاپ‌شده روی سطل را می‌توانید بخوانید، آن شماره چیست؟

## جمع‌آوری وسایل بزرگ
question-bulky-item-pickup-item_types = چه چیزهایی را بیرون می‌گذارید؟
    .furniture = مبلمان
    .mattress = تشک یا زیرتشکی فنری
    .appliance = اجاق گاز، ماشین لباسشویی، خشک‌کن یا ماشین ظرفشویی
    .refrigerant = یخچال، فریزر یا کولر
    .carpet = فرش یا قالیچه
    .other = وسیله بزرگ دیگر
question-bulky-item-pickup-item_count = چند وسیله را بیرون می‌گذارید؟

## دیوارنویسی روی اموال شهرداری
question-graffiti-city-property-surface = روی چه سطح‌هایی دیوارنویسی شده است؟
    .wall = دیوار یا ساختمان
    .bridge = پل یا زیرگذر
    .fence = حصار
    .sign-pole = تابلو یا تیر
    .box = جعبه تأسیسات یا جعبه چراغ راهنمایی
    .other = سایر

## دیوارنویسی روی تابلوها، تیرها یا جعبه‌های چراغ راهنمایی
question-graffiti-road-assets-asset_type = دیوارنویسی روی چه چیزی است؟
    .sign = تابلوی خیابان
    .signal-box = جعبه چراغ راهنمایی
    .pole = تیر
    .retaining-wall = دیوار حائل یا دیوار صوتی
    .bridge = پل یا زیرگذر
    .other = مورد دیگر

## دیوارنویسی روی ملک خصوصی
question-graffiti-private-property-surface = روی چه سطح‌هایی دیوارنویسی شده است؟
    .wall = دیوار
    .fence = حصار
    .garage-door = در گاراژ
    .window = پنجره یا در
    .other = سایر
question-graffiti-private-property-is_owner = آیا شما مالک این ملک هستید؟
    .yes = بله
    .no = خیر

## دیوارنویسی نفرت‌پراکن یا تبهکارانه
question-graffiti-hate-police_reported = آیا آن را به پلیس تورنتو گزارش داده‌اید؟
    .yes = بله
    .no = خیر
question-graffiti-hate-police_reference = اگر شماره گزارش پلیس را دارید، آن شماره چیست؟

## ریختن غیرقانونی زباله
question-illegal-dumping-item_types = چه چیزی رها شده است؟
    .household = کیسه‌های زباله خانگی
    .furniture = مبلمان
    .mattress = تشک
    .tires = لاستیک
    .construction = نخاله ساختمانی یا بازسازی
    .electronics = وسایل الکترونیکی
    .hazardous = رنگ، مواد شیمیایی یا دیگر پسماندهای خطرناک
    .other = سایر
question-illegal-dumping-noticed_at = چه زمانی متوجه آن شدید، یا دیدید که آن را رها می‌کنند؟
question-illegal-dumping-witness = اگر دیدید چه کسی آن را رها کرد، آن شخص یا وسیله نقلیه را توصیف کنید. به آن‌ها نزدیک نشوید.

## دوچرخه رهاشده
question-abandoned-bike-bike_condition = دوچرخه در چه وضعیتی است؟
    .missing-wheel = یک چرخ ندارد
    .missing-parts = زین یا فرمان ندارد
    .flat-tires = لاستیک‌ها پنچر است
    .rusted = زنجیر یا قطعات زنگ‌زده
    .bent-frame = بدنه خم‌شده یا آسیب‌دیده

## شکستگی لوله اصلی آب
question-water-main-break-water_flow = چه مقدار آب جاری است؟
    .trickle = آب کمی نشت می‌کند یا جایی خیس شده است
    .steady = جریان یکنواخت آب
    .gushing = آب فوران می‌کند یا خیابان را فرا گرفته است

## قطع آب
question-no-water-neighbours_affected = آیا همسایه‌های شما هم آب ندارند؟
    .yes = بله
    .no = خیر
    .unknown = نمی‌دانم
question-no-water-started_at = آب از چه زمانی قطع شد؟

## پس زدن فاضلاب یا آب‌گرفتگی زیرزمین
question-sewer-backup-water_depth = عمق آب تقریباً چند سانتی‌متر است؟
question-sewer-backup-backwater_valve = آیا این ملک شیر یک‌طرفه فاضلاب دارد؟
    .yes = بله
    .no = خیر
    .unknown = نمی‌دانم

## آبروی خیابان مسدود
question-catch-basin-blocked-ponding = آیا آب جمع شده است؟
    .none = نه، در حال حاضر نه
    .road = آب در خیابان جمع شده است
    .sidewalk = آب تا پیاده‌رو یا داخل ملک رسیده است

## شیر آتش‌نشانی آسیب‌دیده یا نشتی
question-fire-hydrant-damaged-hydrant_problem = شیر آتش‌نشانی چه مشکلی دارد؟
    .knocked-over = افتاده یا به آن ضربه خورده است
    .leaking = نشتی دارد
    .missing-cap = درپوش ندارد
    .blocked = جلوی آن بسته است یا پنهان شده است
    .paint = دیوارنویسی یا رنگ

## آب تغییررنگ‌داده یا بدمزه
question-water-quality-water_issue = متوجه چه چیزی شده‌اید؟
    .brown = قهوه‌ای یا زرد
    .cloudy = کدر یا شیری‌رنگ
    .taste = مزه غیرعادی
    .smell = بوی غیرعادی
    .particles = ذرات یا رسوب

## درخت افتاده یا آسیب‌دیده (اضطراری)
question-tree-emergency-blocking = چه چیزی تحت تأثیر قرار گرفته است؟
    .road = خیابان
    .sidewalk = پیاده‌رو
    .driveway = راه ورودی ماشین
    .building = خانه یا ساختمان
    .vehicle = ماشین
    .wires = سیم‌ها
    .nothing = فعلاً هیچ چیز، اما ممکن است بیفتد

## هرس درخت (غیراضطراری)
question-tree-pruning-reason = چرا درخت باید هرس شود؟
    .low-branches = شاخه‌های پایین روی پیاده‌رو یا خیابان
    .blocking = جلوی تابلو یا چراغ خیابان را گرفته است
    .touching-building = به خانه یا ساختمان برخورد می‌کند
    .dead-branches = شاخه‌های خشک‌شده

## مشکل سرویس بهداشتی پارک
question-park-washroom-issue = مشکل چیست؟
    .dirty = کثیف است
    .supplies = صابون، دستمال کاغذی یا دستمال توالت ندارد
    .locked = در ساعات باز بودن قفل است
    .broken = توالت، روشویی یا در شکسته است
    .leak = نشتی یا آب‌گرفتگی

## وسایل زمین بازی آسیب‌دیده
question-playground-damaged-equipment = کدام وسیله؟
    .swing = تاب
    .slide = سرسره
    .climber = وسیله بالارفتن یا سازه بازی
    .surface = سطح زمین (شن، تراشه چوب یا لاستیک)
    .other = سایر
question-playground-damaged-unsafe = آیا ممکن است کسی اکنون هنگام استفاده از آن آسیب ببیند؟
    .yes = بله
    .no = خیر
    .unsure = مطمئن نیستم

## چادرنشینی در پارک
question-park-encampment-tent_count = تقریباً چند چادر یا سازه آنجا هست؟
question-park-encampment-details = آیا چیزی هست که مددکاران باید بدانند، مثلاً آتش یا نگرانی ایمنی دیگری؟

## حیوان مرده در خیابان یا پیاده‌رو
question-dead-animal-road-animal_type = چه نوع حیوانی است (برای مثال، راکون، سنجاب یا گربه)؟
question-dead-animal-road-animal_size = چقدر بزرگ است؟
    .small = کوچک (سنجاب، پرنده)
    .medium = متوسط (راکون، گربه)
    .large = بزرگ (آهو، گرگ صحرایی، سگ)

## حیوان وحشی زخمی یا بیمار
question-injured-wildlife-animal_type = چه نوع حیوانی است؟
question-injured-wildlife-condition = چه اتفاقی برای حیوان افتاده است؟
    .injured = زخمی است
    .sick = بیمار است یا رفتار عجیبی دارد
    .trapped = گرفتار شده یا در چیزی گیر کرده است
    .orphaned = بچه حیوانی که به نظر می‌رسد تنها مانده است

## سگ ولگرد یا رهاشده
question-stray-dog-dog_contained = آیا سگ مهار شده است، برای مثال در حیاط یا با قلاده؟
    .yes = بله
    .no = خیر

## گاز گرفتن یا حمله سگ
question-dog-bite-incident_time = چه زمانی اتفاق افتاد؟
question-dog-bite-victim = چه کسی گاز گرفته شد یا مورد حمله قرار گرفت؟
    .person = یک انسان
    .dog = سگی دیگر
    .other-animal = حیوانی دیگر

## سگ بدون قلاده
question-dog-off-leash-usual_time = این اتفاق معمولاً چه زمانی می‌افتد (برای مثال، صبح‌های روزهای کاری)؟

## شکایت از سروصدا
question-noise-noise_source = چه چیزی سروصدا ایجاد می‌کند؟
    .amplified-sound = موسیقی یا صدای بلندگو
    .construction = ساخت‌وساز
    .barking = پارس سگ
    .equipment = کولر، پنکه یا دستگاه‌های دیگر
    .vehicle = ماشین‌هایی که روشن ایستاده‌اند یا گاز می‌دهند
    .other = سایر
question-noise-ongoing = آیا سروصدا همین حالا ادامه دارد؟
    .now = بله، همین حالا
    .recurring = به‌طور منظم تکرار می‌شود
    .past = قطع شده است
question-noise-noise_times = توضیح دهید سروصدا چه زمانی ایجاد می‌شود و چقدر طول می‌کشد.

## مشکل فوری در استانداردهای ساختمان
question-property-standards-urgent-issue = مشکل فوری چیست؟
    .no-heat = گرمایش نیست یا کافی نیست
    .no-water = قطع آب
    .no-power = قطع برق
    .lock = قفل شکسته در ورودی ساختمان
    .structure = سازه، بالکن یا پله ناامن
question-property-standards-urgent-is_tenant = آیا مستأجر این ساختمان هستید؟
    .yes = بله
    .no = خیر
question-property-standards-urgent-unit_number = شماره واحد شما چیست؟

## شکایت درباره استانداردهای ساختمان
question-property-standards-issues = چه مشکلاتی وجود دارد؟
    .pests = آفات (موش، سوسک، ساس)
    .mould = کپک
    .windows-doors = پنجره یا در شکسته
    .leaks = چکه کردن سقف یا دیوارها
    .stairs-railings = پله یا نرده آسیب‌دیده
    .exterior = نمای بیرونی خراب
    .other = سایر
question-property-standards-landlord_notified = اگر مستأجر هستید، آیا به‌صورت کتبی به صاحبخانه خود اطلاع داده‌اید؟
    .yes = بله
    .no = خیر
    .not-tenant = مستأجر نیستم
question-property-standards-details = مشکل را شرح دهید و بگویید چه مدت است که ادامه دارد.

## ماشین رهاشده در ملک خصوصی
question-abandoned-vehicle-licence_plate = اگر ماشین پلاک دارد، شماره پلاک چیست؟
question-abandoned-vehicle-vehicle_description = ماشین را توصیف کنید (رنگ، مارک، نوع).
