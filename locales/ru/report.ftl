### Сообщение о проблеме: страницы /report, их ошибки, карта и фотографии.

report-page-title = { $heading } – { -product-name }
report-caption = Сообщить о проблеме
report-unavailable = Сейчас не удаётся показать форму сообщения. Попробуйте ещё раз через несколько минут.
report-continue = Продолжить
report-optional = { $label } (необязательно)

## Выбор услуги
report-choose-heading = О чём вы хотите сообщить?
report-choose-intro = Опишите проблему своими словами или выберите одну из тем ниже.
report-start-button = Начать
report-choose-other = Сообщить о другой проблеме
report-not-found-heading = Мы не можем найти это сообщение
report-not-found-body = Возможно, ссылка неполная или в ней есть опечатка.
report-start-again = Начать новое сообщение

## Кому принадлежит объект, и граффити на почве ненависти
report-owner-question = Кому принадлежит объект, с которым возникла проблема?
report-owner-hint = Поищите на нём логотип или табличку. Город может ремонтировать только то, что ему принадлежит.
report-owner-city = Город Торонто, например городская стена, мост, дорожный знак или урна
report-owner-unknown = Я не знаю
report-owner-bell = Bell Canada: телефонные будки, столбы и распределительные шкафы Bell
report-owner-rogers = Rogers: кабельные коробки и распределительные шкафы
report-owner-toronto-hydro = Toronto Hydro: опоры линий электропередачи, трансформаторы и электрические щиты
report-owner-canada-post = Canada Post: почтовые ящики и постаматы
report-owner-ttc = TTC: павильоны остановок, станции и транспортные средства
report-error-owner = Выберите владельца или «Я не знаю»
report-referral-heading = Это не находится в ведении города
report-referral-intro = Город может ремонтировать или очищать только то, что ему принадлежит, поэтому заявка не создана. Пожалуйста, сообщите о проблеме владельцу.
report-referral-bell = Bell Canada: звоните по номеру 1-866-310-2355.
report-referral-rogers = Rogers: звоните по номеру 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: звоните по номеру 416-542-8000. Если провода оборваны или искрят, держитесь от них на расстоянии 10 метров и звоните 911.
report-referral-canada-post = Canada Post: звоните по номеру 1-866-607-6301.
report-referral-ttc = TTC: звоните в службу поддержки клиентов по номеру 416-393-3030.
report-hate-heading = Граффити на почве ненависти
report-hate-police = Если граффити направлены против людей из-за их расы, религии, этнического происхождения, сексуальной ориентации, пола или инвалидности, сначала сообщите об этом в полицию Торонто (Toronto Police): звоните по неэкстренной линии 416-808-2222 или по номеру 911, если кому-то угрожает опасность. Полиция регистрирует такие граффити как возможное преступление на почве ненависти до того, как их удалят.
report-hate-then = Затем сообщите о них здесь, чтобы город мог быстро их удалить.

## Место
report-location-heading = Где находится проблема?
report-location-current = Выбранное место
report-location-address = { $address }, округ { $ward }
report-location-pin = Метка: { $lat }, { $long }, округ { $ward }
report-map-heading = Поставьте метку на карте
report-map-hint = Щёлкните или нажмите на карту там, где находится проблема, затем перетащите метку, чтобы уточнить место. С клавиатуры перемещайте карту клавишами со стрелками, затем выберите «Поставить метку в центр карты».
report-map-label = Карта
report-map-pin = Место проблемы
report-map-pin-at = Метка поставлена: { $lat }, { $long }
report-map-no-pin = Метка ещё не поставлена
report-map-locate = Использовать моё местоположение
report-map-locate-failed = Не удалось определить ваше местоположение. Поставьте метку на карте или введите адрес.
report-map-centre = Поставить метку в центр карты
report-map-use = Использовать место этой метки
report-address-heading = Или введите адрес или перекрёсток
report-place-label = Улица, перекрёсток или место
report-place-hint = Например: Queen St W & Spadina Ave или Nathan Phillips Square
report-place-find = Найти
report-place-none = По запросу «{ $query }» ничего не найдено. Проверьте написание или попробуйте указать ближайший перекрёсток.
report-place-choose = Выберите наиболее подходящий вариант
report-place-use = Использовать это место
report-place-kind-street = Улица
report-place-kind-intersection = Перекрёсток
report-place-kind-place = Место
report-error-outside-city = Это место находится за пределами города Торонто. Выберите место в черте города.
report-error-pin-missing = Поставьте метку на карте или введите адрес ниже
report-error-place-choose = Выберите один из найденных вариантов или повторите поиск
report-error-location-missing = Введите улицу, перекрёсток или место либо поставьте метку на карте

