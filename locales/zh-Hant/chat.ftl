## 線上聊天：居民的聊天視窗、留言、客服人員控制台和聊天訊息。

chat-launcher = 與 311 聊天
chat-panel-heading = 與 311 線上聊天
chat-close = 關閉聊天
chat-intro = 您可以提問，或就某項請求尋求協助。一旦有客服人員空閒，就會在這裡回覆您。
chat-name-label = 您的姓名（選填）
chat-topic-label = 您需要哪方面的協助？
chat-topic-hint = 例如：我家這條街的垃圾漏收了
chat-start = 開始聊天
chat-connecting = 正在連線…
chat-reconnecting = 連線已中斷，正在重新連線…您的訊息會保留。
chat-reconnected = 已重新連線。
chat-queue-next = 下一位就輪到您了。
chat-queue-position = 您目前排在第 { $position } 位。
chat-queue-wait =
    { $minutes ->
       *[other] 預計等候時間：約 { $minutes } 分鐘。
    }
chat-waiting-note = 等候期間，您可以先輸入您的問題。請不要關閉此頁面：聊天不會自動結束。
chat-log-label = 對話內容
chat-message-label = 您的訊息
chat-send = 傳送
chat-not-sent = 尚未傳送。連線恢復後會立即傳送。
chat-typing-agent = 客服人員正在輸入…
chat-typing-resident = 居民正在輸入…
chat-you = 您
chat-resident = 居民
chat-end = 結束聊天
chat-ended-heading = 聊天已結束
chat-rate-legend = 這次聊天對您有多大幫助？
chat-rate-stars =
    { $stars ->
       *[other] { $stars } 顆星
    }
chat-rate-submit = 提交評分
chat-rate-thanks = 感謝您的評分。
chat-transcript-label = 將聊天紀錄傳送到我的電子郵件
chat-transcript-submit = 傳送聊天紀錄
chat-transcript-sent = 聊天紀錄正在傳送到您的電子郵件信箱。
chat-new = 開始新的聊天
chat-about-request = 就此請求進行聊天
chat-linked-request = 關於請求 { $number }

chat-page-title = 線上聊天
chat-page-intro = 與 311 客服人員線上聊天，或者留言，我們會透過電子郵件或短訊回覆您。
chat-offline-heading = 留言
chat-offline-intro = 目前沒有客服人員可以聊天。請留下您的訊息以及電子郵件地址或電話號碼，客服人員會回覆您。
chat-offline-email = 電子郵件地址
chat-offline-phone = 電話號碼（用於短訊回覆）
chat-offline-body = 您的訊息
chat-offline-submit = 傳送留言
chat-offline-sent = 謝謝。我們已收到您的留言，客服人員會透過電子郵件或短訊回覆您。
chat-offline-error-body = 請輸入您的訊息
chat-offline-error-body-long = 您的訊息不能超過 2,000 個字元
chat-offline-error-name-long = 您的姓名不能超過 100 個字元
chat-offline-error-contact = 請輸入電子郵件地址或電話號碼，以便我們回覆您
chat-offline-error-email = 請按正確格式輸入電子郵件地址，例如 name@example.com
chat-offline-error-phone = 請輸入電話號碼，例如 416 555 0123

## 聊天事件，雙方都會看到。

chat-event-joined = { $name } 已加入聊天。
chat-event-transferred = 聊天已轉給 { $name }。
chat-event-ended = 聊天已結束。
chat-event-request = 已為您建立服務請求 { $number }。您可以用這個編號查詢處理進度。

## 聊天中傳送的內容未被接受的原因。

