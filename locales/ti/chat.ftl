## Live chat: the resident's chat panel, leaving a message, the agents' console and chat messages.

chat-launcher = ምስ 311 ዕላል
chat-panel-heading = ቀጥታዊ ዕላል ምስ 311
chat-close = ዕላል ዕጸዉ
chat-intro = ሕቶ ሕተቱ ወይ ብዛዕባ ሕቶ ኣገልግሎት ሓገዝ ርኸቡ። ሓደ ወኪል ግዜ ምስ ረኸበ ኣብዚ ክምልሰልኩም እዩ።
chat-name-label = ስምኩም (ኣማራጺ)
chat-topic-label = ብዛዕባ እንታይ ሓገዝ የድልየኩም?
chat-topic-hint = ንኣብነት፦ ኣብ ጽርግያይ ጓሓፍ ኣይተኣከበን
chat-start = ዕላል ጀምሩ
chat-connecting = ይራኸብ ኣሎ…
chat-reconnecting = ርክብ ተቋሪጹ። እንደገና ይራኸብ ኣሎ… መልእኽትታትኩም ተዓቂቦም ኣለዉ።
chat-reconnected = እንደገና ተራኺቡ።
chat-queue-next = ኣብ መስርዕ ዝቕጽሉ ንስኹም ኢኹም።
chat-queue-position = ኣብ መስርዕ ቁጽሪ { $position } ኢኹም።
chat-queue-wait =
    { $minutes ->
        [one] ግምታዊ ግዜ ምጽባይ፦ ኣስታት 1 ደቒቕ።
       *[other] ግምታዊ ግዜ ምጽባይ፦ ኣስታት { $minutes } ደቓይቕ።
    }
chat-waiting-note = ክትጽበዩ ከለኹም ሕቶኹም ክትጽሕፉ ትኽእሉ ኢኹም። ነዚ ገጽ ክፉት ግደፍዎ፦ እቲ ዕላል ባዕሉ ኣይዕጾን እዩ።
chat-log-label = ዕላል
chat-message-label = መልእኽትኹም
chat-send = ስደዱ
chat-not-sent = ገና ኣይተላእከን። ርክብ ምስ ተመልሰ ብቕልጡፍ ክለኣኽ እዩ።
chat-typing-agent = እቲ ወኪል ይጽሕፍ ኣሎ…
chat-typing-resident = እቲ ነባሪ ይጽሕፍ ኣሎ…
chat-you = ንስኹም
chat-resident = ነባሪ
chat-end = ዕላል ወድኡ
chat-ended-heading = እቲ ዕላል ተወዲኡ
chat-rate-legend = እዚ ዕላል ክንደይ ሓጊዙኩም?
chat-rate-stars =
    { $stars ->
        [one] 1 ኮኾብ
       *[other] { $stars } ኮኾባት
    }
chat-rate-submit = ገምጋም ስደዱ
chat-rate-thanks = ስለ ገምጋምኩም የቐንየልና።
chat-transcript-label = ጽሑፍ ናይቲ ዕላል ብኢመይል ስደዱለይ
chat-transcript-submit = ጽሑፍ ዕላል ስደዱ
chat-transcript-sent = ጽሑፍ ናይቲ ዕላል ናብ ኢመይልኩም ይለኣኽ ኣሎ።
chat-new = ሓድሽ ዕላል ጀምሩ
chat-about-request = ብዛዕባ እዚ ሕቶ ዕላል
chat-linked-request = ብዛዕባ ሕቶ { $number }

chat-page-title = ቀጥታዊ ዕላል
chat-page-intro = ምስ ሓደ ወኪል 311 ቀጥታዊ ዕላል ግበሩ፣ ወይ መልእኽቲ ግደፉ፤ ብኢመይል ወይ ብጽሑፍ መልእኽቲ ክንምልሰልኩም ኢና።
chat-offline-heading = መልእኽቲ ግደፉ
chat-offline-intro = ሕጂ ክዕልል ዝኽእል ወኪል የለን። ምስ ኣድራሻ ኢመይልኩም ወይ ቁጽሪ ተሌፎንኩም መልእኽቲ ግደፉ፤ ሓደ ወኪል ክምልሰልኩም እዩ።
chat-offline-email = ኣድራሻ ኢመይል
chat-offline-phone = ቁጽሪ ተሌፎን፣ መልሲ ብጽሑፍ መልእኽቲ ንምርካብ
chat-offline-body = መልእኽትኹም
chat-offline-submit = መልእኽቲ ስደዱ
chat-offline-sent = የቐንየልና። መልእኽትኹም በጺሑና ኣሎ፤ ሓደ ወኪል ብኢመይል ወይ ብጽሑፍ መልእኽቲ ክምልሰልኩም እዩ።
chat-offline-error-body = መልእኽትኹም ኣእትዉ
chat-offline-error-body-long = መልእኽትኹም ካብ 2000 ፊደላት ክበዝሕ የብሉን
chat-offline-error-name-long = ስምኩም ካብ 100 ፊደላት ክበዝሕ የብሉን
chat-offline-error-contact = ክንምልሰልኩም ምእንቲ ኣድራሻ ኢመይል ወይ ቁጽሪ ተሌፎን ኣእትዉ
chat-offline-error-email = ኣድራሻ ኢመይል ብቅኑዕ ቅርጺ ኣእትዉ፣ ከም name@example.com
chat-offline-error-phone = ቁጽሪ ተሌፎን ኣእትዉ፣ ከም 416 555 0123

