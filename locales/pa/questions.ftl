### ਕੈਟਾਲਾਗ ਦੇ ਸਵਾਲ: ਹਰ ਸੇਵਾ ਕਿਸਮ ਦੇ ਵਾਧੂ ਸਵਾਲ (Open311 ਗੁਣ), ਅਤੇ
### ਸੂਚੀ ਵਾਲੇ ਸਵਾਲਾਂ ਲਈ ਦਿੱਤੇ ਜਵਾਬ, ਜਿਨ੍ਹਾਂ ਦੇ ਨਾਂ ਉਨ੍ਹਾਂ ਦੀਆਂ ਕੁੰਜੀਆਂ ਅਨੁਸਾਰ ਰੱਖੇ ਗਏ ਹਨ।

## ਸੜਕ ਵਿੱਚ ਟੋਆ
question-pothole-size = ਟੋਆ ਲਗਭਗ ਕਿੰਨਾ ਵੱਡਾ ਹੈ?
    .small = ਖਾਣੇ ਵਾਲੀ ਪਲੇਟ ਤੋਂ ਛੋਟਾ
    .medium = ਲਗਭਗ ਕਾਰ ਦੇ ਟਾਇਰ ਜਿੰਨਾ
    .large = ਕਾਰ ਦੇ ਟਾਇਰ ਤੋਂ ਵੱਡਾ
question-pothole-lane = ਇਹ ਸੜਕ ਦੇ ਕਿਹੜੇ ਹਿੱਸੇ ਵਿੱਚ ਹੈ?
    .curb-lane = ਕਰਬ ਦੇ ਨਾਲ ਵਾਲੀ ਲੇਨ
    .centre-lane = ਵਿਚਕਾਰਲੀ ਲੇਨ ਜਾਂ ਓਵਰਟੇਕ ਕਰਨ ਵਾਲੀ ਲੇਨ
    .turn-lane = ਮੁੜਨ ਵਾਲੀ ਲੇਨ
    .bike-lane = ਸਾਈਕਲ ਲੇਨ
    .laneway = ਗਲੀ

## ਸੜਕ 'ਤੇ ਖ਼ਤਰਾ
question-road-hazard-hazard_type = ਖ਼ਤਰਾ ਕੀ ਹੈ?
    .road-collapse = ਸੜਕ ਦੀ ਸਤ੍ਹਾ ਧਸ ਗਈ ਹੈ ਜਾਂ ਵੱਡਾ ਖੱਡਾ ਪੈ ਗਿਆ ਹੈ
    .missing-cover = ਮੈਨਹੋਲ ਜਾਂ ਜਾਲੀ ਦਾ ਢੱਕਣ ਗਾਇਬ ਹੈ ਜਾਂ ਟੁੱਟਿਆ ਹੈ
    .debris = ਲੇਨ ਵਿੱਚ ਵੱਡਾ ਮਲਬਾ
    .spill = ਕੁਝ ਡੁੱਲ੍ਹਿਆ ਹੋਇਆ ਹੈ ਜਾਂ ਤਿਲਕਣ ਵਾਲਾ ਪਦਾਰਥ ਹੈ
    .other = ਕੁਝ ਹੋਰ

## ਟੁੱਟਿਆ ਹੋਇਆ ਫੁੱਟਪਾਥ
question-sidewalk-damaged-damage = ਫੁੱਟਪਾਥ ਵਿੱਚ ਕੀ ਖ਼ਰਾਬੀ ਹੈ?
    .cracked = ਤਰੇੜਾਂ ਹਨ
    .lifted = ਸਲੈਬਾਂ ਉੱਠੀਆਂ ਹੋਈਆਂ ਹਨ ਜਾਂ ਉੱਚੀਆਂ-ਨੀਵੀਆਂ ਹਨ
    .sunken = ਧਸਿਆ ਹੋਇਆ ਹੈ ਜਾਂ ਖੋਖਲਾ ਹੈ
    .missing = ਕੁਝ ਟੁਕੜੇ ਗਾਇਬ ਹਨ
    .curb-ramp = ਕਰਬ ਦਾ ਰੈਂਪ ਟੁੱਟਿਆ ਹੋਇਆ ਹੈ
question-sidewalk-damaged-trip_height = ਉੱਚੇ-ਨੀਵੇਂ ਕਿਨਾਰੇ ਦੀ ਉਚਾਈ ਲਗਭਗ ਕਿੰਨੇ ਸੈਂਟੀਮੀਟਰ ਹੈ?

## ਸਾਈਕਲ ਲੇਨ ਵਿੱਚ ਰੁਕਾਵਟ
question-bike-lane-obstruction-obstruction = ਸਾਈਕਲ ਲੇਨ ਨੂੰ ਕੀ ਰੋਕ ਰਿਹਾ ਹੈ?
    .debris = ਮਲਬਾ ਜਾਂ ਕੂੜਾ
    .construction = ਉਸਾਰੀ ਦਾ ਸਮਾਨ ਜਾਂ ਉਪਕਰਨ
    .bins = ਕੂੜੇ ਜਾਂ ਰੀਸਾਈਕਲਿੰਗ ਦੇ ਡੱਬੇ
    .bollard = ਟੁੱਟਿਆ ਜਾਂ ਡਿੱਗਿਆ ਹੋਇਆ ਛੋਟਾ ਖੰਭਾ
    .other = ਕੁਝ ਹੋਰ

