### Probléma bejelentése: a /report oldalak, a hibaüzeneteik, a térkép és a fényképek.

report-page-title = { $heading } – { -product-name }
report-caption = Probléma bejelentése
report-unavailable = A bejelentő űrlap most nem jeleníthető meg. Kérjük, próbálja újra néhány perc múlva.
report-continue = Tovább
report-optional = { $label } (nem kötelező)

## A szolgáltatás kiválasztása
report-choose-heading = Mit szeretne bejelenteni?
report-choose-intro = Keressen a saját szavaival, vagy válasszon az alábbi témák közül.
report-start-button = Kezdés
report-choose-other = Valami más bejelentése
report-not-found-heading = Nem találjuk ezt a bejelentést
report-not-found-body = Lehet, hogy a hivatkozás hiányos, vagy elírás van benne.
report-start-again = Új bejelentés indítása

## Kié a tárgy, és gyűlöletkeltő graffiti
report-owner-question = Kié az a tárgy, amellyel a probléma van?
report-owner-hint = Keressen rajta logót vagy feliratot. A város csak azt tudja megjavítani, ami a tulajdonában van.
report-owner-city = Toronto városa, például egy városi fal, híd, tábla vagy szemetes
report-owner-unknown = Nem tudom
report-owner-bell = Bell Canada: telefonfülkék, Bell-oszlopok és -szekrények
report-owner-rogers = Rogers: kábeldobozok és -szekrények
report-owner-toronto-hydro = Toronto Hydro: villanyoszlopok, transzformátorok és elektromos dobozok
report-owner-canada-post = Canada Post: postaládák és csomagautomaták
report-owner-ttc = TTC: megállók utasvárói, állomások és tömegközlekedési járművek
report-error-owner = Válassza ki, kié, vagy azt, hogy „Nem tudom”
report-referral-heading = Ennek javítása nem a város feladata
report-referral-intro = A város csak azt tudja megjavítani vagy megtisztítani, ami a tulajdonában van, ezért nem jött létre szolgáltatási kérelem. Kérjük, jelezze a problémát a tulajdonosnak.
report-referral-bell = Bell Canada: telefonszáma 1-866-310-2355.
report-referral-rogers = Rogers: telefonszáma 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: telefonszáma 416-542-8000. Ha vezetékek szakadtak le vagy szikráznak, maradjon legalább 10 méter távolságban, és hívja a 911-et.
report-referral-canada-post = Canada Post: telefonszáma 1-866-607-6301.
report-referral-ttc = TTC: ügyfélszolgálatának telefonszáma 416-393-3030.
report-hate-heading = Gyűlöletkeltő graffiti
report-hate-police = Ha a graffiti embereket faji hovatartozásuk, vallásuk, etnikai származásuk, szexuális irányultságuk, nemük vagy fogyatékosságuk miatt támad, először jelentse a Torontói Rendőrségnek (Toronto Police): hívja a nem sürgős esetekre szolgáló 416-808-2222-es számot, vagy ha valaki veszélyben van, a 911-et. A rendőrség lehetséges gyűlölet-bűncselekményként rögzíti, mielőtt eltávolítják.
report-hate-then = Ezután jelentse be itt is, hogy a város gyorsan eltávolíthassa.

## Helyszín
report-location-heading = Hol van a probléma?
report-location-current = Kiválasztott helyszín
report-location-address = { $address }, { $ward }. kerület
report-location-pin = Jelölő itt: { $lat }, { $long }, { $ward }. kerület
report-map-heading = Tegyen jelölőt a térképre
report-map-hint = Kattintson vagy koppintson a térképen arra a helyre, ahol a probléma van, majd a jelölő húzásával pontosítsa a helyet. Billentyűzettel a nyílbillentyűkkel mozgassa a térképet, majd válassza a „Jelölő elhelyezése a térkép közepén” lehetőséget.
report-map-label = Térkép
report-map-pin = A probléma helye
report-map-pin-at = Jelölő elhelyezve itt: { $lat }, { $long }
report-map-no-pin = Még nincs jelölő elhelyezve
report-map-locate = Saját helyzetem használata
report-map-locate-failed = Nem sikerült meghatározni a tartózkodási helyét. Helyezze el a jelölőt a térképen, vagy írjon be egy címet.
report-map-centre = Jelölő elhelyezése a térkép közepén
report-map-use = A jelölő helyének használata
report-address-heading = Vagy írjon be egy címet vagy kereszteződést
report-place-label = Utca, kereszteződés vagy hely
report-place-hint = Például: Queen St W & Spadina Ave vagy Nathan Phillips Square
report-place-find = Keresés
report-place-none = Nincs találat erre: „{ $query }”. Ellenőrizze a helyesírást, vagy próbálja a legközelebbi kereszteződéssel.
report-place-choose = Válassza ki a leginkább egyező találatot
report-place-use = Ennek a helynek a használata
report-place-kind-street = Utca
report-place-kind-intersection = Kereszteződés
report-place-kind-place = Hely
report-error-outside-city = Ez a hely Toronto város területén kívül esik. Válasszon egy városon belüli helyet.
report-error-pin-missing = Tegyen jelölőt a térképre, vagy írjon be lent egy címet
report-error-place-choose = Válasszon a találatok közül, vagy keressen újra
report-error-location-missing = Írjon be egy utcát, kereszteződést vagy helyet, vagy tegyen jelölőt a térképre

