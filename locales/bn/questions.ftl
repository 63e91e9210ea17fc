### ক্যাটালগের প্রশ্ন: প্রতিটি পরিষেবার ধরনের অতিরিক্ত প্রশ্ন (Open311 বৈশিষ্ট্য), এবং
### তালিকাভিত্তিক প্রশ্নের জন্য দেওয়া উত্তর, যেগুলোর নাম তাদের কী অনুযায়ী রাখা হয়েছে।

## রাস্তায় গর্ত
question-pothole-size = গর্তটি আনুমানিক কত বড়?
    .small = খাবারের প্লেটের চেয়ে ছোট
    .medium = প্রায় গাড়ির টায়ারের সমান
    .large = গাড়ির টায়ারের চেয়ে বড়
question-pothole-lane = এটি রাস্তার কোন অংশে আছে?
    .curb-lane = কার্বের পাশের লেন
    .centre-lane = মাঝের লেন বা ওভারটেক করার লেন
    .turn-lane = মোড় নেওয়ার লেন
    .bike-lane = সাইকেল লেন
    .laneway = গলি

## রাস্তায় বিপদ
question-road-hazard-hazard_type = বিপদটি কী?
    .road-collapse = রাস্তার উপরিভাগ ধসে গেছে বা বড় গর্ত তৈরি হয়েছে
    .missing-cover = ম্যানহোল বা ঝাঁঝরির ঢাকনা নেই বা ভাঙা
    .debris = লেনে বড় ধ্বংসাবশেষ
    .spill = কিছু পড়ে ছড়িয়ে আছে বা পিচ্ছিল পদার্থ
    .other = অন্য কিছু

## ক্ষতিগ্রস্ত ফুটপাত
question-sidewalk-damaged-damage = ফুটপাতে কী সমস্যা?
    .cracked = ফেটে গেছে
    .lifted = স্ল্যাব উঁচু হয়ে গেছে বা অসমান
    .sunken = বসে গেছে বা ফাঁপা
    .missing = কিছু অংশ নেই
    .curb-ramp = কার্বের ঢাল (র‍্যাম্প) ক্ষতিগ্রস্ত
question-sidewalk-damaged-trip_height = অসমান কিনারাটি আনুমানিক কত সেন্টিমিটার উঁচু?

## সাইকেল লেনে বাধা
question-bike-lane-obstruction-obstruction = সাইকেল লেন কী দিয়ে আটকে আছে?
    .debris = ধ্বংসাবশেষ বা ময়লা
    .construction = নির্মাণসামগ্রী বা যন্ত্রপাতি
    .bins = আবর্জনা বা রিসাইক্লিংয়ের বিন
    .bollard = ক্ষতিগ্রস্ত বা পড়ে যাওয়া ছোট খুঁটি
    .other = অন্য কিছু

## আবাসিক রাস্তায় অনেকক্ষণ পার্ক করা গাড়ি
question-long-term-parking-licence_plate = আপনি দেখতে পেলে, গাড়ির নম্বর প্লেট কী?
question-long-term-parking-vehicle_description = গাড়িটির বর্ণনা দিন (রং, কোম্পানি, ধরন)।
question-long-term-parking-days_parked = গাড়িটি আনুমানিক কত দিন ধরে সেখানে পার্ক করা আছে?

## রাস্তার বাতি নিভে আছে
question-streetlight-out-light_problem = বাতিতে কী সমস্যা?
    .out = বাতি নিভে আছে
    .flickering = মিটমিট করছে বা বারবার জ্বলছে-নিভছে
    .day-burning = দিনের বেলায় জ্বলছে
    .several-out = এক সারিতে কয়েকটি বাতি নিভে আছে
question-streetlight-out-pole_number = খুঁটিতে নম্বরের ট্যাগ থাকলে, তাতে কী লেখা আছে?

## ক্ষতিগ্রস্ত বা হারিয়ে যাওয়া সাইন
question-sign-damaged-sign_type = এটি কী ধরনের সাইন?
    .street-name = রাস্তার নাম
    .parking = পার্কিং
    .speed-limit = গতিসীমা
    .warning = সতর্কতা সাইন (বাঁক, স্কুল এলাকা ও এ ধরনের)
    .other = অন্যান্য
