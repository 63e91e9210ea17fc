### Повідомлення про проблему: сторінки /report, їхні помилки, карта й фото.

report-page-title = { $heading } – { -product-name }
report-caption = Повідомити про проблему
report-unavailable = Зараз неможливо показати форму повідомлення. Спробуйте ще раз за кілька хвилин.
report-continue = Продовжити
report-optional = { $label } (необов’язково)

## Вибір послуги
report-choose-heading = Про що ви хочете повідомити?
report-choose-intro = Опишіть проблему своїми словами або виберіть одну з тем нижче.
report-start-button = Почати
report-choose-other = Повідомити про іншу проблему
report-not-found-heading = Ми не можемо знайти це повідомлення
report-not-found-body = Можливо, посилання неповне або в ньому є помилка.
report-start-again = Почати нове повідомлення

## Кому належить об’єкт, і графіті на ґрунті ненависті
report-owner-question = Кому належить об’єкт, з яким виникла проблема?
report-owner-hint = Пошукайте на ньому логотип або табличку. Місто може ремонтувати лише те, що йому належить.
report-owner-city = Місто Торонто, наприклад міська стіна, міст, дорожній знак або урна
report-owner-unknown = Я не знаю
report-owner-bell = Bell Canada: телефонні будки, стовпи й розподільні шафи Bell
report-owner-rogers = Rogers: кабельні коробки й розподільні шафи
report-owner-toronto-hydro = Toronto Hydro: опори ліній електропередачі, трансформатори та електрощити
report-owner-canada-post = Canada Post: поштові скриньки та поштомати
report-owner-ttc = TTC: павільйони зупинок, станції та транспортні засоби
report-error-owner = Виберіть власника або «Я не знаю»
report-referral-heading = Це не належить до відання міста
report-referral-intro = Місто може ремонтувати або прибирати лише те, що йому належить, тому заявку не створено. Будь ласка, повідомте про проблему власника.
report-referral-bell = Bell Canada: телефонуйте за номером 1-866-310-2355.
report-referral-rogers = Rogers: телефонуйте за номером 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: телефонуйте за номером 416-542-8000. Якщо дроти обірвані або іскрять, тримайтеся від них на відстані 10 метрів і телефонуйте 911.
report-referral-canada-post = Canada Post: телефонуйте за номером 1-866-607-6301.
report-referral-ttc = TTC: телефонуйте до служби обслуговування клієнтів за номером 416-393-3030.
report-hate-heading = Графіті на ґрунті ненависті
report-hate-police = Якщо графіті спрямовані проти людей через їхню расу, релігію, етнічне походження, сексуальну орієнтацію, стать або інвалідність, спершу повідомте про це поліцію Торонто (Toronto Police): телефонуйте на лінію для нетермінових звернень 416-808-2222 або на 911, якщо комусь загрожує небезпека. Поліція реєструє такі графіті як можливий злочин на ґрунті ненависті, перш ніж їх видалять.
report-hate-then = Потім повідомте про них тут, щоб місто могло швидко їх видалити.

## Місце
report-location-heading = Де виникла проблема?
report-location-current = Вибране місце
report-location-address = { $address }, округ { $ward }
report-location-pin = Мітка: { $lat }, { $long }, округ { $ward }
report-map-heading = Поставте мітку на карті
report-map-hint = Клацніть або торкніться карти там, де виникла проблема, а потім перетягніть мітку, щоб уточнити місце. З клавіатури переміщуйте карту клавішами зі стрілками, а потім виберіть «Поставити мітку в центр карти».
report-map-label = Карта
report-map-pin = Місце проблеми
report-map-pin-at = Мітку поставлено: { $lat }, { $long }
report-map-no-pin = Мітку ще не поставлено
report-map-locate = Використати моє місцезнаходження
report-map-locate-failed = Не вдалося визначити ваше місцезнаходження. Поставте мітку на карті або введіть адресу.
report-map-centre = Поставити мітку в центр карти
report-map-use = Використати місце цієї мітки
report-address-heading = Або введіть адресу чи перехрестя
report-place-label = Вулиця, перехрестя або місце
report-place-hint = Наприклад: Queen St W & Spadina Ave або Nathan Phillips Square
report-place-find = Знайти
report-place-none = За запитом «{ $query }» нічого не знайдено. Перевірте написання або спробуйте вказати найближче перехрестя.
report-place-choose = Виберіть найбільш відповідний варіант
report-place-use = Використати це місце
report-place-kind-street = Вулиця
report-place-kind-intersection = Перехрестя
report-place-kind-place = Місце
report-error-outside-city = Це місце розташоване за межами міста Торонто. Виберіть місце в межах міста.
report-error-pin-missing = Поставте мітку на карті або введіть адресу нижче
report-error-place-choose = Виберіть один зі знайдених варіантів або повторіть пошук
report-error-location-missing = Введіть вулицю, перехрестя чи місце або поставте мітку на карті

