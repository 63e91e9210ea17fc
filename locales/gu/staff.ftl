### સ્ટાફ કન્સોલ: સાઇન ઇન કરવું, વિનંતીઓની કતાર, વિનંતીની સ્થિતિ બદલવી, ઓડિટ લૉગ.

staff-page-title = { $heading } – { -product-name } સ્ટાફ
staff-unavailable = સ્ટાફ કન્સોલ અત્યારે બતાવી શકાતું નથી. કૃપા કરીને થોડી મિનિટો પછી ફરી પ્રયાસ કરો.
staff-forbidden-heading = તમે આ પાનું ખોલી શકતા નથી
staff-forbidden-body = તમારા ખાતાને સ્ટાફ કન્સોલના આ ભાગની ઍક્સેસ નથી. જો તમને તેની જરૂર હોય, તો કોઈ એડમિનિસ્ટ્રેટરને પૂછો.

## સાઇન ઇન કરવું
staff-login-heading = સ્ટાફ સાઇન ઇન
staff-password = પાસવર્ડ
staff-sign-in = સાઇન ઇન કરો
staff-sign-out = સાઇન આઉટ કરો
staff-signed-in-as = { $name } તરીકે સાઇન ઇન કરેલું છે
staff-login-error-wrong = ઇમેઇલ સરનામું અથવા પાસવર્ડ સાચો નથી
staff-login-error-locked = સાઇન ઇન કરવાના ઘણા બધા પ્રયાસો થયા છે. 15 મિનિટ રાહ જુઓ, પછી ફરી પ્રયાસ કરો.
staff-error-csrf = ફોર્મ જૂનું થઈ ગયું હતું. પાનું ફરી લોડ કરો અને ફરી પ્રયાસ કરો.

## વિનંતીઓની કતાર
staff-queue-heading = સેવા વિનંતીઓની કતાર
staff-filter-any = કોઈ પણ
staff-filter-overdue = ફક્ત એવી વિનંતીઓ જેની અપેક્ષિત તારીખ વીતી ગઈ છે
staff-filter-complaints = ફક્ત એવી વિનંતીઓ જેની ફરિયાદ જવાબની રાહ જોઈ રહી છે
staff-filter-apply = વિનંતીઓ બતાવો
staff-queue-empty = આ ફિલ્ટર સાથે કોઈ સેવા વિનંતી મેળ ખાતી નથી.
staff-column-number = સેવા વિનંતી નંબર
staff-complaint-due = ફરિયાદ: { $date } સુધીમાં જવાબ આપવો
staff-complaint-escalated = ફરિયાદ ઉપર મોકલાઈ: જવાબમાં વિલંબ થયો છે

## એક વિનંતી
staff-change-heading = સ્થિતિ બદલો
staff-new-status = નવી સ્થિતિ
staff-reason = બંધ કરવાનું કારણ
staff-reason-hint = જ્યારે નવી સ્થિતિ વિનંતીને બંધ કરે ત્યારે આ જરૂરી છે. તે સ્થિતિ સાથે મેળ ખાતું હોવું જોઈએ.
staff-reason-none = કોઈ કારણ નહીં: વિનંતી ખુલ્લી રહે છે
staff-public-note = જાહેર નોંધ
staff-public-note-hint = રહેવાસી આ નોંધ સ્થિતિના પાના પર જુએ છે. બંધ કરતી વખતે જણાવો કે શું કરવામાં આવ્યું, અથવા કેમ કંઈ કરવામાં ન આવ્યું.
staff-internal-note = આંતરિક નોંધ
staff-internal-note-hint = આ ફક્ત સ્ટાફ જુએ છે.
staff-save = ફેરફાર સાચવો
staff-saved = ફેરફાર સાચવવામાં આવ્યો.
staff-history-heading = સંપૂર્ણ ઇતિહાસ
staff-error-status = યાદીમાંથી કોઈ સ્થિતિ પસંદ કરો
staff-error-reason-missing = વિનંતી બંધ કરવાનું કારણ પસંદ કરો
staff-error-reason-mismatch = આ કારણ નવી સ્થિતિ સાથે મેળ ખાતું નથી. તેની સાથે મેળ ખાતું કારણ પસંદ કરો.
staff-error-note-missing = એક જાહેર નોંધ લખો જે રહેવાસીને જણાવે કે શું કરવામાં આવ્યું, અથવા કેમ કંઈ કરવામાં ન આવ્યું
staff-error-reason-open = બંધ કરવાનું કારણ ફક્ત એવી સ્થિતિઓ માટે છે જે વિનંતીને બંધ કરે છે

