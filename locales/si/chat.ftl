## සජීවී කතාබහ: පදිංචිකරුගේ කතාබහ කවුළුව, පණිවිඩයක් තැබීම, නියෝජිතයින්ගේ කොන්සෝලය සහ කතාබහ පණිවිඩ.

chat-launcher = 311 සමඟ කතාබහ කරන්න
chat-panel-heading = 311 සමඟ සජීවී කතාබහ
chat-close = කතාබහ වසන්න
chat-intro = ප්‍රශ්නයක් අසන්න, නැතහොත් ඉල්ලීමක් සම්බන්ධයෙන් උදව් ලබා ගන්න. නියෝජිතයෙකු නිදහස් වූ වහාම මෙහිදී ඔබට පිළිතුරු දෙනු ඇත.
chat-name-label = ඔබේ නම (අත්‍යවශ්‍ය නොවේ)
chat-topic-label = ඔබට උදව් අවශ්‍ය කුමක් සඳහාද?
chat-topic-hint = උදාහරණ: මගේ වීදියේ කසළ එකතු කර නැත
chat-start = කතාබහ අරඹන්න
chat-connecting = සම්බන්ධ වෙමින්…
chat-reconnecting = සම්බන්ධතාවය බිඳී ගියේය. නැවත සම්බන්ධ වෙමින්… ඔබේ පණිවිඩ සුරැකී ඇත.
chat-reconnected = නැවත සම්බන්ධ විය.
chat-queue-next = පෝලිමේ ඊළඟට සිටින්නේ ඔබයි.
chat-queue-position = පෝලිමේ ඔබ සිටින්නේ { $position } වන ස්ථානයේය.
chat-queue-wait =
    { $minutes ->
        [one] ඇස්තමේන්තුගත රැඳී සිටීමේ කාලය: මිනිත්තු { $minutes }ක් පමණ.
       *[other] ඇස්තමේන්තුගත රැඳී සිටීමේ කාලය: මිනිත්තු { $minutes }ක් පමණ.
    }
chat-waiting-note = රැඳී සිටින අතරතුර ඔබේ ප්‍රශ්නය ටයිප් කළ හැකිය. මෙම පිටුව විවෘතව තබන්න: කතාබහ තනිවම වැසෙන්නේ නැත.
chat-log-label = සංවාදය
chat-message-label = ඔබේ පණිවිඩය
chat-send = යවන්න
chat-not-sent = තවම යවා නැත. සම්බන්ධතාවය නැවත ලැබුණු වහාම එය යවනු ලැබේ.
chat-typing-agent = නියෝජිතයා ටයිප් කරමින් සිටී…
chat-typing-resident = පදිංචිකරු ටයිප් කරමින් සිටී…
chat-you = ඔබ
chat-resident = පදිංචිකරු
chat-end = කතාබහ අවසන් කරන්න
chat-ended-heading = කතාබහ අවසන් විය
chat-rate-legend = මෙම කතාබහ කොතරම් ප්‍රයෝජනවත් වූයේද?
chat-rate-stars =
    { $stars ->
        [one] තරු { $stars }
       *[other] තරු { $stars }
    }
chat-rate-submit = ඇගයීම යවන්න
chat-rate-thanks = ඔබේ ඇගයීමට ස්තූතියි.
chat-transcript-label = කතාබහේ පිටපත මට ඊමේල් කරන්න
chat-transcript-submit = පිටපත යවන්න
chat-transcript-sent = කතාබහේ පිටපත ඔබේ ඊමේල් ලිපිනයට යවමින් පවතී.
chat-new = නව කතාබහක් අරඹන්න
chat-about-request = මෙම ඉල්ලීම ගැන කතාබහ කරන්න
chat-linked-request = ඉල්ලීම { $number } ගැන

chat-page-title = සජීවී කතාබහ
chat-page-intro = 311 නියෝජිතයෙකු සමඟ සජීවීව කතාබහ කරන්න, නැතහොත් පණිවිඩයක් තබන්න; අපි ඊමේල් හෝ කෙටි පණිවිඩයක් (SMS) මගින් ඔබට පිළිතුරු දෙන්නෙමු.
chat-offline-heading = පණිවිඩයක් තබන්න
chat-offline-intro = දැන් කතාබහ කළ හැකි නියෝජිතයෙකු නැත. ඔබේ ඊමේල් ලිපිනය හෝ දුරකථන අංකය සමඟ පණිවිඩයක් තබන්න, නියෝජිතයෙකු ඔබට පිළිතුරු දෙනු ඇත.
chat-offline-email = ඊමේල් ලිපිනය
chat-offline-phone = දුරකථන අංකය, කෙටි පණිවිඩයකින් පිළිතුරක් ලබා ගැනීමට
chat-offline-body = ඔබේ පණිවිඩය
chat-offline-submit = පණිවිඩය යවන්න
chat-offline-sent = ස්තූතියි. ඔබේ පණිවිඩය අපට ලැබුණි, නියෝජිතයෙකු ඊමේල් හෝ කෙටි පණිවිඩයක් මගින් ඔබට පිළිතුරු දෙනු ඇත.
chat-offline-error-body = ඔබේ පණිවිඩය ඇතුළත් කරන්න
chat-offline-error-body-long = ඔබේ පණිවිඩය අක්ෂර 2,000ක් හෝ ඊට අඩු විය යුතුය
chat-offline-error-name-long = ඔබේ නම අක්ෂර 100ක් හෝ ඊට අඩු විය යුතුය
chat-offline-error-contact = අපට ඔබට පිළිතුරු දිය හැකි වන පරිදි ඊමේල් ලිපිනයක් හෝ දුරකථන අංකයක් ඇතුළත් කරන්න
chat-offline-error-email = ඊමේල් ලිපිනය නිවැරදි ආකාරයට ඇතුළත් කරන්න, උදා: name@example.com
chat-offline-error-phone = දුරකථන අංකයක් ඇතුළත් කරන්න, උදා: 416 555 0123

