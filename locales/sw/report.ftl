### Kuripoti tatizo: kurasa za /report, makosa yake, ramani na picha.

report-page-title = { $heading } – { -product-name }
report-caption = Ripoti tatizo
report-unavailable = Fomu ya kuripoti haiwezi kuonyeshwa kwa sasa. Tafadhali jaribu tena baada ya dakika chache.
report-continue = Endelea
report-optional = { $label } (si lazima)

## Kuchagua huduma
report-choose-heading = Unataka kuripoti nini?
report-choose-intro = Tafuta kwa maneno yako mwenyewe, au chagua kutoka kwenye mada zilizo hapa chini.
report-start-button = Anza sasa
report-choose-other = Ripoti kitu kingine
report-not-found-heading = Hatuwezi kupata ripoti hiyo
report-not-found-body = Huenda kiungo hakijakamilika au kimeandikwa vibaya.
report-start-again = Anza ripoti mpya

## Mmiliki, na michoro ya ukutani inayochochewa na chuki
report-owner-question = Kitu chenye tatizo ni mali ya nani?
report-owner-hint = Tafuta nembo au lebo juu yake. Jiji linaweza kurekebisha tu vitu linavyomiliki.
report-owner-city = Jiji la Toronto, kwa mfano ukuta, daraja, ishara au pipa la taka la Jiji
report-owner-unknown = Sijui
report-owner-bell = Bell Canada: vibanda vya simu, nguzo na makabati ya Bell
report-owner-rogers = Rogers: masanduku ya kebo na makabati
report-owner-toronto-hydro = Toronto Hydro: nguzo za umeme, transfoma na masanduku ya umeme
report-owner-canada-post = Canada Post: masanduku ya barua na makabati ya vifurushi
report-owner-ttc = TTC: vibanda vya kusubiri usafiri, vituo na magari
report-error-owner = Chagua mmiliki, au “Sijui”
report-referral-heading = Jiji halihusiki na kurekebisha hiki
report-referral-intro = Jiji linaweza tu kukarabati au kusafisha vitu linavyomiliki, kwa hiyo hakuna ombi la huduma lililoundwa. Tafadhali ripoti tatizo hili kwa mmiliki.
report-referral-bell = Bell Canada: piga simu 1-866-310-2355.
report-referral-rogers = Rogers: piga simu 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: piga simu 416-542-8000. Ikiwa nyaya za umeme zimeanguka au zinatoa cheche, kaa umbali wa mita 10 na upige 911.
report-referral-canada-post = Canada Post: piga simu 1-866-607-6301.
report-referral-ttc = TTC: piga simu Huduma kwa Wateja kwa 416-393-3030.
report-hate-heading = Michoro ya ukutani inayochochewa na chuki
report-hate-police = Ikiwa michoro inawalenga watu kwa sababu ya rangi, dini, asili ya kikabila, mwelekeo wa kingono, jinsia au ulemavu wao, iripoti kwanza kwa Toronto Police (Polisi wa Toronto): piga 416-808-2222, laini isiyo ya dharura, au 911 ikiwa mtu yeyote yuko hatarini. Polisi huirekodi kama uwezekano wa uhalifu wa chuki kabla haijaondolewa.
report-hate-then = Kisha iripoti hapa, ili Jiji liweze kuiondoa haraka.

## Mahali
report-location-heading = Tatizo liko wapi?
report-location-current = Mahali palipochaguliwa
report-location-address = { $address }, Wadi { $ward }
report-location-pin = Pini katika { $lat }, { $long }, Wadi { $ward }
report-map-heading = Weka pini kwenye ramani
report-map-hint = Bofya au gusa ramani mahali tatizo lilipo, kisha buruta pini ili kuirekebisha. Ukitumia kibodi, sogeza ramani kwa vitufe vya mishale, kisha chagua “Weka pini katikati ya ramani”.
report-map-label = Ramani
report-map-pin = Mahali pa tatizo
report-map-pin-at = Pini imewekwa katika { $lat }, { $long }
report-map-no-pin = Bado hakuna pini iliyowekwa
report-map-locate = Tumia mahali nilipo
report-map-locate-failed = Hatukuweza kupata mahali ulipo. Weka pini kwenye ramani au andika anwani.
report-map-centre = Weka pini katikati ya ramani
report-map-use = Tumia mahali pa pini hii
report-address-heading = Au andika anwani au makutano ya barabara
report-place-label = Barabara, makutano au mahali
report-place-hint = Kwa mfano: Queen St W & Spadina Ave, au Nathan Phillips Square
report-place-find = Tafuta
report-place-none = Hakuna kinacholingana na “{ $query }”. Angalia tahajia, au jaribu makutano yaliyo karibu zaidi.
report-place-choose = Chagua kinacholingana zaidi
report-place-use = Tumia mahali hapa
report-place-kind-street = Barabara
report-place-kind-intersection = Makutano
report-place-kind-place = Mahali
report-error-outside-city = Mahali hapa ni nje ya Jiji la Toronto. Chagua mahali ndani ya jiji.
report-error-pin-missing = Weka pini kwenye ramani, au andika anwani hapa chini
report-error-place-choose = Chagua mojawapo ya matokeo, au tafuta tena
report-error-location-missing = Andika barabara, makutano au mahali, au weka pini kwenye ramani

