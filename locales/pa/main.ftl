### Civic311 interface text: Punjabi.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = ਮੁੱਖ ਸਮੱਗਰੀ 'ਤੇ ਜਾਓ
language-switcher-label = ਭਾਸ਼ਾ
loading = ਲੋਡ ਹੋ ਰਿਹਾ ਹੈ…
footer-emergency = ਐਮਰਜੈਂਸੀ ਵਿੱਚ 911 'ਤੇ ਕਾਲ ਕਰੋ। ਇਹ ਪੋਰਟਲ ਸਿਟੀ ਦੀਆਂ ਗ਼ੈਰ-ਐਮਰਜੈਂਸੀ ਸੇਵਾਵਾਂ ਲਈ ਹੈ।

home-title = ਕੋਈ ਸਮੱਸਿਆ ਦੱਸੋ ਜਾਂ ਸਿਟੀ ਦੀ ਸੇਵਾ ਲਈ ਬੇਨਤੀ ਕਰੋ – { -product-name }
home-heading = ਕੋਈ ਸਮੱਸਿਆ ਦੱਸੋ ਜਾਂ ਸਿਟੀ ਦੀ ਸੇਵਾ ਲਈ ਬੇਨਤੀ ਕਰੋ
home-intro = ਸੜਕ ਦੇ ਟੋਏ, ਨਾ ਚੁੱਕੇ ਗਏ ਕੂੜੇ, ਗ੍ਰੈਫ਼ਿਟੀ ਅਤੇ 60 ਤੋਂ ਵੱਧ ਹੋਰ ਗ਼ੈਰ-ਐਮਰਜੈਂਸੀ ਸਮੱਸਿਆਵਾਂ ਬਾਰੇ ਸਿਟੀ ਨੂੰ ਦੱਸੋ। ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ, ਇਹ ਵੇਖਣ ਲਈ ਤੁਹਾਨੂੰ ਇੱਕ ਸੇਵਾ ਬੇਨਤੀ ਨੰਬਰ ਮਿਲੇਗਾ।
home-groups-heading = ਇਹ ਕਿਸ ਬਾਰੇ ਹੈ?
home-report-button = ਕੋਈ ਸਮੱਸਿਆ ਦੱਸੋ
service-group-count =
    { $count ->
        [one] { $count } ਸੇਵਾ
       *[other] { $count } ਸੇਵਾਵਾਂ
    }
catalogue-unavailable = ਸੇਵਾਵਾਂ ਦੀ ਸੂਚੀ ਇਸ ਵੇਲੇ ਨਹੀਂ ਵਿਖਾਈ ਜਾ ਸਕਦੀ। ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ – { -product-name }
not-found-heading = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-home-link = ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਜਾਓ

## ਨੈਵੀਗੇਸ਼ਨ ਅਤੇ ਫ਼ਾਰਮ ਦੀਆਂ ਗ਼ਲਤੀਆਂ
site-nav-label = ਮੁੱਖ
nav-track = ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਵੇਖੋ
nav-report = ਸਮੱਸਿਆ ਦੱਸੋ
error-title-prefix = ਗ਼ਲਤੀ:
error-summary-heading = ਕੋਈ ਸਮੱਸਿਆ ਹੈ

## ਸੇਵਾ ਬੇਨਤੀ ਲੱਭਣਾ
lookup-title = ਸੇਵਾ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਵੇਖੋ – { -product-name }
lookup-heading = ਸੇਵਾ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਵੇਖੋ
lookup-label = ਸੇਵਾ ਬੇਨਤੀ ਨੰਬਰ
lookup-hint = ਤੁਹਾਡਾ ਸੇਵਾ ਬੇਨਤੀ ਨੰਬਰ ਤੁਹਾਡੇ ਪੁਸ਼ਟੀ ਪੰਨੇ ਅਤੇ ਈਮੇਲਾਂ ਵਿੱਚ ਦਿੱਤਾ ਹੋਇਆ ਹੈ। ਇਹ 2026-000123 ਵਰਗਾ ਦਿਸਦਾ ਹੈ।
lookup-button = ਮੇਰੀ ਬੇਨਤੀ ਲੱਭੋ
lookup-error-format = ਆਪਣਾ ਸੇਵਾ ਬੇਨਤੀ ਨੰਬਰ 2026-000123 ਵਾਲੇ ਰੂਪ ਵਿੱਚ ਦਰਜ ਕਰੋ

