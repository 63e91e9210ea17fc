### د ستونزې راپور: د /report پاڼې، د هغوی تېروتنې، نقشه او عکسونه.

report-page-title = { $heading } – { -product-name }
report-caption = یوه ستونزه راپور کړئ
report-unavailable = د راپور فورمه اوس نشي ښودل کېدای. مهرباني وکړئ څو دقیقې وروسته بیا هڅه وکړئ.
report-continue = دوام ورکړئ
report-optional = { $label } (اختیاري)

## د خدمت ټاکل
report-choose-heading = د څه شي راپور ورکول غواړئ؟
report-choose-intro = په خپلو ټکو یې ولټوئ، یا له لاندې موضوعګانو څخه یوه وټاکئ.
report-start-button = همدا اوس پیل کړئ
report-choose-other = د بل شي راپور ورکړئ
report-not-found-heading = موږ دا راپور نشو موندلای
report-not-found-body = کېدای شي لینک نیمګړی وي یا په غلطه لیکل شوی وي.
report-start-again = نوی راپور پیل کړئ

## خاوند یې څوک دی، او د کرکې له مخې پر دېوالونو لیکنې
report-owner-question = د هغه شي خاوند څوک دی چې ستونزه لري؟
report-owner-hint = پر هغه لوګو یا لیبل ولټوئ. ښاروالي یوازې هغه شیان جوړولای شي چې د هغې خپل وي.
report-owner-city = د ټورنټو ښاروالي، د بېلګې په توګه د ښاروالۍ دېوال، پل، لوحه یا د خځلو ډبه
report-owner-unknown = زه نه پوهېږم
report-owner-bell = Bell Canada (بېل کاناډا): د ټیلیفون کیوسکونه، د Bell پایې او بکسونه
report-owner-rogers = Rogers (راجرز): د کېبل بکسونه او المارۍ
report-owner-toronto-hydro = Toronto Hydro (ټورنټو هایډرو): د برېښنا پایې، ټرانسفارمرونه او د برېښنا بکسونه
report-owner-canada-post = Canada Post (کاناډا پوسټ): د لیکونو صندوقونه او د پارسلونو لاکرونه
report-owner-ttc = TTC: د تمځایونو سایبانونه، سټېشنونه او نقلیه وسایط
report-error-owner = وټاکئ چې خاوند یې څوک دی، یا «زه نه پوهېږم»
report-referral-heading = د دې جوړول د ښاروالۍ دنده نه ده
report-referral-intro = ښاروالي یوازې هغه شیان جوړولای یا پاکولای شي چې د هغې خپل وي، نو د خدمت هېڅ غوښتنه جوړه نه شوه. مهرباني وکړئ خاوند ته یې راپور ورکړئ.
report-referral-bell = Bell Canada: 1-866-310-2355 ته زنګ ووهئ.
report-referral-rogers = Rogers: 1-888-764-3771 ته زنګ ووهئ.
report-referral-toronto-hydro = Toronto Hydro: 416-542-8000 ته زنګ ووهئ. که سیمونه لوېدلي وي یا سپرغۍ ترې وځي، 10 متره لرې واوسئ او 911 ته زنګ ووهئ.
report-referral-canada-post = Canada Post: 1-866-607-6301 ته زنګ ووهئ.
report-referral-ttc = TTC: د پېرودونکو خدمتونو څانګې ته په 416-393-3030 زنګ ووهئ.
report-hate-heading = د کرکې له مخې پر دېوالونو لیکنې
report-hate-police = که دا لیکنې خلک د هغوی د نژاد، دین، قومي اصل، جنسي تمایل، جنسیت یا معلولیت له امله په نښه کوي، لومړی یې د ټورنټو پولیسو (Toronto Police) ته راپور ورکړئ: 416-808-2222 ته زنګ ووهئ، چې غیر بیړنۍ کرښه ده، یا که څوک په خطر کې وي 911 ته. پولیس یې له لرې کېدو مخکې د کرکې د یوه احتمالي جرم په توګه ثبتوي.
report-hate-then = بیا یې دلته راپور ورکړئ، ترڅو ښاروالي یې ژر لرې کړي.

