### Звената на Общината, които обработват заявките за услуги, както ги виждат жителите.

division-municipal-licensing-standards = Общински лицензи и стандарти
division-parks-forestry-recreation = Паркове, горско стопанство и отдих
division-solid-waste-management-services = Служби за управление на твърдите отпадъци
division-toronto-animal-services = Служба за животните на Торонто
division-toronto-water = Водна служба на Торонто
division-transportation-services = Транспортни услуги
division-urban-forestry = Градско горско стопанство
