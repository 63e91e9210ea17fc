## ਲਾਈਵ ਚੈਟ: ਵਸਨੀਕ ਦਾ ਚੈਟ ਪੈਨਲ, ਸੁਨੇਹਾ ਛੱਡਣਾ, ਏਜੰਟਾਂ ਦਾ ਕੰਸੋਲ ਅਤੇ ਚੈਟ ਦੇ ਸੁਨੇਹੇ।

chat-launcher = 311 ਨਾਲ ਚੈਟ ਕਰੋ
chat-panel-heading = 311 ਨਾਲ ਲਾਈਵ ਚੈਟ
chat-close = ਚੈਟ ਬੰਦ ਕਰੋ
chat-intro = ਕੋਈ ਸਵਾਲ ਪੁੱਛੋ ਜਾਂ ਕਿਸੇ ਬੇਨਤੀ ਬਾਰੇ ਮਦਦ ਲਓ। ਕੋਈ ਏਜੰਟ ਵਿਹਲਾ ਹੁੰਦੇ ਹੀ ਤੁਹਾਨੂੰ ਇੱਥੇ ਜਵਾਬ ਦੇਵੇਗਾ।
chat-name-label = ਤੁਹਾਡਾ ਨਾਂ (ਵਿਕਲਪਿਕ)
chat-topic-label = ਤੁਹਾਨੂੰ ਕਿਸ ਬਾਰੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
chat-topic-hint = ਜਿਵੇਂ: ਮੇਰੀ ਗਲੀ ਵਿੱਚ ਕੂੜਾ ਨਹੀਂ ਚੁੱਕਿਆ ਗਿਆ
chat-start = ਚੈਟ ਸ਼ੁਰੂ ਕਰੋ
chat-connecting = ਕਨੈਕਟ ਹੋ ਰਿਹਾ ਹੈ…
chat-reconnecting = ਕਨੈਕਸ਼ਨ ਟੁੱਟ ਗਿਆ। ਦੁਬਾਰਾ ਕਨੈਕਟ ਹੋ ਰਿਹਾ ਹੈ… ਤੁਹਾਡੇ ਸੁਨੇਹੇ ਸੰਭਾਲੇ ਹੋਏ ਹਨ।
chat-reconnected = ਦੁਬਾਰਾ ਕਨੈਕਟ ਹੋ ਗਿਆ।
chat-queue-next = ਕਤਾਰ ਵਿੱਚ ਅਗਲੀ ਵਾਰੀ ਤੁਹਾਡੀ ਹੈ।
chat-queue-position = ਕਤਾਰ ਵਿੱਚ ਤੁਹਾਡਾ ਨੰਬਰ { $position } ਹੈ।
chat-queue-wait =
    { $minutes ->
        [one] ਅੰਦਾਜ਼ਨ ਉਡੀਕ: ਲਗਭਗ { $minutes } ਮਿੰਟ।
       *[other] ਅੰਦਾਜ਼ਨ ਉਡੀਕ: ਲਗਭਗ { $minutes } ਮਿੰਟ।
    }
chat-waiting-note = ਉਡੀਕ ਕਰਦੇ ਸਮੇਂ ਤੁਸੀਂ ਆਪਣਾ ਸਵਾਲ ਲਿਖ ਸਕਦੇ ਹੋ। ਇਹ ਪੰਨਾ ਖੁੱਲ੍ਹਾ ਰੱਖੋ: ਚੈਟ ਆਪਣੇ-ਆਪ ਬੰਦ ਨਹੀਂ ਹੁੰਦੀ।
chat-log-label = ਗੱਲਬਾਤ
chat-message-label = ਤੁਹਾਡਾ ਸੁਨੇਹਾ
chat-send = ਭੇਜੋ
chat-not-sent = ਅਜੇ ਨਹੀਂ ਭੇਜਿਆ ਗਿਆ। ਕਨੈਕਸ਼ਨ ਵਾਪਸ ਆਉਂਦੇ ਹੀ ਇਹ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ।
chat-typing-agent = ਏਜੰਟ ਲਿਖ ਰਿਹਾ ਹੈ…
chat-typing-resident = ਵਸਨੀਕ ਲਿਖ ਰਿਹਾ ਹੈ…
chat-you = ਤੁਸੀਂ
chat-resident = ਵਸਨੀਕ
chat-end = ਚੈਟ ਖ਼ਤਮ ਕਰੋ
chat-ended-heading = ਚੈਟ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ
chat-rate-legend = ਇਹ ਚੈਟ ਕਿੰਨੀ ਮਦਦਗਾਰ ਰਹੀ?
chat-rate-stars =
    { $stars ->
        [one] { $stars } ਸਟਾਰ
       *[other] { $stars } ਸਟਾਰ
    }
