### Mga teksto ng interface ng Civic311: Tagalog.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Lumaktaw sa pangunahing nilalaman
language-switcher-label = Wika
loading = Naglo-load…
footer-emergency = Para sa emergency, tumawag sa 911. Ang portal na ito ay para sa mga serbisyo ng Lungsod na hindi emergency.

home-title = Mag-ulat ng problema o humiling ng serbisyo ng Lungsod – { -product-name }
home-heading = Mag-ulat ng problema o humiling ng serbisyo ng Lungsod
home-intro = Ipaalam sa Lungsod ang tungkol sa lubak sa kalsada, basurang hindi nakuha, graffiti at mahigit 60 iba pang problemang hindi emergency. Makakatanggap ka ng numero ng kahilingan sa serbisyo para masubaybayan ang susunod na mangyayari.
home-groups-heading = Tungkol saan ito?
home-report-button = Mag-ulat ng problema
service-group-count =
    { $count ->
        [one] { $count } serbisyo
       *[other] { $count } serbisyo
    }
catalogue-unavailable = Hindi maipakita ang listahan ng mga serbisyo sa ngayon. Pakisubukang muli pagkalipas ng ilang minuto.

not-found-title = Hindi nahanap ang pahina – { -product-name }
not-found-heading = Hindi nahanap ang pahina
not-found-home-link = Pumunta sa home page

## Nabigasyon at mga error sa form
site-nav-label = Pangunahing menu
nav-track = Subaybayan ang kahilingan
nav-report = Mag-ulat ng problema
error-title-prefix = Mali:
error-summary-heading = May problema

## Paghahanap ng kahilingan sa serbisyo
lookup-title = Subaybayan ang kahilingan sa serbisyo – { -product-name }
lookup-heading = Subaybayan ang kahilingan sa serbisyo
lookup-label = Numero ng kahilingan sa serbisyo
lookup-hint = Makikita ang numero ng iyong kahilingan sa serbisyo (SR) sa iyong pahina ng kumpirmasyon at sa mga email. Ganito ang hitsura nito: 2026-000123.
lookup-button = Hanapin ang aking kahilingan
lookup-error-format = Ilagay ang numero ng iyong kahilingan sa serbisyo sa anyong 2026-000123

## Isang kahilingan sa serbisyo
request-title = Kahilingan sa serbisyo { $number } – { -product-name }
request-heading = Kahilingan sa serbisyo { $number }
request-status = Katayuan
request-service = Serbisyo
request-division = Humahawak
request-filed = Natanggap
request-expected = Inaasahang matapos sa
request-location = Lokasyon
request-ward = Ward
request-ward-value = Ward { $number }: { $name }
request-due-today = nakatakda ngayong araw
request-days-left =
    { $days ->
        [one] { $days } araw na lang ang natitira
       *[other] { $days } araw na lang ang natitira
    }
request-days-overdue =
    { $days ->
        [one] { $days } araw nang lampas sa inaasahang petsa
       *[other] { $days } araw nang lampas sa inaasahang petsa
    }
request-timeline-heading = Ang mga nangyari hanggang ngayon
request-event-photo-alt = Larawan ng trabaho mula sa Lungsod, bilang { $number }
request-unavailable = Hindi maipakita ang kahilingan sa serbisyong ito sa ngayon. Pakisubukang muli pagkalipas ng ilang minuto.
request-not-found-title = Hindi nahanap ang kahilingan sa serbisyo – { -product-name }
request-not-found-heading = Hindi namin mahanap ang kahilingan sa serbisyong iyon
request-not-found-body = Walang kahilingan sa serbisyo na may numerong { $number }. Tingnan ang numero sa iyong pahina ng kumpirmasyon o sa email. Maaaring abutin nang isang minuto bago lumabas ang kahilingang kagagawa mo lang.
request-not-found-retry = Maghanap ng ibang numero

