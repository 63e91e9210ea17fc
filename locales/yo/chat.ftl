## Ìfọ̀rọ̀wérọ̀ láàyè: pánẹ́ẹ̀lì ìfọ̀rọ̀wérọ̀ olùgbé ìlú, fífi ọ̀rọ̀ sílẹ̀, ojú-ìwé àwọn aṣojú àti àwọn ọ̀rọ̀ inú ìfọ̀rọ̀wérọ̀.

chat-launcher = Bá 311 sọ̀rọ̀
chat-panel-heading = Ìfọ̀rọ̀wérọ̀ láàyè pẹ̀lú 311
chat-close = Pa ìfọ̀rọ̀wérọ̀ dé
chat-intro = Béèrè ìbéèrè kan tàbí gba ìrànlọ́wọ́ nípa ìbéèrè iṣẹ́ kan. Aṣojú kan yóò dá ọ lóhùn níbí ní kété tí ọ̀kan bá ti wà ní ìmúrasílẹ̀.
chat-name-label = Orúkọ rẹ (kò pọndandan)
chat-topic-label = Kí ni o nílò ìrànlọ́wọ́ fún?
chat-topic-hint = Fún àpẹẹrẹ: wọn kò kó ìdọ̀tí ní òpópónà mi
chat-start = Bẹ̀rẹ̀ ìfọ̀rọ̀wérọ̀
chat-connecting = Ó ń so pọ̀…
chat-reconnecting = Ìsopọ̀ ti já. Ó ń tún so pọ̀… A ti pa àwọn ọ̀rọ̀ rẹ mọ́.
chat-reconnected = Ìsopọ̀ ti padà.
chat-queue-next = Ìwọ ló kàn nínú ìlà.
chat-queue-position = Ìwọ ni nọ́mbà { $position } nínú ìlà.
chat-queue-wait =
    { $minutes ->
       *[other] Àkókò ìdúró tí a fojú díwọ̀n: nǹkan bí ìṣẹ́jú { $minutes }.
    }
chat-waiting-note = O lè tẹ ìbéèrè rẹ nígbà tí o ń dúró. Jẹ́ kí ojú-ìwé yìí wà ní ṣíṣí: ìfọ̀rọ̀wérọ̀ náà kì í pa ara rẹ̀ dé.
chat-log-label = Ìjíròrò
chat-message-label = Ọ̀rọ̀ rẹ
chat-send = Fi ránṣẹ́
chat-not-sent = A kò tíì fi ránṣẹ́. A ó fi ránṣẹ́ ní kété tí ìsopọ̀ bá padà.
chat-typing-agent = Aṣojú náà ń tẹ̀wé…
chat-typing-resident = Olùgbé ìlú náà ń tẹ̀wé…
chat-you = Ìwọ
chat-resident = Olùgbé ìlú
chat-end = Parí ìfọ̀rọ̀wérọ̀
chat-ended-heading = Ìfọ̀rọ̀wérọ̀ náà ti parí
chat-rate-legend = Báwo ni ìfọ̀rọ̀wérọ̀ yìí ṣe ràn ọ́ lọ́wọ́ tó?
chat-rate-stars =
    { $stars ->
       *[other] ìràwọ̀ { $stars }
    }
chat-rate-submit = Fi ìdíyelé ránṣẹ́
chat-rate-thanks = A dúpẹ́ fún ìdíyelé rẹ.
chat-transcript-label = Fi àkọsílẹ̀ ìfọ̀rọ̀wérọ̀ ránṣẹ́ sí ímeèlì mi
chat-transcript-submit = Fi àkọsílẹ̀ ránṣẹ́
chat-transcript-sent = Àkọsílẹ̀ ìfọ̀rọ̀wérọ̀ náà ń bọ̀ lọ́nà sí ímeèlì rẹ.
chat-new = Bẹ̀rẹ̀ ìfọ̀rọ̀wérọ̀ tuntun
chat-about-request = Sọ̀rọ̀ nípa ìbéèrè yìí
chat-linked-request = Nípa ìbéèrè { $number }

