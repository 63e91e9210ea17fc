### Maandishi ya kiolesura cha Civic311: Kiswahili.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Ruka hadi maudhui makuu
language-switcher-label = Lugha
loading = Inapakia…
footer-emergency = Kwa dharura, piga 911. Tovuti hii ni kwa huduma za Jiji zisizo za dharura.

home-title = Ripoti tatizo au omba huduma ya Jiji – { -product-name }
home-heading = Ripoti tatizo au omba huduma ya Jiji
home-intro = Lieleze Jiji kuhusu shimo barabarani, taka ambazo hazikukusanywa, michoro ya ukutani na zaidi ya matatizo mengine 60 yasiyo ya dharura. Utapata nambari ya ombi la huduma ili kufuatilia kitakachofuata.
home-groups-heading = Ni kuhusu nini?
home-report-button = Ripoti tatizo
service-group-count =
    { $count ->
        [one] huduma { $count }
       *[other] huduma { $count }
    }
catalogue-unavailable = Orodha ya huduma haiwezi kuonyeshwa kwa sasa. Tafadhali jaribu tena baada ya dakika chache.

not-found-title = Ukurasa haukupatikana – { -product-name }
not-found-heading = Ukurasa haukupatikana
not-found-home-link = Nenda kwenye ukurasa wa mwanzo

## Urambazaji na makosa ya fomu
site-nav-label = Kuu
nav-track = Fuatilia ombi
nav-report = Ripoti tatizo
error-title-prefix = Hitilafu:
error-summary-heading = Kuna tatizo

## Kutafuta ombi la huduma
lookup-title = Fuatilia ombi la huduma – { -product-name }
lookup-heading = Fuatilia ombi la huduma
lookup-label = Nambari ya ombi la huduma
lookup-hint = Nambari yako ya ombi la huduma iko kwenye ukurasa wa uthibitisho na kwenye barua pepe zako. Inafanana na 2026-000123.
lookup-button = Tafuta ombi langu
lookup-error-format = Weka nambari yako ya ombi la huduma kwa muundo wa 2026-000123

## Ombi moja la huduma
request-title = Ombi la huduma { $number } – { -product-name }
request-heading = Ombi la huduma { $number }
request-status = Hali
request-service = Huduma
request-division = Linashughulikiwa na
request-filed = Lilipokelewa
request-expected = Linatarajiwa kufikia
request-location = Mahali
request-ward = Wadi
request-ward-value = Wadi { $number }: { $name }
request-due-today = linatarajiwa leo
request-days-left =
    { $days ->
        [one] imebaki siku { $days }
       *[other] zimebaki siku { $days }
    }
request-days-overdue =
    { $days ->
        [one] imepita siku { $days } tangu tarehe iliyotarajiwa
       *[other] zimepita siku { $days } tangu tarehe iliyotarajiwa
    }
request-timeline-heading = Yaliyotokea hadi sasa
request-event-photo-alt = Picha ya kazi kutoka kwa Jiji, namba { $number }
request-unavailable = Ombi hili la huduma haliwezi kuonyeshwa kwa sasa. Tafadhali jaribu tena baada ya dakika chache.
request-not-found-title = Ombi la huduma halikupatikana – { -product-name }
request-not-found-heading = Hatuwezi kupata ombi hilo la huduma
request-not-found-body = Hakuna ombi la huduma lenye nambari { $number }. Angalia nambari kwenye ukurasa wako wa uthibitisho au kwenye barua pepe yako. Ombi ulilotuma hivi punde linaweza kuchukua dakika moja kuonekana.
request-not-found-retry = Tafuta nambari nyingine

## Hali za ombi, kwa lugha rahisi
status-received = Limepokelewa
status-assigned = Limekabidhiwa idara husika
status-inspection = Ukaguzi
status-scheduled = Kazi imepangwa
status-completed = Limekamilika
status-closed_referred = Limefungwa – limepelekwa kwa taasisi nyingine
status-closed_no_action = Limefungwa – hakuna hatua inayohitajika
status-closed_duplicate = Limefungwa – tayari liliripotiwa

## Orodha ya huduma za Jiji
nav-services = Huduma za Jiji
services-title = Huduma za Jiji – { -product-name }
services-heading = Huduma za Jiji
services-intro = Tafuta huduma inayohusu tatizo lako. Tafuta kwa maneno yako mwenyewe, au vinjari kwa mada.
services-search-label = Tafuta huduma
services-search-hint = Kwa mfano: shimo barabarani, taka hazikukusanywa, kelele
services-search-button = Tafuta
services-results-heading =
    { $count ->
        [one] Huduma { $count } inalingana na “{ $query }”
       *[other] Huduma { $count } zinalingana na “{ $query }”
    }
services-no-results = Hakuna huduma inayolingana na “{ $query }”. Jaribu maneno mengine, au vinjari mada zilizo hapa chini.
services-browse-heading = Vinjari kwa mada
service-detail-title = { $name } – { -product-name }
service-topic = Mada
service-standard = Kiwango cha huduma
service-sla-hours =
    { $count ->
        [one] Tunalenga kujibu ndani ya saa { $count }
       *[other] Tunalenga kujibu ndani ya saa { $count }
    }
service-sla-business-days =
    { $count ->
        [one] Tunalenga kujibu ndani ya siku { $count } ya kazi
       *[other] Tunalenga kujibu ndani ya siku { $count } za kazi
    }
service-sla-calendar-days =
    { $count ->
        [one] Tunalenga kujibu ndani ya siku { $count }
       *[other] Tunalenga kujibu ndani ya siku { $count }
    }
service-back = Huduma zote za Jiji
service-not-found-title = Huduma haikupatikana – { -product-name }
service-not-found-heading = Hatuwezi kupata huduma hiyo

## Malalamiko kuhusu ombi la huduma
request-complaint-heading = Hujaridhika na jinsi ombi hili linavyoshughulikiwa?
request-complaint-overdue = Tarehe iliyotarajiwa imepita na ombi hili bado halijafungwa. Unaweza kuwasilisha malalamiko: msimamizi lazima ayajibu ndani ya siku 5 za kazi, la sivyo yatapelekwa kwa uongozi wa idara.
request-complaint-closed = Ikiwa tatizo halikutatuliwa, au hukubaliani na jinsi ombi hili lilivyofungwa, unaweza kuwasilisha malalamiko: msimamizi lazima ayajibu ndani ya siku 5 za kazi, la sivyo yatapelekwa kwa uongozi wa idara.
request-complaint-details = Kuna tatizo gani?
request-complaint-details-hint = Kwa mfano: shimo barabarani bado lipo baada ya ombi kufungwa.
request-complaint-email = Anwani ya barua pepe (si lazima)
request-complaint-email-hint = Ili tuweze kukujulisha jibu. Haionyeshwi hadharani kamwe.
request-complaint-submit = Wasilisha malalamiko
request-complaint-filed = Malalamiko yako yamewasilishwa. Yanaonekana katika yaliyotokea hapa chini.
request-complaint-pending = Malalamiko kuhusu ombi hili yanasubiri jibu, linalotarajiwa kufikia { $date }.
request-complaint-escalated = Jibu limechelewa, kwa hivyo malalamiko yamepelekwa kwa uongozi wa idara.
request-complaint-error-details = Tuambie tatizo ni nini
request-complaint-error-too-long = Malalamiko lazima yawe na herufi 2000 au chache zaidi
status-complaint = Malalamiko yamewasilishwa
status-escalated = Malalamiko yamepelekwa kwa uongozi wa idara
