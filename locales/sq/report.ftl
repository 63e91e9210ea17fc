### Raportimi i një problemi: faqet /report, gabimet e tyre, harta dhe fotot.

report-page-title = { $heading } – { -product-name }
report-caption = Raportoni një problem
report-unavailable = Formulari i raportimit nuk mund të shfaqet tani. Ju lutemi provoni përsëri pas disa minutash.
report-continue = Vazhdoni
report-optional = { $label } (opsionale)

## Zgjedhja e shërbimit
report-choose-heading = Çfarë dëshironi të raportoni?
report-choose-intro = Kërkoni me fjalët tuaja ose zgjidhni nga temat më poshtë.
report-start-button = Filloni tani
report-choose-other = Raportoni diçka tjetër
report-not-found-heading = Nuk e gjejmë këtë raport
report-not-found-body = Lidhja mund të jetë e paplotë ose e shkruar gabim.
report-start-again = Filloni një raport të ri

## Kujt i përket, dhe grafitet e motivuara nga urrejtja
report-owner-question = Kujt i përket objekti me problemin?
report-owner-hint = Kërkoni një logo ose etiketë mbi të. Bashkia mund të riparojë vetëm atë që i përket asaj.
report-owner-city = Bashkia e Torontos, për shembull një mur, urë, tabelë ose kosh mbeturinash i Bashkisë
report-owner-unknown = Nuk e di
report-owner-bell = Bell Canada: kabina telefonike, shtylla dhe kabinete të Bell
report-owner-rogers = Rogers: kuti dhe kabinete kabllore
report-owner-toronto-hydro = Toronto Hydro: shtylla elektrike, transformatorë dhe kuti elektrike
report-owner-canada-post = Canada Post: kuti postare dhe kutitë për marrjen e pakove
report-owner-ttc = TTC: pensilina të stacioneve, stacione dhe mjete transporti
report-error-owner = Zgjidhni se kujt i përket, ose «Nuk e di»
report-referral-heading = Riparimi i kësaj nuk është detyrë e Bashkisë
report-referral-intro = Bashkia mund të riparojë ose të pastrojë vetëm atë që i përket asaj, prandaj nuk u krijua asnjë kërkesë shërbimi. Ju lutemi raportojeni te pronari.
report-referral-bell = Bell Canada: telefononi 1-866-310-2355.
report-referral-rogers = Rogers: telefononi 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: telefononi 416-542-8000. Nëse telat janë rrëzuar ose nxjerrin shkëndija, qëndroni 10 metra larg tyre dhe telefononi 911.
report-referral-canada-post = Canada Post: telefononi 1-866-607-6301.
report-referral-ttc = TTC: telefononi Shërbimin e Klientit në 416-393-3030.
report-hate-heading = Grafite të motivuara nga urrejtja
report-hate-police = Nëse grafiti synon njerëz për shkak të racës, fesë, origjinës etnike, orientimit seksual, gjinisë ose aftësisë së kufizuar të tyre, raportojeni së pari te Policia e Torontos (Toronto Police): telefononi 416-808-2222, linjën për raste jo urgjente, ose 911 nëse dikush është në rrezik. Policia e regjistron atë si krim të mundshëm urrejtjeje përpara se të hiqet.
report-hate-then = Pastaj raportojeni këtu, që Bashkia ta heqë shpejt.

## Vendndodhja
report-location-heading = Ku ndodhet problemi?
report-location-current = Vendndodhja e zgjedhur
report-location-address = { $address }, Zona { $ward }
report-location-pin = Shënjuesi në { $lat }, { $long }, Zona { $ward }
report-map-heading = Vendosni një shënjues në hartë
report-map-hint = Klikoni ose prekni hartën aty ku është problemi, pastaj tërhiqni shënjuesin për ta rregulluar. Me tastierë, lëvizni hartën me tastet e shigjetave, pastaj zgjidhni «Vendose shënjuesin në qendër të hartës».
report-map-label = Harta
report-map-pin = Vendndodhja e problemit
report-map-pin-at = Shënjuesi u vendos në { $lat }, { $long }
report-map-no-pin = Ende nuk është vendosur asnjë shënjues
report-map-locate = Përdor vendndodhjen time
report-map-locate-failed = Vendndodhja juaj nuk u gjet. Vendosni shënjuesin në hartë ose shkruani një adresë.
report-map-centre = Vendose shënjuesin në qendër të hartës
report-map-use = Përdor vendndodhjen e këtij shënjuesi
report-address-heading = Ose shkruani një adresë ose kryqëzim
report-place-label = Rrugë, kryqëzim ose vend
report-place-hint = Për shembull: Queen St W & Spadina Ave, ose Nathan Phillips Square
report-place-find = Gjej
report-place-none = Asgjë nuk përputhet me «{ $query }». Kontrolloni drejtshkrimin ose provoni kryqëzimin më të afërt.
report-place-choose = Zgjidhni përputhjen më të afërt
report-place-use = Përdor këtë vendndodhje
report-place-kind-street = Rrugë
report-place-kind-intersection = Kryqëzim
report-place-kind-place = Vend
report-error-outside-city = Kjo vendndodhje është jashtë territorit të Bashkisë së Torontos. Zgjidhni një vend brenda qytetit.
report-error-pin-missing = Vendosni një shënjues në hartë ose shkruani një adresë më poshtë
report-error-place-choose = Zgjidhni një nga përputhjet ose kërkoni përsëri
report-error-location-missing = Shkruani një rrugë, kryqëzim ose vend, ose vendosni një shënjues në hartë

