### ਸਮੱਸਿਆ ਦੀ ਰਿਪੋਰਟ ਕਰਨਾ: /report ਪੰਨੇ, ਉਨ੍ਹਾਂ ਦੀਆਂ ਗ਼ਲਤੀਆਂ, ਨਕਸ਼ਾ ਅਤੇ ਫ਼ੋਟੋਆਂ।

report-page-title = {$heading} – { -product-name }
report-caption = ਸਮੱਸਿਆ ਦੱਸੋ
report-unavailable = ਰਿਪੋਰਟ ਫ਼ਾਰਮ ਇਸ ਵੇਲੇ ਨਹੀਂ ਵਿਖਾਇਆ ਜਾ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
report-continue = ਜਾਰੀ ਰੱਖੋ
report-optional = { $label } (ਵਿਕਲਪਿਕ)

## ਸੇਵਾ ਚੁਣਨਾ
report-choose-heading = ਤੁਸੀਂ ਕਿਸ ਚੀਜ਼ ਦੀ ਰਿਪੋਰਟ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
report-choose-intro = ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਖੋਜੋ, ਜਾਂ ਹੇਠਾਂ ਦਿੱਤੇ ਵਿਸ਼ਿਆਂ ਵਿੱਚੋਂ ਚੁਣੋ।
report-start-button = ਹੁਣੇ ਸ਼ੁਰੂ ਕਰੋ
report-choose-other = ਕਿਸੇ ਹੋਰ ਚੀਜ਼ ਦੀ ਰਿਪੋਰਟ ਕਰੋ
report-not-found-heading = ਸਾਨੂੰ ਇਹ ਰਿਪੋਰਟ ਨਹੀਂ ਮਿਲ ਰਹੀ
report-not-found-body = ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਲਿੰਕ ਅਧੂਰਾ ਹੋਵੇ ਜਾਂ ਗ਼ਲਤ ਲਿਖਿਆ ਗਿਆ ਹੋਵੇ।
report-start-again = ਨਵੀਂ ਰਿਪੋਰਟ ਸ਼ੁਰੂ ਕਰੋ

