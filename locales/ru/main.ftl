### Тексты интерфейса Civic311: русский.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Перейти к основному содержанию
language-switcher-label = Язык
loading = Загрузка…
footer-emergency = В экстренных случаях звоните 911. Этот портал предназначен для неэкстренных городских услуг.

home-title = Сообщить о проблеме или заказать городскую услугу – { -product-name }
home-heading = Сообщить о проблеме или заказать городскую услугу
home-intro = Сообщите городу о яме на дороге, невывезенном мусоре, граффити и более чем 60 других неэкстренных проблемах. Вы получите номер заявки, чтобы следить за её выполнением.
home-groups-heading = С чем связано ваше обращение?
home-report-button = Сообщить о проблеме
service-group-count =
    { $count ->
        [one] { $count } услуга
        [few] { $count } услуги
        [many] { $count } услуг
       *[other] { $count } услуги
    }
catalogue-unavailable = Сейчас не удаётся показать список услуг. Попробуйте ещё раз через несколько минут.

not-found-title = Страница не найдена – { -product-name }
not-found-heading = Страница не найдена
not-found-home-link = Перейти на главную страницу

## Навигация и ошибки в форме
site-nav-label = Главное меню
nav-track = Отследить заявку
nav-report = Сообщить о проблеме
error-title-prefix = Ошибка:
error-summary-heading = Возникла проблема

## Поиск заявки
lookup-title = Отследить заявку – { -product-name }
lookup-heading = Отследить заявку
lookup-label = Номер заявки
lookup-hint = Номер вашей заявки указан на странице подтверждения и в электронных письмах. Он выглядит так: 2026-000123.
lookup-button = Найти мою заявку
lookup-error-format = Введите номер заявки в формате 2026-000123

## Одна заявка
request-title = Заявка { $number } – { -product-name }
request-heading = Заявка { $number }
request-status = Статус
request-service = Услуга
request-division = Ответственное подразделение
request-filed = Получена
request-expected = Ожидаемый срок
request-location = Место
request-ward = Округ
request-ward-value = Округ { $number }: { $name }
request-due-today = срок сегодня
request-days-left =
    { $days ->
        [one] остался { $days } день
        [few] осталось { $days } дня
        [many] осталось { $days } дней
       *[other] осталось { $days } дня
    }
request-days-overdue =
    { $days ->
        [one] срок превышен на { $days } день
        [few] срок превышен на { $days } дня
        [many] срок превышен на { $days } дней
       *[other] срок превышен на { $days } дня
    }
request-timeline-heading = Что уже произошло
request-event-photo-alt = Фотография результата работ от городских служб, номер { $number }
request-unavailable = Сейчас не удаётся показать эту заявку. Попробуйте ещё раз через несколько минут.
request-not-found-title = Заявка не найдена – { -product-name }
request-not-found-heading = Мы не можем найти эту заявку
request-not-found-body = Заявки { $number } не существует. Проверьте номер на странице подтверждения или в электронном письме. Только что поданная заявка может появиться примерно через минуту.
request-not-found-retry = Найти другой номер

## Статусы простыми словами
status-received = Получена
status-assigned = Передана в подразделение
status-inspection = Осмотр на месте
status-scheduled = Работы запланированы
status-completed = Выполнена
status-closed_referred = Закрыта – передана другой организации
status-closed_no_action = Закрыта – действий не требуется
status-closed_duplicate = Закрыта – повторная заявка

## Справочник услуг
nav-services = Городские услуги
services-title = Городские услуги – { -product-name }
services-heading = Городские услуги
services-intro = Найдите услугу для решения вашей проблемы. Ищите своими словами или выберите тему.
services-search-label = Поиск услуги
services-search-hint = Например: яма на дороге, не вывезли мусор, шум
services-search-button = Найти
services-results-heading =
    { $count ->
        [one] По запросу «{ $query }» найдена { $count } услуга
        [few] По запросу «{ $query }» найдены { $count } услуги
        [many] По запросу «{ $query }» найдено { $count } услуг
       *[other] По запросу «{ $query }» найдено { $count } услуги
    }
services-no-results = По запросу «{ $query }» услуг не найдено. Попробуйте другие слова или выберите одну из тем ниже.
services-browse-heading = Просмотр по темам
service-detail-title = { $name } – { -product-name }
service-topic = Тема
service-standard = Стандарт обслуживания
service-sla-hours =
    { $count ->
        [one] Мы стараемся ответить в течение { $count } часа
        [few] Мы стараемся ответить в течение { $count } часов
        [many] Мы стараемся ответить в течение { $count } часов
       *[other] Мы стараемся ответить в течение { $count } часа
    }
service-sla-business-days =
    { $count ->
        [one] Мы стараемся ответить в течение { $count } рабочего дня
        [few] Мы стараемся ответить в течение { $count } рабочих дней
        [many] Мы стараемся ответить в течение { $count } рабочих дней
       *[other] Мы стараемся ответить в течение { $count } рабочего дня
    }
service-sla-calendar-days =
    { $count ->
        [one] Мы стараемся ответить в течение { $count } дня
        [few] Мы стараемся ответить в течение { $count } дней
        [many] Мы стараемся ответить в течение { $count } дней
       *[other] Мы стараемся ответить в течение { $count } дня
    }
service-back = Все городские услуги
service-not-found-title = Услуга не найдена – { -product-name }
service-not-found-heading = Мы не можем найти эту услугу

## Жалобы на заявку
request-complaint-heading = Вас не устраивает, как выполняется эта заявка?
request-complaint-overdue = Ожидаемый срок прошёл, а эта заявка всё ещё не закрыта. Вы можете подать жалобу: руководитель должен ответить на неё в течение 5 рабочих дней, иначе она передаётся руководству подразделения.
request-complaint-closed = Если проблема не устранена или вы не согласны с тем, как была закрыта эта заявка, вы можете подать жалобу: руководитель должен ответить на неё в течение 5 рабочих дней, иначе она передаётся руководству подразделения.
request-complaint-details = Что не так?
request-complaint-details-hint = Например: яма на дороге так и осталась, хотя заявку закрыли.
request-complaint-email = Адрес электронной почты (необязательно)
request-complaint-email-hint = Чтобы мы могли сообщить вам ответ. Он никогда не публикуется.
request-complaint-submit = Подать жалобу
request-complaint-filed = Ваша жалоба подана. Она отображается в хронологии ниже.
request-complaint-pending = Жалоба на эту заявку ожидает ответа. Ответ ожидается до { $date }.
request-complaint-escalated = Ответ не был дан вовремя, поэтому жалоба передана руководству подразделения.
request-complaint-error-details = Опишите, что не так
request-complaint-error-too-long = Жалоба должна содержать не более 2000 символов
status-complaint = Подана жалоба
status-escalated = Жалоба передана руководству подразделения
