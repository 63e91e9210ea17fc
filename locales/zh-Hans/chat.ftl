## 在线聊天：居民的聊天窗口、留言、客服人员控制台和聊天消息。

chat-launcher = 与 311 聊天
chat-panel-heading = 与 311 在线聊天
chat-close = 关闭聊天
chat-intro = 您可以提问，或就某个请求寻求帮助。一旦有客服人员空闲，就会在这里回复您。
chat-name-label = 您的姓名（选填）
chat-topic-label = 您需要哪方面的帮助？
chat-topic-hint = 例如：我家这条街的垃圾漏收了
chat-start = 开始聊天
chat-connecting = 正在连接…
chat-reconnecting = 连接已中断，正在重新连接…您的消息会保留。
chat-reconnected = 已重新连接。
chat-queue-next = 下一位就轮到您了。
chat-queue-position = 您目前排在第 { $position } 位。
chat-queue-wait =
    { $minutes ->
       *[other] 预计等候时间：约 { $minutes } 分钟。
    }
chat-waiting-note = 等候期间，您可以先输入您的问题。请不要关闭此页面：聊天不会自动结束。
chat-log-label = 对话内容
chat-message-label = 您的消息
chat-send = 发送
chat-not-sent = 尚未发送。连接恢复后会立即发送。
chat-typing-agent = 客服人员正在输入…
chat-typing-resident = 居民正在输入…
chat-you = 您
chat-resident = 居民
chat-end = 结束聊天
chat-ended-heading = 聊天已结束
chat-rate-legend = 这次聊天对您有多大帮助？
chat-rate-stars =
    { $stars ->
       *[other] { $stars } 颗星
    }
chat-rate-submit = 提交评分
chat-rate-thanks = 感谢您的评分。
chat-transcript-label = 将聊天记录发送到我的电子邮箱
chat-transcript-submit = 发送聊天记录
chat-transcript-sent = 聊天记录正在发送到您的电子邮箱。
chat-new = 开始新的聊天
chat-about-request = 就此请求进行聊天
chat-linked-request = 关于请求 { $number }

chat-page-title = 在线聊天
chat-page-intro = 与 311 客服人员在线聊天，或者留言，我们会通过电子邮件或短信回复您。
chat-offline-heading = 留言
chat-offline-intro = 目前没有客服人员可以聊天。请留下您的消息以及电子邮件地址或电话号码，客服人员会回复您。
chat-offline-email = 电子邮件地址
chat-offline-phone = 电话号码（用于短信回复）
chat-offline-body = 您的消息
chat-offline-submit = 发送留言
chat-offline-sent = 谢谢。我们已收到您的留言，客服人员会通过电子邮件或短信回复您。
chat-offline-error-body = 请输入您的消息
chat-offline-error-body-long = 您的消息不能超过 2,000 个字符
chat-offline-error-name-long = 您的姓名不能超过 100 个字符
chat-offline-error-contact = 请输入电子邮件地址或电话号码，以便我们回复您
chat-offline-error-email = 请按正确格式输入电子邮件地址，例如 name@example.com
chat-offline-error-phone = 请输入电话号码，例如 416 555 0123

## 聊天事件，双方都会看到。

chat-event-joined = { $name } 已加入聊天。
chat-event-transferred = 聊天已转给 { $name }。
chat-event-ended = 聊天已结束。
chat-event-request = 已为您创建服务请求 { $number }。您可以用这个编号查询处理进度。

## 聊天中发送的内容未被接受的原因。

