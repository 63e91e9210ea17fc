## Taarifa kuhusu ombi kwa barua pepe au ujumbe mfupi: fomu za ukurasa wa hali, ukurasa wa
## kuacha kupokea taarifa, na jumbe zenyewe. Jumbe ni maandishi matupu; $number ni nambari ya ombi
## kama 2026-000123, $service ni jina la aina ya huduma, $status ni jina la hali.

updates-heading = Pata taarifa mpya
updates-intro = Tunaweza kukujulisha kila mara ombi hili linapobadilika. Kwanza tutakutumia msimbo, ili kuhakikisha kwamba anwani hii ni yako.
updates-email-label = Anwani ya barua pepe
updates-email-hint = Tunaitumia tu kwa taarifa kuhusu ombi hili.
updates-email-button = Nitumie taarifa kwa barua pepe
updates-phone-label = Nambari ya simu ya mkononi
updates-phone-hint = Kwa mfano 416 555 0123. Kampuni yako ya simu inaweza kukutoza gharama za ujumbe.
updates-phone-button = Nitumie taarifa kwa ujumbe mfupi
updates-code-sent-email = Tumetuma msimbo wa tarakimu 6 kwa { $address }.
updates-code-sent-sms = Tumetuma msimbo wa tarakimu 6 kwa ujumbe mfupi kwa { $address }.
updates-code-label = Msimbo
updates-code-hint = Msimbo unaisha muda wake dakika 15 baada ya sisi kuutuma.
updates-confirm-button = Thibitisha
updates-resend-button = Tuma msimbo mpya
updates-resent = Tumetuma msimbo mpya. Msimbo wa mwisho tu ndio unaofanya kazi.
updates-on = Utapata taarifa kuhusu ombi hili. Kila ujumbe una kiungo cha kuzisimamisha.
updates-already = Anwani hiyo tayari inapata taarifa kuhusu ombi hili.
updates-error-email = Weka anwani ya barua pepe kama name@example.com
updates-error-phone = Weka nambari ya simu ya mkononi pamoja na msimbo wa eneo, kama 416 555 0123
updates-error-too-many = Umeomba misimbo kadhaa kwa muda mfupi. Tumia msimbo wa mwisho tuliokutumia, au jaribu tena baada ya saa moja.
updates-error-code-format = Weka msimbo wa tarakimu 6 ulio kwenye ujumbe tuliokutumia
updates-error-code-wrong = Msimbo si sahihi. Angalia ujumbe wa mwisho tuliokutumia kisha ujaribu tena.
updates-error-code-expired = Muda wa msimbo umeisha. Omba msimbo mpya.
updates-error-code-attempts = Msimbo umewekwa vibaya mara nyingi mno. Omba msimbo mpya.
updates-error-unknown = Msimbo huu hauwezi kutumika tena. Omba taarifa upya.

unsubscribe-title = Acha kupokea taarifa
unsubscribe-heading = Acha kupokea taarifa kuhusu ombi { $number }
unsubscribe-sent-to-email = Taarifa zinatumwa kwa { $address }.
unsubscribe-sent-to-sms = Taarifa zinatumwa kwa ujumbe mfupi kwa { $address }.
unsubscribe-button = Acha kupokea taarifa
unsubscribe-done = Hutapata tena taarifa kuhusu ombi { $number }.
unsubscribe-unknown = Kiungo hiki si halali. Hakikisha kwamba kilinakiliwa chote.
unsubscribe-back = Tazama ombi

notify-code-subject = Msimbo wako wa ombi { $number }
notify-code-email =
    Msimbo wako ni { $code }.
    
    Uweke kwenye ukurasa ambapo uliomba taarifa kuhusu ombi { $number }. Muda wake unaisha baada ya dakika 15.
    
    Ikiwa hukuomba taarifa, puuza barua pepe hii.
notify-code-sms = Msimbo wako wa 311 wa ombi { $number } ni { $code }. Muda wake unaisha baada ya dakika 15.
notify-status-subject = Ombi { $number }: { $status }
notify-status-email = Hali ya ombi lako { $number } ({ $service }) sasa ni: { $status }.
notify-status-sms = 311: hali ya ombi { $number } ({ $service }) sasa ni: { $status }.
notify-note = Ujumbe kutoka Jiji: { $note }
notify-escalated-subject = Ombi { $number }: malalamiko yako yamepelekwa kwa uongozi wa idara
notify-escalated-email = Malalamiko yako kuhusu ombi { $number } ({ $service }) hayakujibiwa kwa wakati, kwa hivyo yamepelekwa kwa uongozi wa idara.
notify-escalated-sms = 311: malalamiko yako kuhusu ombi { $number } yamepelekwa kwa uongozi wa idara.
notify-link = Tazama ombi na historia yake: { $link }
notify-link-sms = { $link }
notify-footer-email = Unapokea barua pepe hii kwa sababu uliomba taarifa kuhusu ombi hili.
notify-unsubscribe = Acha kupokea taarifa hizi: { $unsubscribe }
notify-unsubscribe-sms = Jibu STOP ili kusimamisha, au tembelea { $unsubscribe }
