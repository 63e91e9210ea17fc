### Կատալոգի հարցեր՝ յուրաքանչյուր ծառայության տեսակի լրացուցիչ հարցերը (Open311 ատրիբուտներ) և
### ցանկով հարցերի պատասխանների տարբերակները՝ որպես իրենց բանալիներով անվանված ատրիբուտներ։

## Փոս ճանապարհին
question-pothole-size = Մոտավորապես որքա՞ն մեծ է փոսը
    .small = Ճաշի ափսեից փոքր
    .medium = Մոտավորապես մեքենայի անվադողի չափ
    .large = Մեքենայի անվադողից մեծ
question-pothole-lane = Ճանապարհի ո՞ր մասում է այն
    .curb-lane = Եզրաքարին հարող երթևեկելի գոտի
    .centre-lane = Միջին կամ վազանցի գոտի
    .turn-lane = Շրջադարձի գոտի
    .bike-lane = Հեծանվային գոտի
    .laneway = Նրբանցք

## Վտանգ ճանապարհին
question-road-hazard-hazard_type = Ի՞նչ վտանգ կա
    .road-collapse = Ճանապարհի ծածկույթի փլուզում կամ փլվածքային փոս
    .missing-cover = Դիտահորի կամ վանդակաճաղի կափարիչը բացակայում է կամ կոտրված է
    .debris = Խոշոր առարկաներ կամ աղբ երթևեկելի գոտում
    .spill = Թափված կամ սայթաքուն նյութ
    .other = Այլ բան

## Վնասված մայթ
question-sidewalk-damaged-damage = Ի՞նչ խնդիր ունի մայթը
    .cracked = Ճաքած է
    .lifted = Սալիկները բարձրացած են կամ անհարթ են
    .sunken = Նստած է կամ տակը դատարկ է
    .missing = Կտորներ են պակասում
    .curb-ramp = Եզրաքարի թեքահարթակը վնասված է
question-sidewalk-damaged-trip_height = Մոտավորապես որքա՞ն է անհարթ եզրի բարձրությունը՝ սանտիմետրերով

## Խոչընդոտ հեծանվային գոտում
question-bike-lane-obstruction-obstruction = Ի՞նչն է փակում հեծանվային գոտին
    .debris = Առարկաներ կամ աղբ
    .construction = Շինանյութ կամ շինարարական տեխնիկա
    .bins = Աղբի կամ վերամշակման աղբամաններ
    .bollard = Վնասված կամ ընկած սյունակ
    .other = Այլ բան

## Բնակելի փողոցում չափազանց երկար կայանված մեքենա
question-long-term-parking-licence_plate = Ո՞րն է մեքենայի համարանիշը, եթե կարող եք տեսնել այն
question-long-term-parking-vehicle_description = Նկարագրեք մեքենան (գույնը, մակնիշը, տեսակը)։
question-long-term-parking-days_parked = Մոտավորապես քանի՞ օր է այն կայանված այնտեղ

## Փողոցային լույսը չի աշխատում
question-streetlight-out-light_problem = Ի՞նչ խնդիր ունի լույսը
    .out = Չի վառվում
    .flickering = Թարթում է կամ անընդհատ միանում ու անջատվում է
    .day-burning = Վառվում է ցերեկը
    .several-out = Իրար հետևից մի քանի լույս չի վառվում
question-streetlight-out-pole_number = Եթե սյան վրա համարով պիտակ կա, ի՞նչ է գրված դրա վրա

## Վնասված կամ բացակայող նշան
question-sign-damaged-sign_type = Ի՞նչ նշան է
    .street-name = Փողոցի անվանում
    .parking = Կայանում
    .speed-limit = Արագության սահմանափակում
    .warning = Նախազգուշացնող նշան (շրջադարձ, դպրոցական գոտի և նմանատիպ)
    .other = Այլ
question-sign-damaged-sign_condition = Ի՞նչ խնդիր ունի այն
    .bent = Ծռված կամ տապալված է
    .faded = Գունաթափված է կամ դժվար է կարդալ
    .turned = Շրջված է սխալ ուղղությամբ
    .blocked = Ծածկված է ճյուղերով
    .missing = Բացակայում է

