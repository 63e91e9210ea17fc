### שאלות הקטלוג: השאלות הנוספות (מאפייני Open311) של כל סוג שירות, וגם
### התשובות שמוצעות לשאלות בחירה מרשימה, כמאפיינים שנקראים על שם המפתחות שלהן.

## בור בכביש
question-pothole-size = מה הגודל המשוער של הבור?
    .small = קטן מצלחת אוכל
    .medium = בערך בגודל של צמיג מכונית
    .large = גדול מצמיג מכונית
question-pothole-lane = באיזה חלק של הכביש הוא נמצא?
    .curb-lane = הנתיב הסמוך לאבן השפה
    .centre-lane = נתיב אמצעי או נתיב עקיפה
    .turn-lane = נתיב פנייה
    .bike-lane = שביל אופניים
    .laneway = סמטה

## מפגע בכביש
question-road-hazard-hazard_type = מה המפגע?
    .road-collapse = שקיעה של הכביש או בולען
    .missing-cover = מכסה ביוב או רשת ניקוז חסרים או שבורים
    .debris = פסולת גדולה באחד הנתיבים
    .spill = חומר שנשפך או משטח חלקלק
    .other = משהו אחר

## מדרכה פגומה
question-sidewalk-damaged-damage = מה הבעיה במדרכה?
    .cracked = סדוקה
    .lifted = אבני מדרכה מורמות או לא אחידות
    .sunken = שקועה או חלולה
    .missing = חסרים חלקים
    .curb-ramp = רמפה פגומה באבן השפה
question-sidewalk-damaged-trip_height = מה הגובה המשוער של השפה הלא אחידה, בסנטימטרים?

## חסימה בשביל אופניים
question-bike-lane-obstruction-obstruction = מה חוסם את שביל האופניים?
    .debris = פסולת או לכלוך
    .construction = חומרי בנייה או ציוד בנייה
    .bins = פחי אשפה או מיחזור
    .bollard = עמוד הפרדה פגום או שנפל
    .other = משהו אחר

## רכב שחונה יותר מדי זמן ברחוב מגורים
question-long-term-parking-licence_plate = מה מספר לוחית הרישוי, אם אפשר לראות אותו?
question-long-term-parking-vehicle_description = תארו את הרכב (צבע, יצרן, סוג).
question-long-term-parking-days_parked = בערך כמה ימים הרכב חונה שם?

## פנס רחוב לא דולק
question-streetlight-out-light_problem = מה הבעיה בפנס?
    .out = הוא לא דולק
    .flickering = מהבהב או נדלק ונכבה שוב ושוב
    .day-burning = דולק במשך היום
    .several-out = כמה פנסים ברצף לא דולקים
question-streetlight-out-pole_number = אם על העמוד יש תווית עם מספר, מה כתוב בה?

## שלט פגום או חסר
question-sign-damaged-sign_type = איזה סוג של שלט זה?
    .street-name = שם רחוב
    .parking = חניה
    .speed-limit = מהירות מותרת
    .warning = שלט אזהרה (עיקול, אזור בית ספר וכדומה)
    .other = אחר
question-sign-damaged-sign_condition = מה הבעיה בו?
    .bent = כפוף או הופל
    .faded = דהוי או קשה לקריאה
    .turned = מופנה לכיוון הלא נכון
    .blocked = מוסתר על ידי ענפים
    .missing = חסר

## רמזור לא עובד
question-traffic-signal-malfunction-signal_problem = מה קורה ברמזור?
    .dark = כבוי לגמרי
    .flashing = מהבהב באדום או בצהוב
    .stuck = תקוע על צבע אחד
    .damaged = הופל או פגום
    .turned = מופנה לכיוון הלא נכון
question-traffic-signal-malfunction-direction = איזה כיוון נסיעה מושפע (לדוגמה, צפונה)?

