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
