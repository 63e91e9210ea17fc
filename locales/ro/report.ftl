### Semnalarea unei probleme: paginile /report, erorile lor, harta și fotografiile.

report-page-title = { $heading } – { -product-name }
report-caption = Semnalați o problemă
report-unavailable = Formularul de semnalare nu poate fi afișat acum. Vă rugăm să încercați din nou peste câteva minute.
report-continue = Continuați
report-optional = { $label } (opțional)

## Alegerea serviciului
report-choose-heading = Ce doriți să semnalați?
report-choose-intro = Căutați cu propriile cuvinte sau alegeți unul dintre subiectele de mai jos.
report-start-button = Începeți acum
report-choose-other = Semnalați altceva
report-not-found-heading = Nu găsim această semnalare
report-not-found-body = Este posibil ca linkul să fie incomplet sau scris greșit.
report-start-again = Începeți o semnalare nouă

## Cui aparține obiectul și graffiti motivate de ură
report-owner-question = Cui aparține obiectul cu problema?
report-owner-hint = Căutați pe el un logo sau o etichetă. Primăria poate repara doar ce îi aparține.
report-owner-city = Primăria Toronto, de exemplu un zid, un pod, un indicator sau un coș de gunoi al orașului
report-owner-unknown = Nu știu
report-owner-bell = Bell Canada: cabine telefonice, stâlpi și dulapuri Bell
report-owner-rogers = Rogers: cutii și dulapuri de cablu
report-owner-toronto-hydro = Toronto Hydro: stâlpi electrici, transformatoare și cutii electrice
report-owner-canada-post = Canada Post: cutii poștale și dulapuri pentru colete
report-owner-ttc = TTC: adăposturi din stații, stații de metrou și vehicule de transport în comun
report-error-owner = Alegeți cui aparține sau „Nu știu”
report-referral-heading = Reparația nu este în grija Primăriei
report-referral-intro = Primăria poate repara sau curăța doar ce îi aparține, așa că nu a fost creată nicio cerere de serviciu. Vă rugăm să semnalați problema proprietarului.
report-referral-bell = Bell Canada: sunați la 1-866-310-2355.
report-referral-rogers = Rogers: sunați la 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: sunați la 416-542-8000. Dacă firele sunt căzute sau scot scântei, stați la 10 metri distanță și sunați la 911.
report-referral-canada-post = Canada Post: sunați la 1-866-607-6301.
report-referral-ttc = TTC: sunați la Serviciul Clienți, la 416-393-3030.
report-hate-heading = Graffiti motivate de ură
report-hate-police = Dacă graffitiul vizează persoane din cauza rasei, religiei, originii etnice, orientării sexuale, genului sau dizabilității lor, semnalați-l mai întâi Poliției din Toronto (Toronto Police): sunați la 416-808-2222, linia pentru situații care nu sunt urgențe, sau la 911 dacă cineva este în pericol. Poliția îl înregistrează ca posibilă infracțiune motivată de ură înainte de a fi îndepărtat.
report-hate-then = Apoi semnalați-l aici, pentru ca Primăria să îl poată îndepărta rapid.

## Locația
report-location-heading = Unde este problema?
report-location-current = Locația aleasă
report-location-address = { $address }, Circumscripția { $ward }
report-location-pin = Marcaj la { $lat }, { $long }, Circumscripția { $ward }
report-map-heading = Puneți un marcaj pe hartă
report-map-hint = Faceți clic sau atingeți harta în locul unde este problema, apoi trageți marcajul ca să îl ajustați. De la tastatură, mutați harta cu tastele săgeți, apoi alegeți „Puneți marcajul în centrul hărții”.
report-map-label = Hartă
report-map-pin = Locul problemei
report-map-pin-at = Marcaj pus la { $lat }, { $long }
report-map-no-pin = Încă nu ați pus niciun marcaj
report-map-locate = Folosiți locația mea
report-map-locate-failed = Locația dumneavoastră nu a putut fi găsită. Puneți marcajul pe hartă sau introduceți o adresă.
report-map-centre = Puneți marcajul în centrul hărții
report-map-use = Folosiți locația acestui marcaj
report-address-heading = Sau introduceți o adresă sau o intersecție
report-place-label = Stradă, intersecție sau loc
report-place-hint = De exemplu: Queen St W & Spadina Ave sau Nathan Phillips Square
report-place-find = Căutați
report-place-none = Nimic nu corespunde căutării „{ $query }”. Verificați scrierea sau încercați cea mai apropiată intersecție.
report-place-choose = Alegeți rezultatul cel mai potrivit
report-place-use = Folosiți această locație
report-place-kind-street = Stradă
report-place-kind-intersection = Intersecție
report-place-kind-place = Loc
report-error-outside-city = Această locație este în afara orașului Toronto. Alegeți un loc din oraș.
report-error-pin-missing = Puneți un marcaj pe hartă sau introduceți mai jos o adresă
report-error-place-choose = Alegeți unul dintre rezultate sau căutați din nou
report-error-location-missing = Introduceți o stradă, o intersecție sau un loc ori puneți un marcaj pe hartă

