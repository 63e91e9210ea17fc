## Nkɔmmɔbɔ tẽẽ: kuromni no nkɔmmɔbɔ beaeɛ, nkra a wobɛgya, aboafoɔ no dwumadibea ne nkɔmmɔbɔ mu nkra.

chat-launcher = Ne 311 bɔ nkɔmmɔ
chat-panel-heading = Nkɔmmɔbɔ tẽẽ ne 311
chat-close = To nkɔmmɔbɔ no mu
chat-intro = Bisa asɛm bi anaa nya mmoa wɔ abisadeɛ bi ho. Sɛ ɔboafoɔ bi nya ne ho ara pɛ a, ɔbɛbua wo wɔ ha.
chat-name-label = Wo din (sɛ wopɛ a)
chat-topic-label = Dɛn ho na wohia mmoa?
chat-topic-hint = Sɛ nhwɛsoɔ no: wɔamfa nwura amfiri me abɔnten so
chat-start = Hyɛ nkɔmmɔbɔ no ase
chat-connecting = Ɛreka abom…
chat-reconnecting = Nkitahodie no atwa. Ɛresan aka abom… Yɛakora wo nkra no so.
chat-reconnected = Nkitahodie no asan aba.
chat-queue-next = Wo na wodi hɔ wɔ nnipa a wɔretwɛn no mu.
chat-queue-position = Wo ne nɔma { $position } wɔ nnipa a wɔretwɛn no mu.
chat-queue-wait =
    { $minutes ->
        [one] Bere a wobɛtwɛn: bɛyɛ simma { $minutes }.
       *[other] Bere a wobɛtwɛn: bɛyɛ simma { $minutes }.
    }
chat-waiting-note = Wobɛtumi akyerɛw w'asɛmmisa no wɔ bere a woretwɛn no. Ma krataafa yi nna hɔ bue: nkɔmmɔbɔ no nto ne ho mu.
chat-log-label = Nkɔmmɔbɔ
chat-message-label = Wo nkra
chat-send = Fa mena
chat-not-sent = Ɛnnya nkɔeɛ. Sɛ nkitahodie no san ba ara pɛ a, yɛde bɛkɔ.
chat-typing-agent = Ɔboafoɔ no rekyerɛw…
chat-typing-resident = Kuromni no rekyerɛw…
chat-you = Wo
chat-resident = Kuromni
chat-end = Wie nkɔmmɔbɔ no
chat-ended-heading = Nkɔmmɔbɔ no aba awieɛ
chat-rate-legend = Nkɔmmɔbɔ yi boaa wo sɛn?
chat-rate-stars =
    { $stars ->
        [one] nsoromma { $stars }
       *[other] nsoromma { $stars }
    }
chat-rate-submit = Fa nsoromma no mena
chat-rate-thanks = Yɛda wo ase wɔ wo nsusuiɛ no ho.
chat-transcript-label = Fa nkɔmmɔbɔ no nkyerɛwee mane me wɔ email so
chat-transcript-submit = Fa nkyerɛwee no mena
chat-transcript-sent = Nkɔmmɔbɔ no nkyerɛwee no rekɔ w'email mu.
chat-new = Hyɛ nkɔmmɔbɔ foforɔ ase
chat-about-request = Bɔ nkɔmmɔ fa abisadeɛ yi ho
chat-linked-request = Ɛfa abisadeɛ { $number } ho

chat-page-title = Nkɔmmɔbɔ tẽẽ
chat-page-intro = Ne 311 boafoɔ bi bɔ nkɔmmɔ tẽẽ, anaa gya nkra na yɛbɛbua wo wɔ email anaa nkrasɛm so.
chat-offline-heading = Gya nkra
chat-offline-intro = Ɔboafoɔ biara ntumi mmɔ nkɔmmɔ seesei. Gya nkra ne w'email beaeɛ anaa wo telefon nɔma, na ɔboafoɔ bi bɛbua wo.
chat-offline-email = Email beaeɛ
chat-offline-phone = Telefon nɔma, sɛ wopɛ sɛ yɛfa nkrasɛm so bua wo a
chat-offline-body = Wo nkra
chat-offline-submit = Fa nkra no mena
chat-offline-sent = Yɛda wo ase. Yɛanya wo nkra no, na ɔboafoɔ bi bɛbua wo wɔ email anaa nkrasɛm so.
chat-offline-error-body = Kyerɛw wo nkra
chat-offline-error-body-long = Wo nkra no nkyerɛwdeɛ ntumi mmoro 2,000
chat-offline-error-name-long = Wo din no nkyerɛwdeɛ ntumi mmoro 100
chat-offline-error-contact = Kyerɛw email beaeɛ anaa telefon nɔma sɛdeɛ ɛbɛyɛ a yɛbɛtumi abua wo
chat-offline-error-email = Kyerɛw email beaeɛ wɔ ɛkwan pa so, te sɛ name@example.com
chat-offline-error-phone = Kyerɛw telefon nɔma, te sɛ 416 555 0123

