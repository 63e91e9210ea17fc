### Питања каталога: додатна питања (Open311 атрибути) за сваку врсту услуге и
### одговори понуђени за питања са листом, као атрибути названи по својим кључевима.

## Рупа на путу
question-pothole-size = Отприлике колико је велика рупа?
    .small = Мања од тањира
    .medium = Отприлике као гума аутомобила
    .large = Већа од гуме аутомобила
question-pothole-lane = У ком делу пута се налази?
    .curb-lane = Трака уз ивичњак
    .centre-lane = Средња трака или трака за претицање
    .turn-lane = Трака за скретање
    .bike-lane = Бициклистичка трака
    .laneway = Уличица

## Опасност на путу
question-road-hazard-hazard_type = Која је опасност у питању?
    .road-collapse = Урушен коловоз или вртача
    .missing-cover = Поклопац шахта или решетка недостаје или је поломљен
    .debris = Велики отпад у траци
    .spill = Просута или клизава материја
    .other = Нешто друго

## Оштећен тротоар
question-sidewalk-damaged-damage = Шта није у реду са тротоаром?
    .cracked = Напукао
    .lifted = Подигнуте или неравне плоче
    .sunken = Улегнут или шупаљ
    .missing = Недостају делови
    .curb-ramp = Оштећена рампа на ивичњаку
question-sidewalk-damaged-trip_height = Отприлике колико је висока неравна ивица, у центиметрима?

## Препрека у бициклистичкој траци
question-bike-lane-obstruction-obstruction = Шта блокира бициклистичку траку?
    .debris = Отпад или смеће
    .construction = Грађевински материјал или опрема
    .bins = Канте за смеће или рециклажу
    .bollard = Оштећен или оборен стубић
    .other = Нешто друго

## Возило предуго паркирано у стамбеној улици
question-long-term-parking-licence_plate = Који је број регистарске таблице, ако можете да га видите?
question-long-term-parking-vehicle_description = Опишите возило (боја, марка, врста).
question-long-term-parking-days_parked = Отприлике колико дана је ту паркирано?

## Улична светиљка не ради
question-streetlight-out-light_problem = Шта није у реду са светиљком?
    .out = Не светли
    .flickering = Трепери или се пали и гаси
    .day-burning = Светли током дана
    .several-out = Неколико светиљки заредом не светли
question-streetlight-out-pole_number = Ако стуб има плочицу са бројем, шта на њој пише?

## Оштећен или нестао знак
question-sign-damaged-sign_type = Која је врста знака?
    .street-name = Назив улице
    .parking = Паркирање
    .speed-limit = Ограничење брзине
    .warning = Знак упозорења (кривина, школска зона и слично)
    .other = Друго
question-sign-damaged-sign_condition = Шта није у реду са њим?
    .bent = Савијен или оборен
    .faded = Избледео или тешко читљив
    .turned = Окренут у погрешном смеру
    .blocked = Заклоњен гранама
    .missing = Нестао

## Семафор не ради
question-traffic-signal-malfunction-signal_problem = Шта семафор ради?
    .dark = Уопште не светли
    .flashing = Трепери црвено или жуто
    .stuck = Заглављен на једној боји
    .damaged = Оборен или оштећен
    .turned = Окренут у погрешном смеру
question-traffic-signal-malfunction-direction = Који смер кретања је погођен (на пример, ка северу)?

## Проблем безбедности саобраћаја
question-traffic-safety-concern-concern = Шта вас брине?
    .speeding = Пребрза вожња
    .signal-timing = Трајање сигнала на семафору
    .visibility = Лоша прегледност
    .crossing = Тешко је прећи улицу
    .cut-through = Транзитни саобраћај кроз насеље
question-traffic-safety-concern-details = Реците нам више: када се то дешава и кога погађа?

## Тротоар није очишћен од снега
question-snow-sidewalk-condition = Какав је тротоар?
    .snow = Прекривен снегом
    .ice = Залеђен
    .snowbank = Блокиран снежним насипом након чишћења пута

## Смеће није одвезено
question-missed-garbage-collection_day = Који је био ваш заказани дан одвожења?
question-missed-garbage-set_out = Да ли је канта била на ивичњаку до 7 часова ујутру?
    .yes = Да
    .no = Не

## Рециклажа није одвезена
question-missed-recycling-collection_day = Који је био ваш заказани дан одвожења?
question-missed-recycling-set_out = Да ли је канта била на ивичњаку до 7 часова ујутру?
    .yes = Да
    .no = Не

## Зелена канта није испражњена
question-missed-green-bin-collection_day = Који је био ваш заказани дан одвожења?
question-missed-green-bin-set_out = Да ли је канта била на ивичњаку до 7 часова ујутру?
    .yes = Да
    .no = Не

