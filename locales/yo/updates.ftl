## Ìfitónilétí nípa ìbéèrè kan ní ímeèlì tàbí àtẹ̀jíṣẹ́: àwọn fọ́ọ̀mù ojú-ìwé ipò, ojú-ìwé
## dídá ìfitónilétí dúró, àti àwọn ìránṣẹ́ fúnra wọn. Ọ̀rọ̀ lásán ni àwọn ìránṣẹ́; $number ni nọ́mbà
## ìbéèrè bí 2026-000123, $service ni orúkọ irú iṣẹ́, $status ni orúkọ ipò.

updates-heading = Gba ìfitónilétí
updates-intro = A lè sọ fún ọ nígbàkúgbà tí nǹkan bá yí padà nínú ìbéèrè yìí. Lákọ̀ọ́kọ́, a ó fi kóòdù kan ránṣẹ́ sí ọ, láti rí i dájú pé àdírẹ́sì náà jẹ́ tìrẹ.
updates-email-label = Àdírẹ́sì ímeèlì
updates-email-hint = A ó lò ó fún ìfitónilétí nípa ìbéèrè yìí nìkan.
updates-email-button = Fi ìfitónilétí ránṣẹ́ sí mi ní ímeèlì
updates-phone-label = Nọ́mbà fóònù alágbèéká
updates-phone-hint = Fún àpẹẹrẹ 416 555 0123. Ilé-iṣẹ́ fóònù rẹ lè gba owó fún àtẹ̀jíṣẹ́.
updates-phone-button = Fi ìfitónilétí ránṣẹ́ sí mi ní àtẹ̀jíṣẹ́
updates-code-sent-email = A ti fi kóòdù oní-díjítì 6 ránṣẹ́ sí { $address }.
updates-code-sent-sms = A ti fi kóòdù oní-díjítì 6 ránṣẹ́ sí { $address } ní àtẹ̀jíṣẹ́.
updates-code-label = Kóòdù
updates-code-hint = Kóòdù náà kò ní ṣiṣẹ́ mọ́ ní ìṣẹ́jú 15 lẹ́yìn tí a bá fi ránṣẹ́.
updates-confirm-button = Jẹ́rìísí
updates-resend-button = Fi kóòdù tuntun ránṣẹ́
updates-resent = A ti fi kóòdù tuntun ránṣẹ́. Kóòdù tó kẹ́yìn nìkan ló ń ṣiṣẹ́.
updates-on = Wàá máa gba ìfitónilétí nípa ìbéèrè yìí. Ìránṣẹ́ kọ̀ọ̀kan ní líǹkì tí o lè fi dá wọn dúró.
updates-already = Àdírẹ́sì yẹn ti ń gba ìfitónilétí nípa ìbéèrè yìí tẹ́lẹ̀.
updates-error-email = Tẹ àdírẹ́sì ímeèlì bí name@example.com
updates-error-phone = Tẹ nọ́mbà fóònù alágbèéká pẹ̀lú kóòdù agbègbè rẹ̀, bí 416 555 0123
updates-error-too-many = O ti béèrè kóòdù púpọ̀ láàárín àkókò kúkúrú. Lo kóòdù tí a fi ránṣẹ́ kẹ́yìn, tàbí tún gbìyànjú lẹ́yìn wákàtí kan.
updates-error-code-format = Tẹ kóòdù oní-díjítì 6 tó wà nínú ìránṣẹ́ tí a fi ránṣẹ́ sí ọ
updates-error-code-wrong = Kóòdù náà kò tọ́. Wo ìránṣẹ́ tí a fi ránṣẹ́ kẹ́yìn, kí o sì tún gbìyànjú.
updates-error-code-expired = Àkókò kóòdù náà ti kọjá. Béèrè kóòdù tuntun.
updates-error-code-attempts = A ti tẹ kóòdù náà ní àṣìṣe ní ọ̀pọ̀lọpọ̀ ìgbà. Béèrè kóòdù tuntun.
updates-error-unknown = A kò lè lo kóòdù yìí mọ́. Tún béèrè fún ìfitónilétí.

unsubscribe-title = Dá ìfitónilétí dúró
unsubscribe-heading = Dá ìfitónilétí nípa ìbéèrè { $number } dúró
unsubscribe-sent-to-email = À ń fi ìfitónilétí ránṣẹ́ sí { $address }.
unsubscribe-sent-to-sms = À ń fi ìfitónilétí ránṣẹ́ sí { $address } ní àtẹ̀jíṣẹ́.
unsubscribe-button = Dá ìfitónilétí dúró
unsubscribe-done = O kò ní gba ìfitónilétí kankan mọ́ nípa ìbéèrè { $number }.
unsubscribe-unknown = Líǹkì yìí kò wúlò. Rí i dájú pé o da gbogbo rẹ̀ kọ.
unsubscribe-back = Wo ìbéèrè náà

notify-code-subject = Kóòdù rẹ fún ìbéèrè { $number }
notify-code-email =
    Kóòdù rẹ ni { $code }.
    
    Tẹ ẹ́ sí ojú-ìwé tí o ti béèrè fún ìfitónilétí nípa ìbéèrè { $number }. Kò ní ṣiṣẹ́ mọ́ lẹ́yìn ìṣẹ́jú 15.
    
    Bí o kò bá béèrè fún ìfitónilétí, má ṣe bìkítà nípa ímeèlì yìí.
notify-code-sms = Kóòdù 311 rẹ fún ìbéèrè { $number } ni { $code }. Kò ní ṣiṣẹ́ mọ́ lẹ́yìn ìṣẹ́jú 15.
notify-status-subject = Ìbéèrè { $number }: { $status }
notify-status-email = Ipò ìbéèrè rẹ { $number } ({ $service }) báyìí ni: { $status }.
notify-status-sms = 311: ipò ìbéèrè { $number } ({ $service }) báyìí ni: { $status }.
notify-note = Ọ̀rọ̀ láti ọ̀dọ̀ Ìjọba Ìlú: { $note }
notify-escalated-subject = Ìbéèrè { $number }: a ti gbé ẹ̀sùn rẹ lọ sọ́dọ̀ àwọn olùdarí ẹ̀ka
notify-escalated-email = A kò dáhùn ẹ̀sùn rẹ nípa ìbéèrè { $number } ({ $service }) ní àkókò, nítorí náà a ti gbé e lọ sọ́dọ̀ àwọn olùdarí ẹ̀ka tó ń bójú tó o.
notify-escalated-sms = 311: a ti gbé ẹ̀sùn rẹ nípa ìbéèrè { $number } lọ sọ́dọ̀ àwọn olùdarí ẹ̀ka tó ń bójú tó o.
notify-link = Wo ìbéèrè náà àti ìtàn rẹ̀: { $link }
notify-link-sms = { $link }
notify-footer-email = O ń gba ímeèlì yìí nítorí pé o béèrè fún ìfitónilétí nípa ìbéèrè yìí.
notify-unsubscribe = Dá ìfitónilétí yìí dúró: { $unsubscribe }
notify-unsubscribe-sms = Fèsì STOP láti dá a dúró, tàbí lọ sí { $unsubscribe }
