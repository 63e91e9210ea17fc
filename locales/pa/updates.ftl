## ਈਮੇਲ ਜਾਂ ਟੈਕਸਟ ਮੈਸੇਜ ਰਾਹੀਂ ਕਿਸੇ ਬੇਨਤੀ ਬਾਰੇ ਅੱਪਡੇਟ: ਸਥਿਤੀ ਪੰਨੇ ਦੇ ਫ਼ਾਰਮ, ਅੱਪਡੇਟ ਬੰਦ ਕਰਨ ਵਾਲਾ ਪੰਨਾ
## ਅਤੇ ਖ਼ੁਦ ਸੁਨੇਹੇ। ਸੁਨੇਹੇ ਸਾਦੇ ਟੈਕਸਟ ਵਿੱਚ ਹੁੰਦੇ ਹਨ; $number ਸੇਵਾ ਬੇਨਤੀ ਨੰਬਰ ਹੈ, ਜਿਵੇਂ 2026-000123,
## $service ਕਿਸੇ ਸੇਵਾ ਦਾ ਨਾਂ, $status ਕਿਸੇ ਸਥਿਤੀ ਦਾ ਨਾਂ।

updates-heading = ਅੱਪਡੇਟ ਪ੍ਰਾਪਤ ਕਰੋ
updates-intro = ਜਦੋਂ ਵੀ ਇਸ ਬੇਨਤੀ ਵਿੱਚ ਕੋਈ ਬਦਲਾਅ ਹੋਵੇਗਾ, ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸ ਸਕਦੇ ਹਾਂ। ਪਹਿਲਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਇੱਕ ਕੋਡ ਭੇਜਾਂਗੇ, ਤਾਂ ਜੋ ਪੱਕਾ ਹੋ ਸਕੇ ਕਿ ਇਹ ਈਮੇਲ ਪਤਾ ਜਾਂ ਫ਼ੋਨ ਨੰਬਰ ਤੁਹਾਡਾ ਹੀ ਹੈ।
updates-email-label = ਈਮੇਲ ਪਤਾ
updates-email-hint = ਅਸੀਂ ਇਸ ਨੂੰ ਸਿਰਫ਼ ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਅੱਪਡੇਟ ਭੇਜਣ ਲਈ ਵਰਤਦੇ ਹਾਂ।
updates-email-button = ਮੈਨੂੰ ਈਮੇਲ ਰਾਹੀਂ ਅੱਪਡੇਟ ਭੇਜੋ
updates-phone-label = ਮੋਬਾਈਲ ਫ਼ੋਨ ਨੰਬਰ
updates-phone-hint = ਜਿਵੇਂ 416 555 0123। ਤੁਹਾਡੀ ਮੋਬਾਈਲ ਕੰਪਨੀ ਦੇ ਮੈਸੇਜ ਖ਼ਰਚੇ ਲਾਗੂ ਹੋ ਸਕਦੇ ਹਨ।
updates-phone-button = ਮੈਨੂੰ ਟੈਕਸਟ ਮੈਸੇਜ ਰਾਹੀਂ ਅੱਪਡੇਟ ਭੇਜੋ
updates-code-sent-email = ਅਸੀਂ { $address } 'ਤੇ 6 ਅੰਕਾਂ ਦਾ ਇੱਕ ਕੋਡ ਭੇਜਿਆ ਹੈ।
updates-code-sent-sms = ਅਸੀਂ ਟੈਕਸਟ ਮੈਸੇਜ ਰਾਹੀਂ { $address } 'ਤੇ 6 ਅੰਕਾਂ ਦਾ ਇੱਕ ਕੋਡ ਭੇਜਿਆ ਹੈ।
updates-code-label = ਕੋਡ
updates-code-hint = ਕੋਡ ਭੇਜੇ ਜਾਣ ਤੋਂ 15 ਮਿੰਟ ਬਾਅਦ ਇਸ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਜਾਂਦੀ ਹੈ।
updates-confirm-button = ਪੁਸ਼ਟੀ ਕਰੋ
updates-resend-button = ਨਵਾਂ ਕੋਡ ਭੇਜੋ
updates-resent = ਅਸੀਂ ਇੱਕ ਨਵਾਂ ਕੋਡ ਭੇਜਿਆ ਹੈ। ਸਿਰਫ਼ ਸਭ ਤੋਂ ਨਵਾਂ ਕੋਡ ਹੀ ਕੰਮ ਕਰੇਗਾ।
updates-on = ਤੁਹਾਨੂੰ ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਅੱਪਡੇਟ ਮਿਲਣਗੇ। ਹਰ ਸੁਨੇਹੇ ਵਿੱਚ ਇਨ੍ਹਾਂ ਨੂੰ ਬੰਦ ਕਰਨ ਲਈ ਇੱਕ ਲਿੰਕ ਹੋਵੇਗਾ।
updates-already = ਇਸ ਪਤੇ ਜਾਂ ਨੰਬਰ 'ਤੇ ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਅੱਪਡੇਟ ਪਹਿਲਾਂ ਹੀ ਭੇਜੇ ਜਾ ਰਹੇ ਹਨ।
updates-error-email = name@example.com ਵਰਗਾ ਈਮੇਲ ਪਤਾ ਦਰਜ ਕਰੋ
updates-error-phone = ਏਰੀਆ ਕੋਡ ਸਮੇਤ ਮੋਬਾਈਲ ਨੰਬਰ ਦਰਜ ਕਰੋ, ਜਿਵੇਂ 416 555 0123
updates-error-too-many = ਤੁਸੀਂ ਥੋੜ੍ਹੇ ਸਮੇਂ ਵਿੱਚ ਕਈ ਕੋਡ ਮੰਗੇ ਹਨ। ਸਾਡਾ ਭੇਜਿਆ ਆਖ਼ਰੀ ਕੋਡ ਵਰਤੋ, ਜਾਂ ਇੱਕ ਘੰਟੇ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
updates-error-code-format = ਸਾਡੇ ਭੇਜੇ ਸੁਨੇਹੇ ਵਿੱਚ ਦਿੱਤਾ 6 ਅੰਕਾਂ ਦਾ ਕੋਡ ਦਰਜ ਕਰੋ
updates-error-code-wrong = ਕੋਡ ਸਹੀ ਨਹੀਂ ਹੈ। ਸਾਡਾ ਭੇਜਿਆ ਸਭ ਤੋਂ ਨਵਾਂ ਸੁਨੇਹਾ ਵੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
updates-error-code-expired = ਕੋਡ ਦੀ ਮਿਆਦ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ। ਨਵਾਂ ਕੋਡ ਭੇਜੋ।
updates-error-code-attempts = ਕੋਡ ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ ਦਰਜ ਕੀਤਾ ਗਿਆ। ਨਵਾਂ ਕੋਡ ਭੇਜੋ।
updates-error-unknown = ਇਹ ਕੋਡ ਹੁਣ ਵਰਤਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਦੁਬਾਰਾ ਅੱਪਡੇਟ ਮੰਗੋ।