chat-error-bad-frame = 无法读取该内容。请重新加载页面后再试。
chat-error-too-long = 您的消息太长。请控制在 2,000 个字符以内。
chat-error-too-fast = 您发送消息的速度太快。请稍等片刻再发送。
chat-error-empty = 请先输入消息再发送。
chat-error-topic-missing = 请输入您需要哪方面的帮助。
chat-error-already-started = 此聊天已经开始。
chat-error-unknown-chat = 找不到该聊天。请开始新的聊天。
chat-error-no-chat = 请先开始聊天。
chat-error-chat-ended = 此聊天已结束。如需继续发送消息，请开始新的聊天。
chat-error-bad-rating = 请选择 1 到 5 颗星。
chat-error-not-ended = 聊天结束后才能评分。
chat-error-bad-email = 请按正确格式输入电子邮件地址，例如 name@example.com
chat-error-agents-only = 只有客服人员才能执行此操作。
chat-error-residents-only = 只有居民才能执行此操作。
chat-error-not-yours = 该聊天未分配给您。
chat-error-at-limit = 您同时处理的聊天已达上限。请先结束一个聊天。
chat-error-taken = 该聊天已被其他客服人员接手，或已经结束。
chat-error-agent-unavailable = 该客服人员已不在线。请选择其他客服人员。
chat-error-unavailable = 聊天服务目前无法使用。请几分钟后再试，或拨打 311。

## 客服人员以居民的语言发送的预设回复。

chat-canned-greeting = 您好，感谢您联系 311 Toronto。请问今天有什么可以帮您？
chat-canned-one-moment = 请稍等，我为您查询一下。
chat-canned-more-details = 您能再详细说明一下问题吗？
chat-canned-location = 问题的具体位置在哪里？请提供街道地址或最近的路口。
chat-canned-request-filed = 我已为您创建了服务请求。您可以用此聊天中显示的编号查询处理进度。
chat-canned-goodbye = 感谢您联系 311。请问还有其他需要帮忙的吗？

## 位于 /agent 的客服人员控制台。

agent-page-heading = 聊天控制台
agent-status-connected = 已连接。您目前在线，可以接收聊天。
agent-status-reconnecting = 连接已中断，正在重新连接…
agent-queue-heading = 等候中的聊天
agent-queue-empty = 没有等候中的聊天。
agent-queue-topic = 主题
agent-queue-language = 语言
agent-queue-waiting = 等候时间
agent-queue-minutes =
    { $minutes ->
       *[other] { $minutes } 分钟
    }
agent-queue-fallback = 不是您使用的语言
agent-accept = 接受
agent-load = 进行中的聊天：{ $active } / { $limit }
agent-chats-heading = 您的聊天
agent-no-chats = 请从队列中接受一个聊天以开始工作。
agent-chat-with = 与 { $name } 聊天
agent-chat-language = 语言：{ $language }
agent-chat-topic = 主题：{ $topic }
agent-canned-label = 预设回复
agent-canned-choose = 选择回复
agent-canned-insert = 使用此回复
agent-reply-label = 回复
agent-send = 发送
agent-add-note = 添加为内部备注
agent-note = 内部备注
agent-transfer-label = 转给
agent-transfer = 转接
agent-transfer-none = 没有其他客服人员在线。
agent-end = 结束聊天
agent-ended = 此聊天已结束。
agent-close = 关闭
agent-request-heading = 创建服务请求
agent-request-service = 服务类型
agent-request-place = 地点：街道、路口或场所
agent-request-description = 描述
agent-request-submit = 打开报告表格
agent-request-hint = 报告表格打开时会自动填入此聊天中的信息。请核对后提交；请求编号会发布到聊天中。
agent-cases-heading = 无人可聊天时的留言
agent-cases-empty = 没有等待回复的留言。
agent-case-from = 来自 { $name }，{ $contact }
agent-case-reply = 您的回复
agent-case-send = 发送回复
agent-case-answered = 您的回复已发送。
agent-error-reply = 请输入不超过 2,000 个字符的回复。
agent-error-answered = 该留言已有人回复。
agent-error-not-yours = 该聊天已不再分配给您。
agent-error-service = 请选择服务类型。
staff-chat-transcripts = 聊天记录

## 通过电子邮件或短信发送的消息。

notify-chat-transcript-subject = 您与 311 Toronto 的聊天
notify-chat-transcript-email = 根据您的要求，以下是您与 311 Toronto 的聊天记录。
notify-chat-reply-subject = 对您给 311 Toronto 留言的回复
notify-chat-reply-email =
    您曾给 311 Toronto 留言。客服人员的回复如下：

    { $reply }
notify-chat-reply-sms = 311 Toronto：{ $reply }
