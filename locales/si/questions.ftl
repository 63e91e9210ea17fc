### නාමාවලියේ ප්‍රශ්න: එක් එක් සේවා වර්ගය සඳහා වන අමතර ප්‍රශ්න (Open311 ගුණාංග), සහ
### ලැයිස්තු ප්‍රශ්න සඳහා ලබා දෙන පිළිතුරු, ඒවායේ යතුරු නම්වලින්.

## පාරේ වළ
question-pothole-size = වළ දළ වශයෙන් කොතරම් විශාලද?
    .small = කෑම පිඟානකට වඩා කුඩායි
    .medium = දළ වශයෙන් මෝටර් රථ ටයරයක ප්‍රමාණය
    .large = මෝටර් රථ ටයරයකට වඩා විශාලයි
question-pothole-lane = එය පාරේ කුමන කොටසේද?
    .curb-lane = පාර අයිනේ ගල් බැම්මට යාබද මංතීරුව
    .centre-lane = මැද මංතීරුව හෝ ඉස්සර කිරීමේ මංතීරුව
    .turn-lane = හැරවීමේ මංතීරුව
    .bike-lane = බයිසිකල් මංතීරුව
    .laneway = පටු පාර

## මාර්ගයේ අනතුරක්
question-road-hazard-hazard_type = අනතුර කුමක්ද?
    .road-collapse = පාර මතුපිට කඩා වැටී හෝ ගිලා බැස ඇත
    .missing-cover = මැන්හෝල් හෝ කාණු දැල් පියන නැත හෝ කැඩී ඇත
    .debris = මංතීරුවේ විශාල සුන්බුන්
    .spill = යමක් හැලී ඇත හෝ ලිස්සන ද්‍රව්‍යයක් ඇත
    .other = වෙනත් දෙයක්

## හානි වූ පදික වේදිකාව
question-sidewalk-damaged-damage = පදික වේදිකාවේ ඇති ගැටලුව කුමක්ද?
    .cracked = ඉරිතලා ඇත
    .lifted = ගල් පුවරු ඉහළ ගොස් හෝ අසමාන වී ඇත
    .sunken = ගිලා බැස හෝ ඇතුළත හිස් වී ඇත
    .missing = කොටස් කිහිපයක් නැත
    .curb-ramp = ගල් බැම්මේ බෑවුම් මාර්ගය හානි වී ඇත
question-sidewalk-damaged-trip_height = අසමාන දාරය දළ වශයෙන් සෙන්ටිමීටර කීයක් උසද?

## බයිසිකල් මංතීරුවේ බාධාවක්
question-bike-lane-obstruction-obstruction = බයිසිකල් මංතීරුව අවහිර කරන්නේ කුමක්ද?
    .debris = සුන්බුන් හෝ කුණු
    .construction = ඉදිකිරීම් ද්‍රව්‍ය හෝ උපකරණ
    .bins = කසළ හෝ ප්‍රතිචක්‍රීකරණ බඳුන්
    .bollard = හානි වූ හෝ වැටුණු කුඩා කණුවක්
    .other = වෙනත් දෙයක්

## නිවාස පාරක වැඩි කලක් නවතා ඇති වාහනය
question-long-term-parking-licence_plate = ඔබට පෙනේ නම්, වාහනයේ අංක තහඩුව කුමක්ද?
question-long-term-parking-vehicle_description = වාහනය විස්තර කරන්න (පැහැය, නිෂ්පාදන සමාගම, වර්ගය).
question-long-term-parking-days_parked = එය දළ වශයෙන් දින කීයක සිට එහි නවතා තිබේද?

## නිවී ඇති වීදි ලාම්පුව
question-streetlight-out-light_problem = ලාම්පුවේ ඇති ගැටලුව කුමක්ද?
    .out = ලාම්පුව නිවී ඇත
    .flickering = නිවි නිවී දැල්වේ හෝ නැවත නැවත දැල්වී නිවේ
    .day-burning = දහවල් දැල්වී ඇත
    .several-out = පේළියක ලාම්පු කිහිපයක් නිවී ඇත
