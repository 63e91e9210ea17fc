### Tekstovi sučelja Civic311: hrvatski.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Prijeđi na glavni sadržaj
language-switcher-label = Jezik
loading = Učitavanje…
footer-emergency = U hitnim slučajevima nazovite 911. Ovaj portal služi za gradske usluge koje nisu hitne.

home-title = Prijavite problem ili zatražite gradsku uslugu – { -product-name }
home-heading = Prijavite problem ili zatražite gradsku uslugu
home-intro = Obavijestite Grad o udarnoj rupi, neodvezenom otpadu, grafitima i više od 60 drugih problema koji nisu hitni. Dobit ćete broj zahtjeva kako biste mogli pratiti što se dalje događa.
home-groups-heading = O čemu se radi?
home-report-button = Prijavite problem
service-group-count =
    { $count ->
        [one] { $count } usluga
        [few] { $count } usluge
       *[other] { $count } usluga
    }
catalogue-unavailable = Popis usluga trenutačno se ne može prikazati. Pokušajte ponovno za nekoliko minuta.

not-found-title = Stranica nije pronađena – { -product-name }
not-found-heading = Stranica nije pronađena
not-found-home-link = Idi na početnu stranicu

## Navigacija i pogreške u obrascu
site-nav-label = Glavni izbornik
nav-track = Pratite zahtjev
nav-report = Prijavite problem
error-title-prefix = Pogreška:
error-summary-heading = Postoji problem

## Pronalaženje zahtjeva
lookup-title = Pratite svoj zahtjev – { -product-name }
lookup-heading = Pratite svoj zahtjev
lookup-label = Broj zahtjeva
lookup-hint = Broj vašeg zahtjeva nalazi se na stranici potvrde i u e-porukama. Izgleda ovako: 2026-000123.
lookup-button = Pronađi moj zahtjev
lookup-error-format = Unesite broj zahtjeva u obliku 2026-000123

## Jedan zahtjev
request-title = Zahtjev { $number } – { -product-name }
request-heading = Zahtjev { $number }
request-status = Stanje
request-service = Usluga
request-division = Nadležni odjel
request-filed = Zaprimljen
request-expected = Očekivani rok
request-location = Lokacija
request-ward = Izborna jedinica
request-ward-value = Izborna jedinica { $number }: { $name }
request-due-today = rok je danas
request-days-left =
    { $days ->
        [one] preostao je { $days } dan
        [few] preostala su { $days } dana
       *[other] preostalo je { $days } dana
    }
request-days-overdue =
    { $days ->
        [one] { $days } dan nakon očekivanog roka
       *[other] { $days } dana nakon očekivanog roka
    }
request-timeline-heading = Što se dosad dogodilo
request-event-photo-alt = Fotografija obavljenog posla koju je snimio Grad, broj { $number }
request-unavailable = Ovaj zahtjev trenutačno se ne može prikazati. Pokušajte ponovno za nekoliko minuta.
request-not-found-title = Zahtjev nije pronađen – { -product-name }
request-not-found-heading = Ne možemo pronaći taj zahtjev
request-not-found-body = Ne postoji zahtjev { $number }. Provjerite broj na stranici potvrde ili u e-poruci. Zahtjev koji ste upravo podnijeli može se pojaviti tek nakon minutu-dvije.
request-not-found-retry = Potražite drugi broj

## Stanja, jednostavnim riječima
status-received = Zaprimljen
status-assigned = Proslijeđen nadležnom odjelu
status-inspection = Pregled na terenu
status-scheduled = Radovi zakazani
status-completed = Završen
status-closed_referred = Zatvoren – proslijeđen drugoj organizaciji
status-closed_no_action = Zatvoren – nije potrebna radnja
status-closed_duplicate = Zatvoren – već prijavljeno

## Imenik usluga
nav-services = Gradske usluge
services-title = Gradske usluge – { -product-name }
services-heading = Gradske usluge
services-intro = Pronađite uslugu za svoj problem. Pretražujte vlastitim riječima ili pregledajte teme.
services-search-label = Potražite uslugu
services-search-hint = Na primjer: udarna rupa, neodvezeni otpad, buka
services-search-button = Pretraži
services-results-heading =
    { $count ->
        [one] { $count } usluga odgovara upitu „{ $query }“
        [few] { $count } usluge odgovaraju upitu „{ $query }“
       *[other] { $count } usluga odgovara upitu „{ $query }“
    }
services-no-results = Nijedna usluga ne odgovara upitu „{ $query }“. Pokušajte s drugim riječima ili pregledajte teme u nastavku.
services-browse-heading = Pregled po temama
service-detail-title = { $name } – { -product-name }
service-topic = Tema
service-standard = Standard usluge
service-sla-hours =
    { $count ->
        [one] Nastojimo odgovoriti u roku od { $count } sata
        [few] Nastojimo odgovoriti u roku od { $count } sata
       *[other] Nastojimo odgovoriti u roku od { $count } sati
    }
service-sla-business-days =
    { $count ->
        [one] Nastojimo odgovoriti u roku od { $count } radnog dana
        [few] Nastojimo odgovoriti u roku od { $count } radna dana
       *[other] Nastojimo odgovoriti u roku od { $count } radnih dana
    }
service-sla-calendar-days =
    { $count ->
        [one] Nastojimo odgovoriti u roku od { $count } dana
        [few] Nastojimo odgovoriti u roku od { $count } dana
       *[other] Nastojimo odgovoriti u roku od { $count } dana
    }
service-back = Sve gradske usluge
service-not-found-title = Usluga nije pronađena – { -product-name }
service-not-found-heading = Ne možemo pronaći tu uslugu

## Prigovori na zahtjev
request-complaint-heading = Niste zadovoljni time kako se rješava ovaj zahtjev?
request-complaint-overdue = Očekivani rok je istekao, a ovaj zahtjev još nije zatvoren. Možete podnijeti prigovor: voditelj mora na njega odgovoriti u roku od 5 radnih dana, inače se prigovor prosljeđuje rukovodstvu odjela.
request-complaint-closed = Ako problem nije otklonjen ili se ne slažete s načinom na koji je ovaj zahtjev zatvoren, možete podnijeti prigovor: voditelj mora na njega odgovoriti u roku od 5 radnih dana, inače se prigovor prosljeđuje rukovodstvu odjela.
request-complaint-details = Što nije u redu?
request-complaint-details-hint = Na primjer: udarna rupa i dalje je tu iako je zahtjev zatvoren.
request-complaint-email = Adresa e-pošte (nije obavezno)
request-complaint-email-hint = Kako bismo vas mogli obavijestiti o odgovoru. Nikada se ne prikazuje javno.
request-complaint-submit = Podnesi prigovor
request-complaint-filed = Vaš prigovor je podnesen. Prikazan je u kronologiji u nastavku.
request-complaint-pending = Prigovor na ovaj zahtjev čeka odgovor, koji se očekuje do { $date }.
request-complaint-escalated = Odgovor kasni pa je prigovor proslijeđen rukovodstvu odjela.
request-complaint-error-details = Navedite što nije u redu
request-complaint-error-too-long = Prigovor smije imati najviše 2000 znakova
status-complaint = Podnesen prigovor
status-escalated = Prigovor proslijeđen rukovodstvu odjela
