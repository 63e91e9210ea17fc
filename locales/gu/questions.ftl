### કેટલોગના પ્રશ્નો: દરેક સેવા પ્રકારના વધારાના પ્રશ્નો (Open311 લક્ષણો), અને
### યાદીવાળા પ્રશ્નો માટે આપેલા જવાબો, જેનાં નામ તેમની કી પરથી રાખ્યાં છે.

## રસ્તા પર ખાડો
question-pothole-size = ખાડો આશરે કેટલો મોટો છે?
    .small = જમવાની થાળી કરતાં નાનો
    .medium = આશરે કારના ટાયર જેટલો
    .large = કારના ટાયર કરતાં મોટો
question-pothole-lane = તે રસ્તાના કયા ભાગમાં છે?
    .curb-lane = કર્બ પાસેની લેન
    .centre-lane = વચ્ચેની લેન કે ઓવરટેક કરવાની લેન
    .turn-lane = વળવાની લેન
    .bike-lane = સાયકલ લેન
    .laneway = ગલી

## રસ્તા પર જોખમ
question-road-hazard-hazard_type = જોખમ શું છે?
    .road-collapse = રસ્તાની સપાટી બેસી ગઈ છે કે મોટો ખાડો પડી ગયો છે
    .missing-cover = મેનહોલ કે જાળીનું ઢાંકણ ગુમ છે કે તૂટેલું છે
    .debris = લેનમાં મોટો કાટમાળ
    .spill = કંઈક ઢોળાયેલું છે કે લપસણો પદાર્થ છે
    .other = બીજું કંઈક

## નુકસાન પામેલી ફૂટપાથ
question-sidewalk-damaged-damage = ફૂટપાથમાં શું ખામી છે?
    .cracked = તિરાડ પડી છે
    .lifted = લાદીઓ ઊંચી થઈ ગઈ છે કે ઊંચીનીચી છે
    .sunken = બેસી ગઈ છે કે પોલી છે
    .missing = કેટલાક ટુકડા ગુમ છે
    .curb-ramp = કર્બનો ઢાળ (રેમ્પ) નુકસાન પામેલો છે
question-sidewalk-damaged-trip_height = ઊંચીનીચી કિનારી આશરે કેટલા સેન્ટિમીટર ઊંચી છે?

## સાયકલ લેનમાં અવરોધ
question-bike-lane-obstruction-obstruction = સાયકલ લેનને શું રોકી રહ્યું છે?
    .debris = કાટમાળ કે કચરો
    .construction = બાંધકામ સામગ્રી કે સાધનો
    .bins = કચરાના કે રિસાયક્લિંગના ડબ્બા
    .bollard = નુકસાન પામેલો કે પડી ગયેલો નાનો થાંભલો
    .other = બીજું કંઈક

## રહેણાંક રસ્તા પર લાંબા સમયથી પાર્ક કરેલું વાહન
question-long-term-parking-licence_plate = જો તમે જોઈ શકો, તો વાહનની નંબર પ્લેટ શું છે?
question-long-term-parking-vehicle_description = વાહનનું વર્ણન કરો (રંગ, કંપની, પ્રકાર).
question-long-term-parking-days_parked = તે ત્યાં આશરે કેટલા દિવસથી પાર્ક કરેલું છે?

## સ્ટ્રીટલાઇટ બંધ
question-streetlight-out-light_problem = લાઇટમાં શું ખામી છે?
    .out = લાઇટ બંધ છે
    .flickering = ઝબકે છે કે વારંવાર ચાલુ-બંધ થાય છે
    .day-burning = દિવસે ચાલુ રહે છે
    .several-out = એક હારમાં ઘણી લાઇટ બંધ છે
question-streetlight-out-pole_number = જો થાંભલા પર નંબરનું ટેગ હોય, તો તેના પર શું લખ્યું છે?

## નુકસાન પામેલું કે ગુમ થયેલું સાઇનબોર્ડ
question-sign-damaged-sign_type = આ કયા પ્રકારનું સાઇનબોર્ડ છે?
    .street-name = રસ્તાનું નામ
    .parking = પાર્કિંગ
    .speed-limit = ઝડપ મર્યાદા
    .warning = ચેતવણીનું સાઇનબોર્ડ (વળાંક, શાળા વિસ્તાર અને તેના જેવા)
    .other = અન્ય
