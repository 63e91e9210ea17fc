### ระบบสำหรับเจ้าหน้าที่: การเข้าสู่ระบบ คิวงาน การเปลี่ยนสถานะคำขอ บันทึกการตรวจสอบ

staff-page-title = { $heading } – { -product-name } สำหรับเจ้าหน้าที่
staff-unavailable = ขณะนี้ไม่สามารถแสดงระบบสำหรับเจ้าหน้าที่ได้ โปรดลองอีกครั้งในอีกสักครู่
staff-forbidden-heading = คุณไม่สามารถเปิดหน้านี้ได้
staff-forbidden-body = บัญชีของคุณไม่มีสิทธิ์เข้าถึงส่วนนี้ของระบบสำหรับเจ้าหน้าที่ หากจำเป็น โปรดติดต่อผู้ดูแลระบบ

## การเข้าสู่ระบบ
staff-login-heading = เข้าสู่ระบบสำหรับเจ้าหน้าที่
staff-password = รหัสผ่าน
staff-sign-in = เข้าสู่ระบบ
staff-sign-out = ออกจากระบบ
staff-signed-in-as = เข้าสู่ระบบในชื่อ { $name }
staff-login-error-wrong = ที่อยู่อีเมลหรือรหัสผ่านไม่ถูกต้อง
staff-login-error-locked = พยายามเข้าสู่ระบบหลายครั้งเกินไป โปรดรอ 15 นาที แล้วลองอีกครั้ง
staff-error-csrf = แบบฟอร์มหมดอายุแล้ว โปรดโหลดหน้านี้ใหม่แล้วลองอีกครั้ง

## คิวงาน
staff-queue-heading = คิวคำขอรับบริการ
staff-filter-any = ทั้งหมด
staff-filter-overdue = เฉพาะคำขอที่เกินวันที่คาดไว้
staff-filter-complaints = เฉพาะคำขอที่มีเรื่องร้องเรียนรอคำตอบ
staff-filter-apply = แสดงคำขอ
staff-queue-empty = ไม่มีคำขอรับบริการที่ตรงกับตัวกรองเหล่านี้
staff-column-number = หมายเลข SR
staff-complaint-due = เรื่องร้องเรียน: ตอบกลับภายใน { $date }
staff-complaint-escalated = ส่งเรื่องร้องเรียนขึ้นไปยังระดับที่สูงขึ้นแล้ว: การตอบกลับล่าช้ากว่ากำหนด

## คำขอแต่ละรายการ
staff-change-heading = เปลี่ยนสถานะ
staff-new-status = สถานะใหม่
staff-reason = เหตุผลในการปิดเรื่อง
staff-reason-hint = จำเป็นต้องระบุเมื่อสถานะใหม่เป็นการปิดเรื่อง และต้องสอดคล้องกับสถานะนั้น
staff-reason-none = ไม่มีเหตุผล: คำขอยังไม่ปิดเรื่อง
staff-public-note = หมายเหตุสาธารณะ
staff-public-note-hint = ประชาชนจะเห็นข้อความนี้ในหน้าสถานะ เมื่อปิดเรื่อง ให้ระบุว่าได้ดำเนินการอะไรไปแล้ว หรือเหตุใดจึงไม่ได้ดำเนินการ
staff-internal-note = หมายเหตุภายใน
staff-internal-note-hint = เฉพาะเจ้าหน้าที่เท่านั้นที่เห็นข้อความนี้
staff-save = บันทึกการเปลี่ยนแปลง
staff-saved = บันทึกการเปลี่ยนแปลงแล้ว
staff-history-heading = ประวัติทั้งหมด
staff-error-status = เลือกสถานะจากรายการ
staff-error-reason-missing = เลือกเหตุผลในการปิดเรื่องคำขอนี้
staff-error-reason-mismatch = เหตุผลนี้ไม่สอดคล้องกับสถานะใหม่ โปรดเลือกเหตุผลที่ตรงกับสถานะนั้น
staff-error-note-missing = เขียนหมายเหตุสาธารณะเพื่อแจ้งประชาชนว่าได้ดำเนินการอะไรไปแล้ว หรือเหตุใดจึงไม่ได้ดำเนินการ
staff-error-reason-open = เหตุผลในการปิดเรื่องใช้ได้เฉพาะกับสถานะที่เป็นการปิดเรื่องเท่านั้น

