### Prijava problema: stranice /report, njihove pogreške, karta i fotografije.

report-page-title = { $heading } – { -product-name }
report-caption = Prijavite problem
report-unavailable = Obrazac za prijavu trenutačno se ne može prikazati. Pokušajte ponovno za nekoliko minuta.
report-continue = Nastavi
report-optional = { $label } (nije obavezno)

## Odabir usluge
report-choose-heading = Što želite prijaviti?
report-choose-intro = Pretražujte vlastitim riječima ili odaberite jednu od tema u nastavku.
report-start-button = Započnite
report-choose-other = Prijavite nešto drugo
report-not-found-heading = Ne možemo pronaći tu prijavu
report-not-found-body = Poveznica je možda nepotpuna ili pogrešno upisana.
report-start-again = Započnite novu prijavu

## Tko je vlasnik i grafiti motivirani mržnjom
report-owner-question = Tko je vlasnik predmeta na kojem je problem?
report-owner-hint = Potražite logotip ili natpis na njemu. Grad može popraviti samo ono što je u njegovu vlasništvu.
report-owner-city = Grad Toronto, na primjer gradski zid, most, znak ili koš za otpatke
report-owner-unknown = Ne znam
report-owner-bell = Bell Canada: telefonske govornice, stupovi i ormarići tvrtke Bell
report-owner-rogers = Rogers: kabelske kutije i ormarići
report-owner-toronto-hydro = Toronto Hydro: električni stupovi, transformatori i razvodne kutije
report-owner-canada-post = Canada Post: poštanski sandučići i paketomati
report-owner-ttc = TTC: nadstrešnice na stajalištima, postaje i vozila
report-error-owner = Odaberite tko je vlasnik ili „Ne znam“
report-referral-heading = Ovo nije u nadležnosti Grada
report-referral-intro = Grad može popraviti ili očistiti samo ono što je u njegovu vlasništvu pa zahtjev nije izrađen. Prijavite problem vlasniku.
report-referral-bell = Bell Canada: nazovite 1-866-310-2355.
report-referral-rogers = Rogers: nazovite 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: nazovite 416-542-8000. Ako su žice pale ili iskre, držite se na udaljenosti od 10 metara i nazovite 911.
report-referral-canada-post = Canada Post: nazovite 1-866-607-6301.
report-referral-ttc = TTC: nazovite službu za korisnike na 416-393-3030.
report-hate-heading = Grafiti motivirani mržnjom
report-hate-police = Ako su grafiti usmjereni protiv ljudi zbog njihove rase, vjere, etničkog podrijetla, spolne orijentacije, spola ili invaliditeta, najprije ih prijavite policiji Toronta (Toronto Police): nazovite 416-808-2222, broj za situacije koje nisu hitne, ili 911 ako je netko u opasnosti. Policija ih evidentira kao moguće kazneno djelo iz mržnje prije nego što se uklone.
report-hate-then = Zatim ih prijavite ovdje kako bi ih Grad mogao brzo ukloniti.

## Lokacija
report-location-heading = Gdje je problem?
report-location-current = Odabrana lokacija
report-location-address = { $address }, izborna jedinica { $ward }
report-location-pin = Oznaka na { $lat }, { $long }, izborna jedinica { $ward }
report-map-heading = Postavite oznaku na kartu
report-map-hint = Kliknite ili dodirnite kartu na mjestu gdje je problem, a zatim povucite oznaku kako biste je preciznije postavili. Pomoću tipkovnice pomičite kartu tipkama sa strelicama, a zatim odaberite „Postavi oznaku u središte karte“.
report-map-label = Karta
report-map-pin = Lokacija problema
report-map-pin-at = Oznaka postavljena na { $lat }, { $long }
report-map-no-pin = Oznaka još nije postavljena
report-map-locate = Upotrijebi moju lokaciju
report-map-locate-failed = Vaša lokacija nije pronađena. Postavite oznaku na kartu ili upišite adresu.
report-map-centre = Postavi oznaku u središte karte
report-map-use = Upotrijebi lokaciju ove oznake
report-address-heading = Ili upišite adresu ili raskrižje
report-place-label = Ulica, raskrižje ili mjesto
report-place-hint = Na primjer: Queen St W & Spadina Ave ili Nathan Phillips Square
report-place-find = Pronađi
report-place-none = Ništa ne odgovara upitu „{ $query }“. Provjerite jeste li točno napisali ili pokušajte s najbližim raskrižjem.
report-place-choose = Odaberite najbliži rezultat
report-place-use = Upotrijebi ovu lokaciju
report-place-kind-street = Ulica
report-place-kind-intersection = Raskrižje
report-place-kind-place = Mjesto
report-error-outside-city = Ova je lokacija izvan Grada Toronta. Odaberite mjesto unutar grada.
report-error-pin-missing = Postavite oznaku na kartu ili upišite adresu u nastavku
report-error-place-choose = Odaberite jedan od rezultata ili ponovno pretražite
report-error-location-missing = Upišite ulicu, raskrižje ili mjesto ili postavite oznaku na kartu

