### Qoraallada bogga Civic311: Soomaali.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = U gudub qaybta ugu muhiimsan
language-switcher-label = Luqadda
loading = Waa la soo rarayaa…
footer-emergency = Xaaladaha degdegga ah, wac 911. Boggan waxaa loogu talagalay adeegyada Magaalada ee aan degdegga ahayn.

home-title = Soo sheeg dhibaato ama codso adeeg Magaalada – { -product-name }
home-heading = Soo sheeg dhibaato ama codso adeeg Magaalada
home-intro = U sheeg Magaalada god waddada ku yaal, qashin aan la qaadin, qoraal derbiyada lagu sawiray iyo in ka badan 60 dhibaato kale oo aan degdeg ahayn. Waxaad heli doontaa lambarka codsiga adeegga si aad ula socoto waxa xiga.
home-groups-heading = Maxay ku saabsan tahay?
home-report-button = Soo sheeg dhibaato
service-group-count =
    { $count ->
        [one] { $count } adeeg
       *[other] { $count } adeeg
    }
catalogue-unavailable = Liiska adeegyada hadda lama muujin karo. Fadlan isku day mar kale dhowr daqiiqo kadib.

not-found-title = Bogga lama helin – { -product-name }
not-found-heading = Bogga lama helin
not-found-home-link = Tag bogga hore

## Hagidda iyo khaladaadka foomka
site-nav-label = Hagidda ugu weyn
nav-track = La soco codsi
nav-report = Soo sheeg dhibaato
error-title-prefix = Khalad:
error-summary-heading = Dhibaato ayaa jirta

## Raadinta codsiga adeegga
lookup-title = La soco codsiga adeegga – { -product-name }
lookup-heading = La soco codsiga adeegga
lookup-label = Lambarka codsiga adeegga
lookup-hint = Lambarka codsiga adeeggaaga wuxuu ku qoran yahay bogga xaqiijinta iyo iimaylada laguu soo diray. Wuxuu u eg yahay 2026-000123.
lookup-button = Hel codsigayga
lookup-error-format = Geli lambarka codsiga adeeggaaga qaabkan: 2026-000123

## Hal codsi adeeg
request-title = Codsiga adeegga { $number } – { -product-name }
request-heading = Codsiga adeegga { $number }
request-status = Xaaladda
request-service = Adeegga
request-division = Waaxda qaabilsan
request-filed = La helay
request-expected = Waqtiga la filayo
request-location = Goobta
request-ward = Degmada
request-ward-value = Degmada { $number }: { $name }
request-due-today = maanta ayaa la filayaa
request-days-left =
    { $days ->
        [one] { $days } maalin ayaa harsan
       *[other] { $days } maalmood ayaa harsan
    }
request-days-overdue =
    { $days ->
        [one] { $days } maalin ayuu dib uga dhacay waqtiga la filayay
       *[other] { $days } maalmood ayuu dib uga dhacay waqtiga la filayay
    }
request-timeline-heading = Waxa ilaa hadda dhacay
request-event-photo-alt = Sawirka shaqada ee Magaalada, lambarka { $number }
request-unavailable = Codsigan adeegga hadda lama muujin karo. Fadlan isku day mar kale dhowr daqiiqo kadib.
request-not-found-title = Codsiga adeegga lama helin – { -product-name }
request-not-found-heading = Ma heli karno codsigan adeegga
request-not-found-body = Ma jiro codsi adeeg oo lambarkiisu yahay { $number }. Ka hubi lambarka bogga xaqiijinta ama iimaylkaaga. Codsi aad hadda samaysay wuxuu qaadan karaa daqiiqad ka hor inta uusan soo muuqan.
request-not-found-retry = Raadi lambar kale

## Xaaladaha, luqad fudud
status-received = La helay
status-assigned = Loo gudbiyay waaxda ku habboon
status-inspection = Kormeer
status-scheduled = Shaqada waa la qorsheeyay
status-completed = Waa la dhammeeyay
status-closed_referred = La xiray – loo gudbiyay hay'ad kale
status-closed_no_action = La xiray – wax tallaabo ah looma baahna
status-closed_duplicate = La xiray – hore ayaa loo soo sheegay

