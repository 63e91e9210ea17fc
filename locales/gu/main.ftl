### Civic311 interface text: Gujarati.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = મુખ્ય સામગ્રી પર જાઓ
language-switcher-label = ભાષા
loading = લોડ થઈ રહ્યું છે…
footer-emergency = કટોકટીમાં 911 પર કૉલ કરો. આ પોર્ટલ શહેરની બિન-કટોકટી સેવાઓ માટે છે.

home-title = કોઈ સમસ્યા જણાવો અથવા શહેરની સેવાની વિનંતી કરો – { -product-name }
home-heading = કોઈ સમસ્યા જણાવો અથવા શહેરની સેવાની વિનંતી કરો
home-intro = રસ્તા પરનો ખાડો, ન ઉપાડાયેલો કચરો, ગ્રેફિટી અને 60થી વધુ અન્ય બિન-કટોકટી સમસ્યાઓ વિશે શહેરને જણાવો. આગળ શું થાય છે તે જોવા માટે તમને સેવા વિનંતી નંબર મળશે.
home-groups-heading = આ શેના વિશે છે?
home-report-button = કોઈ સમસ્યા જણાવો
service-group-count =
    { $count ->
        [one] { $count } સેવા
       *[other] { $count } સેવાઓ
    }
catalogue-unavailable = સેવાઓની યાદી અત્યારે બતાવી શકાતી નથી. કૃપા કરીને થોડી મિનિટો પછી ફરી પ્રયાસ કરો.

not-found-title = પાનું મળ્યું નથી – { -product-name }
not-found-heading = પાનું મળ્યું નથી
not-found-home-link = મુખ્ય પાના પર જાઓ

## નેવિગેશન અને ફોર્મની ભૂલો
site-nav-label = મુખ્ય
nav-track = વિનંતીની સ્થિતિ જુઓ
nav-report = સમસ્યા જણાવો
error-title-prefix = ભૂલ:
error-summary-heading = કોઈ સમસ્યા છે

## સેવા વિનંતી શોધવી
lookup-title = સેવા વિનંતીની સ્થિતિ જુઓ – { -product-name }
lookup-heading = સેવા વિનંતીની સ્થિતિ જુઓ
lookup-label = સેવા વિનંતી નંબર
lookup-hint = તમારો સેવા વિનંતી નંબર તમારા પુષ્ટિ પાના પર અને ઇમેઇલમાં આપેલો છે. તે 2026-000123 જેવો દેખાય છે.
lookup-button = મારી વિનંતી શોધો
lookup-error-format = તમારો સેવા વિનંતી નંબર 2026-000123 ના સ્વરૂપમાં દાખલ કરો

## એક સેવા વિનંતી
request-title = સેવા વિનંતી { $number } – { -product-name }
request-heading = સેવા વિનંતી { $number }
request-status = સ્થિતિ
request-service = સેવા
request-division = જવાબદાર વિભાગ
request-filed = મળ્યાની તારીખ
request-expected = અપેક્ષિત તારીખ
request-location = સ્થળ
request-ward = વોર્ડ
request-ward-value = વોર્ડ { $number }: { $name }
request-due-today = આજે પૂરી થવાની છે
request-days-left =
    { $days ->
        [one] { $days } દિવસ બાકી
       *[other] { $days } દિવસ બાકી
    }
request-days-overdue =
    { $days ->
        [one] અપેક્ષિત તારીખથી { $days } દિવસ મોડું
       *[other] અપેક્ષિત તારીખથી { $days } દિવસ મોડું
    }
request-timeline-heading = અત્યાર સુધી શું થયું છે
request-event-photo-alt = શહેર તરફથી કામનો ફોટો, નંબર { $number }
request-unavailable = આ સેવા વિનંતી અત્યારે બતાવી શકાતી નથી. કૃપા કરીને થોડી મિનિટો પછી ફરી પ્રયાસ કરો.
request-not-found-title = સેવા વિનંતી મળી નથી – { -product-name }
request-not-found-heading = અમને આ સેવા વિનંતી મળતી નથી
request-not-found-body = સેવા વિનંતી { $number } અસ્તિત્વમાં નથી. તમારા પુષ્ટિ પાના અથવા ઇમેઇલમાં નંબર તપાસો. તમે હમણાં જ કરેલી વિનંતી દેખાવામાં એક મિનિટ લાગી શકે છે.
request-not-found-retry = બીજો નંબર શોધો

## સ્થિતિઓ, સરળ ભાષામાં
status-received = મળી
status-assigned = વિભાગને સોંપાઈ
status-inspection = નિરીક્ષણ
status-scheduled = કામનો સમય નક્કી
status-completed = પૂર્ણ
status-closed_referred = બંધ – અન્ય સંસ્થાને મોકલાઈ
status-closed_no_action = બંધ – કોઈ કાર્યવાહીની જરૂર નથી
status-closed_duplicate = બંધ – પહેલેથી જ નોંધાયેલી સમસ્યા

