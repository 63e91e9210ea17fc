### טקסטים של ממשק Civic311: עברית.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = דילוג לתוכן הראשי
language-switcher-label = שפה
loading = בטעינה…
footer-emergency = במקרה חירום התקשרו ל־911. הפורטל הזה מיועד לשירותי עירייה שאינם דחופים.

home-title = דיווח על בעיה או בקשה לשירות עירוני – { -product-name }
home-heading = דיווח על בעיה או בקשה לשירות עירוני
home-intro = ספרו לעירייה על בור בכביש, אשפה שלא נאספה, גרפיטי ועוד יותר מ־60 בעיות אחרות שאינן דחופות. תקבלו מספר פנייה כדי לעקוב אחרי הטיפול.
home-groups-heading = במה מדובר?
home-report-button = דיווח על בעיה
service-group-count =
    { $count ->
        [one] { $count } שירות
        [two] { $count } שירותים
       *[other] { $count } שירותים
    }
catalogue-unavailable = לא ניתן להציג כרגע את רשימת השירותים. נסו שוב בעוד כמה דקות.

not-found-title = הדף לא נמצא – { -product-name }
not-found-heading = הדף לא נמצא
not-found-home-link = מעבר לדף הבית

## ניווט ושגיאות בטפסים
site-nav-label = ראשי
nav-track = מעקב אחר פנייה
nav-report = דיווח על בעיה
error-title-prefix = שגיאה:
error-summary-heading = יש בעיה

## איתור פנייה
lookup-title = מעקב אחר פנייה – { -product-name }
lookup-heading = מעקב אחר פנייה
lookup-label = מספר פנייה
lookup-hint = מספר הפנייה מופיע בדף האישור ובמיילים שקיבלתם. הוא נראה כך: 2026-000123.
lookup-button = איתור הפנייה שלי
lookup-error-format = יש להזין את מספר הפנייה בפורמט 2026-000123

## פנייה אחת
request-title = פנייה { $number } – { -product-name }
request-heading = פנייה { $number }
request-status = סטטוס
request-service = שירות
request-division = גורם מטפל
request-filed = התקבלה
request-expected = מועד צפוי
request-location = מיקום
request-ward = רובע
request-ward-value = רובע { $number }: { $name }
request-due-today = המועד הוא היום
request-days-left =
    { $days ->
        [one] נותר { $days } יום
        [two] נותרו { $days } ימים
       *[other] נותרו { $days } ימים
    }
request-days-overdue =
    { $days ->
        [one] { $days } יום אחרי המועד הצפוי
        [two] { $days } ימים אחרי המועד הצפוי
       *[other] { $days } ימים אחרי המועד הצפוי
    }
request-timeline-heading = מה קרה עד עכשיו
request-event-photo-alt = תמונה מהעירייה של העבודה, מספר { $number }
request-unavailable = לא ניתן להציג כרגע את הפנייה הזו. נסו שוב בעוד כמה דקות.
request-not-found-title = הפנייה לא נמצאה – { -product-name }
request-not-found-heading = לא הצלחנו למצוא את הפנייה הזו
request-not-found-body = אין פנייה שמספרה { $number }. בדקו את המספר בדף האישור או במייל. פנייה ששלחתם זה עתה עשויה להופיע רק אחרי כדקה.
request-not-found-retry = חיפוש מספר אחר

## סטטוסים בשפה פשוטה
status-received = התקבלה
status-assigned = הועברה למחלקה המטפלת
status-inspection = בדיקה בשטח
status-scheduled = העבודה תוזמנה
status-completed = הטיפול הושלם
status-closed_referred = נסגרה – הועברה לגורם אחר
status-closed_no_action = נסגרה – לא נדרשת פעולה
status-closed_duplicate = נסגרה – פנייה כפולה

## מדריך השירותים
nav-services = שירותי העירייה
services-title = שירותי העירייה – { -product-name }
services-heading = שירותי העירייה
services-intro = מצאו את השירות המתאים לבעיה שלכם. חפשו במילים שלכם, או עיינו לפי נושא.
services-search-label = חיפוש שירות
services-search-hint = לדוגמה: בור בכביש, אשפה שלא נאספה, רעש
services-search-button = חיפוש
services-results-heading =
    { $count ->
        [one] { $count } שירות מתאים לחיפוש "{ $query }"
        [two] { $count } שירותים מתאימים לחיפוש "{ $query }"
       *[other] { $count } שירותים מתאימים לחיפוש "{ $query }"
    }
services-no-results = אין שירות שמתאים לחיפוש "{ $query }". נסו מילים אחרות, או עיינו בנושאים שלמטה.
services-browse-heading = עיון לפי נושא
service-detail-title = { $name } – { -product-name }
service-topic = נושא
service-standard = תקן שירות
service-sla-hours =
    { $count ->
        [one] אנחנו שואפים להגיב תוך { $count } שעה
        [two] אנחנו שואפים להגיב תוך { $count } שעות
       *[other] אנחנו שואפים להגיב תוך { $count } שעות
    }
service-sla-business-days =
    { $count ->
        [one] אנחנו שואפים להגיב תוך { $count } יום עבודה
        [two] אנחנו שואפים להגיב תוך { $count } ימי עבודה
       *[other] אנחנו שואפים להגיב תוך { $count } ימי עבודה
    }
service-sla-calendar-days =
    { $count ->
        [one] אנחנו שואפים להגיב תוך { $count } יום
        [two] אנחנו שואפים להגיב תוך { $count } ימים
       *[other] אנחנו שואפים להגיב תוך { $count } ימים
    }
service-back = כל שירותי העירייה
service-not-found-title = השירות לא נמצא – { -product-name }
service-not-found-heading = לא הצלחנו למצוא את השירות הזה

## תלונות על פנייה
request-complaint-heading = לא מרוצים מהטיפול בפנייה הזו?
request-complaint-overdue = המועד הצפוי עבר והפנייה הזו עדיין לא נסגרה. אפשר להגיש תלונה: על ממונה להשיב עליה תוך 5 ימי עבודה, אחרת היא מועברת להנהלת המחלקה המטפלת.
request-complaint-closed = אם הבעיה לא תוקנה, או שאינכם מסכימים עם האופן שבו הפנייה הזו נסגרה, אפשר להגיש תלונה: על ממונה להשיב עליה תוך 5 ימי עבודה, אחרת היא מועברת להנהלת המחלקה המטפלת.
request-complaint-details = מה הבעיה?
request-complaint-details-hint = לדוגמה: הבור בכביש עדיין קיים אחרי שהפנייה נסגרה.
request-complaint-email = כתובת אימייל (לא חובה)
request-complaint-email-hint = כדי שנוכל לעדכן אתכם בתשובה. הכתובת לעולם לא תוצג בפומבי.
request-complaint-submit = הגשת תלונה
request-complaint-filed = התלונה שלכם הוגשה. היא מופיעה בציר הזמן שלמטה.
request-complaint-pending = תלונה על הפנייה הזו ממתינה לתשובה, שצפויה עד { $date }.
request-complaint-escalated = התשובה מתעכבת, ולכן התלונה הועברה להנהלת המחלקה המטפלת.
request-complaint-error-details = ספרו לנו מה הבעיה
request-complaint-error-too-long = התלונה יכולה להכיל עד 2000 תווים
status-complaint = הוגשה תלונה
status-escalated = התלונה הועברה להנהלת המחלקה המטפלת
