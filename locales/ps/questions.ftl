### د لېست پوښتنې: د هر ډول خدمت اضافي پوښتنې (د Open311 ځانګړتیاوې)، او
### هغه ځوابونه چې د لېست لرونکو پوښتنو لپاره وړاندې کېږي، د خپلو کیلي ګانو په نوم د ځانګړتیاوو په توګه.

## د سړک کنده
question-pothole-size = کنده نږدې څومره لویه ده؟
    .small = د ډوډۍ له پلېټ څخه کوچنۍ
    .medium = نږدې د موټر د ټایر په اندازه
    .large = د موټر له ټایر څخه لویه
question-pothole-lane = د سړک په کومه برخه کې ده؟
    .curb-lane = د سړک غاړې ته نږدې لین
    .centre-lane = منځنی لین یا د تېرېدو لین
    .turn-lane = د اوښتو لین
    .bike-lane = د بایسکل لین
    .laneway = کوڅه

## پر سړک خطر
question-road-hazard-hazard_type = خطر څه دی؟
    .road-collapse = د سړک سطحه ننوتې ده یا کنده جوړه شوې ده
    .missing-cover = د مین‌هول یا جالۍ سرپوښ ورک یا مات دی
    .debris = په یوه لین کې لوی شیان
    .spill = توی شوي یا ښوییدونکي مواد
    .other = بل څه

## زیانمن پیاده‌رو
question-sidewalk-damaged-damage = پیاده‌رو څه ستونزه لري؟
    .cracked = چاودلی دی
    .lifted = تختې پورته شوې یا ناهوارې دي
    .sunken = ننوتلی یا دننه تش دی
    .missing = ځینې ټوټې یې ورکې دي
    .curb-ramp = د سړک د غاړې ښوییدونکې لاره زیانمنه ده
question-sidewalk-damaged-trip_height = ناهواره څنډه نږدې څو سانتي‌متره لوړه ده؟

## د بایسکل په لین کې خنډ
question-bike-lane-obstruction-obstruction = د بایسکل لین څه شي بند کړی دی؟
    .debris = کثافات یا خځلې
    .construction = ساختماني مواد یا وسایل
    .bins = د خځلو یا بیا کارونې سطلونه
    .bollard = زیانمنه یا لوېدلې ساتونکې پایه
    .other = بل څه

## په استوګنیز سړک کې ډېر وخت ولاړ موټر
question-long-term-parking-licence_plate = که نمبر پلېټ لیدلای شئ، شمېره یې څه ده؟
question-long-term-parking-vehicle_description = موټر تشریح کړئ (رنګ، جوړونکی شرکت، ډول).
question-long-term-parking-days_parked = نږدې څو ورځې کېږي چې هلته ولاړ دی؟

## د سړک څراغ مړ دی
question-streetlight-out-light_problem = څراغ څه ستونزه لري؟
    .out = مړ دی
    .flickering = رپېږي یا پرله‌پسې بلېږي او مړ کېږي
    .day-burning = د ورځې بل وي
    .several-out = یو په بل پسې څو څراغونه مړه دي
question-streetlight-out-pole_number = که پر پایه د شمېرې نښه وي، پرې څه لیکل شوي دي؟

## زیانمنه یا ورکه تابلو
question-sign-damaged-sign_type = دا څه ډول تابلو ده؟
    .street-name = د سړک نوم
    .parking = پارکینګ
    .speed-limit = د سرعت حد
    .warning = د خبرتیا تابلو (کوږوالی، د ښوونځي سیمه او داسې نور)
    .other = نور
question-sign-damaged-sign_condition = څه ستونزه لري؟
    .bent = کږه شوې یا لوېدلې ده
    .faded = کمرنګه شوې یا په سختۍ لوستل کېږي
    .turned = غلط لوري ته اړول شوې ده
    .blocked = د ونې تر څانګو لاندې پټه ده
    .missing = ورکه ده

## ترافیکي څراغ کار نه کوي
question-traffic-signal-malfunction-signal_problem = ترافیکي څراغ څه حالت لري؟
    .dark = بشپړ مړ دی
    .flashing = سور یا ژیړ رپېږي
    .stuck = په یوه رنګ ودرېدلی دی
    .damaged = لوېدلی یا زیانمن دی
    .turned = غلط لوري ته اړول شوی دی
question-traffic-signal-malfunction-direction = د تګ کوم لوری اغېزمن شوی دی (د بېلګې په توګه، شمال لوري ته)؟

## د ترافیکو د خوندیتوب اندېښنه
question-traffic-safety-concern-concern = ستاسو اندېښنې څه دي؟
    .speeding = چټک سرعت
    .signal-timing = د څراغونو وخت
    .visibility = کم لید
    .crossing = له سړک تېرېدل ګران دي
    .cut-through = هغه ترافیک چې د لنډې لارې لپاره له دې سړک تېرېږي
