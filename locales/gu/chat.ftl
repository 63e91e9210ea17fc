## લાઇવ ચૅટ: રહેવાસીની ચૅટ પૅનલ, સંદેશ મૂકવો, એજન્ટોનું કન્સોલ અને ચૅટના સંદેશા.

chat-launcher = 311 સાથે ચૅટ કરો
chat-panel-heading = 311 સાથે લાઇવ ચૅટ
chat-close = ચૅટ બંધ કરો
chat-intro = કોઈ પ્રશ્ન પૂછો અથવા કોઈ વિનંતી અંગે મદદ મેળવો. કોઈ એજન્ટ નવરા થતાં જ તમને અહીં જવાબ આપશે.
chat-name-label = તમારું નામ (વૈકલ્પિક)
chat-topic-label = તમારે શેના વિશે મદદ જોઈએ છે?
chat-topic-hint = ઉદાહરણ તરીકે: મારી શેરીમાં કચરો ઉપાડ્યો નથી
chat-start = ચૅટ શરૂ કરો
chat-connecting = કનેક્ટ થઈ રહ્યું છે…
chat-reconnecting = કનેક્શન તૂટી ગયું. ફરી કનેક્ટ થઈ રહ્યું છે… તમારા સંદેશા સચવાયેલા છે.
chat-reconnected = ફરી કનેક્ટ થઈ ગયું.
chat-queue-next = કતારમાં હવે પછીનો વારો તમારો છે.
chat-queue-position = કતારમાં તમારો નંબર { $position } છે.
chat-queue-wait =
    { $minutes ->
        [one] અંદાજિત રાહ: લગભગ { $minutes } મિનિટ.
       *[other] અંદાજિત રાહ: લગભગ { $minutes } મિનિટ.
    }
chat-waiting-note = રાહ જોતી વખતે તમે તમારો પ્રશ્ન લખી શકો છો. આ પાનું ખુલ્લું રાખો: ચૅટ જાતે બંધ થતી નથી.
chat-log-label = વાતચીત
chat-message-label = તમારો સંદેશ
chat-send = મોકલો
chat-not-sent = હજી મોકલાયો નથી. કનેક્શન પાછું આવતાં જ તે મોકલાશે.
chat-typing-agent = એજન્ટ લખી રહ્યા છે…
chat-typing-resident = રહેવાસી લખી રહ્યા છે…
chat-you = તમે
chat-resident = રહેવાસી
chat-end = ચૅટ સમાપ્ત કરો
chat-ended-heading = ચૅટ સમાપ્ત થઈ ગઈ છે
chat-rate-legend = આ ચૅટ કેટલી ઉપયોગી રહી?
chat-rate-stars =
    { $stars ->
        [one] { $stars } સ્ટાર
       *[other] { $stars } સ્ટાર
    }
chat-rate-submit = રેટિંગ મોકલો
chat-rate-thanks = તમારા રેટિંગ બદલ આભાર.
chat-transcript-label = વાતચીતની લેખિત નકલ મને ઇમેઇલ કરો
chat-transcript-submit = લેખિત નકલ મોકલો
chat-transcript-sent = વાતચીતની લેખિત નકલ તમારા ઇમેઇલ પર મોકલાઈ રહી છે.
chat-new = નવી ચૅટ શરૂ કરો
chat-about-request = આ વિનંતી વિશે ચૅટ કરો
chat-linked-request = વિનંતી { $number } વિશે

chat-page-title = લાઇવ ચૅટ
chat-page-intro = 311 ના કોઈ એજન્ટ સાથે લાઇવ ચૅટ કરો, અથવા સંદેશ મૂકો અને અમે તમને ઇમેઇલ અથવા ટેક્સ્ટ મેસેજ દ્વારા જવાબ આપીશું.
chat-offline-heading = સંદેશ મૂકો
chat-offline-intro = અત્યારે કોઈ એજન્ટ ચૅટ માટે ઉપલબ્ધ નથી. તમારા ઇમેઇલ સરનામા અથવા ફોન નંબર સાથે સંદેશ મૂકો, અને એક એજન્ટ તમને જવાબ આપશે.
chat-offline-email = ઇમેઇલ સરનામું
chat-offline-phone = ફોન નંબર, ટેક્સ્ટ મેસેજ દ્વારા જવાબ મેળવવા માટે
chat-offline-body = તમારો સંદેશ
chat-offline-submit = સંદેશ મોકલો
chat-offline-sent = આભાર. અમને તમારો સંદેશ મળી ગયો છે, અને એક એજન્ટ તમને ઇમેઇલ અથવા ટેક્સ્ટ મેસેજ દ્વારા જવાબ આપશે.
chat-offline-error-body = તમારો સંદેશ દાખલ કરો
chat-offline-error-body-long = તમારો સંદેશ 2,000 અક્ષરો કે તેથી ઓછો હોવો જોઈએ
chat-offline-error-name-long = તમારું નામ 100 અક્ષરો કે તેથી ઓછું હોવું જોઈએ
chat-offline-error-contact = ઇમેઇલ સરનામું અથવા ફોન નંબર દાખલ કરો, જેથી અમે તમને જવાબ આપી શકીએ
chat-offline-error-email = ઇમેઇલ સરનામું સાચા સ્વરૂપમાં દાખલ કરો, જેમ કે name@example.com
chat-offline-error-phone = ફોન નંબર દાખલ કરો, જેમ કે 416 555 0123

