### សំណួរក្នុងបញ្ជីសេវាកម្ម៖ សំណួរបន្ថែម (លក្ខណៈ Open311) នៃប្រភេទសេវាកម្មនីមួយៗ និង
### ចម្លើយដែលផ្តល់ជូនសម្រាប់សំណួរជាបញ្ជី ជាលក្ខណៈដែលដាក់ឈ្មោះតាមកូនសោរបស់ចម្លើយ។

## រណ្តៅលើផ្លូវ
question-pothole-size = តើរណ្តៅនោះធំប្រហែលប៉ុណ្ណា?
    .small = តូចជាងចានបាយ
    .medium = ប្រហែលប៉ុនកង់ឡាន
    .large = ធំជាងកង់ឡាន
question-pothole-lane = តើវានៅផ្នែកណានៃផ្លូវ?
    .curb-lane = គន្លងផ្លូវជាប់ថ្មគែមផ្លូវ
    .centre-lane = គន្លងកណ្តាល ឬគន្លងវ៉ាជែង
    .turn-lane = គន្លងបត់
    .bike-lane = គន្លងកង់
    .laneway = ផ្លូវតូច

## គ្រោះថ្នាក់លើផ្លូវ
question-road-hazard-hazard_type = តើជាគ្រោះថ្នាក់អ្វី?
    .road-collapse = ផ្ទៃផ្លូវស្រុត ឬមានរណ្តៅស្រុតដី
    .missing-cover = គម្របលូ ឬគម្របរនាំងបង្ហូរទឹកបាត់ ឬបែក
    .debris = កម្ទេចកម្ទីធំៗក្នុងគន្លងផ្លូវ
    .spill = មានសារធាតុកំពប់ ឬសារធាតុរអិល
    .other = អ្វីផ្សេងទៀត

## ចិញ្ចើមផ្លូវខូច
question-sidewalk-damaged-damage = តើចិញ្ចើមផ្លូវមានបញ្ហាអ្វី?
    .cracked = ប្រេះ
    .lifted = ផ្ទាំងចិញ្ចើមផ្លូវប៉ោង ឬមិនស្មើ
    .sunken = ស្រុត ឬប្រហោងខាងក្រោម
    .missing = បាត់បំណែកខ្លះ
    .curb-ramp = ផ្លូវជម្រាលនៅថ្មគែមផ្លូវខូច
question-sidewalk-damaged-trip_height = តើគែមដែលមិនស្មើនោះខ្ពស់ប្រហែលប៉ុន្មានសង់ទីម៉ែត្រ?

## មានរបាំងក្នុងគន្លងកង់
question-bike-lane-obstruction-obstruction = តើអ្វីកំពុងរារាំងគន្លងកង់?
    .debris = កម្ទេចកម្ទី ឬសំរាម
    .construction = សម្ភារៈ ឬឧបករណ៍សំណង់
    .bins = ធុងសំរាម ឬធុងវត្ថុកែច្នៃ
    .bollard = បង្គោលខណ្ឌចែកខូច ឬដួល
    .other = អ្វីផ្សេងទៀត

## រថយន្តចតយូរពេកនៅលើផ្លូវក្នុងតំបន់លំនៅដ្ឋាន
question-long-term-parking-licence_plate = ប្រសិនបើអ្នកអាចមើលឃើញ តើស្លាកលេខរថយន្តជាលេខអ្វី?
question-long-term-parking-vehicle_description = សូមពិពណ៌នាអំពីរថយន្តនោះ (ពណ៌ ម៉ាក ប្រភេទ)។
question-long-term-parking-days_parked = តើរថយន្តនោះបានចតនៅទីនោះប្រហែលប៉ុន្មានថ្ងៃហើយ?

## ភ្លើងបំភ្លឺផ្លូវរលត់
question-streetlight-out-light_problem = តើភ្លើងនោះមានបញ្ហាអ្វី?
    .out = វារលត់
    .flickering = ភ្លឺព្រិចៗ ឬបើកបិទៗ
    .day-burning = បើកនៅពេលថ្ងៃ
    .several-out = ភ្លើងច្រើនដើមជាប់គ្នារលត់
question-streetlight-out-pole_number = ប្រសិនបើបង្គោលមានស្លាកលេខ តើស្លាកនោះសរសេរថាអ្វី?