chat-page-title = Ìfọ̀rọ̀wérọ̀ láàyè
chat-page-intro = Bá aṣojú 311 kan sọ̀rọ̀ láàyè, tàbí fi ọ̀rọ̀ sílẹ̀, a ó sì dá ọ lóhùn nípasẹ̀ ímeèlì tàbí àtẹ̀jíṣẹ́ (SMS).
chat-offline-heading = Fi ọ̀rọ̀ sílẹ̀
chat-offline-intro = Kò sí aṣojú kankan tó lè bá ọ sọ̀rọ̀ báyìí. Fi ọ̀rọ̀ sílẹ̀ pẹ̀lú àdírẹ́sì ímeèlì tàbí nọ́mbà fóònù rẹ, aṣojú kan yóò sì dá ọ lóhùn.
chat-offline-email = Àdírẹ́sì ímeèlì
chat-offline-phone = Nọ́mbà fóònù, fún ìdáhùn nípasẹ̀ àtẹ̀jíṣẹ́
chat-offline-body = Ọ̀rọ̀ rẹ
chat-offline-submit = Fi ọ̀rọ̀ ránṣẹ́
chat-offline-sent = A dúpẹ́. A ti gba ọ̀rọ̀ rẹ, aṣojú kan yóò sì dá ọ lóhùn nípasẹ̀ ímeèlì tàbí àtẹ̀jíṣẹ́.
chat-offline-error-body = Tẹ ọ̀rọ̀ rẹ
chat-offline-error-body-long = Ọ̀rọ̀ rẹ kò gbọdọ̀ ju lẹ́tà 2,000 lọ
chat-offline-error-name-long = Orúkọ rẹ kò gbọdọ̀ ju lẹ́tà 100 lọ
chat-offline-error-contact = Tẹ àdírẹ́sì ímeèlì tàbí nọ́mbà fóònù kí a lè dá ọ lóhùn
chat-offline-error-email = Tẹ àdírẹ́sì ímeèlì ní ọ̀nà tó tọ̀nà, bí àpẹẹrẹ name@example.com
chat-offline-error-phone = Tẹ nọ́mbà fóònù, bí àpẹẹrẹ 416 555 0123

## Àwọn ìṣẹ̀lẹ̀ inú ìfọ̀rọ̀wérọ̀, tí ẹ̀gbẹ́ méjèèjì ń rí.

chat-event-joined = { $name } ti darapọ̀ mọ́ ìfọ̀rọ̀wérọ̀ náà.
chat-event-transferred = A ti gbé ìfọ̀rọ̀wérọ̀ náà fún { $name }.
chat-event-ended = Ìfọ̀rọ̀wérọ̀ náà ti parí.
chat-event-request = A ti ṣí ìbéèrè iṣẹ́ { $number } sílẹ̀ fún ọ. O lè fi nọ́mbà yìí tẹ̀lé e.

## Ìdí tí a kò fi gba ohun tí a fi ránṣẹ́ nínú ìfọ̀rọ̀wérọ̀.

