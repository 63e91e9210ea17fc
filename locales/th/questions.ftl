### คำถามในรายการบริการ: คำถามเพิ่มเติม (แอตทริบิวต์ Open311) ของบริการแต่ละประเภท และ
### คำตอบที่มีให้เลือกสำหรับคำถามแบบรายการ ในรูปแอตทริบิวต์ที่ตั้งชื่อตามคีย์ของคำตอบ

## หลุมบนถนน
question-pothole-size = หลุมมีขนาดประมาณเท่าใด
    .small = เล็กกว่าจานข้าว
    .medium = ประมาณขนาดยางรถยนต์
    .large = ใหญ่กว่ายางรถยนต์
question-pothole-lane = หลุมอยู่ส่วนใดของถนน
    .curb-lane = ช่องจราจรชิดขอบทาง
    .centre-lane = ช่องจราจรกลางหรือช่องแซง
    .turn-lane = ช่องเลี้ยว
    .bike-lane = ช่องทางจักรยาน
    .laneway = ตรอก

## อันตรายบนถนน
question-road-hazard-hazard_type = อันตรายนั้นคืออะไร
    .road-collapse = ผิวถนนทรุดหรือเป็นหลุมยุบ
    .missing-cover = ฝาท่อหรือตะแกรงระบายน้ำหายไปหรือแตก
    .debris = มีเศษวัสดุชิ้นใหญ่ในช่องจราจร
    .spill = มีของเหลวหกหรือสารที่ลื่น
    .other = อย่างอื่น

## ทางเท้าชำรุด
question-sidewalk-damaged-damage = ทางเท้ามีปัญหาอะไร
    .cracked = แตกร้าว
    .lifted = แผ่นทางเท้ายกตัวหรือไม่เรียบ
    .sunken = ทรุดหรือกลวงข้างใต้
    .missing = มีบางส่วนหายไป
    .curb-ramp = ทางลาดขอบทางชำรุด
question-sidewalk-damaged-trip_height = ขอบที่ไม่เรียบสูงประมาณกี่เซนติเมตร

## สิ่งกีดขวางในช่องทางจักรยาน
question-bike-lane-obstruction-obstruction = อะไรกีดขวางช่องทางจักรยานอยู่
    .debris = เศษวัสดุหรือขยะ
    .construction = วัสดุหรืออุปกรณ์ก่อสร้าง
    .bins = ถังขยะหรือถังรีไซเคิล
    .bollard = เสากั้นชำรุดหรือล้ม
    .other = อย่างอื่น

## รถจอดนานเกินไปบนถนนในย่านที่อยู่อาศัย
question-long-term-parking-licence_plate = หากคุณมองเห็น ป้ายทะเบียนรถคืออะไร
question-long-term-parking-vehicle_description = โปรดอธิบายลักษณะรถ (สี ยี่ห้อ ประเภท)
question-long-term-parking-days_parked = รถจอดอยู่ที่นั่นมาประมาณกี่วันแล้ว

## ไฟถนนดับ
question-streetlight-out-light_problem = ไฟมีปัญหาอะไร
    .out = ไฟดับ
    .flickering = กะพริบหรือติด ๆ ดับ ๆ
    .day-burning = เปิดอยู่ในเวลากลางวัน
    .several-out = ไฟดับหลายดวงติดกัน
question-streetlight-out-pole_number = หากเสามีป้ายหมายเลข ป้ายนั้นเขียนว่าอะไร

## ป้ายชำรุดหรือหายไป
question-sign-damaged-sign_type = เป็นป้ายประเภทใด
    .street-name = ป้ายชื่อถนน
    .parking = ป้ายจอดรถ
    .speed-limit = ป้ายจำกัดความเร็ว
    .warning = ป้ายเตือน (ทางโค้ง เขตโรงเรียน และอื่น ๆ ที่คล้ายกัน)
    .other = อื่น ๆ
question-sign-damaged-sign_condition = ป้ายมีปัญหาอะไร
    .bent = งอหรือถูกชนล้ม
    .faded = สีจางหรืออ่านยาก
    .turned = หันผิดทิศ
    .blocked = ถูกกิ่งไม้บัง
    .missing = หายไป

