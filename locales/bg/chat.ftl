## Чат на живо: панелът за чат на жителя, оставяне на съобщение, конзолата на операторите и съобщенията в чата.

chat-launcher = Чат с 311
chat-panel-heading = Чат на живо с 311
chat-close = Затваряне на чата
chat-intro = Задайте въпрос или получете помощ за заявка. Оператор ще ви отговори тук веднага щом се освободи.
chat-name-label = Вашето име (по желание)
chat-topic-label = За какво ви е нужна помощ?
chat-topic-hint = Например: боклукът на моята улица не е извозен
chat-start = Започване на чат
chat-connecting = Свързване…
chat-reconnecting = Връзката прекъсна. Повторно свързване… Съобщенията ви са запазени.
chat-reconnected = Връзката е възстановена.
chat-queue-next = Вие сте на първо място в опашката.
chat-queue-position = Вие сте под номер { $position } в опашката.
chat-queue-wait =
    { $minutes ->
        [one] Очаквано време за изчакване: около { $minutes } минута.
       *[other] Очаквано време за изчакване: около { $minutes } минути.
    }
chat-waiting-note = Докато чакате, можете да напишете въпроса си. Не затваряйте тази страница: чатът не се затваря сам.
chat-log-label = Разговор
chat-message-label = Вашето съобщение
chat-send = Изпращане
chat-not-sent = Още не е изпратено. Ще бъде изпратено веднага щом връзката се възстанови.
chat-typing-agent = Операторът пише…
chat-typing-resident = Жителят пише…
chat-you = Вие
chat-resident = Жител
chat-end = Край на чата
chat-ended-heading = Чатът приключи
chat-rate-legend = Доколко ви беше полезен този чат?
chat-rate-stars =
    { $stars ->
        [one] { $stars } звезда
       *[other] { $stars } звезди
    }
chat-rate-submit = Изпращане на оценката
chat-rate-thanks = Благодарим ви за оценката.
chat-transcript-label = Изпратете ми записа на разговора по имейл
chat-transcript-submit = Изпращане на записа
chat-transcript-sent = Записът на разговора се изпраща на вашия имейл.
chat-new = Започване на нов чат
chat-about-request = Чат за тази заявка
chat-linked-request = Относно заявка { $number }

chat-page-title = Чат на живо
chat-page-intro = Пишете на живо с оператор на 311 или оставете съобщение и ще ви отговорим по имейл или с SMS.
chat-offline-heading = Оставете съобщение
chat-offline-intro = В момента няма свободен оператор за чат. Оставете съобщение с вашия имейл адрес или телефонен номер и оператор ще ви отговори.
chat-offline-email = Имейл адрес
chat-offline-phone = Телефонен номер за отговор с SMS
chat-offline-body = Вашето съобщение
chat-offline-submit = Изпращане на съобщението
chat-offline-sent = Благодарим ви. Получихме съобщението ви и оператор ще ви отговори по имейл или с SMS.
chat-offline-error-body = Въведете съобщението си
chat-offline-error-body-long = Съобщението трябва да е до 2000 знака
chat-offline-error-name-long = Името трябва да е до 100 знака
chat-offline-error-contact = Въведете имейл адрес или телефонен номер, за да можем да ви отговорим
chat-offline-error-email = Въведете имейл адрес в правилен формат, например name@example.com
chat-offline-error-phone = Въведете телефонен номер, например 416 555 0123

## Събития в чата, видими и за двете страни.

chat-event-joined = { $name } се включи в чата.
chat-event-transferred = Чатът беше прехвърлен към { $name }.
chat-event-ended = Чатът приключи.
chat-event-request = За вас беше създадена заявка { $number }. Можете да я проследявате с този номер.

## Защо нещо, изпратено в чата, не беше прието.

