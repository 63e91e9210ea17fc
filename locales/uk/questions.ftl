### Питання каталогу: додаткові питання (атрибути Open311) для кожного виду послуг і
### варіанти відповідей для питань зі списком у вигляді атрибутів, названих за їхніми ключами.

## Яма на дорозі
question-pothole-size = Якого приблизно розміру яма?
    .small = Менша за обідню тарілку
    .medium = Приблизно з автомобільне колесо
    .large = Більша за автомобільне колесо
question-pothole-lane = У якій частині дороги вона розташована?
    .curb-lane = Крайня смуга біля бордюру
    .centre-lane = Середня смуга або смуга для обгону
    .turn-lane = Смуга для повороту
    .bike-lane = Велосмуга
    .laneway = Провулок

## Небезпека на дорозі
question-road-hazard-hazard_type = У чому полягає небезпека?
    .road-collapse = Провал дорожнього покриття або вирва
    .missing-cover = Немає кришки люка чи решітки, або вона зламана
    .debris = Велике сміття на смузі руху
    .spill = Розлив або слизька речовина
    .other = Щось інше

## Пошкоджений тротуар
question-sidewalk-damaged-damage = Що не так із тротуаром?
    .cracked = Тріщини
    .lifted = Підняті або нерівні плити
    .sunken = Просіла ділянка або порожнеча під покриттям
    .missing = Бракує шматків покриття
    .curb-ramp = Пошкоджений з’їзд із бордюру
question-sidewalk-damaged-trip_height = Яка приблизно висота нерівного краю в сантиметрах?

## Перешкода на велосмузі
question-bike-lane-obstruction-obstruction = Що перекриває велосмугу?
    .debris = Сміття або відходи
    .construction = Будівельні матеріали або техніка
    .bins = Баки для сміття або вторсировини
    .bollard = Пошкоджений або повалений стовпчик
    .other = Щось інше

## Автомобіль надто довго стоїть на житловій вулиці
question-long-term-parking-licence_plate = Який номерний знак автомобіля, якщо його видно?
question-long-term-parking-vehicle_description = Опишіть автомобіль (колір, марка, тип).
question-long-term-parking-days_parked = Скільки приблизно днів він там стоїть?

## Не працює вуличний ліхтар
question-streetlight-out-light_problem = Що не так із ліхтарем?
    .out = Не світить
    .flickering = Мерехтить або то вмикається, то вимикається
    .day-burning = Світить удень
    .several-out = Не світять кілька ліхтарів поспіль
question-streetlight-out-pole_number = Якщо на стовпі є табличка з номером, що на ній написано?

## Пошкоджений або зниклий знак
question-sign-damaged-sign_type = Який це знак?
    .street-name = Табличка з назвою вулиці
    .parking = Знак паркування
    .speed-limit = Обмеження швидкості
    .warning = Попереджувальний знак (поворот, шкільна зона тощо)
    .other = Інший
question-sign-damaged-sign_condition = Що з ним не так?
    .bent = Погнутий або збитий
    .faded = Вицвів або погано читається
    .turned = Повернутий не в той бік
    .blocked = Закритий гілками
    .missing = Зник

## Не працює світлофор
question-traffic-signal-malfunction-signal_problem = Як працює світлофор?
    .dark = Зовсім не світить
    .flashing = Блимає червоним або жовтим
    .stuck = Завис на одному кольорі
    .damaged = Збитий або пошкоджений
    .turned = Повернутий не в той бік
question-traffic-signal-malfunction-direction = Якого напрямку руху це стосується (наприклад, на північ)?

## Проблема безпеки дорожнього руху
question-traffic-safety-concern-concern = Що вас турбує?
    .speeding = Перевищення швидкості
    .signal-timing = Режим роботи світлофора
    .visibility = Погана видимість
    .crossing = Важко перейти вулицю
    .cut-through = Наскрізний транзитний рух в об’їзд
question-traffic-safety-concern-details = Розкажіть докладніше: коли це відбувається і кого це стосується?

## Тротуар не очищено від снігу
question-snow-sidewalk-condition = У якому стані тротуар?
    .snow = Вкритий снігом
    .ice = Обмерзлий
    .snowbank = Перекритий сніговим валом після прибирання дороги

## Не вивезли сміття
question-missed-garbage-collection_day = Який у вас день вивезення за графіком?
question-missed-garbage-set_out = Чи стояв бак біля бордюру до 7 години ранку?
    .yes = Так
    .no = Ні

## Не вивезли вторсировину
question-missed-recycling-collection_day = Який у вас день вивезення за графіком?
question-missed-recycling-set_out = Чи стояв бак біля бордюру до 7 години ранку?
    .yes = Так
    .no = Ні

## Не вивезли зелений бак
question-missed-green-bin-collection_day = Який у вас день вивезення за графіком?
question-missed-green-bin-set_out = Чи стояв бак біля бордюру до 7 години ранку?
    .yes = Так
    .no = Ні

