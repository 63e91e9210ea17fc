### Orodha ya huduma za Civic311: majina na maelezo ya Kiswahili ya makundi ya huduma na
### aina za huduma katika server/seed/catalogue.toml. Vitambulisho vinafuata misimbo ya faili hilo.

## Makundi ya huduma

service-group-roads = Barabara na njia za waenda kwa miguu
service-group-streetlights-signs = Taa za barabarani, alama na taa za trafiki
service-group-snow-ice = Theluji na barafu
service-group-garbage = Taka, urejelezaji na pipa la kijani
service-group-graffiti-dumping = Michoro ya ukutani na utupaji taka kinyume cha sheria
service-group-water = Maji, maji taka na mifereji
service-group-trees = Miti
service-group-parks = Bustani za umma na burudani
service-group-animals = Wanyama
service-group-property-noise = Mali, kelele na sheria ndogo za Jiji

## Barabara na njia za waenda kwa miguu

service-pothole = Shimo barabarani
    .description = Shimo au sehemu iliyoharibika kwenye uso wa barabara au uchochoro wa Jiji. Tuambie ukubwa wake kwa makadirio na liko katika njia ipi ya barabara.

service-road-hazard = Hatari barabarani
    .description = Kitu barabarani ambacho ni hatari sasa hivi, kama uso wa barabara ulioporomoka, kifuniko cha shimo la maji taka kilichopotea au vifusi vikubwa kwenye njia inayotumika na magari. Ikiwa mtu ameumia au yuko hatarini, piga 911.

service-sidewalk-damaged = Njia ya waenda kwa miguu iliyoharibika
    .description = Njia ya waenda kwa miguu iliyopasuka, iliyoinuka, iliyozama au iliyovunjika ambayo inaweza kumkwaza mtu au inayozuia kiti cha magurudumu au kigari cha mtoto.

service-curb-damaged = Ukingo wa barabara ulioharibika
    .description = Ukingo uliovunjika, unaobomoka au uliopotea kando ya barabara ya Jiji.

service-street-sweeping = Barabara inahitaji kufagiliwa
    .description = Mchanga, changarawe, matope au takataka zilizojilimbikiza kando ya barabara au kwenye njia ya baiskeli zinazohitaji gari la kufagia barabara.

service-bike-lane-obstruction = Kizuizi kwenye njia ya baiskeli
    .description = Vifusi, vifaa vya ujenzi, mapipa au nguzo fupi zilizoharibika zinazozuia njia ya baiskeli. Kwa gari lililoegeshwa kwenye njia ya baiskeli, piga simu kwa kitengo cha maegesho cha Polisi wa Toronto kwa 416-808-2222.

service-construction-blocking = Barabara au njia ya waenda kwa miguu imezibwa na ujenzi
    .description = Eneo la ujenzi au kazi za huduma kama maji au umeme zinazozuia barabara au njia ya waenda kwa miguu bila njia mbadala salama, au zilizoacha eneo si salama.

service-guardrail-damaged = Kizuizi cha usalama au uzio wa barabara ulioharibika
    .description = Kizuizi cha usalama, reli ya kushikilia au uzio uliopinda, uliovunjika au uliopotea kando ya barabara, daraja au njia panda.

service-laneway-repair = Uchochoro katika hali mbaya
    .description = Uchochoro wa umma wenye uso ulioharibika, mifereji mibovu au mitaro mirefu ya magurudumu. Kwa shimo moja, chagua Shimo barabarani.

service-long-term-parking = Gari limeegeshwa muda mrefu mno kwenye mtaa wa makazi
    .description = Gari ambalo limekaa mahali pamoja kwenye mtaa wa makazi kwa muda mrefu kuliko sheria za maegesho zinavyoruhusu.

## Taa za barabarani, alama na taa za trafiki

service-streetlight-out = Taa ya barabarani haiwaki
    .description = Taa ya barabarani ambayo haiwaki, inawaka na kuzima, au inawaka mchana. Taa za barabarani hutunzwa pamoja na Toronto Hydro; taa zilizo kwenye mali binafsi au katika baadhi ya bustani zinaweza kuwa za wengine.

service-streetlight-pole-damaged = Nguzo ya taa ya barabarani iliyoharibika
    .description = Nguzo ya taa ya barabarani iliyoinama, iliyoangushwa, isiyo na kifuniko chake au yenye nyaya zilizo wazi. Kaa mbali na nyaya zilizoanguka na piga 911 ikiwa zinatoa cheche.

