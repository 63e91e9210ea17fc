### د کارکوونکو کنسول: ننوتل، د غوښتنو کتار، د غوښتنې د حالت بدلول، د پلټنې ثبت.

staff-page-title = { $heading } – د { -product-name } کارکوونکي
staff-unavailable = د کارکوونکو کنسول اوس نشي ښودل کېدای. مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ.
staff-forbidden-heading = تاسو دا پاڼه نشئ خلاصولای
staff-forbidden-body = ستاسو حساب د کارکوونکو کنسول دې برخې ته لاسرسی نه لري. که تاسو ورته اړتیا لرئ، له یوه مدیر څخه یې وغواړئ.

## ننوتل
staff-login-heading = د کارکوونکو ننوتل
staff-password = پټنوم
staff-sign-in = ننوځئ
staff-sign-out = ووځئ
staff-signed-in-as = د { $name } په نوم ننوتي یاست
staff-login-error-wrong = د برېښنالیک پته یا پټنوم سم نه دی
staff-login-error-locked = د ننوتلو لپاره ډېرې زیاتې هڅې شوې دي. 15 دقیقې انتظار وکړئ، بیا هڅه وکړئ.
staff-error-csrf = فورمه زړه شوې وه. پاڼه تازه کړئ او بیا هڅه وکړئ.

## د غوښتنو کتار
staff-queue-heading = د خدمت د غوښتنو کتار
staff-filter-any = هر یو
staff-filter-overdue = یوازې هغه غوښتنې چې اټکل شوې نېټه یې تېره شوې ده
staff-filter-complaints = یوازې هغه غوښتنې چې شکایت یې د ځواب په تمه دی
staff-filter-apply = غوښتنې وښیئ
staff-queue-empty = د خدمت هېڅ غوښتنه له دې فلټرونو سره سمون نه خوري.
staff-column-number = د خدمت د غوښتنې شمېره
staff-complaint-due = شکایت: تر { $date } پورې ځواب ورکړئ
staff-complaint-escalated = شکایت لوړې کچې ته ولېږل شو: ځواب وځنډېد

## یوه غوښتنه
staff-change-heading = د حالت بدلول
staff-new-status = نوی حالت
staff-reason = د تړلو لامل
staff-reason-hint = هغه وخت اړین دی چې نوی حالت غوښتنه وتړي. لامل باید له حالت سره سمون ولري.
staff-reason-none = هېڅ لامل نشته: غوښتنه خلاصه پاتې کېږي
staff-public-note = عامه یادښت
staff-public-note-hint = اوسېدونکی دا د حالت په پاڼه کې ګوري. د تړلو پر وخت ووایاست چې څه وشول، یا ولې هېڅ ونه شول.
staff-internal-note = داخلي یادښت
staff-internal-note-hint = یوازې کارکوونکي دا ګوري.
staff-save = بدلون خوندي کړئ
staff-saved = بدلون خوندي شو.
staff-history-heading = بشپړه تاریخچه
staff-error-status = له لېست څخه یو حالت وټاکئ
staff-error-reason-missing = د غوښتنې د تړلو لپاره یو لامل وټاکئ
staff-error-reason-mismatch = دا لامل له نوي حالت سره سمون نه لري. داسې لامل وټاکئ چې ورسره سمون ولري.
staff-error-note-missing = یو عامه یادښت ولیکئ چې اوسېدونکي ته ووایي چې څه وشول، یا ولې هېڅ ونه شول
staff-error-reason-open = د تړلو لامل یوازې د هغو حالتونو لپاره دی چې غوښتنه تړي

## د تړلو لاملونه
staff-reason-repaired = ترمیم شو
staff-reason-cleaned = پاک شو
staff-reason-removed = لرې شو
staff-reason-other-government = د حکومت بلې کچې ته ولېږل شوه
staff-reason-utility-company = د عامه خدماتو شرکت یا هغه شرکت ته ولېږل شوه چې خاوند یې دی
staff-reason-private-property = په شخصي ملکیت کې: خاوند ته ولېږل شوه
staff-reason-not-found = معاینه شوه: کومه ستونزه ونه موندل شوه
staff-reason-already-resolved = د کاري ټیم تر رارسېدو مخکې حل شوې وه
staff-reason-meets-standard = معاینه شوه: د ښاروالۍ معیار پوره کوي
staff-reason-duplicate = د بلې غوښتنې تکرار

## د پلټنې ثبت
staff-audit-heading = د پلټنې ثبت
staff-column-when = کله
staff-column-who = څوک
staff-column-action = کړنه
staff-column-detail = تفصیل
staff-action-login = ننوت
staff-action-logout = ووت
staff-action-login-failed = ناکامه ننوتنه
staff-action-login-locked = ننوتل رد شول: ډېرې زیاتې هڅې
staff-action-status-change = حالت بدل شو
staff-action-escalation = شکایت په اتوماتيک ډول لوړې کچې ته ولېږل شو: د SLA موده یې تېره شوه

## له کتار څخه په یو ځل د څو غوښتنو بدلول
staff-bulk-column = ټاکل
staff-bulk-select = غوښتنه { $number } وټاکئ
staff-bulk-heading = د ټاکل شویو غوښتنو بدلول
staff-bulk-hint = په جدول کې غوښتنې نښه کړئ، بیا بدلون وټاکئ. هره غوښتنه یو شان حالت، لامل او یادښتونه ترلاسه کوي، او په خپله تاریخچه کې یې جلا کرښه ثبتېږي.
staff-bulk-button = ټاکل شوې غوښتنې بدلې کړئ
staff-bulk-saved =
    { $count ->
        [one] یوه غوښتنه بدله شوه.
       *[other] { $count } غوښتنې بدلې شوې.
    }
staff-error-none-selected = په جدول کې لږ تر لږه یوه غوښتنه وټاکئ.
staff-bulk-skipped =
    { $count ->
        [one] یوه غوښتنه بدله نه شوه: «بشپړه شوه» حالت ته د هغې د اړولو لپاره د بشپړ شوي کار عکس ته اړتیا ده. د عکس د اضافه کولو لپاره یې خلاص کړئ.
       *[other] { $count } غوښتنې بدلې نه شوې: «بشپړه شوه» حالت ته د هغو د اړولو لپاره د بشپړ شوي کار عکس ته اړتیا ده. د عکس د اضافه کولو لپاره هره یوه خلاصه کړئ.
    }

## د حالت له بدلون سره عکس (د بشپړ شوي کار)
staff-photo = د کار عکس (اختیاري)
staff-photo-hint = د JPEG، PNG یا WebP انځور، تر 10 MB پورې. اوسېدونکي یې د غوښتنې د پېښو په لړۍ کې ګوري.
staff-photo-hint-required = په دې خدمت کې د غوښتنې د «بشپړه شوه» حالت ته اړولو لپاره د بشپړ شوي کار عکس ته اړتیا ده. د JPEG، PNG یا WebP انځور، تر 10 MB پورې؛ اوسېدونکي یې د پېښو په لړۍ کې ګوري.
staff-error-completion-photo-missing = د بشپړ شوي کار عکس اضافه کړئ: په دې خدمت کې د غوښتنې د «بشپړه شوه» حالت ته اړولو لپاره عکس ته اړتیا ده
