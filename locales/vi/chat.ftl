## Trò chuyện trực tuyến: khung trò chuyện của cư dân, để lại tin nhắn, trang quản lý của nhân viên hỗ trợ và các tin nhắn trò chuyện.

chat-launcher = Trò chuyện với 311
chat-panel-heading = Trò chuyện trực tuyến với 311
chat-close = Đóng khung trò chuyện
chat-intro = Đặt câu hỏi hoặc nhận trợ giúp về một yêu cầu. Nhân viên hỗ trợ sẽ trả lời quý vị tại đây ngay khi có người rảnh.
chat-name-label = Tên của quý vị (không bắt buộc)
chat-topic-label = Quý vị cần giúp đỡ về việc gì?
chat-topic-hint = Ví dụ: rác trên đường nhà tôi không được thu gom
chat-start = Bắt đầu trò chuyện
chat-connecting = Đang kết nối…
chat-reconnecting = Mất kết nối. Đang kết nối lại… Tin nhắn của quý vị vẫn được giữ lại.
chat-reconnected = Đã kết nối lại.
chat-queue-next = Quý vị là người tiếp theo trong hàng chờ.
chat-queue-position = Quý vị đang ở vị trí số { $position } trong hàng chờ.
chat-queue-wait =
    { $minutes ->
       *[other] Thời gian chờ dự kiến: khoảng { $minutes } phút.
    }
chat-waiting-note = Quý vị có thể nhập câu hỏi trong lúc chờ. Hãy giữ trang này mở: cuộc trò chuyện không tự đóng.
chat-log-label = Cuộc trò chuyện
chat-message-label = Tin nhắn của quý vị
chat-send = Gửi
chat-not-sent = Chưa gửi. Tin nhắn sẽ được gửi ngay khi có kết nối trở lại.
chat-typing-agent = Nhân viên hỗ trợ đang nhập…
chat-typing-resident = Cư dân đang nhập…
chat-you = Quý vị
chat-resident = Cư dân
chat-end = Kết thúc trò chuyện
chat-ended-heading = Cuộc trò chuyện đã kết thúc
chat-rate-legend = Cuộc trò chuyện này hữu ích với quý vị đến mức nào?
chat-rate-stars =
    { $stars ->
       *[other] { $stars } sao
    }
chat-rate-submit = Gửi đánh giá
chat-rate-thanks = Cảm ơn quý vị đã đánh giá.
chat-transcript-label = Gửi bản ghi cuộc trò chuyện qua email cho tôi
chat-transcript-submit = Gửi bản ghi
chat-transcript-sent = Bản ghi cuộc trò chuyện đang được gửi đến email của quý vị.
chat-new = Bắt đầu cuộc trò chuyện mới
chat-about-request = Trò chuyện về yêu cầu này
chat-linked-request = Về yêu cầu { $number }

chat-page-title = Trò chuyện trực tuyến
chat-page-intro = Trò chuyện trực tuyến với nhân viên hỗ trợ của 311, hoặc để lại tin nhắn và chúng tôi sẽ trả lời quý vị qua email hoặc tin nhắn văn bản.
chat-offline-heading = Để lại tin nhắn
chat-offline-intro = Hiện không có nhân viên hỗ trợ nào có thể trò chuyện. Hãy để lại tin nhắn kèm địa chỉ email hoặc số điện thoại của quý vị, nhân viên hỗ trợ sẽ trả lời quý vị.
chat-offline-email = Địa chỉ email
chat-offline-phone = Số điện thoại, để nhận câu trả lời bằng tin nhắn văn bản
chat-offline-body = Tin nhắn của quý vị
chat-offline-submit = Gửi tin nhắn
chat-offline-sent = Xin cảm ơn. Chúng tôi đã nhận được tin nhắn của quý vị, và nhân viên hỗ trợ sẽ trả lời qua email hoặc tin nhắn văn bản.
chat-offline-error-body = Nhập tin nhắn của quý vị
chat-offline-error-body-long = Tin nhắn không được dài quá 2.000 ký tự
chat-offline-error-name-long = Tên không được dài quá 100 ký tự
chat-offline-error-contact = Nhập địa chỉ email hoặc số điện thoại để chúng tôi có thể trả lời quý vị
chat-offline-error-email = Nhập địa chỉ email đúng định dạng, ví dụ name@example.com
chat-offline-error-phone = Nhập số điện thoại, ví dụ 416 555 0123

