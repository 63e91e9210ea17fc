### ሕቶታት ዝርዝር ኣገልግሎታት፦ ንነፍሲ ወከፍ ዓይነት ኣገልግሎት ተወሰኽቲ ሕቶታት (ባህርያት Open311)፣ ከምኡ'ውን
### ንሕቶታት ምርጫ ዝቐርቡ መልስታት፣ ብስም መፍትሕታቶም ዝተሰየሙ ባህርያት ኮይኖም።

## ጉድጓድ ጽርግያ
question-pothole-size = እቲ ጉድጓድ ብግምት ክንደይ ዓቢ እዩ?
    .small = ካብ ሽሓኒ ድራር ዝንእስ
    .medium = ብግምት ክንዲ ጎማ መኪና
    .large = ካብ ጎማ መኪና ዝዓቢ
question-pothole-lane = ኣብ ኣየናይ ክፋል ጽርግያ እዩ ዘሎ?
    .curb-lane = ጥቓ ወሰን ጽርግያ ዘሎ መስመር
    .centre-lane = ማእከላይ መስመር ወይ መስመር ምሕላፍ
    .turn-lane = መስመር ምጥዋይ
    .bike-lane = መስመር ብሽክለታ
    .laneway = ጸቢብ መገዲ

## ሓደጋ ኣብ ጽርግያ
question-road-hazard-hazard_type = እቲ ሓደጋ እንታይ እዩ?
    .road-collapse = ዝፈረሰ ገጽ ጽርግያ ወይ ዝጠሓለ መሬት
    .missing-cover = ዝጠፍአ ወይ ዝተሰብረ መኽደኒ ጉድጓድ ርኹስ ማይ ወይ መርበብ መውረዲ ማይ
    .debris = ኣብ ሓደ መስመር ዘሎ ዓቢ ፍርስራሽ
    .spill = ዝፈሰሰ ወይ ዘንሸራትት ነገር
    .other = ካልእ ነገር

## ዝተበላሸወ መገዲ ኣጋር
question-sidewalk-damaged-damage = እቲ መገዲ ኣጋር እንታይ ጸገም ኣለዎ?
    .cracked = ተሰንጢቑ
    .lifted = ዝተልዓሉ ወይ ዘይማዕረ ጸፍሒታት
    .sunken = ጠሓሉ ወይ ውሽጡ ባዶ እዩ
    .missing = ዝጎደሉ ክፋላት ኣለዉ
    .curb-ramp = ዝተበላሸወ መደይቦ ወሰን ጽርግያ
question-sidewalk-damaged-trip_height = እቲ ዘይማዕረ ወሰን ብግምት ክንደይ ሴንቲ ሜትር ቁመት ኣለዎ?

## ዝተዓገተ መስመር ብሽክለታ
question-bike-lane-obstruction-obstruction = ንመስመር ብሽክለታ እንታይ እዩ ዝዓገቶ ዘሎ?
    .debris = ፍርስራሽ ወይ ጓሓፍ
    .construction = ናውቲ ወይ መሳርሒታት ህንጻ
    .bins = ሳንዱቓት ጓሓፍ ወይ ዳግመ-ጥቕሚ
    .bollard = ዝተበላሸወ ወይ ዝወደቐ ሓጺር ዓንዲ
    .other = ካልእ ነገር

## ኣብ ናይ መንበሪ ጽርግያ ንነዊሕ እዋን ዝቖመት መኪና
question-long-term-parking-licence_plate = ክትርእይዎ እንተኺኢልኩም፣ ቁጽሪ ታርጋ እንታይ እዩ?
question-long-term-parking-vehicle_description = ነታ መኪና ግለጹ (ሕብሪ፣ ኣምራቲ ኩባንያ፣ ዓይነት)።
question-long-term-parking-days_parked = ኣብኡ ካብ ዝቖመት ብግምት ክንደይ መዓልቲ ኮይኑ?

## ዝጠፍአ መብራህቲ ጽርግያ
question-streetlight-out-light_problem = እቲ መብራህቲ እንታይ ጸገም ኣለዎ?
    .out = ጠፊኡ
    .flickering = የብለጭልጭ ወይ ደጋጊሙ ይውላዕን ይጠፍእን
    .day-burning = ብመዓልቲ ይበርህ
    .several-out = ብተርታ ዘለዉ ብዙሓት መብራህቲ ጠፊኦም