question-sign-damaged-sign_condition = તેમાં શું ખામી છે?
    .bent = વળી ગયું છે કે પડી ગયું છે
    .faded = ઝાંખું છે કે વાંચવામાં મુશ્કેલ છે
    .turned = ખોટી દિશામાં ફરી ગયું છે
    .blocked = ડાળીઓથી ઢંકાઈ ગયું છે
    .missing = ગુમ છે

## ટ્રાફિક સિગ્નલ કામ કરતું નથી
question-traffic-signal-malfunction-signal_problem = સિગ્નલ શું કરી રહ્યું છે?
    .dark = સંપૂર્ણપણે બંધ છે
    .flashing = લાલ કે પીળી લાઇટ ઝબકે છે
    .stuck = એક જ રંગ પર અટકી ગયું છે
    .damaged = પડી ગયું છે કે નુકસાન પામેલું છે
    .turned = ખોટી દિશામાં ફરી ગયું છે
question-traffic-signal-malfunction-direction = કઈ દિશામાં જતા ટ્રાફિકને અસર થાય છે (ઉદાહરણ તરીકે, ઉત્તર તરફ)?

## ટ્રાફિક સલામતી અંગે ચિંતા
question-traffic-safety-concern-concern = તમારી ચિંતાઓ શું છે?
    .speeding = વધુ ઝડપ
    .signal-timing = સિગ્નલનો સમય
    .visibility = બરાબર દેખાતું નથી
    .crossing = ઓળંગવું મુશ્કેલ છે
    .cut-through = ટૂંકા રસ્તા તરીકે પસાર થતો ટ્રાફિક
question-traffic-safety-concern-details = અમને વધુ જણાવો: આ ક્યારે થાય છે, અને કોને અસર થાય છે?

## ફૂટપાથ પરથી બરફ દૂર કરાયો નથી
question-snow-sidewalk-condition = ફૂટપાથની હાલત કેવી છે?
    .snow = બરફથી ઢંકાયેલી
    .ice = બરફ જામીને લપસણી થયેલી
    .snowbank = રસ્તા પરથી હટાવેલા બરફના ઢગલાથી બંધ

## કચરો ઉપાડાયો નથી
question-missed-garbage-collection_day = તમારો કચરો ઉપાડવાનો નક્કી કરેલો દિવસ કયો હતો?
question-missed-garbage-set_out = શું ડબ્બો સવારે 7 વાગ્યા સુધીમાં કર્બ પર મૂક્યો હતો?
    .yes = હા
    .no = ના

## રિસાયક્લિંગ ઉપાડાયું નથી
question-missed-recycling-collection_day = તમારો કચરો ઉપાડવાનો નક્કી કરેલો દિવસ કયો હતો?
question-missed-recycling-set_out = શું ડબ્બો સવારે 7 વાગ્યા સુધીમાં કર્બ પર મૂક્યો હતો?
    .yes = હા
    .no = ના

## ગ્રીન બિન ઉપાડાયો નથી
question-missed-green-bin-collection_day = તમારો કચરો ઉપાડવાનો નક્કી કરેલો દિવસ કયો હતો?
question-missed-green-bin-set_out = શું ડબ્બો સવારે 7 વાગ્યા સુધીમાં કર્બ પર મૂક્યો હતો?
    .yes = હા
    .no = ના

## નુકસાન પામેલો ડબ્બો
question-bin-damaged-bin_type = કયો ડબ્બો નુકસાન પામેલો છે?
    .garbage = કચરાનો ડબ્બો
    .recycling = વાદળી ડબ્બો (રિસાયક્લિંગ)
    .green-bin = ગ્રીન બિન (જૈવિક કચરો)
question-bin-damaged-damage = શું નુકસાન પામ્યું છે?
    .lid = ઢાંકણ
    .wheels = પૈડું કે ધરી
    .handle = હેન્ડલ
    .body = ડબ્બામાં તિરાડ
    .latch = પ્રાણીઓથી બચાવતી કડી
question-bin-damaged-bin_serial = જો તમે વાંચી શકો, તો ડબ્બા પર છાપેલો સીરિયલ નંબર શું છે?

## મોટી વસ્તુઓ ઉપડાવવી
question-bulky-item-pickup-item_types = તમે શું બહાર મૂકશો?
    .furniture = ફર્નિચર
    .mattress = ગાદલું કે બોક્સ સ્પ્રિંગ
    .appliance = સ્ટવ, વૉશિંગ મશીન, ડ્રાયર કે ડિશવૉશર
    .refrigerant = ફ્રિજ, ફ્રીઝર કે એર કન્ડિશનર
    .carpet = કાર્પેટ કે ગાલીચો
    .other = અન્ય મોટી વસ્તુ