## Részletek és elérhetőség
report-details-heading = Mondja el, mi a probléma
report-field-description = Írja le a problémát
report-description-hint = Amit lát, és minden, ami segít a munkatársainknak megtalálni. Kérjük, ne adjon meg személyes adatokat.
report-contact-heading = Elérhetőségei (nem kötelező)
report-contact-hint = Csak arra használjuk őket, hogy ezzel a bejelentéssel kapcsolatban felvegyük Önnel a kapcsolatot. Soha nem tesszük közzé őket. Ha névtelenül szeretne bejelentést tenni, hagyja üresen a mezőket.
report-field-first-name = Utónév
report-field-last-name = Vezetéknév
report-field-email = E-mail-cím
report-field-phone = Telefonszám
report-error-missing = Válaszoljon erre a kérdésre: „{ $field }”
report-error-number = Erre a kérdésre számmal kell válaszolni (például 3 vagy 2.5): „{ $field }”
report-error-too-long = Erre a kérdésre legfeljebb { $max } karakterben válaszolhat: „{ $field }”
report-error-choice = Válasszon a felsorolt válaszok közül ennél a kérdésnél: „{ $field }”
report-error-datetime = Adjon meg valós dátumot és időpontot ennél a kérdésnél: „{ $field }”
report-error-email = Az e-mail-címet helyes formában adja meg, például nev@example.com
report-error-phone = 7–15 számjegyből álló telefonszámot adjon meg, például 416-392-2489

## Fényképek
report-photos-heading = Fényképek
report-photos-required = Ehhez a problématípushoz legalább egy fénykép szükséges. Segít a munkatársainknak megtalálni és kijavítani a hibát.
report-photos-optional = A fényképek nem kötelezők, de segítenek a munkatársainknak megtalálni és kijavítani a hibát.
report-photos-limits = Legfeljebb { $count } fényképet adhat hozzá JPEG, PNG vagy WebP formátumban, egyenként legfeljebb { $megabytes } MB méretben. Az általunk megőrzött példányból eltávolítjuk a helyadatokat és a fényképezőgép adatait.
report-photo-label = Fénykép kiválasztása
report-photo-upload = Fénykép feltöltése
report-photo-uploading = Fénykép feltöltése folyamatban
report-photo-alt = { $number }. fénykép
report-photo-remove = { $number }. fénykép eltávolítása
report-photo-has-location = { $number }. fénykép: rögzíti, hol készült.
report-photo-use-location = { $number }. fénykép helyének használata
report-photos-count =
    { $count ->
        [0] Nincs fénykép
        [one] { $count } fénykép
       *[other] { $count } fénykép
    }
report-error-photo-missing = Válassza ki a feltölteni kívánt fényképet
report-error-photo-too-large = A fénykép mérete legyen kisebb, mint { $megabytes } MB
report-error-photo-type = A fájlnak JPEG, PNG vagy WebP formátumú fényképnek kell lennie
report-error-photo-dimensions = A fénykép túl sok képpontból áll. Válasszon kisebb fényképet.
report-error-photo-damaged = A fénykép sérült, nem olvasható be. Válasszon másik fényképet.
report-error-photo-limit = Legfeljebb { $count } fényképet adhat hozzá. Ha újat szeretne hozzáadni, távolítson el egyet.
report-error-photo-required = Adjon hozzá legalább egy fényképet
report-error-photo-outside = A hely, ahol ez a fénykép készült, Toronto város területén kívül esik

## Ellenőrzés, közeli bejelentések és beküldés
report-check-heading = Ellenőrizze a válaszait, mielőtt elküldi a bejelentést
report-check-answers = Az Ön válaszai
report-change = Módosítás
report-anonymous = Nincs megadva: ez a bejelentés névtelen
report-submit-note = A bejelentés elküldésével megerősíti, hogy legjobb tudomása szerint az adatok helyesek.
report-submit = Bejelentés elküldése
report-nearby-heading = Bejelentették már ezt a problémát?
report-nearby-intro = Ezek a nyitott kérelmek ugyanerre a problémára vonatkoznak, és 250 méteren belül vannak. Ha valamelyik az Öné, kövesse azt, ahelyett hogy új bejelentést küldene.
report-nearby-distance = Körülbelül { $metres } méterre
report-nearby-reporters =
    { $count ->
        [one] { $count } személy jelentette be
       *[other] { $count } személy jelentette be
    }
report-me-too = Én is: { $number } követése
report-error-follow = Ez a kérelem már nem követhető. Kérjük, küldjön saját bejelentést.
report-sent-heading = Bejelentés elküldve
report-sent-number = Szolgáltatási kérelmének ügyszáma:
report-sent-next = Őrizze meg ezt az ügyszámot. Ezzel megnézheti, mi történik ezután.
report-sent-track = A kérelem nyomon követése
report-another = Másik probléma bejelentése
report-following-heading = Ön követi ezt a kérelmet: { $number }
report-following-body = Új kérelem létrehozása helyett hozzáadtuk Önt ehhez a kérelemhez. A kérelem állapotoldalán láthatja, mi történik ezután.
