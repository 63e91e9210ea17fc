## Уведомления о заявке по электронной почте или SMS: формы на странице заявки, страница
## отказа от уведомлений и сами сообщения. Сообщения — простой текст; $number — номер заявки,
## например 2026-000123, $service — название услуги, $status — название статуса.

updates-heading = Получать уведомления
updates-intro = Мы можем сообщать вам о каждом изменении в этой заявке. Сначала мы отправим вам код, чтобы убедиться, что адрес или номер действительно ваш.
updates-email-label = Адрес электронной почты
updates-email-hint = Мы используем его только для уведомлений об этой заявке.
updates-email-button = Получать уведомления по электронной почте
updates-phone-label = Номер мобильного телефона
updates-phone-hint = Например, 416 555 0123. Оператор связи может взимать плату за SMS по вашему тарифу.
updates-phone-button = Получать уведомления по SMS
updates-code-sent-email = Мы отправили 6-значный код на адрес { $address }.
updates-code-sent-sms = Мы отправили 6-значный код в SMS на номер { $address }.
updates-code-label = Код
updates-code-hint = Код действует 15 минут после отправки.
updates-confirm-button = Подтвердить
updates-resend-button = Отправить новый код
updates-resent = Мы отправили новый код. Действует только последний код.
updates-on = Вы будете получать уведомления об этой заявке. В каждом сообщении есть ссылка, чтобы от них отказаться.
updates-already = На этот адрес или номер уже приходят уведомления об этой заявке.
updates-error-email = Введите адрес электронной почты, например name@example.com
updates-error-phone = Введите номер мобильного телефона с кодом города, например 416 555 0123
updates-error-too-many = Вы запросили несколько кодов за короткое время. Используйте последний отправленный код или попробуйте ещё раз через час.
updates-error-code-format = Введите 6-значный код из сообщения, которое мы вам отправили
updates-error-code-wrong = Код неверный. Проверьте последнее сообщение от нас и попробуйте ещё раз.
updates-error-code-expired = Срок действия кода истёк. Запросите новый код.
updates-error-code-attempts = Код слишком много раз ввели неверно. Запросите новый код.
updates-error-unknown = Этот код больше нельзя использовать. Запросите уведомления ещё раз.

unsubscribe-title = Отказаться от уведомлений
unsubscribe-heading = Отказаться от уведомлений о заявке { $number }
unsubscribe-sent-to-email = Уведомления приходят на адрес { $address }.
unsubscribe-sent-to-sms = Уведомления приходят в SMS на номер { $address }.
unsubscribe-button = Отказаться от уведомлений
unsubscribe-done = Вы больше не будете получать уведомления о заявке { $number }.
unsubscribe-unknown = Эта ссылка недействительна. Проверьте, что она скопирована полностью.
unsubscribe-back = Перейти к заявке

notify-code-subject = Ваш код для заявки { $number }
notify-code-email =
    Ваш код: { $code }.
    
    Введите его на странице, где вы запросили уведомления о заявке { $number }. Код действует 15 минут.
    
    Если вы не запрашивали уведомления, просто не обращайте внимания на это письмо.
notify-code-sms = 311: ваш код для заявки { $number } — { $code }. Код действует 15 минут.
notify-status-subject = Заявка { $number }: { $status }
notify-status-email = Новый статус вашей заявки { $number } ({ $service }): { $status }.
notify-status-sms = 311: новый статус заявки { $number } ({ $service }): { $status }.
notify-note = Комментарий от города: { $note }
notify-escalated-subject = Заявка { $number }: ваша жалоба передана руководству подразделения
notify-escalated-email = На вашу жалобу на заявку { $number } ({ $service }) не ответили вовремя, поэтому она передана руководству подразделения.
notify-escalated-sms = 311: ваша жалоба на заявку { $number } передана руководству подразделения.
notify-link = Заявка и история её выполнения: { $link }
notify-link-sms = { $link }
notify-footer-email = Вы получили это письмо, потому что запросили уведомления об этой заявке.
notify-unsubscribe = Отказаться от этих уведомлений: { $unsubscribe }
notify-unsubscribe-sms = Ответьте STOP, чтобы отписаться, или откройте { $unsubscribe }