chat-rate-submit = ਰੇਟਿੰਗ ਭੇਜੋ
chat-rate-thanks = ਰੇਟਿੰਗ ਦੇਣ ਲਈ ਤੁਹਾਡਾ ਧੰਨਵਾਦ।
chat-transcript-label = ਗੱਲਬਾਤ ਦਾ ਲਿਖਤੀ ਰਿਕਾਰਡ ਮੈਨੂੰ ਈਮੇਲ ਕਰੋ
chat-transcript-submit = ਲਿਖਤੀ ਰਿਕਾਰਡ ਭੇਜੋ
chat-transcript-sent = ਗੱਲਬਾਤ ਦਾ ਲਿਖਤੀ ਰਿਕਾਰਡ ਤੁਹਾਡੀ ਈਮੇਲ 'ਤੇ ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ।
chat-new = ਨਵੀਂ ਚੈਟ ਸ਼ੁਰੂ ਕਰੋ
chat-about-request = ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਚੈਟ ਕਰੋ
chat-linked-request = ਬੇਨਤੀ { $number } ਬਾਰੇ

chat-page-title = ਲਾਈਵ ਚੈਟ
chat-page-intro = 311 ਦੇ ਕਿਸੇ ਏਜੰਟ ਨਾਲ ਲਾਈਵ ਚੈਟ ਕਰੋ, ਜਾਂ ਸੁਨੇਹਾ ਛੱਡੋ ਅਤੇ ਅਸੀਂ ਤੁਹਾਨੂੰ ਈਮੇਲ ਜਾਂ ਟੈਕਸਟ ਮੈਸੇਜ ਰਾਹੀਂ ਜਵਾਬ ਦੇਵਾਂਗੇ।
chat-offline-heading = ਸੁਨੇਹਾ ਛੱਡੋ
chat-offline-intro = ਇਸ ਵੇਲੇ ਕੋਈ ਏਜੰਟ ਚੈਟ ਲਈ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਆਪਣੇ ਈਮੇਲ ਪਤੇ ਜਾਂ ਫ਼ੋਨ ਨੰਬਰ ਨਾਲ ਸੁਨੇਹਾ ਛੱਡੋ, ਅਤੇ ਇੱਕ ਏਜੰਟ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇਵੇਗਾ।
chat-offline-email = ਈਮੇਲ ਪਤਾ
chat-offline-phone = ਫ਼ੋਨ ਨੰਬਰ, ਟੈਕਸਟ ਮੈਸੇਜ ਰਾਹੀਂ ਜਵਾਬ ਲੈਣ ਲਈ
chat-offline-body = ਤੁਹਾਡਾ ਸੁਨੇਹਾ
chat-offline-submit = ਸੁਨੇਹਾ ਭੇਜੋ
chat-offline-sent = ਧੰਨਵਾਦ। ਸਾਨੂੰ ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਮਿਲ ਗਿਆ ਹੈ, ਅਤੇ ਇੱਕ ਏਜੰਟ ਤੁਹਾਨੂੰ ਈਮੇਲ ਜਾਂ ਟੈਕਸਟ ਮੈਸੇਜ ਰਾਹੀਂ ਜਵਾਬ ਦੇਵੇਗਾ।
chat-offline-error-body = ਆਪਣਾ ਸੁਨੇਹਾ ਦਰਜ ਕਰੋ
chat-offline-error-body-long = ਤੁਹਾਡਾ ਸੁਨੇਹਾ 2,000 ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
chat-offline-error-name-long = ਤੁਹਾਡਾ ਨਾਂ 100 ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
chat-offline-error-contact = ਈਮੇਲ ਪਤਾ ਜਾਂ ਫ਼ੋਨ ਨੰਬਰ ਦਰਜ ਕਰੋ ਤਾਂ ਜੋ ਅਸੀਂ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇ ਸਕੀਏ
chat-offline-error-email = ਈਮੇਲ ਪਤਾ ਸਹੀ ਰੂਪ ਵਿੱਚ ਦਰਜ ਕਰੋ, ਜਿਵੇਂ name@example.com
chat-offline-error-phone = ਫ਼ੋਨ ਨੰਬਰ ਦਰਜ ਕਰੋ, ਜਿਵੇਂ 416 555 0123