## ਰਿਹਾਇਸ਼ੀ ਗਲੀ ਵਿੱਚ ਬਹੁਤ ਦੇਰ ਤੋਂ ਖੜ੍ਹੀ ਗੱਡੀ
question-long-term-parking-licence_plate = ਜੇ ਤੁਹਾਨੂੰ ਦਿਸਦੀ ਹੈ, ਤਾਂ ਗੱਡੀ ਦੀ ਨੰਬਰ ਪਲੇਟ ਕੀ ਹੈ?
question-long-term-parking-vehicle_description = ਗੱਡੀ ਦਾ ਵੇਰਵਾ ਦਿਓ (ਰੰਗ, ਕੰਪਨੀ, ਕਿਸਮ)।
question-long-term-parking-days_parked = ਗੱਡੀ ਉੱਥੇ ਲਗਭਗ ਕਿੰਨੇ ਦਿਨਾਂ ਤੋਂ ਖੜ੍ਹੀ ਹੈ?

## ਸਟ੍ਰੀਟ ਲਾਈਟ ਬੰਦ
question-streetlight-out-light_problem = ਲਾਈਟ ਵਿੱਚ ਕੀ ਖ਼ਰਾਬੀ ਹੈ?
    .out = ਲਾਈਟ ਬੰਦ ਹੈ
    .flickering = ਟਿਮਟਿਮਾ ਰਹੀ ਹੈ ਜਾਂ ਵਾਰ-ਵਾਰ ਜਗ-ਬੁਝ ਰਹੀ ਹੈ
    .day-burning = ਦਿਨ ਵੇਲੇ ਜਗ ਰਹੀ ਹੈ
    .several-out = ਇੱਕ ਕਤਾਰ ਵਿੱਚ ਕਈ ਲਾਈਟਾਂ ਬੰਦ ਹਨ
question-streetlight-out-pole_number = ਜੇ ਖੰਭੇ 'ਤੇ ਨੰਬਰ ਵਾਲਾ ਟੈਗ ਹੈ, ਤਾਂ ਉਸ 'ਤੇ ਕੀ ਲਿਖਿਆ ਹੈ?

## ਟੁੱਟਿਆ ਜਾਂ ਗਾਇਬ ਸਾਈਨ
question-sign-damaged-sign_type = ਇਹ ਕਿਸ ਤਰ੍ਹਾਂ ਦਾ ਸਾਈਨ ਹੈ?
    .street-name = ਗਲੀ ਦਾ ਨਾਂ
    .parking = ਪਾਰਕਿੰਗ
    .speed-limit = ਰਫ਼ਤਾਰ ਸੀਮਾ
    .warning = ਚੇਤਾਵਨੀ ਵਾਲਾ ਸਾਈਨ (ਮੋੜ, ਸਕੂਲ ਖੇਤਰ ਅਤੇ ਇਸ ਵਰਗੇ)
    .other = ਹੋਰ
question-sign-damaged-sign_condition = ਇਸ ਵਿੱਚ ਕੀ ਖ਼ਰਾਬੀ ਹੈ?
    .bent = ਮੁੜਿਆ ਹੋਇਆ ਹੈ ਜਾਂ ਡਿੱਗਿਆ ਹੋਇਆ ਹੈ
    .faded = ਫਿੱਕਾ ਹੈ ਜਾਂ ਪੜ੍ਹਨਾ ਔਖਾ ਹੈ
    .turned = ਗ਼ਲਤ ਪਾਸੇ ਘੁੰਮਿਆ ਹੋਇਆ ਹੈ
    .blocked = ਟਾਹਣੀਆਂ ਨਾਲ ਢਕਿਆ ਹੋਇਆ ਹੈ
    .missing = ਗਾਇਬ ਹੈ

## ਟ੍ਰੈਫ਼ਿਕ ਸਿਗਨਲ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ
question-traffic-signal-malfunction-signal_problem = ਸਿਗਨਲ ਕੀ ਕਰ ਰਿਹਾ ਹੈ?
    .dark = ਪੂਰੀ ਤਰ੍ਹਾਂ ਬੰਦ ਹੈ
    .flashing = ਲਾਲ ਜਾਂ ਪੀਲੀ ਬੱਤੀ ਜਗ-ਬੁਝ ਰਹੀ ਹੈ
    .stuck = ਇੱਕੋ ਰੰਗ 'ਤੇ ਅਟਕਿਆ ਹੋਇਆ ਹੈ
    .damaged = ਡਿੱਗਿਆ ਹੋਇਆ ਹੈ ਜਾਂ ਟੁੱਟਿਆ ਹੋਇਆ ਹੈ
    .turned = ਗ਼ਲਤ ਪਾਸੇ ਘੁੰਮਿਆ ਹੋਇਆ ਹੈ
question-traffic-signal-malfunction-direction = ਕਿਸ ਦਿਸ਼ਾ ਵੱਲ ਜਾਣ ਵਾਲਾ ਟ੍ਰੈਫ਼ਿਕ ਪ੍ਰਭਾਵਿਤ ਹੈ (ਉਦਾਹਰਨ ਲਈ, ਉੱਤਰ ਵੱਲ)?

## ਟ੍ਰੈਫ਼ਿਕ ਸੁਰੱਖਿਆ ਬਾਰੇ ਚਿੰਤਾ
question-traffic-safety-concern-concern = ਤੁਹਾਡੀਆਂ ਚਿੰਤਾਵਾਂ ਕੀ ਹਨ?
    .speeding = ਤੇਜ਼ ਰਫ਼ਤਾਰ
    .signal-timing = ਸਿਗਨਲ ਦਾ ਸਮਾਂ
    .visibility = ਸਾਫ਼ ਨਹੀਂ ਦਿਸਦਾ
    .crossing = ਪਾਰ ਕਰਨਾ ਔਖਾ ਹੈ
    .cut-through = ਛੋਟੇ ਰਸਤੇ ਵਜੋਂ ਲੰਘਣ ਵਾਲਾ ਟ੍ਰੈਫ਼ਿਕ
