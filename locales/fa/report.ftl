### گزارش مشکل: صفحه‌های /report، خطاهای آن‌ها، نقشه و عکس‌ها.

report-page-title = { $heading } – { -product-name }
report-caption = گزارش مشکل
report-unavailable = در حال حاضر نمی‌توان فرم گزارش را نشان داد. لطفاً چند دقیقه دیگر دوباره تلاش کنید.
report-continue = ادامه
report-optional = { $label } (اختیاری)

## انتخاب خدمت
report-choose-heading = چه چیزی را می‌خواهید گزارش دهید؟
report-choose-intro = با کلمات خودتان جست‌وجو کنید، یا از میان موضوع‌های زیر انتخاب کنید.
report-start-button = همین حالا شروع کنید
report-choose-other = گزارش مورد دیگری
report-not-found-heading = این گزارش را پیدا نکردیم
report-not-found-body = ممکن است پیوند ناقص باشد یا اشتباه تایپ شده باشد.
report-start-again = شروع یک گزارش جدید

## مالک آن، و دیوارنویسی با انگیزه نفرت
report-owner-question = مالک چیزی که مشکل دارد کیست؟
report-owner-hint = روی آن به دنبال نشان یا برچسب بگردید. شهرداری فقط می‌تواند چیزهایی را تعمیر کند که مالک آن‌هاست.
report-owner-city = شهرداری تورنتو، برای مثال دیوار، پل، تابلو یا سطل زباله متعلق به شهرداری
report-owner-unknown = نمی‌دانم
report-owner-bell = Bell Canada (بل کانادا): باجه‌های تلفن، تیرها و کابینت‌های Bell
report-owner-rogers = Rogers (راجرز): جعبه‌ها و کابینت‌های کابل
report-owner-toronto-hydro = Toronto Hydro (تورنتو هایدرو): تیرهای برق، ترانسفورماتورها و جعبه‌های برق
report-owner-canada-post = Canada Post (پست کانادا): صندوق‌های پست و قفسه‌های تحویل بسته
report-owner-ttc = TTC: سایبان‌های ایستگاه، ایستگاه‌ها و وسایل نقلیه عمومی
report-error-owner = مالک را انتخاب کنید، یا «نمی‌دانم» را
report-referral-heading = رفع این مشکل بر عهده شهرداری نیست
report-referral-intro = شهرداری فقط می‌تواند چیزهایی را که مالک آن‌هاست تعمیر یا تمیز کند، بنابراین هیچ درخواست خدماتی ثبت نشد. لطفاً آن را به مالکش گزارش دهید.
report-referral-bell = Bell Canada: با 1-866-310-2355 تماس بگیرید.
report-referral-rogers = Rogers: با 1-888-764-3771 تماس بگیرید.
report-referral-toronto-hydro = Toronto Hydro: با 416-542-8000 تماس بگیرید. اگر سیم‌ها روی زمین افتاده‌اند یا جرقه می‌زنند، 10 متر فاصله بگیرید و با 911 تماس بگیرید.
report-referral-canada-post = Canada Post: با 1-866-607-6301 تماس بگیرید.
report-referral-ttc = TTC: با خدمات مشتریان به شماره 416-393-3030 تماس بگیرید.
report-hate-heading = دیوارنویسی با انگیزه نفرت
report-hate-police = اگر دیوارنویسی افراد را به دلیل نژاد، دین، قومیت، گرایش جنسی، جنسیت یا معلولیتشان هدف گرفته است، ابتدا آن را به پلیس تورنتو (Toronto Police) گزارش دهید: با خط غیراضطراری 416-808-2222 تماس بگیرید، یا اگر کسی در خطر است با 911. پلیس پیش از پاک شدن دیوارنویسی، آن را به‌عنوان یک جرم احتمالی ناشی از نفرت ثبت می‌کند.
report-hate-then = سپس آن را اینجا گزارش دهید تا شهرداری بتواند آن را سریع پاک کند.

