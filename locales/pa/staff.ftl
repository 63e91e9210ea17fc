### ਸਟਾਫ਼ ਕੰਸੋਲ: ਸਾਈਨ ਇਨ ਕਰਨਾ, ਬੇਨਤੀਆਂ ਦੀ ਕਤਾਰ, ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਬਦਲਣਾ, ਆਡਿਟ ਲੌਗ।

staff-page-title = { $heading } – { -product-name } ਸਟਾਫ਼
staff-unavailable = ਸਟਾਫ਼ ਕੰਸੋਲ ਇਸ ਵੇਲੇ ਨਹੀਂ ਵਿਖਾਇਆ ਜਾ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
staff-forbidden-heading = ਤੁਸੀਂ ਇਹ ਪੰਨਾ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕਦੇ
staff-forbidden-body = ਤੁਹਾਡੇ ਖਾਤੇ ਨੂੰ ਸਟਾਫ਼ ਕੰਸੋਲ ਦੇ ਇਸ ਹਿੱਸੇ ਤੱਕ ਪਹੁੰਚ ਨਹੀਂ ਹੈ। ਜੇ ਤੁਹਾਨੂੰ ਇਸ ਦੀ ਲੋੜ ਹੈ, ਤਾਂ ਕਿਸੇ ਪ੍ਰਸ਼ਾਸਕ ਨੂੰ ਪੁੱਛੋ।

## ਸਾਈਨ ਇਨ ਕਰਨਾ
staff-login-heading = ਸਟਾਫ਼ ਸਾਈਨ ਇਨ
staff-password = ਪਾਸਵਰਡ
staff-sign-in = ਸਾਈਨ ਇਨ ਕਰੋ
staff-sign-out = ਸਾਈਨ ਆਊਟ ਕਰੋ
staff-signed-in-as = { $name } ਵਜੋਂ ਸਾਈਨ ਇਨ ਕੀਤਾ ਹੋਇਆ ਹੈ
staff-login-error-wrong = ਈਮੇਲ ਪਤਾ ਜਾਂ ਪਾਸਵਰਡ ਸਹੀ ਨਹੀਂ ਹੈ
staff-login-error-locked = ਸਾਈਨ ਇਨ ਕਰਨ ਦੀਆਂ ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੋਸ਼ਿਸ਼ਾਂ ਹੋਈਆਂ ਹਨ। 15 ਮਿੰਟ ਉਡੀਕ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
staff-error-csrf = ਫ਼ਾਰਮ ਪੁਰਾਣਾ ਹੋ ਗਿਆ ਸੀ। ਪੰਨਾ ਦੁਬਾਰਾ ਲੋਡ ਕਰੋ ਅਤੇ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## ਬੇਨਤੀਆਂ ਦੀ ਕਤਾਰ
staff-queue-heading = ਸੇਵਾ ਬੇਨਤੀਆਂ ਦੀ ਕਤਾਰ
staff-filter-any = ਕੋਈ ਵੀ
staff-filter-overdue = ਸਿਰਫ਼ ਉਹ ਬੇਨਤੀਆਂ ਜਿਨ੍ਹਾਂ ਦੀ ਅਨੁਮਾਨਿਤ ਤਾਰੀਖ਼ ਲੰਘ ਚੁੱਕੀ ਹੈ
staff-filter-complaints = ਸਿਰਫ਼ ਉਹ ਬੇਨਤੀਆਂ ਜਿਨ੍ਹਾਂ ਬਾਰੇ ਕੋਈ ਸ਼ਿਕਾਇਤ ਜਵਾਬ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ
staff-filter-apply = ਬੇਨਤੀਆਂ ਵਿਖਾਓ
staff-queue-empty = ਕੋਈ ਵੀ ਸੇਵਾ ਬੇਨਤੀ ਇਨ੍ਹਾਂ ਫ਼ਿਲਟਰਾਂ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ।
staff-column-number = ਸੇਵਾ ਬੇਨਤੀ ਨੰਬਰ
staff-complaint-due = ਸ਼ਿਕਾਇਤ: { $date } ਤੱਕ ਜਵਾਬ ਦੇਣਾ ਹੈ
staff-complaint-escalated = ਸ਼ਿਕਾਇਤ ਉੱਪਰ ਭੇਜੀ ਗਈ: ਜਵਾਬ ਵਿੱਚ ਦੇਰੀ ਹੋ ਗਈ ਹੈ