question-sign-damaged-sign_condition = এতে কী সমস্যা?
    .bent = বাঁকা বা পড়ে গেছে
    .faded = বিবর্ণ বা পড়া কঠিন
    .turned = ভুল দিকে ঘুরে গেছে
    .blocked = ডালপালায় ঢাকা
    .missing = নেই

## ট্রাফিক সিগন্যাল কাজ করছে না
question-traffic-signal-malfunction-signal_problem = সিগন্যালটি কী করছে?
    .dark = পুরোপুরি নিভে আছে
    .flashing = লাল বা হলুদ বাতি জ্বলছে-নিভছে
    .stuck = একটি রঙে আটকে আছে
    .damaged = পড়ে গেছে বা ক্ষতিগ্রস্ত
    .turned = ভুল দিকে ঘুরে গেছে
question-traffic-signal-malfunction-direction = কোন দিকে চলা যানবাহন প্রভাবিত হচ্ছে (যেমন, উত্তরমুখী)?

## ট্রাফিক নিরাপত্তা নিয়ে উদ্বেগ
question-traffic-safety-concern-concern = আপনার উদ্বেগগুলো কী?
    .speeding = অতিরিক্ত গতি
    .signal-timing = সিগন্যালের সময়
    .visibility = ভালোভাবে দেখা যায় না
    .crossing = পার হওয়া কঠিন
    .cut-through = শর্টকাট হিসেবে চলাচলকারী যানবাহন
question-traffic-safety-concern-details = আমাদের আরও জানান: এটি কখন ঘটে, এবং কারা প্রভাবিত হন?

## ফুটপাত থেকে তুষার সরানো হয়নি
question-snow-sidewalk-condition = ফুটপাতের অবস্থা কেমন?
    .snow = তুষারে ঢাকা
    .ice = বরফে পিচ্ছিল
    .snowbank = রাস্তা থেকে সরানো তুষারের স্তূপে আটকে আছে

## আবর্জনা নেওয়া হয়নি
question-missed-garbage-collection_day = আপনার নির্ধারিত সংগ্রহের দিন কোনটি ছিল?
question-missed-garbage-set_out = বিনটি কি সকাল 7টার মধ্যে কার্বে রাখা ছিল?
    .yes = হ্যাঁ
    .no = না

## রিসাইক্লিং নেওয়া হয়নি
question-missed-recycling-collection_day = আপনার নির্ধারিত সংগ্রহের দিন কোনটি ছিল?
question-missed-recycling-set_out = বিনটি কি সকাল 7টার মধ্যে কার্বে রাখা ছিল?
    .yes = হ্যাঁ
    .no = না

## সবুজ বিন নেওয়া হয়নি
question-missed-green-bin-collection_day = আপনার নির্ধারিত সংগ্রহের দিন কোনটি ছিল?
question-missed-green-bin-set_out = বিনটি কি সকাল 7টার মধ্যে কার্বে রাখা ছিল?
    .yes = হ্যাঁ
    .no = না

## ক্ষতিগ্রস্ত বিন
question-bin-damaged-bin_type = কোন বিনটি ক্ষতিগ্রস্ত?
    .garbage = আবর্জনার বিন
    .recycling = নীল বিন (রিসাইক্লিং)
    .green-bin = সবুজ বিন (জৈব বর্জ্য)
question-bin-damaged-damage = কী ক্ষতিগ্রস্ত হয়েছে?
    .lid = ঢাকনা
    .wheels = চাকা বা অ্যাক্সেল
    .handle = হাতল
    .body = বিনের গায়ে ফাটল
    .latch = প্রাণী ঠেকানোর ছিটকিনি
question-bin-damaged-bin_serial = আপনি পড়তে পারলে, বিনের গায়ে ছাপানো সিরিয়াল নম্বর কী?

## বড় জিনিস নিয়ে যাওয়া
question-bulky-item-pickup-item_types = আপনি কী বাইরে রাখবেন?
    .furniture = আসবাবপত্র
    .mattress = তোশক বা বক্স স্প্রিং
    .appliance = চুলা, ওয়াশিং মেশিন, ড্রায়ার বা ডিশওয়াশার
    .refrigerant = ফ্রিজ, ফ্রিজার বা এয়ার কন্ডিশনার
    .carpet = কার্পেট বা গালিচা
    .other = অন্য বড় জিনিস
question-bulky-item-pickup-item_count = আপনি কয়টি জিনিস বাইরে রাখবেন?

