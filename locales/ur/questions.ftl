### خدمات کی فہرست کے سوالات: ہر قسم کی خدمت کے اضافی سوالات (Open311 خصوصیات)، اور
### فہرست والے سوالات کے لیے پیش کیے گئے جوابات، ان کی کلیدوں کے نام والی خصوصیات کے طور پر۔

## سڑک میں گڑھا
question-pothole-size = گڑھا تقریباً کتنا بڑا ہے؟
    .small = کھانے کی پلیٹ سے چھوٹا
    .medium = تقریباً گاڑی کے ٹائر جتنا
    .large = گاڑی کے ٹائر سے بڑا
question-pothole-lane = یہ سڑک کے کس حصے میں ہے؟
    .curb-lane = کرب کے ساتھ والی لین
    .centre-lane = درمیانی یا اوورٹیک کرنے والی لین
    .turn-lane = مڑنے والی لین
    .bike-lane = سائیکل لین
    .laneway = گلی

## سڑک پر خطرہ
question-road-hazard-hazard_type = خطرہ کیا ہے؟
    .road-collapse = سڑک کی سطح دھنس گئی ہے یا گڑھا بن گیا ہے
    .missing-cover = مین ہول یا نالی کی جالی کا ڈھکن غائب یا ٹوٹا ہوا ہے
    .debris = کسی لین میں بڑا ملبہ
    .spill = کوئی چیز گری ہوئی ہے یا پھسلن ہے
    .other = کچھ اور

## خراب فٹ پاتھ
question-sidewalk-damaged-damage = فٹ پاتھ میں کیا خرابی ہے؟
    .cracked = دراڑیں پڑی ہوئی ہیں
    .lifted = سلیں اٹھی ہوئی یا ناہموار ہیں
    .sunken = دھنسا ہوا یا اندر سے کھوکھلا ہے
    .missing = ٹکڑے غائب ہیں
    .curb-ramp = کرب کا ریمپ خراب ہے
question-sidewalk-damaged-trip_height = ناہموار کنارہ تقریباً کتنے سینٹی میٹر اونچا ہے؟

## سائیکل لین میں رکاوٹ
question-bike-lane-obstruction-obstruction = سائیکل لین کو کیا چیز روک رہی ہے؟
    .debris = ملبہ یا کچرا
    .construction = تعمیراتی سامان یا مشینری
    .bins = کچرے یا ری سائیکلنگ کے ڈبے
    .bollard = خراب یا گرا ہوا حفاظتی کھمبا
    .other = کچھ اور

## رہائشی سڑک پر بہت دیر سے کھڑی گاڑی
question-long-term-parking-licence_plate = اگر آپ نمبر پلیٹ دیکھ سکتے ہیں تو اس پر کیا نمبر ہے؟
question-long-term-parking-vehicle_description = گاڑی کی تفصیل بتائیں (رنگ، کمپنی، قسم)۔
question-long-term-parking-days_parked = یہ تقریباً کتنے دنوں سے وہاں کھڑی ہے؟

## اسٹریٹ لائٹ بند ہے
question-streetlight-out-light_problem = لائٹ میں کیا خرابی ہے؟
    .out = بند ہے
    .flickering = ٹمٹما رہی ہے یا بار بار جلتی بجھتی ہے
    .day-burning = دن میں جل رہی ہے
    .several-out = ایک قطار میں کئی لائٹس بند ہیں
question-streetlight-out-pole_number = اگر کھمبے پر نمبر کا ٹیگ ہے تو اس پر کیا لکھا ہے؟

## خراب یا غائب سائن بورڈ
question-sign-damaged-sign_type = یہ کس قسم کا سائن بورڈ ہے؟
    .street-name = سڑک کا نام
    .parking = پارکنگ
    .speed-limit = رفتار کی حد
    .warning = انتباہی نشان (موڑ، اسکول کا علاقہ وغیرہ)
    .other = دیگر
question-sign-damaged-sign_condition = اس میں کیا خرابی ہے؟
    .bent = مڑا ہوا یا گرا ہوا ہے
    .faded = مدھم ہے یا پڑھنا مشکل ہے
    .turned = غلط سمت میں مڑا ہوا ہے
    .blocked = شاخوں کے پیچھے چھپا ہوا ہے
    .missing = غائب ہے

