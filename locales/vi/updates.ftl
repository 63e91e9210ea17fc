## Thông báo cập nhật về một yêu cầu qua email hoặc tin nhắn: các biểu mẫu trên trang tình trạng, trang
## ngừng nhận thông báo, và nội dung các thông báo. Thông báo là văn bản thuần; $number là mã số yêu cầu dịch vụ
## như 2026-000123, $service là tên loại dịch vụ, $status là tên tình trạng.

updates-heading = Nhận thông báo cập nhật
updates-intro = Chúng tôi có thể báo cho quý vị biết mỗi khi yêu cầu này có thay đổi. Trước tiên, chúng tôi sẽ gửi cho quý vị một mã xác nhận để kiểm tra xem địa chỉ email hoặc số điện thoại đó có đúng là của quý vị không.
updates-email-label = Địa chỉ email
updates-email-hint = Chúng tôi chỉ dùng địa chỉ này để gửi thông báo về yêu cầu này.
updates-email-button = Gửi thông báo cho tôi qua email
updates-phone-label = Số điện thoại di động
updates-phone-hint = Ví dụ: 416 555 0123. Nhà mạng của quý vị có thể tính phí tin nhắn.
updates-phone-button = Gửi thông báo cho tôi qua tin nhắn
updates-code-sent-email = Chúng tôi đã gửi mã xác nhận gồm 6 chữ số đến { $address }.
updates-code-sent-sms = Chúng tôi đã gửi mã xác nhận gồm 6 chữ số qua tin nhắn đến số { $address }.
updates-code-label = Mã xác nhận
updates-code-hint = Mã sẽ hết hạn 15 phút sau khi chúng tôi gửi.
updates-confirm-button = Xác nhận
updates-resend-button = Gửi mã mới
updates-resent = Chúng tôi đã gửi mã mới. Chỉ mã mới nhất mới dùng được.
updates-on = Quý vị sẽ nhận được thông báo về yêu cầu này. Mỗi thông báo đều có đường liên kết để ngừng nhận.
updates-already = Địa chỉ này đã được đăng ký nhận thông báo về yêu cầu này rồi.
updates-error-email = Hãy nhập địa chỉ email, ví dụ name@example.com
updates-error-phone = Hãy nhập số điện thoại di động kèm mã vùng, ví dụ 416 555 0123
updates-error-too-many = Quý vị đã xin nhiều mã trong thời gian ngắn. Hãy dùng mã mới nhất chúng tôi đã gửi, hoặc thử lại sau một giờ.
updates-error-code-format = Hãy nhập mã gồm 6 chữ số trong tin nhắn hoặc email chúng tôi đã gửi
updates-error-code-wrong = Mã không đúng. Hãy kiểm tra tin mới nhất chúng tôi đã gửi rồi thử lại.
updates-error-code-expired = Mã đã hết hạn. Vui lòng xin mã mới.
updates-error-code-attempts = Mã đã bị nhập sai quá nhiều lần. Vui lòng xin mã mới.
updates-error-unknown = Mã này không còn dùng được nữa. Vui lòng đăng ký nhận thông báo lại.

unsubscribe-title = Ngừng nhận thông báo
unsubscribe-heading = Ngừng nhận thông báo về yêu cầu { $number }
unsubscribe-sent-to-email = Thông báo đang được gửi đến { $address }.
unsubscribe-sent-to-sms = Thông báo đang được gửi qua tin nhắn đến số { $address }.
unsubscribe-button = Ngừng nhận thông báo
unsubscribe-done = Quý vị sẽ không nhận thêm thông báo nào về yêu cầu { $number } nữa.
unsubscribe-unknown = Đường liên kết này không hợp lệ. Hãy kiểm tra xem đường liên kết đã được sao chép đầy đủ chưa.
unsubscribe-back = Xem yêu cầu

notify-code-subject = Mã xác nhận cho yêu cầu { $number }
notify-code-email =
    Mã xác nhận của quý vị là { $code }.
    
    Hãy nhập mã này trên trang mà quý vị đã đăng ký nhận thông báo về yêu cầu { $number }. Mã sẽ hết hạn sau 15 phút.
    
    Nếu quý vị không đăng ký nhận thông báo, xin bỏ qua email này.
notify-code-sms = Mã xác nhận 311 cho yêu cầu { $number } là { $code }. Mã sẽ hết hạn sau 15 phút.
notify-status-subject = Yêu cầu { $number }: { $status }
notify-status-email = Yêu cầu { $number } ({ $service }) của quý vị hiện có tình trạng: { $status }.
notify-status-sms = 311: yêu cầu { $number } ({ $service }) hiện có tình trạng: { $status }.
notify-note = Ghi chú từ Thành phố: { $note }
notify-escalated-subject = Yêu cầu { $number }: khiếu nại của quý vị đã được chuyển lên ban lãnh đạo bộ phận
notify-escalated-email = Khiếu nại của quý vị về yêu cầu { $number } ({ $service }) chưa được trả lời đúng hạn, vì vậy đã được chuyển lên ban lãnh đạo của bộ phận phụ trách.
notify-escalated-sms = 311: khiếu nại của quý vị về yêu cầu { $number } đã được chuyển lên ban lãnh đạo của bộ phận phụ trách.
notify-link = Xem yêu cầu và diễn biến xử lý: { $link }
notify-link-sms = { $link }
notify-footer-email = Quý vị nhận được email này vì đã đăng ký nhận thông báo về yêu cầu này.
notify-unsubscribe = Ngừng nhận các thông báo này: { $unsubscribe }
notify-unsubscribe-sms = Trả lời STOP để ngừng nhận, hoặc truy cập { $unsubscribe }