## ਚੈਟ ਦੀਆਂ ਘਟਨਾਵਾਂ, ਜੋ ਦੋਵਾਂ ਪਾਸਿਆਂ ਨੂੰ ਵਿਖਾਈ ਦਿੰਦੀਆਂ ਹਨ।

chat-event-joined = { $name } ਚੈਟ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਏ।
chat-event-transferred = ਚੈਟ { $name } ਨੂੰ ਸੌਂਪ ਦਿੱਤੀ ਗਈ।
chat-event-ended = ਚੈਟ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ।
chat-event-request = ਤੁਹਾਡੇ ਲਈ ਸੇਵਾ ਬੇਨਤੀ { $number } ਬਣਾਈ ਗਈ ਹੈ। ਤੁਸੀਂ ਇਸ ਨੰਬਰ ਨਾਲ ਇਸ ਦੀ ਸਥਿਤੀ ਵੇਖ ਸਕਦੇ ਹੋ।

## ਚੈਟ ਵਿੱਚ ਭੇਜੀ ਗਈ ਕੋਈ ਚੀਜ਼ ਸਵੀਕਾਰ ਕਿਉਂ ਨਹੀਂ ਕੀਤੀ ਗਈ।

chat-error-bad-frame = ਇਸ ਨੂੰ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਪੰਨਾ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ ਅਤੇ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
chat-error-too-long = ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਬਹੁਤ ਲੰਮਾ ਹੈ। ਇਸ ਨੂੰ 2,000 ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਰੱਖੋ।
chat-error-too-fast = ਤੁਸੀਂ ਬਹੁਤ ਤੇਜ਼ੀ ਨਾਲ ਸੁਨੇਹੇ ਭੇਜ ਰਹੇ ਹੋ। ਥੋੜ੍ਹਾ ਰੁਕੋ, ਫਿਰ ਦੁਬਾਰਾ ਭੇਜੋ।
chat-error-empty = ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਸੁਨੇਹਾ ਲਿਖੋ।
chat-error-topic-missing = ਦੱਸੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿਸ ਬਾਰੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ।
chat-error-already-started = ਇਹ ਚੈਟ ਪਹਿਲਾਂ ਹੀ ਸ਼ੁਰੂ ਹੋ ਚੁੱਕੀ ਹੈ।
chat-error-unknown-chat = ਉਹ ਚੈਟ ਨਹੀਂ ਮਿਲੀ। ਨਵੀਂ ਚੈਟ ਸ਼ੁਰੂ ਕਰੋ।
chat-error-no-chat = ਪਹਿਲਾਂ ਚੈਟ ਸ਼ੁਰੂ ਕਰੋ।
chat-error-chat-ended = ਇਹ ਚੈਟ ਖ਼ਤਮ ਹੋ ਚੁੱਕੀ ਹੈ। ਹੋਰ ਸੁਨੇਹੇ ਭੇਜਣ ਲਈ ਨਵੀਂ ਚੈਟ ਸ਼ੁਰੂ ਕਰੋ।
chat-error-bad-rating = 1 ਤੋਂ 5 ਸਟਾਰ ਵਿੱਚੋਂ ਚੁਣੋ।
chat-error-not-ended = ਚੈਟ ਖ਼ਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ ਹੀ ਤੁਸੀਂ ਇਸ ਨੂੰ ਰੇਟਿੰਗ ਦੇ ਸਕਦੇ ਹੋ।
chat-error-bad-email = ਈਮੇਲ ਪਤਾ ਸਹੀ ਰੂਪ ਵਿੱਚ ਦਰਜ ਕਰੋ, ਜਿਵੇਂ name@example.com
chat-error-agents-only = ਇਹ ਸਿਰਫ਼ ਏਜੰਟ ਕਰ ਸਕਦੇ ਹਨ।
chat-error-residents-only = ਇਹ ਸਿਰਫ਼ ਵਸਨੀਕ ਕਰ ਸਕਦੇ ਹਨ।
chat-error-not-yours = ਉਹ ਚੈਟ ਤੁਹਾਨੂੰ ਨਹੀਂ ਸੌਂਪੀ ਗਈ।
chat-error-at-limit = ਤੁਸੀਂ ਜਿੰਨੀਆਂ ਚੈਟਾਂ ਇੱਕੋ ਵੇਲੇ ਸੰਭਾਲ ਸਕਦੇ ਹੋ, ਓਨੀਆਂ ਪਹਿਲਾਂ ਹੀ ਖੁੱਲ੍ਹੀਆਂ ਹਨ। ਪਹਿਲਾਂ ਕੋਈ ਇੱਕ ਖ਼ਤਮ ਕਰੋ।
chat-error-taken = ਉਹ ਚੈਟ ਕਿਸੇ ਹੋਰ ਏਜੰਟ ਨੇ ਲੈ ਲਈ ਹੈ, ਜਾਂ ਉਹ ਖ਼ਤਮ ਹੋ ਚੁੱਕੀ ਹੈ।
chat-error-agent-unavailable = ਉਹ ਏਜੰਟ ਹੁਣ ਔਨਲਾਈਨ ਨਹੀਂ ਹੈ। ਕੋਈ ਹੋਰ ਚੁਣੋ।
chat-error-unavailable = ਚੈਟ ਇਸ ਵੇਲੇ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ 311 'ਤੇ ਕਾਲ ਕਰੋ।

