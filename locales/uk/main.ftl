### Тексти інтерфейсу Civic311: українська.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Перейти до основного вмісту
language-switcher-label = Мова
loading = Завантаження…
footer-emergency = У надзвичайних ситуаціях телефонуйте 911. Цей портал призначений для нетермінових міських послуг.

home-title = Повідомити про проблему або замовити міську послугу – { -product-name }
home-heading = Повідомити про проблему або замовити міську послугу
home-intro = Повідомте місту про яму на дорозі, невивезене сміття, графіті та понад 60 інших нетермінових проблем. Ви отримаєте номер заявки, щоб стежити за її виконанням.
home-groups-heading = Чого стосується ваше звернення?
home-report-button = Повідомити про проблему
service-group-count =
    { $count ->
        [one] { $count } послуга
        [few] { $count } послуги
        [many] { $count } послуг
       *[other] { $count } послуги
    }
catalogue-unavailable = Зараз неможливо показати список послуг. Спробуйте ще раз за кілька хвилин.

not-found-title = Сторінку не знайдено – { -product-name }
not-found-heading = Сторінку не знайдено
not-found-home-link = Перейти на головну сторінку

## Навігація та помилки у формі
site-nav-label = Головне меню
nav-track = Відстежити заявку
nav-report = Повідомити про проблему
error-title-prefix = Помилка:
error-summary-heading = Виникла проблема

## Пошук заявки
lookup-title = Відстежити заявку – { -product-name }
lookup-heading = Відстежити заявку
lookup-label = Номер заявки
lookup-hint = Номер вашої заявки вказано на сторінці підтвердження та в електронних листах. Він має такий вигляд: 2026-000123.
lookup-button = Знайти мою заявку
lookup-error-format = Введіть номер заявки у форматі 2026-000123

## Одна заявка
request-title = Заявка { $number } – { -product-name }
request-heading = Заявка { $number }
request-status = Стан
request-service = Послуга
request-division = Відповідальний підрозділ
request-filed = Отримано
request-expected = Очікуваний термін
request-location = Місце
request-ward = Округ
request-ward-value = Округ { $number }: { $name }
request-due-today = термін сьогодні
request-days-left =
    { $days ->
        [one] залишився { $days } день
        [few] залишилося { $days } дні
        [many] залишилося { $days } днів
       *[other] залишилося { $days } дня
    }
request-days-overdue =
    { $days ->
        [one] термін перевищено на { $days } день
        [few] термін перевищено на { $days } дні
        [many] термін перевищено на { $days } днів
       *[other] термін перевищено на { $days } дня
    }
request-timeline-heading = Що вже відбулося
request-event-photo-alt = Фотографія результату робіт від міських служб, номер { $number }
request-unavailable = Зараз неможливо показати цю заявку. Спробуйте ще раз за кілька хвилин.
request-not-found-title = Заявку не знайдено – { -product-name }
request-not-found-heading = Ми не можемо знайти цю заявку
request-not-found-body = Заявки { $number } не існує. Перевірте номер на сторінці підтвердження або в електронному листі. Щойно подана заявка може з’явитися приблизно за хвилину.
request-not-found-retry = Знайти інший номер

## Стани простими словами
status-received = Отримано
status-assigned = Передано до підрозділу
status-inspection = Огляд на місці
status-scheduled = Роботи заплановано
status-completed = Виконано
status-closed_referred = Закрито – передано іншій організації
status-closed_no_action = Закрито – дії не потрібні
status-closed_duplicate = Закрито – повторна заявка

## Довідник послуг
nav-services = Міські послуги
services-title = Міські послуги – { -product-name }
services-heading = Міські послуги
services-intro = Знайдіть послугу для вирішення вашої проблеми. Шукайте своїми словами або виберіть тему.
services-search-label = Пошук послуги
services-search-hint = Наприклад: яма на дорозі, не вивезли сміття, шум
services-search-button = Знайти
services-results-heading =
    { $count ->
        [one] За запитом «{ $query }» знайдено { $count } послугу
        [few] За запитом «{ $query }» знайдено { $count } послуги
        [many] За запитом «{ $query }» знайдено { $count } послуг
       *[other] За запитом «{ $query }» знайдено { $count } послуги
    }
services-no-results = За запитом «{ $query }» послуг не знайдено. Спробуйте інші слова або виберіть одну з тем нижче.
services-browse-heading = Перегляд за темами
service-detail-title = { $name } – { -product-name }
service-topic = Тема
service-standard = Стандарт обслуговування
service-sla-hours =
    { $count ->
        [one] Ми намагаємося відповісти протягом { $count } години
        [few] Ми намагаємося відповісти протягом { $count } годин
        [many] Ми намагаємося відповісти протягом { $count } годин
       *[other] Ми намагаємося відповісти протягом { $count } години
    }
service-sla-business-days =
    { $count ->
        [one] Ми намагаємося відповісти протягом { $count } робочого дня
        [few] Ми намагаємося відповісти протягом { $count } робочих днів
        [many] Ми намагаємося відповісти протягом { $count } робочих днів
       *[other] Ми намагаємося відповісти протягом { $count } робочого дня
    }
service-sla-calendar-days =
    { $count ->
        [one] Ми намагаємося відповісти протягом { $count } дня
        [few] Ми намагаємося відповісти протягом { $count } днів
        [many] Ми намагаємося відповісти протягом { $count } днів
       *[other] Ми намагаємося відповісти протягом { $count } дня
    }
service-back = Усі міські послуги
service-not-found-title = Послугу не знайдено – { -product-name }
service-not-found-heading = Ми не можемо знайти цю послугу

## Скарги щодо заявки
request-complaint-heading = Вас не влаштовує, як виконується ця заявка?
request-complaint-overdue = Очікуваний термін минув, а цю заявку досі не закрито. Ви можете подати скаргу: керівник має відповісти на неї протягом 5 робочих днів, інакше її буде передано керівництву підрозділу.
request-complaint-closed = Якщо проблему не усунуто або ви не згодні з тим, як закрито цю заявку, ви можете подати скаргу: керівник має відповісти на неї протягом 5 робочих днів, інакше її буде передано керівництву підрозділу.
request-complaint-details = Що не так?
request-complaint-details-hint = Наприклад: яма на дорозі так і залишилася, хоча заявку закрили.
request-complaint-email = Адреса електронної пошти (необов’язково)
request-complaint-email-hint = Щоб ми могли повідомити вам відповідь. Вона ніколи не публікується.
request-complaint-submit = Подати скаргу
request-complaint-filed = Вашу скаргу подано. Вона відображається в хронології нижче.
request-complaint-pending = Скарга щодо цієї заявки очікує на відповідь. Відповідь очікується до { $date }.
request-complaint-escalated = Відповідь не надано вчасно, тому скаргу передано керівництву підрозділу.
request-complaint-error-details = Опишіть, що не так
request-complaint-error-too-long = Скарга має містити не більше 2000 символів
status-complaint = Подано скаргу
status-escalated = Скаргу передано керівництву підрозділу
