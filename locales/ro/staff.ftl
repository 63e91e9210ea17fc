### Consola personalului: conectarea, coada, schimbarea stării unei cereri, jurnalul de audit.

staff-page-title = { $heading } – { -product-name } pentru personal
staff-unavailable = Consola personalului nu poate fi afișată acum. Vă rugăm să încercați din nou peste câteva minute.
staff-forbidden-heading = Nu puteți deschide această pagină
staff-forbidden-body = Contul dumneavoastră nu are acces la această parte a consolei personalului. Dacă aveți nevoie de acces, adresați-vă unui administrator.

## Conectare
staff-login-heading = Conectare pentru personal
staff-password = Parolă
staff-sign-in = Conectați-vă
staff-sign-out = Deconectați-vă
staff-signed-in-as = Utilizator conectat: { $name }
staff-login-error-wrong = Adresa de e-mail sau parola nu este corectă
staff-login-error-locked = Prea multe încercări de conectare. Așteptați 15 minute, apoi încercați din nou.
staff-error-csrf = Formularul nu mai era actual. Reîncărcați pagina și încercați din nou.

## Coada
staff-queue-heading = Coada cererilor de serviciu
staff-filter-any = Toate
staff-filter-overdue = Doar cererile care au depășit termenul estimat
staff-filter-complaints = Doar cererile cu o reclamație care așteaptă răspuns
staff-filter-apply = Afișați cererile
staff-queue-empty = Nicio cerere de serviciu nu corespunde acestor filtre.
staff-column-number = Numărul cererii
staff-complaint-due = Reclamație: răspuns până la { $date }
staff-complaint-escalated = Reclamație transmisă la nivelul superior: răspunsul întârzie

## O cerere
staff-change-heading = Schimbați starea
staff-new-status = Starea nouă
staff-reason = Motivul închiderii
staff-reason-hint = Obligatoriu când noua stare închide cererea. Motivul trebuie să corespundă stării.
staff-reason-none = Fără motiv: cererea rămâne deschisă
staff-public-note = Notă publică
staff-public-note-hint = Locuitorul vede această notă pe pagina de stare a cererii. La închidere, scrieți ce s-a făcut sau de ce nu s-a făcut nimic.
staff-internal-note = Notă internă
staff-internal-note-hint = Doar personalul vede această notă.
staff-save = Salvați modificarea
staff-saved = Modificarea a fost salvată.
staff-history-heading = Istoricul complet
staff-error-status = Alegeți o stare din listă
staff-error-reason-missing = Alegeți un motiv pentru închiderea cererii
staff-error-reason-mismatch = Motivul nu corespunde noii stări. Alegeți un motiv potrivit.
staff-error-note-missing = Scrieți o notă publică din care locuitorul să afle ce s-a făcut sau de ce nu s-a făcut nimic
staff-error-reason-open = Motivul închiderii se folosește doar pentru stările care închid cererea

## Motive de închidere
staff-reason-repaired = Reparat
staff-reason-cleaned = Curățat
staff-reason-removed = Îndepărtat
staff-reason-other-government = Redirecționat către alt nivel de guvernare
staff-reason-utility-company = Redirecționat către compania de utilități sau firma care deține obiectul
staff-reason-private-property = Pe proprietate privată: redirecționat către proprietar
staff-reason-not-found = Inspectat: nu s-a constatat nicio problemă
staff-reason-already-resolved = Rezolvat deja înainte de sosirea echipei
staff-reason-meets-standard = Inspectat: respectă standardul Primăriei
staff-reason-duplicate = Duplicat al altei cereri

## Jurnalul de audit
staff-audit-heading = Jurnal de audit
staff-column-when = Când
staff-column-who = Cine
staff-column-action = Acțiune
staff-column-detail = Detalii
staff-action-login = Conectare
staff-action-logout = Deconectare
staff-action-login-failed = Conectare eșuată
staff-action-login-locked = Conectare refuzată: prea multe încercări
staff-action-status-change = Stare schimbată
staff-action-escalation = Reclamație transmisă automat la nivelul superior: termenul de răspuns (SLA) a expirat

## Modificarea mai multor cereri deodată din coadă
staff-bulk-column = Selectare
staff-bulk-select = Selectați cererea { $number }
staff-bulk-heading = Modificați cererile selectate
staff-bulk-hint = Bifați cererile în tabel, apoi alegeți modificarea. Fiecare cerere primește aceeași stare, același motiv și aceleași note, precum și un rând propriu în istoricul ei.
staff-bulk-button = Modificați cererile selectate
staff-bulk-saved =
    { $count ->
        [one] O cerere a fost modificată.
        [few] { $count } cereri au fost modificate.
       *[other] { $count } de cereri au fost modificate.
    }
staff-error-none-selected = Selectați cel puțin o cerere din tabel.
staff-bulk-skipped =
    { $count ->
        [one] O cerere nu a fost modificată: pentru a o marca drept „Finalizată”, este nevoie de o fotografie a lucrării terminate. Deschideți-o ca să adăugați una.
        [few] { $count } cereri nu au fost modificate: pentru a le marca drept „Finalizată”, este nevoie de o fotografie a lucrării terminate. Deschideți-le pe rând ca să adăugați câte una.
       *[other] { $count } de cereri nu au fost modificate: pentru a le marca drept „Finalizată”, este nevoie de o fotografie a lucrării terminate. Deschideți-le pe rând ca să adăugați câte una.
    }

## O fotografie la o schimbare de stare (a lucrării terminate)
staff-photo = Fotografie a lucrării (opțională)
staff-photo-hint = O imagine JPEG, PNG sau WebP de cel mult 10 MB. Locuitorii o văd pe pagina cererii, la „Ce s-a întâmplat până acum”.
staff-photo-hint-required = Pentru acest serviciu este nevoie de o fotografie a lucrării terminate ca să marcați cererea drept „Finalizată”. O imagine JPEG, PNG sau WebP de cel mult 10 MB; locuitorii o văd la „Ce s-a întâmplat până acum”.
staff-error-completion-photo-missing = Adăugați o fotografie a lucrării terminate: acest serviciu o cere ca să marcați cererea drept „Finalizată”