question-streetlight-out-pole_number = እቲ ዓንዲ ናይ ቁጽሪ መለለዪ እንተለዎ፣ እንታይ ይብል?

## ዝተበላሸወ ወይ ዝጠፍአ ምልክት
question-sign-damaged-sign_type = እንታይ ዓይነት ምልክት እዩ?
    .street-name = ስም ጽርግያ
    .parking = ምቛም መኪና
    .speed-limit = ደረት ፍጥነት
    .warning = ምልክት መጠንቀቕታ (ጥውይዋይ፣ ከባቢ ቤት ትምህርቲ ከምኡ ዝኣመሰሉ)
    .other = ካልእ
question-sign-damaged-sign_condition = እንታይ ጸገም ኣለዎ?
    .bent = ተጠዊዩ ወይ ወዲቑ
    .faded = ሃሲሱ ወይ ንምንባብ ይኸብድ
    .turned = ናብ ዘይቅኑዕ ኣንፈት ተጠዊዩ
    .blocked = ብጨናፍር ተሸፊኑ
    .missing = ጠፊኡ

## ዘይሰርሕ መብራህቲ ትራፊክ
question-traffic-signal-malfunction-signal_problem = እቲ መብራህቲ ትራፊክ እንታይ ይገብር ኣሎ?
    .dark = ምሉእ ብምሉእ ጠፊኡ
    .flashing = ቀይሕ ወይ ብጫ የብለጭልጭ
    .stuck = ኣብ ሓደ ሕብሪ ደው ኢሉ
    .damaged = ወዲቑ ወይ ተበላሽዩ
    .turned = ናብ ዘይቅኑዕ ኣንፈት ተጠዊዩ
question-traffic-signal-malfunction-direction = ኣየናይ ኣንፈት ጉዕዞ እዩ ተጸልዩ (ንኣብነት፣ ናብ ሰሜን ዝኸይድ)?

## ስክፍታ ድሕንነት ትራፊክ
question-traffic-safety-concern-concern = ስክፍታታትኩም እንታይ እዩ?
    .speeding = ልዕሊ ደረት ፍጥነት ምዝዋር
    .signal-timing = ግዜ መብራህቲ ትራፊክ
    .visibility = ድኹም ምርኣይ
    .crossing = ንምስጋር ከቢድ እዩ
    .cut-through = ንሓጺር መገዲ ክጥቀም ዝሓልፍ ትራፊክ
question-traffic-safety-concern-details = ዝያዳ ንገሩና፦ መዓስ እዩ ዝፍጠር፣ መንከ ይጽሎ?

## በረድ ዘይተጸርገ መገዲ ኣጋር
question-snow-sidewalk-condition = እቲ መገዲ ኣጋር ኣብ ከመይ ኩነታት ኣሎ?
    .snow = ብበረድ ተሸፊኑ
    .ice = ብዝተረግአ ማይ ተሸፊኑ
    .snowbank = ጽርግያ ክጽረግ ከሎ ብዝተኸምረ በረድ ተዓጽዩ

## ዘይተኣከበ ጓሓፍ
question-missed-garbage-collection_day = ዝተመደበ መዓልቲ ምእካብኩም ኣየናይ ነይሩ?
question-missed-garbage-set_out = እቲ ሳንዱቕ ክሳብ ሰዓት 7:00 ንግሆ ኣብ ወሰን ጽርግያ ነይሩ ድዩ?
    .yes = እወ
    .no = ኣይፋል

## ዘይተኣከበ ንዳግመ-ጥቕሚ ዝኸውን ኣቕሓ
question-missed-recycling-collection_day = ዝተመደበ መዓልቲ ምእካብኩም ኣየናይ ነይሩ?
question-missed-recycling-set_out = እቲ ሳንዱቕ ክሳብ ሰዓት 7:00 ንግሆ ኣብ ወሰን ጽርግያ ነይሩ ድዩ?
    .yes = እወ
    .no = ኣይፋል

## ዘይተኣከበ ቀጠልያ ሳንዱቕ
question-missed-green-bin-collection_day = ዝተመደበ መዓልቲ ምእካብኩም ኣየናይ ነይሩ?
question-missed-green-bin-set_out = እቲ ሳንዱቕ ክሳብ ሰዓት 7:00 ንግሆ ኣብ ወሰን ጽርግያ ነይሩ ድዩ?
    .yes = እወ
    .no = ኣይፋል