question-streetlight-out-pole_number = කණුවේ අංක ලේබලයක් ඇත්නම්, එහි ලියා ඇත්තේ කුමක්ද?

## හානි වූ හෝ නැති වූ සංඥා පුවරුව
question-sign-damaged-sign_type = එය කුමන ආකාරයේ සංඥා පුවරුවක්ද?
    .street-name = වීදි නාමය
    .parking = වාහන නැවතීම
    .speed-limit = වේග සීමාව
    .warning = අනතුරු ඇඟවීමේ සංඥාව (වංගුව, පාසල් කලාපය සහ ඒ හා සමාන)
    .other = වෙනත්
question-sign-damaged-sign_condition = එහි ඇති ගැටලුව කුමක්ද?
    .bent = නැමී ඇත හෝ පෙරළී ඇත
    .faded = අවපැහැ වී ඇත හෝ කියවීමට අපහසුයි
    .turned = වැරදි දිශාවට හැරී ඇත
    .blocked = ගස් අතුවලින් වැසී ඇත
    .missing = නැත

## රථවාහන සංඥා ලාම්පු ක්‍රියා නොකරයි
question-traffic-signal-malfunction-signal_problem = සංඥා ලාම්පුව ක්‍රියා කරන්නේ කෙසේද?
    .dark = සම්පූර්ණයෙන්ම නිවී ඇත
    .flashing = රතු හෝ කහ පැහැයෙන් දැල්වෙමින් නිවෙමින් පවතී
    .stuck = එකම වර්ණයක හිර වී ඇත
    .damaged = පෙරළී ඇත හෝ හානි වී ඇත
    .turned = වැරදි දිශාවට හැරී ඇත
question-traffic-signal-malfunction-direction = බලපෑමට ලක්ව ඇත්තේ කුමන දිශාවට යන රථවාහනද (උදාහරණයක් ලෙස, උතුරු දෙසට)?

## මාර්ග ආරක්ෂාව පිළිබඳ කනස්සල්ල
question-traffic-safety-concern-concern = ඔබේ කනස්සලු මොනවාද?
    .speeding = අධික වේගය
    .signal-timing = සංඥා ලාම්පු කාලය
    .visibility = දුර්වල පෙනීම
    .crossing = මාරු වීමට අපහසුයි
    .cut-through = කෙටි මගක් ලෙස යන රථවාහන
question-traffic-safety-concern-details = තව දුරටත් අපට කියන්න: එය සිදු වන්නේ කවදාද, බලපෑමට ලක් වන්නේ කවුරුන්ද?

## හිම ඉවත් නොකළ පදික වේදිකාව
question-snow-sidewalk-condition = පදික වේදිකාවේ තත්ත්වය කෙසේද?
    .snow = හිමෙන් වැසී ඇත
    .ice = අයිස් බැඳී ලිස්සනසුලුයි
    .snowbank = පාරෙන් ඉවත් කළ හිම ගොඩකින් අවහිර වී ඇත

## කසළ එකතු නොකිරීම
question-missed-garbage-collection_day = ඔබේ නියමිත එකතු කිරීමේ දිනය කුමක්ද?
question-missed-garbage-set_out = උදේ 7 වන විට බඳුන පාර අයිනේ තබා තිබුණාද?
    .yes = ඔව්
    .no = නැත

## ප්‍රතිචක්‍රීකරණ ද්‍රව්‍ය එකතු නොකිරීම
question-missed-recycling-collection_day = ඔබේ නියමිත එකතු කිරීමේ දිනය කුමක්ද?
question-missed-recycling-set_out = උදේ 7 වන විට බඳුන පාර අයිනේ තබා තිබුණාද?
    .yes = ඔව්
    .no = නැත

## කොළ පාට බඳුන එකතු නොකිරීම
question-missed-green-bin-collection_day = ඔබේ නියමිත එකතු කිරීමේ දිනය කුමක්ද?
question-missed-green-bin-set_out = උදේ 7 වන විට බඳුන පාර අයිනේ තබා තිබුණාද?
    .yes = ඔව්
    .no = නැත

