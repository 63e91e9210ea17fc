### A munkatársi felület: bejelentkezés, a kérelmek sora, egy kérelem állapotának módosítása, az auditnapló.

staff-page-title = { $heading } – { -product-name } munkatársi felület
staff-unavailable = A munkatársi felület most nem jeleníthető meg. Kérjük, próbálja újra néhány perc múlva.
staff-forbidden-heading = Ezt az oldalt nem nyithatja meg
staff-forbidden-body = Fiókjának nincs hozzáférése a munkatársi felület ezen részéhez. Ha szüksége van rá, forduljon egy adminisztrátorhoz.

## Bejelentkezés
staff-login-heading = Munkatársi bejelentkezés
staff-password = Jelszó
staff-sign-in = Bejelentkezés
staff-sign-out = Kijelentkezés
staff-signed-in-as = Bejelentkezve: { $name }
staff-login-error-wrong = Az e-mail-cím vagy a jelszó nem megfelelő
staff-login-error-locked = Túl sok bejelentkezési kísérlet. Várjon 15 percet, majd próbálja újra.
staff-error-csrf = Az űrlap elavult. Töltse be újra az oldalt, és próbálja újra.

## A kérelmek sora
staff-queue-heading = Szolgáltatási kérelmek sora
staff-filter-any = Mind
staff-filter-overdue = Csak a várható teljesítés időpontját túllépett kérelmek
staff-filter-complaints = Csak a válaszra váró panasszal rendelkező kérelmek
staff-filter-apply = Kérelmek megjelenítése
staff-queue-empty = Egyetlen szolgáltatási kérelem sem felel meg ezeknek a szűrőknek.
staff-column-number = Ügyszám
staff-complaint-due = Panasz: a válasz határideje { $date }
staff-complaint-escalated = Panasz továbbítva a vezetésnek: a válasz késik

## Egy kérelem
staff-change-heading = Az állapot módosítása
staff-new-status = Új állapot
staff-reason = A lezárás oka
staff-reason-hint = Kötelező, ha az új állapot lezárja a kérelmet. Az oknak illenie kell az állapothoz.
staff-reason-none = Nincs ok: a kérelem nyitva marad
staff-public-note = Nyilvános megjegyzés
staff-public-note-hint = A lakos ezt látja az állapotoldalon. Lezáráskor írja le, mit tettek, vagy miért nem tettek semmit.
staff-internal-note = Belső megjegyzés
staff-internal-note-hint = Ezt csak a munkatársak látják.
staff-save = Módosítás mentése
staff-saved = A módosítás mentése megtörtént.
staff-history-heading = Teljes előzmények
staff-error-status = Válasszon állapotot a listából
staff-error-reason-missing = Válassza ki a kérelem lezárásának okát
staff-error-reason-mismatch = Az ok nem illik az új állapothoz. Válasszon hozzá illő okot.
staff-error-note-missing = Írjon nyilvános megjegyzést, amelyből a lakos megtudja, mit tettek, vagy miért nem tettek semmit
staff-error-reason-open = Lezárási okot csak a kérelmet lezáró állapotokhoz lehet megadni

## A lezárás okai
staff-reason-repaired = Megjavítva
staff-reason-cleaned = Megtisztítva
staff-reason-removed = Eltávolítva
staff-reason-other-government = Más kormányzati szinthez továbbítva
staff-reason-utility-company = A tulajdonos közműcéghez vagy vállalathoz továbbítva
staff-reason-private-property = Magánterületen van: a tulajdonoshoz továbbítva
staff-reason-not-found = Helyszíni szemle: nem találtunk problémát
staff-reason-already-resolved = A munkatársak kiérkezése előtt már megoldódott
staff-reason-meets-standard = Helyszíni szemle: megfelel a város előírásainak
staff-reason-duplicate = Egy másik kérelem duplikátuma

## Az auditnapló
staff-audit-heading = Auditnapló
staff-column-when = Időpont
staff-column-who = Felhasználó
staff-column-action = Művelet
staff-column-detail = Részletek
staff-action-login = Bejelentkezés
staff-action-logout = Kijelentkezés
staff-action-login-failed = Sikertelen bejelentkezés
staff-action-login-locked = Bejelentkezés elutasítva: túl sok kísérlet
staff-action-status-change = Állapot módosítva
staff-action-escalation = Panasz automatikusan továbbítva a vezetésnek: lejárt a válaszadási határidő (SLA)

## Több kérelem módosítása egyszerre a sorból
staff-bulk-column = Kijelölés
staff-bulk-select = Kérelem kijelölése: { $number }
staff-bulk-heading = A kijelölt kérelmek módosítása
staff-bulk-hint = Jelölje be a kérelmeket a táblázatban, majd válassza ki a módosítást. Mindegyik kérelem ugyanazt az állapotot, okot és megjegyzéseket kapja, és mindegyik előzményeiben külön sor jelenik meg.
staff-bulk-button = Kijelölt kérelmek módosítása
staff-bulk-saved =
    { $count ->
        [one] Egy kérelem módosult.
       *[other] { $count } kérelem módosult.
    }
staff-error-none-selected = Jelöljön ki legalább egy kérelmet a táblázatban.
staff-bulk-skipped =
    { $count ->
        [one] Egy kérelem nem módosult: az „Elvégezve” állapotba állításához fénykép szükséges a befejezett munkáról. Nyissa meg, és adjon hozzá egyet.
       *[other] { $count } kérelem nem módosult: az „Elvégezve” állapotba állításukhoz fénykép szükséges a befejezett munkáról. Nyissa meg mindegyiket, és adjon hozzá egyet.
    }

## Fénykép állapotváltozáshoz (a befejezett munkáról)
staff-photo = Fénykép a munkáról (nem kötelező)
staff-photo-hint = JPEG, PNG vagy WebP formátumú kép, legfeljebb 10 MB. A lakosok a kérelem oldalán, a „Mi történt eddig” részben látják.
staff-photo-hint-required = Ennél a szolgáltatásnál a kérelem „Elvégezve” állapotba állításához fénykép szükséges a befejezett munkáról. JPEG, PNG vagy WebP formátumú kép, legfeljebb 10 MB; a lakosok a „Mi történt eddig” részben látják.
staff-error-completion-photo-missing = Adjon hozzá fényképet a befejezett munkáról: ennél a szolgáltatásnál ez szükséges az „Elvégezve” állapotba állításhoz