question-traffic-safety-concern-details = موږ ته نور ووایاست: دا کله پېښېږي، او څوک ترې اغېزمن کېږي؟

## له پیاده‌رو واوره نه ده پاکه شوې
question-snow-sidewalk-condition = پیاده‌رو څه حالت لري؟
    .snow = په واوره پوښل شوی دی
    .ice = یخ وهلی دی
    .snowbank = د سړک د واورې پاکولو له امله د واورې ډېرۍ بند کړی دی

## خځلې نه دي ټولې شوې
question-missed-garbage-collection_day = ستاسو د ټولولو ټاکلې ورځ کومه وه؟
question-missed-garbage-set_out = آیا سطل د سهار تر 7 بجو پورې د سړک غاړې ته اېښودل شوی و؟
    .yes = هو
    .no = نه

## د بیا کارونې توکي نه دي ټول شوي
question-missed-recycling-collection_day = ستاسو د ټولولو ټاکلې ورځ کومه وه؟
question-missed-recycling-set_out = آیا سطل د سهار تر 7 بجو پورې د سړک غاړې ته اېښودل شوی و؟
    .yes = هو
    .no = نه

## شنه سطل نه دی ټول شوی
question-missed-green-bin-collection_day = ستاسو د ټولولو ټاکلې ورځ کومه وه؟
question-missed-green-bin-set_out = آیا سطل د سهار تر 7 بجو پورې د سړک غاړې ته اېښودل شوی و؟
    .yes = هو
    .no = نه

## زیانمن سطل
question-bin-damaged-bin_type = کوم سطل زیانمن دی؟
    .garbage = د خځلو سطل
    .recycling = آبي سطل (بیا کارونه)
    .green-bin = شنه سطل (عضوي مواد)
question-bin-damaged-damage = کومه برخه زیانمنه ده؟
    .lid = سرپوښ
    .wheels = څرخ یا محور
    .handle = لاستی
    .body = چاودلی بدن
    .latch = د حیواناتو ضد کولپ
question-bin-damaged-bin_serial = که یې لوستلای شئ، پر سطل چاپ شوې سریال شمېره څه ده؟

## د لویو شیانو ټولول
question-bulky-item-pickup-item_types = تاسو به څه بهر کېږدئ؟
    .furniture = فرنیچر
    .mattress = توشک یا د کټ فنري لاندینۍ برخه
    .appliance = د پخلي اجاق، د جامو مینځلو ماشین، وچوونکی ماشین یا د لوښو مینځلو ماشین
    .refrigerant = یخچال، فریزر یا ایرکنډیشن
    .carpet = غالۍ یا بړستن
    .other = بل لوی شی
question-bulky-item-pickup-item_count = تاسو به څو شیان بهر کېږدئ؟

## د ښاروالۍ پر ملکیت لیکنې
question-graffiti-city-property-surface = پر کومو سطحو لیکنې شوې دي؟
    .wall = دېوال یا ودانۍ
    .bridge = پل یا لاندې تېرېدونکې لاره
    .fence = کټاره
    .sign-pole = تابلو یا پایه
    .box = د عامه خدمتونو یا ترافیکي څراغ صندوق
    .other = نور

## د سړک پر تابلوګانو، پایو یا د څراغونو پر صندوقونو لیکنې
question-graffiti-road-assets-asset_type = لیکنې پر څه شي دي؟
    .sign = د سړک تابلو
    .signal-box = د ترافیکي څراغ صندوق
    .pole = پایه
    .retaining-wall = ساتونکی دېوال یا د شور ضد دېوال
    .bridge = پل یا لاندې تېرېدونکې لاره
    .other = بل څه

## پر شخصي ملکیت لیکنې
question-graffiti-private-property-surface = پر کومو سطحو لیکنې شوې دي؟
    .wall = دېوال
    .fence = کټاره
    .garage-door = د ګراج دروازه
    .window = کړکۍ یا دروازه
    .other = نور
question-graffiti-private-property-is_owner = آیا تاسو د دې ملکیت مالک یاست؟
    .yes = هو
    .no = نه

## د کرکې یا جنایتکارو ډلو لیکنې
question-graffiti-hate-police_reported = آیا تاسو دا تورنټو پولیسو ته راپور کړې ده؟
    .yes = هو
    .no = نه
question-graffiti-hate-police_reference = که د پولیسو د راپور شمېره لرئ، هغه څه ده؟

