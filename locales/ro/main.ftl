### Textele interfeței Civic311: română.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Salt la conținutul principal
language-switcher-label = Limbă
loading = Se încarcă…
footer-emergency = În caz de urgență, sunați la 911. Acest portal este pentru serviciile orașului care nu sunt urgențe.

home-title = Semnalați o problemă sau cereți un serviciu al orașului – { -product-name }
home-heading = Semnalați o problemă sau cereți un serviciu al orașului
home-intro = Anunțați Primăria despre o groapă în carosabil, un gunoi neridicat, graffiti și peste 60 de alte probleme care nu sunt urgențe. Primiți un număr de cerere de serviciu, ca să urmăriți ce se întâmplă mai departe.
home-groups-heading = Despre ce este vorba?
home-report-button = Semnalați o problemă
service-group-count =
    { $count ->
        [one] { $count } serviciu
        [few] { $count } servicii
       *[other] { $count } de servicii
    }
catalogue-unavailable = Lista serviciilor nu poate fi afișată acum. Vă rugăm să încercați din nou peste câteva minute.

not-found-title = Pagina nu a fost găsită – { -product-name }
not-found-heading = Pagina nu a fost găsită
not-found-home-link = Mergeți la pagina principală

## Navigare și erori în formulare
site-nav-label = Meniu principal
nav-track = Urmăriți o cerere
nav-report = Semnalați o problemă
error-title-prefix = Eroare:
error-summary-heading = Există o problemă

## Căutarea unei cereri de serviciu
lookup-title = Urmăriți o cerere de serviciu – { -product-name }
lookup-heading = Urmăriți o cerere de serviciu
lookup-label = Numărul cererii de serviciu
lookup-hint = Numărul cererii dumneavoastră de serviciu se află pe pagina de confirmare și în e-mailurile primite. Arată așa: 2026-000123.
lookup-button = Căutați cererea mea
lookup-error-format = Introduceți numărul cererii de serviciu în formatul 2026-000123

## O cerere de serviciu
request-title = Cererea de serviciu { $number } – { -product-name }
request-heading = Cererea de serviciu { $number }
request-status = Stare
request-service = Serviciu
request-division = Gestionată de
request-filed = Primită
request-expected = Termen estimat
request-location = Locație
request-ward = Circumscripție
request-ward-value = Circumscripția { $number }: { $name }
request-due-today = termenul este astăzi
request-days-left =
    { $days ->
        [one] mai este { $days } zi
        [few] mai sunt { $days } zile
       *[other] mai sunt { $days } de zile
    }
request-days-overdue =
    { $days ->
        [one] { $days } zi peste termenul estimat
        [few] { $days } zile peste termenul estimat
       *[other] { $days } de zile peste termenul estimat
    }
request-timeline-heading = Ce s-a întâmplat până acum
request-event-photo-alt = Fotografie a lucrării, făcută de Primărie, numărul { $number }
request-unavailable = Această cerere de serviciu nu poate fi afișată acum. Vă rugăm să încercați din nou peste câteva minute.
request-not-found-title = Cererea de serviciu nu a fost găsită – { -product-name }
request-not-found-heading = Nu găsim această cerere de serviciu
request-not-found-body = Nu există nicio cerere de serviciu cu numărul { $number }. Verificați numărul pe pagina de confirmare sau în e-mail. O cerere pe care tocmai ați trimis-o poate apărea abia după un minut.
request-not-found-retry = Căutați alt număr

## Stări, pe înțelesul tuturor
status-received = Primită
status-assigned = Repartizată direcției responsabile
status-inspection = Inspecție
status-scheduled = Lucrări programate
status-completed = Finalizată
status-closed_referred = Închisă – redirecționată către altă instituție
status-closed_no_action = Închisă – nu necesită intervenție
status-closed_duplicate = Închisă – semnalată deja

## Ghidul serviciilor
nav-services = Serviciile orașului
services-title = Serviciile orașului – { -product-name }
services-heading = Serviciile orașului
services-intro = Găsiți serviciul potrivit pentru problema dumneavoastră. Căutați cu propriile cuvinte sau răsfoiți după subiect.
services-search-label = Căutați un serviciu
services-search-hint = De exemplu: groapă în carosabil, gunoi neridicat, zgomot
services-search-button = Căutați
services-results-heading =
    { $count ->
        [one] { $count } serviciu corespunde căutării „{ $query }”
        [few] { $count } servicii corespund căutării „{ $query }”
       *[other] { $count } de servicii corespund căutării „{ $query }”
    }
services-no-results = Niciun serviciu nu corespunde căutării „{ $query }”. Încercați alte cuvinte sau răsfoiți subiectele de mai jos.
services-browse-heading = Răsfoiți după subiect
service-detail-title = { $name } – { -product-name }
service-topic = Subiect
service-standard = Standard de serviciu
service-sla-hours =
    { $count ->
        [one] Ne propunem să răspundem în termen de { $count } oră
        [few] Ne propunem să răspundem în termen de { $count } ore
       *[other] Ne propunem să răspundem în termen de { $count } de ore
    }
service-sla-business-days =
    { $count ->
        [one] Ne propunem să răspundem în termen de { $count } zi lucrătoare
        [few] Ne propunem să răspundem în termen de { $count } zile lucrătoare
       *[other] Ne propunem să răspundem în termen de { $count } de zile lucrătoare
    }
service-sla-calendar-days =
    { $count ->
        [one] Ne propunem să răspundem în termen de { $count } zi
        [few] Ne propunem să răspundem în termen de { $count } zile
       *[other] Ne propunem să răspundem în termen de { $count } de zile
    }
service-back = Toate serviciile orașului
service-not-found-title = Serviciul nu a fost găsit – { -product-name }
service-not-found-heading = Nu găsim acest serviciu

## Reclamații privind o cerere
request-complaint-heading = Nu sunteți mulțumit de felul în care evoluează această cerere?
request-complaint-overdue = Termenul estimat a trecut, iar această cerere nu este închisă. Puteți depune o reclamație: un supervizor trebuie să răspundă în termen de 5 zile lucrătoare; în caz contrar, reclamația ajunge la conducerea direcției responsabile.
request-complaint-closed = Dacă problema nu a fost rezolvată sau dacă nu sunteți de acord cu modul în care a fost închisă această cerere, puteți depune o reclamație: un supervizor trebuie să răspundă în termen de 5 zile lucrătoare; în caz contrar, reclamația ajunge la conducerea direcției responsabile.
request-complaint-details = Ce nu este în regulă?
request-complaint-details-hint = De exemplu: groapa din carosabil este tot acolo, deși cererea a fost închisă.
request-complaint-email = Adresă de e-mail (opțional)
request-complaint-email-hint = Ca să vă putem comunica răspunsul. Nu este afișată niciodată public.
request-complaint-submit = Depuneți o reclamație
request-complaint-filed = Reclamația dumneavoastră a fost depusă. Apare mai jos, în istoricul cererii.
request-complaint-pending = O reclamație privind această cerere așteaptă un răspuns, estimat până la { $date }.
request-complaint-escalated = Răspunsul întârzie, așa că reclamația a fost transmisă conducerii direcției responsabile.
request-complaint-error-details = Spuneți-ne ce nu este în regulă
request-complaint-error-too-long = Reclamația poate avea cel mult 2000 de caractere
status-complaint = Reclamație depusă
status-escalated = Reclamație transmisă conducerii direcției
