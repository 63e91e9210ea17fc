## Razgovor uživo: ploča za razgovor za građane, ostavljanje poruke, konzola operatera i poruke u razgovoru.

chat-launcher = Razgovarajte s 311
chat-panel-heading = Razgovor uživo s 311
chat-close = Zatvori razgovor
chat-intro = Postavite pitanje ili zatražite pomoć u vezi sa zahtjevom. Operater će vam odgovoriti ovdje čim bude slobodan.
chat-name-label = Vaše ime (nije obavezno)
chat-topic-label = S čime vam je potrebna pomoć?
chat-topic-hint = Na primjer: u mojoj ulici nije odvezen otpad
chat-start = Započni razgovor
chat-connecting = Povezivanje…
chat-reconnecting = Veza je prekinuta. Ponovno povezivanje… Vaše su poruke sačuvane.
chat-reconnected = Veza je ponovno uspostavljena.
chat-queue-next = Vi ste sljedeći na redu.
chat-queue-position = Vaš redni broj u redu čekanja: { $position }.
chat-queue-wait =
    { $minutes ->
        [one] Procijenjeno vrijeme čekanja: otprilike { $minutes } minuta.
        [few] Procijenjeno vrijeme čekanja: otprilike { $minutes } minute.
       *[other] Procijenjeno vrijeme čekanja: otprilike { $minutes } minuta.
    }
chat-waiting-note = Dok čekate, možete upisati svoje pitanje. Ne zatvarajte ovu stranicu: razgovor se neće sam zatvoriti.
chat-log-label = Tijek razgovora
chat-message-label = Vaša poruka
chat-send = Pošalji
chat-not-sent = Još nije poslano. Bit će poslano čim se veza vrati.
chat-typing-agent = Operater piše…
chat-typing-resident = Građanin piše…
chat-you = Vi
chat-resident = Građanin
chat-end = Završi razgovor
chat-ended-heading = Razgovor je završen
chat-rate-legend = Koliko vam je ovaj razgovor pomogao?
chat-rate-stars =
    { $stars ->
        [one] { $stars } zvjezdica
        [few] { $stars } zvjezdice
       *[other] { $stars } zvjezdica
    }
chat-rate-submit = Pošalji ocjenu
chat-rate-thanks = Hvala vam na ocjeni.
chat-transcript-label = Pošaljite mi zapis razgovora e-poštom
chat-transcript-submit = Pošalji zapis razgovora
chat-transcript-sent = Zapis razgovora šalje se na vašu adresu e-pošte.
chat-new = Započni novi razgovor
chat-about-request = Razgovor o ovom zahtjevu
chat-linked-request = U vezi sa zahtjevom { $number }

chat-page-title = Razgovor uživo
chat-page-intro = Razgovarajte uživo s operaterom 311 ili ostavite poruku, a mi ćemo vam odgovoriti e-poštom ili SMS-om.
chat-offline-heading = Ostavite poruku
chat-offline-intro = Trenutačno nijedan operater nije dostupan za razgovor. Ostavite poruku sa svojom adresom e-pošte ili brojem telefona i operater će vam odgovoriti.
chat-offline-email = Adresa e-pošte
chat-offline-phone = Broj telefona, za odgovor SMS-om
chat-offline-body = Vaša poruka
chat-offline-submit = Pošalji poruku
chat-offline-sent = Hvala vam. Primili smo vašu poruku i operater će vam odgovoriti e-poštom ili SMS-om.
chat-offline-error-body = Upišite poruku
chat-offline-error-body-long = Poruka smije imati najviše 2000 znakova
chat-offline-error-name-long = Ime smije imati najviše 100 znakova
chat-offline-error-contact = Upišite adresu e-pošte ili broj telefona kako bismo vam mogli odgovoriti
chat-offline-error-email = Unesite adresu e-pošte u ispravnom obliku, na primjer name@example.com
chat-offline-error-phone = Unesite broj telefona, na primjer 416 555 0123

## Događaji u razgovoru, vidljivi objema stranama.

chat-event-joined = { $name } sada sudjeluje u razgovoru.
chat-event-transferred = Razgovor je proslijeđen operateru { $name }.
chat-event-ended = Razgovor je završen.
chat-event-request = Za vas je otvoren zahtjev { $number }. Pomoću tog broja možete pratiti što se s njim događa.

## Zašto nešto poslano u razgovoru nije prihvaćeno.

