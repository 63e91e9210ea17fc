## Chat live: panoul de chat al locuitorului, mesajele lăsate, consola operatorilor și mesajele din chat.

chat-launcher = Discutați pe chat cu 311
chat-panel-heading = Chat live cu 311
chat-close = Închideți chatul
chat-intro = Puneți o întrebare sau cereți ajutor pentru o cerere. Un operator vă răspunde aici imediat ce este liber.
chat-name-label = Numele dumneavoastră (opțional)
chat-topic-label = Cu ce aveți nevoie de ajutor?
chat-topic-hint = De exemplu: gunoiul nu a fost ridicat pe strada mea
chat-start = Începeți chatul
chat-connecting = Se conectează…
chat-reconnecting = Conexiunea s-a întrerupt. Se reconectează… Mesajele dumneavoastră sunt păstrate.
chat-reconnected = Conexiunea a fost restabilită.
chat-queue-next = Sunteți următorul la coadă.
chat-queue-position = Sunteți pe locul { $position } la coadă.
chat-queue-wait =
    { $minutes ->
        [one] Timp de așteptare estimat: aproximativ { $minutes } minut.
        [few] Timp de așteptare estimat: aproximativ { $minutes } minute.
       *[other] Timp de așteptare estimat: aproximativ { $minutes } de minute.
    }
chat-waiting-note = Puteți scrie întrebarea cât timp așteptați. Lăsați această pagină deschisă: chatul nu se închide singur.
chat-log-label = Conversație
chat-message-label = Mesajul dumneavoastră
chat-send = Trimiteți
chat-not-sent = Nu a fost trimis încă. Va fi trimis imediat ce revine conexiunea.
chat-typing-agent = Operatorul scrie…
chat-typing-resident = Locuitorul scrie…
chat-you = Dumneavoastră
chat-resident = Locuitor
chat-end = Încheiați chatul
chat-ended-heading = Chatul s-a încheiat
chat-rate-legend = Cât de util a fost acest chat?
chat-rate-stars =
    { $stars ->
        [one] { $stars } stea
        [few] { $stars } stele
       *[other] { $stars } de stele
    }
chat-rate-submit = Trimiteți evaluarea
chat-rate-thanks = Vă mulțumim pentru evaluare.
chat-transcript-label = Trimiteți-mi transcrierea prin e-mail
chat-transcript-submit = Trimiteți transcrierea
chat-transcript-sent = Transcrierea a fost trimisă la adresa dumneavoastră de e-mail.
chat-new = Începeți un chat nou
chat-about-request = Chat despre această cerere
chat-linked-request = Despre cererea { $number }

chat-page-title = Chat live
chat-page-intro = Discutați live pe chat cu un operator 311 sau lăsați un mesaj și vă vom răspunde prin e-mail sau SMS.
chat-offline-heading = Lăsați un mesaj
chat-offline-intro = Momentan niciun operator nu este disponibil pentru chat. Lăsați un mesaj cu adresa de e-mail sau numărul de telefon, iar un operator vă va răspunde.
chat-offline-email = Adresă de e-mail
chat-offline-phone = Număr de telefon, pentru un răspuns prin SMS
chat-offline-body = Mesajul dumneavoastră
chat-offline-submit = Trimiteți mesajul
chat-offline-sent = Vă mulțumim. Am primit mesajul dumneavoastră, iar un operator vă va răspunde prin e-mail sau SMS.
chat-offline-error-body = Scrieți mesajul
chat-offline-error-body-long = Mesajul poate avea cel mult 2000 de caractere
chat-offline-error-name-long = Numele poate avea cel mult 100 de caractere
chat-offline-error-contact = Introduceți o adresă de e-mail sau un număr de telefon, ca să vă putem răspunde
chat-offline-error-email = Introduceți o adresă de e-mail în formatul corect, de exemplu nume@example.com
chat-offline-error-phone = Introduceți un număr de telefon, de exemplu 416 555 0123

## Evenimente din chat, afișate ambelor părți.

chat-event-joined = { $name } s-a alăturat chatului.
chat-event-transferred = Chatul a fost transferat către { $name }.
chat-event-ended = Chatul s-a încheiat.
chat-event-request = A fost creată pentru dumneavoastră cererea de serviciu { $number }. O puteți urmări cu acest număr.

## De ce nu a fost acceptat ceva trimis în chat.

