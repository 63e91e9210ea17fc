## Warar ku saabsan codsi iimayl ama fariin qoraal ah: foomamka bogga xaaladda, bogga
## joojinta wararka, iyo fariimaha laftooda. Fariimuhu waa qoraal caadi ah; $number waa lambarka
## codsiga sida 2026-000123, $service waa magaca nooca adeegga, $status waa magaca xaaladda.

updates-heading = Hel warar cusub
updates-intro = Waxaan kuu sheegi karnaa mar kasta oo codsigan isbeddel ku yimaado. Marka hore waxaan kuu soo diraynaa koodh, si aan u hubinno inaad adigu leedahay cinwaankan.
updates-email-label = Cinwaanka iimaylka
updates-email-hint = Waxaan u isticmaalnaa oo keliya warar ku saabsan codsigan.
updates-email-button = Wararka iimayl iigu soo dir
updates-phone-label = Lambarka taleefanka gacanta
updates-phone-hint = Tusaale ahaan 416 555 0123. Shirkadda taleefankaagu waxay kaa qaadi kartaa lacagta fariimaha.
updates-phone-button = Wararka fariin qoraal ah iigu soo dir
updates-code-sent-email = Waxaan koodh 6 tiro ah u dirnay { $address }.
updates-code-sent-sms = Waxaan koodh 6 tiro ah fariin qoraal ah ugu dirnay { $address }.
updates-code-label = Koodhka
updates-code-hint = Koodhku wuxuu shaqaynayaa 15 daqiiqo oo keliya marka aan soo dirno kadib.
updates-confirm-button = Xaqiiji
updates-resend-button = Soo dir koodh cusub
updates-resent = Waxaan kuu soo dirnay koodh cusub. Koodhka ugu dambeeyay oo keliya ayaa shaqaynaya.
updates-on = Waxaad heli doontaa warar ku saabsan codsigan. Fariin kastaa waxay leedahay xiriiriye aad ku joojin karto.
updates-already = Cinwaankaas horeba wuxuu u helaa warar ku saabsan codsigan.
updates-error-email = Geli cinwaan iimayl sida name@example.com
updates-error-phone = Geli lambar taleefan gacan oo leh koodhka aagga, sida 416 555 0123
updates-error-too-many = Waxaad codsatay dhowr koodh muddo gaaban gudaheed. Isticmaal koodhka ugu dambeeyay ee aan kuu soo dirnay, ama isku day mar kale saacad kadib.
updates-error-code-format = Geli koodhka 6 tiro ah ee ku jira fariinta aan kuu soo dirnay
updates-error-code-wrong = Koodhku ma saxna. Eeg fariinta ugu dambeysay ee aan kuu soo dirnay, kadibna isku day mar kale.
updates-error-code-expired = Koodhka waqtigiisii waa dhammaaday. Codso koodh cusub.
updates-error-code-attempts = Koodhka si khaldan ayaa loo geliyay marar aad u badan. Codso koodh cusub.
updates-error-unknown = Koodhkan lama isticmaali karo mar dambe. Mar kale codso warar.

unsubscribe-title = Jooji wararka
unsubscribe-heading = Jooji wararka ku saabsan codsiga { $number }
unsubscribe-sent-to-email = Wararka waxaa loo dirayaa { $address }.
unsubscribe-sent-to-sms = Wararka waxaa fariin qoraal ah loogu dirayaa { $address }.
unsubscribe-button = Jooji wararka
unsubscribe-done = Mar dambe ma heli doontid warar ku saabsan codsiga { $number }.
unsubscribe-unknown = Xiriiriyahan ma shaqaynayo. Hubi inaad si buuxda u koobiyeysay.
unsubscribe-back = Eeg codsiga

notify-code-subject = Koodhkaaga codsiga { $number }
notify-code-email =
    Koodhkaagu waa { $code }.
    
    Ku geli bogga aad ka codsatay warar ku saabsan codsiga { $number }. Wuxuu shaqaynayaa 15 daqiiqo oo keliya.
    
    Haddii aadan codsan warar, iska dhaaf iimaylkan.
notify-code-sms = Koodhkaaga 311 ee codsiga { $number } waa { $code }. Wuxuu shaqaynayaa 15 daqiiqo oo keliya.
notify-status-subject = Codsiga { $number }: { $status }
notify-status-email = Xaaladda codsigaaga { $number } ({ $service }) hadda waa: { $status }.
notify-status-sms = 311: xaaladda codsiga { $number } ({ $service }) hadda waa: { $status }.
notify-note = Qoraal ka yimid Magaalada: { $note }
notify-escalated-subject = Codsiga { $number }: cabashadaada waxaa loo gudbiyay maamulka waaxda
notify-escalated-email = Cabashadaada ku saabsan codsiga { $number } ({ $service }) waqtigeeda lagama jawaabin, sidaas darteed waxaa loo gudbiyay maamulka waaxda qaabilsan.
notify-escalated-sms = 311: cabashadaada ku saabsan codsiga { $number } waxaa loo gudbiyay maamulka waaxda qaabilsan.
notify-link = Eeg codsiga iyo taariikhdiisa: { $link }
notify-link-sms = { $link }
notify-footer-email = Iimaylkan waxaad u heshay sababtoo ah waxaad codsatay warar ku saabsan codsigan.
notify-unsubscribe = Jooji wararkan: { $unsubscribe }
notify-unsubscribe-sms = Ku jawaab STOP si aad u joojiso, ama booqo { $unsubscribe }