question-bulky-item-pickup-item_count = તમે કેટલી વસ્તુઓ બહાર મૂકશો?

## શહેરની મિલકત પર ગ્રેફિટી
question-graffiti-city-property-surface = કઈ સપાટીઓ પર ગ્રેફિટી છે?
    .wall = દીવાલ કે ઇમારત
    .bridge = પુલ કે અંડરપાસ
    .fence = વાડ
    .sign-pole = સાઇનબોર્ડ કે થાંભલો
    .box = વીજળી-પાણી જેવી સેવાઓનું કે સિગ્નલનું બોક્સ
    .other = અન્ય

## રસ્તાનાં સાઇનબોર્ડ, થાંભલા કે સિગ્નલ બોક્સ પર ગ્રેફિટી
question-graffiti-road-assets-asset_type = ગ્રેફિટી શેના પર છે?
    .sign = રસ્તાનું સાઇનબોર્ડ
    .signal-box = ટ્રાફિક સિગ્નલ બોક્સ
    .pole = થાંભલો
    .retaining-wall = આધાર દીવાલ કે અવાજ રોકતી દીવાલ
    .bridge = પુલ કે અંડરપાસ
    .other = બીજું કંઈક

## ખાનગી મિલકત પર ગ્રેફિટી
question-graffiti-private-property-surface = કઈ સપાટીઓ પર ગ્રેફિટી છે?
    .wall = દીવાલ
    .fence = વાડ
    .garage-door = ગેરેજનો દરવાજો
    .window = બારી કે દરવાજો
    .other = અન્ય
question-graffiti-private-property-is_owner = શું તમે આ મિલકતના માલિક છો?
    .yes = હા
    .no = ના

## નફરત કે ગેંગની ગ્રેફિટી
question-graffiti-hate-police_reported = શું તમે ટોરન્ટો પોલીસને આની જાણ કરી છે?
    .yes = હા
    .no = ના
question-graffiti-hate-police_reference = જો તમારી પાસે હોય, તો પોલીસ રિપોર્ટ નંબર શું છે?

## ગેરકાયદે કચરો ફેંકવો
question-illegal-dumping-item_types = શું ફેંકવામાં આવ્યું હતું?
    .household = ઘરના કચરાની થેલીઓ
    .furniture = ફર્નિચર
    .mattress = ગાદલું
    .tires = ટાયર
    .construction = બાંધકામ કે નવીનીકરણનો કાટમાળ
    .electronics = ઇલેક્ટ્રોનિક વસ્તુઓ
    .hazardous = રંગ, રસાયણો કે અન્ય જોખમી કચરો
    .other = અન્ય
question-illegal-dumping-noticed_at = તમે તે ક્યારે જોયું, અથવા કોઈને તે ફેંકતા ક્યારે જોયા?
question-illegal-dumping-witness = જો તમે જોયું હોય કે તે કોણે ફેંક્યું, તો તે વ્યક્તિ કે વાહનનું વર્ણન કરો. તેમની પાસે જશો નહીં.

## છોડી દીધેલી સાયકલ
question-abandoned-bike-bike_condition = તેની હાલત કેવી છે?
    .missing-wheel = એક પૈડું ગુમ છે
    .missing-parts = સીટ કે હેન્ડલ ગુમ છે
    .flat-tires = ટાયરમાં હવા નથી
    .rusted = ચેન કે ભાગોમાં કાટ લાગ્યો છે
    .bent-frame = ફ્રેમ વળી ગઈ છે કે નુકસાન પામેલી છે

## પાણીની મુખ્ય પાઇપલાઇન ફાટી
question-water-main-break-water_flow = કેટલું પાણી વહી રહ્યું છે?
    .trickle = થોડું થોડું ટપકે છે કે જમીન ભીની છે
    .steady = સતત ધાર વહે છે
    .gushing = જોરથી ફૂટે છે કે રસ્તા પર પાણી ભરાય છે

## પાણી આવતું નથી
question-no-water-neighbours_affected = શું તમારા પડોશીઓને ત્યાં પણ પાણી આવતું નથી?
    .yes = હા
    .no = ના
    .unknown = મને ખબર નથી
question-no-water-started_at = પાણી ક્યારે બંધ થયું?

## ગટરનું પાણી પાછું આવવું કે ભોંયરામાં પાણી ભરાવું
question-sewer-backup-water_depth = પાણી આશરે કેટલા સેન્ટિમીટર ઊંડું છે?
question-sewer-backup-backwater_valve = શું મિલકતમાં બેકવોટર વાલ્વ (પાણીને પાછું આવતું રોકતો વાલ્વ) છે?
    .yes = હા
    .no = ના
    .unknown = મને ખબર નથી

