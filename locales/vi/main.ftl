### Nội dung giao diện Civic311: tiếng Việt.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Chuyển đến nội dung chính
language-switcher-label = Ngôn ngữ
loading = Đang tải…
footer-emergency = Trong trường hợp khẩn cấp, hãy gọi 911. Trang này dành cho các dịch vụ không khẩn cấp của Thành phố.

home-title = Báo cáo sự cố hoặc yêu cầu dịch vụ của Thành phố – { -product-name }
home-heading = Báo cáo sự cố hoặc yêu cầu dịch vụ của Thành phố
home-intro = Hãy báo cho Thành phố biết về ổ gà, rác không được thu gom, hình vẽ bậy và hơn 60 vấn đề không khẩn cấp khác. Quý vị sẽ nhận được một mã số yêu cầu dịch vụ để theo dõi các bước tiếp theo.
home-groups-heading = Vấn đề của quý vị thuộc loại nào?
home-report-button = Báo cáo sự cố
service-group-count =
    { $count ->
       *[other] { $count } dịch vụ
    }
catalogue-unavailable = Hiện không thể hiển thị danh sách dịch vụ. Vui lòng thử lại sau vài phút.

not-found-title = Không tìm thấy trang – { -product-name }
not-found-heading = Không tìm thấy trang
not-found-home-link = Về trang chủ

## Điều hướng và lỗi trong biểu mẫu
site-nav-label = Menu chính
nav-track = Theo dõi yêu cầu
nav-report = Báo cáo sự cố
error-title-prefix = Lỗi:
error-summary-heading = Đã xảy ra lỗi

## Tra cứu yêu cầu dịch vụ
lookup-title = Theo dõi yêu cầu dịch vụ – { -product-name }
lookup-heading = Theo dõi yêu cầu dịch vụ
lookup-label = Mã số yêu cầu dịch vụ
lookup-hint = Mã số yêu cầu dịch vụ (SR) của quý vị có trên trang xác nhận và trong email. Mã số có dạng 2026-000123.
lookup-button = Tìm yêu cầu của tôi
lookup-error-format = Nhập mã số yêu cầu dịch vụ của quý vị theo dạng 2026-000123

## Một yêu cầu dịch vụ
request-title = Yêu cầu dịch vụ { $number } – { -product-name }
request-heading = Yêu cầu dịch vụ { $number }
request-status = Tình trạng
request-service = Dịch vụ
request-division = Bộ phận phụ trách
request-filed = Ngày tiếp nhận
request-expected = Dự kiến hoàn tất
request-location = Địa điểm
request-ward = Phường
request-ward-value = Phường { $number }: { $name }
request-due-today = đến hạn hôm nay
request-days-left =
    { $days ->
       *[other] còn { $days } ngày
    }
request-days-overdue =
    { $days ->
       *[other] quá ngày dự kiến { $days } ngày
    }
request-timeline-heading = Những gì đã diễn ra cho đến nay
request-event-photo-alt = Ảnh công việc do Thành phố cung cấp, số { $number }
request-unavailable = Hiện không thể hiển thị yêu cầu dịch vụ này. Vui lòng thử lại sau vài phút.
request-not-found-title = Không tìm thấy yêu cầu dịch vụ – { -product-name }
request-not-found-heading = Chúng tôi không tìm thấy yêu cầu dịch vụ đó
request-not-found-body = Không có yêu cầu dịch vụ nào mang mã số { $number }. Vui lòng kiểm tra mã số trên trang xác nhận hoặc trong email. Yêu cầu vừa gửi có thể mất khoảng một phút mới hiển thị.
request-not-found-retry = Tra cứu mã số khác

## Tình trạng, bằng ngôn ngữ dễ hiểu
status-received = Đã tiếp nhận
status-assigned = Đã chuyển cho bộ phận phụ trách
status-inspection = Kiểm tra hiện trường
status-scheduled = Đã lên lịch thực hiện
status-completed = Đã hoàn tất
status-closed_referred = Đã đóng – chuyển cho cơ quan khác
status-closed_no_action = Đã đóng – không cần xử lý
status-closed_duplicate = Đã đóng – báo cáo trùng lặp