## Լուսացույցը չի աշխատում
question-traffic-signal-malfunction-signal_problem = Ինչպե՞ս է աշխատում լուսացույցը
    .dark = Ամբողջովին մարված է
    .flashing = Թարթում է կարմիր կամ դեղին
    .stuck = Մնացել է մեկ գույնի վրա
    .damaged = Տապալված կամ վնասված է
    .turned = Շրջված է սխալ ուղղությամբ
question-traffic-signal-malfunction-direction = Երթևեկության ո՞ր ուղղությունն է տուժում (օրինակ՝ դեպի հյուսիս)

## Երթևեկության անվտանգության խնդիր
question-traffic-safety-concern-concern = Ի՞նչն է ձեզ անհանգստացնում
    .speeding = Արագության գերազանցում
    .signal-timing = Լուսացույցի ազդանշանների տևողությունը
    .visibility = Վատ տեսանելիություն
    .crossing = Դժվար է անցնել փողոցը
    .cut-through = Տարանցիկ երթևեկություն թաղամասի միջով
question-traffic-safety-concern-details = Պատմեք ավելին՝ ե՞րբ է դա տեղի ունենում, և ո՞ւմ վրա է ազդում

## Մայթը մաքրված չէ ձյունից
question-snow-sidewalk-condition = Ինչպիսի՞ն է մայթը
    .snow = Ծածկված է ձյունով
    .ice = Սառցակալած է
    .snowbank = Փակված է ճանապարհը մաքրելուց հետո գոյացած ձյան կույտով

## Աղբը չի հավաքվել
question-missed-garbage-collection_day = Ո՞րն էր ձեր աղբահանության նախատեսված օրը
question-missed-garbage-set_out = Աղբամանը մինչև առավոտյան 7-ը դրվա՞ծ էր եզրաքարի մոտ
    .yes = Այո
    .no = Ոչ

## Վերամշակվող թափոնները չեն հավաքվել
question-missed-recycling-collection_day = Ո՞րն էր ձեր աղբահանության նախատեսված օրը
question-missed-recycling-set_out = Աղբամանը մինչև առավոտյան 7-ը դրվա՞ծ էր եզրաքարի մոտ
    .yes = Այո
    .no = Ոչ

## Կանաչ աղբամանը չի դատարկվել
question-missed-green-bin-collection_day = Ո՞րն էր ձեր աղբահանության նախատեսված օրը
question-missed-green-bin-set_out = Աղբամանը մինչև առավոտյան 7-ը դրվա՞ծ էր եզրաքարի մոտ
    .yes = Այո
    .no = Ոչ

## Վնասված աղբաման
question-bin-damaged-bin_type = Ո՞ր աղբամանն է վնասված
    .garbage = Աղբի աղբաման
    .recycling = Կապույտ աղբաման (վերամշակում)
    .green-bin = Կանաչ աղբաման (օրգանական թափոններ)
question-bin-damaged-damage = Ի՞նչն է վնասված
    .lid = Կափարիչը
    .wheels = Անիվը կամ առանցքը
    .handle = Բռնակը
    .body = Իրանը ճաքած է
    .latch = Կենդանիներից պաշտպանող սողնակը
question-bin-damaged-bin_serial = Ո՞րն է աղբամանի վրա տպված սերիական համարը, եթե կարող եք կարդալ այն

## Խոշոր իրերի դուրսբերում
question-bulky-item-pickup-item_types = Ի՞նչ եք դուրս դնելու
    .furniture = Կահույք
    .mattress = Ներքնակ կամ զսպանակավոր հիմք
    .appliance = Սալօջախ, լվացքի մեքենա, չորանոց կամ ամանլվացող մեքենա
    .refrigerant = Սառնարան, սառցարան կամ օդորակիչ
    .carpet = Գորգ կամ գորգիկ
    .other = Այլ խոշոր իր