## สัญญาณไฟจราจรไม่ทำงาน
question-traffic-signal-malfunction-signal_problem = สัญญาณไฟเป็นอย่างไร
    .dark = ดับทั้งหมด
    .flashing = กะพริบสีแดงหรือสีเหลือง
    .stuck = ค้างอยู่ที่สีเดียว
    .damaged = ถูกชนล้มหรือชำรุด
    .turned = หันผิดทิศ
question-traffic-signal-malfunction-direction = ทิศทางการเดินรถใดที่ได้รับผลกระทบ (เช่น มุ่งหน้าทิศเหนือ)

## ข้อกังวลด้านความปลอดภัยการจราจร
question-traffic-safety-concern-concern = คุณกังวลเรื่องใดบ้าง
    .speeding = การขับรถเร็วเกินกำหนด
    .signal-timing = ระยะเวลาของสัญญาณไฟ
    .visibility = ทัศนวิสัยไม่ดี
    .crossing = ข้ามถนนได้ยาก
    .cut-through = รถที่ใช้เป็นทางลัดผ่านย่านนี้
question-traffic-safety-concern-details = โปรดเล่ารายละเอียดเพิ่มเติม: เกิดขึ้นเมื่อใด และใครได้รับผลกระทบ

## ทางเท้ายังไม่ได้กวาดหิมะ
question-snow-sidewalk-condition = ทางเท้ามีสภาพอย่างไร
    .snow = มีหิมะปกคลุม
    .ice = เป็นน้ำแข็ง
    .snowbank = ถูกกองหิมะจากการไถหิมะบนถนนขวางอยู่

## ขยะไม่ได้รับการเก็บ
question-missed-garbage-collection_day = วันเก็บขยะตามกำหนดของคุณคือวันใด
question-missed-garbage-set_out = คุณนำถังไปวางไว้ที่ขอบทางก่อน 7 โมงเช้าหรือไม่
    .yes = ใช่
    .no = ไม่ใช่

## ขยะรีไซเคิลไม่ได้รับการเก็บ
question-missed-recycling-collection_day = วันเก็บขยะตามกำหนดของคุณคือวันใด
question-missed-recycling-set_out = คุณนำถังไปวางไว้ที่ขอบทางก่อน 7 โมงเช้าหรือไม่
    .yes = ใช่
    .no = ไม่ใช่

## ถังเขียวไม่ได้รับการเก็บ
question-missed-green-bin-collection_day = วันเก็บขยะตามกำหนดของคุณคือวันใด
question-missed-green-bin-set_out = คุณนำถังไปวางไว้ที่ขอบทางก่อน 7 โมงเช้าหรือไม่
    .yes = ใช่
    .no = ไม่ใช่

## ถังชำรุด
question-bin-damaged-bin_type = ถังใดชำรุด
    .garbage = ถังขยะ
    .recycling = ถังสีน้ำเงิน (รีไซเคิล)
    .green-bin = ถังเขียว (ขยะอินทรีย์)
question-bin-damaged-damage = ส่วนใดชำรุด
    .lid = ฝา
    .wheels = ล้อหรือเพลาล้อ
    .handle = ที่จับ
    .body = ตัวถังแตก
    .latch = ตัวล็อกกันสัตว์
question-bin-damaged-bin_serial = หากคุณอ่านได้ หมายเลขซีเรียลที่พิมพ์อยู่บนถังคืออะไร

## การเก็บของชิ้นใหญ่
question-bulky-item-pickup-item_types = คุณจะนำอะไรออกมาวาง
    .furniture = เฟอร์นิเจอร์
    .mattress = ที่นอนหรือฐานสปริงรองที่นอน
    .appliance = เตา เครื่องซักผ้า เครื่องอบผ้า หรือเครื่องล้างจาน
    .refrigerant = ตู้เย็น ตู้แช่แข็ง หรือเครื่องปรับอากาศ
    .carpet = พรมปูพื้นหรือพรมผืน
    .other = ของชิ้นใหญ่อื่น ๆ
question-bulky-item-pickup-item_count = คุณจะนำของออกมาวางกี่ชิ้น

## ภาพพ่นสีบนทรัพย์สินของเมือง
question-graffiti-city-property-surface = มีภาพพ่นสีบนพื้นผิวใดบ้าง
    .wall = กำแพงหรืออาคาร
    .bridge = สะพานหรือทางลอด
    .fence = รั้ว
    .sign-pole = ป้ายหรือเสา
    .box = ตู้อุปกรณ์หรือตู้สัญญาณไฟ
    .other = อื่น ๆ