## ਏਜੰਟਾਂ ਦੇ ਤਿਆਰ ਜਵਾਬ, ਵਸਨੀਕ ਦੀ ਭਾਸ਼ਾ ਵਿੱਚ।

chat-canned-greeting = ਸਤ ਸ੍ਰੀ ਅਕਾਲ, 311 Toronto ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ ਧੰਨਵਾਦ। ਅੱਜ ਮੈਂ ਤੁਹਾਡੀ ਕੀ ਮਦਦ ਕਰਾਂ?
chat-canned-one-moment = ਕਿਰਪਾ ਕਰਕੇ ਇੱਕ ਪਲ ਉਡੀਕ ਕਰੋ, ਮੈਂ ਇਸ ਬਾਰੇ ਜਾਣਕਾਰੀ ਵੇਖ ਲਵਾਂ।
chat-canned-more-details = ਕੀ ਤੁਸੀਂ ਮੈਨੂੰ ਸਮੱਸਿਆ ਬਾਰੇ ਥੋੜ੍ਹਾ ਹੋਰ ਦੱਸ ਸਕਦੇ ਹੋ?
chat-canned-location = ਸਮੱਸਿਆ ਠੀਕ-ਠੀਕ ਕਿੱਥੇ ਹੈ? ਗਲੀ ਦਾ ਪਤਾ ਜਾਂ ਸਭ ਤੋਂ ਨੇੜਲਾ ਚੌਰਾਹਾ ਦੱਸਣ ਨਾਲ ਮਦਦ ਮਿਲਦੀ ਹੈ।
chat-canned-request-filed = ਮੈਂ ਤੁਹਾਡੇ ਲਈ ਇੱਕ ਸੇਵਾ ਬੇਨਤੀ ਬਣਾ ਦਿੱਤੀ ਹੈ। ਇਸ ਚੈਟ ਵਿੱਚ ਦਿੱਤੇ ਨੰਬਰ ਨਾਲ ਤੁਸੀਂ ਇਸ ਦੀ ਸਥਿਤੀ ਵੇਖ ਸਕਦੇ ਹੋ।
chat-canned-goodbye = 311 ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ ਧੰਨਵਾਦ। ਕੀ ਤੁਹਾਨੂੰ ਕਿਸੇ ਹੋਰ ਚੀਜ਼ ਬਾਰੇ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?

