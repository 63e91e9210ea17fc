### Ọ̀rọ̀ ojú-òpó Civic311: Yorùbá.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Fò lọ sí àkóónú pàtàkì
language-switcher-label = Èdè
loading = Ó ń ṣí…
footer-emergency = Fún ọ̀ràn pàjáwìrì, pe 911. Ojú-òpó yìí wà fún àwọn iṣẹ́ Ìjọba Ìlú tí kì í ṣe pàjáwìrì.

home-title = Ròyìn ìṣòro kan tàbí béèrè iṣẹ́ Ìjọba Ìlú – { -product-name }
home-heading = Ròyìn ìṣòro kan tàbí béèrè iṣẹ́ Ìjọba Ìlú
home-intro = Sọ fún Ìjọba Ìlú nípa kòtò ojú ọ̀nà, ìdọ̀tí tí wọn kò kó, ìkọ̀wé-ògiri àti ìṣòro mìíràn tó ju 60 lọ tí kì í ṣe pàjáwìrì. Wàá gba nọ́mbà ìbéèrè iṣẹ́ kan láti tẹ̀lé ohun tí yóò ṣẹlẹ̀ lẹ́yìn náà.
home-groups-heading = Nípa kí ni?
home-report-button = Ròyìn ìṣòro kan
service-group-count =
    { $count ->
       *[other] iṣẹ́ { $count }
    }
catalogue-unavailable = A kò lè fi àkójọ àwọn iṣẹ́ hàn báyìí. Ẹ jọ̀ọ́, ẹ tún gbìyànjú lẹ́yìn ìṣẹ́jú díẹ̀.

not-found-title = A kò rí ojú-ìwé náà – { -product-name }
not-found-heading = A kò rí ojú-ìwé náà
not-found-home-link = Lọ sí ojú-ìwé àkọ́kọ́

## Ìtọ́sọ́nà àti àṣìṣe fọ́ọ̀mù
site-nav-label = Pàtàkì
nav-track = Tẹ̀lé ìbéèrè kan
nav-report = Ròyìn ìṣòro kan
error-title-prefix = Àṣìṣe:
error-summary-heading = Ìṣòro kan wà

## Wíwá ìbéèrè iṣẹ́ kan
lookup-title = Tẹ̀lé ìbéèrè iṣẹ́ kan – { -product-name }
lookup-heading = Tẹ̀lé ìbéèrè iṣẹ́ kan
lookup-label = Nọ́mbà ìbéèrè iṣẹ́
lookup-hint = Nọ́mbà ìbéèrè iṣẹ́ rẹ wà lójú-ìwé ìjẹ́rìísí àti nínú àwọn ímeèlì tí a fi ránṣẹ́ sí ọ. Ó dà bí 2026-000123.
lookup-button = Wá ìbéèrè mi
lookup-error-format = Tẹ nọ́mbà ìbéèrè iṣẹ́ rẹ bí àpẹẹrẹ yìí: 2026-000123

## Ìbéèrè iṣẹ́ kan
request-title = Ìbéèrè iṣẹ́ { $number } – { -product-name }
request-heading = Ìbéèrè iṣẹ́ { $number }
request-status = Ipò
request-service = Iṣẹ́
request-division = Ẹ̀ka tó ń bójú tó o
request-filed = Ọjọ́ tí a gbà á
request-expected = Ọjọ́ tí a retí
request-location = Ibi
request-ward = Wọ́ọ̀dù
request-ward-value = Wọ́ọ̀dù { $number }: { $name }
request-due-today = a retí rẹ̀ lónìí
request-days-left =
    { $days ->
       *[other] ọjọ́ { $days } ló kù
    }
request-days-overdue =
    { $days ->
       *[other] ọjọ́ { $days } ti kọjá ọjọ́ tí a retí
    }
request-timeline-heading = Ohun tó ti ṣẹlẹ̀ títí di ìsinsìnyí
request-event-photo-alt = Fọ́tò iṣẹ́ náà láti ọ̀dọ̀ Ìjọba Ìlú, nọ́mbà { $number }
request-unavailable = A kò lè fi ìbéèrè iṣẹ́ yìí hàn báyìí. Ẹ jọ̀ọ́, ẹ tún gbìyànjú lẹ́yìn ìṣẹ́jú díẹ̀.
request-not-found-title = A kò rí ìbéèrè iṣẹ́ náà – { -product-name }
request-not-found-heading = A kò rí ìbéèrè iṣẹ́ yẹn
request-not-found-body = Kò sí ìbéèrè iṣẹ́ { $number }. Ṣàyẹ̀wò nọ́mbà tó wà lójú-ìwé ìjẹ́rìísí rẹ tàbí nínú ímeèlì rẹ. Ìbéèrè tí o ṣẹ̀ṣẹ̀ fi ránṣẹ́ lè gba ìṣẹ́jú kan kí ó tó hàn.
request-not-found-retry = Wá nọ́mbà mìíràn

## Ipò ìbéèrè, ní èdè tó rọrùn
status-received = A ti gbà á
status-assigned = A ti fi lé ẹ̀ka tó yẹ lọ́wọ́
status-inspection = Àyẹ̀wò
status-scheduled = A ti ṣètò ọjọ́ iṣẹ́
status-completed = A ti parí rẹ̀
status-closed_referred = A ti pa á dé – a fi ránṣẹ́ sí àjọ mìíràn
status-closed_no_action = A ti pa á dé – kò nílò ìgbésẹ̀ kankan
status-closed_duplicate = A ti pa á dé – ẹnìkan ti ròyìn rẹ̀ tẹ́lẹ̀