## બંધ કરવાનાં કારણો
staff-reason-repaired = સમારકામ કર્યું
staff-reason-cleaned = સફાઈ કરી
staff-reason-removed = દૂર કર્યું
staff-reason-other-government = સરકારના અન્ય સ્તરને મોકલાઈ
staff-reason-utility-company = તેની માલિકી ધરાવતી યુટિલિટી અથવા કંપનીને મોકલાઈ
staff-reason-private-property = ખાનગી મિલકત પર: માલિકને મોકલાઈ
staff-reason-not-found = નિરીક્ષણ કર્યું: કોઈ સમસ્યા મળી નથી
staff-reason-already-resolved = કર્મચારીઓ પહોંચે તે પહેલાં જ ઉકેલાઈ ગઈ હતી
staff-reason-meets-standard = નિરીક્ષણ કર્યું: શહેરના ધોરણને અનુરૂપ છે
staff-reason-duplicate = અન્ય વિનંતીની નકલ

## ઓડિટ લૉગ
staff-audit-heading = ઓડિટ લૉગ
staff-column-when = ક્યારે
staff-column-who = કોણ
staff-column-action = ક્રિયા
staff-column-detail = વિગત
staff-action-login = સાઇન ઇન કર્યું
staff-action-logout = સાઇન આઉટ કર્યું
staff-action-login-failed = સાઇન ઇન નિષ્ફળ
staff-action-login-locked = સાઇન ઇન નકારાયું: ઘણા બધા પ્રયાસો
staff-action-status-change = સ્થિતિ બદલાઈ
staff-action-escalation = ફરિયાદ આપમેળે ઉપર મોકલાઈ: જવાબની સમયમર્યાદા વીતી ગઈ

## કતારમાંથી એકસાથે ઘણી વિનંતીઓ બદલવી
staff-bulk-column = પસંદ કરો
staff-bulk-select = વિનંતી { $number } પસંદ કરો
staff-bulk-heading = પસંદ કરેલી વિનંતીઓ બદલો
staff-bulk-hint = કોષ્ટકમાં વિનંતીઓ પર ટિક કરો, પછી ફેરફાર પસંદ કરો. દરેક વિનંતીને એકસરખી સ્થિતિ, કારણ અને નોંધો મળશે, અને તેના ઇતિહાસમાં તેની પોતાની અલગ લીટી ઉમેરાશે.
staff-bulk-button = પસંદ કરેલી વિનંતીઓ બદલો
staff-bulk-saved =
    { $count ->
        [one] { $count } વિનંતી બદલાઈ.
       *[other] { $count } વિનંતીઓ બદલાઈ.
    }
staff-error-none-selected = કોષ્ટકમાં ઓછામાં ઓછી એક વિનંતી પસંદ કરો.
staff-bulk-skipped =
    { $count ->
        [one] { $count } વિનંતી બદલાઈ નથી: તેની સ્થિતિ “પૂર્ણ” કરવા માટે પૂરા થયેલા કામનો ફોટો જરૂરી છે. ફોટો ઉમેરવા માટે તેને ખોલો.
       *[other] { $count } વિનંતીઓ બદલાઈ નથી: તેમની સ્થિતિ “પૂર્ણ” કરવા માટે પૂરા થયેલા કામનો ફોટો જરૂરી છે. ફોટો ઉમેરવા માટે દરેક વિનંતી ખોલો.
    }

## સ્થિતિ બદલવાની સાથે ફોટો (પૂરા થયેલા કામનો)
staff-photo = કામનો ફોટો (વૈકલ્પિક)
staff-photo-hint = JPEG, PNG અથવા WebP ફોર્મેટમાં વધુમાં વધુ 10 MB ની છબી. રહેવાસીઓ તેને વિનંતીના ઘટનાક્રમમાં જુએ છે.
staff-photo-hint-required = આ સેવામાં સ્થિતિ “પૂર્ણ” કરવા માટે પૂરા થયેલા કામનો ફોટો જરૂરી છે. JPEG, PNG અથવા WebP ફોર્મેટમાં વધુમાં વધુ 10 MB ની છબી; રહેવાસીઓ તેને ઘટનાક્રમમાં જુએ છે.
staff-error-completion-photo-missing = પૂરા થયેલા કામનો ફોટો ઉમેરો: આ સેવામાં સ્થિતિ “પૂર્ણ” કરવા માટે ફોટો જરૂરી છે