## ស្លាកសញ្ញាខូច ឬបាត់
question-sign-damaged-sign_type = តើជាស្លាកសញ្ញាប្រភេទអ្វី?
    .street-name = ស្លាកឈ្មោះផ្លូវ
    .parking = ស្លាកចំណតរថយន្ត
    .speed-limit = ស្លាកកំណត់ល្បឿន
    .warning = ស្លាកព្រមាន (ផ្លូវកោង តំបន់សាលារៀន និងស្រដៀងគ្នា)
    .other = ផ្សេងទៀត
question-sign-damaged-sign_condition = តើស្លាកនោះមានបញ្ហាអ្វី?
    .bent = កោង ឬត្រូវគេបុកដួល
    .faded = ស្រអាប់ ឬអានពិបាក
    .turned = បែរខុសទិស
    .blocked = ត្រូវមែកឈើបាំង
    .missing = បាត់

## ភ្លើងចរាចរណ៍មិនដំណើរការ
question-traffic-signal-malfunction-signal_problem = តើភ្លើងចរាចរណ៍កំពុងមានសភាពយ៉ាងណា?
    .dark = រលត់ទាំងស្រុង
    .flashing = ភ្លឺព្រិចៗពណ៌ក្រហម ឬលឿង
    .stuck = គាំងនៅពណ៌តែមួយ
    .damaged = ត្រូវគេបុកដួល ឬខូច
    .turned = បែរខុសទិស
question-traffic-signal-malfunction-direction = តើទិសធ្វើដំណើរណាដែលរងផលប៉ះពាល់ (ឧទាហរណ៍ ទិសទៅខាងជើង)?

## កង្វល់អំពីសុវត្ថិភាពចរាចរណ៍
question-traffic-safety-concern-concern = តើអ្នកមានកង្វល់អំពីអ្វីខ្លះ?
    .speeding = ការបើកបរលឿនពេក
    .signal-timing = ពេលវេលាភ្លើងចរាចរណ៍
    .visibility = ភាពមើលឃើញមិនល្អ
    .crossing = ឆ្លងផ្លូវពិបាក
    .cut-through = រថយន្តដែលកាត់ផ្លូវឆ្លងកាត់សង្កាត់
question-traffic-safety-concern-details = សូមប្រាប់យើងបន្ថែម៖ តើវាកើតឡើងនៅពេលណា ហើយនរណាខ្លះរងផលប៉ះពាល់?

## ចិញ្ចើមផ្លូវមិនទាន់បានបោសព្រិល
question-snow-sidewalk-condition = តើចិញ្ចើមផ្លូវមានសភាពយ៉ាងណា?
    .snow = មានព្រិលគ្រប
    .ice = កកទឹកកក
    .snowbank = ត្រូវគំនរព្រិលពីការឈូសព្រិលលើផ្លូវរារាំង

## មិនបានប្រមូលសំរាម
question-missed-garbage-collection_day = តើថ្ងៃប្រមូលតាមកាលវិភាគរបស់អ្នកជាថ្ងៃណា?
question-missed-garbage-set_out = តើធុងនោះត្រូវបានដាក់នៅមាត់ផ្លូវមុនម៉ោង 7 ព្រឹកឬទេ?
    .yes = បាទ/ចាស
    .no = ទេ

## មិនបានប្រមូលវត្ថុកែច្នៃ
question-missed-recycling-collection_day = តើថ្ងៃប្រមូលតាមកាលវិភាគរបស់អ្នកជាថ្ងៃណា?
question-missed-recycling-set_out = តើធុងនោះត្រូវបានដាក់នៅមាត់ផ្លូវមុនម៉ោង 7 ព្រឹកឬទេ?
    .yes = បាទ/ចាស
    .no = ទេ

## មិនបានប្រមូលធុងបៃតង
question-missed-green-bin-collection_day = តើថ្ងៃប្រមូលតាមកាលវិភាគរបស់អ្នកជាថ្ងៃណា?
question-missed-green-bin-set_out = តើធុងនោះត្រូវបានដាក់នៅមាត់ផ្លូវមុនម៉ោង 7 ព្រឹកឬទេ?
    .yes = បាទ/ចាស
    .no = ទេ

## ធុងខូច
question-bin-damaged-bin_type = តើធុងណាដែលខូច?
    .garbage = ធុងសំរាម
    .recycling = ធុងពណ៌ខៀវ (វត្ថុកែច្នៃ)
    .green-bin = ធុងបៃតង (សំរាមសរីរាង្គ)
