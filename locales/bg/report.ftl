### Сигнализиране за проблем: страниците /report, техните грешки, картата и снимките.

report-page-title = { $heading } – { -product-name }
report-caption = Сигнализирайте за проблем
report-unavailable = Формулярът за сигнал не може да бъде показан в момента. Моля, опитайте отново след няколко минути.
report-continue = Продължете
report-optional = { $label } (по желание)

## Избор на услуга
report-choose-heading = За какво искате да сигнализирате?
report-choose-intro = Търсете със свои думи или изберете от темите по-долу.
report-start-button = Започнете
report-choose-other = Сигнализирайте за нещо друго
report-not-found-heading = Не можем да намерим този сигнал
report-not-found-body = Връзката може да е непълна или грешно въведена.
report-start-again = Започнете нов сигнал

## Кой е собственикът и графити, мотивирани от омраза
report-owner-question = Кой е собственик на обекта с проблема?
report-owner-hint = Потърсете лого или надпис върху него. Общината може да поправя само това, което е нейна собственост.
report-owner-city = Община Торонто, например общинска стена, мост, знак или кошче за боклук
report-owner-unknown = Не знам
report-owner-bell = Bell Canada: телефонни кабини, стълбове и шкафове на Bell
report-owner-rogers = Rogers: кабелни кутии и шкафове
report-owner-toronto-hydro = Toronto Hydro: електрически стълбове, трансформатори и електрически табла
report-owner-canada-post = Canada Post: пощенски кутии и автомати за пратки
report-owner-ttc = TTC: спирки с навеси, станции и превозни средства
report-error-owner = Изберете кой е собственикът или „Не знам“
report-referral-heading = Поправката не е задължение на общината
report-referral-intro = Общината може да поправя или почиства само това, което е нейна собственост, затова не е създадена заявка. Моля, сигнализирайте на собственика.
report-referral-bell = Bell Canada: обадете се на 1-866-310-2355.
report-referral-rogers = Rogers: обадете се на 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: обадете се на 416-542-8000. Ако има паднали или искрящи проводници, стойте на 10 метра от тях и се обадете на 911.
report-referral-canada-post = Canada Post: обадете се на 1-866-607-6301.
report-referral-ttc = TTC: обадете се на Обслужване на клиенти на 416-393-3030.
report-hate-heading = Графити, мотивирани от омраза
report-hate-police = Ако графитите са насочени срещу хора заради тяхната раса, религия, етнически произход, сексуална ориентация, пол или увреждане, първо ги съобщете на полицията на Торонто (Toronto Police): обадете се на 416-808-2222 – линията за неспешни случаи – или на 911, ако някой е в опасност. Полицията ги регистрира като възможно престъпление от омраза, преди да бъдат премахнати.
report-hate-then = След това сигнализирайте тук, за да може общината бързо да ги премахне.

## Местоположение
report-location-heading = Къде е проблемът?
report-location-current = Избрано местоположение
report-location-address = { $address }, район { $ward }
report-location-pin = Маркер на { $lat }, { $long }, район { $ward }
report-map-heading = Поставете маркер на картата
report-map-hint = Щракнете или докоснете картата там, където е проблемът, след което плъзнете маркера, за да уточните мястото. С клавиатурата премествайте картата с клавишите със стрелки, след което изберете „Поставяне на маркера в центъра на картата“.
report-map-label = Карта
report-map-pin = Местоположение на проблема
report-map-pin-at = Маркерът е поставен на { $lat }, { $long }
report-map-no-pin = Все още няма поставен маркер
report-map-locate = Използване на моето местоположение
report-map-locate-failed = Местоположението ви не можа да бъде открито. Поставете маркера на картата или въведете адрес.
report-map-centre = Поставяне на маркера в центъра на картата
report-map-use = Използване на местоположението на този маркер
report-address-heading = Или въведете адрес или кръстовище
report-place-label = Улица, кръстовище или място
report-place-hint = Например: Queen St W & Spadina Ave или Nathan Phillips Square
report-place-find = Търсене
report-place-none = Няма резултати за „{ $query }“. Проверете изписването или опитайте с най-близкото кръстовище.
report-place-choose = Изберете най-близкия резултат
report-place-use = Използване на това местоположение
report-place-kind-street = Улица
report-place-kind-intersection = Кръстовище
report-place-kind-place = Място
report-error-outside-city = Това местоположение е извън Община Торонто. Изберете място в рамките на града.
report-error-pin-missing = Поставете маркер на картата или въведете адрес по-долу
report-error-place-choose = Изберете един от резултатите или потърсете отново
report-error-location-missing = Въведете улица, кръстовище или място или поставете маркер на картата

