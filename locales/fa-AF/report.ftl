### گزارش یک مشکل: صفحه‌های /report، خطاهای آن‌ها، نقشه و عکس‌ها.

report-page-title = { $heading } – { -product-name }
report-caption = گزارش یک مشکل
report-unavailable = فعلاً فورم گزارش نشان داده نمی‌شود. لطفاً چند دقیقه بعد دوباره کوشش کنید.
report-continue = ادامه
report-optional = { $label } (اختیاری)

## انتخاب خدمت
report-choose-heading = چه چیزی را می‌خواهید گزارش دهید؟
report-choose-intro = با کلمات خود جستجو کنید، یا از موضوعات پایین انتخاب کنید.
report-start-button = همین حالا شروع کنید
report-choose-other = گزارش یک چیز دیگر
report-not-found-heading = ما این گزارش را پیدا کرده نمی‌توانیم
report-not-found-body = ممکن است لینک ناقص باشد یا غلط تایپ شده باشد.
report-start-again = شروع یک گزارش نو

## مالک آن، و دیوارنویسی از روی نفرت
report-owner-question = مالک چیزی که مشکل دارد کیست؟
report-owner-hint = بالای آن به دنبال نشان یا لیبل بگردید. شاروالی تنها چیزهایی را ترمیم کرده می‌تواند که مال خودش باشد.
report-owner-city = شاروالی تورنتو، به طور مثال دیوار، پل، لوحه یا سطل زباله شاروالی
report-owner-unknown = نمی‌دانم
report-owner-bell = Bell Canada (بل کانادا): غرفه‌های تیلفون، پایه‌ها و الماری‌های Bell
report-owner-rogers = Rogers (راجرز): جعبه‌ها و الماری‌های کیبل
report-owner-toronto-hydro = Toronto Hydro (تورنتو هایدرو): پایه‌های برق، ترانسفارمرها و جعبه‌های برق
report-owner-canada-post = Canada Post (پست کانادا): صندوق‌های پست و الماری‌های قفل‌دار بسته‌ها
report-owner-ttc = TTC: سایبان‌های ایستگاه، ایستگاه‌ها و وسایط نقلیه عامه
report-error-owner = مالک را انتخاب کنید، یا «نمی‌دانم» را
report-referral-heading = ترمیم این چیز کار شاروالی نیست
report-referral-intro = شاروالی تنها چیزهایی را ترمیم یا پاک کرده می‌تواند که مال خودش باشد، به همین دلیل هیچ درخواست خدماتی ثبت نشد. لطفاً آن را به مالک آن گزارش دهید.
report-referral-bell = Bell Canada: به 1-866-310-2355 زنگ بزنید.
report-referral-rogers = Rogers: به 1-888-764-3771 زنگ بزنید.
report-referral-toronto-hydro = Toronto Hydro: به 416-542-8000 زنگ بزنید. اگر سیم‌ها افتاده‌اند یا جرقه می‌زنند، 10 متر دور بمانید و به 911 زنگ بزنید.
report-referral-canada-post = Canada Post: به 1-866-607-6301 زنگ بزنید.
report-referral-ttc = TTC: به بخش خدمات مشتریان به نمبر 416-393-3030 زنگ بزنید.
report-hate-heading = دیوارنویسی از روی نفرت
report-hate-police = اگر این دیوارنویسی مردم را به خاطر نژاد، دین، قومیت، گرایش جنسی، جنسیت یا معلولیت شان هدف قرار داده است، اول آن را به پولیس تورنتو (Toronto Police) گزارش دهید: به نمبر غیرعاجل 416-808-2222 زنگ بزنید، یا اگر کسی در خطر است به 911. پولیس پیش از پاک شدن آن، این دیوارنویسی را به عنوان یک جرم احتمالی از روی نفرت ثبت می‌کند.
report-hate-then = بعد آن را اینجا گزارش دهید تا شاروالی بتواند آن را زود پاک کند.

