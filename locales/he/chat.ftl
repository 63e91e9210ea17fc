## Live chat: the resident's chat panel, leaving a message, the agents' console and chat messages.

chat-launcher = צ'אט עם 311
chat-panel-heading = צ'אט חי עם 311
chat-close = סגירת הצ'אט
chat-intro = אפשר לשאול שאלה או לקבל עזרה בנוגע לפנייה. נציג יענה לכם כאן ברגע שיתפנה.
chat-name-label = השם שלכם (לא חובה)
chat-topic-label = במה אתם צריכים עזרה?
chat-topic-hint = לדוגמה: האשפה ברחוב שלי לא נאספה
chat-start = התחלת צ'אט
chat-connecting = מתבצע חיבור…
chat-reconnecting = החיבור נותק. מתבצע חיבור מחדש… ההודעות שלכם נשמרות.
chat-reconnected = החיבור חודש.
chat-queue-next = אתם הבאים בתור.
chat-queue-position = אתם במקום { $position } בתור.
chat-queue-wait =
    { $minutes ->
        [one] זמן המתנה משוער: כדקה אחת.
        [two] זמן המתנה משוער: כשתי דקות.
       *[other] זמן המתנה משוער: כ־{ $minutes } דקות.
    }
chat-waiting-note = אפשר לכתוב את השאלה שלכם בזמן ההמתנה. השאירו את הדף הזה פתוח: הצ'אט לא נסגר מעצמו.
chat-log-label = השיחה
chat-message-label = ההודעה שלכם
chat-send = שליחה
chat-not-sent = עדיין לא נשלחה. ההודעה תישלח ברגע שהחיבור יחזור.
chat-typing-agent = הנציג מקליד…
chat-typing-resident = התושב מקליד…
chat-you = אתם
chat-resident = תושב
chat-end = סיום הצ'אט
chat-ended-heading = הצ'אט הסתיים
chat-rate-legend = עד כמה הצ'אט הזה עזר לכם?
chat-rate-stars =
    { $stars ->
        [one] כוכב אחד
        [two] שני כוכבים
       *[other] { $stars } כוכבים
    }
chat-rate-submit = שליחת הדירוג
chat-rate-thanks = תודה על הדירוג.
chat-transcript-label = שלחו לי את תמליל השיחה באימייל
chat-transcript-submit = שליחת התמליל
chat-transcript-sent = תמליל השיחה בדרך לאימייל שלכם.
chat-new = התחלת צ'אט חדש
chat-about-request = צ'אט על הפנייה הזו
chat-linked-request = בנוגע לפנייה { $number }

chat-page-title = צ'אט חי
chat-page-intro = שוחחו בצ'אט חי עם נציג 311, או השאירו הודעה ונענה לכם באימייל או בהודעת טקסט.
chat-offline-heading = השארת הודעה
chat-offline-intro = אין כרגע נציג פנוי לצ'אט. השאירו הודעה עם כתובת האימייל או מספר הטלפון שלכם, ונציג יענה לכם.
chat-offline-email = כתובת אימייל
chat-offline-phone = מספר טלפון, לקבלת תשובה בהודעת טקסט
chat-offline-body = ההודעה שלכם
chat-offline-submit = שליחת ההודעה
chat-offline-sent = תודה. קיבלנו את ההודעה שלכם, ונציג יענה לכם באימייל או בהודעת טקסט.
chat-offline-error-body = יש להזין את ההודעה שלכם
chat-offline-error-body-long = ההודעה יכולה להכיל עד 2000 תווים
chat-offline-error-name-long = השם יכול להכיל עד 100 תווים
chat-offline-error-contact = יש להזין כתובת אימייל או מספר טלפון כדי שנוכל לענות לכם
chat-offline-error-email = יש להזין כתובת אימייל בפורמט הנכון, למשל name@example.com
chat-offline-error-phone = יש להזין מספר טלפון, למשל 416 555 0123

## Chat events, shown to both sides.

chat-event-joined = הצטרפות לצ'אט: { $name }.
chat-event-transferred = הצ'אט הועבר אל { $name }.
chat-event-ended = הצ'אט הסתיים.
chat-event-request = נפתחה עבורכם פנייה מספר { $number }. אפשר לעקוב אחריה בעזרת המספר הזה.

## Why something sent in the chat was not accepted.