## ਇੱਕ ਬੇਨਤੀ
staff-change-heading = ਸਥਿਤੀ ਬਦਲੋ
staff-new-status = ਨਵੀਂ ਸਥਿਤੀ
staff-reason = ਬੰਦ ਕਰਨ ਦਾ ਕਾਰਨ
staff-reason-hint = ਜਦੋਂ ਨਵੀਂ ਸਥਿਤੀ ਬੇਨਤੀ ਨੂੰ ਬੰਦ ਕਰਦੀ ਹੈ, ਤਾਂ ਇਹ ਲੋੜੀਂਦਾ ਹੈ। ਇਹ ਸਥਿਤੀ ਨਾਲ ਮੇਲ ਖਾਣਾ ਚਾਹੀਦਾ ਹੈ।
staff-reason-none = ਕੋਈ ਕਾਰਨ ਨਹੀਂ: ਬੇਨਤੀ ਖੁੱਲ੍ਹੀ ਰਹਿੰਦੀ ਹੈ
staff-public-note = ਜਨਤਕ ਨੋਟ
staff-public-note-hint = ਵਸਨੀਕ ਇਸ ਨੂੰ ਸਥਿਤੀ ਵਾਲੇ ਪੰਨੇ 'ਤੇ ਵੇਖਦਾ ਹੈ। ਬੰਦ ਕਰਦੇ ਸਮੇਂ ਦੱਸੋ ਕਿ ਕੀ ਕੀਤਾ ਗਿਆ, ਜਾਂ ਕੁਝ ਕਿਉਂ ਨਹੀਂ ਕੀਤਾ ਗਿਆ।
staff-internal-note = ਅੰਦਰੂਨੀ ਨੋਟ
staff-internal-note-hint = ਇਸ ਨੂੰ ਸਿਰਫ਼ ਸਟਾਫ਼ ਵੇਖਦਾ ਹੈ।
staff-save = ਬਦਲਾਅ ਸੰਭਾਲੋ
staff-saved = ਬਦਲਾਅ ਸੰਭਾਲ ਲਿਆ ਗਿਆ।
staff-history-heading = ਪੂਰਾ ਇਤਿਹਾਸ
staff-error-status = ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਸਥਿਤੀ ਚੁਣੋ
staff-error-reason-missing = ਬੇਨਤੀ ਨੂੰ ਬੰਦ ਕਰਨ ਦਾ ਕਾਰਨ ਚੁਣੋ
staff-error-reason-mismatch = ਇਹ ਕਾਰਨ ਨਵੀਂ ਸਥਿਤੀ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ। ਅਜਿਹਾ ਕਾਰਨ ਚੁਣੋ ਜੋ ਇਸ ਨਾਲ ਮੇਲ ਖਾਂਦਾ ਹੋਵੇ।
staff-error-note-missing = ਇੱਕ ਜਨਤਕ ਨੋਟ ਲਿਖੋ ਜੋ ਵਸਨੀਕ ਨੂੰ ਦੱਸੇ ਕਿ ਕੀ ਕੀਤਾ ਗਿਆ, ਜਾਂ ਕੁਝ ਕਿਉਂ ਨਹੀਂ ਕੀਤਾ ਗਿਆ
staff-error-reason-open = ਬੰਦ ਕਰਨ ਦਾ ਕਾਰਨ ਸਿਰਫ਼ ਉਨ੍ਹਾਂ ਸਥਿਤੀਆਂ ਲਈ ਹੈ ਜੋ ਬੇਨਤੀ ਨੂੰ ਬੰਦ ਕਰਦੀਆਂ ਹਨ

