### 工作人員控制台：登入、工作佇列、更改請求狀態、稽核紀錄。

staff-page-title = { $heading } – { -product-name } 工作人員
staff-unavailable = 目前無法顯示工作人員控制台。請幾分鐘後再試。
staff-forbidden-heading = 您無法開啟此頁面
staff-forbidden-body = 您的帳戶無權存取工作人員控制台的這一部分。如有需要，請聯絡管理員。

## 登入
staff-login-heading = 工作人員登入
staff-password = 密碼
staff-sign-in = 登入
staff-sign-out = 登出
staff-signed-in-as = 已登入：{ $name }
staff-login-error-wrong = 電子郵件地址或密碼不正確
staff-login-error-locked = 登入嘗試次數過多。請等候 15 分鐘後再試。
staff-error-csrf = 表單已過期。請重新載入頁面後再試。

## 工作佇列
staff-queue-heading = 服務請求佇列
staff-filter-any = 全部
staff-filter-overdue = 只顯示已超過預計日期的請求
staff-filter-complaints = 只顯示有投訴待回覆的請求
staff-filter-apply = 顯示請求
staff-queue-empty = 沒有符合這些篩選條件的服務請求。
staff-column-number = SR 編號
staff-complaint-due = 投訴：須在 { $date } 前回覆
staff-complaint-escalated = 投訴已升級：回覆已逾期

## 單一請求
staff-change-heading = 更改狀態
staff-new-status = 新狀態
staff-reason = 結案原因
staff-reason-hint = 當新狀態會將請求結案時必須填寫，且原因必須與狀態相符。
staff-reason-none = 無原因：請求維持未結案
staff-public-note = 公開備註
staff-public-note-hint = 居民會在狀態頁面上看到此內容。結案時，請說明已完成的工作，或未作處理的原因。
staff-internal-note = 內部備註
staff-internal-note-hint = 只有工作人員看得到。
staff-save = 儲存更改
staff-saved = 更改已儲存。
staff-history-heading = 完整歷史紀錄
staff-error-status = 請從清單中選擇一個狀態
staff-error-reason-missing = 請選擇請求的結案原因
staff-error-reason-mismatch = 此原因與新狀態不符。請選擇與新狀態相符的原因。
staff-error-note-missing = 請填寫公開備註，告訴居民已完成的工作，或未作處理的原因
staff-error-reason-open = 只有會將請求結案的狀態才需要填寫結案原因

## 結案原因
staff-reason-repaired = 已修復
staff-reason-cleaned = 已清理
staff-reason-removed = 已移除
staff-reason-other-government = 已轉交其他層級政府
staff-reason-utility-company = 已轉交擁有該設施的公用事業機構或公司
staff-reason-private-property = 位於私人物業：已轉交業主
staff-reason-not-found = 已檢查：未發現問題
staff-reason-already-resolved = 工作隊抵達前已解決
staff-reason-meets-standard = 已檢查：符合市政府標準
staff-reason-duplicate = 與另一項請求重複

## 稽核紀錄
staff-audit-heading = 稽核紀錄
staff-column-when = 時間
staff-column-who = 人員
staff-column-action = 操作
staff-column-detail = 詳細資料
staff-action-login = 已登入
staff-action-logout = 已登出
staff-action-login-failed = 登入失敗
staff-action-login-locked = 拒絕登入：嘗試次數過多
staff-action-status-change = 狀態已更改
staff-action-escalation = 投訴已自動升級：已超過服務時限（SLA）

## 從佇列中一次更改多個請求
staff-bulk-column = 選取
staff-bulk-select = 選取請求 { $number }
staff-bulk-heading = 更改所選請求
staff-bulk-hint = 在表格中勾選請求，然後選擇要做的更改。每個請求都會套用相同的狀態、原因和備註，並在各自的歷史紀錄中單獨新增一筆紀錄。
staff-bulk-button = 更改所選請求
staff-bulk-saved =
    { $count ->
       *[other] 已更改 { $count } 個請求。
    }
staff-error-none-selected = 請在表格中至少選取一個請求。
staff-bulk-skipped =
    { $count ->
       *[other] 有 { $count } 個請求未更改：要標記為「已完成」，需要提供已完成工作的照片。請逐一開啟這些請求加入照片。
    }

## 更改狀態時附上的照片（已完成工作的照片）
staff-photo = 工作照片（選填）
staff-photo-hint = JPEG、PNG 或 WebP 格式的圖片，不超過 10 MB。居民會在請求的「目前的處理進展」中看到這張照片。
staff-photo-hint-required = 此服務需要提供已完成工作的照片，才能將請求標記為「已完成」。JPEG、PNG 或 WebP 格式的圖片，不超過 10 MB；居民會在「目前的處理進展」中看到這張照片。
staff-error-completion-photo-missing = 請加入已完成工作的照片：此服務需要照片才能將請求標記為「已完成」