## ٹریفک سگنل کام نہیں کر رہا
question-traffic-signal-malfunction-signal_problem = سگنل کیا کر رہا ہے؟
    .dark = بالکل بند ہے
    .flashing = لال یا پیلی بتی جل بجھ رہی ہے
    .stuck = ایک ہی رنگ پر رکا ہوا ہے
    .damaged = گرا ہوا یا خراب ہے
    .turned = غلط سمت میں مڑا ہوا ہے
question-traffic-signal-malfunction-direction = کس سمت کی ٹریفک متاثر ہے (مثلاً، شمال کی طرف جانے والی)؟

## ٹریفک کی حفاظت سے متعلق تشویش
question-traffic-safety-concern-concern = آپ کی تشویش کیا ہے؟
    .speeding = تیز رفتاری
    .signal-timing = سگنل کا وقت
    .visibility = کم نظر آنا
    .crossing = سڑک پار کرنا مشکل ہے
    .cut-through = شارٹ کٹ کے لیے گزرنے والی ٹریفک
question-traffic-safety-concern-details = مزید بتائیں: یہ کب ہوتا ہے، اور کون متاثر ہوتا ہے؟

## فٹ پاتھ سے برف صاف نہیں ہوئی
question-snow-sidewalk-condition = فٹ پاتھ کی حالت کیسی ہے؟
    .snow = برف سے ڈھکا ہوا ہے
    .ice = اس پر پالا جما ہوا ہے
    .snowbank = سڑک سے برف ہٹانے کی وجہ سے برف کے ڈھیر سے بند ہے

## کچرا نہیں اٹھایا گیا
question-missed-garbage-collection_day = آپ کا کچرا اٹھانے کا طے شدہ دن کون سا تھا؟
question-missed-garbage-set_out = کیا ڈبہ صبح 7 بجے تک کرب پر رکھا ہوا تھا؟
    .yes = جی ہاں
    .no = جی نہیں

## ری سائیکلنگ نہیں اٹھائی گئی
question-missed-recycling-collection_day = آپ کا کچرا اٹھانے کا طے شدہ دن کون سا تھا؟
question-missed-recycling-set_out = کیا ڈبہ صبح 7 بجے تک کرب پر رکھا ہوا تھا؟
    .yes = جی ہاں
    .no = جی نہیں

## سبز ڈبہ نہیں اٹھایا گیا
question-missed-green-bin-collection_day = آپ کا کچرا اٹھانے کا طے شدہ دن کون سا تھا؟
question-missed-green-bin-set_out = کیا ڈبہ صبح 7 بجے تک کرب پر رکھا ہوا تھا؟
    .yes = جی ہاں
    .no = جی نہیں

## خراب ڈبہ
question-bin-damaged-bin_type = کون سا ڈبہ خراب ہے؟
    .garbage = کچرے کا ڈبہ
    .recycling = نیلا ڈبہ (ری سائیکلنگ)
    .green-bin = سبز ڈبہ (نامیاتی کچرا)
question-bin-damaged-damage = کیا چیز خراب ہے؟
    .lid = ڈھکن
    .wheels = پہیہ یا دھرا
    .handle = ہینڈل
    .body = ڈبے کے جسم میں دراڑ
    .latch = جانوروں سے محفوظ رکھنے والی کنڈی
question-bin-damaged-bin_serial = اگر آپ پڑھ سکتے ہیں تو ڈبے پر چھپا ہوا سیریل نمبر کیا ہے؟

## بڑی اشیاء اٹھوانا
question-bulky-item-pickup-item_types = آپ کیا باہر رکھیں گے؟
    .furniture = فرنیچر
    .mattress = گدا یا باکس اسپرنگ
    .appliance = چولہا، واشنگ مشین، ڈرائر یا ڈش واشر
    .refrigerant = فریج، فریزر یا ایئر کنڈیشنر
    .carpet = قالین یا دری
    .other = کوئی اور بڑی چیز
question-bulky-item-pickup-item_count = آپ کتنی چیزیں باہر رکھیں گے؟

