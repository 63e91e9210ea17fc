### સેવા વિનંતીઓ સંભાળતા શહેરના વિભાગો, જે રીતે રહેવાસીઓ તેમને જુએ છે.

division-municipal-licensing-standards = મ્યુનિસિપલ લાઇસન્સિંગ અને ધોરણો
division-parks-forestry-recreation = ઉદ્યાનો, વનીકરણ અને મનોરંજન
division-solid-waste-management-services = ઘન કચરા વ્યવસ્થાપન સેવાઓ
division-toronto-animal-services = ટોરન્ટો પ્રાણી સેવાઓ
division-toronto-water = ટોરન્ટો જળ સેવા
division-transportation-services = પરિવહન સેવાઓ
division-urban-forestry = શહેરી વનીકરણ