## Оштећена канта
question-bin-damaged-bin_type = Која канта је оштећена?
    .garbage = Канта за смеће
    .recycling = Плава канта (рециклажа)
    .green-bin = Зелена канта (органски отпад)
question-bin-damaged-damage = Шта је оштећено?
    .lid = Поклопац
    .wheels = Точак или осовина
    .handle = Ручка
    .body = Напукло тело канте
    .latch = Реза за заштиту од животиња
question-bin-damaged-bin_serial = Који серијски број је одштампан на канти, ако можете да га прочитате?

## Одвожење кабастог отпада
question-bulky-item-pickup-item_types = Шта ћете изнети?
    .furniture = Намештај
    .mattress = Душек или подлога са опругама
    .appliance = Шпорет, веш-машина, машина за сушење или машина за судове
    .refrigerant = Фрижидер, замрзивач или клима-уређај
    .carpet = Тепих или простирка
    .other = Други велики предмет
question-bulky-item-pickup-item_count = Колико предмета ћете изнети?

## Графити на градској имовини
question-graffiti-city-property-surface = Које површине су прекривене?
    .wall = Зид или зграда
    .bridge = Мост или подвожњак
    .fence = Ограда
    .sign-pole = Знак или стуб
    .box = Комунални или семафорски ормарић
    .other = Друго

## Графити на саобраћајним знаковима, стубовима или семафорским ормарићима
question-graffiti-road-assets-asset_type = На чему су графити?
    .sign = Саобраћајни знак
    .signal-box = Семафорски ормарић
    .pole = Стуб
    .retaining-wall = Потпорни зид или зид за заштиту од буке
    .bridge = Мост или подвожњак
    .other = Нешто друго

## Графити на приватној имовини
question-graffiti-private-property-surface = Које површине су прекривене?
    .wall = Зид
    .fence = Ограда
    .garage-door = Гаражна врата
    .window = Прозор или врата
    .other = Друго
question-graffiti-private-property-is_owner = Да ли сте ви власник некретнине?
    .yes = Да
    .no = Не

## Графити мржње или банди
question-graffiti-hate-police_reported = Да ли сте то пријавили полицији Торонта?
    .yes = Да
    .no = Не
question-graffiti-hate-police_reference = Који је број полицијске пријаве, ако га имате?

## Недозвољено одлагање отпада
question-illegal-dumping-item_types = Шта је одложено?
    .household = Кесе са кућним смећем
    .furniture = Намештај
    .mattress = Душек
    .tires = Гуме
    .construction = Грађевински отпад или отпад од реновирања
    .electronics = Електроника
    .hazardous = Боја, хемикалије или други опасни отпад
    .other = Друго
question-illegal-dumping-noticed_at = Када сте то приметили или видели да се одлаже?
question-illegal-dumping-witness = Ако сте видели ко је то одложио, опишите особу или возило. Не прилазите им.

## Напуштен бицикл
question-abandoned-bike-bike_condition = У каквом је стању?
    .missing-wheel = Недостаје точак
    .missing-parts = Недостаје седиште или управљач
    .flat-tires = Издуване гуме
    .rusted = Зарђао ланац или делови
    .bent-frame = Савијен или оштећен рам

## Пукнуће главне водоводне цеви
question-water-main-break-water_flow = Колико воде тече?
    .trickle = Мало цури или је влажна површина
    .steady = Сталан млаз
    .gushing = Шикља или плави пут

## Нема воде
question-no-water-neighbours_affected = Да ли су и ваши суседи без воде?
    .yes = Да
    .no = Не
    .unknown = Не знам
question-no-water-started_at = Када је нестало воде?

## Враћање канализације или поплављен подрум
question-sewer-backup-water_depth = Отприлике колико је дубока вода, у центиметрима?
question-sewer-backup-backwater_valve = Да ли некретнина има неповратни вентил на канализацији?
    .yes = Да
    .no = Не
    .unknown = Не знам

## Зачепљен сливник
question-catch-basin-blocked-ponding = Да ли се вода задржава?
    .none = Не, тренутно не
    .road = Вода се задржава на путу
    .sidewalk = Вода се излива на тротоар или имање

## Оштећен хидрант или хидрант који цури
question-fire-hydrant-damaged-hydrant_problem = Шта није у реду са хидрантом?
    .knocked-over = Оборен или ударен
    .leaking = Цури
    .missing-cap = Недостаје поклопац
    .blocked = Блокиран или сакривен
    .paint = Графити или боја

## Вода чудне боје или лошег укуса
question-water-quality-water_issue = Шта примећујете?
    .brown = Смеђа или жута
    .cloudy = Мутна или млечна
    .taste = Необичан укус
    .smell = Необичан мирис
    .particles = Честице или талог

