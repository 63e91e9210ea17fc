### Конзола за служители: вход, опашка от заявки, промяна на състоянието на заявка, одитен журнал.

staff-page-title = { $heading } – { -product-name } за служители
staff-unavailable = Конзолата за служители не може да бъде показана в момента. Моля, опитайте отново след няколко минути.
staff-forbidden-heading = Не можете да отворите тази страница
staff-forbidden-body = Профилът ви няма достъп до тази част от конзолата за служители. Ако имате нужда от него, обърнете се към администратор.

## Вход
staff-login-heading = Вход за служители
staff-password = Парола
staff-sign-in = Вход
staff-sign-out = Изход
staff-signed-in-as = Влезли сте като { $name }
staff-login-error-wrong = Имейл адресът или паролата не са верни
staff-login-error-locked = Твърде много опити за вход. Изчакайте 15 минути, след което опитайте отново.
staff-error-csrf = Формулярът е остарял. Презаредете страницата и опитайте отново.

## Опашката
staff-queue-heading = Опашка от заявки
staff-filter-any = Всички
staff-filter-overdue = Само заявки с изтекъл очакван срок
staff-filter-apply = Показване на заявките
staff-queue-empty = Няма заявки, които отговарят на тези филтри.
staff-column-number = Номер на заявката

## Една заявка
staff-change-heading = Промяна на състоянието
staff-new-status = Ново състояние
staff-reason = Причина за закриване
staff-reason-hint = Задължително, когато новото състояние закрива заявката. Причината трябва да съответства на състоянието.
staff-reason-none = Без причина: заявката остава отворена
staff-public-note = Публична бележка
staff-public-note-hint = Жителят вижда това на страницата за състоянието. При закриване посочете какво е направено или защо нищо не е направено.
staff-internal-note = Вътрешна бележка
staff-internal-note-hint = Само служителите виждат това.
staff-save = Запазване на промяната
staff-saved = Промяната е запазена.
staff-history-heading = Пълна история
staff-error-status = Изберете състояние от списъка
staff-error-reason-missing = Изберете причина за закриване на заявката
staff-error-reason-mismatch = Причината не съответства на новото състояние. Изберете причина, която му съответства.
staff-error-note-missing = Напишете публична бележка, която казва на жителя какво е направено или защо нищо не е направено
staff-error-reason-open = Причина за закриване се посочва само за състояния, които закриват заявката

## Причини за закриване
staff-reason-repaired = Ремонтирано
staff-reason-cleaned = Почистено
staff-reason-removed = Премахнато
staff-reason-other-government = Пренасочено към друго ниво на управление
staff-reason-utility-company = Пренасочено към комуналното дружество или фирмата собственик
staff-reason-private-property = В частен имот: пренасочено към собственика
staff-reason-not-found = Извършена проверка: не е открит проблем
staff-reason-already-resolved = Проблемът е решен преди пристигането на екипа
staff-reason-meets-standard = Извършена проверка: отговаря на стандарта на общината
staff-reason-duplicate = Дублира друга заявка

## Одитен журнал
staff-audit-heading = Одитен журнал
staff-column-when = Кога
staff-column-who = Кой
staff-column-action = Действие
staff-column-detail = Подробности
staff-action-login = Вход
staff-action-logout = Изход
staff-action-login-failed = Неуспешен вход
staff-action-login-locked = Отказан вход: твърде много опити
staff-action-status-change = Променено състояние