## شہر کی املاک پر لکھائی
question-graffiti-city-property-surface = کن سطحوں پر لکھائی کی گئی ہے؟
    .wall = دیوار یا عمارت
    .bridge = پل یا انڈرپاس
    .fence = باڑ
    .sign-pole = سائن بورڈ یا کھمبا
    .box = یوٹیلیٹی یا سگنل باکس
    .other = دیگر

## سڑک کے سائن بورڈز، کھمبوں یا سگنل باکس پر لکھائی
question-graffiti-road-assets-asset_type = لکھائی کس چیز پر ہے؟
    .sign = سڑک کا سائن بورڈ
    .signal-box = ٹریفک سگنل باکس
    .pole = کھمبا
    .retaining-wall = پشتے کی دیوار یا شور روکنے والی دیوار
    .bridge = پل یا انڈرپاس
    .other = کچھ اور

## نجی جائیداد پر لکھائی
question-graffiti-private-property-surface = کن سطحوں پر لکھائی کی گئی ہے؟
    .wall = دیوار
    .fence = باڑ
    .garage-door = گیراج کا دروازہ
    .window = کھڑکی یا دروازہ
    .other = دیگر
question-graffiti-private-property-is_owner = کیا آپ اس جائیداد کے مالک ہیں؟
    .yes = جی ہاں
    .no = جی نہیں

## نفرت انگیز یا گینگ کی لکھائی
question-graffiti-hate-police_reported = کیا آپ نے اس کی اطلاع ٹورنٹو پولیس کو دی ہے؟
    .yes = جی ہاں
    .no = جی نہیں
question-graffiti-hate-police_reference = اگر آپ کے پاس پولیس رپورٹ نمبر ہے تو وہ کیا ہے؟

## غیر قانونی طور پر کچرا پھینکنا
question-illegal-dumping-item_types = کیا پھینکا گیا تھا؟
    .household = گھریلو کچرے کے تھیلے
    .furniture = فرنیچر
    .mattress = گدا
    .tires = ٹائر
    .construction = تعمیر یا مرمت کا ملبہ
    .electronics = الیکٹرانک سامان
    .hazardous = پینٹ، کیمیکل یا دوسرا خطرناک کچرا
    .other = دیگر
question-illegal-dumping-noticed_at = آپ نے اسے کب دیکھا، یا اسے پھینکتے ہوئے کب دیکھا؟
question-illegal-dumping-witness = اگر آپ نے دیکھا کہ اسے کس نے پھینکا تو اس شخص یا گاڑی کی تفصیل بتائیں۔ ان کے قریب نہ جائیں۔

## چھوڑی ہوئی سائیکل
question-abandoned-bike-bike_condition = اس کی حالت کیسی ہے؟
    .missing-wheel = ایک پہیہ غائب ہے
    .missing-parts = سیٹ یا ہینڈل غائب ہے
    .flat-tires = ٹائر پنکچر ہیں
    .rusted = زنجیر یا پرزوں کو زنگ لگا ہے
    .bent-frame = فریم مڑا ہوا یا خراب ہے

## پانی کی مین لائن ٹوٹ گئی
question-water-main-break-water_flow = کتنا پانی بہہ رہا ہے؟
    .trickle = تھوڑا سا پانی رس رہا ہے یا کوئی جگہ گیلی ہے
    .steady = پانی مسلسل بہہ رہا ہے
    .gushing = پانی تیزی سے ابل رہا ہے یا سڑک پر پھیل گیا ہے

## پانی نہیں آ رہا
question-no-water-neighbours_affected = کیا آپ کے پڑوسیوں کے ہاں بھی پانی نہیں آ رہا؟
    .yes = جی ہاں
    .no = جی نہیں
    .unknown = مجھے نہیں معلوم
question-no-water-started_at = پانی کب بند ہوا؟

## سیوریج کا الٹا آنا یا تہ خانے میں پانی بھرنا
question-sewer-backup-water_depth = پانی تقریباً کتنے سینٹی میٹر گہرا ہے؟
question-sewer-backup-backwater_valve = کیا اس جائیداد میں بیک واٹر والو (پانی کو واپس آنے سے روکنے والا والو) لگا ہے؟
    .yes = جی ہاں
    .no = جی نہیں
    .unknown = مجھے نہیں معلوم