## හානි වූ බඳුන
question-bin-damaged-bin_type = හානි වී ඇත්තේ කුමන බඳුනද?
    .garbage = කසළ බඳුන
    .recycling = නිල් පාට බඳුන (ප්‍රතිචක්‍රීකරණ)
    .green-bin = කොළ පාට බඳුන (දිරාපත් වන අපද්‍රව්‍ය)
question-bin-damaged-damage = හානි වී ඇත්තේ කුමක්ද?
    .lid = පියන
    .wheels = රෝදය හෝ අක්ෂය
    .handle = හසුරුව
    .body = බඳුනේ ඉරිතැලීමක්
    .latch = සතුන්ගෙන් ආරක්ෂා කරන අගුල
question-bin-damaged-bin_serial = ඔබට කියවිය හැකි නම්, බඳුනේ මුද්‍රණය කර ඇති අනුක්‍රමික අංකය කුමක්ද?

## විශාල භාණ්ඩ එකතු කිරීම
question-bulky-item-pickup-item_types = ඔබ පිටත තබන්නේ මොනවාද?
    .furniture = ගෘහ භාණ්ඩ
    .mattress = මෙට්ටය හෝ බොක්ස් ස්ප්‍රිං
    .appliance = ලිප, රෙදි සෝදන යන්ත්‍රය, වියළනය හෝ පිඟන් සෝදන යන්ත්‍රය
    .refrigerant = ශීතකරණය, අධිශීතකරණය හෝ වායු සමීකරණය
    .carpet = කාපට් හෝ පාපිස්ස
    .other = වෙනත් විශාල භාණ්ඩයක්
question-bulky-item-pickup-item_count = ඔබ භාණ්ඩ කීයක් පිටත තබනවාද?

## නගර සභා දේපළ මත බිත්ති ලිවීම්
question-graffiti-city-property-surface = ලිවීම් ඇත්තේ කුමන මතුපිටවලද?
    .wall = බිත්තිය හෝ ගොඩනැගිල්ල
    .bridge = පාලම හෝ උමං මාර්ගය
    .fence = වැට
    .sign-pole = සංඥා පුවරුව හෝ කණුව
    .box = උපයෝගිතා පෙට්ටිය හෝ සංඥා පෙට්ටිය
    .other = වෙනත්

## මාර්ග සංඥා, කණු හෝ සංඥා පෙට්ටි මත ලිවීම්
question-graffiti-road-assets-asset_type = ලිවීම් ඇත්තේ කුමක් මතද?
    .sign = මාර්ග සංඥා පුවරුව
    .signal-box = රථවාහන සංඥා පෙට්ටිය
    .pole = කණුව
    .retaining-wall = රඳවන බිත්තිය හෝ ශබ්ද බාධක බිත්තිය
    .bridge = පාලම හෝ උමං මාර්ගය
    .other = වෙනත් දෙයක්

## පෞද්ගලික දේපළ මත බිත්ති ලිවීම්
question-graffiti-private-property-surface = ලිවීම් ඇත්තේ කුමන මතුපිටවලද?
    .wall = බිත්තිය
    .fence = වැට
    .garage-door = ගරාජ් දොර
    .window = ජනේලය හෝ දොර
    .other = වෙනත්
question-graffiti-private-property-is_owner = ඔබ මෙම දේපළේ අයිතිකරුද?
    .yes = ඔව්
    .no = නැත

## වෛරී හෝ කල්ලි බිත්ති ලිවීම්
question-graffiti-hate-police_reported = ඔබ මේ ගැන ටොරොන්ටෝ පොලිසියට දැනුම් දී තිබේද?
    .yes = ඔව්
    .no = නැත
question-graffiti-hate-police_reference = ඔබ සතුව ඇත්නම්, පොලිස් පැමිණිලි අංකය කුමක්ද?

