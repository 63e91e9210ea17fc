### ข้อความหน้าจอ Civic311: ภาษาไทย

-product-name = Civic311

site-name = { -product-name }
skip-to-content = ข้ามไปยังเนื้อหาหลัก
language-switcher-label = ภาษา
loading = กำลังโหลด…
footer-emergency = กรณีฉุกเฉิน โทร 911 เว็บไซต์นี้มีไว้สำหรับบริการของเมืองที่ไม่ใช่เหตุฉุกเฉิน

home-title = แจ้งปัญหาหรือขอรับบริการจากเมือง – { -product-name }
home-heading = แจ้งปัญหาหรือขอรับบริการจากเมือง
home-intro = แจ้งให้เมืองทราบเรื่องหลุมบนถนน ขยะที่ไม่ได้เก็บ ภาพพ่นสีบนกำแพง และปัญหาที่ไม่ใช่เหตุฉุกเฉินอื่น ๆ อีกกว่า 60 เรื่อง คุณจะได้รับหมายเลขคำขอรับบริการเพื่อติดตามความคืบหน้า
home-groups-heading = เป็นเรื่องเกี่ยวกับอะไร
home-report-button = แจ้งปัญหา
service-group-count =
    { $count ->
       *[other] { $count } บริการ
    }
catalogue-unavailable = ขณะนี้ไม่สามารถแสดงรายการบริการได้ โปรดลองอีกครั้งในอีกสักครู่

not-found-title = ไม่พบหน้านี้ – { -product-name }
not-found-heading = ไม่พบหน้านี้
not-found-home-link = ไปที่หน้าแรก

## การนำทางและข้อผิดพลาดในแบบฟอร์ม
site-nav-label = เมนูหลัก
nav-track = ติดตามคำขอ
nav-report = แจ้งปัญหา
error-title-prefix = ข้อผิดพลาด:
error-summary-heading = พบปัญหา

## ค้นหาคำขอรับบริการ
lookup-title = ติดตามคำขอรับบริการ – { -product-name }
lookup-heading = ติดตามคำขอรับบริการ
lookup-label = หมายเลขคำขอรับบริการ
lookup-hint = หมายเลขคำขอรับบริการ (SR) ของคุณอยู่ในหน้ายืนยันและในอีเมล มีรูปแบบเช่น 2026-000123
lookup-button = ค้นหาคำขอของฉัน
lookup-error-format = กรอกหมายเลขคำขอรับบริการของคุณในรูปแบบ 2026-000123

## คำขอรับบริการแต่ละรายการ
request-title = คำขอรับบริการ { $number } – { -product-name }
request-heading = คำขอรับบริการ { $number }
request-status = สถานะ
request-service = บริการ
request-division = หน่วยงานที่รับผิดชอบ
request-filed = วันที่รับเรื่อง
request-expected = คาดว่าจะเสร็จภายใน
request-location = สถานที่
request-ward = เขต
request-ward-value = เขต { $number }: { $name }
request-due-today = ครบกำหนดวันนี้
request-days-left =
    { $days ->
       *[other] เหลืออีก { $days } วัน
    }
request-days-overdue =
    { $days ->
       *[other] เกินวันที่คาดไว้ { $days } วัน
    }
request-timeline-heading = ความคืบหน้าที่ผ่านมา
request-event-photo-alt = รูปภาพงานจากเมือง รูปที่ { $number }
request-unavailable = ขณะนี้ไม่สามารถแสดงคำขอรับบริการนี้ได้ โปรดลองอีกครั้งในอีกสักครู่
request-not-found-title = ไม่พบคำขอรับบริการ – { -product-name }
request-not-found-heading = เราไม่พบคำขอรับบริการนั้น
request-not-found-body = ไม่มีคำขอรับบริการหมายเลข { $number } โปรดตรวจสอบหมายเลขในหน้ายืนยันหรือในอีเมลของคุณ คำขอที่เพิ่งส่งอาจใช้เวลาประมาณหนึ่งนาทีจึงจะปรากฏ
request-not-found-retry = ค้นหาหมายเลขอื่น

## สถานะ อธิบายด้วยภาษาที่เข้าใจง่าย
status-received = ได้รับเรื่องแล้ว
status-assigned = ส่งต่อหน่วยงานที่รับผิดชอบแล้ว
status-inspection = ตรวจสอบพื้นที่
status-scheduled = กำหนดวันดำเนินงานแล้ว
status-completed = เสร็จสิ้น
status-closed_referred = ปิดเรื่อง – ส่งต่อหน่วยงานอื่น
status-closed_no_action = ปิดเรื่อง – ไม่ต้องดำเนินการ
status-closed_duplicate = ปิดเรื่อง – แจ้งซ้ำ

