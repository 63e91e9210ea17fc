## Updates about a request by email or text message: the status page's forms, the
## unsubscribe page, and the messages themselves. Messages are plain text; $number is an SR
## number such as 2026-000123, $service a service type's name, $status a status name.

updates-heading = دریافت اطلاعیه‌ها
updates-intro = ما می‌توانیم هر بار که در این درخواست تغییری بیاید، به شما خبر بدهیم. اول یک کود برای شما می‌فرستیم تا مطمئن شویم که این آدرس یا نمبر از خود شماست.
updates-email-label = آدرس ایمیل
updates-email-hint = ما از آن فقط برای اطلاعیه‌های این درخواست استفاده می‌کنیم.
updates-email-button = اطلاعیه‌ها را به ایمیلم بفرستید
updates-phone-label = نمبر تیلفون موبایل
updates-phone-hint = به طور مثال 416 555 0123. ممکن است شرکت مخابراتی شما برای پیام‌های کوتاه پول بگیرد.
updates-phone-button = اطلاعیه‌ها را با پیام کوتاه بفرستید
updates-code-sent-email = ما یک کود 6 رقمی به { $address } فرستادیم.
updates-code-sent-sms = ما یک کود 6 رقمی با پیام کوتاه به { $address } فرستادیم.
updates-code-label = کود
updates-code-hint = کود 15 دقیقه بعد از فرستادن آن باطل می‌شود.
updates-confirm-button = تأیید
updates-resend-button = فرستادن کود جدید
updates-resent = ما یک کود جدید فرستادیم. فقط تازه‌ترین کود کار می‌کند.
updates-on = شما در مورد این درخواست اطلاعیه دریافت می‌کنید. در هر پیام یک لینک برای توقف اطلاعیه‌ها وجود دارد.
updates-already = این آدرس یا نمبر از قبل اطلاعیه‌های این درخواست را دریافت می‌کند.
updates-error-email = یک آدرس ایمیل مانند name@example.com درج کنید
updates-error-phone = نمبر موبایل را همراه با کود منطقه درج کنید، مانند 416 555 0123
updates-error-too-many = شما در مدت کوتاهی چند کود خواستید. آخرین کودی را که فرستادیم استفاده کنید، یا یک ساعت بعد دوباره کوشش کنید.
updates-error-code-format = کود 6 رقمی را از پیامی که فرستادیم درج کنید
updates-error-code-wrong = کود درست نیست. تازه‌ترین پیامی را که فرستادیم چک کنید و دوباره کوشش کنید.
updates-error-code-expired = وقت کود تمام شده است. یک کود جدید بخواهید.
updates-error-code-attempts = کود بیش از حد مجاز اشتباه درج شد. یک کود جدید بخواهید.
updates-error-unknown = این کود دیگر قابل استفاده نیست. دوباره اطلاعیه بخواهید.

unsubscribe-title = توقف اطلاعیه‌ها
unsubscribe-heading = توقف اطلاعیه‌های درخواست { $number }
unsubscribe-sent-to-email = اطلاعیه‌ها به { $address } فرستاده می‌شوند.
unsubscribe-sent-to-sms = اطلاعیه‌ها با پیام کوتاه به { $address } فرستاده می‌شوند.
unsubscribe-button = توقف اطلاعیه‌ها
unsubscribe-done = شما دیگر در مورد درخواست { $number } اطلاعیه دریافت نمی‌کنید.
unsubscribe-unknown = این لینک معتبر نیست. چک کنید که به طور کامل کاپی شده باشد.
unsubscribe-back = دیدن درخواست

notify-code-subject = کود شما برای درخواست { $number }
notify-code-email =
    کود شما { $code } است.
    
    آن را در صفحه‌ای درج کنید که در آن برای درخواست { $number } اطلاعیه خواستید. این کود در ظرف 15 دقیقه باطل می‌شود.
    
    اگر شما اطلاعیه نخواسته‌اید، این ایمیل را نادیده بگیرید.
notify-code-sms = کود 311 شما برای درخواست { $number }: { $code }. این کود در ظرف 15 دقیقه باطل می‌شود.
notify-status-subject = درخواست { $number }: { $status }
notify-status-email = وضعیت فعلی درخواست شما با نمبر { $number } ({ $service }): { $status }.
notify-status-sms = 311: وضعیت فعلی درخواست { $number } ({ $service }): { $status }.
notify-note = یادداشت شاروالی: { $note }
notify-escalated-subject = درخواست { $number }: شکایت شما به مدیریت بخش مسئول فرستاده شد
notify-escalated-email = به شکایت شما در مورد درخواست { $number } ({ $service }) به وقت جواب داده نشد، بنابراین شکایت به مدیریت بخش مسئول فرستاده شد.
notify-escalated-sms = 311: شکایت شما در مورد درخواست { $number } به مدیریت بخش مسئول فرستاده شد.
notify-link = درخواست و تاریخچه آن را ببینید: { $link }
notify-link-sms = { $link }
notify-footer-email = این ایمیل را دریافت می‌کنید چون برای این درخواست اطلاعیه خواسته بودید.
notify-unsubscribe = توقف این اطلاعیه‌ها: { $unsubscribe }
notify-unsubscribe-sms = برای توقف، در جواب STOP بفرستید یا به { $unsubscribe } بروید