## په غیرقانوني ډول د خځلو غورځول
question-illegal-dumping-item_types = څه غورځول شوي دي؟
    .household = د کور د خځلو کڅوړې
    .furniture = فرنیچر
    .mattress = توشک
    .tires = ټایرونه
    .construction = د ساختمان یا ترمیم کثافات
    .electronics = برېښنايي وسایل
    .hazardous = رنګ، کیمیاوي مواد یا نور خطرناک کثافات
    .other = نور
question-illegal-dumping-noticed_at = تاسو دا کله ولیدل، یا مو کله ولیدل چې غورځول کېږي؟
question-illegal-dumping-witness = که مو لیدلي وي چې چا غورځولي، هغه کس یا موټر تشریح کړئ. ورته نږدې مه ځئ.

## پرېښودل شوی بایسکل
question-abandoned-bike-bike_condition = بایسکل په څه حالت کې دی؟
    .missing-wheel = یو څرخ یې نشته
    .missing-parts = څوکۍ یا لاستی یې نشته
    .flat-tires = ټایرونه یې پنچر دي
    .rusted = ځنځیر یا پرزې یې زنګ وهلي دي
    .bent-frame = چوکاټ یې کوږ یا زیانمن دی

## د اوبو د اصلي نل ماتېدل
question-water-main-break-water_flow = څومره اوبه بهېږي؟
    .trickle = لږې اوبه څڅېږي یا یو ځای لوند دی
    .steady = اوبه په منظم ډول بهېږي
    .gushing = اوبه په زور راوځي یا سړک یې نیولی دی

## اوبه نشته
question-no-water-neighbours_affected = آیا ستاسو ګاونډیان هم اوبه نه لري؟
    .yes = هو
    .no = نه
    .unknown = زه نه پوهېږم
question-no-water-started_at = اوبه کله بندې شوې؟

## د فاضله اوبو بېرته راتګ یا په تهکوي کې اوبه
question-sewer-backup-water_depth = اوبه نږدې څو سانتي‌متره ژورې دي؟
question-sewer-backup-backwater_valve = آیا دا ملکیت د فاضله اوبو د بېرته راتګ مخنیوي والو لري؟
    .yes = هو
    .no = نه
    .unknown = زه نه پوهېږم

## د سړک بنده ویاله
question-catch-basin-blocked-ponding = آیا اوبه راټولېږي؟
    .none = نه، اوس نه
    .road = پر سړک راټولې شوې دي
    .sidewalk = پیاده‌رو یا یو ملکیت ته رسېدلې دي

## زیانمن یا څڅېدونکی د اور وژنې نل
question-fire-hydrant-damaged-hydrant_problem = د اور وژنې نل څه ستونزه لري؟
    .knocked-over = لوېدلی دی یا ټکر ورسره شوی دی
    .leaking = څڅېږي
    .missing-cap = سرپوښ یې ورک دی
    .blocked = مخه یې بنده ده یا پټ دی
    .paint = لیکنې یا رنګ

## بدرنګه یا بدخونده اوبه
question-water-quality-water_issue = تاسو څه ګورئ یا احساسوئ؟
    .brown = نسواري یا ژیړ رنګ
    .cloudy = خړې یا شیدو ته ورته
    .taste = غیر عادي خوند
    .smell = غیر عادي بوی
    .particles = ذرې یا رسوب

## لوېدلې یا زیانمنه ونه (بیړنی)
question-tree-emergency-blocking = څه شی اغېزمن شوی دی؟
    .road = سړک
    .sidewalk = پیاده‌رو
    .driveway = د کور د موټر لاره
    .building = کور یا ودانۍ
    .vehicle = موټر
    .wires = سیمونه
    .nothing = تر اوسه هېڅ، خو کېدای شي ولوېږي

## د ونې سکښتل (غیر بیړنی)
question-tree-pruning-reason = ونه ولې سکښتلو ته اړتیا لري؟
    .low-branches = پر پیاده‌رو یا سړک ټیټې څانګې
    .blocking = تابلو یا د سړک څراغ پټوي
    .touching-building = له کور یا ودانۍ سره لګېږي
    .dead-branches = وچې څانګې

## د پارک د تشناب ستونزه
question-park-washroom-issue = ستونزه څه ده؟
    .dirty = ناپاک دی
    .supplies = صابون، کاغذي دستمال یا د تشناب کاغذ نشته
    .locked = د خلاصېدو په ساعتونو کې تړل دی
    .broken = کموډ، لاس مینځلو ځای یا دروازه ماته ده
    .leak = څڅېدل یا اوبه ډکېدل

## د لوبو د ځای زیانمن وسایل
question-playground-damaged-equipment = کومه وسیله؟
    .swing = ټال
    .slide = ښویېدونکی
    .climber = د ختلو وسیله یا د لوبو جوړښت
    .surface = د ځمکې سطحه (شګه، د لرګیو ټوټې یا ربړ)
    .other = نور
