### Civic311 අතුරුමුහුණත් පාඨ: සිංහල.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = ප්‍රධාන අන්තර්ගතයට යන්න
language-switcher-label = භාෂාව
loading = පූරණය වෙමින්…
footer-emergency = හදිසි අවස්ථාවකදී 911 අමතන්න. මෙම වෙබ් අඩවිය හදිසි නොවන නගර සභා සේවා සඳහා පමණි.

home-title = ගැටලුවක් වාර්තා කරන්න හෝ නගර සභා සේවාවක් ඉල්ලන්න – { -product-name }
home-heading = ගැටලුවක් වාර්තා කරන්න හෝ නගර සභා සේවාවක් ඉල්ලන්න
home-intro = පාරේ වළක්, එකතු නොකළ කසළ, බිත්ති මත ලිවීම් සහ හදිසි නොවන තවත් ගැටලු 60කට වඩා ගැන නගර සභාවට දන්වන්න. ඊළඟට සිදු වන දේ සොයා බැලීමට ඔබට සේවා ඉල්ලීම් අංකයක් ලැබේ.
home-groups-heading = මෙය කුමක් ගැනද?
home-report-button = ගැටලුවක් වාර්තා කරන්න
service-group-count =
    { $count ->
        [one] සේවා { $count }
       *[other] සේවා { $count }
    }
catalogue-unavailable = සේවා ලැයිස්තුව දැන් පෙන්විය නොහැක. කරුණාකර මිනිත්තු කිහිපයකින් නැවත උත්සාහ කරන්න.

not-found-title = පිටුව හමු නොවීය – { -product-name }
not-found-heading = පිටුව හමු නොවීය
not-found-home-link = මුල් පිටුවට යන්න

## සංචාලනය සහ පෝරම දෝෂ
site-nav-label = ප්‍රධාන
nav-track = ඉල්ලීමක් සොයා බලන්න
nav-report = ගැටලුවක් වාර්තා කරන්න
error-title-prefix = දෝෂය:
error-summary-heading = ගැටලුවක් ඇත

## සේවා ඉල්ලීමක් සොයා බැලීම
lookup-title = සේවා ඉල්ලීමක් සොයා බලන්න – { -product-name }
lookup-heading = සේවා ඉල්ලීමක් සොයා බලන්න
lookup-label = සේවා ඉල්ලීම් අංකය
lookup-hint = ඔබේ සේවා ඉල්ලීම් අංකය තහවුරු කිරීමේ පිටුවේ සහ ඔබට ලැබෙන ඊමේල්වල ඇත. එය 2026-000123 වැනි අංකයකි.
lookup-button = මගේ ඉල්ලීම සොයන්න
lookup-error-format = ඔබේ සේවා ඉල්ලීම් අංකය 2026-000123 ආකාරයට ඇතුළත් කරන්න

## එක් සේවා ඉල්ලීමක්
request-title = සේවා ඉල්ලීම { $number } – { -product-name }
request-heading = සේවා ඉල්ලීම { $number }
request-status = තත්ත්වය
request-service = සේවාව
request-division = කටයුතු කරන අංශය
request-filed = ලැබුණු දිනය
request-expected = අපේක්ෂිත දිනය
request-location = ස්ථානය
request-ward = කොට්ඨාසය
request-ward-value = කොට්ඨාස අංක { $number }: { $name }
request-due-today = අද නියමිතයි
request-days-left =
    { $days ->
        [one] තව දින { $days }ක් ඉතිරියි
       *[other] තව දින { $days }ක් ඉතිරියි
    }
request-days-overdue =
    { $days ->
        [one] අපේක්ෂිත දිනය ඉක්මවා දින { $days }ක්
       *[other] අපේක්ෂිත දිනය ඉක්මවා දින { $days }ක්
    }
request-timeline-heading = මේ වන තෙක් සිදු වූ දේ
request-event-photo-alt = නගර සභාව ගත් වැඩයේ ඡායාරූපය, අංක { $number }
request-unavailable = මෙම සේවා ඉල්ලීම දැන් පෙන්විය නොහැක. කරුණාකර මිනිත්තු කිහිපයකින් නැවත උත්සාහ කරන්න.
request-not-found-title = සේවා ඉල්ලීම හමු නොවීය – { -product-name }
request-not-found-heading = අපට එම සේවා ඉල්ලීම සොයාගත නොහැක
request-not-found-body = සේවා ඉල්ලීම් අංක { $number } යටතේ ඉල්ලීමක් නොමැත. ඔබේ තහවුරු කිරීමේ පිටුවේ හෝ ඊමේල් පණිවිඩයේ ඇති අංකය පරීක්ෂා කරන්න. ඔබ දැන් කළ ඉල්ලීමක් පෙන්වීමට මිනිත්තුවක් පමණ ගත විය හැක.
request-not-found-retry = වෙනත් අංකයක් සොයන්න

## තත්ත්වයන්, සරල භාෂාවෙන්
status-received = ලැබුණි
status-assigned = අදාළ අංශයට පැවරිණි
status-inspection = පරීක්ෂාව
status-scheduled = වැඩ සඳහා දිනයක් නියම කර ඇත
status-completed = නිම කළා
status-closed_referred = වසා ඇත – වෙනත් ආයතනයකට යොමු කළා
status-closed_no_action = වසා ඇත – ක්‍රියාමාර්ගයක් අවශ්‍ය නැත
status-closed_duplicate = වසා ඇත – දැනටමත් වාර්තා කර ඇත

