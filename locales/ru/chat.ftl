## Онлайн-чат: панель чата для жителя, оставление сообщения, консоль операторов и сообщения чата.

chat-launcher = Чат с 311
chat-panel-heading = Онлайн-чат с 311
chat-close = Закрыть чат
chat-intro = Задайте вопрос или получите помощь по заявке. Оператор ответит вам здесь, как только освободится.
chat-name-label = Ваше имя (необязательно)
chat-topic-label = С чем вам нужна помощь?
chat-topic-hint = Например: на моей улице не вывезли мусор
chat-start = Начать чат
chat-connecting = Подключение…
chat-reconnecting = Соединение потеряно. Переподключение… Ваши сообщения сохранены.
chat-reconnected = Соединение восстановлено.
chat-queue-next = Вы на первом месте в очереди.
chat-queue-position = Ваш номер в очереди: { $position }.
chat-queue-wait =
    { $minutes ->
        [one] Примерное время ожидания: около { $minutes } минуты.
        [few] Примерное время ожидания: около { $minutes } минут.
        [many] Примерное время ожидания: около { $minutes } минут.
       *[other] Примерное время ожидания: около { $minutes } минуты.
    }
chat-waiting-note = Пока вы ждёте, можно написать свой вопрос. Не закрывайте эту страницу: чат не закроется сам.
chat-log-label = Переписка
chat-message-label = Ваше сообщение
chat-send = Отправить
chat-not-sent = Ещё не отправлено. Сообщение будет отправлено, как только соединение восстановится.
chat-typing-agent = Оператор печатает…
chat-typing-resident = Житель печатает…
chat-you = Вы
chat-resident = Житель
chat-end = Завершить чат
chat-ended-heading = Чат завершён
chat-rate-legend = Насколько полезным был этот чат?
chat-rate-stars =
    { $stars ->
        [one] { $stars } звезда
        [few] { $stars } звезды
        [many] { $stars } звёзд
       *[other] { $stars } звезды
    }
chat-rate-submit = Отправить оценку
chat-rate-thanks = Спасибо за вашу оценку.
chat-transcript-label = Отправить мне текст переписки по электронной почте
chat-transcript-submit = Отправить текст переписки
chat-transcript-sent = Текст переписки отправляется на вашу электронную почту.
chat-new = Начать новый чат
chat-about-request = Чат по этой заявке
chat-linked-request = По заявке { $number }

chat-page-title = Онлайн-чат
chat-page-intro = Пообщайтесь в чате с оператором 311 или оставьте сообщение, и мы ответим вам по электронной почте или в SMS.
chat-offline-heading = Оставить сообщение
chat-offline-intro = Сейчас нет свободных операторов чата. Оставьте сообщение, указав адрес электронной почты или номер телефона, и оператор вам ответит.
chat-offline-email = Адрес электронной почты
chat-offline-phone = Номер телефона для ответа в SMS
chat-offline-body = Ваше сообщение
chat-offline-submit = Отправить сообщение
chat-offline-sent = Спасибо. Мы получили ваше сообщение, и оператор ответит вам по электронной почте или в SMS.
chat-offline-error-body = Введите сообщение
chat-offline-error-body-long = Сообщение должно содержать не более 2000 символов
chat-offline-error-name-long = Имя должно содержать не более 100 символов
chat-offline-error-contact = Введите адрес электронной почты или номер телефона, чтобы мы могли вам ответить
chat-offline-error-email = Введите адрес электронной почты в правильном формате, например name@example.com
chat-offline-error-phone = Введите номер телефона, например 416 555 0123

## События чата, которые видят обе стороны.

chat-event-joined = { $name } теперь в чате.
chat-event-transferred = Чат передан оператору { $name }.
chat-event-ended = Чат завершён.
chat-event-request = Для вас создана заявка { $number }. По этому номеру можно следить за её выполнением.

## Почему отправленное в чате не было принято.

