### Maswali ya orodha ya huduma: maswali ya ziada (sifa za Open311) ya kila aina ya huduma, na
### majibu yanayotolewa kwa maswali ya kuchagua, kama sifa zenye majina ya funguo zake.

## Shimo barabarani
question-pothole-size = Shimo lina ukubwa gani kwa makadirio?
    .small = Dogo kuliko sahani ya chakula
    .medium = Karibu ukubwa wa tairi la gari
    .large = Kubwa kuliko tairi la gari
question-pothole-lane = Liko katika sehemu gani ya barabara?
    .curb-lane = Njia iliyo karibu na ukingo wa barabara
    .centre-lane = Njia ya katikati au njia ya kupita magari mengine
    .turn-lane = Njia ya kugeuka
    .bike-lane = Njia ya baiskeli
    .laneway = Uchochoro

## Hatari barabarani
question-road-hazard-hazard_type = Hatari ni ipi?
    .road-collapse = Uso wa barabara umeporomoka au kuna shimo lililotitia
    .missing-cover = Kifuniko cha shimo la maji taka au cha mfereji kimepotea au kimevunjika
    .debris = Vifusi vikubwa kwenye njia ya barabara
    .spill = Kitu kilichomwagika au kinachoteleza
    .other = Kitu kingine

## Njia ya waenda kwa miguu iliyoharibika
question-sidewalk-damaged-damage = Njia ya waenda kwa miguu ina tatizo gani?
    .cracked = Imepasuka
    .lifted = Vipande vimeinuka au havilingani
    .sunken = Imezama au ina uwazi chini yake
    .missing = Vipande vimepotea
    .curb-ramp = Mteremko wa ukingo umeharibika
question-sidewalk-damaged-trip_height = Ukingo usio sawa una urefu wa takriban sentimita ngapi?

## Kizuizi kwenye njia ya baiskeli
question-bike-lane-obstruction-obstruction = Ni nini kinachozuia njia ya baiskeli?
    .debris = Vifusi au takataka
    .construction = Vifaa au mitambo ya ujenzi
    .bins = Mapipa ya taka au ya kurejeleza
    .bollard = Nguzo fupi iliyoharibika au iliyoanguka
    .other = Kitu kingine

## Gari limeegeshwa muda mrefu mno kwenye mtaa wa makazi
question-long-term-parking-licence_plate = Nambari ya usajili wa gari ni ipi, ikiwa unaweza kuiona?
question-long-term-parking-vehicle_description = Tafadhali eleza gari (rangi, chapa, aina).
question-long-term-parking-days_parked = Limeegeshwa hapo kwa takriban siku ngapi?

## Taa ya barabarani haiwaki
question-streetlight-out-light_problem = Taa ina tatizo gani?
    .out = Haiwaki
    .flickering = Inapepesa au inawaka na kuzima
    .day-burning = Inawaka mchana
    .several-out = Taa kadhaa mfululizo haziwaki
question-streetlight-out-pole_number = Ikiwa nguzo ina kibao cha nambari, kimeandikwa nini?

## Alama iliyoharibika au iliyopotea
question-sign-damaged-sign_type = Ni alama ya aina gani?
    .street-name = Jina la mtaa
    .parking = Maegesho
    .speed-limit = Kikomo cha mwendo
    .warning = Alama ya tahadhari (kona, eneo la shule na nyinginezo)
    .other = Nyingine
question-sign-damaged-sign_condition = Ina tatizo gani?
    .bent = Imepinda au imeangushwa
    .faded = Imefifia au ni vigumu kusoma
    .turned = Imegeuzwa upande usio sahihi
    .blocked = Imefichwa na matawi
    .missing = Imepotea

## Taa za trafiki hazifanyi kazi
question-traffic-signal-malfunction-signal_problem = Taa za trafiki zinafanya nini?
    .dark = Zimezimika kabisa
    .flashing = Zinamweka nyekundu au njano
    .stuck = Zimekwama kwenye rangi moja
    .damaged = Zimeangushwa au zimeharibika
    .turned = Zimegeuzwa upande usio sahihi
question-traffic-signal-malfunction-direction = Ni mwelekeo upi wa safari unaoathirika (kwa mfano, kuelekea kaskazini)?

## Wasiwasi kuhusu usalama wa barabarani
question-traffic-safety-concern-concern = Una wasiwasi kuhusu nini?
    .speeding = Mwendo kasi
    .signal-timing = Muda wa taa za trafiki
    .visibility = Ni vigumu kuona vizuri
    .crossing = Ni vigumu kuvuka
    .cut-through = Magari yanayopita mtaani kama njia ya mkato