## مکان
report-location-heading = مشکل کجاست؟
report-location-current = مکان انتخاب‌شده
report-location-address = { $address }، منطقه { $ward }
report-location-pin = نشانگر در { $lat }، { $long }، منطقه { $ward }
report-map-heading = روی نقشه نشانگر بگذارید
report-map-hint = روی نقشه، جایی که مشکل وجود دارد، کلیک کنید یا ضربه بزنید، سپس نشانگر را بکشید تا جای آن را دقیق کنید. با صفحه‌کلید، نقشه را با کلیدهای جهت‌نما جابه‌جا کنید، سپس «گذاشتن نشانگر در مرکز نقشه» را انتخاب کنید.
report-map-label = نقشه
report-map-pin = مکان مشکل
report-map-pin-at = نشانگر در { $lat }، { $long } گذاشته شد
report-map-no-pin = هنوز نشانگری گذاشته نشده است
report-map-locate = استفاده از مکان من
report-map-locate-failed = مکان شما پیدا نشد. نشانگر را روی نقشه بگذارید یا یک نشانی تایپ کنید.
report-map-centre = گذاشتن نشانگر در مرکز نقشه
report-map-use = استفاده از مکان این نشانگر
report-address-heading = یا یک نشانی یا تقاطع تایپ کنید
report-place-label = خیابان، تقاطع یا مکان
report-place-hint = برای مثال: Queen St W & Spadina Ave، یا Nathan Phillips Square
report-place-find = پیدا کردن
report-place-none = هیچ موردی با «{ $query }» مطابقت ندارد. املا را بررسی کنید، یا نزدیک‌ترین تقاطع را امتحان کنید.
report-place-choose = نزدیک‌ترین مورد را انتخاب کنید
report-place-use = استفاده از این مکان
report-place-kind-street = خیابان
report-place-kind-intersection = تقاطع
report-place-kind-place = مکان
report-error-outside-city = این مکان خارج از محدوده شهر تورنتو است. مکانی در داخل شهر انتخاب کنید.
report-error-pin-missing = روی نقشه نشانگر بگذارید، یا در پایین یک نشانی تایپ کنید
report-error-place-choose = یکی از موارد یافت‌شده را انتخاب کنید، یا دوباره جست‌وجو کنید
report-error-location-missing = یک خیابان، تقاطع یا مکان تایپ کنید، یا روی نقشه نشانگر بگذارید

## جزئیات و اطلاعات تماس
report-details-heading = درباره مشکل به ما بگویید
report-field-description = مشکل را شرح دهید
report-description-hint = آنچه می‌بینید و هر چیزی که به گروه‌های کاری کمک می‌کند آن را پیدا کنند. لطفاً اطلاعات شخصی ننویسید.
report-contact-heading = اطلاعات تماس شما (اختیاری)
report-contact-hint = از این اطلاعات فقط برای تماس با شما درباره این گزارش استفاده می‌کنیم. این اطلاعات هرگز به‌طور عمومی نمایش داده نمی‌شود. برای گزارش به‌صورت ناشناس، این بخش را خالی بگذارید.
report-field-first-name = نام
report-field-last-name = نام خانوادگی
report-field-email = نشانی ایمیل
report-field-phone = شماره تلفن
report-error-missing = به پرسش «{ $field }» پاسخ دهید
report-error-number = پاسخ «{ $field }» باید عدد باشد، مانند 3 یا 2.5
report-error-too-long = پاسخ «{ $field }» باید حداکثر { $max } نویسه باشد
report-error-choice = یکی از پاسخ‌های فهرست‌شده برای «{ $field }» را انتخاب کنید
report-error-datetime = برای «{ $field }» تاریخ و ساعت معتبری وارد کنید
report-error-email = نشانی ایمیل را با قالب درست وارد کنید، مانند name@example.com
report-error-phone = شماره تلفنی با 7 تا 15 رقم وارد کنید، مانند 416-392-2489