## නීති විරෝධී ලෙස කසළ දැමීම
question-illegal-dumping-item_types = දමා ගියේ මොනවාද?
    .household = ගෘහස්ථ කසළ බෑග්
    .furniture = ගෘහ භාණ්ඩ
    .mattress = මෙට්ටය
    .tires = ටයර්
    .construction = ඉදිකිරීම් හෝ ප්‍රතිසංස්කරණ අපද්‍රව්‍ය
    .electronics = ඉලෙක්ට්‍රොනික උපකරණ
    .hazardous = තීන්ත, රසායන ද්‍රව්‍ය හෝ වෙනත් අනතුරුදායක අපද්‍රව්‍ය
    .other = වෙනත්
question-illegal-dumping-noticed_at = ඔබ එය දුටුවේ කවදාද, නැතහොත් එය දමන අයුරු දුටුවේ කවදාද?
question-illegal-dumping-witness = එය දැමුවේ කවුදැයි ඔබ දුටුවා නම්, එම පුද්ගලයා හෝ වාහනය විස්තර කරන්න. ඔවුන් වෙත නොයන්න.

## අත්හැර දැමූ බයිසිකලය
question-abandoned-bike-bike_condition = එය ඇත්තේ කුමන තත්ත්වයේද?
    .missing-wheel = රෝදයක් නැත
    .missing-parts = ආසනය හෝ හැන්ඩලය නැත
    .flat-tires = ටයර්වල සුළං නැත
    .rusted = දම්වැල හෝ කොටස් මල කා ඇත
    .bent-frame = රාමුව නැමී හෝ හානි වී ඇත

## ප්‍රධාන ජල නළය පුපුරා යාම
question-water-main-break-water_flow = කොපමණ ජලය ගලා යනවාද?
    .trickle = සුළු වශයෙන් කාන්දු වේ හෝ තෙත් වූ ස්ථානයක්
    .steady = නොකඩවා ගලන ජල ධාරාවක්
    .gushing = වේගයෙන් විදී හෝ පාර ජලයෙන් යට වේ

## ජලය නැත
question-no-water-neighbours_affected = ඔබේ අසල්වැසියන්ටද ජලය නැද්ද?
    .yes = ඔව්
    .no = නැත
    .unknown = මම නොදනිමි
question-no-water-started_at = ජලය නැවතුණේ කවදාද?

## අපජලය ආපසු ඒම හෝ බිම් මහල ජලයෙන් යට වීම
question-sewer-backup-water_depth = ජලය දළ වශයෙන් සෙන්ටිමීටර කීයක් ගැඹුරුද?
question-sewer-backup-backwater_valve = දේපළේ ආපසු ගැලීම් වළක්වන කපාටයක් (backwater valve) තිබේද?
    .yes = ඔව්
    .no = නැත
    .unknown = මම නොදනිමි

## අවහිර වූ පාරේ කාණු වළ
question-catch-basin-blocked-ponding = ජලය එකතු වී තිබේද?
    .none = නැත, මේ මොහොතේ නැත
    .road = පාරේ ජලය එකතු වී ඇත
    .sidewalk = ජලය පදික වේදිකාවට හෝ දේපළකට පැතිරේ

## හානි වූ හෝ කාන්දු වන ගිනි නිවීමේ ජල කණුව
question-fire-hydrant-damaged-hydrant_problem = ගිනි නිවීමේ ජල කණුවේ ඇති ගැටලුව කුමක්ද?
    .knocked-over = පෙරළී ඇත හෝ යමක් ගැටී ඇත
    .leaking = කාන්දු වේ
    .missing-cap = පියන නැත
    .blocked = අවහිර වී ඇත හෝ වැසී ඇත
    .paint = බිත්ති ලිවීම් හෝ තීන්ත

## පැහැය වෙනස් වූ හෝ නරක රසයක් ඇති ජලය
question-water-quality-water_issue = ඔබ දකින්නේ හෝ දැනෙන්නේ කුමක්ද?
    .brown = දුඹුරු හෝ කහ පැහැය
    .cloudy = බොර හෝ කිරි පැහැය
    .taste = අසාමාන්‍ය රසය
    .smell = අසාමාන්‍ය ගඳ
    .particles = අංශු හෝ රොන්මඩ