## Пошкоджений бак
question-bin-damaged-bin_type = Який бак пошкоджено?
    .garbage = Бак для сміття
    .recycling = Синій бак (вторсировина)
    .green-bin = Зелений бак (органічні відходи)
question-bin-damaged-damage = Що пошкоджено?
    .lid = Кришка
    .wheels = Колесо або вісь
    .handle = Ручка
    .body = Тріщина в корпусі
    .latch = Засувка від тварин
question-bin-damaged-bin_serial = Який серійний номер надруковано на баку, якщо його можна прочитати?

## Вивезення великих речей
question-bulky-item-pickup-item_types = Що ви виставите?
    .furniture = Меблі
    .mattress = Матрац або пружинна основа
    .appliance = Плита, пральна, сушильна або посудомийна машина
    .refrigerant = Холодильник, морозильна камера або кондиціонер
    .carpet = Килим або килимок
    .other = Інша велика річ
question-bulky-item-pickup-item_count = Скільки речей ви виставите?

## Графіті на міському майні
question-graffiti-city-property-surface = Які поверхні вкриті графіті?
    .wall = Стіна або будівля
    .bridge = Міст або шляхопровід
    .fence = Паркан
    .sign-pole = Знак або стовп
    .box = Шафа комунальних служб або світлофора
    .other = Інше

## Графіті на дорожніх знаках, стовпах або шафах світлофорів
question-graffiti-road-assets-asset_type = На чому графіті?
    .sign = Дорожній знак
    .signal-box = Шафа керування світлофором
    .pole = Стовп
    .retaining-wall = Підпірна або шумозахисна стіна
    .bridge = Міст або шляхопровід
    .other = Щось інше

## Графіті на приватній власності
question-graffiti-private-property-surface = Які поверхні вкриті графіті?
    .wall = Стіна
    .fence = Паркан
    .garage-door = Ворота гаража
    .window = Вікно або двері
    .other = Інше
question-graffiti-private-property-is_owner = Ви власник цієї нерухомості?
    .yes = Так
    .no = Ні

## Графіті ненависті або банд
question-graffiti-hate-police_reported = Ви повідомили про це поліцію Торонто?
    .yes = Так
    .no = Ні
question-graffiti-hate-police_reference = Який номер поліцейської заяви, якщо він у вас є?

## Незаконне викидання сміття
question-illegal-dumping-item_types = Що було викинуто?
    .household = Мішки з побутовим сміттям
    .furniture = Меблі
    .mattress = Матрац
    .tires = Шини
    .construction = Будівельні або ремонтні відходи
    .electronics = Електроніка
    .hazardous = Фарба, хімікати або інші небезпечні відходи
    .other = Інше
question-illegal-dumping-noticed_at = Коли ви це помітили або бачили, як це викидають?
question-illegal-dumping-witness = Якщо ви бачили, хто це викинув, опишіть людину або автомобіль. Не підходьте до них.

## Покинутий велосипед
question-abandoned-bike-bike_condition = У якому він стані?
    .missing-wheel = Немає колеса
    .missing-parts = Немає сідла або керма
    .flat-tires = Спущені шини
    .rusted = Іржавий ланцюг або деталі
    .bent-frame = Погнута або пошкоджена рама

## Прорив водогону
question-water-main-break-water_flow = Скільки води витікає?
    .trickle = Тонкий струмочок або мокра пляма
    .steady = Рівний потік
    .gushing = Вода б’є струменем або заливає дорогу

## Немає води
question-no-water-neighbours_affected = У ваших сусідів теж немає води?
    .yes = Так
    .no = Ні
    .unknown = Я не знаю
question-no-water-started_at = Коли зникла вода?

## Засмічення каналізації або затоплення підвалу
question-sewer-backup-water_depth = Яка приблизно глибина води в сантиметрах?
question-sewer-backup-backwater_valve = Чи є в будівлі зворотний клапан на каналізації?
    .yes = Так
    .no = Ні
    .unknown = Я не знаю

## Засмічена зливова решітка
question-catch-basin-blocked-ponding = Чи збирається вода?
    .none = Ні, зараз ні
    .road = Вода збирається на дорозі
    .sidewalk = Вода розливається на тротуар або ділянку

## Пошкоджений або протікаючий пожежний гідрант
question-fire-hydrant-damaged-hydrant_problem = Що не так із гідрантом?
    .knocked-over = Збитий або в нього врізалися
    .leaking = Протікає
    .missing-cap = Немає кришки
    .blocked = До нього немає доступу або його не видно
    .paint = Графіті або фарба

## Вода дивного кольору чи смаку
question-water-quality-water_issue = Що ви помічаєте?
    .brown = Коричнева або жовта
    .cloudy = Каламутна або молочного кольору
    .taste = Незвичний смак
    .smell = Незвичний запах
    .particles = Частинки або осад

