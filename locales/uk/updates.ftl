## Сповіщення про заявку електронною поштою або в SMS: форми на сторінці заявки, сторінка
## відмови від сповіщень і самі повідомлення. Повідомлення — звичайний текст; $number — номер
## заявки, наприклад 2026-000123, $service — назва послуги, $status — назва стану.

updates-heading = Отримувати сповіщення
updates-intro = Ми можемо повідомляти вам про кожну зміну в цій заявці. Спочатку ми надішлемо вам код, щоб переконатися, що адреса або номер справді ваші.
updates-email-label = Адреса електронної пошти
updates-email-hint = Ми використовуємо її лише для сповіщень про цю заявку.
updates-email-button = Отримувати сповіщення електронною поштою
updates-phone-label = Номер мобільного телефону
updates-phone-hint = Наприклад, 416 555 0123. Ваш оператор зв’язку може стягувати плату за SMS згідно з тарифом.
updates-phone-button = Отримувати сповіщення в SMS
updates-code-sent-email = Ми надіслали 6-значний код на адресу { $address }.
updates-code-sent-sms = Ми надіслали 6-значний код у SMS на номер { $address }.
updates-code-label = Код
updates-code-hint = Код діє 15 хвилин після надсилання.
updates-confirm-button = Підтвердити
updates-resend-button = Надіслати новий код
updates-resent = Ми надіслали новий код. Діє лише останній код.
updates-on = Ви отримуватимете сповіщення про цю заявку. У кожному повідомленні є посилання, щоб від них відмовитися.
updates-already = На цю адресу або номер уже надходять сповіщення про цю заявку.
updates-error-email = Введіть адресу електронної пошти, наприклад name@example.com
updates-error-phone = Введіть номер мобільного телефону з кодом міста, наприклад 416 555 0123
updates-error-too-many = Ви запросили кілька кодів за короткий час. Використайте останній надісланий код або спробуйте ще раз за годину.
updates-error-code-format = Введіть 6-значний код із повідомлення, яке ми вам надіслали
updates-error-code-wrong = Код неправильний. Перевірте останнє повідомлення від нас і спробуйте ще раз.
updates-error-code-expired = Термін дії коду минув. Запросіть новий код.
updates-error-code-attempts = Код забагато разів введено неправильно. Запросіть новий код.
updates-error-unknown = Цей код більше не можна використати. Запросіть сповіщення ще раз.

unsubscribe-title = Відмовитися від сповіщень
unsubscribe-heading = Відмовитися від сповіщень про заявку { $number }
unsubscribe-sent-to-email = Сповіщення надходять на адресу { $address }.
unsubscribe-sent-to-sms = Сповіщення надходять у SMS на номер { $address }.
unsubscribe-button = Відмовитися від сповіщень
unsubscribe-done = Ви більше не отримуватимете сповіщень про заявку { $number }.
unsubscribe-unknown = Це посилання недійсне. Перевірте, чи його скопійовано повністю.
unsubscribe-back = Перейти до заявки

notify-code-subject = Ваш код для заявки { $number }
notify-code-email =
    Ваш код: { $code }.
    
    Введіть його на сторінці, де ви запросили сповіщення про заявку { $number }. Код діє 15 хвилин.
    
    Якщо ви не запитували сповіщень, просто не зважайте на цей лист.
notify-code-sms = 311: ваш код для заявки { $number } — { $code }. Код діє 15 хвилин.
notify-status-subject = Заявка { $number }: { $status }
notify-status-email = Новий стан вашої заявки { $number } ({ $service }): { $status }.
notify-status-sms = 311: новий стан заявки { $number } ({ $service }): { $status }.
notify-note = Коментар від міста: { $note }
notify-escalated-subject = Заявка { $number }: вашу скаргу передано керівництву підрозділу
notify-escalated-email = На вашу скаргу щодо заявки { $number } ({ $service }) не відповіли вчасно, тому її передано керівництву підрозділу.
notify-escalated-sms = 311: вашу скаргу щодо заявки { $number } передано керівництву підрозділу.
notify-link = Заявка та історія її виконання: { $link }
notify-link-sms = { $link }
notify-footer-email = Ви отримали цей лист, тому що запросили сповіщення про цю заявку.
notify-unsubscribe = Відмовитися від цих сповіщень: { $unsubscribe }
notify-unsubscribe-sms = Надішліть у відповідь STOP, щоб відписатися, або відкрийте { $unsubscribe }