service-sign-damaged = Alama iliyoharibika au iliyopotea
    .description = Alama ya jina la mtaa, ya maegesho, ya kikomo cha mwendo au alama nyingine ya barabarani iliyoharibika, iliyofifia, iliyogeuzwa au iliyopotea. Kwa alama ya Simama au ya Toa nafasi iliyoanguka, chagua Alama ya Simama au ya Toa nafasi imeanguka.

service-stop-sign-down = Alama ya Simama au ya Toa nafasi imeanguka
    .description = Alama ya Simama au ya Toa nafasi iliyoangushwa, iliyopotea au iliyogeuzwa kiasi kwamba madereva hawawezi kuiona. Inashughulikiwa kama hatari barabarani.

service-traffic-signal-malfunction = Taa za trafiki hazifanyi kazi
    .description = Taa za trafiki zilizozimika, zilizokwama, zinazomweka au zilizoharibika. Taa zikiwa zimezimika, kila dereva asimame kwanza, kama kwenye alama ya Simama kwa pande zote.

service-pedestrian-signal = Ishara ya waenda kwa miguu au kitufe cha kuvuka hakifanyi kazi
    .description = Ishara ya kuvuka, saa ya kuhesabu muda, ishara ya sauti au kitufe cha kuvuka ambacho hakifanyi kazi.

service-traffic-safety-concern = Wasiwasi kuhusu usalama wa barabarani
    .description = Omba ukaguzi wa mwendo kasi, muda wa taa za trafiki, uwezo wa kuona au mtaa ulio mgumu kuvuka. Ukaguzi huchukua muda na unaweza kuleta alama mpya, mistari mipya barabarani au mabadiliko ya taa.

service-pavement-markings-faded = Mistari ya barabarani iliyofifia
    .description = Mistari ya njia, mistari ya kivuko cha waenda kwa miguu, mistari ya kusimama au alama za njia ya baiskeli zilizochakaa na ni vigumu kuonekana.

## Theluji na barafu

service-snow-sidewalk = Theluji haijaondolewa kwenye njia ya waenda kwa miguu
    .description = Njia ya waenda kwa miguu ambayo Jiji huisafisha bado ina theluji au barafu baada ya dhoruba. Usafishaji huanza baada ya theluji ya kutosha kuanguka, kwa hiyo subiri kidogo baada ya theluji kukoma.

service-snow-road = Theluji haijaondolewa barabarani
    .description = Barabara ambayo theluji haijaondolewa baada ya theluji kukoma kuanguka. Barabara kuu na njia za mabasi husafishwa kwanza, kisha mitaa ya ndani.

service-windrow-not-cleared = Rundo la theluji mwishoni mwa njia ya gari halijaondolewa
    .description = Rundo la theluji lililoachwa na gari la kuondoa theluji mwishoni mwa njia ya gari lako halikuondolewa, kwenye mtaa ambao Jiji hutoa huduma ya kuondoa marundo haya.

service-icy-road-salting = Barabara au njia ya waenda kwa miguu yenye barafu inahitaji chumvi
    .description = Barabara, njia ya waenda kwa miguu, kivuko au daraja la waenda kwa miguu la Jiji lenye barafu ambalo linahitaji chumvi au mchanga.

## Taka, urejelezaji na pipa la kijani

service-missed-garbage = Taka hazikukusanywa
    .description = Pipa lako la taka liliwekwa nje kwa wakati siku yako ya ukusanyaji lakini halikuchukuliwa. Kwanza angalia ratiba yako ya ukusanyaji kuona mabadiliko ya sikukuu.

service-missed-recycling = Vitu vya kurejelezwa havikukusanywa
    .description = Pipa lako la bluu liliwekwa nje kwa wakati siku yako ya ukusanyaji lakini halikuchukuliwa.

service-missed-green-bin = Pipa la kijani halikukusanywa
    .description = Pipa lako la kijani la mabaki ya chakula na taka za kikaboni liliwekwa nje kwa wakati siku yako ya ukusanyaji lakini halikuchukuliwa.