## Подробности и данни за контакт
report-details-heading = Разкажете ни за проблема
report-field-description = Опишете проблема
report-description-hint = Какво виждате и всичко, което ще помогне на екипите да го открият. Моля, не включвайте лична информация.
report-contact-heading = Вашите данни за контакт (по желание)
report-contact-hint = Използваме ги само за да се свържем с вас във връзка с този сигнал. Те никога не се показват публично. Оставете полетата празни, за да подадете сигнала анонимно.
report-field-first-name = Име
report-field-last-name = Фамилия
report-field-email = Имейл адрес
report-field-phone = Телефонен номер
report-error-missing = Отговорете на въпроса „{ $field }“
report-error-number = Отговорът на „{ $field }“ трябва да е число, например 3 или 2.5
report-error-too-long = Максималният брой знаци в отговора на „{ $field }“ е { $max }
report-error-choice = Изберете един от посочените отговори на „{ $field }“
report-error-datetime = Въведете действителни дата и час за „{ $field }“
report-error-email = Въведете имейл адрес в правилен формат, например name@example.com
report-error-phone = Въведете телефонен номер със 7 до 15 цифри, например 416-392-2489

## Снимки
report-photos-heading = Снимки
report-photos-required = За този вид проблем е необходима поне една снимка. Тя помага на екипите да го открият и отстранят.
report-photos-optional = Снимките не са задължителни, но помагат на екипите да открият и отстранят проблема.
report-photos-limits = Можете да добавите снимки (най-много { $count }) във формат JPEG, PNG или WebP, всяка до { $megabytes } МБ. От копието, което пазим, премахваме данните за местоположението и фотоапарата.
report-photo-label = Изберете снимка
report-photo-upload = Качване на снимка
report-photo-uploading = Снимката се качва
report-photo-alt = Снимка { $number }
report-photo-remove = Премахване на снимка { $number }
report-photo-has-location = Снимка { $number } съдържа данни за мястото, където е направена.
report-photo-use-location = Използване на местоположението от снимка { $number }
report-photos-count =
    { $count ->
        [0] Няма снимки
        [one] { $count } снимка
       *[other] { $count } снимки
    }
report-error-photo-missing = Изберете снимка за качване
report-error-photo-too-large = Снимката трябва да е по-малка от { $megabytes } МБ
report-error-photo-type = Файлът трябва да е снимка във формат JPEG, PNG или WebP
report-error-photo-dimensions = Снимката има твърде много пиксели. Изберете по-малка снимка.
report-error-photo-damaged = Снимката е повредена и не може да бъде прочетена. Изберете друга снимка.
report-error-photo-limit = Достигнахте максималния брой снимки ({ $count }). Премахнете една, за да добавите друга.
report-error-photo-required = Добавете поне една снимка
report-error-photo-outside = Мястото, където е направена тази снимка, е извън Община Торонто

## Проверка, заявки наблизо и изпращане
report-check-heading = Проверете отговорите си, преди да изпратите сигнала
report-check-answers = Вашите отговори
report-change = Промяна
report-anonymous = Не са посочени: този сигнал е анонимен
report-submit-note = С изпращането на този сигнал потвърждавате, че доколкото ви е известно, информацията е вярна.
report-submit = Изпращане на сигнала
report-nearby-heading = Сигнализирано ли е вече за това?
report-nearby-intro = Тези отворени заявки за същия проблем са в радиус от 250 метра. Ако някоя от тях се отнася за вашия проблем, следете нея, вместо да изпращате нов сигнал.
report-nearby-distance = На около { $metres } м
report-nearby-reporters =
    { $count ->
        [one] Сигнализирано от { $count } човек
       *[other] Сигнализирано от { $count } души
    }
report-me-too = И при мен е така: следете заявка { $number }
report-error-follow = Тази заявка вече не може да бъде следена. Вместо това изпратете свой сигнал.
report-sent-heading = Сигналът е изпратен
report-sent-number = Номерът на вашата заявка е
report-sent-next = Запазете този номер. С него можете да видите какво ще се случи по-нататък.
report-sent-track = Проследяване на тази заявка
report-another = Сигнализирайте за друг проблем
report-following-heading = Следите заявка { $number }
report-following-body = Добавени сте към тази заявка, вместо да се създаде нова. На страницата за състоянието ѝ можете да видите какво ще се случи по-нататък.
