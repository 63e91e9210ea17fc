### ממשק הצוות: כניסה, תור הפניות, שינוי הסטטוס של פנייה, יומן הביקורת.

staff-page-title = { $heading } – צוות { -product-name }
staff-unavailable = לא ניתן להציג כרגע את ממשק הצוות. נסו שוב בעוד כמה דקות.
staff-forbidden-heading = אין לכם אפשרות לפתוח את הדף הזה
staff-forbidden-body = לחשבון שלכם אין גישה לחלק הזה של ממשק הצוות. אם אתם צריכים גישה, פנו למנהל מערכת.

## כניסה
staff-login-heading = כניסת צוות
staff-password = סיסמה
staff-sign-in = כניסה
staff-sign-out = יציאה
staff-signed-in-as = מחובר בחשבון: { $name }
staff-login-error-wrong = כתובת האימייל או הסיסמה שגויות
staff-login-error-locked = יותר מדי ניסיונות כניסה. המתינו 15 דקות ונסו שוב.
staff-error-csrf = תוקף הטופס פג. טענו מחדש את הדף ונסו שוב.

## תור הפניות
staff-queue-heading = תור הפניות
staff-filter-any = הכול
staff-filter-overdue = רק פניות שהמועד הצפוי שלהן עבר
staff-filter-complaints = רק פניות עם תלונה שממתינה לתשובה
staff-filter-apply = הצגת פניות
staff-queue-empty = אין פניות שתואמות את המסננים האלה.
staff-column-number = מספר פנייה
staff-complaint-due = תלונה: יש להשיב עד { $date }
staff-complaint-escalated = התלונה הועברה לדרג גבוה יותר: התשובה מתעכבת

## פנייה אחת
staff-change-heading = שינוי הסטטוס
staff-new-status = סטטוס חדש
staff-reason = סיבת הסגירה
staff-reason-hint = נדרשת כשהסטטוס החדש סוגר את הפנייה. הסיבה חייבת להתאים לסטטוס.
staff-reason-none = ללא סיבה: הפנייה נשארת פתוחה
staff-public-note = הערה פומבית
staff-public-note-hint = ההערה הזו מוצגת לתושב בדף הסטטוס. בסגירת הפנייה, כתבו מה נעשה, או למה לא נעשה דבר.
staff-internal-note = הערה פנימית
staff-internal-note-hint = רק הצוות רואה את זה.
staff-save = שמירת השינוי
staff-saved = השינוי נשמר.
staff-history-heading = היסטוריה מלאה
staff-error-status = בחרו סטטוס מהרשימה
staff-error-reason-missing = בחרו סיבה לסגירת הפנייה
staff-error-reason-mismatch = הסיבה לא מתאימה לסטטוס החדש. בחרו סיבה שמתאימה לו.
staff-error-note-missing = כתבו הערה פומבית שמסבירה לתושב מה נעשה, או למה לא נעשה דבר
staff-error-reason-open = סיבת סגירה מיועדת רק לסטטוסים שסוגרים את הפנייה

## סיבות לסגירה
staff-reason-repaired = תוקן
staff-reason-cleaned = נוקה
staff-reason-removed = הוסר
staff-reason-other-government = הועברה לדרג ממשלתי אחר
staff-reason-utility-company = הועברה לחברת התשתיות או לחברה שהמתקן בבעלותה
staff-reason-private-property = בשטח פרטי: הועברה לבעלים
staff-reason-not-found = נבדק: לא נמצאה בעיה
staff-reason-already-resolved = טופל עוד לפני שהצוות הגיע
staff-reason-meets-standard = נבדק: עומד בתקן של העירייה
staff-reason-duplicate = כפילות של פנייה אחרת

## יומן הביקורת
staff-audit-heading = יומן ביקורת
staff-column-when = מתי
staff-column-who = מי
staff-column-action = פעולה
staff-column-detail = פרטים
staff-action-login = כניסה
staff-action-logout = יציאה
staff-action-login-failed = כניסה שנכשלה
staff-action-login-locked = הכניסה נדחתה: יותר מדי ניסיונות
staff-action-status-change = שינוי סטטוס
staff-action-escalation = התלונה הועברה אוטומטית לדרג גבוה יותר: חלף מועד ה־SLA שלה

## שינוי של כמה פניות בבת אחת מתוך התור
staff-bulk-column = בחירה
staff-bulk-select = בחירת פנייה { $number }
staff-bulk-heading = שינוי הפניות שנבחרו
staff-bulk-hint = סמנו פניות בטבלה, ואז בחרו את השינוי. כל פנייה תקבל את אותו הסטטוס, אותה הסיבה ואותן ההערות, ושורה משלה בהיסטוריה שלה.
staff-bulk-button = שינוי הפניות שנבחרו
staff-bulk-saved =
    { $count ->
        [one] פנייה אחת שונתה.
        [two] שתי פניות שונו.
       *[other] { $count } פניות שונו.
    }
staff-error-none-selected = בחרו לפחות פנייה אחת בטבלה.
staff-bulk-skipped =
    { $count ->
        [one] פנייה אחת לא שונתה: כדי לשנות את הסטטוס שלה ל«הטיפול הושלם» נדרשת תמונה של העבודה שבוצעה. פתחו אותה כדי להוסיף תמונה.
        [two] שתי פניות לא שונו: כדי לשנות את הסטטוס שלהן ל«הטיפול הושלם» נדרשת תמונה של העבודה שבוצעה. פתחו כל אחת מהן כדי להוסיף תמונה.
       *[other] { $count } פניות לא שונו: כדי לשנות את הסטטוס שלהן ל«הטיפול הושלם» נדרשת תמונה של העבודה שבוצעה. פתחו כל אחת מהן כדי להוסיף תמונה.
    }

## תמונה שמצורפת לשינוי סטטוס (של העבודה שבוצעה)
staff-photo = תמונה של העבודה (לא חובה)
staff-photo-hint = תמונה בפורמט JPEG, PNG או WebP בגודל של עד 10 MB. התושבים רואים אותה בציר הזמן של הפנייה.
staff-photo-hint-required = בשירות הזה נדרשת תמונה של העבודה שבוצעה כדי לשנות את הסטטוס ל«הטיפול הושלם». תמונה בפורמט JPEG, PNG או WebP בגודל של עד 10 MB; התושבים רואים אותה בציר הזמן.
staff-error-completion-photo-missing = הוסיפו תמונה של העבודה שבוצעה: בשירות הזה היא נדרשת כדי לשנות את הסטטוס ל«הטיפול הושלם»
