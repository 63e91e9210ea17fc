### Nnwumadie nhyehyɛeɛ nsɛmmisa: nsɛmmisa a ɛka ho (Open311 su) ma nnwumadie biara, ne
### mmuaeɛ a wɔde ma nsɛmmisa a wɔyi firi nhyehyɛeɛ mu, sɛ su a wɔde wɔn safoa din too wɔn.

## Tokuro wɔ kwan mu
question-pothole-size = Tokuro no kɛseɛ bɛyɛ sɛn?
    .small = Ɛsua sene aduanedi prete
    .medium = Ɛbɛyɛ sɛ kar taya kɛseɛ
    .large = Ɛso sene kar taya
question-pothole-lane = Kwan no fã bɛn na ɛwɔ?
    .curb-lane = Kwan fã a ɛbɛn kwan ano ɛboɔ
    .centre-lane = Mfimfini kwan fã anaa kwan fã a wɔfa so twa kar foforɔ
    .turn-lane = Kwan fã a wɔfa so dane
    .bike-lane = Sakre kwan
    .laneway = Kwan teateaa

## Asiane wɔ kwan so
question-road-hazard-hazard_type = Asiane bɛn na ɛwɔ hɔ?
    .road-collapse = Kwan no adwiri anaa tokuro kɛseɛ abue
    .missing-cover = Efi nsuo tokuro anaa nsuo tokuro nkataho a ayera anaa abubu
    .debris = Nneɛma akɛseɛ a abubu wɔ kwan fã bi so
    .spill = Biribi a ahwie gu anaa ɛma kwan no yɛ torotoro
    .other = Biribi foforɔ

## Nantewfoɔ kwan a asɛe
question-sidewalk-damaged-damage = Ɛdeɛn na ɛyɛ nantewfoɔ kwan no?
    .cracked = Apae
    .lifted = Sima fã bi ama so anaa ɛnyɛ pɛ
    .sunken = Atɔ fam anaa ne mu da hɔ hunu
    .missing = Ne fã bi ayera
    .curb-ramp = Kwan ano ɛboɔ ho kwan a ɛsian a asɛe
question-sidewalk-damaged-trip_height = Ano a ɛnyɛ pɛ no korɔn bɛyɛ sɛntimita ahe?

## Biribi asiw sakre kwan
question-bike-lane-obstruction-obstruction = Ɛdeɛn na asiw sakre kwan no?
    .debris = Nneɛma a abubu anaa nwura
    .construction = Adansie nneɛma anaa mfidie
    .bins = Nwura anaa nneɛma a wɔsan yɛ nnaka
    .bollard = Dua tiawa a asɛe anaa ahwe ase
    .other = Biribi foforɔ

## Kar agyina tenten dodo wɔ atenaeɛ mmɔntene so
question-long-term-parking-licence_plate = Sɛ wuhu kar no nɔma pleti a, ɛdeɛn na ɛwɔ so?
question-long-term-parking-vehicle_description = Kyerɛkyerɛ kar no mu (ne kɔla, adwumakuo a ɔyɛeɛ, ne su).
question-long-term-parking-days_parked = Nna bɛyɛ ahe na kar no agyina hɔ?

## Kwan so kanea nsɔ
question-streetlight-out-light_problem = Ɛdeɛn na ɛyɛ kanea no?
    .out = Ɛnsɔ
    .flickering = Ɛdum na ɛsɔ mpɛn pii
    .day-burning = Ɛsɔ awia
    .several-out = Kanea pii a ɛtoatoa so nsɔ
question-streetlight-out-pole_number = Sɛ nɔma krataa bi wɔ kanea dua no ho a, ɛdeɛn na wɔakyerɛw?

## Agyiraeɛ a asɛe anaa ayera
question-sign-damaged-sign_type = Agyiraeɛ bɛn ni?
    .street-name = Abɔnten din
    .parking = Kar gyinabea
    .speed-limit = Ahoɔhare anohyeto
    .warning = Kɔkɔbɔ agyiraeɛ (kwan a ɛkyea, sukuu mpɔtam ne nea ɛte saa)
    .other = Foforɔ
question-sign-damaged-sign_condition = Ɛdeɛn na ɛyɛ no?
    .bent = Akyea anaa ahwe ase
    .faded = Ne kɔla ayera anaa ɛyɛ den sɛ wobɛkenkan
    .turned = Wɔadane no akɔ baabi a ɛnteɛ
    .blocked = Nnua mman ahinta no
    .missing = Ayera

