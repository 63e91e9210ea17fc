## Élő csevegés: a lakos csevegőablaka, üzenethagyás, az ügyintézők felülete és a csevegés üzenetei.

chat-launcher = Csevegés a 311-gyel
chat-panel-heading = Élő csevegés a 311-gyel
chat-close = Csevegés bezárása
chat-intro = Tegyen fel kérdést, vagy kérjen segítséget egy kérelemmel kapcsolatban. Amint egy ügyintéző szabaddá válik, itt válaszol Önnek.
chat-name-label = Az Ön neve (nem kötelező)
chat-topic-label = Miben kér segítséget?
chat-topic-hint = Például: elmaradt a szemétszállítás az utcámban
chat-start = Csevegés indítása
chat-connecting = Kapcsolódás…
chat-reconnecting = Megszakadt a kapcsolat. Újrakapcsolódás… Az üzeneteit megőrizzük.
chat-reconnected = A kapcsolat helyreállt.
chat-queue-next = Ön következik a sorban.
chat-queue-position = Az Ön helye a sorban: { $position }.
chat-queue-wait =
    { $minutes ->
        [one] Becsült várakozási idő: körülbelül { $minutes } perc.
       *[other] Becsült várakozási idő: körülbelül { $minutes } perc.
    }
chat-waiting-note = Várakozás közben már beírhatja a kérdését. Hagyja nyitva ezt az oldalt: a csevegés nem zárul be magától.
chat-log-label = Beszélgetés
chat-message-label = Az Ön üzenete
chat-send = Küldés
chat-not-sent = Még nincs elküldve. Amint helyreáll a kapcsolat, elküldjük.
chat-typing-agent = Az ügyintéző ír…
chat-typing-resident = A lakos ír…
chat-you = Ön
chat-resident = Lakos
chat-end = Csevegés befejezése
chat-ended-heading = A csevegés véget ért
chat-rate-legend = Mennyire volt hasznos ez a csevegés?
chat-rate-stars =
    { $stars ->
        [one] { $stars } csillag
       *[other] { $stars } csillag
    }
chat-rate-submit = Értékelés elküldése
chat-rate-thanks = Köszönjük az értékelését.
chat-transcript-label = Kérem e-mailben a csevegés szövegét
chat-transcript-submit = A csevegés szövegének elküldése
chat-transcript-sent = A csevegés szövegét elküldtük az e-mail-címére.
chat-new = Új csevegés indítása
chat-about-request = Csevegés erről a kérelemről
chat-linked-request = Kapcsolódó kérelem: { $number }

chat-page-title = Élő csevegés
chat-page-intro = Csevegjen élőben a 311 egyik ügyintézőjével, vagy hagyjon üzenetet, és e-mailben vagy SMS-ben válaszolunk Önnek.
chat-offline-heading = Üzenet hagyása
chat-offline-intro = Jelenleg egyik ügyintéző sem tud csevegni. Hagyjon üzenetet az e-mail-címével vagy a telefonszámával, és egy ügyintéző válaszol Önnek.
chat-offline-email = E-mail-cím
chat-offline-phone = Telefonszám, ha SMS-ben kér választ
chat-offline-body = Az Ön üzenete
chat-offline-submit = Üzenet elküldése
chat-offline-sent = Köszönjük. Megkaptuk az üzenetét, és egy ügyintéző e-mailben vagy SMS-ben válaszol Önnek.
chat-offline-error-body = Írja be az üzenetét
chat-offline-error-body-long = Az üzenet legfeljebb 2000 karakter lehet
chat-offline-error-name-long = A név legfeljebb 100 karakter lehet
chat-offline-error-contact = Adjon meg egy e-mail-címet vagy telefonszámot, hogy válaszolni tudjunk Önnek
chat-offline-error-email = Az e-mail-címet helyes formában adja meg, például nev@example.com
chat-offline-error-phone = Adjon meg egy telefonszámot, például 416 555 0123

## Csevegési események, mindkét fél látja őket.

chat-event-joined = { $name } csatlakozott a csevegéshez.
chat-event-transferred = A csevegés átkerült ehhez az ügyintézőhöz: { $name }.
chat-event-ended = A csevegés véget ért.
chat-event-request = Létrehoztunk Önnek egy szolgáltatási kérelmet, ügyszáma: { $number }. Ezzel az ügyszámmal nyomon követheti.

## Miért nem fogadtuk el, amit a csevegésben küldtek.