question-bin-damaged-damage = តើផ្នែកណាដែលខូច?
    .lid = គម្រប
    .wheels = កង់ ឬអ័ក្សកង់
    .handle = ដៃកាន់
    .body = តួធុងប្រេះ
    .latch = គន្លឹះការពារសត្វ
question-bin-damaged-bin_serial = ប្រសិនបើអ្នកអាចអានបាន តើលេខសម្គាល់ដែលបោះពុម្ពនៅលើធុងជាលេខអ្វី?

## ការប្រមូលរបស់ធំៗ
question-bulky-item-pickup-item_types = តើអ្នកនឹងដាក់របស់អ្វីខ្លះចេញ?
    .furniture = គ្រឿងសង្ហារិម
    .mattress = ពូក ឬគ្រែស្ព្រីងទ្រពូក
    .appliance = ចង្ក្រាន ម៉ាស៊ីនបោកខោអាវ ម៉ាស៊ីនសម្ងួតខោអាវ ឬម៉ាស៊ីនលាងចាន
    .refrigerant = ទូទឹកកក ទូកកសាច់ ឬម៉ាស៊ីនត្រជាក់
    .carpet = កម្រាលព្រំ ឬព្រំតូច
    .other = របស់ធំផ្សេងទៀត
question-bulky-item-pickup-item_count = តើអ្នកនឹងដាក់របស់ចេញប៉ុន្មាន?

## គំនូរលាបលើទ្រព្យសម្បត្តិរបស់ទីក្រុង
question-graffiti-city-property-surface = តើផ្ទៃណាខ្លះដែលមានគំនូរលាប?
    .wall = ជញ្ជាំង ឬអគារ
    .bridge = ស្ពាន ឬផ្លូវក្រោមស្ពាន
    .fence = របង
    .sign-pole = ស្លាកសញ្ញា ឬបង្គោល
    .box = ប្រអប់ឧបករណ៍ ឬប្រអប់ភ្លើងចរាចរណ៍
    .other = ផ្សេងទៀត

## គំនូរលាបលើស្លាកសញ្ញាផ្លូវ បង្គោល ឬប្រអប់ភ្លើងចរាចរណ៍
question-graffiti-road-assets-asset_type = តើគំនូរលាបនៅលើអ្វី?
    .sign = ស្លាកសញ្ញាផ្លូវ
    .signal-box = ប្រអប់បញ្ជាភ្លើងចរាចរណ៍
    .pole = បង្គោល
    .retaining-wall = ជញ្ជាំងទប់ដី ឬជញ្ជាំងការពារសំឡេង
    .bridge = ស្ពាន ឬផ្លូវក្រោមស្ពាន
    .other = អ្វីផ្សេងទៀត

## គំនូរលាបលើទ្រព្យសម្បត្តិឯកជន
question-graffiti-private-property-surface = តើផ្ទៃណាខ្លះដែលមានគំនូរលាប?
    .wall = ជញ្ជាំង
    .fence = របង
    .garage-door = ទ្វារយានដ្ឋាន
    .window = បង្អួច ឬទ្វារ
    .other = ផ្សេងទៀត
question-graffiti-private-property-is_owner = តើអ្នកជាម្ចាស់ទ្រព្យសម្បត្តិនេះឬទេ?
    .yes = បាទ/ចាស
    .no = ទេ

## គំនូរលាបបង្ហាញការស្អប់ ឬរបស់ក្រុមក្មេងទំនើង
question-graffiti-hate-police_reported = តើអ្នកបានរាយការណ៍ទៅប៉ូលីសតូរ៉ុនតូហើយឬនៅ?
    .yes = រាយការណ៍ហើយ
    .no = មិនទាន់
question-graffiti-hate-police_reference = ប្រសិនបើអ្នកមាន តើលេខរបាយការណ៍ប៉ូលីសជាលេខអ្វី?

