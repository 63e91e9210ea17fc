## Updates about a request by email or text message: the status page's forms, the
## unsubscribe page, and the messages themselves. Messages are plain text; $number is an SR
## number such as 2026-000123, $service a service type's name, $status a status name.

updates-heading = קבלת עדכונים
updates-intro = נוכל לעדכן אתכם בכל פעם שמשהו משתנה בפנייה הזו. קודם נשלח לכם קוד, כדי לוודא שהכתובת או המספר שייכים לכם.
updates-email-label = כתובת אימייל
updates-email-hint = נשתמש בה רק לעדכונים על הפנייה הזו.
updates-email-button = שלחו לי עדכונים במייל
updates-phone-label = מספר טלפון נייד
updates-phone-hint = לדוגמה 416 555 0123. ייתכן שחברת הסלולר שלכם תגבה תשלום על הודעות.
updates-phone-button = שלחו לי עדכונים בהודעות טקסט
updates-code-sent-email = שלחנו קוד בן 6 ספרות אל { $address }.
updates-code-sent-sms = שלחנו קוד בן 6 ספרות בהודעת טקסט אל { $address }.
updates-code-label = קוד
updates-code-hint = הקוד בתוקף ל־15 דקות מרגע שליחתו.
updates-confirm-button = אישור
updates-resend-button = שליחת קוד חדש
updates-resent = שלחנו קוד חדש. רק הקוד האחרון שנשלח תקף.
updates-on = מעכשיו תקבלו עדכונים על הפנייה הזו. בכל הודעה יש קישור להפסקת העדכונים.
updates-already = הכתובת או המספר האלה כבר רשומים לקבלת עדכונים על הפנייה הזו.
updates-error-email = יש להזין כתובת אימייל, למשל name@example.com
updates-error-phone = יש להזין מספר נייד עם קידומת, למשל 416 555 0123
updates-error-too-many = ביקשתם כמה קודים בזמן קצר. השתמשו בקוד האחרון ששלחנו, או נסו שוב בעוד שעה.
updates-error-code-format = יש להזין את הקוד בן 6 הספרות מההודעה ששלחנו
updates-error-code-wrong = הקוד שגוי. בדקו את ההודעה האחרונה ששלחנו ונסו שוב.
updates-error-code-expired = תוקף הקוד פג. בקשו קוד חדש.
updates-error-code-attempts = הוזן קוד שגוי יותר מדי פעמים. בקשו קוד חדש.
updates-error-unknown = כבר אי אפשר להשתמש בקוד הזה. בקשו שוב לקבל עדכונים.

unsubscribe-title = הפסקת עדכונים
unsubscribe-heading = הפסקת העדכונים על פנייה { $number }
unsubscribe-sent-to-email = העדכונים נשלחים אל { $address }.
unsubscribe-sent-to-sms = העדכונים נשלחים בהודעות טקסט אל { $address }.
unsubscribe-button = הפסקת העדכונים
unsubscribe-done = לא תקבלו יותר עדכונים על פנייה { $number }.
unsubscribe-unknown = הקישור לא תקין. בדקו שהוא הועתק במלואו.
unsubscribe-back = צפייה בפנייה

notify-code-subject = הקוד שלכם לפנייה { $number }
notify-code-email =
    הקוד שלכם הוא { $code }.
    
    הזינו אותו בדף שבו ביקשתם לקבל עדכונים על פנייה { $number }. הקוד בתוקף ל־15 דקות.
    
    אם לא ביקשתם לקבל עדכונים, אפשר להתעלם מהמייל הזה.
notify-code-sms = הקוד שלכם מ־311 לפנייה { $number } הוא { $code }. הקוד בתוקף ל־15 דקות.
notify-status-subject = פנייה { $number }: { $status }
notify-status-email = הסטטוס החדש של הפנייה שלכם { $number } ({ $service }): { $status }.
notify-status-sms = 311: הסטטוס החדש של פנייה { $number } ({ $service }): { $status }.
notify-note = הערה מהעירייה: { $note }
notify-escalated-subject = פנייה { $number }: התלונה שלכם הועברה להנהלת המחלקה המטפלת
notify-escalated-email = התלונה שלכם על פנייה { $number } ({ $service }) לא נענתה בזמן, ולכן היא הועברה להנהלת המחלקה המטפלת.
notify-escalated-sms = 311: התלונה שלכם על פנייה { $number } הועברה להנהלת המחלקה המטפלת.
notify-link = לצפייה בפנייה ובהיסטוריה שלה: { $link }
notify-link-sms = { $link }
notify-footer-email = קיבלתם את המייל הזה כי ביקשתם לקבל עדכונים על הפנייה הזו.
notify-unsubscribe = להפסקת העדכונים האלה: { $unsubscribe }
notify-unsubscribe-sms = כדי להפסיק השיבו STOP, או היכנסו לקישור { $unsubscribe }