## Danh mục dịch vụ
nav-services = Dịch vụ của Thành phố
services-title = Dịch vụ của Thành phố – { -product-name }
services-heading = Dịch vụ của Thành phố
services-intro = Tìm dịch vụ phù hợp với vấn đề của quý vị. Hãy tìm kiếm bằng lời của chính quý vị, hoặc xem theo chủ đề.
services-search-label = Tìm dịch vụ
services-search-hint = Ví dụ: ổ gà, rác không được thu gom, tiếng ồn
services-search-button = Tìm kiếm
services-results-heading =
    { $count ->
       *[other] { $count } dịch vụ phù hợp với “{ $query }”
    }
services-no-results = Không có dịch vụ nào phù hợp với “{ $query }”. Hãy thử từ khác, hoặc xem các chủ đề bên dưới.
services-browse-heading = Xem theo chủ đề
service-detail-title = { $name } – { -product-name }
service-topic = Chủ đề
service-standard = Tiêu chuẩn dịch vụ
service-sla-hours =
    { $count ->
       *[other] Chúng tôi cố gắng phản hồi trong vòng { $count } giờ
    }
service-sla-business-days =
    { $count ->
       *[other] Chúng tôi cố gắng phản hồi trong vòng { $count } ngày làm việc
    }
service-sla-calendar-days =
    { $count ->
       *[other] Chúng tôi cố gắng phản hồi trong vòng { $count } ngày
    }
service-back = Tất cả dịch vụ của Thành phố
service-not-found-title = Không tìm thấy dịch vụ – { -product-name }
service-not-found-heading = Chúng tôi không tìm thấy dịch vụ đó

## Khiếu nại về một yêu cầu dịch vụ
request-complaint-heading = Quý vị chưa hài lòng với tiến trình xử lý yêu cầu này?
request-complaint-overdue = Đã quá ngày dự kiến mà yêu cầu này vẫn chưa được đóng. Quý vị có thể gửi khiếu nại: người giám sát phải trả lời trong vòng 5 ngày làm việc, nếu không, khiếu nại sẽ được chuyển lên ban lãnh đạo của bộ phận phụ trách.
request-complaint-closed = Nếu vấn đề chưa được khắc phục, hoặc quý vị không đồng ý với cách yêu cầu này được đóng, quý vị có thể gửi khiếu nại: người giám sát phải trả lời trong vòng 5 ngày làm việc, nếu không, khiếu nại sẽ được chuyển lên ban lãnh đạo của bộ phận phụ trách.
request-complaint-details = Có vấn đề gì?
request-complaint-details-hint = Ví dụ: ổ gà vẫn còn đó sau khi yêu cầu đã được đóng.
request-complaint-email = Địa chỉ email (không bắt buộc)
request-complaint-email-hint = Để chúng tôi có thể báo cho quý vị biết câu trả lời. Địa chỉ này không bao giờ được công khai.
request-complaint-submit = Gửi khiếu nại
request-complaint-filed = Khiếu nại của quý vị đã được gửi và hiển thị trong phần diễn biến bên dưới.
request-complaint-pending = Khiếu nại về yêu cầu này đang chờ được trả lời, dự kiến trước ngày { $date }.
request-complaint-escalated = Câu trả lời đã bị trễ hạn, vì vậy khiếu nại đã được chuyển lên ban lãnh đạo của bộ phận phụ trách.
request-complaint-error-details = Vui lòng cho chúng tôi biết có vấn đề gì
request-complaint-error-too-long = Khiếu nại không được dài quá 2000 ký tự
status-complaint = Đã gửi khiếu nại
status-escalated = Khiếu nại đã được chuyển lên ban lãnh đạo bộ phận