question-traffic-safety-concern-details = Tueleze zaidi: hutokea lini, na ni nani anayeathirika?

## Theluji haijaondolewa kwenye njia ya waenda kwa miguu
question-snow-sidewalk-condition = Njia ya waenda kwa miguu iko katika hali gani?
    .snow = Imefunikwa na theluji
    .ice = Ina barafu
    .snowbank = Imezibwa na rundo la theluji kutokana na kuondoa theluji barabarani

## Taka hazikukusanywa
question-missed-garbage-collection_day = Siku yako ya ukusanyaji iliyopangwa ilikuwa ipi?
question-missed-garbage-set_out = Je, pipa lilikuwa kando ya barabara kabla ya saa 1 asubuhi (7 a.m.)?
    .yes = Ndiyo
    .no = Hapana

## Vitu vya kurejelezwa havikukusanywa
question-missed-recycling-collection_day = Siku yako ya ukusanyaji iliyopangwa ilikuwa ipi?
question-missed-recycling-set_out = Je, pipa lilikuwa kando ya barabara kabla ya saa 1 asubuhi (7 a.m.)?
    .yes = Ndiyo
    .no = Hapana

## Pipa la kijani halikukusanywa
question-missed-green-bin-collection_day = Siku yako ya ukusanyaji iliyopangwa ilikuwa ipi?
question-missed-green-bin-set_out = Je, pipa lilikuwa kando ya barabara kabla ya saa 1 asubuhi (7 a.m.)?
    .yes = Ndiyo
    .no = Hapana

## Pipa lililoharibika
question-bin-damaged-bin_type = Ni pipa lipi lililoharibika?
    .garbage = Pipa la taka
    .recycling = Pipa la bluu (urejelezaji)
    .green-bin = Pipa la kijani (taka za kikaboni)
question-bin-damaged-damage = Ni nini kilichoharibika?
    .lid = Kifuniko
    .wheels = Gurudumu au ekseli
    .handle = Mshiko
    .body = Mwili wa pipa umepasuka
    .latch = Kitasa cha kuzuia wanyama
question-bin-damaged-bin_serial = Nambari ya utambulisho iliyochapishwa kwenye pipa ni ipi, ikiwa unaweza kuisoma?

## Kuchukua vitu vikubwa
question-bulky-item-pickup-item_types = Utaweka nje vitu gani?
    .furniture = Samani
    .mattress = Godoro au kitanda cha springi
    .appliance = Jiko, mashine ya kufulia, mashine ya kukausha nguo au mashine ya kuosha vyombo
    .refrigerant = Jokofu, friza au kiyoyozi
    .carpet = Zulia au mkeka
    .other = Kitu kingine kikubwa
question-bulky-item-pickup-item_count = Utaweka nje vitu vingapi?

## Michoro ya ukutani kwenye mali ya Jiji
question-graffiti-city-property-surface = Ni sehemu zipi zimechorwa?
    .wall = Ukuta au jengo
    .bridge = Daraja au njia ya chini
    .fence = Uzio
    .sign-pole = Alama au nguzo
    .box = Sanduku la huduma au la taa za trafiki
    .other = Nyingine

## Michoro ya ukutani kwenye alama za barabarani, nguzo au masanduku ya taa za trafiki
question-graffiti-road-assets-asset_type = Michoro iko juu ya nini?
    .sign = Alama ya barabarani
    .signal-box = Sanduku la taa za trafiki
    .pole = Nguzo
    .retaining-wall = Ukuta wa kuzuia udongo au ukuta wa kuzuia kelele
    .bridge = Daraja au njia ya chini
    .other = Kitu kingine

## Michoro ya ukutani kwenye mali binafsi
question-graffiti-private-property-surface = Ni sehemu zipi zimechorwa?
    .wall = Ukuta
    .fence = Uzio
    .garage-door = Mlango wa gereji
    .window = Dirisha au mlango
    .other = Nyingine
question-graffiti-private-property-is_owner = Je, wewe ni mmiliki wa mali hiyo?
    .yes = Ndiyo
    .no = Hapana

## Michoro ya chuki au ya magenge
question-graffiti-hate-police_reported = Je, umeripoti kwa Polisi wa Toronto?
    .yes = Ndiyo
    .no = Hapana
question-graffiti-hate-police_reference = Nambari ya ripoti ya polisi ni ipi, ikiwa unayo?

