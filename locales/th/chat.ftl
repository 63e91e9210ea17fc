## แชทสด: หน้าต่างแชทของประชาชน การฝากข้อความ ระบบของเจ้าหน้าที่ และข้อความในแชท

chat-launcher = แชทกับ 311
chat-panel-heading = แชทสดกับ 311
chat-close = ปิดแชท
chat-intro = สอบถามหรือขอความช่วยเหลือเกี่ยวกับคำขอ เจ้าหน้าที่จะตอบคุณที่นี่ทันทีที่ว่าง
chat-name-label = ชื่อของคุณ (ไม่บังคับ)
chat-topic-label = คุณต้องการความช่วยเหลือเรื่องใด
chat-topic-hint = ตัวอย่างเช่น ขยะบนถนนของฉันไม่ได้รับการเก็บ
chat-start = เริ่มแชท
chat-connecting = กำลังเชื่อมต่อ…
chat-reconnecting = การเชื่อมต่อขาดหาย กำลังเชื่อมต่อใหม่… ข้อความของคุณยังคงอยู่
chat-reconnected = เชื่อมต่อได้อีกครั้งแล้ว
chat-queue-next = คิวถัดไปคือคุณ
chat-queue-position = คุณอยู่ในคิวลำดับที่ { $position }
chat-queue-wait =
    { $minutes ->
       *[other] เวลารอโดยประมาณ: ประมาณ { $minutes } นาที
    }
chat-waiting-note = คุณสามารถพิมพ์คำถามไว้ระหว่างรอได้ โปรดเปิดหน้านี้ไว้ แชทจะไม่ปิดเอง
chat-log-label = บทสนทนา
chat-message-label = ข้อความของคุณ
chat-send = ส่ง
chat-not-sent = ยังไม่ได้ส่ง ข้อความจะถูกส่งทันทีที่การเชื่อมต่อกลับมา
chat-typing-agent = เจ้าหน้าที่กำลังพิมพ์…
chat-typing-resident = ประชาชนกำลังพิมพ์…
chat-you = คุณ
chat-resident = ประชาชน
chat-end = จบแชท
chat-ended-heading = แชทสิ้นสุดแล้ว
chat-rate-legend = แชทนี้เป็นประโยชน์กับคุณมากน้อยเพียงใด
chat-rate-stars =
    { $stars ->
       *[other] { $stars } ดาว
    }
chat-rate-submit = ส่งคะแนน
chat-rate-thanks = ขอบคุณสำหรับคะแนนของคุณ
chat-transcript-label = ส่งบันทึกการสนทนาทางอีเมลถึงฉัน
chat-transcript-submit = ส่งบันทึกการสนทนา
chat-transcript-sent = กำลังส่งบันทึกการสนทนาไปยังอีเมลของคุณ
chat-new = เริ่มแชทใหม่
chat-about-request = แชทเกี่ยวกับคำขอนี้
chat-linked-request = เกี่ยวกับคำขอ { $number }

chat-page-title = แชทสด
chat-page-intro = แชทสดกับเจ้าหน้าที่ 311 หรือฝากข้อความไว้ แล้วเราจะตอบคุณทางอีเมลหรือข้อความ SMS
chat-offline-heading = ฝากข้อความ
chat-offline-intro = ขณะนี้ไม่มีเจ้าหน้าที่ที่สามารถแชทได้ โปรดฝากข้อความพร้อมที่อยู่อีเมลหรือหมายเลขโทรศัพท์ของคุณ แล้วเจ้าหน้าที่จะตอบกลับคุณ
chat-offline-email = ที่อยู่อีเมล
chat-offline-phone = หมายเลขโทรศัพท์ สำหรับรับคำตอบทางข้อความ SMS
chat-offline-body = ข้อความของคุณ
chat-offline-submit = ส่งข้อความ
chat-offline-sent = ขอบคุณ เราได้รับข้อความของคุณแล้ว และเจ้าหน้าที่จะตอบกลับคุณทางอีเมลหรือข้อความ SMS
chat-offline-error-body = กรอกข้อความของคุณ
chat-offline-error-body-long = ข้อความของคุณต้องมีไม่เกิน 2,000 ตัวอักษร
chat-offline-error-name-long = ชื่อของคุณต้องมีไม่เกิน 100 ตัวอักษร
chat-offline-error-contact = กรอกที่อยู่อีเมลหรือหมายเลขโทรศัพท์ เพื่อให้เราตอบกลับคุณได้
chat-offline-error-email = กรอกที่อยู่อีเมลในรูปแบบที่ถูกต้อง เช่น name@example.com
chat-offline-error-phone = กรอกหมายเลขโทรศัพท์ เช่น 416 555 0123

