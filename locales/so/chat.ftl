## Live chat: the resident's chat panel, leaving a message, the agents' console and chat messages.

chat-launcher = La sheekayso 311
chat-panel-heading = Sheekaysi toos ah oo lala yeesho 311
chat-close = Xir sheekaysiga
chat-intro = Weydii su'aal ama hel caawimaad ku saabsan codsi. Wakiil ayaa halkan kaaga jawaabi doona isla marka mid firaaqo noqdo.
chat-name-label = Magacaaga (ikhtiyaari)
chat-topic-label = Maxaad u baahan tahay in lagaa caawiyo?
chat-topic-hint = Tusaale ahaan: qashinka waddadayda lama qaadin
chat-start = Bilow sheekaysiga
chat-connecting = Waa la isku xirayaa…
chat-reconnecting = Xiriirkii wuu go'ay. Dib ayaa loo isku xirayaa… Fariimahaaga waa la hayaa.
chat-reconnected = Mar kale ayaa la isku xiray.
chat-queue-next = Adiga ayaa xiga safka.
chat-queue-position = Waxaad tahay lambarka { $position } ee safka.
chat-queue-wait =
    { $minutes ->
        [one] Waqtiga sugitaanka la filayo: qiyaastii 1 daqiiqad.
       *[other] Waqtiga sugitaanka la filayo: qiyaastii { $minutes } daqiiqo.
    }
chat-waiting-note = Waxaad qori kartaa su'aashaada inta aad sugayso. Boggan furan u daa: sheekaysigu iskiis uma xirmo.
chat-log-label = Wada-hadalka
chat-message-label = Fariintaada
chat-send = Dir
chat-not-sent = Weli lama dirin. Waa la diri doonaa isla marka xiriirku soo laabto.
chat-typing-agent = Wakiilku wuu qorayaa…
chat-typing-resident = Qofka deegaanku wuu qorayaa…
chat-you = Adiga
chat-resident = Qof deegaanka ah
chat-end = Dhammee sheekaysiga
chat-ended-heading = Sheekaysigu wuu dhammaaday
chat-rate-legend = Intee buu sheekaysigani kuu faa'iideeyay?
chat-rate-stars =
    { $stars ->
        [one] 1 xiddig
       *[other] { $stars } xiddigood
    }
chat-rate-submit = Dir qiimeynta
chat-rate-thanks = Waad ku mahadsan tahay qiimeyntaada.
chat-transcript-label = Qoraalka sheekaysiga iigu soo dir iimayl
chat-transcript-submit = Dir qoraalka sheekaysiga
chat-transcript-sent = Qoraalka sheekaysiga waxaa loo dirayaa iimaylkaaga.
chat-new = Bilow sheekaysi cusub
chat-about-request = Sheekaysi ku saabsan codsigan
chat-linked-request = Ku saabsan codsiga { $number }

chat-page-title = Sheekaysi toos ah
chat-page-intro = Si toos ah ula sheekayso wakiil 311 ah, ama ka tag fariin, waxaanan kaaga jawaabi doonnaa iimayl ama fariin qoraal ah.
chat-offline-heading = Ka tag fariin
chat-offline-intro = Hadda ma jiro wakiil la sheekaysan kara. Ka tag fariin ay la socoto cinwaanka iimaylkaaga ama lambarka taleefankaaga, wakiil ayaana kaaga jawaabi doona.
chat-offline-email = Cinwaanka iimaylka
chat-offline-phone = Lambarka taleefanka, si jawaabta laguugu soo diro fariin qoraal ah
chat-offline-body = Fariintaada
chat-offline-submit = Dir fariinta
chat-offline-sent = Waad ku mahadsan tahay. Fariintaada waan helnay, wakiil ayaana kaaga jawaabi doona iimayl ama fariin qoraal ah.
chat-offline-error-body = Geli fariintaada
chat-offline-error-body-long = Fariintaadu waa inay ahaataa 2000 xaraf ama ka yar
chat-offline-error-name-long = Magacaagu waa inuu ahaadaa 100 xaraf ama ka yar
chat-offline-error-contact = Geli cinwaan iimayl ama lambar taleefan si aan kuugu soo jawaabno
chat-offline-error-email = Geli cinwaan iimayl oo qaab sax ah leh, sida name@example.com
chat-offline-error-phone = Geli lambar taleefan, sida 416 555 0123

## Chat events, shown to both sides.

chat-event-joined = Sheekaysiga waxaa ku soo biiray { $name }.
chat-event-transferred = Sheekaysiga waxaa loo wareejiyay { $name }.
chat-event-ended = Sheekaysigu wuu dhammaaday.
chat-event-request = Codsiga adeegga { $number } ayaa laguu sameeyay. Waxaad kula socon kartaa lambarkan.

## Why something sent in the chat was not accepted.