## ภาพพ่นสีบนป้ายจราจร เสา หรือตู้สัญญาณ
question-graffiti-road-assets-asset_type = ภาพพ่นสีอยู่บนอะไร
    .sign = ป้ายจราจร
    .signal-box = ตู้ควบคุมสัญญาณไฟจราจร
    .pole = เสา
    .retaining-wall = กำแพงกันดินหรือกำแพงกันเสียง
    .bridge = สะพานหรือทางลอด
    .other = อย่างอื่น

## ภาพพ่นสีบนทรัพย์สินส่วนบุคคล
question-graffiti-private-property-surface = มีภาพพ่นสีบนพื้นผิวใดบ้าง
    .wall = กำแพง
    .fence = รั้ว
    .garage-door = ประตูโรงรถ
    .window = หน้าต่างหรือประตู
    .other = อื่น ๆ
question-graffiti-private-property-is_owner = คุณเป็นเจ้าของทรัพย์สินนี้หรือไม่
    .yes = ใช่
    .no = ไม่ใช่

## ภาพพ่นสีแสดงความเกลียดชังหรือของแก๊ง
question-graffiti-hate-police_reported = คุณได้แจ้งตำรวจโทรอนโตแล้วหรือยัง
    .yes = แจ้งแล้ว
    .no = ยังไม่ได้แจ้ง
question-graffiti-hate-police_reference = หากคุณมี หมายเลขรายงานของตำรวจคืออะไร

## การทิ้งขยะผิดกฎหมาย
question-illegal-dumping-item_types = มีการทิ้งอะไรไว้
    .household = ถุงขยะจากบ้านเรือน
    .furniture = เฟอร์นิเจอร์
    .mattress = ที่นอน
    .tires = ยางรถ
    .construction = เศษวัสดุจากการก่อสร้างหรือการปรับปรุงบ้าน
    .electronics = เครื่องใช้อิเล็กทรอนิกส์
    .hazardous = สี สารเคมี หรือของเสียอันตรายอื่น ๆ
    .other = อื่น ๆ
question-illegal-dumping-noticed_at = คุณสังเกตเห็นเมื่อใด หรือเห็นมีคนนำมาทิ้งเมื่อใด
question-illegal-dumping-witness = หากคุณเห็นผู้ที่นำมาทิ้ง โปรดอธิบายลักษณะบุคคลหรือรถคันนั้น อย่าเข้าไปใกล้บุคคลเหล่านั้น

## จักรยานถูกทิ้ง
question-abandoned-bike-bike_condition = จักรยานอยู่ในสภาพใด
    .missing-wheel = ล้อหายไปหนึ่งล้อ
    .missing-parts = ไม่มีอานหรือแฮนด์
    .flat-tires = ยางแบน
    .rusted = โซ่หรือชิ้นส่วนเป็นสนิม
    .bent-frame = โครงรถงอหรือชำรุด

## ท่อประปาหลักแตก
question-water-main-break-water_flow = น้ำไหลออกมามากแค่ไหน
    .trickle = ไหลซึมเล็กน้อยหรือเป็นรอยเปียก
    .steady = ไหลออกมาเป็นสายต่อเนื่อง
    .gushing = พุ่งแรงหรือท่วมถนน

## น้ำไม่ไหล
question-no-water-neighbours_affected = เพื่อนบ้านของคุณน้ำไม่ไหลด้วยหรือไม่
    .yes = ใช่
    .no = ไม่ใช่
    .unknown = ไม่ทราบ
question-no-water-started_at = น้ำหยุดไหลตั้งแต่เมื่อใด

## น้ำเสียไหลย้อนหรือน้ำท่วมห้องใต้ดิน
question-sewer-backup-water_depth = น้ำลึกประมาณกี่เซนติเมตร
question-sewer-backup-backwater_valve = อาคารนี้มีวาล์วกันน้ำไหลย้อนหรือไม่
    .yes = มี
    .no = ไม่มี
    .unknown = ไม่ทราบ