question-traffic-safety-concern-details = ਸਾਨੂੰ ਹੋਰ ਦੱਸੋ: ਇਹ ਕਦੋਂ ਹੁੰਦਾ ਹੈ, ਅਤੇ ਕਿਸ 'ਤੇ ਅਸਰ ਪੈਂਦਾ ਹੈ?

## ਫੁੱਟਪਾਥ ਤੋਂ ਬਰਫ਼ ਨਹੀਂ ਹਟਾਈ ਗਈ
question-snow-sidewalk-condition = ਫੁੱਟਪਾਥ ਦੀ ਹਾਲਤ ਕਿਹੋ ਜਿਹੀ ਹੈ?
    .snow = ਬਰਫ਼ ਨਾਲ ਢਕਿਆ ਹੋਇਆ
    .ice = ਬਰਫ਼ ਜੰਮੀ ਹੋਈ ਅਤੇ ਤਿਲਕਣ ਵਾਲਾ
    .snowbank = ਸੜਕ ਤੋਂ ਹਟਾਈ ਬਰਫ਼ ਦੇ ਢੇਰ ਨਾਲ ਬੰਦ

## ਕੂੜਾ ਨਹੀਂ ਚੁੱਕਿਆ ਗਿਆ
question-missed-garbage-collection_day = ਤੁਹਾਡਾ ਕੂੜਾ ਚੁੱਕਣ ਦਾ ਤੈਅ ਦਿਨ ਕਿਹੜਾ ਸੀ?
question-missed-garbage-set_out = ਕੀ ਡੱਬਾ ਸਵੇਰੇ 7 ਵਜੇ ਤੱਕ ਕਰਬ 'ਤੇ ਰੱਖਿਆ ਸੀ?
    .yes = ਹਾਂ
    .no = ਨਹੀਂ

## ਰੀਸਾਈਕਲਿੰਗ ਨਹੀਂ ਚੁੱਕੀ ਗਈ
question-missed-recycling-collection_day = ਤੁਹਾਡਾ ਕੂੜਾ ਚੁੱਕਣ ਦਾ ਤੈਅ ਦਿਨ ਕਿਹੜਾ ਸੀ?
question-missed-recycling-set_out = ਕੀ ਡੱਬਾ ਸਵੇਰੇ 7 ਵਜੇ ਤੱਕ ਕਰਬ 'ਤੇ ਰੱਖਿਆ ਸੀ?
    .yes = ਹਾਂ
    .no = ਨਹੀਂ

## ਗ੍ਰੀਨ ਬਿਨ ਨਹੀਂ ਚੁੱਕਿਆ ਗਿਆ
question-missed-green-bin-collection_day = ਤੁਹਾਡਾ ਕੂੜਾ ਚੁੱਕਣ ਦਾ ਤੈਅ ਦਿਨ ਕਿਹੜਾ ਸੀ?
question-missed-green-bin-set_out = ਕੀ ਡੱਬਾ ਸਵੇਰੇ 7 ਵਜੇ ਤੱਕ ਕਰਬ 'ਤੇ ਰੱਖਿਆ ਸੀ?
    .yes = ਹਾਂ
    .no = ਨਹੀਂ

## ਟੁੱਟਿਆ ਹੋਇਆ ਡੱਬਾ
question-bin-damaged-bin_type = ਕਿਹੜਾ ਡੱਬਾ ਟੁੱਟਿਆ ਹੈ?
    .garbage = ਕੂੜੇ ਦਾ ਡੱਬਾ
    .recycling = ਨੀਲਾ ਡੱਬਾ (ਰੀਸਾਈਕਲਿੰਗ)
    .green-bin = ਗ੍ਰੀਨ ਬਿਨ (ਜੈਵਿਕ ਕੂੜਾ)
question-bin-damaged-damage = ਕੀ ਟੁੱਟਿਆ ਹੈ?
    .lid = ਢੱਕਣ
    .wheels = ਪਹੀਆ ਜਾਂ ਧੁਰਾ
    .handle = ਹੈਂਡਲ
    .body = ਡੱਬੇ ਵਿੱਚ ਤਰੇੜ
    .latch = ਜਾਨਵਰਾਂ ਤੋਂ ਬਚਾਉਣ ਵਾਲੀ ਕੁੰਡੀ
question-bin-damaged-bin_serial = ਜੇ ਤੁਸੀਂ ਪੜ੍ਹ ਸਕਦੇ ਹੋ, ਤਾਂ ਡੱਬੇ 'ਤੇ ਛਪਿਆ ਸੀਰੀਅਲ ਨੰਬਰ ਕੀ ਹੈ?

