## Chat an dirèk: panèl chat rezidan an, kite yon mesaj, konsòl ajan yo ak mesaj nan chat la.

chat-launcher = Pale ak 311 sou chat
chat-panel-heading = Chat an dirèk ak 311
chat-close = Fèmen chat la
chat-intro = Poze yon kesyon oswa jwenn èd pou yon demann. Yon ajan ap reponn ou isit la depi youn disponib.
chat-name-label = Non ou (si ou vle)
chat-topic-label = Nan kisa ou bezwen èd?
chat-topic-hint = Pa egzanp: yo pa t ranmase fatra nan lari mwen an
chat-start = Kòmanse chat la
chat-connecting = Ap konekte…
chat-reconnecting = Koneksyon an koupe. Ap rekonekte… Nou kenbe mesaj ou yo.
chat-reconnected = Ou konekte ankò.
chat-queue-next = Se ou k ap pase apre nan liy datant lan.
chat-queue-position = Ou se nimewo { $position } nan liy datant lan.
chat-queue-wait =
    { $minutes ->
        [one] Tan pou tann: anviwon { $minutes } minit.
        [many] Tan pou tann: anviwon { $minutes } minit.
       *[other] Tan pou tann: anviwon { $minutes } minit.
    }
chat-waiting-note = Ou ka tape kesyon ou pandan w ap tann. Kite paj sa a louvri: chat la pa fèmen pou kont li.
chat-log-label = Konvèsasyon
chat-message-label = Mesaj ou
chat-send = Voye
chat-not-sent = Li poko pati. L ap pati depi koneksyon an tounen.
chat-typing-agent = Ajan an ap ekri…
chat-typing-resident = Rezidan an ap ekri…
chat-you = Ou
chat-resident = Rezidan
chat-end = Fini chat la
chat-ended-heading = Chat la fini
chat-rate-legend = Nan ki pwen chat sa a te itil ou?
chat-rate-stars =
    { $stars ->
        [one] { $stars } zetwal
        [many] { $stars } zetwal
       *[other] { $stars } zetwal
    }
chat-rate-submit = Voye nòt ou bay la
chat-rate-thanks = Mèsi pou nòt ou bay la.
chat-transcript-label = Voye tèks konvèsasyon an ban mwen pa imèl
chat-transcript-submit = Voye tèks konvèsasyon an
chat-transcript-sent = Tèks konvèsasyon an ap vini nan imèl ou.
chat-new = Kòmanse yon nouvo chat
chat-about-request = Pale sou demann sa a nan chat
chat-linked-request = Sou demann { $number }

chat-page-title = Chat an dirèk
chat-page-intro = Pale an dirèk ak yon ajan 311 sou chat, oswa kite yon mesaj epi n ap reponn ou pa imèl oswa pa mesaj tèks.
chat-offline-heading = Kite yon mesaj
chat-offline-intro = Pa gen okenn ajan ki disponib pou chat kounye a. Kite yon mesaj ak adrès imèl ou oswa nimewo telefòn ou, epi yon ajan ap reponn ou.
chat-offline-email = Adrès imèl
chat-offline-phone = Nimewo telefòn, pou yon repons pa mesaj tèks
chat-offline-body = Mesaj ou
chat-offline-submit = Voye mesaj la
chat-offline-sent = Mèsi. Nou resevwa mesaj ou a, epi yon ajan ap reponn ou pa imèl oswa pa mesaj tèks.
chat-offline-error-body = Ekri mesaj ou a
chat-offline-error-body-long = Mesaj ou a pa dwe depase 2000 karaktè
chat-offline-error-name-long = Non ou pa dwe depase 100 karaktè
chat-offline-error-contact = Antre yon adrès imèl oswa yon nimewo telefòn pou nou ka reponn ou
chat-offline-error-email = Antre yon adrès imèl nan bon fòma a, tankou name@example.com
chat-offline-error-phone = Antre yon nimewo telefòn, tankou 416 555 0123

## Sa k pase nan chat la, tou de bò yo wè yo.

chat-event-joined = { $name } antre nan chat la.
chat-event-transferred = Chat la pase bay { $name }.
chat-event-ended = Chat la fini.
chat-event-request = Nou kreye demann sèvis { $number } pou ou. Ou ka swiv li ak nimewo sa a.

## Poukisa yon bagay ki voye nan chat la pa t aksepte.