chat-error-bad-frame = לא ניתן היה לקרוא את זה. טענו מחדש את הדף ונסו שוב.
chat-error-too-long = ההודעה ארוכה מדי. אפשר לכתוב עד 2000 תווים.
chat-error-too-fast = אתם שולחים הודעות מהר מאוד. המתינו רגע ואז שלחו שוב.
chat-error-empty = יש לכתוב הודעה לפני השליחה.
chat-error-topic-missing = יש לכתוב במה אתם צריכים עזרה.
chat-error-already-started = הצ'אט הזה כבר התחיל.
chat-error-unknown-chat = הצ'אט לא נמצא. התחילו צ'אט חדש.
chat-error-no-chat = יש להתחיל צ'אט קודם.
chat-error-chat-ended = הצ'אט הזה הסתיים. כדי לשלוח הודעות נוספות, התחילו צ'אט חדש.
chat-error-bad-rating = יש לבחור בין כוכב אחד ל־5 כוכבים.
chat-error-not-ended = אפשר לדרג את הצ'אט אחרי שהוא מסתיים.
chat-error-bad-email = יש להזין כתובת אימייל בפורמט הנכון, למשל name@example.com
chat-error-agents-only = רק נציגים יכולים לעשות זאת.
chat-error-residents-only = רק תושבים יכולים לעשות זאת.
chat-error-not-yours = הצ'אט הזה לא הוקצה לכם.
chat-error-at-limit = הגעתם למספר המרבי של צ'אטים פתוחים. סיימו אחד מהם קודם.
chat-error-taken = נציג אחר לקח את הצ'אט הזה, או שהוא הסתיים.
chat-error-agent-unavailable = הנציג הזה כבר לא מחובר. בחרו נציג אחר.
chat-error-unavailable = הצ'אט לא זמין כרגע. נסו שוב בעוד כמה דקות, או התקשרו ל־311.

## Ready-made replies agents send, in the resident's language.

chat-canned-greeting = שלום, תודה שפניתם ל־311 Toronto. איך אפשר לעזור לכם היום?
chat-canned-one-moment = רגע בבקשה, אבדוק את העניין.
chat-canned-more-details = תוכלו לספר לי קצת יותר על הבעיה?
chat-canned-location = איפה בדיוק נמצאת הבעיה? כתובת רחוב או הצומת הקרוב ביותר יעזרו.
chat-canned-request-filed = פתחתי עבורכם פנייה. אפשר לעקוב אחריה בעזרת המספר שמופיע בצ'אט הזה.
chat-canned-goodbye = תודה שפניתם ל־311. יש עוד משהו שאוכל לעזור בו?

## The agents' console at /agent.

agent-page-heading = מסוף הצ'אט
agent-status-connected = החיבור פעיל. אתם זמינים לצ'אטים.
agent-status-reconnecting = החיבור נותק. מתבצע חיבור מחדש…
agent-queue-heading = צ'אטים ממתינים
agent-queue-empty = אין צ'אטים ממתינים.
agent-queue-topic = נושא
agent-queue-language = שפה
agent-queue-waiting = זמן המתנה
agent-queue-minutes =
    { $minutes ->
        [one] דקה אחת
        [two] שתי דקות
       *[other] { $minutes } דקות
    }
agent-queue-fallback = לא אחת מהשפות שלכם
agent-accept = קבלה
agent-load = צ'אטים פתוחים: { $active } מתוך { $limit }
agent-chats-heading = הצ'אטים שלכם
agent-no-chats = כדי להתחיל, קבלו צ'אט מהתור.
agent-chat-with = צ'אט עם { $name }
agent-chat-language = שפה: { $language }
agent-chat-topic = נושא: { $topic }
agent-canned-label = תשובה מוכנה
agent-canned-choose = בחרו תשובה
agent-canned-insert = שימוש בתשובה הזו
agent-reply-label = תשובה
agent-send = שליחה
agent-add-note = הוספה כהערה פנימית
agent-note = הערה פנימית
agent-transfer-label = העברה אל
agent-transfer = העברה
agent-transfer-none = אין נציג אחר מחובר.
agent-end = סיום הצ'אט
agent-ended = הצ'אט הזה הסתיים.
agent-close = סגירה
agent-request-heading = פתיחת פנייה
agent-request-service = סוג השירות
agent-request-place = מיקום: רחוב, צומת או מקום
agent-request-description = תיאור
agent-request-submit = פתיחת טופס הדיווח
agent-request-hint = טופס הדיווח נפתח כשהוא כבר ממולא בפרטים מהצ'אט הזה. בדקו אותו ושלחו; מספר הפנייה יופיע בצ'אט.
agent-cases-heading = הודעות שהושארו כשלא היה נציג פנוי לצ'אט
agent-cases-empty = אין הודעות שממתינות לתשובה.
agent-case-from = מאת { $name }, { $contact }
agent-case-reply = התשובה שלכם
agent-case-send = שליחת התשובה
agent-case-answered = התשובה שלכם נשלחה.
agent-error-reply = יש להזין תשובה של עד 2000 תווים.
agent-error-answered = כבר נשלחה תשובה להודעה הזו.
agent-error-not-yours = הצ'אט הזה כבר לא מוקצה לכם.
agent-error-service = יש לבחור סוג שירות.
staff-chat-transcripts = תמלילי צ'אטים

## Messages sent by email or text message.

notify-chat-transcript-subject = הצ'אט שלכם עם 311 Toronto
notify-chat-transcript-email = כפי שביקשתם, הנה תמליל הצ'אט שלכם עם 311 Toronto.
notify-chat-reply-subject = תשובה להודעה ששלחתם ל־311 Toronto
notify-chat-reply-email =
    השארתם הודעה ל־311 Toronto. נציג השיב:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