## Подробиці та контактні дані
report-details-heading = Розкажіть нам про проблему
report-field-description = Опишіть проблему
report-description-hint = Що ви бачите, а також усе, що допоможе бригадам її знайти. Будь ласка, не вказуйте особисту інформацію.
report-contact-heading = Ваші контактні дані (необов’язково)
report-contact-hint = Ми використовуємо їх лише для того, щоб зв’язатися з вами щодо цього повідомлення. Вони ніколи не публікуються. Залиште поля порожніми, щоб повідомити анонімно.
report-field-first-name = Ім’я
report-field-last-name = Прізвище
report-field-email = Адреса електронної пошти
report-field-phone = Номер телефону
report-error-missing = Дайте відповідь на запитання «{ $field }»
report-error-number = Відповідь на запитання «{ $field }» має бути числом, наприклад 3 або 2.5
report-error-too-long = Максимальна кількість символів у відповіді на запитання «{ $field }»: { $max }
report-error-choice = Виберіть одну із запропонованих відповідей на запитання «{ $field }»
report-error-datetime = Введіть справжні дату й час у відповіді на запитання «{ $field }»
report-error-email = Введіть адресу електронної пошти в правильному форматі, наприклад name@example.com
report-error-phone = Введіть номер телефону з 7–15 цифр, наприклад 416-392-2489

## Фотографії
report-photos-heading = Фотографії
report-photos-required = Для такої проблеми потрібна щонайменше одна фотографія. Вона допомагає бригадам знайти й усунути проблему.
report-photos-optional = Фотографії не обов’язкові, але вони допомагають бригадам знайти й усунути проблему.
report-photos-limits = Можна додати до { $count } фото у форматі JPEG, PNG або WebP, кожне розміром до { $megabytes } МБ. З копії, яку ми зберігаємо, ми видаляємо дані про місцезнаходження та камеру.
report-photo-label = Виберіть фотографію
report-photo-upload = Завантажити фотографію
report-photo-uploading = Фотографія завантажується
report-photo-alt = Фотографія { $number }
report-photo-remove = Видалити фотографію { $number }
report-photo-has-location = У фотографії { $number } записано місце зйомки.
report-photo-use-location = Використати місце зйомки фотографії { $number }
report-photos-count =
    { $count ->
        [0] Немає фотографій
        [one] { $count } фотографія
        [few] { $count } фотографії
        [many] { $count } фотографій
       *[other] { $count } фотографії
    }
report-error-photo-missing = Виберіть фотографію для завантаження
report-error-photo-too-large = Розмір фотографії має бути меншим за { $megabytes } МБ
report-error-photo-type = Файл має бути фотографією у форматі JPEG, PNG або WebP
report-error-photo-dimensions = У фотографії забагато пікселів. Виберіть фотографію меншого розміру.
report-error-photo-damaged = Фотографію пошкоджено, і її неможливо прочитати. Виберіть іншу фотографію.
report-error-photo-limit = Можна додати не більше { $count } фото. Видаліть одну фотографію, щоб додати іншу.
report-error-photo-required = Додайте щонайменше одну фотографію
report-error-photo-outside = Місце, де зроблено цю фотографію, розташоване за межами міста Торонто

## Перевірка, схожі заявки поблизу та надсилання
report-check-heading = Перевірте свої відповіді, перш ніж надіслати повідомлення
report-check-answers = Ваші відповіді
report-change = Змінити
report-anonymous = Не вказано: це повідомлення анонімне
report-submit-note = Надсилаючи це повідомлення, ви підтверджуєте, що, наскільки вам відомо, інформація правильна.
report-submit = Надіслати повідомлення
report-nearby-heading = Чи про це вже повідомляли?
report-nearby-intro = Ці відкриті заявки щодо тієї самої проблеми розташовані в радіусі 250 метрів. Якщо одна з них стосується вашої проблеми, стежте за нею замість того, щоб надсилати нове повідомлення.
report-nearby-distance = Приблизно за { $metres } м звідси
report-nearby-reporters =
    { $count ->
        [one] Повідомила { $count } особа
        [few] Повідомили { $count } особи
        [many] Повідомили { $count } осіб
       *[other] Повідомили { $count } особи
    }
report-me-too = У мене те саме: стежити за заявкою { $number }
report-error-follow = За цією заявкою більше не можна стежити. Натомість надішліть власне повідомлення.
report-sent-heading = Повідомлення надіслано
report-sent-number = Номер вашої заявки:
report-sent-next = Збережіть цей номер. За ним ви зможете дізнатися, що відбуватиметься далі.
report-sent-track = Відстежити цю заявку
report-another = Повідомити про іншу проблему
report-following-heading = Ви стежите за заявкою { $number }
report-following-body = Замість створення нової заявки вас додано до цієї. На сторінці її стану показано, що відбуватиметься далі.