## ચૅટની ઘટનાઓ, જે બંને પક્ષોને દેખાય છે.

chat-event-joined = { $name } ચૅટમાં જોડાયા.
chat-event-transferred = ચૅટ { $name } ને સોંપવામાં આવી.
chat-event-ended = ચૅટ સમાપ્ત થઈ ગઈ છે.
chat-event-request = તમારા માટે સેવા વિનંતી { $number } બનાવવામાં આવી છે. તમે આ નંબરથી તેની સ્થિતિ જોઈ શકો છો.

## ચૅટમાં મોકલેલું કંઈક કેમ સ્વીકારવામાં ન આવ્યું.

chat-error-bad-frame = તે વાંચી શકાયું નથી. પાનું ફરી લોડ કરો અને ફરી પ્રયાસ કરો.
chat-error-too-long = તમારો સંદેશ ખૂબ લાંબો છે. તેને 2,000 અક્ષરો કે તેથી ઓછો રાખો.
chat-error-too-fast = તમે ખૂબ ઝડપથી સંદેશા મોકલી રહ્યા છો. થોડી વાર રાહ જુઓ, પછી ફરી મોકલો.
chat-error-empty = મોકલતા પહેલાં સંદેશ લખો.
chat-error-topic-missing = તમારે શેના વિશે મદદ જોઈએ છે તે દાખલ કરો.
chat-error-already-started = આ ચૅટ પહેલેથી શરૂ થઈ ગઈ છે.
chat-error-unknown-chat = તે ચૅટ મળી નથી. નવી ચૅટ શરૂ કરો.
chat-error-no-chat = પહેલાં ચૅટ શરૂ કરો.
chat-error-chat-ended = આ ચૅટ સમાપ્ત થઈ ગઈ છે. વધુ સંદેશા મોકલવા માટે નવી ચૅટ શરૂ કરો.
chat-error-bad-rating = 1 થી 5 સ્ટારમાંથી પસંદ કરો.
chat-error-not-ended = ચૅટ સમાપ્ત થયા પછી જ તમે તેને રેટિંગ આપી શકો છો.
chat-error-bad-email = ઇમેઇલ સરનામું સાચા સ્વરૂપમાં દાખલ કરો, જેમ કે name@example.com
chat-error-agents-only = આ ફક્ત એજન્ટો જ કરી શકે છે.
chat-error-residents-only = આ ફક્ત રહેવાસીઓ જ કરી શકે છે.
chat-error-not-yours = તે ચૅટ તમને સોંપવામાં આવી નથી.
chat-error-at-limit = તમે એકસાથે સંભાળી શકો તેટલી ચૅટ પહેલેથી ખુલ્લી છે. પહેલાં કોઈ એક સમાપ્ત કરો.
chat-error-taken = તે ચૅટ બીજા એજન્ટે લઈ લીધી છે, અથવા તે સમાપ્ત થઈ ગઈ છે.
chat-error-agent-unavailable = તે એજન્ટ હવે ઓનલાઇન નથી. બીજા કોઈને પસંદ કરો.
chat-error-unavailable = ચૅટ અત્યારે ઉપલબ્ધ નથી. થોડી મિનિટો પછી ફરી પ્રયાસ કરો, અથવા 311 પર કૉલ કરો.

## એજન્ટો મોકલે છે તે તૈયાર જવાબો, રહેવાસીની ભાષામાં.

chat-canned-greeting = નમસ્તે, 311 Toronto નો સંપર્ક કરવા બદલ આભાર. આજે હું તમને કેવી રીતે મદદ કરી શકું?
chat-canned-one-moment = કૃપા કરીને એક ક્ષણ રાહ જુઓ, હું આ બાબત તપાસી લઉં.
chat-canned-more-details = શું તમે મને સમસ્યા વિશે થોડું વધુ જણાવી શકો?
chat-canned-location = સમસ્યા બરાબર ક્યાં છે? શેરીનું સરનામું અથવા સૌથી નજીકનું ચાર રસ્તા જણાવશો તો મદદ થશે.
chat-canned-request-filed = મેં તમારા માટે એક સેવા વિનંતી બનાવી છે. આ ચૅટમાં આપેલા નંબરથી તમે તેની સ્થિતિ જોઈ શકો છો.
chat-canned-goodbye = 311 નો સંપર્ક કરવા બદલ આભાર. શું હું તમને બીજી કોઈ બાબતમાં મદદ કરી શકું?