## Utupaji taka kinyume cha sheria
question-illegal-dumping-item_types = Ni nini kilichotupwa?
    .household = Mifuko ya taka za nyumbani
    .furniture = Samani
    .mattress = Godoro
    .tires = Matairi
    .construction = Taka za ujenzi au ukarabati
    .electronics = Vifaa vya kielektroniki
    .hazardous = Rangi, kemikali au taka nyingine hatari
    .other = Nyingine
question-illegal-dumping-noticed_at = Uliona lini, au uliona lini vikitupwa?
question-illegal-dumping-witness = Ikiwa uliona aliyevitupa, eleza mtu huyo au gari. Usiwakaribie.

## Baiskeli iliyotelekezwa
question-abandoned-bike-bike_condition = Iko katika hali gani?
    .missing-wheel = Inakosa gurudumu
    .missing-parts = Inakosa kiti au usukani
    .flat-tires = Matairi hayana upepo
    .rusted = Mnyororo au vipuri vimeshika kutu
    .bent-frame = Fremu imepinda au imeharibika

## Bomba kuu la maji limepasuka
question-water-main-break-water_flow = Maji yanatoka kwa kiasi gani?
    .trickle = Yanatiririka kidogo au ni sehemu yenye unyevu
    .steady = Mkondo usiokatika
    .gushing = Yanabubujika kwa nguvu au yanafurika barabarani

## Hakuna maji
question-no-water-neighbours_affected = Je, majirani zako pia hawana maji?
    .yes = Ndiyo
    .no = Hapana
    .unknown = Sijui
question-no-water-started_at = Maji yalikatika lini?

## Maji taka yanarudi au ghorofa ya chini imejaa maji
question-sewer-backup-water_depth = Maji yana kina cha takriban sentimita ngapi?
question-sewer-backup-backwater_valve = Je, mali hiyo ina vali ya kuzuia maji taka kurudi?
    .yes = Ndiyo
    .no = Hapana
    .unknown = Sijui

## Mfereji wa maji ya mvua umeziba
question-catch-basin-blocked-ponding = Je, maji yanatuama?
    .none = Hapana, si kwa sasa
    .road = Yanatuama barabarani
    .sidewalk = Yanatuama hadi kwenye njia ya waenda kwa miguu au kwenye mali

## Bomba la maji la zimamoto lililoharibika au linalovuja
question-fire-hydrant-damaged-hydrant_problem = Bomba la zimamoto lina tatizo gani?
    .knocked-over = Limeangushwa au limegongwa
    .leaking = Linavuja
    .missing-cap = Halina kifuniko
    .blocked = Limezibwa au limefichwa
    .paint = Michoro au rangi

## Maji yenye rangi isiyo ya kawaida au ladha mbaya
question-water-quality-water_issue = Unaona nini?
    .brown = Rangi ya kahawia au njano
    .cloudy = Yana ukungu au ni meupe kama maziwa
    .taste = Ladha isiyo ya kawaida
    .smell = Harufu isiyo ya kawaida
    .particles = Chembechembe au mashapo

## Mti ulioanguka au kuharibika (dharura)
question-tree-emergency-blocking = Ni nini kilichoathirika?
    .road = Barabara
    .sidewalk = Njia ya waenda kwa miguu
    .driveway = Njia ya gari ya kuingia nyumbani
    .building = Nyumba au jengo
    .vehicle = Gari
    .wires = Nyaya
    .nothing = Hakuna bado, lakini huenda ukaanguka

## Kupogoa mti (si dharura)
question-tree-pruning-reason = Kwa nini mti unahitaji kupogolewa?
    .low-branches = Matawi ya chini juu ya njia ya waenda kwa miguu au barabara
    .blocking = Yanaziba alama au taa ya barabarani
    .touching-building = Yanagusa nyumba au jengo
    .dead-branches = Matawi yaliyokufa

## Tatizo la choo cha bustani
question-park-washroom-issue = Tatizo ni nini?
    .dirty = Ni kichafu
    .supplies = Hakuna sabuni, taulo za karatasi au karatasi ya chooni
    .locked = Kimefungwa wakati wa saa za kufunguliwa
    .broken = Choo, sinki au mlango umevunjika
    .leak = Kuvuja au mafuriko

## Vifaa vya uwanja wa michezo vilivyoharibika
question-playground-damaged-equipment = Ni kifaa kipi?
    .swing = Bembea
    .slide = Mteremko wa kuteleza
    .climber = Kifaa cha kupanda au muundo wa kuchezea
    .surface = Sakafu ya ardhi (mchanga, vipande vya mbao au mpira)
    .other = Nyingine
