### Civic311 介面文字：繁體中文。

-product-name = Civic311

site-name = { -product-name }
skip-to-content = 跳到主要內容
language-switcher-label = 語言
loading = 載入中…
footer-emergency = 緊急情況請撥打 911。本網站用於非緊急的市政服務。

home-title = 報告問題或申請市政服務 – { -product-name }
home-heading = 報告問題或申請市政服務
home-intro = 您可以向市政府報告路面坑洞、漏收垃圾、塗鴉以及其他 60 多種非緊急問題。您會收到一個服務請求編號，用來跟進後續處理情況。
home-groups-heading = 您要報告哪方面的問題？
home-report-button = 報告問題
service-group-count =
    { $count ->
       *[other] { $count } 項服務
    }
catalogue-unavailable = 目前無法顯示服務清單。請幾分鐘後再試。

not-found-title = 找不到網頁 – { -product-name }
not-found-heading = 找不到網頁
not-found-home-link = 返回首頁

## 導覽和表單錯誤
site-nav-label = 主要導覽
nav-track = 查詢請求進度
nav-report = 報告問題
error-title-prefix = 錯誤：
error-summary-heading = 發生問題

## 查詢服務請求
lookup-title = 查詢服務請求進度 – { -product-name }
lookup-heading = 查詢服務請求進度
lookup-label = 服務請求編號
lookup-hint = 您的服務請求（SR）編號顯示在確認頁面和電子郵件中，格式如 2026-000123。
lookup-button = 查找我的請求
lookup-error-format = 請按 2026-000123 的格式輸入您的服務請求編號

## 單一服務請求
request-title = 服務請求 { $number } – { -product-name }
request-heading = 服務請求 { $number }
request-status = 狀態
request-service = 服務
request-division = 負責部門
request-filed = 收到日期
request-expected = 預計完成日期
request-location = 地點
request-ward = 選區
request-ward-value = 第 { $number } 選區：{ $name }
request-due-today = 今天到期
request-days-left =
    { $days ->
       *[other] 還剩 { $days } 天
    }
request-days-overdue =
    { $days ->
       *[other] 已超過預計日期 { $days } 天
    }
request-timeline-heading = 目前的處理進展
request-event-photo-alt = 市政單位提供的工作照片，第 { $number } 張
request-unavailable = 目前無法顯示此服務請求。請幾分鐘後再試。
request-not-found-title = 找不到服務請求 – { -product-name }
request-not-found-heading = 我們找不到該服務請求
request-not-found-body = 沒有編號為 { $number } 的服務請求。請核對確認頁面或電子郵件中的編號。剛剛提交的請求可能需要一分鐘左右才會顯示。
request-not-found-retry = 查詢其他編號

## 處理狀態（淺白說明）
status-received = 已收到
status-assigned = 已轉交負責部門
status-inspection = 現場檢查
status-scheduled = 已安排處理
status-completed = 已完成
status-closed_referred = 已結案 – 已轉交其他機構
status-closed_no_action = 已結案 – 無需處理
status-closed_duplicate = 已結案 – 重複報告

## 服務目錄
nav-services = 市政服務
services-title = 市政服務 – { -product-name }
services-heading = 市政服務
services-intro = 查找與您的問題相符的服務。您可以用自己的話搜尋，也可以按主題瀏覽。
services-search-label = 搜尋服務
services-search-hint = 例如：路面坑洞、漏收垃圾、噪音
services-search-button = 搜尋
services-results-heading =
    { $count ->
       *[other] 有 { $count } 項服務與「{ $query }」相符
    }
services-no-results = 沒有與「{ $query }」相符的服務。請換個說法再試，或瀏覽下方的主題。
services-browse-heading = 按主題瀏覽
service-detail-title = { $name } – { -product-name }
service-topic = 主題
service-standard = 服務標準
service-sla-hours =
    { $count ->
       *[other] 我們力求在 { $count } 小時內作出回應
    }
service-sla-business-days =
    { $count ->
       *[other] 我們力求在 { $count } 個工作天內作出回應
    }
service-sla-calendar-days =
    { $count ->
       *[other] 我們力求在 { $count } 天內作出回應
    }
service-back = 所有市政服務
service-not-found-title = 找不到服務 – { -product-name }
service-not-found-heading = 我們找不到該服務

## 對服務請求的投訴
request-complaint-heading = 對此請求的處理情況不滿意？
request-complaint-overdue = 此請求已超過預計完成日期，但仍未結案。您可以提出投訴：主管須在 5 個工作天內作出回覆，否則投訴將轉交該部門的管理層。
request-complaint-closed = 如果問題沒有解決，或者您不同意此請求的結案方式，您可以提出投訴：主管須在 5 個工作天內作出回覆，否則投訴將轉交該部門的管理層。
request-complaint-details = 有什麼問題？
request-complaint-details-hint = 例如：請求已結案，但路面坑洞仍然存在。
request-complaint-email = 電子郵件地址（選填）
request-complaint-email-hint = 以便我們將回覆告知您。該地址絕不會公開顯示。
request-complaint-submit = 提出投訴
request-complaint-filed = 您的投訴已提交，並顯示在下方的處理進展中。
request-complaint-pending = 關於此請求的投訴正在等待回覆，預計回覆日期為 { $date }。
request-complaint-escalated = 回覆已逾期，因此投訴已轉交該部門的管理層。
request-complaint-error-details = 請告訴我們有什麼問題
request-complaint-error-too-long = 投訴內容不能超過 2000 個字元
status-complaint = 已提出投訴
status-escalated = 投訴已轉交部門管理層
