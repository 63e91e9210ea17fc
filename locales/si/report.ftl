### ගැටලුවක් වාර්තා කිරීම: /report පිටු, ඒවායේ දෝෂ, සිතියම සහ ඡායාරූප.

report-page-title = {$heading} – { -product-name }
report-caption = ගැටලුවක් වාර්තා කරන්න
report-unavailable = වාර්තා කිරීමේ පෝරමය දැන් පෙන්විය නොහැක. කරුණාකර මිනිත්තු කිහිපයකින් නැවත උත්සාහ කරන්න.
report-continue = ඉදිරියට යන්න
report-optional = { $label } (අත්‍යවශ්‍ය නොවේ)

## සේවාව තෝරා ගැනීම
report-choose-heading = ඔබ වාර්තා කිරීමට කැමති කුමක් ගැනද?
report-choose-intro = ඔබේම වචනවලින් සොයන්න, නැතහොත් පහත ඇති මාතෘකාවලින් තෝරන්න.
report-start-button = දැන් අරඹන්න
report-choose-other = වෙනත් දෙයක් වාර්තා කරන්න
report-not-found-heading = අපට එම වාර්තාව සොයාගත නොහැක
report-not-found-body = සබැඳිය අසම්පූර්ණ හෝ වැරදියට ටයිප් කර ඇති විය හැක.
report-start-again = නව වාර්තාවක් අරඹන්න

## හිමිකරු කවුද, සහ වෛරය පදනම් කරගත් බිත්ති ලිවීම්
report-owner-question = ගැටලුව ඇති දෙයෙහි හිමිකරු කවුද?
report-owner-hint = එහි ලාංඡනයක් හෝ ලේබලයක් තිබේදැයි බලන්න. නගර සභාවට අලුත්වැඩියා කළ හැක්කේ එයට අයත් දේ පමණි.
report-owner-city = ටොරොන්ටෝ නගර සභාව, උදාහරණ ලෙස නගර සභාවට අයත් බිත්තියක්, පාලමක්, සංඥා පුවරුවක් හෝ කසළ බඳුනක්
report-owner-unknown = මම නොදනිමි
report-owner-bell = Bell Canada: දුරකථන කුටි, Bell කණු සහ උපකරණ පෙට්ටි
report-owner-rogers = Rogers: කේබල් පෙට්ටි සහ උපකරණ පෙට්ටි
report-owner-toronto-hydro = Toronto Hydro: විදුලි කණු, ට්‍රාන්ස්ෆෝමර් සහ විදුලි පෙට්ටි
report-owner-canada-post = Canada Post: තැපැල් පෙට්ටි සහ පාර්සල් ලොකර්
report-owner-ttc = TTC: මගී නැවතුම් මඩු, ස්ථාන සහ වාහන
report-error-owner = එහි හිමිකරු කවුදැයි තෝරන්න, නැතහොත් “මම නොදනිමි” තෝරන්න
report-referral-heading = මෙය අලුත්වැඩියා කිරීම නගර සභාවේ වගකීමක් නොවේ
report-referral-intro = නගර සභාවට අලුත්වැඩියා කිරීමට හෝ පිරිසිදු කිරීමට හැක්කේ එයට අයත් දේ පමණි, එබැවින් සේවා ඉල්ලීමක් නිර්මාණය කළේ නැත. කරුණාකර එය හිමිකරුට වාර්තා කරන්න.
report-referral-bell = Bell Canada: 1-866-310-2355 අමතන්න.
report-referral-rogers = Rogers: 1-888-764-3771 අමතන්න.
report-referral-toronto-hydro = Toronto Hydro: 416-542-8000 අමතන්න. විදුලි රැහැන් බිම වැටී ඇත්නම් හෝ ඒවායින් ගිනි පුපුරු විහිදේ නම්, මීටර් 10ක් ඈතින් සිට 911 අමතන්න.
report-referral-canada-post = Canada Post: 1-866-607-6301 අමතන්න.
report-referral-ttc = TTC: පාරිභෝගික සේවාව 416-393-3030 අමතන්න.
report-hate-heading = වෛරය පදනම් කරගත් බිත්ති ලිවීම්
report-hate-police = බිත්ති ලිවීම් මගින් මිනිසුන් ඔවුන්ගේ ජාතිය, ආගම, වාර්ගික සම්භවය, ලිංගික දිශානතිය, ස්ත්‍රී පුරුෂ භාවය හෝ ආබාධිතභාවය නිසා ඉලක්ක කරන්නේ නම්, පළමුව එය Toronto Police (ටොරොන්ටෝ පොලිසිය) වෙත වාර්තා කරන්න: හදිසි නොවන අංකය වන 416-808-2222 අමතන්න, නැතහොත් යමෙකු අනතුරේ සිටී නම් 911 අමතන්න. එය ඉවත් කිරීමට පෙර පොලිසිය එය විය හැකි වෛර අපරාධයක් ලෙස සටහන් කරයි.
report-hate-then = ඉන්පසු, නගර සභාවට එය ඉක්මනින් ඉවත් කළ හැකි වන පරිදි මෙහි වාර්තා කරන්න.

