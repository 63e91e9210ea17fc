### የአገልግሎት ዝርዝር ጥያቄዎች፦ ለእያንዳንዱ የአገልግሎት ዓይነት ተጨማሪ ጥያቄዎች (የOpen311 መለያ ባሕርያት) እና
### ለምርጫ ጥያቄዎች የሚቀርቡ መልሶች፣ በቁልፎቻቸው ስም በተሰየሙ ባሕርያት መልክ።

## የመንገድ ጉድጓድ
question-pothole-size = ጉድጓዱ በግምት ምን ያህል ትልቅ ነው?
    .small = ከእራት ሳህን ያነሰ
    .medium = በግምት የመኪና ጎማ ያህል
    .large = ከመኪና ጎማ የሚበልጥ
question-pothole-lane = በየትኛው የመንገዱ ክፍል ላይ ነው?
    .curb-lane = ከመንገድ ጠርዝ አጠገብ ያለው መስመር
    .centre-lane = የመሃል ወይም የማለፊያ መስመር
    .turn-lane = የመታጠፊያ መስመር
    .bike-lane = የብስክሌት መስመር
    .laneway = ጠባብ የጓሮ መንገድ

## የመንገድ አደጋ
question-road-hazard-hazard_type = አደጋው ምንድን ነው?
    .road-collapse = የተደረመሰ የመንገድ ወለል ወይም የመሬት መስመጥ
    .missing-cover = የጠፋ ወይም የተሰበረ የፍሳሽ ጉድጓድ ወይም የውሃ መውረጃ መክደኛ
    .debris = በአንድ መስመር ላይ ያለ ትልቅ ፍርስራሽ
    .spill = የፈሰሰ ወይም የሚያንሸራትት ነገር
    .other = ሌላ ነገር

## የተበላሸ የእግረኛ መንገድ
question-sidewalk-damaged-damage = የእግረኛ መንገዱ ምን ችግር አለበት?
    .cracked = ተሰንጥቋል
    .lifted = ንጣፎቹ ከፍ ብለዋል ወይም ያልተስተካከሉ ናቸው
    .sunken = ሰምጧል ወይም ውስጡ ክፍት ነው
    .missing = የጎደሉ ቁርጥራጮች አሉ
    .curb-ramp = የመንገድ ጠርዝ መወጣጫው ተበላሽቷል
question-sidewalk-damaged-trip_height = ያልተስተካከለው ጠርዝ በግምት ስንት ሴንቲ ሜትር ከፍታ አለው?

## የብስክሌት መስመር መዘጋት
question-bike-lane-obstruction-obstruction = የብስክሌት መስመሩን የዘጋው ምንድን ነው?
    .debris = ፍርስራሽ ወይም ቆሻሻ
    .construction = የግንባታ ዕቃ ወይም መሣሪያ
    .bins = የቆሻሻ ወይም የመልሶ መጠቀሚያ ገንዳዎች
    .bollard = የተበላሸ ወይም የወደቀ አጭር ምሰሶ
    .other = ሌላ ነገር

## በመኖሪያ መንገድ ላይ ለረጅም ጊዜ የቆመ መኪና
question-long-term-parking-licence_plate = ማየት ከቻሉ የታርጋ ቁጥሩ ምንድን ነው?
question-long-term-parking-vehicle_description = መኪናውን ይግለጹ (ቀለም፣ አምራች ኩባንያ፣ ዓይነት)።
question-long-term-parking-days_parked = መኪናው እዚያ ከቆመ በግምት ስንት ቀን ሆኖታል?

## የጠፋ የመንገድ መብራት
question-streetlight-out-light_problem = መብራቱ ምን ችግር አለበት?
    .out = ጠፍቷል
    .flickering = ብልጭ ድርግም ይላል ወይም እየበራ ይጠፋል
    .day-burning = ቀን ላይ ይበራል
    .several-out = በተከታታይ ያሉ በርካታ መብራቶች ጠፍተዋል