## /agent પર એજન્ટોનું કન્સોલ.

agent-page-heading = ચૅટ કન્સોલ
agent-status-connected = કનેક્ટ થયેલ. તમે ચૅટ માટે ઓનલાઇન છો.
agent-status-reconnecting = કનેક્શન તૂટી ગયું. ફરી કનેક્ટ થઈ રહ્યું છે…
agent-queue-heading = રાહ જોતી ચૅટ
agent-queue-empty = કોઈ ચૅટ રાહ જોઈ રહી નથી.
agent-queue-topic = વિષય
agent-queue-language = ભાષા
agent-queue-waiting = રાહનો સમય
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } મિનિટ
       *[other] { $minutes } મિનિટ
    }
agent-queue-fallback = તમારી ભાષાઓમાંથી નથી
agent-accept = સ્વીકારો
agent-load = ખુલ્લી ચૅટ: { $limit } માંથી { $active }
agent-chats-heading = તમારી ચૅટ
agent-no-chats = શરૂ કરવા માટે કતારમાંથી કોઈ ચૅટ સ્વીકારો.
agent-chat-with = { $name } સાથે ચૅટ
agent-chat-language = ભાષા: { $language }
agent-chat-topic = વિષય: { $topic }
agent-canned-label = તૈયાર જવાબ
agent-canned-choose = કોઈ જવાબ પસંદ કરો
agent-canned-insert = આ જવાબ વાપરો
agent-reply-label = જવાબ
agent-send = મોકલો
agent-add-note = આંતરિક નોંધ તરીકે ઉમેરો
agent-note = આંતરિક નોંધ
agent-transfer-label = કોને સોંપવી
agent-transfer = સોંપો
agent-transfer-none = બીજા કોઈ એજન્ટ ઓનલાઇન નથી.
agent-end = ચૅટ સમાપ્ત કરો
agent-ended = આ ચૅટ સમાપ્ત થઈ ગઈ છે.
agent-close = બંધ કરો
agent-request-heading = સેવા વિનંતી બનાવો
agent-request-service = સેવાનો પ્રકાર
agent-request-place = સ્થળ: શેરી, ચાર રસ્તા અથવા જગ્યા
agent-request-description = વર્ણન
agent-request-submit = રિપોર્ટ ફોર્મ ખોલો
agent-request-hint = રિપોર્ટ ફોર્મ આ ચૅટની માહિતીથી ભરેલું ખૂલે છે. તેને તપાસો અને સબમિટ કરો; વિનંતી નંબર ચૅટમાં મૂકવામાં આવે છે.
agent-cases-heading = કોઈ ચૅટ માટે ઉપલબ્ધ ન હતું ત્યારે મૂકાયેલા સંદેશા
agent-cases-empty = કોઈ સંદેશ જવાબની રાહ જોઈ રહ્યો નથી.
agent-case-from = { $name } તરફથી, { $contact }
agent-case-reply = તમારો જવાબ
agent-case-send = જવાબ મોકલો
agent-case-answered = તમારો જવાબ મોકલાઈ ગયો.
agent-error-reply = 2,000 અક્ષરો કે તેથી ઓછો જવાબ દાખલ કરો.
agent-error-answered = તે સંદેશનો જવાબ પહેલેથી આપવામાં આવ્યો છે.
agent-error-not-yours = તે ચૅટ હવે તમને સોંપાયેલી નથી.
agent-error-service = સેવાનો પ્રકાર પસંદ કરો.
staff-chat-transcripts = ચૅટની લેખિત નકલો

## ઇમેઇલ અથવા ટેક્સ્ટ મેસેજ દ્વારા મોકલાતા સંદેશા.

notify-chat-transcript-subject = 311 Toronto સાથે તમારી ચૅટ
notify-chat-transcript-email = તમારી વિનંતી મુજબ, 311 Toronto સાથેની તમારી ચૅટની લેખિત નકલ અહીં છે.
notify-chat-reply-subject = 311 Toronto ને મોકલેલા તમારા સંદેશનો જવાબ
notify-chat-reply-email =
    તમે 311 Toronto માટે એક સંદેશ મૂક્યો હતો. એક એજન્ટે જવાબ આપ્યો છે:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