## موقعیت
report-location-heading = مشکل در کجاست؟
report-location-current = موقعیت انتخاب‌شده
report-location-address = { $address }، ناحیه { $ward }
report-location-pin = نشانه در { $lat }، { $long }، ناحیه { $ward }
report-map-heading = یک نشانه را روی نقشه بگذارید
report-map-hint = در جایی از نقشه که مشکل است کلیک کنید یا ضربه بزنید، بعد نشانه را کش کنید تا جای آن را درست کنید. با کیبورد، نقشه را با کلیدهای جهت حرکت دهید، بعد «گذاشتن نشانه در وسط نقشه» را انتخاب کنید.
report-map-label = نقشه
report-map-pin = موقعیت مشکل
report-map-pin-at = نشانه در { $lat }، { $long } گذاشته شد
report-map-no-pin = هنوز هیچ نشانه‌ای گذاشته نشده است
report-map-locate = از موقعیت من استفاده شود
report-map-locate-failed = موقعیت شما پیدا نشد. نشانه را روی نقشه بگذارید یا یک آدرس تایپ کنید.
report-map-centre = گذاشتن نشانه در وسط نقشه
report-map-use = از موقعیت این نشانه استفاده شود
report-address-heading = یا یک آدرس یا چهارراهی را تایپ کنید
report-place-label = سرک، چهارراهی یا محل
report-place-hint = به طور مثال: Queen St W & Spadina Ave، یا Nathan Phillips Square
report-place-find = پیدا کردن
report-place-none = هیچ چیزی با «{ $query }» مطابقت ندارد. املا را چک کنید، یا نزدیک‌ترین چهارراهی را امتحان کنید.
report-place-choose = نزدیک‌ترین نتیجه را انتخاب کنید
report-place-use = از این موقعیت استفاده شود
report-place-kind-street = سرک
report-place-kind-intersection = چهارراهی
report-place-kind-place = محل
report-error-outside-city = این موقعیت بیرون از شهر تورنتو است. جایی را در داخل شهر انتخاب کنید.
report-error-pin-missing = یک نشانه را روی نقشه بگذارید، یا در پایین یک آدرس تایپ کنید
report-error-place-choose = یکی از نتیجه‌ها را انتخاب کنید، یا دوباره جستجو کنید
report-error-location-missing = یک سرک، چهارراهی یا محل را تایپ کنید، یا یک نشانه را روی نقشه بگذارید

## جزئیات و معلومات تماس
report-details-heading = درباره مشکل به ما بگویید
report-field-description = مشکل را شرح دهید
report-description-hint = آنچه می‌بینید، و هر چیزی که به تیم‌های کاری کمک کند آن را پیدا کنند. لطفاً معلومات شخصی را درج نکنید.
report-contact-heading = معلومات تماس شما (اختیاری)
report-contact-hint = ما از این معلومات تنها برای تماس با شما درباره این گزارش استفاده می‌کنیم. این معلومات هرگز به طور عمومی نشان داده نمی‌شود. برای گزارش دادن بدون نام، این خانه‌ها را خالی بگذارید.
report-field-first-name = نام
report-field-last-name = تخلص
report-field-email = آدرس ایمیل
report-field-phone = نمبر تیلفون
report-error-missing = به سوال «{ $field }» جواب بدهید
report-error-number = جواب «{ $field }» باید یک عدد باشد، مانند 3 یا 2.5
report-error-too-long = جواب «{ $field }» باید { $max } حرف یا کمتر باشد
report-error-choice = یکی از جواب‌های لست‌شده برای «{ $field }» را انتخاب کنید
report-error-datetime = برای «{ $field }» یک تاریخ و وقت درست درج کنید
report-error-email = آدرس ایمیل را به شکل درست درج کنید، مانند name@example.com
report-error-phone = یک نمبر تیلفون 7 تا 15 رقمی درج کنید، مانند 416-392-2489