question-playground-damaged-unsafe = آیا اوس د کارولو پر وخت څوک ټپي کېدای شي؟
    .yes = هو
    .no = نه
    .unsure = ډاډه نه یم

## په پارک کې خېمې
question-park-encampment-tent_count = هلته نږدې څو خېمې یا جوړښتونه دي؟
question-park-encampment-details = آیا داسې څه شته چې ټولنیز کارکوونکي باید پرې پوه شي، لکه اور یا د خوندیتوب بله اندېښنه؟

## پر سړک یا پیاده‌رو مړ حیوان
question-dead-animal-road-animal_type = دا څه ډول حیوان دی (د بېلګې په توګه، راکون، ګلهرۍ یا پیشو)؟
question-dead-animal-road-animal_size = څومره لوی دی؟
    .small = کوچنی (ګلهرۍ، مرغۍ)
    .medium = منځنی (راکون، پیشو)
    .large = لوی (هوسۍ، کایوټ، سپی)

## ټپي یا ناروغ ځنګلي حیوان
question-injured-wildlife-animal_type = دا څه ډول حیوان دی؟
question-injured-wildlife-condition = حیوان ته څه پېښ شوي دي؟
    .injured = ټپي دی
    .sick = ناروغ دی یا عجیب چلند کوي
    .trapped = ګیر دی یا په یو شي کې نښتی دی
    .orphaned = د حیوان یو بچی چې ښکاري یوازې پاتې دی

## بې‌خاونده یا خوشې سپی
question-stray-dog-dog_contained = آیا سپی بند یا تړل شوی دی، د بېلګې په توګه په انګړ کې یا په رسۍ؟
    .yes = هو
    .no = نه

## د سپي چیچل یا برید
question-dog-bite-incident_time = دا کله پېښ شو؟
question-dog-bite-victim = څوک وچیچل شو یا پرې برید وشو؟
    .person = یو انسان
    .dog = بل سپی
    .other-animal = بل حیوان

## بې‌رسۍ سپی
question-dog-off-leash-usual_time = دا معمولاً کله پېښېږي (د بېلګې په توګه، د کاري ورځو سهارونه)؟

## د شور شکایت
question-noise-noise_source = شور له څه شي څخه دی؟
    .amplified-sound = موسیقي یا د لوډسپیکر غږ
    .construction = ساختماني کار
    .barking = د سپي غپل
    .equipment = ایرکنډیشن، پکه یا نور ماشینونه
    .vehicle = ولاړ موټرونه چې انجن یې چالان وي یا انجن ته زور ورکوي
    .other = نور
question-noise-ongoing = آیا شور همدا اوس روان دی؟
    .now = هو، همدا اوس
    .recurring = په منظم ډول پېښېږي
    .past = درېدلی دی
question-noise-noise_times = تشریح کړئ چې شور کله پېښېږي او څومره دوام کوي.

## د ملکیت د معیارونو بیړنۍ ستونزه
question-property-standards-urgent-issue = بیړنۍ ستونزه څه ده؟
    .no-heat = تودوخه نشته یا کافي نه ده
    .no-water = اوبه نشته
    .no-power = برېښنا نشته
    .lock = د ننوتلو د دروازې قلف مات دی
    .structure = ناخوندي جوړښت، بالکون یا زینې
question-property-standards-urgent-is_tenant = آیا تاسو په دې ودانۍ کې کرایه‌دار یاست؟
    .yes = هو
    .no = نه
question-property-standards-urgent-unit_number = ستاسو د اپارتمان شمېره څه ده؟

## د ملکیت د معیارونو شکایت
question-property-standards-issues = کومې ستونزې شته؟
    .pests = حشرات او موذي ژوي (موږکان، کاکروچان، د بستر کیکان)
    .mould = پوپنه
    .windows-doors = ماتې کړکۍ یا دروازې
    .leaks = څڅېدونکی بام یا دېوالونه
    .stairs-railings = زیانمنې زینې یا لاسنیوي
    .exterior = د ودانۍ بهرنۍ برخه خرابه ده
    .other = نور
question-property-standards-landlord_notified = که کرایه‌دار یاست، آیا مو د کور خاوند ته په لیکلي ډول خبر ورکړی دی؟
    .yes = هو
    .no = نه
    .not-tenant = زه کرایه‌دار نه یم
question-property-standards-details = ستونزه تشریح کړئ او ووایاست چې څومره وخت کېږي روانه ده.

## په شخصي ملکیت کې پرېښودل شوی موټر
question-abandoned-vehicle-licence_plate = که موټر نمبر پلېټ ولري، شمېره یې څه ده؟
question-abandoned-vehicle-vehicle_description = موټر تشریح کړئ (رنګ، جوړونکی شرکت، ډول).