chat-error-bad-frame = Taas lama akhrin karin. Dib u soo rar bogga oo isku day mar kale.
chat-error-too-long = Fariintaadu aad bay u dheer tahay. Ka dhig 2000 xaraf ama ka yar.
chat-error-too-fast = Fariimaha aad ayaad u dhaqso u diraysaa. Wax yar sug, kadibna mar kale dir.
chat-error-empty = Qor fariin ka hor intaadan dirin.
chat-error-topic-missing = Geli waxa aad u baahan tahay in lagaa caawiyo.
chat-error-already-started = Sheekaysigan horay ayuu u bilaabmay.
chat-error-unknown-chat = Sheekaysigaas lama helin. Bilow sheekaysi cusub.
chat-error-no-chat = Marka hore bilow sheekaysi.
chat-error-chat-ended = Sheekaysigan wuu dhammaaday. Bilow sheekaysi cusub si aad fariimo kale u dirto.
chat-error-bad-rating = Dooro 1 ilaa 5 xiddigood.
chat-error-not-ended = Waxaad qiimeyn kartaa sheekaysiga marka uu dhammaado.
chat-error-bad-email = Geli cinwaan iimayl oo qaab sax ah leh, sida name@example.com
chat-error-agents-only = Wakiilada oo keliya ayaa sameyn kara taas.
chat-error-residents-only = Dadka deegaanka oo keliya ayaa sameyn kara taas.
chat-error-not-yours = Sheekaysigaas laguuma xilsaarin.
chat-error-at-limit = Waxaad haysataa inta ugu badan ee sheekaysiyo furan ee aad qaadi karto. Marka hore mid dhammee.
chat-error-taken = Wakiil kale ayaa qaatay sheekaysigaas, ama wuu dhammaaday.
chat-error-agent-unavailable = Wakiilkaas hadda kuma jiro khadka. Dooro mid kale.
chat-error-unavailable = Sheekaysigu hadda lama heli karo. Isku day mar kale dhowr daqiiqo kadib, ama wac 311.

## Ready-made replies agents send, in the resident's language.

chat-canned-greeting = Salaan, waad ku mahadsan tahay inaad la soo xiriirtay 311 Toronto. Sideen maanta kuu caawin karaa?
chat-canned-one-moment = Fadlan wax yar i sug, inta aan arrintan eegayo.
chat-canned-more-details = Ma ii sheegi kartaa wax yar oo dheeraad ah oo ku saabsan dhibaatada?
chat-canned-location = Meesha saxda ah ee dhibaatadu ku taal waa xaggee? Cinwaanka waddada ama isgoyska ugu dhow ayaa caawinaya.
chat-canned-request-filed = Waxaan kuu sameeyay codsi adeeg. Waxaad kula socon kartaa lambarka lagu dhejiyay sheekaysigan.
chat-canned-goodbye = Waad ku mahadsan tahay inaad la soo xiriirtay 311. Ma jiraa wax kale oo aan kaaga caawin karo?

## The agents' console at /agent.

agent-page-heading = Bogga maamulka sheekaysiga
agent-status-connected = Waad ku xiran tahay. Waxaad diyaar u tahay sheekaysiyo.
agent-status-reconnecting = Xiriirkii wuu go'ay. Dib ayaa loo isku xirayaa…
agent-queue-heading = Sheekaysiyada sugaya
agent-queue-empty = Ma jiraan sheekaysiyo sugaya.
agent-queue-topic = Mawduuca
agent-queue-language = Luqadda
agent-queue-waiting = Muddada sugitaanka
agent-queue-minutes =
    { $minutes ->
        [one] 1 daqiiqad
       *[other] { $minutes } daqiiqo
    }
agent-queue-fallback = Ma aha mid ka mid ah luqadahaaga
agent-accept = Aqbal
agent-load = Sheekaysiyada furan: { $active } ka mid ah { $limit }
agent-chats-heading = Sheekaysiyadaada
agent-no-chats = Si aad u bilowdo, ka aqbal sheekaysi safka.
agent-chat-with = Sheekaysiga lala yeelanayo { $name }
agent-chat-language = Luqadda: { $language }
agent-chat-topic = Mawduuca: { $topic }
agent-canned-label = Jawaab diyaarsan
agent-canned-choose = Dooro jawaab
agent-canned-insert = Isticmaal jawaabtan
agent-reply-label = Jawaab
agent-send = Dir
agent-add-note = Ku dar sidii qoraal gudaha ah
agent-note = Qoraal gudaha ah
agent-transfer-label = U wareeji
agent-transfer = Wareeji
agent-transfer-none = Ma jiro wakiil kale oo khadka ku jira.
agent-end = Dhammee sheekaysiga
agent-ended = Sheekaysigan wuu dhammaaday.
agent-close = Xir
agent-request-heading = Samee codsi adeeg
agent-request-service = Nooca adeegga
agent-request-place = Goobta: waddo, isgoys ama goob
agent-request-description = Sharaxaad
agent-request-submit = Fur foomka warbixinta
agent-request-hint = Foomka warbixintu wuxuu furmayaa isagoo ay ku buuxaan xogta sheekaysigan. Hubi oo dir; lambarka codsiga waxaa lagu dhejinayaa sheekaysiga.
agent-cases-heading = Fariimaha la reebay markii aysan jirin cid sheekaysan karta
agent-cases-empty = Ma jiraan fariimo sugaya jawaab.
agent-case-from = Ka yimid { $name }, { $contact }
agent-case-reply = Jawaabtaada
agent-case-send = Dir jawaabta
agent-case-answered = Jawaabtaada waa la diray.
agent-error-reply = Geli jawaab ah 2000 xaraf ama ka yar.
agent-error-answered = Fariintaas horay ayaa looga jawaabay.
agent-error-not-yours = Sheekaysigaas hadda laguuma xilsaarna.
agent-error-service = Dooro nooca adeegga.
staff-chat-transcripts = Qoraallada sheekaysiyada

## Messages sent by email or text message.

notify-chat-transcript-subject = Sheekaysigaagii aad la yeelatay 311 Toronto
notify-chat-transcript-email = Sidii aad codsatay, halkan waa qoraalka sheekaysigaagii aad la yeelatay 311 Toronto.
notify-chat-reply-subject = Jawaabta fariintii aad u dirtay 311 Toronto
notify-chat-reply-email =
    Waxaad fariin u reebtay 311 Toronto. Wakiil ayaa ku jawaabay:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