## সিটির সম্পত্তিতে গ্রাফিতি
question-graffiti-city-property-surface = কোন কোন জায়গা ঢাকা পড়েছে?
    .wall = দেয়াল বা ভবন
    .bridge = সেতু বা আন্ডারপাস
    .fence = বেড়া
    .sign-pole = সাইন বা খুঁটি
    .box = বিদ্যুৎ, পানি ইত্যাদি পরিষেবার বা সিগন্যালের বক্স
    .other = অন্যান্য

## রাস্তার সাইন, খুঁটি বা সিগন্যাল বক্সে গ্রাফিতি
question-graffiti-road-assets-asset_type = গ্রাফিতি কিসের ওপর?
    .sign = রাস্তার সাইন
    .signal-box = ট্রাফিক সিগন্যাল বক্স
    .pole = খুঁটি
    .retaining-wall = ধারক দেয়াল বা শব্দ প্রতিরোধী দেয়াল
    .bridge = সেতু বা আন্ডারপাস
    .other = অন্য কিছু

## ব্যক্তিগত সম্পত্তিতে গ্রাফিতি
question-graffiti-private-property-surface = কোন কোন জায়গা ঢাকা পড়েছে?
    .wall = দেয়াল
    .fence = বেড়া
    .garage-door = গ্যারেজের দরজা
    .window = জানালা বা দরজা
    .other = অন্যান্য
question-graffiti-private-property-is_owner = আপনি কি এই সম্পত্তির মালিক?
    .yes = হ্যাঁ
    .no = না

## ঘৃণামূলক বা গ্যাং গ্রাফিতি
question-graffiti-hate-police_reported = আপনি কি এটি টরন্টো পুলিশকে জানিয়েছেন?
    .yes = হ্যাঁ
    .no = না
question-graffiti-hate-police_reference = আপনার কাছে থাকলে, পুলিশ রিপোর্ট নম্বর কী?

## অবৈধভাবে ময়লা ফেলা
question-illegal-dumping-item_types = কী ফেলা হয়েছিল?
    .household = গৃহস্থালি আবর্জনার ব্যাগ
    .furniture = আসবাবপত্র
    .mattress = তোশক
    .tires = টায়ার
    .construction = নির্মাণ বা সংস্কারের বর্জ্য
    .electronics = ইলেকট্রনিক জিনিস
    .hazardous = রং, রাসায়নিক বা অন্য বিপজ্জনক বর্জ্য
    .other = অন্যান্য
question-illegal-dumping-noticed_at = আপনি কখন এটি লক্ষ করেছেন, বা কখন কাউকে এটি ফেলতে দেখেছেন?
question-illegal-dumping-witness = কে ফেলেছে তা দেখে থাকলে, সেই ব্যক্তি বা গাড়ির বর্ণনা দিন। তাদের কাছে যাবেন না।

## ফেলে রাখা সাইকেল
question-abandoned-bike-bike_condition = এটির অবস্থা কেমন?
    .missing-wheel = একটি চাকা নেই
    .missing-parts = সিট বা হ্যান্ডেল নেই
    .flat-tires = টায়ারে হাওয়া নেই
    .rusted = চেইন বা যন্ত্রাংশে মরিচা ধরেছে
    .bent-frame = ফ্রেম বাঁকা বা ক্ষতিগ্রস্ত

## প্রধান পানির পাইপ ফেটে গেছে
question-water-main-break-water_flow = কতটা পানি বইছে?
    .trickle = অল্প অল্প চুঁইয়ে পড়ছে বা জায়গাটা ভেজা
    .steady = একটানা ধারায় বইছে
    .gushing = তোড়ে বের হচ্ছে বা রাস্তা ভেসে যাচ্ছে

## পানি নেই
question-no-water-neighbours_affected = আপনার প্রতিবেশীদেরও কি পানি নেই?
    .yes = হ্যাঁ
    .no = না
    .unknown = আমি জানি না
question-no-water-started_at = পানি কখন বন্ধ হয়েছে?

## পয়ঃনালার পানি উল্টে আসা বা বেসমেন্টে পানি ঢোকা
question-sewer-backup-water_depth = পানি আনুমানিক কত সেন্টিমিটার গভীর?
question-sewer-backup-backwater_valve = সম্পত্তিতে কি ব্যাকওয়াটার ভালভ (পানি উল্টে আসা ঠেকানোর ভালভ) আছে?
    .yes = হ্যাঁ
    .no = না
    .unknown = আমি জানি না