unsubscribe-title = ਅੱਪਡੇਟ ਬੰਦ ਕਰੋ
unsubscribe-heading = ਬੇਨਤੀ { $number } ਬਾਰੇ ਅੱਪਡੇਟ ਬੰਦ ਕਰੋ
unsubscribe-sent-to-email = ਅੱਪਡੇਟ { $address } 'ਤੇ ਭੇਜੇ ਜਾਂਦੇ ਹਨ।
unsubscribe-sent-to-sms = ਅੱਪਡੇਟ ਟੈਕਸਟ ਮੈਸੇਜ ਰਾਹੀਂ { $address } 'ਤੇ ਭੇਜੇ ਜਾਂਦੇ ਹਨ।
unsubscribe-button = ਅੱਪਡੇਟ ਬੰਦ ਕਰੋ
unsubscribe-done = ਤੁਹਾਨੂੰ ਬੇਨਤੀ { $number } ਬਾਰੇ ਹੋਰ ਕੋਈ ਅੱਪਡੇਟ ਨਹੀਂ ਮਿਲੇਗਾ।
unsubscribe-unknown = ਇਹ ਲਿੰਕ ਸਹੀ ਨਹੀਂ ਹੈ। ਜਾਂਚ ਕਰੋ ਕਿ ਪੂਰਾ ਲਿੰਕ ਕਾਪੀ ਕੀਤਾ ਗਿਆ ਸੀ।
unsubscribe-back = ਬੇਨਤੀ ਵੇਖੋ