## ਇਹ ਕਿਸ ਦੀ ਮਲਕੀਅਤ ਹੈ, ਅਤੇ ਨਫ਼ਰਤ ਤੋਂ ਪ੍ਰੇਰਿਤ ਗ੍ਰੈਫ਼ਿਟੀ
report-owner-question = ਜਿਸ ਚੀਜ਼ ਵਿੱਚ ਸਮੱਸਿਆ ਹੈ, ਉਹ ਕਿਸ ਦੀ ਮਲਕੀਅਤ ਹੈ?
report-owner-hint = ਉਸ 'ਤੇ ਕੋਈ ਲੋਗੋ ਜਾਂ ਲੇਬਲ ਵੇਖੋ। ਸਿਟੀ ਸਿਰਫ਼ ਆਪਣੀ ਮਲਕੀਅਤ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਹੀ ਠੀਕ ਕਰ ਸਕਦੀ ਹੈ।
report-owner-city = ਸਿਟੀ ਆਫ਼ ਟੋਰਾਂਟੋ, ਜਿਵੇਂ ਸਿਟੀ ਦੀ ਕੋਈ ਕੰਧ, ਪੁਲ, ਸਾਈਨ ਜਾਂ ਕੂੜੇਦਾਨ
report-owner-unknown = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ
report-owner-bell = Bell Canada: ਟੈਲੀਫ਼ੋਨ ਬੂਥ, Bell ਦੇ ਖੰਭੇ ਅਤੇ ਕੈਬਨਿਟ
report-owner-rogers = Rogers: ਕੇਬਲ ਬਕਸੇ ਅਤੇ ਕੈਬਨਿਟ
report-owner-toronto-hydro = Toronto Hydro: ਬਿਜਲੀ ਦੇ ਖੰਭੇ, ਟ੍ਰਾਂਸਫ਼ਾਰਮਰ ਅਤੇ ਬਿਜਲੀ ਦੇ ਬਕਸੇ
report-owner-canada-post = Canada Post: ਡਾਕ ਬਕਸੇ ਅਤੇ ਪਾਰਸਲ ਲੌਕਰ
report-owner-ttc = TTC: ਸਵਾਰੀਆਂ ਲਈ ਸ਼ੈਲਟਰ, ਸਟੇਸ਼ਨ ਅਤੇ ਗੱਡੀਆਂ
report-error-owner = ਚੁਣੋ ਕਿ ਇਹ ਕਿਸ ਦੀ ਮਲਕੀਅਤ ਹੈ, ਜਾਂ “ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ” ਚੁਣੋ
report-referral-heading = ਇਸ ਨੂੰ ਠੀਕ ਕਰਨਾ ਸਿਟੀ ਦੀ ਜ਼ਿੰਮੇਵਾਰੀ ਨਹੀਂ ਹੈ
report-referral-intro = ਸਿਟੀ ਸਿਰਫ਼ ਆਪਣੀ ਮਲਕੀਅਤ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਦੀ ਮੁਰੰਮਤ ਜਾਂ ਸਫ਼ਾਈ ਕਰ ਸਕਦੀ ਹੈ, ਇਸ ਲਈ ਕੋਈ ਸੇਵਾ ਬੇਨਤੀ ਨਹੀਂ ਬਣਾਈ ਗਈ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਦੀ ਰਿਪੋਰਟ ਇਸ ਦੇ ਮਾਲਕ ਨੂੰ ਕਰੋ।
report-referral-bell = Bell Canada: 1-866-310-2355 'ਤੇ ਕਾਲ ਕਰੋ।
report-referral-rogers = Rogers: 1-888-764-3771 'ਤੇ ਕਾਲ ਕਰੋ।
report-referral-toronto-hydro = Toronto Hydro: 416-542-8000 'ਤੇ ਕਾਲ ਕਰੋ। ਜੇ ਤਾਰਾਂ ਹੇਠਾਂ ਡਿੱਗੀਆਂ ਹੋਈਆਂ ਹਨ ਜਾਂ ਉਨ੍ਹਾਂ ਵਿੱਚੋਂ ਚੰਗਿਆੜੀਆਂ ਨਿਕਲ ਰਹੀਆਂ ਹਨ, ਤਾਂ 10 ਮੀਟਰ ਦੂਰ ਰਹੋ ਅਤੇ 911 'ਤੇ ਕਾਲ ਕਰੋ।
report-referral-canada-post = Canada Post: 1-866-607-6301 'ਤੇ ਕਾਲ ਕਰੋ।
report-referral-ttc = TTC: ਗਾਹਕ ਸੇਵਾ ਨੂੰ 416-393-3030 'ਤੇ ਕਾਲ ਕਰੋ।
report-hate-heading = ਨਫ਼ਰਤ ਤੋਂ ਪ੍ਰੇਰਿਤ ਗ੍ਰੈਫ਼ਿਟੀ
report-hate-police = ਜੇ ਗ੍ਰੈਫ਼ਿਟੀ ਲੋਕਾਂ ਨੂੰ ਉਨ੍ਹਾਂ ਦੀ ਨਸਲ, ਧਰਮ, ਨਸਲੀ ਪਿਛੋਕੜ, ਜਿਨਸੀ ਰੁਝਾਨ, ਲਿੰਗ ਜਾਂ ਅਪੰਗਤਾ ਕਾਰਨ ਨਿਸ਼ਾਨਾ ਬਣਾਉਂਦੀ ਹੈ, ਤਾਂ ਪਹਿਲਾਂ ਇਸ ਦੀ ਰਿਪੋਰਟ Toronto Police (ਟੋਰਾਂਟੋ ਪੁਲਿਸ) ਨੂੰ ਕਰੋ: ਗ਼ੈਰ-ਐਮਰਜੈਂਸੀ ਲਾਈਨ 416-808-2222 'ਤੇ ਕਾਲ ਕਰੋ, ਜਾਂ ਜੇ ਕਿਸੇ ਨੂੰ ਖ਼ਤਰਾ ਹੈ ਤਾਂ 911 'ਤੇ ਕਾਲ ਕਰੋ। ਗ੍ਰੈਫ਼ਿਟੀ ਹਟਾਏ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਪੁਲਿਸ ਇਸ ਨੂੰ ਸੰਭਾਵੀ ਨਫ਼ਰਤੀ ਅਪਰਾਧ ਵਜੋਂ ਦਰਜ ਕਰਦੀ ਹੈ।
report-hate-then = ਫਿਰ ਇੱਥੇ ਇਸ ਦੀ ਰਿਪੋਰਟ ਕਰੋ, ਤਾਂ ਜੋ ਸਿਟੀ ਇਸ ਨੂੰ ਜਲਦੀ ਹਟਾ ਸਕੇ।