## سڑک کی نالی بند
question-catch-basin-blocked-ponding = کیا پانی جمع ہو رہا ہے؟
    .none = نہیں، ابھی نہیں
    .road = سڑک پر پانی جمع ہے
    .sidewalk = پانی فٹ پاتھ یا کسی جائیداد تک پہنچ رہا ہے

## خراب یا رسنے والا فائر ہائیڈرنٹ
question-fire-hydrant-damaged-hydrant_problem = فائر ہائیڈرنٹ میں کیا خرابی ہے؟
    .knocked-over = گرا ہوا ہے یا اسے ٹکر لگی ہے
    .leaking = رس رہا ہے
    .missing-cap = ڈھکن غائب ہے
    .blocked = راستہ بند ہے یا چھپا ہوا ہے
    .paint = لکھائی یا پینٹ

## بدرنگ یا بدذائقہ پانی
question-water-quality-water_issue = آپ کو کیا محسوس ہو رہا ہے؟
    .brown = بھورا یا پیلا
    .cloudy = گدلا یا دودھیا
    .taste = غیر معمولی ذائقہ
    .smell = غیر معمولی بو
    .particles = ذرات یا تلچھٹ

## گرا ہوا یا خراب درخت (ہنگامی)
question-tree-emergency-blocking = کیا چیز متاثر ہے؟
    .road = سڑک
    .sidewalk = فٹ پاتھ
    .driveway = ڈرائیو وے
    .building = گھر یا عمارت
    .vehicle = گاڑی
    .wires = تاریں
    .nothing = ابھی کچھ نہیں، لیکن یہ گر سکتا ہے

## درخت کی کٹائی (غیر ہنگامی)
question-tree-pruning-reason = درخت کی کٹائی کیوں ضروری ہے؟
    .low-branches = فٹ پاتھ یا سڑک پر نیچے لٹکتی شاخیں
    .blocking = سائن بورڈ یا اسٹریٹ لائٹ کو چھپا رہا ہے
    .touching-building = گھر یا عمارت کو چھو رہا ہے
    .dead-branches = سوکھی شاخیں

## پارک کے بیت الخلا میں مسئلہ
question-park-washroom-issue = مسئلہ کیا ہے؟
    .dirty = گندا ہے
    .supplies = صابن، کاغذی تولیے یا ٹوائلٹ پیپر نہیں ہے
    .locked = کھلنے کے اوقات میں بند ہے
    .broken = ٹوائلٹ، سنک یا دروازہ ٹوٹا ہوا ہے
    .leak = پانی رس رہا ہے یا بھر گیا ہے

## کھیل کے میدان کا خراب سامان
question-playground-damaged-equipment = کون سا سامان؟
    .swing = جھولا
    .slide = پھسلن
    .climber = چڑھنے کا ڈھانچا یا کھیل کا ڈھانچا
    .surface = زمین کی سطح (ریت، لکڑی کا برادہ یا ربڑ)
    .other = دیگر
question-playground-damaged-unsafe = کیا ابھی اسے استعمال کرنے سے کسی کو چوٹ لگ سکتی ہے؟
    .yes = جی ہاں
    .no = جی نہیں
    .unsure = یقین نہیں ہے

## پارک میں خیمے
question-park-encampment-tent_count = وہاں تقریباً کتنے خیمے یا ڈھانچے ہیں؟
question-park-encampment-details = کیا کوئی ایسی بات ہے جو سماجی کارکنوں کو معلوم ہونی چاہیے، جیسے آگ یا حفاظت سے متعلق کوئی اور تشویش؟

## سڑک یا فٹ پاتھ پر مردہ جانور
question-dead-animal-road-animal_type = یہ کس قسم کا جانور ہے (مثلاً، ریکون، گلہری یا بلی)؟
question-dead-animal-road-animal_size = یہ کتنا بڑا ہے؟
    .small = چھوٹا (گلہری، پرندہ)
    .medium = درمیانہ (ریکون، بلی)
    .large = بڑا (ہرن، کایوٹ، کتا)

