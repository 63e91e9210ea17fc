### કોઈ સમસ્યાની જાણ કરવી: /report પાનાં, તેમની ભૂલો, નકશો અને ફોટા.

report-page-title = {$heading} – { -product-name }
report-caption = સમસ્યા જણાવો
report-unavailable = રિપોર્ટ ફોર્મ અત્યારે બતાવી શકાતું નથી. કૃપા કરીને થોડી મિનિટો પછી ફરી પ્રયાસ કરો.
report-continue = આગળ વધો
report-optional = { $label } (વૈકલ્પિક)

## સેવા પસંદ કરવી
report-choose-heading = તમે શેના વિશે જાણ કરવા માંગો છો?
report-choose-intro = તમારા પોતાના શબ્દોમાં શોધો, અથવા નીચેના વિષયોમાંથી પસંદ કરો.
report-start-button = હમણાં શરૂ કરો
report-choose-other = બીજી કોઈ બાબતની જાણ કરો
report-not-found-heading = અમને આ રિપોર્ટ મળતો નથી
report-not-found-body = લિંક અધૂરી હોઈ શકે અથવા ખોટી લખાઈ હોઈ શકે.
report-start-again = નવો રિપોર્ટ શરૂ કરો

## તેની માલિકી કોની છે, અને નફરત પ્રેરિત ગ્રેફિટી
report-owner-question = જે વસ્તુમાં સમસ્યા છે, તેની માલિકી કોની છે?
report-owner-hint = તેના પર કોઈ લોગો કે લેબલ છે કે નહીં તે જુઓ. શહેર ફક્ત પોતાની માલિકીની વસ્તુઓ જ સુધારી શકે છે.
report-owner-city = ટોરન્ટો શહેર, ઉદાહરણ તરીકે શહેરની દીવાલ, પુલ, સાઇનબોર્ડ કે કચરાપેટી
report-owner-unknown = મને ખબર નથી
report-owner-bell = Bell Canada: ટેલિફોન બૂથ, Bell ના થાંભલા અને કેબિનેટ
report-owner-rogers = Rogers: કેબલ બોક્સ અને કેબિનેટ
report-owner-toronto-hydro = Toronto Hydro: વીજળીના થાંભલા, ટ્રાન્સફોર્મર અને વીજળીનાં બોક્સ
report-owner-canada-post = Canada Post: ટપાલપેટીઓ અને પાર્સલ લૉકર
report-owner-ttc = TTC: મુસાફરો માટેના શેલ્ટર, સ્ટેશનો અને વાહનો
report-error-owner = તેની માલિકી કોની છે તે પસંદ કરો, અથવા “મને ખબર નથી” પસંદ કરો
report-referral-heading = આને સુધારવાની જવાબદારી શહેરની નથી
report-referral-intro = શહેર ફક્ત પોતાની માલિકીની વસ્તુઓનું જ સમારકામ કે સફાઈ કરી શકે છે, તેથી કોઈ સેવા વિનંતી બનાવવામાં આવી નથી. કૃપા કરીને તેના માલિકને જાણ કરો.
report-referral-bell = Bell Canada: 1-866-310-2355 પર કૉલ કરો.
report-referral-rogers = Rogers: 1-888-764-3771 પર કૉલ કરો.
report-referral-toronto-hydro = Toronto Hydro: 416-542-8000 પર કૉલ કરો. જો તાર નીચે પડ્યા હોય અથવા તેમાંથી તણખા નીકળતા હોય, તો 10 મીટર દૂર રહો અને 911 પર કૉલ કરો.
report-referral-canada-post = Canada Post: 1-866-607-6301 પર કૉલ કરો.
report-referral-ttc = TTC: ગ્રાહક સેવાને 416-393-3030 પર કૉલ કરો.
report-hate-heading = નફરત પ્રેરિત ગ્રેફિટી
report-hate-police = જો ગ્રેફિટી લોકોને તેમની જાતિ, ધર્મ, વંશીય મૂળ, જાતીય અભિગમ, લિંગ કે વિકલાંગતાને કારણે નિશાન બનાવતી હોય, તો પહેલાં Toronto Police (ટોરન્ટો પોલીસ) ને જાણ કરો: બિન-કટોકટી લાઇન 416-808-2222 પર કૉલ કરો, અથવા જો કોઈ જોખમમાં હોય તો 911 પર કૉલ કરો. ગ્રેફિટી દૂર કરવામાં આવે તે પહેલાં પોલીસ તેને સંભવિત નફરત અપરાધ તરીકે નોંધે છે.
report-hate-then = પછી અહીં જાણ કરો, જેથી શહેર તેને ઝડપથી દૂર કરી શકે.

