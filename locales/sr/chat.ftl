## Чет уживо: панел за чет грађанина, остављање поруке, конзола оператера и поруке у чету.

chat-launcher = Чет са 311
chat-panel-heading = Чет уживо са 311
chat-close = Затвори чет
chat-intro = Поставите питање или затражите помоћ у вези са захтевом. Оператер ће вам одговорити овде чим буде слободан.
chat-name-label = Ваше име (није обавезно)
chat-topic-label = У вези са чим вам је потребна помоћ?
chat-topic-hint = На пример: у мојој улици није одвезено смеће
chat-start = Започни чет
chat-connecting = Повезивање…
chat-reconnecting = Веза је прекинута. Поновно повезивање… Ваше поруке су сачуване.
chat-reconnected = Веза је поново успостављена.
chat-queue-next = Ви сте следећи на реду.
chat-queue-position = Ваш редни број у реду чекања: { $position }.
chat-queue-wait =
    { $minutes ->
        [one] Процењено време чекања: отприлике { $minutes } минут.
        [few] Процењено време чекања: отприлике { $minutes } минута.
       *[other] Процењено време чекања: отприлике { $minutes } минута.
    }
chat-waiting-note = Док чекате, можете да откуцате своје питање. Не затварајте ову страницу: чет се неће сам затворити.
chat-log-label = Разговор
chat-message-label = Ваша порука
chat-send = Пошаљи
chat-not-sent = Још није послато. Биће послато чим се веза врати.
chat-typing-agent = Оператер куца…
chat-typing-resident = Грађанин куца…
chat-you = Ви
chat-resident = Грађанин
chat-end = Заврши чет
chat-ended-heading = Чет је завршен
chat-rate-legend = Колико вам је овај чет помогао?
chat-rate-stars =
    { $stars ->
        [one] { $stars } звездица
        [few] { $stars } звездице
       *[other] { $stars } звездица
    }
chat-rate-submit = Пошаљи оцену
chat-rate-thanks = Хвала вам на оцени.
chat-transcript-label = Пошаљите ми запис разговора имејлом
chat-transcript-submit = Пошаљи запис разговора
chat-transcript-sent = Запис разговора се шаље на вашу имејл адресу.
chat-new = Започни нови чет
chat-about-request = Чет у вези са овим захтевом
chat-linked-request = У вези са захтевом { $number }

chat-page-title = Чет уживо
chat-page-intro = Разговарајте уживо са оператером 311 или оставите поруку, а ми ћемо вам одговорити имејлом или СМС поруком.
chat-offline-heading = Оставите поруку
chat-offline-intro = Тренутно ниједан оператер није доступан за чет. Оставите поруку са својом имејл адресом или бројем телефона и оператер ће вам одговорити.
chat-offline-email = Имејл адреса
chat-offline-phone = Број телефона, за одговор СМС поруком
chat-offline-body = Ваша порука
chat-offline-submit = Пошаљи поруку
chat-offline-sent = Хвала вам. Примили смо вашу поруку и оператер ће вам одговорити имејлом или СМС поруком.
chat-offline-error-body = Унесите поруку
chat-offline-error-body-long = Порука може да има највише 2000 знакова
chat-offline-error-name-long = Име може да има највише 100 знакова
chat-offline-error-contact = Унесите имејл адресу или број телефона да бисмо могли да вам одговоримо
chat-offline-error-email = Унесите имејл адресу у исправном облику, на пример name@example.com
chat-offline-error-phone = Унесите број телефона, на пример 416 555 0123

## Догађаји у чету, видљиви обема странама.

chat-event-joined = { $name } је сада у чету.
chat-event-transferred = Чет је прослеђен оператеру { $name }.
chat-event-ended = Чет је завршен.
chat-event-request = За вас је отворен захтев { $number }. Помоћу овог броја можете да пратите шта се са њим дешава.

## Зашто нешто што је послато у чету није прихваћено.