## חשש לבטיחות בתנועה
question-traffic-safety-concern-concern = ממה אתם חוששים?
    .speeding = נהיגה במהירות מופרזת
    .signal-timing = תזמון הרמזורים
    .visibility = שדה ראייה מוגבל
    .crossing = קשה לחצות
    .cut-through = תנועה עוברת שמשתמשת ברחוב כקיצור דרך
question-traffic-safety-concern-details = ספרו לנו עוד: מתי זה קורה, ומי מושפע מזה?

## מדרכה שלא פונה ממנה שלג
question-snow-sidewalk-condition = מה מצב המדרכה?
    .snow = מכוסה בשלג
    .ice = קפואה
    .snowbank = חסומה בערימת שלג שנשארה מפינוי השלג מהכביש

## האשפה לא נאספה
question-missed-garbage-collection_day = מה היה יום האיסוף הקבוע שלכם?
question-missed-garbage-set_out = האם הפח היה בשפת המדרכה עד 7 בבוקר?
    .yes = כן
    .no = לא

## המיחזור לא נאסף
question-missed-recycling-collection_day = מה היה יום האיסוף הקבוע שלכם?
question-missed-recycling-set_out = האם הפח היה בשפת המדרכה עד 7 בבוקר?
    .yes = כן
    .no = לא

## הפח הירוק לא נאסף
question-missed-green-bin-collection_day = מה היה יום האיסוף הקבוע שלכם?
question-missed-green-bin-set_out = האם הפח היה בשפת המדרכה עד 7 בבוקר?
    .yes = כן
    .no = לא

## פח פגום
question-bin-damaged-bin_type = איזה פח פגום?
    .garbage = פח אשפה
    .recycling = פח כחול (מיחזור)
    .green-bin = פח ירוק (פסולת אורגנית)
question-bin-damaged-damage = מה פגום?
    .lid = המכסה
    .wheels = גלגל או ציר
    .handle = הידית
    .body = סדק בגוף הפח
    .latch = התפס שמונע גישה מבעלי חיים
question-bin-damaged-bin_serial = מה המספר הסידורי שמודפס על הפח, אם אפשר לקרוא אותו?

## פינוי פריטים גדולים
question-bulky-item-pickup-item_types = מה תוציאו החוצה?
    .furniture = רהיטים
    .mattress = מזרן או בסיס מיטה קפיצי
    .appliance = כיריים, מכונת כביסה, מייבש כביסה או מדיח כלים
    .refrigerant = מקרר, מקפיא או מזגן
    .carpet = שטיח או שטיחון
    .other = פריט גדול אחר
question-bulky-item-pickup-item_count = כמה פריטים תוציאו החוצה?

## גרפיטי על רכוש עירוני
question-graffiti-city-property-surface = על אילו משטחים יש גרפיטי?
    .wall = קיר או בניין
    .bridge = גשר או מעבר תחתי
    .fence = גדר
    .sign-pole = שלט או עמוד
    .box = ארון תשתית או ארון רמזור
    .other = אחר

## גרפיטי על שלטי דרך, עמודים או ארונות רמזורים
question-graffiti-road-assets-asset_type = על מה הגרפיטי?
    .sign = שלט דרך
    .signal-box = ארון רמזור
    .pole = עמוד
    .retaining-wall = קיר תומך או קיר אקוסטי
    .bridge = גשר או מעבר תחתי
    .other = משהו אחר

## גרפיטי על רכוש פרטי
question-graffiti-private-property-surface = על אילו משטחים יש גרפיטי?
    .wall = קיר
    .fence = גדר
    .garage-door = דלת מוסך
    .window = חלון או דלת
    .other = אחר
question-graffiti-private-property-is_owner = האם אתם הבעלים של הנכס?
    .yes = כן
    .no = לא

## גרפיטי של שנאה או כנופיות
question-graffiti-hate-police_reported = האם דיווחתם על כך למשטרת טורונטו?
    .yes = כן
    .no = לא
question-graffiti-hate-police_reference = מה מספר התלונה במשטרה, אם יש לכם?