## Pojedinosti i kontakt
report-details-heading = Opišite nam problem
report-field-description = Opišite problem
report-description-hint = Što vidite i sve što može pomoći ekipama da ga pronađu. Molimo vas da ne navodite osobne podatke.
report-contact-heading = Vaši podaci za kontakt (nije obavezno)
report-contact-hint = Upotrebljavamo ih samo kako bismo vas kontaktirali u vezi s ovom prijavom. Nikada se ne prikazuju javno. Ostavite polja prazna ako želite prijaviti anonimno.
report-field-first-name = Ime
report-field-last-name = Prezime
report-field-email = Adresa e-pošte
report-field-phone = Broj telefona
report-error-missing = Odgovorite na pitanje „{ $field }“
report-error-number = Odgovor na pitanje „{ $field }“ mora biti broj, na primjer 3 ili 2.5
report-error-too-long = Najveći dopušteni broj znakova u odgovoru na pitanje „{ $field }“: { $max }
report-error-choice = Odaberite jedan od ponuđenih odgovora na pitanje „{ $field }“
report-error-datetime = Unesite stvarni datum i vrijeme za „{ $field }“
report-error-email = Unesite adresu e-pošte u ispravnom obliku, na primjer name@example.com
report-error-phone = Unesite broj telefona sa 7 do 15 znamenki, na primjer 416-392-2489

## Fotografije
report-photos-heading = Fotografije
report-photos-required = Za ovu vrstu problema potrebna je barem jedna fotografija. Ona pomaže ekipama da pronađu i otklone problem.
report-photos-optional = Fotografije nisu obavezne, ali pomažu ekipama da pronađu i otklone problem.
report-photos-limits = Možete dodati fotografije (najviše { $count }) u formatu JPEG, PNG ili WebP, svaku do { $megabytes } MB. Iz kopije koju čuvamo uklanjamo podatke o lokaciji i fotoaparatu.
report-photo-label = Odaberite fotografiju
report-photo-upload = Učitaj fotografiju
report-photo-uploading = Fotografija se učitava
report-photo-alt = Fotografija { $number }
report-photo-remove = Ukloni fotografiju { $number }
report-photo-has-location = Fotografija { $number } sadrži podatak o mjestu gdje je snimljena.
report-photo-use-location = Upotrijebi lokaciju fotografije { $number }
report-photos-count =
    { $count ->
        [0] Nema fotografija
        [one] { $count } fotografija
        [few] { $count } fotografije
       *[other] { $count } fotografija
    }
report-error-photo-missing = Odaberite fotografiju za učitavanje
report-error-photo-too-large = Fotografija mora biti manja od { $megabytes } MB
report-error-photo-type = Datoteka mora biti fotografija u formatu JPEG, PNG ili WebP
report-error-photo-dimensions = Fotografija ima previše piksela. Odaberite manju fotografiju.
report-error-photo-damaged = Fotografija je oštećena i ne može se pročitati. Odaberite drugu fotografiju.
report-error-photo-limit = Dosegnuli ste najveći broj fotografija ({ $count }). Uklonite jednu kako biste dodali drugu.
report-error-photo-required = Dodajte barem jednu fotografiju
report-error-photo-outside = Mjesto gdje je ova fotografija snimljena nalazi se izvan Grada Toronta

## Provjera, prijave u blizini i slanje
report-check-heading = Provjerite odgovore prije slanja prijave
report-check-answers = Vaši odgovori
report-change = Promijeni
report-anonymous = Nije navedeno: ova je prijava anonimna
report-submit-note = Slanjem ove prijave potvrđujete da su podaci, koliko vam je poznato, točni.
report-submit = Pošalji prijavu
report-nearby-heading = Je li ovo već prijavljeno?
report-nearby-intro = Ovi otvoreni zahtjevi za isti problem nalaze se u krugu od 250 metara. Ako se neki od njih odnosi na vaš problem, pratite njega umjesto da šaljete novu prijavu.
report-nearby-distance = Udaljeno oko { $metres } m
report-nearby-reporters =
    { $count ->
        [one] Prijavila { $count } osoba
        [few] Prijavile { $count } osobe
       *[other] Prijavilo { $count } osoba
    }
report-me-too = I ja: pratite zahtjev { $number }
report-error-follow = Taj se zahtjev više ne može pratiti. Umjesto toga pošaljite vlastitu prijavu.
report-sent-heading = Prijava je poslana
report-sent-number = Broj vašeg zahtjeva je
report-sent-next = Spremite ovaj broj. Pomoću njega možete vidjeti što se dalje događa.
report-sent-track = Pratite ovaj zahtjev
report-another = Prijavite drugi problem
report-following-heading = Pratite zahtjev { $number }
report-following-body = Dodani ste ovom zahtjevu umjesto da se izradi novi. Na stranici stanja zahtjeva vidjet ćete što se dalje događa.