## Hagaha adeegyada
nav-services = Adeegyada Magaalada
services-title = Adeegyada Magaalada – { -product-name }
services-heading = Adeegyada Magaalada
services-intro = Hel adeegga ku habboon dhibaatadaada. Ku raadi erayadaada, ama ka eeg adeegyada mawduuc ahaan.
services-search-label = Raadi adeeg
services-search-hint = Tusaale ahaan: god waddada ku yaal, qashin aan la qaadin, buuq
services-search-button = Raadi
services-results-heading =
    { $count ->
        [one] Waxaa la helay { $count } adeeg oo ku habboon “{ $query }”
       *[other] Waxaa la helay { $count } adeeg oo ku habboon “{ $query }”
    }
services-no-results = Ma jiro adeeg ku habboon “{ $query }”. Isku day erayo kale, ama eeg mawduucyada hoose.
services-browse-heading = Ka eeg mawduuc ahaan
service-detail-title = { $name } – { -product-name }
service-topic = Mawduuca
service-standard = Heerka adeegga
service-sla-hours =
    { $count ->
        [one] Waxaan ku dadaalnaa inaan ka jawaabno { $count } saacad gudaheed
       *[other] Waxaan ku dadaalnaa inaan ka jawaabno { $count } saacadood gudahood
    }
service-sla-business-days =
    { $count ->
        [one] Waxaan ku dadaalnaa inaan ka jawaabno { $count } maalin shaqo gudaheed
       *[other] Waxaan ku dadaalnaa inaan ka jawaabno { $count } maalmood oo shaqo gudahood
    }
service-sla-calendar-days =
    { $count ->
        [one] Waxaan ku dadaalnaa inaan ka jawaabno { $count } maalin gudaheed
       *[other] Waxaan ku dadaalnaa inaan ka jawaabno { $count } maalmood gudahood
    }
service-back = Dhammaan adeegyada Magaalada
service-not-found-title = Adeegga lama helin – { -product-name }
service-not-found-heading = Ma heli karno adeeggan

## Cabashooyinka ku saabsan codsi adeeg
request-complaint-heading = Miyaadan ku qanacsanayn sida uu codsigan u socdo?
request-complaint-overdue = Waqtigii la filayay waa dhaafay, codsigana weli lama xirin. Waxaad gudbin kartaa cabasho: kormeere waa inuu ka jawaabaa 5 maalmood oo shaqo gudahood, haddii kale waxaa loo gudbinayaa maamulka waaxda qaabilsan.
request-complaint-closed = Haddii dhibaatada aan la xallin, ama aadan ku raacsanayn sida codsigan loo xiray, waxaad gudbin kartaa cabasho: kormeere waa inuu ka jawaabaa 5 maalmood oo shaqo gudahood, haddii kale waxaa loo gudbinayaa maamulka waaxda qaabilsan.
request-complaint-details = Maxaa khaldan?
request-complaint-details-hint = Tusaale ahaan: godka waddada weli wuu jiraa kadib markii codsiga la xiray.
request-complaint-email = Cinwaanka iimaylka (ikhtiyaari)
request-complaint-email-hint = Si aan kuugu sheegno jawaabta. Marnaba si guud looma muujiyo.
request-complaint-submit = Gudbi cabasho
request-complaint-filed = Cabashadaada waa la gudbiyay. Waxay ka muuqataa taxanaha dhacdooyinka ee hoose.
request-complaint-pending = Cabasho ku saabsan codsigan ayaa sugaysa jawaab, taas oo la filayo ilaa { $date }.
request-complaint-escalated = Jawaabtu way dib u dhacday, sidaas darteed cabashada waxaa loo gudbiyay maamulka waaxda qaabilsan.
request-complaint-error-details = Noo sheeg waxa khaldan
request-complaint-error-too-long = Cabashadu waa inay ahaataa 2000 xaraf ama ka yar
status-complaint = Cabasho ayaa la gudbiyay
status-escalated = Cabashada waxaa loo gudbiyay maamulka waaxda qaabilsan