## Kar kanea nyɛ adwuma
question-traffic-signal-malfunction-signal_problem = Ɛdeɛn na kar kanea no reyɛ?
    .dark = Ɛnsɔ koraa
    .flashing = Kɔkɔɔ anaa akokɔsradeɛ redum asɔ
    .stuck = Agyina kɔla baako so
    .damaged = Ahwe ase anaa asɛe
    .turned = Wɔadane no akɔ baabi a ɛnteɛ
question-traffic-signal-malfunction-direction = Akwantuo fã bɛn na ɛka (sɛ nhwɛsoɔ, wɔn a wɔrekɔ atifi fam)?

## Kwan so ahobammɔ ho dadwene
question-traffic-safety-concern-concern = Ɛdeɛn na ɛhaw wo?
    .speeding = Ahoɔhare a ɛboro so
    .signal-timing = Kar kanea bere nhyehyɛeɛ
    .visibility = Ɛyɛ den sɛ wobɛhunu ade yie
    .crossing = Ɛyɛ den sɛ wobɛtwa kwan no
    .cut-through = Kar a wɔfa hɔ sɛ kwan tiawa
question-traffic-safety-concern-details = Ka bi ka ho kyerɛ yɛn: ɛberɛ bɛn na ɛsi, na hwan na ɛka no?

## Wɔnnyii sukyerɛmma mfii nantewfoɔ kwan so
question-snow-sidewalk-condition = Nantewfoɔ kwan no te sɛn?
    .snow = Sukyerɛmma akata so
    .ice = Nsuo ayɛ den wɔ so
    .snowbank = Sukyerɛmma a wɔpiaa firii kwan so aboa ano asiw

## Wɔamfa nwura
question-missed-garbage-collection_day = Da bɛn na wɔahyɛ sɛ wɔbɛfa wo nwura?
question-missed-garbage-set_out = Na adaka no wɔ kwan ano ansa na anɔpa nnɔnson (7:00) rebɛduru?
    .yes = Aane
    .no = Daabi

## Wɔamfa nneɛma a wɔsan yɛ
question-missed-recycling-collection_day = Da bɛn na wɔahyɛ sɛ wɔbɛfa wo nwura?
question-missed-recycling-set_out = Na adaka no wɔ kwan ano ansa na anɔpa nnɔnson (7:00) rebɛduru?
    .yes = Aane
    .no = Daabi

## Wɔamfa nwura adaka ahabammono
question-missed-green-bin-collection_day = Da bɛn na wɔahyɛ sɛ wɔbɛfa wo nwura?
question-missed-green-bin-set_out = Na adaka no wɔ kwan ano ansa na anɔpa nnɔnson (7:00) rebɛduru?
    .yes = Aane
    .no = Daabi

## Nwura adaka a asɛe
question-bin-damaged-bin_type = Adaka bɛn na asɛe?
    .garbage = Nwura adaka
    .recycling = Nwura adaka bruu (nneɛma a wɔsan yɛ)
    .green-bin = Nwura adaka ahabammono (nwura a ɛporɔ)
question-bin-damaged-damage = Ɛdeɛn na asɛe?
    .lid = Nkataho
    .wheels = Ne nan a ɛkyinkyini anaa ne dadeɛ a ɛkura no
    .handle = Ne nsakuraeɛ
    .body = Adaka no ho apae
    .latch = Ano krado a mmoa ntumi mmue
question-bin-damaged-bin_serial = Sɛ wobɛtumi akenkan a, nɔma a wɔatintim wɔ adaka no ho no yɛ ɛdeɛn?

## Nneɛma akɛseɛ ho nwura yiyi
question-bulky-item-pickup-item_types = Ɛdeɛn na wode bɛto abɔnten?
    .furniture = Nkongua ne ɛpono
    .mattress = Mpa kɛtɛ anaa mpa kɛtɛ ase sprinɛ adaka
    .appliance = Aduane noa mfidie, ntadeɛ horo mfidie, ntadeɛ hyew mfidie anaa nkuku horo mfidie
    .refrigerant = Frigyi, frisa anaa mframa nwunu mfidie
    .carpet = Kapɛt anaa fam kete
    .other = Adeɛ kɛseɛ foforɔ
question-bulky-item-pickup-item_count = Nneɛma ahe na wode bɛto abɔnten?

