### Вопросы каталога: дополнительные вопросы (атрибуты Open311) для каждого вида услуг и
### варианты ответов для вопросов со списком в виде атрибутов, названных по их ключам.

## Яма на дороге
question-pothole-size = Какого примерно размера яма?
    .small = Меньше обеденной тарелки
    .medium = Примерно с автомобильное колесо
    .large = Больше автомобильного колеса
question-pothole-lane = В какой части дороги она находится?
    .curb-lane = Крайняя полоса у бордюра
    .centre-lane = Средняя полоса или полоса для обгона
    .turn-lane = Полоса для поворота
    .bike-lane = Велополоса
    .laneway = Переулок

## Опасность на дороге
question-road-hazard-hazard_type = В чём заключается опасность?
    .road-collapse = Провал дорожного покрытия или воронка
    .missing-cover = Нет крышки люка или решётки, или она сломана
    .debris = Крупный мусор на полосе движения
    .spill = Разлив или скользкое вещество
    .other = Что-то другое

## Повреждённый тротуар
question-sidewalk-damaged-damage = Что не так с тротуаром?
    .cracked = Трещины
    .lifted = Вспученные или неровные плиты
    .sunken = Просевший участок или пустота под покрытием
    .missing = Не хватает кусков покрытия
    .curb-ramp = Повреждён съезд с бордюра
question-sidewalk-damaged-trip_height = Какова примерно высота неровного края в сантиметрах?

## Препятствие на велополосе
question-bike-lane-obstruction-obstruction = Что перекрывает велополосу?
    .debris = Мусор или отходы
    .construction = Строительные материалы или техника
    .bins = Баки для мусора или вторсырья
    .bollard = Повреждённый или упавший столбик
    .other = Что-то другое

## Машина слишком долго стоит на жилой улице
question-long-term-parking-licence_plate = Какой номерной знак у машины, если его видно?
question-long-term-parking-vehicle_description = Опишите машину (цвет, марка, тип).
question-long-term-parking-days_parked = Сколько примерно дней она там стоит?

## Не работает уличный фонарь
question-streetlight-out-light_problem = Что не так с фонарём?
    .out = Не горит
    .flickering = Мигает или то включается, то выключается
    .day-burning = Горит днём
    .several-out = Не горят несколько фонарей подряд
question-streetlight-out-pole_number = Если на столбе есть табличка с номером, что на ней написано?

## Повреждённый или пропавший знак
question-sign-damaged-sign_type = Какой это знак?
    .street-name = Табличка с названием улицы
    .parking = Знак парковки
    .speed-limit = Ограничение скорости
    .warning = Предупреждающий знак (поворот, школьная зона и т. п.)
    .other = Другой
question-sign-damaged-sign_condition = Что с ним не так?
    .bent = Погнут или сбит
    .faded = Выцвел или плохо читается
    .turned = Повёрнут не в ту сторону
    .blocked = Закрыт ветками
    .missing = Пропал

## Не работает светофор
question-traffic-signal-malfunction-signal_problem = Как работает светофор?
    .dark = Совсем не горит
    .flashing = Мигает красным или жёлтым
    .stuck = Завис на одном цвете
    .damaged = Сбит или повреждён
    .turned = Повёрнут не в ту сторону
question-traffic-signal-malfunction-direction = Какое направление движения затронуто (например, на север)?

## Проблема безопасности дорожного движения
question-traffic-safety-concern-concern = Что вас беспокоит?
    .speeding = Превышение скорости
    .signal-timing = Режим работы светофора
    .visibility = Плохая видимость
    .crossing = Трудно перейти улицу
    .cut-through = Сквозное движение машин в объезд
question-traffic-safety-concern-details = Расскажите подробнее: когда это происходит и кого это затрагивает?

## Тротуар не очищен от снега
question-snow-sidewalk-condition = В каком состоянии тротуар?
    .snow = Покрыт снегом
    .ice = Обледенел
    .snowbank = Перекрыт снежным валом после уборки дороги

## Не вывезли мусор
question-missed-garbage-collection_day = Какой у вас день вывоза по графику?
question-missed-garbage-set_out = Стоял ли бак у бордюра к 7 часам утра?
    .yes = Да
    .no = Нет

## Не вывезли вторсырьё
question-missed-recycling-collection_day = Какой у вас день вывоза по графику?
question-missed-recycling-set_out = Стоял ли бак у бордюра к 7 часам утра?
    .yes = Да
    .no = Нет

## Не вывезли зелёный бак
question-missed-green-bin-collection_day = Какой у вас день вывоза по графику?
question-missed-green-bin-set_out = Стоял ли бак у бордюра к 7 часам утра?
    .yes = Да
    .no = Нет