## เหตุผลในการปิดเรื่อง
staff-reason-repaired = ซ่อมแซมแล้ว
staff-reason-cleaned = ทำความสะอาดแล้ว
staff-reason-removed = นำออกแล้ว
staff-reason-other-government = ส่งต่อให้รัฐบาลระดับอื่น
staff-reason-utility-company = ส่งต่อให้หน่วยงานสาธารณูปโภคหรือบริษัทที่เป็นเจ้าของ
staff-reason-private-property = อยู่ในที่ดินส่วนบุคคล: ส่งต่อให้เจ้าของ
staff-reason-not-found = ตรวจสอบแล้ว: ไม่พบปัญหา
staff-reason-already-resolved = ปัญหาได้รับการแก้ไขแล้วก่อนที่ทีมงานจะไปถึง
staff-reason-meets-standard = ตรวจสอบแล้ว: เป็นไปตามมาตรฐานของเมือง
staff-reason-duplicate = ซ้ำกับคำขออื่น

## บันทึกการตรวจสอบ
staff-audit-heading = บันทึกการตรวจสอบ
staff-column-when = เวลา
staff-column-who = ผู้ดำเนินการ
staff-column-action = การดำเนินการ
staff-column-detail = รายละเอียด
staff-action-login = เข้าสู่ระบบ
staff-action-logout = ออกจากระบบ
staff-action-login-failed = เข้าสู่ระบบไม่สำเร็จ
staff-action-login-locked = ปฏิเสธการเข้าสู่ระบบ: พยายามหลายครั้งเกินไป
staff-action-status-change = เปลี่ยนสถานะ
staff-action-escalation = ส่งเรื่องร้องเรียนขึ้นไปยังระดับที่สูงขึ้นโดยอัตโนมัติ: เกินกำหนด SLA

## การเปลี่ยนคำขอหลายรายการพร้อมกันจากคิว
staff-bulk-column = เลือก
staff-bulk-select = เลือกคำขอ { $number }
staff-bulk-heading = เปลี่ยนคำขอที่เลือก
staff-bulk-hint = ทำเครื่องหมายคำขอในตาราง แล้วเลือกการเปลี่ยนแปลง คำขอแต่ละรายการจะได้รับสถานะ เหตุผล และหมายเหตุเดียวกัน และมีบรรทัดของตัวเองในประวัติของคำขอนั้น
staff-bulk-button = เปลี่ยนคำขอที่เลือก
staff-bulk-saved =
    { $count ->
       *[other] เปลี่ยนคำขอแล้ว { $count } รายการ
    }
staff-error-none-selected = เลือกคำขออย่างน้อยหนึ่งรายการในตาราง
staff-bulk-skipped =
    { $count ->
       *[other] ไม่ได้เปลี่ยนคำขอ { $count } รายการ: การทำเครื่องหมายว่า “เสร็จสิ้น” ต้องมีรูปภาพของงานที่ทำเสร็จแล้ว เปิดคำขอแต่ละรายการเพื่อเพิ่มรูปภาพ
    }

## รูปภาพประกอบการเปลี่ยนสถานะ (ของงานที่ทำเสร็จแล้ว)
staff-photo = รูปภาพของงาน (ไม่บังคับ)
staff-photo-hint = รูปภาพ JPEG, PNG หรือ WebP ขนาดไม่เกิน 10 MB ประชาชนจะเห็นรูปนี้ในส่วน “ความคืบหน้าที่ผ่านมา” ของคำขอ
staff-photo-hint-required = บริการนี้ต้องมีรูปภาพของงานที่ทำเสร็จแล้วจึงจะทำเครื่องหมายคำขอว่า “เสร็จสิ้น” ได้ รูปภาพ JPEG, PNG หรือ WebP ขนาดไม่เกิน 10 MB ประชาชนจะเห็นรูปนี้ในส่วน “ความคืบหน้าที่ผ่านมา”
staff-error-completion-photo-missing = เพิ่มรูปภาพของงานที่ทำเสร็จแล้ว: บริการนี้ต้องมีรูปภาพจึงจะทำเครื่องหมายคำขอว่า “เสร็จสิ้น” ได้