## Пало или оштећено дрво (хитно)
question-tree-emergency-blocking = Шта је угрожено?
    .road = Пут
    .sidewalk = Тротоар
    .driveway = Прилаз
    .building = Кућа или зграда
    .vehicle = Возило
    .wires = Жице
    .nothing = Још ништа, али може да падне

## Орезивање дрвета (није хитно)
question-tree-pruning-reason = Зашто дрво треба орезати?
    .low-branches = Ниске гране изнад тротоара или пута
    .blocking = Заклања знак или уличну светиљку
    .touching-building = Додирује кућу или зграду
    .dead-branches = Суве гране

## Проблем са тоалетом у парку
question-park-washroom-issue = У чему је проблем?
    .dirty = Прљаво је
    .supplies = Нема сапуна, папирних убруса или тоалет-папира
    .locked = Закључан током радног времена
    .broken = Поломљена шоља, лавабо или врата
    .leak = Цурење или поплава

## Оштећене справе на игралишту
question-playground-damaged-equipment = Која справа?
    .swing = Љуљашка
    .slide = Тобоган
    .climber = Пењалица или конструкција за игру
    .surface = Подлога (песак, малч или гума)
    .other = Друго
question-playground-damaged-unsafe = Да ли би неко могао да се повреди ако је сада користи?
    .yes = Да
    .no = Не
    .unsure = Не знам поуздано

## Шаторско насеље у парку
question-park-encampment-tent_count = Отприлике колико шатора или склоништа има?
question-park-encampment-details = Да ли постоји нешто што социјални радници треба да знају, као што је ватра или неки други безбедносни проблем?

## Мртва животиња на путу или тротоару
question-dead-animal-road-animal_type = Која је то животиња (на пример, ракун, веверица или мачка)?
question-dead-animal-road-animal_size = Колико је велика?
    .small = Мала (веверица, птица)
    .medium = Средња (ракун, мачка)
    .large = Велика (јелен, којот, пас)

## Повређена или болесна дивља животиња
question-injured-wildlife-animal_type = Која је то животиња?
question-injured-wildlife-condition = Шта се дешава са животињом?
    .injured = Повређена је
    .sick = Болесна је или се чудно понаша
    .trapped = Заробљена је или се заплела
    .orphaned = Младунче које изгледа као да је само

## Пас луталица или пас без надзора
question-stray-dog-dog_contained = Да ли је пас обезбеђен, на пример у дворишту или на поводцу?
    .yes = Да
    .no = Не

## Ујед или напад пса
question-dog-bite-incident_time = Када се то догодило?
question-dog-bite-victim = Ко је уједен или нападнут?
    .person = Особа
    .dog = Други пас
    .other-animal = Друга животиња

## Пас без поводца
question-dog-off-leash-usual_time = Када се то обично дешава (на пример, радним данима ујутру)?

## Притужба на буку
question-noise-noise_source = Шта прави буку?
    .amplified-sound = Музика или појачан звук
    .construction = Грађевински радови
    .barking = Лавеж пса
    .equipment = Клима-уређај, вентилатор или друга опрема
    .vehicle = Возила која раде у месту или форсирају мотор
    .other = Друго
question-noise-ongoing = Да ли бука траје сада?
    .now = Да, управо сада
    .recurring = Понавља се редовно
    .past = Престала је
question-noise-noise_times = Опишите када се бука јавља и колико дуго траје.

## Хитан проблем са стањем зграде
question-property-standards-urgent-issue = Који је хитан проблем?
    .no-heat = Нема грејања или грејање није довољно
    .no-water = Нема воде
    .no-power = Нема струје
    .lock = Поломљена брава на улазним вратима
    .structure = Небезбедна конструкција, балкон или степенице
question-property-standards-urgent-is_tenant = Да ли сте закупац у овој згради?
    .yes = Да
    .no = Не
question-property-standards-urgent-unit_number = Који је број вашег стана?

## Притужба на стање некретнине
question-property-standards-issues = Који проблеми постоје?
    .pests = Штеточине (мишеви, бубашвабе, стенице)
    .mould = Буђ
    .windows-doors = Поломљени прозори или врата
    .leaks = Кров или зидови прокишњавају
    .stairs-railings = Оштећене степенице или ограде
    .exterior = Спољашњост у лошем стању
    .other = Друго
question-property-standards-landlord_notified = Ако сте закупац, да ли сте писмено обавестили станодавца?
    .yes = Да
    .no = Не
    .not-tenant = Нисам закупац
question-property-standards-details = Опишите проблем и колико дуго траје.

## Напуштено возило на приватном имању
question-abandoned-vehicle-licence_plate = Који је број регистарске таблице, ако је има?
question-abandoned-vehicle-vehicle_description = Опишите возило (боја, марка, врста).
