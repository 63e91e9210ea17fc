## ライブチャット：住民のチャット画面、メッセージを残す画面、担当者用コンソール、チャットのメッセージ。

chat-launcher = 311 とチャット
chat-panel-heading = 311 ライブチャット
chat-close = チャットを閉じる
chat-intro = ご質問や、依頼についてのご相談を受け付けています。担当者の手が空き次第、ここでお答えします。
chat-name-label = お名前（任意）
chat-topic-label = どのようなことでお困りですか？
chat-topic-hint = 例：家の前の通りでごみが収集されていない
chat-start = チャットを開始
chat-connecting = 接続中…
chat-reconnecting = 接続が切れました。再接続しています…メッセージは保持されています。
chat-reconnected = 再接続しました。
chat-queue-next = 次があなたの番です。
chat-queue-position = あなたの順番は { $position } 番目です。
chat-queue-wait =
    { $minutes ->
       *[other] 待ち時間の目安：約 { $minutes } 分
    }
chat-waiting-note = お待ちの間に、ご質問を入力しておくことができます。このページは開いたままにしてください。チャットが自動的に終了することはありません。
chat-log-label = 会話
chat-message-label = メッセージ
chat-send = 送信
chat-not-sent = まだ送信されていません。接続が回復し次第、送信されます。
chat-typing-agent = 担当者が入力中です…
chat-typing-resident = 住民が入力中です…
chat-you = あなた
chat-resident = 住民
chat-end = チャットを終了
chat-ended-heading = チャットは終了しました
chat-rate-legend = このチャットはどのくらい役に立ちましたか？
chat-rate-stars =
    { $stars ->
       *[other] 星 { $stars } つ
    }
chat-rate-submit = 評価を送信
chat-rate-thanks = 評価をお寄せいただき、ありがとうございました。
chat-transcript-label = 会話の記録をメールで受け取る
chat-transcript-submit = 会話の記録を送信
chat-transcript-sent = 会話の記録をメールでお送りしています。
chat-new = 新しいチャットを開始
chat-about-request = この依頼についてチャットする
chat-linked-request = 依頼 { $number } について

chat-page-title = ライブチャット
chat-page-intro = 311 の担当者とライブチャットで話すか、メッセージを残してください。メッセージにはメールまたはショートメッセージ（SMS）でお答えします。
chat-offline-heading = メッセージを残す
chat-offline-intro = 現在、チャットに対応できる担当者がいません。メールアドレスまたは電話番号を添えてメッセージを残していただければ、担当者からお答えします。
chat-offline-email = メールアドレス
chat-offline-phone = 電話番号（ショートメッセージでの回答用）
chat-offline-body = メッセージ
chat-offline-submit = メッセージを送信
chat-offline-sent = ありがとうございます。メッセージを受け付けました。担当者からメールまたはショートメッセージでお答えします。
chat-offline-error-body = メッセージを入力してください
chat-offline-error-body-long = メッセージは 2,000 文字以内で入力してください
chat-offline-error-name-long = お名前は 100 文字以内で入力してください
chat-offline-error-contact = 回答をお送りするため、メールアドレスまたは電話番号を入力してください
chat-offline-error-email = メールアドレスを正しい形式で入力してください（例：name@example.com）
chat-offline-error-phone = 電話番号を入力してください（例：416 555 0123）

## チャットの出来事（双方に表示されます）。

chat-event-joined = { $name } がチャットに参加しました。
chat-event-transferred = チャットが { $name } に引き継がれました。
chat-event-ended = チャットは終了しました。
chat-event-request = サービス依頼 { $number } を作成しました。この番号で対応状況を確認できます。

## チャットで送信した内容が受け付けられなかった理由。