## ਬੰਦ ਕਰਨ ਦੇ ਕਾਰਨ
staff-reason-repaired = ਮੁਰੰਮਤ ਕੀਤੀ ਗਈ
staff-reason-cleaned = ਸਫ਼ਾਈ ਕੀਤੀ ਗਈ
staff-reason-removed = ਹਟਾਇਆ ਗਿਆ
staff-reason-other-government = ਸਰਕਾਰ ਦੇ ਕਿਸੇ ਹੋਰ ਪੱਧਰ ਨੂੰ ਭੇਜੀ ਗਈ
staff-reason-utility-company = ਇਸ ਦੀ ਮਾਲਕ ਯੂਟਿਲਿਟੀ ਜਾਂ ਕੰਪਨੀ ਨੂੰ ਭੇਜੀ ਗਈ
staff-reason-private-property = ਨਿੱਜੀ ਜਾਇਦਾਦ 'ਤੇ: ਮਾਲਕ ਨੂੰ ਭੇਜੀ ਗਈ
staff-reason-not-found = ਜਾਂਚ ਕੀਤੀ ਗਈ: ਕੋਈ ਸਮੱਸਿਆ ਨਹੀਂ ਮਿਲੀ
staff-reason-already-resolved = ਕਰਮਚਾਰੀਆਂ ਦੇ ਪਹੁੰਚਣ ਤੋਂ ਪਹਿਲਾਂ ਹੀ ਹੱਲ ਹੋ ਚੁੱਕੀ ਸੀ
staff-reason-meets-standard = ਜਾਂਚ ਕੀਤੀ ਗਈ: ਸਿਟੀ ਦੇ ਮਿਆਰ 'ਤੇ ਪੂਰੀ ਉਤਰਦੀ ਹੈ
staff-reason-duplicate = ਕਿਸੇ ਹੋਰ ਬੇਨਤੀ ਦੀ ਦੁਹਰਾਈ

## ਆਡਿਟ ਲੌਗ
staff-audit-heading = ਆਡਿਟ ਲੌਗ
staff-column-when = ਕਦੋਂ
staff-column-who = ਕੌਣ
staff-column-action = ਕਾਰਵਾਈ
staff-column-detail = ਵੇਰਵਾ
staff-action-login = ਸਾਈਨ ਇਨ ਕੀਤਾ
staff-action-logout = ਸਾਈਨ ਆਊਟ ਕੀਤਾ
staff-action-login-failed = ਸਾਈਨ ਇਨ ਅਸਫਲ ਰਿਹਾ
staff-action-login-locked = ਸਾਈਨ ਇਨ ਤੋਂ ਇਨਕਾਰ: ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੋਸ਼ਿਸ਼ਾਂ
staff-action-status-change = ਸਥਿਤੀ ਬਦਲੀ ਗਈ
staff-action-escalation = ਸ਼ਿਕਾਇਤ ਆਪਣੇ-ਆਪ ਉੱਪਰ ਭੇਜੀ ਗਈ: ਜਵਾਬ ਦੀ ਸਮਾਂ-ਸੀਮਾ ਲੰਘ ਗਈ

## ਕਤਾਰ ਵਿੱਚੋਂ ਇੱਕੋ ਵਾਰ ਕਈ ਬੇਨਤੀਆਂ ਬਦਲਣਾ
staff-bulk-column = ਚੁਣੋ
staff-bulk-select = ਬੇਨਤੀ { $number } ਚੁਣੋ
staff-bulk-heading = ਚੁਣੀਆਂ ਗਈਆਂ ਬੇਨਤੀਆਂ ਬਦਲੋ
staff-bulk-hint = ਸਾਰਣੀ ਵਿੱਚ ਬੇਨਤੀਆਂ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ, ਫਿਰ ਬਦਲਾਅ ਚੁਣੋ। ਹਰ ਬੇਨਤੀ ਨੂੰ ਇੱਕੋ ਸਥਿਤੀ, ਕਾਰਨ ਅਤੇ ਨੋਟ ਮਿਲਣਗੇ, ਅਤੇ ਉਸਦੇ ਇਤਿਹਾਸ ਵਿੱਚ ਉਸਦੀ ਆਪਣੀ ਵੱਖਰੀ ਲਾਈਨ ਜੁੜੇਗੀ।
staff-bulk-button = ਚੁਣੀਆਂ ਗਈਆਂ ਬੇਨਤੀਆਂ ਬਦਲੋ
staff-bulk-saved =
    { $count ->
        [one] { $count } ਬੇਨਤੀ ਬਦਲੀ ਗਈ।
       *[other] { $count } ਬੇਨਤੀਆਂ ਬਦਲੀਆਂ ਗਈਆਂ।
    }
