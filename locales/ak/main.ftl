### Civic311 nsɛm a ɛwɔ wɛbsaet no so: Akan (Twi).

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Twa kɔ nsɛm titire no so
language-switcher-label = Kasa
loading = Twɛn kakra…
footer-emergency = Sɛ asɛm a ɛhia ntɛm si a, frɛ 911. Wɛbsaet yi yɛ ma Kuropɔn no dwumadie a ɛnhia ntɛm.

home-title = Bɔ ɔhaw bi ho amanneɛ anaa srɛ Kuropɔn no dwumadie bi – { -product-name }
home-heading = Bɔ ɔhaw bi ho amanneɛ anaa srɛ Kuropɔn no dwumadie bi
home-intro = Ka kyerɛ Kuropɔn no fa tokuro a ɛwɔ kwan mu, nwura a wɔamfa, ɔfasuo so akyerɛwdeɛ ne ɔhaw foforɔ bɛboro 60 a ɛnhia ntɛm ho. Wobɛnya dwumadie abisadeɛ nɔma bi a wode bɛhwɛ deɛ ɛbɛba akyire.
home-groups-heading = Ɛfa dɛn ho?
home-report-button = Bɔ ɔhaw bi ho amanneɛ
service-group-count =
    { $count ->
        [one] dwumadie { $count }
       *[other] nnwumadie { $count }
    }
catalogue-unavailable = Yɛntumi nkyerɛ nnwumadie no din seesei. Yɛsrɛ wo, san bɔ mmɔden wɔ simma kakra akyi.

not-found-title = Yɛanhu krataafa no – { -product-name }
not-found-heading = Yɛanhu krataafa no
not-found-home-link = Kɔ krataafa titire no so

## Akwankyerɛ ne mfomsoɔ a ɛwɔ krataa no mu
site-nav-label = Titire
nav-track = Di abisadeɛ bi akyi
nav-report = Bɔ ɔhaw ho amanneɛ
error-title-prefix = Mfomsoɔ:
error-summary-heading = Ɔhaw bi wɔ hɔ

## Dwumadie abisadeɛ bi hwehwɛ
lookup-title = Di dwumadie abisadeɛ bi akyi – { -product-name }
lookup-heading = Di dwumadie abisadeɛ bi akyi
lookup-label = Dwumadie abisadeɛ nɔma
lookup-hint = Wo dwumadie abisadeɛ nɔma no wɔ krataafa a ɛkyerɛ sɛ yɛanya w'abisadeɛ no so ne email a yɛde mane wo no mu. Ɛte sɛ 2026-000123.
lookup-button = Hwehwɛ m'abisadeɛ
lookup-error-format = Kyerɛw wo dwumadie abisadeɛ nɔma no te sɛ 2026-000123

## Dwumadie abisadeɛ baako
request-title = Dwumadie abisadeɛ { $number } – { -product-name }
request-heading = Dwumadie abisadeɛ { $number }
request-status = Tebea
request-service = Dwumadie
request-division = Wɔn a wɔredi ho dwuma
request-filed = Da a yɛnyaeɛ
request-expected = Da a yɛhwɛ kwan
request-location = Beaeɛ
request-ward = Mpɔtam
request-ward-value = Mpɔtam { $number }: { $name }
request-due-today = ɛsɛ sɛ ɛwie ɛnnɛ
request-days-left =
    { $days ->
        [one] da { $days } na aka
       *[other] nna { $days } na aka
    }
request-days-overdue =
    { $days ->
        [one] da { $days } atwam da a yɛhwɛɛ kwan no
       *[other] nna { $days } atwam da a yɛhwɛɛ kwan no
    }
request-timeline-heading = Deɛ asi de besi seesei
request-event-photo-alt = Adwuma no mfonini a Kuropɔn no de ato hɔ, nɔma { $number }
request-unavailable = Yɛntumi nkyerɛ dwumadie abisadeɛ yi seesei. Yɛsrɛ wo, san bɔ mmɔden wɔ simma kakra akyi.
request-not-found-title = Yɛanhu dwumadie abisadeɛ no – { -product-name }
request-not-found-heading = Yɛanhu dwumadie abisadeɛ no
request-not-found-body = Dwumadie abisadeɛ { $number } biara nni hɔ. Hwɛ nɔma a ɛwɔ krataafa a ɛkyerɛ sɛ yɛanya w'abisadeɛ no so anaa email no mu. Sɛ woabisa seesei ara a, ebia ɛbɛgye simma baako ansa na ayi aba.
request-not-found-retry = Hwehwɛ nɔma foforɔ

## Tebea ahodoɔ, wɔ kasa a ɛyɛ mmerɛ mu
status-received = Yɛanya
status-assigned = Yɛde ama ɔfa a ɛfa ho
status-inspection = Nhwehwɛmu
status-scheduled = Yɛahyɛ adwuma no da
status-completed = Yɛawie
status-closed_referred = Yɛato mu – yɛde ama ahyehyɛdeɛ foforɔ
status-closed_no_action = Yɛato mu – ɛnhia sɛ yɛyɛ hwee
status-closed_duplicate = Yɛato mu – obi abɔ ho amanneɛ dada

