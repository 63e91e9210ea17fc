### 問題の報告：/report のページ、エラー、地図と写真。

report-page-title = { $heading } – { -product-name }
report-caption = 問題を報告
report-unavailable = 現在、報告フォームを表示できません。数分後にもう一度お試しください。
report-continue = 次へ
report-optional = { $label }（任意）

## サービスの選択
report-choose-heading = 何を報告しますか？
report-choose-intro = ご自身の言葉で検索するか、下の分野から選んでください。
report-start-button = 今すぐ始める
report-choose-other = その他の問題を報告
report-not-found-heading = その報告が見つかりません
report-not-found-body = リンクが不完全か、入力に誤りがある可能性があります。
report-start-again = 新しい報告を始める

## 所有者、ヘイト目的の落書き
report-owner-question = 問題のある物は、誰が所有していますか？
report-owner-hint = 物に付いているロゴやラベルを確認してください。市が修理できるのは、市が所有する物だけです。
report-owner-city = トロント市（例：市の壁、橋、標識、ごみ箱）
report-owner-unknown = わからない
report-owner-bell = Bell Canada：電話ボックス、Bell の電柱、設備ボックス
report-owner-rogers = Rogers：ケーブルボックス、設備ボックス
report-owner-toronto-hydro = Toronto Hydro：電柱、変圧器、配電ボックス
report-owner-canada-post = Canada Post（カナダ郵便）：郵便ポスト、宅配ロッカー
report-owner-ttc = TTC（トロント交通局）：停留所の待合所、駅、車両
report-error-owner = 所有者を選ぶか、「わからない」を選んでください
report-referral-heading = これは市が修理するものではありません
report-referral-intro = 市が修理や清掃を行えるのは、市が所有する物だけです。そのため、サービス依頼は作成されていません。所有者に報告してください。
report-referral-bell = Bell Canada：1-866-310-2355 に電話してください。
report-referral-rogers = Rogers：1-888-764-3771 に電話してください。
report-referral-toronto-hydro = Toronto Hydro：416-542-8000 に電話してください。電線が垂れ下がっていたり、火花が出ていたりする場合は、10 メートル以上離れて 911 に電話してください。
report-referral-canada-post = Canada Post：1-866-607-6301 に電話してください。
report-referral-ttc = TTC：カスタマーサービス（416-393-3030）に電話してください。
report-hate-heading = ヘイト目的の落書き
report-hate-police = 人種、宗教、民族的出身、性的指向、性別、障害を理由に人を標的にした落書きの場合は、まず Toronto Police（トロント警察）に通報してください。緊急ではない通報用の番号 416-808-2222 に電話するか、危険にさらされている人がいる場合は 911 に電話してください。警察は、落書きが消される前に、ヘイトクライムの可能性がある事案として記録します。
report-hate-then = そのうえで、市がすぐに消せるよう、こちらで報告してください。

## 場所
report-location-heading = 問題はどこにありますか？
report-location-current = 選択した場所
report-location-address = { $address }、第 { $ward } 区
report-location-pin = ピンの位置：{ $lat }, { $long }、第 { $ward } 区
report-map-heading = 地図にピンを置く
report-map-hint = 地図上の問題がある場所をクリックまたはタップし、ピンをドラッグして位置を調整してください。キーボードを使う場合は、矢印キーで地図を動かしてから「地図の中心にピンを置く」を選んでください。
report-map-label = 地図
report-map-pin = 問題の場所
report-map-pin-at = ピンの位置：{ $lat }, { $long }
report-map-no-pin = まだピンが置かれていません
report-map-locate = 現在地を使う
report-map-locate-failed = 現在地が見つかりませんでした。地図にピンを置くか、住所を入力してください。
report-map-centre = 地図の中心にピンを置く
report-map-use = このピンの位置を使う
report-address-heading = または、住所や交差点を入力
report-place-label = 通り、交差点、場所
report-place-hint = 例：Queen St W & Spadina Ave、Nathan Phillips Square
report-place-find = 検索
report-place-none = 「{ $query }」に一致するものはありません。つづりを確認するか、最寄りの交差点で検索してください。
report-place-choose = 最も近い候補を選んでください
report-place-use = この場所を使う
report-place-kind-street = 通り
report-place-kind-intersection = 交差点
report-place-kind-place = 場所
report-error-outside-city = この場所はトロント市外です。市内の場所を選んでください。
report-error-pin-missing = 地図にピンを置くか、下に住所を入力してください
report-error-place-choose = 候補から 1 つ選ぶか、もう一度検索してください
report-error-location-missing = 通り、交差点、場所を入力するか、地図にピンを置いてください

