### Mga tanong sa katalogo: ang mga karagdagang tanong (mga attribute ng Open311) ng bawat uri ng serbisyo, at
### ang mga sagot na iniaalok para sa mga tanong na may listahan, bilang mga attribute na ipinangalan sa kanilang key.

## Lubak sa kalsada
question-pothole-size = Gaano kalaki ang lubak, humigit-kumulang?
    .small = Mas maliit kaysa sa plato
    .medium = Kasinlaki ng gulong ng kotse
    .large = Mas malaki kaysa sa gulong ng kotse
question-pothole-lane = Saang bahagi ng kalsada ito naroon?
    .curb-lane = Linyang katabi ng gilid ng kalsada
    .centre-lane = Gitnang linya o linya para sa pag-overtake
    .turn-lane = Linya para sa pagliko
    .bike-lane = Linya para sa bisikleta (bike lane)
    .laneway = Eskinita

## Panganib sa kalsada
question-road-hazard-hazard_type = Ano ang panganib?
    .road-collapse = Gumuho ang kalsada o may sinkhole
    .missing-cover = Nawawala o sira ang takip ng manhole o rehas ng alulod
    .debris = Malalaking kalat sa isang linya
    .spill = Natapong likido o madulas na bagay
    .other = Iba pa

## Sirang bangketa
question-sidewalk-damaged-damage = Ano ang problema sa bangketa?
    .cracked = May bitak
    .lifted = Umangat o hindi pantay na mga tipak
    .sunken = Lumubog o may guwang sa ilalim
    .missing = May nawawalang bahagi
    .curb-ramp = Sirang rampa sa gilid ng kalsada
question-sidewalk-damaged-trip_height = Gaano kataas ang hindi pantay na gilid, sa sentimetro?

## May harang sa bike lane
question-bike-lane-obstruction-obstruction = Ano ang humaharang sa bike lane?
    .debris = Kalat o basura
    .construction = Materyales o kagamitan sa konstruksyon
    .bins = Mga basurahan o recycling bin
    .bollard = Sira o natumbang poste na panghati
    .other = Iba pa

## Sasakyang matagal nang nakaparada sa kalye ng tirahan
question-long-term-parking-licence_plate = Ano ang plaka ng sasakyan, kung nakikita mo ito?
question-long-term-parking-vehicle_description = Ilarawan ang sasakyan (kulay, tatak, uri).
question-long-term-parking-days_parked = Mga ilang araw na itong nakaparada roon?

## Patay na ilaw sa kalye
question-streetlight-out-light_problem = Ano ang problema sa ilaw?
    .out = Patay ito
    .flickering = Kumikisap o namamatay-sindi
    .day-burning = Nakabukas sa araw
    .several-out = Ilang magkakasunod na ilaw ang patay
question-streetlight-out-pole_number = Kung may tag na numero ang poste, ano ang nakasulat dito?

## Sira o nawawalang karatula
question-sign-damaged-sign_type = Anong uri ng karatula ito?
    .street-name = Pangalan ng kalye
    .parking = Pagparada
    .speed-limit = Limitasyon ng bilis
    .warning = Karatulang babala (kurba, school zone at katulad nito)
    .other = Iba pa
question-sign-damaged-sign_condition = Ano ang problema rito?
    .bent = Baluktot o natumba
    .faded = Kupas o mahirap basahin
    .turned = Nakapihit sa maling direksyon
    .blocked = Natatakpan ng mga sanga
    .missing = Nawawala

## Sirang ilaw trapiko
question-traffic-signal-malfunction-signal_problem = Ano ang nangyayari sa ilaw trapiko?
    .dark = Ganap na patay
    .flashing = Kumikislap na pula o dilaw
    .stuck = Hindi nagbabago mula sa isang kulay
    .damaged = Natumba o sira
    .turned = Nakapihit sa maling direksyon
question-traffic-signal-malfunction-direction = Aling direksyon ng biyahe ang apektado (halimbawa, pahilaga)?

## Alalahanin sa kaligtasan sa trapiko
question-traffic-safety-concern-concern = Ano ang mga alalahanin mo?
    .speeding = Mabilis na pagmamaneho
    .signal-timing = Tagal ng ilaw trapiko
    .visibility = Mahirap makita ang daan
    .crossing = Mahirap tumawid
    .cut-through = Mga sasakyang dumadaan dito bilang shortcut
