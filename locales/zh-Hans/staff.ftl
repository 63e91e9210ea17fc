### 工作人员控制台：登录、工作队列、更改请求状态、审计日志。

staff-page-title = { $heading } – { -product-name } 工作人员
staff-unavailable = 目前无法显示工作人员控制台。请几分钟后再试。
staff-forbidden-heading = 您无法打开此页面
staff-forbidden-body = 您的账户无权访问工作人员控制台的这一部分。如有需要，请联系管理员。

## 登录
staff-login-heading = 工作人员登录
staff-password = 密码
staff-sign-in = 登录
staff-sign-out = 退出登录
staff-signed-in-as = 已登录：{ $name }
staff-login-error-wrong = 电子邮件地址或密码不正确
staff-login-error-locked = 登录尝试次数过多。请等待 15 分钟后再试。
staff-error-csrf = 表单已过期。请重新加载页面后再试。

## 工作队列
staff-queue-heading = 服务请求队列
staff-filter-any = 全部
staff-filter-overdue = 仅显示已超过预计日期的请求
staff-filter-complaints = 仅显示有投诉待答复的请求
staff-filter-apply = 显示请求
staff-queue-empty = 没有符合这些筛选条件的服务请求。
staff-column-number = SR 编号
staff-complaint-due = 投诉：须在 { $date } 前答复
staff-complaint-escalated = 投诉已升级：答复已逾期

## 单个请求
staff-change-heading = 更改状态
staff-new-status = 新状态
staff-reason = 关闭原因
staff-reason-hint = 当新状态会关闭请求时必须填写，且原因必须与状态相符。
staff-reason-none = 无原因：请求保持未关闭
staff-public-note = 公开备注
staff-public-note-hint = 居民会在状态页面上看到此内容。关闭请求时，请说明已完成的工作，或未作处理的原因。
staff-internal-note = 内部备注
staff-internal-note-hint = 仅工作人员可见。
staff-save = 保存更改
staff-saved = 更改已保存。
staff-history-heading = 完整历史记录
staff-error-status = 请从列表中选择一个状态
staff-error-reason-missing = 请选择关闭请求的原因
staff-error-reason-mismatch = 该原因与新状态不符。请选择与新状态相符的原因。
staff-error-note-missing = 请填写公开备注，告诉居民已完成的工作，或未作处理的原因
staff-error-reason-open = 只有会关闭请求的状态才需要填写关闭原因

## 关闭原因
staff-reason-repaired = 已修复
staff-reason-cleaned = 已清理
staff-reason-removed = 已移除
staff-reason-other-government = 已转交其他级别政府
staff-reason-utility-company = 已转交拥有该设施的公用事业机构或公司
staff-reason-private-property = 位于私人物业：已转交业主
staff-reason-not-found = 已检查：未发现问题
staff-reason-already-resolved = 工作队到达前已解决
staff-reason-meets-standard = 已检查：符合市政府标准
staff-reason-duplicate = 与另一请求重复

## 审计日志
staff-audit-heading = 审计日志
staff-column-when = 时间
staff-column-who = 人员
staff-column-action = 操作
staff-column-detail = 详情
staff-action-login = 已登录
staff-action-logout = 已退出登录
staff-action-login-failed = 登录失败
staff-action-login-locked = 拒绝登录：尝试次数过多
staff-action-status-change = 状态已更改
staff-action-escalation = 投诉已自动升级：已超过服务时限（SLA）

## 在队列中一次更改多个请求
staff-bulk-column = 选择
staff-bulk-select = 选择请求 { $number }
staff-bulk-heading = 更改所选请求
staff-bulk-hint = 在表格中勾选请求，然后选择要做的更改。每个请求都会获得相同的状态、原因和备注，并在各自的历史记录中单独添加一条记录。
staff-bulk-button = 更改所选请求
staff-bulk-saved =
    { $count ->
       *[other] 已更改 { $count } 个请求。
    }
staff-error-none-selected = 请在表格中至少选择一个请求。
staff-bulk-skipped =
    { $count ->
       *[other] 有 { $count } 个请求未更改：要标记为“已完成”，需要提供已完成工作的照片。请逐个打开这些请求添加照片。
    }

## 更改状态时附上的照片（已完成工作的照片）
staff-photo = 工作照片（选填）
staff-photo-hint = JPEG、PNG 或 WebP 格式的图片，不超过 10 MB。居民会在请求的“目前的处理进展”中看到这张照片。
staff-photo-hint-required = 此服务需要提供已完成工作的照片，才能将请求标记为“已完成”。JPEG、PNG 或 WebP 格式的图片，不超过 10 MB；居民会在“目前的处理进展”中看到这张照片。
staff-error-completion-photo-missing = 请添加已完成工作的照片：此服务需要照片才能将请求标记为“已完成”