## වැටුණු හෝ හානි වූ ගස (හදිසි)
question-tree-emergency-blocking = බලපෑමට ලක් වී ඇත්තේ කුමක්ද?
    .road = පාර
    .sidewalk = පදික වේදිකාව
    .driveway = වාහන ඇතුළුවීමේ මාර්ගය
    .building = නිවස හෝ ගොඩනැගිල්ල
    .vehicle = වාහනය
    .wires = වයර්
    .nothing = තවම කිසිවක් නැත, නමුත් එය වැටිය හැක

## ගස් කප්පාදුව (හදිසි නොවන)
question-tree-pruning-reason = ගස කප්පාදු කළ යුත්තේ ඇයි?
    .low-branches = පදික වේදිකාව හෝ පාර මතට පහතට එල්ලෙන අතු
    .blocking = සංඥා පුවරුවක් හෝ වීදි ලාම්පුවක් වසා දමයි
    .touching-building = නිවසක හෝ ගොඩනැගිල්ලක ස්පර්ශ වේ
    .dead-branches = මැරුණු අතු

## උද්‍යාන වැසිකිළියේ ගැටලුවක්
question-park-washroom-issue = ගැටලුව කුමක්ද?
    .dirty = අපිරිසිදුයි
    .supplies = සබන්, කඩදාසි තුවා හෝ වැසිකිළි කඩදාසි නැත
    .locked = විවෘත විය යුතු වේලාවේදී වසා ඇත
    .broken = වැසිකිළිය, බේසම හෝ දොර කැඩී ඇත
    .leak = කාන්දුවක් හෝ ජලයෙන් යට වී ඇත

## හානි වූ ළමා ක්‍රීඩා උපකරණ
question-playground-damaged-equipment = කුමන උපකරණයද?
    .swing = ඔංචිල්ලාව
    .slide = ලිස්සන පුවරුව
    .climber = නගින උපකරණය හෝ ක්‍රීඩා ව්‍යුහය
    .surface = බිම් මතුපිට (වැලි, ලී කුඩු හෝ රබර්)
    .other = වෙනත්
question-playground-damaged-unsafe = දැන් එය භාවිත කළොත් යමෙකුට තුවාල විය හැකිද?
    .yes = ඔව්
    .no = නැත
    .unsure = විශ්වාස නැත

## උද්‍යානයක කඳවුරු
question-park-encampment-tent_count = එහි දළ වශයෙන් කූඩාරම් හෝ ඉදිකිරීම් කීයක් තිබේද?
question-park-encampment-details = සමාජ සේවා නිලධාරීන් දැනගත යුතු යමක් තිබේද, උදාහරණයක් ලෙස ගින්නක් හෝ වෙනත් ආරක්ෂක කනස්සල්ලක්?

## පාරේ හෝ පදික වේදිකාවේ මැරුණු සතෙක්
question-dead-animal-road-animal_type = එය කුමන වර්ගයේ සතෙක්ද (උදාහරණයක් ලෙස, රකූන්, ලේනා හෝ පූසා)?
question-dead-animal-road-animal_size = එය කොතරම් විශාලද?
    .small = කුඩා (ලේනා, කුරුල්ලා)
    .medium = මධ්‍යම (රකූන්, පූසා)
    .large = විශාල (මුවා, කොයෝටි, බල්ලා)

## තුවාල වූ හෝ අසනීප වූ වන සතෙක්
question-injured-wildlife-animal_type = එය කුමන වර්ගයේ සතෙක්ද?
question-injured-wildlife-condition = සතාට සිදු වන්නේ කුමක්ද?
    .injured = තුවාල වී ඇත
    .sick = අසනීපයි හෝ අමුතු ලෙස හැසිරේ
    .trapped = කොටු වී ඇත හෝ පැටලී ඇත
    .orphaned = තනිවම සිටින බව පෙනෙන සත්ව පැටියෙක්

## අයාලේ යන හෝ ලිහා හැර ඇති බල්ලෙක්
question-stray-dog-dog_contained = බල්ලා කොහේ හෝ රඳවා තිබේද, උදාහරණයක් ලෙස වත්තක හෝ පටියකින් බැඳ?
    .yes = ඔව්
    .no = නැත

