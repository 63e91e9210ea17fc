### Bogga shaqaalaha: gelidda, safka codsiyada, beddelidda xaaladda codsiga, diiwaanka hubinta.

staff-page-title = { $heading } – Shaqaalaha { -product-name }
staff-unavailable = Bogga shaqaalaha hadda lama muujin karo. Fadlan isku day mar kale dhowr daqiiqo kadib.
staff-forbidden-heading = Ma furi kartid boggan
staff-forbidden-body = Akoonkaagu ma laha fasax uu ku galo qaybtan bogga shaqaalaha. Haddii aad u baahan tahay, weydiiso maamulaha nidaamka.

## Gelidda
staff-login-heading = Gelidda shaqaalaha
staff-password = Furaha sirta ah
staff-sign-in = Gal
staff-sign-out = Ka bax
staff-signed-in-as = Waxaad u gashay sida { $name }
staff-login-error-wrong = Cinwaanka iimaylka ama furaha sirta ah sax ma aha
staff-login-error-locked = Isku dayo aad u badan ayaa la sameeyay si loo galo. Sug 15 daqiiqo, kadibna isku day mar kale.
staff-error-csrf = Foomkan waqtigiisii wuu dhacay. Dib u soo rar bogga oo isku day mar kale.

## Safka
staff-queue-heading = Safka codsiyada adeegga
staff-filter-any = Mid kasta
staff-filter-overdue = Kaliya codsiyada uu dhaafay waqtigii la filayay
staff-filter-complaints = Kaliya codsiyada leh cabasho sugaysa jawaab
staff-filter-apply = Muuji codsiyada
staff-queue-empty = Ma jiro codsi adeeg oo ku habboon shaandhooyinkan.
staff-column-number = Lambarka codsiga adeegga
staff-complaint-due = Cabasho: ka jawaab ilaa { $date }
staff-complaint-escalated = Cabashada waxaa loo gudbiyay heer sare: jawaabtu way dib u dhacday

## Hal codsi
staff-change-heading = Beddel xaaladda
staff-new-status = Xaaladda cusub
staff-reason = Sababta xiritaanka
staff-reason-hint = Waa loo baahan yahay marka xaaladda cusubi ay xirayso codsiga. Waa inay la jaanqaadaa xaaladda.
staff-reason-none = Sabab ma jirto: codsigu wuu furnaanayaa
staff-public-note = Qoraal dadweyne
staff-public-note-hint = Qofka deegaanka ahi wuxuu tan ku arkaa bogga xaaladda. Marka aad xirayso, sheeg waxa la qabtay, ama sababta aan waxba loo qaban.
staff-internal-note = Qoraal gudaha ah
staff-internal-note-hint = Shaqaalaha oo keliya ayaa arka tan.
staff-save = Kaydi isbeddelka
staff-saved = Isbeddelka waa la kaydiyay.
staff-history-heading = Taariikhda oo dhan
staff-error-status = Ka dooro xaalad liiska
staff-error-reason-missing = Dooro sababta loo xirayo codsiga
staff-error-reason-mismatch = Sababtu kuma habboona xaaladda cusub. Dooro sabab ku habboon.
staff-error-note-missing = Qor qoraal dadweyne oo u sheegaya qofka deegaanka waxa la qabtay, ama sababta aan waxba loo qaban
staff-error-reason-open = Sababta xiritaanku waxay u tahay oo keliya xaaladaha xira codsiga

## Sababaha xiritaanka
staff-reason-repaired = Waa la dayactiray
staff-reason-cleaned = Waa la nadiifiyay
staff-reason-removed = Waa la saaray
staff-reason-other-government = Loo gudbiyay heer kale oo dowladeed
staff-reason-utility-company = Loo gudbiyay shirkadda adeegga ama shirkadda iska leh
staff-reason-private-property = Waxay ku taal hanti gaar ah: loo gudbiyay milkiilaha
staff-reason-not-found = Waa la kormeeray: dhibaato lama helin
staff-reason-already-resolved = Waa la xalliyay ka hor intaan shaqaaluhu iman
staff-reason-meets-standard = Waa la kormeeray: wuxuu buuxiyaa heerka Magaalada
staff-reason-duplicate = Nuqul codsi kale

## Diiwaanka hubinta
staff-audit-heading = Diiwaanka hubinta
staff-column-when = Goorma
staff-column-who = Yaa
staff-column-action = Ficil
staff-column-detail = Faahfaahin
staff-action-login = Galay
staff-action-logout = Ka baxay
staff-action-login-failed = Gelid guuldareystay
staff-action-login-locked = Gelidda waa la diiday: isku dayo aad u badan
staff-action-status-change = Xaaladda waa la beddelay
staff-action-escalation = Cabashada si toos ah ayaa loogu gudbiyay heer sare: waqtigeedii SLA wuu dhaafay

## Hal mar ku beddelidda codsiyo badan safka
staff-bulk-column = Dooro
staff-bulk-select = Dooro codsiga { $number }
staff-bulk-heading = Beddel codsiyada la doortay
staff-bulk-hint = Ku calaamadee codsiyada shaxda, kadibna dooro isbeddelka. Codsi kasta wuxuu helayaa isla xaaladda, sababta iyo qoraallada, iyo saddar u gaar ah oo ku jira taariikhdiisa.
staff-bulk-button = Beddel codsiyada la doortay
staff-bulk-saved =
    { $count ->
        [one] Hal codsi ayaa la beddelay.
       *[other] { $count } codsi ayaa la beddelay.
    }
staff-error-none-selected = Dooro ugu yaraan hal codsi oo ku jira shaxda.
staff-bulk-skipped =
    { $count ->
        [one] Hal codsi lama beddelin: si loogu calaamadeeyo «Waa la dhammeeyay» waxaa loo baahan yahay sawir shaqada la dhammeeyay. Fur si aad sawir ugu darto.
       *[other] { $count } codsi lama beddelin: si loogu calaamadeeyo «Waa la dhammeeyay» waxaa loo baahan yahay sawir shaqada la dhammeeyay. Fur mid kasta si aad sawir ugu darto.
    }

## Sawir la socda beddelidda xaaladda (shaqada la dhammeeyay)
staff-photo = Sawirka shaqada (ikhtiyaari)
staff-photo-hint = Sawir JPEG, PNG ama WebP ah oo ilaa 10 MB ah. Dadka deegaanku waxay ku arkaan qaybta «Waxa ilaa hadda dhacay» ee codsiga.
staff-photo-hint-required = Adeeggan wuxuu u baahan yahay sawir shaqada la dhammeeyay si codsiga loogu calaamadeeyo «Waa la dhammeeyay». Sawir JPEG, PNG ama WebP ah oo ilaa 10 MB ah; dadka deegaanku waxay ku arkaan qaybta «Waxa ilaa hadda dhacay».
staff-error-completion-photo-missing = Ku dar sawir shaqada la dhammeeyay: adeeggan wuxuu u baahan yahay mid si codsiga loogu calaamadeeyo «Waa la dhammeeyay»
