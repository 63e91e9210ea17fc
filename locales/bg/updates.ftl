## Известия за заявка по имейл или SMS: формулярите на страницата на заявката, страницата
## за спиране на известията и самите съобщения. Съобщенията са обикновен текст; $number е номер
## на заявка, например 2026-000123, $service е името на услугата, $status е името на състоянието.

updates-heading = Получаване на известия
updates-intro = Можем да ви уведомяваме при всяка промяна по тази заявка. Първо ще ви изпратим код, за да проверим, че адресът или номерът е ваш.
updates-email-label = Имейл адрес
updates-email-hint = Използваме го само за известия относно тази заявка.
updates-email-button = Искам известия по имейл
updates-phone-label = Номер на мобилен телефон
updates-phone-hint = Например 416 555 0123. Мобилният ви оператор може да таксува съобщенията според тарифата ви.
updates-phone-button = Искам известия с SMS
updates-code-sent-email = Изпратихме 6-цифрен код на { $address }.
updates-code-sent-sms = Изпратихме 6-цифрен код с SMS на номер { $address }.
updates-code-label = Код
updates-code-hint = Кодът е валиден 15 минути след изпращането му.
updates-confirm-button = Потвърждаване
updates-resend-button = Изпращане на нов код
updates-resent = Изпратихме нов код. Валиден е само най-новият код.
updates-on = Ще получавате известия относно тази заявка. Във всяко съобщение има връзка, с която можете да ги спрете.
updates-already = Този адрес или номер вече получава известия относно тази заявка.
updates-error-email = Въведете имейл адрес, например name@example.com
updates-error-phone = Въведете мобилен номер заедно с регионалния код, например 416 555 0123
updates-error-too-many = Поискахте няколко кода за кратко време. Използвайте последния код, който ви изпратихме, или опитайте отново след един час.
updates-error-code-format = Въведете 6-цифрения код от съобщението, което ви изпратихме
updates-error-code-wrong = Кодът не е правилен. Проверете най-новото съобщение, което ви изпратихме, и опитайте отново.
updates-error-code-expired = Валидността на кода е изтекла. Поискайте нов код.
updates-error-code-attempts = Кодът е въведен грешно твърде много пъти. Поискайте нов код.
updates-error-unknown = Този код вече не може да се използва. Заявете известията отново.

unsubscribe-title = Спиране на известията
unsubscribe-heading = Спиране на известията за заявка { $number }
unsubscribe-sent-to-email = Известията се изпращат на { $address }.
unsubscribe-sent-to-sms = Известията се изпращат с SMS на номер { $address }.
unsubscribe-button = Спиране на известията
unsubscribe-done = Няма да получавате повече известия за заявка { $number }.
unsubscribe-unknown = Тази връзка не е валидна. Проверете дали е копирана изцяло.
unsubscribe-back = Към заявката

notify-code-subject = Вашият код за заявка { $number }
notify-code-email =
    Вашият код е { $code }.
    
    Въведете го на страницата, на която поискахте известия за заявка { $number }. Кодът е валиден 15 минути.
    
    Ако не сте искали известия, не обръщайте внимание на този имейл.
notify-code-sms = 311: вашият код за заявка { $number } е { $code }. Валиден е 15 минути.
notify-status-subject = Заявка { $number }: { $status }
notify-status-email = Ново състояние на вашата заявка { $number } ({ $service }): { $status }.
notify-status-sms = 311: ново състояние на заявка { $number } ({ $service }): { $status }.
notify-note = Бележка от общината: { $note }
notify-escalated-subject = Заявка { $number }: жалбата ви е препратена към ръководството на отдела
notify-escalated-email = Жалбата ви относно заявка { $number } ({ $service }) не получи отговор навреме, затова е препратена към ръководството на отдела.
notify-escalated-sms = 311: жалбата ви относно заявка { $number } е препратена към ръководството на отдела.
notify-link = Вижте заявката и нейната история: { $link }
notify-link-sms = { $link }
notify-footer-email = Получавате този имейл, защото поискахте известия за тази заявка.
notify-unsubscribe = Спрете тези известия: { $unsubscribe }
notify-unsubscribe-sms = Отговорете със STOP, за да ги спрете, или отворете { $unsubscribe }