question-traffic-safety-concern-details = Magkuwento pa: kailan ito nangyayari, at sino ang apektado?

## Bangketang hindi pa nalilinis ng niyebe
question-snow-sidewalk-condition = Ano ang kalagayan ng bangketa?
    .snow = Natatakpan ng niyebe
    .ice = May yelo
    .snowbank = Hinarangan ng tumpok ng niyebe mula sa pag-araro ng kalsada

## Hindi nakuhang basura
question-missed-garbage-collection_day = Ano ang nakatakdang araw ng koleksyon mo?
question-missed-garbage-set_out = Nasa gilid ba ng kalsada ang basurahan bago mag-7 ng umaga?
    .yes = Oo
    .no = Hindi

## Hindi nakuhang recycling
question-missed-recycling-collection_day = Ano ang nakatakdang araw ng koleksyon mo?
question-missed-recycling-set_out = Nasa gilid ba ng kalsada ang basurahan bago mag-7 ng umaga?
    .yes = Oo
    .no = Hindi

## Hindi nakuhang green bin
question-missed-green-bin-collection_day = Ano ang nakatakdang araw ng koleksyon mo?
question-missed-green-bin-set_out = Nasa gilid ba ng kalsada ang basurahan bago mag-7 ng umaga?
    .yes = Oo
    .no = Hindi

## Sirang basurahan
question-bin-damaged-bin_type = Aling basurahan ang sira?
    .garbage = Basurahan para sa basura
    .recycling = Asul na basurahan (recycling)
    .green-bin = Berdeng basurahan (organikong basura)
question-bin-damaged-damage = Ano ang sira?
    .lid = Takip
    .wheels = Gulong o ehe
    .handle = Hawakan
    .body = May bitak ang katawan
    .latch = Trangkang panlaban sa hayop
question-bin-damaged-bin_serial = Ano ang serial number na nakalimbag sa basurahan, kung kaya mo itong basahin?

## Pagkuha ng malalaking gamit
question-bulky-item-pickup-item_types = Ano ang ilalabas mo?
    .furniture = Muwebles
    .mattress = Kutson o box spring
    .appliance = Kalan, washing machine, dryer o dishwasher
    .refrigerant = Refrigerator, freezer o air conditioner
    .carpet = Karpet o alpombra
    .other = Iba pang malaking gamit
question-bulky-item-pickup-item_count = Ilang gamit ang ilalabas mo?

## Graffiti sa pag-aari ng Lungsod
question-graffiti-city-property-surface = Aling mga ibabaw ang may graffiti?
    .wall = Pader o gusali
    .bridge = Tulay o daanan sa ilalim
    .fence = Bakod
    .sign-pole = Karatula o poste
    .box = Kahon ng utility o ng signal
    .other = Iba pa

## Graffiti sa karatula, poste o kahon ng signal
question-graffiti-road-assets-asset_type = Saan nakalagay ang graffiti?
    .sign = Karatula sa kalsada
    .signal-box = Kahon ng ilaw trapiko
    .pole = Poste
    .retaining-wall = Retaining wall o pader na pangharang sa ingay
    .bridge = Tulay o daanan sa ilalim
    .other = Iba pa

## Graffiti sa pribadong ari-arian
question-graffiti-private-property-surface = Aling mga ibabaw ang may graffiti?
    .wall = Pader
    .fence = Bakod
    .garage-door = Pinto ng garahe
    .window = Bintana o pinto
    .other = Iba pa
question-graffiti-private-property-is_owner = Ikaw ba ang may-ari ng ari-arian?
    .yes = Oo
    .no = Hindi

## Graffiti na mapoot o gawa ng gang
question-graffiti-hate-police_reported = Naiulat mo na ba ito sa Toronto Police?
    .yes = Oo
    .no = Hindi pa
question-graffiti-hate-police_reference = Ano ang numero ng ulat sa pulisya, kung mayroon ka?

