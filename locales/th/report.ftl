### การแจ้งปัญหา: หน้า /report ข้อผิดพลาด แผนที่ และรูปภาพ

report-page-title = { $heading } – { -product-name }
report-caption = แจ้งปัญหา
report-unavailable = ขณะนี้ไม่สามารถแสดงแบบฟอร์มแจ้งปัญหาได้ โปรดลองอีกครั้งในอีกสักครู่
report-continue = ดำเนินการต่อ
report-optional = { $label } (ไม่บังคับ)

## การเลือกบริการ
report-choose-heading = คุณต้องการแจ้งเรื่องอะไร
report-choose-intro = พิมพ์ค้นหาด้วยคำของคุณเอง หรือเลือกจากหัวข้อด้านล่าง
report-start-button = เริ่มเลย
report-choose-other = แจ้งเรื่องอื่น
report-not-found-heading = เราไม่พบการแจ้งปัญหานั้น
report-not-found-body = ลิงก์อาจไม่ครบถ้วนหรือพิมพ์ผิด
report-start-again = เริ่มแจ้งปัญหาใหม่

## เจ้าของ และภาพพ่นสีที่เกิดจากความเกลียดชัง
report-owner-question = สิ่งที่มีปัญหาเป็นของใคร
report-owner-hint = ดูโลโก้หรือป้ายบนสิ่งนั้น เมืองซ่อมได้เฉพาะสิ่งที่เมืองเป็นเจ้าของเท่านั้น
report-owner-city = เมืองโตรอนโต เช่น กำแพง สะพาน ป้าย หรือถังขยะของเมือง
report-owner-unknown = ไม่ทราบ
report-owner-bell = Bell Canada: ตู้โทรศัพท์ เสาและตู้อุปกรณ์ของ Bell
report-owner-rogers = Rogers: กล่องเคเบิลและตู้อุปกรณ์
report-owner-toronto-hydro = Toronto Hydro: เสาไฟฟ้า หม้อแปลงไฟฟ้า และกล่องไฟฟ้า
report-owner-canada-post = Canada Post (ไปรษณีย์แคนาดา): ตู้ไปรษณีย์และตู้รับพัสดุ
report-owner-ttc = TTC (องค์การขนส่งมวลชนโตรอนโต): ศาลาที่พักผู้โดยสาร สถานี และยานพาหนะ
report-error-owner = เลือกเจ้าของ หรือเลือก “ไม่ทราบ”
report-referral-heading = เรื่องนี้ไม่ใช่สิ่งที่เมืองต้องซ่อม
report-referral-intro = เมืองซ่อมหรือทำความสะอาดได้เฉพาะสิ่งที่เมืองเป็นเจ้าของเท่านั้น จึงไม่มีการสร้างคำขอรับบริการ โปรดแจ้งเจ้าของโดยตรง
report-referral-bell = Bell Canada: โทร 1-866-310-2355
report-referral-rogers = Rogers: โทร 1-888-764-3771
report-referral-toronto-hydro = Toronto Hydro: โทร 416-542-8000 หากสายไฟขาดหล่นลงมาหรือมีประกายไฟ ให้อยู่ห่างอย่างน้อย 10 เมตรแล้วโทร 911
report-referral-canada-post = Canada Post: โทร 1-866-607-6301
report-referral-ttc = TTC: โทรหาฝ่ายบริการลูกค้าที่ 416-393-3030
report-hate-heading = ภาพพ่นสีที่เกิดจากความเกลียดชัง
report-hate-police = หากภาพพ่นสีมุ่งโจมตีผู้คนเพราะเชื้อชาติ ศาสนา ชาติพันธุ์ รสนิยมทางเพศ เพศ หรือความพิการ โปรดแจ้ง Toronto Police (ตำรวจโตรอนโต) ก่อน โดยโทร 416-808-2222 ซึ่งเป็นหมายเลขสำหรับเหตุที่ไม่ฉุกเฉิน หรือโทร 911 หากมีผู้ตกอยู่ในอันตราย ตำรวจจะบันทึกไว้ว่าอาจเป็นอาชญากรรมจากความเกลียดชัง ก่อนที่ภาพจะถูกลบออก
report-hate-then = จากนั้นโปรดแจ้งที่นี่ เพื่อให้เมืองลบภาพออกได้อย่างรวดเร็ว