## Повреждённый бак
question-bin-damaged-bin_type = Какой бак повреждён?
    .garbage = Бак для мусора
    .recycling = Синий бак (вторсырьё)
    .green-bin = Зелёный бак (органические отходы)
question-bin-damaged-damage = Что повреждено?
    .lid = Крышка
    .wheels = Колесо или ось
    .handle = Ручка
    .body = Трещина в корпусе
    .latch = Защёлка от животных
question-bin-damaged-bin_serial = Какой серийный номер напечатан на баке, если его можно прочитать?

## Вывоз крупных вещей
question-bulky-item-pickup-item_types = Что вы выставите?
    .furniture = Мебель
    .mattress = Матрас или пружинное основание
    .appliance = Плита, стиральная, сушильная или посудомоечная машина
    .refrigerant = Холодильник, морозильник или кондиционер
    .carpet = Ковёр или коврик
    .other = Другая крупная вещь
question-bulky-item-pickup-item_count = Сколько вещей вы выставите?

## Граффити на городском имуществе
question-graffiti-city-property-surface = Какие поверхности покрыты граффити?
    .wall = Стена или здание
    .bridge = Мост или путепровод
    .fence = Забор
    .sign-pole = Знак или столб
    .box = Шкаф коммунальных служб или светофора
    .other = Другое

## Граффити на дорожных знаках, столбах или шкафах светофоров
question-graffiti-road-assets-asset_type = На чём граффити?
    .sign = Дорожный знак
    .signal-box = Шкаф управления светофором
    .pole = Столб
    .retaining-wall = Подпорная или шумозащитная стена
    .bridge = Мост или путепровод
    .other = Что-то другое

## Граффити на частной собственности
question-graffiti-private-property-surface = Какие поверхности покрыты граффити?
    .wall = Стена
    .fence = Забор
    .garage-door = Ворота гаража
    .window = Окно или дверь
    .other = Другое
question-graffiti-private-property-is_owner = Вы владелец этой собственности?
    .yes = Да
    .no = Нет

## Граффити ненависти или банд
question-graffiti-hate-police_reported = Вы сообщили об этом в полицию Торонто?
    .yes = Да
    .no = Нет
question-graffiti-hate-police_reference = Какой номер полицейского заявления, если он у вас есть?

## Незаконный сброс мусора
question-illegal-dumping-item_types = Что было выброшено?
    .household = Мешки с бытовым мусором
    .furniture = Мебель
    .mattress = Матрас
    .tires = Шины
    .construction = Строительные или ремонтные отходы
    .electronics = Электроника
    .hazardous = Краска, химикаты или другие опасные отходы
    .other = Другое
question-illegal-dumping-noticed_at = Когда вы это заметили или видели, как это выбрасывают?
question-illegal-dumping-witness = Если вы видели, кто это выбросил, опишите человека или машину. Не подходите к ним.

## Брошенный велосипед
question-abandoned-bike-bike_condition = В каком он состоянии?
    .missing-wheel = Нет колеса
    .missing-parts = Нет сиденья или руля
    .flat-tires = Спущены шины
    .rusted = Ржавая цепь или детали
    .bent-frame = Погнутая или повреждённая рама

## Прорыв водопровода
question-water-main-break-water_flow = Сколько воды вытекает?
    .trickle = Тонкая струйка или мокрое пятно
    .steady = Ровный поток
    .gushing = Вода хлещет или заливает дорогу

## Нет воды
question-no-water-neighbours_affected = У ваших соседей тоже нет воды?
    .yes = Да
    .no = Нет
    .unknown = Я не знаю
question-no-water-started_at = Когда пропала вода?

## Засор канализации или затопление подвала
question-sewer-backup-water_depth = Какова примерно глубина воды в сантиметрах?
question-sewer-backup-backwater_valve = Есть ли в здании обратный клапан на канализации?
    .yes = Да
    .no = Нет
    .unknown = Я не знаю

## Засорён ливневый сток
question-catch-basin-blocked-ponding = Скапливается ли вода?
    .none = Нет, сейчас нет
    .road = Вода скапливается на дороге
    .sidewalk = Вода разливается на тротуар или участок

## Повреждённый или протекающий пожарный гидрант
question-fire-hydrant-damaged-hydrant_problem = Что не так с гидрантом?
    .knocked-over = Сбит или в него врезались
    .leaking = Протекает
    .missing-cap = Нет крышки
    .blocked = К нему нет доступа или его не видно
    .paint = Граффити или краска

## Вода странного цвета или вкуса
question-water-quality-water_issue = Что вы замечаете?
    .brown = Коричневая или жёлтая
    .cloudy = Мутная или молочного цвета
    .taste = Необычный вкус
    .smell = Необычный запах
    .particles = Частицы или осадок