## ዝተበላሸወ ሳንዱቕ
question-bin-damaged-bin_type = ኣየናይ ሳንዱቕ እዩ ተበላሽዩ?
    .garbage = ሳንዱቕ ጓሓፍ
    .recycling = ሰማያዊ ሳንዱቕ (ዳግመ-ጥቕሚ)
    .green-bin = ቀጠልያ ሳንዱቕ (ዝበስብስ ጓሓፍ)
question-bin-damaged-damage = እንታይ እዩ ተበላሽዩ?
    .lid = መኽደኒ
    .wheels = ጎማ ወይ ዘንጊ
    .handle = መትሓዚ
    .body = ዝተሰንጠቐ ኣካል
    .latch = ንእንስሳታት ዝኽልከል መሸጎሪ
question-bin-damaged-bin_serial = ከተንብብዎ እንተኺኢልኩም፣ ኣብቲ ሳንዱቕ ዝተሓትመ መለለዪ ቁጽሪ እንታይ እዩ?

## ምልዓል ዓበይቲ ኣቑሑ
question-bulky-item-pickup-item_types = እንታይ ናብ ደገ ከተውጹ ኢኹም?
    .furniture = ኣቑሑ ገዛ
    .mattress = ፍራሽ ወይ ናይ ስፕሪንግ መሰረት ዓራት
    .appliance = ምድጃ፣ መሕጸቢ ክዳን፣ መንቀጺ ክዳን ወይ መሕጸቢ ኣቑሑ ክሽነ
    .refrigerant = ፍሪጅ፣ ፍሪዘር ወይ ኤየር ኮንዲሽን
    .carpet = ምንጻፍ ወይ ንእሽቶ ምንጻፍ
    .other = ካልእ ዓቢ ኣቕሓ
question-bulky-item-pickup-item_count = ክንደይ ኣቑሑ ናብ ደገ ከተውጹ ኢኹም?

## ኣብ ንብረት ከተማ ዝተጻሕፈ ጽሑፍ
question-graffiti-city-property-surface = እቲ ጽሑፍ ኣብ ኣየኖት ገጻት እዩ ዘሎ?
    .wall = መንደቕ ወይ ህንጻ
    .bridge = ድልድል ወይ ናይ ትሕቲ መሳገሪ
    .fence = ሓጹር
    .sign-pole = ምልክት ወይ ዓንዲ
    .box = ሳንዱቕ ኣገልግሎት ወይ ሳንዱቕ መብራህቲ ትራፊክ
    .other = ካልእ

## ኣብ ምልክታት ጽርግያ፣ ዓንድታት ወይ ሳንዱቕ መብራህቲ ትራፊክ ዝተጻሕፈ ጽሑፍ
question-graffiti-road-assets-asset_type = እቲ ጽሑፍ ኣብ እንታይ እዩ ዘሎ?
    .sign = ምልክት ጽርግያ
    .signal-box = ሳንዱቕ መብራህቲ ትራፊክ
    .pole = ዓንዲ
    .retaining-wall = መንደቕ ደገፍ መሬት ወይ መንደቕ መከላኸሊ ጫውጫው
    .bridge = ድልድል ወይ ናይ ትሕቲ መሳገሪ
    .other = ካልእ ነገር

## ኣብ ውልቃዊ ንብረት ዝተጻሕፈ ጽሑፍ
question-graffiti-private-property-surface = እቲ ጽሑፍ ኣብ ኣየኖት ገጻት እዩ ዘሎ?
    .wall = መንደቕ
    .fence = ሓጹር
    .garage-door = ማዕጾ ጋራጅ
    .window = መስኮት ወይ ማዕጾ
    .other = ካልእ
question-graffiti-private-property-is_owner = ንስኹም ዋና እቲ ንብረት ዲኹም?
    .yes = እወ
    .no = ኣይፋል

## ናይ ጽልኢ ወይ ናይ ጉጅለ ገበነኛታት ጽሑፍ
question-graffiti-hate-police_reported = ንፖሊስ ቶሮንቶ ሓቢርኩምዎም ዲኹም?
    .yes = እወ
    .no = ኣይፋል
question-graffiti-hate-police_reference = ቁጽሪ ጸብጻብ ፖሊስ እንተሎኩም፣ እንታይ እዩ?