service-missed-yard-waste = Taka za bustani hazikukusanywa
    .description = Taka za bustani kwenye mifuko ya karatasi au chombo kilicho wazi ziliwekwa nje siku yako ya ukusanyaji wakati wa msimu wa taka za bustani lakini hazikuchukuliwa.

service-bin-damaged = Pipa lililoharibika
    .description = Pipa la taka, la kurejeleza au la kijani lililotolewa na Jiji ambalo limepasuka au lina kifuniko, gurudumu au mshiko uliovunjika. Litarekebishwa au kubadilishwa.

service-bin-missing = Pipa lililopotea au kuibwa
    .description = Pipa lako lililotolewa na Jiji limepotea, limeibwa au lilichukuliwa na lori la kukusanya taka.

service-bulky-item-pickup = Kuchukua vitu vikubwa
    .description = Panga kuchukuliwa kwa samani, magodoro, vifaa vya nyumbani na vitu vingine vikubwa siku yako ya ukusanyaji taka.

service-litter-bin-overflowing = Pipa la taka la mtaani limejaa kupita kiasi
    .description = Pipa la umma la taka au la kurejeleza mtaani ambalo limejaa na taka zinamwagika.

service-litter-bin-damaged = Pipa la taka la mtaani lililoharibika
    .description = Pipa la umma la taka au la kurejeleza mtaani ambalo limevunjika, limepinduliwa au limepotea.

## Michoro ya ukutani na utupaji taka kinyume cha sheria

service-graffiti-city-property = Michoro ya ukutani kwenye mali ya Jiji
    .description = Michoro ya ukutani kwenye jengo, ukuta, daraja au muundo mwingine unaomilikiwa na Jiji. Kwa michoro ya chuki au ya magenge, chagua Michoro ya chuki au ya magenge.

service-graffiti-road-assets = Michoro ya ukutani kwenye alama za barabarani, nguzo au masanduku ya taa za trafiki
    .description = Michoro kwenye alama za barabarani, masanduku ya taa za trafiki, nguzo za taa za barabarani, kuta za kuzuia udongo au mali nyingine za barabarani. Nguzo na masanduku ya huduma yanaweza kuwa ya Bell, Rogers au Toronto Hydro.

service-graffiti-private-property = Michoro ya ukutani kwenye mali binafsi
    .description = Michoro kwenye nyumba, biashara, uzio au mali nyingine binafsi inayoweza kuonekana kutoka mtaani. Mmiliki ana jukumu la kuiondoa na anaweza kupokea notisi.

service-graffiti-park = Michoro ya ukutani katika bustani ya umma
    .description = Michoro kwenye jengo la bustani, choo, uwanja wa michezo wa watoto, benchi au muundo mwingine wa bustani.

service-graffiti-hate = Michoro ya chuki au ya magenge
    .description = Michoro yenye maudhui ya chuki, ubaguzi wa rangi au ya magenge. Kwanza iripoti kwa Polisi wa Toronto kwa 416-808-2222 (si dharura), kisha hapa ili iondolewe haraka.

service-illegal-dumping = Utupaji taka kinyume cha sheria
    .description = Taka, samani, matairi, taka za ujenzi au vitu vingine vilivyotupwa barabarani, uchochoroni, kwenye njia ya waenda kwa miguu au kwenye mali nyingine ya Jiji.

service-illegal-posters = Mabango au matangazo haramu kwenye nguzo
    .description = Mabango, vipeperushi au matangazo yaliyobandikwa kwenye nguzo, miti au miundo mingine mtaani. Nguzo za huduma zinaweza kuwa za Bell, Rogers au Toronto Hydro.

service-abandoned-shopping-cart = Toroli la dukani lililotelekezwa
    .description = Toroli la dukani lililoachwa mtaani au kwenye njia ya waenda kwa miguu, au katika bustani au bonde.

service-abandoned-bike = Baiskeli iliyotelekezwa
    .description = Baiskeli iliyofungwa kwenye nguzo ya Jiji au kiegesho cha baiskeli kwa muda mrefu na inakosa vipuri au haiwezi kuendeshwa. Huwekewa lebo kabla ya kuondolewa.

## Maji, maji taka na mifereji

service-water-main-break = Bomba kuu la maji limepasuka
    .description = Maji yanayotoka juu kupitia barabara, njia ya waenda kwa miguu au ardhi, jambo linaloweza kumaanisha bomba kuu la maji limepasuka.

