### Divizyon Vil la ki okipe demann sèvis yo, jan rezidan yo wè yo.

division-municipal-licensing-standards = Lisans ak Estanda Minisipal
division-parks-forestry-recreation = Pak, Forè ak Lwazi
division-solid-waste-management-services = Sèvis Jesyon Fatra Solid
division-toronto-animal-services = Sèvis Bèt Toronto
division-toronto-water = Sèvis Dlo Toronto
division-transportation-services = Sèvis Transpò
division-urban-forestry = Forè Iben