## ਥਾਂ
report-location-heading = ਸਮੱਸਿਆ ਕਿੱਥੇ ਹੈ?
report-location-current = ਚੁਣੀ ਗਈ ਥਾਂ
report-location-address = { $address }, ਵਾਰਡ { $ward }
report-location-pin = { $lat }, { $long } 'ਤੇ ਪਿੰਨ, ਵਾਰਡ { $ward }
report-map-heading = ਨਕਸ਼ੇ 'ਤੇ ਪਿੰਨ ਲਗਾਓ
report-map-hint = ਨਕਸ਼ੇ 'ਤੇ ਉਸ ਥਾਂ ਕਲਿੱਕ ਜਾਂ ਟੈਪ ਕਰੋ ਜਿੱਥੇ ਸਮੱਸਿਆ ਹੈ, ਫਿਰ ਪਿੰਨ ਨੂੰ ਖਿੱਚ ਕੇ ਠੀਕ ਥਾਂ 'ਤੇ ਕਰੋ। ਕੀਬੋਰਡ ਨਾਲ, ਤੀਰ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ ਨਾਲ ਨਕਸ਼ੇ ਨੂੰ ਹਿਲਾਓ, ਫਿਰ “ਪਿੰਨ ਨੂੰ ਨਕਸ਼ੇ ਦੇ ਵਿਚਕਾਰ ਲਗਾਓ” ਚੁਣੋ।
report-map-label = ਨਕਸ਼ਾ
report-map-pin = ਸਮੱਸਿਆ ਵਾਲੀ ਥਾਂ
report-map-pin-at = ਪਿੰਨ { $lat }, { $long } 'ਤੇ ਲਗਾਇਆ ਗਿਆ
report-map-no-pin = ਅਜੇ ਕੋਈ ਪਿੰਨ ਨਹੀਂ ਲਗਾਇਆ ਗਿਆ
report-map-locate = ਮੇਰੀ ਥਾਂ ਵਰਤੋ
report-map-locate-failed = ਤੁਹਾਡੀ ਥਾਂ ਦਾ ਪਤਾ ਨਹੀਂ ਲੱਗ ਸਕਿਆ। ਨਕਸ਼ੇ 'ਤੇ ਪਿੰਨ ਲਗਾਓ ਜਾਂ ਕੋਈ ਪਤਾ ਲਿਖੋ।
report-map-centre = ਪਿੰਨ ਨੂੰ ਨਕਸ਼ੇ ਦੇ ਵਿਚਕਾਰ ਲਗਾਓ
report-map-use = ਇਸ ਪਿੰਨ ਵਾਲੀ ਥਾਂ ਵਰਤੋ
report-address-heading = ਜਾਂ ਕੋਈ ਪਤਾ ਜਾਂ ਚੌਰਾਹਾ ਲਿਖੋ
report-place-label = ਸੜਕ, ਚੌਰਾਹਾ ਜਾਂ ਥਾਂ
report-place-hint = ਜਿਵੇਂ: Queen St W & Spadina Ave, ਜਾਂ Nathan Phillips Square
report-place-find = ਲੱਭੋ
report-place-none = “{ $query }” ਨਾਲ ਕੁਝ ਵੀ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ। ਸ਼ਬਦ-ਜੋੜ ਦੀ ਜਾਂਚ ਕਰੋ, ਜਾਂ ਸਭ ਤੋਂ ਨੇੜਲਾ ਚੌਰਾਹਾ ਲਿਖ ਕੇ ਵੇਖੋ।
report-place-choose = ਸਭ ਤੋਂ ਨੇੜਲਾ ਮੇਲ ਚੁਣੋ
report-place-use = ਇਹ ਥਾਂ ਵਰਤੋ
report-place-kind-street = ਸੜਕ
report-place-kind-intersection = ਚੌਰਾਹਾ
report-place-kind-place = ਥਾਂ
report-error-outside-city = ਇਹ ਥਾਂ ਸਿਟੀ ਆਫ਼ ਟੋਰਾਂਟੋ ਦੀ ਹੱਦ ਤੋਂ ਬਾਹਰ ਹੈ। ਸ਼ਹਿਰ ਦੇ ਅੰਦਰ ਕੋਈ ਥਾਂ ਚੁਣੋ।
report-error-pin-missing = ਨਕਸ਼ੇ 'ਤੇ ਪਿੰਨ ਲਗਾਓ, ਜਾਂ ਹੇਠਾਂ ਕੋਈ ਪਤਾ ਲਿਖੋ
report-error-place-choose = ਮੇਲ ਖਾਂਦੇ ਨਤੀਜਿਆਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ, ਜਾਂ ਦੁਬਾਰਾ ਖੋਜੋ
report-error-location-missing = ਕੋਈ ਸੜਕ, ਚੌਰਾਹਾ ਜਾਂ ਥਾਂ ਲਿਖੋ, ਜਾਂ ਨਕਸ਼ੇ 'ਤੇ ਪਿੰਨ ਲਗਾਓ

