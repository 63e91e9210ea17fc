### Текстове на интерфейса на Civic311: български.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Към основното съдържание
language-switcher-label = Език
loading = Зареждане…
footer-emergency = При спешни случаи се обадете на 911. Този портал е за неспешни общински услуги.

home-title = Сигнализирайте за проблем или заявете общинска услуга – { -product-name }
home-heading = Сигнализирайте за проблем или заявете общинска услуга
home-intro = Съобщете на общината за дупка на пътя, неизвозен боклук, графити и над 60 други неспешни проблема. Ще получите номер на заявката, за да следите какво става с нея.
home-groups-heading = За какво се отнася?
home-report-button = Сигнализирайте за проблем
service-group-count =
    { $count ->
        [one] { $count } услуга
       *[other] { $count } услуги
    }
catalogue-unavailable = Списъкът с услуги не може да бъде показан в момента. Моля, опитайте отново след няколко минути.

not-found-title = Страницата не е намерена – { -product-name }
not-found-heading = Страницата не е намерена
not-found-home-link = Към началната страница

## Навигация и грешки във формуляра
site-nav-label = Основно меню
nav-track = Проследяване на заявка
nav-report = Сигнализиране за проблем
error-title-prefix = Грешка:
error-summary-heading = Възникна проблем

## Търсене на заявка
lookup-title = Проследяване на заявка – { -product-name }
lookup-heading = Проследяване на заявка
lookup-label = Номер на заявката
lookup-hint = Номерът на вашата заявка е посочен на страницата за потвърждение и в имейлите. Изглежда така: 2026-000123.
lookup-button = Намери заявката ми
lookup-error-format = Въведете номера на заявката във формат 2026-000123

## Една заявка
request-title = Заявка { $number } – { -product-name }
request-heading = Заявка { $number }
request-status = Състояние
request-service = Услуга
request-division = Отговорен отдел
request-filed = Получена
request-expected = Очакван срок
request-location = Място
request-ward = Район
request-ward-value = Район { $number }: { $name }
request-due-today = срокът е днес
request-days-left =
    { $days ->
        [one] остава { $days } ден
       *[other] остават { $days } дни
    }
request-days-overdue =
    { $days ->
        [one] { $days } ден след очаквания срок
       *[other] { $days } дни след очаквания срок
    }
request-timeline-heading = Какво се е случило досега
request-event-photo-alt = Снимка от общината на извършената работа, номер { $number }
request-unavailable = Тази заявка не може да бъде показана в момента. Моля, опитайте отново след няколко минути.
request-not-found-title = Заявката не е намерена – { -product-name }
request-not-found-heading = Не можем да намерим тази заявка
request-not-found-body = Няма заявка с номер { $number }. Проверете номера на страницата за потвърждение или в имейла. Току-що подадена заявка може да се появи след около минута.
request-not-found-retry = Потърсете друг номер

## Състояния с прости думи
status-received = Получена
status-assigned = Възложена на отдел
status-inspection = Проверка на място
status-scheduled = Работата е насрочена
status-completed = Изпълнена
status-closed_referred = Закрита – пренасочена към друга организация
status-closed_no_action = Закрита – не са нужни действия
status-closed_duplicate = Закрита – вече подадена заявка

## Указател на услугите
nav-services = Общински услуги
services-title = Общински услуги – { -product-name }
services-heading = Общински услуги
services-intro = Намерете услугата за вашия проблем. Търсете със свои думи или разгледайте темите.
services-search-label = Търсене на услуга
services-search-hint = Например: дупка на пътя, неизвозен боклук, шум
services-search-button = Търсене
services-results-heading =
    { $count ->
        [one] { $count } услуга отговаря на търсенето „{ $query }“
       *[other] { $count } услуги отговарят на търсенето „{ $query }“
    }
services-no-results = Няма услуга, която да отговаря на търсенето „{ $query }“. Опитайте с други думи или разгледайте темите по-долу.
services-browse-heading = Разглеждане по теми
service-detail-title = { $name } – { -product-name }
service-topic = Тема
service-standard = Стандарт за обслужване
service-sla-hours =
    { $count ->
        [one] Стремим се да отговорим в рамките на { $count } час
       *[other] Стремим се да отговорим в рамките на { $count } часа
    }
service-sla-business-days =
    { $count ->
        [one] Стремим се да отговорим в рамките на { $count } работен ден
       *[other] Стремим се да отговорим в рамките на { $count } работни дни
    }
service-sla-calendar-days =
    { $count ->
        [one] Стремим се да отговорим в рамките на { $count } ден
       *[other] Стремим се да отговорим в рамките на { $count } дни
    }
service-back = Всички общински услуги
service-not-found-title = Услугата не е намерена – { -product-name }
service-not-found-heading = Не можем да намерим тази услуга

## Жалби относно заявка
request-complaint-heading = Не сте доволни от хода на тази заявка?
request-complaint-overdue = Очакваният срок е изтекъл, а тази заявка все още не е закрита. Можете да подадете жалба: ръководител трябва да отговори на нея в рамките на 5 работни дни, в противен случай тя се препраща към ръководството на отдела.
request-complaint-closed = Ако проблемът не е отстранен или не сте съгласни с начина, по който е закрита тази заявка, можете да подадете жалба: ръководител трябва да отговори на нея в рамките на 5 работни дни, в противен случай тя се препраща към ръководството на отдела.
request-complaint-details = Какъв е проблемът?
request-complaint-details-hint = Например: дупката на пътя все още е там, въпреки че заявката е закрита.
request-complaint-email = Имейл адрес (по желание)
request-complaint-email-hint = За да можем да ви съобщим отговора. Той никога не се показва публично.
request-complaint-submit = Подаване на жалба
request-complaint-filed = Жалбата ви е подадена. Тя се показва в хронологията по-долу.
request-complaint-pending = Жалба относно тази заявка очаква отговор. Отговорът се очаква до { $date }.
request-complaint-escalated = Отговорът закъснява, затова жалбата е препратена към ръководството на отдела.
request-complaint-error-details = Опишете какъв е проблемът
request-complaint-error-too-long = Жалбата трябва да е до 2000 знака
status-complaint = Подадена жалба
status-escalated = Жалбата е препратена към ръководството на отдела