chat-error-bad-frame = Данните не можаха да бъдат прочетени. Презаредете страницата и опитайте отново.
chat-error-too-long = Съобщението ви е твърде дълго. Трябва да е до 2000 знака.
chat-error-too-fast = Изпращате съобщения много бързо. Изчакайте малко и изпратете отново.
chat-error-empty = Напишете съобщение, преди да го изпратите.
chat-error-topic-missing = Посочете за какво ви е нужна помощ.
chat-error-already-started = Този чат вече е започнал.
chat-error-unknown-chat = Този чат не е намерен. Започнете нов чат.
chat-error-no-chat = Първо започнете чат.
chat-error-chat-ended = Този чат приключи. Започнете нов чат, за да изпратите още съобщения.
chat-error-bad-rating = Изберете от 1 до 5 звезди.
chat-error-not-ended = Можете да оцените чата, след като приключи.
chat-error-bad-email = Въведете имейл адрес в правилен формат, например name@example.com
chat-error-agents-only = Само операторите могат да правят това.
chat-error-residents-only = Само жителите могат да правят това.
chat-error-not-yours = Този чат не е възложен на вас.
chat-error-at-limit = Вече имате максималния брой отворени чатове. Първо приключете един от тях.
chat-error-taken = Друг оператор пое този чат или той е приключил.
chat-error-agent-unavailable = Този оператор вече не е на линия. Изберете друг.
chat-error-unavailable = Чатът в момента не е достъпен. Опитайте отново след няколко минути или се обадете на 311.

## Готови отговори, които операторите изпращат на езика на жителя.

chat-canned-greeting = Здравейте, благодарим ви, че се свързахте с 311 Toronto. С какво мога да ви помогна днес?
chat-canned-one-moment = Един момент, моля, докато проверя.
chat-canned-more-details = Бихте ли ми разказали малко повече за проблема?
chat-canned-location = Къде точно е проблемът? Адрес или най-близкото кръстовище ще помогнат.
chat-canned-request-filed = Създадох заявка за вас. Можете да я проследявате с номера, публикуван в този чат.
chat-canned-goodbye = Благодарим ви, че се свързахте с 311. Мога ли да ви помогна с нещо друго?

## Конзолата на операторите на адрес /agent.

agent-page-heading = Конзола за чат
agent-status-connected = Свързано. Вие сте на линия за чатове.
agent-status-reconnecting = Връзката прекъсна. Повторно свързване…
agent-queue-heading = Чакащи чатове
agent-queue-empty = Няма чакащи чатове.
agent-queue-topic = Тема
agent-queue-language = Език
agent-queue-waiting = Чака от
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    }
agent-queue-fallback = Не е от вашите езици
agent-accept = Приемане
agent-load = Отворени чатове: { $active } от { $limit }
agent-chats-heading = Вашите чатове
agent-no-chats = Приемете чат от опашката, за да започнете.
agent-chat-with = Чат с { $name }
agent-chat-language = Език: { $language }
agent-chat-topic = Тема: { $topic }
agent-canned-label = Готов отговор
agent-canned-choose = Изберете отговор
agent-canned-insert = Използване на този отговор
agent-reply-label = Отговор
agent-send = Изпращане
agent-add-note = Добавяне като вътрешна бележка
agent-note = Вътрешна бележка
agent-transfer-label = Прехвърляне към
agent-transfer = Прехвърляне
agent-transfer-none = Няма друг оператор на линия.
agent-end = Край на чата
agent-ended = Този чат приключи.
agent-close = Затваряне
agent-request-heading = Създаване на заявка
agent-request-service = Вид услуга
agent-request-place = Място: улица, кръстовище или обект
agent-request-description = Описание
agent-request-submit = Отваряне на формуляра за сигнал
agent-request-hint = Формулярът за сигнал се отваря попълнен с данните от този чат. Проверете го и го изпратете; номерът на заявката ще се появи в чата.
agent-cases-heading = Съобщения, оставени, когато нямаше оператор за чат
agent-cases-empty = Няма съобщения, които чакат отговор.
agent-case-from = От { $name }, { $contact }
agent-case-reply = Вашият отговор
agent-case-send = Изпращане на отговора
agent-case-answered = Отговорът ви беше изпратен.
agent-error-reply = Въведете отговор до 2000 знака.
agent-error-answered = На това съобщение вече е отговорено.
agent-error-not-yours = Този чат вече не е възложен на вас.
agent-error-service = Изберете вид услуга.
staff-chat-transcripts = Записи на чатове

## Съобщения, изпращани по имейл или с SMS.

notify-chat-transcript-subject = Вашият чат с 311 Toronto
notify-chat-transcript-email = Ето записа на вашия чат с 311 Toronto, както поискахте.
notify-chat-reply-subject = Отговор на вашето съобщение до 311 Toronto
notify-chat-reply-email =
    Оставихте съобщение за 311 Toronto. Оператор отговори:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
