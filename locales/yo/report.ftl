### Ríròyìn ìṣòro: àwọn ojú-ìwé /report, àṣìṣe wọn, máàpù àti fọ́tò.

report-page-title = { $heading } – { -product-name }
report-caption = Ròyìn ìṣòro kan
report-unavailable = A kò lè fi fọ́ọ̀mù ìròyìn hàn báyìí. Ẹ jọ̀ọ́, ẹ tún gbìyànjú lẹ́yìn ìṣẹ́jú díẹ̀.
report-continue = Tẹ̀síwájú
report-optional = { $label } (kò pọndandan)

## Yíyan iṣẹ́
report-choose-heading = Kí ni o fẹ́ ròyìn?
report-choose-intro = Fi ọ̀rọ̀ ara rẹ wá a, tàbí yan láti inú àwọn kókó-ọ̀rọ̀ tó wà nísàlẹ̀.
report-start-button = Bẹ̀rẹ̀ báyìí
report-choose-other = Ròyìn nǹkan mìíràn
report-not-found-heading = A kò rí ìròyìn yẹn
report-not-found-body = Ó ṣeé ṣe kí ìjápọ̀ náà má pé, tàbí kí wọ́n ti tẹ̀ ẹ́ ní àṣìṣe.
report-start-again = Bẹ̀rẹ̀ ìròyìn tuntun

## Ta ló ni í, àti ìkọ̀wé-ògiri tí ìkórìíra sún
report-owner-question = Ta ló ni nǹkan tí ìṣòro wà lára rẹ̀?
report-owner-hint = Wá àmì ìdánimọ̀ (logo) tàbí àkọlé lára rẹ̀. Ohun tí Ìjọba Ìlú ní nìkan ni ó lè tún ṣe.
report-owner-city = Ìjọba Ìlú Toronto, fún àpẹẹrẹ ògiri, afárá, àmì ojú ọ̀nà tàbí agolo ìdọ̀tí ti Ìjọba Ìlú
report-owner-unknown = Èmi kò mọ̀
report-owner-bell = Bell Canada: àgọ́ tẹlifóònù, òpó àti àpótí Bell
report-owner-rogers = Rogers: àpótí kébù àti àpótí ẹ̀rọ kébù
report-owner-toronto-hydro = Toronto Hydro: òpó iná mànàmáná, ẹ̀rọ transformer àti àpótí iná mànàmáná
report-owner-canada-post = Canada Post: àpótí lẹ́tà àti àpótí ẹrù tí a fi kọ́kọ́rọ́ tì
report-owner-ttc = TTC: àgọ́ ìdúró ọkọ̀, ibùdókọ̀ àti àwọn ọkọ̀
report-error-owner = Yan ẹni tó ni í, tàbí “Èmi kò mọ̀”
report-referral-heading = Kì í ṣe iṣẹ́ Ìjọba Ìlú láti tún èyí ṣe
report-referral-intro = Ohun tí Ìjọba Ìlú ní nìkan ni ó lè tún ṣe tàbí fọ̀ mọ́, nítorí náà a kò ṣẹ̀dá ìbéèrè iṣẹ́ kankan. Ẹ jọ̀ọ́, ẹ ròyìn rẹ̀ fún ẹni tó ni í.
report-referral-bell = Bell Canada: pe 1-866-310-2355.
report-referral-rogers = Rogers: pe 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: pe 416-542-8000. Tí wáyà bá já bọ́ sílẹ̀ tàbí tí ó ń ta ìtànná, dúró sí ibi tó jìnnà ní mítà 10, kí o sì pe 911.
report-referral-canada-post = Canada Post: pe 1-866-607-6301.
report-referral-ttc = TTC: pe Ẹ̀ka Iṣẹ́ Oníbàárà ní 416-393-3030.
report-hate-heading = Ìkọ̀wé-ògiri tí ìkórìíra sún
report-hate-police = Tí ìkọ̀wé-ògiri náà bá dojú kọ àwọn ènìyàn nítorí ẹ̀yà wọn, ẹ̀sìn wọn, orílẹ̀ tí wọ́n ti wá, ìfẹ́ ìbálòpọ̀ wọn, akọ tàbí abo tí wọ́n jẹ́, tàbí àìlera ara wọn, kọ́kọ́ ròyìn rẹ̀ fún Ọlọ́pàá Toronto (Toronto Police): pe 416-808-2222, nọ́mbà tí kì í ṣe ti pàjáwìrì, tàbí 911 tí ẹnikẹ́ni bá wà nínú ewu. Ọlọ́pàá yóò kọ ọ́ sílẹ̀ gẹ́gẹ́ bí ìwà ọ̀daràn ìkórìíra tó ṣeé ṣe kí wọ́n tó pa á rẹ́.
report-hate-then = Lẹ́yìn náà, ròyìn rẹ̀ níbí, kí Ìjọba Ìlú lè pa á rẹ́ kíákíá.

