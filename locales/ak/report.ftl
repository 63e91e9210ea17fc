### Ɔhaw ho amanneɛbɔ: /report krataafa ahodoɔ, wɔn mfomsoɔ, asase mfonini ne mfonini.

report-page-title = { $heading } – { -product-name }
report-caption = Bɔ ɔhaw bi ho amanneɛ
report-unavailable = Yɛntumi nkyerɛ amanneɛbɔ krataa no seesei. Yɛsrɛ wo, san bɔ mmɔden wɔ simma kakra akyi.
report-continue = Toa so
report-optional = { $label } (sɛ wopɛ a)

## Dwumadie a wobɛyi
report-choose-heading = Dɛn ho amanneɛ na wopɛ sɛ wobɔ?
report-choose-intro = Fa wo ankasa wo nsɛmfua hwehwɛ, anaa yi biribi firi nsɛmti a ɛwɔ aseɛ ha no mu.
report-start-button = Hyɛ aseɛ seesei
report-choose-other = Bɔ biribi foforɔ ho amanneɛ
report-not-found-heading = Yɛanhu saa amanneɛbɔ no
report-not-found-body = Ebia link no nwie pɛ, anaa wɔakyerɛw no mfomsoɔ so.
report-start-again = Hyɛ amanneɛbɔ foforɔ aseɛ

## Hwan na ɔwɔ adeɛ no, ne ɔfasuo so akyerɛwdeɛ a ɛfiri tan mu
report-owner-question = Hwan na ɔwɔ adeɛ a ɔhaw no wɔ ho no?
report-owner-hint = Hwehwɛ agyiraeɛ (logo) anaa din a wɔakyerɛw agu so. Kuropɔn no tumi siesie deɛ ɛyɛ ne dea nkoaa.
report-owner-city = Toronto Kuropɔn no, sɛ nhwɛsoɔ no Kuropɔn no ɔfasuo, bridge, nkyerɛkyerɛdeɛ anaa nwura adaka
report-owner-unknown = Mennim
report-owner-bell = Bell Canada: telefon dan nketewa, Bell nnua ne nnaka
report-owner-rogers = Rogers: cable nnaka ne nnaka akɛseɛ
report-owner-toronto-hydro = Toronto Hydro: kanea nnua, transformer ahodoɔ ne kanea nnaka
report-owner-canada-post = Canada Post: krataa nnaka ne nnaka a wɔde nneɛma a wɔde mena to mu
report-owner-ttc = TTC: kaa gyinabea dan nketewa, kaa gyinabea ne kaa ahodoɔ
report-error-owner = Yi deɛ ɔwɔ no, anaa “Mennim”
report-referral-heading = Ɛnyɛ Kuropɔn no na ɛsɛ sɛ ɔsiesie yei
report-referral-intro = Kuropɔn no tumi siesie anaa popa deɛ ɛyɛ ne dea nkoaa, enti yɛanyɛ dwumadie abisadeɛ biara. Yɛsrɛ wo, bɔ ho amanneɛ kyerɛ deɛ ɔwɔ no.
report-referral-bell = Bell Canada: frɛ 1-866-310-2355.
report-referral-rogers = Rogers: frɛ 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: frɛ 416-542-8000. Sɛ kanea ahoma ate agu fam anaa ogya rebɔ mu a, twe wo ho firi hɔ kɔ mita 10 na frɛ 911.
report-referral-canada-post = Canada Post: frɛ 1-866-607-6301.
report-referral-ttc = TTC: frɛ wɔn adetɔfoɔ mmoa ɔfa wɔ 416-393-3030.
report-hate-heading = Ɔfasuo so akyerɛwdeɛ a ɛfiri tan mu
report-hate-police = Sɛ akyerɛwdeɛ no tia nnipa ɛnam wɔn mmusuakuo, wɔn som, baabi a wɔn mpanimfoɔ firi, wɔn nna ho ɔpɛ, sɛ wɔyɛ mmarima anaa mmaa, anaa wɔn dɛm nti a, di kan bɔ ho amanneɛ kyerɛ Toronto Polisifoɔ (Toronto Police): frɛ 416-808-2222, nɔma a ɛnyɛ ma asɛm a ɛhia ntɛm, anaa frɛ 911 sɛ obi wɔ asiane mu a. Ansa na wɔbɛpopa, polisifoɔ no kyerɛw no sɛ ebia ɛyɛ tan ho mmarato.
report-hate-then = Afei bɔ ho amanneɛ wɔ ha, sɛdeɛ ɛbɛyɛ a Kuropɔn no bɛtumi apopa ntɛm.

