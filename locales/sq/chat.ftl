## Biseda e drejtpërdrejtë: paneli i bisedës për banorin, lënia e një mesazhi, konsola e operatorëve dhe mesazhet e bisedës.

chat-launcher = Bisedoni me 311
chat-panel-heading = Bisedë e drejtpërdrejtë me 311
chat-close = Mbyll bisedën
chat-intro = Bëni një pyetje ose merrni ndihmë për një kërkesë. Një operator do t’ju përgjigjet këtu sapo të jetë i lirë.
chat-name-label = Emri juaj (opsional)
chat-topic-label = Për çfarë keni nevojë për ndihmë?
chat-topic-hint = Për shembull: nuk u morën mbeturinat në rrugën time
chat-start = Fillo bisedën
chat-connecting = Po lidhet…
chat-reconnecting = Lidhja u ndërpre. Po lidhet përsëri… Mesazhet tuaja ruhen.
chat-reconnected = U lidhët përsëri.
chat-queue-next = Jeni të parët në radhë.
chat-queue-position = Jeni numri { $position } në radhë.
chat-queue-wait =
    { $minutes ->
        [one] Pritja e parashikuar: rreth { $minutes } minutë.
       *[other] Pritja e parashikuar: rreth { $minutes } minuta.
    }
chat-waiting-note = Mund ta shkruani pyetjen ndërsa prisni. Mbajeni këtë faqe të hapur: biseda nuk mbyllet vetë.
chat-log-label = Biseda
chat-message-label = Mesazhi juaj
chat-send = Dërgo
chat-not-sent = Nuk është dërguar ende. Do të dërgohet sapo të kthehet lidhja.
chat-typing-agent = Operatori po shkruan…
chat-typing-resident = Banori po shkruan…
chat-you = Ju
chat-resident = Banori
chat-end = Përfundo bisedën
chat-ended-heading = Biseda përfundoi
chat-rate-legend = Sa ju ndihmoi kjo bisedë?
chat-rate-stars =
    { $stars ->
        [one] { $stars } yll
       *[other] { $stars } yje
    }
chat-rate-submit = Dërgo vlerësimin
chat-rate-thanks = Faleminderit për vlerësimin tuaj.
chat-transcript-label = Më dërgoni me email tekstin e bisedës
chat-transcript-submit = Dërgo tekstin e bisedës
chat-transcript-sent = Teksti i bisedës po ju dërgohet me email.
chat-new = Fillo një bisedë të re
chat-about-request = Bisedoni për këtë kërkesë
chat-linked-request = Për kërkesën { $number }

chat-page-title = Bisedë e drejtpërdrejtë
chat-page-intro = Bisedoni drejtpërdrejt me një operator të 311, ose lini një mesazh dhe ne do t’ju përgjigjemi me email ose me SMS.
chat-offline-heading = Lini një mesazh
chat-offline-intro = Tani nuk ka asnjë operator të lirë për bisedë. Lini një mesazh me adresën tuaj të emailit ose numrin e telefonit dhe një operator do t’ju përgjigjet.
chat-offline-email = Adresa e emailit
chat-offline-phone = Numri i telefonit, për përgjigje me SMS
chat-offline-body = Mesazhi juaj
chat-offline-submit = Dërgo mesazhin
chat-offline-sent = Faleminderit. Mesazhin tuaj e morëm dhe një operator do t’ju përgjigjet me email ose me SMS.
chat-offline-error-body = Shkruani mesazhin tuaj
chat-offline-error-body-long = Mesazhi juaj duhet të ketë jo më shumë se 2000 karaktere
chat-offline-error-name-long = Emri juaj duhet të ketë jo më shumë se 100 karaktere
chat-offline-error-contact = Shkruani një adresë emaili ose një numër telefoni që të mund t’ju përgjigjemi
chat-offline-error-email = Shkruani një adresë emaili në formatin e duhur, si name@example.com
chat-offline-error-phone = Shkruani një numër telefoni, si 416 555 0123

## Ngjarjet e bisedës, që i shohin të dyja palët.

chat-event-joined = { $name } hyri në bisedë.
chat-event-transferred = Biseda kaloi te { $name }.
chat-event-ended = Biseda përfundoi.
chat-event-request = U krijua për ju kërkesa e shërbimit { $number }. Mund ta ndiqni me këtë numër.

## Pse diçka e dërguar në bisedë nuk u pranua.