## Ɔfasuo so akyerɛwdeɛ wɔ Kuropɔn no agyapadeɛ so
question-graffiti-city-property-surface = Baabi bɛn na wɔakyerɛw nneɛma agu so?
    .wall = Ɔfasuo anaa adan
    .bridge = Twɛtweɛ anaa kwan a ɛfa ase
    .fence = Ban
    .sign-pole = Agyiraeɛ anaa dua
    .box = Nnwumadie adaka anaa kar kanea adaka
    .other = Foforɔ

## Ɔfasuo so akyerɛwdeɛ wɔ kwan agyiraeɛ, nnua anaa kar kanea adaka so
question-graffiti-road-assets-asset_type = Wɔakyerɛw nneɛma no wɔ ɛdeɛn so?
    .sign = Kwan agyiraeɛ
    .signal-box = Kar kanea adaka
    .pole = Dua
    .retaining-wall = Ɔfasuo a ɛkura asase anaa ɔfasuo a ɛsiw dede
    .bridge = Twɛtweɛ anaa kwan a ɛfa ase
    .other = Biribi foforɔ

## Ɔfasuo so akyerɛwdeɛ wɔ obi ankasa agyapadeɛ so
question-graffiti-private-property-surface = Baabi bɛn na wɔakyerɛw nneɛma agu so?
    .wall = Ɔfasuo
    .fence = Ban
    .garage-door = Kar dan pon
    .window = Mfɛnsere anaa pon
    .other = Foforɔ
question-graffiti-private-property-is_owner = Wo na agyapadeɛ no yɛ wo dea?
    .yes = Aane
    .no = Daabi

## Nitan anaa kuo bɔnefoɔ akyerɛwdeɛ
question-graffiti-hate-police_reported = Woabɔ ho amaneɛ akyerɛ Toronto Polisifoɔ?
    .yes = Aane
    .no = Daabi
question-graffiti-hate-police_reference = Sɛ wowɔ polisifoɔ amanneɛbɔ nɔma a, ɛyɛ ɛdeɛn?

## Nwura a wɔtow gu a mmara mma ho kwan
question-illegal-dumping-item_types = Ɛdeɛn na wɔtoo guiɛ?
    .household = Fie nwura nkotokuo
    .furniture = Nkongua ne ɛpono
    .mattress = Mpa kɛtɛ
    .tires = Kar taya
    .construction = Adansie anaa dan siesie nwura
    .electronics = Anyinam ahoɔden nneɛma
    .hazardous = Penti, nnuro anaa nwura foforɔ a asiane wom
    .other = Foforɔ
question-illegal-dumping-noticed_at = Ɛberɛ bɛn na wohunuiɛ, anaa wohunuu sɛ wɔretow agu?
question-illegal-dumping-witness = Sɛ wohunuu onipa a ɔtoo guiɛ a, kyerɛkyerɛ onipa no anaa kar no mu. Nkɔ wɔn nkyɛn.

## Sakre a wɔagyaw
question-abandoned-bike-bike_condition = Sakre no te sɛn?
    .missing-wheel = Ne nan baako ayera
    .missing-parts = Ne tenabea anaa ne nsakuraeɛ ayera
    .flat-tires = Ne taya mu mframa afi
    .rusted = Ne nkɔnsɔnkɔnsɔn anaa ne fã bi awe nkannare
    .bent-frame = Ne dadeɛ nipadua akyea anaa asɛe

## Nsuo paipu kɛseɛ apae
question-water-main-break-water_flow = Nsuo dodoɔ bɛn na ɛresen?
    .trickle = Nsuo kakra retete anaa baabi afɔ
    .steady = Nsuo resen a ɛnnyae
    .gushing = Nsuo rehwie ahoɔden so anaa ayiri kwan no so

## Nsuo nni hɔ
question-no-water-neighbours_affected = Wo mfɛfoɔ nso nni nsuo?
    .yes = Aane
    .no = Daabi
    .unknown = Mennim
question-no-water-started_at = Ɛberɛ bɛn na nsuo no gyaeeɛ?

## Efi nsuo resan aba anaa nsuo ayiri fam dan mu
question-sewer-backup-water_depth = Nsuo no mu dɔ bɛyɛ sɛntimita ahe?
question-sewer-backup-backwater_valve = Agyapadeɛ no wɔ bɔtɔm a ɛsiw efi nsuo sɛ ɛnsan mma?
    .yes = Aane
    .no = Daabi
    .unknown = Mennim