## عکس‌ها
report-photos-heading = عکس‌ها
report-photos-required = برای این نوع مشکل دست‌کم یک عکس لازم است. عکس به گروه‌های کاری کمک می‌کند مشکل را پیدا و رفع کنند.
report-photos-optional = افزودن عکس اختیاری است، اما به گروه‌های کاری کمک می‌کند مشکل را پیدا و رفع کنند.
report-photos-limits = می‌توانید حداکثر { $count } عکس با قالب JPEG، PNG یا WebP اضافه کنید که حجم هر کدام حداکثر { $megabytes } مگابایت باشد. ما اطلاعات مکان و دوربین را از نسخه‌ای که نگه می‌داریم حذف می‌کنیم.
report-photo-label = یک عکس انتخاب کنید
report-photo-upload = بارگذاری عکس
report-photo-uploading = در حال بارگذاری عکس
report-photo-alt = عکس { $number }
report-photo-remove = حذف عکس { $number }
report-photo-has-location = عکس { $number } محل گرفته شدنش را ثبت کرده است.
report-photo-use-location = استفاده از مکان عکس { $number }
report-photos-count =
    { $count ->
        [0] بدون عکس
        [one] { $count } عکس
       *[other] { $count } عکس
    }
report-error-photo-missing = عکسی برای بارگذاری انتخاب کنید
report-error-photo-too-large = حجم عکس باید کمتر از { $megabytes } مگابایت باشد
report-error-photo-type = فایل باید عکسی با قالب JPEG، PNG یا WebP باشد
report-error-photo-dimensions = تعداد پیکسل‌های این عکس بیش از حد است. عکس کوچک‌تری انتخاب کنید.
report-error-photo-damaged = این عکس آسیب دیده است و خوانده نمی‌شود. عکس دیگری انتخاب کنید.
report-error-photo-limit = حداکثر می‌توانید { $count } عکس اضافه کنید. برای افزودن عکس دیگر، یکی را حذف کنید.
report-error-photo-required = دست‌کم یک عکس اضافه کنید
report-error-photo-outside = محل گرفتن این عکس خارج از محدوده شهر تورنتو است

## بررسی، موارد مشابه در نزدیکی، و ارسال
report-check-heading = پیش از ارسال گزارش، پاسخ‌های خود را بررسی کنید
report-check-answers = پاسخ‌های شما
report-change = تغییر
report-anonymous = وارد نشده: این گزارش ناشناس است
report-submit-note = با ارسال این گزارش تأیید می‌کنید که تا جایی که می‌دانید، اطلاعات درست است.
report-submit = ارسال گزارش
report-nearby-heading = آیا این مشکل قبلاً گزارش شده است؟
report-nearby-intro = این درخواست‌های باز برای همین مشکل در فاصله 250 متری قرار دارند. اگر یکی از آن‌ها همان مشکل شماست، به‌جای ارسال گزارش جدید، آن را پیگیری کنید.
report-nearby-distance = حدود { $metres } متر فاصله
report-nearby-reporters =
    { $count ->
        [one] { $count } نفر گزارش داده است
       *[other] { $count } نفر گزارش داده‌اند
    }
report-me-too = من هم: پیگیری { $number }
report-error-follow = دیگر نمی‌توان این درخواست را پیگیری کرد. به‌جای آن، گزارش خودتان را ارسال کنید.
report-sent-heading = گزارش ارسال شد
report-sent-number = شماره درخواست خدمات شما
report-sent-next = این شماره را نگه دارید. با آن می‌توانید ببینید در مرحله بعد چه اتفاقی می‌افتد.
report-sent-track = پیگیری این درخواست
report-another = گزارش مشکلی دیگر
report-following-heading = شما درخواست { $number } را پیگیری می‌کنید
report-following-body = به‌جای ثبت درخواست جدید، به این درخواست افزوده شدید. صفحه وضعیت آن نشان می‌دهد که در ادامه چه اتفاقی می‌افتد.
