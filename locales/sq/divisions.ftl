### Divizionet e Qytetit që trajtojnë kërkesat për shërbim, ashtu siç i shohin banorët.

division-municipal-licensing-standards = Licencimi dhe standardet bashkiake
division-parks-forestry-recreation = Parqet, pylltaria dhe rekreacioni
division-solid-waste-management-services = Shërbimet e menaxhimit të mbetjeve të ngurta
division-toronto-animal-services = Shërbimet për kafshët e Torontos
division-toronto-water = Ujësjellësi i Torontos
division-transportation-services = Shërbimet e transportit
division-urban-forestry = Pylltaria urbane