## Kwan so nsuo tokuro asi
question-catch-basin-blocked-ponding = Nsuo reboa ano?
    .none = Daabi, seesei deɛ ɛnte saa
    .road = Ɛboa ano wɔ kwan so
    .sidewalk = Ɛboa ano kɔ nantewfoɔ kwan anaa obi asase so

## Ogya dum nsuo paipu a asɛe anaa ɛrete
question-fire-hydrant-damaged-hydrant_problem = Ɛdeɛn na ɛyɛ ogya dum nsuo paipu no?
    .knocked-over = Ahwe ase anaa biribi abɔ mu
    .leaking = Ɛrete
    .missing-cap = Ne nkataho ayera
    .blocked = Biribi asiw anim anaa ahinta no
    .paint = Akyerɛwdeɛ anaa penti

## Nsuo a ne kɔla asesa anaa ne dɛ nyɛ
question-water-quality-water_issue = Ɛdeɛn na wohunu?
    .brown = Ɛyɛ kɔkɔɔ te sɛ dɔteɛ anaa akokɔsradeɛ
    .cloudy = Ɛyɛ mmɔmmɔ anaa ɛte sɛ nufosuo
    .taste = Ne dɛ nte sɛ daa
    .smell = Ne hwa nte sɛ daa
    .particles = Nneɛma nketenkete anaa nwura a ɛtɔ ase

## Dua a ahwe ase anaa asɛe (ɛhia ntɛm)
question-tree-emergency-blocking = Ɛdeɛn na aka?
    .road = Kwan
    .sidewalk = Nantewfoɔ kwan
    .driveway = Fie kar kwan
    .building = Fie anaa adan
    .vehicle = Kar
    .wires = Ahoma
    .nothing = Biribiara nni hɔ seesei, nanso ebetumi ahwe ase

## Dua dubaa twa (ɛnhia ntɛm)
question-tree-pruning-reason = Adɛn nti na ɛsɛ sɛ wɔtwitwa dua no mman?
    .low-branches = Mman a ɛbɛn fam wɔ nantewfoɔ kwan anaa kwan so
    .blocking = Ɛkata agyiraeɛ anaa kwan so kanea so
    .touching-building = Ɛka fie anaa adan
    .dead-branches = Mman a awuwu

## Ahomegyebea tiafi ho ɔhaw
question-park-washroom-issue = Ɔhaw bɛn na ɛwɔ hɔ?
    .dirty = Ɛho ayɛ fĩ
    .supplies = Samina, nsa popa krataa anaa tiafi krataa nni hɔ
    .locked = Wɔato mu wɔ bere a ɛsɛ sɛ ɛbue
    .broken = Tiafi, nsa horo bea anaa pon abubu
    .leak = Nsuo rete anaa nsuo ayiri

## Mmofra agodibea nneɛma a asɛe
question-playground-damaged-equipment = Agodie adeɛ bɛn?
    .swing = Ahinhim agodie adeɛ
    .slide = Adeɛ a wɔfa so toro ba fam
    .climber = Adeɛ a wɔforo anaa agodie adan
    .surface = Fam (anwea, dua nkyɛmu nketewa anaa rɔba)
    .other = Foforɔ
question-playground-damaged-unsafe = Sɛ obi de di dwuma seesei a, ebetumi apira no?
    .yes = Aane
    .no = Daabi
    .unsure = Mennim pɔtee

## Ntomadan wɔ ahomegyebea
question-park-encampment-tent_count = Ntomadan anaa nnan nketewa bɛyɛ ahe na ɛwɔ hɔ?
question-park-encampment-details = Biribi wɔ hɔ a ɛsɛ sɛ mmoa adwumayɛfoɔ no hunu, te sɛ ogya anaa ahobammɔ ho dadwene foforɔ?

## Aboa a awu wɔ kwan anaa nantewfoɔ kwan so
question-dead-animal-road-animal_type = Aboa bɛn ni (sɛ nhwɛsoɔ, rakun, opuro anaa agyinamoa)?
question-dead-animal-road-animal_size = Ne kɛseɛ te sɛn?
    .small = Ketewa (opuro, anomaa)
    .medium = Ntam (rakun, agyinamoa)
    .large = Kɛseɛ (ɔtwe, koyoti, kraman)

