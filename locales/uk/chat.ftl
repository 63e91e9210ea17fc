## Онлайн-чат: панель чату для мешканця, залишення повідомлення, консоль операторів і повідомлення чату.

chat-launcher = Чат із 311
chat-panel-heading = Онлайн-чат із 311
chat-close = Закрити чат
chat-intro = Поставте запитання або отримайте допомогу щодо заявки. Оператор відповість вам тут, щойно звільниться.
chat-name-label = Ваше ім’я (необов’язково)
chat-topic-label = З чим вам потрібна допомога?
chat-topic-hint = Наприклад: на моїй вулиці не вивезли сміття
chat-start = Почати чат
chat-connecting = Підключення…
chat-reconnecting = З’єднання втрачено. Повторне підключення… Ваші повідомлення збережено.
chat-reconnected = З’єднання відновлено.
chat-queue-next = Ви наступні в черзі.
chat-queue-position = Ваш номер у черзі: { $position }.
chat-queue-wait =
    { $minutes ->
        [one] Орієнтовний час очікування: близько { $minutes } хвилини.
        [few] Орієнтовний час очікування: близько { $minutes } хвилин.
        [many] Орієнтовний час очікування: близько { $minutes } хвилин.
       *[other] Орієнтовний час очікування: близько { $minutes } хвилини.
    }
chat-waiting-note = Поки ви чекаєте, можна написати своє запитання. Не закривайте цю сторінку: чат не закриється сам.
chat-log-label = Листування
chat-message-label = Ваше повідомлення
chat-send = Надіслати
chat-not-sent = Ще не надіслано. Повідомлення буде надіслано, щойно з’єднання відновиться.
chat-typing-agent = Оператор друкує…
chat-typing-resident = Мешканець друкує…
chat-you = Ви
chat-resident = Мешканець
chat-end = Завершити чат
chat-ended-heading = Чат завершено
chat-rate-legend = Наскільки корисним був цей чат?
chat-rate-stars =
    { $stars ->
        [one] { $stars } зірка
        [few] { $stars } зірки
        [many] { $stars } зірок
       *[other] { $stars } зірки
    }
chat-rate-submit = Надіслати оцінку
chat-rate-thanks = Дякуємо за вашу оцінку.
chat-transcript-label = Надіслати мені текст листування електронною поштою
chat-transcript-submit = Надіслати текст листування
chat-transcript-sent = Текст листування надсилається на вашу електронну пошту.
chat-new = Почати новий чат
chat-about-request = Чат щодо цієї заявки
chat-linked-request = Щодо заявки { $number }

chat-page-title = Онлайн-чат
chat-page-intro = Поспілкуйтеся в чаті з оператором 311 або залиште повідомлення, і ми відповімо вам електронною поштою чи в SMS.
chat-offline-heading = Залишити повідомлення
chat-offline-intro = Зараз немає вільних операторів чату. Залиште повідомлення, вказавши адресу електронної пошти або номер телефону, і оператор вам відповість.
chat-offline-email = Адреса електронної пошти
chat-offline-phone = Номер телефону для відповіді в SMS
chat-offline-body = Ваше повідомлення
chat-offline-submit = Надіслати повідомлення
chat-offline-sent = Дякуємо. Ми отримали ваше повідомлення, і оператор відповість вам електронною поштою або в SMS.
chat-offline-error-body = Введіть повідомлення
chat-offline-error-body-long = Повідомлення має містити не більше 2000 символів
chat-offline-error-name-long = Ім’я має містити не більше 100 символів
chat-offline-error-contact = Введіть адресу електронної пошти або номер телефону, щоб ми могли вам відповісти
chat-offline-error-email = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com
chat-offline-error-phone = Введіть номер телефону, наприклад 416 555 0123

## Події чату, які бачать обидві сторони.

chat-event-joined = { $name } тепер у чаті.
chat-event-transferred = Чат передано оператору { $name }.
chat-event-ended = Чат завершено.
chat-event-request = Для вас створено заявку { $number }. За цим номером можна стежити за її виконанням.

## Чому надіслане в чаті не було прийнято.