## Chat events, shown to both sides.

chat-event-joined = { $name } ናብቲ ዕላል ተሓዊሶም።
chat-event-transferred = እቲ ዕላል ናብ { $name } ተመሓላሊፉ።
chat-event-ended = እቲ ዕላል ተወዲኡ።
chat-event-request = ሕቶ ኣገልግሎት { $number } ንኣኹም ተፈጢሩ ኣሎ። በዚ ቁጽሪ ክትከታተልዎ ትኽእሉ ኢኹም።

## Why something sent in the chat was not accepted.

chat-error-bad-frame = እዚ ክንበብ ኣይከኣለን። ነቲ ገጽ እንደገና ጽዓንዎ እሞ እንደገና ፈትኑ።
chat-error-too-long = መልእኽትኹም ኣዝዩ ነዊሕ እዩ። ካብ 2000 ፊደላት ከይበዝሕ ግበሩ።
chat-error-too-fast = መልእኽትታት ኣዝዩ ብቕልጡፍ ትሰዱ ኣለኹም። ቁሩብ ተጸበዩ፣ ድሕሪኡ እንደገና ስደዱ።
chat-error-empty = ቅድሚ ምልኣኽኩም መልእኽቲ ጽሐፉ።
chat-error-topic-missing = ብዛዕባ እንታይ ሓገዝ ከም ዘድልየኩም ኣእትዉ።
chat-error-already-started = እዚ ዕላል ድሮ ጀሚሩ እዩ።
chat-error-unknown-chat = እቲ ዕላል ክርከብ ኣይከኣለን። ሓድሽ ዕላል ጀምሩ።
chat-error-no-chat = መጀመርታ ዕላል ጀምሩ።
chat-error-chat-ended = እዚ ዕላል ተወዲኡ እዩ። ተወሳኺ መልእኽትታት ንምልኣኽ ሓድሽ ዕላል ጀምሩ።
chat-error-bad-rating = ካብ 1 ክሳብ 5 ኮኾባት ምረጹ።
chat-error-not-ended = እቲ ዕላል ምስ ተወድአ ክትግምግምዎ ትኽእሉ ኢኹም።
chat-error-bad-email = ኣድራሻ ኢመይል ብቅኑዕ ቅርጺ ኣእትዉ፣ ከም name@example.com
chat-error-agents-only = እዚ ክገብሩ ዝኽእሉ ወኪላት ጥራይ እዮም።
chat-error-residents-only = እዚ ክገብሩ ዝኽእሉ ነበርቲ ጥራይ እዮም።
chat-error-not-yours = እቲ ዕላል ንኣኹም ኣይተመደበን።
chat-error-at-limit = ክትሕዝዎ እትኽእሉ ዝለዓለ ቁጽሪ ክፉታት ዕላላት ኣለኩም። መጀመርታ ሓደ ወድኡ።
chat-error-taken = ካልእ ወኪል ነቲ ዕላል ወሲድዎ፣ ወይ ተወዲኡ እዩ።
chat-error-agent-unavailable = እቲ ወኪል ሕጂ ኦንላይን የለን። ካልእ ምረጹ።
chat-error-unavailable = ዕላል ሕጂ ኣይርከብን እዩ። ድሕሪ ቁሩብ ደቓይቕ እንደገና ፈትኑ፣ ወይ ናብ 311 ደውሉ።

## Ready-made replies agents send, in the resident's language.

chat-canned-greeting = ሰላም፣ ምስ 311 Toronto ስለ ዝተራኸብኩም የቐንየልና። ሎሚ ብኸመይ ክሕግዘኩም እኽእል?
chat-canned-one-moment = በጃኹም ሓንሳብ ተጸበዩ፣ ነዚ ጉዳይ ክርእዮ እየ።
chat-canned-more-details = ብዛዕባ እቲ ጸገም ቁሩብ ተወሳኺ ክትነግሩኒ ትኽእሉ ዶ?
chat-canned-location = እቲ ጸገም ብልክዕ ኣበይ እዩ ዘሎ? ኣድራሻ ጽርግያ ወይ እቲ ዝቐረበ መስቀላዊ መገዲ ይሕግዝ።
chat-canned-request-filed = ሕቶ ኣገልግሎት ፈጢረልኩም ኣለኹ። በቲ ኣብዚ ዕላል ዝተለጠፈ ቁጽሪ ክትከታተልዎ ትኽእሉ ኢኹም።
chat-canned-goodbye = ምስ 311 ስለ ዝተራኸብኩም የቐንየልና። ካልእ ክሕግዘኩም ዝኽእል ነገር ኣሎ ዶ?

