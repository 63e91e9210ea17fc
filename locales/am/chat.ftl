## Live chat: the resident's chat panel, leaving a message, the agents' console and chat messages.

chat-launcher = ከ311 ጋር ይወያዩ
chat-panel-heading = ከ311 ጋር የቀጥታ ውይይት
chat-close = ውይይቱን ይዝጉ
chat-intro = ጥያቄ ይጠይቁ ወይም ባቀረቡት የአገልግሎት ጥያቄ ላይ እርዳታ ያግኙ። አንድ ወኪል ነፃ እንደሆነ ወዲያውኑ እዚህ ይመልስልዎታል።
chat-name-label = ስምዎ (አማራጭ)
chat-topic-label = በምን ጉዳይ እርዳታ ይፈልጋሉ?
chat-topic-hint = ለምሳሌ፦ በመንገዴ ላይ ያለው ቆሻሻ አልተሰበሰበም
chat-start = ውይይት ይጀምሩ
chat-connecting = በመገናኘት ላይ…
chat-reconnecting = ግንኙነቱ ተቋርጧል። እንደገና በመገናኘት ላይ… መልእክቶችዎ ተጠብቀዋል።
chat-reconnected = እንደገና ተገናኝቷል።
chat-queue-next = በወረፋው ቀጣዩ እርስዎ ነዎት።
chat-queue-position = በወረፋው ውስጥ ቁጥር { $position } ላይ ነዎት።
chat-queue-wait =
    { $minutes ->
        [one] የሚገመተው የጥበቃ ጊዜ፦ 1 ደቂቃ ገደማ።
       *[other] የሚገመተው የጥበቃ ጊዜ፦ { $minutes } ደቂቃዎች ገደማ።
    }
chat-waiting-note = በመጠባበቅ ላይ ሳሉ ጥያቄዎን መጻፍ ይችላሉ። ይህን ገጽ ክፍት ያድርጉት፦ ውይይቱ በራሱ አይዘጋም።
chat-log-label = ውይይት
chat-message-label = መልእክትዎ
chat-send = ይላኩ
chat-not-sent = ገና አልተላከም። ግንኙነቱ እንደተመለሰ ወዲያውኑ ይላካል።
chat-typing-agent = ወኪሉ እየጻፈ ነው…
chat-typing-resident = ነዋሪው እየጻፈ ነው…
chat-you = እርስዎ
chat-resident = ነዋሪ
chat-end = ውይይቱን ያጠናቅቁ
chat-ended-heading = ውይይቱ ተጠናቋል
chat-rate-legend = ይህ ውይይት ምን ያህል ጠቃሚ ነበር?
chat-rate-stars =
    { $stars ->
        [one] 1 ኮከብ
       *[other] { $stars } ኮከቦች
    }
chat-rate-submit = ደረጃውን ይላኩ
chat-rate-thanks = ደረጃ ስለሰጡ እናመሰግናለን።
chat-transcript-label = የውይይቱን ግልባጭ በኢሜይል ይላኩልኝ
chat-transcript-submit = ግልባጩን ይላኩ
chat-transcript-sent = የውይይቱ ግልባጭ ወደ ኢሜይልዎ እየተላከ ነው።
chat-new = አዲስ ውይይት ይጀምሩ
chat-about-request = ስለዚህ ጥያቄ ይወያዩ
chat-linked-request = ስለ ጥያቄ { $number }

chat-page-title = የቀጥታ ውይይት
chat-page-intro = ከ311 ወኪል ጋር በቀጥታ ይወያዩ፣ ወይም መልእክት ይተዉ፤ በኢሜይል ወይም በጽሑፍ መልእክት እንመልስልዎታለን።
chat-offline-heading = መልእክት ይተዉ
chat-offline-intro = አሁን ለመወያየት የሚችል ወኪል የለም። ከኢሜይል አድራሻዎ ወይም ከስልክ ቁጥርዎ ጋር መልእክት ይተዉ፤ አንድ ወኪል ይመልስልዎታል።
chat-offline-email = የኢሜይል አድራሻ
chat-offline-phone = ስልክ ቁጥር፣ መልሱን በጽሑፍ መልእክት ለማግኘት
chat-offline-body = መልእክትዎ
chat-offline-submit = መልእክቱን ይላኩ
chat-offline-sent = እናመሰግናለን። መልእክትዎ ደርሶናል፤ አንድ ወኪል በኢሜይል ወይም በጽሑፍ መልእክት ይመልስልዎታል።
chat-offline-error-body = መልእክትዎን ያስገቡ
chat-offline-error-body-long = መልእክትዎ ከ2000 ፊደላት መብለጥ የለበትም
chat-offline-error-name-long = ስምዎ ከ100 ፊደላት መብለጥ የለበትም
chat-offline-error-contact = መልስ እንድንሰጥዎ የኢሜይል አድራሻ ወይም ስልክ ቁጥር ያስገቡ
chat-offline-error-email = የኢሜይል አድራሻ በትክክለኛው ቅርጸት ያስገቡ፣ ለምሳሌ name@example.com
chat-offline-error-phone = ስልክ ቁጥር ያስገቡ፣ ለምሳሌ 416 555 0123