## સેવાઓની નિર્દેશિકા
nav-services = શહેરની સેવાઓ
services-title = શહેરની સેવાઓ – { -product-name }
services-heading = શહેરની સેવાઓ
services-intro = તમારી સમસ્યા માટે યોગ્ય સેવા શોધો. તમારા પોતાના શબ્દોમાં શોધો, અથવા વિષય મુજબ જુઓ.
services-search-label = કોઈ સેવા શોધો
services-search-hint = ઉદાહરણ તરીકે: રસ્તા પરનો ખાડો, કચરો ઉપાડ્યો નથી, ઘોંઘાટ
services-search-button = શોધો
services-results-heading =
    { $count ->
        [one] “{ $query }” સાથે { $count } સેવા મેળ ખાય છે
       *[other] “{ $query }” સાથે { $count } સેવાઓ મેળ ખાય છે
    }
services-no-results = “{ $query }” સાથે કોઈ સેવા મેળ ખાતી નથી. બીજા શબ્દો અજમાવો, અથવા નીચેના વિષયો જુઓ.
services-browse-heading = વિષય મુજબ જુઓ
service-detail-title = { $name } – { -product-name }
service-topic = વિષય
service-standard = સેવા ધોરણ
service-sla-hours =
    { $count ->
        [one] અમારો હેતુ { $count } કલાકની અંદર જવાબ આપવાનો છે
       *[other] અમારો હેતુ { $count } કલાકની અંદર જવાબ આપવાનો છે
    }
service-sla-business-days =
    { $count ->
        [one] અમારો હેતુ { $count } કામકાજના દિવસની અંદર જવાબ આપવાનો છે
       *[other] અમારો હેતુ { $count } કામકાજના દિવસોની અંદર જવાબ આપવાનો છે
    }
service-sla-calendar-days =
    { $count ->
        [one] અમારો હેતુ { $count } દિવસની અંદર જવાબ આપવાનો છે
       *[other] અમારો હેતુ { $count } દિવસોની અંદર જવાબ આપવાનો છે
    }
service-back = શહેરની બધી સેવાઓ
service-not-found-title = સેવા મળી નથી – { -product-name }
service-not-found-heading = અમને આ સેવા મળતી નથી

## વિનંતી વિશે ફરિયાદ
request-complaint-heading = શું તમે આ વિનંતીની પ્રગતિથી સંતુષ્ટ નથી?
request-complaint-overdue = અપેક્ષિત તારીખ વીતી ગઈ છે અને આ વિનંતી હજી બંધ થઈ નથી. તમે ફરિયાદ નોંધાવી શકો છો: સુપરવાઇઝરે 5 કામકાજના દિવસોની અંદર તેનો જવાબ આપવો પડશે, નહીં તો તે વિભાગના વ્યવસ્થાપન પાસે મોકલવામાં આવશે.
request-complaint-closed = જો સમસ્યા દૂર ન થઈ હોય, અથવા આ વિનંતી જે રીતે બંધ કરવામાં આવી તેની સાથે તમે સહમત ન હો, તો તમે ફરિયાદ નોંધાવી શકો છો: સુપરવાઇઝરે 5 કામકાજના દિવસોની અંદર તેનો જવાબ આપવો પડશે, નહીં તો તે વિભાગના વ્યવસ્થાપન પાસે મોકલવામાં આવશે.
request-complaint-details = શું ખોટું છે?
request-complaint-details-hint = ઉદાહરણ તરીકે: વિનંતી બંધ થયા પછી પણ રસ્તા પરનો ખાડો હજી ત્યાં જ છે.
request-complaint-email = ઇમેઇલ સરનામું (વૈકલ્પિક)
request-complaint-email-hint = જેથી અમે તમને જવાબ જણાવી શકીએ. તે ક્યારેય જાહેરમાં બતાવવામાં આવતું નથી.
request-complaint-submit = ફરિયાદ નોંધાવો
request-complaint-filed = તમારી ફરિયાદ નોંધાઈ ગઈ છે. તે નીચેના ઘટનાક્રમમાં દેખાય છે.
request-complaint-pending = આ વિનંતી વિશેની એક ફરિયાદ જવાબની રાહ જોઈ રહી છે. જવાબ { $date } સુધીમાં અપેક્ષિત છે.
request-complaint-escalated = જવાબમાં વિલંબ થયો છે, તેથી ફરિયાદ વિભાગના વ્યવસ્થાપન પાસે મોકલવામાં આવી છે.
request-complaint-error-details = શું ખોટું છે તે અમને જણાવો
request-complaint-error-too-long = ફરિયાદ 2000 અક્ષરો કે તેથી ઓછી હોવી જોઈએ
status-complaint = ફરિયાદ નોંધાઈ
status-escalated = ફરિયાદ વિભાગના વ્યવસ્થાપન પાસે મોકલાઈ
