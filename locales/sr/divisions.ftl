### Градске службе које обрађују захтеве за услуге, онако како их виде становници.

division-municipal-licensing-standards = Градске дозволе и стандарди
division-parks-forestry-recreation = Паркови, шумарство и рекреација
division-solid-waste-management-services = Службе за управљање чврстим отпадом
division-toronto-animal-services = Служба за животиње Торонта
division-toronto-water = Водовод Торонта
division-transportation-services = Саобраћајне службе
division-urban-forestry = Градско шумарство