## ස්ථානය
report-location-heading = ගැටලුව ඇත්තේ කොහේද?
report-location-current = තෝරාගත් ස්ථානය
report-location-address = { $address }, කොට්ඨාස අංක { $ward }
report-location-pin = { $lat }, { $long } හි සලකුණ, කොට්ඨාස අංක { $ward }
report-map-heading = සිතියමේ සලකුණක් තබන්න
report-map-hint = ගැටලුව ඇති තැන සිතියම මත ක්ලික් කරන්න හෝ තට්ටු කරන්න, ඉන්පසු සලකුණ ඇදගෙන ගොස් එහි පිහිටීම නිවැරදි කරන්න. යතුරුපුවරුවෙන් නම්, ඊතල යතුරු මගින් සිතියම චලනය කර, ඉන්පසු “සලකුණ සිතියමේ මැදට තබන්න” තෝරන්න.
report-map-label = සිතියම
report-map-pin = ගැටලුව ඇති ස්ථානය
report-map-pin-at = සලකුණ { $lat }, { $long } හි තබා ඇත
report-map-no-pin = තවම සලකුණක් තබා නැත
report-map-locate = මගේ ස්ථානය භාවිත කරන්න
report-map-locate-failed = ඔබේ ස්ථානය සොයාගත නොහැකි විය. සිතියමේ සලකුණ තබන්න, නැතහොත් ලිපිනයක් ටයිප් කරන්න.
report-map-centre = සලකුණ සිතියමේ මැදට තබන්න
report-map-use = මෙම සලකුණේ ස්ථානය භාවිත කරන්න
report-address-heading = නැතහොත් ලිපිනයක් හෝ මංසන්ධියක් ටයිප් කරන්න
report-place-label = වීදිය, මංසන්ධිය හෝ ස්ථානය
report-place-hint = උදාහරණ: Queen St W & Spadina Ave, නැතහොත් Nathan Phillips Square
report-place-find = සොයන්න
report-place-none = “{ $query }” ට ගැළපෙන කිසිවක් නැත. අක්ෂර වින්‍යාසය පරීක්ෂා කරන්න, නැතහොත් ආසන්නතම මංසන්ධිය ටයිප් කර බලන්න.
report-place-choose = වඩාත්ම ගැළපෙන එක තෝරන්න
report-place-use = මෙම ස්ථානය භාවිත කරන්න
report-place-kind-street = වීදිය
report-place-kind-intersection = මංසන්ධිය
report-place-kind-place = ස්ථානය
report-error-outside-city = මෙම ස්ථානය ටොරොන්ටෝ නගර සභා සීමාවෙන් පිටත ය. නගරය තුළ ඇති ස්ථානයක් තෝරන්න.
report-error-pin-missing = සිතියමේ සලකුණක් තබන්න, නැතහොත් පහතින් ලිපිනයක් ටයිප් කරන්න
report-error-place-choose = ගැළපෙන ප්‍රතිඵලවලින් එකක් තෝරන්න, නැතහොත් නැවත සොයන්න
report-error-location-missing = වීදියක්, මංසන්ධියක් හෝ ස්ථානයක් ටයිප් කරන්න, නැතහොත් සිතියමේ සලකුණක් තබන්න