## Detalii și date de contact
report-details-heading = Spuneți-ne despre problemă
report-field-description = Descrieți problema
report-description-hint = Ce vedeți și orice ar ajuta echipele să o găsească. Vă rugăm să nu includeți date personale.
report-contact-heading = Datele dumneavoastră de contact (opțional)
report-contact-hint = Le folosim doar ca să vă contactăm în legătură cu această semnalare. Nu sunt afișate niciodată public. Lăsați câmpurile goale dacă doriți să semnalați anonim.
report-field-first-name = Prenume
report-field-last-name = Nume de familie
report-field-email = Adresă de e-mail
report-field-phone = Număr de telefon
report-error-missing = Răspundeți la întrebarea „{ $field }”
report-error-number = Răspunsul la „{ $field }” trebuie să fie un număr, de exemplu 3 sau 2.5
report-error-too-long = Răspunsul la „{ $field }” este prea lung: numărul maxim de caractere este { $max }
report-error-choice = Alegeți unul dintre răspunsurile din listă pentru „{ $field }”
report-error-datetime = Introduceți o dată și o oră valide pentru „{ $field }”
report-error-email = Introduceți o adresă de e-mail în formatul corect, de exemplu nume@example.com
report-error-phone = Introduceți un număr de telefon cu 7 până la 15 cifre, de exemplu 416-392-2489

## Fotografii
report-photos-heading = Fotografii
report-photos-required = Pentru acest tip de problemă este nevoie de cel puțin o fotografie. Ea ajută echipele să găsească și să rezolve problema.
report-photos-optional = Fotografiile sunt opționale, dar ajută echipele să găsească și să rezolve problema.
report-photos-limits = Puteți adăuga fotografii în format JPEG, PNG sau WebP, de cel mult { $megabytes } MB fiecare. Numărul maxim de fotografii este { $count }. Din copia pe care o păstrăm eliminăm locația și datele despre aparatul foto.
report-photo-label = Alegeți o fotografie
report-photo-upload = Încărcați fotografia
report-photo-uploading = Se încarcă fotografia
report-photo-alt = Fotografia { $number }
report-photo-remove = Eliminați fotografia { $number }
report-photo-has-location = Fotografia { $number } conține locul unde a fost făcută.
report-photo-use-location = Folosiți locația fotografiei { $number }
report-photos-count =
    { $count ->
        [0] Nicio fotografie
        [one] { $count } fotografie
        [few] { $count } fotografii
       *[other] { $count } de fotografii
    }
report-error-photo-missing = Alegeți o fotografie pentru încărcare
report-error-photo-too-large = Fotografia trebuie să aibă mai puțin de { $megabytes } MB
report-error-photo-type = Fișierul trebuie să fie o fotografie în format JPEG, PNG sau WebP
report-error-photo-dimensions = Fotografia are prea mulți pixeli. Alegeți o fotografie mai mică.
report-error-photo-damaged = Fotografia este deteriorată și nu poate fi citită. Alegeți altă fotografie.
report-error-photo-limit = Ați atins numărul maxim de fotografii ({ $count }). Eliminați una ca să adăugați alta.
report-error-photo-required = Adăugați cel puțin o fotografie
report-error-photo-outside = Locul unde a fost făcută această fotografie este în afara orașului Toronto

## Verificare, semnalări din apropiere și trimitere
report-check-heading = Verificați răspunsurile înainte de a trimite semnalarea
report-check-answers = Răspunsurile dumneavoastră
report-change = Modificați
report-anonymous = Nu au fost furnizate: această semnalare este anonimă
report-submit-note = Prin trimiterea acestei semnalări confirmați că informațiile sunt corecte, după cunoștința dumneavoastră.
report-submit = Trimiteți semnalarea
report-nearby-heading = A mai fost semnalată această problemă?
report-nearby-intro = Aceste cereri deschise pentru aceeași problemă se află la mai puțin de 250 de metri. Dacă una dintre ele este a dumneavoastră, urmăriți-o în loc să trimiteți o semnalare nouă.
report-nearby-distance = La aproximativ { $metres } m
report-nearby-reporters =
    { $count ->
        [one] Semnalată de { $count } persoană
        [few] Semnalată de { $count } persoane
       *[other] Semnalată de { $count } de persoane
    }
report-me-too = Și eu: urmăriți { $number }
report-error-follow = Cererea respectivă nu mai poate fi urmărită. Trimiteți în schimb propria semnalare.
report-sent-heading = Semnalare trimisă
report-sent-number = Numărul cererii dumneavoastră de serviciu este
report-sent-next = Păstrați acest număr. Cu el puteți vedea ce se întâmplă mai departe.
report-sent-track = Urmăriți această cerere
report-another = Semnalați altă problemă
report-following-heading = Urmăriți cererea { $number }
report-following-body = Semnalarea dumneavoastră a fost adăugată la această cerere, în loc să fie creată una nouă. Pagina de stare a cererii arată ce se întâmplă mai departe.
