## Obavijesti o zahtjevu e-poštom ili SMS-om: obrasci na stranici zahtjeva, stranica za
## odjavu obavijesti i same poruke. Poruke su običan tekst; $number je broj zahtjeva,
## na primjer 2026-000123, $service je naziv usluge, $status je naziv stanja.

updates-heading = Primajte obavijesti
updates-intro = Možemo vas obavijestiti svaki put kad se ovaj zahtjev promijeni. Najprije vam šaljemo kod kako bismo provjerili jesu li adresa ili broj zaista vaši.
updates-email-label = Adresa e-pošte
updates-email-hint = Upotrebljavamo je samo za obavijesti o ovom zahtjevu.
updates-email-button = Šaljite mi obavijesti e-poštom
updates-phone-label = Broj mobitela
updates-phone-hint = Na primjer 416 555 0123. Vaš mobilni operater može naplatiti poruke prema svojoj tarifi.
updates-phone-button = Šaljite mi obavijesti SMS-om
updates-code-sent-email = Poslali smo šesteroznamenkasti kod na { $address }.
updates-code-sent-sms = Poslali smo šesteroznamenkasti kod SMS-om na broj { $address }.
updates-code-label = Kod
updates-code-hint = Kod istječe 15 minuta nakon što ga pošaljemo.
updates-confirm-button = Potvrdi
updates-resend-button = Pošalji novi kod
updates-resent = Poslali smo novi kod. Vrijedi samo najnoviji kod.
updates-on = Primat ćete obavijesti o ovom zahtjevu. Svaka poruka sadrži poveznicu kojom ih možete odjaviti.
updates-already = Na tu adresu ili broj već stižu obavijesti o ovom zahtjevu.
updates-error-email = Unesite adresu e-pošte, na primjer name@example.com
updates-error-phone = Unesite broj mobitela s pozivnim brojem, na primjer 416 555 0123
updates-error-too-many = Zatražili ste više kodova u kratkom vremenu. Upotrijebite posljednji kod koji smo poslali ili pokušajte ponovno za sat vremena.
updates-error-code-format = Unesite šesteroznamenkasti kod iz poruke koju smo vam poslali
updates-error-code-wrong = Kod nije točan. Provjerite najnoviju poruku koju smo vam poslali i pokušajte ponovno.
updates-error-code-expired = Kod je istekao. Zatražite novi kod.
updates-error-code-attempts = Kod je previše puta pogrešno unesen. Zatražite novi kod.
updates-error-unknown = Ovaj se kod više ne može upotrijebiti. Ponovno zatražite obavijesti.

unsubscribe-title = Odjava obavijesti
unsubscribe-heading = Odjava obavijesti o zahtjevu { $number }
unsubscribe-sent-to-email = Obavijesti se šalju na { $address }.
unsubscribe-sent-to-sms = Obavijesti se šalju SMS-om na broj { $address }.
unsubscribe-button = Odjavi obavijesti
unsubscribe-done = Više nećete primati obavijesti o zahtjevu { $number }.
unsubscribe-unknown = Ova poveznica nije valjana. Provjerite je li kopirana u cijelosti.
unsubscribe-back = Pogledajte zahtjev

notify-code-subject = Vaš kod za zahtjev { $number }
notify-code-email =
    Vaš kod je { $code }.
    
    Unesite ga na stranici na kojoj ste zatražili obavijesti o zahtjevu { $number }. Kod istječe za 15 minuta.
    
    Ako niste tražili obavijesti, zanemarite ovu e-poruku.
notify-code-sms = 311: vaš kod za zahtjev { $number } je { $code }. Istječe za 15 minuta.
notify-status-subject = Zahtjev { $number }: { $status }
notify-status-email = Novo stanje vašeg zahtjeva { $number } ({ $service }): { $status }.
notify-status-sms = 311: novo stanje zahtjeva { $number } ({ $service }): { $status }.
notify-note = Napomena Grada: { $note }
notify-escalated-subject = Zahtjev { $number }: vaš je prigovor proslijeđen rukovodstvu odjela
notify-escalated-email = Na vaš prigovor na zahtjev { $number } ({ $service }) nije odgovoreno na vrijeme pa je proslijeđen rukovodstvu odjela.
notify-escalated-sms = 311: vaš prigovor na zahtjev { $number } proslijeđen je rukovodstvu odjela.
notify-link = Pogledajte zahtjev i njegovu povijest: { $link }
notify-link-sms = { $link }
notify-footer-email = Ovu e-poruku primate jer ste zatražili obavijesti o ovom zahtjevu.
notify-unsubscribe = Odjavite ove obavijesti: { $unsubscribe }
notify-unsubscribe-sms = Odgovorite STOP za odjavu ili posjetite { $unsubscribe }