chat-error-bad-frame = Kjo nuk mund të lexohej. Ringarkoni faqen dhe provoni përsëri.
chat-error-too-long = Mesazhi juaj është shumë i gjatë. Duhet të ketë jo më shumë se 2000 karaktere.
chat-error-too-fast = Po dërgoni mesazhe shumë shpejt. Prisni pak, pastaj dërgojeni përsëri.
chat-error-empty = Shkruani një mesazh para se ta dërgoni.
chat-error-topic-missing = Shkruani për çfarë keni nevojë për ndihmë.
chat-error-already-started = Kjo bisedë ka filluar tashmë.
chat-error-unknown-chat = Kjo bisedë nuk u gjet. Filloni një bisedë të re.
chat-error-no-chat = Filloni fillimisht një bisedë.
chat-error-chat-ended = Kjo bisedë ka përfunduar. Filloni një bisedë të re për të dërguar mesazhe të tjera.
chat-error-bad-rating = Zgjidhni nga 1 deri në 5 yje.
chat-error-not-ended = Mund ta vlerësoni bisedën pasi të ketë përfunduar.
chat-error-bad-email = Shkruani një adresë emaili në formatin e duhur, si name@example.com
chat-error-agents-only = Këtë mund ta bëjnë vetëm operatorët.
chat-error-residents-only = Këtë mund ta bëjnë vetëm banorët.
chat-error-not-yours = Kjo bisedë nuk ju është caktuar.
chat-error-at-limit = Keni të hapura aq biseda sa mund të merrni. Përfundoni fillimisht njërën.
chat-error-taken = Një operator tjetër e mori këtë bisedë, ose ajo ka përfunduar.
chat-error-agent-unavailable = Ky operator nuk është më në linjë. Zgjidhni një tjetër.
chat-error-unavailable = Biseda nuk është e disponueshme tani. Provoni përsëri pas disa minutash ose telefononi 311.

## Përgjigje të gatshme që dërgojnë operatorët, në gjuhën e banorit.

chat-canned-greeting = Përshëndetje, faleminderit që kontaktuat 311 Toronto. Si mund t’ju ndihmoj sot?
chat-canned-one-moment = Një moment, ju lutem, sa ta shikoj.
chat-canned-more-details = A mund të më tregoni pak më shumë për problemin?
chat-canned-location = Ku ndodhet saktësisht problemi? Na ndihmon një adresë ose kryqëzimi më i afërt.
chat-canned-request-filed = Krijova një kërkesë shërbimi për ju. Mund ta ndiqni me numrin që shfaqet në këtë bisedë.
chat-canned-goodbye = Faleminderit që kontaktuat 311. A mund t’ju ndihmoj me diçka tjetër?

## Konsola e operatorëve, në /agent.

agent-page-heading = Konsola e bisedave
agent-status-connected = U lidhët. Jeni në linjë për biseda.
agent-status-reconnecting = Lidhja u ndërpre. Po lidhet përsëri…
agent-queue-heading = Bisedat në pritje
agent-queue-empty = Nuk ka biseda në pritje.
agent-queue-topic = Tema
agent-queue-language = Gjuha
agent-queue-waiting = Në pritje
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } minutë
       *[other] { $minutes } minuta
    }
agent-queue-fallback = Nuk është një nga gjuhët tuaja
agent-accept = Prano
agent-load = Biseda të hapura: { $active } nga { $limit }
agent-chats-heading = Bisedat tuaja
agent-no-chats = Pranoni një bisedë nga radha për të filluar.
agent-chat-with = Bisedë me { $name }
agent-chat-language = Gjuha: { $language }
agent-chat-topic = Tema: { $topic }
agent-canned-label = Përgjigje e gatshme
agent-canned-choose = Zgjidhni një përgjigje
agent-canned-insert = Përdore këtë përgjigje
agent-reply-label = Përgjigja
agent-send = Dërgo
agent-add-note = Shto si shënim të brendshëm
agent-note = Shënim i brendshëm
agent-transfer-label = Kaloje te
agent-transfer = Kalo
agent-transfer-none = Nuk ka asnjë operator tjetër në linjë.
agent-end = Përfundo bisedën
agent-ended = Kjo bisedë ka përfunduar.
agent-close = Mbyll
agent-request-heading = Krijoni një kërkesë shërbimi
agent-request-service = Lloji i shërbimit
agent-request-place = Vendndodhja: rrugë, kryqëzim ose vend
agent-request-description = Përshkrimi
agent-request-submit = Hap formularin e raportit
agent-request-hint = Formulari i raportit hapet i plotësuar me të dhënat e kësaj bisede. Kontrollojeni dhe dërgojeni; numri i kërkesës shfaqet në bisedë.
agent-cases-heading = Mesazhe të lëna kur askush nuk mund të bisedonte
agent-cases-empty = Nuk ka mesazhe që presin përgjigje.
agent-case-from = Nga { $name }, { $contact }
agent-case-reply = Përgjigja juaj
agent-case-send = Dërgo përgjigjen
agent-case-answered = Përgjigja juaj u dërgua.
agent-error-reply = Shkruani një përgjigje me jo më shumë se 2000 karaktere.
agent-error-answered = Këtij mesazhi i është përgjigjur tashmë.
agent-error-not-yours = Kjo bisedë nuk ju është caktuar më.
agent-error-service = Zgjidhni një lloj shërbimi.
staff-chat-transcripts = Tekstet e bisedave

## Mesazhe të dërguara me email ose me SMS.

notify-chat-transcript-subject = Biseda juaj me 311 Toronto
notify-chat-transcript-email = Ja teksti i bisedës suaj me 311 Toronto, siç e kërkuat.
notify-chat-reply-subject = Një përgjigje për mesazhin tuaj drejtuar 311 Toronto
notify-chat-reply-email =
    Latë një mesazh për 311 Toronto. Një operator u përgjigj:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