## නගර සභා සේවා නාමාවලිය
nav-services = නගර සභා සේවා
services-title = නගර සභා සේවා – { -product-name }
services-heading = නගර සභා සේවා
services-intro = ඔබේ ගැටලුවට ගැළපෙන සේවාව සොයා ගන්න. ඔබේම වචනවලින් සොයන්න, නැතහොත් මාතෘකාව අනුව පිරික්සන්න.
services-search-label = සේවාවක් සොයන්න
services-search-hint = උදාහරණ: පාරේ වළ, එකතු නොකළ කසළ, ඝෝෂාව
services-search-button = සොයන්න
services-results-heading =
    { $count ->
        [one] “{ $query }” ට ගැළපෙන සේවා { $count }ක්
       *[other] “{ $query }” ට ගැළපෙන සේවා { $count }ක්
    }
services-no-results = “{ $query }” ට ගැළපෙන සේවාවක් නැත. වෙනත් වචන භාවිත කර බලන්න, නැතහොත් පහත ඇති මාතෘකා පිරික්සන්න.
services-browse-heading = මාතෘකාව අනුව පිරික්සන්න
service-detail-title = { $name } – { -product-name }
service-topic = මාතෘකාව
service-standard = සේවා ප්‍රමිතිය
service-sla-hours =
    { $count ->
        [one] පැය { $count }ක් ඇතුළත ප්‍රතිචාර දැක්වීම අපගේ ඉලක්කයයි
       *[other] පැය { $count }ක් ඇතුළත ප්‍රතිචාර දැක්වීම අපගේ ඉලක්කයයි
    }
service-sla-business-days =
    { $count ->
        [one] වැඩ කරන දින { $count }ක් ඇතුළත ප්‍රතිචාර දැක්වීම අපගේ ඉලක්කයයි
       *[other] වැඩ කරන දින { $count }ක් ඇතුළත ප්‍රතිචාර දැක්වීම අපගේ ඉලක්කයයි
    }
service-sla-calendar-days =
    { $count ->
        [one] දින { $count }ක් ඇතුළත ප්‍රතිචාර දැක්වීම අපගේ ඉලක්කයයි
       *[other] දින { $count }ක් ඇතුළත ප්‍රතිචාර දැක්වීම අපගේ ඉලක්කයයි
    }
service-back = සියලුම නගර සභා සේවා
service-not-found-title = සේවාව හමු නොවීය – { -product-name }
service-not-found-heading = අපට එම සේවාව සොයාගත නොහැක

## ඉල්ලීමක් පිළිබඳ පැමිණිලි
request-complaint-heading = මෙම ඉල්ලීමේ ප්‍රගතිය ගැන ඔබ සෑහීමකට පත් නොවන්නේද?
request-complaint-overdue = අපේක්ෂිත දිනය ඉක්මවා ගොස් ඇති අතර මෙම ඉල්ලීම තවමත් වසා නැත. ඔබට පැමිණිල්ලක් ඉදිරිපත් කළ හැකිය: අධීක්ෂකවරයෙකු වැඩ කරන දින 5ක් ඇතුළත එයට පිළිතුරු දිය යුතුය, එසේ නොමැති නම් එය අංශයේ කළමනාකාරිත්වය වෙත යොමු කෙරේ.
request-complaint-closed = ගැටලුව විසඳී නොමැති නම්, හෝ මෙම ඉල්ලීම වසා දැමූ ආකාරය සමඟ ඔබ එකඟ නොවන්නේ නම්, ඔබට පැමිණිල්ලක් ඉදිරිපත් කළ හැකිය: අධීක්ෂකවරයෙකු වැඩ කරන දින 5ක් ඇතුළත එයට පිළිතුරු දිය යුතුය, එසේ නොමැති නම් එය අංශයේ කළමනාකාරිත්වය වෙත යොමු කෙරේ.
request-complaint-details = ගැටලුව කුමක්ද?
request-complaint-details-hint = උදාහරණ: ඉල්ලීම වසා දැමීමෙන් පසුවත් පාරේ වළ තවමත් එලෙසම තිබේ.
request-complaint-email = ඊමේල් ලිපිනය (අත්‍යවශ්‍ය නොවේ)
request-complaint-email-hint = අපට පිළිතුර ඔබට දැනුම් දිය හැකි වන පරිදි. එය කිසි විටෙක ප්‍රසිද්ධියේ පෙන්වනු නොලැබේ.
request-complaint-submit = පැමිණිල්ලක් ඉදිරිපත් කරන්න
request-complaint-filed = ඔබේ පැමිණිල්ල ඉදිරිපත් කරන ලදී. එය පහත කාලරේඛාවේ දිස් වේ.
request-complaint-pending = මෙම ඉල්ලීම පිළිබඳ පැමිණිල්ලක් පිළිතුරක් සඳහා බලා සිටී. { $date } වන විට පිළිතුරක් අපේක්ෂා කෙරේ.
request-complaint-escalated = පිළිතුර ප්‍රමාද වූ බැවින්, පැමිණිල්ල අංශයේ කළමනාකාරිත්වය වෙත යොමු කරන ලදී.
request-complaint-error-details = ගැටලුව කුමක්දැයි අපට කියන්න
request-complaint-error-too-long = පැමිණිල්ල අක්ෂර 2000ක් හෝ ඊට අඩු විය යුතුය
status-complaint = පැමිණිල්ලක් ඉදිරිපත් කර ඇත
status-escalated = පැමිණිල්ල අංශයේ කළමනාකාරිත්වය වෙත යොමු කර ඇත