question-streetlight-out-pole_number = ምሰሶው የቁጥር መለያ ካለው ምን ይላል?

## የተበላሸ ወይም የጠፋ ምልክት
question-sign-damaged-sign_type = ምን ዓይነት ምልክት ነው?
    .street-name = የመንገድ ስም
    .parking = የመኪና ማቆሚያ
    .speed-limit = የፍጥነት ገደብ
    .warning = የማስጠንቀቂያ ምልክት (መታጠፊያ፣ የትምህርት ቤት አካባቢ እና የመሳሰሉት)
    .other = ሌላ
question-sign-damaged-sign_condition = ምን ችግር አለበት?
    .bent = ተጣምሟል ወይም ወድቋል
    .faded = ደብዝዟል ወይም ለማንበብ ያስቸግራል
    .turned = ወደ ተሳሳተ አቅጣጫ ዞሯል
    .blocked = በቅርንጫፎች ተሸፍኗል
    .missing = ጠፍቷል

## የማይሠራ የትራፊክ መብራት
question-traffic-signal-malfunction-signal_problem = የትራፊክ መብራቱ ምን እያደረገ ነው?
    .dark = ሙሉ በሙሉ ጠፍቷል
    .flashing = ቀይ ወይም ቢጫ ብልጭ ድርግም ይላል
    .stuck = በአንድ ቀለም ላይ ቆሟል
    .damaged = ወድቋል ወይም ተበላሽቷል
    .turned = ወደ ተሳሳተ አቅጣጫ ዞሯል
question-traffic-signal-malfunction-direction = የትኛው የጉዞ አቅጣጫ ተጎድቷል (ለምሳሌ፣ ወደ ሰሜን የሚሄደው)?

## የትራፊክ ደህንነት ስጋት
question-traffic-safety-concern-concern = ስጋቶችዎ ምንድን ናቸው?
    .speeding = ከፍጥነት ገደብ በላይ ማሽከርከር
    .signal-timing = የትራፊክ መብራት የጊዜ አቆጣጠር
    .visibility = ደካማ እይታ
    .crossing = ለመሻገር አስቸጋሪ ነው
    .cut-through = አቋራጭ ለመጠቀም የሚያልፍ ትራፊክ
question-traffic-safety-concern-details = ተጨማሪ ይንገሩን፦ ይህ መቼ ይከሰታል፣ ማንንስ ይጎዳል?

## በረዶው ያልተጠረገ የእግረኛ መንገድ
question-snow-sidewalk-condition = የእግረኛ መንገዱ ሁኔታ ምን ይመስላል?
    .snow = በበረዶ ተሸፍኗል
    .ice = በግግር በረዶ ተሸፍኗል
    .snowbank = መንገዱ ሲጠረግ በተከመረ በረዶ ተዘግቷል

## ያልተሰበሰበ ቆሻሻ
question-missed-garbage-collection_day = የታቀደው የመሰብሰቢያ ቀንዎ የትኛው ነበር?
question-missed-garbage-set_out = ገንዳው እስከ ጠዋቱ 7:00 ሰዓት ድረስ በመንገድ ጠርዝ ላይ ነበር?
    .yes = አዎ
    .no = አይ

## ያልተሰበሰቡ መልሶ ጥቅም ላይ የሚውሉ ዕቃዎች
question-missed-recycling-collection_day = የታቀደው የመሰብሰቢያ ቀንዎ የትኛው ነበር?
question-missed-recycling-set_out = ገንዳው እስከ ጠዋቱ 7:00 ሰዓት ድረስ በመንገድ ጠርዝ ላይ ነበር?
    .yes = አዎ
    .no = አይ

## ያልተሰበሰበ አረንጓዴ ገንዳ
question-missed-green-bin-collection_day = የታቀደው የመሰብሰቢያ ቀንዎ የትኛው ነበር?
question-missed-green-bin-set_out = ገንዳው እስከ ጠዋቱ 7:00 ሰዓት ድረስ በመንገድ ጠርዝ ላይ ነበር?
    .yes = አዎ
    .no = አይ

