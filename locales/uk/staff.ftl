### Консоль працівників: вхід, черга, зміна стану заявки, журнал аудиту.

staff-page-title = { $heading } – { -product-name } для працівників
staff-unavailable = Консоль працівників зараз неможливо показати. Спробуйте ще раз за кілька хвилин.
staff-forbidden-heading = Ви не можете відкрити цю сторінку
staff-forbidden-body = Ваш обліковий запис не має доступу до цього розділу консолі працівників. Якщо він вам потрібен, зверніться до адміністратора.

## Вхід
staff-login-heading = Вхід для працівників
staff-password = Пароль
staff-sign-in = Увійти
staff-sign-out = Вийти
staff-signed-in-as = Ви увійшли як { $name }
staff-login-error-wrong = Неправильна адреса електронної пошти або пароль
staff-login-error-locked = Забагато спроб входу. Зачекайте 15 хвилин, а потім спробуйте ще раз.
staff-error-csrf = Форма застаріла. Перезавантажте сторінку та спробуйте ще раз.

## Черга
staff-queue-heading = Черга заявок
staff-filter-any = Усі
staff-filter-overdue = Лише заявки з простроченим очікуваним терміном
staff-filter-complaints = Лише заявки зі скаргою, що очікує на відповідь
staff-filter-apply = Показати заявки
staff-queue-empty = Немає заявок, що відповідають цим фільтрам.
staff-column-number = Номер заявки
staff-complaint-due = Скарга: відповісти до { $date }
staff-complaint-escalated = Скаргу передано керівництву: відповідь прострочено

## Одна заявка
staff-change-heading = Змінити стан
staff-new-status = Новий стан
staff-reason = Причина закриття
staff-reason-hint = Потрібна, якщо новий стан закриває заявку. Причина має відповідати стану.
staff-reason-none = Без причини: заявка залишається відкритою
staff-public-note = Публічний коментар
staff-public-note-hint = Мешканець бачить його на сторінці стану. Під час закриття вкажіть, що було зроблено або чому нічого не було зроблено.
staff-internal-note = Внутрішній коментар
staff-internal-note-hint = Його бачать лише працівники.
staff-save = Зберегти зміну
staff-saved = Зміну збережено.
staff-history-heading = Повна історія
staff-error-status = Виберіть стан зі списку
staff-error-reason-missing = Виберіть причину закриття заявки
staff-error-reason-mismatch = Причина не відповідає новому стану. Виберіть причину, яка йому відповідає.
staff-error-note-missing = Напишіть публічний коментар, який повідомляє мешканцю, що було зроблено або чому нічого не було зроблено
staff-error-reason-open = Причину закриття вказують лише для станів, які закривають заявку

## Причини закриття
staff-reason-repaired = Відремонтовано
staff-reason-cleaned = Прибрано
staff-reason-removed = Видалено
staff-reason-other-government = Передано органу влади іншого рівня
staff-reason-utility-company = Передано комунальній службі або компанії-власнику
staff-reason-private-property = На приватній території: передано власнику
staff-reason-not-found = Проведено огляд: проблеми не виявлено
staff-reason-already-resolved = Проблему усунуто до прибуття бригади
staff-reason-meets-standard = Проведено огляд: відповідає міським нормам
staff-reason-duplicate = Повторює іншу заявку

## Журнал аудиту
staff-audit-heading = Журнал аудиту
staff-column-when = Коли
staff-column-who = Хто
staff-column-action = Дія
staff-column-detail = Подробиці
staff-action-login = Вхід до системи
staff-action-logout = Вихід із системи
staff-action-login-failed = Невдала спроба входу
staff-action-login-locked = Вхід відхилено: забагато спроб
staff-action-status-change = Стан змінено
staff-action-escalation = Скаргу автоматично передано керівництву: минув нормативний термін відповіді

## Зміна кількох заявок одночасно з черги
staff-bulk-column = Вибір
staff-bulk-select = Вибрати заявку { $number }
staff-bulk-heading = Змінити вибрані заявки
staff-bulk-hint = Позначте заявки в таблиці, а потім виберіть зміну. Усім заявкам буде присвоєно той самий стан, причину й коментарі, а в історії кожної заявки буде окремий запис.
staff-bulk-button = Змінити вибрані заявки
staff-bulk-saved =
    { $count ->
        [one] Змінено { $count } заявку.
        [few] Змінено { $count } заявки.
        [many] Змінено { $count } заявок.
       *[other] Змінено { $count } заявки.
    }
staff-error-none-selected = Виберіть у таблиці принаймні одну заявку.
staff-bulk-skipped =
    { $count ->
        [one] Не змінено { $count } заявку: щоб позначити її як «Виконано», потрібна фотографія результату робіт. Відкрийте її, щоб додати фото.
        [few] Не змінено { $count } заявки: щоб позначити їх як «Виконано», потрібна фотографія результату робіт. Відкрийте кожну, щоб додати фото.
        [many] Не змінено { $count } заявок: щоб позначити їх як «Виконано», потрібна фотографія результату робіт. Відкрийте кожну, щоб додати фото.
       *[other] Не змінено { $count } заявки: щоб позначити їх як «Виконано», потрібна фотографія результату робіт. Відкрийте кожну, щоб додати фото.
    }

## Фотографія під час зміни стану (результат робіт)
staff-photo = Фотографія результату робіт (необов’язково)
staff-photo-hint = Зображення JPEG, PNG або WebP розміром до 10 МБ. Мешканці побачать його на сторінці заявки в розділі «Що вже відбулося».
staff-photo-hint-required = Щоб позначити заявку щодо цієї послуги як «Виконано», потрібна фотографія результату робіт. Зображення JPEG, PNG або WebP розміром до 10 МБ; мешканці побачать його в розділі «Що вже відбулося».
staff-error-completion-photo-missing = Додайте фотографію результату робіт: для цієї послуги без неї заявку не можна позначити як «Виконано»
