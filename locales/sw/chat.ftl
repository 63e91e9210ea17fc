## Live chat: the resident's chat panel, leaving a message, the agents' console and chat messages.

chat-launcher = Piga gumzo na 311
chat-panel-heading = Gumzo la moja kwa moja na 311
chat-close = Funga gumzo
chat-intro = Uliza swali au pata msaada kuhusu ombi. Mhudumu atakujibu hapa mara tu atakapopatikana.
chat-name-label = Jina lako (si lazima)
chat-topic-label = Unahitaji msaada kuhusu nini?
chat-topic-hint = Kwa mfano: taka hazikukusanywa katika barabara yangu
chat-start = Anza gumzo
chat-connecting = Inaunganisha…
chat-reconnecting = Muunganisho umekatika. Inaunganisha upya… Ujumbe wako umehifadhiwa.
chat-reconnected = Umeunganishwa tena.
chat-queue-next = Wewe ndiye unayefuata kwenye foleni.
chat-queue-position = Wewe ni nambari { $position } kwenye foleni.
chat-queue-wait =
    { $minutes ->
        [one] Muda wa kusubiri unaokadiriwa: takriban dakika 1.
       *[other] Muda wa kusubiri unaokadiriwa: takriban dakika { $minutes }.
    }
chat-waiting-note = Unaweza kuandika swali lako wakati unasubiri. Acha ukurasa huu wazi: gumzo halifungwi lenyewe.
chat-log-label = Mazungumzo
chat-message-label = Ujumbe wako
chat-send = Tuma
chat-not-sent = Bado haujatumwa. Utatumwa mara tu muunganisho utakaporudi.
chat-typing-agent = Mhudumu anaandika…
chat-typing-resident = Mkazi anaandika…
chat-you = Wewe
chat-resident = Mkazi
chat-end = Maliza gumzo
chat-ended-heading = Gumzo limeisha
chat-rate-legend = Gumzo hili limekusaidia kwa kiasi gani?
chat-rate-stars =
    { $stars ->
        [one] nyota 1
       *[other] nyota { $stars }
    }
chat-rate-submit = Tuma tathmini
chat-rate-thanks = Asante kwa tathmini yako.
chat-transcript-label = Nitumie nakala ya gumzo kwa barua pepe
chat-transcript-submit = Tuma nakala ya gumzo
chat-transcript-sent = Nakala ya gumzo inatumwa kwenye barua pepe yako.
chat-new = Anza gumzo jipya
chat-about-request = Piga gumzo kuhusu ombi hili
chat-linked-request = Kuhusu ombi { $number }

chat-page-title = Gumzo la moja kwa moja
chat-page-intro = Piga gumzo moja kwa moja na mhudumu wa 311, au acha ujumbe nasi tutakujibu kwa barua pepe au ujumbe mfupi.
chat-offline-heading = Acha ujumbe
chat-offline-intro = Hakuna mhudumu anayeweza kupiga gumzo kwa sasa. Acha ujumbe pamoja na anwani yako ya barua pepe au nambari yako ya simu, na mhudumu atakujibu.
chat-offline-email = Anwani ya barua pepe
chat-offline-phone = Nambari ya simu, ili kupata jibu kwa ujumbe mfupi
chat-offline-body = Ujumbe wako
chat-offline-submit = Tuma ujumbe
chat-offline-sent = Asante. Tumepokea ujumbe wako, na mhudumu atakujibu kwa barua pepe au ujumbe mfupi.
chat-offline-error-body = Weka ujumbe wako
chat-offline-error-body-long = Ujumbe wako lazima uwe na herufi 2000 au chache zaidi
chat-offline-error-name-long = Jina lako lazima liwe na herufi 100 au chache zaidi
chat-offline-error-contact = Weka anwani ya barua pepe au nambari ya simu ili tuweze kukujibu
chat-offline-error-email = Weka anwani ya barua pepe katika muundo sahihi, kama name@example.com
chat-offline-error-phone = Weka nambari ya simu, kama 416 555 0123

## Chat events, shown to both sides.

chat-event-joined = { $name } amejiunga na gumzo.
chat-event-transferred = Gumzo limehamishiwa kwa { $name }.
chat-event-ended = Gumzo limeisha.
chat-event-request = Ombi la huduma { $number } limeundwa kwa ajili yako. Unaweza kulifuatilia kwa nambari hii.

## Why something sent in the chat was not accepted.