## 詳細と連絡先
report-details-heading = 問題について教えてください
report-field-description = 問題の説明
report-description-hint = 見た状況や、作業員が場所を見つけるのに役立つ情報を書いてください。個人情報は書かないでください。
report-contact-heading = 連絡先（任意）
report-contact-hint = この報告についてご連絡する場合にのみ使用し、公開することはありません。匿名で報告する場合は空欄のままにしてください。
report-field-first-name = 名
report-field-last-name = 姓
report-field-email = メールアドレス
report-field-phone = 電話番号
report-error-missing = 「{ $field }」に回答してください
report-error-number = 「{ $field }」の回答は、3 や 2.5 のような数字で入力してください
report-error-too-long = 「{ $field }」の回答は { $max } 文字以内で入力してください
report-error-choice = 「{ $field }」の回答を一覧から選んでください
report-error-datetime = 「{ $field }」に正しい日付と時刻を入力してください
report-error-email = メールアドレスを name@example.com のような正しい形式で入力してください
report-error-phone = 電話番号を 416-392-2489 のように 7～15 桁で入力してください

## 写真
report-photos-heading = 写真
report-photos-required = この種類の問題には、写真が 1 枚以上必要です。作業員が場所を見つけて対応するのに役立ちます。
report-photos-optional = 写真は任意ですが、作業員が問題を見つけて対応するのに役立ちます。
report-photos-limits = JPEG、PNG、WebP 形式の写真を最大 { $count } 枚まで追加できます（1 枚あたり { $megabytes } MB まで）。市が保存する写真からは、位置情報とカメラの情報を削除します。
report-photo-label = 写真を選択
report-photo-upload = 写真をアップロード
report-photo-uploading = 写真をアップロード中
report-photo-alt = 写真 { $number }
report-photo-remove = 写真 { $number } を削除
report-photo-has-location = 写真 { $number } には撮影場所が記録されています。
report-photo-use-location = 写真 { $number } の撮影場所を使う
report-photos-count =
    { $count ->
        [0] 写真なし
       *[other] 写真 { $count } 枚
    }
report-error-photo-missing = アップロードする写真を選んでください
report-error-photo-too-large = 写真は { $megabytes } MB 未満にしてください
report-error-photo-type = ファイルは JPEG、PNG、WebP 形式の写真にしてください
report-error-photo-dimensions = 写真の画素数が多すぎます。もっと小さい写真を選んでください。
report-error-photo-damaged = 写真が破損しているため読み込めません。別の写真を選んでください。
report-error-photo-limit = 写真は最大 { $count } 枚まで追加できます。別の写真を追加するには、1 枚削除してください。
report-error-photo-required = 写真を 1 枚以上追加してください
report-error-photo-outside = この写真の撮影場所はトロント市外です

## 確認、近くの重複、送信
report-check-heading = 報告を送信する前に、回答内容を確認してください
report-check-answers = 回答内容
report-change = 変更
report-anonymous = 未入力：匿名の報告です
report-submit-note = この報告を送信することで、ご存じの範囲で情報が正確であることを確認したものとみなされます。
report-submit = 報告を送信
report-nearby-heading = すでに報告されていませんか？
report-nearby-intro = 250 メートル以内に、同じ問題についての対応中の依頼があります。その中に報告しようとしている問題があれば、新しく報告する代わりに、その依頼をフォローしてください。
report-nearby-distance = 約 { $metres } m 先
report-nearby-reporters =
    { $count ->
       *[other] { $count } 人が報告
    }
report-me-too = 同じ問題です：{ $number } をフォロー
report-error-follow = その依頼はフォローできなくなりました。代わりに、ご自身で報告を送信してください。
report-sent-heading = 報告を送信しました
report-sent-number = サービス依頼番号は次のとおりです
report-sent-next = この番号を控えておいてください。今後の対応状況の確認に使えます。
report-sent-track = この依頼の状況を確認
report-another = 別の問題を報告
report-following-heading = { $number } をフォローしています
report-following-body = 新しい依頼は作成せず、この依頼にあなたを追加しました。今後の対応状況は、この依頼の状況ページで確認できます。