## বন্ধ হয়ে যাওয়া রাস্তার ড্রেন (ক্যাচ বেসিন)
question-catch-basin-blocked-ponding = পানি কি জমে আছে?
    .none = না, এই মুহূর্তে নয়
    .road = রাস্তায় পানি জমে আছে
    .sidewalk = পানি ফুটপাত বা কোনো সম্পত্তিতে গড়িয়ে যাচ্ছে

## ক্ষতিগ্রস্ত বা লিক করা ফায়ার হাইড্রেন্ট
question-fire-hydrant-damaged-hydrant_problem = হাইড্রেন্টে কী সমস্যা?
    .knocked-over = পড়ে গেছে বা ধাক্কা লেগেছে
    .leaking = পানি লিক করছে
    .missing-cap = ঢাকনা নেই
    .blocked = বাধা আছে বা ঢাকা পড়ে আছে
    .paint = গ্রাফিতি বা রং

## রং বদলে যাওয়া বা খারাপ স্বাদের পানি
question-water-quality-water_issue = আপনি কী লক্ষ করছেন?
    .brown = বাদামি বা হলুদ
    .cloudy = ঘোলা বা দুধের মতো সাদা
    .taste = অস্বাভাবিক স্বাদ
    .smell = অস্বাভাবিক গন্ধ
    .particles = কণা বা তলানি

## গাছ পড়ে গেছে বা ক্ষতিগ্রস্ত (জরুরি)
question-tree-emergency-blocking = কী প্রভাবিত হয়েছে?
    .road = রাস্তা
    .sidewalk = ফুটপাত
    .driveway = ড্রাইভওয়ে
    .building = বাড়ি বা ভবন
    .vehicle = গাড়ি
    .wires = তার
    .nothing = এখনো কিছু নয়, তবে এটি পড়ে যেতে পারে

## গাছ ছাঁটাই (জরুরি নয়)
question-tree-pruning-reason = গাছটি কেন ছাঁটাই করা দরকার?
    .low-branches = ফুটপাত বা রাস্তার ওপর নিচু হয়ে ঝুলে থাকা ডাল
    .blocking = সাইন বা রাস্তার বাতি ঢেকে দিচ্ছে
    .touching-building = বাড়ি বা ভবন ছুঁয়ে আছে
    .dead-branches = মরা ডাল

## পার্কের শৌচাগারে সমস্যা
question-park-washroom-issue = সমস্যাটি কী?
    .dirty = নোংরা
    .supplies = সাবান, পেপার টাওয়েল বা টয়লেট পেপার নেই
    .locked = খোলা থাকার সময়েও তালাবন্ধ
    .broken = টয়লেট, সিংক বা দরজা ভাঙা
    .leak = লিক বা পানি জমে আছে

## খেলার মাঠের ক্ষতিগ্রস্ত সরঞ্জাম
question-playground-damaged-equipment = কোন সরঞ্জাম?
    .swing = দোলনা
    .slide = স্লাইড
    .climber = চড়ার কাঠামো বা খেলার কাঠামো
    .surface = মাটির উপরিভাগ (বালি, কাঠের কুচি বা রাবার)
    .other = অন্যান্য
question-playground-damaged-unsafe = এখন এটি ব্যবহার করলে কি কেউ আঘাত পেতে পারে?
    .yes = হ্যাঁ
    .no = না
    .unsure = নিশ্চিত নই

## পার্কে তাঁবু বা অস্থায়ী বসতি
question-park-encampment-tent_count = সেখানে আনুমানিক কয়টি তাঁবু বা কাঠামো আছে?
question-park-encampment-details = সহায়তা কর্মীদের জানা দরকার এমন কিছু আছে কি, যেমন আগুন বা অন্য কোনো নিরাপত্তা উদ্বেগ?

## রাস্তা বা ফুটপাতে মৃত প্রাণী
question-dead-animal-road-animal_type = এটি কী ধরনের প্রাণী (যেমন, রাকুন, কাঠবিড়ালি বা বিড়াল)?
question-dead-animal-road-animal_size = এটি কত বড়?
    .small = ছোট (কাঠবিড়ালি, পাখি)
    .medium = মাঝারি (রাকুন, বিড়াল)
    .large = বড় (হরিণ, কয়োট, কুকুর)

