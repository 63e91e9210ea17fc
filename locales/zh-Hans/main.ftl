### Civic311 界面文本：简体中文。

-product-name = Civic311

site-name = { -product-name }
skip-to-content = 跳到主要内容
language-switcher-label = 语言
loading = 正在加载…
footer-emergency = 紧急情况请拨打 911。本网站用于非紧急的市政服务。

home-title = 报告问题或申请市政服务 – { -product-name }
home-heading = 报告问题或申请市政服务
home-intro = 您可以向市政府报告路面坑洞、漏收垃圾、涂鸦以及其他 60 多种非紧急问题。您会收到一个服务请求编号，用来跟进后续处理情况。
home-groups-heading = 您要报告哪方面的问题？
home-report-button = 报告问题
service-group-count =
    { $count ->
       *[other] { $count } 项服务
    }
catalogue-unavailable = 目前无法显示服务列表。请几分钟后再试。

not-found-title = 找不到页面 – { -product-name }
not-found-heading = 找不到页面
not-found-home-link = 返回首页

## 导航和表单错误
site-nav-label = 主导航
nav-track = 查询请求进度
nav-report = 报告问题
error-title-prefix = 错误：
error-summary-heading = 出现问题

## 查询服务请求
lookup-title = 查询服务请求进度 – { -product-name }
lookup-heading = 查询服务请求进度
lookup-label = 服务请求编号
lookup-hint = 您的服务请求（SR）编号显示在确认页面和电子邮件中，格式如 2026-000123。
lookup-button = 查找我的请求
lookup-error-format = 请按 2026-000123 的格式输入您的服务请求编号

## 单个服务请求
request-title = 服务请求 { $number } – { -product-name }
request-heading = 服务请求 { $number }
request-status = 状态
request-service = 服务
request-division = 负责部门
request-filed = 收到日期
request-expected = 预计完成日期
request-location = 地点
request-ward = 选区
request-ward-value = 第 { $number } 选区：{ $name }
request-due-today = 今天到期
request-days-left =
    { $days ->
       *[other] 还剩 { $days } 天
    }
request-days-overdue =
    { $days ->
       *[other] 已超过预计日期 { $days } 天
    }
request-timeline-heading = 目前的处理进展
request-event-photo-alt = 市政部门提供的工作照片，第 { $number } 张
request-unavailable = 目前无法显示此服务请求。请几分钟后再试。
request-not-found-title = 找不到服务请求 – { -product-name }
request-not-found-heading = 我们找不到该服务请求
request-not-found-body = 没有编号为 { $number } 的服务请求。请核对确认页面或电子邮件中的编号。刚刚提交的请求可能需要一分钟左右才会显示。
request-not-found-retry = 查询其他编号

## 处理状态（通俗说明）
status-received = 已收到
status-assigned = 已转交负责部门
status-inspection = 现场检查
status-scheduled = 已安排处理
status-completed = 已完成
status-closed_referred = 已关闭 – 已转交其他机构
status-closed_no_action = 已关闭 – 无需处理
status-closed_duplicate = 已关闭 – 重复报告

## 服务目录
nav-services = 市政服务
services-title = 市政服务 – { -product-name }
services-heading = 市政服务
services-intro = 查找与您的问题相符的服务。您可以用自己的话搜索，也可以按主题浏览。
services-search-label = 搜索服务
services-search-hint = 例如：路面坑洞、漏收垃圾、噪音
services-search-button = 搜索
services-results-heading =
    { $count ->
       *[other] 有 { $count } 项服务与“{ $query }”相符
    }
services-no-results = 没有与“{ $query }”相符的服务。请换个说法再试，或浏览下方的主题。
services-browse-heading = 按主题浏览
service-detail-title = { $name } – { -product-name }
service-topic = 主题
service-standard = 服务标准
service-sla-hours =
    { $count ->
       *[other] 我们力争在 { $count } 小时内作出回应
    }
service-sla-business-days =
    { $count ->
       *[other] 我们力争在 { $count } 个工作日内作出回应
    }
service-sla-calendar-days =
    { $count ->
       *[other] 我们力争在 { $count } 天内作出回应
    }
service-back = 所有市政服务
service-not-found-title = 找不到服务 – { -product-name }
service-not-found-heading = 我们找不到该服务

## 对服务请求的投诉
request-complaint-heading = 对此请求的处理情况不满意？
request-complaint-overdue = 此请求已超过预计完成日期，但仍未关闭。您可以提出投诉：主管须在 5 个工作日内作出答复，否则投诉将转交该部门的管理层。
request-complaint-closed = 如果问题没有解决，或者您不同意此请求的关闭方式，您可以提出投诉：主管须在 5 个工作日内作出答复，否则投诉将转交该部门的管理层。
request-complaint-details = 有什么问题？
request-complaint-details-hint = 例如：请求已关闭，但路面坑洞仍然存在。
request-complaint-email = 电子邮件地址（选填）
request-complaint-email-hint = 以便我们将答复告知您。该地址绝不会公开显示。
request-complaint-submit = 提出投诉
request-complaint-filed = 您的投诉已提交，并显示在下方的处理进展中。
request-complaint-pending = 关于此请求的投诉正在等待答复，预计答复日期为 { $date }。
request-complaint-escalated = 答复已逾期，因此投诉已转交该部门的管理层。
request-complaint-error-details = 请告诉我们有什么问题
request-complaint-error-too-long = 投诉内容不能超过 2000 个字符
status-complaint = 已提出投诉
status-escalated = 投诉已转交部门管理层