## Упавшее или повреждённое дерево (срочно)
question-tree-emergency-blocking = Что затронуто?
    .road = Дорога
    .sidewalk = Тротуар
    .driveway = Подъездная дорожка
    .building = Дом или здание
    .vehicle = Машина
    .wires = Провода
    .nothing = Пока ничего, но дерево может упасть

## Обрезка дерева (не срочно)
question-tree-pruning-reason = Почему дерево нужно обрезать?
    .low-branches = Низкие ветки над тротуаром или дорогой
    .blocking = Закрывает знак или уличный фонарь
    .touching-building = Касается дома или здания
    .dead-branches = Сухие ветки

## Проблема с туалетом в парке
question-park-washroom-issue = В чём проблема?
    .dirty = Грязно
    .supplies = Нет мыла, бумажных полотенец или туалетной бумаги
    .locked = Закрыт в часы работы
    .broken = Сломан унитаз, раковина или дверь
    .leak = Протечка или затопление

## Повреждённое оборудование детской площадки
question-playground-damaged-equipment = Какое оборудование?
    .swing = Качели
    .slide = Горка
    .climber = Лазалка или игровой комплекс
    .surface = Покрытие площадки (песок, мульча или резина)
    .other = Другое
question-playground-damaged-unsafe = Может ли кто-то пострадать, если будет им пользоваться сейчас?
    .yes = Да
    .no = Нет
    .unsure = Точно не знаю

## Палаточный лагерь в парке
question-park-encampment-tent_count = Сколько примерно там палаток или построек?
question-park-encampment-details = Есть ли что-то, что нужно знать социальным работникам, например огонь или другая угроза безопасности?

## Мёртвое животное на дороге или тротуаре
question-dead-animal-road-animal_type = Что это за животное (например, енот, белка или кошка)?
question-dead-animal-road-animal_size = Какого оно размера?
    .small = Маленькое (белка, птица)
    .medium = Среднее (енот, кошка)
    .large = Крупное (олень, койот, собака)

## Раненое или больное дикое животное
question-injured-wildlife-animal_type = Что это за животное?
question-injured-wildlife-condition = Что происходит с животным?
    .injured = Оно ранено
    .sick = Оно больно или ведёт себя странно
    .trapped = Оно застряло или запуталось
    .orphaned = Детёныш, который, похоже, остался один

## Бродячая или сбежавшая собака
question-stray-dog-dog_contained = Собака находится под контролем, например во дворе или на поводке?
    .yes = Да
    .no = Нет

## Укус или нападение собаки
question-dog-bite-incident_time = Когда это произошло?
question-dog-bite-victim = Кого укусили или на кого напали?
    .person = Человека
    .dog = Другую собаку
    .other-animal = Другое животное

## Собака без поводка
question-dog-off-leash-usual_time = Когда это обычно происходит (например, по утрам в будни)?

## Жалоба на шум
question-noise-noise_source = Что создаёт шум?
    .amplified-sound = Музыка или звук через усилители
    .construction = Стройка
    .barking = Лай собаки
    .equipment = Кондиционер, вентилятор или другое оборудование
    .vehicle = Машины с работающим на месте или ревущим двигателем
    .other = Другое
question-noise-ongoing = Шум есть сейчас?
    .now = Да, прямо сейчас
    .recurring = Это повторяется регулярно
    .past = Шум прекратился
question-noise-noise_times = Опишите, когда бывает шум и как долго он длится.

## Срочная проблема с состоянием здания
question-property-standards-urgent-issue = Какая срочная проблема?
    .no-heat = Нет отопления или оно недостаточное
    .no-water = Нет воды
    .no-power = Нет электричества
    .lock = Сломан замок входной двери
    .structure = Опасная конструкция, балкон или лестница
question-property-standards-urgent-is_tenant = Вы арендуете жильё в этом здании?
    .yes = Да
    .no = Нет
question-property-standards-urgent-unit_number = Какой номер вашей квартиры?

## Жалоба на состояние здания
question-property-standards-issues = Какие есть проблемы?
    .pests = Вредители (мыши, тараканы, клопы)
    .mould = Плесень
    .windows-doors = Разбитые окна или сломанные двери
    .leaks = Протекает крыша или стены
    .stairs-railings = Повреждённые лестницы или перила
    .exterior = Фасад в плохом состоянии
    .other = Другое
question-property-standards-landlord_notified = Если вы арендатор, сообщили ли вы арендодателю в письменной форме?
    .yes = Да
    .no = Нет
    .not-tenant = Я не арендатор
question-property-standards-details = Опишите проблему и как долго она продолжается.

## Брошенная машина на частном участке
question-abandoned-vehicle-licence_plate = Какой номерной знак у машины, если он есть?
question-abandoned-vehicle-vehicle_description = Опишите машину (цвет, марка, тип).