## Повалене або пошкоджене дерево (терміново)
question-tree-emergency-blocking = Що постраждало?
    .road = Дорога
    .sidewalk = Тротуар
    .driveway = Під’їзна доріжка
    .building = Будинок або будівля
    .vehicle = Автомобіль
    .wires = Дроти
    .nothing = Поки нічого, але дерево може впасти

## Обрізання дерева (не терміново)
question-tree-pruning-reason = Чому дерево потрібно обрізати?
    .low-branches = Низькі гілки над тротуаром або дорогою
    .blocking = Закриває знак або вуличний ліхтар
    .touching-building = Торкається будинку або будівлі
    .dead-branches = Сухі гілки

## Проблема з туалетом у парку
question-park-washroom-issue = У чому проблема?
    .dirty = Брудно
    .supplies = Немає мила, паперових рушників або туалетного паперу
    .locked = Зачинений у години роботи
    .broken = Зламаний унітаз, умивальник або двері
    .leak = Протікання або затоплення

## Пошкоджене обладнання дитячого майданчика
question-playground-damaged-equipment = Яке обладнання?
    .swing = Гойдалка
    .slide = Гірка
    .climber = Драбинка для лазіння або ігровий комплекс
    .surface = Покриття майданчика (пісок, мульча або гума)
    .other = Інше
question-playground-damaged-unsafe = Чи може хтось постраждати, якщо користуватиметься ним зараз?
    .yes = Так
    .no = Ні
    .unsure = Точно не знаю

## Наметове містечко в парку
question-park-encampment-tent_count = Скільки приблизно там наметів або споруд?
question-park-encampment-details = Чи є щось, що варто знати соціальним працівникам, наприклад вогонь або інша загроза безпеці?

## Мертва тварина на дорозі або тротуарі
question-dead-animal-road-animal_type = Що це за тварина (наприклад, єнот, білка або кіт)?
question-dead-animal-road-animal_size = Якого вона розміру?
    .small = Маленька (білка, птах)
    .medium = Середня (єнот, кіт)
    .large = Велика (олень, койот, собака)

## Поранена або хвора дика тварина
question-injured-wildlife-animal_type = Що це за тварина?
question-injured-wildlife-condition = Що відбувається з твариною?
    .injured = Вона поранена
    .sick = Вона хвора або поводиться дивно
    .trapped = Вона застрягла або заплуталася
    .orphaned = Дитинча, яке, схоже, залишилося саме

## Бродячий або втеклий собака
question-stray-dog-dog_contained = Чи собака під контролем, наприклад у дворі або на повідці?
    .yes = Так
    .no = Ні

## Укус або напад собаки
question-dog-bite-incident_time = Коли це сталося?
question-dog-bite-victim = Кого вкусили або на кого напали?
    .person = Людину
    .dog = Іншого собаку
    .other-animal = Іншу тварину

## Собака без повідця
question-dog-off-leash-usual_time = Коли це зазвичай відбувається (наприклад, уранці в будні)?

## Скарга на шум
question-noise-noise_source = Що створює шум?
    .amplified-sound = Музика або звук через підсилювачі
    .construction = Будівництво
    .barking = Гавкіт собаки
    .equipment = Кондиціонер, вентилятор або інше обладнання
    .vehicle = Автомобілі з двигуном, що працює на холостому ходу або гучно реве
    .other = Інше
question-noise-ongoing = Шум є зараз?
    .now = Так, просто зараз
    .recurring = Це регулярно повторюється
    .past = Шум припинився
question-noise-noise_times = Опишіть, коли буває шум і як довго він триває.

## Термінова проблема зі станом будівлі
question-property-standards-urgent-issue = Яка термінова проблема?
    .no-heat = Немає опалення або воно недостатнє
    .no-water = Немає води
    .no-power = Немає електрики
    .lock = Зламаний замок вхідних дверей
    .structure = Небезпечна конструкція, балкон або сходи
question-property-standards-urgent-is_tenant = Ви орендуєте житло в цій будівлі?
    .yes = Так
    .no = Ні
question-property-standards-urgent-unit_number = Який номер вашої квартири?

## Скарга на стан будівлі
question-property-standards-issues = Які є проблеми?
    .pests = Шкідники (миші, таргани, клопи)
    .mould = Пліснява
    .windows-doors = Розбиті вікна або зламані двері
    .leaks = Протікає дах або стіни
    .stairs-railings = Пошкоджені сходи або поруччя
    .exterior = Фасад у поганому стані
    .other = Інше
question-property-standards-landlord_notified = Якщо ви орендар, чи повідомили ви орендодавця письмово?
    .yes = Так
    .no = Ні
    .not-tenant = Я не орендар
question-property-standards-details = Опишіть проблему і як довго вона триває.

## Покинутий автомобіль на приватній ділянці
question-abandoned-vehicle-licence_plate = Який номерний знак автомобіля, якщо він є?
question-abandoned-vehicle-vehicle_description = Опишіть автомобіль (колір, марка, тип).