## විස්තර සහ සම්බන්ධතා
report-details-heading = ගැටලුව ගැන අපට කියන්න
report-field-description = ගැටලුව විස්තර කරන්න
report-description-hint = ඔබ දකින දේ, සහ සේවක කණ්ඩායම්වලට එය සොයා ගැනීමට උපකාර වන ඕනෑම දෙයක්. කරුණාකර පුද්ගලික තොරතුරු ඇතුළත් නොකරන්න.
report-contact-heading = ඔබේ සම්බන්ධතා විස්තර (අත්‍යවශ්‍ය නොවේ)
report-contact-hint = අපි ඒවා භාවිත කරන්නේ මෙම වාර්තාව සම්බන්ධයෙන් ඔබව සම්බන්ධ කර ගැනීමට පමණි. ඒවා කිසි විටෙක ප්‍රසිද්ධියේ පෙන්වනු නොලැබේ. නිර්නාමිකව වාර්තා කිරීමට ඒවා හිස්ව තබන්න.
report-field-first-name = මුල් නම
report-field-last-name = වාසගම
report-field-email = ඊමේල් ලිපිනය
report-field-phone = දුරකථන අංකය
report-error-missing = “{ $field }” යන ප්‍රශ්නයට පිළිතුරු දෙන්න
report-error-number = “{ $field }” සඳහා පිළිතුර 3 හෝ 2.5 වැනි අංකයක් විය යුතුය
report-error-too-long = “{ $field }” සඳහා පිළිතුර අක්ෂර { $max }ක් හෝ ඊට අඩු විය යුතුය
report-error-choice = “{ $field }” සඳහා ලැයිස්තුගත පිළිතුරුවලින් එකක් තෝරන්න
report-error-datetime = “{ $field }” සඳහා සැබෑ දිනයක් සහ වේලාවක් ඇතුළත් කරන්න
report-error-email = name@example.com වැනි නිවැරදි ආකෘතියකින් ඊමේල් ලිපිනයක් ඇතුළත් කරන්න
report-error-phone = 416-392-2489 වැනි, ඉලක්කම් 7 සිට 15 දක්වා ඇති දුරකථන අංකයක් ඇතුළත් කරන්න

## ඡායාරූප
report-photos-heading = ඡායාරූප
report-photos-required = මෙවැනි ගැටලුවක් සඳහා අවම වශයෙන් එක් ඡායාරූපයක් අවශ්‍ය වේ. එය සේවක කණ්ඩායම්වලට ගැටලුව සොයා ගැනීමට සහ නිවැරදි කිරීමට උපකාරී වේ.
report-photos-optional = ඡායාරූප අත්‍යවශ්‍ය නොවේ, නමුත් ඒවා සේවක කණ්ඩායම්වලට ගැටලුව සොයා ගැනීමට සහ නිවැරදි කිරීමට උපකාරී වේ.
report-photos-limits = ඔබට JPEG, PNG හෝ WebP ආකෘතියෙන් ඡායාරූප { $count }ක් දක්වා එක් කළ හැක, එක් එක් ඡායාරූපය { $megabytes } MB දක්වා විය හැක. අප තබා ගන්නා පිටපතින් ස්ථානය සහ කැමරා විස්තර අපි ඉවත් කරමු.
report-photo-label = ඡායාරූපයක් තෝරන්න
report-photo-upload = ඡායාරූපය උඩුගත කරන්න
report-photo-uploading = ඡායාරූපය උඩුගත වෙමින්
report-photo-alt = ඡායාරූපය { $number }
report-photo-remove = ඡායාරූපය { $number } ඉවත් කරන්න
report-photo-has-location = ඡායාරූපය { $number } ගත් ස්ථානය එහි සටහන් වී ඇත.
report-photo-use-location = ඡායාරූපය { $number } හි ස්ථානය භාවිත කරන්න
report-photos-count =
    { $count ->
        [0] ඡායාරූප නැත
        [one] ඡායාරූප { $count }ක්
       *[other] ඡායාරූප { $count }ක්
    }