chat-error-bad-frame = Nou pa t ka li sa. Rechaje paj la epi eseye ankò.
chat-error-too-long = Mesaj ou a twò long. Li pa dwe depase 2000 karaktè.
chat-error-too-fast = W ap voye mesaj twò vit. Tann yon ti moman, epi voye ankò.
chat-error-empty = Tape yon mesaj anvan ou voye.
chat-error-topic-missing = Di nou nan kisa ou bezwen èd.
chat-error-already-started = Chat sa a deja kòmanse.
chat-error-unknown-chat = Nou pa jwenn chat sa a. Kòmanse yon nouvo chat.
chat-error-no-chat = Kòmanse yon chat anvan.
chat-error-chat-ended = Chat sa a fini. Kòmanse yon nouvo chat pou voye plis mesaj.
chat-error-bad-rating = Chwazi ant 1 ak 5 zetwal.
chat-error-not-ended = Ou ka bay chat la yon nòt lè li fini.
chat-error-bad-email = Antre yon adrès imèl nan bon fòma a, tankou name@example.com
chat-error-agents-only = Se ajan sèlman ki ka fè sa.
chat-error-residents-only = Se rezidan sèlman ki ka fè sa.
chat-error-not-yours = Yo pa ba ou chat sa a.
chat-error-at-limit = Ou gen tout chat ou ka pran yo deja louvri. Fini youn anvan.
chat-error-taken = Yon lòt ajan pran chat sa a, oswa li fini.
chat-error-agent-unavailable = Ajan sa a pa sou entènèt ankò. Chwazi yon lòt.
chat-error-unavailable = Chat la pa disponib kounye a. Eseye ankò nan kèk minit, oswa rele 311.

## Repons tou pare ajan yo voye, nan lang rezidan an.

chat-canned-greeting = Bonjou, mèsi paske ou kontakte 311 Toronto. Kijan mwen ka ede w jodi a?
chat-canned-one-moment = Tanpri tann yon ti moman, m ap gade sa.
chat-canned-more-details = Èske ou ka di m yon ti kras plis sou pwoblèm nan?
chat-canned-location = Ki kote egzakteman pwoblèm nan ye? Yon adrès oswa kwazman ki pi pre a ede nou.
chat-canned-request-filed = Mwen kreye yon demann sèvis pou ou. Ou ka swiv li ak nimewo ki parèt nan chat sa a.
chat-canned-goodbye = Mèsi paske ou kontakte 311. Èske gen lòt bagay mwen ka ede w ladan l?

## Konsòl ajan yo nan /agent.

agent-page-heading = Konsòl chat
agent-status-connected = Ou konekte. Ou disponib pou chat.
agent-status-reconnecting = Koneksyon an koupe. Ap rekonekte…
agent-queue-heading = Chat k ap tann
agent-queue-empty = Pa gen okenn chat k ap tann.
agent-queue-topic = Sijè
agent-queue-language = Lang
agent-queue-waiting = Tan l ap tann
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } minit
        [many] { $minutes } minit
       *[other] { $minutes } minit
    }
agent-queue-fallback = Se pa youn nan lang ou yo
agent-accept = Aksepte
agent-load = Chat ki louvri: { $active } sou { $limit }
agent-chats-heading = Chat ou yo
agent-no-chats = Aksepte yon chat nan liy datant lan pou kòmanse.
agent-chat-with = Chat ak { $name }
agent-chat-language = Lang: { $language }
agent-chat-topic = Sijè: { $topic }
agent-canned-label = Repons tou pare
agent-canned-choose = Chwazi yon repons
agent-canned-insert = Sèvi ak repons sa a
agent-reply-label = Repons
agent-send = Voye
agent-add-note = Ajoute kòm nòt entèn
agent-note = Nòt entèn
agent-transfer-label = Transfere bay
agent-transfer = Transfere
agent-transfer-none = Pa gen lòt ajan ki sou entènèt.
agent-end = Fini chat la
agent-ended = Chat sa a fini.
agent-close = Fèmen
agent-request-heading = Kreye yon demann sèvis
agent-request-service = Kalite sèvis
agent-request-place = Kote: lari, kwazman oswa plas
agent-request-description = Deskripsyon
agent-request-submit = Louvri fòmilè rapò a
agent-request-hint = Fòmilè rapò a louvri ak enfòmasyon chat sa a deja ladan l. Verifye l epi voye l; nimewo demann lan ap parèt nan chat la.
agent-cases-heading = Mesaj yo kite lè pa t gen moun pou chat
agent-cases-empty = Pa gen okenn mesaj k ap tann repons.
agent-case-from = Moun ki voye l: { $name }, { $contact }
agent-case-reply = Repons ou
agent-case-send = Voye repons lan
agent-case-answered = Repons ou a pati.
agent-error-reply = Antre yon repons ki pa depase 2000 karaktè.
agent-error-answered = Yo deja reponn mesaj sa a.
agent-error-not-yours = Yo pa ba ou chat sa a ankò.
agent-error-service = Chwazi yon kalite sèvis.
staff-chat-transcripts = Tèks konvèsasyon chat yo

## Mesaj yo voye pa imèl oswa pa mesaj tèks.

notify-chat-transcript-subject = Chat ou ak 311 Toronto
notify-chat-transcript-email = Men tèks konvèsasyon chat ou ak 311 Toronto, jan ou te mande l la.
notify-chat-reply-subject = Yon repons pou mesaj ou te voye bay 311 Toronto
notify-chat-reply-email =
    Ou te kite yon mesaj pou 311 Toronto. Yon ajan reponn:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
