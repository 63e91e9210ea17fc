### Báo cáo sự cố: các trang /report, lỗi, bản đồ và ảnh.

report-page-title = { $heading } – { -product-name }
report-caption = Báo cáo sự cố
report-unavailable = Hiện không thể hiển thị biểu mẫu báo cáo. Vui lòng thử lại sau vài phút.
report-continue = Tiếp tục
report-optional = { $label } (không bắt buộc)

## Chọn dịch vụ
report-choose-heading = Quý vị muốn báo cáo điều gì?
report-choose-intro = Tìm kiếm bằng lời của chính quý vị, hoặc chọn từ các chủ đề bên dưới.
report-start-button = Bắt đầu ngay
report-choose-other = Báo cáo vấn đề khác
report-not-found-heading = Chúng tôi không tìm thấy báo cáo đó
report-not-found-body = Đường liên kết có thể chưa đầy đủ hoặc bị gõ sai.
report-start-again = Bắt đầu báo cáo mới

## Chủ sở hữu, và hình vẽ bậy mang tính thù ghét
report-owner-question = Vật gặp sự cố thuộc sở hữu của ai?
report-owner-hint = Hãy tìm logo hoặc nhãn trên vật đó. Thành phố chỉ có thể sửa những gì thuộc sở hữu của Thành phố.
report-owner-city = Thành phố Toronto, ví dụ tường, cầu, biển báo hoặc thùng rác của Thành phố
report-owner-unknown = Tôi không biết
report-owner-bell = Bell Canada: buồng điện thoại, cột và tủ thiết bị của Bell
report-owner-rogers = Rogers: hộp cáp và tủ thiết bị
report-owner-toronto-hydro = Toronto Hydro: cột điện, máy biến áp và hộp điện
report-owner-canada-post = Canada Post (Bưu điện Canada): hộp thư và tủ nhận bưu kiện
report-owner-ttc = TTC (Ủy ban Giao thông Toronto): nhà chờ xe, nhà ga và phương tiện
report-error-owner = Hãy chọn chủ sở hữu, hoặc “Tôi không biết”
report-referral-heading = Việc này không thuộc trách nhiệm sửa chữa của Thành phố
report-referral-intro = Thành phố chỉ có thể sửa chữa hoặc làm sạch những gì thuộc sở hữu của Thành phố, vì vậy không có yêu cầu dịch vụ nào được tạo. Vui lòng báo cho chủ sở hữu.
report-referral-bell = Bell Canada: gọi 1-866-310-2355.
report-referral-rogers = Rogers: gọi 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: gọi 416-542-8000. Nếu dây điện bị đứt rơi xuống hoặc tóe lửa, hãy đứng cách xa 10 mét và gọi 911.
report-referral-canada-post = Canada Post: gọi 1-866-607-6301.
report-referral-ttc = TTC: gọi bộ phận Dịch vụ Khách hàng theo số 416-393-3030.
report-hate-heading = Hình vẽ bậy mang tính thù ghét
report-hate-police = Nếu hình vẽ bậy nhắm vào người khác vì chủng tộc, tôn giáo, nguồn gốc dân tộc, xu hướng tính dục, giới tính hoặc khuyết tật, trước tiên hãy báo cho Toronto Police (Cảnh sát Toronto): gọi 416-808-2222, đường dây không khẩn cấp, hoặc gọi 911 nếu có người đang gặp nguy hiểm. Cảnh sát sẽ ghi nhận vụ việc như một tội phạm thù ghét có thể đã xảy ra trước khi hình vẽ được xóa bỏ.
report-hate-then = Sau đó, hãy báo cáo tại đây để Thành phố có thể nhanh chóng xóa bỏ.

## Địa điểm
report-location-heading = Sự cố ở đâu?
report-location-current = Địa điểm đã chọn
report-location-address = { $address }, Phường { $ward }
report-location-pin = Ghim tại { $lat }, { $long }, Phường { $ward }
report-map-heading = Đặt ghim trên bản đồ
report-map-hint = Nhấp hoặc chạm vào vị trí có sự cố trên bản đồ, rồi kéo ghim để điều chỉnh. Nếu dùng bàn phím, hãy di chuyển bản đồ bằng các phím mũi tên, rồi chọn “Đặt ghim vào giữa bản đồ”.
report-map-label = Bản đồ
report-map-pin = Vị trí sự cố
report-map-pin-at = Đã đặt ghim tại { $lat }, { $long }
report-map-no-pin = Chưa đặt ghim
report-map-locate = Dùng vị trí của tôi
report-map-locate-failed = Không tìm được vị trí của quý vị. Hãy đặt ghim trên bản đồ hoặc nhập địa chỉ.
report-map-centre = Đặt ghim vào giữa bản đồ
report-map-use = Dùng vị trí của ghim này
report-address-heading = Hoặc nhập địa chỉ hay giao lộ
report-place-label = Đường phố, giao lộ hoặc địa điểm
report-place-hint = Ví dụ: Queen St W & Spadina Ave, hoặc Nathan Phillips Square
report-place-find = Tìm
report-place-none = Không có kết quả nào phù hợp với “{ $query }”. Hãy kiểm tra chính tả, hoặc thử giao lộ gần nhất.
report-place-choose = Chọn kết quả gần đúng nhất
report-place-use = Dùng địa điểm này
report-place-kind-street = Đường phố
report-place-kind-intersection = Giao lộ
report-place-kind-place = Địa điểm
report-error-outside-city = Địa điểm này nằm ngoài Thành phố Toronto. Hãy chọn một nơi trong thành phố.
report-error-pin-missing = Hãy đặt ghim trên bản đồ, hoặc nhập địa chỉ bên dưới
report-error-place-choose = Hãy chọn một trong các kết quả, hoặc tìm lại
report-error-location-missing = Hãy nhập đường phố, giao lộ hoặc địa điểm, hoặc đặt ghim trên bản đồ

