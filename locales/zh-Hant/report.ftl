### 報告問題：/report 頁面、錯誤訊息、地圖和照片。

report-page-title = { $heading } – { -product-name }
report-caption = 報告問題
report-unavailable = 目前無法顯示報告表格。請幾分鐘後再試。
report-continue = 繼續
report-optional = { $label }（選填）

## 選擇服務
report-choose-heading = 您要報告什麼問題？
report-choose-intro = 您可以用自己的話搜尋，也可以從下列主題中選擇。
report-start-button = 立即開始
report-choose-other = 報告其他問題
report-not-found-heading = 我們找不到該報告
report-not-found-body = 連結可能不完整或輸入有誤。
report-start-again = 重新開始報告

## 物品歸屬和仇恨塗鴉
report-owner-question = 出問題的物品歸誰所有？
report-owner-hint = 請查看物品上的標誌或標籤。市政府只能維修其擁有的設施。
report-owner-city = 多倫多市政府，例如市政府的牆壁、橋樑、標誌牌或垃圾桶
report-owner-unknown = 我不知道
report-owner-bell = Bell Canada（加拿大貝爾）：電話亭、Bell 電線桿和設備箱
report-owner-rogers = Rogers：有線電視分線盒和設備箱
report-owner-toronto-hydro = Toronto Hydro（多倫多水電局）：電線桿、變壓器和配電箱
report-owner-canada-post = Canada Post（加拿大郵政）：郵筒和包裹櫃
report-owner-ttc = TTC（多倫多公共交通局）：候車亭、車站和車輛
report-error-owner = 請選擇物品的擁有者，或選擇「我不知道」
report-referral-heading = 這不屬於市政府的維修範圍
report-referral-intro = 市政府只能維修或清理其擁有的設施，因此沒有建立服務請求。請向物品擁有者報告。
report-referral-bell = Bell Canada：請致電 1-866-310-2355。
report-referral-rogers = Rogers：請致電 1-888-764-3771。
report-referral-toronto-hydro = Toronto Hydro：請致電 416-542-8000。如果電線掉落或冒出火花，請遠離至少 10 公尺並撥打 911。
report-referral-canada-post = Canada Post：請致電 1-866-607-6301。
report-referral-ttc = TTC：請致電客戶服務部 416-393-3030。
report-hate-heading = 出於仇恨動機的塗鴉
report-hate-police = 如果塗鴉因種族、宗教、族裔、性取向、性別或殘疾而針對他人，請先向 Toronto Police（多倫多警察局）報案：撥打非緊急電話 416-808-2222；如有人身處危險，請撥打 911。警方會在塗鴉清除前，將其記錄為可能的仇恨犯罪。
report-hate-then = 然後請在此報告，以便市政府盡快清除。

## 地點
report-location-heading = 問題在哪裡？
report-location-current = 已選地點
report-location-address = { $address }，第 { $ward } 選區
report-location-pin = 圖釘位置：{ $lat }, { $long }，第 { $ward } 選區
report-map-heading = 在地圖上放置圖釘
report-map-hint = 點按或輕觸地圖上問題所在的位置，然後拖曳圖釘進行調整。使用鍵盤時，請用方向鍵移動地圖，然後選擇「將圖釘放在地圖中心」。
report-map-label = 地圖
report-map-pin = 問題位置
report-map-pin-at = 圖釘已放置在 { $lat }, { $long }
report-map-no-pin = 尚未放置圖釘
report-map-locate = 使用我的位置
report-map-locate-failed = 無法找到您的位置。請在地圖上放置圖釘或輸入地址。
report-map-centre = 將圖釘放在地圖中心
report-map-use = 使用此圖釘的位置
report-address-heading = 或輸入地址或十字路口
report-place-label = 街道、十字路口或地點
report-place-hint = 例如：Queen St W & Spadina Ave，或 Nathan Phillips Square
report-place-find = 查找
report-place-none = 沒有與「{ $query }」相符的結果。請檢查拼寫，或嘗試輸入最近的十字路口。
report-place-choose = 請選擇最接近的結果
report-place-use = 使用此地點
report-place-kind-street = 街道
report-place-kind-intersection = 十字路口
report-place-kind-place = 地點
report-error-outside-city = 此地點不在多倫多市範圍內。請選擇市內的地點。
report-error-pin-missing = 請在地圖上放置圖釘，或在下方輸入地址
report-error-place-choose = 請選擇其中一個結果，或重新搜尋
report-error-location-missing = 請輸入街道、十字路口或地點，或在地圖上放置圖釘

