### A szolgáltatási kérelmeket intéző városi részlegek, ahogyan a lakók látják őket.

division-municipal-licensing-standards = Önkormányzati engedélyek és előírások
division-parks-forestry-recreation = Parkok, erdészet és szabadidő
division-solid-waste-management-services = Szilárdhulladék-gazdálkodási szolgáltatások
division-toronto-animal-services = Torontói állatügyi szolgálat
division-toronto-water = Torontói vízművek
division-transportation-services = Közlekedési szolgáltatások
division-urban-forestry = Városi erdészet
