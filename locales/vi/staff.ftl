### Trang quản lý dành cho nhân viên: đăng nhập, hàng đợi, thay đổi tình trạng yêu cầu, nhật ký kiểm toán.

staff-page-title = { $heading } – { -product-name } dành cho nhân viên
staff-unavailable = Hiện không thể hiển thị trang quản lý dành cho nhân viên. Vui lòng thử lại sau vài phút.
staff-forbidden-heading = Quý vị không thể mở trang này
staff-forbidden-body = Tài khoản của quý vị không có quyền truy cập phần này của trang quản lý dành cho nhân viên. Hãy hỏi quản trị viên nếu quý vị cần quyền này.

## Đăng nhập
staff-login-heading = Đăng nhập dành cho nhân viên
staff-password = Mật khẩu
staff-sign-in = Đăng nhập
staff-sign-out = Đăng xuất
staff-signed-in-as = Đã đăng nhập với tên { $name }
staff-login-error-wrong = Địa chỉ email hoặc mật khẩu không đúng
staff-login-error-locked = Quá nhiều lần thử đăng nhập. Hãy đợi 15 phút rồi thử lại.
staff-error-csrf = Biểu mẫu đã hết hạn. Hãy tải lại trang và thử lại.

## Hàng đợi
staff-queue-heading = Hàng đợi yêu cầu dịch vụ
staff-filter-any = Tất cả
staff-filter-overdue = Chỉ các yêu cầu đã quá ngày dự kiến
staff-filter-complaints = Chỉ các yêu cầu có khiếu nại đang chờ trả lời
staff-filter-apply = Hiển thị yêu cầu
staff-queue-empty = Không có yêu cầu dịch vụ nào khớp với các bộ lọc này.
staff-column-number = Mã số SR
staff-complaint-due = Khiếu nại: trả lời trước ngày { $date }
staff-complaint-escalated = Khiếu nại đã được chuyển lên cấp trên: câu trả lời đã trễ hạn

## Một yêu cầu
staff-change-heading = Thay đổi tình trạng
staff-new-status = Tình trạng mới
staff-reason = Lý do đóng
staff-reason-hint = Bắt buộc khi tình trạng mới đóng yêu cầu. Lý do phải phù hợp với tình trạng.
staff-reason-none = Không có lý do: yêu cầu vẫn mở
staff-public-note = Ghi chú công khai
staff-public-note-hint = Cư dân sẽ thấy nội dung này trên trang tình trạng. Khi đóng yêu cầu, hãy nêu rõ những gì đã làm, hoặc lý do không làm gì.
staff-internal-note = Ghi chú nội bộ
staff-internal-note-hint = Chỉ nhân viên mới thấy nội dung này.
staff-save = Lưu thay đổi
staff-saved = Đã lưu thay đổi.
staff-history-heading = Toàn bộ lịch sử
staff-error-status = Hãy chọn một tình trạng trong danh sách
staff-error-reason-missing = Hãy chọn lý do đóng yêu cầu
staff-error-reason-mismatch = Lý do không phù hợp với tình trạng mới. Hãy chọn lý do phù hợp với tình trạng đó.
staff-error-note-missing = Hãy viết ghi chú công khai cho cư dân biết những gì đã làm, hoặc lý do không làm gì
staff-error-reason-open = Lý do đóng chỉ dùng cho các tình trạng đóng yêu cầu

## Lý do đóng
staff-reason-repaired = Đã sửa chữa
staff-reason-cleaned = Đã dọn sạch
staff-reason-removed = Đã dỡ bỏ
staff-reason-other-government = Đã chuyển cho cấp chính quyền khác
staff-reason-utility-company = Đã chuyển cho công ty dịch vụ công cộng hoặc công ty sở hữu tài sản đó
staff-reason-private-property = Trên tài sản tư nhân: đã chuyển cho chủ sở hữu
staff-reason-not-found = Đã kiểm tra: không phát hiện vấn đề
staff-reason-already-resolved = Đã được giải quyết trước khi đội công tác đến
staff-reason-meets-standard = Đã kiểm tra: đạt tiêu chuẩn của Thành phố
staff-reason-duplicate = Trùng với một yêu cầu khác

## Nhật ký kiểm toán
staff-audit-heading = Nhật ký kiểm toán
staff-column-when = Thời gian
staff-column-who = Người thực hiện
staff-column-action = Hành động
staff-column-detail = Chi tiết
staff-action-login = Đã đăng nhập
staff-action-logout = Đã đăng xuất
staff-action-login-failed = Đăng nhập không thành công
staff-action-login-locked = Từ chối đăng nhập: quá nhiều lần thử
staff-action-status-change = Đã thay đổi tình trạng
staff-action-escalation = Khiếu nại được tự động chuyển lên cấp trên: đã quá hạn SLA

## Thay đổi nhiều yêu cầu cùng lúc từ hàng đợi
staff-bulk-column = Chọn
staff-bulk-select = Chọn yêu cầu { $number }
staff-bulk-heading = Thay đổi các yêu cầu đã chọn
staff-bulk-hint = Đánh dấu các yêu cầu trong bảng, rồi chọn thay đổi. Mỗi yêu cầu sẽ nhận cùng tình trạng, lý do và ghi chú, và có một dòng riêng trong lịch sử của yêu cầu đó.
staff-bulk-button = Thay đổi các yêu cầu đã chọn
staff-bulk-saved =
    { $count ->
       *[other] Đã thay đổi { $count } yêu cầu.
    }
staff-error-none-selected = Hãy chọn ít nhất một yêu cầu trong bảng.
staff-bulk-skipped =
    { $count ->
       *[other] { $count } yêu cầu chưa được thay đổi: muốn đánh dấu “Đã hoàn tất” thì cần có ảnh công việc đã làm xong. Hãy mở từng yêu cầu để thêm ảnh.
    }

## Ảnh kèm theo khi thay đổi tình trạng (ảnh công việc đã làm xong)
staff-photo = Ảnh công việc (không bắt buộc)
staff-photo-hint = Ảnh JPEG, PNG hoặc WebP, tối đa 10 MB. Cư dân sẽ thấy ảnh này trong phần “Những gì đã diễn ra cho đến nay” của yêu cầu.
staff-photo-hint-required = Dịch vụ này cần có ảnh công việc đã làm xong thì mới đánh dấu yêu cầu là “Đã hoàn tất” được. Ảnh JPEG, PNG hoặc WebP, tối đa 10 MB; cư dân sẽ thấy ảnh trong phần “Những gì đã diễn ra cho đến nay”.
staff-error-completion-photo-missing = Hãy thêm ảnh công việc đã làm xong: dịch vụ này cần có ảnh thì mới đánh dấu yêu cầu là “Đã hoàn tất” được