chat-error-bad-frame = To se nije moglo pročitati. Ponovno učitajte stranicu i pokušajte ponovno.
chat-error-too-long = Vaša je poruka preduga. Smije imati najviše 2000 znakova.
chat-error-too-fast = Šaljete poruke vrlo brzo. Pričekajte trenutak, a zatim pošaljite ponovno.
chat-error-empty = Upišite poruku prije slanja.
chat-error-topic-missing = Upišite s čime vam je potrebna pomoć.
chat-error-already-started = Ovaj je razgovor već započeo.
chat-error-unknown-chat = Taj razgovor nije pronađen. Započnite novi razgovor.
chat-error-no-chat = Najprije započnite razgovor.
chat-error-chat-ended = Ovaj je razgovor završen. Započnite novi razgovor kako biste poslali još poruka.
chat-error-bad-rating = Odaberite od 1 do 5 zvjezdica.
chat-error-not-ended = Razgovor možete ocijeniti kada završi.
chat-error-bad-email = Unesite adresu e-pošte u ispravnom obliku, na primjer name@example.com
chat-error-agents-only = To mogu učiniti samo operateri.
chat-error-residents-only = To mogu učiniti samo građani.
chat-error-not-yours = Taj razgovor nije dodijeljen vama.
chat-error-at-limit = Već imate otvoreno najviše razgovora koje možete preuzeti. Najprije završite jedan.
chat-error-taken = Drugi je operater preuzeo taj razgovor ili je razgovor završen.
chat-error-agent-unavailable = Taj operater više nije na mreži. Odaberite drugoga.
chat-error-unavailable = Razgovor trenutačno nije dostupan. Pokušajte ponovno za nekoliko minuta ili nazovite 311.

## Gotovi odgovori koje operateri šalju na jeziku građanina.

chat-canned-greeting = Dobar dan, hvala što ste se obratili 311 Toronto. Kako vam mogu pomoći?
chat-canned-one-moment = Trenutak, molim, provjeravam.
chat-canned-more-details = Možete li mi reći nešto više o problemu?
chat-canned-location = Gdje se točno nalazi problem? Pomoći će adresa ili najbliže raskrižje.
chat-canned-request-filed = Za vas je otvoren zahtjev. Možete ga pratiti pomoću broja objavljenog u ovom razgovoru.
chat-canned-goodbye = Hvala što ste se obratili 311. Mogu li vam još nečim pomoći?

## Konzola operatera na adresi /agent.

agent-page-heading = Konzola za razgovore
agent-status-connected = Povezano. Dostupni ste za razgovore.
agent-status-reconnecting = Veza je prekinuta. Ponovno povezivanje…
agent-queue-heading = Razgovori na čekanju
agent-queue-empty = Nema razgovora na čekanju.
agent-queue-topic = Tema
agent-queue-language = Jezik
agent-queue-waiting = Čeka
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minute
       *[other] { $minutes } minuta
    }
agent-queue-fallback = Nije jedan od vaših jezika
agent-accept = Prihvati
agent-load = Otvoreni razgovori: { $active } od { $limit }
agent-chats-heading = Vaši razgovori
agent-no-chats = Prihvatite razgovor iz reda čekanja kako biste započeli.
agent-chat-with = Razgovor: { $name }
agent-chat-language = Jezik: { $language }
agent-chat-topic = Tema: { $topic }
agent-canned-label = Gotov odgovor
agent-canned-choose = Odaberite odgovor
agent-canned-insert = Upotrijebi ovaj odgovor
agent-reply-label = Odgovor
agent-send = Pošalji
agent-add-note = Dodaj kao internu napomenu
agent-note = Interna napomena
agent-transfer-label = Proslijedi operateru
agent-transfer = Proslijedi
agent-transfer-none = Nijedan drugi operater nije na mreži.
agent-end = Završi razgovor
agent-ended = Ovaj je razgovor završen.
agent-close = Zatvori
agent-request-heading = Otvaranje zahtjeva
agent-request-service = Vrsta usluge
agent-request-place = Lokacija: ulica, raskrižje ili mjesto
agent-request-description = Opis
agent-request-submit = Otvori obrazac za prijavu
agent-request-hint = Obrazac za prijavu otvara se ispunjen podacima iz ovog razgovora. Provjerite ga i pošaljite; broj zahtjeva bit će objavljen u razgovoru.
agent-cases-heading = Poruke ostavljene dok nitko nije bio dostupan za razgovor
agent-cases-empty = Nema poruka koje čekaju odgovor.
agent-case-from = Od: { $name }, { $contact }
agent-case-reply = Vaš odgovor
agent-case-send = Pošalji odgovor
agent-case-answered = Vaš je odgovor poslan.
agent-error-reply = Upišite odgovor od najviše 2000 znakova.
agent-error-answered = Na tu je poruku već odgovoreno.
agent-error-not-yours = Taj vam razgovor više nije dodijeljen.
agent-error-service = Odaberite vrstu usluge.
staff-chat-transcripts = Zapisi razgovora

## Poruke koje se šalju e-poštom ili SMS-om.

notify-chat-transcript-subject = Vaš razgovor s 311 Toronto
notify-chat-transcript-email = Kao što ste zatražili, šaljemo vam zapis vašeg razgovora s 311 Toronto.
notify-chat-reply-subject = Odgovor na vašu poruku za 311 Toronto
notify-chat-reply-email =
    Ostavili ste poruku za 311 Toronto. Ovo je odgovor operatera:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