## ዘይሕጋዊ ምድርባይ ጓሓፍ
question-illegal-dumping-item_types = እንታይ እዩ ተደርብዩ?
    .household = ከረጺት ጓሓፍ ገዛ
    .furniture = ኣቑሑ ገዛ
    .mattress = ፍራሽ
    .tires = ጎማታት
    .construction = ጓሓፍ ህንጻ ወይ ጽገና
    .electronics = ኤሌክትሮኒካዊ ኣቑሑ
    .hazardous = ቀለም፣ ኬሚካላት ወይ ካልእ ሓደገኛ ጓሓፍ
    .other = ካልእ
question-illegal-dumping-noticed_at = መዓስ ኣስተብሂልኩምሉ፣ ወይ ክድርበ ከሎ መዓስ ርኢኹምዎ?
question-illegal-dumping-witness = ዝደርበዮ እንተ ርኢኹም፣ ነቲ ሰብ ወይ ነቲ መኪና ግለጹ። ናብኦም ኣይትቕረቡ።

## ዝተገደፈት ብሽክለታ
question-abandoned-bike-bike_condition = እታ ብሽክለታ ኣብ ከመይ ኩነታት ኣላ?
    .missing-wheel = ሓደ ጎማ የብላን
    .missing-parts = መቐመጢ ወይ መዘውሪ የብላን
    .flat-tires = ጎማታታ ንፋስ የብሎምን
    .rusted = ብዝገ ዝተበልዐ ሰንሰለት ወይ ክፋላት
    .bent-frame = ዝተጠወየ ወይ ዝተበላሸወ ኣካል (ፍረም)

## ዝተፈንጀረ ቀንዲ ቱቦ ማይ
question-water-main-break-water_flow = ክንደይ ማይ እዩ ዝውሕዝ ዘሎ?
    .trickle = ቁሩብ ዘንጠብጥብ ማይ ወይ ርሑስ ቦታ
    .steady = ቀጻሊ ውሕዘት ማይ
    .gushing = ብሓይሊ ይፈልፍል ወይ ንጽርግያ የጥሕሎ ኣሎ

## ማይ የለን
question-no-water-neighbours_affected = ጐረባብትኹም'ውን ማይ የብሎምን ድዩ?
    .yes = እወ
    .no = ኣይፋል
    .unknown = ኣይፈልጥን
question-no-water-started_at = ማይ መዓስ ተቛረጸ?

## ንድሕሪት ዝምለስ ርኹስ ማይ ወይ ዝጠሓለ ክፍሊ ትሕቲ ምድሪ
question-sewer-backup-water_depth = እቲ ማይ ብግምት ክንደይ ሴንቲ ሜትር ዕምቆት ኣለዎ?
question-sewer-backup-backwater_valve = እቲ ንብረት ርኹስ ማይ ንድሕሪት ከይምለስ ዝኽልከል ቫልቭ ኣለዎ ድዩ?
    .yes = እወ
    .no = ኣይፋል
    .unknown = ኣይፈልጥን

## ዝተዓጽወ መውረዲ ማይ ጽርግያ
question-catch-basin-blocked-ponding = ማይ ይዕቆር ኣሎ ድዩ?
    .none = ኣይፋል፣ ሕጂ የለን
    .road = ኣብ ጽርግያ ተዓቚሩ ኣሎ
    .sidewalk = ክሳብ መገዲ ኣጋር ወይ ንብረት በጺሑ ኣሎ

## ዝተበላሸወ ወይ ዘንጠብጥብ ቧንቧ ማይ መጥፋእቲ ሓዊ
question-fire-hydrant-damaged-hydrant_problem = እቲ ቧንቧ ማይ መጥፋእቲ ሓዊ እንታይ ጸገም ኣለዎ?
    .knocked-over = ወዲቑ ወይ ተወቒዑ
    .leaking = የንጠብጥብ
    .missing-cap = መኽደኒኡ ጠፊኡ
    .blocked = ተዓጊቱ ወይ ተሰዊሩ
    .paint = ጽሑፍ ወይ ቀለም

## ሕብሩ ዝተቐየረ ወይ ጣዕሙ ሕማቕ ዝኾነ ማይ
question-water-quality-water_issue = እንታይ ኣስተብሂልኩም?
    .brown = ቡናዊ ወይ ብጫ
    .cloudy = ደበናዊ ወይ ጸባ ዝመስል
    .taste = ዘይልሙድ ጣዕሚ
    .smell = ዘይልሙድ ሽታ
    .particles = ደቀቕቲ ነገራት ወይ ዝዓለበ ነገር

