## Live chat: ang chat panel ng residente, pag-iwan ng mensahe, ang console ng mga ahente at ang mga mensahe sa chat.

chat-launcher = Makipag-chat sa 311
chat-panel-heading = Live chat sa 311
chat-close = Isara ang chat
chat-intro = Magtanong o humingi ng tulong tungkol sa isang kahilingan. Sasagutin ka rito ng isang ahente sa sandaling may bakante.
chat-name-label = Ang iyong pangalan (opsyonal)
chat-topic-label = Saan mo kailangan ng tulong?
chat-topic-hint = Halimbawa: hindi nakuha ang basura sa aming kalye
chat-start = Simulan ang chat
chat-connecting = Kumokonekta…
chat-reconnecting = Naputol ang koneksyon. Muling kumokonekta… Nakatago pa rin ang iyong mga mensahe.
chat-reconnected = Nakakonekta na muli.
chat-queue-next = Ikaw na ang susunod sa pila.
chat-queue-position = Ikaw ay numero { $position } sa pila.
chat-queue-wait =
    { $minutes ->
        [one] Tinatayang paghihintay: mga { $minutes } minuto.
       *[other] Tinatayang paghihintay: mga { $minutes } minuto.
    }
chat-waiting-note = Maaari mong i-type ang iyong tanong habang naghihintay. Panatilihing bukas ang pahinang ito: hindi kusang nagsasara ang chat.
chat-log-label = Usapan
chat-message-label = Ang iyong mensahe
chat-send = Ipadala
chat-not-sent = Hindi pa naipapadala. Ipapadala ito sa sandaling bumalik ang koneksyon.
chat-typing-agent = Nagta-type ang ahente…
chat-typing-resident = Nagta-type ang residente…
chat-you = Ikaw
chat-resident = Residente
chat-end = Tapusin ang chat
chat-ended-heading = Natapos na ang chat
chat-rate-legend = Gaano nakatulong ang chat na ito?
chat-rate-stars =
    { $stars ->
        [one] { $stars } bituin
       *[other] { $stars } bituin
    }
chat-rate-submit = Ipadala ang rating
chat-rate-thanks = Salamat sa iyong rating.
chat-transcript-label = I-email sa akin ang transcript
chat-transcript-submit = Ipadala ang transcript
chat-transcript-sent = Ipinapadala na ang transcript sa iyong email.
chat-new = Magsimula ng bagong chat
chat-about-request = Makipag-chat tungkol sa kahilingang ito
chat-linked-request = Tungkol sa kahilingan { $number }

chat-page-title = Live chat sa 311
chat-page-intro = Makipag-chat nang live sa isang ahente ng 311, o mag-iwan ng mensahe at sasagutin ka namin sa email o text message.
chat-offline-heading = Mag-iwan ng mensahe
chat-offline-intro = Walang ahenteng makakapag-chat sa ngayon. Mag-iwan ng mensahe kasama ang iyong email address o numero ng telepono, at sasagutin ka ng isang ahente.
chat-offline-email = Address ng email
chat-offline-phone = Numero ng telepono, para sa sagot sa text message
chat-offline-body = Ang iyong mensahe
chat-offline-submit = Ipadala ang mensahe
chat-offline-sent = Salamat. Natanggap namin ang iyong mensahe, at sasagutin ka ng isang ahente sa email o text message.
chat-offline-error-body = Ilagay ang iyong mensahe
chat-offline-error-body-long = Dapat 2,000 character o mas kaunti ang iyong mensahe
chat-offline-error-name-long = Dapat 100 character o mas kaunti ang iyong pangalan
chat-offline-error-contact = Maglagay ng email address o numero ng telepono para masagot ka namin
chat-offline-error-email = Maglagay ng email address sa tamang anyo, gaya ng name@example.com
chat-offline-error-phone = Maglagay ng numero ng telepono, gaya ng 416 555 0123

## Mga pangyayari sa chat, na nakikita ng magkabilang panig.

chat-event-joined = Sumali si { $name } sa chat.
chat-event-transferred = Ipinasa ang chat kay { $name }.
chat-event-ended = Natapos na ang chat.
chat-event-request = Gumawa ng kahilingan sa serbisyo { $number } para sa iyo. Masusubaybayan mo ito gamit ang numerong ito.

## Kung bakit hindi tinanggap ang ipinadala sa chat.