## ځای
report-location-heading = ستونزه چېرته ده؟
report-location-current = ټاکل شوی ځای
report-location-address = { $address }، ناحیه { $ward }
report-location-pin = نښه په { $lat }، { $long } کې، ناحیه { $ward }
report-map-heading = پر نقشه یوه نښه کېږدئ
report-map-hint = پر نقشه هغه ځای کلیک یا ټپ کړئ چېرته چې ستونزه ده، بیا نښه کش کړئ ترڅو یې ځای سم کړئ. د کیبورډ په مرسته، نقشه د غشو په کیلیو وخوځوئ، بیا «نښه د نقشې په منځ کې کېږدئ» وټاکئ.
report-map-label = نقشه
report-map-pin = د ستونزې ځای
report-map-pin-at = نښه په { $lat }، { $long } کې کېښودل شوه
report-map-no-pin = تر اوسه هېڅ نښه نه ده ایښودل شوې
report-map-locate = زما ځای وکاروئ
report-map-locate-failed = ستاسو ځای ونه موندل شو. پر نقشه نښه کېږدئ یا یوه پته ولیکئ.
report-map-centre = نښه د نقشې په منځ کې کېږدئ
report-map-use = د دې نښې ځای وکاروئ
report-address-heading = یا یوه پته یا څلورلاری ولیکئ
report-place-label = سړک، څلورلاری یا ځای
report-place-hint = د بېلګې په توګه: Queen St W & Spadina Ave، یا Nathan Phillips Square
report-place-find = ومومئ
report-place-none = له «{ $query }» سره هېڅ شی سمون نه خوري. املا وګورئ، یا تر ټولو نږدې څلورلاری وازمویئ.
report-place-choose = تر ټولو نږدې پایله وټاکئ
report-place-use = دا ځای وکاروئ
report-place-kind-street = سړک
report-place-kind-intersection = څلورلاری
report-place-kind-place = ځای
report-error-outside-city = دا ځای د ټورنټو ښار له حدودو بهر دی. د ښار دننه یو ځای وټاکئ.
report-error-pin-missing = پر نقشه نښه کېږدئ، یا لاندې یوه پته ولیکئ
report-error-place-choose = له پایلو څخه یوه وټاکئ، یا بیا ولټوئ
report-error-location-missing = یو سړک، څلورلاری یا ځای ولیکئ، یا پر نقشه نښه کېږدئ

## جزییات او د اړیکې معلومات
report-details-heading = موږ ته د ستونزې په اړه ووایاست
report-field-description = ستونزه تشریح کړئ
report-description-hint = هغه څه چې یې وینئ، او هر هغه څه چې له کاري ټیمونو سره د ستونزې په موندلو کې مرسته کوي. مهرباني وکړئ شخصي معلومات مه لیکئ.
report-contact-heading = ستاسو د اړیکې معلومات (اختیاري)
report-contact-hint = موږ یې یوازې د دې راپور په اړه له تاسو سره د اړیکې لپاره کاروو. دا هېڅکله په عامه توګه نه ښودل کېږي. که غواړئ بې نومه راپور ورکړئ، خالي یې پرېږدئ.
report-field-first-name = نوم
report-field-last-name = تخلص
report-field-email = د برېښنالیک پته
report-field-phone = د ټیلیفون شمېره
report-error-missing = «{ $field }» پوښتنې ته ځواب ورکړئ
report-error-number = د «{ $field }» ځواب باید یو عدد وي، لکه 3 یا 2.5
report-error-too-long = د «{ $field }» ځواب باید { $max } توري یا له هغه لږ وي
report-error-choice = د «{ $field }» لپاره له ورکړل شویو ځوابونو څخه یو وټاکئ
report-error-datetime = د «{ $field }» لپاره یوه سمه نېټه او وخت ولیکئ
report-error-email = د برېښنالیک پته په سمه بڼه ولیکئ، لکه name@example.com
report-error-phone = د ټیلیفون یوه شمېره چې له 7 تر 15 عددونو ولري ولیکئ، لکه 416-392-2489