## عکس‌ها
report-photos-heading = عکس‌ها
report-photos-required = برای این نوع مشکل دست کم یک عکس لازم است. عکس به تیم‌های کاری کمک می‌کند تا آن را پیدا و ترمیم کنند.
report-photos-optional = عکس‌ها اختیاری هستند، اما به تیم‌های کاری کمک می‌کنند تا مشکل را پیدا و ترمیم کنند.
report-photos-limits = شما می‌توانید تا { $count } عکس به فارمت JPEG، PNG یا WebP اضافه کنید که هر کدام تا { $megabytes } میگابایت باشد. ما معلومات موقعیت و کمره را از نسخه‌ای که نگه می‌داریم پاک می‌کنیم.
report-photo-label = یک عکس را انتخاب کنید
report-photo-upload = اپلود عکس
report-photo-uploading = عکس اپلود می‌شود
report-photo-alt = عکس { $number }
report-photo-remove = پاک کردن عکس { $number }
report-photo-has-location = عکس { $number } جای گرفته شدن خود را ثبت کرده است.
report-photo-use-location = از موقعیت عکس { $number } استفاده شود
report-photos-count =
    { $count ->
        [0] هیچ عکسی نیست
        [one] { $count } عکس
       *[other] { $count } عکس
    }
report-error-photo-missing = یک عکس را برای اپلود انتخاب کنید
report-error-photo-too-large = عکس باید کوچک‌تر از { $megabytes } میگابایت باشد
report-error-photo-type = فایل باید یک عکس به فارمت JPEG، PNG یا WebP باشد
report-error-photo-dimensions = این عکس پکسل‌های بسیار زیاد دارد. یک عکس کوچک‌تر انتخاب کنید.
report-error-photo-damaged = این عکس خراب است و خوانده نمی‌شود. عکس دیگری انتخاب کنید.
report-error-photo-limit = شما می‌توانید تا { $count } عکس اضافه کنید. برای اضافه کردن عکس دیگر، یکی را پاک کنید.
report-error-photo-required = دست کم یک عکس اضافه کنید
report-error-photo-outside = جایی که این عکس گرفته شده بیرون از شهر تورنتو است

## چک کردن، گزارش‌های مشابه در نزدیکی، و فرستادن
report-check-heading = پیش از فرستادن گزارش، جواب‌های خود را چک کنید
report-check-answers = جواب‌های شما
report-change = تغییر
report-anonymous = داده نشده: این گزارش بدون نام است
report-submit-note = با فرستادن این گزارش، شما تأیید می‌کنید که تا جایی که می‌دانید این معلومات درست است.
report-submit = فرستادن گزارش
report-nearby-heading = آیا این مشکل قبلاً گزارش شده است؟
report-nearby-intro = این درخواست‌های باز برای همین مشکل در فاصله 250 متری هستند. اگر یکی از آن‌ها همان مشکل شماست، به جای فرستادن گزارش نو، آن را تعقیب کنید.
report-nearby-distance = تقریباً { $metres } متر دورتر
report-nearby-reporters =
    { $count ->
        [one] { $count } نفر گزارش داده است
       *[other] { $count } نفر گزارش داده‌اند
    }
report-me-too = من هم: تعقیب { $number }
report-error-follow = این درخواست دیگر تعقیب شده نمی‌تواند. به جای آن، گزارش خود را بفرستید.
report-sent-heading = گزارش فرستاده شد
report-sent-number = نمبر درخواست خدمات شما
report-sent-next = این نمبر را نگه دارید. با آن می‌توانید ببینید که بعداً چه می‌شود.
report-sent-track = تعقیب این درخواست
report-another = گزارش یک مشکل دیگر
report-following-heading = شما درخواست { $number } را تعقیب می‌کنید
report-following-body = به جای ساختن یک درخواست نو، شما به این درخواست اضافه شدید. صفحه وضعیت آن نشان می‌دهد که بعداً چه می‌شود.