## ਵੇਰਵੇ ਅਤੇ ਸੰਪਰਕ
report-details-heading = ਸਾਨੂੰ ਸਮੱਸਿਆ ਬਾਰੇ ਦੱਸੋ
report-field-description = ਸਮੱਸਿਆ ਦਾ ਵੇਰਵਾ ਦਿਓ
report-description-hint = ਤੁਹਾਨੂੰ ਕੀ ਦਿਸਦਾ ਹੈ, ਅਤੇ ਕੋਈ ਵੀ ਗੱਲ ਜੋ ਕਰਮਚਾਰੀਆਂ ਨੂੰ ਇਸ ਨੂੰ ਲੱਭਣ ਵਿੱਚ ਮਦਦ ਕਰੇ। ਕਿਰਪਾ ਕਰਕੇ ਕੋਈ ਨਿੱਜੀ ਜਾਣਕਾਰੀ ਨਾ ਲਿਖੋ।
report-contact-heading = ਤੁਹਾਡੇ ਸੰਪਰਕ ਵੇਰਵੇ (ਵਿਕਲਪਿਕ)
report-contact-hint = ਅਸੀਂ ਇਨ੍ਹਾਂ ਦੀ ਵਰਤੋਂ ਸਿਰਫ਼ ਇਸ ਰਿਪੋਰਟ ਬਾਰੇ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ ਕਰਦੇ ਹਾਂ। ਇਹ ਕਦੇ ਵੀ ਜਨਤਕ ਤੌਰ 'ਤੇ ਨਹੀਂ ਵਿਖਾਏ ਜਾਂਦੇ। ਬਿਨਾਂ ਨਾਂ ਦੱਸੇ ਰਿਪੋਰਟ ਕਰਨ ਲਈ ਇਨ੍ਹਾਂ ਨੂੰ ਖਾਲੀ ਛੱਡ ਦਿਓ।
report-field-first-name = ਪਹਿਲਾ ਨਾਂ
report-field-last-name = ਆਖ਼ਰੀ ਨਾਂ
report-field-email = ਈਮੇਲ ਪਤਾ
report-field-phone = ਫ਼ੋਨ ਨੰਬਰ
report-error-missing = “{ $field }” ਸਵਾਲ ਦਾ ਜਵਾਬ ਦਿਓ
report-error-number = “{ $field }” ਦਾ ਜਵਾਬ ਇੱਕ ਨੰਬਰ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, ਜਿਵੇਂ 3 ਜਾਂ 2.5
report-error-too-long = “{ $field }” ਦਾ ਜਵਾਬ { $max } ਅੱਖਰਾਂ ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ
report-error-choice = “{ $field }” ਲਈ ਦਿੱਤੇ ਗਏ ਜਵਾਬਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ
report-error-datetime = “{ $field }” ਲਈ ਸਹੀ ਤਾਰੀਖ਼ ਅਤੇ ਸਮਾਂ ਦਰਜ ਕਰੋ
report-error-email = ਈਮੇਲ ਪਤਾ ਸਹੀ ਰੂਪ ਵਿੱਚ ਦਰਜ ਕਰੋ, ਜਿਵੇਂ name@example.com
report-error-phone = 7 ਤੋਂ 15 ਅੰਕਾਂ ਵਾਲਾ ਫ਼ੋਨ ਨੰਬਰ ਦਰਜ ਕਰੋ, ਜਿਵੇਂ 416-392-2489