## Ibi
report-location-heading = Níbo ni ìṣòro náà wà?
report-location-current = Ibi tí a yàn
report-location-address = { $address }, Wọ́ọ̀dù { $ward }
report-location-pin = Àmì wà ní { $lat }, { $long }, Wọ́ọ̀dù { $ward }
report-map-heading = Fi àmì sí orí máàpù
report-map-hint = Tẹ tàbí fọwọ́ kan máàpù níbi tí ìṣòro náà wà, lẹ́yìn náà fa àmì náà láti ṣàtúnṣe ibi tó wà. Tí o bá ń lo kíbọ́ọ̀dù, fi àwọn bọ́tìnnì ọfà gbé máàpù náà kiri, lẹ́yìn náà yan “Fi àmì sí àárín máàpù”.
report-map-label = Máàpù
report-map-pin = Ibi tí ìṣòro náà wà
report-map-pin-at = A ti fi àmì sí { $lat }, { $long }
report-map-no-pin = A kò tíì fi àmì kankan sí i
report-map-locate = Lo ibi tí mo wà
report-map-locate-failed = A kò rí ibi tí o wà. Fi àmì sí orí máàpù tàbí tẹ àdírẹ́sì kan.
report-map-centre = Fi àmì sí àárín máàpù
report-map-use = Lo ibi tí àmì yìí wà
report-address-heading = Tàbí tẹ àdírẹ́sì tàbí oríta kan
report-place-label = Òpópónà, oríta tàbí ibì kan
report-place-hint = Fún àpẹẹrẹ: Queen St W & Spadina Ave, tàbí Nathan Phillips Square
report-place-find = Wá a
report-place-none = Kò sí ohun tó bá “{ $query }” mu. Ṣàyẹ̀wò sípẹ́lì rẹ̀, tàbí gbìyànjú oríta tó súnmọ́ jù lọ.
report-place-choose = Yan èyí tó súnmọ́ jù lọ
report-place-use = Lo ibi yìí
report-place-kind-street = Òpópónà
report-place-kind-intersection = Oríta
report-place-kind-place = Ibì kan
report-error-outside-city = Ibi yìí wà lẹ́yìn òde ìlú Toronto. Yan ibì kan tó wà nínú ìlú.
report-error-pin-missing = Fi àmì sí orí máàpù, tàbí tẹ àdírẹ́sì kan nísàlẹ̀
report-error-place-choose = Yan ọ̀kan nínú àwọn èsì náà, tàbí tún wá a
report-error-location-missing = Tẹ òpópónà, oríta tàbí ibì kan, tàbí fi àmì sí orí máàpù

## Àlàyé àti ìbánisọ̀rọ̀
report-details-heading = Sọ fún wa nípa ìṣòro náà
report-field-description = Ṣàpèjúwe ìṣòro náà
report-description-hint = Ohun tí o rí, àti ohunkóhun tó lè ran àwọn òṣìṣẹ́ lọ́wọ́ láti rí i. Ẹ jọ̀ọ́, ẹ má ṣe fi ìsọfúnni ti ara ẹni sí i.
report-contact-heading = Ìsọfúnni ìbánisọ̀rọ̀ rẹ (kò pọndandan)
report-contact-hint = A máa lò wọ́n láti kàn sí ọ nípa ìròyìn yìí nìkan. A kì í fi wọ́n hàn ní gbangba rárá. Fi wọ́n sílẹ̀ ní òfo láti ròyìn láìdárúkọ ara rẹ.
report-field-first-name = Orúkọ àkọ́kọ́
report-field-last-name = Orúkọ ìdílé
report-field-email = Àdírẹ́sì ímeèlì
report-field-phone = Nọ́mbà fóònù
report-error-missing = Dáhùn ìbéèrè “{ $field }”
report-error-number = Ìdáhùn sí “{ $field }” gbọ́dọ̀ jẹ́ nọ́mbà, bí 3 tàbí 2.5
report-error-too-long = Ìdáhùn sí “{ $field }” kò gbọdọ̀ ju lẹ́tà { $max } lọ
report-error-choice = Yan ọ̀kan nínú àwọn ìdáhùn tí a tò fún “{ $field }”
report-error-datetime = Tẹ ọjọ́ àti àkókò tó péye fún “{ $field }”
report-error-email = Tẹ àdírẹ́sì ímeèlì ní ọ̀nà tó tọ́, bí name@example.com
report-error-phone = Tẹ nọ́mbà fóònù tó ní díjítì 7 sí 15, bí 416-392-2489