chat-error-bad-frame = То није могло да се прочита. Поново учитајте страницу и покушајте поново.
chat-error-too-long = Ваша порука је предугачка. Може да има највише 2000 знакова.
chat-error-too-fast = Шаљете поруке веома брзо. Сачекајте тренутак, па пошаљите поново.
chat-error-empty = Откуцајте поруку пре слања.
chat-error-topic-missing = Унесите у вези са чим вам је потребна помоћ.
chat-error-already-started = Овај чет је већ започет.
chat-error-unknown-chat = Тај чет није пронађен. Започните нови чет.
chat-error-no-chat = Прво започните чет.
chat-error-chat-ended = Овај чет је завршен. Започните нови чет да бисте слали још порука.
chat-error-bad-rating = Изаберите од 1 до 5 звездица.
chat-error-not-ended = Чет можете да оцените када се заврши.
chat-error-bad-email = Унесите имејл адресу у исправном облику, на пример name@example.com
chat-error-agents-only = То могу да ураде само оператери.
chat-error-residents-only = То могу да ураде само грађани.
chat-error-not-yours = Тај чет није додељен вама.
chat-error-at-limit = Већ имате отворено највише четова које можете да преузмете. Прво завршите један.
chat-error-taken = Други оператер је преузео тај чет или је чет завршен.
chat-error-agent-unavailable = Тај оператер више није на мрежи. Изаберите другог.
chat-error-unavailable = Чет тренутно није доступан. Покушајте поново за неколико минута или позовите 311.

## Готови одговори које оператери шаљу на језику грађанина.

chat-canned-greeting = Добар дан, хвала што сте се обратили 311 Toronto. Како могу да вам помогнем?
chat-canned-one-moment = Тренутак, молим вас, проверавам.
chat-canned-more-details = Можете ли да ми кажете нешто више о проблему?
chat-canned-location = Где се тачно налази проблем? Помоћи ће адреса или најближа раскрсница.
chat-canned-request-filed = За вас је отворен захтев. Можете да га пратите помоћу броја објављеног у овом чету.
chat-canned-goodbye = Хвала што сте се обратили 311. Могу ли још нечим да вам помогнем?

## Конзола оператера на адреси /agent.

agent-page-heading = Конзола за чет
agent-status-connected = Повезано. Доступни сте за четове.
agent-status-reconnecting = Веза је прекинута. Поновно повезивање…
agent-queue-heading = Четови на чекању
agent-queue-empty = Нема четова на чекању.
agent-queue-topic = Тема
agent-queue-language = Језик
agent-queue-waiting = Чека
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } минут
        [few] { $minutes } минута
       *[other] { $minutes } минута
    }
agent-queue-fallback = Није један од ваших језика
agent-accept = Прихвати
agent-load = Отворени четови: { $active } од { $limit }
agent-chats-heading = Ваши четови
agent-no-chats = Прихватите чет из реда чекања да бисте почели.
agent-chat-with = Чет: { $name }
agent-chat-language = Језик: { $language }
agent-chat-topic = Тема: { $topic }
agent-canned-label = Готов одговор
agent-canned-choose = Изаберите одговор
agent-canned-insert = Користи овај одговор
agent-reply-label = Одговор
agent-send = Пошаљи
agent-add-note = Додај као интерну напомену
agent-note = Интерна напомена
agent-transfer-label = Проследи оператеру
agent-transfer = Проследи
agent-transfer-none = Ниједан други оператер није на мрежи.
agent-end = Заврши чет
agent-ended = Овај чет је завршен.
agent-close = Затвори
agent-request-heading = Отварање захтева
agent-request-service = Врста услуге
agent-request-place = Локација: улица, раскрсница или место
agent-request-description = Опис
agent-request-submit = Отвори образац за пријаву
agent-request-hint = Образац за пријаву отвара се попуњен подацима из овог чета. Проверите га и пошаљите; број захтева биће објављен у чету.
agent-cases-heading = Поруке остављене док нико није могао да разговара
agent-cases-empty = Нема порука које чекају одговор.
agent-case-from = Од: { $name }, { $contact }
agent-case-reply = Ваш одговор
agent-case-send = Пошаљи одговор
agent-case-answered = Ваш одговор је послат.
agent-error-reply = Унесите одговор од највише 2000 знакова.
agent-error-answered = На ту поруку је већ одговорено.
agent-error-not-yours = Тај чет вам више није додељен.
agent-error-service = Изаберите врсту услуге.
staff-chat-transcripts = Записи четова

## Поруке које се шаљу имејлом или СМС поруком.

notify-chat-transcript-subject = Ваш чет са 311 Toronto
notify-chat-transcript-email = Ево записа вашег чета са 311 Toronto, као што сте тражили.
notify-chat-reply-subject = Одговор на вашу поруку за 311 Toronto
notify-chat-reply-email =
    Оставили сте поруку за 311 Toronto. Ово је одговор оператера:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
