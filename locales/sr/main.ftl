### Текстови интерфејса Civic311: српски (ћирилица).

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Пређи на главни садржај
language-switcher-label = Језик
loading = Учитавање…
footer-emergency = У хитним случајевима позовите 911. Овај портал је за градске услуге које нису хитне.

home-title = Пријавите проблем или затражите градску услугу – { -product-name }
home-heading = Пријавите проблем или затражите градску услугу
home-intro = Обавестите Град о рупи на путу, неодвезеном смећу, графитима и више од 60 других проблема који нису хитни. Добићете број захтева да бисте пратили шта се даље дешава.
home-groups-heading = О чему се ради?
home-report-button = Пријавите проблем
service-group-count =
    { $count ->
        [one] { $count } услуга
        [few] { $count } услуге
       *[other] { $count } услуга
    }
catalogue-unavailable = Листа услуга тренутно не може да се прикаже. Покушајте поново за неколико минута.

not-found-title = Страница није пронађена – { -product-name }
not-found-heading = Страница није пронађена
not-found-home-link = Иди на почетну страницу

## Навигација и грешке у обрасцу
site-nav-label = Главни мени
nav-track = Пратите захтев
nav-report = Пријавите проблем
error-title-prefix = Грешка:
error-summary-heading = Постоји проблем

## Проналажење захтева
lookup-title = Пратите свој захтев – { -product-name }
lookup-heading = Пратите свој захтев
lookup-label = Број захтева
lookup-hint = Број вашег захтева налази се на страници потврде и у имејловима. Изгледа овако: 2026-000123.
lookup-button = Пронађи мој захтев
lookup-error-format = Унесите број захтева у облику 2026-000123

## Један захтев
request-title = Захтев { $number } – { -product-name }
request-heading = Захтев { $number }
request-status = Статус
request-service = Услуга
request-division = Надлежно одељење
request-filed = Примљен
request-expected = Очекивани рок
request-location = Локација
request-ward = Изборна јединица
request-ward-value = Изборна јединица { $number }: { $name }
request-due-today = рок је данас
request-days-left =
    { $days ->
        [one] остао је { $days } дан
        [few] остала су { $days } дана
       *[other] остало је { $days } дана
    }
request-days-overdue =
    { $days ->
        [one] { $days } дан после очекиваног рока
       *[other] { $days } дана после очекиваног рока
    }
request-timeline-heading = Шта се до сада догодило
request-event-photo-alt = Фотографија обављеног посла коју је снимио Град, број { $number }
request-unavailable = Овај захтев тренутно не може да се прикаже. Покушајте поново за неколико минута.
request-not-found-title = Захтев није пронађен – { -product-name }
request-not-found-heading = Не можемо да пронађемо тај захтев
request-not-found-body = Не постоји захтев { $number }. Проверите број на страници потврде или у имејлу. Захтев који сте управо поднели може да се појави тек после минут-два.
request-not-found-retry = Потражите други број

## Статуси, једноставним речима
status-received = Примљен
status-assigned = Прослеђен надлежном одељењу
status-inspection = Преглед на терену
status-scheduled = Радови заказани
status-completed = Завршен
status-closed_referred = Затворен – прослеђен другој организацији
status-closed_no_action = Затворен – није потребна радња
status-closed_duplicate = Затворен – већ пријављено

## Именик услуга
nav-services = Градске услуге
services-title = Градске услуге – { -product-name }
services-heading = Градске услуге
services-intro = Пронађите услугу за свој проблем. Претражујте својим речима или прегледајте теме.
services-search-label = Потражите услугу
services-search-hint = На пример: рупа на путу, неодвезено смеће, бука
services-search-button = Претражи
services-results-heading =
    { $count ->
        [one] { $count } услуга одговара упиту „{ $query }“
        [few] { $count } услуге одговарају упиту „{ $query }“
       *[other] { $count } услуга одговара упиту „{ $query }“
    }
services-no-results = Ниједна услуга не одговара упиту „{ $query }“. Покушајте са другим речима или прегледајте теме испод.
services-browse-heading = Преглед по темама
service-detail-title = { $name } – { -product-name }
service-topic = Тема
service-standard = Стандард услуге
service-sla-hours =
    { $count ->
        [one] Настојимо да одговоримо у року од { $count } сата
        [few] Настојимо да одговоримо у року од { $count } сата
       *[other] Настојимо да одговоримо у року од { $count } сати
    }
service-sla-business-days =
    { $count ->
        [one] Настојимо да одговоримо у року од { $count } радног дана
        [few] Настојимо да одговоримо у року од { $count } радна дана
       *[other] Настојимо да одговоримо у року од { $count } радних дана
    }
service-sla-calendar-days =
    { $count ->
        [one] Настојимо да одговоримо у року од { $count } дана
        [few] Настојимо да одговоримо у року од { $count } дана
       *[other] Настојимо да одговоримо у року од { $count } дана
    }
service-back = Све градске услуге
service-not-found-title = Услуга није пронађена – { -product-name }
service-not-found-heading = Не можемо да пронађемо ту услугу

## Приговори на захтев
request-complaint-heading = Нисте задовољни тиме како се решава овај захтев?
request-complaint-overdue = Очекивани рок је истекао, а овај захтев још није затворен. Можете да поднесете приговор: руководилац мора да одговори на њега у року од 5 радних дана, у супротном се приговор прослеђује руководству одељења.
request-complaint-closed = Ако проблем није отклоњен или се не слажете са начином на који је овај захтев затворен, можете да поднесете приговор: руководилац мора да одговори на њега у року од 5 радних дана, у супротном се приговор прослеђује руководству одељења.
request-complaint-details = Шта није у реду?
request-complaint-details-hint = На пример: рупа на путу је и даље ту, иако је захтев затворен.
request-complaint-email = Имејл адреса (није обавезно)
request-complaint-email-hint = Да бисмо могли да вас обавестимо о одговору. Никада се не приказује јавно.
request-complaint-submit = Поднеси приговор
request-complaint-filed = Ваш приговор је поднет. Приказан је у хронологији испод.
request-complaint-pending = Приговор на овај захтев чека одговор, који се очекује до { $date }.
request-complaint-escalated = Одговор касни, па је приговор прослеђен руководству одељења.
request-complaint-error-details = Наведите шта није у реду
request-complaint-error-too-long = Приговор може да има највише 2000 знакова
status-complaint = Поднет приговор
status-escalated = Приговор прослеђен руководству одељења