## زخمی یا بیمار جنگلی جانور
question-injured-wildlife-animal_type = یہ کس قسم کا جانور ہے؟
question-injured-wildlife-condition = جانور کو کیا ہو رہا ہے؟
    .injured = زخمی ہے
    .sick = بیمار ہے یا عجیب حرکتیں کر رہا ہے
    .trapped = پھنسا ہوا یا الجھا ہوا ہے
    .orphaned = کوئی بچہ جانور جو اکیلا لگتا ہے

## آوارہ یا کھلا کتا
question-stray-dog-dog_contained = کیا کتا قابو میں ہے، مثلاً کسی صحن میں یا پٹے سے بندھا ہوا؟
    .yes = جی ہاں
    .no = جی نہیں

## کتے کا کاٹنا یا حملہ
question-dog-bite-incident_time = یہ کب ہوا؟
question-dog-bite-victim = کسے کاٹا گیا یا کس پر حملہ ہوا؟
    .person = کسی انسان کو
    .dog = کسی دوسرے کتے کو
    .other-animal = کسی دوسرے جانور کو

## بغیر پٹے کے کتا
question-dog-off-leash-usual_time = یہ عام طور پر کب ہوتا ہے (مثلاً، کام کے دنوں میں صبح کے وقت)؟

## شور کی شکایت
question-noise-noise_source = شور کس چیز سے ہو رہا ہے؟
    .amplified-sound = موسیقی یا لاؤڈ اسپیکر کی آواز
    .construction = تعمیراتی کام
    .barking = بھونکتا ہوا کتا
    .equipment = ایئر کنڈیشنر، پنکھا یا کوئی اور مشین
    .vehicle = کھڑی چلتی گاڑیاں یا انجن کی تیز آواز
    .other = دیگر
question-noise-ongoing = کیا شور ابھی ہو رہا ہے؟
    .now = جی ہاں، ابھی
    .recurring = یہ باقاعدگی سے ہوتا ہے
    .past = یہ رک گیا ہے
question-noise-noise_times = بتائیں کہ شور کب ہوتا ہے اور کتنی دیر رہتا ہے۔

## جائیداد کے معیار کا فوری مسئلہ
question-property-standards-urgent-issue = فوری مسئلہ کیا ہے؟
    .no-heat = ہیٹنگ نہیں ہے یا کافی نہیں ہے
    .no-water = پانی نہیں ہے
    .no-power = بجلی نہیں ہے
    .lock = داخلی دروازے کا تالا ٹوٹا ہوا ہے
    .structure = غیر محفوظ ڈھانچا، بالکونی یا سیڑھیاں
question-property-standards-urgent-is_tenant = کیا آپ اس عمارت میں کرایہ دار ہیں؟
    .yes = جی ہاں
    .no = جی نہیں
question-property-standards-urgent-unit_number = آپ کے یونٹ کا نمبر کیا ہے؟

## جائیداد کے معیار کی شکایت
question-property-standards-issues = کیا مسائل ہیں؟
    .pests = کیڑے مکوڑے (چوہے، لال بیگ، کھٹمل)
    .mould = پھپھوندی
    .windows-doors = ٹوٹی ہوئی کھڑکیاں یا دروازے
    .leaks = ٹپکتی چھت یا دیواریں
    .stairs-railings = خراب سیڑھیاں یا ریلنگ
    .exterior = عمارت کا بیرونی حصہ خراب حالت میں
    .other = دیگر
question-property-standards-landlord_notified = اگر آپ کرایہ دار ہیں تو کیا آپ نے اپنے مالک مکان کو تحریری طور پر بتایا ہے؟
    .yes = جی ہاں
    .no = جی نہیں
    .not-tenant = میں کرایہ دار نہیں ہوں
question-property-standards-details = مسئلہ بیان کریں اور بتائیں کہ یہ کب سے چل رہا ہے۔

## نجی جائیداد پر چھوڑی ہوئی گاڑی
question-abandoned-vehicle-licence_plate = اگر گاڑی پر نمبر پلیٹ ہے تو اس پر کیا نمبر ہے؟
question-abandoned-vehicle-vehicle_description = گاڑی کی تفصیل بتائیں (رنگ، کمپنی، قسم)۔