## Beaeɛ
report-location-heading = Ɛhe na ɔhaw no wɔ?
report-location-current = Beaeɛ a woayi
report-location-address = { $address }, Mpɔtam { $ward }
report-location-pin = Agyiraeɛ wɔ { $lat }, { $long }, Mpɔtam { $ward }
report-map-heading = Fa agyiraeɛ si asase mfonini no so
report-map-hint = Mia anaa fa wo nsa ka asase mfonini no wɔ baabi a ɔhaw no wɔ, afei twe agyiraeɛ no de kɔ ne beaeɛ pɔtee. Sɛ wode keyboard redi dwuma a, fa nsafe a ɛwɔ agyan (arrow keys) no twe asase mfonini no, afei yi “Fa agyiraeɛ no si asase mfonini no mfinimfini”.
report-map-label = Asase mfonini
report-map-pin = Baabi a ɔhaw no wɔ
report-map-pin-at = Wɔde agyiraeɛ no asi { $lat }, { $long }
report-map-no-pin = Agyiraeɛ biara nni so mprempren
report-map-locate = Fa baabi a mewɔ di dwuma
report-map-locate-failed = Yɛantumi anhu baabi a wowɔ. Fa agyiraeɛ no si asase mfonini no so anaa kyerɛw address bi.
report-map-centre = Fa agyiraeɛ no si asase mfonini no mfinimfini
report-map-use = Fa agyiraeɛ yi beaeɛ di dwuma
report-address-heading = Anaa kyerɛw address anaa baabi a akwan hyia
report-place-label = Abɔnten, baabi a akwan hyia anaa beaeɛ
report-place-hint = Sɛ nhwɛsoɔ no: Queen St W & Spadina Ave, anaa Nathan Phillips Square
report-place-find = Hwehwɛ
report-place-none = Biribiara ne “{ $query }” nhyia. Hwɛ sɛdeɛ wokyerɛw no, anaa sɔ baabi a akwan hyia a ɛbɛn hɔ paa hwɛ.
report-place-choose = Yi deɛ ɛbɛn paa
report-place-use = Fa beaeɛ yi di dwuma
report-place-kind-street = Abɔnten
report-place-kind-intersection = Baabi a akwan hyia
report-place-kind-place = Beaeɛ
report-error-outside-city = Beaeɛ yi nni Toronto Kuropɔn no mu. Yi beaeɛ bi a ɛwɔ kuropɔn no mu.
report-error-pin-missing = Fa agyiraeɛ si asase mfonini no so, anaa kyerɛw address wɔ aseɛ ha
report-error-place-choose = Yi deɛ ɛhyia no mu baako, anaa san hwehwɛ
report-error-location-missing = Kyerɛw abɔnten, baabi a akwan hyia anaa beaeɛ, anaa fa agyiraeɛ si asase mfonini no so

## Nsɛm a ɛfa ho ne nkitahodie
report-details-heading = Ka ɔhaw no ho asɛm kyerɛ yɛn
report-field-description = Kyerɛkyerɛ ɔhaw no mu
report-description-hint = Deɛ wohunu, ne biribiara a ɛbɛboa adwumayɛfoɔ no ma wɔahu baabi a ɛwɔ. Yɛsrɛ wo, mfa wo ho nsɛm a ɛyɛ kokoam nka ho.
report-contact-heading = Wo nkitahodie ho nsɛm (sɛ wopɛ a)
report-contact-hint = Yɛde di dwuma sɛ yɛde bɛkasa akyerɛ wo afa amanneɛbɔ yi ho nkoaa. Yɛnkyerɛ obiara da. Sɛ wopɛ sɛ wobɔ amanneɛ a wo din nni mu a, gyae hɔ hunu.
report-field-first-name = Din a edi kan
report-field-last-name = Abusua din
report-field-email = Email beaeɛ
report-field-phone = Telefon nɔma
report-error-missing = Yi asɛmmisa “{ $field }” ano
report-error-number = Mmuaeɛ a ɛfa “{ $field }” ho no ɛsɛ sɛ ɛyɛ nɔma, te sɛ 3 anaa 2.5
report-error-too-long = Mmuaeɛ a ɛfa “{ $field }” ho no nkyerɛwdeɛ ntumi mmoro { $max }
report-error-choice = Yi mmuaeɛ a wɔakyerɛw ama “{ $field }” no mu baako
report-error-datetime = Kyerɛw da ne berɛ a ɛyɛ nokware ma “{ $field }”
report-error-email = Kyerɛw email beaeɛ wɔ ɛkwan pa so, te sɛ name@example.com
report-error-phone = Kyerɛw telefon nɔma a ɛwɔ nɔma 7 kɔsi 15, te sɛ 416-392-2489