## ការចាក់សំរាមខុសច្បាប់
question-illegal-dumping-item_types = តើគេបានចាក់ចោលអ្វីខ្លះ?
    .household = ថង់សំរាមពីផ្ទះ
    .furniture = គ្រឿងសង្ហារិម
    .mattress = ពូក
    .tires = សំបកកង់
    .construction = កាកសំណល់សំណង់ ឬការជួសជុលផ្ទះ
    .electronics = ឧបករណ៍អេឡិចត្រូនិក
    .hazardous = ថ្នាំលាប សារធាតុគីមី ឬកាកសំណល់គ្រោះថ្នាក់ផ្សេងទៀត
    .other = ផ្សេងទៀត
question-illegal-dumping-noticed_at = តើអ្នកបានសម្គាល់ឃើញវានៅពេលណា ឬឃើញគេចាក់ចោលនៅពេលណា?
question-illegal-dumping-witness = ប្រសិនបើអ្នកបានឃើញអ្នកដែលចាក់ចោល សូមពិពណ៌នាអំពីមនុស្ស ឬរថយន្តនោះ។ សូមកុំចូលទៅជិតពួកគេ។

## កង់ដែលគេបោះបង់ចោល
question-abandoned-bike-bike_condition = តើកង់នោះមានសភាពយ៉ាងណា?
    .missing-wheel = បាត់កង់មួយ
    .missing-parts = បាត់កៅអី ឬដៃកាន់ចង្កូត
    .flat-tires = សំបកកង់អស់ខ្យល់
    .rusted = ច្រវាក់ ឬគ្រឿងច្រែះ
    .bent-frame = តួកង់កោង ឬខូច

## បំពង់ទឹកមេបែក
question-water-main-break-water_flow = តើទឹកកំពុងហូរច្រើនប៉ុណ្ណា?
    .trickle = ហូរតិចៗ ឬមានកន្លែងសើម
    .steady = ហូរជាប់ជាខ្សែ
    .gushing = ហូរខ្លាំង ឬជន់លិចផ្លូវ

## គ្មានទឹក
question-no-water-neighbours_affected = តើអ្នកជិតខាងរបស់អ្នកក៏គ្មានទឹកដែរឬទេ?
    .yes = បាទ/ចាស
    .no = ទេ
    .unknown = ខ្ញុំមិនដឹងទេ
question-no-water-started_at = តើទឹកឈប់ហូរតាំងពីពេលណា?

## ទឹកលូហូរត្រឡប់ ឬទឹកលិចបន្ទប់ក្រោមដី
question-sewer-backup-water_depth = តើទឹកជ្រៅប្រហែលប៉ុន្មានសង់ទីម៉ែត្រ?
question-sewer-backup-backwater_valve = តើអគារនេះមានវ៉ាល់ការពារទឹកហូរត្រឡប់ឬទេ?
    .yes = មាន
    .no = គ្មាន
    .unknown = ខ្ញុំមិនដឹងទេ

## រណ្តៅលូទឹកភ្លៀងស្ទះ
question-catch-basin-blocked-ponding = តើមានទឹកដក់ឬទេ?
    .none = ទេ មិនមែនឥឡូវនេះទេ
    .road = ទឹកដក់នៅលើផ្លូវ
    .sidewalk = ទឹកដក់ហៀរឡើងលើចិញ្ចើមផ្លូវ ឬចូលក្នុងដី

## ក្បាលទឹកពន្លត់អគ្គិភ័យខូច ឬលេចទឹក
question-fire-hydrant-damaged-hydrant_problem = តើក្បាលទឹកពន្លត់អគ្គិភ័យមានបញ្ហាអ្វី?
    .knocked-over = ត្រូវគេបុកដួល ឬបុក
    .leaking = លេចទឹក
    .missing-cap = បាត់គម្រប
    .blocked = ត្រូវបានរារាំង ឬបាំង
    .paint = មានគំនូរលាប ឬថ្នាំលាប

## ទឹកប្រែពណ៌ ឬមានរសជាតិមិនល្អ
question-water-quality-water_issue = តើអ្នកសម្គាល់ឃើញអ្វី?
    .brown = ពណ៌ត្នោត ឬលឿង
    .cloudy = ល្អក់ ឬស្រអាប់ដូចទឹកដោះគោ
    .taste = រសជាតិមិនធម្មតា
    .smell = ក្លិនមិនធម្មតា
    .particles = មានកំទេច ឬដីល្បាប់