chat-error-bad-frame = Hindi iyon mabasa. I-reload ang pahina at subukang muli.
chat-error-too-long = Masyadong mahaba ang iyong mensahe. Panatilihin itong 2,000 character o mas kaunti.
chat-error-too-fast = Masyadong mabilis ang pagpapadala mo ng mga mensahe. Maghintay sandali, saka magpadalang muli.
chat-error-empty = Mag-type ng mensahe bago magpadala.
chat-error-topic-missing = Ilagay kung saan mo kailangan ng tulong.
chat-error-already-started = Nagsimula na ang chat na ito.
chat-error-unknown-chat = Hindi mahanap ang chat na iyon. Magsimula ng bagong chat.
chat-error-no-chat = Magsimula muna ng chat.
chat-error-chat-ended = Natapos na ang chat na ito. Magsimula ng bagong chat para magpadala ng higit pang mensahe.
chat-error-bad-rating = Pumili mula 1 hanggang 5 bituin.
chat-error-not-ended = Maaari mong i-rate ang chat kapag natapos na ito.
chat-error-bad-email = Maglagay ng email address sa tamang anyo, gaya ng name@example.com
chat-error-agents-only = Mga ahente lamang ang makakagawa niyan.
chat-error-residents-only = Mga residente lamang ang makakagawa niyan.
chat-error-not-yours = Hindi nakatalaga sa iyo ang chat na iyon.
chat-error-at-limit = Naabot mo na ang pinakamaraming chat na kaya mong hawakan. Tapusin muna ang isa.
chat-error-taken = Kinuha na ng ibang ahente ang chat na iyon, o natapos na ito.
chat-error-agent-unavailable = Hindi na online ang ahenteng iyon. Pumili ng iba.
chat-error-unavailable = Hindi magagamit ang chat sa ngayon. Subukang muli pagkalipas ng ilang minuto, o tumawag sa 311.

## Mga handang sagot na ipinapadala ng mga ahente, sa wika ng residente.

chat-canned-greeting = Magandang araw po, salamat sa pakikipag-ugnayan sa 311 Toronto. Paano ko po kayo matutulungan ngayon?
chat-canned-one-moment = Sandali lang po, titingnan ko ito.
chat-canned-more-details = Maaari po ba ninyong ikuwento nang kaunti pa ang tungkol sa problema?
chat-canned-location = Saan po eksakto ang problema? Makakatulong ang address ng kalye o ang pinakamalapit na interseksyon.
chat-canned-request-filed = Gumawa na po ako ng kahilingan sa serbisyo para sa inyo. Masusubaybayan ninyo ito gamit ang numerong nakalagay sa chat na ito.
chat-canned-goodbye = Salamat po sa pakikipag-ugnayan sa 311. May iba pa po ba akong maitutulong sa inyo?

## Ang console ng mga ahente sa /agent.

agent-page-heading = Console ng chat
agent-status-connected = Nakakonekta. Online ka para sa mga chat.
agent-status-reconnecting = Naputol ang koneksyon. Muling kumokonekta…
agent-queue-heading = Mga naghihintay na chat
agent-queue-empty = Walang naghihintay na chat.
agent-queue-topic = Paksa
agent-queue-language = Wika
agent-queue-waiting = Naghihintay
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuto
    }
agent-queue-fallback = Hindi isa sa iyong mga wika
agent-accept = Tanggapin
agent-load = Mga bukas na chat: { $active } sa { $limit }
agent-chats-heading = Ang iyong mga chat
agent-no-chats = Tumanggap ng chat mula sa pila para magsimula.
agent-chat-with = Chat kay { $name }
agent-chat-language = Wika: { $language }
agent-chat-topic = Paksa: { $topic }
agent-canned-label = Handang sagot
agent-canned-choose = Pumili ng sagot
agent-canned-insert = Gamitin ang sagot na ito
agent-reply-label = Sagot
agent-send = Ipadala
agent-add-note = Idagdag bilang panloob na tala
agent-note = Panloob na tala
agent-transfer-label = Ipasa kay
agent-transfer = Ipasa
agent-transfer-none = Walang ibang ahenteng online.
agent-end = Tapusin ang chat
agent-ended = Natapos na ang chat na ito.
agent-close = Isara
agent-request-heading = Gumawa ng kahilingan sa serbisyo
agent-request-service = Uri ng serbisyo
agent-request-place = Lokasyon: kalye, interseksyon o lugar
agent-request-description = Paglalarawan
agent-request-submit = Buksan ang form ng ulat
agent-request-hint = Bubukas ang form ng ulat na may nakapunong impormasyon mula sa chat na ito. Suriin ito at isumite; ilalagay sa chat ang numero ng kahilingan.
agent-cases-heading = Mga mensaheng iniwan noong walang makakapag-chat
agent-cases-empty = Walang mensaheng naghihintay ng sagot.
agent-case-from = Mula kay { $name }, { $contact }
agent-case-reply = Ang iyong sagot
agent-case-send = Ipadala ang sagot
agent-case-answered = Naipadala na ang iyong sagot.
agent-error-reply = Maglagay ng sagot na 2,000 character o mas kaunti.
agent-error-answered = Nasagot na ang mensaheng iyon.
agent-error-not-yours = Hindi na nakatalaga sa iyo ang chat na iyon.
agent-error-service = Pumili ng uri ng serbisyo.
staff-chat-transcripts = Mga transcript ng chat

## Mga mensaheng ipinapadala sa email o text message.

notify-chat-transcript-subject = Ang iyong chat sa 311 Toronto
notify-chat-transcript-email = Narito ang transcript ng iyong chat sa 311 Toronto, gaya ng iyong hiniling.
notify-chat-reply-subject = Sagot sa iyong mensahe sa 311 Toronto
notify-chat-reply-email =
    Nag-iwan ka ng mensahe para sa 311 Toronto. Sumagot ang isang ahente:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