chat-error-bad-frame = Не удалось прочитать данные. Перезагрузите страницу и попробуйте ещё раз.
chat-error-too-long = Сообщение слишком длинное. Оно должно содержать не более 2000 символов.
chat-error-too-fast = Вы отправляете сообщения слишком часто. Подождите немного и отправьте снова.
chat-error-empty = Перед отправкой введите сообщение.
chat-error-topic-missing = Укажите, с чем вам нужна помощь.
chat-error-already-started = Этот чат уже начат.
chat-error-unknown-chat = Этот чат не найден. Начните новый чат.
chat-error-no-chat = Сначала начните чат.
chat-error-chat-ended = Этот чат завершён. Чтобы отправить ещё сообщения, начните новый чат.
chat-error-bad-rating = Выберите от 1 до 5 звёзд.
chat-error-not-ended = Оценить чат можно после его завершения.
chat-error-bad-email = Введите адрес электронной почты в правильном формате, например name@example.com
chat-error-agents-only = Это доступно только операторам.
chat-error-residents-only = Это доступно только жителям.
chat-error-not-yours = Этот чат не назначен вам.
chat-error-at-limit = У вас уже открыто максимальное число чатов. Сначала завершите один из них.
chat-error-taken = Этот чат уже принял другой оператор, или он завершён.
chat-error-agent-unavailable = Этот оператор больше не в сети. Выберите другого.
chat-error-unavailable = Чат сейчас недоступен. Попробуйте ещё раз через несколько минут или позвоните по номеру 311.

## Готовые ответы, которые операторы отправляют на языке жителя.

chat-canned-greeting = Здравствуйте! Спасибо, что обратились в 311 Toronto. Чем я могу вам помочь?
chat-canned-one-moment = Одну минуту, пожалуйста, я уточню этот вопрос.
chat-canned-more-details = Расскажите, пожалуйста, немного подробнее о проблеме.
chat-canned-location = Где именно находится проблема? Укажите, пожалуйста, адрес или ближайший перекрёсток.
chat-canned-request-filed = Для вас создана заявка. Следить за её выполнением можно по номеру, который указан в этом чате.
chat-canned-goodbye = Спасибо, что обратились в 311. Могу ли я помочь вам чем-нибудь ещё?

## Консоль операторов на странице /agent.

agent-page-heading = Консоль чата
agent-status-connected = Подключено. Вы в сети и можете принимать чаты.
agent-status-reconnecting = Соединение потеряно. Переподключение…
agent-queue-heading = Ожидающие чаты
agent-queue-empty = Нет ожидающих чатов.
agent-queue-topic = Тема
agent-queue-language = Язык
agent-queue-waiting = Ожидание
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }
agent-queue-fallback = Язык не из вашего списка
agent-accept = Принять
agent-load = Открыто чатов: { $active } из { $limit }
agent-chats-heading = Ваши чаты
agent-no-chats = Чтобы начать, примите чат из очереди.
agent-chat-with = Чат: { $name }
agent-chat-language = Язык: { $language }
agent-chat-topic = Тема: { $topic }
agent-canned-label = Готовый ответ
agent-canned-choose = Выберите ответ
agent-canned-insert = Использовать этот ответ
agent-reply-label = Ответ
agent-send = Отправить
agent-add-note = Добавить как внутренний комментарий
agent-note = Внутренний комментарий
agent-transfer-label = Передать оператору
agent-transfer = Передать
agent-transfer-none = Других операторов в сети нет.
agent-end = Завершить чат
agent-ended = Этот чат завершён.
agent-close = Закрыть
agent-request-heading = Создать заявку
agent-request-service = Вид услуги
agent-request-place = Место: улица, перекрёсток или объект
agent-request-description = Описание
agent-request-submit = Открыть форму сообщения
agent-request-hint = Форма сообщения откроется уже заполненной данными из этого чата. Проверьте и отправьте её — номер заявки появится в чате.
agent-cases-heading = Сообщения, оставленные, когда операторы были недоступны
agent-cases-empty = Нет сообщений, ожидающих ответа.
agent-case-from = От: { $name }, { $contact }
agent-case-reply = Ваш ответ
agent-case-send = Отправить ответ
agent-case-answered = Ваш ответ отправлен.
agent-error-reply = Введите ответ длиной не более 2000 символов.
agent-error-answered = На это сообщение уже ответили.
agent-error-not-yours = Этот чат больше не назначен вам.
agent-error-service = Выберите вид услуги.
staff-chat-transcripts = Записи чатов

## Сообщения, отправляемые по электронной почте или в SMS.

notify-chat-transcript-subject = Ваш чат с 311 Toronto
notify-chat-transcript-email = Как вы и просили, отправляем текст вашей переписки с 311 Toronto.
notify-chat-reply-subject = Ответ на ваше сообщение в 311 Toronto
notify-chat-reply-email =
    Вы оставили сообщение для 311 Toronto. Ответ оператора:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