chat-error-bad-frame = Не вдалося прочитати дані. Перезавантажте сторінку та спробуйте ще раз.
chat-error-too-long = Повідомлення задовге. Воно має містити не більше 2000 символів.
chat-error-too-fast = Ви надсилаєте повідомлення надто часто. Зачекайте трохи й надішліть знову.
chat-error-empty = Перед надсиланням введіть повідомлення.
chat-error-topic-missing = Вкажіть, з чим вам потрібна допомога.
chat-error-already-started = Цей чат уже розпочато.
chat-error-unknown-chat = Цей чат не знайдено. Почніть новий чат.
chat-error-no-chat = Спочатку почніть чат.
chat-error-chat-ended = Цей чат завершено. Щоб надіслати ще повідомлення, почніть новий чат.
chat-error-bad-rating = Виберіть від 1 до 5 зірок.
chat-error-not-ended = Оцінити чат можна після його завершення.
chat-error-bad-email = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com
chat-error-agents-only = Це доступно лише операторам.
chat-error-residents-only = Це доступно лише мешканцям.
chat-error-not-yours = Цей чат не призначено вам.
chat-error-at-limit = У вас уже відкрито максимальну кількість чатів. Спочатку завершіть один із них.
chat-error-taken = Цей чат уже прийняв інший оператор, або його завершено.
chat-error-agent-unavailable = Цей оператор уже не в мережі. Виберіть іншого.
chat-error-unavailable = Чат зараз недоступний. Спробуйте ще раз за кілька хвилин або зателефонуйте за номером 311.

## Готові відповіді, які оператори надсилають мовою мешканця.

chat-canned-greeting = Доброго дня! Дякуємо, що звернулися до 311 Toronto. Чим я можу вам допомогти?
chat-canned-one-moment = Хвилинку, будь ласка, я з’ясую це питання.
chat-canned-more-details = Розкажіть, будь ласка, трохи докладніше про проблему.
chat-canned-location = Де саме виникла проблема? Вкажіть, будь ласка, адресу або найближче перехрестя.
chat-canned-request-filed = Для вас створено заявку. Стежити за її виконанням можна за номером, указаним у цьому чаті.
chat-canned-goodbye = Дякуємо, що звернулися до 311. Чи можу я ще чимось вам допомогти?

## Консоль операторів на сторінці /agent.

agent-page-heading = Консоль чату
agent-status-connected = Підключено. Ви в мережі й можете приймати чати.
agent-status-reconnecting = З’єднання втрачено. Повторне підключення…
agent-queue-heading = Чати в очікуванні
agent-queue-empty = Немає чатів в очікуванні.
agent-queue-topic = Тема
agent-queue-language = Мова
agent-queue-waiting = Очікування
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }
agent-queue-fallback = Мова не з вашого списку
agent-accept = Прийняти
agent-load = Відкрито чатів: { $active } з { $limit }
agent-chats-heading = Ваші чати
agent-no-chats = Щоб почати, прийміть чат із черги.
agent-chat-with = Чат: { $name }
agent-chat-language = Мова: { $language }
agent-chat-topic = Тема: { $topic }
agent-canned-label = Шаблон відповіді
agent-canned-choose = Виберіть відповідь
agent-canned-insert = Використати цю відповідь
agent-reply-label = Відповідь
agent-send = Надіслати
agent-add-note = Додати як внутрішній коментар
agent-note = Внутрішній коментар
agent-transfer-label = Передати оператору
agent-transfer = Передати
agent-transfer-none = Інших операторів у мережі немає.
agent-end = Завершити чат
agent-ended = Цей чат завершено.
agent-close = Закрити
agent-request-heading = Створити заявку
agent-request-service = Вид послуги
agent-request-place = Місце: вулиця, перехрестя або об’єкт
agent-request-description = Опис
agent-request-submit = Відкрити форму повідомлення
agent-request-hint = Форма повідомлення відкриється вже заповненою даними з цього чату. Перевірте й надішліть її — номер заявки з’явиться в чаті.
agent-cases-heading = Повідомлення, залишені, коли оператори були недоступні
agent-cases-empty = Немає повідомлень, що очікують на відповідь.
agent-case-from = Від: { $name }, { $contact }
agent-case-reply = Ваша відповідь
agent-case-send = Надіслати відповідь
agent-case-answered = Вашу відповідь надіслано.
agent-error-reply = Введіть відповідь довжиною не більше 2000 символів.
agent-error-answered = На це повідомлення вже відповіли.
agent-error-not-yours = Цей чат більше не призначено вам.
agent-error-service = Виберіть вид послуги.
staff-chat-transcripts = Записи чатів

## Повідомлення, що надсилаються електронною поштою або в SMS.

notify-chat-transcript-subject = Ваш чат із 311 Toronto
notify-chat-transcript-email = Як ви й просили, надсилаємо текст вашого листування з 311 Toronto.
notify-chat-reply-subject = Відповідь на ваше повідомлення до 311 Toronto
notify-chat-reply-email =
    Ви залишили повідомлення для 311 Toronto. Відповідь оператора:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
