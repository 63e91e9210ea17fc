## 透過電子郵件或簡訊接收服務請求的進度通知：狀態頁面上的表單、取消訂閱頁面，以及通知內容本身。
## 通知為純文字；$number 是服務請求編號，例如 2026-000123；$service 是服務類型名稱；$status 是狀態名稱。

updates-heading = 接收進度通知
updates-intro = 此請求每次有新進展時，我們都可以通知您。我們會先傳送一組驗證碼給您，以確認該電子郵件地址或手機號碼屬於您本人。
updates-email-label = 電子郵件地址
updates-email-hint = 我們只會用它傳送此請求的進度通知給您。
updates-email-button = 透過電子郵件接收通知
updates-phone-label = 手機號碼
updates-phone-hint = 例如 416 555 0123。您的電信業者可能會收取簡訊費用。
updates-phone-button = 透過簡訊接收通知
updates-code-sent-email = 我們已將 6 位數驗證碼傳送到 { $address }。
updates-code-sent-sms = 我們已透過簡訊將 6 位數驗證碼傳送到 { $address }。
updates-code-label = 驗證碼
updates-code-hint = 驗證碼在傳送後 15 分鐘內有效。
updates-confirm-button = 確認
updates-resend-button = 傳送新的驗證碼
updates-resent = 我們已傳送新的驗證碼。只有最新的驗證碼有效。
updates-on = 您將收到此請求的進度通知。每則通知中都有停止接收的連結。
updates-already = 該電子郵件地址或手機號碼已在接收此請求的進度通知。
updates-error-email = 請輸入電子郵件地址，例如 name@example.com
updates-error-phone = 請輸入含區碼的手機號碼，例如 416 555 0123
updates-error-too-many = 您在短時間內多次索取驗證碼。請使用我們最後傳送的驗證碼，或一小時後再試。
updates-error-code-format = 請輸入我們傳送給您的訊息中的 6 位數驗證碼
updates-error-code-wrong = 驗證碼不正確。請查看我們最新傳送的訊息，然後再試一次。
updates-error-code-expired = 驗證碼已過期。請重新傳送驗證碼。
updates-error-code-attempts = 驗證碼輸入錯誤次數過多。請重新傳送驗證碼。
updates-error-unknown = 此驗證碼已無法使用。請重新申請接收進度通知。

unsubscribe-title = 停止接收通知
unsubscribe-heading = 停止接收服務請求 { $number } 的進度通知
unsubscribe-sent-to-email = 進度通知會傳送到 { $address }。
unsubscribe-sent-to-sms = 進度通知會透過簡訊傳送到 { $address }。
unsubscribe-button = 停止接收通知
unsubscribe-done = 您將不會再收到服務請求 { $number } 的進度通知。
unsubscribe-unknown = 此連結無效。請檢查連結是否已完整複製。
unsubscribe-back = 查看服務請求

notify-code-subject = 您的服務請求 { $number } 驗證碼
notify-code-email =
    您的驗證碼是 { $code }。
    
    請在您申請接收服務請求 { $number } 進度通知的網頁上輸入此驗證碼。驗證碼將在 15 分鐘後過期。
    
    如果您沒有申請接收進度通知，請忽略此郵件。
notify-code-sms = 您的 311 服務請求 { $number } 驗證碼是 { $code }，15 分鐘後過期。
notify-status-subject = 服務請求 { $number }：{ $status }
notify-status-email = 您的服務請求 { $number }（{ $service }）目前的狀態是：{ $status }。
notify-status-sms = 311：服務請求 { $number }（{ $service }）目前的狀態是：{ $status }。
notify-note = 市政府備註：{ $note }
notify-escalated-subject = 服務請求 { $number }：您的投訴已轉交部門管理層
notify-escalated-email = 您對服務請求 { $number }（{ $service }）的投訴未在規定時間內獲得回覆，因此已轉交該部門的管理層。
notify-escalated-sms = 311：您對服務請求 { $number } 的投訴已轉交該部門的管理層。
notify-link = 查看服務請求及其處理進展：{ $link }
notify-link-sms = { $link }
notify-footer-email = 您收到此郵件，是因為您申請了接收此請求的進度通知。
notify-unsubscribe = 停止接收這些通知：{ $unsubscribe }
notify-unsubscribe-sms = 回覆 STOP 即可停止接收，或前往 { $unsubscribe }