## የተበላሸ ገንዳ
question-bin-damaged-bin_type = የተበላሸው የትኛው ገንዳ ነው?
    .garbage = የቆሻሻ ገንዳ
    .recycling = ሰማያዊ ገንዳ (መልሶ መጠቀሚያ)
    .green-bin = አረንጓዴ ገንዳ (የሚበሰብስ ቆሻሻ)
question-bin-damaged-damage = የተበላሸው ምንድን ነው?
    .lid = መክደኛው
    .wheels = ጎማው ወይም ዘንጉ
    .handle = መያዣው
    .body = የተሰነጠቀ አካል
    .latch = እንስሳትን የሚከላከል መቆለፊያ
question-bin-damaged-bin_serial = ማንበብ ከቻሉ በገንዳው ላይ የታተመው መለያ ቁጥር ምንድን ነው?

## ትላልቅ ዕቃዎችን ማንሳት
question-bulky-item-pickup-item_types = ምን ያወጣሉ?
    .furniture = የቤት ዕቃዎች
    .mattress = ፍራሽ ወይም የስፕሪንግ የአልጋ መሠረት
    .appliance = ምድጃ፣ የልብስ ማጠቢያ ማሽን፣ የልብስ ማድረቂያ ወይም የዕቃ ማጠቢያ ማሽን
    .refrigerant = ማቀዝቀዣ፣ ፍሪዘር ወይም አየር ማቀዝቀዣ
    .carpet = ምንጣፍ ወይም ትንሽ ምንጣፍ
    .other = ሌላ ትልቅ ዕቃ
question-bulky-item-pickup-item_count = ስንት ዕቃዎችን ያወጣሉ?

## በከተማ ንብረት ላይ ያለ የግድግዳ ላይ ጽሑፍ
question-graffiti-city-property-surface = ጽሑፉ የሚገኘው በየትኞቹ ገጽታዎች ላይ ነው?
    .wall = ግድግዳ ወይም ሕንፃ
    .bridge = ድልድይ ወይም የታችኛው መተላለፊያ
    .fence = አጥር
    .sign-pole = ምልክት ወይም ምሰሶ
    .box = የአገልግሎት ሳጥን ወይም የትራፊክ መብራት ሳጥን
    .other = ሌላ

## በመንገድ ምልክቶች፣ ምሰሶዎች ወይም የትራፊክ መብራት ሳጥኖች ላይ ያለ ጽሑፍ
question-graffiti-road-assets-asset_type = ጽሑፉ በምን ላይ ነው?
    .sign = የመንገድ ምልክት
    .signal-box = የትራፊክ መብራት ሳጥን
    .pole = ምሰሶ
    .retaining-wall = የአፈር መያዣ ግድግዳ ወይም የጫጫታ መከላከያ ግድግዳ
    .bridge = ድልድይ ወይም የታችኛው መተላለፊያ
    .other = ሌላ ነገር

## በግል ንብረት ላይ ያለ የግድግዳ ላይ ጽሑፍ
question-graffiti-private-property-surface = ጽሑፉ የሚገኘው በየትኞቹ ገጽታዎች ላይ ነው?
    .wall = ግድግዳ
    .fence = አጥር
    .garage-door = የጋራዥ በር
    .window = መስኮት ወይም በር
    .other = ሌላ
question-graffiti-private-property-is_owner = የንብረቱ ባለቤት እርስዎ ነዎት?
    .yes = አዎ
    .no = አይ

## የጥላቻ ወይም የወሮበላ ቡድን ጽሑፍ
question-graffiti-hate-police_reported = ለቶሮንቶ ፖሊስ ሪፖርት አድርገዋል?
    .yes = አዎ
    .no = አይ
question-graffiti-hate-police_reference = ካለዎት የፖሊስ ሪፖርት ቁጥሩ ምንድን ነው?