## Fọ́tò
report-photos-heading = Àwọn fọ́tò
report-photos-required = Irú ìṣòro yìí nílò fọ́tò kan ó kéré tán. Ó ń ran àwọn òṣìṣẹ́ lọ́wọ́ láti rí i àti láti tún un ṣe.
report-photos-optional = Fọ́tò kò pọndandan, ṣùgbọ́n wọ́n ń ran àwọn òṣìṣẹ́ lọ́wọ́ láti rí ìṣòro náà àti láti tún un ṣe.
report-photos-limits = O lè fi fọ́tò tó tó { $count } kún un ní ọ̀nà JPEG, PNG tàbí WebP, tí ọ̀kọ̀ọ̀kan kò ju { $megabytes } MB lọ. A máa ń yọ ìsọfúnni ibi àti kámẹ́rà kúrò nínú ẹ̀dà tí a tọ́jú.
report-photo-label = Yan fọ́tò kan
report-photo-upload = Gbé fọ́tò sókè
report-photo-uploading = Fọ́tò ń gòkè
report-photo-alt = Fọ́tò { $number }
report-photo-remove = Yọ fọ́tò { $number } kúrò
report-photo-has-location = Fọ́tò { $number } ní ìsọfúnni ibi tí a ti yà á.
report-photo-use-location = Lo ibi tí a ti ya fọ́tò { $number }
report-photos-count =
    { $count ->
        [0] Kò sí fọ́tò
       *[other] Fọ́tò { $count }
    }
report-error-photo-missing = Yan fọ́tò kan láti gbé sókè
report-error-photo-too-large = Fọ́tò náà gbọ́dọ̀ kéré sí { $megabytes } MB
report-error-photo-type = Fáìlì náà gbọ́dọ̀ jẹ́ fọ́tò ní ọ̀nà JPEG, PNG tàbí WebP
report-error-photo-dimensions = Fọ́tò náà ní píksẹ́lì tó pọ̀ jù. Yan fọ́tò tó kéré sí i.
report-error-photo-damaged = Fọ́tò náà ti bàjẹ́, a kò sì lè kà á. Yan fọ́tò mìíràn.
report-error-photo-limit = O lè fi fọ́tò tó tó { $count } kún un. Yọ ọ̀kan kúrò láti fi òmíràn kún un.
report-error-photo-required = Fi fọ́tò kan ó kéré tán kún un
report-error-photo-outside = Ibi tí a ti ya fọ́tò yìí wà lẹ́yìn òde ìlú Toronto

## Àyẹ̀wò, ìbéèrè tó jọra nítòsí, àti fífi ránṣẹ́
report-check-heading = Ṣàyẹ̀wò àwọn ìdáhùn rẹ kí o tó fi ìròyìn rẹ ránṣẹ́
report-check-answers = Àwọn ìdáhùn rẹ
report-change = Yí i padà
report-anonymous = A kò fún wa: ìròyìn yìí kò ní orúkọ
report-submit-note = Nípa fífi ìròyìn yìí ránṣẹ́, o fìdí rẹ̀ múlẹ̀ pé ìsọfúnni náà tọ̀nà bí o ti mọ̀ ọ́n tó.
report-submit = Fi ìròyìn ránṣẹ́
report-nearby-heading = Ṣé a ti ròyìn èyí tẹ́lẹ̀?
report-nearby-intro = Àwọn ìbéèrè tó ṣì ṣí sílẹ̀ yìí fún ìṣòro kan náà wà láàárín mítà 250. Tí ọ̀kan nínú wọn bá jẹ́ ìṣòro tìrẹ, tẹ̀lé e dípò kí o fi ìròyìn tuntun ránṣẹ́.
report-nearby-distance = Nǹkan bí mítà { $metres } síbí
report-nearby-reporters =
    { $count ->
       *[other] Ènìyàn { $count } ló ròyìn rẹ̀
    }
report-me-too = Èmi náà: tẹ̀lé { $number }
report-error-follow = A kò lè tẹ̀lé ìbéèrè yẹn mọ́. Dípò bẹ́ẹ̀, fi ìròyìn tìrẹ ránṣẹ́.
report-sent-heading = A ti fi ìròyìn ránṣẹ́
report-sent-number = Nọ́mbà ìbéèrè iṣẹ́ rẹ ni
report-sent-next = Tọ́jú nọ́mbà yìí. O lè lò ó láti rí ohun tí yóò ṣẹlẹ̀ lẹ́yìn náà.
report-sent-track = Tẹ̀lé ìbéèrè yìí
report-another = Ròyìn ìṣòro mìíràn
report-following-heading = O ń tẹ̀lé { $number }
report-following-body = A fi ọ́ kún ìbéèrè yìí dípò kí a ṣẹ̀dá òmíràn tuntun. Ojú-ìwé ipò rẹ̀ ń fi ohun tí yóò ṣẹlẹ̀ lẹ́yìn náà hàn.
