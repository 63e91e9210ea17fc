### Soo sheegidda dhibaato: bogagga /report, khaladaadkooda, khariidadda iyo sawirrada.

report-page-title = { $heading } – { -product-name }
report-caption = Soo sheeg dhibaato
report-unavailable = Foomka warbixinta hadda lama muujin karo. Fadlan isku day mar kale dhowr daqiiqo kadib.
report-continue = Sii wad
report-optional = { $label } (ikhtiyaari)

## Doorashada adeegga
report-choose-heading = Maxaad rabtaa inaad soo sheegto?
report-choose-intro = Ku raadi erayadaada, ama ka dooro mawduucyada hoose.
report-start-button = Hadda bilow
report-choose-other = Soo sheeg wax kale
report-not-found-heading = Ma heli karno warbixintaas
report-not-found-body = Linkiga waxaa laga yaabaa inuu dhiman yahay ama si khaldan loo qoray.
report-start-again = Bilow warbixin cusub

## Cidda iska leh, iyo qoraallada derbiyada ee nacaybka ku salaysan
report-owner-question = Yaa iska leh shayga dhibaatada leh?
report-owner-hint = Dushiisa ka raadi astaan (logo) ama summad. Magaaladu waxay hagaajin kartaa oo keliya waxa ay iyadu leedahay.
report-owner-city = Magaalada Toronto, tusaale ahaan derbi, buundo, calaamad ama weel qashin oo ay Magaaladu leedahay
report-owner-unknown = Ma aqaan
report-owner-bell = Bell Canada: qolalka taleefannada, tiirarka iyo armaajooyinka Bell
report-owner-rogers = Rogers: sanduuqyada iyo armaajooyinka fiilooyinka
report-owner-toronto-hydro = Toronto Hydro: tiirarka korontada, beddelayaasha korontada (transformers) iyo sanduuqyada korontada
report-owner-canada-post = Canada Post: sanduuqyada boostada iyo khaanadaha xirmooyinka
report-owner-ttc = TTC: hoyga sugitaanka gaadiidka, saldhigyada iyo gaadiidka
report-error-owner = Dooro cidda iska leh, ama “Ma aqaan”
report-referral-heading = Hagaajinta tan ma aha mas'uuliyadda Magaalada
report-referral-intro = Magaaladu waxay dayactiri ama nadiifin kartaa oo keliya waxa ay leedahay, sidaa darteed lama abuurin codsi adeeg. Fadlan u soo sheeg milkiilaha.
report-referral-bell = Bell Canada: wac 1-866-310-2355.
report-referral-rogers = Rogers: wac 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: wac 416-542-8000. Haddii fiilooyin dhulka ku dhaceen ama ay dhimbiil bixinayaan, ka fogaw 10 mitir oo wac 911.
report-referral-canada-post = Canada Post: wac 1-866-607-6301.
report-referral-ttc = TTC: wac Adeegga Macaamiisha 416-393-3030.
report-hate-heading = Qoraallada derbiyada ee nacaybka ku salaysan
report-hate-police = Haddii qoraalku beegsanayo dad sababo la xiriira isirkooda, diintooda, asalkooda qowmiyadeed, jihada galmadooda, jinsigooda ama naafonimadooda, marka hore u soo sheeg Booliska Toronto (Toronto Police): wac 416-808-2222, oo ah khadka aan degdegga ahayn, ama 911 haddii qof khatar ku jiro. Booliisku wuxuu u diiwaangeliyaa dembi nacayb ku salaysan oo suurtagal ah ka hor inta aan la tirtirin.
report-hate-then = Kadib halkan ka soo sheeg, si ay Magaaladu si dhakhso ah ugu tirtirto.

## Goobta
report-location-heading = Xaggee ayay dhibaatadu ku taal?
report-location-current = Goobta la doortay
report-location-address = { $address }, Degmada { $ward }
report-location-pin = Calaamadda waxay ku taal { $lat }, { $long }, Degmada { $ward }
report-map-heading = Calaamad dhig khariidadda
report-map-hint = Guji ama taabo khariidadda meesha dhibaatadu ku taal, kadib jiid calaamadda si aad u hagaajiso. Haddii aad isticmaalayso kiiboodh, khariidadda ku dhaqaaji furayaasha fallaarta, kadib dooro “Calaamadda dhig bartamaha khariidadda”.
report-map-label = Khariidad
report-map-pin = Goobta dhibaatada
report-map-pin-at = Calaamadda waxaa la dhigay { $lat }, { $long }
report-map-no-pin = Weli lama dhigin calaamad
report-map-locate = Isticmaal goobtayda
report-map-locate-failed = Goobtaada lama helin. Calaamadda dhig khariidadda ama qor cinwaan.
report-map-centre = Calaamadda dhig bartamaha khariidadda
report-map-use = Isticmaal goobta calaamaddan
report-address-heading = Ama qor cinwaan ama isgoys
report-place-label = Waddo, isgoys ama goob
report-place-hint = Tusaale ahaan: Queen St W & Spadina Ave, ama Nathan Phillips Square
report-place-find = Raadi
report-place-none = Wax la mid ah “{ $query }” lama helin. Hubi higgaadda, ama isku day isgoyska ugu dhow.
report-place-choose = Dooro natiijada ugu dhow
report-place-use = Isticmaal goobtan
report-place-kind-street = Waddo
report-place-kind-intersection = Isgoys
report-place-kind-place = Goob
report-error-outside-city = Goobtani waxay ka baxsan tahay Magaalada Toronto. Dooro meel magaalada gudaheeda ah.
report-error-pin-missing = Calaamad dhig khariidadda, ama hoos ku qor cinwaan
report-error-place-choose = Dooro mid ka mid ah natiijooyinka, ama mar kale raadi
report-error-location-missing = Qor waddo, isgoys ama goob, ama calaamad dhig khariidadda