## Kuropɔn no nnwumadie nyinaa
nav-services = Kuropɔn no nnwumadie
services-title = Kuropɔn no nnwumadie – { -product-name }
services-heading = Kuropɔn no nnwumadie
services-intro = Hwehwɛ dwumadie a ɛfa w'ɔhaw no ho. Fa wo ankasa wo nsɛmfua hwehwɛ, anaa hwɛ nsɛmti ahodoɔ no mu.
services-search-label = Hwehwɛ dwumadie bi
services-search-hint = Sɛ nhwɛsoɔ no: tokuro wɔ kwan mu, nwura a wɔamfa, dede
services-search-button = Hwehwɛ
services-results-heading =
    { $count ->
        [one] Dwumadie { $count } ne “{ $query }” hyia
       *[other] Nnwumadie { $count } ne “{ $query }” hyia
    }
services-no-results = Dwumadie biara ne “{ $query }” nhyia. Sɔ nsɛmfua foforɔ hwɛ, anaa hwɛ nsɛmti a ɛwɔ aseɛ ha no mu.
services-browse-heading = Hwɛ nsɛmti ahodoɔ mu
service-detail-title = { $name } – { -product-name }
service-topic = Asɛmti
service-standard = Dwumadie ho gyinapɛn
service-sla-hours =
    { $count ->
        [one] Yɛbɔ mmɔden sɛ yɛbɛyi ano wɔ dɔnhwere { $count } mu
       *[other] Yɛbɔ mmɔden sɛ yɛbɛyi ano wɔ nnɔnhwere { $count } mu
    }
service-sla-business-days =
    { $count ->
        [one] Yɛbɔ mmɔden sɛ yɛbɛyi ano wɔ adwuma da { $count } mu
       *[other] Yɛbɔ mmɔden sɛ yɛbɛyi ano wɔ adwuma nna { $count } mu
    }
service-sla-calendar-days =
    { $count ->
        [one] Yɛbɔ mmɔden sɛ yɛbɛyi ano wɔ da { $count } mu
       *[other] Yɛbɔ mmɔden sɛ yɛbɛyi ano wɔ nna { $count } mu
    }
service-back = Kuropɔn no nnwumadie nyinaa
service-not-found-title = Yɛanhu dwumadie no – { -product-name }
service-not-found-heading = Yɛntumi nhu saa dwumadie no

## Anwiinwii a ɛfa abisadeɛ bi ho
request-complaint-heading = Sɛdeɛ abisadeɛ yi rekɔ no nsɔ w'ani anaa?
request-complaint-overdue = Da a yɛhwɛɛ kwan no atwam, na yɛnnya nto abisadeɛ yi mu. Wobɛtumi de anwiinwii aba: ɛsɛ sɛ ɔhwɛsofoɔ bi yi ano wɔ adwuma nna 5 mu, anyɛ saa a, yɛde bɛkɔ ɔfa a ɛfa ho no mpanimfoɔ hɔ.
request-complaint-closed = Sɛ wɔansiesie ɔhaw no, anaa wompene ɔkwan a yɛfaa so too abisadeɛ yi mu no so a, wobɛtumi de anwiinwii aba: ɛsɛ sɛ ɔhwɛsofoɔ bi yi ano wɔ adwuma nna 5 mu, anyɛ saa a, yɛde bɛkɔ ɔfa a ɛfa ho no mpanimfoɔ hɔ.
request-complaint-details = Dɛn na ɛnkɔ yie?
request-complaint-details-hint = Sɛ nhwɛsoɔ no: tokuro no da so wɔ kwan mu wɔ bere a yɛato abisadeɛ no mu akyi.
request-complaint-email = Email beaeɛ (sɛ wopɛ a)
request-complaint-email-hint = Sɛdeɛ ɛbɛyɛ a yɛbɛtumi aka mmuaeɛ no akyerɛ wo. Yɛnkyerɛ obiara da.
request-complaint-submit = De anwiinwii bra
request-complaint-filed = Yɛanya w'anwiinwii no. Ɛda adi wɔ nsɛm a asisi no a ɛwɔ aseɛ ha no mu.
request-complaint-pending = Anwiinwii bi a ɛfa abisadeɛ yi ho retwɛn mmuaeɛ; yɛhwɛ kwan sɛ mmuaeɛ no bɛba ansa na { $date } atwam.
request-complaint-escalated = Mmuaeɛ no akyɛ, ɛno nti yɛde anwiinwii no akɔ ɔfa a ɛfa ho no mpanimfoɔ hɔ.
request-complaint-error-details = Ka deɛ ɛnkɔ yie no kyerɛ yɛn
request-complaint-error-too-long = Anwiinwii no nkyerɛwdeɛ ntumi mmoro 2000
status-complaint = Wɔde anwiinwii aba
status-escalated = Yɛde anwiinwii no akɔ ɔfa a ɛfa ho no mpanimfoɔ hɔ
