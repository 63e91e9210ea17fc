### Въпроси от каталога: допълнителните въпроси (атрибути на Open311) за всеки вид услуга и
### отговорите, предлагани за въпроси със списък, като атрибути, наречени по техните ключове.

## Дупка на пътя
question-pothole-size = Приблизително колко голяма е дупката?
    .small = По-малка от чиния
    .medium = Приблизително колкото автомобилна гума
    .large = По-голяма от автомобилна гума
question-pothole-lane = В коя част на пътя се намира?
    .curb-lane = Лентата до бордюра
    .centre-lane = Средна лента или лента за изпреварване
    .turn-lane = Лента за завиване
    .bike-lane = Велоалея
    .laneway = Уличка

## Опасност на пътя
question-road-hazard-hazard_type = Каква е опасността?
    .road-collapse = Пропаднала настилка или яма от пропадане
    .missing-cover = Липсващ или счупен капак на шахта или решетка
    .debris = Големи отпадъци в лентата
    .spill = Разлято или хлъзгаво вещество
    .other = Нещо друго

## Повреден тротоар
question-sidewalk-damaged-damage = Какъв е проблемът с тротоара?
    .cracked = Напукан
    .lifted = Повдигнати или неравни плочи
    .sunken = Хлътнал или кух
    .missing = Липсващи парчета
    .curb-ramp = Повредена рампа на бордюра
question-sidewalk-damaged-trip_height = Приблизително колко висок е неравният ръб, в сантиметри?

## Препятствие във велоалея
question-bike-lane-obstruction-obstruction = Какво препречва велоалеята?
    .debris = Отпадъци или боклук
    .construction = Строителни материали или техника
    .bins = Контейнери за боклук или рециклиране
    .bollard = Повредено или паднало колче
    .other = Нещо друго

## Кола, паркирана твърде дълго на жилищна улица
question-long-term-parking-licence_plate = Какъв е регистрационният номер, ако можете да го видите?
question-long-term-parking-vehicle_description = Опишете колата (цвят, марка, вид).
question-long-term-parking-days_parked = Приблизително от колко дни е паркирана там?

## Неработеща улична лампа
question-streetlight-out-light_problem = Какъв е проблемът с лампата?
    .out = Не свети
    .flickering = Премигва или се включва и изключва
    .day-burning = Свети през деня
    .several-out = Няколко лампи подред не светят
question-streetlight-out-pole_number = Ако стълбът има табелка с номер, какво пише на нея?

## Повреден или липсващ знак
question-sign-damaged-sign_type = Какъв е знакът?
    .street-name = Име на улица
    .parking = Паркиране
    .speed-limit = Ограничение на скоростта
    .warning = Предупредителен знак (завой, училищна зона и подобни)
    .other = Друг
question-sign-damaged-sign_condition = Какъв е проблемът с него?
    .bent = Огънат или съборен
    .faded = Избледнял или трудно четим
    .turned = Обърнат в грешна посока
    .blocked = Закрит от клони
    .missing = Липсва

## Неработещ светофар
question-traffic-signal-malfunction-signal_problem = Какво прави светофарът?
    .dark = Изобщо не свети
    .flashing = Мига червено или жълто
    .stuck = Заседнал на един цвят
    .damaged = Съборен или повреден
    .turned = Обърнат в грешна посока
question-traffic-signal-malfunction-direction = Коя посока на движение е засегната (например на север)?

## Проблем с безопасността на движението
question-traffic-safety-concern-concern = Какво ви притеснява?
    .speeding = Превишена скорост
    .signal-timing = Времетраене на сигналите на светофара
    .visibility = Лоша видимост
    .crossing = Трудно пресичане
    .cut-through = Транзитно движение през квартала
question-traffic-safety-concern-details = Разкажете ни повече: кога се случва и кой е засегнат?

## Тротоарът не е почистен от сняг
question-snow-sidewalk-condition = Какво е състоянието на тротоара?
    .snow = Покрит със сняг
    .ice = Заледен
    .snowbank = Препречен от снежен вал след почистването на пътя

## Неизвозен боклук
question-missed-garbage-collection_day = Кой беше вашият ден за събиране по график?
question-missed-garbage-set_out = Беше ли контейнерът до бордюра до 7 ч. сутринта?
    .yes = Да
    .no = Не

## Неизвозени отпадъци за рециклиране
question-missed-recycling-collection_day = Кой беше вашият ден за събиране по график?
question-missed-recycling-set_out = Беше ли контейнерът до бордюра до 7 ч. сутринта?
    .yes = Да
    .no = Не

## Неизвозен зелен контейнер
question-missed-green-bin-collection_day = Кой беше вашият ден за събиране по график?
question-missed-green-bin-set_out = Беше ли контейнерът до бордюра до 7 ч. сутринта?
    .yes = Да
    .no = Не