## Faahfaahinta iyo xiriirka
report-details-heading = Noo sheeg dhibaatada
report-field-description = Sharax dhibaatada
report-description-hint = Waxa aad aragto, iyo wax kasta oo ka caawiya shaqaalaha inay helaan. Fadlan ha ku darin macluumaad shakhsi ah.
report-contact-heading = Macluumaadka xiriirkaaga (ikhtiyaari)
report-contact-hint = Waxaan u isticmaalnaa oo keliya inaan kaala soo xiriirno warbixintan. Marnaba si guud looma muujiyo. Haddii aad rabto inaad si qarsoodi ah u soo sheegto, iska dhaaf iyaga oo bannaan.
report-field-first-name = Magaca koowaad
report-field-last-name = Magaca dambe
report-field-email = Cinwaanka iimaylka
report-field-phone = Lambarka taleefanka
report-error-missing = Ka jawaab su'aasha “{ $field }”
report-error-number = Jawaabta “{ $field }” waa inay noqotaa tiro, sida 3 ama 2.5
report-error-too-long = Jawaabta “{ $field }” waa inay ahaataa { $max } xaraf ama ka yar
report-error-choice = “{ $field }” u dooro mid ka mid ah jawaabaha liiska ku jira
report-error-datetime = “{ $field }” u geli taariikh iyo waqti sax ah
report-error-email = Geli cinwaan iimayl oo qaab sax ah leh, sida name@example.com
report-error-phone = Geli lambar taleefan oo ka kooban 7 ilaa 15 tiro, sida 416-392-2489

## Sawirrada
report-photos-heading = Sawirrada
report-photos-required = Dhibaatadan noocan ah waxay u baahan tahay ugu yaraan hal sawir. Waxay ka caawisaa shaqaalaha inay helaan oo hagaajiyaan.
report-photos-optional = Sawirradu waa ikhtiyaari, laakiin waxay ka caawiyaan shaqaalaha inay helaan oo hagaajiyaan dhibaatada.
report-photos-limits = Waxaad ku dari kartaa ilaa { $count } sawir oo qaabka JPEG, PNG ama WebP ah, mid kastaa ilaa { $megabytes } MB. Waxaan ka saarnaa macluumaadka goobta iyo kamaradda nuqulka aan hayno.
report-photo-label = Dooro sawir
report-photo-upload = Soo geli sawirka
report-photo-uploading = Sawirka waa la soo gelinayaa
report-photo-alt = Sawirka { $number }
report-photo-remove = Ka saar sawirka { $number }
report-photo-has-location = Sawirka { $number } wuxuu diiwaangeliyay meesha laga qaaday.
report-photo-use-location = Isticmaal goobta sawirka { $number }
report-photos-count =
    { $count ->
        [0] Sawir ma jiro
        [one] { $count } sawir
       *[other] { $count } sawir
    }
report-error-photo-missing = Dooro sawir aad soo geliso
report-error-photo-too-large = Sawirku waa inuu ka yaraadaa { $megabytes } MB
report-error-photo-type = Faylku waa inuu noqdaa sawir qaabka JPEG, PNG ama WebP ah
report-error-photo-dimensions = Sawirku wuxuu leeyahay pixel aad u badan. Dooro sawir ka yar.
report-error-photo-damaged = Sawirku waa dhaawacan yahay lamana akhrin karo. Dooro sawir kale.
report-error-photo-limit = Waxaad ku dari kartaa ilaa { $count } sawir. Ka saar mid si aad mid kale ugu darto.
report-error-photo-required = Ku dar ugu yaraan hal sawir
report-error-photo-outside = Meesha sawirkan laga qaaday waxay ka baxsan tahay Magaalada Toronto

## Hubinta, codsiyada u dhow ee la midka ah, iyo dirista
report-check-heading = Hubi jawaabahaaga ka hor intaadan dirin warbixintaada
report-check-answers = Jawaabahaaga
report-change = Beddel
report-anonymous = Lama bixin: warbixintan waa magac la'aan
report-submit-note = Markaad dirto warbixintan waxaad xaqiijinaysaa in macluumaadku sax yahay inta aad ogtahay.
report-submit = Dir warbixinta
report-nearby-heading = Tan hore ma loo soo sheegay?
report-nearby-intro = Codsiyadan furan ee isla dhibaatadan waxay ku jiraan 250 mitir gudahood. Haddii mid ka mid ah uu yahay dhibaatadaada, la soco halkii aad warbixin cusub diri lahayd.
report-nearby-distance = Qiyaastii { $metres } m u jirta
report-nearby-reporters =
    { $count ->
        [one] Waxaa soo sheegay { $count } qof
       *[other] Waxaa soo sheegay { $count } qof
    }
report-me-too = Aniguna: la soco { $number }
report-error-follow = Codsigaas hadda lalama socon karo. Taa beddelkeeda, dir warbixintaada.
report-sent-heading = Warbixinta waa la diray
report-sent-number = Lambarka codsiga adeeggaagu waa
report-sent-next = Hay lambarkan. Waxaad u isticmaali kartaa inaad aragto waxa xiga.
report-sent-track = La soco codsigan
report-another = Soo sheeg dhibaato kale
report-following-heading = Waxaad la socotaa { $number }
report-following-body = Waxaa lagugu daray codsigan halkii laga abuuri lahaa mid cusub. Bogga xaaladdiisa ayaa muujinaya waxa xiga.
