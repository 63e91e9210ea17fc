### Ojú-ìwé òṣìṣẹ́: wíwọlé, ìlà àwọn ìbéèrè, yíyí ipò ìbéèrè padà, àkọsílẹ̀ àyẹ̀wò.

staff-page-title = { $heading } – Òṣìṣẹ́ { -product-name }
staff-unavailable = A kò lè fi ojú-ìwé òṣìṣẹ́ hàn báyìí. Ẹ jọ̀ọ́, ẹ tún gbìyànjú lẹ́yìn ìṣẹ́jú díẹ̀.
staff-forbidden-heading = O kò lè ṣí ojú-ìwé yìí
staff-forbidden-body = Àkáǹtì rẹ kò ní àṣẹ láti wọ apá yìí nínú ojú-ìwé òṣìṣẹ́. Béèrè lọ́wọ́ alábòójútó kan tí o bá nílò rẹ̀.

## Wíwọlé
staff-login-heading = Wíwọlé òṣìṣẹ́
staff-password = Ọ̀rọ̀ aṣínà
staff-sign-in = Wọlé
staff-sign-out = Jáde
staff-signed-in-as = O ti wọlé gẹ́gẹ́ bí { $name }
staff-login-error-wrong = Àdírẹ́sì ímeèlì tàbí ọ̀rọ̀ aṣínà kò tọ̀nà
staff-login-error-locked = Ìgbìyànjú láti wọlé ti pọ̀ jù. Dúró fún ìṣẹ́jú 15, lẹ́yìn náà tún gbìyànjú.
staff-error-csrf = Fọ́ọ̀mù náà ti pẹ́ jù. Tún ojú-ìwé náà ṣí, kí o sì tún gbìyànjú.

## Ìlà àwọn ìbéèrè
staff-queue-heading = Ìlà àwọn ìbéèrè iṣẹ́
staff-filter-any = Èyíkéyìí
staff-filter-overdue = Àwọn ìbéèrè tí ọjọ́ tí a retí ti kọjá nìkan
staff-filter-complaints = Àwọn ìbéèrè tí ẹ̀sùn kan lórí wọn ń dúró de ìdáhùn nìkan
staff-filter-apply = Fi àwọn ìbéèrè hàn
staff-queue-empty = Kò sí ìbéèrè iṣẹ́ kankan tó bá àwọn àṣàyàn yìí mu.
staff-column-number = Nọ́mbà ìbéèrè iṣẹ́
staff-complaint-due = Ẹ̀sùn: ìdáhùn gbọ́dọ̀ dé kí ó tó di { $date }
staff-complaint-escalated = A ti gbé ẹ̀sùn náà lọ sí ìpele gíga: ìdáhùn náà ti pẹ́

## Ìbéèrè kan
staff-change-heading = Yí ipò padà
staff-new-status = Ipò tuntun
staff-reason = Ìdí tí a fi pa á dé
staff-reason-hint = Ó pọndandan nígbà tí ipò tuntun bá pa ìbéèrè náà dé. Ó gbọdọ̀ bá ipò náà mu.
staff-reason-none = Kò sí ìdí: ìbéèrè náà ṣì wà ní ṣíṣí
staff-public-note = Àkọsílẹ̀ gbangba
staff-public-note-hint = Olùgbé ìlú ń rí èyí lójú-ìwé ipò. Nígbà tí o bá ń pa á dé, sọ ohun tí a ṣe, tàbí ìdí tí a kò fi ṣe nǹkan kan.
staff-internal-note = Àkọsílẹ̀ inú
staff-internal-note-hint = Àwọn òṣìṣẹ́ nìkan ló ń rí èyí.
staff-save = Fi àyípadà náà pamọ́
staff-saved = A ti fi àyípadà náà pamọ́.
staff-history-heading = Ìtàn pípé
staff-error-status = Yan ipò kan látinú àkójọ
staff-error-reason-missing = Yan ìdí tí a fi ń pa ìbéèrè náà dé
staff-error-reason-mismatch = Ìdí náà kò bá ipò tuntun mu. Yan ìdí tó bá a mu.
staff-error-note-missing = Kọ àkọsílẹ̀ gbangba tó sọ fún olùgbé ìlú ohun tí a ṣe, tàbí ìdí tí a kò fi ṣe nǹkan kan
staff-error-reason-open = Ìdí pípa-dé wà fún àwọn ipò tó ń pa ìbéèrè dé nìkan