## Chat events, shown to both sides.

chat-event-joined = { $name } ውይይቱን ተቀላቅለዋል።
chat-event-transferred = ውይይቱ ወደ { $name } ተላልፏል።
chat-event-ended = ውይይቱ ተጠናቋል።
chat-event-request = የአገልግሎት ጥያቄ { $number } ለእርስዎ ተፈጥሯል። በዚህ ቁጥር ሊከታተሉት ይችላሉ።

## Why something sent in the chat was not accepted.

chat-error-bad-frame = ያ ሊነበብ አልቻለም። ገጹን እንደገና ይጫኑ እና እንደገና ይሞክሩ።
chat-error-too-long = መልእክትዎ በጣም ረጅም ነው። ከ2000 ፊደላት እንዳይበልጥ ያድርጉት።
chat-error-too-fast = መልእክቶችን በጣም በፍጥነት እየላኩ ነው። ትንሽ ይጠብቁ፣ ከዚያ እንደገና ይላኩ።
chat-error-empty = ከመላክዎ በፊት መልእክት ይጻፉ።
chat-error-topic-missing = በምን ጉዳይ እርዳታ እንደሚፈልጉ ያስገቡ።
chat-error-already-started = ይህ ውይይት አስቀድሞ ተጀምሯል።
chat-error-unknown-chat = ያ ውይይት ሊገኝ አልቻለም። አዲስ ውይይት ይጀምሩ።
chat-error-no-chat = መጀመሪያ ውይይት ይጀምሩ።
chat-error-chat-ended = ይህ ውይይት ተጠናቋል። ተጨማሪ መልእክቶችን ለመላክ አዲስ ውይይት ይጀምሩ።
chat-error-bad-rating = ከ1 እስከ 5 ኮከቦች ይምረጡ።
chat-error-not-ended = ውይይቱ ከተጠናቀቀ በኋላ ደረጃ መስጠት ይችላሉ።
chat-error-bad-email = የኢሜይል አድራሻ በትክክለኛው ቅርጸት ያስገቡ፣ ለምሳሌ name@example.com
chat-error-agents-only = ይህን ማድረግ የሚችሉት ወኪሎች ብቻ ናቸው።
chat-error-residents-only = ይህን ማድረግ የሚችሉት ነዋሪዎች ብቻ ናቸው።
chat-error-not-yours = ያ ውይይት ለእርስዎ አልተመደበም።
chat-error-at-limit = መያዝ የሚችሉትን ያህል ውይይቶች ከፍተዋል። መጀመሪያ አንዱን ያጠናቅቁ።
chat-error-taken = ሌላ ወኪል ያንን ውይይት ወስዶታል፣ ወይም ውይይቱ ተጠናቋል።
chat-error-agent-unavailable = ያ ወኪል ከአሁን በኋላ መስመር ላይ የለም። ሌላ ወኪል ይምረጡ።
chat-error-unavailable = ውይይቱ አሁን አይገኝም። ከጥቂት ደቂቃዎች በኋላ እንደገና ይሞክሩ፣ ወይም ወደ 311 ይደውሉ።

## Ready-made replies agents send, in the resident's language.

chat-canned-greeting = ሰላም፣ ከ311 Toronto ጋር ስለተገናኙ እናመሰግናለን። ዛሬ በምን ልረዳዎት እችላለሁ?
chat-canned-one-moment = እባክዎ ትንሽ ይጠብቁ፣ ጉዳዩን እያየሁ ነው።
chat-canned-more-details = ስለ ችግሩ ትንሽ ተጨማሪ ሊነግሩኝ ይችላሉ?
chat-canned-location = ችግሩ በትክክል የት ነው? የመንገድ አድራሻ ወይም በአቅራቢያ ያለ መስቀለኛ መንገድ ቢነግሩኝ ይረዳል።
chat-canned-request-filed = የአገልግሎት ጥያቄ ፈጥሬልዎታለሁ። በዚህ ውይይት ውስጥ በተለጠፈው ቁጥር ሊከታተሉት ይችላሉ።
chat-canned-goodbye = ከ311 ጋር ስለተገናኙ እናመሰግናለን። ሌላ ልረዳዎት የምችለው ነገር አለ?