## Àkójọ àwọn iṣẹ́ Ìjọba Ìlú
nav-services = Àwọn iṣẹ́ Ìjọba Ìlú
services-title = Àwọn iṣẹ́ Ìjọba Ìlú – { -product-name }
services-heading = Àwọn iṣẹ́ Ìjọba Ìlú
services-intro = Wá iṣẹ́ tó bá ìṣòro rẹ mu. Fi ọ̀rọ̀ ara rẹ wá a, tàbí wo àwọn iṣẹ́ ní kókó-ọ̀rọ̀ kọ̀ọ̀kan.
services-search-label = Wá iṣẹ́ kan
services-search-hint = Fún àpẹẹrẹ: kòtò ojú ọ̀nà, ìdọ̀tí tí wọn kò kó, ariwo
services-search-button = Wá
services-results-heading =
    { $count ->
       *[other] iṣẹ́ { $count } ló bá “{ $query }” mu
    }
services-no-results = Kò sí iṣẹ́ tó bá “{ $query }” mu. Gbìyànjú ọ̀rọ̀ mìíràn, tàbí wo àwọn kókó-ọ̀rọ̀ tó wà nísàlẹ̀.
services-browse-heading = Wo àwọn iṣẹ́ ní kókó-ọ̀rọ̀ kọ̀ọ̀kan
service-detail-title = { $name } – { -product-name }
service-topic = Kókó-ọ̀rọ̀
service-standard = Òṣùwọ̀n iṣẹ́
service-sla-hours =
    { $count ->
       *[other] A ń gbìyànjú láti dáhùn láàárín wákàtí { $count }
    }
service-sla-business-days =
    { $count ->
       *[other] A ń gbìyànjú láti dáhùn láàárín ọjọ́ iṣẹ́ { $count }
    }
service-sla-calendar-days =
    { $count ->
       *[other] A ń gbìyànjú láti dáhùn láàárín ọjọ́ { $count }
    }
service-back = Gbogbo iṣẹ́ Ìjọba Ìlú
service-not-found-title = A kò rí iṣẹ́ náà – { -product-name }
service-not-found-heading = A kò rí iṣẹ́ yẹn

## Ẹ̀sùn nípa ìbéèrè iṣẹ́
request-complaint-heading = Ṣé inú rẹ kò dùn sí bí ìbéèrè yìí ṣe ń lọ?
request-complaint-overdue = Ọjọ́ tí a retí ti kọjá, a kò sì tíì pa ìbéèrè yìí dé. O lè fi ẹ̀sùn kan sílẹ̀: alábòójútó kan gbọ́dọ̀ dáhùn rẹ̀ láàárín ọjọ́ iṣẹ́ 5, bí bẹ́ẹ̀ kọ́, a ó gbé e lọ sọ́dọ̀ àwọn olùdarí ẹ̀ka tó ń bójú tó o.
request-complaint-closed = Bí a kò bá tíì yanjú ìṣòro náà, tàbí tí o kò bá fara mọ́ bí a ṣe pa ìbéèrè yìí dé, o lè fi ẹ̀sùn kan sílẹ̀: alábòójútó kan gbọ́dọ̀ dáhùn rẹ̀ láàárín ọjọ́ iṣẹ́ 5, bí bẹ́ẹ̀ kọ́, a ó gbé e lọ sọ́dọ̀ àwọn olùdarí ẹ̀ka tó ń bójú tó o.
request-complaint-details = Kí ni ìṣòro náà?
request-complaint-details-hint = Fún àpẹẹrẹ: kòtò ojú ọ̀nà náà ṣì wà lẹ́yìn tí a ti pa ìbéèrè náà dé.
request-complaint-email = Àdírẹ́sì ímeèlì (kò pọndandan)
request-complaint-email-hint = Kí a lè sọ ìdáhùn náà fún ọ. A kì í fi í hàn ní gbangba rárá.
request-complaint-submit = Fi ẹ̀sùn sílẹ̀
request-complaint-filed = A ti gba ẹ̀sùn rẹ. Ó hàn nínú ìtàn ìṣẹ̀lẹ̀ tó wà nísàlẹ̀.
request-complaint-pending = Ẹ̀sùn kan nípa ìbéèrè yìí ń dúró de ìdáhùn, a sì retí ìdáhùn náà kí ó tó di { $date }.
request-complaint-escalated = Ìdáhùn náà ti pẹ́, nítorí náà a ti gbé ẹ̀sùn náà lọ sọ́dọ̀ àwọn olùdarí ẹ̀ka tó ń bójú tó o.
request-complaint-error-details = Sọ ìṣòro náà fún wa
request-complaint-error-too-long = Ẹ̀sùn náà kò gbọdọ̀ ju lẹ́tà 2000 lọ
status-complaint = A ti fi ẹ̀sùn sílẹ̀
status-escalated = A ti gbé ẹ̀sùn náà lọ sọ́dọ̀ àwọn olùdarí ẹ̀ka tó ń bójú tó o
