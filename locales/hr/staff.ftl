### Konzola za djelatnike: prijava, red zahtjeva, promjena stanja zahtjeva, revizijski zapisnik.

staff-page-title = { $heading } – { -product-name } za djelatnike
staff-unavailable = Konzola za djelatnike trenutačno se ne može prikazati. Pokušajte ponovno za nekoliko minuta.
staff-forbidden-heading = Ne možete otvoriti ovu stranicu
staff-forbidden-body = Vaš račun nema pristup ovom dijelu konzole za djelatnike. Ako vam je potreban, obratite se administratoru.

## Prijava
staff-login-heading = Prijava za djelatnike
staff-password = Lozinka
staff-sign-in = Prijavi se
staff-sign-out = Odjavi se
staff-signed-in-as = Prijavljeni ste kao { $name }
staff-login-error-wrong = Adresa e-pošte ili lozinka nisu točni
staff-login-error-locked = Previše pokušaja prijave. Pričekajte 15 minuta, a zatim pokušajte ponovno.
staff-error-csrf = Obrazac je zastario. Ponovno učitajte stranicu i pokušajte ponovno.

## Red zahtjeva
staff-queue-heading = Red zahtjeva
staff-filter-any = Sve
staff-filter-overdue = Samo zahtjevi kojima je istekao očekivani rok
staff-filter-complaints = Samo zahtjevi s prigovorom koji čeka odgovor
staff-filter-apply = Prikaži zahtjeve
staff-queue-empty = Nijedan zahtjev ne odgovara ovim filtrima.
staff-column-number = Broj zahtjeva
staff-complaint-due = Prigovor: odgovoriti do { $date }
staff-complaint-escalated = Prigovor proslijeđen rukovodstvu odjela: odgovor kasni

## Jedan zahtjev
staff-change-heading = Promijenite stanje
staff-new-status = Novo stanje
staff-reason = Razlog zatvaranja
staff-reason-hint = Obavezno kada novo stanje zatvara zahtjev. Razlog mora odgovarati stanju.
staff-reason-none = Bez razloga: zahtjev ostaje otvoren
staff-public-note = Javna napomena
staff-public-note-hint = Građanin to vidi na stranici stanja. Pri zatvaranju navedite što je učinjeno ili zašto ništa nije učinjeno.
staff-internal-note = Interna napomena
staff-internal-note-hint = To vide samo djelatnici.
staff-save = Spremi promjenu
staff-saved = Promjena je spremljena.
staff-history-heading = Cijela povijest
staff-error-status = Odaberite stanje s popisa
staff-error-reason-missing = Odaberite razlog zatvaranja zahtjeva
staff-error-reason-mismatch = Razlog ne odgovara novom stanju. Odaberite razlog koji mu odgovara.
staff-error-note-missing = Napišite javnu napomenu u kojoj građaninu objašnjavate što je učinjeno ili zašto ništa nije učinjeno
staff-error-reason-open = Razlog zatvaranja navodi se samo za stanja koja zatvaraju zahtjev

## Razlozi zatvaranja
staff-reason-repaired = Popravljeno
staff-reason-cleaned = Očišćeno
staff-reason-removed = Uklonjeno
staff-reason-other-government = Proslijeđeno drugoj razini vlasti
staff-reason-utility-company = Proslijeđeno komunalnom poduzeću ili tvrtki koja je vlasnik
staff-reason-private-property = Na privatnom posjedu: proslijeđeno vlasniku
staff-reason-not-found = Obavljen pregled: problem nije pronađen
staff-reason-already-resolved = Riješeno prije dolaska ekipe
staff-reason-meets-standard = Obavljen pregled: u skladu sa standardom Grada
staff-reason-duplicate = Duplikat drugog zahtjeva

## Revizijski zapisnik
staff-audit-heading = Revizijski zapisnik
staff-column-when = Kada
staff-column-who = Tko
staff-column-action = Radnja
staff-column-detail = Pojedinosti
staff-action-login = Prijava
staff-action-logout = Odjava
staff-action-login-failed = Neuspjela prijava
staff-action-login-locked = Prijava odbijena: previše pokušaja
staff-action-status-change = Stanje promijenjeno
staff-action-escalation = Prigovor automatski proslijeđen rukovodstvu odjela: istekao je rok za odgovor

## Promjena više zahtjeva odjednom iz reda zahtjeva
staff-bulk-column = Odabir
staff-bulk-select = Odaberi zahtjev { $number }
staff-bulk-heading = Promijenite odabrane zahtjeve
staff-bulk-hint = Označite zahtjeve u tablici, a zatim odaberite promjenu. Svaki zahtjev dobiva isto stanje, razlog i napomene te zaseban redak u svojoj povijesti.
staff-bulk-button = Promijeni odabrane zahtjeve
staff-bulk-saved =
    { $count ->
        [one] Promijenjen je { $count } zahtjev.
        [few] Promijenjena su { $count } zahtjeva.
       *[other] Promijenjeno je { $count } zahtjeva.
    }
staff-error-none-selected = Odaberite barem jedan zahtjev u tablici.
staff-bulk-skipped =
    { $count ->
        [one] Nije promijenjen { $count } zahtjev: da biste ga označili kao „Završen”, potrebna je fotografija obavljenog posla. Otvorite ga kako biste dodali fotografiju.
        [few] Nisu promijenjena { $count } zahtjeva: da biste ih označili kao „Završen”, potrebna je fotografija obavljenog posla. Otvorite svaki od njih kako biste dodali fotografiju.
       *[other] Nije promijenjeno { $count } zahtjeva: da biste ih označili kao „Završen”, potrebna je fotografija obavljenog posla. Otvorite svaki od njih kako biste dodali fotografiju.
    }

## Fotografija uz promjenu stanja (obavljenog posla)
staff-photo = Fotografija obavljenog posla (nije obavezna)
staff-photo-hint = Slika u formatu JPEG, PNG ili WebP, do 10 MB. Građani je vide na stranici zahtjeva, u dijelu „Što se dosad dogodilo”.
staff-photo-hint-required = Za ovu uslugu potrebna je fotografija obavljenog posla kako biste zahtjev označili kao „Završen”. Slika u formatu JPEG, PNG ili WebP, do 10 MB; građani je vide u dijelu „Što se dosad dogodilo”.
staff-error-completion-photo-missing = Dodajte fotografiju obavljenog posla: za ovu uslugu ona je potrebna kako biste zahtjev označili kao „Završen”