service-no-water = Hakuna maji
    .description = Hakuna maji kabisa yanayotoka kwenye mabomba nyumbani kwako au jengoni kwako.

service-low-water-pressure = Msukumo mdogo wa maji
    .description = Msukumo wa maji kwenye mabomba yako ni mdogo sana kuliko kawaida.

service-sewer-backup = Maji taka yanarudi au ghorofa ya chini imejaa maji
    .description = Maji taka au maji yanayorudi juu kupitia mfereji wa sakafuni au choo, au ghorofa ya chini ya ardhi iliyojaa maji kutoka mfereji wa maji taka.

service-catch-basin-blocked = Mfereji wa maji ya mvua umeziba
    .description = Mfereji wa mtaani au shimo la kupokea maji ya mvua lililoziba kwa majani au vifusi, au maji yanayotuama barabarani kwa sababu hayawezi kupita.

service-fire-hydrant-damaged = Bomba la maji la zimamoto lililoharibika au linalovuja
    .description = Bomba la maji la zimamoto lililogongwa, linalovuja, lisilo na kifuniko au lililozibwa.

service-water-quality = Maji yenye rangi isiyo ya kawaida au ladha mbaya
    .description = Maji ya bomba yenye rangi ya kahawia, yasiyo safi kuona au yenye ladha au harufu isiyo ya kawaida.

service-water-leak = Maji yanavuja kwenye ukingo au vali
    .description = Maji yanayovuja kutoka kwenye sanduku la huduma ya maji au vali ukingoni mwa mali, upande wa Jiji.

service-sewer-odour = Harufu ya maji taka
    .description = Harufu kali ya maji taka inayotoka kwenye shimo la maji taka, shimo la maji ya mvua au mfereji wa mtaani.

## Miti

service-tree-emergency = Mti ulioanguka au kuharibika (dharura)
    .description = Mti wa Jiji au tawi kubwa lililoanguka au linalokaribia kuanguka, linalozuia barabara au njia ya waenda kwa miguu au linalohatarisha watu au mali. Kaa mbali na nyaya; Toronto Hydro hushughulikia miti inayogusa nyaya za umeme.

service-tree-pruning = Kupogoa mti (si dharura)
    .description = Omba kupogolewa kwa mti wa Jiji ulio kwenye eneo la hifadhi ya barabara, kwa mfano matawi yanayoning'inia chini juu ya njia ya waenda kwa miguu, yanayoziba alama au yanayogusa nyumba.

service-tree-planting = Omba mti
    .description = Omba mti wa bure upandwe kwenye eneo la hifadhi ya barabara linalomilikiwa na Jiji mbele ya nyumba yako.

service-tree-inspection = Mti wa Jiji uliokufa au unaokufa
    .description = Omba ukaguzi wa mti wa Jiji unaoonekana umekufa, unakufa, una uwazi ndani au si imara lakini si hatari ya haraka.

service-stump-removal = Kuondoa kisiki cha mti
    .description = Kisiki kilichobaki baada ya mti wa Jiji kuondolewa kwenye eneo la hifadhi ya barabara.

service-tree-pest = Wadudu au ugonjwa wa mti
    .description = Dalili za wadudu au ugonjwa kwenye mti wa Jiji, kama viwavi wa nondo aina ya spongy moth, uharibifu wa mdudu aina ya emerald ash borer au kupukutika kwa majani kusiko kwa kawaida.

## Bustani za umma na burudani

service-park-washroom = Tatizo la choo cha bustani
    .description = Choo cha bustani ambacho ni kichafu, kimeishiwa vifaa, kimefungwa wakati wa saa zilizotangazwa au kina kifaa kilichovunjika.

service-playground-damaged = Vifaa vya uwanja wa michezo vilivyoharibika
    .description = Vifaa vilivyovunjika, vilivyolegea au visivyo salama katika uwanja wa michezo wa watoto wa Jiji, kama bembea, mteremko wa kuteleza au kifaa cha kupanda.

service-park-encampment = Kambi katika bustani ya umma
    .description = Mahema au vibanda katika bustani. Wafanyakazi wa huduma za kijamii watatembelea ili kutoa makazi na msaada. Ikiwa mtu anahitaji msaada wa matibabu au yuko hatarini, piga 911.