## 詳情和聯絡方式
report-details-heading = 請告訴我們問題的詳情
report-field-description = 描述問題
report-description-hint = 您看到的情況，以及任何有助於工作人員找到問題的資訊。請勿填寫個人資料。
report-contact-heading = 您的聯絡方式（選填）
report-contact-hint = 我們只會用這些資料就此報告與您聯絡，絕不會公開顯示。如想匿名報告，請留空。
report-field-first-name = 名字
report-field-last-name = 姓氏
report-field-email = 電子郵件地址
report-field-phone = 電話號碼
report-error-missing = 請回答「{ $field }」這一問題
report-error-number = 「{ $field }」的答案必須是數字，例如 3 或 2.5
report-error-too-long = 「{ $field }」的答案不能超過 { $max } 個字元
report-error-choice = 請為「{ $field }」選擇列出的答案之一
report-error-datetime = 請為「{ $field }」輸入有效的日期和時間
report-error-email = 請按正確格式輸入電子郵件地址，例如 name@example.com
report-error-phone = 請輸入 7 至 15 位數字的電話號碼，例如 416-392-2489

## 照片
report-photos-heading = 照片
report-photos-required = 此類問題至少需要一張照片，以協助工作人員找到並解決問題。
report-photos-optional = 照片為選填，但有助於工作人員找到並解決問題。
report-photos-limits = 您最多可以加入 { $count } 張 JPEG、PNG 或 WebP 格式的照片，每張不超過 { $megabytes } MB。我們保存的副本會刪除位置和相機資訊。
report-photo-label = 選擇照片
report-photo-upload = 上傳照片
report-photo-uploading = 正在上傳照片
report-photo-alt = 照片 { $number }
report-photo-remove = 刪除照片 { $number }
report-photo-has-location = 照片 { $number } 記錄了拍攝地點。
report-photo-use-location = 使用照片 { $number } 的位置
report-photos-count =
    { $count ->
        [0] 沒有照片
       *[other] { $count } 張照片
    }
report-error-photo-missing = 請選擇要上傳的照片
report-error-photo-too-large = 照片必須小於 { $megabytes } MB
report-error-photo-type = 檔案必須是 JPEG、PNG 或 WebP 格式的照片
report-error-photo-dimensions = 照片像素過多。請選擇較小的照片。
report-error-photo-damaged = 照片已損壞，無法讀取。請選擇其他照片。
report-error-photo-limit = 您最多可以加入 { $count } 張照片。請刪除一張後再加入。
report-error-photo-required = 請至少加入一張照片
report-error-photo-outside = 這張照片的拍攝地點不在多倫多市範圍內

## 檢查、附近的重複報告和提交
report-check-heading = 提交報告前請檢查您的回答
report-check-answers = 您的回答
report-change = 更改
report-anonymous = 未提供：這是匿名報告
report-submit-note = 提交此報告即表示您確認，據您所知，所填資料正確無誤。
report-submit = 提交報告
report-nearby-heading = 是否已有人報告過這個問題？
report-nearby-intro = 以下是 250 公尺範圍內針對同一問題、尚在處理中的請求。如果其中有您要報告的問題，請關注該請求，而不要提交新報告。
report-nearby-distance = 約 { $metres } 公尺外
report-nearby-reporters =
    { $count ->
       *[other] 已有 { $count } 人報告
    }
report-me-too = 我也遇到了：關注 { $number }
report-error-follow = 該請求已無法關注。請改為提交您自己的報告。
report-sent-heading = 報告已提交
report-sent-number = 您的服務請求編號是
report-sent-next = 請保存此編號。您可以用它查看後續處理情況。
report-sent-track = 查詢此請求的進度
report-another = 再報告一個問題
report-following-heading = 您正在關注 { $number }
report-following-body = 您已被加入此請求，而沒有建立新請求。請求的狀態頁面會顯示後續處理情況。
