### කාර්ය මණ්ඩල කොන්සෝලය: පුරනය වීම, ඉල්ලීම් පෝලිම, ඉල්ලීමක තත්ත්වය වෙනස් කිරීම, විගණන ලොගය.

staff-page-title = { $heading } – { -product-name } කාර්ය මණ්ඩලය
staff-unavailable = කාර්ය මණ්ඩල කොන්සෝලය දැන් පෙන්විය නොහැක. කරුණාකර මිනිත්තු කිහිපයකින් නැවත උත්සාහ කරන්න.
staff-forbidden-heading = ඔබට මෙම පිටුව විවෘත කළ නොහැක
staff-forbidden-body = කාර්ය මණ්ඩල කොන්සෝලයේ මෙම කොටසට ඔබේ ගිණුමට ප්‍රවේශය නැත. ඔබට එය අවශ්‍ය නම් පරිපාලකයෙකුගෙන් විමසන්න.

## පුරනය වීම
staff-login-heading = කාර්ය මණ්ඩල පුරනය
staff-password = මුරපදය
staff-sign-in = පුරනය වන්න
staff-sign-out = නික්මෙන්න
staff-signed-in-as = { $name } ලෙස පුරනය වී ඇත
staff-login-error-wrong = ඊමේල් ලිපිනය හෝ මුරපදය නිවැරදි නැත
staff-login-error-locked = පුරනය වීමට උත්සාහ කළ වාර ගණන වැඩියි. මිනිත්තු 15ක් රැඳී සිට, නැවත උත්සාහ කරන්න.
staff-error-csrf = පෝරමය යල් පැන ගොස් තිබුණි. පිටුව නැවත පූරණය කර නැවත උත්සාහ කරන්න.

## ඉල්ලීම් පෝලිම
staff-queue-heading = සේවා ඉල්ලීම් පෝලිම
staff-filter-any = ඕනෑම
staff-filter-overdue = අපේක්ෂිත දිනය ඉක්මවා ගිය ඉල්ලීම් පමණක්
staff-filter-complaints = පිළිතුරක් සඳහා බලා සිටින පැමිණිල්ලක් ඇති ඉල්ලීම් පමණක්
staff-filter-apply = ඉල්ලීම් පෙන්වන්න
staff-queue-empty = මෙම පෙරහන්වලට ගැළපෙන සේවා ඉල්ලීම් නැත.
staff-column-number = සේවා ඉල්ලීම් අංකය
staff-complaint-due = පැමිණිල්ල: { $date } වන විට පිළිතුරු දිය යුතුය
staff-complaint-escalated = පැමිණිල්ල ඉහළ මට්ටමට යොමු කළා: පිළිතුර ප්‍රමාදයි

## එක් ඉල්ලීමක්
staff-change-heading = තත්ත්වය වෙනස් කරන්න
staff-new-status = නව තත්ත්වය
staff-reason = වසා දැමීමට හේතුව
staff-reason-hint = නව තත්ත්වය ඉල්ලීම වසා දමන විට මෙය අවශ්‍ය වේ. එය තත්ත්වයට ගැළපිය යුතුය.
staff-reason-none = හේතුවක් නැත: ඉල්ලීම විවෘතව පවතී
staff-public-note = පොදු සටහන
staff-public-note-hint = පදිංචිකරු මෙය තත්ත්ව පිටුවේ දකී. වසා දමන විට, කළ දේ හෝ කිසිවක් නොකළේ ඇයිදැයි සඳහන් කරන්න.
staff-internal-note = අභ්‍යන්තර සටහන
staff-internal-note-hint = මෙය දකින්නේ කාර්ය මණ්ඩලය පමණි.
staff-save = වෙනස සුරකින්න
staff-saved = වෙනස සුරැකිණි.
staff-history-heading = සම්පූර්ණ ඉතිහාසය
staff-error-status = ලැයිස්තුවෙන් තත්ත්වයක් තෝරන්න
staff-error-reason-missing = ඉල්ලීම වසා දැමීමට හේතුවක් තෝරන්න
staff-error-reason-mismatch = මෙම හේතුව නව තත්ත්වයට නොගැළපේ. එයට ගැළපෙන හේතුවක් තෝරන්න.
staff-error-note-missing = කළ දේ හෝ කිසිවක් නොකළේ ඇයිදැයි පදිංචිකරුට දන්වන පොදු සටහනක් ලියන්න
staff-error-reason-open = වසා දැමීමට හේතුවක් යෙදිය හැක්කේ ඉල්ලීම වසා දමන තත්ත්ව සඳහා පමණි