chat-error-bad-frame = A kò lè ka ìyẹn. Tún ojú-ìwé náà ṣí, kí o sì tún gbìyànjú.
chat-error-too-long = Ọ̀rọ̀ rẹ ti gùn jù. Jẹ́ kí ó má ju lẹ́tà 2,000 lọ.
chat-error-too-fast = O ń fi ọ̀rọ̀ ránṣẹ́ ní kíákíá jù. Dúró díẹ̀, lẹ́yìn náà tún fi ránṣẹ́.
chat-error-empty = Tẹ ọ̀rọ̀ kan kí o tó fi ránṣẹ́.
chat-error-topic-missing = Tẹ ohun tí o nílò ìrànlọ́wọ́ fún.
chat-error-already-started = Ìfọ̀rọ̀wérọ̀ yìí ti bẹ̀rẹ̀ tẹ́lẹ̀.
chat-error-unknown-chat = A kò rí ìfọ̀rọ̀wérọ̀ yẹn. Bẹ̀rẹ̀ ìfọ̀rọ̀wérọ̀ tuntun.
chat-error-no-chat = Kọ́kọ́ bẹ̀rẹ̀ ìfọ̀rọ̀wérọ̀ kan.
chat-error-chat-ended = Ìfọ̀rọ̀wérọ̀ yìí ti parí. Bẹ̀rẹ̀ ìfọ̀rọ̀wérọ̀ tuntun láti fi ọ̀rọ̀ mìíràn ránṣẹ́.
chat-error-bad-rating = Yan láti ìràwọ̀ 1 sí 5.
chat-error-not-ended = O lè fún ìfọ̀rọ̀wérọ̀ náà ní ìdíyelé lẹ́yìn tí ó bá ti parí.
chat-error-bad-email = Tẹ àdírẹ́sì ímeèlì ní ọ̀nà tó tọ̀nà, bí àpẹẹrẹ name@example.com
chat-error-agents-only = Àwọn aṣojú nìkan ló lè ṣe ìyẹn.
chat-error-residents-only = Àwọn olùgbé ìlú nìkan ló lè ṣe ìyẹn.
chat-error-not-yours = A kò fi ìfọ̀rọ̀wérọ̀ yẹn lé ọ lọ́wọ́.
chat-error-at-limit = O ti ṣí iye ìfọ̀rọ̀wérọ̀ tí o lè gbà tán. Kọ́kọ́ parí ọ̀kan.
chat-error-taken = Aṣojú mìíràn ti gba ìfọ̀rọ̀wérọ̀ yẹn, tàbí ó ti parí.
chat-error-agent-unavailable = Aṣojú yẹn kò sí lórí ayélujára mọ́. Yan ẹlòmíràn.
chat-error-unavailable = Ìfọ̀rọ̀wérọ̀ kò ṣeé lò báyìí. Tún gbìyànjú lẹ́yìn ìṣẹ́jú díẹ̀, tàbí pe 311.

## Àwọn ìdáhùn tí a ti pèsè sílẹ̀ tí àwọn aṣojú ń fi ránṣẹ́, ní èdè olùgbé ìlú.

chat-canned-greeting = Ẹ káàbọ̀, a dúpẹ́ pé ẹ kàn sí 311 Toronto. Báwo ni mo ṣe lè ràn yín lọ́wọ́ lónìí?
chat-canned-one-moment = Ẹ jọ̀ọ́, ẹ dúró díẹ̀ kí n wo ọ̀rọ̀ yìí.
chat-canned-more-details = Ṣé ẹ lè sọ díẹ̀ sí i fún mi nípa ìṣòro náà?
chat-canned-location = Ibo gan-an ni ìṣòro náà wà? Àdírẹ́sì òpópónà tàbí oríta tó sún mọ́ ibẹ̀ jù lọ yóò ràn wá lọ́wọ́.
chat-canned-request-filed = Mo ti ṣí ìbéèrè iṣẹ́ kan sílẹ̀ fún yín. Ẹ lè fi nọ́mbà tí a kọ sínú ìfọ̀rọ̀wérọ̀ yìí tẹ̀lé e.
chat-canned-goodbye = A dúpẹ́ pé ẹ kàn sí 311. Ṣé ohun mìíràn wà tí mo lè ràn yín lọ́wọ́ lé lórí?

## Ojú-ìwé àwọn aṣojú ní /agent.

agent-page-heading = Ojú-ìwé ìfọ̀rọ̀wérọ̀
agent-status-connected = Ìsopọ̀ ti wà. O wà lórí ayélujára fún ìfọ̀rọ̀wérọ̀.
agent-status-reconnecting = Ìsopọ̀ ti já. Ó ń tún so pọ̀…
agent-queue-heading = Àwọn ìfọ̀rọ̀wérọ̀ tó ń dúró
agent-queue-empty = Kò sí ìfọ̀rọ̀wérọ̀ kankan tó ń dúró.
agent-queue-topic = Kókó-ọ̀rọ̀
agent-queue-language = Èdè
agent-queue-waiting = Àkókò ìdúró
agent-queue-minutes =
    { $minutes ->
       *[other] ìṣẹ́jú { $minutes }
    }
