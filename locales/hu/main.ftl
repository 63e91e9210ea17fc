### A Civic311 felületének szövegei: magyar.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Ugrás a fő tartalomra
language-switcher-label = Nyelv
loading = Betöltés…
footer-emergency = Vészhelyzetben hívja a 911-et. Ez a portál a nem sürgős városi szolgáltatásokhoz való.

home-title = Probléma bejelentése vagy városi szolgáltatás kérése – { -product-name }
home-heading = Probléma bejelentése vagy városi szolgáltatás kérése
home-intro = Jelezze a városnak, ha kátyút, elmaradt szemétszállítást, graffitit vagy több mint 60 másik nem sürgős problémát lát. A szolgáltatási kérelméhez ügyszámot kap, így követheti, mi történik vele.
home-groups-heading = Miről van szó?
home-report-button = Probléma bejelentése
service-group-count =
    { $count ->
        [one] { $count } szolgáltatás
       *[other] { $count } szolgáltatás
    }
catalogue-unavailable = A szolgáltatások listája most nem jeleníthető meg. Kérjük, próbálja újra néhány perc múlva.

not-found-title = Az oldal nem található – { -product-name }
not-found-heading = Az oldal nem található
not-found-home-link = Ugrás a kezdőlapra

## Navigáció és űrlaphibák
site-nav-label = Főmenü
nav-track = Kérelem nyomon követése
nav-report = Probléma bejelentése
error-title-prefix = Hiba:
error-summary-heading = Hiba történt

## Szolgáltatási kérelem keresése
lookup-title = Szolgáltatási kérelem nyomon követése – { -product-name }
lookup-heading = Szolgáltatási kérelem nyomon követése
lookup-label = A szolgáltatási kérelem ügyszáma
lookup-hint = Szolgáltatási kérelme ügyszámát a visszaigazoló oldalon és a kapott e-mailekben találja. Így néz ki: 2026-000123.
lookup-button = Kérelmem keresése
lookup-error-format = Az ügyszámot ebben a formában adja meg: 2026-000123

## Egy szolgáltatási kérelem
request-title = Szolgáltatási kérelem: { $number } – { -product-name }
request-heading = Szolgáltatási kérelem: { $number }
request-status = Állapot
request-service = Szolgáltatás
request-division = Ügyintéző egység
request-filed = Beérkezett
request-expected = Várható teljesítés
request-location = Helyszín
request-ward = Kerület
request-ward-value = { $number }. kerület: { $name }
request-due-today = ma esedékes
request-days-left =
    { $days ->
        [one] még { $days } nap van hátra
       *[other] még { $days } nap van hátra
    }
request-days-overdue =
    { $days ->
        [one] { $days } nappal a várható időpont után
       *[other] { $days } nappal a várható időpont után
    }
request-timeline-heading = Mi történt eddig
request-event-photo-alt = { $number }. fénykép a város által elvégzett munkáról
request-unavailable = Ez a szolgáltatási kérelem most nem jeleníthető meg. Kérjük, próbálja újra néhány perc múlva.
request-not-found-title = A szolgáltatási kérelem nem található – { -product-name }
request-not-found-heading = Nem találjuk ezt a szolgáltatási kérelmet
request-not-found-body = Nincs { $number } ügyszámú szolgáltatási kérelem. Ellenőrizze az ügyszámot a visszaigazoló oldalon vagy az e-mailben. Egy épp most beküldött kérelem megjelenése akár egy percig is eltarthat.
request-not-found-retry = Másik ügyszám keresése

## Állapotok, közérthetően
status-received = Beérkezett
status-assigned = Illetékes osztályhoz rendelve
status-inspection = Helyszíni szemle
status-scheduled = Munka ütemezve
status-completed = Elvégezve
status-closed_referred = Lezárva – más szervhez továbbítva
status-closed_no_action = Lezárva – nincs szükség intézkedésre
status-closed_duplicate = Lezárva – már bejelentették

## A szolgáltatások jegyzéke
nav-services = Városi szolgáltatások
services-title = Városi szolgáltatások – { -product-name }
services-heading = Városi szolgáltatások
services-intro = Keresse meg a problémájához illő szolgáltatást. Keressen a saját szavaival, vagy böngésszen témák szerint.
services-search-label = Szolgáltatás keresése
services-search-hint = Például: kátyú, elmaradt szemétszállítás, zaj
services-search-button = Keresés
services-results-heading =
    { $count ->
        [one] { $count } szolgáltatás felel meg a keresésnek: „{ $query }”
       *[other] { $count } szolgáltatás felel meg a keresésnek: „{ $query }”
    }
services-no-results = Egy szolgáltatás sem felel meg a keresésnek: „{ $query }”. Próbálja más szavakkal, vagy böngésszen az alábbi témák között.
services-browse-heading = Böngészés témák szerint
service-detail-title = { $name } – { -product-name }
service-topic = Téma
service-standard = Vállalt ügyintézési idő
service-sla-hours =
    { $count ->
        [one] Célunk, hogy { $count } órán belül válaszoljunk
       *[other] Célunk, hogy { $count } órán belül válaszoljunk
    }
service-sla-business-days =
    { $count ->
        [one] Célunk, hogy { $count } munkanapon belül válaszoljunk
       *[other] Célunk, hogy { $count } munkanapon belül válaszoljunk
    }
service-sla-calendar-days =
    { $count ->
        [one] Célunk, hogy { $count } napon belül válaszoljunk
       *[other] Célunk, hogy { $count } napon belül válaszoljunk
    }
service-back = Az összes városi szolgáltatás
service-not-found-title = A szolgáltatás nem található – { -product-name }
service-not-found-heading = Nem találjuk ezt a szolgáltatást

## Panaszok egy kérelemmel kapcsolatban
request-complaint-heading = Nem elégedett azzal, ahogyan ez a kérelem halad?
request-complaint-overdue = A várható időpont elmúlt, és ez a kérelem még nincs lezárva. Panaszt tehet: egy csoportvezetőnek 5 munkanapon belül válaszolnia kell rá, különben a panasz az osztály vezetéséhez kerül.
request-complaint-closed = Ha a problémát nem oldották meg, vagy nem ért egyet azzal, ahogyan ezt a kérelmet lezárták, panaszt tehet: egy csoportvezetőnek 5 munkanapon belül válaszolnia kell rá, különben a panasz az osztály vezetéséhez kerül.
request-complaint-details = Mi a probléma?
request-complaint-details-hint = Például: a kátyú még mindig ott van, pedig a kérelmet lezárták.
request-complaint-email = E-mail-cím (nem kötelező)
request-complaint-email-hint = Hogy tájékoztathassuk a válaszról. Soha nem tesszük közzé.
request-complaint-submit = Panasz benyújtása
request-complaint-filed = A panaszát rögzítettük. Lent, az eddigi események között látható.
request-complaint-pending = Egy panasz vár válaszra ezzel a kérelemmel kapcsolatban. A válasz várható időpontja: { $date }.
request-complaint-escalated = A válasz késik, ezért a panasz az osztály vezetéséhez került.
request-complaint-error-details = Írja le, mi a probléma
request-complaint-error-too-long = A panasz legfeljebb 2000 karakter lehet
status-complaint = Panasz benyújtva
status-escalated = Panasz továbbítva az osztály vezetésének
