## 通过电子邮件或短信接收服务请求的进度通知：状态页面上的表单、退订页面以及通知内容本身。
## 通知为纯文本；$number 是服务请求编号，例如 2026-000123；$service 是服务类型名称；$status 是状态名称。

updates-heading = 接收进度通知
updates-intro = 此请求每次有新进展时，我们都可以通知您。我们会先向您发送一个验证码，以确认该电子邮件地址或手机号码属于您本人。
updates-email-label = 电子邮件地址
updates-email-hint = 我们只会用它向您发送此请求的进度通知。
updates-email-button = 通过电子邮件接收通知
updates-phone-label = 手机号码
updates-phone-hint = 例如 416 555 0123。您的电信运营商可能会收取短信费用。
updates-phone-button = 通过短信接收通知
updates-code-sent-email = 我们已将 6 位验证码发送到 { $address }。
updates-code-sent-sms = 我们已通过短信将 6 位验证码发送到 { $address }。
updates-code-label = 验证码
updates-code-hint = 验证码在发送后 15 分钟内有效。
updates-confirm-button = 确认
updates-resend-button = 发送新的验证码
updates-resent = 我们已发送新的验证码。只有最新的验证码有效。
updates-on = 您将收到此请求的进度通知。每条通知中都有停止接收的链接。
updates-already = 该电子邮件地址或手机号码已在接收此请求的进度通知。
updates-error-email = 请输入电子邮件地址，例如 name@example.com
updates-error-phone = 请输入带区号的手机号码，例如 416 555 0123
updates-error-too-many = 您在短时间内多次索取验证码。请使用我们最后发送的验证码，或一小时后再试。
updates-error-code-format = 请输入我们发给您的消息中的 6 位验证码
updates-error-code-wrong = 验证码不正确。请查看我们最新发送的消息，然后再试一次。
updates-error-code-expired = 验证码已过期。请重新发送验证码。
updates-error-code-attempts = 验证码输入错误次数过多。请重新发送验证码。
updates-error-unknown = 此验证码已无法使用。请重新申请接收进度通知。

unsubscribe-title = 停止接收通知
unsubscribe-heading = 停止接收服务请求 { $number } 的进度通知
unsubscribe-sent-to-email = 进度通知会发送到 { $address }。
unsubscribe-sent-to-sms = 进度通知会通过短信发送到 { $address }。
unsubscribe-button = 停止接收通知
unsubscribe-done = 您将不再收到服务请求 { $number } 的进度通知。
unsubscribe-unknown = 此链接无效。请检查链接是否已完整复制。
unsubscribe-back = 查看服务请求

notify-code-subject = 您的服务请求 { $number } 验证码
notify-code-email =
    您的验证码是 { $code }。
    
    请在您申请接收服务请求 { $number } 进度通知的页面上输入此验证码。验证码将在 15 分钟后过期。
    
    如果您没有申请接收进度通知，请忽略此邮件。
notify-code-sms = 您的 311 服务请求 { $number } 验证码是 { $code }，15 分钟后过期。
notify-status-subject = 服务请求 { $number }：{ $status }
notify-status-email = 您的服务请求 { $number }（{ $service }）目前的状态是：{ $status }。
notify-status-sms = 311：服务请求 { $number }（{ $service }）目前的状态是：{ $status }。
notify-note = 市政府备注：{ $note }
notify-escalated-subject = 服务请求 { $number }：您的投诉已转交部门管理层
notify-escalated-email = 您对服务请求 { $number }（{ $service }）的投诉未在规定时间内得到答复，因此已转交该部门的管理层。
notify-escalated-sms = 311：您对服务请求 { $number } 的投诉已转交该部门的管理层。
notify-link = 查看服务请求及其处理进展：{ $link }
notify-link-sms = { $link }
notify-footer-email = 您收到此邮件，是因为您申请了接收此请求的进度通知。
notify-unsubscribe = 停止接收这些通知：{ $unsubscribe }
notify-unsubscribe-sms = 回复 STOP 即可停止接收，或访问 { $unsubscribe }