## Повреден контейнер
question-bin-damaged-bin_type = Кой контейнер е повреден?
    .garbage = Контейнер за боклук
    .recycling = Син контейнер (рециклиране)
    .green-bin = Зелен контейнер (органични отпадъци)
question-bin-damaged-damage = Какво е повредено?
    .lid = Капак
    .wheels = Колело или ос
    .handle = Дръжка
    .body = Напукан корпус
    .latch = Заключалка срещу животни
question-bin-damaged-bin_serial = Какъв е серийният номер, отпечатан на контейнера, ако можете да го прочетете?

## Извозване на едрогабаритни предмети
question-bulky-item-pickup-item_types = Какво ще изнесете?
    .furniture = Мебели
    .mattress = Матрак или пружинна рамка
    .appliance = Печка, пералня, сушилня или съдомиялна
    .refrigerant = Хладилник, фризер или климатик
    .carpet = Мокет или килим
    .other = Друг голям предмет
question-bulky-item-pickup-item_count = Колко предмета ще изнесете?

## Графити върху общинска собственост
question-graffiti-city-property-surface = Кои повърхности са покрити?
    .wall = Стена или сграда
    .bridge = Мост или подлез
    .fence = Ограда
    .sign-pole = Знак или стълб
    .box = Комунално или светофарно табло
    .other = Друго

## Графити върху пътни знаци, стълбове или светофарни табла
question-graffiti-road-assets-asset_type = Върху какво са графитите?
    .sign = Пътен знак
    .signal-box = Светофарно табло
    .pole = Стълб
    .retaining-wall = Подпорна или шумозащитна стена
    .bridge = Мост или подлез
    .other = Нещо друго

## Графити върху частна собственост
question-graffiti-private-property-surface = Кои повърхности са покрити?
    .wall = Стена
    .fence = Ограда
    .garage-door = Гаражна врата
    .window = Прозорец или врата
    .other = Друго
question-graffiti-private-property-is_owner = Вие ли сте собственикът на имота?
    .yes = Да
    .no = Не

## Графити с омраза или на банди
question-graffiti-hate-police_reported = Съобщихте ли на полицията на Торонто?
    .yes = Да
    .no = Не
question-graffiti-hate-police_reference = Какъв е номерът на сигнала в полицията, ако имате такъв?

## Незаконно изхвърляне на отпадъци
question-illegal-dumping-item_types = Какво е изхвърлено?
    .household = Торби с битови отпадъци
    .furniture = Мебели
    .mattress = Матрак
    .tires = Гуми
    .construction = Строителни отпадъци или отпадъци от ремонт
    .electronics = Електроника
    .hazardous = Боя, химикали или други опасни отпадъци
    .other = Друго
question-illegal-dumping-noticed_at = Кога го забелязахте или видяхте как го изхвърлят?
question-illegal-dumping-witness = Ако сте видели кой го е изхвърлил, опишете човека или превозното средство. Не се приближавайте до тях.

## Изоставен велосипед
question-abandoned-bike-bike_condition = В какво състояние е?
    .missing-wheel = Липсва колело
    .missing-parts = Липсва седалка или кормило
    .flat-tires = Спукани гуми
    .rusted = Ръждясала верига или части
    .bent-frame = Огъната или повредена рамка

## Авария на водопровод
question-water-main-break-water_flow = Колко вода изтича?
    .trickle = Тънка струйка или влажно петно
    .steady = Постоянна струя
    .gushing = Бликаща вода или наводнен път

## Няма вода
question-no-water-neighbours_affected = И вашите съседи ли нямат вода?
    .yes = Да
    .no = Не
    .unknown = Не знам
question-no-water-started_at = Кога спря водата?

## Връщане на канализация или наводнено мазе
question-sewer-backup-water_depth = Приблизително колко дълбока е водата, в сантиметри?
question-sewer-backup-backwater_valve = Има ли имотът възвратен клапан на канализацията?
    .yes = Да
    .no = Не
    .unknown = Не знам

## Запушена дъждовна шахта
question-catch-basin-blocked-ponding = Събира ли се вода?
    .none = Не, в момента не
    .road = Събира се на пътя
    .sidewalk = Разлива се върху тротоара или в имот

## Повреден или течащ пожарен хидрант
question-fire-hydrant-damaged-hydrant_problem = Какъв е проблемът с хидранта?
    .knocked-over = Съборен или ударен
    .leaking = Тече
    .missing-cap = Липсва капачка
    .blocked = Блокиран или скрит
    .paint = Графити или боя

## Вода с променен цвят или лош вкус
question-water-quality-water_issue = Какво забелязвате?
    .brown = Кафява или жълта
    .cloudy = Мътна или млечна
    .taste = Необичаен вкус
    .smell = Необичайна миризма
    .particles = Частици или утайка