## Các sự kiện trong cuộc trò chuyện, hiển thị cho cả hai bên.

chat-event-joined = { $name } đã tham gia cuộc trò chuyện.
chat-event-transferred = Cuộc trò chuyện đã được chuyển cho { $name }.
chat-event-ended = Cuộc trò chuyện đã kết thúc.
chat-event-request = Yêu cầu dịch vụ { $number } đã được tạo cho quý vị. Quý vị có thể theo dõi yêu cầu bằng mã số này.

## Lý do nội dung gửi trong cuộc trò chuyện không được chấp nhận.

chat-error-bad-frame = Không thể đọc nội dung đó. Hãy tải lại trang và thử lại.
chat-error-too-long = Tin nhắn quá dài. Vui lòng giữ trong khoảng 2.000 ký tự trở xuống.
chat-error-too-fast = Quý vị đang gửi tin nhắn quá nhanh. Hãy đợi một chút rồi gửi lại.
chat-error-empty = Hãy nhập tin nhắn trước khi gửi.
chat-error-topic-missing = Hãy nhập việc quý vị cần giúp đỡ.
chat-error-already-started = Cuộc trò chuyện này đã bắt đầu.
chat-error-unknown-chat = Không tìm thấy cuộc trò chuyện đó. Hãy bắt đầu cuộc trò chuyện mới.
chat-error-no-chat = Hãy bắt đầu trò chuyện trước.
chat-error-chat-ended = Cuộc trò chuyện này đã kết thúc. Hãy bắt đầu cuộc trò chuyện mới để gửi thêm tin nhắn.
chat-error-bad-rating = Hãy chọn từ 1 đến 5 sao.
chat-error-not-ended = Quý vị có thể đánh giá sau khi cuộc trò chuyện kết thúc.
chat-error-bad-email = Nhập địa chỉ email đúng định dạng, ví dụ name@example.com
chat-error-agents-only = Chỉ nhân viên hỗ trợ mới có thể làm việc này.
chat-error-residents-only = Chỉ cư dân mới có thể làm việc này.
chat-error-not-yours = Cuộc trò chuyện đó không được giao cho quý vị.
chat-error-at-limit = Quý vị đã mở đủ số cuộc trò chuyện tối đa có thể nhận. Hãy kết thúc một cuộc trước.
chat-error-taken = Một nhân viên hỗ trợ khác đã nhận cuộc trò chuyện đó, hoặc cuộc trò chuyện đã kết thúc.
chat-error-agent-unavailable = Nhân viên hỗ trợ đó không còn trực tuyến. Hãy chọn người khác.
chat-error-unavailable = Hiện không thể sử dụng dịch vụ trò chuyện. Hãy thử lại sau vài phút, hoặc gọi 311.

## Các câu trả lời soạn sẵn mà nhân viên hỗ trợ gửi, bằng ngôn ngữ của cư dân.

chat-canned-greeting = Xin chào, cảm ơn quý vị đã liên hệ với 311 Toronto. Hôm nay tôi có thể giúp gì cho quý vị?
chat-canned-one-moment = Xin quý vị vui lòng đợi một chút để tôi kiểm tra.
chat-canned-more-details = Quý vị có thể cho tôi biết thêm một chút về vấn đề không?
chat-canned-location = Vấn đề nằm chính xác ở đâu? Địa chỉ đường phố hoặc giao lộ gần nhất sẽ giúp ích cho chúng tôi.
chat-canned-request-filed = Tôi đã tạo một yêu cầu dịch vụ cho quý vị. Quý vị có thể theo dõi yêu cầu bằng mã số được đăng trong cuộc trò chuyện này.
chat-canned-goodbye = Cảm ơn quý vị đã liên hệ với 311. Tôi có thể giúp quý vị việc gì khác nữa không?

