## Updates about a request by email or text message: the status page's forms, the
## unsubscribe page, and the messages themselves. Messages are plain text; $number is an SR
## number such as 2026-000123, $service a service type's name, $status a status name.

updates-heading = دریافت اطلاع‌رسانی
updates-intro = هر بار که در این درخواست تغییری ایجاد شود، می‌توانیم به شما خبر بدهیم. ابتدا یک کد برایتان می‌فرستیم تا مطمئن شویم این نشانی یا شماره متعلق به شماست.
updates-email-label = نشانی ایمیل
updates-email-hint = از آن فقط برای اطلاع‌رسانی درباره این درخواست استفاده می‌کنیم.
updates-email-button = اطلاع‌رسانی با ایمیل
updates-phone-label = شماره تلفن همراه
updates-phone-hint = برای مثال 416 555 0123. ممکن است اپراتور تلفن همراه شما بابت پیامک هزینه دریافت کند.
updates-phone-button = اطلاع‌رسانی با پیامک
updates-code-sent-email = یک کد 6 رقمی به { $address } فرستادیم.
updates-code-sent-sms = یک کد 6 رقمی با پیامک به { $address } فرستادیم.
updates-code-label = کد
updates-code-hint = کد 15 دقیقه پس از ارسال منقضی می‌شود.
updates-confirm-button = تأیید
updates-resend-button = ارسال کد جدید
updates-resent = یک کد جدید فرستادیم. فقط جدیدترین کد کار می‌کند.
updates-on = از این پس درباره این درخواست به شما اطلاع‌رسانی می‌شود. در هر پیام پیوندی برای لغو این اطلاع‌رسانی هست.
updates-already = این نشانی یا شماره از قبل درباره این درخواست اطلاع‌رسانی دریافت می‌کند.
updates-error-email = یک نشانی ایمیل مانند name@example.com وارد کنید
updates-error-phone = شماره تلفن همراه را همراه با پیش‌شماره وارد کنید، مانند 416 555 0123
updates-error-too-many = در مدت کوتاهی چند بار کد درخواست کرده‌اید. از آخرین کدی که فرستادیم استفاده کنید یا یک ساعت دیگر دوباره تلاش کنید.
updates-error-code-format = کد 6 رقمی پیامی را که فرستادیم وارد کنید
updates-error-code-wrong = کد درست نیست. جدیدترین پیامی را که فرستادیم بررسی کنید و دوباره تلاش کنید.
updates-error-code-expired = کد منقضی شده است. یک کد جدید درخواست کنید.
updates-error-code-attempts = کد بیش از حد مجاز اشتباه وارد شده است. یک کد جدید درخواست کنید.
updates-error-unknown = دیگر نمی‌توان از این کد استفاده کرد. دوباره درخواست اطلاع‌رسانی کنید.

unsubscribe-title = لغو اطلاع‌رسانی
unsubscribe-heading = لغو اطلاع‌رسانی درباره درخواست { $number }
unsubscribe-sent-to-email = اطلاع‌رسانی‌ها به { $address } فرستاده می‌شوند.
unsubscribe-sent-to-sms = اطلاع‌رسانی‌ها با پیامک به { $address } فرستاده می‌شوند.
unsubscribe-button = لغو اطلاع‌رسانی
unsubscribe-done = دیگر درباره درخواست { $number } به شما اطلاع‌رسانی نمی‌شود.
unsubscribe-unknown = این پیوند معتبر نیست. بررسی کنید که کامل کپی شده باشد.
unsubscribe-back = مشاهده درخواست

notify-code-subject = کد شما برای درخواست { $number }
notify-code-email =
    کد شما { $code } است.
    
    آن را در صفحه‌ای وارد کنید که در آن برای درخواست { $number } اطلاع‌رسانی خواستید. این کد 15 دقیقه دیگر منقضی می‌شود.
    
    اگر درخواست اطلاع‌رسانی نکرده‌اید، این ایمیل را نادیده بگیرید.
notify-code-sms = کد 311 شما برای درخواست { $number }: { $code }. این کد 15 دقیقه دیگر منقضی می‌شود.
notify-status-subject = درخواست { $number }: { $status }
notify-status-email = وضعیت کنونی درخواست شما به شماره { $number } ({ $service }): { $status }.
notify-status-sms = 311: وضعیت کنونی درخواست { $number } ({ $service }): { $status }.
notify-note = یادداشت شهرداری: { $note }
notify-escalated-subject = درخواست { $number }: شکایت شما به مدیریت بخش مسئول ارجاع شد
notify-escalated-email = به شکایت شما درباره درخواست { $number } ({ $service }) به‌موقع پاسخ داده نشد، بنابراین شکایت به مدیریت بخش مسئول ارجاع شد.
notify-escalated-sms = 311: شکایت شما درباره درخواست { $number } به مدیریت بخش مسئول ارجاع شد.
notify-link = مشاهده درخواست و سابقه آن: { $link }
notify-link-sms = { $link }
notify-footer-email = این ایمیل را دریافت می‌کنید چون خواسته‌اید درباره این درخواست به شما اطلاع‌رسانی شود.
notify-unsubscribe = لغو این اطلاع‌رسانی: { $unsubscribe }
notify-unsubscribe-sms = برای لغو، در پاسخ STOP بفرستید یا به { $unsubscribe } بروید