## ਇੱਕ ਸੇਵਾ ਬੇਨਤੀ
request-title = ਸੇਵਾ ਬੇਨਤੀ { $number } – { -product-name }
request-heading = ਸੇਵਾ ਬੇਨਤੀ { $number }
request-status = ਸਥਿਤੀ
request-service = ਸੇਵਾ
request-division = ਜ਼ਿੰਮੇਵਾਰ ਵਿਭਾਗ
request-filed = ਪ੍ਰਾਪਤ ਹੋਣ ਦੀ ਤਾਰੀਖ਼
request-expected = ਅਨੁਮਾਨਿਤ ਤਾਰੀਖ਼
request-location = ਥਾਂ
request-ward = ਵਾਰਡ
request-ward-value = ਵਾਰਡ { $number }: { $name }
request-due-today = ਅੱਜ ਪੂਰੀ ਹੋਣੀ ਹੈ
request-days-left =
    { $days ->
        [one] { $days } ਦਿਨ ਬਾਕੀ
       *[other] { $days } ਦਿਨ ਬਾਕੀ
    }
request-days-overdue =
    { $days ->
        [one] ਅਨੁਮਾਨਿਤ ਤਾਰੀਖ਼ ਤੋਂ { $days } ਦਿਨ ਦੀ ਦੇਰੀ
       *[other] ਅਨੁਮਾਨਿਤ ਤਾਰੀਖ਼ ਤੋਂ { $days } ਦਿਨਾਂ ਦੀ ਦੇਰੀ
    }
request-timeline-heading = ਹੁਣ ਤੱਕ ਕੀ ਹੋਇਆ ਹੈ
request-event-photo-alt = ਸਿਟੀ ਵੱਲੋਂ ਕੰਮ ਦੀ ਫ਼ੋਟੋ, ਨੰਬਰ { $number }
request-unavailable = ਇਹ ਸੇਵਾ ਬੇਨਤੀ ਇਸ ਵੇਲੇ ਨਹੀਂ ਵਿਖਾਈ ਜਾ ਸਕਦੀ। ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
request-not-found-title = ਸੇਵਾ ਬੇਨਤੀ ਨਹੀਂ ਮਿਲੀ – { -product-name }
request-not-found-heading = ਸਾਨੂੰ ਇਹ ਸੇਵਾ ਬੇਨਤੀ ਨਹੀਂ ਮਿਲ ਰਹੀ
request-not-found-body = ਸੇਵਾ ਬੇਨਤੀ { $number } ਮੌਜੂਦ ਨਹੀਂ ਹੈ। ਆਪਣੇ ਪੁਸ਼ਟੀ ਪੰਨੇ ਜਾਂ ਈਮੇਲ ਵਿੱਚ ਨੰਬਰ ਦੀ ਜਾਂਚ ਕਰੋ। ਹੁਣੇ ਕੀਤੀ ਬੇਨਤੀ ਨੂੰ ਵਿਖਾਈ ਦੇਣ ਵਿੱਚ ਇੱਕ ਮਿੰਟ ਲੱਗ ਸਕਦਾ ਹੈ।
request-not-found-retry = ਕੋਈ ਹੋਰ ਨੰਬਰ ਲੱਭੋ

## ਸਥਿਤੀਆਂ, ਸੌਖੀ ਭਾਸ਼ਾ ਵਿੱਚ
status-received = ਪ੍ਰਾਪਤ ਹੋਈ
status-assigned = ਵਿਭਾਗ ਨੂੰ ਸੌਂਪੀ ਗਈ
status-inspection = ਜਾਂਚ
status-scheduled = ਕੰਮ ਦਾ ਸਮਾਂ ਤੈਅ
status-completed = ਪੂਰੀ ਹੋਈ
status-closed_referred = ਬੰਦ – ਕਿਸੇ ਹੋਰ ਸੰਸਥਾ ਨੂੰ ਭੇਜੀ ਗਈ
status-closed_no_action = ਬੰਦ – ਕਿਸੇ ਕਾਰਵਾਈ ਦੀ ਲੋੜ ਨਹੀਂ
status-closed_duplicate = ਬੰਦ – ਪਹਿਲਾਂ ਹੀ ਦੱਸੀ ਜਾ ਚੁੱਕੀ ਸਮੱਸਿਆ