chat-error-bad-frame = 内容を読み取れませんでした。ページを再読み込みして、もう一度お試しください。
chat-error-too-long = メッセージが長すぎます。2,000 文字以内にしてください。
chat-error-too-fast = メッセージの送信間隔が短すぎます。少し待ってから、もう一度送信してください。
chat-error-empty = メッセージを入力してから送信してください。
chat-error-topic-missing = どのようなことでお困りか入力してください。
chat-error-already-started = このチャットはすでに開始されています。
chat-error-unknown-chat = このチャットが見つかりません。新しいチャットを開始してください。
chat-error-no-chat = まずチャットを開始してください。
chat-error-chat-ended = このチャットは終了しました。さらにメッセージを送るには、新しいチャットを開始してください。
chat-error-bad-rating = 星 1 つから 5 つの間で選んでください。
chat-error-not-ended = チャットが終了すると評価できます。
chat-error-bad-email = メールアドレスを正しい形式で入力してください（例：name@example.com）
chat-error-agents-only = この操作は担当者のみ行えます。
chat-error-residents-only = この操作は住民のみ行えます。
chat-error-not-yours = このチャットはあなたに割り当てられていません。
chat-error-at-limit = 同時に対応できるチャットの上限に達しています。先にどれかを終了してください。
chat-error-taken = このチャットは別の担当者が対応したか、すでに終了しています。
chat-error-agent-unavailable = その担当者はもうオンラインではありません。別の担当者を選んでください。
chat-error-unavailable = 現在、チャットはご利用いただけません。数分後にもう一度お試しいただくか、311 にお電話ください。

## 担当者が住民の言語で送る定型の返信。

chat-canned-greeting = こんにちは。311 Toronto へのお問い合わせありがとうございます。本日はどのようなご用件でしょうか？
chat-canned-one-moment = 確認いたしますので、少々お待ちください。
chat-canned-more-details = 問題について、もう少し詳しく教えていただけますか？
chat-canned-location = 問題の場所はどこですか？住所か、最寄りの交差点を教えていただけると助かります。
chat-canned-request-filed = サービス依頼を作成しました。このチャットに表示された番号で対応状況を確認できます。
chat-canned-goodbye = 311 へのお問い合わせありがとうございました。ほかに何かお手伝いできることはありますか？

## /agent にある担当者用コンソール。

agent-page-heading = チャットコンソール
agent-status-connected = 接続しました。チャットを受け付けられる状態です。
agent-status-reconnecting = 接続が切れました。再接続しています…
agent-queue-heading = 待機中のチャット
agent-queue-empty = 待機中のチャットはありません。
agent-queue-topic = 内容
agent-queue-language = 言語
agent-queue-waiting = 待ち時間
agent-queue-minutes =
    { $minutes ->
       *[other] { $minutes } 分
    }
agent-queue-fallback = あなたの対応言語以外
agent-accept = 受け付ける
agent-load = 対応中のチャット：{ $active } / { $limit }
agent-chats-heading = 対応中のチャット
agent-no-chats = 待機中のチャットを受け付けると、ここに表示されます。
agent-chat-with = { $name } さんとのチャット
agent-chat-language = 言語：{ $language }
agent-chat-topic = 内容：{ $topic }
agent-canned-label = 定型の返信
agent-canned-choose = 返信を選択
agent-canned-insert = この返信を使う
agent-reply-label = 返信
agent-send = 送信
agent-add-note = 内部メモとして追加
agent-note = 内部メモ
agent-transfer-label = 引き継ぎ先
agent-transfer = 引き継ぐ
agent-transfer-none = ほかにオンラインの担当者はいません。
agent-end = チャットを終了
agent-ended = このチャットは終了しました。
agent-close = 閉じる
agent-request-heading = サービス依頼の作成
agent-request-service = サービスの種類
agent-request-place = 場所：通り、交差点、または施設名
agent-request-description = 説明
agent-request-submit = 報告フォームを開く
agent-request-hint = 報告フォームは、このチャットの内容が入力された状態で開きます。内容を確認して送信してください。依頼番号はチャットに表示されます。
agent-cases-heading = チャットに対応できなかった間に残されたメッセージ
agent-cases-empty = 回答待ちのメッセージはありません。
agent-case-from = 送信者：{ $name }、{ $contact }
agent-case-reply = 回答
agent-case-send = 回答を送信
agent-case-answered = 回答を送信しました。
agent-error-reply = 回答は 2,000 文字以内で入力してください。
agent-error-answered = このメッセージにはすでに回答済みです。
agent-error-not-yours = このチャットはもうあなたに割り当てられていません。
agent-error-service = サービスの種類を選んでください。
staff-chat-transcripts = チャットの記録

## メールまたはショートメッセージで送信するメッセージ。

notify-chat-transcript-subject = 311 Toronto とのチャット
notify-chat-transcript-email = ご依頼により、311 Toronto とのチャットの記録をお送りします。
notify-chat-reply-subject = 311 Toronto へのメッセージへの回答
notify-chat-reply-email =
    311 Toronto にメッセージをお寄せいただきました。担当者からの回答は次のとおりです。

    { $reply }
notify-chat-reply-sms = 311 Toronto：{ $reply }
