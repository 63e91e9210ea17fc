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
staff-filter-apply = Muuji codsiyada
staff-queue-empty = Ma jiro codsi adeeg oo ku habboon shaandhooyinkan.
staff-column-number = Lambarka codsiga adeegga

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