## השלכת פסולת לא חוקית
question-illegal-dumping-item_types = מה הושלך?
    .household = שקיות אשפה ביתית
    .furniture = רהיטים
    .mattress = מזרן
    .tires = צמיגים
    .construction = פסולת בנייה או שיפוצים
    .electronics = מוצרי אלקטרוניקה
    .hazardous = צבע, כימיקלים או פסולת מסוכנת אחרת
    .other = אחר
question-illegal-dumping-noticed_at = מתי שמתם לב לזה, או ראיתם שמשליכים את זה?
question-illegal-dumping-witness = אם ראיתם מי השליך את זה, תארו את האדם או את הרכב. אל תתקרבו אליהם.

## אופניים נטושים
question-abandoned-bike-bike_condition = מה מצב האופניים?
    .missing-wheel = חסר גלגל
    .missing-parts = חסרים מושב או כידון
    .flat-tires = צמיגים מפונצ׳רים
    .rusted = שרשרת או חלקים חלודים
    .bent-frame = שלדה כפופה או פגומה

## פיצוץ בצינור מים ראשי
question-water-main-break-water_flow = כמה מים זורמים?
    .trickle = טפטוף או כתם רטוב
    .steady = זרם קבוע
    .gushing = מים פורצים או מציפים את הכביש

## אין מים
question-no-water-neighbours_affected = האם גם לשכנים שלכם אין מים?
    .yes = כן
    .no = לא
    .unknown = לא ידוע לי
question-no-water-started_at = מתי הפסיקו המים?

## גלישת ביוב או הצפה במרתף
question-sewer-backup-water_depth = מה העומק המשוער של המים, בסנטימטרים?
question-sewer-backup-backwater_valve = האם בנכס מותקן שסתום מונע זרימה חוזרת?
    .yes = כן
    .no = לא
    .unknown = לא ידוע לי

## תעלת ניקוז סתומה
question-catch-basin-blocked-ponding = האם מצטברים מים?
    .none = לא, לא כרגע
    .road = מצטברים על הכביש
    .sidewalk = מצטברים עד המדרכה או לתוך נכס

## ברז כיבוי אש פגום או דולף
question-fire-hydrant-damaged-hydrant_problem = מה הבעיה בברז הכיבוי?
    .knocked-over = הופל או נפגע
    .leaking = דולף
    .missing-cap = חסר מכסה
    .blocked = חסום או מוסתר
    .paint = גרפיטי או צבע

## מים בצבע או בטעם לא רגיל
question-water-quality-water_issue = במה אתם מבחינים?
    .brown = חום או צהוב
    .cloudy = עכור או חלבי
    .taste = טעם לא רגיל
    .smell = ריח לא רגיל
    .particles = חלקיקים או משקעים

## עץ שנפל או נפגע (חירום)
question-tree-emergency-blocking = מה מושפע?
    .road = כביש
    .sidewalk = מדרכה
    .driveway = כניסה לחניה
    .building = בית או בניין
    .vehicle = רכב
    .wires = חוטים
    .nothing = עדיין כלום, אבל הוא עלול ליפול

## גיזום עץ (לא חירום)
question-tree-pruning-reason = למה צריך לגזום את העץ?
    .low-branches = ענפים נמוכים מעל מדרכה או כביש
    .blocking = מסתיר שלט או פנס רחוב
    .touching-building = נוגע בבית או בבניין
    .dead-branches = ענפים מתים

## בעיה בשירותים בפארק
question-park-washroom-issue = מה הבעיה?
    .dirty = מלוכלכים
    .supplies = אין סבון, מגבות נייר או נייר טואלט
    .locked = נעולים בשעות הפתיחה
    .broken = אסלה, כיור או דלת שבורים
    .leak = דליפה או הצפה

## מתקני משחקים פגומים
question-playground-damaged-equipment = איזה מתקן?
    .swing = נדנדה
    .slide = מגלשה
    .climber = מתקן טיפוס או מתקן משחק
    .surface = משטח הקרקע (חול, שבבי עץ או גומי)
    .other = אחר