## รายการบริการ
nav-services = บริการของเมือง
services-title = บริการของเมือง – { -product-name }
services-heading = บริการของเมือง
services-intro = ค้นหาบริการที่ตรงกับปัญหาของคุณ พิมพ์ค้นหาด้วยคำของคุณเอง หรือเลือกดูตามหัวข้อ
services-search-label = ค้นหาบริการ
services-search-hint = ตัวอย่างเช่น หลุมบนถนน, ขยะที่ไม่ได้เก็บ, เสียงดัง
services-search-button = ค้นหา
services-results-heading =
    { $count ->
       *[other] พบ { $count } บริการที่ตรงกับ “{ $query }”
    }
services-no-results = ไม่พบบริการที่ตรงกับ “{ $query }” ลองใช้คำอื่น หรือเลือกดูหัวข้อด้านล่าง
services-browse-heading = เลือกดูตามหัวข้อ
service-detail-title = { $name } – { -product-name }
service-topic = หัวข้อ
service-standard = มาตรฐานการให้บริการ
service-sla-hours =
    { $count ->
       *[other] เรามุ่งตอบกลับภายใน { $count } ชั่วโมง
    }
service-sla-business-days =
    { $count ->
       *[other] เรามุ่งตอบกลับภายใน { $count } วันทำการ
    }
service-sla-calendar-days =
    { $count ->
       *[other] เรามุ่งตอบกลับภายใน { $count } วัน
    }
service-back = บริการทั้งหมดของเมือง
service-not-found-title = ไม่พบบริการ – { -product-name }
service-not-found-heading = เราไม่พบบริการนั้น

## การร้องเรียนเกี่ยวกับคำขอรับบริการ
request-complaint-heading = ไม่พอใจกับการดำเนินการตามคำขอนี้หรือไม่
request-complaint-overdue = คำขอนี้เลยวันที่คาดว่าจะเสร็จแล้วแต่ยังไม่ได้ปิดเรื่อง คุณสามารถยื่นเรื่องร้องเรียนได้ โดยหัวหน้างานต้องตอบกลับภายใน 5 วันทำการ มิฉะนั้นเรื่องร้องเรียนจะถูกส่งต่อไปยังผู้บริหารของหน่วยงานที่รับผิดชอบ
request-complaint-closed = หากปัญหายังไม่ได้รับการแก้ไข หรือคุณไม่เห็นด้วยกับการปิดเรื่องคำขอนี้ คุณสามารถยื่นเรื่องร้องเรียนได้ โดยหัวหน้างานต้องตอบกลับภายใน 5 วันทำการ มิฉะนั้นเรื่องร้องเรียนจะถูกส่งต่อไปยังผู้บริหารของหน่วยงานที่รับผิดชอบ
request-complaint-details = มีปัญหาอะไร
request-complaint-details-hint = ตัวอย่างเช่น หลุมบนถนนยังคงอยู่หลังจากปิดเรื่องคำขอแล้ว
request-complaint-email = ที่อยู่อีเมล (ไม่บังคับ)
request-complaint-email-hint = เพื่อให้เราแจ้งคำตอบให้คุณทราบได้ และจะไม่เปิดเผยต่อสาธารณะ
request-complaint-submit = ยื่นเรื่องร้องเรียน
request-complaint-filed = ยื่นเรื่องร้องเรียนของคุณแล้ว โดยจะแสดงอยู่ในความคืบหน้าด้านล่าง
request-complaint-pending = เรื่องร้องเรียนเกี่ยวกับคำขอนี้กำลังรอคำตอบ ซึ่งคาดว่าจะได้รับภายใน { $date }
request-complaint-escalated = การตอบกลับล่าช้ากว่ากำหนด เรื่องร้องเรียนจึงถูกส่งต่อไปยังผู้บริหารของหน่วยงานที่รับผิดชอบแล้ว
request-complaint-error-details = โปรดบอกเราว่ามีปัญหาอะไร
request-complaint-error-too-long = เรื่องร้องเรียนต้องมีไม่เกิน 2000 ตัวอักษร
status-complaint = ยื่นเรื่องร้องเรียนแล้ว
status-escalated = ส่งเรื่องร้องเรียนต่อผู้บริหารของหน่วยงานแล้ว
