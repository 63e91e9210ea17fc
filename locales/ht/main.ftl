### Tèks entèfas Civic311: kreyòl ayisyen.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Ale dirèkteman nan kontni prensipal la
language-switcher-label = Lang
loading = Ap chaje…
footer-emergency = Si gen yon ijans, rele 911. Sit sa a se pou sèvis Vil la ki pa ijan.

home-title = Siyale yon pwoblèm oswa mande yon sèvis Vil la – { -product-name }
home-heading = Siyale yon pwoblèm oswa mande yon sèvis Vil la
home-intro = Fè Vil la konnen si gen yon twou nan lari a, yon fatra yo pa t ranmase, grafiti ak plis pase 60 lòt pwoblèm ki pa ijan. W ap resevwa yon nimewo demann sèvis pou w ka swiv sa k ap pase apre.
home-groups-heading = Sou kisa sa ye?
home-report-button = Siyale yon pwoblèm
service-group-count =
    { $count ->
        [one] { $count } sèvis
        [many] { $count } sèvis
       *[other] { $count } sèvis
    }
catalogue-unavailable = Nou pa ka montre lis sèvis yo kounye a. Tanpri eseye ankò nan kèk minit.

not-found-title = Nou pa jwenn paj la – { -product-name }
not-found-heading = Nou pa jwenn paj la
not-found-home-link = Ale nan paj dakèy la

## Navigasyon ak erè nan fòmilè
site-nav-label = Prensipal
nav-track = Swiv yon demann
nav-report = Siyale yon pwoblèm
error-title-prefix = Erè:
error-summary-heading = Gen yon pwoblèm

## Chèche yon demann sèvis
lookup-title = Swiv yon demann sèvis – { -product-name }
lookup-heading = Swiv yon demann sèvis
lookup-label = Nimewo demann sèvis
lookup-hint = Nimewo demann sèvis ou a parèt sou paj konfimasyon an ak nan imèl ou resevwa yo. Li sanble ak 2026-000123.
lookup-button = Jwenn demann mwen an
lookup-error-format = Antre nimewo demann sèvis ou a konsa: 2026-000123

## Yon demann sèvis
request-title = Demann sèvis { $number } – { -product-name }
request-heading = Demann sèvis { $number }
request-status = Estati
request-service = Sèvis
request-division = Divizyon k ap okipe l
request-filed = Resevwa
request-expected = Prevwa pou
request-location = Kote
request-ward = Katye
request-ward-value = Katye { $number }: { $name }
request-due-today = prevwa pou jodi a
request-days-left =
    { $days ->
        [one] rete { $days } jou
        [many] rete { $days } jou
       *[other] rete { $days } jou
    }
request-days-overdue =
    { $days ->
        [one] { $days } jou apre dat ki te prevwa a
        [many] { $days } jou apre dat ki te prevwa a
       *[other] { $days } jou apre dat ki te prevwa a
    }
request-timeline-heading = Sa k pase jiskaprezan
request-event-photo-alt = Foto travay la ki soti nan Vil la, nimewo { $number }
request-unavailable = Nou pa ka montre demann sèvis sa a kounye a. Tanpri eseye ankò nan kèk minit.
request-not-found-title = Nou pa jwenn demann sèvis la – { -product-name }
request-not-found-heading = Nou pa ka jwenn demann sèvis sa a
request-not-found-body = Pa gen okenn demann sèvis { $number }. Verifye nimewo a sou paj konfimasyon an oswa nan imèl ou. Yon demann ou fèk fè ka pran yon minit anvan li parèt.
request-not-found-retry = Chèche yon lòt nimewo

## Estati yo, nan yon langaj senp
status-received = Resevwa
status-assigned = Voye bay divizyon ki responsab la
status-inspection = Enspeksyon
status-scheduled = Travay la pwograme
status-completed = Fini
status-closed_referred = Fèmen – voye bay yon lòt òganizasyon
status-closed_no_action = Fèmen – pa bezwen okenn aksyon
status-closed_duplicate = Fèmen – yo te deja siyale l

## Lis sèvis Vil la
nav-services = Sèvis Vil la
services-title = Sèvis Vil la – { -product-name }
services-heading = Sèvis Vil la
services-intro = Jwenn sèvis ki koresponn ak pwoblèm ou an. Chèche ak pwòp mo pa w, oswa gade pa sijè.
services-search-label = Chèche yon sèvis
services-search-hint = Pa egzanp: twou nan lari, fatra yo pa ranmase, bri
services-search-button = Chèche
services-results-heading =
    { $count ->
        [one] { $count } sèvis koresponn ak « { $query } »
        [many] { $count } sèvis koresponn ak « { $query } »
       *[other] { $count } sèvis koresponn ak « { $query } »
    }
services-no-results = Pa gen okenn sèvis ki koresponn ak « { $query } ». Eseye lòt mo, oswa gade sijè ki anba yo.
services-browse-heading = Gade pa sijè
service-detail-title = { $name } – { -product-name }
service-topic = Sijè
service-standard = Nòm sèvis
service-sla-hours =
    { $count ->
        [one] Nou fè efò pou nou reponn nan { $count } èdtan
        [many] Nou fè efò pou nou reponn nan { $count } èdtan
       *[other] Nou fè efò pou nou reponn nan { $count } èdtan
    }
service-sla-business-days =
    { $count ->
        [one] Nou fè efò pou nou reponn nan { $count } jou travay
        [many] Nou fè efò pou nou reponn nan { $count } jou travay
       *[other] Nou fè efò pou nou reponn nan { $count } jou travay
    }
service-sla-calendar-days =
    { $count ->
        [one] Nou fè efò pou nou reponn nan { $count } jou
        [many] Nou fè efò pou nou reponn nan { $count } jou
       *[other] Nou fè efò pou nou reponn nan { $count } jou
    }
service-back = Tout sèvis Vil la
service-not-found-title = Nou pa jwenn sèvis la – { -product-name }
service-not-found-heading = Nou pa ka jwenn sèvis sa a

## Plent sou yon demann sèvis
request-complaint-heading = Ou pa satisfè jan demann sa a ap mache?
request-complaint-overdue = Dat yo te prevwa a pase epi demann sa a poko fèmen. Ou ka depoze yon plent: yon sipèvizè dwe reponn li nan 5 jou travay, sinon y ap voye l bay direksyon divizyon an.
request-complaint-closed = Si pwoblèm nan pa t ranje, oswa si ou pa dakò ak fason yo fèmen demann sa a, ou ka depoze yon plent: yon sipèvizè dwe reponn li nan 5 jou travay, sinon y ap voye l bay direksyon divizyon an.
request-complaint-details = Ki pwoblèm nan?
request-complaint-details-hint = Pa egzanp: twou nan lari a toujou la apre yo fin fèmen demann lan.
request-complaint-email = Adrès imèl (si ou vle)
request-complaint-email-hint = Pou nou ka fè w konnen repons lan. Nou pa janm montre l piblikman.
request-complaint-submit = Depoze yon plent
request-complaint-filed = Nou resevwa plent ou a. Li parèt anba a, nan sa k pase jiskaprezan.
request-complaint-pending = Gen yon plent sou demann sa a k ap tann yon repons, ki prevwa pou { $date }.
request-complaint-escalated = Repons lan an reta, kidonk yo voye plent lan bay direksyon divizyon an.
request-complaint-error-details = Di nou ki pwoblèm nan
request-complaint-error-too-long = Plent lan pa dwe depase 2000 karaktè
status-complaint = Plent depoze
status-escalated = Plent voye bay direksyon divizyon an