## બંધ થયેલી રસ્તાની નાળી (કેચ બેસિન)
question-catch-basin-blocked-ponding = શું પાણી ભરાઈ રહ્યું છે?
    .none = ના, અત્યારે નહીં
    .road = રસ્તા પર પાણી ભરાયું છે
    .sidewalk = પાણી ફૂટપાથ કે કોઈ મિલકત સુધી ફેલાય છે

## નુકસાન પામેલું કે લીક થતું ફાયર હાઇડ્રન્ટ
question-fire-hydrant-damaged-hydrant_problem = હાઇડ્રન્ટમાં શું ખામી છે?
    .knocked-over = પડી ગયું છે કે ટક્કર વાગી છે
    .leaking = લીક થાય છે
    .missing-cap = ઢાંકણ ગુમ છે
    .blocked = અવરોધ છે કે ઢંકાયેલું છે
    .paint = ગ્રેફિટી કે રંગ

## રંગ બદલાયેલું કે ખરાબ સ્વાદવાળું પાણી
question-water-quality-water_issue = તમને શું જણાય છે?
    .brown = ભૂરું કે પીળું
    .cloudy = ડહોળું કે દૂધિયું
    .taste = અસામાન્ય સ્વાદ
    .smell = અસામાન્ય ગંધ
    .particles = કણો કે કાંપ

## ઝાડ પડી ગયું કે નુકસાન પામ્યું (કટોકટી)
question-tree-emergency-blocking = શેના પર અસર થઈ છે?
    .road = રસ્તો
    .sidewalk = ફૂટપાથ
    .driveway = ડ્રાઇવવે
    .building = ઘર કે ઇમારત
    .vehicle = વાહન
    .wires = વાયર
    .nothing = હજી કશા પર નહીં, પણ તે પડી શકે છે

## ઝાડની કાપણી (બિન-કટોકટી)
question-tree-pruning-reason = ઝાડની કાપણી શા માટે જરૂરી છે?
    .low-branches = ફૂટપાથ કે રસ્તા પર નીચે લટકતી ડાળીઓ
    .blocking = સાઇનબોર્ડ કે સ્ટ્રીટલાઇટને ઢાંકે છે
    .touching-building = ઘર કે ઇમારતને અડે છે
    .dead-branches = સુકાયેલી ડાળીઓ

## પાર્કના શૌચાલયમાં સમસ્યા
question-park-washroom-issue = સમસ્યા શું છે?
    .dirty = ગંદું છે
    .supplies = સાબુ, પેપર ટુવાલ કે ટોઇલેટ પેપર નથી
    .locked = ખુલ્લું રહેવાના સમયે પણ બંધ છે
    .broken = ટોઇલેટ, સિંક કે દરવાજો તૂટેલો છે
    .leak = લીકેજ છે કે પાણી ભરાયું છે

## રમતના મેદાનનાં નુકસાન પામેલાં સાધનો
question-playground-damaged-equipment = કયું સાધન?
    .swing = હીંચકો
    .slide = લપસણી
    .climber = ચઢવાનું માળખું કે રમવાનું માળખું
    .surface = જમીનની સપાટી (રેતી, લાકડાનો ભૂકો કે રબર)
    .other = અન્ય
question-playground-damaged-unsafe = શું અત્યારે તેનો ઉપયોગ કરવાથી કોઈને ઈજા થઈ શકે છે?
    .yes = હા
    .no = ના
    .unsure = ખાતરી નથી

## પાર્કમાં તંબુ કે વસવાટ
question-park-encampment-tent_count = ત્યાં આશરે કેટલા તંબુ કે માળખાં છે?
question-park-encampment-details = શું સહાય કર્મચારીઓએ જાણવી જોઈએ એવી કોઈ વાત છે, જેમ કે આગ કે સલામતી અંગેની બીજી કોઈ ચિંતા?

## રસ્તા કે ફૂટપાથ પર મરેલું પ્રાણી
question-dead-animal-road-animal_type = તે કયા પ્રકારનું પ્રાણી છે (ઉદાહરણ તરીકે, રેકૂન, ખિસકોલી કે બિલાડી)?
question-dead-animal-road-animal_size = તે કેટલું મોટું છે?
    .small = નાનું (ખિસકોલી, પક્ષી)
    .medium = મધ્યમ (રેકૂન, બિલાડી)
    .large = મોટું (હરણ, કોયોટ, કૂતરો)