## ਸੇਵਾਵਾਂ ਦੀ ਡਾਇਰੈਕਟਰੀ
nav-services = ਸਿਟੀ ਦੀਆਂ ਸੇਵਾਵਾਂ
services-title = ਸਿਟੀ ਦੀਆਂ ਸੇਵਾਵਾਂ – { -product-name }
services-heading = ਸਿਟੀ ਦੀਆਂ ਸੇਵਾਵਾਂ
services-intro = ਆਪਣੀ ਸਮੱਸਿਆ ਲਈ ਸਹੀ ਸੇਵਾ ਲੱਭੋ। ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਖੋਜੋ, ਜਾਂ ਵਿਸ਼ੇ ਅਨੁਸਾਰ ਵੇਖੋ।
services-search-label = ਕੋਈ ਸੇਵਾ ਖੋਜੋ
services-search-hint = ਜਿਵੇਂ: ਸੜਕ ਦਾ ਟੋਆ, ਕੂੜਾ ਨਹੀਂ ਚੁੱਕਿਆ ਗਿਆ, ਸ਼ੋਰ
services-search-button = ਖੋਜੋ
services-results-heading =
    { $count ->
        [one] “{ $query }” ਨਾਲ { $count } ਸੇਵਾ ਮੇਲ ਖਾਂਦੀ ਹੈ
       *[other] “{ $query }” ਨਾਲ { $count } ਸੇਵਾਵਾਂ ਮੇਲ ਖਾਂਦੀਆਂ ਹਨ
    }
services-no-results = “{ $query }” ਨਾਲ ਕੋਈ ਸੇਵਾ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ। ਹੋਰ ਸ਼ਬਦ ਵਰਤ ਕੇ ਵੇਖੋ, ਜਾਂ ਹੇਠਾਂ ਦਿੱਤੇ ਵਿਸ਼ੇ ਵੇਖੋ।
services-browse-heading = ਵਿਸ਼ੇ ਅਨੁਸਾਰ ਵੇਖੋ
service-detail-title = { $name } – { -product-name }
service-topic = ਵਿਸ਼ਾ
service-standard = ਸੇਵਾ ਮਿਆਰ
service-sla-hours =
    { $count ->
        [one] ਸਾਡਾ ਟੀਚਾ { $count } ਘੰਟੇ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਣਾ ਹੈ
       *[other] ਸਾਡਾ ਟੀਚਾ { $count } ਘੰਟਿਆਂ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਣਾ ਹੈ
    }
service-sla-business-days =
    { $count ->
        [one] ਸਾਡਾ ਟੀਚਾ { $count } ਕੰਮਕਾਜੀ ਦਿਨ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਣਾ ਹੈ
       *[other] ਸਾਡਾ ਟੀਚਾ { $count } ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਣਾ ਹੈ
    }
service-sla-calendar-days =
    { $count ->
        [one] ਸਾਡਾ ਟੀਚਾ { $count } ਦਿਨ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਣਾ ਹੈ
       *[other] ਸਾਡਾ ਟੀਚਾ { $count } ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਜਵਾਬ ਦੇਣਾ ਹੈ
    }
service-back = ਸਿਟੀ ਦੀਆਂ ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ
service-not-found-title = ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ – { -product-name }
service-not-found-heading = ਸਾਨੂੰ ਇਹ ਸੇਵਾ ਨਹੀਂ ਮਿਲ ਰਹੀ

