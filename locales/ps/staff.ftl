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
staff-filter-apply = غوښتنې وښیئ
staff-queue-empty = د خدمت هېڅ غوښتنه له دې فلټرونو سره سمون نه خوري.
staff-column-number = د خدمت د غوښتنې شمېره

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