## /agent 'ਤੇ ਏਜੰਟਾਂ ਦਾ ਕੰਸੋਲ।

agent-page-heading = ਚੈਟ ਕੰਸੋਲ
agent-status-connected = ਕਨੈਕਟ ਹੋ ਗਿਆ। ਤੁਸੀਂ ਚੈਟ ਲਈ ਔਨਲਾਈਨ ਹੋ।
agent-status-reconnecting = ਕਨੈਕਸ਼ਨ ਟੁੱਟ ਗਿਆ। ਦੁਬਾਰਾ ਕਨੈਕਟ ਹੋ ਰਿਹਾ ਹੈ…
agent-queue-heading = ਉਡੀਕ ਵਿੱਚ ਚੈਟਾਂ
agent-queue-empty = ਕੋਈ ਚੈਟ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ ਹੈ।
agent-queue-topic = ਵਿਸ਼ਾ
agent-queue-language = ਭਾਸ਼ਾ
agent-queue-waiting = ਉਡੀਕ ਦਾ ਸਮਾਂ
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } ਮਿੰਟ
       *[other] { $minutes } ਮਿੰਟ
    }
agent-queue-fallback = ਤੁਹਾਡੀਆਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚੋਂ ਨਹੀਂ
agent-accept = ਸਵੀਕਾਰ ਕਰੋ
agent-load = ਖੁੱਲ੍ਹੀਆਂ ਚੈਟਾਂ: { $limit } ਵਿੱਚੋਂ { $active }
agent-chats-heading = ਤੁਹਾਡੀਆਂ ਚੈਟਾਂ
agent-no-chats = ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਕਤਾਰ ਵਿੱਚੋਂ ਕੋਈ ਚੈਟ ਸਵੀਕਾਰ ਕਰੋ।
agent-chat-with = { $name } ਨਾਲ ਚੈਟ
agent-chat-language = ਭਾਸ਼ਾ: { $language }
agent-chat-topic = ਵਿਸ਼ਾ: { $topic }
agent-canned-label = ਤਿਆਰ ਜਵਾਬ
agent-canned-choose = ਕੋਈ ਜਵਾਬ ਚੁਣੋ
agent-canned-insert = ਇਹ ਜਵਾਬ ਵਰਤੋ
agent-reply-label = ਜਵਾਬ
agent-send = ਭੇਜੋ
agent-add-note = ਅੰਦਰੂਨੀ ਨੋਟ ਵਜੋਂ ਜੋੜੋ
agent-note = ਅੰਦਰੂਨੀ ਨੋਟ
agent-transfer-label = ਕਿਸ ਨੂੰ ਸੌਂਪਣੀ ਹੈ
agent-transfer = ਸੌਂਪੋ
agent-transfer-none = ਕੋਈ ਹੋਰ ਏਜੰਟ ਔਨਲਾਈਨ ਨਹੀਂ ਹੈ।
agent-end = ਚੈਟ ਖ਼ਤਮ ਕਰੋ
agent-ended = ਇਹ ਚੈਟ ਖ਼ਤਮ ਹੋ ਚੁੱਕੀ ਹੈ।
agent-close = ਬੰਦ ਕਰੋ
agent-request-heading = ਸੇਵਾ ਬੇਨਤੀ ਬਣਾਓ
agent-request-service = ਸੇਵਾ ਦੀ ਕਿਸਮ
agent-request-place = ਥਾਂ: ਗਲੀ, ਚੌਰਾਹਾ ਜਾਂ ਜਗ੍ਹਾ
agent-request-description = ਵੇਰਵਾ
agent-request-submit = ਰਿਪੋਰਟ ਫ਼ਾਰਮ ਖੋਲ੍ਹੋ
agent-request-hint = ਰਿਪੋਰਟ ਫ਼ਾਰਮ ਇਸ ਚੈਟ ਦੀ ਜਾਣਕਾਰੀ ਨਾਲ ਭਰਿਆ ਹੋਇਆ ਖੁੱਲ੍ਹਦਾ ਹੈ। ਇਸ ਦੀ ਜਾਂਚ ਕਰੋ ਅਤੇ ਜਮ੍ਹਾਂ ਕਰੋ; ਬੇਨਤੀ ਨੰਬਰ ਚੈਟ ਵਿੱਚ ਪਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।
agent-cases-heading = ਉਹ ਸੁਨੇਹੇ ਜੋ ਉਦੋਂ ਛੱਡੇ ਗਏ ਜਦੋਂ ਕੋਈ ਚੈਟ ਲਈ ਉਪਲਬਧ ਨਹੀਂ ਸੀ
agent-cases-empty = ਕੋਈ ਸੁਨੇਹਾ ਜਵਾਬ ਦੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ ਹੈ।
agent-case-from = { $name } ਵੱਲੋਂ, { $contact }
agent-case-reply = ਤੁਹਾਡਾ ਜਵਾਬ
agent-case-send = ਜਵਾਬ ਭੇਜੋ
agent-case-answered = ਤੁਹਾਡਾ ਜਵਾਬ ਭੇਜ ਦਿੱਤਾ ਗਿਆ।
agent-error-reply = 2,000 ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਜਵਾਬ ਦਰਜ ਕਰੋ।
agent-error-answered = ਉਸ ਸੁਨੇਹੇ ਦਾ ਜਵਾਬ ਪਹਿਲਾਂ ਹੀ ਦਿੱਤਾ ਜਾ ਚੁੱਕਾ ਹੈ।
agent-error-not-yours = ਉਹ ਚੈਟ ਹੁਣ ਤੁਹਾਨੂੰ ਸੌਂਪੀ ਹੋਈ ਨਹੀਂ ਹੈ।
agent-error-service = ਸੇਵਾ ਦੀ ਕਿਸਮ ਚੁਣੋ।
staff-chat-transcripts = ਚੈਟਾਂ ਦੇ ਲਿਖਤੀ ਰਿਕਾਰਡ

## ਈਮੇਲ ਜਾਂ ਟੈਕਸਟ ਮੈਸੇਜ ਰਾਹੀਂ ਭੇਜੇ ਜਾਣ ਵਾਲੇ ਸੁਨੇਹੇ।

notify-chat-transcript-subject = 311 Toronto ਨਾਲ ਤੁਹਾਡੀ ਚੈਟ
notify-chat-transcript-email = ਤੁਹਾਡੀ ਬੇਨਤੀ ਅਨੁਸਾਰ, 311 Toronto ਨਾਲ ਤੁਹਾਡੀ ਚੈਟ ਦਾ ਲਿਖਤੀ ਰਿਕਾਰਡ ਇਹ ਹੈ।
notify-chat-reply-subject = 311 Toronto ਨੂੰ ਭੇਜੇ ਤੁਹਾਡੇ ਸੁਨੇਹੇ ਦਾ ਜਵਾਬ
notify-chat-reply-email =
    ਤੁਸੀਂ 311 Toronto ਲਈ ਇੱਕ ਸੁਨੇਹਾ ਛੱਡਿਆ ਸੀ। ਇੱਕ ਏਜੰਟ ਨੇ ਜਵਾਬ ਦਿੱਤਾ ਹੈ:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