## ਫ਼ੋਟੋਆਂ
report-photos-heading = ਫ਼ੋਟੋਆਂ
report-photos-required = ਇਸ ਤਰ੍ਹਾਂ ਦੀ ਸਮੱਸਿਆ ਲਈ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਫ਼ੋਟੋ ਜ਼ਰੂਰੀ ਹੈ। ਇਸ ਨਾਲ ਕਰਮਚਾਰੀਆਂ ਨੂੰ ਇਸ ਨੂੰ ਲੱਭਣ ਅਤੇ ਠੀਕ ਕਰਨ ਵਿੱਚ ਮਦਦ ਮਿਲਦੀ ਹੈ।
report-photos-optional = ਫ਼ੋਟੋਆਂ ਵਿਕਲਪਿਕ ਹਨ, ਪਰ ਇਨ੍ਹਾਂ ਨਾਲ ਕਰਮਚਾਰੀਆਂ ਨੂੰ ਸਮੱਸਿਆ ਲੱਭਣ ਅਤੇ ਠੀਕ ਕਰਨ ਵਿੱਚ ਮਦਦ ਮਿਲਦੀ ਹੈ।
report-photos-limits = ਤੁਸੀਂ JPEG, PNG ਜਾਂ WebP ਫ਼ਾਰਮੈਟ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ { $count } ਫ਼ੋਟੋਆਂ ਜੋੜ ਸਕਦੇ ਹੋ, ਹਰੇਕ ਫ਼ੋਟੋ ਵੱਧ ਤੋਂ ਵੱਧ { $megabytes } MB ਦੀ। ਜੋ ਕਾਪੀ ਅਸੀਂ ਰੱਖਦੇ ਹਾਂ, ਉਸ ਵਿੱਚੋਂ ਅਸੀਂ ਥਾਂ ਅਤੇ ਕੈਮਰੇ ਦੇ ਵੇਰਵੇ ਹਟਾ ਦਿੰਦੇ ਹਾਂ।
report-photo-label = ਕੋਈ ਫ਼ੋਟੋ ਚੁਣੋ
report-photo-upload = ਫ਼ੋਟੋ ਅੱਪਲੋਡ ਕਰੋ
report-photo-uploading = ਫ਼ੋਟੋ ਅੱਪਲੋਡ ਹੋ ਰਹੀ ਹੈ
report-photo-alt = ਫ਼ੋਟੋ { $number }
report-photo-remove = ਫ਼ੋਟੋ { $number } ਹਟਾਓ
report-photo-has-location = ਫ਼ੋਟੋ { $number } ਵਿੱਚ ਦਰਜ ਹੈ ਕਿ ਇਹ ਕਿੱਥੇ ਖਿੱਚੀ ਗਈ ਸੀ।
report-photo-use-location = ਫ਼ੋਟੋ { $number } ਵਾਲੀ ਥਾਂ ਵਰਤੋ
report-photos-count =
    { $count ->
        [0] ਕੋਈ ਫ਼ੋਟੋ ਨਹੀਂ
        [one] { $count } ਫ਼ੋਟੋ
       *[other] { $count } ਫ਼ੋਟੋਆਂ
    }
report-error-photo-missing = ਅੱਪਲੋਡ ਕਰਨ ਲਈ ਕੋਈ ਫ਼ੋਟੋ ਚੁਣੋ
report-error-photo-too-large = ਫ਼ੋਟੋ { $megabytes } MB ਤੋਂ ਛੋਟੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
report-error-photo-type = ਫ਼ਾਈਲ JPEG, PNG ਜਾਂ WebP ਫ਼ਾਰਮੈਟ ਵਿੱਚ ਕੋਈ ਫ਼ੋਟੋ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
report-error-photo-dimensions = ਫ਼ੋਟੋ ਵਿੱਚ ਬਹੁਤ ਜ਼ਿਆਦਾ ਪਿਕਸਲ ਹਨ। ਕੋਈ ਛੋਟੀ ਫ਼ੋਟੋ ਚੁਣੋ।
report-error-photo-damaged = ਫ਼ੋਟੋ ਖ਼ਰਾਬ ਹੈ ਅਤੇ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕਦੀ। ਕੋਈ ਹੋਰ ਫ਼ੋਟੋ ਚੁਣੋ।
report-error-photo-limit = ਤੁਸੀਂ ਵੱਧ ਤੋਂ ਵੱਧ { $count } ਫ਼ੋਟੋਆਂ ਜੋੜ ਸਕਦੇ ਹੋ। ਹੋਰ ਫ਼ੋਟੋ ਜੋੜਨ ਲਈ ਇੱਕ ਹਟਾਓ।
report-error-photo-required = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਫ਼ੋਟੋ ਜੋੜੋ
report-error-photo-outside = ਜਿਸ ਥਾਂ ਇਹ ਫ਼ੋਟੋ ਖਿੱਚੀ ਗਈ ਸੀ, ਉਹ ਸਿਟੀ ਆਫ਼ ਟੋਰਾਂਟੋ ਦੀ ਹੱਦ ਤੋਂ ਬਾਹਰ ਹੈ