## ਬੇਨਤੀ ਬਾਰੇ ਸ਼ਿਕਾਇਤ
request-complaint-heading = ਕੀ ਤੁਸੀਂ ਇਸ ਬੇਨਤੀ ਦੀ ਪ੍ਰਗਤੀ ਤੋਂ ਸੰਤੁਸ਼ਟ ਨਹੀਂ ਹੋ?
request-complaint-overdue = ਅਨੁਮਾਨਿਤ ਤਾਰੀਖ਼ ਲੰਘ ਚੁੱਕੀ ਹੈ ਅਤੇ ਇਹ ਬੇਨਤੀ ਅਜੇ ਬੰਦ ਨਹੀਂ ਹੋਈ। ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰ ਸਕਦੇ ਹੋ: ਇੱਕ ਸੁਪਰਵਾਈਜ਼ਰ ਨੂੰ 5 ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਇਸ ਦਾ ਜਵਾਬ ਦੇਣਾ ਪਵੇਗਾ, ਨਹੀਂ ਤਾਂ ਇਹ ਵਿਭਾਗ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਕੋਲ ਭੇਜੀ ਜਾਵੇਗੀ।
request-complaint-closed = ਜੇ ਸਮੱਸਿਆ ਠੀਕ ਨਹੀਂ ਹੋਈ, ਜਾਂ ਤੁਸੀਂ ਇਸ ਬੇਨਤੀ ਨੂੰ ਬੰਦ ਕਰਨ ਦੇ ਤਰੀਕੇ ਨਾਲ ਸਹਿਮਤ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰ ਸਕਦੇ ਹੋ: ਇੱਕ ਸੁਪਰਵਾਈਜ਼ਰ ਨੂੰ 5 ਕੰਮਕਾਜੀ ਦਿਨਾਂ ਦੇ ਅੰਦਰ ਇਸ ਦਾ ਜਵਾਬ ਦੇਣਾ ਪਵੇਗਾ, ਨਹੀਂ ਤਾਂ ਇਹ ਵਿਭਾਗ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਕੋਲ ਭੇਜੀ ਜਾਵੇਗੀ।
request-complaint-details = ਕੀ ਗ਼ਲਤ ਹੈ?
request-complaint-details-hint = ਜਿਵੇਂ: ਬੇਨਤੀ ਬੰਦ ਹੋਣ ਤੋਂ ਬਾਅਦ ਵੀ ਸੜਕ ਦਾ ਟੋਆ ਅਜੇ ਵੀ ਉੱਥੇ ਹੀ ਹੈ।
request-complaint-email = ਈਮੇਲ ਪਤਾ (ਵਿਕਲਪਿਕ)
request-complaint-email-hint = ਤਾਂ ਜੋ ਅਸੀਂ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੱਸ ਸਕੀਏ। ਇਹ ਕਦੇ ਵੀ ਜਨਤਕ ਤੌਰ 'ਤੇ ਨਹੀਂ ਵਿਖਾਇਆ ਜਾਂਦਾ।
request-complaint-submit = ਸ਼ਿਕਾਇਤ ਦਰਜ ਕਰੋ
request-complaint-filed = ਤੁਹਾਡੀ ਸ਼ਿਕਾਇਤ ਦਰਜ ਹੋ ਗਈ ਹੈ। ਇਹ ਹੇਠਾਂ ਦਿੱਤੇ ਘਟਨਾਕ੍ਰਮ ਵਿੱਚ ਵਿਖਾਈ ਦਿੰਦੀ ਹੈ।
request-complaint-pending = ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਇੱਕ ਸ਼ਿਕਾਇਤ ਜਵਾਬ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ। ਜਵਾਬ { $date } ਤੱਕ ਅਨੁਮਾਨਿਤ ਹੈ।
request-complaint-escalated = ਜਵਾਬ ਵਿੱਚ ਦੇਰੀ ਹੋਈ ਹੈ, ਇਸ ਲਈ ਸ਼ਿਕਾਇਤ ਵਿਭਾਗ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਕੋਲ ਭੇਜ ਦਿੱਤੀ ਗਈ ਹੈ।
request-complaint-error-details = ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਗ਼ਲਤ ਹੈ
request-complaint-error-too-long = ਸ਼ਿਕਾਇਤ 2000 ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
status-complaint = ਸ਼ਿਕਾਇਤ ਦਰਜ ਹੋਈ
status-escalated = ਸ਼ਿਕਾਇਤ ਵਿਭਾਗ ਦੇ ਪ੍ਰਬੰਧਕਾਂ ਕੋਲ ਭੇਜੀ ਗਈ