chat-error-bad-frame = 無法讀取該內容。請重新載入頁面後再試。
chat-error-too-long = 您的訊息太長。請控制在 2,000 個字元以內。
chat-error-too-fast = 您傳送訊息的速度太快。請稍候片刻再傳送。
chat-error-empty = 請先輸入訊息再傳送。
chat-error-topic-missing = 請輸入您需要哪方面的協助。
chat-error-already-started = 此聊天已經開始。
chat-error-unknown-chat = 找不到該聊天。請開始新的聊天。
chat-error-no-chat = 請先開始聊天。
chat-error-chat-ended = 此聊天已結束。如需繼續傳送訊息，請開始新的聊天。
chat-error-bad-rating = 請選擇 1 到 5 顆星。
chat-error-not-ended = 聊天結束後才能評分。
chat-error-bad-email = 請按正確格式輸入電子郵件地址，例如 name@example.com
chat-error-agents-only = 只有客服人員才能執行此操作。
chat-error-residents-only = 只有居民才能執行此操作。
chat-error-not-yours = 該聊天並未分配給您。
chat-error-at-limit = 您同時處理的聊天已達上限。請先結束一個聊天。
chat-error-taken = 該聊天已由其他客服人員接手，或已經結束。
chat-error-agent-unavailable = 該客服人員已不在線上。請選擇其他客服人員。
chat-error-unavailable = 聊天服務目前無法使用。請幾分鐘後再試，或撥打 311。

## 客服人員以居民的語言傳送的預設回覆。

chat-canned-greeting = 您好，感謝您聯絡 311 Toronto。請問今天有什麼可以幫您？
chat-canned-one-moment = 請稍候，我為您查詢一下。
chat-canned-more-details = 您能再詳細說明一下問題嗎？
chat-canned-location = 問題的確切位置在哪裡？請提供街道地址或最近的路口。
chat-canned-request-filed = 我已為您建立了服務請求。您可以用此聊天中顯示的編號查詢處理進度。
chat-canned-goodbye = 感謝您聯絡 311。請問還有其他需要協助的地方嗎？

## 位於 /agent 的客服人員控制台。

agent-page-heading = 聊天控制台
agent-status-connected = 已連線。您目前在線上，可以接收聊天。
agent-status-reconnecting = 連線已中斷，正在重新連線…
agent-queue-heading = 等候中的聊天
agent-queue-empty = 沒有等候中的聊天。
agent-queue-topic = 主題
agent-queue-language = 語言
agent-queue-waiting = 等候時間
agent-queue-minutes =
    { $minutes ->
       *[other] { $minutes } 分鐘
    }
agent-queue-fallback = 不是您使用的語言
agent-accept = 接受
agent-load = 進行中的聊天：{ $active } / { $limit }
agent-chats-heading = 您的聊天
agent-no-chats = 請從佇列中接受一個聊天以開始工作。
agent-chat-with = 與 { $name } 聊天
agent-chat-language = 語言：{ $language }
agent-chat-topic = 主題：{ $topic }
agent-canned-label = 預設回覆
agent-canned-choose = 選擇回覆
agent-canned-insert = 使用此回覆
agent-reply-label = 回覆
agent-send = 傳送
agent-add-note = 新增為內部備註
agent-note = 內部備註
agent-transfer-label = 轉給
agent-transfer = 轉接
agent-transfer-none = 沒有其他客服人員在線上。
agent-end = 結束聊天
agent-ended = 此聊天已結束。
agent-close = 關閉
agent-request-heading = 建立服務請求
agent-request-service = 服務類型
agent-request-place = 地點：街道、路口或場所
agent-request-description = 描述
agent-request-submit = 開啟報告表單
agent-request-hint = 報告表單開啟時會自動填入此聊天中的資料。請核對後提交；請求編號會發布到聊天中。
agent-cases-heading = 無人可聊天時的留言
agent-cases-empty = 沒有等待回覆的留言。
agent-case-from = 來自 { $name }，{ $contact }
agent-case-reply = 您的回覆
agent-case-send = 傳送回覆
agent-case-answered = 您的回覆已傳送。
agent-error-reply = 請輸入不超過 2,000 個字元的回覆。
agent-error-answered = 該留言已有人回覆。
agent-error-not-yours = 該聊天已不再分配給您。
agent-error-service = 請選擇服務類型。
staff-chat-transcripts = 聊天紀錄

## 透過電子郵件或短訊傳送的訊息。

notify-chat-transcript-subject = 您與 311 Toronto 的聊天
notify-chat-transcript-email = 根據您的要求，以下是您與 311 Toronto 的聊天紀錄。
notify-chat-reply-subject = 對您給 311 Toronto 留言的回覆
notify-chat-reply-email =
    您曾給 311 Toronto 留言。客服人員的回覆如下：

    { $reply }
notify-chat-reply-sms = 311 Toronto：{ $reply }
