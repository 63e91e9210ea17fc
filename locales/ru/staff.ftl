### Консоль сотрудников: вход, очередь, изменение статуса заявки, журнал аудита.

staff-page-title = { $heading } – { -product-name } для сотрудников
staff-unavailable = Консоль сотрудников сейчас не удаётся показать. Попробуйте ещё раз через несколько минут.
staff-forbidden-heading = Вы не можете открыть эту страницу
staff-forbidden-body = У вашей учётной записи нет доступа к этому разделу консоли сотрудников. Если он вам нужен, обратитесь к администратору.

## Вход
staff-login-heading = Вход для сотрудников
staff-password = Пароль
staff-sign-in = Войти
staff-sign-out = Выйти
staff-signed-in-as = Вы вошли как { $name }
staff-login-error-wrong = Неверный адрес электронной почты или пароль
staff-login-error-locked = Слишком много попыток входа. Подождите 15 минут, затем попробуйте ещё раз.
staff-error-csrf = Форма устарела. Перезагрузите страницу и попробуйте ещё раз.

## Очередь
staff-queue-heading = Очередь заявок
staff-filter-any = Все
staff-filter-overdue = Только заявки с истёкшим ожидаемым сроком
staff-filter-apply = Показать заявки
staff-queue-empty = Нет заявок, соответствующих этим фильтрам.
staff-column-number = Номер заявки

## Одна заявка
staff-change-heading = Изменить статус
staff-new-status = Новый статус
staff-reason = Причина закрытия
staff-reason-hint = Обязательна, если новый статус закрывает заявку. Причина должна соответствовать статусу.
staff-reason-none = Без причины: заявка остаётся открытой
staff-public-note = Публичный комментарий
staff-public-note-hint = Житель видит его на странице статуса. При закрытии укажите, что было сделано или почему ничего не было сделано.
staff-internal-note = Внутренний комментарий
staff-internal-note-hint = Его видят только сотрудники.
staff-save = Сохранить изменение
staff-saved = Изменение сохранено.
staff-history-heading = Полная история
staff-error-status = Выберите статус из списка
staff-error-reason-missing = Выберите причину закрытия заявки
staff-error-reason-mismatch = Причина не соответствует новому статусу. Выберите подходящую причину.
staff-error-note-missing = Напишите публичный комментарий, в котором жителю сообщается, что было сделано или почему ничего не было сделано
staff-error-reason-open = Причина закрытия указывается только для статусов, которые закрывают заявку

## Причины закрытия
staff-reason-repaired = Отремонтировано
staff-reason-cleaned = Убрано
staff-reason-removed = Удалено
staff-reason-other-government = Передано органу власти другого уровня
staff-reason-utility-company = Передано коммунальной службе или компании-владельцу
staff-reason-private-property = На частной территории: передано владельцу
staff-reason-not-found = Проведён осмотр: проблема не обнаружена
staff-reason-already-resolved = Проблема устранена до прибытия бригады
staff-reason-meets-standard = Проведён осмотр: соответствует городским нормам
staff-reason-duplicate = Повторяет другую заявку

## Журнал аудита
staff-audit-heading = Журнал аудита
staff-column-when = Когда
staff-column-who = Кто
staff-column-action = Действие
staff-column-detail = Подробности
staff-action-login = Вход в систему
staff-action-logout = Выход из системы
staff-action-login-failed = Неудачная попытка входа
staff-action-login-locked = Вход отклонён: слишком много попыток
staff-action-status-change = Статус изменён