## ਵੱਡਾ ਸਮਾਨ ਚੁਕਵਾਉਣਾ
question-bulky-item-pickup-item_types = ਤੁਸੀਂ ਕੀ ਬਾਹਰ ਰੱਖੋਗੇ?
    .furniture = ਫ਼ਰਨੀਚਰ
    .mattress = ਗੱਦਾ ਜਾਂ ਬਾਕਸ ਸਪਰਿੰਗ
    .appliance = ਚੁੱਲ੍ਹਾ, ਕੱਪੜੇ ਧੋਣ ਵਾਲੀ ਮਸ਼ੀਨ, ਡਰਾਇਰ ਜਾਂ ਡਿਸ਼ਵਾਸ਼ਰ
    .refrigerant = ਫ਼ਰਿੱਜ, ਫ਼ਰੀਜ਼ਰ ਜਾਂ ਏਅਰ ਕੰਡੀਸ਼ਨਰ
    .carpet = ਕਾਰਪੇਟ ਜਾਂ ਦਰੀ
    .other = ਹੋਰ ਵੱਡਾ ਸਮਾਨ
question-bulky-item-pickup-item_count = ਤੁਸੀਂ ਕਿੰਨੀਆਂ ਚੀਜ਼ਾਂ ਬਾਹਰ ਰੱਖੋਗੇ?

## ਸਿਟੀ ਦੀ ਜਾਇਦਾਦ 'ਤੇ ਗ੍ਰੈਫ਼ਿਟੀ
question-graffiti-city-property-surface = ਕਿਹੜੀਆਂ ਸਤ੍ਹਾਵਾਂ 'ਤੇ ਗ੍ਰੈਫ਼ਿਟੀ ਹੈ?
    .wall = ਕੰਧ ਜਾਂ ਇਮਾਰਤ
    .bridge = ਪੁਲ ਜਾਂ ਅੰਡਰਪਾਸ
    .fence = ਵਾੜ
    .sign-pole = ਸਾਈਨ ਜਾਂ ਖੰਭਾ
    .box = ਬਿਜਲੀ-ਪਾਣੀ ਵਰਗੀਆਂ ਸੇਵਾਵਾਂ ਦਾ ਜਾਂ ਸਿਗਨਲ ਦਾ ਬਕਸਾ
    .other = ਹੋਰ

## ਸੜਕੀ ਸਾਈਨਾਂ, ਖੰਭਿਆਂ ਜਾਂ ਸਿਗਨਲ ਬਕਸਿਆਂ 'ਤੇ ਗ੍ਰੈਫ਼ਿਟੀ
question-graffiti-road-assets-asset_type = ਗ੍ਰੈਫ਼ਿਟੀ ਕਿਸ ਚੀਜ਼ 'ਤੇ ਹੈ?
    .sign = ਸੜਕੀ ਸਾਈਨ
    .signal-box = ਟ੍ਰੈਫ਼ਿਕ ਸਿਗਨਲ ਬਕਸਾ
    .pole = ਖੰਭਾ
    .retaining-wall = ਸਹਾਰਾ ਦੇਣ ਵਾਲੀ ਕੰਧ ਜਾਂ ਸ਼ੋਰ ਰੋਕਣ ਵਾਲੀ ਕੰਧ
    .bridge = ਪੁਲ ਜਾਂ ਅੰਡਰਪਾਸ
    .other = ਕੁਝ ਹੋਰ

## ਨਿੱਜੀ ਜਾਇਦਾਦ 'ਤੇ ਗ੍ਰੈਫ਼ਿਟੀ
question-graffiti-private-property-surface = ਕਿਹੜੀਆਂ ਸਤ੍ਹਾਵਾਂ 'ਤੇ ਗ੍ਰੈਫ਼ਿਟੀ ਹੈ?
    .wall = ਕੰਧ
    .fence = ਵਾੜ
    .garage-door = ਗੈਰਾਜ ਦਾ ਦਰਵਾਜ਼ਾ
    .window = ਖਿੜਕੀ ਜਾਂ ਦਰਵਾਜ਼ਾ
    .other = ਹੋਰ
question-graffiti-private-property-is_owner = ਕੀ ਤੁਸੀਂ ਇਸ ਜਾਇਦਾਦ ਦੇ ਮਾਲਕ ਹੋ?
    .yes = ਹਾਂ
    .no = ਨਹੀਂ

## ਨਫ਼ਰਤ ਜਾਂ ਗੈਂਗ ਵਾਲੀ ਗ੍ਰੈਫ਼ਿਟੀ
question-graffiti-hate-police_reported = ਕੀ ਤੁਸੀਂ ਇਸ ਦੀ ਰਿਪੋਰਟ ਟੋਰਾਂਟੋ ਪੁਲਿਸ ਨੂੰ ਕੀਤੀ ਹੈ?
    .yes = ਹਾਂ
    .no = ਨਹੀਂ
question-graffiti-hate-police_reference = ਜੇ ਤੁਹਾਡੇ ਕੋਲ ਹੈ, ਤਾਂ ਪੁਲਿਸ ਰਿਪੋਰਟ ਨੰਬਰ ਕੀ ਹੈ?

## ਗ਼ੈਰ-ਕਾਨੂੰਨੀ ਤੌਰ 'ਤੇ ਕੂੜਾ ਸੁੱਟਣਾ
question-illegal-dumping-item_types = ਕੀ ਸੁੱਟਿਆ ਗਿਆ ਸੀ?
    .household = ਘਰੇਲੂ ਕੂੜੇ ਦੇ ਥੈਲੇ
    .furniture = ਫ਼ਰਨੀਚਰ
    .mattress = ਗੱਦਾ
    .tires = ਟਾਇਰ
    .construction = ਉਸਾਰੀ ਜਾਂ ਮੁਰੰਮਤ ਦਾ ਮਲਬਾ
    .electronics = ਇਲੈਕਟ੍ਰਾਨਿਕ ਸਮਾਨ
    .hazardous = ਪੇਂਟ, ਰਸਾਇਣ ਜਾਂ ਹੋਰ ਖ਼ਤਰਨਾਕ ਕੂੜਾ
    .other = ਹੋਰ