## Подробности и контактные данные
report-details-heading = Расскажите нам о проблеме
report-field-description = Опишите проблему
report-description-hint = Что вы видите, а также всё, что поможет бригадам её найти. Пожалуйста, не указывайте личные данные.
report-contact-heading = Ваши контактные данные (необязательно)
report-contact-hint = Мы используем их только для того, чтобы связаться с вами по поводу этого сообщения. Они никогда не публикуются. Оставьте поля пустыми, чтобы сообщить анонимно.
report-field-first-name = Имя
report-field-last-name = Фамилия
report-field-email = Адрес электронной почты
report-field-phone = Номер телефона
report-error-missing = Ответьте на вопрос «{ $field }»
report-error-number = Ответ на вопрос «{ $field }» должен быть числом, например 3 или 2.5
report-error-too-long = Максимальное число символов в ответе на вопрос «{ $field }»: { $max }
report-error-choice = Выберите один из предложенных ответов на вопрос «{ $field }»
report-error-datetime = Введите существующие дату и время в ответе на вопрос «{ $field }»
report-error-email = Введите адрес электронной почты в правильном формате, например name@example.com
report-error-phone = Введите номер телефона из 7–15 цифр, например 416-392-2489

## Фотографии
report-photos-heading = Фотографии
report-photos-required = Для такой проблемы нужна хотя бы одна фотография. Она помогает бригадам найти и устранить проблему.
report-photos-optional = Фотографии необязательны, но они помогают бригадам найти и устранить проблему.
report-photos-limits = Можно добавить до { $count } фото в формате JPEG, PNG или WebP, размером до { $megabytes } МБ каждое. Из копии, которую мы храним, мы удаляем данные о местоположении и камере.
report-photo-label = Выберите фотографию
report-photo-upload = Загрузить фотографию
report-photo-uploading = Фотография загружается
report-photo-alt = Фотография { $number }
report-photo-remove = Удалить фотографию { $number }
report-photo-has-location = В фотографии { $number } записано место съёмки.
report-photo-use-location = Использовать место съёмки фотографии { $number }
report-photos-count =
    { $count ->
        [0] Нет фотографий
        [one] { $count } фотография
        [few] { $count } фотографии
        [many] { $count } фотографий
       *[other] { $count } фотографии
    }
report-error-photo-missing = Выберите фотографию для загрузки
report-error-photo-too-large = Размер фотографии должен быть меньше { $megabytes } МБ
report-error-photo-type = Файл должен быть фотографией в формате JPEG, PNG или WebP
report-error-photo-dimensions = В фотографии слишком много пикселей. Выберите фотографию меньшего размера.
report-error-photo-damaged = Фотография повреждена, и её невозможно прочитать. Выберите другую фотографию.
report-error-photo-limit = Можно добавить не более { $count } фото. Удалите одну фотографию, чтобы добавить другую.
report-error-photo-required = Добавьте хотя бы одну фотографию
report-error-photo-outside = Место, где сделана эта фотография, находится за пределами города Торонто

## Проверка, похожие заявки поблизости и отправка
report-check-heading = Проверьте свои ответы перед отправкой сообщения
report-check-answers = Ваши ответы
report-change = Изменить
report-anonymous = Не указаны: это сообщение анонимное
report-submit-note = Отправляя это сообщение, вы подтверждаете, что, насколько вам известно, информация верна.
report-submit = Отправить сообщение
report-nearby-heading = Об этом уже сообщали?
report-nearby-intro = Эти открытые заявки о той же проблеме находятся в радиусе 250 метров. Если одна из них касается вашей проблемы, следите за ней вместо того, чтобы отправлять новое сообщение.
report-nearby-distance = Примерно в { $metres } м отсюда
report-nearby-reporters =
    { $count ->
        [one] Сообщил { $count } человек
        [few] Сообщили { $count } человека
        [many] Сообщили { $count } человек
       *[other] Сообщили { $count } человека
    }
report-me-too = У меня то же самое: следить за заявкой { $number }
report-error-follow = За этой заявкой больше нельзя следить. Вместо этого отправьте собственное сообщение.
report-sent-heading = Сообщение отправлено
report-sent-number = Номер вашей заявки:
report-sent-next = Сохраните этот номер. По нему вы сможете узнать, что будет происходить дальше.
report-sent-track = Отследить эту заявку
report-another = Сообщить о другой проблеме
report-following-heading = Вы следите за заявкой { $number }
report-following-body = Вместо создания новой заявки вы были добавлены к этой. На странице её статуса показано, что будет происходить дальше.
