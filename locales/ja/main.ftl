### Civic311 の画面の文言：日本語。

-product-name = Civic311

site-name = { -product-name }
skip-to-content = メインコンテンツへ移動
language-switcher-label = 言語
loading = 読み込み中…
footer-emergency = 緊急の場合は 911 に電話してください。このサイトは緊急ではない市のサービス用です。

home-title = 問題の報告・市のサービスの依頼 – { -product-name }
home-heading = 問題の報告・市のサービスの依頼
home-intro = 道路の穴、ごみの収集漏れ、落書きなど、60 種類以上の緊急ではない問題を市に知らせることができます。サービス依頼番号が発行され、その後の対応状況を確認できます。
home-groups-heading = どのような内容ですか？
home-report-button = 問題を報告する
service-group-count =
    { $count ->
       *[other] { $count } 件のサービス
    }
catalogue-unavailable = 現在、サービスの一覧を表示できません。数分後にもう一度お試しください。

not-found-title = ページが見つかりません – { -product-name }
not-found-heading = ページが見つかりません
not-found-home-link = ホームページへ移動

## ナビゲーションとフォームのエラー
site-nav-label = メインメニュー
nav-track = 依頼の状況を確認
nav-report = 問題を報告
error-title-prefix = エラー：
error-summary-heading = 問題があります

## サービス依頼の検索
lookup-title = サービス依頼の状況確認 – { -product-name }
lookup-heading = サービス依頼の状況確認
lookup-label = サービス依頼番号
lookup-hint = サービス依頼（SR）番号は、確認ページとメールに記載されています。2026-000123 のような形式です。
lookup-button = 依頼を検索
lookup-error-format = サービス依頼番号を 2026-000123 の形式で入力してください

## 個別のサービス依頼
request-title = サービス依頼 { $number } – { -product-name }
request-heading = サービス依頼 { $number }
request-status = 状況
request-service = サービス
request-division = 担当部署
request-filed = 受付日
request-expected = 完了予定日
request-location = 場所
request-ward = 区
request-ward-value = 第 { $number } 区：{ $name }
request-due-today = 本日が期限
request-days-left =
    { $days ->
       *[other] あと { $days } 日
    }
request-days-overdue =
    { $days ->
       *[other] 予定日を { $days } 日過ぎています
    }
request-timeline-heading = これまでの経過
request-event-photo-alt = 市が掲載した作業の写真（{ $number } 枚目）
request-unavailable = 現在、このサービス依頼を表示できません。数分後にもう一度お試しください。
request-not-found-title = サービス依頼が見つかりません – { -product-name }
request-not-found-heading = サービス依頼が見つかりません
request-not-found-body = サービス依頼 { $number } は存在しません。確認ページまたはメールに記載の番号をご確認ください。依頼した直後は、表示されるまで 1 分ほどかかることがあります。
request-not-found-retry = 別の番号を検索

## 対応状況（わかりやすい表現）
status-received = 受付済み
status-assigned = 担当部署へ引き継ぎ
status-inspection = 現地調査
status-scheduled = 作業日程決定
status-completed = 完了
status-closed_referred = 終了 – 他機関へ引き継ぎ
status-closed_no_action = 終了 – 対応不要
status-closed_duplicate = 終了 – 重複した報告

## サービス一覧
nav-services = 市のサービス
services-title = 市のサービス – { -product-name }
services-heading = 市のサービス
services-intro = お困りごとに合ったサービスを探せます。ご自身の言葉で検索するか、分野から探してください。
services-search-label = サービスを検索
services-search-hint = 例：道路の穴、ごみの収集漏れ、騒音
services-search-button = 検索
services-results-heading =
    { $count ->
       *[other] 「{ $query }」に一致するサービス：{ $count } 件
    }
services-no-results = 「{ $query }」に一致するサービスはありません。別の言葉で検索するか、下の分野から探してください。
services-browse-heading = 分野から探す
service-detail-title = { $name } – { -product-name }
service-topic = 分野
service-standard = サービス基準
service-sla-hours =
    { $count ->
       *[other] { $count } 時間以内の対応を目標としています
    }
service-sla-business-days =
    { $count ->
       *[other] { $count } 開庁日以内の対応を目標としています
    }
service-sla-calendar-days =
    { $count ->
       *[other] { $count } 日以内の対応を目標としています
    }
service-back = 市のサービス一覧
service-not-found-title = サービスが見つかりません – { -product-name }
service-not-found-heading = お探しのサービスが見つかりません

## サービス依頼に関する苦情
request-complaint-heading = この依頼の対応状況にご不満がありますか？
request-complaint-overdue = 完了予定日を過ぎましたが、この依頼はまだ終了していません。苦情を申し立てることができます。担当の責任者が 5 開庁日以内に回答します。期限内に回答がない場合、苦情は担当部署の管理職に引き継がれます。
request-complaint-closed = 問題が解決していない場合や、この依頼の終了のしかたに納得できない場合は、苦情を申し立てることができます。担当の責任者が 5 開庁日以内に回答します。期限内に回答がない場合、苦情は担当部署の管理職に引き継がれます。
request-complaint-details = どのような問題がありますか？
request-complaint-details-hint = 例：依頼が終了した後も、道路の穴が残ったままです。
request-complaint-email = メールアドレス（任意）
request-complaint-email-hint = 回答をお知らせするために使用します。公開されることはありません。
request-complaint-submit = 苦情を申し立てる
request-complaint-filed = 苦情を受け付けました。下の「これまでの経過」に表示されています。
request-complaint-pending = この依頼に関する苦情は回答待ちです。回答予定日は { $date } です。
request-complaint-escalated = 期限までに回答がなかったため、苦情は担当部署の管理職に引き継がれました。
request-complaint-error-details = どのような問題があるかご記入ください
request-complaint-error-too-long = 苦情は 2000 文字以内で入力してください
status-complaint = 苦情受付
status-escalated = 苦情を担当部署の管理職へ引き継ぎ