## Maelezo na mawasiliano
report-details-heading = Tueleze kuhusu tatizo
report-field-description = Eleza tatizo
report-description-hint = Unachokiona, na chochote kitakachosaidia wafanyakazi kulipata. Tafadhali usiweke taarifa binafsi.
report-contact-heading = Maelezo yako ya mawasiliano (si lazima)
report-contact-hint = Tunayatumia tu kuwasiliana nawe kuhusu ripoti hii. Hayaonyeshwi hadharani kamwe. Yaache wazi ili kuripoti bila kujitambulisha.
report-field-first-name = Jina la kwanza
report-field-last-name = Jina la ukoo
report-field-email = Anwani ya barua pepe
report-field-phone = Nambari ya simu
report-error-missing = Jibu swali “{ $field }”
report-error-number = Jibu la “{ $field }” lazima liwe nambari, kama 3 au 2.5
report-error-too-long = Jibu la “{ $field }” lazima liwe na herufi { $max } au chache zaidi
report-error-choice = Chagua mojawapo ya majibu yaliyoorodheshwa kwa “{ $field }”
report-error-datetime = Weka tarehe na saa halisi kwa “{ $field }”
report-error-email = Weka anwani ya barua pepe katika muundo sahihi, kama name@example.com
report-error-phone = Weka nambari ya simu yenye tarakimu 7 hadi 15, kama 416-392-2489

## Picha
report-photos-heading = Picha
report-photos-required = Aina hii ya tatizo inahitaji angalau picha moja. Picha inasaidia wafanyakazi kulipata na kulirekebisha.
report-photos-optional = Picha si lazima, lakini zinasaidia wafanyakazi kupata na kurekebisha tatizo.
report-photos-limits = Unaweza kuongeza hadi picha { $count } katika muundo wa JPEG, PNG au WebP, kila moja isizidi MB { $megabytes }. Tunaondoa maelezo ya mahali na ya kamera kwenye nakala tunayohifadhi.
report-photo-label = Chagua picha
report-photo-upload = Pakia picha
report-photo-uploading = Inapakia picha
report-photo-alt = Picha { $number }
report-photo-remove = Ondoa picha { $number }
report-photo-has-location = Picha { $number } ina rekodi ya mahali ilipopigwa.
report-photo-use-location = Tumia mahali pa picha { $number }
report-photos-count =
    { $count ->
        [0] Hakuna picha
        [one] Picha { $count }
       *[other] Picha { $count }
    }
report-error-photo-missing = Chagua picha ya kupakia
report-error-photo-too-large = Picha lazima iwe ndogo kuliko MB { $megabytes }
report-error-photo-type = Faili lazima iwe picha katika muundo wa JPEG, PNG au WebP
report-error-photo-dimensions = Picha ina pikseli nyingi mno. Chagua picha ndogo zaidi.
report-error-photo-damaged = Picha imeharibika na haiwezi kusomwa. Chagua picha nyingine.
report-error-photo-limit = Unaweza kuongeza hadi picha { $count }. Ondoa moja ili kuongeza nyingine.
report-error-photo-required = Ongeza angalau picha moja
report-error-photo-outside = Mahali picha hii ilipopigwa ni nje ya Jiji la Toronto

## Kukagua, ripoti zinazofanana zilizo karibu, na kutuma
report-check-heading = Kagua majibu yako kabla ya kutuma ripoti yako
report-check-answers = Majibu yako
report-change = Badilisha
report-anonymous = Haijatolewa: ripoti hii haina jina
report-submit-note = Kwa kutuma ripoti hii unathibitisha kwamba taarifa ni sahihi kwa kadiri unavyojua.
report-submit = Tuma ripoti
report-nearby-heading = Je, tatizo hili tayari limeripotiwa?
report-nearby-intro = Maombi haya ambayo bado yako wazi kuhusu tatizo hilohilo yako ndani ya mita 250. Ikiwa mojawapo ni lako, lifuatilie badala ya kutuma ripoti mpya.
report-nearby-distance = Umbali wa takriban mita { $metres }
report-nearby-reporters =
    { $count ->
        [one] Limeripotiwa na mtu { $count }
       *[other] Limeripotiwa na watu { $count }
    }
report-me-too = Mimi pia: fuatilia { $number }
report-error-follow = Ombi hilo haliwezi kufuatiliwa tena. Tuma ripoti yako mwenyewe badala yake.
report-sent-heading = Ripoti imetumwa
report-sent-number = Nambari yako ya ombi la huduma ni
report-sent-next = Hifadhi nambari hii. Unaweza kuitumia kuona kitakachofuata.
report-sent-track = Fuatilia ombi hili
report-another = Ripoti tatizo lingine
report-following-heading = Unafuatilia { $number }
report-following-body = Umeongezwa kwenye ombi hili badala ya kuunda jipya. Ukurasa wake wa hali unaonyesha kitakachofuata.
