## Njoftime për një kërkesë me email ose me SMS: formularët në faqen e statusit, faqja për
## ndalimin e njoftimeve dhe vetë mesazhet. Mesazhet janë tekst i thjeshtë; $number është numri i kërkesës,
## si 2026-000123, $service emri i llojit të shërbimit, $status emri i statusit.

updates-heading = Merrni njoftime
updates-intro = Mund t’ju njoftojmë sa herë që ndryshon diçka në këtë kërkesë. Fillimisht ju dërgojmë një kod, për të verifikuar që adresa e emailit ose numri i telefonit është i juaji.
updates-email-label = Adresa e emailit
updates-email-hint = E përdorim vetëm për njoftime për këtë kërkesë.
updates-email-button = Më dërgoni njoftime me email
updates-phone-label = Numri i telefonit celular
updates-phone-hint = Për shembull 416 555 0123. Mund të zbatohen tarifat e operatorit tuaj për mesazhet.
updates-phone-button = Më dërgoni njoftime me SMS
updates-code-sent-email = Ju dërguam një kod 6-shifror në { $address }.
updates-code-sent-sms = Ju dërguam një kod 6-shifror me SMS në { $address }.
updates-code-label = Kodi
updates-code-hint = Kodi skadon 15 minuta pasi e dërgojmë.
updates-confirm-button = Konfirmoni
updates-resend-button = Më dërgoni një kod të ri
updates-resent = Ju dërguam një kod të ri. Vlen vetëm kodi më i fundit.
updates-on = Do të merrni njoftime për këtë kërkesë. Çdo mesazh ka një lidhje për t’i ndaluar njoftimet.
updates-already = Kjo adresë emaili ose ky numër telefoni merr tashmë njoftime për këtë kërkesë.
updates-error-email = Shkruani një adresë emaili, si name@example.com
updates-error-phone = Shkruani një numër celulari me prefiksin e zonës, si 416 555 0123
updates-error-too-many = Kërkuat disa kode brenda një kohe të shkurtër. Përdorni kodin e fundit që ju dërguam ose provoni përsëri pas një ore.
updates-error-code-format = Shkruani kodin 6-shifror nga mesazhi që ju dërguam
updates-error-code-wrong = Kodi nuk është i saktë. Kontrolloni mesazhin më të fundit që ju dërguam dhe provoni përsëri.
updates-error-code-expired = Kodi ka skaduar. Kërkoni një kod të ri.
updates-error-code-attempts = Kodi u shkrua gabim shumë herë. Kërkoni një kod të ri.
updates-error-unknown = Ky kod nuk mund të përdoret më. Kërkoni përsëri njoftime.

unsubscribe-title = Ndalimi i njoftimeve
unsubscribe-heading = Ndaloni njoftimet për kërkesën { $number }
unsubscribe-sent-to-email = Njoftimet dërgohen në { $address }.
unsubscribe-sent-to-sms = Njoftimet dërgohen me SMS në { $address }.
unsubscribe-button = Ndaloni njoftimet
unsubscribe-done = Nuk do të merrni më njoftime për kërkesën { $number }.
unsubscribe-unknown = Kjo lidhje nuk është e vlefshme. Kontrolloni që të jetë kopjuar e plotë.
unsubscribe-back = Shikoni kërkesën

notify-code-subject = Kodi juaj për kërkesën { $number }
notify-code-email =
    Kodi juaj është { $code }.
    
    Shkruajeni në faqen ku kërkuat njoftime për kërkesën { $number }. Kodi skadon pas 15 minutash.
    
    Nëse nuk keni kërkuar njoftime, shpërfilleni këtë email.
notify-code-sms = Kodi juaj 311 për kërkesën { $number } është { $code }. Skadon pas 15 minutash.
notify-status-subject = Kërkesa { $number }: { $status }
notify-status-email = Statusi i kërkesës suaj { $number } ({ $service }) tani është: { $status }.
notify-status-sms = 311: statusi i kërkesës { $number } ({ $service }) tani është: { $status }.
notify-note = Shënim nga Bashkia: { $note }
notify-escalated-subject = Kërkesa { $number }: ankesa juaj iu kalua udhëheqjes së drejtorisë
notify-escalated-email = Ankesa juaj për kërkesën { $number } ({ $service }) nuk mori përgjigje në kohë, prandaj iu kalua udhëheqjes së drejtorisë.
notify-escalated-sms = 311: ankesa juaj për kërkesën { $number } iu kalua udhëheqjes së drejtorisë.
notify-link = Shikoni kërkesën dhe historikun e saj: { $link }
notify-link-sms = { $link }
notify-footer-email = E merrni këtë email sepse kërkuat njoftime për këtë kërkesë.
notify-unsubscribe = Ndaloni këto njoftime: { $unsubscribe }
notify-unsubscribe-sms = Për t’i ndaluar, përgjigjuni STOP ose vizitoni { $unsubscribe }