## Паднало или повредено дърво (спешно)
question-tree-emergency-blocking = Какво е засегнато?
    .road = Път
    .sidewalk = Тротоар
    .driveway = Алея за коли
    .building = Къща или сграда
    .vehicle = Превозно средство
    .wires = Кабели
    .nothing = Още нищо, но може да падне

## Подрязване на дърво (неспешно)
question-tree-pruning-reason = Защо дървото трябва да се подреже?
    .low-branches = Ниски клони над тротоар или път
    .blocking = Закрива знак или улична лампа
    .touching-building = Докосва къща или сграда
    .dead-branches = Сухи клони

## Проблем с тоалетна в парк
question-park-washroom-issue = Какъв е проблемът?
    .dirty = Мръсно е
    .supplies = Няма сапун, хартиени кърпи или тоалетна хартия
    .locked = Заключена в работно време
    .broken = Счупена тоалетна чиния, мивка или врата
    .leak = Теч или наводнение

## Повредени съоръжения на детска площадка
question-playground-damaged-equipment = Кое съоръжение?
    .swing = Люлка
    .slide = Пързалка
    .climber = Катерушка или комбинирано съоръжение за игра
    .surface = Настилка (пясък, мулч или гума)
    .other = Друго
question-playground-damaged-unsafe = Може ли някой да се нарани, ако го използва сега?
    .yes = Да
    .no = Не
    .unsure = Не знам със сигурност

## Палатков лагер в парк
question-park-encampment-tent_count = Приблизително колко палатки или постройки има?
question-park-encampment-details = Има ли нещо, което социалните работници трябва да знаят, например огън или друг проблем с безопасността?

## Мъртво животно на пътя или тротоара
question-dead-animal-road-animal_type = Какво е животното (например миеща мечка, катерица или котка)?
question-dead-animal-road-animal_size = Колко е голямо?
    .small = Малко (катерица, птица)
    .medium = Средно (миеща мечка, котка)
    .large = Голямо (елен, койот, куче)

## Ранено или болно диво животно
question-injured-wildlife-animal_type = Какво е животното?
question-injured-wildlife-condition = Какво се случва с животното?
    .injured = Ранено е
    .sick = Болно е или се държи странно
    .trapped = Хванато е в капан или е заплетено
    .orphaned = Малко животно, което изглежда само

## Бездомно или избягало куче
question-stray-dog-dog_contained = Кучето под контрол ли е, например в двор или на каишка?
    .yes = Да
    .no = Не

## Ухапване или нападение от куче
question-dog-bite-incident_time = Кога се случи?
question-dog-bite-victim = Кой е ухапан или нападнат?
    .person = Човек
    .dog = Друго куче
    .other-animal = Друго животно

## Куче без каишка
question-dog-off-leash-usual_time = Кога обикновено се случва това (например в делнични дни сутрин)?

## Оплакване за шум
question-noise-noise_source = Какво вдига шум?
    .amplified-sound = Музика или усилен звук
    .construction = Строителство
    .barking = Лаещо куче
    .equipment = Климатик, вентилатор или друго оборудване
    .vehicle = Коли с работещ на място или форсиран двигател
    .other = Друго
question-noise-ongoing = Има ли шум в момента?
    .now = Да, в момента
    .recurring = Случва се редовно
    .past = Спря
question-noise-noise_times = Опишете кога има шум и колко продължава.

## Спешен проблем със състоянието на сграда
question-property-standards-urgent-issue = Какъв е спешният проблем?
    .no-heat = Няма отопление или то не е достатъчно
    .no-water = Няма вода
    .no-power = Няма ток
    .lock = Счупена ключалка на входна врата
    .structure = Опасна конструкция, балкон или стълби
question-property-standards-urgent-is_tenant = Наемател ли сте в сградата?
    .yes = Да
    .no = Не
question-property-standards-urgent-unit_number = Какъв е номерът на вашето жилище?

## Оплакване за състоянието на имот
question-property-standards-issues = Какви са проблемите?
    .pests = Вредители (мишки, хлебарки, дървеници)
    .mould = Мухъл
    .windows-doors = Счупени прозорци или врати
    .leaks = Течащ покрив или стени
    .stairs-railings = Повредени стълби или парапети
    .exterior = Лошо поддържана външна част на сградата
    .other = Друго
question-property-standards-landlord_notified = Ако сте наемател, уведомили ли сте писмено хазяина си?
    .yes = Да
    .no = Не
    .not-tenant = Не съм наемател
question-property-standards-details = Опишете проблема и от колко време продължава.

## Изоставена кола в частен имот
question-abandoned-vehicle-licence_plate = Какъв е регистрационният номер, ако колата има такъв?
question-abandoned-vehicle-vehicle_description = Опишете колата (цвят, марка, вид).