question-bulky-item-pickup-item_count = Քանի՞ իր եք դուրս դնելու

## Գրաֆիտի քաղաքային գույքի վրա
question-graffiti-city-property-surface = Ո՞ր մակերեսներն են ծածկված
    .wall = Պատ կամ շենք
    .bridge = Կամուրջ կամ ստորանցում
    .fence = Ցանկապատ
    .sign-pole = Նշան կամ սյուն
    .box = Կոմունալ ծառայությունների կամ լուսացույցի արկղ
    .other = Այլ

## Գրաֆիտի ճանապարհային նշանների, սյուների կամ լուսացույցի արկղերի վրա
question-graffiti-road-assets-asset_type = Ինչի՞ վրա է գրաֆիտին
    .sign = Ճանապարհային նշան
    .signal-box = Լուսացույցի արկղ
    .pole = Սյուն
    .retaining-wall = Հենապատ կամ աղմկապաշտպան պատ
    .bridge = Կամուրջ կամ ստորանցում
    .other = Այլ բան

## Գրաֆիտի մասնավոր գույքի վրա
question-graffiti-private-property-surface = Ո՞ր մակերեսներն են ծածկված
    .wall = Պատ
    .fence = Ցանկապատ
    .garage-door = Ավտոտնակի դուռ
    .window = Պատուհան կամ դուռ
    .other = Այլ
question-graffiti-private-property-is_owner = Դուք գույքի սեփականատե՞րն եք
    .yes = Այո
    .no = Ոչ

## Ատելության կամ հանցախմբերի գրաֆիտի
question-graffiti-hate-police_reported = Հայտնե՞լ եք այդ մասին Տորոնտոյի ոստիկանությանը
    .yes = Այո
    .no = Ոչ
question-graffiti-hate-police_reference = Ո՞րն է ոստիկանությանը ներկայացված հաղորդման համարը, եթե այն ունեք

## Աղբի ապօրինի թափում
question-illegal-dumping-item_types = Ի՞նչ է թափվել
    .household = Կենցաղային աղբի տոպրակներ
    .furniture = Կահույք
    .mattress = Ներքնակ
    .tires = Անվադողեր
    .construction = Շինարարական կամ վերանորոգման թափոններ
    .electronics = Էլեկտրոնիկա
    .hazardous = Ներկ, քիմիկատներ կամ այլ վտանգավոր թափոններ
    .other = Այլ
question-illegal-dumping-noticed_at = Ե՞րբ եք այն նկատել, կամ ե՞րբ եք տեսել, թե ինչպես են թափում
question-illegal-dumping-witness = Եթե տեսել եք, թե ով է թափել, նկարագրեք անձին կամ մեքենան։ Մի՛ մոտեցեք նրանց։

## Լքված հեծանիվ
question-abandoned-bike-bike_condition = Ի՞նչ վիճակում է այն
    .missing-wheel = Անիվը պակասում է
    .missing-parts = Նստատեղը կամ ղեկը պակասում է
    .flat-tires = Անվադողերը օդազրկված են
    .rusted = Ժանգոտած շղթա կամ մասեր
    .bent-frame = Ծռված կամ վնասված շրջանակ

## Ջրատար խողովակի վթար
question-water-main-break-water_flow = Որքա՞ն ջուր է հոսում
    .trickle = Թույլ շիթ կամ խոնավ հատված
    .steady = Կայուն հոսք
    .gushing = Ուժեղ ժայթքում է կամ հեղեղում է ճանապարհը

## Ջուր չկա
question-no-water-neighbours_affected = Ձեր հարևաններն էլ ջուր չունե՞ն
    .yes = Այո
    .no = Ոչ
    .unknown = Չգիտեմ
question-no-water-started_at = Ե՞րբ է ջուրը կտրվել

## Կոյուղու հետհոսք կամ նկուղի հեղեղում
question-sewer-backup-water_depth = Մոտավորապես որքա՞ն է ջրի խորությունը՝ սանտիմետրերով
question-sewer-backup-backwater_valve = Շենքում կա՞ կոյուղու հետհոսքը կանխող փական
    .yes = Այո
    .no = Ոչ
    .unknown = Չգիտեմ