## ሕገ-ወጥ የቆሻሻ መጣል
question-illegal-dumping-item_types = ምን ተጣለ?
    .household = የቤት ቆሻሻ ከረጢቶች
    .furniture = የቤት ዕቃዎች
    .mattress = ፍራሽ
    .tires = ጎማዎች
    .construction = የግንባታ ወይም የዕድሳት ቆሻሻ
    .electronics = የኤሌክትሮኒክስ ዕቃዎች
    .hazardous = ቀለም፣ ኬሚካሎች ወይም ሌላ አደገኛ ቆሻሻ
    .other = ሌላ
question-illegal-dumping-noticed_at = መቼ አስተዋሉት፣ ወይም ሲጣል መቼ አዩ?
question-illegal-dumping-witness = የጣለውን ካዩ ሰውየውን ወይም መኪናውን ይግለጹ። ወደ እነሱ አይቅረቡ።

## የተተወ ብስክሌት
question-abandoned-bike-bike_condition = ብስክሌቱ በምን ሁኔታ ላይ ነው?
    .missing-wheel = አንድ ጎማ የለውም
    .missing-parts = መቀመጫ ወይም መሪ የለውም
    .flat-tires = ጎማዎቹ ተንፍሰዋል
    .rusted = ሰንሰለቱ ወይም ክፍሎቹ ዝገዋል
    .bent-frame = ፍሬሙ ተጣምሟል ወይም ተበላሽቷል

## የዋና የውሃ ቧንቧ መፈንዳት
question-water-main-break-water_flow = ምን ያህል ውሃ እየፈሰሰ ነው?
    .trickle = ትንሽ የሚንጠባጠብ ውሃ ወይም እርጥብ ቦታ
    .steady = የማያቋርጥ የውሃ ፍሰት
    .gushing = በኃይል እየፈሰሰ ወይም መንገዱን እያጥለቀለቀ ነው

## ውሃ የለም
question-no-water-neighbours_affected = ጎረቤቶችዎም ውሃ የላቸውም?
    .yes = አዎ
    .no = አይ
    .unknown = አላውቅም
question-no-water-started_at = ውሃው መቼ ቆመ?

## የፍሳሽ ወደ ኋላ መመለስ ወይም የምድር ቤት ጎርፍ
question-sewer-backup-water_depth = ውሃው በግምት ስንት ሴንቲ ሜትር ጥልቀት አለው?
question-sewer-backup-backwater_valve = ንብረቱ ፍሳሽ ወደ ኋላ እንዳይመለስ የሚከላከል ቫልቭ አለው?
    .yes = አዎ
    .no = አይ
    .unknown = አላውቅም

## የተዘጋ የመንገድ የውሃ መውረጃ
question-catch-basin-blocked-ponding = ውሃ እየቆረ ነው?
    .none = አይ፣ አሁን አይደለም
    .road = በመንገዱ ላይ ቆሯል
    .sidewalk = ወደ እግረኛ መንገዱ ወይም ወደ ንብረት እየደረሰ ነው

## የተበላሸ ወይም የሚያፈስ የእሳት አደጋ የውሃ ቧንቧ
question-fire-hydrant-damaged-hydrant_problem = የእሳት አደጋ የውሃ ቧንቧው ምን ችግር አለበት?
    .knocked-over = ወድቋል ወይም ተመትቷል
    .leaking = ያፈሳል
    .missing-cap = መክደኛው ጠፍቷል
    .blocked = ተዘግቷል ወይም ተደብቋል
    .paint = የግድግዳ ላይ ጽሑፍ ወይም ቀለም

## ቀለሙ የተለወጠ ወይም ጣዕሙ መጥፎ የሆነ ውሃ
question-water-quality-water_issue = ምን አስተዋሉ?
    .brown = ቡናማ ወይም ቢጫ
    .cloudy = ደፍራሳ ወይም ወተት የመሰለ
    .taste = ያልተለመደ ጣዕም
    .smell = ያልተለመደ ሽታ
    .particles = ቅንጣቶች ወይም ዝቃጭ