service-park-litter = Takataka au mapipa yaliyojaa katika bustani
    .description = Taka zilizotawanyika katika bustani, au mapipa ya taka ya bustani yaliyojaa.

service-park-grass-overgrown = Nyasi ndefu mno katika bustani
    .description = Nyasi au magugu katika bustani, bustani ndogo au bustani ya kando ya barabara yanayohitaji kukatwa.

service-park-lights-out = Taa za bustani haziwaki
    .description = Taa ya njia, uwanja wa michezo au eneo la maegesho katika bustani ambayo haiwaki au inawaka na kuzima.

service-drinking-fountain = Bomba la kunywa maji au eneo la kuchezea maji halifanyi kazi
    .description = Bomba la kunywa maji, kituo cha kujaza chupa au eneo la watoto la kuchezea maji katika bustani ambalo halifanyi kazi au linavuja.

service-park-amenity-damaged = Benchi, meza au uzio wa bustani ulioharibika
    .description = Benchi, meza ya pikiniki, uzio, lango, alama au kifaa kingine kilichovunjika katika bustani.

## Wanyama

service-dead-animal-road = Mnyama aliyekufa barabarani au kwenye njia ya waenda kwa miguu
    .description = Mnyama aliyekufa barabarani, kwenye njia ya waenda kwa miguu, uchochoroni au mahali pengine pa umma. Ataondolewa.

service-injured-wildlife = Mnyama wa porini aliyejeruhiwa au mgonjwa
    .description = Mnyama wa porini, kama rakuni, mbweha au ndege, aliyejeruhiwa, mgonjwa au aliyenaswa. Usijaribu kumshika.

service-stray-dog = Mbwa aliyepotea au anayezurura
    .description = Mbwa anayezurura mtaani bila mmiliki karibu. Ikiwa mbwa ni mkali, kaa mbali naye.

service-dog-bite = Kuumwa au kushambuliwa na mbwa
    .description = Mbwa aliyemuuma au kumshambulia mtu au mnyama mwingine. Ikiwa mtu ameumia vibaya, piga 911.

service-dog-off-leash = Mbwa bila kamba
    .description = Mbwa wasiofungwa kamba nje ya eneo lililotengwa kwa mbwa bila kamba, katika bustani au mtaani.

service-animal-bylaw = Malalamiko kuhusu sheria ndogo ya wanyama
    .description = Wanyama vipenzi wengi mno katika anwani moja, watu wanaolisha wanyama wa porini au njiwa, au kinyesi cha wanyama kilichoachwa kwenye mali.

## Mali, kelele na sheria ndogo za Jiji

service-noise = Malalamiko ya kelele
    .description = Muziki wa sauti kubwa, ujenzi nje ya saa zinazoruhusiwa, mbwa wanaobweka au kelele za mashine kutoka kwenye mali au biashara.

service-property-standards-urgent = Tatizo la dharura la viwango vya majengo
    .description = Tatizo kubwa katika jengo la kupangisha au jengo lingine linaloathiri afya au usalama, kama kukosa joto wakati wa baridi, kukosa maji, kufuli ya mlango wa kuingilia iliyovunjika au jengo lisilo salama.

service-property-standards = Malalamiko kuhusu viwango vya majengo
    .description = Jengo au uwanja usiotunzwa vizuri, kama wadudu, kuvu, madirisha yaliyovunjika, paa linalovuja au ngazi na reli zilizoharibika, bila hatari ya haraka.

service-long-grass-weeds = Nyasi ndefu au magugu kwenye mali binafsi
    .description = Nyasi au magugu kwenye mali binafsi yaliyo marefu kuliko sheria ndogo inavyoruhusu.

service-waste-private-property = Taka au vifusi kwenye mali binafsi
    .description = Taka, vitu chakavu au vifusi vilivyorundikwa kwenye uwanja binafsi, barazani au kwenye njia ya gari.

service-abandoned-vehicle = Gari lililotelekezwa kwenye mali binafsi
    .description = Gari lililoharibika, lililovunjwavunjwa au lisilo na nambari za usajili lililoachwa kwenye mali binafsi.

service-short-term-rental = Malalamiko kuhusu upangishaji wa muda mfupi
    .description = Nyumba inayopangishwa kwa kukaa muda mfupi ambayo huenda haijasajiliwa, si makazi makuu ya mwenyeji, au inaendelea kusababisha matatizo kwa majirani.