## আহত বা অসুস্থ বন্যপ্রাণী
question-injured-wildlife-animal_type = এটি কী ধরনের প্রাণী?
question-injured-wildlife-condition = প্রাণীটির কী হচ্ছে?
    .injured = আহত
    .sick = অসুস্থ বা অদ্ভুত আচরণ করছে
    .trapped = আটকে গেছে বা জড়িয়ে গেছে
    .orphaned = একটি বাচ্চা প্রাণী যাকে একা মনে হচ্ছে

## বেওয়ারিশ বা ছাড়া কুকুর
question-stray-dog-dog_contained = কুকুরটি কি আটকানো আছে, যেমন কোনো উঠানে বা বাঁধনে (লিশে)?
    .yes = হ্যাঁ
    .no = না

## কুকুরের কামড় বা আক্রমণ
question-dog-bite-incident_time = এটি কখন ঘটেছে?
question-dog-bite-victim = কাকে কামড়েছে বা কার ওপর আক্রমণ হয়েছে?
    .person = একজন মানুষকে
    .dog = অন্য একটি কুকুরকে
    .other-animal = অন্য একটি প্রাণীকে

## বাঁধন ছাড়া কুকুর
question-dog-off-leash-usual_time = এটি সাধারণত কখন ঘটে (যেমন, কর্মদিবসের সকালে)?

## শব্দের অভিযোগ
question-noise-noise_source = কিসের কারণে শব্দ হচ্ছে?
    .amplified-sound = গান বা মাইকের শব্দ
    .construction = নির্মাণকাজ
    .barking = ঘেউ ঘেউ করা কুকুর
    .equipment = এয়ার কন্ডিশনার, ফ্যান বা অন্য যন্ত্র
    .vehicle = দাঁড়িয়ে ইঞ্জিন চালু রাখা বা ইঞ্জিন গর্জানো গাড়ি
    .other = অন্যান্য
question-noise-ongoing = শব্দ কি এখন হচ্ছে?
    .now = হ্যাঁ, এখনই
    .recurring = এটি নিয়মিত ঘটে
    .past = এটি থেমে গেছে
question-noise-noise_times = শব্দ কখন হয় এবং কতক্ষণ থাকে তা বর্ণনা করুন।

## সম্পত্তির মান নিয়ে জরুরি সমস্যা
question-property-standards-urgent-issue = জরুরি সমস্যাটি কী?
    .no-heat = হিটিং নেই বা যথেষ্ট নয়
    .no-water = পানি নেই
    .no-power = বিদ্যুৎ নেই
    .lock = প্রবেশদরজার তালা ভাঙা
    .structure = অনিরাপদ কাঠামো, বারান্দা বা সিঁড়ি
question-property-standards-urgent-is_tenant = আপনি কি এই ভবনের ভাড়াটে?
    .yes = হ্যাঁ
    .no = না
question-property-standards-urgent-unit_number = আপনার ইউনিট নম্বর কী?

## সম্পত্তির মান নিয়ে অভিযোগ
question-property-standards-issues = কী কী সমস্যা আছে?
    .pests = পোকামাকড় (ইঁদুর, তেলাপোকা, ছারপোকা)
    .mould = ছত্রাক
    .windows-doors = ভাঙা জানালা বা দরজা
    .leaks = ছাদ বা দেয়াল চুঁইয়ে পানি পড়া
    .stairs-railings = ক্ষতিগ্রস্ত সিঁড়ি বা রেলিং
    .exterior = ভবনের বাইরের অংশ খারাপ অবস্থায়
    .other = অন্যান্য
question-property-standards-landlord_notified = আপনি ভাড়াটে হলে, আপনি কি বাড়িওয়ালাকে লিখিতভাবে জানিয়েছেন?
    .yes = হ্যাঁ
    .no = না
    .not-tenant = আমি ভাড়াটে নই
question-property-standards-details = সমস্যাটির বর্ণনা দিন এবং এটি কত দিন ধরে চলছে তা জানান।

## ব্যক্তিগত সম্পত্তিতে ফেলে রাখা গাড়ি
question-abandoned-vehicle-licence_plate = গাড়িটিতে নম্বর প্লেট থাকলে, সেটি কী?
question-abandoned-vehicle-vehicle_description = গাড়িটির বর্ণনা দিন (রং, কোম্পানি, ধরন)।
