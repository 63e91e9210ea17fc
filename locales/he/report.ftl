### דיווח על בעיה: דפי /report, השגיאות שלהם, המפה והתמונות.

report-page-title = { $heading } – { -product-name }
report-caption = דיווח על בעיה
report-unavailable = לא ניתן להציג כרגע את טופס הדיווח. נסו שוב בעוד כמה דקות.
report-continue = המשך
report-optional = { $label } (לא חובה)

## בחירת השירות
report-choose-heading = על מה תרצו לדווח?
report-choose-intro = חפשו במילים שלכם, או בחרו מתוך הנושאים שלמטה.
report-start-button = התחלה
report-choose-other = דיווח על משהו אחר
report-not-found-heading = לא הצלחנו למצוא את הדיווח הזה
report-not-found-body = ייתכן שהקישור חלקי או שנפלה בו טעות הקלדה.
report-start-again = התחלת דיווח חדש

## למי זה שייך, וגרפיטי על רקע שנאה
report-owner-question = למי שייך הדבר שיש בו בעיה?
report-owner-hint = חפשו עליו לוגו או תווית. העירייה יכולה לתקן רק דברים שבבעלותה.
report-owner-city = עיריית טורונטו, למשל קיר, גשר, שלט או פח אשפה של העירייה
report-owner-unknown = לא ידוע לי
report-owner-bell = Bell Canada (בל קנדה): תאי טלפון, עמודים וארונות של Bell
report-owner-rogers = Rogers (רוג'רס): תיבות וארונות כבלים
report-owner-toronto-hydro = Toronto Hydro (טורונטו הידרו): עמודי חשמל, שנאים ותיבות חשמל
report-owner-canada-post = Canada Post (דואר קנדה): תיבות דואר ולוקרים לחבילות
report-owner-ttc = TTC: סככות המתנה, תחנות וכלי רכב של התחבורה הציבורית
report-error-owner = בחרו למי זה שייך, או "לא ידוע לי"
report-referral-heading = התיקון הזה אינו באחריות העירייה
report-referral-intro = העירייה יכולה לתקן או לנקות רק דברים שבבעלותה, ולכן לא נפתחה פנייה. אנא דווחו על כך לבעלים.
report-referral-bell = Bell Canada: התקשרו ל־1-866-310-2355.
report-referral-rogers = Rogers: התקשרו ל־1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: התקשרו ל־416-542-8000. אם יש חוטים שנפלו או שמתיזים ניצוצות, התרחקו 10 מטרים והתקשרו ל־911.
report-referral-canada-post = Canada Post: התקשרו ל־1-866-607-6301.
report-referral-ttc = TTC: התקשרו לשירות הלקוחות בטלפון 416-393-3030.
report-hate-heading = גרפיטי על רקע שנאה
report-hate-police = אם הגרפיטי מכוון נגד אנשים בגלל הגזע, הדת, המוצא האתני, הנטייה המינית, המגדר או המוגבלות שלהם, דווחו עליו קודם למשטרת טורונטו (Toronto Police): התקשרו ל־416-808-2222, הקו שאינו מיועד למקרי חירום, או ל־911 אם מישהו בסכנה. המשטרה מתעדת אותו כפשע שנאה אפשרי לפני שהוא מוסר.
report-hate-then = לאחר מכן דווחו עליו כאן, כדי שהעירייה תוכל להסיר אותו במהירות.

## מיקום
report-location-heading = איפה הבעיה?
report-location-current = המיקום שנבחר
report-location-address = { $address }, רובע { $ward }
report-location-pin = סיכה במיקום { $lat }, { $long }, רובע { $ward }
report-map-heading = הצבת סיכה על המפה
report-map-hint = לחצו או הקישו על המפה במקום שבו נמצאת הבעיה, ואז גררו את הסיכה כדי לכוונן את מיקומה. עם מקלדת, הזיזו את המפה בעזרת מקשי החצים, ואז בחרו "הצבת הסיכה במרכז המפה".
report-map-label = מפה
report-map-pin = מיקום הבעיה
report-map-pin-at = הסיכה הוצבה במיקום { $lat }, { $long }
report-map-no-pin = עדיין לא הוצבה סיכה
report-map-locate = שימוש במיקום שלי
report-map-locate-failed = לא הצלחנו למצוא את המיקום שלכם. הציבו סיכה על המפה או הקלידו כתובת.
report-map-centre = הצבת הסיכה במרכז המפה
report-map-use = שימוש במיקום של הסיכה הזו
report-address-heading = או הקלידו כתובת או צומת
report-place-label = רחוב, צומת או מקום
report-place-hint = לדוגמה: Queen St W & Spadina Ave, או Nathan Phillips Square
report-place-find = חיפוש
report-place-none = אין תוצאות שמתאימות לחיפוש "{ $query }". בדקו את האיות, או נסו את הצומת הקרוב ביותר.
report-place-choose = בחרו את התוצאה הקרובה ביותר
report-place-use = שימוש במיקום הזה
report-place-kind-street = רחוב
report-place-kind-intersection = צומת
report-place-kind-place = מקום
report-error-outside-city = המיקום הזה נמצא מחוץ לתחומי העיר טורונטו. בחרו מקום בתוך העיר.
report-error-pin-missing = הציבו סיכה על המפה, או הקלידו כתובת למטה
report-error-place-choose = בחרו באחת התוצאות, או חפשו שוב
report-error-location-missing = הקלידו רחוב, צומת או מקום, או הציבו סיכה על המפה

## פרטים ופרטי קשר
report-details-heading = ספרו לנו על הבעיה
report-field-description = תיאור הבעיה
report-description-hint = מה אתם רואים, וכל דבר שיעזור לצוותים למצוא אותה. נא לא לכלול מידע אישי.
report-contact-heading = פרטי הקשר שלכם (לא חובה)
report-contact-hint = נשתמש בהם רק כדי ליצור איתכם קשר בנוגע לדיווח הזה. הם לעולם לא יוצגו בפומבי. השאירו אותם ריקים כדי לדווח באופן אנונימי.
report-field-first-name = שם פרטי
report-field-last-name = שם משפחה
report-field-email = כתובת אימייל
report-field-phone = מספר טלפון
report-error-missing = יש לענות על השאלה "{ $field }"
report-error-number = התשובה לשאלה "{ $field }" חייבת להיות מספר, למשל 3 או 2.5
report-error-too-long = התשובה לשאלה "{ $field }" יכולה להכיל עד { $max } תווים
report-error-choice = בחרו באחת מהתשובות שברשימה לשאלה "{ $field }"
report-error-datetime = יש להזין תאריך ושעה תקינים בשדה "{ $field }"
report-error-email = יש להזין כתובת אימייל בפורמט הנכון, למשל name@example.com
report-error-phone = יש להזין מספר טלפון בן 7 עד 15 ספרות, למשל 416-392-2489

## תמונות
report-photos-heading = תמונות
report-photos-required = לסוג הבעיה הזה נדרשת לפחות תמונה אחת. היא עוזרת לצוותים למצוא את הבעיה ולתקן אותה.
report-photos-optional = התמונות אינן חובה, אבל הן עוזרות לצוותים למצוא את הבעיה ולתקן אותה.
report-photos-limits = אפשר להוסיף עד { $count } תמונות בפורמט JPEG, PNG או WebP, כל אחת בגודל של עד { $megabytes } MB. אנחנו מסירים את פרטי המיקום והמצלמה מהעותק שנשמר אצלנו.
report-photo-label = בחירת תמונה
report-photo-upload = העלאת תמונה
report-photo-uploading = התמונה בהעלאה
report-photo-alt = תמונה { $number }
report-photo-remove = הסרת תמונה { $number }
report-photo-has-location = תמונה { $number } כוללת את המקום שבו צולמה.
report-photo-use-location = שימוש במיקום של תמונה { $number }
report-photos-count =
    { $count ->
        [0] אין תמונות
        [one] { $count } תמונה
        [two] { $count } תמונות
       *[other] { $count } תמונות
    }
report-error-photo-missing = בחרו תמונה להעלאה
report-error-photo-too-large = התמונה חייבת להיות קטנה מ־{ $megabytes } MB
report-error-photo-type = הקובץ חייב להיות תמונה בפורמט JPEG, PNG או WebP
report-error-photo-dimensions = יש בתמונה יותר מדי פיקסלים. בחרו תמונה קטנה יותר.
report-error-photo-damaged = התמונה פגומה ולא ניתן לקרוא אותה. בחרו תמונה אחרת.
report-error-photo-limit = אפשר להוסיף עד { $count } תמונות. הסירו תמונה כדי להוסיף אחרת.
report-error-photo-required = הוסיפו לפחות תמונה אחת
report-error-photo-outside = המקום שבו צולמה התמונה הזו נמצא מחוץ לתחומי העיר טורונטו

## בדיקה, פניות דומות בסביבה, ושליחה
report-check-heading = בדקו את התשובות שלכם לפני שליחת הדיווח
report-check-answers = התשובות שלכם
report-change = שינוי
report-anonymous = לא נמסרו: הדיווח הזה אנונימי
report-submit-note = בשליחת הדיווח אתם מאשרים שהמידע נכון למיטב ידיעתכם.
report-submit = שליחת הדיווח
report-nearby-heading = האם כבר דווח על כך?
report-nearby-intro = הפניות הפתוחות האלה על אותה בעיה נמצאות במרחק של עד 250 מטרים. אם אחת מהן היא הבעיה שלכם, עקבו אחריה במקום לשלוח דיווח חדש.
report-nearby-distance = במרחק של כ־{ $metres } מ'
report-nearby-reporters =
    { $count ->
        [one] דווח על ידי אדם אחד
        [two] דווח על ידי { $count } אנשים
       *[other] דווח על ידי { $count } אנשים
    }
report-me-too = גם אני: מעקב אחר { $number }
report-error-follow = כבר לא ניתן לעקוב אחרי הפנייה הזו. שלחו דיווח משלכם במקום זאת.
report-sent-heading = הדיווח נשלח
report-sent-number = מספר הפנייה שלכם הוא
report-sent-next = שמרו את המספר הזה. אפשר להשתמש בו כדי לראות מה יקרה בהמשך.
report-sent-track = מעקב אחר הפנייה הזו
report-another = דיווח על בעיה נוספת
report-following-heading = אתם עוקבים אחרי פנייה { $number }
report-following-body = צירפנו אתכם לפנייה הזו במקום לפתוח פנייה חדשה. בדף הסטטוס שלה מוצג מה יקרה בהמשך.
