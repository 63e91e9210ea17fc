## Értesítések egy kérelemről e-mailben vagy SMS-ben: a kérelem oldalán lévő űrlapok, a
## leiratkozási oldal és maguk az üzenetek. Az üzenetek egyszerű szövegek; $number az ügyszám,
## például 2026-000123, $service a szolgáltatás neve, $status az állapot neve.

updates-heading = Értesítések kérése
updates-intro = Minden alkalommal értesíthetjük, amikor ennek a kérelemnek az állapota változik. Előbb küldünk egy kódot, hogy ellenőrizzük, valóban Önhöz tartozik-e a cím vagy a telefonszám.
updates-email-label = E-mail-cím
updates-email-hint = Csak az ezzel a kérelemmel kapcsolatos értesítésekhez használjuk.
updates-email-button = Értesítést kérek e-mailben
updates-phone-label = Mobiltelefonszám
updates-phone-hint = Például 416 555 0123. A mobilszolgáltatója díjat számíthat fel az üzenetekért.
updates-phone-button = Értesítést kérek SMS-ben
updates-code-sent-email = Elküldtünk egy 6 jegyű kódot erre a címre: { $address }.
updates-code-sent-sms = SMS-ben elküldtünk egy 6 jegyű kódot erre a számra: { $address }.
updates-code-label = Kód
updates-code-hint = A kód a kiküldése után 15 percig érvényes.
updates-confirm-button = Megerősítés
updates-resend-button = Új kód küldése
updates-resent = Új kódot küldtünk. Csak a legutóbbi kód érvényes.
updates-on = Értesítéseket fog kapni erről a kérelemről. Minden üzenetben talál egy linket, amellyel leiratkozhat.
updates-already = Erre a címre vagy számra már érkeznek értesítések erről a kérelemről.
updates-error-email = Adjon meg egy e-mail-címet, például name@example.com
updates-error-phone = Adjon meg egy mobilszámot a körzetszámmal együtt, például 416 555 0123
updates-error-too-many = Rövid időn belül több kódot is kért. Használja a legutóbb küldött kódot, vagy próbálja újra egy óra múlva.
updates-error-code-format = Adja meg az általunk küldött üzenetben szereplő 6 jegyű kódot
updates-error-code-wrong = A kód nem megfelelő. Nézze meg a legutóbb küldött üzenetünket, és próbálja újra.
updates-error-code-expired = A kód lejárt. Kérjen új kódot.
updates-error-code-attempts = A kódot túl sokszor adták meg hibásan. Kérjen új kódot.
updates-error-unknown = Ez a kód már nem használható. Kérje újra az értesítéseket.

unsubscribe-title = Leiratkozás az értesítésekről
unsubscribe-heading = Leiratkozás a { $number } ügyszámú kérelem értesítéseiről
unsubscribe-sent-to-email = Az értesítéseket erre a címre küldjük: { $address }.
unsubscribe-sent-to-sms = Az értesítéseket SMS-ben erre a számra küldjük: { $address }.
unsubscribe-button = Leiratkozás
unsubscribe-done = Nem kap több értesítést a { $number } ügyszámú kérelemről.
unsubscribe-unknown = Ez a link nem érvényes. Ellenőrizze, hogy a teljes linket másolta-e ki.
unsubscribe-back = A kérelem megtekintése

notify-code-subject = Az Ön kódja a { $number } ügyszámú kérelemhez
notify-code-email =
    Az Ön kódja: { $code }.
    
    Írja be azon az oldalon, ahol a { $number } ügyszámú kérelemről értesítést kért. A kód 15 percig érvényes.
    
    Ha nem kért értesítést, hagyja figyelmen kívül ezt az e-mailt.
notify-code-sms = 311: az Ön kódja a { $number } ügyszámú kérelemhez: { $code }. 15 percig érvényes.
notify-status-subject = A { $number } ügyszámú kérelem: { $status }
notify-status-email = A { $number } ügyszámú kérelme ({ $service }) új állapotba került: { $status }.
notify-status-sms = 311: a { $number } ügyszámú kérelem ({ $service }) új állapota: { $status }.
notify-note = A város megjegyzése: { $note }
notify-escalated-subject = A { $number } ügyszámú kérelem: panaszát továbbítottuk az osztály vezetésének
notify-escalated-email = A { $number } ügyszámú kérelemmel ({ $service }) kapcsolatos panaszára nem érkezett időben válasz, ezért továbbítottuk az osztály vezetésének.
notify-escalated-sms = 311: a { $number } ügyszámú kérelemmel kapcsolatos panaszát továbbítottuk az osztály vezetésének.
notify-link = A kérelem és az eddigi események megtekintése: { $link }
notify-link-sms = { $link }
notify-footer-email = Azért kapja ezt az e-mailt, mert értesítést kért erről a kérelemről.
notify-unsubscribe = Leiratkozás ezekről az értesítésekről: { $unsubscribe }
notify-unsubscribe-sms = Leiratkozáshoz válaszoljon STOP üzenettel, vagy nyissa meg ezt a linket: { $unsubscribe }