## The agents' console at /agent.

agent-page-heading = የውይይት መቆጣጠሪያ ገጽ
agent-status-connected = ተገናኝተዋል። ለውይይቶች መስመር ላይ ነዎት።
agent-status-reconnecting = ግንኙነቱ ተቋርጧል። እንደገና በመገናኘት ላይ…
agent-queue-heading = በመጠባበቅ ላይ ያሉ ውይይቶች
agent-queue-empty = በመጠባበቅ ላይ ያለ ውይይት የለም።
agent-queue-topic = ርዕስ
agent-queue-language = ቋንቋ
agent-queue-waiting = የጥበቃ ጊዜ
agent-queue-minutes =
    { $minutes ->
        [one] 1 ደቂቃ
       *[other] { $minutes } ደቂቃዎች
    }
agent-queue-fallback = ከቋንቋዎችዎ አንዱ አይደለም
agent-accept = ይቀበሉ
agent-load = ክፍት ውይይቶች፦ { $active } ከ{ $limit }
agent-chats-heading = የእርስዎ ውይይቶች
agent-no-chats = ለመጀመር ከወረፋው አንድ ውይይት ይቀበሉ።
agent-chat-with = ከ{ $name } ጋር ውይይት
agent-chat-language = ቋንቋ፦ { $language }
agent-chat-topic = ርዕስ፦ { $topic }
agent-canned-label = የተዘጋጀ መልስ
agent-canned-choose = መልስ ይምረጡ
agent-canned-insert = ይህን መልስ ይጠቀሙ
agent-reply-label = መልስ
agent-send = ይላኩ
agent-add-note = እንደ የውስጥ ማስታወሻ ያክሉ
agent-note = የውስጥ ማስታወሻ
agent-transfer-label = የሚተላለፍለት ወኪል
agent-transfer = ያስተላልፉ
agent-transfer-none = መስመር ላይ ያለ ሌላ ወኪል የለም።
agent-end = ውይይቱን ያጠናቅቁ
agent-ended = ይህ ውይይት ተጠናቋል።
agent-close = ይዝጉ
agent-request-heading = የአገልግሎት ጥያቄ ይፍጠሩ
agent-request-service = የአገልግሎት ዓይነት
agent-request-place = ቦታ፦ መንገድ፣ መስቀለኛ መንገድ ወይም ቦታ
agent-request-description = መግለጫ
agent-request-submit = የሪፖርት ቅጹን ይክፈቱ
agent-request-hint = የሪፖርት ቅጹ ከዚህ ውይይት በተገኘ መረጃ ተሞልቶ ይከፈታል። ያረጋግጡት እና ያስገቡት፤ የጥያቄው ቁጥር በውይይቱ ውስጥ ይለጠፋል።
agent-cases-heading = ማንም ለመወያየት ባልተገኘበት ጊዜ የተተዉ መልእክቶች
agent-cases-empty = መልስ የሚጠብቅ መልእክት የለም።
agent-case-from = ከ{ $name }፣ { $contact }
agent-case-reply = የእርስዎ መልስ
agent-case-send = መልሱን ይላኩ
agent-case-answered = መልስዎ ተልኳል።
agent-error-reply = ከ2000 ፊደላት ያልበለጠ መልስ ያስገቡ።
agent-error-answered = ያ መልእክት አስቀድሞ መልስ አግኝቷል።
agent-error-not-yours = ያ ውይይት ከአሁን በኋላ ለእርስዎ የተመደበ አይደለም።
agent-error-service = የአገልግሎት ዓይነት ይምረጡ።
staff-chat-transcripts = የውይይት ግልባጮች

## Messages sent by email or text message.

notify-chat-transcript-subject = ከ311 Toronto ጋር ያደረጉት ውይይት
notify-chat-transcript-email = በጠየቁት መሠረት፣ ከ311 Toronto ጋር ያደረጉት ውይይት ግልባጭ ይኸውና።
notify-chat-reply-subject = ለ311 Toronto ለላኩት መልእክት የተሰጠ መልስ
notify-chat-reply-email =
    ለ311 Toronto መልእክት ትተው ነበር። አንድ ወኪል የሰጠው መልስ፦

    { $reply }
notify-chat-reply-sms = 311 Toronto፦ { $reply }