## Mga status, sa simpleng pananalita
status-received = Natanggap
status-assigned = Ipinasa sa dibisyong humahawak
status-inspection = Inspeksyon
status-scheduled = Naka-iskedyul ang trabaho
status-completed = Natapos
status-closed_referred = Sarado – ipinasa sa ibang ahensya
status-closed_no_action = Sarado – walang kailangang aksyon
status-closed_duplicate = Sarado – dobleng ulat

## Direktoryo ng mga serbisyo
nav-services = Mga serbisyo ng Lungsod
services-title = Mga serbisyo ng Lungsod – { -product-name }
services-heading = Mga serbisyo ng Lungsod
services-intro = Hanapin ang serbisyo para sa iyong problema. Maghanap gamit ang sarili mong mga salita, o tingnan ayon sa paksa.
services-search-label = Maghanap ng serbisyo
services-search-hint = Halimbawa: lubak, basurang hindi nakuha, ingay
services-search-button = Maghanap
services-results-heading =
    { $count ->
        [one] { $count } serbisyo ang tumutugma sa “{ $query }”
       *[other] { $count } serbisyo ang tumutugma sa “{ $query }”
    }
services-no-results = Walang serbisyong tumutugma sa “{ $query }”. Subukan ang ibang salita, o tingnan ang mga paksa sa ibaba.
services-browse-heading = Tingnan ayon sa paksa
service-detail-title = { $name } – { -product-name }
service-topic = Paksa
service-standard = Pamantayan ng serbisyo
service-sla-hours =
    { $count ->
        [one] Layunin naming tumugon sa loob ng { $count } oras
       *[other] Layunin naming tumugon sa loob ng { $count } oras
    }
service-sla-business-days =
    { $count ->
        [one] Layunin naming tumugon sa loob ng { $count } araw ng trabaho
       *[other] Layunin naming tumugon sa loob ng { $count } araw ng trabaho
    }
service-sla-calendar-days =
    { $count ->
        [one] Layunin naming tumugon sa loob ng { $count } araw
       *[other] Layunin naming tumugon sa loob ng { $count } araw
    }
service-back = Lahat ng serbisyo ng Lungsod
service-not-found-title = Hindi nahanap ang serbisyo – { -product-name }
service-not-found-heading = Hindi namin mahanap ang serbisyong iyon

## Mga reklamo tungkol sa isang kahilingan sa serbisyo
request-complaint-heading = Hindi ka ba nasisiyahan sa takbo ng kahilingang ito?
request-complaint-overdue = Lumampas na ang inaasahang petsa at hindi pa sarado ang kahilingang ito. Maaari kang magsampa ng reklamo: dapat itong sagutin ng isang superbisor sa loob ng 5 araw ng trabaho, kung hindi ay ipapasa ito sa pamunuan ng dibisyon.
request-complaint-closed = Kung hindi naayos ang problema, o hindi ka sang-ayon sa paraan ng pagsasara sa kahilingang ito, maaari kang magsampa ng reklamo: dapat itong sagutin ng isang superbisor sa loob ng 5 araw ng trabaho, kung hindi ay ipapasa ito sa pamunuan ng dibisyon.
request-complaint-details = Ano ang problema?
request-complaint-details-hint = Halimbawa: naroon pa rin ang lubak kahit naisara na ang kahilingan.
request-complaint-email = Address ng email (opsyonal)
request-complaint-email-hint = Para maipaalam namin sa iyo ang sagot. Hindi ito kailanman ipapakita sa publiko.
request-complaint-submit = Magsampa ng reklamo
request-complaint-filed = Naisampa na ang iyong reklamo. Makikita ito sa mga nangyari sa ibaba.
request-complaint-pending = May reklamo tungkol sa kahilingang ito na naghihintay ng sagot, na inaasahan sa o bago ang { $date }.
request-complaint-escalated = Nahuli ang sagot, kaya ipinasa ang reklamo sa pamunuan ng dibisyon.
request-complaint-error-details = Sabihin sa amin kung ano ang problema
request-complaint-error-too-long = Dapat 2000 character o mas kaunti ang reklamo
status-complaint = Naisampa ang reklamo
status-escalated = Ipinasa ang reklamo sa pamunuan ng dibisyon