## Խցանված անձրևաջրի հորան
question-catch-basin-blocked-ponding = Ջուր կուտակվո՞ւմ է
    .none = Ոչ, հիմա ոչ
    .road = Կուտակվում է ճանապարհին
    .sidewalk = Լցվում է մայթի կամ մասնավոր տարածքի վրա

## Վնասված կամ կաթող հրշեջ հիդրանտ
question-fire-hydrant-damaged-hydrant_problem = Ի՞նչ խնդիր ունի հիդրանտը
    .knocked-over = Տապալված է կամ հարված է ստացել
    .leaking = Կաթում է
    .missing-cap = Կափարիչը բացակայում է
    .blocked = Փակված է կամ թաքնված
    .paint = Գրաֆիտի կամ ներկ

## Գունավորված կամ տհաճ համով ջուր
question-water-quality-water_issue = Ի՞նչ եք նկատում
    .brown = Շագանակագույն կամ դեղին
    .cloudy = Պղտոր կամ կաթնագույն
    .taste = Անսովոր համ
    .smell = Անսովոր հոտ
    .particles = Մասնիկներ կամ նստվածք

## Ընկած կամ վնասված ծառ (շտապ)
question-tree-emergency-blocking = Ի՞նչն է տուժել
    .road = Ճանապարհը
    .sidewalk = Մայթը
    .driveway = Ավտոմուտքը
    .building = Տուն կամ շենք
    .vehicle = Մեքենա
    .wires = Լարեր
    .nothing = Դեռ ոչինչ, բայց այն կարող է ընկնել

## Ծառի էտում (ոչ շտապ)
question-tree-pruning-reason = Ինչո՞ւ է պետք էտել ծառը
    .low-branches = Ցածր ճյուղեր մայթի կամ ճանապարհի վրա
    .blocking = Փակում է նշանը կամ փողոցային լույսը
    .touching-building = Դիպչում է տանը կամ շենքին
    .dead-branches = Չորացած ճյուղեր

## Այգու զուգարանի խնդիր
question-park-washroom-issue = Ո՞րն է խնդիրը
    .dirty = Կեղտոտ է
    .supplies = Չկա օճառ, թղթե սրբիչներ կամ զուգարանի թուղթ
    .locked = Փակ է աշխատանքային ժամերին
    .broken = Կոտրված զուգարանակոնք, լվացարան կամ դուռ
    .leak = Արտահոսք կամ հեղեղում

## Վնասված խաղահրապարակի սարքավորում
question-playground-damaged-equipment = Ո՞ր սարքավորումը
    .swing = Ճոճանակ
    .slide = Սահարան
    .climber = Մագլցման կամ խաղային կառույց
    .surface = Գետնի ծածկույթ (ավազ, մուլչ կամ ռետին)
    .other = Այլ
question-playground-damaged-unsafe = Կարո՞ղ է որևէ մեկը վնասվել, եթե հիմա օգտագործի այն
    .yes = Այո
    .no = Ոչ
    .unsure = Վստահ չեմ

## Վրանային ճամբար այգում
question-park-encampment-tent_count = Մոտավորապես քանի՞ վրան կամ կառույց կա այնտեղ
question-park-encampment-details = Կա՞ որևէ բան, որ սոցիալական աշխատողները պետք է իմանան, օրինակ՝ կրակ կամ անվտանգության այլ խնդիր

## Սատկած կենդանի ճանապարհին կամ մայթին
question-dead-animal-road-animal_type = Ի՞նչ կենդանի է (օրինակ՝ ջրարջ, սկյուռ կամ կատու)
question-dead-animal-road-animal_size = Որքա՞ն մեծ է այն
    .small = Փոքր (սկյուռ, թռչուն)
    .medium = Միջին (ջրարջ, կատու)
    .large = Մեծ (եղջերու, կոյոտ, շուն)