## เหตุการณ์ในแชท แสดงให้ทั้งสองฝ่ายเห็น

chat-event-joined = { $name } เข้าร่วมแชทแล้ว
chat-event-transferred = แชทถูกส่งต่อให้ { $name } แล้ว
chat-event-ended = แชทสิ้นสุดแล้ว
chat-event-request = สร้างคำขอรับบริการ { $number } ให้คุณแล้ว คุณสามารถติดตามความคืบหน้าได้ด้วยหมายเลขนี้

## เหตุผลที่สิ่งที่ส่งในแชทไม่ได้รับการยอมรับ

chat-error-bad-frame = ไม่สามารถอ่านข้อมูลนั้นได้ โปรดโหลดหน้านี้ใหม่แล้วลองอีกครั้ง
chat-error-too-long = ข้อความของคุณยาวเกินไป โปรดให้มีไม่เกิน 2,000 ตัวอักษร
chat-error-too-fast = คุณส่งข้อความเร็วเกินไป โปรดรอสักครู่แล้วส่งอีกครั้ง
chat-error-empty = พิมพ์ข้อความก่อนส่ง
chat-error-topic-missing = กรอกเรื่องที่คุณต้องการความช่วยเหลือ
chat-error-already-started = แชทนี้เริ่มไปแล้ว
chat-error-unknown-chat = ไม่พบแชทนั้น โปรดเริ่มแชทใหม่
chat-error-no-chat = โปรดเริ่มแชทก่อน
chat-error-chat-ended = แชทนี้สิ้นสุดแล้ว เริ่มแชทใหม่เพื่อส่งข้อความเพิ่มเติม
chat-error-bad-rating = เลือกตั้งแต่ 1 ถึง 5 ดาว
chat-error-not-ended = คุณสามารถให้คะแนนแชทได้เมื่อแชทสิ้นสุดแล้ว
chat-error-bad-email = กรอกที่อยู่อีเมลในรูปแบบที่ถูกต้อง เช่น name@example.com
chat-error-agents-only = เฉพาะเจ้าหน้าที่เท่านั้นที่ทำสิ่งนี้ได้
chat-error-residents-only = เฉพาะประชาชนเท่านั้นที่ทำสิ่งนี้ได้
chat-error-not-yours = แชทนั้นไม่ได้มอบหมายให้คุณ
chat-error-at-limit = คุณเปิดแชทไว้ครบจำนวนสูงสุดที่รับได้แล้ว โปรดจบแชทหนึ่งรายการก่อน
chat-error-taken = เจ้าหน้าที่คนอื่นรับแชทนั้นไปแล้ว หรือแชทสิ้นสุดแล้ว
chat-error-agent-unavailable = เจ้าหน้าที่คนนั้นไม่ได้ออนไลน์แล้ว โปรดเลือกคนอื่น
chat-error-unavailable = ขณะนี้ไม่สามารถใช้แชทได้ โปรดลองอีกครั้งในอีกสักครู่ หรือโทร 311

## ข้อความตอบกลับสำเร็จรูปที่เจ้าหน้าที่ส่งเป็นภาษาของประชาชน

chat-canned-greeting = สวัสดี ขอบคุณที่ติดต่อ 311 Toronto วันนี้มีเรื่องใดที่เราช่วยเหลือได้บ้าง
chat-canned-one-moment = กรุณารอสักครู่ ขณะที่เราตรวจสอบเรื่องนี้
chat-canned-more-details = โปรดอธิบายรายละเอียดของปัญหาเพิ่มเติมอีกเล็กน้อยได้หรือไม่
chat-canned-location = ปัญหาอยู่ที่ใดแน่ชัด การระบุที่อยู่บนถนนหรือทางแยกที่ใกล้ที่สุดจะช่วยได้มาก
chat-canned-request-filed = ได้สร้างคำขอรับบริการให้คุณแล้ว คุณสามารถติดตามความคืบหน้าได้ด้วยหมายเลขที่แสดงในแชทนี้
chat-canned-goodbye = ขอบคุณที่ติดต่อ 311 มีเรื่องอื่นที่เราช่วยเหลือได้อีกหรือไม่

