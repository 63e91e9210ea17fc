### Pag-uulat ng problema: ang mga pahina ng /report, ang mga error nito, ang mapa at mga larawan.

report-page-title = { $heading } – { -product-name }
report-caption = Mag-ulat ng problema
report-unavailable = Hindi maipakita ang form ng pag-uulat sa ngayon. Pakisubukang muli pagkalipas ng ilang minuto.
report-continue = Magpatuloy
report-optional = { $label } (opsyonal)

## Pagpili ng serbisyo
report-choose-heading = Ano ang gusto mong iulat?
report-choose-intro = Maghanap gamit ang sarili mong mga salita, o pumili mula sa mga paksa sa ibaba.
report-start-button = Magsimula ngayon
report-choose-other = Mag-ulat ng iba pa
report-not-found-heading = Hindi namin mahanap ang ulat na iyon
report-not-found-body = Maaaring kulang o mali ang pagkaka-type ng link.
report-start-again = Magsimula ng bagong ulat

## Kung sino ang may-ari, at graffiti na udyok ng pagkamuhi
report-owner-question = Sino ang may-ari ng bagay na may problema?
report-owner-hint = Hanapin ang logo o label dito. Ang mga pag-aari lamang ng Lungsod ang kayang ayusin ng Lungsod.
report-owner-city = Ang Lungsod ng Toronto, halimbawa pader, tulay, karatula o basurahan ng Lungsod
report-owner-unknown = Hindi ko alam
report-owner-bell = Bell Canada: mga booth ng telepono, poste at cabinet ng Bell
report-owner-rogers = Rogers: mga kahon ng cable at cabinet
report-owner-toronto-hydro = Toronto Hydro: mga poste ng kuryente, transformer at kahon ng kuryente
report-owner-canada-post = Canada Post: mga mailbox at locker para sa parsela
report-owner-ttc = TTC: mga waiting shed, istasyon at sasakyan
report-error-owner = Piliin kung sino ang may-ari, o “Hindi ko alam”
report-referral-heading = Hindi Lungsod ang dapat mag-ayos nito
report-referral-intro = Ang mga pag-aari lamang ng Lungsod ang kaya nitong ayusin o linisin, kaya walang nagawang kahilingan sa serbisyo. Pakiulat ito sa may-ari.
report-referral-bell = Bell Canada: tumawag sa 1-866-310-2355.
report-referral-rogers = Rogers: tumawag sa 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: tumawag sa 416-542-8000. Kung may bumagsak o kumikislap na kawad ng kuryente, lumayo nang 10 metro at tumawag sa 911.
report-referral-canada-post = Canada Post: tumawag sa 1-866-607-6301.
report-referral-ttc = TTC: tumawag sa Customer Service sa 416-393-3030.
report-hate-heading = Graffiti na udyok ng pagkamuhi
report-hate-police = Kung ang graffiti ay nakatuon laban sa mga tao dahil sa kanilang lahi, relihiyon, etnikong pinagmulan, oryentasyong sekswal, kasarian o kapansanan, iulat muna ito sa Toronto Police: tumawag sa 416-808-2222, ang linyang hindi pang-emergency, o sa 911 kung may taong nasa panganib. Itinatala ito ng pulisya bilang posibleng krimen ng pagkamuhi (hate crime) bago ito alisin.
report-hate-then = Pagkatapos, iulat ito rito para maalis ito agad ng Lungsod.

## Lokasyon
report-location-heading = Saan ang problema?
report-location-current = Napiling lokasyon
report-location-address = { $address }, Ward { $ward }
report-location-pin = Pin sa { $lat }, { $long }, Ward { $ward }
report-map-heading = Maglagay ng pin sa mapa
report-map-hint = I-click o i-tap ang mapa kung nasaan ang problema, pagkatapos ay i-drag ang pin para iayos ito. Kung keyboard ang gamit mo, igalaw ang mapa gamit ang mga arrow key, pagkatapos ay piliin ang “Ilagay ang pin sa gitna ng mapa”.
report-map-label = Mapa
report-map-pin = Lokasyon ng problema
report-map-pin-at = Nakalagay ang pin sa { $lat }, { $long }
report-map-no-pin = Wala pang nakalagay na pin
report-map-locate = Gamitin ang aking lokasyon
report-map-locate-failed = Hindi mahanap ang iyong lokasyon. Maglagay ng pin sa mapa o mag-type ng address.
report-map-centre = Ilagay ang pin sa gitna ng mapa
report-map-use = Gamitin ang lokasyon ng pin na ito
report-address-heading = O mag-type ng address o interseksyon
report-place-label = Kalye, interseksyon o lugar
report-place-hint = Halimbawa: Queen St W & Spadina Ave, o Nathan Phillips Square
report-place-find = Hanapin
report-place-none = Walang tumutugma sa “{ $query }”. Suriin ang baybay, o subukan ang pinakamalapit na interseksyon.
report-place-choose = Piliin ang pinakamalapit na tugma
report-place-use = Gamitin ang lokasyong ito
report-place-kind-street = Kalye
report-place-kind-intersection = Interseksyon
report-place-kind-place = Lugar
report-error-outside-city = Nasa labas ng Lungsod ng Toronto ang lokasyong ito. Pumili ng lugar sa loob ng lungsod.
report-error-pin-missing = Maglagay ng pin sa mapa, o mag-type ng address sa ibaba
report-error-place-choose = Pumili ng isa sa mga tugma, o maghanap muli
report-error-location-missing = Mag-type ng kalye, interseksyon o lugar, o maglagay ng pin sa mapa