## Nsɛm a esi wɔ nkɔmmɔbɔ no mu, a afa mmienu no nyinaa hunu.

chat-event-joined = { $name } aba nkɔmmɔbɔ no mu.
chat-event-transferred = Yɛde nkɔmmɔbɔ no akɔma { $name }.
chat-event-ended = Nkɔmmɔbɔ no aba awieɛ.
chat-event-request = Yɛayɛ dwumadie abisadeɛ { $number } ama wo. Wobɛtumi de nɔma yi adi n'akyi.

## Deɛ enti a yɛannye biribi a wɔde faa nkɔmmɔbɔ no mu.

chat-error-bad-frame = Yɛantumi ankenkan. San bue krataafa no bio na bɔ mmɔden bio.
chat-error-too-long = Wo nkra no ware dodo. Mma ne nkyerɛwdeɛ mmoro 2,000.
chat-error-too-fast = Woremane nkra ntɛmntɛm dodo. Twɛn kakra, na afei san fa mena.
chat-error-empty = Kyerɛw nkra ansa na wode amena.
chat-error-topic-missing = Kyerɛw deɛ wohia mmoa wɔ ho.
chat-error-already-started = Nkɔmmɔbɔ yi afi aseɛ dada.
chat-error-unknown-chat = Yɛanhu saa nkɔmmɔbɔ no. Hyɛ nkɔmmɔbɔ foforɔ ase.
chat-error-no-chat = Hyɛ nkɔmmɔbɔ ase kane.
chat-error-chat-ended = Nkɔmmɔbɔ yi aba awieɛ. Hyɛ nkɔmmɔbɔ foforɔ ase na wode nkra foforɔ amena.
chat-error-bad-rating = Yi nsoromma 1 kɔsi 5.
chat-error-not-ended = Sɛ nkɔmmɔbɔ no ba awieɛ a, na wobɛtumi de nsoromma ama no.
chat-error-bad-email = Kyerɛw email beaeɛ wɔ ɛkwan pa so, te sɛ name@example.com
chat-error-agents-only = Aboafoɔ nkoaa na wɔbɛtumi ayɛ saa.
chat-error-residents-only = Kuromfoɔ nkoaa na wɔbɛtumi ayɛ saa.
chat-error-not-yours = Yɛmfaa saa nkɔmmɔbɔ no mmaa wo.
chat-error-at-limit = Nkɔmmɔbɔ dodoɔ a wobɛtumi ahwɛ no abue dada. Wie baako kane.
chat-error-taken = Ɔboafoɔ foforɔ afa saa nkɔmmɔbɔ no, anaa aba awieɛ.
chat-error-agent-unavailable = Saa ɔboafoɔ no nni intanɛt so bio. Yi obi foforɔ.
chat-error-unavailable = Nkɔmmɔbɔ nni hɔ seesei. San bɔ mmɔden wɔ simma kakra akyi, anaa frɛ 311.

## Mmuaeɛ a wɔasiesie dada a aboafoɔ de mane, wɔ kuromni no kasa mu.

chat-canned-greeting = Akwaaba, yɛda wo ase sɛ wo ne 311 Toronto abɔ nkitaho. Ɛdeɛn na mɛtumi de aboa wo ɛnnɛ?
chat-canned-one-moment = Yɛsrɛ wo, twɛn kakra na mehwɛ asɛm yi mu.
chat-canned-more-details = Wobɛtumi aka ɔhaw no ho asɛm kakra aka ho akyerɛ me anaa?
chat-canned-location = Ɛhe pɔtee na ɔhaw no wɔ? Sɛ woka abɔnten address anaa baabi a akwan hyia a ɛbɛn hɔ kyerɛ me a, ɛbɛboa.
chat-canned-request-filed = Mayɛ dwumadie abisadeɛ bi ama wo. Wobɛtumi de nɔma a mede ato nkɔmmɔbɔ yi mu no adi n'akyi.
chat-canned-goodbye = Yɛda wo ase sɛ wo ne 311 abɔ nkitaho. Biribi foforɔ wɔ hɔ a mɛtumi de aboa wo anaa?