agent-queue-fallback = Kì í ṣe ọ̀kan lára àwọn èdè rẹ
agent-accept = Gbà á
agent-load = Ìfọ̀rọ̀wérọ̀ tó ṣí sílẹ̀: { $active } nínú { $limit }
agent-chats-heading = Àwọn ìfọ̀rọ̀wérọ̀ rẹ
agent-no-chats = Gba ìfọ̀rọ̀wérọ̀ kan látinú ìlà láti bẹ̀rẹ̀.
agent-chat-with = Ìfọ̀rọ̀wérọ̀ pẹ̀lú { $name }
agent-chat-language = Èdè: { $language }
agent-chat-topic = Kókó-ọ̀rọ̀: { $topic }
agent-canned-label = Ìdáhùn tí a ti pèsè sílẹ̀
agent-canned-choose = Yan ìdáhùn kan
agent-canned-insert = Lo èsì yìí
agent-reply-label = Ìdáhùn
agent-send = Fi ránṣẹ́
agent-add-note = Fi kún un gẹ́gẹ́ bí àkọsílẹ̀ inú
agent-note = Àkọsílẹ̀ inú
agent-transfer-label = Gbé e fún
agent-transfer = Gbé e lọ
agent-transfer-none = Kò sí aṣojú mìíràn lórí ayélujára.
agent-end = Parí ìfọ̀rọ̀wérọ̀
agent-ended = Ìfọ̀rọ̀wérọ̀ yìí ti parí.
agent-close = Pa á dé
agent-request-heading = Ṣí ìbéèrè iṣẹ́ kan sílẹ̀
agent-request-service = Irú iṣẹ́
agent-request-place = Ibi: òpópónà, oríta tàbí ibì kan
agent-request-description = Àpèjúwe
agent-request-submit = Ṣí fọ́ọ̀mù ìròyìn
agent-request-hint = Fọ́ọ̀mù ìròyìn náà yóò ṣí pẹ̀lú àlàyé látinú ìfọ̀rọ̀wérọ̀ yìí. Ṣàyẹ̀wò rẹ̀ kí o sì fi í ránṣẹ́; a ó kọ nọ́mbà ìbéèrè náà sínú ìfọ̀rọ̀wérọ̀.
agent-cases-heading = Àwọn ọ̀rọ̀ tí a fi sílẹ̀ nígbà tí kò sí ẹni tó lè sọ̀rọ̀
agent-cases-empty = Kò sí ọ̀rọ̀ kankan tó ń dúró de ìdáhùn.
agent-case-from = Láti ọ̀dọ̀ { $name }, { $contact }
agent-case-reply = Ìdáhùn rẹ
agent-case-send = Fi ìdáhùn ránṣẹ́
agent-case-answered = A ti fi ìdáhùn rẹ ránṣẹ́.
agent-error-reply = Tẹ ìdáhùn tí kò ju lẹ́tà 2,000 lọ.
agent-error-answered = A ti dá ọ̀rọ̀ yẹn lóhùn tẹ́lẹ̀.
agent-error-not-yours = A kò fi ìfọ̀rọ̀wérọ̀ yẹn lé ọ lọ́wọ́ mọ́.
agent-error-service = Yan irú iṣẹ́ kan.
staff-chat-transcripts = Àwọn àkọsílẹ̀ ìfọ̀rọ̀wérọ̀

## Àwọn ọ̀rọ̀ tí a fi ránṣẹ́ nípasẹ̀ ímeèlì tàbí àtẹ̀jíṣẹ́.

notify-chat-transcript-subject = Ìfọ̀rọ̀wérọ̀ rẹ pẹ̀lú 311 Toronto
notify-chat-transcript-email = Àkọsílẹ̀ ìfọ̀rọ̀wérọ̀ rẹ pẹ̀lú 311 Toronto nìyí, gẹ́gẹ́ bí o ṣe béèrè.
notify-chat-reply-subject = Ìdáhùn sí ọ̀rọ̀ tí o fi ránṣẹ́ sí 311 Toronto
notify-chat-reply-email =
    O fi ọ̀rọ̀ kan sílẹ̀ fún 311 Toronto. Aṣojú kan dáhùn pé:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
