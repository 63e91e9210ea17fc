### ਸੇਵਾ ਬੇਨਤੀਆਂ ਨੂੰ ਸੰਭਾਲਣ ਵਾਲੇ ਸ਼ਹਿਰ ਦੇ ਵਿਭਾਗ, ਜਿਵੇਂ ਵਸਨੀਕ ਉਨ੍ਹਾਂ ਨੂੰ ਦੇਖਦੇ ਹਨ।

division-municipal-licensing-standards = ਮਿਊਂਸਪਲ ਲਾਇਸੈਂਸਿੰਗ ਅਤੇ ਮਿਆਰ
division-parks-forestry-recreation = ਪਾਰਕ, ਜੰਗਲਾਤ ਅਤੇ ਮਨੋਰੰਜਨ
division-solid-waste-management-services = ਠੋਸ ਕੂੜਾ ਪ੍ਰਬੰਧਨ ਸੇਵਾਵਾਂ
division-toronto-animal-services = ਟੋਰਾਂਟੋ ਪਸ਼ੂ ਸੇਵਾਵਾਂ
division-toronto-water = ਟੋਰਾਂਟੋ ਜਲ ਸੇਵਾ
division-transportation-services = ਆਵਾਜਾਈ ਸੇਵਾਵਾਂ
division-urban-forestry = ਸ਼ਹਿਰੀ ਜੰਗਲਾਤ