## ដើមឈើដួល ឬខូច (បន្ទាន់)
question-tree-emergency-blocking = តើអ្វីខ្លះដែលរងផលប៉ះពាល់?
    .road = ផ្លូវ
    .sidewalk = ចិញ្ចើមផ្លូវ
    .driveway = ផ្លូវចូលផ្ទះ
    .building = ផ្ទះ ឬអគារ
    .vehicle = រថយន្ត
    .wires = ខ្សែភ្លើង
    .nothing = មិនទាន់មានអ្វីទេ ប៉ុន្តែវាអាចដួល

## ការកាត់តម្រឹមដើមឈើ (មិនបន្ទាន់)
question-tree-pruning-reason = ហេតុអ្វីដើមឈើត្រូវការកាត់តម្រឹម?
    .low-branches = មែកទាបៗនៅពីលើចិញ្ចើមផ្លូវ ឬផ្លូវ
    .blocking = បាំងស្លាកសញ្ញា ឬភ្លើងបំភ្លឺផ្លូវ
    .touching-building = ប៉ះផ្ទះ ឬអគារ
    .dead-branches = មែកងាប់

## បញ្ហាបន្ទប់ទឹកក្នុងសួនច្បារ
question-park-washroom-issue = តើមានបញ្ហាអ្វី?
    .dirty = កខ្វក់
    .supplies = គ្មានសាប៊ូ ក្រដាសជូតដៃ ឬក្រដាសអនាម័យ
    .locked = ចាក់សោក្នុងម៉ោងបើក
    .broken = បង្គន់ អាងលាងដៃ ឬទ្វារខូច
    .leak = លេចទឹក ឬលិចទឹក

## ឧបករណ៍លេងក្នុងសួនកុមារខូច
question-playground-damaged-equipment = តើជាឧបករណ៍ណា?
    .swing = យោល
    .slide = ក្តាររអិល
    .climber = ឧបករណ៍ឡើងតោង ឬសំណង់សម្រាប់លេង
    .surface = ផ្ទៃដី (ខ្សាច់ កំទេចឈើ ឬកៅស៊ូ)
    .other = ផ្សេងទៀត
question-playground-damaged-unsafe = តើនរណាម្នាក់អាចរងរបួសប្រសិនបើប្រើវាឥឡូវនេះឬទេ?
    .yes = បាទ/ចាស
    .no = ទេ
    .unsure = មិនប្រាកដ

## ជំរំស្នាក់នៅក្នុងសួនច្បារ
question-park-encampment-tent_count = តើមានតង់ ឬសំណង់បណ្តោះអាសន្នប្រហែលប៉ុន្មាន?
question-park-encampment-details = តើមានអ្វីដែលបុគ្គលិកជួយសង្គមគួរដឹងដែរឬទេ ដូចជាភ្លើង ឬកង្វល់សុវត្ថិភាពផ្សេងទៀត?

## សត្វងាប់នៅលើផ្លូវ ឬចិញ្ចើមផ្លូវ
question-dead-animal-road-animal_type = តើវាជាសត្វអ្វី (ឧទាហរណ៍ សត្វរ៉ាគូន កំប្រុក ឬឆ្មា)?
question-dead-animal-road-animal_size = តើវាធំប៉ុណ្ណា?
    .small = តូច (កំប្រុក បក្សី)
    .medium = មធ្យម (សត្វរ៉ាគូន ឆ្មា)
    .large = ធំ (សត្វក្តាន់ ឆ្កែព្រៃកូយ៉ូត ឆ្កែ)

## សត្វព្រៃរងរបួស ឬឈឺ
question-injured-wildlife-animal_type = តើវាជាសត្វអ្វី?
question-injured-wildlife-condition = តើសត្វនោះកំពុងមានសភាពយ៉ាងណា?
    .injured = រងរបួស
    .sick = ឈឺ ឬមានអាកប្បកិរិយាចម្លែក
    .trapped = ជាប់ ឬជំពាក់
    .orphaned = កូនសត្វដែលហាក់ដូចជានៅម្នាក់ឯង

## ឆ្កែវង្វេង ឬឆ្កែរត់លែង
question-stray-dog-dog_contained = តើឆ្កែនោះត្រូវបានគ្រប់គ្រងឬទេ ឧទាហរណ៍ នៅក្នុងទីធ្លា ឬចងខ្សែ?
    .yes = បាទ/ចាស
    .no = ទេ