chat-error-bad-frame = Ezt nem sikerült beolvasni. Töltse be újra az oldalt, és próbálja újra.
chat-error-too-long = Az üzenete túl hosszú. Legfeljebb 2000 karakter lehet.
chat-error-too-fast = Nagyon gyorsan küldi az üzeneteket. Várjon egy kicsit, majd küldje újra.
chat-error-empty = Küldés előtt írjon be egy üzenetet.
chat-error-topic-missing = Írja be, miben kér segítséget.
chat-error-already-started = Ez a csevegés már elkezdődött.
chat-error-unknown-chat = Ez a csevegés nem található. Indítson új csevegést.
chat-error-no-chat = Előbb indítson csevegést.
chat-error-chat-ended = Ez a csevegés véget ért. További üzenetek küldéséhez indítson új csevegést.
chat-error-bad-rating = Válasszon 1 és 5 csillag között.
chat-error-not-ended = A csevegést a befejezése után értékelheti.
chat-error-bad-email = Az e-mail-címet helyes formában adja meg, például nev@example.com
chat-error-agents-only = Ezt csak ügyintézők tehetik meg.
chat-error-residents-only = Ezt csak lakosok tehetik meg.
chat-error-not-yours = Ez a csevegés nincs Önhöz rendelve.
chat-error-at-limit = Már annyi csevegés van nyitva Önnél, amennyit vállalhat. Előbb fejezzen be egyet.
chat-error-taken = Egy másik ügyintéző már átvette ezt a csevegést, vagy a csevegés véget ért.
chat-error-agent-unavailable = Ez az ügyintéző már nem elérhető. Válasszon másikat.
chat-error-unavailable = A csevegés most nem érhető el. Próbálja újra néhány perc múlva, vagy hívja a 311-et.

## Kész válaszok, amelyeket az ügyintézők a lakos nyelvén küldenek.

chat-canned-greeting = Jó napot kívánok! Köszönjük, hogy a 311 Toronto szolgálathoz fordult. Miben segíthetek?
chat-canned-one-moment = Egy pillanat türelmét kérem, utánanézek.
chat-canned-more-details = Elmondaná kicsit részletesebben, mi a probléma?
chat-canned-location = Pontosan hol van a probléma? Egy utcacím vagy a legközelebbi kereszteződés sokat segít.
chat-canned-request-filed = Létrehoztam Önnek egy szolgáltatási kérelmet. A csevegésben közölt ügyszámmal nyomon követheti.
chat-canned-goodbye = Köszönjük, hogy a 311-hez fordult. Segíthetek még valamiben?

## Az ügyintézők felülete a /agent címen.

agent-page-heading = Csevegőfelület
agent-status-connected = Kapcsolódva. Ön elérhető a csevegésekhez.
agent-status-reconnecting = Megszakadt a kapcsolat. Újrakapcsolódás…
agent-queue-heading = Várakozó csevegések
agent-queue-empty = Nincs várakozó csevegés.
agent-queue-topic = Téma
agent-queue-language = Nyelv
agent-queue-waiting = Várakozik
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } perc
       *[other] { $minutes } perc
    }
agent-queue-fallback = Nem az Ön egyik nyelve
agent-accept = Elfogadás
agent-load = Nyitott csevegések: { $active } / { $limit }
agent-chats-heading = Az Ön csevegései
agent-no-chats = A kezdéshez fogadjon el egy csevegést a sorból.
agent-chat-with = Csevegés: { $name }
agent-chat-language = Nyelv: { $language }
agent-chat-topic = Téma: { $topic }
agent-canned-label = Sablonválasz
agent-canned-choose = Válasszon egy választ
agent-canned-insert = Válasz beszúrása
agent-reply-label = Válasz
agent-send = Küldés
agent-add-note = Hozzáadás belső megjegyzésként
agent-note = Belső megjegyzés
agent-transfer-label = Átadás ennek az ügyintézőnek
agent-transfer = Átadás
agent-transfer-none = Más ügyintéző nem elérhető.
agent-end = Csevegés befejezése
agent-ended = Ez a csevegés véget ért.
agent-close = Bezárás
agent-request-heading = Szolgáltatási kérelem létrehozása
agent-request-service = Szolgáltatás típusa
agent-request-place = Helyszín: utca, kereszteződés vagy hely
agent-request-description = Leírás
agent-request-submit = A bejelentő űrlap megnyitása
agent-request-hint = A bejelentő űrlap a csevegés adataival kitöltve nyílik meg. Ellenőrizze, és küldje be; a kérelem ügyszáma megjelenik a csevegésben.
agent-cases-heading = Üzenetek, amelyeket akkor hagytak, amikor senki sem tudott csevegni
agent-cases-empty = Nincs válaszra váró üzenet.
agent-case-from = Feladó: { $name }, { $contact }
agent-case-reply = Az Ön válasza
agent-case-send = Válasz elküldése
agent-case-answered = A válaszát elküldtük.
agent-error-reply = Legfeljebb 2000 karakteres választ írjon.
agent-error-answered = Erre az üzenetre már válaszoltak.
agent-error-not-yours = Ez a csevegés már nincs Önhöz rendelve.
agent-error-service = Válassza ki a szolgáltatás típusát.
staff-chat-transcripts = Csevegések szövege

## E-mailben vagy SMS-ben küldött üzenetek.

notify-chat-transcript-subject = Az Ön csevegése a 311 Toronto szolgálattal
notify-chat-transcript-email = Kérésének megfelelően elküldjük a 311 Toronto szolgálattal folytatott csevegésének szövegét.
notify-chat-reply-subject = Válasz a 311 Toronto szolgálatnak küldött üzenetére
notify-chat-reply-email =
    Üzenetet hagyott a 311 Toronto szolgálatnak. Egy ügyintéző ezt válaszolta:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