## බල්ලෙකු සපා කෑම හෝ පහර දීම
question-dog-bite-incident_time = එය සිදු වූයේ කවදාද?
question-dog-bite-victim = සපා කෑවේ හෝ පහර දුන්නේ කාටද?
    .person = පුද්ගලයෙකුට
    .dog = වෙනත් බල්ලෙකුට
    .other-animal = වෙනත් සතෙකුට

## පටිය නැතිව සිටින බල්ලා
question-dog-off-leash-usual_time = මෙය සාමාන්‍යයෙන් සිදු වන්නේ කවදාද (උදාහරණයක් ලෙස, සතියේ වැඩ කරන දිනවල උදේ)?

## ඝෝෂාව පිළිබඳ පැමිණිල්ල
question-noise-noise_source = ඝෝෂාව ඇති කරන්නේ කුමක්ද?
    .amplified-sound = සංගීතය හෝ ශබ්ද විකාශන යන්ත්‍ර හඬ
    .construction = ඉදිකිරීම්
    .barking = බුරන බල්ලා
    .equipment = වායු සමීකරණය, පංකාව හෝ වෙනත් යන්ත්‍රයක්
    .vehicle = එන්ජිම ක්‍රියාත්මකව නවතා ඇති හෝ එන්ජිම ගොරවන වාහන
    .other = වෙනත්
question-noise-ongoing = ඝෝෂාව දැන් සිදු වෙමින් තිබේද?
    .now = ඔව්, දැන්ම
    .recurring = එය නිතිපතා සිදු වේ
    .past = එය නැවතී ඇත
question-noise-noise_times = ඝෝෂාව සිදු වන්නේ කවදාද සහ එය කොපමණ වේලාවක් පවතිනවාද යන්න විස්තර කරන්න.

## හදිසි ගොඩනැගිලි ප්‍රමිති ගැටලුව
question-property-standards-urgent-issue = හදිසි ගැටලුව කුමක්ද?
    .no-heat = උණුසුම නැත හෝ ප්‍රමාණවත් නැත
    .no-water = ජලය නැත
    .no-power = විදුලිය නැත
    .lock = ඇතුල්වීමේ දොරේ අගුල කැඩී ඇත
    .structure = අනාරක්ෂිත ඉදිකිරීම, බැල්කනිය හෝ පඩිපෙළ
question-property-standards-urgent-is_tenant = ඔබ මෙම ගොඩනැගිල්ලේ කුලී නිවැසියෙක්ද?
    .yes = ඔව්
    .no = නැත
question-property-standards-urgent-unit_number = ඔබේ නිවාස ඒකකයේ අංකය කුමක්ද?

## ගොඩනැගිලි ප්‍රමිති පිළිබඳ පැමිණිල්ල
question-property-standards-issues = ඇති ගැටලු මොනවාද?
    .pests = පළිබෝධ (මීයන්, කැරපොත්තන්, මකුණන්)
    .mould = දිලීර
    .windows-doors = කැඩුණු ජනෙල් හෝ දොරවල්
    .leaks = කාන්දු වන වහලය හෝ බිත්ති
    .stairs-railings = හානි වූ පඩිපෙළ හෝ අත්වැල්
    .exterior = ගොඩනැගිල්ලේ පිටත කොටස නරක තත්ත්වයේ
    .other = වෙනත්
question-property-standards-landlord_notified = ඔබ කුලී නිවැසියෙක් නම්, ඔබේ නිවාස හිමියාට ලිඛිතව දැනුම් දී තිබේද?
    .yes = ඔව්
    .no = නැත
    .not-tenant = මම කුලී නිවැසියෙක් නොවෙමි
question-property-standards-details = ගැටලුව සහ එය කොපමණ කාලයක සිට පවතිනවාද යන්න විස්තර කරන්න.

## පෞද්ගලික දේපළක අත්හැර දැමූ වාහනය
question-abandoned-vehicle-licence_plate = වාහනයට අංක තහඩුවක් ඇත්නම්, එය කුමක්ද?
question-abandoned-vehicle-vehicle_description = වාහනය විස්තර කරන්න (පැහැය, නිෂ්පාදන සමාගම, වර්ගය).