## Mga detalye at pakikipag-ugnayan
report-details-heading = Sabihin sa amin ang tungkol sa problema
report-field-description = Ilarawan ang problema
report-description-hint = Kung ano ang nakikita mo, at anumang makatutulong sa mga manggagawa na mahanap ito. Huwag isama ang personal na impormasyon.
report-contact-heading = Ang iyong impormasyon sa pakikipag-ugnayan (opsyonal)
report-contact-hint = Gagamitin lamang namin ang mga ito para makipag-ugnayan sa iyo tungkol sa ulat na ito. Hindi kailanman ipapakita ang mga ito sa publiko. Iwanang blangko kung gusto mong mag-ulat nang hindi nagpapakilala.
report-field-first-name = Pangalan
report-field-last-name = Apelyido
report-field-email = Address ng email
report-field-phone = Numero ng telepono
report-error-missing = Sagutin ang tanong na “{ $field }”
report-error-number = Dapat numero ang sagot sa “{ $field }”, gaya ng 3 o 2.5
report-error-too-long = Dapat { $max } character o mas kaunti ang sagot sa “{ $field }”
report-error-choice = Pumili ng isa sa mga nakalistang sagot sa “{ $field }”
report-error-datetime = Maglagay ng totoong petsa at oras para sa “{ $field }”
report-error-email = Maglagay ng email address sa tamang anyo, gaya ng name@example.com
report-error-phone = Maglagay ng numero ng telepono na may 7 hanggang 15 digit, gaya ng 416-392-2489

## Mga larawan
report-photos-heading = Mga larawan
report-photos-required = Kailangan ng kahit isang larawan para sa ganitong uri ng problema. Nakatutulong ito sa mga manggagawa na mahanap at maayos ito.
report-photos-optional = Opsyonal ang mga larawan, pero nakatutulong ang mga ito sa mga manggagawa na mahanap at maayos ang problema.
report-photos-limits = Maaari kang magdagdag ng hanggang { $count } larawan na JPEG, PNG o WebP, bawat isa ay hanggang { $megabytes } MB. Inaalis namin ang lokasyon at mga detalye ng camera sa kopyang itinatago namin.
report-photo-label = Pumili ng larawan
report-photo-upload = I-upload ang larawan
report-photo-uploading = Ina-upload ang larawan
report-photo-alt = Larawan { $number }
report-photo-remove = Alisin ang larawan { $number }
report-photo-has-location = Nakatala sa larawan { $number } kung saan ito kinunan.
report-photo-use-location = Gamitin ang lokasyon ng larawan { $number }
report-photos-count =
    { $count ->
        [0] Walang larawan
        [one] { $count } larawan
       *[other] { $count } larawan
    }
report-error-photo-missing = Pumili ng larawang ia-upload
report-error-photo-too-large = Dapat mas maliit sa { $megabytes } MB ang larawan
report-error-photo-type = Dapat larawan na JPEG, PNG o WebP ang file
report-error-photo-dimensions = Masyadong marami ang pixel ng larawan. Pumili ng mas maliit na larawan.
report-error-photo-damaged = Sira ang larawan at hindi ito mabasa. Pumili ng ibang larawan.
report-error-photo-limit = Maaari kang magdagdag ng hanggang { $count } larawan. Mag-alis ng isa para makapagdagdag ng iba.
report-error-photo-required = Magdagdag ng kahit isang larawan
report-error-photo-outside = Nasa labas ng Lungsod ng Toronto ang lugar kung saan kinunan ang larawang ito

## Pagsusuri, mga kaparehong ulat sa malapit, at pagpapadala
report-check-heading = Suriin ang iyong mga sagot bago ipadala ang iyong ulat
report-check-answers = Ang iyong mga sagot
report-change = Baguhin
report-anonymous = Hindi ibinigay: hindi nagpapakilala ang nag-ulat
report-submit-note = Sa pagpapadala ng ulat na ito, kinukumpirma mong tama ang impormasyon ayon sa iyong pagkakaalam.
report-submit = Ipadala ang ulat
report-nearby-heading = Naiulat na ba ito?
report-nearby-intro = Nasa loob ng 250 metro ang mga bukas na kahilingang ito para sa parehong problema. Kung isa sa mga ito ang sa iyo, subaybayan na lang ito sa halip na magpadala ng bagong ulat.
report-nearby-distance = Mga { $metres } m ang layo
report-nearby-reporters =
    { $count ->
        [one] Iniulat ng { $count } tao
       *[other] Iniulat ng { $count } tao
    }
report-me-too = Ako rin: subaybayan ang { $number }
report-error-follow = Hindi na masusubaybayan ang kahilingang iyon. Magpadala na lang ng sarili mong ulat.
report-sent-heading = Naipadala ang ulat
report-sent-number = Ang numero ng iyong kahilingan sa serbisyo ay
report-sent-next = Itago ang numerong ito. Magagamit mo ito para makita ang susunod na mangyayari.
report-sent-track = Subaybayan ang kahilingang ito
report-another = Mag-ulat ng isa pang problema
report-following-heading = Sinusubaybayan mo ang { $number }
report-following-body = Idinagdag ka sa kahilingang ito sa halip na gumawa ng bago. Ipinapakita ng pahina ng katayuan nito ang susunod na mangyayari.
