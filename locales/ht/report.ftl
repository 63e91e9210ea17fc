### Siyale yon pwoblèm: paj /report yo, erè yo, kat la ak foto yo.

report-page-title = { $heading } – { -product-name }
report-caption = Siyale yon pwoblèm
report-unavailable = Nou pa ka montre fòmilè a kounye a. Tanpri eseye ankò nan kèk minit.
report-continue = Kontinye
report-optional = { $label } (si ou vle)

## Chwazi sèvis la
report-choose-heading = Kisa ou vle siyale?
report-choose-intro = Chèche ak pwòp mo pa w, oswa chwazi nan sijè ki anba yo.
report-start-button = Kòmanse kounye a
report-choose-other = Siyale yon lòt bagay
report-not-found-heading = Nou pa ka jwenn rapò sa a
report-not-found-body = Petèt lyen an pa konplè oswa gen yon fòt ladan l.
report-start-again = Kòmanse yon nouvo rapò

## Ki moun ki mèt li, ak grafiti ki soti nan rayisman
report-owner-question = Ki moun ki mèt bagay ki gen pwoblèm nan?
report-owner-hint = Gade si gen yon logo oswa yon etikèt sou li. Vil la ka repare sèlman sa ki pou li.
report-owner-city = Vil Toronto, pa egzanp yon mi, yon pon, yon panno oswa yon poubèl Vil la
report-owner-unknown = Mwen pa konnen
report-owner-bell = Bell Canada: kabin telefòn, poto ak bwat Bell
report-owner-rogers = Rogers: bwat kab ak bwat ekipman
report-owner-toronto-hydro = Toronto Hydro: poto kouran, transfòmatè ak bwat elektrik
report-owner-canada-post = Canada Post: bwat lèt ak kazye pou pake
report-owner-ttc = TTC: abri pou tann transpò, estasyon ak veyikil
report-error-owner = Chwazi ki moun ki mèt li, oswa « Mwen pa konnen »
report-referral-heading = Se pa Vil la ki pou repare sa a
report-referral-intro = Vil la ka repare oswa netwaye sèlman sa ki pou li, kidonk nou pa t kreye okenn demann sèvis. Tanpri siyale l bay mèt li.
report-referral-bell = Bell Canada: rele 1-866-310-2355.
report-referral-rogers = Rogers: rele 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: rele 416-542-8000. Si gen fil kouran ki tonbe atè oswa k ap fè etensèl, rete 10 mèt lwen yo epi rele 911.
report-referral-canada-post = Canada Post: rele 1-866-607-6301.
report-referral-ttc = TTC: rele Sèvis Kliyan nan 416-393-3030.
report-hate-heading = Grafiti ki soti nan rayisman
report-hate-police = Si grafiti a vize moun akoz ras yo, relijyon yo, orijin etnik yo, oryantasyon seksyèl yo, sèks yo oswa andikap yo, siyale l bay Toronto Police (Lapolis Toronto) anvan: rele 416-808-2222, liy ki pa pou ijans lan, oswa 911 si gen yon moun ki an danje. Lapolis anrejistre l kòm yon posib krim rayisman anvan yo retire l.
report-hate-then = Apre sa, siyale l isit la, pou Vil la ka retire l byen vit.

## Kote
report-location-heading = Ki kote pwoblèm nan ye?
report-location-current = Kote ou chwazi a
report-location-address = { $address }, Katye { $ward }
report-location-pin = Epeng nan { $lat }, { $long }, Katye { $ward }
report-map-heading = Mete yon epeng sou kat la
report-map-hint = Klike oswa touche kat la kote pwoblèm nan ye, epi trennen epeng lan pou ajiste l. Avèk yon klavye, deplase kat la ak flèch yo, epi chwazi « Mete epeng lan nan mitan kat la ».
report-map-label = Kat
report-map-pin = Kote pwoblèm nan ye
report-map-pin-at = Epeng lan mete nan { $lat }, { $long }
report-map-no-pin = Poko gen epeng
report-map-locate = Sèvi ak kote mwen ye a
report-map-locate-failed = Nou pa t ka jwenn kote ou ye a. Mete epeng lan sou kat la oswa tape yon adrès.
report-map-centre = Mete epeng lan nan mitan kat la
report-map-use = Sèvi ak kote epeng sa a ye
report-address-heading = Oswa tape yon adrès oswa yon kwazman lari
report-place-label = Lari, kwazman oswa kote
report-place-hint = Pa egzanp: Queen St W & Spadina Ave, oswa Nathan Phillips Square
report-place-find = Chèche
report-place-none = Pa gen anyen ki koresponn ak « { $query } ». Verifye òtograf la, oswa eseye kwazman ki pi pre a.
report-place-choose = Chwazi rezilta ki pi sanble a
report-place-use = Sèvi ak kote sa a
report-place-kind-street = Lari
report-place-kind-intersection = Kwazman
report-place-kind-place = Kote
report-error-outside-city = Kote sa a deyò Vil Toronto. Chwazi yon kote ki anndan vil la.
report-error-pin-missing = Mete yon epeng sou kat la, oswa tape yon adrès anba a
report-error-place-choose = Chwazi youn nan rezilta yo, oswa chèche ankò
report-error-location-missing = Tape yon lari, yon kwazman oswa yon kote, oswa mete yon epeng sou kat la

