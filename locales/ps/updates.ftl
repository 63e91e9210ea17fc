## Updates about a request by email or text message: the status page's forms, the
## unsubscribe page, and the messages themselves. Messages are plain text; $number is an SR
## number such as 2026-000123, $service a service type's name, $status a status name.

updates-heading = تازه معلومات ترلاسه کړئ
updates-intro = هر ځل چې په دې غوښتنه کې بدلون راشي، موږ کولای شو تاسو ته خبر درکړو. لومړی تاسو ته یو کوډ درلېږو، ترڅو ډاډ ترلاسه کړو چې دا پته یا شمېره ستاسو ده.
updates-email-label = د برېښنالیک پته
updates-email-hint = موږ یې یوازې د دې غوښتنې د تازه معلوماتو لپاره کاروو.
updates-email-button = تازه معلومات په برېښنالیک راولېږئ
updates-phone-label = د ګرځنده تلیفون شمېره
updates-phone-hint = د بېلګې په توګه 416 555 0123. ښایي ستاسو مخابراتي شرکت د پیغامونو پیسې واخلي.
updates-phone-button = تازه معلومات په لنډ پیغام راولېږئ
updates-code-sent-email = موږ { $address } ته یو 6 رقمي کوډ ولېږه.
updates-code-sent-sms = موږ په لنډ پیغام کې { $address } ته یو 6 رقمي کوډ ولېږه.
updates-code-label = کوډ
updates-code-hint = کوډ د لېږلو 15 دقیقې وروسته باطلېږي.
updates-confirm-button = تایید
updates-resend-button = نوی کوډ راولېږئ
updates-resent = موږ نوی کوډ ولېږه. یوازې تر ټولو نوی کوډ کار کوي.
updates-on = تاسو به د دې غوښتنې په اړه تازه معلومات ترلاسه کوئ. په هر پیغام کې د دې معلوماتو د بندولو لپاره یو لینک شته.
updates-already = دا پته یا شمېره لا دمخه د دې غوښتنې په اړه تازه معلومات ترلاسه کوي.
updates-error-email = د برېښنالیک پته داسې ولیکئ لکه name@example.com
updates-error-phone = د ګرځنده تلیفون شمېره د سیمې له کوډ سره ولیکئ، لکه 416 555 0123
updates-error-too-many = تاسو په لږ وخت کې څو کوډونه وغوښتل. هغه وروستی کوډ وکاروئ چې موږ درولېږه، یا یو ساعت وروسته بیا هڅه وکړئ.
updates-error-code-format = هغه 6 رقمي کوډ ولیکئ چې موږ په پیغام کې درلېږلی دی
updates-error-code-wrong = کوډ سم نه دی. هغه وروستی پیغام وګورئ چې موږ درلېږلی دی او بیا هڅه وکړئ.
updates-error-code-expired = د کوډ موده پای ته رسېدلې ده. نوی کوډ وغواړئ.
updates-error-code-attempts = کوډ ډېر ځله غلط ولیکل شو. نوی کوډ وغواړئ.
updates-error-unknown = دا کوډ نور نشي کارول کېدای. بیا تازه معلومات وغواړئ.

unsubscribe-title = تازه معلومات بند کړئ
unsubscribe-heading = د غوښتنې { $number } په اړه تازه معلومات بند کړئ
unsubscribe-sent-to-email = تازه معلومات { $address } ته لېږل کېږي.
unsubscribe-sent-to-sms = تازه معلومات په لنډ پیغام کې { $address } ته لېږل کېږي.
unsubscribe-button = تازه معلومات بند کړئ
unsubscribe-done = تاسو به نور د غوښتنې { $number } په اړه تازه معلومات ترلاسه نه کړئ.
unsubscribe-unknown = دا لینک سم نه دی. وګورئ چې بشپړ کاپي شوی وي.
unsubscribe-back = غوښتنه وګورئ

notify-code-subject = د غوښتنې { $number } لپاره ستاسو کوډ
notify-code-email =
    ستاسو کوډ { $code } دی.
    
    دا کوډ په هغه پاڼه کې ولیکئ چې هلته مو د غوښتنې { $number } په اړه تازه معلومات غوښتي وو. دا کوډ په 15 دقیقو کې باطلېږي.
    
    که تاسو تازه معلومات نه وي غوښتي، دا برېښنالیک له پامه وغورځوئ.
notify-code-sms = د غوښتنې { $number } لپاره ستاسو د 311 کوډ { $code } دی. دا کوډ په 15 دقیقو کې باطلېږي.
notify-status-subject = غوښتنه { $number }: { $status }
notify-status-email = ستاسو د غوښتنې { $number } ({ $service }) اوسنی حالت: { $status }.
notify-status-sms = 311: د غوښتنې { $number } ({ $service }) اوسنی حالت: { $status }.
notify-note = د ښاروالۍ یادښت: { $note }
notify-escalated-subject = غوښتنه { $number }: ستاسو شکایت د اړوندې څانګې مشرتابه ته ولېږل شو
notify-escalated-email = د غوښتنې { $number } ({ $service }) په اړه ستاسو شکایت ته په خپل وخت ځواب ورنه کړل شو، نو شکایت د اړوندې څانګې مشرتابه ته ولېږل شو.
notify-escalated-sms = 311: د غوښتنې { $number } په اړه ستاسو شکایت د اړوندې څانګې مشرتابه ته ولېږل شو.
notify-link = غوښتنه او د هغې تاریخچه وګورئ: { $link }
notify-link-sms = { $link }
notify-footer-email = دا برېښنالیک تاسو ته ځکه راغلی چې تاسو د دې غوښتنې په اړه تازه معلومات غوښتي وو.
notify-unsubscribe = دا تازه معلومات بند کړئ: { $unsubscribe }
notify-unsubscribe-sms = د بندولو لپاره په ځواب کې STOP ولېږئ، یا { $unsubscribe } ته ورشئ
