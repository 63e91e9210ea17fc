### Tekstet e ndërfaqes së Civic311: shqip.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Kalo te përmbajtja kryesore
language-switcher-label = Gjuha
loading = Po ngarkohet…
footer-emergency = Për urgjenca, telefononi 911. Ky portal është për shërbime të Bashkisë që nuk janë urgjente.

home-title = Raportoni një problem ose kërkoni një shërbim të Bashkisë – { -product-name }
home-heading = Raportoni një problem ose kërkoni një shërbim të Bashkisë
home-intro = Njoftoni Bashkinë për një gropë në rrugë, mbeturina që nuk u morën, grafite dhe mbi 60 probleme të tjera jo urgjente. Do të merrni një numër kërkese shërbimi për të ndjekur se çfarë ndodh më pas.
home-groups-heading = Për çfarë bëhet fjalë?
home-report-button = Raportoni një problem
service-group-count =
    { $count ->
        [one] { $count } shërbim
       *[other] { $count } shërbime
    }
catalogue-unavailable = Lista e shërbimeve nuk mund të shfaqet tani. Ju lutemi provoni përsëri pas disa minutash.

not-found-title = Faqja nuk u gjet – { -product-name }
not-found-heading = Faqja nuk u gjet
not-found-home-link = Shko te faqja kryesore

## Navigimi dhe gabimet në formular
site-nav-label = Menyja kryesore
nav-track = Ndiqni një kërkesë
nav-report = Raportoni një problem
error-title-prefix = Gabim:
error-summary-heading = Ka një problem

## Kërkimi i një kërkese shërbimi
lookup-title = Ndiqni një kërkesë shërbimi – { -product-name }
lookup-heading = Ndiqni një kërkesë shërbimi
lookup-label = Numri i kërkesës së shërbimit
lookup-hint = Numri i kërkesës suaj të shërbimit gjendet në faqen e konfirmimit dhe në emailet që keni marrë. Duket kështu: 2026-000123.
lookup-button = Gjeni kërkesën time
lookup-error-format = Shkruani numrin e kërkesës së shërbimit në formën 2026-000123

## Një kërkesë shërbimi
request-title = Kërkesa e shërbimit { $number } – { -product-name }
request-heading = Kërkesa e shërbimit { $number }
request-status = Statusi
request-service = Shërbimi
request-division = Drejtoria përgjegjëse
request-filed = Marrë më
request-expected = Pritet deri më
request-location = Vendndodhja
request-ward = Zona
request-ward-value = Zona { $number }: { $name }
request-due-today = afati është sot
request-days-left =
    { $days ->
        [one] ka mbetur { $days } ditë
       *[other] kanë mbetur { $days } ditë
    }
request-days-overdue =
    { $days ->
        [one] { $days } ditë pas datës së pritur
       *[other] { $days } ditë pas datës së pritur
    }
request-timeline-heading = Çfarë ka ndodhur deri tani
request-event-photo-alt = Foto e punës së kryer nga Bashkia, numri { $number }
request-unavailable = Kjo kërkesë shërbimi nuk mund të shfaqet tani. Ju lutemi provoni përsëri pas disa minutash.
request-not-found-title = Kërkesa e shërbimit nuk u gjet – { -product-name }
request-not-found-heading = Nuk e gjejmë këtë kërkesë shërbimi
request-not-found-body = Nuk ekziston kërkesa e shërbimit { $number }. Kontrolloni numrin në faqen e konfirmimit ose në email. Një kërkesë që sapo keni bërë mund të shfaqet pas rreth një minute.
request-not-found-retry = Kërkoni një numër tjetër

## Statuset, me fjalë të thjeshta
status-received = E marrë
status-assigned = Iu dërgua drejtorisë përgjegjëse
status-inspection = Inspektim
status-scheduled = Punimet u planifikuan
status-completed = E përfunduar
status-closed_referred = E mbyllur – i kaloi një organizate tjetër
status-closed_no_action = E mbyllur – nuk nevojitet veprim
status-closed_duplicate = E mbyllur – raportuar më parë

## Katalogu i shërbimeve
nav-services = Shërbimet e Bashkisë
services-title = Shërbimet e Bashkisë – { -product-name }
services-heading = Shërbimet e Bashkisë
services-intro = Gjeni shërbimin për problemin tuaj. Kërkoni me fjalët tuaja ose shfletoni sipas temës.
services-search-label = Kërkoni një shërbim
services-search-hint = Për shembull: gropë në rrugë, mbeturina të pamarra, zhurmë
services-search-button = Kërko
services-results-heading =
    { $count ->
        [one] { $count } shërbim përputhet me «{ $query }»
       *[other] { $count } shërbime përputhen me «{ $query }»
    }
services-no-results = Asnjë shërbim nuk përputhet me «{ $query }». Provoni fjalë të tjera ose shfletoni temat më poshtë.
services-browse-heading = Shfletoni sipas temës
service-detail-title = { $name } – { -product-name }
service-topic = Tema
service-standard = Standardi i shërbimit
service-sla-hours =
    { $count ->
        [one] Synojmë të përgjigjemi brenda { $count } ore
       *[other] Synojmë të përgjigjemi brenda { $count } orësh
    }
service-sla-business-days =
    { $count ->
        [one] Synojmë të përgjigjemi brenda { $count } dite pune
       *[other] Synojmë të përgjigjemi brenda { $count } ditësh pune
    }
service-sla-calendar-days =
    { $count ->
        [one] Synojmë të përgjigjemi brenda { $count } dite
       *[other] Synojmë të përgjigjemi brenda { $count } ditësh
    }
service-back = Të gjitha shërbimet e Bashkisë
service-not-found-title = Shërbimi nuk u gjet – { -product-name }
service-not-found-heading = Nuk e gjejmë këtë shërbim

## Ankesat për një kërkesë shërbimi
request-complaint-heading = Nuk jeni të kënaqur me ecurinë e kësaj kërkese?
request-complaint-overdue = Data e pritur ka kaluar dhe kjo kërkesë shërbimi nuk është mbyllur. Mund të paraqisni një ankesë: një mbikëqyrës duhet t’i përgjigjet brenda 5 ditësh pune, përndryshe ankesa i kalon udhëheqjes së drejtorisë.
request-complaint-closed = Nëse problemi nuk u zgjidh, ose nuk jeni dakord me mënyrën si u mbyll kjo kërkesë shërbimi, mund të paraqisni një ankesë: një mbikëqyrës duhet t’i përgjigjet brenda 5 ditësh pune, përndryshe ankesa i kalon udhëheqjes së drejtorisë.
request-complaint-details = Çfarë nuk shkon?
request-complaint-details-hint = Për shembull: gropa në rrugë është ende aty, edhe pse kërkesa u mbyll.
request-complaint-email = Adresa e emailit (opsionale)
request-complaint-email-hint = Që të mund t’ju njoftojmë për përgjigjen. Nuk shfaqet kurrë publikisht.
request-complaint-submit = Paraqit ankesën
request-complaint-filed = Ankesa juaj u paraqit. Shfaqet në kronologjinë më poshtë.
request-complaint-pending = Një ankesë për këtë kërkesë pret përgjigje, e cila pritet deri më { $date }.
request-complaint-escalated = Përgjigjja u vonua, prandaj ankesa iu kalua udhëheqjes së drejtorisë.
request-complaint-error-details = Na tregoni çfarë nuk shkon
request-complaint-error-too-long = Ankesa duhet të ketë jo më shumë se 2000 karaktere
status-complaint = Ankesë e paraqitur
status-escalated = Ankesa iu kalua udhëheqjes së drejtorisë