## บ่อพักน้ำอุดตัน
question-catch-basin-blocked-ponding = มีน้ำขังหรือไม่
    .none = ไม่มี ตอนนี้ยังไม่มี
    .road = มีน้ำขังบนถนน
    .sidewalk = น้ำขังล้นไปถึงทางเท้าหรือที่ดิน

## หัวดับเพลิงชำรุดหรือรั่ว
question-fire-hydrant-damaged-hydrant_problem = หัวดับเพลิงมีปัญหาอะไร
    .knocked-over = ถูกชนล้มหรือถูกชน
    .leaking = น้ำรั่ว
    .missing-cap = ฝาหายไป
    .blocked = ถูกกีดขวางหรือถูกบัง
    .paint = มีภาพพ่นสีหรือถูกทาสี

## น้ำสีผิดปกติหรือรสชาติไม่ดี
question-water-quality-water_issue = คุณสังเกตเห็นอะไร
    .brown = สีน้ำตาลหรือสีเหลือง
    .cloudy = ขุ่นหรือเป็นสีขาวคล้ายน้ำนม
    .taste = รสชาติผิดปกติ
    .smell = กลิ่นผิดปกติ
    .particles = มีตะกอนหรือเศษผง

## ต้นไม้ล้มหรือเสียหาย (ฉุกเฉิน)
question-tree-emergency-blocking = มีอะไรได้รับผลกระทบบ้าง
    .road = ถนน
    .sidewalk = ทางเท้า
    .driveway = ทางรถเข้าบ้าน
    .building = บ้านหรืออาคาร
    .vehicle = รถ
    .wires = สายไฟ
    .nothing = ยังไม่มี แต่อาจล้มลงมาได้

## ตัดแต่งกิ่งไม้ (ไม่ฉุกเฉิน)
question-tree-pruning-reason = ทำไมต้นไม้จึงต้องตัดแต่งกิ่ง
    .low-branches = มีกิ่งห้อยต่ำเหนือทางเท้าหรือถนน
    .blocking = บังป้ายหรือไฟถนน
    .touching-building = แตะบ้านหรืออาคาร
    .dead-branches = มีกิ่งแห้งตาย

## ปัญหาห้องน้ำในสวนสาธารณะ
question-park-washroom-issue = มีปัญหาอะไร
    .dirty = สกปรก
    .supplies = ไม่มีสบู่ กระดาษเช็ดมือ หรือกระดาษชำระ
    .locked = ปิดล็อกในเวลาที่ควรเปิด
    .broken = โถส้วม อ่างล้างมือ หรือประตูชำรุด
    .leak = น้ำรั่วหรือน้ำท่วม

## เครื่องเล่นในสนามเด็กเล่นชำรุด
question-playground-damaged-equipment = เครื่องเล่นชิ้นใด
    .swing = ชิงช้า
    .slide = กระดานลื่น
    .climber = เครื่องปีนป่ายหรือชุดเครื่องเล่น
    .surface = พื้นสนาม (ทราย เศษไม้ หรือยาง)
    .other = อื่น ๆ
question-playground-damaged-unsafe = หากใช้ตอนนี้ อาจมีคนได้รับบาดเจ็บหรือไม่
    .yes = ใช่
    .no = ไม่
    .unsure = ไม่แน่ใจ

## ที่พักแรมในสวนสาธารณะ
question-park-encampment-tent_count = มีเต็นท์หรือที่พักชั่วคราวประมาณกี่หลัง
question-park-encampment-details = มีสิ่งใดที่เจ้าหน้าที่ช่วยเหลือควรทราบหรือไม่ เช่น มีการก่อไฟหรือข้อกังวลด้านความปลอดภัยอื่น ๆ

## ซากสัตว์บนถนนหรือทางเท้า
question-dead-animal-road-animal_type = เป็นสัตว์ชนิดใด (เช่น แรคคูน กระรอก หรือแมว)
question-dead-animal-road-animal_size = สัตว์มีขนาดเท่าใด
    .small = เล็ก (กระรอก นก)
    .medium = กลาง (แรคคูน แมว)
    .large = ใหญ่ (กวาง โคโยตี สุนัข)