## عکسونه
report-photos-heading = عکسونه
report-photos-required = دا ډول ستونزه لږ تر لږه یو عکس ته اړتیا لري. عکس له کاري ټیمونو سره مرسته کوي چې ستونزه ومومي او سمه یې کړي.
report-photos-optional = عکسونه اختیاري دي، خو له کاري ټیمونو سره مرسته کوي چې ستونزه ومومي او سمه یې کړي.
report-photos-limits = تاسو کولای شئ تر { $count } پورې عکسونه د JPEG، PNG یا WebP په بڼه اضافه کړئ، هر یو تر { $megabytes } MB پورې. موږ د ځای او کمرې معلومات له هغې نسخې لرې کوو چې ساتو یې.
report-photo-label = یو عکس وټاکئ
report-photo-upload = عکس اپلوډ کړئ
report-photo-uploading = عکس اپلوډ کېږي
report-photo-alt = عکس { $number }
report-photo-remove = عکس { $number } لرې کړئ
report-photo-has-location = عکس { $number } دا ثبت کړي چې چېرته اخیستل شوی دی.
report-photo-use-location = د عکس { $number } ځای وکاروئ
report-photos-count =
    { $count ->
        [0] هېڅ عکس نشته
        [one] { $count } عکس
       *[other] { $count } عکسونه
    }
report-error-photo-missing = د اپلوډ لپاره یو عکس وټاکئ
report-error-photo-too-large = عکس باید له { $megabytes } MB څخه کوچنی وي
report-error-photo-type = فایل باید د JPEG، PNG یا WebP په بڼه عکس وي
report-error-photo-dimensions = په دې عکس کې ډېر زیات پکسلونه دي. یو کوچنی عکس وټاکئ.
report-error-photo-damaged = عکس خراب دی او نشي لوستل کېدای. بل عکس وټاکئ.
report-error-photo-limit = تاسو کولای شئ تر { $count } پورې عکسونه اضافه کړئ. د بل عکس د اضافه کولو لپاره یو لرې کړئ.
report-error-photo-required = لږ تر لږه یو عکس اضافه کړئ
report-error-photo-outside = هغه ځای چې دا عکس پکې اخیستل شوی، د ټورنټو ښار له حدودو بهر دی

## کتنه، نږدې ورته غوښتنې، او لېږل
report-check-heading = مخکې له دې چې خپل راپور ولېږئ، خپل ځوابونه وګورئ
report-check-answers = ستاسو ځوابونه
report-change = بدلول
report-anonymous = نه دي ورکړل شوي: دا راپور بې نومه دی
report-submit-note = د دې راپور په لېږلو سره تاسو تاییدوئ چې معلومات، تر هغه ځایه چې تاسو پوهېږئ، سم دي.
report-submit = راپور ولېږئ
report-nearby-heading = ایا د دې راپور مخکې ورکړل شوی دی؟
report-nearby-intro = د همدې ستونزې لپاره دا خلاصې غوښتنې په 250 متره واټن کې دي. که یوه یې ستاسو ستونزه وي، د نوي راپور لېږلو پر ځای هغه تعقیب کړئ.
report-nearby-distance = نږدې { $metres } متره لرې
report-nearby-reporters =
    { $count ->
        [one] { $count } کس راپور ورکړی
       *[other] { $count } کسانو راپور ورکړی
    }
report-me-too = زه هم: { $number } تعقیب کړئ
report-error-follow = هغه غوښتنه نور نشي تعقیبېدای. د هغې پر ځای خپل راپور ولېږئ.
report-sent-heading = راپور ولېږل شو
report-sent-number = ستاسو د خدمت د غوښتنې شمېره
report-sent-next = دا شمېره وساتئ. په دې سره لیدلای شئ چې وروسته څه کېږي.
report-sent-track = دا غوښتنه وڅارئ
report-another = د بلې ستونزې راپور ورکړئ
report-following-heading = تاسو { $number } تعقیبوئ
report-following-body = د نوې غوښتنې د جوړولو پر ځای تاسو دې غوښتنې ته اضافه شوئ. د هغې د حالت پاڼه ښيي چې وروسته څه کېږي.