## Àwọn ìdí pípa-dé
staff-reason-repaired = A ti tún un ṣe
staff-reason-cleaned = A ti fọ̀ ọ́ mọ́
staff-reason-removed = A ti yọ ọ́ kúrò
staff-reason-other-government = A fi ránṣẹ́ sí ìpele ìjọba mìíràn
staff-reason-utility-company = A fi ránṣẹ́ sí ilé-iṣẹ́ ìpèsè tàbí ilé-iṣẹ́ tó ni í
staff-reason-private-property = Ó wà lórí ilẹ̀ aládàáni: a fi ránṣẹ́ sí ẹni tó ni í
staff-reason-not-found = A ti ṣàyẹ̀wò: a kò rí ìṣòro kankan
staff-reason-already-resolved = A ti yanjú rẹ̀ kí àwọn òṣìṣẹ́ tó dé
staff-reason-meets-standard = A ti ṣàyẹ̀wò: ó bá òṣùwọ̀n Ìjọba Ìlú mu
staff-reason-duplicate = Ẹ̀dà ìbéèrè mìíràn

## Àkọsílẹ̀ àyẹ̀wò
staff-audit-heading = Àkọsílẹ̀ àyẹ̀wò
staff-column-when = Ìgbà
staff-column-who = Ta ni
staff-column-action = Ìgbésẹ̀
staff-column-detail = Àlàyé
staff-action-login = Ó wọlé
staff-action-logout = Ó jáde
staff-action-login-failed = Wíwọlé tí kò yọrí
staff-action-login-locked = A kọ̀ wíwọlé: ìgbìyànjú ti pọ̀ jù
staff-action-status-change = A yí ipò padà
staff-action-escalation = Ètò náà fúnra rẹ̀ gbé ẹ̀sùn náà lọ sí ìpele gíga: àkókò SLA rẹ̀ ti kọjá

## Yíyí ọ̀pọ̀lọpọ̀ ìbéèrè padà lẹ́ẹ̀kan náà látinú ìlà
staff-bulk-column = Yan
staff-bulk-select = Yan ìbéèrè { $number }
staff-bulk-heading = Yí àwọn ìbéèrè tí a yàn padà
staff-bulk-hint = Fi àmì sí àwọn ìbéèrè nínú tábìlì, lẹ́yìn náà yan àyípadà náà. Ìbéèrè kọ̀ọ̀kan yóò gba ipò, ìdí àti àwọn àkọsílẹ̀ kan náà, àti ìlà tirẹ̀ nínú ìtàn rẹ̀.
staff-bulk-button = Yí àwọn ìbéèrè tí a yàn padà
staff-bulk-saved =
    { $count ->
       *[other] A ti yí ìbéèrè { $count } padà.
    }
staff-error-none-selected = Yan ó kéré tán ìbéèrè kan nínú tábìlì.
staff-bulk-skipped =
    { $count ->
       *[other] A kò yí ìbéèrè { $count } padà: láti sàmì sí wọn pé “A ti parí rẹ̀”, a nílò fọ́tò iṣẹ́ tí a ti parí. Ṣí ọ̀kọ̀ọ̀kan wọn láti fi fọ́tò kún un.
    }

## Fọ́tò pẹ̀lú àyípadà ipò (ti iṣẹ́ tí a ti parí)
staff-photo = Fọ́tò iṣẹ́ náà (kò pọndandan)
staff-photo-hint = Àwòrán JPEG, PNG tàbí WebP tí kò ju 10 MB lọ. Àwọn olùgbé ìlú máa rí i nínú “Ohun tó ti ṣẹlẹ̀ títí di ìsinsìnyí” ti ìbéèrè náà.
staff-photo-hint-required = Fún irú iṣẹ́ Ìjọba Ìlú yìí, a nílò fọ́tò iṣẹ́ tí a ti parí kí a tó lè sàmì sí ìbéèrè náà pé “A ti parí rẹ̀”. Àwòrán JPEG, PNG tàbí WebP tí kò ju 10 MB lọ; àwọn olùgbé ìlú máa rí i nínú “Ohun tó ti ṣẹlẹ̀ títí di ìsinsìnyí”.
staff-error-completion-photo-missing = Fi fọ́tò iṣẹ́ tí a ti parí kún un: irú iṣẹ́ Ìjọba Ìlú yìí nílò ọ̀kan kí a tó lè sàmì sí ìbéèrè náà pé “A ti parí rẹ̀”