chat-error-bad-frame = Conținutul nu a putut fi citit. Reîncărcați pagina și încercați din nou.
chat-error-too-long = Mesajul este prea lung. Poate avea cel mult 2000 de caractere.
chat-error-too-fast = Trimiteți mesaje foarte repede. Așteptați puțin, apoi trimiteți din nou.
chat-error-empty = Scrieți un mesaj înainte de a-l trimite.
chat-error-topic-missing = Scrieți cu ce aveți nevoie de ajutor.
chat-error-already-started = Acest chat a început deja.
chat-error-unknown-chat = Chatul nu a fost găsit. Începeți un chat nou.
chat-error-no-chat = Mai întâi începeți un chat.
chat-error-chat-ended = Acest chat s-a încheiat. Începeți un chat nou ca să trimiteți alte mesaje.
chat-error-bad-rating = Alegeți între 1 și 5 stele.
chat-error-not-ended = Puteți evalua chatul după ce se încheie.
chat-error-bad-email = Introduceți o adresă de e-mail în formatul corect, de exemplu nume@example.com
chat-error-agents-only = Doar operatorii pot face acest lucru.
chat-error-residents-only = Doar locuitorii pot face acest lucru.
chat-error-not-yours = Acest chat nu vă este atribuit.
chat-error-at-limit = Aveți deja deschise toate chaturile pe care le puteți prelua. Încheiați mai întâi unul.
chat-error-taken = Un alt operator a preluat acest chat sau chatul s-a încheiat.
chat-error-agent-unavailable = Acest operator nu mai este online. Alegeți altul.
chat-error-unavailable = Chatul nu este disponibil acum. Încercați din nou peste câteva minute sau sunați la 311.

## Răspunsuri predefinite trimise de operatori, în limba locuitorului.

chat-canned-greeting = Bună ziua, vă mulțumim că ați contactat 311 Toronto. Cu ce vă pot ajuta astăzi?
chat-canned-one-moment = Un moment, vă rog, verific imediat.
chat-canned-more-details = Îmi puteți spune mai multe despre problemă?
chat-canned-location = Unde se află exact problema? O adresă sau cea mai apropiată intersecție ne ajută.
chat-canned-request-filed = Am creat o cerere de serviciu pentru dumneavoastră. O puteți urmări cu numărul afișat în acest chat.
chat-canned-goodbye = Vă mulțumim că ați contactat 311. Vă mai pot ajuta cu altceva?

## Consola operatorilor, la /agent.

agent-page-heading = Consola de chat
agent-status-connected = Conectat. Sunteți online pentru chaturi.
agent-status-reconnecting = Conexiunea s-a întrerupt. Se reconectează…
agent-queue-heading = Chaturi în așteptare
agent-queue-empty = Nu există chaturi în așteptare.
agent-queue-topic = Subiect
agent-queue-language = Limbă
agent-queue-waiting = Așteptare
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }
agent-queue-fallback = Nu este una dintre limbile dumneavoastră
agent-accept = Acceptați
agent-load = Chaturi deschise: { $active } din { $limit }
agent-chats-heading = Chaturile dumneavoastră
agent-no-chats = Acceptați un chat din coadă pentru a începe.
agent-chat-with = Chat cu { $name }
agent-chat-language = Limbă: { $language }
agent-chat-topic = Subiect: { $topic }
agent-canned-label = Răspuns predefinit
agent-canned-choose = Alegeți un răspuns
agent-canned-insert = Folosiți acest răspuns
agent-reply-label = Răspuns
agent-send = Trimiteți
agent-add-note = Adăugați ca notă internă
agent-note = Notă internă
agent-transfer-label = Transferați către
agent-transfer = Transferați
agent-transfer-none = Niciun alt operator nu este online.
agent-end = Încheiați chatul
agent-ended = Acest chat s-a încheiat.
agent-close = Închideți
agent-request-heading = Creați o cerere de serviciu
agent-request-service = Tipul serviciului
agent-request-place = Locația: stradă, intersecție sau loc
agent-request-description = Descriere
agent-request-submit = Deschideți formularul de semnalare
agent-request-hint = Formularul de semnalare se deschide completat cu datele din acest chat. Verificați-l și trimiteți-l; numărul cererii este afișat în chat.
agent-cases-heading = Mesaje lăsate când nimeni nu putea prelua chatul
agent-cases-empty = Niciun mesaj nu așteaptă răspuns.
agent-case-from = De la { $name }, { $contact }
agent-case-reply = Răspunsul dumneavoastră
agent-case-send = Trimiteți răspunsul
agent-case-answered = Răspunsul dumneavoastră a fost trimis.
agent-error-reply = Introduceți un răspuns de cel mult 2000 de caractere.
agent-error-answered = Acest mesaj a primit deja răspuns.
agent-error-not-yours = Acest chat nu vă mai este atribuit.
agent-error-service = Alegeți tipul serviciului.
staff-chat-transcripts = Transcrieri ale chaturilor

## Mesaje trimise prin e-mail sau SMS.

notify-chat-transcript-subject = Chatul dumneavoastră cu 311 Toronto
notify-chat-transcript-email = Iată transcrierea chatului dumneavoastră cu 311 Toronto, așa cum ați solicitat.
notify-chat-reply-subject = Un răspuns la mesajul dumneavoastră către 311 Toronto
notify-chat-reply-email =
    Ați lăsat un mesaj pentru 311 Toronto. Un operator a răspuns:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