## ឆ្កែខាំ ឬវាយប្រហារ
question-dog-bite-incident_time = តើវាបានកើតឡើងនៅពេលណា?
question-dog-bite-victim = តើនរណាត្រូវបានខាំ ឬវាយប្រហារ?
    .person = មនុស្សម្នាក់
    .dog = ឆ្កែមួយក្បាលទៀត
    .other-animal = សត្វផ្សេងទៀត

## ឆ្កែមិនបានចងខ្សែ
question-dog-off-leash-usual_time = តើរឿងនេះជាធម្មតាកើតឡើងនៅពេលណា (ឧទាហរណ៍ ពេលព្រឹកថ្ងៃធ្វើការ)?

## ពាក្យបណ្តឹងអំពីសំឡេងរំខាន
question-noise-noise_source = តើអ្វីកំពុងបង្កសំឡេងរំខាន?
    .amplified-sound = តន្ត្រី ឬសំឡេងពីឧបករណ៍បំពងសំឡេង
    .construction = ការសាងសង់
    .barking = ឆ្កែព្រុស
    .equipment = ម៉ាស៊ីនត្រជាក់ កង្ហារ ឬឧបករណ៍ផ្សេងទៀត
    .vehicle = រថយន្តបើកម៉ាស៊ីនទុកចោល ឬចុចហ្គាសឱ្យម៉ាស៊ីនឮខ្លាំង
    .other = ផ្សេងទៀត
question-noise-ongoing = តើសំឡេងរំខាននោះកំពុងកើតឡើងឥឡូវនេះឬទេ?
    .now = បាទ/ចាស ឥឡូវនេះ
    .recurring = វាកើតឡើងជាប្រចាំ
    .past = វាបានឈប់ហើយ
question-noise-noise_times = សូមពិពណ៌នាថាសំឡេងរំខានកើតឡើងនៅពេលណា និងមានរយៈពេលប៉ុន្មាន។

## បញ្ហាបន្ទាន់អំពីស្តង់ដារអគារ
question-property-standards-urgent-issue = តើបញ្ហាបន្ទាន់នោះជាអ្វី?
    .no-heat = គ្មានកំដៅ ឬកំដៅមិនគ្រប់គ្រាន់
    .no-water = គ្មានទឹក
    .no-power = គ្មានអគ្គិសនី
    .lock = សោទ្វារចូលខូច
    .structure = សំណង់ រានហាល ឬជណ្តើរគ្មានសុវត្ថិភាព
question-property-standards-urgent-is_tenant = តើអ្នកជាអ្នកជួលនៅក្នុងអគារនេះឬទេ?
    .yes = បាទ/ចាស
    .no = ទេ
question-property-standards-urgent-unit_number = តើលេខបន្ទប់របស់អ្នកជាលេខអ្វី?

## ពាក្យបណ្តឹងអំពីស្តង់ដារអគារ
question-property-standards-issues = តើមានបញ្ហាអ្វីខ្លះ?
    .pests = សត្វល្អិតរំខាន (កណ្តុរ កន្លាត ស្អិត)
    .mould = ផ្សិត
    .windows-doors = បង្អួច ឬទ្វារខូច
    .leaks = ដំបូល ឬជញ្ជាំងលេចទឹក
    .stairs-railings = ជណ្តើរ ឬបង្កាន់ដៃខូច
    .exterior = ផ្នែកខាងក្រៅអគារខូចខាត មិនបានថែទាំ
    .other = ផ្សេងទៀត
question-property-standards-landlord_notified = ប្រសិនបើអ្នកជាអ្នកជួល តើអ្នកបានប្រាប់ម្ចាស់ផ្ទះជាលាយលក្ខណ៍អក្សរហើយឬនៅ?
    .yes = ប្រាប់ហើយ
    .no = មិនទាន់
    .not-tenant = ខ្ញុំមិនមែនជាអ្នកជួលទេ
question-property-standards-details = សូមពិពណ៌នាអំពីបញ្ហា និងរយៈពេលដែលវាបានកើតមាន។

## រថយន្តដែលគេបោះបង់ចោលនៅលើដីឯកជន
question-abandoned-vehicle-licence_plate = ប្រសិនបើមាន តើស្លាកលេខរថយន្តជាលេខអ្វី?
question-abandoned-vehicle-vehicle_description = សូមពិពណ៌នាអំពីរថយន្តនោះ (ពណ៌ ម៉ាក ប្រភេទ)។