## කතාබහේ සිදුවීම්, දෙපාර්ශ්වයටම පෙන්වේ.

chat-event-joined = { $name } කතාබහට එක් විය.
chat-event-transferred = කතාබහ { $name } වෙත පවරන ලදී.
chat-event-ended = කතාබහ අවසන් විය.
chat-event-request = ඔබ වෙනුවෙන් සේවා ඉල්ලීම { $number } සාදන ලදී. මෙම අංකයෙන් ඔබට එය සොයා බැලිය හැකිය.

## කතාබහේ යැවූ දෙයක් පිළිගනු නොලැබුණේ ඇයි.

chat-error-bad-frame = එය කියවිය නොහැකි විය. පිටුව නැවත පූරණය කර නැවත උත්සාහ කරන්න.
chat-error-too-long = ඔබේ පණිවිඩය දිග වැඩියි. එය අක්ෂර 2,000ක් හෝ ඊට අඩුවෙන් තබන්න.
chat-error-too-fast = ඔබ ඉතා වේගයෙන් පණිවිඩ යවමින් සිටී. මොහොතක් රැඳී සිට, නැවත යවන්න.
chat-error-empty = යැවීමට පෙර පණිවිඩයක් ටයිප් කරන්න.
chat-error-topic-missing = ඔබට උදව් අවශ්‍ය කුමක් සඳහාදැයි ඇතුළත් කරන්න.
chat-error-already-started = මෙම කතාබහ දැනටමත් ආරම්භ වී ඇත.
chat-error-unknown-chat = එම කතාබහ සොයාගත නොහැකි විය. නව කතාබහක් අරඹන්න.
chat-error-no-chat = පළමුව කතාබහක් අරඹන්න.
chat-error-chat-ended = මෙම කතාබහ අවසන් වී ඇත. තවත් පණිවිඩ යැවීමට නව කතාබහක් අරඹන්න.
chat-error-bad-rating = තරු 1 සිට 5 දක්වා තෝරන්න.
chat-error-not-ended = කතාබහ අවසන් වූ පසු ඔබට එය ඇගයිය හැකිය.
chat-error-bad-email = ඊමේල් ලිපිනය නිවැරදි ආකාරයට ඇතුළත් කරන්න, උදා: name@example.com
chat-error-agents-only = එය කළ හැක්කේ නියෝජිතයින්ට පමණි.
chat-error-residents-only = එය කළ හැක්කේ පදිංචිකරුවන්ට පමණි.
chat-error-not-yours = එම කතාබහ ඔබට පවරා නැත.
chat-error-at-limit = ඔබට භාර ගත හැකි උපරිම කතාබහ ගණන දැනටමත් විවෘතව ඇත. පළමුව එකක් අවසන් කරන්න.
chat-error-taken = වෙනත් නියෝජිතයෙකු එම කතාබහ භාර ගෙන ඇත, නැතහොත් එය අවසන් වී ඇත.
chat-error-agent-unavailable = එම නියෝජිතයා තවදුරටත් සබැඳිව නැත. වෙනත් අයෙකු තෝරන්න.
chat-error-unavailable = කතාබහ දැන් ලබා ගත නොහැක. මිනිත්තු කිහිපයකින් නැවත උත්සාහ කරන්න, නැතහොත් 311 අමතන්න.

## නියෝජිතයින් පදිංචිකරුගේ භාෂාවෙන් යවන සූදානම් කළ පිළිතුරු.

chat-canned-greeting = ආයුබෝවන්, 311 Toronto අමතා සම්බන්ධ වූවාට ස්තූතියි. අද මට ඔබට උදව් කළ හැක්කේ කෙසේද?
chat-canned-one-moment = කරුණාකර මොහොතක් රැඳී සිටින්න, මම මේ ගැන සොයා බලමි.
chat-canned-more-details = ගැටලුව ගැන තව ටිකක් විස්තර කළ හැකිද?
chat-canned-location = ගැටලුව හරියටම තිබෙන්නේ කොහේද? වීදි ලිපිනයක් හෝ ළඟම ඇති හන්දිය ප්‍රයෝජනවත් වේ.
chat-canned-request-filed = මම ඔබ වෙනුවෙන් සේවා ඉල්ලීමක් සාදා ඇත. මෙම කතාබහේ සඳහන් අංකයෙන් ඔබට එය සොයා බැලිය හැකිය.
chat-canned-goodbye = 311 අමතා සම්බන්ධ වූවාට ස්තූතියි. මට ඔබට උදව් කළ හැකි වෙනත් යමක් තිබේද?