## Wuram aboa a apira anaa ɔyare
question-injured-wildlife-animal_type = Aboa bɛn ni?
question-injured-wildlife-condition = Ɛdeɛn na ɛreyɛ aboa no?
    .injured = Wapira
    .sick = Ɔyare anaa ɔreyɛ nneɛma a ɛnte sɛ daa
    .trapped = Biribi ayi no afidie anaa ahoma akyekyere no
    .orphaned = Aboa ba a ɛte sɛ ɔno nko ara na ɔwɔ hɔ

## Kraman a ayera anaa ɔnenam kwa
question-stray-dog-dog_contained = Wɔakyekyere kraman no anaa wɔato no mu, sɛ nhwɛsoɔ wɔ adiwo anaa hama wɔ ne kɔn mu?
    .yes = Aane
    .no = Daabi

## Kraman kaeɛ anaa ɔtoaa obi so
question-dog-bite-incident_time = Ɛberɛ bɛn na ɛsiiɛ?
question-dog-bite-victim = Hwan na kraman no kaa no anaa ɔtoaa no so?
    .person = Onipa
    .dog = Kraman foforɔ
    .other-animal = Aboa foforɔ

## Kraman a hama nni ne kɔn mu
question-dog-off-leash-usual_time = Ɛberɛ bɛn na yei taa si (sɛ nhwɛsoɔ, adwuma nna anɔpa)?

## Dede ho anwiinwii
question-noise-noise_source = Ɛdeɛn na ɛyɛ dede no?
    .amplified-sound = Nnwom anaa kasamfidie nne
    .construction = Adansie
    .barking = Kraman a ɔbɔ nkoma
    .equipment = Mframa nwunu mfidie, mframa bɔ mfidie anaa mfidie foforɔ
    .vehicle = Kar a ɛgyina hɔ a ne ɛngyin sɔ anaa wɔma ne ɛngyin bobɔ dede
    .other = Foforɔ
question-noise-ongoing = Dede no rekɔ so seesei?
    .now = Aane, seesei ara
    .recurring = Ɛtaa si
    .past = Agyae
question-noise-noise_times = Kyerɛkyerɛ ɛberɛ a dede no si ne ɛberɛ tenten a ɛkɔ so.

## Dan gyinapɛn ho ɔhaw a ɛhia ntɛm
question-property-standards-urgent-issue = Ɔhaw bɛn na ɛhia ntɛm?
    .no-heat = Ɔhyew nni hɔ anaa ɛnnɔɔso
    .no-water = Nsuo nni hɔ
    .no-power = Anyinam ahoɔden nni hɔ
    .lock = Kwan kɛseɛ pon krado abubu
    .structure = Dan, baakɔni anaa atrapoe a ahobammɔ nni mu
question-property-standards-urgent-is_tenant = Woyɛ ahatɔfoɔ wɔ dan no mu?
    .yes = Aane
    .no = Daabi
question-property-standards-urgent-unit_number = Wo dan nɔma yɛ ɛdeɛn?

## Dan gyinapɛn ho anwiinwii
question-property-standards-issues = Ɔhaw bɛn na ɛwɔ hɔ?
    .pests = Mmoawa (nkura, kakalaka, mpa mu mmoawa)
    .mould = Ɛfi a ɛfiri nsuo
    .windows-doors = Mfɛnsere anaa apon a abubu
    .leaks = Dan atifi anaa afasuo a ɛrete
    .stairs-railings = Atrapoe anaa nsa kura dadeɛ a asɛe
    .exterior = Adan no abɔnten fã a asɛe
    .other = Foforɔ
question-property-standards-landlord_notified = Sɛ woyɛ ahatɔfoɔ a, woakyerɛw krataa abɔ wo dan wura amaneɛ?
    .yes = Aane
    .no = Daabi
    .not-tenant = Menyɛ ahatɔfoɔ
question-property-standards-details = Kyerɛkyerɛ ɔhaw no mu na ka ɛberɛ tenten a ɛkɔ so.

## Kar a wɔagyaw wɔ obi ankasa asase so
question-abandoned-vehicle-licence_plate = Sɛ kar no wɔ nɔma pleti a, ɛdeɛn na ɛwɔ so?
question-abandoned-vehicle-vehicle_description = Kyerɛkyerɛ kar no mu (ne kɔla, adwumakuo a ɔyɛeɛ, ne su).