## ระบบของเจ้าหน้าที่ที่ /agent

agent-page-heading = ระบบแชท
agent-status-connected = เชื่อมต่อแล้ว คุณออนไลน์พร้อมรับแชท
agent-status-reconnecting = การเชื่อมต่อขาดหาย กำลังเชื่อมต่อใหม่…
agent-queue-heading = แชทที่รออยู่
agent-queue-empty = ไม่มีแชทที่รออยู่
agent-queue-topic = หัวข้อ
agent-queue-language = ภาษา
agent-queue-waiting = เวลารอ
agent-queue-minutes =
    { $minutes ->
       *[other] { $minutes } นาที
    }
agent-queue-fallback = ไม่ใช่ภาษาที่คุณใช้
agent-accept = รับ
agent-load = แชทที่เปิดอยู่: { $active } จาก { $limit }
agent-chats-heading = แชทของคุณ
agent-no-chats = รับแชทจากคิวเพื่อเริ่มต้น
agent-chat-with = แชทกับ { $name }
agent-chat-language = ภาษา: { $language }
agent-chat-topic = หัวข้อ: { $topic }
agent-canned-label = ข้อความตอบกลับสำเร็จรูป
agent-canned-choose = เลือกข้อความตอบกลับ
agent-canned-insert = ใช้คำตอบนี้
agent-reply-label = ตอบกลับ
agent-send = ส่ง
agent-add-note = เพิ่มเป็นหมายเหตุภายใน
agent-note = หมายเหตุภายใน
agent-transfer-label = โอนให้
agent-transfer = โอน
agent-transfer-none = ไม่มีเจ้าหน้าที่คนอื่นออนไลน์
agent-end = จบแชท
agent-ended = แชทนี้สิ้นสุดแล้ว
agent-close = ปิด
agent-request-heading = สร้างคำขอรับบริการ
agent-request-service = ประเภทบริการ
agent-request-place = สถานที่: ถนน ทางแยก หรือสถานที่
agent-request-description = รายละเอียด
agent-request-submit = เปิดแบบฟอร์มแจ้งปัญหา
agent-request-hint = แบบฟอร์มแจ้งปัญหาจะเปิดขึ้นพร้อมข้อมูลที่กรอกไว้จากแชทนี้ โปรดตรวจสอบแล้วส่ง หมายเลขคำขอจะแสดงในแชท
agent-cases-heading = ข้อความที่ฝากไว้ขณะที่ไม่มีใครแชทได้
agent-cases-empty = ไม่มีข้อความที่รอคำตอบ
agent-case-from = จาก { $name }, { $contact }
agent-case-reply = คำตอบของคุณ
agent-case-send = ส่งคำตอบ
agent-case-answered = ส่งคำตอบของคุณแล้ว
agent-error-reply = กรอกคำตอบที่มีไม่เกิน 2,000 ตัวอักษร
agent-error-answered = ข้อความนั้นได้รับการตอบแล้ว
agent-error-not-yours = แชทนั้นไม่ได้มอบหมายให้คุณอีกต่อไป
agent-error-service = เลือกประเภทบริการ
staff-chat-transcripts = บันทึกการสนทนาในแชท

## ข้อความที่ส่งทางอีเมลหรือข้อความ SMS

notify-chat-transcript-subject = แชทของคุณกับ 311 Toronto
notify-chat-transcript-email = นี่คือบันทึกการสนทนาของคุณกับ 311 Toronto ตามที่คุณขอ
notify-chat-reply-subject = คำตอบสำหรับข้อความที่คุณฝากไว้กับ 311 Toronto
notify-chat-reply-email =
    คุณได้ฝากข้อความไว้กับ 311 Toronto เจ้าหน้าที่ได้ตอบกลับดังนี้:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