## /agent හි ඇති නියෝජිතයින්ගේ කොන්සෝලය.

agent-page-heading = කතාබහ කොන්සෝලය
agent-status-connected = සම්බන්ධයි. ඔබ කතාබහ සඳහා සබැඳිව සිටී.
agent-status-reconnecting = සම්බන්ධතාවය බිඳී ගියේය. නැවත සම්බන්ධ වෙමින්…
agent-queue-heading = බලා සිටින කතාබහ
agent-queue-empty = බලා සිටින කතාබහ කිසිවක් නැත.
agent-queue-topic = මාතෘකාව
agent-queue-language = භාෂාව
agent-queue-waiting = බලා සිටි කාලය
agent-queue-minutes =
    { $minutes ->
        [one] මිනිත්තු { $minutes }
       *[other] මිනිත්තු { $minutes }
    }
agent-queue-fallback = ඔබේ භාෂාවලින් එකක් නොවේ
agent-accept = භාර ගන්න
agent-load = විවෘත කතාබහ: { $limit } න් { $active }
agent-chats-heading = ඔබේ කතාබහ
agent-no-chats = ආරම්භ කිරීමට පෝලිමෙන් කතාබහක් භාර ගන්න.
agent-chat-with = { $name } සමඟ කතාබහ
agent-chat-language = භාෂාව: { $language }
agent-chat-topic = මාතෘකාව: { $topic }
agent-canned-label = සූදානම් කළ පිළිතුර
agent-canned-choose = පිළිතුරක් තෝරන්න
agent-canned-insert = මෙම පිළිතුර භාවිත කරන්න
agent-reply-label = පිළිතුර
agent-send = යවන්න
agent-add-note = අභ්‍යන්තර සටහනක් ලෙස එක් කරන්න
agent-note = අභ්‍යන්තර සටහන
agent-transfer-label = පැවරිය යුත්තේ
agent-transfer = පවරන්න
agent-transfer-none = වෙනත් නියෝජිතයෙකු සබැඳිව නැත.
agent-end = කතාබහ අවසන් කරන්න
agent-ended = මෙම කතාබහ අවසන් වී ඇත.
agent-close = වසන්න
agent-request-heading = සේවා ඉල්ලීමක් සාදන්න
agent-request-service = සේවා වර්ගය
agent-request-place = ස්ථානය: වීදිය, හන්දිය හෝ ස්ථානය
agent-request-description = විස්තරය
agent-request-submit = වාර්තා පෝරමය විවෘත කරන්න
agent-request-hint = වාර්තා පෝරමය මෙම කතාබහේ තොරතුරු පුරවා විවෘත වේ. එය පරීක්ෂා කර ඉදිරිපත් කරන්න; ඉල්ලීම් අංකය කතාබහට පළ කෙරේ.
agent-cases-heading = කතාබහ කිරීමට කිසිවෙකු නොසිටි විට තැබූ පණිවිඩ
agent-cases-empty = පිළිතුරක් සඳහා බලා සිටින පණිවිඩ නැත.
agent-case-from = යවන්නා: { $name }, { $contact }
agent-case-reply = ඔබේ පිළිතුර
agent-case-send = පිළිතුර යවන්න
agent-case-answered = ඔබේ පිළිතුර යවන ලදී.
agent-error-reply = අක්ෂර 2,000ක් හෝ ඊට අඩු පිළිතුරක් ඇතුළත් කරන්න.
agent-error-answered = එම පණිවිඩයට දැනටමත් පිළිතුරු දී ඇත.
agent-error-not-yours = එම කතාබහ තවදුරටත් ඔබට පවරා නැත.
agent-error-service = සේවා වර්ගයක් තෝරන්න.
staff-chat-transcripts = කතාබහ පිටපත්

## ඊමේල් හෝ කෙටි පණිවිඩ මගින් යවන පණිවිඩ.

notify-chat-transcript-subject = 311 Toronto සමඟ ඔබේ කතාබහ
notify-chat-transcript-email = ඔබ ඉල්ලූ පරිදි, 311 Toronto සමඟ ඔබ කළ කතාබහේ පිටපත මෙන්න.
notify-chat-reply-subject = 311 Toronto වෙත ඔබ එවූ පණිවිඩයට පිළිතුරක්
notify-chat-reply-email =
    ඔබ 311 Toronto සඳහා පණිවිඩයක් තැබුවා. නියෝජිතයෙකු මෙසේ පිළිතුරු දුන්නා:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