## Aboafoɔ no dwumadibea wɔ /agent.

agent-page-heading = Nkɔmmɔbɔ dwumadibea
agent-status-connected = Nkitahodie wɔ hɔ. Wowɔ hɔ ma nkɔmmɔbɔ.
agent-status-reconnecting = Nkitahodie no atwa. Ɛresan aka abom…
agent-queue-heading = Nkɔmmɔbɔ a ɛretwɛn
agent-queue-empty = Nkɔmmɔbɔ biara ntwɛn.
agent-queue-topic = Asɛmti
agent-queue-language = Kasa
agent-queue-waiting = Bere a watwɛn
agent-queue-minutes =
    { $minutes ->
        [one] simma { $minutes }
       *[other] simma { $minutes }
    }
agent-queue-fallback = Ɛnyɛ wo kasa no mu baako
agent-accept = Gye tom
agent-load = Nkɔmmɔbɔ a abue: { $active } wɔ { $limit } mu
agent-chats-heading = Wo nkɔmmɔbɔ
agent-no-chats = Gye nkɔmmɔbɔ bi tom firi deɛ ɛretwɛn no mu na hyɛ aseɛ.
agent-chat-with = Nkɔmmɔbɔ ne { $name }
agent-chat-language = Kasa: { $language }
agent-chat-topic = Asɛmti: { $topic }
agent-canned-label = Mmuaeɛ a wɔasiesie dada
agent-canned-choose = Yi mmuaeɛ bi
agent-canned-insert = Fa mmuaeɛ yi di dwuma
agent-reply-label = Mmuaeɛ
agent-send = Fa mena
agent-add-note = Fa ka ho sɛ adwumayɛfoɔ nkoaa nsɛm
agent-note = Adwumayɛfoɔ nkoaa nsɛm
agent-transfer-label = Fa kɔma
agent-transfer = Fa kɔma obi foforɔ
agent-transfer-none = Ɔboafoɔ foforɔ biara nni intanɛt so.
agent-end = Wie nkɔmmɔbɔ no
agent-ended = Nkɔmmɔbɔ yi aba awieɛ.
agent-close = To mu
agent-request-heading = Yɛ dwumadie abisadeɛ
agent-request-service = Dwumadie no su
agent-request-place = Beaeɛ: abɔnten, baabi a akwan hyia anaa beaeɛ foforɔ
agent-request-description = Nkyerɛkyerɛmu
agent-request-submit = Bue amanneɛbɔ krataa no
agent-request-hint = Amanneɛbɔ krataa no bue a nsɛm a ɛfiri nkɔmmɔbɔ yi mu ahyɛ mu dada. Hwɛ mu na fa mena; yɛde abisadeɛ nɔma no bɛto nkɔmmɔbɔ no mu.
agent-cases-heading = Nkra a wɔgyaeɛ bere a na obiara ntumi mmɔ nkɔmmɔ
agent-cases-empty = Nkra biara ntwɛn mmuaeɛ.
agent-case-from = Ɛfiri { $name }, { $contact }
agent-case-reply = Wo mmuaeɛ
agent-case-send = Fa mmuaeɛ no mena
agent-case-answered = Yɛde wo mmuaeɛ no akɔ.
agent-error-reply = Kyerɛw mmuaeɛ a ne nkyerɛwdeɛ mmoro 2,000.
agent-error-answered = Wɔabua saa nkra no dada.
agent-error-not-yours = Saa nkɔmmɔbɔ no nnyɛ wo dea bio.
agent-error-service = Yi dwumadie no su.
staff-chat-transcripts = Nkɔmmɔbɔ nkyerɛwee

## Nkra a yɛfa email anaa nkrasɛm so de mane.

notify-chat-transcript-subject = Wo ne 311 Toronto nkɔmmɔbɔ
notify-chat-transcript-email = Sɛdeɛ wobisaeɛ no, wo ne 311 Toronto nkɔmmɔbɔ no nkyerɛwee ni.
notify-chat-reply-subject = Mmuaeɛ a ɛfa nkra a wode maa 311 Toronto no ho
notify-chat-reply-email =
    Wogyaa nkra maa 311 Toronto. Ɔboafoɔ bi bua sɛ:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