## ਜਾਂਚ, ਨੇੜੇ ਦੀਆਂ ਮਿਲਦੀਆਂ-ਜੁਲਦੀਆਂ ਰਿਪੋਰਟਾਂ, ਅਤੇ ਭੇਜਣਾ
report-check-heading = ਆਪਣੀ ਰਿਪੋਰਟ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੇ ਜਵਾਬਾਂ ਦੀ ਜਾਂਚ ਕਰੋ
report-check-answers = ਤੁਹਾਡੇ ਜਵਾਬ
report-change = ਬਦਲੋ
report-anonymous = ਨਹੀਂ ਦਿੱਤੇ ਗਏ: ਇਹ ਰਿਪੋਰਟ ਗੁਮਨਾਮ ਹੈ
report-submit-note = ਇਹ ਰਿਪੋਰਟ ਭੇਜ ਕੇ ਤੁਸੀਂ ਪੁਸ਼ਟੀ ਕਰਦੇ ਹੋ ਕਿ ਜਿੱਥੋਂ ਤੱਕ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ, ਇਹ ਜਾਣਕਾਰੀ ਸਹੀ ਹੈ।
report-submit = ਰਿਪੋਰਟ ਭੇਜੋ
report-nearby-heading = ਕੀ ਇਸ ਦੀ ਰਿਪੋਰਟ ਪਹਿਲਾਂ ਹੀ ਹੋ ਚੁੱਕੀ ਹੈ?
report-nearby-intro = ਇਸੇ ਸਮੱਸਿਆ ਬਾਰੇ ਇਹ ਖੁੱਲ੍ਹੀਆਂ ਬੇਨਤੀਆਂ 250 ਮੀਟਰ ਦੇ ਅੰਦਰ ਹਨ। ਜੇ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੋਈ ਤੁਹਾਡੀ ਸਮੱਸਿਆ ਹੈ, ਤਾਂ ਨਵੀਂ ਰਿਪੋਰਟ ਭੇਜਣ ਦੀ ਬਜਾਏ ਉਸੇ ਨੂੰ ਫ਼ਾਲੋ ਕਰੋ।
report-nearby-distance = ਲਗਭਗ { $metres } ਮੀਟਰ ਦੂਰ
report-nearby-reporters =
    { $count ->
        [one] { $count } ਵਿਅਕਤੀ ਨੇ ਰਿਪੋਰਟ ਕੀਤੀ
       *[other] { $count } ਲੋਕਾਂ ਨੇ ਰਿਪੋਰਟ ਕੀਤੀ
    }
report-me-too = ਮੇਰੀ ਵੀ ਇਹੀ ਸਮੱਸਿਆ ਹੈ: { $number } ਨੂੰ ਫ਼ਾਲੋ ਕਰੋ
report-error-follow = ਉਸ ਬੇਨਤੀ ਨੂੰ ਹੁਣ ਫ਼ਾਲੋ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਦਾ। ਇਸ ਦੀ ਬਜਾਏ ਆਪਣੀ ਰਿਪੋਰਟ ਭੇਜੋ।
report-sent-heading = ਰਿਪੋਰਟ ਭੇਜ ਦਿੱਤੀ ਗਈ
report-sent-number = ਤੁਹਾਡਾ ਸੇਵਾ ਬੇਨਤੀ ਨੰਬਰ ਹੈ:
report-sent-next = ਇਹ ਨੰਬਰ ਸੰਭਾਲ ਕੇ ਰੱਖੋ। ਇਸ ਨਾਲ ਤੁਸੀਂ ਵੇਖ ਸਕਦੇ ਹੋ ਕਿ ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ।
report-sent-track = ਇਸ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਵੇਖੋ
report-another = ਕੋਈ ਹੋਰ ਸਮੱਸਿਆ ਦੱਸੋ
report-following-heading = ਤੁਸੀਂ { $number } ਨੂੰ ਫ਼ਾਲੋ ਕਰ ਰਹੇ ਹੋ
report-following-body = ਨਵੀਂ ਬੇਨਤੀ ਬਣਾਉਣ ਦੀ ਬਜਾਏ ਤੁਹਾਨੂੰ ਇਸ ਬੇਨਤੀ ਨਾਲ ਜੋੜ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਇਸ ਦੇ ਸਥਿਤੀ ਪੰਨੇ 'ਤੇ ਵਿਖਾਈ ਦਿੰਦਾ ਹੈ ਕਿ ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ।