question-illegal-dumping-noticed_at = ਤੁਸੀਂ ਇਹ ਕਦੋਂ ਵੇਖਿਆ, ਜਾਂ ਕਿਸੇ ਨੂੰ ਇਹ ਸੁੱਟਦੇ ਹੋਏ ਕਦੋਂ ਵੇਖਿਆ?
question-illegal-dumping-witness = ਜੇ ਤੁਸੀਂ ਵੇਖਿਆ ਕਿ ਇਹ ਕਿਸ ਨੇ ਸੁੱਟਿਆ, ਤਾਂ ਉਸ ਵਿਅਕਤੀ ਜਾਂ ਗੱਡੀ ਦਾ ਵੇਰਵਾ ਦਿਓ। ਉਨ੍ਹਾਂ ਦੇ ਨੇੜੇ ਨਾ ਜਾਓ।

## ਛੱਡਿਆ ਹੋਇਆ ਸਾਈਕਲ
question-abandoned-bike-bike_condition = ਇਸ ਦੀ ਹਾਲਤ ਕਿਹੋ ਜਿਹੀ ਹੈ?
    .missing-wheel = ਇੱਕ ਪਹੀਆ ਗਾਇਬ ਹੈ
    .missing-parts = ਸੀਟ ਜਾਂ ਹੈਂਡਲ ਗਾਇਬ ਹੈ
    .flat-tires = ਟਾਇਰਾਂ ਵਿੱਚ ਹਵਾ ਨਹੀਂ ਹੈ
    .rusted = ਚੇਨ ਜਾਂ ਪੁਰਜ਼ਿਆਂ ਨੂੰ ਜੰਗ ਲੱਗਾ ਹੈ
    .bent-frame = ਫ਼ਰੇਮ ਮੁੜਿਆ ਹੋਇਆ ਜਾਂ ਟੁੱਟਿਆ ਹੋਇਆ ਹੈ

## ਪਾਣੀ ਦੀ ਮੁੱਖ ਪਾਈਪ ਫਟੀ
question-water-main-break-water_flow = ਕਿੰਨਾ ਪਾਣੀ ਵਹਿ ਰਿਹਾ ਹੈ?
    .trickle = ਥੋੜ੍ਹਾ-ਥੋੜ੍ਹਾ ਰਿਸ ਰਿਹਾ ਹੈ ਜਾਂ ਜ਼ਮੀਨ ਗਿੱਲੀ ਹੈ
    .steady = ਲਗਾਤਾਰ ਧਾਰ ਵਹਿ ਰਹੀ ਹੈ
    .gushing = ਜ਼ੋਰ ਨਾਲ ਨਿਕਲ ਰਿਹਾ ਹੈ ਜਾਂ ਸੜਕ 'ਤੇ ਪਾਣੀ ਭਰ ਰਿਹਾ ਹੈ

## ਪਾਣੀ ਨਹੀਂ ਆ ਰਿਹਾ
question-no-water-neighbours_affected = ਕੀ ਤੁਹਾਡੇ ਗੁਆਂਢੀਆਂ ਦੇ ਘਰ ਵੀ ਪਾਣੀ ਨਹੀਂ ਆ ਰਿਹਾ?
    .yes = ਹਾਂ
    .no = ਨਹੀਂ
    .unknown = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ
question-no-water-started_at = ਪਾਣੀ ਕਦੋਂ ਤੋਂ ਬੰਦ ਹੈ?

## ਸੀਵਰ ਦਾ ਪਾਣੀ ਵਾਪਸ ਆਉਣਾ ਜਾਂ ਬੇਸਮੈਂਟ ਵਿੱਚ ਪਾਣੀ ਭਰਨਾ
question-sewer-backup-water_depth = ਪਾਣੀ ਲਗਭਗ ਕਿੰਨੇ ਸੈਂਟੀਮੀਟਰ ਡੂੰਘਾ ਹੈ?
question-sewer-backup-backwater_valve = ਕੀ ਜਾਇਦਾਦ ਵਿੱਚ ਬੈਕਵਾਟਰ ਵਾਲਵ (ਪਾਣੀ ਨੂੰ ਵਾਪਸ ਆਉਣ ਤੋਂ ਰੋਕਣ ਵਾਲਾ ਵਾਲਵ) ਲੱਗਾ ਹੈ?
    .yes = ਹਾਂ
    .no = ਨਹੀਂ
    .unknown = ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ

## ਬੰਦ ਨਾਲੀ (ਕੈਚ ਬੇਸਿਨ)
question-catch-basin-blocked-ponding = ਕੀ ਪਾਣੀ ਖੜ੍ਹਾ ਹੋ ਰਿਹਾ ਹੈ?
    .none = ਨਹੀਂ, ਇਸ ਵੇਲੇ ਨਹੀਂ
    .road = ਸੜਕ 'ਤੇ ਪਾਣੀ ਖੜ੍ਹਾ ਹੈ
    .sidewalk = ਪਾਣੀ ਫੁੱਟਪਾਥ ਜਾਂ ਕਿਸੇ ਜਾਇਦਾਦ ਤੱਕ ਫੈਲ ਰਿਹਾ ਹੈ