## Ilegal na pagtatapon ng basura
question-illegal-dumping-item_types = Ano ang itinapon?
    .household = Mga supot ng basura mula sa bahay
    .furniture = Muwebles
    .mattress = Kutson
    .tires = Mga gulong
    .construction = Basura mula sa konstruksyon o renobasyon
    .electronics = Mga elektronikong gamit
    .hazardous = Pintura, kemikal o iba pang mapanganib na basura
    .other = Iba pa
question-illegal-dumping-noticed_at = Kailan mo ito napansin, o nakitang itinatapon?
question-illegal-dumping-witness = Kung nakita mo kung sino ang nagtapon nito, ilarawan ang tao o sasakyan. Huwag silang lapitan.

## Iniwang bisikleta
question-abandoned-bike-bike_condition = Ano ang kalagayan nito?
    .missing-wheel = Walang isang gulong
    .missing-parts = Walang upuan o manibela
    .flat-tires = Flat ang mga gulong
    .rusted = Kinakalawang na kadena o piyesa
    .bent-frame = Baluktot o sirang frame

## Sirang pangunahing tubo ng tubig
question-water-main-break-water_flow = Gaano karaming tubig ang umaagos?
    .trickle = Patak-patak o basang bahagi
    .steady = Tuloy-tuloy na agos
    .gushing = Bumubulwak o bumabaha sa kalsada

## Walang tubig
question-no-water-neighbours_affected = Wala rin bang tubig ang mga kapitbahay mo?
    .yes = Oo
    .no = Hindi
    .unknown = Hindi ko alam
question-no-water-started_at = Kailan nawala ang tubig?

## Pag-apaw ng imburnal o baha sa basement
question-sewer-backup-water_depth = Gaano kalalim ang tubig, sa sentimetro?
question-sewer-backup-backwater_valve = May backwater valve ba ang ari-arian?
    .yes = Oo
    .no = Wala
    .unknown = Hindi ko alam

## Baradong catch basin
question-catch-basin-blocked-ponding = May naiipong tubig ba?
    .none = Wala, hindi sa ngayon
    .road = Naiipon sa kalsada
    .sidewalk = Umaabot sa bangketa o sa isang ari-arian

## Sira o tumutulong fire hydrant
question-fire-hydrant-damaged-hydrant_problem = Ano ang problema sa hydrant?
    .knocked-over = Natumba o nabangga
    .leaking = Tumutulo
    .missing-cap = Walang takip
    .blocked = May nakaharang o natatakpan
    .paint = May graffiti o pintura

## Iba ang kulay o lasa ng tubig
question-water-quality-water_issue = Ano ang napapansin mo?
    .brown = Kulay kape o dilaw
    .cloudy = Malabo o parang gatas
    .taste = Kakaibang lasa
    .smell = Kakaibang amoy
    .particles = May mga butil o latak

## Natumba o nasirang puno (emergency)
question-tree-emergency-blocking = Ano ang naapektuhan?
    .road = Kalsada
    .sidewalk = Bangketa
    .driveway = Daanan ng sasakyan papasok sa bahay (driveway)
    .building = Bahay o gusali
    .vehicle = Sasakyan
    .wires = Mga kable
    .nothing = Wala pa, pero maaari itong matumba

## Pagputol ng sanga ng puno (hindi emergency)
question-tree-pruning-reason = Bakit kailangang putulan ng sanga ang puno?
    .low-branches = Mabababang sanga sa ibabaw ng bangketa o kalsada
    .blocking = Tumatakip sa karatula o ilaw sa kalye
    .touching-building = Dumidikit sa bahay o gusali
    .dead-branches = Mga patay na sanga

## Problema sa banyo ng parke
question-park-washroom-issue = Ano ang problema?
    .dirty = Marumi
    .supplies = Walang sabon, paper towel o toilet paper
    .locked = Nakakandado sa oras na dapat ay bukas
    .broken = Sirang inidoro, lababo o pinto
    .leak = Tagas o baha

## Sirang gamit sa palaruan
question-playground-damaged-equipment = Aling kagamitan?
    .swing = Duyan
    .slide = Padulasan
    .climber = Akyatan o istruktura sa paglalaro
    .surface = Sahig ng palaruan (buhangin, mulch o goma)
    .other = Iba pa