## Detay ak kontak
report-details-heading = Di nou kisa pwoblèm nan ye
report-field-description = Dekri pwoblèm nan
report-description-hint = Sa w wè, ak nenpòt bagay ki ka ede ekip yo jwenn li. Tanpri pa mete enfòmasyon pèsonèl.
report-contact-heading = Enfòmasyon pou kontakte w (si ou vle)
report-contact-hint = Nou sèvi ak yo sèlman pou kontakte w sou rapò sa a. Nou pa janm montre yo piblikman. Kite yo vid si ou vle siyale san non.
report-field-first-name = Prenon
report-field-last-name = Non fanmi
report-field-email = Adrès imèl
report-field-phone = Nimewo telefòn
report-error-missing = Reponn kesyon sa a: « { $field } »
report-error-number = Repons pou « { $field } » dwe yon nimewo, tankou 3 oswa 2.5
report-error-too-long = Repons pou « { $field } » pa dwe depase { $max } karaktè
report-error-choice = Chwazi youn nan repons ki nan lis la pou « { $field } »
report-error-datetime = Antre yon dat ak yon lè ki valab pou « { $field } »
report-error-email = Antre yon adrès imèl nan bon fòma a, tankou name@example.com
report-error-phone = Antre yon nimewo telefòn ki gen 7 a 15 chif, tankou 416-392-2489

## Foto
report-photos-heading = Foto
report-photos-required = Kalite pwoblèm sa a bezwen omwen yon foto. Sa ede ekip yo jwenn li epi ranje l.
report-photos-optional = Foto pa obligatwa, men yo ede ekip yo jwenn pwoblèm nan epi ranje l.
report-photos-limits = Ou ka ajoute jiska { $count } foto nan fòma JPEG, PNG oswa WebP, chak foto jiska { $megabytes } MB. Nou retire enfòmasyon sou kote a ak sou kamera a nan kopi nou kenbe a.
report-photo-label = Chwazi yon foto
report-photo-upload = Voye foto a
report-photo-uploading = N ap voye foto a
report-photo-alt = Foto { $number }
report-photo-remove = Retire foto { $number }
report-photo-has-location = Foto { $number } anrejistre kote yo te pran l.
report-photo-use-location = Sèvi ak kote yo te pran foto { $number }
report-photos-count =
    { $count ->
        [0] Pa gen foto
        [one] { $count } foto
        [many] { $count } foto
       *[other] { $count } foto
    }
report-error-photo-missing = Chwazi yon foto pou voye
report-error-photo-too-large = Foto a dwe pi piti pase { $megabytes } MB
report-error-photo-type = Fichye a dwe yon foto nan fòma JPEG, PNG oswa WebP
report-error-photo-dimensions = Foto a gen twòp piksèl. Chwazi yon foto ki pi piti.
report-error-photo-damaged = Foto a domaje, nou pa ka li l. Chwazi yon lòt foto.
report-error-photo-limit = Ou ka ajoute jiska { $count } foto. Retire youn pou w ka ajoute yon lòt.
report-error-photo-required = Ajoute omwen yon foto
report-error-photo-outside = Kote yo te pran foto sa a deyò Vil Toronto

## Verifye, rapò ki sanble toupre a, epi voye
report-check-heading = Verifye repons ou yo anvan ou voye rapò ou a
report-check-answers = Repons ou yo
report-change = Chanje
report-anonymous = Ou pa bay li: rapò sa a anonim
report-submit-note = Lè ou voye rapò sa a, ou konfime enfòmasyon yo kòrèk dapre sa ou konnen.
report-submit = Voye rapò a
report-nearby-heading = Èske yon moun deja siyale sa?
report-nearby-intro = Demann sa yo ki toujou louvri pou menm pwoblèm nan, yo nan yon distans 250 mèt. Si youn ladan yo se pa w la, swiv li olye ou voye yon nouvo rapò.
report-nearby-distance = Anviwon { $metres } m lwen
report-nearby-reporters =
    { $count ->
        [one] { $count } moun siyale l
        [many] { $count } moun siyale l
       *[other] { $count } moun siyale l
    }
report-me-too = Mwen menm tou: swiv { $number }
report-error-follow = Ou pa ka swiv demann sa a ankò. Voye pwòp rapò pa w pito.
report-sent-heading = Rapò a voye
report-sent-number = Nimewo demann sèvis ou a se
report-sent-next = Kenbe nimewo sa a. Ou ka sèvi avè l pou w wè sa k ap pase apre.
report-sent-track = Swiv demann sa a
report-another = Siyale yon lòt pwoblèm
report-following-heading = W ap swiv { $number }
report-following-body = Nou ajoute w nan demann sa a olye nou kreye yon nouvo. Paj estati li a montre sa k ap pase apre.