## સ્થળ
report-location-heading = સમસ્યા ક્યાં છે?
report-location-current = પસંદ કરેલું સ્થળ
report-location-address = { $address }, વોર્ડ { $ward }
report-location-pin = { $lat }, { $long } પર પિન, વોર્ડ { $ward }
report-map-heading = નકશા પર પિન મૂકો
report-map-hint = નકશા પર જ્યાં સમસ્યા છે ત્યાં ક્લિક કે ટૅપ કરો, પછી પિનને ખેંચીને તેનું સ્થાન સુધારો. કીબોર્ડથી, તીરવાળી કીથી નકશો ખસેડો, પછી “પિનને નકશાની વચ્ચે મૂકો” પસંદ કરો.
report-map-label = નકશો
report-map-pin = સમસ્યાનું સ્થળ
report-map-pin-at = પિન { $lat }, { $long } પર મૂકી
report-map-no-pin = હજી સુધી કોઈ પિન મૂકી નથી
report-map-locate = મારું સ્થાન વાપરો
report-map-locate-failed = તમારું સ્થાન શોધી શકાયું નથી. નકશા પર પિન મૂકો અથવા સરનામું લખો.
report-map-centre = પિનને નકશાની વચ્ચે મૂકો
report-map-use = આ પિનનું સ્થાન વાપરો
report-address-heading = અથવા સરનામું કે ચાર રસ્તા લખો
report-place-label = રસ્તો, ચાર રસ્તા કે સ્થળ
report-place-hint = ઉદાહરણ તરીકે: Queen St W & Spadina Ave, અથવા Nathan Phillips Square
report-place-find = શોધો
report-place-none = “{ $query }” સાથે કંઈ મેળ ખાતું નથી. જોડણી તપાસો, અથવા સૌથી નજીકના ચાર રસ્તા લખી જુઓ.
report-place-choose = સૌથી નજીકનો મેળ પસંદ કરો
report-place-use = આ સ્થળ વાપરો
report-place-kind-street = રસ્તો
report-place-kind-intersection = ચાર રસ્તા
report-place-kind-place = સ્થળ
report-error-outside-city = આ સ્થળ ટોરન્ટો શહેરની હદની બહાર છે. શહેરની અંદરનું કોઈ સ્થળ પસંદ કરો.
report-error-pin-missing = નકશા પર પિન મૂકો, અથવા નીચે સરનામું લખો
report-error-place-choose = મેળ ખાતાં પરિણામોમાંથી એક પસંદ કરો, અથવા ફરી શોધો
report-error-location-missing = કોઈ રસ્તો, ચાર રસ્તા કે સ્થળ લખો, અથવા નકશા પર પિન મૂકો

## વિગતો અને સંપર્ક
report-details-heading = અમને સમસ્યા વિશે જણાવો
report-field-description = સમસ્યાનું વર્ણન કરો
report-description-hint = તમે શું જુઓ છો, અને એવી કોઈ પણ વાત જે કર્મચારીઓને તે શોધવામાં મદદ કરે. કૃપા કરીને અંગત માહિતી ન લખો.
report-contact-heading = તમારી સંપર્ક વિગતો (વૈકલ્પિક)
report-contact-hint = અમે તેનો ઉપયોગ ફક્ત આ રિપોર્ટ વિશે તમારો સંપર્ક કરવા માટે કરીએ છીએ. તે ક્યારેય જાહેરમાં બતાવવામાં આવતી નથી. નામ જણાવ્યા વિના રિપોર્ટ કરવા માટે તેને ખાલી છોડો.
report-field-first-name = પ્રથમ નામ
report-field-last-name = અટક
report-field-email = ઇમેઇલ સરનામું
report-field-phone = ફોન નંબર
report-error-missing = “{ $field }” પ્રશ્નનો જવાબ આપો
report-error-number = “{ $field }” નો જવાબ એક સંખ્યા હોવો જોઈએ, જેમ કે 3 અથવા 2.5
report-error-too-long = “{ $field }” નો જવાબ { $max } અક્ષરો કે તેથી ઓછો હોવો જોઈએ
report-error-choice = “{ $field }” માટે આપેલા જવાબોમાંથી એક પસંદ કરો
report-error-datetime = “{ $field }” માટે સાચી તારીખ અને સમય દાખલ કરો
report-error-email = ઇમેઇલ સરનામું સાચા સ્વરૂપમાં દાખલ કરો, જેમ કે name@example.com
report-error-phone = 7 થી 15 અંકોનો ફોન નંબર દાખલ કરો, જેમ કે 416-392-2489

