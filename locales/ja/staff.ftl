### 職員用コンソール：サインイン、対応待ちの一覧、依頼の状況の変更、監査ログ。

staff-page-title = { $heading } – { -product-name } 職員用
staff-unavailable = 現在、職員用コンソールを表示できません。数分後にもう一度お試しください。
staff-forbidden-heading = このページは開けません
staff-forbidden-body = お使いのアカウントには、職員用コンソールのこの部分へのアクセス権がありません。必要な場合は管理者に依頼してください。

## サインイン
staff-login-heading = 職員サインイン
staff-password = パスワード
staff-sign-in = サインイン
staff-sign-out = サインアウト
staff-signed-in-as = { $name } としてサインイン中
staff-login-error-wrong = メールアドレスまたはパスワードが正しくありません
staff-login-error-locked = サインインの試行回数が多すぎます。15 分待ってから、もう一度お試しください。
staff-error-csrf = フォームの有効期限が切れています。ページを再読み込みして、もう一度お試しください。

## 対応待ちの一覧
staff-queue-heading = サービス依頼の一覧
staff-filter-any = すべて
staff-filter-overdue = 完了予定日を過ぎた依頼のみ
staff-filter-complaints = 回答待ちの苦情がある依頼のみ
staff-filter-apply = 依頼を表示
staff-queue-empty = この条件に一致するサービス依頼はありません。
staff-column-number = SR 番号
staff-complaint-due = 苦情：{ $date } までに回答
staff-complaint-escalated = 苦情エスカレーション済み：回答期限超過

## 個別の依頼
staff-change-heading = 状況の変更
staff-new-status = 新しい状況
staff-reason = 終了の理由
staff-reason-hint = 新しい状況で依頼が終了する場合は必須です。状況に合った理由を選んでください。
staff-reason-none = 理由なし：依頼は継続中のまま
staff-public-note = 公開メモ
staff-public-note-hint = 住民は状況ページでこの内容を見ることができます。終了する場合は、何を行ったか、または対応しなかった理由を書いてください。
staff-internal-note = 内部メモ
staff-internal-note-hint = 職員のみが見ることができます。
staff-save = 変更を保存
staff-saved = 変更を保存しました。
staff-history-heading = すべての履歴
staff-error-status = 一覧から状況を選んでください
staff-error-reason-missing = 依頼を終了する理由を選んでください
staff-error-reason-mismatch = この理由は新しい状況に合いません。状況に合った理由を選んでください。
staff-error-note-missing = 何を行ったか、または対応しなかった理由を住民に伝える公開メモを書いてください
staff-error-reason-open = 終了の理由は、依頼を終了する状況でのみ指定できます

## 終了の理由
staff-reason-repaired = 修理済み
staff-reason-cleaned = 清掃済み
staff-reason-removed = 撤去済み
staff-reason-other-government = 他のレベルの政府へ引き継ぎ
staff-reason-utility-company = 所有する公益事業者または会社へ引き継ぎ
staff-reason-private-property = 私有地：所有者へ引き継ぎ
staff-reason-not-found = 調査済み：問題なし
staff-reason-already-resolved = 作業班の到着前に解決済み
staff-reason-meets-standard = 調査済み：市の基準を満たしている
staff-reason-duplicate = 別の依頼と重複

## 監査ログ
staff-audit-heading = 監査ログ
staff-column-when = 日時
staff-column-who = 実行者
staff-column-action = 操作
staff-column-detail = 詳細
staff-action-login = サインイン
staff-action-logout = サインアウト
staff-action-login-failed = サインイン失敗
staff-action-login-locked = サインイン拒否：試行回数超過
staff-action-status-change = 状況の変更
staff-action-escalation = 苦情の自動エスカレーション：SLA の期限超過

## 一覧から複数の依頼をまとめて変更する
staff-bulk-column = 選択
staff-bulk-select = 依頼 { $number } を選択
staff-bulk-heading = 選択した依頼の変更
staff-bulk-hint = 表で依頼にチェックを付けてから、変更内容を選んでください。各依頼に同じ状況・理由・メモが設定され、それぞれの履歴に 1 行ずつ記録されます。
staff-bulk-button = 選択した依頼を変更
staff-bulk-saved =
    { $count ->
       *[other] { $count } 件の依頼を変更しました。
    }
staff-error-none-selected = 表で依頼を 1 件以上選んでください。
staff-bulk-skipped =
    { $count ->
       *[other] { $count } 件の依頼は変更されませんでした。「完了」にするには、作業完了後の写真が必要です。それぞれの依頼を開いて写真を追加してください。
    }

## 状況の変更に添付する写真（作業完了後の写真）
staff-photo = 作業の写真（任意）
staff-photo-hint = JPEG、PNG、WebP 形式の画像（10 MB まで）。住民は依頼の「これまでの経過」でこの写真を見ることができます。
staff-photo-hint-required = このサービスでは、依頼を「完了」にするには作業完了後の写真が必要です。JPEG、PNG、WebP 形式の画像（10 MB まで）で、住民は「これまでの経過」でこの写真を見ることができます。
staff-error-completion-photo-missing = 作業完了後の写真を追加してください。このサービスでは、依頼を「完了」にするには写真が必要です