chat-error-bad-frame = Hilo halikuweza kusomwa. Pakia ukurasa upya kisha ujaribu tena.
chat-error-too-long = Ujumbe wako ni mrefu mno. Usizidi herufi 2000.
chat-error-too-fast = Unatuma ujumbe kwa kasi sana. Subiri kidogo, kisha utume tena.
chat-error-empty = Andika ujumbe kabla ya kutuma.
chat-error-topic-missing = Eleza unahitaji msaada kuhusu nini.
chat-error-already-started = Gumzo hili limeshaanza.
chat-error-unknown-chat = Gumzo hilo halikupatikana. Anza gumzo jipya.
chat-error-no-chat = Anza gumzo kwanza.
chat-error-chat-ended = Gumzo hili limeisha. Anza gumzo jipya ili kutuma ujumbe zaidi.
chat-error-bad-rating = Chagua kati ya nyota 1 hadi 5.
chat-error-not-ended = Unaweza kutathmini gumzo baada ya kuisha.
chat-error-bad-email = Weka anwani ya barua pepe katika muundo sahihi, kama name@example.com
chat-error-agents-only = Wahudumu pekee ndio wanaoweza kufanya hivyo.
chat-error-residents-only = Wakazi pekee ndio wanaoweza kufanya hivyo.
chat-error-not-yours = Gumzo hilo halijakabidhiwa kwako.
chat-error-at-limit = Una magumzo mengi yaliyo wazi kadiri unavyoweza kuhudumia. Maliza moja kwanza.
chat-error-taken = Mhudumu mwingine amechukua gumzo hilo, au limeisha.
chat-error-agent-unavailable = Mhudumu huyo hayupo mtandaoni tena. Chagua mwingine.
chat-error-unavailable = Gumzo halipatikani kwa sasa. Jaribu tena baada ya dakika chache, au piga simu 311.

## Ready-made replies agents send, in the resident's language.

chat-canned-greeting = Habari, asante kwa kuwasiliana na 311 Toronto. Nikusaidie nini leo?
chat-canned-one-moment = Tafadhali subiri kidogo, ninalishughulikia hili.
chat-canned-more-details = Unaweza kunieleza zaidi kidogo kuhusu tatizo?
chat-canned-location = Tatizo liko wapi hasa? Anwani ya barabara au makutano ya karibu zaidi yanasaidia.
chat-canned-request-filed = Nimekuundia ombi la huduma. Unaweza kulifuatilia kwa nambari iliyowekwa kwenye gumzo hili.
chat-canned-goodbye = Asante kwa kuwasiliana na 311. Je, kuna jambo lingine ninaloweza kukusaidia?

## The agents' console at /agent.

agent-page-heading = Dashibodi ya gumzo
agent-status-connected = Umeunganishwa. Uko mtandaoni kwa magumzo.
agent-status-reconnecting = Muunganisho umekatika. Inaunganisha upya…
agent-queue-heading = Magumzo yanayosubiri
agent-queue-empty = Hakuna magumzo yanayosubiri.
agent-queue-topic = Mada
agent-queue-language = Lugha
agent-queue-waiting = Muda wa kusubiri
agent-queue-minutes =
    { $minutes ->
        [one] dakika 1
       *[other] dakika { $minutes }
    }
agent-queue-fallback = Si mojawapo ya lugha zako
agent-accept = Kubali
agent-load = Magumzo yaliyo wazi: { $active } kati ya { $limit }
agent-chats-heading = Magumzo yako
agent-no-chats = Kubali gumzo kutoka kwenye foleni ili kuanza.
agent-chat-with = Gumzo na { $name }
agent-chat-language = Lugha: { $language }
agent-chat-topic = Mada: { $topic }
agent-canned-label = Jibu lililoandaliwa
agent-canned-choose = Chagua jibu
agent-canned-insert = Tumia jibu hili
agent-reply-label = Jibu
agent-send = Tuma
agent-add-note = Ongeza kama dokezo la ndani
agent-note = Dokezo la ndani
agent-transfer-label = Hamishia kwa
agent-transfer = Hamisha
agent-transfer-none = Hakuna mhudumu mwingine aliye mtandaoni.
agent-end = Maliza gumzo
agent-ended = Gumzo hili limeisha.
agent-close = Funga
agent-request-heading = Unda ombi la huduma
agent-request-service = Aina ya huduma
agent-request-place = Mahali: barabara, makutano au mahali
agent-request-description = Maelezo
agent-request-submit = Fungua fomu ya kuripoti
agent-request-hint = Fomu ya kuripoti inafunguka ikiwa imejazwa kutoka kwenye gumzo hili. Ikague kisha uiwasilishe; nambari ya ombi huwekwa kwenye gumzo.
agent-cases-heading = Ujumbe ulioachwa wakati hakuna aliyeweza kupiga gumzo
agent-cases-empty = Hakuna ujumbe unaosubiri jibu.
agent-case-from = Kutoka kwa { $name }, { $contact }
agent-case-reply = Jibu lako
agent-case-send = Tuma jibu
agent-case-answered = Jibu lako limetumwa.
agent-error-reply = Weka jibu lenye herufi 2000 au chache zaidi.
agent-error-answered = Ujumbe huo tayari umejibiwa.
agent-error-not-yours = Gumzo hilo halijakabidhiwa kwako tena.
agent-error-service = Chagua aina ya huduma.
staff-chat-transcripts = Nakala za magumzo

## Messages sent by email or text message.

notify-chat-transcript-subject = Gumzo lako na 311 Toronto
notify-chat-transcript-email = Kama ulivyoomba, hii ni nakala ya gumzo lako na 311 Toronto.
notify-chat-reply-subject = Jibu la ujumbe wako kwa 311 Toronto
notify-chat-reply-email =
    Uliacha ujumbe kwa 311 Toronto. Mhudumu amejibu:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