## สถานที่
report-location-heading = ปัญหาอยู่ที่ไหน
report-location-current = สถานที่ที่เลือก
report-location-address = { $address } เขต { $ward }
report-location-pin = หมุดที่ { $lat }, { $long } เขต { $ward }
report-map-heading = ปักหมุดบนแผนที่
report-map-hint = คลิกหรือแตะบนแผนที่ตรงจุดที่มีปัญหา แล้วลากหมุดเพื่อปรับตำแหน่ง หากใช้แป้นพิมพ์ ให้เลื่อนแผนที่ด้วยปุ่มลูกศร แล้วเลือก “ปักหมุดที่กึ่งกลางแผนที่”
report-map-label = แผนที่
report-map-pin = ตำแหน่งของปัญหา
report-map-pin-at = ปักหมุดไว้ที่ { $lat }, { $long }
report-map-no-pin = ยังไม่ได้ปักหมุด
report-map-locate = ใช้ตำแหน่งของฉัน
report-map-locate-failed = ไม่พบตำแหน่งของคุณ โปรดปักหมุดบนแผนที่หรือพิมพ์ที่อยู่
report-map-centre = ปักหมุดที่กึ่งกลางแผนที่
report-map-use = ใช้ตำแหน่งของหมุดนี้
report-address-heading = หรือพิมพ์ที่อยู่หรือทางแยก
report-place-label = ถนน ทางแยก หรือสถานที่
report-place-hint = ตัวอย่างเช่น Queen St W & Spadina Ave หรือ Nathan Phillips Square
report-place-find = ค้นหา
report-place-none = ไม่พบผลลัพธ์ที่ตรงกับ “{ $query }” โปรดตรวจสอบการสะกด หรือลองใช้ทางแยกที่ใกล้ที่สุด
report-place-choose = เลือกผลลัพธ์ที่ใกล้เคียงที่สุด
report-place-use = ใช้สถานที่นี้
report-place-kind-street = ถนน
report-place-kind-intersection = ทางแยก
report-place-kind-place = สถานที่
report-error-outside-city = สถานที่นี้อยู่นอกเขตเมืองโตรอนโต โปรดเลือกสถานที่ภายในเมือง
report-error-pin-missing = ปักหมุดบนแผนที่ หรือพิมพ์ที่อยู่ด้านล่าง
report-error-place-choose = เลือกผลลัพธ์รายการใดรายการหนึ่ง หรือค้นหาอีกครั้ง
report-error-location-missing = พิมพ์ถนน ทางแยก หรือสถานที่ หรือปักหมุดบนแผนที่

## รายละเอียดและข้อมูลติดต่อ
report-details-heading = บอกเราเกี่ยวกับปัญหา
report-field-description = อธิบายปัญหา
report-description-hint = สิ่งที่คุณเห็น และข้อมูลใด ๆ ที่ช่วยให้เจ้าหน้าที่หาจุดที่มีปัญหาพบ โปรดอย่าใส่ข้อมูลส่วนบุคคล
report-contact-heading = ข้อมูลติดต่อของคุณ (ไม่บังคับ)
report-contact-hint = เราใช้ข้อมูลนี้เพื่อติดต่อคุณเกี่ยวกับการแจ้งปัญหานี้เท่านั้น และจะไม่เปิดเผยต่อสาธารณะ หากต้องการแจ้งโดยไม่ระบุชื่อ ให้เว้นว่างไว้
report-field-first-name = ชื่อ
report-field-last-name = นามสกุล
report-field-email = ที่อยู่อีเมล
report-field-phone = หมายเลขโทรศัพท์
report-error-missing = โปรดตอบคำถาม “{ $field }”
report-error-number = คำตอบของ “{ $field }” ต้องเป็นตัวเลข เช่น 3 หรือ 2.5
report-error-too-long = คำตอบของ “{ $field }” ต้องมีไม่เกิน { $max } ตัวอักษร
report-error-choice = เลือกคำตอบจากรายการสำหรับ “{ $field }”
report-error-datetime = กรอกวันที่และเวลาที่ถูกต้องสำหรับ “{ $field }”
report-error-email = กรอกที่อยู่อีเมลในรูปแบบที่ถูกต้อง เช่น name@example.com
report-error-phone = กรอกหมายเลขโทรศัพท์ 7 ถึง 15 หลัก เช่น 416-392-2489