## ઘાયલ કે બીમાર જંગલી પ્રાણી
question-injured-wildlife-animal_type = તે કયા પ્રકારનું પ્રાણી છે?
question-injured-wildlife-condition = પ્રાણીને શું થઈ રહ્યું છે?
    .injured = ઘાયલ છે
    .sick = બીમાર છે કે વિચિત્ર વર્તન કરે છે
    .trapped = ફસાયેલું છે કે ગૂંચવાયેલું છે
    .orphaned = પ્રાણીનું બચ્ચું જે એકલું હોય એવું લાગે છે

## રખડતો કે છૂટો કૂતરો
question-stray-dog-dog_contained = શું કૂતરો ક્યાંક બંધ કે બાંધેલો છે, જેમ કે આંગણામાં કે પટ્ટાથી?
    .yes = હા
    .no = ના

## કૂતરો કરડવો કે હુમલો
question-dog-bite-incident_time = આ ક્યારે બન્યું?
question-dog-bite-victim = કોને કરડ્યો કે કોના પર હુમલો થયો?
    .person = કોઈ વ્યક્તિને
    .dog = બીજા કૂતરાને
    .other-animal = બીજા પ્રાણીને

## પટ્ટા વગરનો કૂતરો
question-dog-off-leash-usual_time = આ સામાન્ય રીતે ક્યારે થાય છે (ઉદાહરણ તરીકે, કામકાજના દિવસોમાં સવારે)?

## ઘોંઘાટની ફરિયાદ
question-noise-noise_source = ઘોંઘાટ શેનાથી થાય છે?
    .amplified-sound = સંગીત કે લાઉડસ્પીકરનો અવાજ
    .construction = બાંધકામ
    .barking = ભસતો કૂતરો
    .equipment = એર કન્ડિશનર, પંખો કે અન્ય મશીન
    .vehicle = ઊભાં ઊભાં એન્જિન ચાલુ રાખતાં કે એન્જિન ગજવતાં વાહનો
    .other = અન્ય
question-noise-ongoing = શું ઘોંઘાટ અત્યારે થઈ રહ્યો છે?
    .now = હા, અત્યારે જ
    .recurring = તે નિયમિત રીતે થાય છે
    .past = તે બંધ થઈ ગયો છે
question-noise-noise_times = ઘોંઘાટ ક્યારે થાય છે અને કેટલો સમય ચાલે છે તેનું વર્ણન કરો.

## મિલકતનાં ધોરણોની તાકીદની સમસ્યા
question-property-standards-urgent-issue = તાકીદની સમસ્યા શું છે?
    .no-heat = હીટિંગ નથી કે પૂરતું નથી
    .no-water = પાણી નથી
    .no-power = વીજળી નથી
    .lock = પ્રવેશ દરવાજાનું તાળું તૂટેલું છે
    .structure = અસલામત બાંધકામ, બાલ્કની કે સીડી
question-property-standards-urgent-is_tenant = શું તમે આ ઇમારતમાં ભાડૂઆત છો?
    .yes = હા
    .no = ના
question-property-standards-urgent-unit_number = તમારો યુનિટ નંબર શું છે?

## મિલકતનાં ધોરણોની ફરિયાદ
question-property-standards-issues = કઈ સમસ્યાઓ છે?
    .pests = જીવાત (ઉંદર, વંદા, માંકડ)
    .mould = ફૂગ
    .windows-doors = તૂટેલી બારીઓ કે દરવાજા
    .leaks = છત કે દીવાલોમાંથી લીકેજ
    .stairs-railings = નુકસાન પામેલી સીડીઓ કે રેલિંગ
    .exterior = ઇમારતનો બહારનો ભાગ ખરાબ હાલતમાં
    .other = અન્ય
question-property-standards-landlord_notified = જો તમે ભાડૂઆત હો, તો શું તમે તમારા મકાનમાલિકને લેખિતમાં જાણ કરી છે?
    .yes = હા
    .no = ના
    .not-tenant = હું ભાડૂઆત નથી
question-property-standards-details = સમસ્યાનું વર્ણન કરો અને તે કેટલા સમયથી છે તે જણાવો.

## ખાનગી મિલકત પર છોડી દીધેલું વાહન
question-abandoned-vehicle-licence_plate = જો વાહન પર નંબર પ્લેટ હોય, તો તે શું છે?
question-abandoned-vehicle-vehicle_description = વાહનનું વર્ણન કરો (રંગ, કંપની, પ્રકાર).
