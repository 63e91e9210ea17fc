### Пријава проблема: странице /report, њихове грешке, мапа и фотографије.

report-page-title = { $heading } – { -product-name }
report-caption = Пријавите проблем
report-unavailable = Образац за пријаву тренутно не може да се прикаже. Покушајте поново за неколико минута.
report-continue = Настави
report-optional = { $label } (није обавезно)

## Избор услуге
report-choose-heading = Шта желите да пријавите?
report-choose-intro = Претражујте својим речима или изаберите једну од тема испод.
report-start-button = Почните
report-choose-other = Пријавите нешто друго
report-not-found-heading = Не можемо да пронађемо ту пријаву
report-not-found-body = Веза је можда непотпуна или погрешно откуцана.
report-start-again = Започните нову пријаву

## Ко је власник и графити мотивисани мржњом
report-owner-question = Ко је власник објекта на коме је проблем?
report-owner-hint = Потражите логотип или натпис на њему. Град може да поправи само оно што је у његовом власништву.
report-owner-city = Град Торонто, на пример градски зид, мост, знак или корпа за отпатке
report-owner-unknown = Не знам
report-owner-bell = Bell Canada: телефонске говорнице, стубови и ормарићи компаније Bell
report-owner-rogers = Rogers: кабловске кутије и ормарићи
report-owner-toronto-hydro = Toronto Hydro: електрични стубови, трансформатори и разводне кутије
report-owner-canada-post = Canada Post: поштанске кутије и пакетомати
report-owner-ttc = TTC: надстрешнице на стајалиштима, станице и возила
report-error-owner = Изаберите ко је власник или „Не знам“
report-referral-heading = Ово није у надлежности Града
report-referral-intro = Град може да поправи или очисти само оно што је у његовом власништву, па захтев није направљен. Пријавите проблем власнику.
report-referral-bell = Bell Canada: позовите 1-866-310-2355.
report-referral-rogers = Rogers: позовите 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: позовите 416-542-8000. Ако су жице пале или варниче, држите се на удаљености од 10 метара и позовите 911.
report-referral-canada-post = Canada Post: позовите 1-866-607-6301.
report-referral-ttc = TTC: позовите корисничку службу на 416-393-3030.
report-hate-heading = Графити мотивисани мржњом
report-hate-police = Ако су графити усмерени против људи због њихове расе, вере, етничког порекла, сексуалне оријентације, пола или инвалидитета, прво их пријавите полицији Торонта (Toronto Police): позовите 416-808-2222, број за ситуације које нису хитне, или 911 ако је неко у опасности. Полиција их евидентира као могуће кривично дело из мржње пре него што буду уклоњени.
report-hate-then = Затим их пријавите овде, да би Град могао брзо да их уклони.

## Локација
report-location-heading = Где је проблем?
report-location-current = Изабрана локација
report-location-address = { $address }, изборна јединица { $ward }
report-location-pin = Ознака на { $lat }, { $long }, изборна јединица { $ward }
report-map-heading = Поставите ознаку на мапу
report-map-hint = Кликните или додирните мапу на месту где је проблем, а затим превуците ознаку да бисте је прецизније поставили. Помоћу тастатуре померајте мапу тастерима са стрелицама, а затим изаберите „Постави ознаку у средиште мапе“.
report-map-label = Мапа
report-map-pin = Локација проблема
report-map-pin-at = Ознака постављена на { $lat }, { $long }
report-map-no-pin = Ознака још није постављена
report-map-locate = Користи моју локацију
report-map-locate-failed = Ваша локација није могла да се утврди. Поставите ознаку на мапу или унесите адресу.
report-map-centre = Постави ознаку у средиште мапе
report-map-use = Користи локацију ове ознаке
report-address-heading = Или унесите адресу или раскрсницу
report-place-label = Улица, раскрсница или место
report-place-hint = На пример: Queen St W & Spadina Ave или Nathan Phillips Square
report-place-find = Пронађи
report-place-none = Ништа не одговара упиту „{ $query }“. Проверите да ли сте исправно написали или покушајте са најближом раскрсницом.
report-place-choose = Изаберите најближи резултат
report-place-use = Користи ову локацију
report-place-kind-street = Улица
report-place-kind-intersection = Раскрсница
report-place-kind-place = Место
report-error-outside-city = Ова локација је изван Града Торонта. Изаберите место унутар града.
report-error-pin-missing = Поставите ознаку на мапу или унесите адресу испод
report-error-place-choose = Изаберите један од резултата или поново претражите
report-error-location-missing = Унесите улицу, раскрсницу или место, или поставите ознаку на мапу