## รูปภาพ
report-photos-heading = รูปภาพ
report-photos-required = ปัญหาประเภทนี้ต้องมีรูปภาพอย่างน้อยหนึ่งรูป เพื่อช่วยให้เจ้าหน้าที่หาและแก้ไขปัญหาได้
report-photos-optional = รูปภาพไม่บังคับ แต่ช่วยให้เจ้าหน้าที่หาและแก้ไขปัญหาได้
report-photos-limits = คุณเพิ่มรูปภาพได้สูงสุด { $count } รูปในรูปแบบ JPEG, PNG หรือ WebP แต่ละรูปมีขนาดไม่เกิน { $megabytes } MB เราจะลบข้อมูลตำแหน่งและข้อมูลกล้องออกจากสำเนาที่เราเก็บไว้
report-photo-label = เลือกรูปภาพ
report-photo-upload = อัปโหลดรูปภาพ
report-photo-uploading = กำลังอัปโหลดรูปภาพ
report-photo-alt = รูปภาพที่ { $number }
report-photo-remove = ลบรูปภาพที่ { $number }
report-photo-has-location = รูปภาพที่ { $number } มีการบันทึกสถานที่ถ่ายไว้
report-photo-use-location = ใช้ตำแหน่งของรูปภาพที่ { $number }
report-photos-count =
    { $count ->
        [0] ไม่มีรูปภาพ
       *[other] รูปภาพ { $count } รูป
    }
report-error-photo-missing = เลือกรูปภาพที่จะอัปโหลด
report-error-photo-too-large = รูปภาพต้องมีขนาดเล็กกว่า { $megabytes } MB
report-error-photo-type = ไฟล์ต้องเป็นรูปภาพในรูปแบบ JPEG, PNG หรือ WebP
report-error-photo-dimensions = รูปภาพมีจำนวนพิกเซลมากเกินไป โปรดเลือกรูปภาพที่เล็กกว่านี้
report-error-photo-damaged = รูปภาพเสียหายและอ่านไม่ได้ โปรดเลือกรูปภาพอื่น
report-error-photo-limit = คุณเพิ่มรูปภาพได้สูงสุด { $count } รูป โปรดลบออกหนึ่งรูปเพื่อเพิ่มรูปอื่น
report-error-photo-required = เพิ่มรูปภาพอย่างน้อยหนึ่งรูป
report-error-photo-outside = สถานที่ที่ถ่ายรูปภาพนี้อยู่นอกเขตเมืองโตรอนโต

## การตรวจสอบ เรื่องซ้ำในบริเวณใกล้เคียง และการส่ง
report-check-heading = ตรวจสอบคำตอบของคุณก่อนส่งการแจ้งปัญหา
report-check-answers = คำตอบของคุณ
report-change = แก้ไข
report-anonymous = ไม่ได้ระบุ: เป็นการแจ้งโดยไม่ระบุชื่อ
report-submit-note = การส่งการแจ้งปัญหานี้ถือว่าคุณยืนยันว่าข้อมูลถูกต้องตามที่คุณทราบ
report-submit = ส่งการแจ้งปัญหา
report-nearby-heading = มีผู้แจ้งเรื่องนี้ไว้แล้วหรือยัง
report-nearby-intro = คำขอที่ยังไม่ปิดเรื่องเหล่านี้เป็นปัญหาเดียวกันและอยู่ในระยะ 250 เมตร หากมีรายการใดเป็นปัญหาที่คุณจะแจ้ง โปรดติดตามคำขอนั้นแทนการส่งการแจ้งปัญหาใหม่
report-nearby-distance = ห่างออกไปประมาณ { $metres } ม.
report-nearby-reporters =
    { $count ->
       *[other] แจ้งโดย { $count } คน
    }
report-me-too = ฉันก็พบปัญหานี้: ติดตาม { $number }
report-error-follow = ไม่สามารถติดตามคำขอนั้นได้อีกต่อไป โปรดส่งการแจ้งปัญหาของคุณเองแทน
report-sent-heading = ส่งการแจ้งปัญหาแล้ว
report-sent-number = หมายเลขคำขอรับบริการของคุณคือ
report-sent-next = โปรดเก็บหมายเลขนี้ไว้ คุณใช้หมายเลขนี้ดูความคืบหน้าต่อไปได้
report-sent-track = ติดตามคำขอนี้
report-another = แจ้งปัญหาอื่น
report-following-heading = คุณกำลังติดตาม { $number }
report-following-body = คุณได้รับการเพิ่มเข้าในคำขอนี้แทนการสร้างคำขอใหม่ หน้าสถานะของคำขอจะแสดงความคืบหน้าต่อไป