## ਟੁੱਟਿਆ ਜਾਂ ਲੀਕ ਕਰਦਾ ਫ਼ਾਇਰ ਹਾਈਡਰੈਂਟ
question-fire-hydrant-damaged-hydrant_problem = ਹਾਈਡਰੈਂਟ ਵਿੱਚ ਕੀ ਖ਼ਰਾਬੀ ਹੈ?
    .knocked-over = ਡਿੱਗਿਆ ਹੋਇਆ ਹੈ ਜਾਂ ਟੱਕਰ ਵੱਜੀ ਹੈ
    .leaking = ਲੀਕ ਕਰ ਰਿਹਾ ਹੈ
    .missing-cap = ਢੱਕਣ ਗਾਇਬ ਹੈ
    .blocked = ਅੱਗੇ ਰੁਕਾਵਟ ਹੈ ਜਾਂ ਲੁਕਿਆ ਹੋਇਆ ਹੈ
    .paint = ਗ੍ਰੈਫ਼ਿਟੀ ਜਾਂ ਪੇਂਟ

## ਬਦਰੰਗ ਜਾਂ ਮਾੜੇ ਸੁਆਦ ਵਾਲਾ ਪਾਣੀ
question-water-quality-water_issue = ਤੁਹਾਨੂੰ ਕੀ ਮਹਿਸੂਸ ਹੋ ਰਿਹਾ ਹੈ?
    .brown = ਭੂਰਾ ਜਾਂ ਪੀਲਾ
    .cloudy = ਗੰਧਲਾ ਜਾਂ ਦੁੱਧ ਵਰਗਾ
    .taste = ਅਜੀਬ ਸੁਆਦ
    .smell = ਅਜੀਬ ਗੰਧ
    .particles = ਕਣ ਜਾਂ ਗਾਰ

## ਰੁੱਖ ਡਿੱਗਿਆ ਜਾਂ ਨੁਕਸਾਨਿਆ ਗਿਆ (ਐਮਰਜੈਂਸੀ)
question-tree-emergency-blocking = ਕਿਸ 'ਤੇ ਅਸਰ ਪਿਆ ਹੈ?
    .road = ਸੜਕ
    .sidewalk = ਫੁੱਟਪਾਥ
    .driveway = ਡਰਾਈਵਵੇਅ
    .building = ਘਰ ਜਾਂ ਇਮਾਰਤ
    .vehicle = ਗੱਡੀ
    .wires = ਤਾਰਾਂ
    .nothing = ਅਜੇ ਕਿਸੇ 'ਤੇ ਨਹੀਂ, ਪਰ ਇਹ ਡਿੱਗ ਸਕਦਾ ਹੈ

## ਰੁੱਖ ਦੀ ਛੰਗਾਈ (ਗ਼ੈਰ-ਐਮਰਜੈਂਸੀ)
question-tree-pruning-reason = ਰੁੱਖ ਦੀ ਛੰਗਾਈ ਕਿਉਂ ਜ਼ਰੂਰੀ ਹੈ?
    .low-branches = ਫੁੱਟਪਾਥ ਜਾਂ ਸੜਕ ਉੱਤੇ ਨੀਵੇਂ ਲਟਕਦੇ ਟਾਹਣੇ
    .blocking = ਸਾਈਨ ਜਾਂ ਸਟ੍ਰੀਟ ਲਾਈਟ ਨੂੰ ਢੱਕ ਰਿਹਾ ਹੈ
    .touching-building = ਘਰ ਜਾਂ ਇਮਾਰਤ ਨੂੰ ਛੂਹ ਰਿਹਾ ਹੈ
    .dead-branches = ਸੁੱਕੇ ਟਾਹਣੇ

## ਪਾਰਕ ਦੇ ਵਾਸ਼ਰੂਮ ਵਿੱਚ ਸਮੱਸਿਆ
question-park-washroom-issue = ਸਮੱਸਿਆ ਕੀ ਹੈ?
    .dirty = ਗੰਦਾ ਹੈ
    .supplies = ਸਾਬਣ, ਪੇਪਰ ਤੌਲੀਏ ਜਾਂ ਟਾਇਲਟ ਪੇਪਰ ਨਹੀਂ ਹੈ
    .locked = ਖੁੱਲ੍ਹਣ ਦੇ ਸਮੇਂ ਦੌਰਾਨ ਵੀ ਬੰਦ ਹੈ
    .broken = ਟਾਇਲਟ, ਸਿੰਕ ਜਾਂ ਦਰਵਾਜ਼ਾ ਟੁੱਟਿਆ ਹੈ
    .leak = ਲੀਕ ਹੈ ਜਾਂ ਪਾਣੀ ਭਰਿਆ ਹੈ

## ਖੇਡ ਮੈਦਾਨ ਦਾ ਟੁੱਟਿਆ ਸਮਾਨ
question-playground-damaged-equipment = ਕਿਹੜਾ ਸਮਾਨ?
    .swing = ਝੂਲਾ
    .slide = ਸਲਾਈਡ
    .climber = ਚੜ੍ਹਨ ਵਾਲਾ ਢਾਂਚਾ ਜਾਂ ਖੇਡਣ ਵਾਲਾ ਢਾਂਚਾ
    .surface = ਜ਼ਮੀਨ ਦੀ ਸਤ੍ਹਾ (ਰੇਤ, ਲੱਕੜ ਦਾ ਬੁਰਾਦਾ ਜਾਂ ਰਬੜ)
    .other = ਹੋਰ