## ዝወደቐ ወይ ዝተጎድአ ኦም (ህጹጽ)
question-tree-emergency-blocking = እንታይ እዩ ተጸልዩ?
    .road = ጽርግያ
    .sidewalk = መገዲ ኣጋር
    .driveway = መእተዊ መኪና
    .building = ገዛ ወይ ህንጻ
    .vehicle = መኪና
    .wires = ገመዳት
    .nothing = ክሳብ ሕጂ ዋላ ሓደ፣ ግን ክወድቕ ይኽእል እዩ

## ምቊራጽ ጨናፍር ኦም (ህጹጽ ዘይኮነ)
question-tree-pruning-reason = እቲ ኦም ስለምንታይ ምቑራጽ ጨናፍር የድልዮ?
    .low-branches = ኣብ ልዕሊ መገዲ ኣጋር ወይ ጽርግያ ዝተንጠልጠሉ ትሑታት ጨናፍር
    .blocking = ምልክት ወይ መብራህቲ ጽርግያ ይሽፍን
    .touching-building = ንገዛ ወይ ንህንጻ ይትንክፍ
    .dead-branches = ዝነቐጹ ጨናፍር

## ጸገም ሽቓቕ መናፈሻ
question-park-washroom-issue = ጸገሙ እንታይ እዩ?
    .dirty = ረሲሑ
    .supplies = ሳሙና፣ ናይ ወረቐት መንጸፊ ኢድ ወይ ወረቐት ሽቓቕ የለን
    .locked = ኣብ ክፉት ዝኾነሉ ሰዓታት ተዓጽዩ
    .broken = ዝተሰብረ ሽቓቕ፣ መሕጸቢ ኢድ ወይ ማዕጾ
    .leak = ምንጥባጥብ ወይ ምጥሓል ማይ

## ዝተበላሸወ ናውቲ መጻወቲ ቆልዑ
question-playground-damaged-equipment = ኣየናይ ናውቲ?
    .swing = መወዛወዚ
    .slide = መንሸራተቲ
    .climber = መደይቦ ወይ ህንጻ መጻወቲ
    .surface = ገጽ መሬት (ሑጻ፣ ጉሕሚ ዕንጨይቲ ወይ ላስቲክ)
    .other = ካልእ
question-playground-damaged-unsafe = ሕጂ ዝጥቀመሉ ሰብ ክጉዳእ ይኽእል ድዩ?
    .yes = እወ
    .no = ኣይፋል
    .unsure = ርግጸኛ ኣይኮንኩን

## ኣብ መናፈሻ ዘሎ መዕስከር
question-park-encampment-tent_count = ኣብኡ ብግምት ክንደይ ድንኳናት ወይ መዕቈቢታት ኣለዉ?
question-park-encampment-details = ሰራሕተኛታት ማሕበራዊ ኣገልግሎት ክፈልጥዎ ዘለዎም ነገር ኣሎ ድዩ፣ ንኣብነት ሓዊ ወይ ካልእ ስክፍታ ድሕንነት?

## ኣብ ጽርግያ ወይ መገዲ ኣጋር ዝሞተ እንስሳ
question-dead-animal-road-animal_type = እንታይ ዓይነት እንስሳ እዩ (ንኣብነት፣ ራኩን፣ ስኩዊረል ወይ ድሙ)?
question-dead-animal-road-animal_size = ክንደይ ዓቢ እዩ?
    .small = ንእሽቶ (ስኩዊረል፣ ዑፍ)
    .medium = ማእከላይ (ራኩን፣ ድሙ)
    .large = ዓቢ (ዓጋዘን፣ ኮዮቲ፣ ከልቢ)

## ዝተጎድአ ወይ ዝሓመመ ዘገዳም እንስሳ
question-injured-wildlife-animal_type = እንታይ ዓይነት እንስሳ እዩ?
question-injured-wildlife-condition = ነቲ እንስሳ እንታይ ኣጋጢምዎ?
    .injured = ተጎዲኡ
    .sick = ሓሚሙ ወይ ዘይልሙድ ጠባይ የርኢ
    .trapped = ተታሒዙ ወይ ተጠላሊፉ
    .orphaned = በይኑ ዝተረፈ ዝመስል ንእሽቶ እንስሳ

