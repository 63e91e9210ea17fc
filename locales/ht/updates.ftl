## Nouvèl sou yon demann pa imèl oswa pa mesaj tèks: fòmilè paj estati a, paj pou sispann
## nouvèl yo, ak mesaj yo menm. Mesaj yo se tèks senp; $number se yon nimewo demann
## tankou 2026-000123, $service se non yon kalite sèvis, $status se non yon estati.

updates-heading = Resevwa nouvèl
updates-intro = Nou ka fè w konnen chak fwa demann sa a chanje. Anvan, n ap voye yon kòd ba ou, pou nou verifye adrès la se pou ou.
updates-email-label = Adrès imèl
updates-email-hint = Nou sèvi ak li sèlman pou ba ou nouvèl sou demann sa a.
updates-email-button = Voye nouvèl ban mwen pa imèl
updates-phone-label = Nimewo telefòn selilè
updates-phone-hint = Pa egzanp 416 555 0123. Konpayi telefòn ou ka fè w peye pou mesaj yo.
updates-phone-button = Voye nouvèl ban mwen pa mesaj tèks
updates-code-sent-email = Nou voye yon kòd 6 chif bay { $address }.
updates-code-sent-sms = Nou voye yon kòd 6 chif pa mesaj tèks bay { $address }.
updates-code-label = Kòd
updates-code-hint = Kòd la ekspire 15 minit apre nou voye l.
updates-confirm-button = Konfime
updates-resend-button = Voye yon nouvo kòd
updates-resent = Nou voye yon nouvo kòd. Se sèlman dènye kòd la ki mache.
updates-on = W ap resevwa nouvèl sou demann sa a. Chak mesaj gen yon lyen pou w ka sispann yo.
updates-already = Adrès sa a deja ap resevwa nouvèl sou demann sa a.
updates-error-email = Antre yon adrès imèl tankou name@example.com
updates-error-phone = Antre yon nimewo selilè ak kòd zòn li, tankou 416 555 0123
updates-error-too-many = Ou mande plizyè kòd nan yon ti tan. Sèvi ak dènye kòd nou voye a, oswa eseye ankò nan yon èdtan.
updates-error-code-format = Antre kòd 6 chif ki nan mesaj nou voye a
updates-error-code-wrong = Kòd la pa bon. Gade dènye mesaj nou voye a epi eseye ankò.
updates-error-code-expired = Kòd la ekspire. Mande yon nouvo kòd.
updates-error-code-attempts = Yo antre kòd la mal twòp fwa. Mande yon nouvo kòd.
updates-error-unknown = Ou pa ka sèvi ak kòd sa a ankò. Mande nouvèl yo ankò.

unsubscribe-title = Sispann nouvèl yo
unsubscribe-heading = Sispann nouvèl sou demann { $number }
unsubscribe-sent-to-email = Nouvèl yo ale nan { $address }.
unsubscribe-sent-to-sms = Nouvèl yo ale pa mesaj tèks nan { $address }.
unsubscribe-button = Sispann nouvèl yo
unsubscribe-done = Ou p ap resevwa okenn lòt nouvèl sou demann { $number }.
unsubscribe-unknown = Lyen sa a pa valab. Verifye si ou te kopye l nèt.
unsubscribe-back = Gade demann lan

notify-code-subject = Kòd ou pou demann { $number }
notify-code-email =
    Kòd ou se { $code }.
    
    Antre l sou paj kote ou te mande nouvèl sou demann { $number }. Li ekspire nan 15 minit.
    
    Si se pa ou ki te mande nouvèl, pa okipe imèl sa a.
notify-code-sms = Kòd 311 ou pou demann { $number } se { $code }. Li ekspire nan 15 minit.
notify-status-subject = Demann { $number }: { $status }
notify-status-email = Estati demann ou { $number } ({ $service }) kounye a se: { $status }.
notify-status-sms = 311: estati demann { $number } ({ $service }) kounye a se: { $status }.
notify-note = Nòt Vil la: { $note }
notify-escalated-subject = Demann { $number }: yo voye plent ou a bay direksyon divizyon an
notify-escalated-email = Yo pa t reponn plent ou te fè sou demann { $number } ({ $service }) a tan, kidonk yo voye l bay direksyon divizyon an.
notify-escalated-sms = 311: yo voye plent ou te fè sou demann { $number } bay direksyon divizyon an.
notify-link = Gade demann lan ak istwa li: { $link }
notify-link-sms = { $link }
notify-footer-email = Ou resevwa imèl sa a paske ou te mande nouvèl sou demann sa a.
notify-unsubscribe = Sispann nouvèl sa yo: { $unsubscribe }
notify-unsubscribe-sms = Reponn STOP pou sispann yo, oswa ale sou { $unsubscribe }