## Detajet dhe kontakti
report-details-heading = Na tregoni për problemin
report-field-description = Përshkruani problemin
report-description-hint = Çfarë shihni dhe çdo gjë që i ndihmon ekipet ta gjejnë. Ju lutemi mos përfshini të dhëna personale.
report-contact-heading = Të dhënat tuaja të kontaktit (opsionale)
report-contact-hint = I përdorim vetëm për t’ju kontaktuar për këtë raport. Nuk shfaqen kurrë publikisht. Lërini bosh nëse dëshironi të raportoni në mënyrë anonime.
report-field-first-name = Emri
report-field-last-name = Mbiemri
report-field-email = Adresa e emailit
report-field-phone = Numri i telefonit
report-error-missing = Përgjigjuni pyetjes «{ $field }»
report-error-number = Përgjigjja për «{ $field }» duhet të jetë numër, si 3 ose 2.5
report-error-too-long = Numri maksimal i karaktereve për përgjigjen e «{ $field }» është { $max }
report-error-choice = Zgjidhni një nga përgjigjet e listuara për «{ $field }»
report-error-datetime = Shkruani një datë dhe orë të vërtetë për «{ $field }»
report-error-email = Shkruani një adresë emaili në formatin e duhur, si name@example.com
report-error-phone = Shkruani një numër telefoni me 7 deri në 15 shifra, si 416-392-2489

## Fotot
report-photos-heading = Fotot
report-photos-required = Ky lloj problemi kërkon të paktën një foto. Ajo i ndihmon ekipet ta gjejnë dhe ta rregullojnë.
report-photos-optional = Fotot janë opsionale, por i ndihmojnë ekipet ta gjejnë dhe ta rregullojnë problemin.
report-photos-limits = Mund të shtoni deri në { $count } foto në formatin JPEG, PNG ose WebP, secila deri në { $megabytes } MB. Nga kopja që ruajmë heqim të dhënat e vendndodhjes dhe të kamerës.
report-photo-label = Zgjidhni një foto
report-photo-upload = Ngarko foton
report-photo-uploading = Fotoja po ngarkohet
report-photo-alt = Foto { $number }
report-photo-remove = Hiq foton { $number }
report-photo-has-location = Fotoja { $number } regjistron vendin ku është bërë.
report-photo-use-location = Përdor vendndodhjen e fotos { $number }
report-photos-count =
    { $count ->
        [0] Asnjë foto
        [one] { $count } foto
       *[other] { $count } foto
    }
report-error-photo-missing = Zgjidhni një foto për ta ngarkuar
report-error-photo-too-large = Fotoja duhet të jetë më e vogël se { $megabytes } MB
report-error-photo-type = Skedari duhet të jetë foto në formatin JPEG, PNG ose WebP
report-error-photo-dimensions = Fotoja ka shumë piksele. Zgjidhni një foto më të vogël.
report-error-photo-damaged = Fotoja është e dëmtuar dhe nuk mund të lexohet. Zgjidhni një foto tjetër.
report-error-photo-limit = Mund të shtoni deri në { $count } foto. Hiqni njërën për të shtuar një tjetër.
report-error-photo-required = Shtoni të paktën një foto
report-error-photo-outside = Vendi ku është bërë kjo foto është jashtë territorit të Bashkisë së Torontos

## Kontrolli, kërkesat aty pranë dhe dërgimi
report-check-heading = Kontrolloni përgjigjet tuaja para se të dërgoni raportin
report-check-answers = Përgjigjet tuaja
report-change = Ndrysho
report-anonymous = Nuk janë dhënë: ky raport është anonim
report-submit-note = Duke dërguar këtë raport, ju konfirmoni se informacioni është i saktë me sa dini.
report-submit = Dërgo raportin
report-nearby-heading = A është raportuar tashmë ky problem?
report-nearby-intro = Këto kërkesa të hapura për të njëjtin problem ndodhen brenda 250 metrave. Nëse njëra prej tyre ka të bëjë me problemin tuaj, ndiqni atë në vend që të dërgoni një raport të ri.
report-nearby-distance = Rreth { $metres } m larg
report-nearby-reporters =
    { $count ->
        [one] Raportuar nga { $count } person
       *[other] Raportuar nga { $count } persona
    }
report-me-too = Edhe unë: ndiqni kërkesën { $number }
report-error-follow = Ajo kërkesë nuk mund të ndiqet më. Në vend të kësaj, dërgoni raportin tuaj.
report-sent-heading = Raporti u dërgua
report-sent-number = Numri i kërkesës suaj të shërbimit është
report-sent-next = Ruajeni këtë numër. Mund ta përdorni për të parë se çfarë ndodh më pas.
report-sent-track = Ndiqni këtë kërkesë
report-another = Raportoni një problem tjetër
report-following-heading = Po ndiqni kërkesën { $number }
report-following-body = U shtuat te kjo kërkesë në vend që të krijohej një e re. Faqja e statusit të saj tregon se çfarë ndodh më pas.