## የወደቀ ወይም የተጎዳ ዛፍ (ድንገተኛ)
question-tree-emergency-blocking = ምን ተጎዳ?
    .road = መንገድ
    .sidewalk = የእግረኛ መንገድ
    .driveway = የመኪና መግቢያ
    .building = ቤት ወይም ሕንፃ
    .vehicle = መኪና
    .wires = ሽቦዎች
    .nothing = እስካሁን ምንም፣ ግን ሊወድቅ ይችላል

## የዛፍ መግረዝ (ድንገተኛ ያልሆነ)
question-tree-pruning-reason = ዛፉ ለምን መገረዝ ያስፈልገዋል?
    .low-branches = ከእግረኛ መንገድ ወይም ከመንገድ በላይ ዝቅ ብለው የተንጠለጠሉ ቅርንጫፎች
    .blocking = ምልክትን ወይም የመንገድ መብራትን ይጋርዳል
    .touching-building = ቤትን ወይም ሕንፃን ይነካል
    .dead-branches = የደረቁ ቅርንጫፎች

## የመናፈሻ መጸዳጃ ቤት ችግር
question-park-washroom-issue = ችግሩ ምንድን ነው?
    .dirty = ቆሽሿል
    .supplies = ሳሙና፣ የወረቀት ፎጣ ወይም የመጸዳጃ ወረቀት የለም
    .locked = ክፍት መሆን በሚገባው ሰዓት ተዘግቷል
    .broken = የተሰበረ መጸዳጃ፣ የእጅ መታጠቢያ ወይም በር
    .leak = የውሃ መፍሰስ ወይም ጎርፍ

## የተበላሸ የልጆች መጫወቻ መሣሪያ
question-playground-damaged-equipment = የትኛው መሣሪያ?
    .swing = ዥዋዥዌ
    .slide = መንሸራተቻ
    .climber = የመውጫ ወይም የመጫወቻ መዋቅር
    .surface = የመሬቱ ወለል (አሸዋ፣ የእንጨት ፍቅፋቂ ወይም ላስቲክ)
    .other = ሌላ
question-playground-damaged-unsafe = አሁን የሚጠቀምበት ሰው ሊጎዳ ይችላል?
    .yes = አዎ
    .no = አይ
    .unsure = እርግጠኛ አይደለሁም

## በመናፈሻ ውስጥ ያለ ሰፈራ
question-park-encampment-tent_count = እዚያ በግምት ስንት ድንኳኖች ወይም መጠለያዎች አሉ?
question-park-encampment-details = የማኅበራዊ አገልግሎት ሠራተኞች ማወቅ ያለባቸው ነገር አለ፣ ለምሳሌ እሳት ወይም ሌላ የደህንነት ስጋት?

## በመንገድ ወይም በእግረኛ መንገድ ላይ የሞተ እንስሳ
question-dead-animal-road-animal_type = ምን ዓይነት እንስሳ ነው (ለምሳሌ፣ ራኩን፣ ሽኮኮ ወይም ድመት)?
question-dead-animal-road-animal_size = ምን ያህል ትልቅ ነው?
    .small = ትንሽ (ሽኮኮ፣ ወፍ)
    .medium = መካከለኛ (ራኩን፣ ድመት)
    .large = ትልቅ (አጋዘን፣ ኮዮቴ፣ ውሻ)

## የተጎዳ ወይም የታመመ የዱር እንስሳ
question-injured-wildlife-animal_type = ምን ዓይነት እንስሳ ነው?
question-injured-wildlife-condition = እንስሳው ምን ሆኗል?
    .injured = ተጎድቷል
    .sick = ታሟል ወይም እንግዳ ባህሪ ያሳያል
    .trapped = ተይዟል ወይም ተጠላልፏል
    .orphaned = ብቻውን የቀረ የሚመስል የእንስሳ ግልገል

