### Підрозділи міста, які опрацьовують запити на обслуговування, так, як їх бачать мешканці.

division-municipal-licensing-standards = Муніципальне ліцензування та стандарти
division-parks-forestry-recreation = Парки, лісове господарство та відпочинок
division-solid-waste-management-services = Служби поводження з твердими відходами
division-toronto-animal-services = Служба у справах тварин Торонто
division-toronto-water = Водоканал Торонто
division-transportation-services = Транспортні служби
division-urban-forestry = Міське лісове господарство
