## Обавештења о захтеву имејлом или СМС-ом: обрасци на страници захтева, страница за
## отказивање обавештења и саме поруке. Поруке су обичан текст; $number је број захтева,
## на пример 2026-000123, $service је назив услуге, $status је назив статуса.

updates-heading = Примајте обавештења
updates-intro = Можемо да вас обавестимо сваки пут када се овај захтев промени. Прво вам шаљемо код да бисмо проверили да ли су адреса или број заиста ваши.
updates-email-label = Имејл адреса
updates-email-hint = Користимо је само за обавештења о овом захтеву.
updates-email-button = Шаљите ми обавештења имејлом
updates-phone-label = Број мобилног телефона
updates-phone-hint = На пример 416 555 0123. Ваш мобилни оператер може да наплати поруке по својој тарифи.
updates-phone-button = Шаљите ми обавештења СМС-ом
updates-code-sent-email = Послали смо шестоцифрени код на { $address }.
updates-code-sent-sms = Послали смо шестоцифрени код СМС поруком на број { $address }.
updates-code-label = Код
updates-code-hint = Код истиче 15 минута након што га пошаљемо.
updates-confirm-button = Потврди
updates-resend-button = Пошаљи нови код
updates-resent = Послали смо нови код. Важи само најновији код.
updates-on = Добијаћете обавештења о овом захтеву. Свака порука садржи линк помоћу ког можете да их откажете.
updates-already = На ту адресу или број већ стижу обавештења о овом захтеву.
updates-error-email = Унесите имејл адресу, на пример name@example.com
updates-error-phone = Унесите број мобилног телефона са позивним бројем, на пример 416 555 0123
updates-error-too-many = Затражили сте више кодова за кратко време. Користите последњи код који смо послали или покушајте поново за сат времена.
updates-error-code-format = Унесите шестоцифрени код из поруке коју смо вам послали
updates-error-code-wrong = Код није исправан. Проверите најновију поруку коју смо вам послали и покушајте поново.
updates-error-code-expired = Код је истекао. Затражите нови код.
updates-error-code-attempts = Код је превише пута погрешно унет. Затражите нови код.
updates-error-unknown = Овај код више не може да се користи. Поново затражите обавештења.

unsubscribe-title = Откажите обавештења
unsubscribe-heading = Откажите обавештења о захтеву { $number }
unsubscribe-sent-to-email = Обавештења се шаљу на { $address }.
unsubscribe-sent-to-sms = Обавештења се шаљу СМС порукама на број { $address }.
unsubscribe-button = Откажи обавештења
unsubscribe-done = Више нећете добијати обавештења о захтеву { $number }.
unsubscribe-unknown = Овај линк није важећи. Проверите да ли је копиран у целости.
unsubscribe-back = Погледајте захтев

notify-code-subject = Ваш код за захтев { $number }
notify-code-email =
    Ваш код је { $code }.
    
    Унесите га на страници на којој сте затражили обавештења о захтеву { $number }. Код истиче за 15 минута.
    
    Ако нисте тражили обавештења, занемарите овај имејл.
notify-code-sms = 311: ваш код за захтев { $number } је { $code }. Истиче за 15 минута.
notify-status-subject = Захтев { $number }: { $status }
notify-status-email = Нови статус вашег захтева { $number } ({ $service }): { $status }.
notify-status-sms = 311: нови статус захтева { $number } ({ $service }): { $status }.
notify-note = Напомена Града: { $note }
notify-escalated-subject = Захтев { $number }: ваш приговор је прослеђен руководству одељења
notify-escalated-email = На ваш приговор на захтев { $number } ({ $service }) није одговорено на време, па је прослеђен руководству одељења.
notify-escalated-sms = 311: ваш приговор на захтев { $number } прослеђен је руководству одељења.
notify-link = Погледајте захтев и његову историју: { $link }
notify-link-sms = { $link }
notify-footer-email = Овај имејл добијате зато што сте затражили обавештења о овом захтеву.
notify-unsubscribe = Откажите ова обавештења: { $unsubscribe }
notify-unsubscribe-sms = Одговорите са STOP да бисте их отказали или посетите { $unsubscribe }