question-playground-damaged-unsafe = ਕੀ ਇਸ ਵੇਲੇ ਇਸ ਨੂੰ ਵਰਤਣ ਨਾਲ ਕਿਸੇ ਨੂੰ ਸੱਟ ਲੱਗ ਸਕਦੀ ਹੈ?
    .yes = ਹਾਂ
    .no = ਨਹੀਂ
    .unsure = ਪੱਕਾ ਨਹੀਂ ਪਤਾ

## ਪਾਰਕ ਵਿੱਚ ਤੰਬੂ ਜਾਂ ਡੇਰਾ
question-park-encampment-tent_count = ਉੱਥੇ ਲਗਭਗ ਕਿੰਨੇ ਤੰਬੂ ਜਾਂ ਢਾਂਚੇ ਹਨ?
question-park-encampment-details = ਕੀ ਕੋਈ ਅਜਿਹੀ ਗੱਲ ਹੈ ਜੋ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀਆਂ ਨੂੰ ਪਤਾ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ, ਜਿਵੇਂ ਅੱਗ ਜਾਂ ਸੁਰੱਖਿਆ ਬਾਰੇ ਕੋਈ ਹੋਰ ਚਿੰਤਾ?

## ਸੜਕ ਜਾਂ ਫੁੱਟਪਾਥ 'ਤੇ ਮਰਿਆ ਜਾਨਵਰ
question-dead-animal-road-animal_type = ਇਹ ਕਿਸ ਤਰ੍ਹਾਂ ਦਾ ਜਾਨਵਰ ਹੈ (ਉਦਾਹਰਨ ਲਈ, ਰੈਕੂਨ, ਗਲਹਿਰੀ ਜਾਂ ਬਿੱਲੀ)?
question-dead-animal-road-animal_size = ਇਹ ਕਿੰਨਾ ਵੱਡਾ ਹੈ?
    .small = ਛੋਟਾ (ਗਲਹਿਰੀ, ਪੰਛੀ)
    .medium = ਦਰਮਿਆਨਾ (ਰੈਕੂਨ, ਬਿੱਲੀ)
    .large = ਵੱਡਾ (ਹਿਰਨ, ਕੋਯੋਟੀ, ਕੁੱਤਾ)

## ਜ਼ਖ਼ਮੀ ਜਾਂ ਬਿਮਾਰ ਜੰਗਲੀ ਜਾਨਵਰ
question-injured-wildlife-animal_type = ਇਹ ਕਿਸ ਤਰ੍ਹਾਂ ਦਾ ਜਾਨਵਰ ਹੈ?
question-injured-wildlife-condition = ਜਾਨਵਰ ਨੂੰ ਕੀ ਹੋ ਰਿਹਾ ਹੈ?
    .injured = ਜ਼ਖ਼ਮੀ ਹੈ
    .sick = ਬਿਮਾਰ ਹੈ ਜਾਂ ਅਜੀਬ ਵਿਹਾਰ ਕਰ ਰਿਹਾ ਹੈ
    .trapped = ਫਸਿਆ ਹੋਇਆ ਹੈ ਜਾਂ ਉਲਝਿਆ ਹੋਇਆ ਹੈ
    .orphaned = ਕੋਈ ਬੱਚਾ ਜਾਨਵਰ ਜੋ ਇਕੱਲਾ ਲੱਗਦਾ ਹੈ

## ਅਵਾਰਾ ਜਾਂ ਖੁੱਲ੍ਹਾ ਘੁੰਮਦਾ ਕੁੱਤਾ
question-stray-dog-dog_contained = ਕੀ ਕੁੱਤਾ ਕਿਤੇ ਬੰਦ ਜਾਂ ਬੰਨ੍ਹਿਆ ਹੋਇਆ ਹੈ, ਜਿਵੇਂ ਕਿਸੇ ਵਿਹੜੇ ਵਿੱਚ ਜਾਂ ਪਟੇ ਨਾਲ?
    .yes = ਹਾਂ
    .no = ਨਹੀਂ

## ਕੁੱਤੇ ਦਾ ਵੱਢਣਾ ਜਾਂ ਹਮਲਾ
question-dog-bite-incident_time = ਇਹ ਕਦੋਂ ਹੋਇਆ?
question-dog-bite-victim = ਕਿਸ ਨੂੰ ਵੱਢਿਆ ਗਿਆ ਜਾਂ ਕਿਸ 'ਤੇ ਹਮਲਾ ਹੋਇਆ?
    .person = ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ
    .dog = ਕਿਸੇ ਹੋਰ ਕੁੱਤੇ ਨੂੰ
    .other-animal = ਕਿਸੇ ਹੋਰ ਜਾਨਵਰ ਨੂੰ

## ਬਿਨਾਂ ਪਟੇ ਦਾ ਕੁੱਤਾ
question-dog-off-leash-usual_time = ਇਹ ਆਮ ਤੌਰ 'ਤੇ ਕਦੋਂ ਹੁੰਦਾ ਹੈ (ਉਦਾਹਰਨ ਲਈ, ਕੰਮ ਵਾਲੇ ਦਿਨਾਂ ਦੀ ਸਵੇਰ)?

## ਸ਼ੋਰ ਦੀ ਸ਼ਿਕਾਇਤ
question-noise-noise_source = ਸ਼ੋਰ ਕਿਸ ਚੀਜ਼ ਤੋਂ ਹੋ ਰਿਹਾ ਹੈ?
    .amplified-sound = ਸੰਗੀਤ ਜਾਂ ਲਾਊਡਸਪੀਕਰ ਦੀ ਆਵਾਜ਼
    .construction = ਉਸਾਰੀ
    .barking = ਭੌਂਕਦਾ ਕੁੱਤਾ
    .equipment = ਏਅਰ ਕੰਡੀਸ਼ਨਰ, ਪੱਖਾ ਜਾਂ ਕੋਈ ਹੋਰ ਮਸ਼ੀਨ
    .vehicle = ਖੜ੍ਹੀਆਂ ਚਾਲੂ ਗੱਡੀਆਂ ਜਾਂ ਵਾਰ-ਵਾਰ ਇੰਜਣ ਗਰਜਾਉਂਦੀਆਂ ਗੱਡੀਆਂ
    .other = ਹੋਰ
