### Конзола за запослене: пријављивање, ред захтева, промена статуса захтева, дневник ревизије.

staff-page-title = { $heading } – { -product-name } за запослене
staff-unavailable = Конзола за запослене тренутно не може да се прикаже. Покушајте поново за неколико минута.
staff-forbidden-heading = Не можете да отворите ову страницу
staff-forbidden-body = Ваш налог нема приступ овом делу конзоле за запослене. Ако вам је потребан, обратите се администратору.

## Пријављивање
staff-login-heading = Пријава за запослене
staff-password = Лозинка
staff-sign-in = Пријави се
staff-sign-out = Одјави се
staff-signed-in-as = Пријављени сте као { $name }
staff-login-error-wrong = Имејл адреса или лозинка нису исправни
staff-login-error-locked = Превише покушаја пријављивања. Сачекајте 15 минута, па покушајте поново.
staff-error-csrf = Образац је застарео. Поново учитајте страницу и покушајте поново.

## Ред захтева
staff-queue-heading = Ред захтева
staff-filter-any = Све
staff-filter-overdue = Само захтеви којима је истекао очекивани рок
staff-filter-complaints = Само захтеви са приговором који чека одговор
staff-filter-apply = Прикажи захтеве
staff-queue-empty = Ниједан захтев не одговара овим филтерима.
staff-column-number = Број захтева
staff-complaint-due = Приговор: одговорити до { $date }
staff-complaint-escalated = Приговор прослеђен руководству одељења: одговор касни

## Један захтев
staff-change-heading = Промените статус
staff-new-status = Нови статус
staff-reason = Разлог затварања
staff-reason-hint = Обавезно када нови статус затвара захтев. Разлог мора да одговара статусу.
staff-reason-none = Без разлога: захтев остаје отворен
staff-public-note = Јавна напомена
staff-public-note-hint = Грађанин ово види на страници статуса. Када затварате захтев, наведите шта је урађено или зашто ништа није урађено.
staff-internal-note = Интерна напомена
staff-internal-note-hint = Ово виде само запослени.
staff-save = Сачувај промену
staff-saved = Промена је сачувана.
staff-history-heading = Цела историја
staff-error-status = Изаберите статус са листе
staff-error-reason-missing = Изаберите разлог затварања захтева
staff-error-reason-mismatch = Разлог не одговара новом статусу. Изаберите разлог који му одговара.
staff-error-note-missing = Напишите јавну напомену у којој грађанину објашњавате шта је урађено или зашто ништа није урађено
staff-error-reason-open = Разлог затварања наводи се само за статусе који затварају захтев

## Разлози затварања
staff-reason-repaired = Поправљено
staff-reason-cleaned = Очишћено
staff-reason-removed = Уклоњено
staff-reason-other-government = Прослеђено другом нивоу власти
staff-reason-utility-company = Прослеђено комуналном предузећу или компанији која је власник
staff-reason-private-property = На приватном поседу: прослеђено власнику
staff-reason-not-found = Извршен преглед: проблем није пронађен
staff-reason-already-resolved = Решено пре доласка екипе
staff-reason-meets-standard = Извршен преглед: у складу са стандардом Града
staff-reason-duplicate = Дупликат другог захтева

## Дневник ревизије
staff-audit-heading = Дневник ревизије
staff-column-when = Када
staff-column-who = Ко
staff-column-action = Радња
staff-column-detail = Детаљи
staff-action-login = Пријава
staff-action-logout = Одјава
staff-action-login-failed = Неуспешна пријава
staff-action-login-locked = Пријава одбијена: превише покушаја
staff-action-status-change = Статус промењен
staff-action-escalation = Приговор аутоматски прослеђен руководству одељења: истекао је рок за одговор

## Промена више захтева одједном из реда захтева
staff-bulk-column = Избор
staff-bulk-select = Изабери захтев { $number }
staff-bulk-heading = Промените изабране захтеве
staff-bulk-hint = Означите захтеве у табели, па изаберите промену. Сваки захтев добија исти статус, разлог и напомене, као и засебан ред у својој историји.
staff-bulk-button = Промени изабране захтеве
staff-bulk-saved =
    { $count ->
        [one] Промењен је { $count } захтев.
        [few] Промењена су { $count } захтева.
       *[other] Промењено је { $count } захтева.
    }
staff-error-none-selected = Изаберите бар један захтев у табели.
staff-bulk-skipped =
    { $count ->
        [one] Није промењен { $count } захтев: да бисте га означили као „Завршен”, потребна је фотографија обављеног посла. Отворите га да бисте додали фотографију.
        [few] Нису промењена { $count } захтева: да бисте их означили као „Завршен”, потребна је фотографија обављеног посла. Отворите сваки од њих да бисте додали фотографију.
       *[other] Није промењено { $count } захтева: да бисте их означили као „Завршен”, потребна је фотографија обављеног посла. Отворите сваки од њих да бисте додали фотографију.
    }

## Фотографија уз промену статуса (обављеног посла)
staff-photo = Фотографија обављеног посла (није обавезна)
staff-photo-hint = Слика у формату JPEG, PNG или WebP, до 10 MB. Грађани је виде на страници захтева, у делу „Шта се до сада догодило”.
staff-photo-hint-required = За ову услугу потребна је фотографија обављеног посла да бисте захтев означили као „Завршен”. Слика у формату JPEG, PNG или WebP, до 10 MB; грађани је виде у делу „Шта се до сада догодило”.
staff-error-completion-photo-missing = Додајте фотографију обављеног посла: за ову услугу она је потребна да бисте захтев означили као „Завршен”
