### 报告问题：/report 页面、错误信息、地图和照片。

report-page-title = { $heading } – { -product-name }
report-caption = 报告问题
report-unavailable = 目前无法显示报告表格。请几分钟后再试。
report-continue = 继续
report-optional = { $label }（选填）

## 选择服务
report-choose-heading = 您要报告什么问题？
report-choose-intro = 您可以用自己的话搜索，也可以从下列主题中选择。
report-start-button = 立即开始
report-choose-other = 报告其他问题
report-not-found-heading = 我们找不到该报告
report-not-found-body = 链接可能不完整或输入有误。
report-start-again = 重新开始报告

## 物品归属和仇恨涂鸦
report-owner-question = 出问题的物品归谁所有？
report-owner-hint = 请查看物品上的标志或标签。市政府只能维修其拥有的设施。
report-owner-city = 多伦多市政府，例如市政府的墙壁、桥梁、标志牌或垃圾桶
report-owner-unknown = 我不知道
report-owner-bell = Bell Canada（加拿大贝尔）：电话亭、Bell 电线杆和设备箱
report-owner-rogers = Rogers：有线电视分线盒和设备箱
report-owner-toronto-hydro = Toronto Hydro（多伦多水电局）：电线杆、变压器和配电箱
report-owner-canada-post = Canada Post（加拿大邮政）：邮筒和包裹柜
report-owner-ttc = TTC（多伦多公共交通局）：候车亭、车站和车辆
report-error-owner = 请选择物品的所有者，或选择“我不知道”
report-referral-heading = 这不属于市政府的维修范围
report-referral-intro = 市政府只能维修或清理其拥有的设施，因此没有创建服务请求。请向物品所有者报告。
report-referral-bell = Bell Canada：请致电 1-866-310-2355。
report-referral-rogers = Rogers：请致电 1-888-764-3771。
report-referral-toronto-hydro = Toronto Hydro：请致电 416-542-8000。如果电线掉落或冒出火花，请远离至少 10 米并拨打 911。
report-referral-canada-post = Canada Post：请致电 1-866-607-6301。
report-referral-ttc = TTC：请致电客户服务部 416-393-3030。
report-hate-heading = 出于仇恨动机的涂鸦
report-hate-police = 如果涂鸦因种族、宗教、族裔、性取向、性别或残疾而针对他人，请先向 Toronto Police（多伦多警察局）报案：拨打非紧急电话 416-808-2222；如有人身处危险，请拨打 911。警方会在涂鸦清除前，将其记录为可能的仇恨犯罪。
report-hate-then = 然后请在此报告，以便市政府尽快清除。

## 地点
report-location-heading = 问题在哪里？
report-location-current = 已选地点
report-location-address = { $address }，第 { $ward } 选区
report-location-pin = 图钉位置：{ $lat }, { $long }，第 { $ward } 选区
report-map-heading = 在地图上放置图钉
report-map-hint = 点击或轻触地图上问题所在的位置，然后拖动图钉进行调整。使用键盘时，请用方向键移动地图，然后选择“将图钉放在地图中心”。
report-map-label = 地图
report-map-pin = 问题位置
report-map-pin-at = 图钉已放置在 { $lat }, { $long }
report-map-no-pin = 尚未放置图钉
report-map-locate = 使用我的位置
report-map-locate-failed = 无法找到您的位置。请在地图上放置图钉或输入地址。
report-map-centre = 将图钉放在地图中心
report-map-use = 使用此图钉的位置
report-address-heading = 或输入地址或十字路口
report-place-label = 街道、十字路口或地点
report-place-hint = 例如：Queen St W & Spadina Ave，或 Nathan Phillips Square
report-place-find = 查找
report-place-none = 没有与“{ $query }”相符的结果。请检查拼写，或尝试输入最近的十字路口。
report-place-choose = 请选择最接近的结果
report-place-use = 使用此地点
report-place-kind-street = 街道
report-place-kind-intersection = 十字路口
report-place-kind-place = 地点
report-error-outside-city = 此地点不在多伦多市范围内。请选择市内的地点。
report-error-pin-missing = 请在地图上放置图钉，或在下方输入地址
report-error-place-choose = 请选择其中一个结果，或重新搜索
report-error-location-missing = 请输入街道、十字路口或地点，或在地图上放置图钉