question-noise-ongoing = ਕੀ ਸ਼ੋਰ ਇਸ ਵੇਲੇ ਹੋ ਰਿਹਾ ਹੈ?
    .now = ਹਾਂ, ਇਸ ਵੇਲੇ
    .recurring = ਇਹ ਅਕਸਰ ਹੁੰਦਾ ਹੈ
    .past = ਇਹ ਰੁਕ ਗਿਆ ਹੈ
question-noise-noise_times = ਦੱਸੋ ਕਿ ਸ਼ੋਰ ਕਦੋਂ ਹੁੰਦਾ ਹੈ ਅਤੇ ਕਿੰਨੀ ਦੇਰ ਰਹਿੰਦਾ ਹੈ।

## ਜਾਇਦਾਦ ਦੇ ਮਿਆਰਾਂ ਦੀ ਜ਼ਰੂਰੀ ਸਮੱਸਿਆ
question-property-standards-urgent-issue = ਜ਼ਰੂਰੀ ਸਮੱਸਿਆ ਕੀ ਹੈ?
    .no-heat = ਹੀਟ ਨਹੀਂ ਹੈ ਜਾਂ ਕਾਫ਼ੀ ਨਹੀਂ ਹੈ
    .no-water = ਪਾਣੀ ਨਹੀਂ ਹੈ
    .no-power = ਬਿਜਲੀ ਨਹੀਂ ਹੈ
    .lock = ਮੁੱਖ ਦਰਵਾਜ਼ੇ ਦਾ ਜਿੰਦਰਾ ਟੁੱਟਿਆ ਹੈ
    .structure = ਅਸੁਰੱਖਿਅਤ ਢਾਂਚਾ, ਬਾਲਕੋਨੀ ਜਾਂ ਪੌੜੀਆਂ
question-property-standards-urgent-is_tenant = ਕੀ ਤੁਸੀਂ ਇਸ ਇਮਾਰਤ ਵਿੱਚ ਕਿਰਾਏਦਾਰ ਹੋ?
    .yes = ਹਾਂ
    .no = ਨਹੀਂ
question-property-standards-urgent-unit_number = ਤੁਹਾਡਾ ਯੂਨਿਟ ਨੰਬਰ ਕੀ ਹੈ?

## ਜਾਇਦਾਦ ਦੇ ਮਿਆਰਾਂ ਦੀ ਸ਼ਿਕਾਇਤ
question-property-standards-issues = ਕਿਹੜੀਆਂ ਸਮੱਸਿਆਵਾਂ ਹਨ?
    .pests = ਕੀੜੇ-ਮਕੌੜੇ (ਚੂਹੇ, ਕਾਕਰੋਚ, ਖਟਮਲ)
    .mould = ਉੱਲੀ
    .windows-doors = ਟੁੱਟੀਆਂ ਖਿੜਕੀਆਂ ਜਾਂ ਦਰਵਾਜ਼ੇ
    .leaks = ਛੱਤ ਜਾਂ ਕੰਧਾਂ ਚੋਂਦੀਆਂ ਹਨ
    .stairs-railings = ਟੁੱਟੀਆਂ ਪੌੜੀਆਂ ਜਾਂ ਰੇਲਿੰਗ
    .exterior = ਇਮਾਰਤ ਦਾ ਬਾਹਰੀ ਹਿੱਸਾ ਮਾੜੀ ਹਾਲਤ ਵਿੱਚ
    .other = ਹੋਰ
question-property-standards-landlord_notified = ਜੇ ਤੁਸੀਂ ਕਿਰਾਏਦਾਰ ਹੋ, ਤਾਂ ਕੀ ਤੁਸੀਂ ਆਪਣੇ ਮਕਾਨ-ਮਾਲਕ ਨੂੰ ਲਿਖਤੀ ਰੂਪ ਵਿੱਚ ਦੱਸਿਆ ਹੈ?
    .yes = ਹਾਂ
    .no = ਨਹੀਂ
    .not-tenant = ਮੈਂ ਕਿਰਾਏਦਾਰ ਨਹੀਂ ਹਾਂ
question-property-standards-details = ਸਮੱਸਿਆ ਦਾ ਵੇਰਵਾ ਦਿਓ ਅਤੇ ਦੱਸੋ ਕਿ ਇਹ ਕਿੰਨੇ ਸਮੇਂ ਤੋਂ ਹੈ।

## ਨਿੱਜੀ ਜਾਇਦਾਦ 'ਤੇ ਛੱਡੀ ਹੋਈ ਗੱਡੀ
question-abandoned-vehicle-licence_plate = ਜੇ ਗੱਡੀ 'ਤੇ ਨੰਬਰ ਪਲੇਟ ਹੈ, ਤਾਂ ਉਹ ਕੀ ਹੈ?
question-abandoned-vehicle-vehicle_description = ਗੱਡੀ ਦਾ ਵੇਰਵਾ ਦਿਓ (ਰੰਗ, ਕੰਪਨੀ, ਕਿਸਮ)।