## ዝጠፍአ ወይ ዝተፈትሐ ከልቢ
question-stray-dog-dog_contained = እቲ ከልቢ ተሓሊዩ ድዩ፣ ንኣብነት ኣብ ቀጽሪ ወይ ብመእሰሪ ተኣሲሩ?
    .yes = እወ
    .no = ኣይፋል

## ምንካስ ወይ መጥቃዕቲ ከልቢ
question-dog-bite-incident_time = መዓስ ተፈጸመ?
question-dog-bite-victim = መን እዩ ተነኺሱ ወይ ተጠቒዑ?
    .person = ሰብ
    .dog = ካልእ ከልቢ
    .other-animal = ካልእ እንስሳ

## ብዘይ መእሰሪ ዝተፈትሐ ከልቢ
question-dog-off-leash-usual_time = እዚ ብዙሕ ግዜ መዓስ ይፍጠር (ንኣብነት፣ ኣብ መዓልታት ስራሕ ንግሆ)?

## ጥርዓን ጫውጫው
question-noise-noise_source = ነቲ ጫውጫው እንታይ እዩ ዝፈጥሮ?
    .amplified-sound = ሙዚቃ ወይ ብመጉልሒ ድምጺ ዝወጽእ ድምጺ
    .construction = ስራሕ ህንጻ
    .barking = ዝነብሕ ከልቢ
    .equipment = ኤየር ኮንዲሽን፣ ቨንቲላተር ወይ ካልእ ማሽን
    .vehicle = ሞተሮም ከየጥፍኡ ደው ዝበሉ ወይ ሞተሮም ብሓይሊ ዘጓርሑ መካይን
    .other = ካልእ
question-noise-ongoing = እቲ ጫውጫው ሕጂ ኣሎ ድዩ?
    .now = እወ፣ ሕጂ
    .recurring = ብስሩዕ ይፍጠር
    .past = ደው ኢሉ
question-noise-noise_times = እቲ ጫውጫው መዓስ ከም ዝፍጠርን ክንደይ ግዜ ከም ዝጸንሕን ግለጹ።

## ህጹጽ ጸገም ደረጃ ህንጻ
question-property-standards-urgent-issue = እቲ ህጹጽ ጸገም እንታይ እዩ?
    .no-heat = መሞቒ የለን ወይ እኹል ኣይኮነን
    .no-water = ማይ የለን
    .no-power = ኤለክትሪክ የለን
    .lock = ዝተሰብረ መሸጎሪ ማዕጾ መእተዊ
    .structure = ዘይውሑስ ህንጻ፣ በረንዳ ወይ መደያይቦ
question-property-standards-urgent-is_tenant = ኣብቲ ህንጻ ተኻራዪ ዲኹም?
    .yes = እወ
    .no = ኣይፋል
question-property-standards-urgent-unit_number = ቁጽሪ መንበሪ ክፍልኹም እንታይ እዩ?

## ጥርዓን ደረጃ ህንጻ
question-property-standards-issues = እንታይ ጸገማት ኣለዉ?
    .pests = ሓሰኻታት (ኣንጭዋ፣ በረሮ፣ ትኋን)
    .mould = ሻጋታ
    .windows-doors = ዝተሰብሩ መሳኹቲ ወይ ማዕጾታት
    .leaks = ዘንጠብጥብ ናሕሲ ወይ መናድቕ
    .stairs-railings = ዝተበላሸዉ መደያይቦ ወይ መትሓዝታት
    .exterior = ደገ ህንጻ ኣብ ሕማቕ ኩነታት ኣሎ
    .other = ካልእ
question-property-standards-landlord_notified = ተኻራዪ እንተኾንኩም፣ ንኣካራዪኹም ብጽሑፍ ሓቢርኩምዎ ዲኹም?
    .yes = እወ
    .no = ኣይፋል
    .not-tenant = ተኻራዪ ኣይኮንኩን
question-property-standards-details = ነቲ ጸገምን ክንደይ ግዜ ከም ዝጸንሐን ግለጹ።

## ኣብ ውልቃዊ ንብረት ዝተገደፈት መኪና
question-abandoned-vehicle-licence_plate = እታ መኪና ታርጋ እንተለዋ፣ ቁጽሪ ታርጋ እንታይ እዩ?
question-abandoned-vehicle-vehicle_description = ነታ መኪና ግለጹ (ሕብሪ፣ ኣምራቲ ኩባንያ፣ ዓይነት)።
