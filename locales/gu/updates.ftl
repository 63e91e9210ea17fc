## ઇમેઇલ કે ટેક્સ્ટ મેસેજ દ્વારા કોઈ વિનંતી વિશે અપડેટ: સ્થિતિ પાનાનાં ફોર્મ, અપડેટ બંધ કરવાનું પાનું
## અને સંદેશા પોતે. સંદેશા સાદા ટેક્સ્ટમાં હોય છે; $number સેવા વિનંતી નંબર છે, જેમ કે 2026-000123,
## $service કોઈ સેવાનું નામ, $status કોઈ સ્થિતિનું નામ.

updates-heading = અપડેટ મેળવો
updates-intro = જ્યારે પણ આ વિનંતીમાં કોઈ ફેરફાર થશે, ત્યારે અમે તમને જણાવી શકીએ છીએ. પહેલાં અમે તમને એક કોડ મોકલીશું, જેથી ખાતરી થાય કે આ ઇમેઇલ સરનામું કે ફોન નંબર તમારો જ છે.
updates-email-label = ઇમેઇલ સરનામું
updates-email-hint = અમે તેનો ઉપયોગ ફક્ત આ વિનંતી વિશેના અપડેટ મોકલવા માટે કરીએ છીએ.
updates-email-button = મને ઇમેઇલથી અપડેટ મોકલો
updates-phone-label = મોબાઇલ ફોન નંબર
updates-phone-hint = ઉદાહરણ તરીકે 416 555 0123. તમારી મોબાઇલ કંપનીના મેસેજ ચાર્જ લાગુ પડી શકે છે.
updates-phone-button = મને ટેક્સ્ટ મેસેજથી અપડેટ મોકલો
updates-code-sent-email = અમે { $address } પર 6 અંકનો એક કોડ મોકલ્યો છે.
updates-code-sent-sms = અમે ટેક્સ્ટ મેસેજ દ્વારા { $address } પર 6 અંકનો એક કોડ મોકલ્યો છે.
updates-code-label = કોડ
updates-code-hint = કોડ મોકલ્યાના 15 મિનિટ પછી તેની મુદત પૂરી થઈ જાય છે.
updates-confirm-button = પુષ્ટિ કરો
updates-resend-button = નવો કોડ મોકલો
updates-resent = અમે નવો કોડ મોકલ્યો છે. ફક્ત સૌથી નવો કોડ જ કામ કરશે.
updates-on = તમને આ વિનંતી વિશે અપડેટ મળશે. દરેક સંદેશામાં તેને બંધ કરવા માટેની લિંક હશે.
updates-already = આ સરનામા કે નંબર પર આ વિનંતી વિશેના અપડેટ પહેલેથી જ મોકલાઈ રહ્યા છે.
updates-error-email = name@example.com જેવું ઇમેઇલ સરનામું દાખલ કરો
updates-error-phone = એરિયા કોડ સાથે મોબાઇલ નંબર દાખલ કરો, જેમ કે 416 555 0123
updates-error-too-many = તમે થોડા સમયમાં ઘણા કોડ માંગ્યા છે. અમે મોકલેલો છેલ્લો કોડ વાપરો, અથવા એક કલાક પછી ફરી પ્રયાસ કરો.
updates-error-code-format = અમે મોકલેલા સંદેશામાંનો 6 અંકનો કોડ દાખલ કરો
updates-error-code-wrong = કોડ સાચો નથી. અમે મોકલેલો સૌથી નવો સંદેશો તપાસો અને ફરી પ્રયાસ કરો.
updates-error-code-expired = કોડની મુદત પૂરી થઈ ગઈ છે. નવો કોડ મોકલો.
updates-error-code-attempts = કોડ ઘણી વાર ખોટો દાખલ કરવામાં આવ્યો. નવો કોડ મોકલો.
updates-error-unknown = આ કોડ હવે વાપરી શકાશે નહીં. ફરીથી અપડેટ માંગો.

unsubscribe-title = અપડેટ બંધ કરો
unsubscribe-heading = વિનંતી { $number } વિશેના અપડેટ બંધ કરો
unsubscribe-sent-to-email = અપડેટ { $address } પર મોકલવામાં આવે છે.
unsubscribe-sent-to-sms = અપડેટ ટેક્સ્ટ મેસેજ દ્વારા { $address } પર મોકલવામાં આવે છે.
unsubscribe-button = અપડેટ બંધ કરો
unsubscribe-done = તમને હવે વિનંતી { $number } વિશે કોઈ અપડેટ મળશે નહીં.
unsubscribe-unknown = આ લિંક માન્ય નથી. ખાતરી કરો કે આખી લિંક કૉપિ કરવામાં આવી હતી.
unsubscribe-back = વિનંતી જુઓ

notify-code-subject = વિનંતી { $number } માટે તમારો કોડ
notify-code-email =
    તમારો કોડ { $code } છે.
    
    જે પાના પર તમે વિનંતી { $number } વિશે અપડેટ માંગ્યા હતા, ત્યાં તે દાખલ કરો. તેની મુદત 15 મિનિટમાં પૂરી થઈ જશે.
    
    જો તમે અપડેટ માંગ્યા ન હોય, તો આ ઇમેઇલને અવગણો.
notify-code-sms = વિનંતી { $number } માટે તમારો 311 કોડ { $code } છે. તેની મુદત 15 મિનિટમાં પૂરી થશે.
notify-status-subject = વિનંતી { $number }: { $status }
notify-status-email = તમારી વિનંતી { $number } ({ $service }) ની સ્થિતિ હવે આ છે: { $status }.
notify-status-sms = 311: વિનંતી { $number } ({ $service }) ની સ્થિતિ હવે: { $status }.
notify-note = શહેર તરફથી નોંધ: { $note }
notify-escalated-subject = વિનંતી { $number }: તમારી ફરિયાદ વિભાગના વ્યવસ્થાપન પાસે મોકલાઈ
notify-escalated-email = વિનંતી { $number } ({ $service }) વિશેની તમારી ફરિયાદનો જવાબ સમયસર આપવામાં આવ્યો નથી, તેથી તે વિભાગના વ્યવસ્થાપન પાસે મોકલવામાં આવી છે.
notify-escalated-sms = 311: વિનંતી { $number } વિશેની તમારી ફરિયાદ વિભાગના વ્યવસ્થાપન પાસે મોકલવામાં આવી છે.
notify-link = વિનંતી અને તેનો ઘટનાક્રમ જુઓ: { $link }
notify-link-sms = { $link }
notify-footer-email = તમે આ વિનંતી વિશે અપડેટ માંગ્યા હતા, તેથી તમને આ ઇમેઇલ મળ્યો છે.
notify-unsubscribe = આ અપડેટ બંધ કરો: { $unsubscribe }
notify-unsubscribe-sms = બંધ કરવા માટે STOP લખીને જવાબ આપો, અથવા { $unsubscribe } પર જાઓ