## 详情和联系方式
report-details-heading = 请告诉我们问题的详情
report-field-description = 描述问题
report-description-hint = 您看到的情况，以及任何有助于工作人员找到问题的信息。请勿填写个人信息。
report-contact-heading = 您的联系方式（选填）
report-contact-hint = 我们只会用这些信息就此报告与您联系，绝不会公开显示。如想匿名报告，请留空。
report-field-first-name = 名字
report-field-last-name = 姓氏
report-field-email = 电子邮件地址
report-field-phone = 电话号码
report-error-missing = 请回答“{ $field }”这一问题
report-error-number = “{ $field }”的答案必须是数字，例如 3 或 2.5
report-error-too-long = “{ $field }”的答案不能超过 { $max } 个字符
report-error-choice = 请为“{ $field }”选择列出的答案之一
report-error-datetime = 请为“{ $field }”输入有效的日期和时间
report-error-email = 请按正确格式输入电子邮件地址，例如 name@example.com
report-error-phone = 请输入 7 至 15 位数字的电话号码，例如 416-392-2489

## 照片
report-photos-heading = 照片
report-photos-required = 此类问题至少需要一张照片，以帮助工作人员找到并解决问题。
report-photos-optional = 照片为选填，但有助于工作人员找到并解决问题。
report-photos-limits = 您最多可以添加 { $count } 张 JPEG、PNG 或 WebP 格式的照片，每张不超过 { $megabytes } MB。我们保存的副本会删除位置和相机信息。
report-photo-label = 选择照片
report-photo-upload = 上传照片
report-photo-uploading = 正在上传照片
report-photo-alt = 照片 { $number }
report-photo-remove = 删除照片 { $number }
report-photo-has-location = 照片 { $number } 记录了拍摄地点。
report-photo-use-location = 使用照片 { $number } 的位置
report-photos-count =
    { $count ->
        [0] 没有照片
       *[other] { $count } 张照片
    }
report-error-photo-missing = 请选择要上传的照片
report-error-photo-too-large = 照片必须小于 { $megabytes } MB
report-error-photo-type = 文件必须是 JPEG、PNG 或 WebP 格式的照片
report-error-photo-dimensions = 照片像素过多。请选择较小的照片。
report-error-photo-damaged = 照片已损坏，无法读取。请选择其他照片。
report-error-photo-limit = 您最多可以添加 { $count } 张照片。请删除一张后再添加。
report-error-photo-required = 请至少添加一张照片
report-error-photo-outside = 这张照片的拍摄地点不在多伦多市范围内

## 检查、附近的重复报告和提交
report-check-heading = 提交报告前请检查您的回答
report-check-answers = 您的回答
report-change = 更改
report-anonymous = 未提供：这是匿名报告
report-submit-note = 提交此报告即表示您确认，据您所知，所填信息正确无误。
report-submit = 提交报告
report-nearby-heading = 是否已有人报告过这个问题？
report-nearby-intro = 以下是 250 米范围内针对同一问题、尚在处理中的请求。如果其中有您要报告的问题，请关注该请求，而不要提交新报告。
report-nearby-distance = 约 { $metres } 米外
report-nearby-reporters =
    { $count ->
       *[other] 已有 { $count } 人报告
    }
report-me-too = 我也遇到了：关注 { $number }
report-error-follow = 该请求已无法关注。请改为提交您自己的报告。
report-sent-heading = 报告已提交
report-sent-number = 您的服务请求编号是
report-sent-next = 请保存此编号。您可以用它查看后续处理情况。
report-sent-track = 查询此请求的进度
report-another = 再报告一个问题
report-following-heading = 您正在关注 { $number }
report-following-body = 您已被添加到此请求中，而没有创建新请求。请求的状态页面会显示后续处理情况。