## Chi tiết và thông tin liên lạc
report-details-heading = Cho chúng tôi biết về sự cố
report-field-description = Mô tả sự cố
report-description-hint = Những gì quý vị thấy, và bất cứ điều gì giúp nhân viên tìm ra sự cố. Vui lòng không ghi thông tin cá nhân.
report-contact-heading = Thông tin liên lạc của quý vị (không bắt buộc)
report-contact-hint = Chúng tôi chỉ dùng thông tin này để liên lạc với quý vị về báo cáo này. Thông tin này không bao giờ được công khai. Để trống nếu quý vị muốn báo cáo ẩn danh.
report-field-first-name = Tên
report-field-last-name = Họ
report-field-email = Địa chỉ email
report-field-phone = Số điện thoại
report-error-missing = Hãy trả lời câu hỏi “{ $field }”
report-error-number = Câu trả lời cho “{ $field }” phải là một con số, ví dụ 3 hoặc 2.5
report-error-too-long = Câu trả lời cho “{ $field }” không được dài quá { $max } ký tự
report-error-choice = Hãy chọn một trong các câu trả lời có trong danh sách cho “{ $field }”
report-error-datetime = Hãy nhập ngày và giờ hợp lệ cho “{ $field }”
report-error-email = Hãy nhập địa chỉ email đúng định dạng, ví dụ name@example.com
report-error-phone = Hãy nhập số điện thoại có từ 7 đến 15 chữ số, ví dụ 416-392-2489

## Ảnh
report-photos-heading = Ảnh
report-photos-required = Loại sự cố này cần ít nhất một ảnh. Ảnh giúp nhân viên tìm và khắc phục sự cố.
report-photos-optional = Ảnh không bắt buộc, nhưng giúp nhân viên tìm và khắc phục sự cố.
report-photos-limits = Quý vị có thể thêm tối đa { $count } ảnh ở định dạng JPEG, PNG hoặc WebP, mỗi ảnh không quá { $megabytes } MB. Chúng tôi xóa thông tin vị trí và máy ảnh khỏi bản sao mà chúng tôi lưu giữ.
report-photo-label = Chọn ảnh
report-photo-upload = Tải ảnh lên
report-photo-uploading = Đang tải ảnh lên
report-photo-alt = Ảnh { $number }
report-photo-remove = Xóa ảnh { $number }
report-photo-has-location = Ảnh { $number } có ghi lại nơi chụp.
report-photo-use-location = Dùng vị trí của ảnh { $number }
report-photos-count =
    { $count ->
        [0] Không có ảnh
       *[other] { $count } ảnh
    }
report-error-photo-missing = Hãy chọn ảnh để tải lên
report-error-photo-too-large = Ảnh phải nhỏ hơn { $megabytes } MB
report-error-photo-type = Tệp phải là ảnh ở định dạng JPEG, PNG hoặc WebP
report-error-photo-dimensions = Ảnh có quá nhiều điểm ảnh. Hãy chọn ảnh nhỏ hơn.
report-error-photo-damaged = Ảnh bị hỏng và không đọc được. Hãy chọn ảnh khác.
report-error-photo-limit = Quý vị có thể thêm tối đa { $count } ảnh. Hãy xóa một ảnh để thêm ảnh khác.
report-error-photo-required = Hãy thêm ít nhất một ảnh
report-error-photo-outside = Nơi chụp ảnh này nằm ngoài Thành phố Toronto

## Kiểm tra, báo cáo trùng lặp gần đó, và gửi
report-check-heading = Hãy kiểm tra câu trả lời trước khi gửi báo cáo
report-check-answers = Câu trả lời của quý vị
report-change = Thay đổi
report-anonymous = Không cung cấp: đây là báo cáo ẩn danh
report-submit-note = Khi gửi báo cáo này, quý vị xác nhận rằng thông tin là chính xác theo những gì quý vị biết.
report-submit = Gửi báo cáo
report-nearby-heading = Sự cố này đã được báo cáo chưa?
report-nearby-intro = Các yêu cầu chưa đóng dưới đây về cùng một sự cố nằm trong phạm vi 250 mét. Nếu một trong số đó là sự cố của quý vị, hãy theo dõi yêu cầu đó thay vì gửi báo cáo mới.
report-nearby-distance = Cách khoảng { $metres } m
report-nearby-reporters =
    { $count ->
       *[other] { $count } người đã báo cáo
    }
report-me-too = Tôi cũng vậy: theo dõi { $number }
report-error-follow = Không thể theo dõi yêu cầu đó nữa. Thay vào đó, hãy gửi báo cáo của riêng quý vị.
report-sent-heading = Đã gửi báo cáo
report-sent-number = Mã số yêu cầu dịch vụ của quý vị là
report-sent-next = Hãy giữ mã số này. Quý vị có thể dùng mã số này để xem các bước tiếp theo.
report-sent-track = Theo dõi yêu cầu này
report-another = Báo cáo một sự cố khác
report-following-heading = Quý vị đang theo dõi { $number }
report-following-body = Quý vị đã được thêm vào yêu cầu này thay vì tạo một yêu cầu mới. Trang tình trạng của yêu cầu sẽ cho biết các bước tiếp theo.