## สัตว์ป่าบาดเจ็บหรือป่วย
question-injured-wildlife-animal_type = เป็นสัตว์ชนิดใด
question-injured-wildlife-condition = สัตว์ตัวนั้นเป็นอย่างไร
    .injured = บาดเจ็บ
    .sick = ป่วยหรือมีพฤติกรรมแปลก ๆ
    .trapped = ติดอยู่หรือพันกับสิ่งของ
    .orphaned = ลูกสัตว์ที่ดูเหมือนอยู่ตัวเดียว

## สุนัขจรจัดหรือสุนัขหลุด
question-stray-dog-dog_contained = สุนัขถูกควบคุมไว้หรือไม่ เช่น อยู่ในลานบ้านหรือใส่สายจูง
    .yes = ใช่
    .no = ไม่ใช่

## สุนัขกัดหรือทำร้าย
question-dog-bite-incident_time = เหตุการณ์เกิดขึ้นเมื่อใด
question-dog-bite-victim = ใครถูกกัดหรือถูกทำร้าย
    .person = คน
    .dog = สุนัขตัวอื่น
    .other-animal = สัตว์อื่น

## สุนัขไม่ได้ใส่สายจูง
question-dog-off-leash-usual_time = เรื่องนี้มักเกิดขึ้นเมื่อใด (เช่น ตอนเช้าวันธรรมดา)

## ร้องเรียนเรื่องเสียงดัง
question-noise-noise_source = อะไรเป็นต้นเสียง
    .amplified-sound = เสียงเพลงหรือเสียงจากเครื่องขยายเสียง
    .construction = การก่อสร้าง
    .barking = สุนัขเห่า
    .equipment = เครื่องปรับอากาศ พัดลม หรืออุปกรณ์อื่น ๆ
    .vehicle = รถติดเครื่องทิ้งไว้หรือเร่งเครื่อง
    .other = อื่น ๆ
question-noise-ongoing = ตอนนี้ยังมีเสียงดังอยู่หรือไม่
    .now = ใช่ มีอยู่ตอนนี้
    .recurring = เกิดขึ้นเป็นประจำ
    .past = หยุดแล้ว
question-noise-noise_times = โปรดอธิบายว่าเสียงดังเกิดขึ้นเมื่อใดและนานเท่าใด

## ปัญหาเร่งด่วนเรื่องมาตรฐานอาคาร
question-property-standards-urgent-issue = ปัญหาเร่งด่วนคืออะไร
    .no-heat = ไม่มีเครื่องทำความร้อนหรือความร้อนไม่พอ
    .no-water = ไม่มีน้ำ
    .no-power = ไม่มีไฟฟ้า
    .lock = กุญแจประตูทางเข้าเสีย
    .structure = โครงสร้าง ระเบียง หรือบันไดไม่ปลอดภัย
question-property-standards-urgent-is_tenant = คุณเป็นผู้เช่าในอาคารนี้หรือไม่
    .yes = ใช่
    .no = ไม่ใช่
question-property-standards-urgent-unit_number = ห้องของคุณหมายเลขอะไร

## ร้องเรียนเรื่องมาตรฐานอาคาร
question-property-standards-issues = มีปัญหาอะไรบ้าง
    .pests = แมลงหรือสัตว์รบกวน (หนู แมลงสาบ ตัวเรือด)
    .mould = เชื้อรา
    .windows-doors = หน้าต่างหรือประตูชำรุด
    .leaks = หลังคาหรือผนังรั่ว
    .stairs-railings = บันไดหรือราวจับชำรุด
    .exterior = ภายนอกอาคารทรุดโทรม
    .other = อื่น ๆ
question-property-standards-landlord_notified = หากคุณเป็นผู้เช่า คุณได้แจ้งเจ้าของบ้านเป็นลายลักษณ์อักษรแล้วหรือยัง
    .yes = แจ้งแล้ว
    .no = ยังไม่ได้แจ้ง
    .not-tenant = ฉันไม่ใช่ผู้เช่า
question-property-standards-details = โปรดอธิบายปัญหาและบอกว่าเป็นมานานเท่าใดแล้ว

## รถถูกทิ้งในที่ดินส่วนบุคคล
question-abandoned-vehicle-licence_plate = หากรถมีป้ายทะเบียน ป้ายทะเบียนคืออะไร
question-abandoned-vehicle-vehicle_description = โปรดอธิบายลักษณะรถ (สี ยี่ห้อ ประเภท)
