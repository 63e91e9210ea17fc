## Notificări despre o cerere prin e-mail sau SMS: formularele de pe pagina de stare, pagina de
## dezabonare și mesajele propriu-zise. Mesajele sunt text simplu; $number este un număr de cerere,
## de exemplu 2026-000123, $service numele unui tip de serviciu, $status numele unei stări.

updates-heading = Primiți notificări
updates-intro = Vă putem anunța de fiecare dată când se schimbă ceva la această cerere. Mai întâi vă trimitem un cod, ca să verificăm că adresa de e-mail sau numărul de telefon vă aparține.
updates-email-label = Adresă de e-mail
updates-email-hint = O folosim doar pentru notificări despre această cerere.
updates-email-button = Trimiteți-mi notificări prin e-mail
updates-phone-label = Număr de telefon mobil
updates-phone-hint = De exemplu 416 555 0123. Se pot aplica tarifele operatorului dumneavoastră pentru mesaje.
updates-phone-button = Trimiteți-mi notificări prin SMS
updates-code-sent-email = V-am trimis un cod din 6 cifre la { $address }.
updates-code-sent-sms = V-am trimis prin SMS un cod din 6 cifre la { $address }.
updates-code-label = Cod
updates-code-hint = Codul expiră la 15 minute după ce vi-l trimitem.
updates-confirm-button = Confirmați
updates-resend-button = Trimiteți un cod nou
updates-resent = V-am trimis un cod nou. Doar cel mai recent cod este valabil.
updates-on = Veți primi notificări despre această cerere. Fiecare mesaj conține un link prin care le puteți opri.
updates-already = Această adresă de e-mail sau acest număr de telefon primește deja notificări despre această cerere.
updates-error-email = Introduceți o adresă de e-mail, de exemplu name@example.com
updates-error-phone = Introduceți un număr de mobil cu prefixul zonal, de exemplu 416 555 0123
updates-error-too-many = Ați cerut mai multe coduri într-un timp scurt. Folosiți ultimul cod pe care vi l-am trimis sau încercați din nou peste o oră.
updates-error-code-format = Introduceți codul din 6 cifre din mesajul pe care vi l-am trimis
updates-error-code-wrong = Codul nu este corect. Verificați cel mai recent mesaj pe care vi l-am trimis și încercați din nou.
updates-error-code-expired = Codul a expirat. Cereți un cod nou.
updates-error-code-attempts = Codul a fost introdus greșit de prea multe ori. Cereți un cod nou.
updates-error-unknown = Acest cod nu mai poate fi folosit. Cereți din nou notificări.

unsubscribe-title = Oprirea notificărilor
unsubscribe-heading = Opriți notificările despre cererea { $number }
unsubscribe-sent-to-email = Notificările sunt trimise la { $address }.
unsubscribe-sent-to-sms = Notificările sunt trimise prin SMS la { $address }.
unsubscribe-button = Opriți notificările
unsubscribe-done = Nu veți mai primi notificări despre cererea { $number }.
unsubscribe-unknown = Acest link nu este valid. Verificați dacă a fost copiat în întregime.
unsubscribe-back = Vedeți cererea

notify-code-subject = Codul dumneavoastră pentru cererea { $number }
notify-code-email =
    Codul dumneavoastră este { $code }.
    
    Introduceți-l pe pagina pe care ați cerut notificări despre cererea { $number }. Codul expiră în 15 minute.
    
    Dacă nu ați cerut notificări, ignorați acest e-mail.
notify-code-sms = Codul dumneavoastră 311 pentru cererea { $number } este { $code }. Expiră în 15 minute.
notify-status-subject = Cererea { $number }: { $status }
notify-status-email = Cererea dumneavoastră { $number } ({ $service }) are acum starea: { $status }.
notify-status-sms = 311: cererea { $number } ({ $service }) are acum starea: { $status }.
notify-note = Notă din partea Primăriei: { $note }
notify-escalated-subject = Cererea { $number }: reclamația dumneavoastră a fost transmisă conducerii direcției
notify-escalated-email = Reclamația dumneavoastră privind cererea { $number } ({ $service }) nu a primit răspuns la timp, așa că a fost transmisă conducerii direcției responsabile.
notify-escalated-sms = 311: reclamația dumneavoastră privind cererea { $number } a fost transmisă conducerii direcției responsabile.
notify-link = Vedeți cererea și istoricul ei: { $link }
notify-link-sms = { $link }
notify-footer-email = Primiți acest e-mail pentru că ați cerut notificări despre această cerere.
notify-unsubscribe = Opriți aceste notificări: { $unsubscribe }
notify-unsubscribe-sms = Răspundeți STOP pentru a opri notificările sau accesați { $unsubscribe }