## የባዘነ ወይም የተለቀቀ ውሻ
question-stray-dog-dog_contained = ውሻው በቁጥጥር ሥር ነው፣ ለምሳሌ በግቢ ውስጥ ወይም በማሰሪያ ታስሮ?
    .yes = አዎ
    .no = አይ

## የውሻ ንክሻ ወይም ጥቃት
question-dog-bite-incident_time = መቼ ተከሰተ?
question-dog-bite-victim = የተነከሰው ወይም የተጠቃው ማን ነው?
    .person = ሰው
    .dog = ሌላ ውሻ
    .other-animal = ሌላ እንስሳ

## ያለ ማሰሪያ የተለቀቀ ውሻ
question-dog-off-leash-usual_time = ይህ ብዙውን ጊዜ መቼ ይከሰታል (ለምሳሌ፣ በሥራ ቀናት ጠዋት)?

## የጫጫታ ቅሬታ
question-noise-noise_source = ጫጫታውን የሚፈጥረው ምንድን ነው?
    .amplified-sound = ሙዚቃ ወይም በድምፅ ማጉያ የሚወጣ ድምፅ
    .construction = ግንባታ
    .barking = የሚጮህ ውሻ
    .equipment = አየር ማቀዝቀዣ፣ ማራገቢያ ወይም ሌላ መሣሪያ
    .vehicle = ሞተራቸው ሳይጠፋ የቆሙ ወይም ሞተራቸውን የሚያጓሩ መኪኖች
    .other = ሌላ
question-noise-ongoing = ጫጫታው አሁን እየተከሰተ ነው?
    .now = አዎ፣ አሁኑኑ
    .recurring = በመደበኛነት ይከሰታል
    .past = ቆሟል
question-noise-noise_times = ጫጫታው መቼ እንደሚከሰት እና ለምን ያህል ጊዜ እንደሚቆይ ይግለጹ።

## አስቸኳይ የሕንፃ ደረጃ ችግር
question-property-standards-urgent-issue = አስቸኳዩ ችግር ምንድን ነው?
    .no-heat = ማሞቂያ የለም ወይም በቂ አይደለም
    .no-water = ውሃ የለም
    .no-power = ኤሌክትሪክ የለም
    .lock = የመግቢያ በር ቁልፍ ተሰብሯል
    .structure = አደገኛ መዋቅር፣ በረንዳ ወይም ደረጃዎች
question-property-standards-urgent-is_tenant = በሕንፃው ውስጥ ተከራይ ነዎት?
    .yes = አዎ
    .no = አይ
question-property-standards-urgent-unit_number = የመኖሪያ ክፍልዎ ቁጥር ስንት ነው?

## የሕንፃ ደረጃ ቅሬታ
question-property-standards-issues = ምን ችግሮች አሉ?
    .pests = ተባዮች (አይጦች፣ በረሮዎች፣ ትኋኖች)
    .mould = ሻጋታ
    .windows-doors = የተሰበሩ መስኮቶች ወይም በሮች
    .leaks = የሚያፈስ ጣሪያ ወይም ግድግዳዎች
    .stairs-railings = የተበላሹ ደረጃዎች ወይም መደገፊያዎች
    .exterior = የሕንፃው ውጫዊ ክፍል በመጥፎ ሁኔታ ላይ ነው
    .other = ሌላ
question-property-standards-landlord_notified = ተከራይ ከሆኑ ለአከራይዎ በጽሑፍ አሳውቀዋል?
    .yes = አዎ
    .no = አይ
    .not-tenant = ተከራይ አይደለሁም
question-property-standards-details = ችግሩን እና ለምን ያህል ጊዜ እንደቆየ ይግለጹ።

## በግል ንብረት ላይ የተተወ መኪና
question-abandoned-vehicle-licence_plate = መኪናው ታርጋ ካለው የታርጋ ቁጥሩ ምንድን ነው?
question-abandoned-vehicle-vehicle_description = መኪናውን ይግለጹ (ቀለም፣ አምራች ኩባንያ፣ ዓይነት)።