question-playground-damaged-unsafe = האם מישהו עלול להיפגע אם ישתמש בו עכשיו?
    .yes = כן
    .no = לא
    .unsure = לא בטוח/ה

## מאהל בפארק
question-park-encampment-tent_count = בערך כמה אוהלים או מבנים יש שם?
question-park-encampment-details = האם יש משהו שהעובדים הסוציאליים צריכים לדעת, כמו אש או חשש בטיחותי אחר?

## בעל חיים מת על הכביש או על המדרכה
question-dead-animal-road-animal_type = איזה בעל חיים זה (לדוגמה, דביבון, סנאי או חתול)?
question-dead-animal-road-animal_size = מה גודלו?
    .small = קטן (סנאי, ציפור)
    .medium = בינוני (דביבון, חתול)
    .large = גדול (צבי, זאב ערבות, כלב)

## חיית בר פצועה או חולה
question-injured-wildlife-animal_type = איזה בעל חיים זה?
question-injured-wildlife-condition = מה קורה לבעל החיים?
    .injured = פצוע
    .sick = חולה או מתנהג באופן מוזר
    .trapped = לכוד או מסובך במשהו
    .orphaned = גור שנראה שהוא לבד

## כלב משוטט או משוחרר
question-stray-dog-dog_contained = האם הכלב נמצא במקום סגור או מרוסן, למשל בחצר או ברצועה?
    .yes = כן
    .no = לא

## נשיכה או תקיפה של כלב
question-dog-bite-incident_time = מתי זה קרה?
question-dog-bite-victim = מי ננשך או הותקף?
    .person = אדם
    .dog = כלב אחר
    .other-animal = בעל חיים אחר

## כלב בלי רצועה
question-dog-off-leash-usual_time = מתי זה קורה בדרך כלל (לדוגמה, בבקרים של ימי חול)?

## תלונה על רעש
question-noise-noise_source = מה גורם לרעש?
    .amplified-sound = מוזיקה או הגברת קול
    .construction = עבודות בנייה
    .barking = כלב נובח
    .equipment = מזגן, מאוורר או ציוד אחר
    .vehicle = כלי רכב עם מנוע מונע בעמידה או הרעשת מנוע
    .other = אחר
question-noise-ongoing = האם הרעש מתרחש עכשיו?
    .now = כן, ממש עכשיו
    .recurring = זה קורה באופן קבוע
    .past = זה נפסק
question-noise-noise_times = תארו מתי הרעש מתרחש וכמה זמן הוא נמשך.

## בעיה דחופה בתקני נכסים
question-property-standards-urgent-issue = מה הבעיה הדחופה?
    .no-heat = אין חימום או שהחימום לא מספיק
    .no-water = אין מים
    .no-power = אין חשמל
    .lock = מנעול שבור בדלת כניסה
    .structure = מבנה, מרפסת או מדרגות לא בטוחים
question-property-standards-urgent-is_tenant = האם אתם שוכרים בבניין?
    .yes = כן
    .no = לא
question-property-standards-urgent-unit_number = מה מספר הדירה שלכם?

## תלונה על תקני נכסים
question-property-standards-issues = אילו בעיות יש?
    .pests = מזיקים (עכברים, ג׳וקים, פשפשי מיטה)
    .mould = עובש
    .windows-doors = חלונות או דלתות שבורים
    .leaks = דליפות מהגג או מהקירות
    .stairs-railings = מדרגות או מעקות פגומים
    .exterior = החלק החיצוני של הבניין במצב תחזוקה גרוע
    .other = אחר
question-property-standards-landlord_notified = אם אתם שוכרים, האם הודעתם לבעל הבית בכתב?
    .yes = כן
    .no = לא
    .not-tenant = אני לא שוכר/ת
question-property-standards-details = תארו את הבעיה וכמה זמן היא נמשכת.

## רכב נטוש בנכס פרטי
question-abandoned-vehicle-licence_plate = מה מספר לוחית הרישוי, אם יש לרכב לוחית?
question-abandoned-vehicle-vehicle_description = תארו את הרכב (צבע, יצרן, סוג).