## Trang quản lý của nhân viên hỗ trợ tại /agent.

agent-page-heading = Trang quản lý trò chuyện
agent-status-connected = Đã kết nối. Quý vị đang trực tuyến để nhận trò chuyện.
agent-status-reconnecting = Mất kết nối. Đang kết nối lại…
agent-queue-heading = Các cuộc trò chuyện đang chờ
agent-queue-empty = Không có cuộc trò chuyện nào đang chờ.
agent-queue-topic = Chủ đề
agent-queue-language = Ngôn ngữ
agent-queue-waiting = Thời gian chờ
agent-queue-minutes =
    { $minutes ->
       *[other] { $minutes } phút
    }
agent-queue-fallback = Không thuộc các ngôn ngữ của quý vị
agent-accept = Nhận
agent-load = Cuộc trò chuyện đang mở: { $active } / { $limit }
agent-chats-heading = Các cuộc trò chuyện của quý vị
agent-no-chats = Hãy nhận một cuộc trò chuyện từ hàng đợi để bắt đầu.
agent-chat-with = Trò chuyện với { $name }
agent-chat-language = Ngôn ngữ: { $language }
agent-chat-topic = Chủ đề: { $topic }
agent-canned-label = Câu trả lời soạn sẵn
agent-canned-choose = Chọn câu trả lời
agent-canned-insert = Dùng câu trả lời này
agent-reply-label = Trả lời
agent-send = Gửi
agent-add-note = Thêm làm ghi chú nội bộ
agent-note = Ghi chú nội bộ
agent-transfer-label = Chuyển cho
agent-transfer = Chuyển
agent-transfer-none = Không có nhân viên hỗ trợ nào khác đang trực tuyến.
agent-end = Kết thúc trò chuyện
agent-ended = Cuộc trò chuyện này đã kết thúc.
agent-close = Đóng
agent-request-heading = Tạo yêu cầu dịch vụ
agent-request-service = Loại dịch vụ
agent-request-place = Địa điểm: đường phố, giao lộ hoặc nơi chốn
agent-request-description = Mô tả
agent-request-submit = Mở biểu mẫu báo cáo
agent-request-hint = Biểu mẫu báo cáo sẽ mở ra với thông tin đã điền sẵn từ cuộc trò chuyện này. Hãy kiểm tra rồi gửi; mã số yêu cầu sẽ được đăng vào cuộc trò chuyện.
agent-cases-heading = Tin nhắn để lại khi không có ai trò chuyện được
agent-cases-empty = Không có tin nhắn nào đang chờ trả lời.
agent-case-from = Từ { $name }, { $contact }
agent-case-reply = Câu trả lời của quý vị
agent-case-send = Gửi câu trả lời
agent-case-answered = Câu trả lời của quý vị đã được gửi.
agent-error-reply = Hãy nhập câu trả lời không quá 2.000 ký tự.
agent-error-answered = Tin nhắn đó đã được trả lời.
agent-error-not-yours = Cuộc trò chuyện đó không còn được giao cho quý vị.
agent-error-service = Hãy chọn loại dịch vụ.
staff-chat-transcripts = Bản ghi các cuộc trò chuyện

## Tin nhắn gửi qua email hoặc tin nhắn văn bản.

notify-chat-transcript-subject = Cuộc trò chuyện của quý vị với 311 Toronto
notify-chat-transcript-email = Theo yêu cầu của quý vị, đây là bản ghi cuộc trò chuyện của quý vị với 311 Toronto.
notify-chat-reply-subject = Câu trả lời cho tin nhắn quý vị gửi 311 Toronto
notify-chat-reply-email =
    Quý vị đã để lại tin nhắn cho 311 Toronto. Nhân viên hỗ trợ đã trả lời:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