## වසා දැමීමට හේතු
staff-reason-repaired = අලුත්වැඩියා කළා
staff-reason-cleaned = පිරිසිදු කළා
staff-reason-removed = ඉවත් කළා
staff-reason-other-government = රජයේ වෙනත් මට්ටමකට යොමු කළා
staff-reason-utility-company = එය අයිති උපයෝගිතා සේවා ආයතනයට හෝ සමාගමට යොමු කළා
staff-reason-private-property = පෞද්ගලික දේපළක: හිමිකරුට යොමු කළා
staff-reason-not-found = පරීක්ෂා කළා: ගැටලුවක් හමු නොවීය
staff-reason-already-resolved = සේවක කණ්ඩායම පැමිණීමට පෙරම විසඳී තිබුණි
staff-reason-meets-standard = පරීක්ෂා කළා: නගර සභාවේ ප්‍රමිතියට අනුකූලයි
staff-reason-duplicate = වෙනත් ඉල්ලීමක අනුපිටපතක්

## විගණන ලොගය
staff-audit-heading = විගණන ලොගය
staff-column-when = කවදාද
staff-column-who = කවුද
staff-column-action = ක්‍රියාව
staff-column-detail = විස්තරය
staff-action-login = පුරනය විය
staff-action-logout = නික්මුණි
staff-action-login-failed = පුරනය වීම අසාර්ථකයි
staff-action-login-locked = පුරනය වීම ප්‍රතික්ෂේප කළා: උත්සාහයන් වැඩියි
staff-action-status-change = තත්ත්වය වෙනස් කළා
staff-action-escalation = පැමිණිල්ල ස්වයංක්‍රීයව ඉහළ මට්ටමට යොමු කළා: එහි ප්‍රතිචාර කාල සීමාව ඉක්මවා ගියා

## පෝලිමෙන් ඉල්ලීම් කිහිපයක් එකවර වෙනස් කිරීම
staff-bulk-column = තේරීම
staff-bulk-select = ඉල්ලීම { $number } තෝරන්න
staff-bulk-heading = තෝරාගත් ඉල්ලීම් වෙනස් කරන්න
staff-bulk-hint = වගුවේ ඉල්ලීම් සලකුණු කර, ඉන්පසු වෙනස තෝරන්න. සෑම ඉල්ලීමකටම එකම තත්ත්වය, හේතුව සහ සටහන් ලැබෙන අතර, එහි ඉතිහාසයේ එයටම වෙනම පේළියක් ද එක් වේ.
staff-bulk-button = තෝරාගත් ඉල්ලීම් වෙනස් කරන්න
staff-bulk-saved =
    { $count ->
        [one] ඉල්ලීම් { $count }ක් වෙනස් කෙරිණි.
       *[other] ඉල්ලීම් { $count }ක් වෙනස් කෙරිණි.
    }
staff-error-none-selected = වගුවේ අවම වශයෙන් එක් ඉල්ලීමක් තෝරන්න.
staff-bulk-skipped =
    { $count ->
        [one] ඉල්ලීම් { $count }ක් වෙනස් නොකෙරිණි: එය “නිම කළා” ලෙස සලකුණු කිරීමට නිම කළ වැඩයේ ඡායාරූපයක් අවශ්‍ය වේ. ඡායාරූපයක් එක් කිරීමට එය විවෘත කරන්න.
       *[other] ඉල්ලීම් { $count }ක් වෙනස් නොකෙරිණි: ඒවා “නිම කළා” ලෙස සලකුණු කිරීමට නිම කළ වැඩයේ ඡායාරූපයක් අවශ්‍ය වේ. ඡායාරූපයක් එක් කිරීමට එක් එක් ඉල්ලීම විවෘත කරන්න.
    }

## තත්ත්ව වෙනසක් සමඟ ඡායාරූපයක් (නිම කළ වැඩයේ)
staff-photo = වැඩයේ ඡායාරූපය (අත්‍යවශ්‍ය නොවේ)
staff-photo-hint = 10 MB දක්වා වූ JPEG, PNG හෝ WebP රූපයක්. පදිංචිකරුවන් එය ඉල්ලීමේ කාලරේඛාවේ දකිති.
staff-photo-hint-required = මෙම සේවාවේ ඉල්ලීමක් “නිම කළා” ලෙස සලකුණු කිරීමට නිම කළ වැඩයේ ඡායාරූපයක් අවශ්‍ය වේ. 10 MB දක්වා වූ JPEG, PNG හෝ WebP රූපයක්; පදිංචිකරුවන් එය කාලරේඛාවේ දකිති.
staff-error-completion-photo-missing = නිම කළ වැඩයේ ඡායාරූපයක් එක් කරන්න: මෙම සේවාවේ ඉල්ලීමක් “නිම කළා” ලෙස සලකුණු කිරීමට එය අවශ්‍ය වේ