## Детаљи и контакт
report-details-heading = Опишите нам проблем
report-field-description = Опишите проблем
report-description-hint = Шта видите и све што може да помогне екипама да га пронађу. Молимо вас да не наводите личне податке.
report-contact-heading = Ваши подаци за контакт (није обавезно)
report-contact-hint = Користимо их само да бисмо вас контактирали у вези са овом пријавом. Никада се не приказују јавно. Оставите поља празна ако желите да пријавите анонимно.
report-field-first-name = Име
report-field-last-name = Презиме
report-field-email = Имејл адреса
report-field-phone = Број телефона
report-error-missing = Одговорите на питање „{ $field }“
report-error-number = Одговор на питање „{ $field }“ мора да буде број, на пример 3 или 2.5
report-error-too-long = Највећи дозвољени број знакова у одговору на питање „{ $field }“: { $max }
report-error-choice = Изаберите један од понуђених одговора на питање „{ $field }“
report-error-datetime = Унесите стварни датум и време за „{ $field }“
report-error-email = Унесите имејл адресу у исправном облику, на пример name@example.com
report-error-phone = Унесите број телефона са 7 до 15 цифара, на пример 416-392-2489

## Фотографије
report-photos-heading = Фотографије
report-photos-required = За ову врсту проблема потребна је бар једна фотографија. Она помаже екипама да пронађу и отклоне проблем.
report-photos-optional = Фотографије нису обавезне, али помажу екипама да пронађу и отклоне проблем.
report-photos-limits = Можете да додате фотографије (највише { $count }) у формату JPEG, PNG или WebP, сваку до { $megabytes } MB. Из копије коју чувамо уклањамо податке о локацији и фотоапарату.
report-photo-label = Изаберите фотографију
report-photo-upload = Отпреми фотографију
report-photo-uploading = Фотографија се отпрема
report-photo-alt = Фотографија { $number }
report-photo-remove = Уклони фотографију { $number }
report-photo-has-location = Фотографија { $number } садржи податак о месту где је снимљена.
report-photo-use-location = Користи локацију фотографије { $number }
report-photos-count =
    { $count ->
        [0] Нема фотографија
        [one] { $count } фотографија
        [few] { $count } фотографије
       *[other] { $count } фотографија
    }
report-error-photo-missing = Изаберите фотографију за отпремање
report-error-photo-too-large = Фотографија мора да буде мања од { $megabytes } MB
report-error-photo-type = Датотека мора да буде фотографија у формату JPEG, PNG или WebP
report-error-photo-dimensions = Фотографија има превише пиксела. Изаберите мању фотографију.
report-error-photo-damaged = Фотографија је оштећена и не може да се прочита. Изаберите другу фотографију.
report-error-photo-limit = Достигли сте највећи број фотографија ({ $count }). Уклоните једну да бисте додали другу.
report-error-photo-required = Додајте бар једну фотографију
report-error-photo-outside = Место где је ова фотографија снимљена налази се изван Града Торонта

## Провера, пријаве у близини и слање
report-check-heading = Проверите одговоре пре слања пријаве
report-check-answers = Ваши одговори
report-change = Промени
report-anonymous = Није наведено: ова пријава је анонимна
report-submit-note = Слањем ове пријаве потврђујете да су подаци, колико вам је познато, тачни.
report-submit = Пошаљи пријаву
report-nearby-heading = Да ли је ово већ пријављено?
report-nearby-intro = Ови отворени захтеви за исти проблем налазе се у кругу од 250 метара. Ако се неки од њих односи на ваш проблем, пратите њега уместо да шаљете нову пријаву.
report-nearby-distance = Удаљено око { $metres } м
report-nearby-reporters =
    { $count ->
        [one] Пријавила { $count } особа
        [few] Пријавиле { $count } особе
       *[other] Пријавило { $count } особа
    }
report-me-too = И ја: пратите захтев { $number }
report-error-follow = Тај захтев више не може да се прати. Уместо тога пошаљите своју пријаву.
report-sent-heading = Пријава је послата
report-sent-number = Број вашег захтева је
report-sent-next = Сачувајте овај број. Помоћу њега можете да видите шта се даље дешава.
report-sent-track = Пратите овај захтев
report-another = Пријавите други проблем
report-following-heading = Пратите захтев { $number }
report-following-body = Додати сте овом захтеву уместо да се направи нови. На страници статуса захтева видећете шта се даље дешава.