question-playground-damaged-unsafe = Maaari bang may masaktan kung gagamitin ito ngayon?
    .yes = Oo
    .no = Hindi
    .unsure = Hindi sigurado

## Mga tolda sa parke
question-park-encampment-tent_count = Mga ilang tolda o istruktura ang naroon?
question-park-encampment-details = May dapat bang malaman ang mga outreach worker, tulad ng sunog o iba pang alalahanin sa kaligtasan?

## Patay na hayop sa kalsada o bangketa
question-dead-animal-road-animal_type = Anong uri ng hayop ito (halimbawa, raccoon, ardilya o pusa)?
question-dead-animal-road-animal_size = Gaano ito kalaki?
    .small = Maliit (ardilya, ibon)
    .medium = Katamtaman (raccoon, pusa)
    .large = Malaki (usa, coyote, aso)

## Sugatan o may sakit na hayop-gubat
question-injured-wildlife-animal_type = Anong uri ng hayop ito?
question-injured-wildlife-condition = Ano ang nangyayari sa hayop?
    .injured = Sugatan
    .sick = May sakit o kakaiba ang kilos
    .trapped = Naipit o nabuhol
    .orphaned = Batang hayop na mukhang nag-iisa

## Ligaw o nakawalang aso
question-stray-dog-dog_contained = Nakakulong o nakatali ba ang aso, halimbawa sa bakuran o may tali?
    .yes = Oo
    .no = Hindi

## Kagat o pag-atake ng aso
question-dog-bite-incident_time = Kailan ito nangyari?
question-dog-bite-victim = Sino ang nakagat o inatake?
    .person = Isang tao
    .dog = Ibang aso
    .other-animal = Ibang hayop

## Asong walang tali
question-dog-off-leash-usual_time = Kailan ito karaniwang nangyayari (halimbawa, tuwing umaga sa mga araw ng trabaho)?

## Reklamo sa ingay
question-noise-noise_source = Ano ang pinagmumulan ng ingay?
    .amplified-sound = Musika o tunog mula sa speaker
    .construction = Konstruksyon
    .barking = Tumatahol na aso
    .equipment = Air conditioner, bentilador o iba pang makina
    .vehicle = Mga sasakyang naka-idle o pinaharurot ang makina
    .other = Iba pa
question-noise-ongoing = Nangyayari ba ang ingay ngayon?
    .now = Oo, ngayon mismo
    .recurring = Madalas itong nangyayari
    .past = Tumigil na ito
question-noise-noise_times = Ilarawan kung kailan nangyayari ang ingay at kung gaano ito katagal.

## Agarang problema sa pamantayan ng ari-arian
question-property-standards-urgent-issue = Ano ang agarang problema?
    .no-heat = Walang init o kulang ang init
    .no-water = Walang tubig
    .no-power = Walang kuryente
    .lock = Sirang kandado sa pintuan ng pasukan
    .structure = Hindi ligtas na istruktura, balkonahe o hagdan
question-property-standards-urgent-is_tenant = Nangungupahan ka ba sa gusali?
    .yes = Oo
    .no = Hindi
question-property-standards-urgent-unit_number = Ano ang numero ng iyong unit?

## Reklamo sa pamantayan ng ari-arian
question-property-standards-issues = Anu-ano ang mga problema?
    .pests = Mga peste (daga, ipis, surot)
    .mould = Amag
    .windows-doors = Sirang bintana o pinto
    .leaks = Tumutulong bubong o pader
    .stairs-railings = Sirang hagdan o hawakan
    .exterior = Hindi maayos ang labas ng gusali
    .other = Iba pa
question-property-standards-landlord_notified = Kung nangungupahan ka, nasabihan mo na ba ang iyong landlord nang nakasulat?
    .yes = Oo
    .no = Hindi pa
    .not-tenant = Hindi ako nangungupahan
question-property-standards-details = Ilarawan ang problema at kung gaano na ito katagal.

## Iniwang sasakyan sa pribadong ari-arian
question-abandoned-vehicle-licence_plate = Ano ang plaka ng sasakyan, kung mayroon ito?
question-abandoned-vehicle-vehicle_description = Ilarawan ang sasakyan (kulay, tatak, uri).