staff-error-none-selected = ਸਾਰਣੀ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਬੇਨਤੀ ਚੁਣੋ।
staff-bulk-skipped =
    { $count ->
        [one] { $count } ਬੇਨਤੀ ਨਹੀਂ ਬਦਲੀ ਗਈ: ਇਸ ਦੀ ਸਥਿਤੀ “ਪੂਰੀ ਹੋਈ” ਕਰਨ ਲਈ ਪੂਰੇ ਕੀਤੇ ਕੰਮ ਦੀ ਫ਼ੋਟੋ ਜ਼ਰੂਰੀ ਹੈ। ਫ਼ੋਟੋ ਜੋੜਨ ਲਈ ਇਸ ਨੂੰ ਖੋਲ੍ਹੋ।
       *[other] { $count } ਬੇਨਤੀਆਂ ਨਹੀਂ ਬਦਲੀਆਂ ਗਈਆਂ: ਇਨ੍ਹਾਂ ਦੀ ਸਥਿਤੀ “ਪੂਰੀ ਹੋਈ” ਕਰਨ ਲਈ ਪੂਰੇ ਕੀਤੇ ਕੰਮ ਦੀ ਫ਼ੋਟੋ ਜ਼ਰੂਰੀ ਹੈ। ਫ਼ੋਟੋ ਜੋੜਨ ਲਈ ਹਰੇਕ ਬੇਨਤੀ ਨੂੰ ਖੋਲ੍ਹੋ।
    }

## ਸਥਿਤੀ ਬਦਲਣ ਦੇ ਨਾਲ ਫ਼ੋਟੋ (ਪੂਰੇ ਕੀਤੇ ਕੰਮ ਦੀ)
staff-photo = ਕੰਮ ਦੀ ਫ਼ੋਟੋ (ਵਿਕਲਪਿਕ)
staff-photo-hint = JPEG, PNG ਜਾਂ WebP ਫ਼ਾਰਮੈਟ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ 10 MB ਦੀ ਤਸਵੀਰ। ਵਸਨੀਕ ਇਸ ਨੂੰ ਬੇਨਤੀ ਦੇ ਘਟਨਾਕ੍ਰਮ ਵਿੱਚ ਵੇਖਦੇ ਹਨ।
staff-photo-hint-required = ਇਸ ਸੇਵਾ ਵਿੱਚ ਸਥਿਤੀ “ਪੂਰੀ ਹੋਈ” ਕਰਨ ਲਈ ਪੂਰੇ ਕੀਤੇ ਕੰਮ ਦੀ ਫ਼ੋਟੋ ਜ਼ਰੂਰੀ ਹੈ। JPEG, PNG ਜਾਂ WebP ਫ਼ਾਰਮੈਟ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ 10 MB ਦੀ ਤਸਵੀਰ; ਵਸਨੀਕ ਇਸ ਨੂੰ ਘਟਨਾਕ੍ਰਮ ਵਿੱਚ ਵੇਖਦੇ ਹਨ।
staff-error-completion-photo-missing = ਪੂਰੇ ਕੀਤੇ ਕੰਮ ਦੀ ਫ਼ੋਟੋ ਜੋੜੋ: ਇਸ ਸੇਵਾ ਵਿੱਚ ਸਥਿਤੀ “ਪੂਰੀ ਹੋਈ” ਕਰਨ ਲਈ ਫ਼ੋਟੋ ਜ਼ਰੂਰੀ ਹੈ