report-error-photo-missing = උඩුගත කිරීමට ඡායාරූපයක් තෝරන්න
report-error-photo-too-large = ඡායාරූපය { $megabytes } MB ට වඩා කුඩා විය යුතුය
report-error-photo-type = ගොනුව JPEG, PNG හෝ WebP ආකෘතියේ ඡායාරූපයක් විය යුතුය
report-error-photo-dimensions = ඡායාරූපයේ පික්සල ඕනෑවට වඩා ඇත. කුඩා ඡායාරූපයක් තෝරන්න.
report-error-photo-damaged = ඡායාරූපය හානි වී ඇති නිසා කියවිය නොහැක. වෙනත් ඡායාරූපයක් තෝරන්න.
report-error-photo-limit = ඔබට ඡායාරූප { $count }ක් දක්වා එක් කළ හැක. තවත් එකක් එක් කිරීමට එකක් ඉවත් කරන්න.
report-error-photo-required = අවම වශයෙන් එක් ඡායාරූපයක් එක් කරන්න
report-error-photo-outside = මෙම ඡායාරූපය ගත් ස්ථානය ටොරොන්ටෝ නගර සභා සීමාවෙන් පිටත ය

## පරීක්ෂා කිරීම, අසල ඇති සමාන වාර්තා, සහ යැවීම
report-check-heading = ඔබේ වාර්තාව යැවීමට පෙර ඔබේ පිළිතුරු පරීක්ෂා කරන්න
report-check-answers = ඔබේ පිළිතුරු
report-change = වෙනස් කරන්න
report-anonymous = ලබා දී නැත: මෙය නිර්නාමික වාර්තාවකි
report-submit-note = මෙම වාර්තාව යැවීමෙන්, ඔබ දන්නා තරමින් මෙම තොරතුරු නිවැරදි බව ඔබ තහවුරු කරයි.
report-submit = වාර්තාව යවන්න
report-nearby-heading = මෙය දැනටමත් වාර්තා කර තිබේද?
report-nearby-intro = එම ගැටලුව සඳහාම වන මෙම විවෘත ඉල්ලීම් මීටර් 250ක් ඇතුළත ඇත. ඒවායින් එකක් ඔබේ ගැටලුව නම්, නව වාර්තාවක් යැවීම වෙනුවට එය අනුගමනය කරන්න.
report-nearby-distance = මීටර් { $metres }ක් පමණ ඈතින්
report-nearby-reporters =
    { $count ->
        [one] { $count } දෙනෙකු වාර්තා කර ඇත
       *[other] { $count } දෙනෙකු වාර්තා කර ඇත
    }
report-me-too = මටත් මෙම ගැටලුව ඇත: { $number } අනුගමනය කරන්න
report-error-follow = එම ඉල්ලීම තවදුරටත් අනුගමනය කළ නොහැක. ඒ වෙනුවට ඔබේම වාර්තාවක් යවන්න.
report-sent-heading = වාර්තාව යවන ලදී
report-sent-number = ඔබේ සේවා ඉල්ලීම් අංකය:
report-sent-next = මෙම අංකය තබා ගන්න. ඊළඟට සිදු වන දේ බැලීමට ඔබට එය භාවිත කළ හැක.
report-sent-track = මෙම ඉල්ලීම සොයා බලන්න
report-another = වෙනත් ගැටලුවක් වාර්තා කරන්න
report-following-heading = ඔබ { $number } අනුගමනය කරයි
report-following-body = නව ඉල්ලීමක් නිර්මාණය කරනවා වෙනුවට ඔබව මෙම ඉල්ලීමට එක් කරන ලදී. ඊළඟට සිදු වන දේ එහි තත්ත්ව පිටුවේ පෙන්වයි.
