## サービス依頼に関するメール・SMS でのお知らせ：状況ページのフォーム、配信停止ページ、
## お知らせのメッセージ本文。メッセージはプレーンテキストです。$number は 2026-000123 のようなサービス依頼番号、
## $service はサービスの種類の名前、$status は状況の名前です。

updates-heading = 更新のお知らせを受け取る
updates-intro = この依頼の状況が変わるたびにお知らせします。まず、メールアドレスまたは電話番号がご本人のものであることを確かめるため、確認コードをお送りします。
updates-email-label = メールアドレス
updates-email-hint = この依頼に関するお知らせにのみ使用します。
updates-email-button = メールでお知らせを受け取る
updates-phone-label = 携帯電話番号
updates-phone-hint = 例：416 555 0123。ご契約の携帯電話会社の SMS 料金がかかる場合があります。
updates-phone-button = SMS でお知らせを受け取る
updates-code-sent-email = { $address } に 6 桁の確認コードを送信しました。
updates-code-sent-sms = { $address } に SMS で 6 桁の確認コードを送信しました。
updates-code-label = 確認コード
updates-code-hint = 確認コードの有効期限は、送信から 15 分です。
updates-confirm-button = 確認する
updates-resend-button = 確認コードを再送信
updates-resent = 新しい確認コードを送信しました。使えるのは最新のコードだけです。
updates-on = この依頼に関するお知らせが届くようになりました。お知らせを停止するためのリンクは、毎回のメッセージに記載されています。
updates-already = このメールアドレスまたは電話番号には、すでにこの依頼のお知らせが届くようになっています。
updates-error-email = メールアドレスを name@example.com のような形式で入力してください
updates-error-phone = 携帯電話番号を 416 555 0123 のように市外局番から入力してください
updates-error-too-many = 短い時間に何度も確認コードが請求されました。最後にお送りしたコードを使うか、1 時間後にもう一度お試しください。
updates-error-code-format = お送りしたメッセージに記載の 6 桁の確認コードを入力してください
updates-error-code-wrong = 確認コードが正しくありません。最新のメッセージをご確認のうえ、もう一度お試しください。
updates-error-code-expired = 確認コードの有効期限が切れました。確認コードを再送信してください。
updates-error-code-attempts = 確認コードの入力を間違えた回数が多すぎます。確認コードを再送信してください。
updates-error-unknown = この確認コードはもう使用できません。もう一度お知らせの受け取りを申し込んでください。

unsubscribe-title = お知らせの停止
unsubscribe-heading = サービス依頼 { $number } のお知らせの停止
unsubscribe-sent-to-email = お知らせは { $address } に送信されています。
unsubscribe-sent-to-sms = お知らせは { $address } に SMS で送信されています。
unsubscribe-button = お知らせを停止する
unsubscribe-done = サービス依頼 { $number } のお知らせは、今後届きません。
unsubscribe-unknown = このリンクは無効です。リンク全体が正しくコピーされているかご確認ください。
unsubscribe-back = サービス依頼を見る

notify-code-subject = サービス依頼 { $number } の確認コード
notify-code-email =
    確認コードは { $code } です。
    
    サービス依頼 { $number } のお知らせを申し込んだページで、このコードを入力してください。有効期限は 15 分です。
    
    お知らせを申し込んだ覚えがない場合は、このメールを無視してください。
notify-code-sms = 311 サービス依頼 { $number } の確認コードは { $code } です。有効期限は 15 分です。
notify-status-subject = サービス依頼 { $number }：{ $status }
notify-status-email = サービス依頼 { $number }（{ $service }）の現在の状況：{ $status }
notify-status-sms = 311：サービス依頼 { $number }（{ $service }）の現在の状況：{ $status }
notify-note = 市からの連絡事項：{ $note }
notify-escalated-subject = サービス依頼 { $number }：苦情を担当部署の管理職へ引き継ぎました
notify-escalated-email = サービス依頼 { $number }（{ $service }）に関する苦情に期限内に回答がなかったため、苦情は担当部署の管理職に引き継がれました。
notify-escalated-sms = 311：サービス依頼 { $number } に関する苦情は、担当部署の管理職に引き継がれました。
notify-link = 依頼の内容とこれまでの経過はこちら：{ $link }
notify-link-sms = { $link }
notify-footer-email = このメールは、この依頼のお知らせを申し込まれた方にお送りしています。
notify-unsubscribe = お知らせの停止はこちら：{ $unsubscribe }
notify-unsubscribe-sms = 停止するには STOP と返信するか、{ $unsubscribe } にアクセスしてください