notify-code-subject = ਬੇਨਤੀ { $number } ਲਈ ਤੁਹਾਡਾ ਕੋਡ
notify-code-email =
    ਤੁਹਾਡਾ ਕੋਡ { $code } ਹੈ।
    
    ਇਸ ਨੂੰ ਉਸ ਪੰਨੇ 'ਤੇ ਦਰਜ ਕਰੋ ਜਿੱਥੇ ਤੁਸੀਂ ਬੇਨਤੀ { $number } ਬਾਰੇ ਅੱਪਡੇਟ ਮੰਗੇ ਸਨ। ਇਸ ਦੀ ਮਿਆਦ 15 ਮਿੰਟਾਂ ਵਿੱਚ ਖ਼ਤਮ ਹੋ ਜਾਵੇਗੀ।
    
    ਜੇ ਤੁਸੀਂ ਅੱਪਡੇਟ ਨਹੀਂ ਮੰਗੇ ਸਨ, ਤਾਂ ਇਸ ਈਮੇਲ ਵੱਲ ਧਿਆਨ ਨਾ ਦਿਓ।
notify-code-sms = ਬੇਨਤੀ { $number } ਲਈ ਤੁਹਾਡਾ 311 ਕੋਡ { $code } ਹੈ। ਇਸ ਦੀ ਮਿਆਦ 15 ਮਿੰਟਾਂ ਵਿੱਚ ਖ਼ਤਮ ਹੋ ਜਾਵੇਗੀ।
notify-status-subject = ਬੇਨਤੀ { $number }: { $status }
notify-status-email = ਤੁਹਾਡੀ ਬੇਨਤੀ { $number } ({ $service }) ਦੀ ਸਥਿਤੀ ਹੁਣ ਇਹ ਹੈ: { $status }।
notify-status-sms = 311: ਬੇਨਤੀ { $number } ({ $service }) ਦੀ ਸਥਿਤੀ ਹੁਣ: { $status }।
notify-note = ਸਿਟੀ ਵੱਲੋਂ ਟਿੱਪਣੀ: { $note }
notify-escalated-subject = ਬੇਨਤੀ { $number }: ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਵਿਭਾਗ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਕੋਲ ਭੇਜੀ ਗਈ
notify-escalated-email = ਬੇਨਤੀ { $number } ({ $service }) ਬਾਰੇ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਦਾ ਜਵਾਬ ਸਮੇਂ ਸਿਰ ਨਹੀਂ ਦਿੱਤਾ ਗਿਆ, ਇਸ ਲਈ ਇਹ ਵਿਭਾਗ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਕੋਲ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ।
notify-escalated-sms = 311: ਬੇਨਤੀ { $number } ਬਾਰੇ ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਵਿਭਾਗ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਕੋਲ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ।
notify-link = ਬੇਨਤੀ ਅਤੇ ਇਸ ਦਾ ਘਟਨਾਕ੍ਰਮ ਵੇਖੋ: { $link }
notify-link-sms = { $link }
notify-footer-email = ਤੁਹਾਨੂੰ ਇਹ ਈਮੇਲ ਇਸ ਲਈ ਮਿਲੀ ਹੈ ਕਿਉਂਕਿ ਤੁਸੀਂ ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਅੱਪਡੇਟ ਮੰਗੇ ਸਨ।
notify-unsubscribe = ਇਹ ਅੱਪਡੇਟ ਬੰਦ ਕਰੋ: { $unsubscribe }
notify-unsubscribe-sms = ਬੰਦ ਕਰਨ ਲਈ STOP ਲਿਖ ਕੇ ਜਵਾਬ ਦਿਓ, ਜਾਂ { $unsubscribe } 'ਤੇ ਜਾਓ