## Mfonini
report-photos-heading = Mfonini
report-photos-required = Ɔhaw a ɛte saa hia mfonini baako, anyɛ yie koraa. Ɛboa adwumayɛfoɔ no ma wɔhu na wɔsiesie.
report-photos-optional = Ɛnhia sɛ wode mfonini ka ho, nanso ɛboa adwumayɛfoɔ no ma wɔhu ɔhaw no na wɔsiesie.
report-photos-limits = Wobɛtumi de mfonini bɛyɛ { $count } a ɛyɛ JPEG, PNG anaa WebP aka ho, na emu biara nnyɛ kɛseɛ mmoro { $megabytes } MB. Yɛyi beaeɛ ne kamera ho nsɛm firi mfonini a yɛkora so no mu.
report-photo-label = Yi mfonini bi
report-photo-upload = Fa mfonini no to so
report-photo-uploading = Ɛde mfonini no rekɔ so
report-photo-alt = Mfonini { $number }
report-photo-remove = Yi mfonini { $number } firi hɔ
report-photo-has-location = Mfonini { $number } kyerɛ baabi a wɔtwaa no.
report-photo-use-location = Fa mfonini { $number } beaeɛ di dwuma
report-photos-count =
    { $count ->
        [0] Mfonini biara nni hɔ
        [one] Mfonini { $count }
       *[other] Mfonini { $count }
    }
report-error-photo-missing = Yi mfonini bi a wobɛde akɔ so
report-error-photo-too-large = Ɛsɛ sɛ mfonini no sua sene { $megabytes } MB
report-error-photo-type = Ɛsɛ sɛ fael no yɛ mfonini a ɛyɛ JPEG, PNG anaa WebP
report-error-photo-dimensions = Mfonini no pixels dɔɔso dodo. Yi mfonini a ɛsua.
report-error-photo-damaged = Mfonini no asɛe enti yɛntumi nkenkan. Yi mfonini foforɔ.
report-error-photo-limit = Wobɛtumi de mfonini bɛyɛ { $count } aka ho. Yi baako firi hɔ na woatumi de foforɔ aka ho.
report-error-photo-required = Fa mfonini baako, anyɛ yie koraa, ka ho
report-error-photo-outside = Baabi a wɔtwaa mfonini yi nni Toronto Kuropɔn no mu

## Hwɛ, abisadeɛ a ɛte saa ara a ɛbɛn ha, ne mena
report-check-heading = Hwɛ wo mmuaeɛ no ansa na wode w'amanneɛbɔ no amena
report-check-answers = Wo mmuaeɛ
report-change = Sesa
report-anonymous = Wɔmfaa bi mmaeɛ: amanneɛbɔ yi nni din
report-submit-note = Sɛ wode amanneɛbɔ yi mena a, wopene so sɛ nsɛm no yɛ nokware sɛdeɛ wonim.
report-submit = Fa amanneɛbɔ no mena
report-nearby-heading = Wɔabɔ yei ho amanneɛ dada anaa?
report-nearby-intro = Abisadeɛ a ɛda so bue yi fa ɔhaw korɔ no ara ho na ɛwɔ mita 250 mu. Sɛ emu baako yɛ w'ɔhaw no a, di akyi mmom sen sɛ wobɛmena amanneɛbɔ foforɔ.
report-nearby-distance = Ɛbɛyɛ mita { $metres } firi ha
report-nearby-reporters =
    { $count ->
        [one] Onipa { $count } na ɔbɔɔ ho amanneɛ
       *[other] Nnipa { $count } na wɔbɔɔ ho amanneɛ
    }
report-me-too = Me nso: di { $number } akyi
report-error-follow = Yɛntumi nni saa abisadeɛ no akyi bio. Mmom, fa w'ankasa w'amanneɛbɔ mena.
report-sent-heading = Wɔde amanneɛbɔ no akɔ
report-sent-number = Wo dwumadie abisadeɛ nɔma ne
report-sent-next = Kora nɔma yi so. Wobɛtumi de ahwɛ deɛ ɛbɛba akyire.
report-sent-track = Di abisadeɛ yi akyi
report-another = Bɔ ɔhaw foforɔ ho amanneɛ
report-following-heading = Wodi { $number } akyi
report-following-body = Yɛde wo aka abisadeɛ yi ho mmom sen sɛ yɛbɛyɛ foforɔ. Ne tebea krataafa no kyerɛ deɛ ɛbɛba akyire.