## ફોટા
report-photos-heading = ફોટા
report-photos-required = આ પ્રકારની સમસ્યા માટે ઓછામાં ઓછો એક ફોટો જરૂરી છે. તેનાથી કર્મચારીઓને તે શોધવામાં અને સુધારવામાં મદદ મળે છે.
report-photos-optional = ફોટા વૈકલ્પિક છે, પરંતુ તેનાથી કર્મચારીઓને સમસ્યા શોધવામાં અને સુધારવામાં મદદ મળે છે.
report-photos-limits = તમે JPEG, PNG અથવા WebP ફોર્મેટમાં વધુમાં વધુ { $count } ફોટા ઉમેરી શકો છો, દરેક ફોટો વધુમાં વધુ { $megabytes } MB નો. અમે રાખીએ છીએ તે નકલમાંથી સ્થાન અને કૅમેરાની વિગતો દૂર કરીએ છીએ.
report-photo-label = કોઈ ફોટો પસંદ કરો
report-photo-upload = ફોટો અપલોડ કરો
report-photo-uploading = ફોટો અપલોડ થઈ રહ્યો છે
report-photo-alt = ફોટો { $number }
report-photo-remove = ફોટો { $number } દૂર કરો
report-photo-has-location = ફોટો { $number } માં તે ક્યાં લેવાયો હતો તેની નોંધ છે.
report-photo-use-location = ફોટો { $number } નું સ્થાન વાપરો
report-photos-count =
    { $count ->
        [0] કોઈ ફોટો નથી
        [one] { $count } ફોટો
       *[other] { $count } ફોટા
    }
report-error-photo-missing = અપલોડ કરવા માટે કોઈ ફોટો પસંદ કરો
report-error-photo-too-large = ફોટો { $megabytes } MB કરતાં નાનો હોવો જોઈએ
report-error-photo-type = ફાઇલ JPEG, PNG અથવા WebP ફોર્મેટમાં ફોટો હોવી જોઈએ
report-error-photo-dimensions = ફોટામાં ઘણા વધારે પિક્સેલ છે. કોઈ નાનો ફોટો પસંદ કરો.
report-error-photo-damaged = ફોટો ખરાબ થયેલો છે અને વાંચી શકાતો નથી. બીજો ફોટો પસંદ કરો.
report-error-photo-limit = તમે વધુમાં વધુ { $count } ફોટા ઉમેરી શકો છો. બીજો ઉમેરવા માટે એક દૂર કરો.
report-error-photo-required = ઓછામાં ઓછો એક ફોટો ઉમેરો
report-error-photo-outside = આ ફોટો જ્યાં લેવાયો હતો તે સ્થળ ટોરન્ટો શહેરની હદની બહાર છે

## તપાસ, નજીકના સમાન રિપોર્ટ, અને મોકલવું
report-check-heading = તમારો રિપોર્ટ મોકલતાં પહેલાં તમારા જવાબો તપાસો
report-check-answers = તમારા જવાબો
report-change = બદલો
report-anonymous = આપેલ નથી: આ રિપોર્ટ નામ વિનાનો છે
report-submit-note = આ રિપોર્ટ મોકલીને તમે પુષ્ટિ કરો છો કે તમારી જાણકારી મુજબ આ માહિતી સાચી છે.
report-submit = રિપોર્ટ મોકલો
report-nearby-heading = શું આની જાણ પહેલેથી થઈ ગઈ છે?
report-nearby-intro = આ જ સમસ્યા માટેની આ ખુલ્લી વિનંતીઓ 250 મીટરની અંદર છે. જો તેમાંથી કોઈ તમારી સમસ્યા હોય, તો નવો રિપોર્ટ મોકલવાને બદલે તેને જ ફૉલો કરો.
report-nearby-distance = આશરે { $metres } મીટર દૂર
report-nearby-reporters =
    { $count ->
        [one] { $count } વ્યક્તિએ જાણ કરી
       *[other] { $count } લોકોએ જાણ કરી
    }
report-me-too = મારી પણ આ જ સમસ્યા છે: { $number } ને ફૉલો કરો
report-error-follow = તે વિનંતીને હવે ફૉલો કરી શકાતી નથી. તેના બદલે તમારો પોતાનો રિપોર્ટ મોકલો.
report-sent-heading = રિપોર્ટ મોકલાઈ ગયો
report-sent-number = તમારો સેવા વિનંતી નંબર છે:
report-sent-next = આ નંબર સાચવી રાખો. આગળ શું થાય છે તે જોવા માટે તમે તેનો ઉપયોગ કરી શકો છો.
report-sent-track = આ વિનંતીની સ્થિતિ જુઓ
report-another = બીજી કોઈ સમસ્યા જણાવો
report-following-heading = તમે { $number } ને ફૉલો કરી રહ્યા છો
report-following-body = નવી વિનંતી બનાવવાને બદલે તમને આ વિનંતીમાં ઉમેરવામાં આવ્યા છે. તેના સ્થિતિ પાના પર આગળ શું થાય છે તે દેખાય છે.