question-playground-damaged-unsafe = Je, mtu anaweza kuumia akikitumia sasa?
    .yes = Ndiyo
    .no = Hapana
    .unsure = Sina uhakika

## Kambi katika bustani ya umma
question-park-encampment-tent_count = Kuna takriban mahema au vibanda vingapi?
question-park-encampment-details = Je, kuna jambo lolote ambalo wafanyakazi wa huduma za kijamii wanapaswa kujua, kama moto au wasiwasi mwingine wa usalama?

## Mnyama aliyekufa barabarani au kwenye njia ya waenda kwa miguu
question-dead-animal-road-animal_type = Ni mnyama wa aina gani (kwa mfano, rakuni, kindi au paka)?
question-dead-animal-road-animal_size = Ana ukubwa gani?
    .small = Mdogo (kindi, ndege)
    .medium = Wa wastani (rakuni, paka)
    .large = Mkubwa (kulungu, koyoti, mbwa)

## Mnyama wa porini aliyejeruhiwa au mgonjwa
question-injured-wildlife-animal_type = Ni mnyama wa aina gani?
question-injured-wildlife-condition = Mnyama yuko katika hali gani?
    .injured = Amejeruhiwa
    .sick = Ni mgonjwa au ana tabia isiyo ya kawaida
    .trapped = Amenaswa au amekwama
    .orphaned = Mnyama mchanga anayeonekana kuwa peke yake

## Mbwa aliyepotea au anayezurura
question-stray-dog-dog_contained = Je, mbwa amedhibitiwa, kwa mfano yuko uani au amefungwa kamba?
    .yes = Ndiyo
    .no = Hapana

## Kuumwa au kushambuliwa na mbwa
question-dog-bite-incident_time = Ilitokea lini?
question-dog-bite-victim = Ni nani aliyeumwa au kushambuliwa?
    .person = Mtu
    .dog = Mbwa mwingine
    .other-animal = Mnyama mwingine

## Mbwa bila kamba
question-dog-off-leash-usual_time = Hii hutokea lini kwa kawaida (kwa mfano, asubuhi za siku za kazi)?

## Malalamiko ya kelele
question-noise-noise_source = Ni nini kinachopiga kelele?
    .amplified-sound = Muziki au sauti ya vipaza sauti
    .construction = Ujenzi
    .barking = Mbwa anayebweka
    .equipment = Kiyoyozi, feni au mashine nyingine
    .vehicle = Magari yaliyowashwa yakiwa yamesimama au yanayongurumishwa
    .other = Nyingine
question-noise-ongoing = Je, kelele inatokea sasa?
    .now = Ndiyo, sasa hivi
    .recurring = Hutokea mara kwa mara
    .past = Imekoma
question-noise-noise_times = Eleza kelele hutokea lini na hudumu kwa muda gani.

## Tatizo la dharura la viwango vya majengo
question-property-standards-urgent-issue = Tatizo la dharura ni lipi?
    .no-heat = Hakuna joto au joto halitoshi
    .no-water = Hakuna maji
    .no-power = Hakuna umeme
    .lock = Kufuli ya mlango wa kuingilia imevunjika
    .structure = Jengo, roshani au ngazi si salama
question-property-standards-urgent-is_tenant = Je, wewe ni mpangaji katika jengo hilo?
    .yes = Ndiyo
    .no = Hapana
question-property-standards-urgent-unit_number = Nambari ya nyumba yako (unit) ni ipi?

## Malalamiko kuhusu viwango vya majengo
question-property-standards-issues = Kuna matatizo gani?
    .pests = Wadudu na wanyama waharibifu (panya, mende, kunguni)
    .mould = Kuvu
    .windows-doors = Madirisha au milango iliyovunjika
    .leaks = Paa au kuta zinazovuja
    .stairs-railings = Ngazi au reli zilizoharibika
    .exterior = Sehemu ya nje katika hali mbaya
    .other = Nyingine
question-property-standards-landlord_notified = Ikiwa wewe ni mpangaji, je, umemjulisha mwenye nyumba kwa maandishi?
    .yes = Ndiyo
    .no = Hapana
    .not-tenant = Mimi si mpangaji
question-property-standards-details = Eleza tatizo na limekuwepo kwa muda gani.

## Gari lililotelekezwa kwenye mali binafsi
question-abandoned-vehicle-licence_plate = Nambari ya usajili wa gari ni ipi, ikiwa lina nambari?
question-abandoned-vehicle-vehicle_description = Tafadhali eleza gari (rangi, chapa, aina).