## The agents' console at /agent.

agent-page-heading = መቆጻጸሪ ዕላል
agent-status-connected = ተራኺብኩም ኣለኹም። ንዕላላት ኦንላይን ኢኹም።
agent-status-reconnecting = ርክብ ተቋሪጹ። እንደገና ይራኸብ ኣሎ…
agent-queue-heading = ዝጽበዩ ዘለዉ ዕላላት
agent-queue-empty = ዝጽበ ዘሎ ዕላል የለን።
agent-queue-topic = ኣርእስቲ
agent-queue-language = ቋንቋ
agent-queue-waiting = ግዜ ምጽባይ
agent-queue-minutes =
    { $minutes ->
        [one] 1 ደቒቕ
       *[other] { $minutes } ደቓይቕ
    }
agent-queue-fallback = ካብ ቋንቋታትኩም ሓደ ኣይኮነን
agent-accept = ተቐበሉ
agent-load = ክፉታት ዕላላት፦ { $active } ካብ { $limit }
agent-chats-heading = ዕላላትኩም
agent-no-chats = ንምጅማር ካብ መስርዕ ሓደ ዕላል ተቐበሉ።
agent-chat-with = ዕላል ምስ { $name }
agent-chat-language = ቋንቋ፦ { $language }
agent-chat-topic = ኣርእስቲ፦ { $topic }
agent-canned-label = ድሉው መልሲ
agent-canned-choose = መልሲ ምረጹ
agent-canned-insert = ነዚ መልሲ ተጠቐሙ
agent-reply-label = መልሲ
agent-send = ስደዱ
agent-add-note = ከም ውሽጣዊ መዘኻኸሪ ወስኹ
agent-note = ውሽጣዊ መዘኻኸሪ
agent-transfer-label = ዝመሓላለፈሉ ወኪል
agent-transfer = ኣመሓላልፉ
agent-transfer-none = ኦንላይን ዘሎ ካልእ ወኪል የለን።
agent-end = ዕላል ወድኡ
agent-ended = እዚ ዕላል ተወዲኡ እዩ።
agent-close = ዕጸዉ
agent-request-heading = ሕቶ ኣገልግሎት ፍጠሩ
agent-request-service = ዓይነት ኣገልግሎት
agent-request-place = ቦታ፦ ጽርግያ፣ መስቀላዊ መገዲ ወይ ቦታ
agent-request-description = መግለጺ
agent-request-submit = ቅጥዒ ጸብጻብ ክፈቱ
agent-request-hint = ቅጥዒ ጸብጻብ ብሓበሬታ ካብዚ ዕላል ተመሊኡ ይኽፈት። ተቖጻጸርዎ እሞ ስደድዎ፤ ቁጽሪ እቲ ሕቶ ኣብቲ ዕላል ይልጠፍ።
agent-cases-heading = ዝዕልል ሰብ ኣብ ዘይነበረሉ እዋን ዝተገድፉ መልእኽትታት
agent-cases-empty = መልሲ ዝጽበ መልእኽቲ የለን።
agent-case-from = ካብ { $name }፣ { $contact }
agent-case-reply = መልስኹም
agent-case-send = መልሲ ስደዱ
agent-case-answered = መልስኹም ተላኢኹ።
agent-error-reply = ካብ 2000 ፊደላት ዘይበዝሕ መልሲ ኣእትዉ።
agent-error-answered = እቲ መልእኽቲ ድሮ መልሲ ተዋሂብዎ እዩ።
agent-error-not-yours = እቲ ዕላል ድሕሪ ሕጂ ንኣኹም ዝተመደበ ኣይኮነን።
agent-error-service = ዓይነት ኣገልግሎት ምረጹ።
staff-chat-transcripts = ጽሑፋት ዕላላት

## Messages sent by email or text message.

notify-chat-transcript-subject = ምስ 311 Toronto ዝገበርክምዎ ዕላል
notify-chat-transcript-email = ከም ዝሓተትኩምዎ፣ ምስ 311 Toronto ዝገበርክምዎ ዕላል ጽሑፍ እንሆ።
notify-chat-reply-subject = ናብ 311 Toronto ንዝለኣኽክምዎ መልእኽቲ ዝተዋህበ መልሲ
notify-chat-reply-email =
    ን 311 Toronto መልእኽቲ ገዲፍኩም ነይርኩም። ሓደ ወኪል ዝሃቦ መልሲ፦

    { $reply }
notify-chat-reply-sms = 311 Toronto፦ { $reply }
