### Подразделения города, которые занимаются запросами на обслуживание, так, как их видят жители.

division-municipal-licensing-standards = Муниципальное лицензирование и стандарты
division-parks-forestry-recreation = Парки, лесное хозяйство и отдых
division-solid-waste-management-services = Службы по обращению с твёрдыми отходами
division-toronto-animal-services = Служба по работе с животными Торонто
division-toronto-water = Водоканал Торонто
division-transportation-services = Транспортные службы
division-urban-forestry = Городское лесное хозяйство