## Վիրավոր կամ հիվանդ վայրի կենդանի
question-injured-wildlife-animal_type = Ի՞նչ կենդանի է
question-injured-wildlife-condition = Ի՞նչ է կատարվում կենդանու հետ
    .injured = Վիրավոր է
    .sick = Հիվանդ է կամ տարօրինակ է իրեն պահում
    .trapped = Թակարդն է ընկել կամ խճճվել է
    .orphaned = Ձագ է, որը կարծես մենակ է մնացել

## Թափառող կամ ազատ շուն
question-stray-dog-dog_contained = Շունը հսկողության տա՞կ է, օրինակ՝ բակում կամ կապով
    .yes = Այո
    .no = Ոչ

## Շան խայթոց կամ հարձակում
question-dog-bite-incident_time = Ե՞րբ է դա տեղի ունեցել
question-dog-bite-victim = Ո՞ւմ են կծել կամ ո՞ւմ վրա են հարձակվել
    .person = Մարդու
    .dog = Մեկ այլ շան
    .other-animal = Մեկ այլ կենդանու

## Շուն առանց կապի
question-dog-off-leash-usual_time = Սովորաբար ե՞րբ է դա տեղի ունենում (օրինակ՝ աշխատանքային օրերին առավոտյան)

## Բողոք աղմուկի վերաբերյալ
question-noise-noise_source = Ի՞նչն է աղմուկ հանում
    .amplified-sound = Երաժշտություն կամ ուժեղացված ձայն
    .construction = Շինարարություն
    .barking = Հաչող շուն
    .equipment = Օդորակիչ, օդափոխիչ կամ այլ սարքավորում
    .vehicle = Տեղում միացված շարժիչով կամ աղմկոտ գազ տվող մեքենաներ
    .other = Այլ
question-noise-ongoing = Աղմուկը հիմա լսվո՞ւմ է
    .now = Այո, հենց հիմա
    .recurring = Այն պարբերաբար կրկնվում է
    .past = Դադարել է
question-noise-noise_times = Նկարագրեք, թե երբ է աղմուկը լինում և որքան է տևում։

## Շենքի վիճակի հետ կապված շտապ խնդիր
question-property-standards-urgent-issue = Ո՞րն է շտապ խնդիրը
    .no-heat = Ջեռուցում չկա կամ այն բավարար չէ
    .no-water = Ջուր չկա
    .no-power = Էլեկտրականություն չկա
    .lock = Մուտքի դռան կողպեքը կոտրված է
    .structure = Վտանգավոր կառույց, պատշգամբ կամ աստիճաններ
question-property-standards-urgent-is_tenant = Դուք այս շենքում վարձակա՞լ եք
    .yes = Այո
    .no = Ոչ
question-property-standards-urgent-unit_number = Ո՞րն է ձեր բնակարանի համարը

## Բողոք գույքի վիճակի վերաբերյալ
question-property-standards-issues = Ի՞նչ խնդիրներ կան
    .pests = Վնասատուներ (մկներ, ուտիճներ, փայտոջիլներ)
    .mould = Բորբոս
    .windows-doors = Կոտրված պատուհաններ կամ դռներ
    .leaks = Կաթող տանիք կամ պատեր
    .stairs-railings = Վնասված աստիճաններ կամ բազրիքներ
    .exterior = Շենքի արտաքին մասը վատ վիճակում է
    .other = Այլ
question-property-standards-landlord_notified = Եթե վարձակալ եք, գրավոր տեղեկացրե՞լ եք տանտիրոջը
    .yes = Այո
    .no = Ոչ
    .not-tenant = Ես վարձակալ չեմ
question-property-standards-details = Նկարագրեք խնդիրը, և թե որքան ժամանակ է այն շարունակվում։

## Լքված մեքենա մասնավոր տարածքում
question-abandoned-vehicle-licence_plate = Ո՞րն է մեքենայի համարանիշը, եթե այն ունի
question-abandoned-vehicle-vehicle_description = Նկարագրեք մեքենան (գույնը, մակնիշը, տեսակը)։
