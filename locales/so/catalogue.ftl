### Liiska adeegyada Civic311: magacyada iyo sharraxaadda Soomaaliga ee kooxaha adeegga iyo
### noocyada adeegga ee ku jira server/seed/catalogue.toml. Aqoonsiyadu waxay raacaan koodhadhka faylkaas.

## Kooxaha adeegga

service-group-roads = Waddooyinka iyo luuqyada lugta
service-group-streetlights-signs = Nalalka waddada, calaamadaha iyo nalalka taraafikada
service-group-snow-ice = Baraf iyo baraf adag
service-group-garbage = Qashinka, dib-u-isticmaalka iyo weelka cagaaran
service-group-graffiti-dumping = Qoraalka derbiyada iyo qashin si sharci-darro ah loo tuuray
service-group-water = Biyaha, bullaacadaha iyo biyo-mareennada
service-group-trees = Geedaha
service-group-parks = Beeraha iyo madadaalada
service-group-animals = Xayawaannada
service-group-property-noise = Hantida, buuqa iyo xeerarka magaalada

## Waddooyinka iyo luuqyada lugta

service-pothole = God waddada ku yaal
    .description = God ama meel jaban oo ku taal dusha waddo ama luuq ay leedahay Magaaladu. Noo sheeg qiyaas ahaan inta uu le'eg yahay iyo haadka uu ku yaal.

service-road-hazard = Khatar waddada ku jirta
    .description = Wax waddada ku yaal oo hadda khatar ah, sida dusha waddada oo dumay, dabool bullaacad oo maqan ama qashin weyn oo ku jira haad baabuurtu maraan. Haddii qof dhaawacmay ama uu khatar ku jiro, wac 911.

service-sidewalk-damaged = Luuqa lugta oo dhaawacan
    .description = Luuqa lugta oo dillaacay, kor u kacay, godmay ama jabay, oo qof ku turunturoon karo ama xira jidka kursiga naafada ama gaariga carruurta.

service-curb-damaged = Cidhifka waddada oo dhaawacan
    .description = Cidhifka waddada ee jaban, burburaya ama maqan, oo ku yaal waddo ay leedahay Magaaladu.

service-street-sweeping = Waddada waxay u baahan tahay xaaqid
    .description = Ciid, quruurux, dhoobo ama qashin ku urursan waddada cidhifkeeda ama haadka baaskiillada, oo u baahan mashiinka xaaqa waddooyinka.

service-bike-lane-obstruction = Wax xiraya haadka baaskiillada
    .description = Qashin, alaab dhismo, weelal ama tiirar ilaalin oo jaban oo xiraya haadka baaskiillada. Haddii baabuur uu dhigan yahay haadka baaskiillada, wac Booliska Toronto qaybta baarkinka lambarka 416-808-2222.

service-construction-blocking = Waddo ama luuq lug oo dhismo xiray
    .description = Goob dhismo ama shaqo adeeg guud oo xiray waddo ama luuq lug iyada oo aan jirin jid kale oo ammaan ah, ama meesha ka tagtay iyada oo aan ammaan ahayn.

service-guardrail-damaged = Xayndaabka ilaalinta waddada oo dhaawacan
    .description = Xayndaab ilaalin, gacan-qabad ama ood ku teedsan waddo, buundo ama jid jiirada ah oo qalloocday, jabay ama maqan.

service-laneway-repair = Luuq xaalad xun ku jira
    .description = Luuq guud oo dushiisu jaban tahay, biyuhu si fiican uga baxin ama leh jeexjeex qoto dheer. Hal god oo keliya, dooro «God waddada ku yaal».

service-long-term-parking = Baabuur muddo dheer dhigan waddo deegaan
    .description = Baabuur meel keliya ku jiray waddo deegaan muddo ka dheer inta xeerarka baarkinku oggol yihiin.

## Nalalka waddada, calaamadaha iyo nalalka taraafikada

service-streetlight-out = Nalka waddada ma shidna
    .description = Nal waddo oo damsan, libiqsanaya ama maalintii shidan. Nalalka waddada waxaa lala dayactiraa shirkadda Toronto Hydro; nalalka ku yaal hanti gaar ah ama beeraha qaarkood waxaa laga yaabaa inay dad kale leeyihiin.

service-streetlight-pole-damaged = Tiirka nalka waddada oo dhaawacan
    .description = Tiir nal waddo oo janjeera, dhacay, daboolkiisu maqan yahay ama siligyadiisu bannaanka yaalliin. Ka fogow siligyada dhacay, oo wac 911 haddii ay dab-qoys ka soo baxayaan.

service-sign-damaged = Calaamad dhaawacan ama maqan
    .description = Calaamadda magaca waddada, baarkinka, xawaaraha ama calaamad kale oo waddo ah oo dhaawacan, midabkeedu ka baxay, la leexiyay ama maqan. Calaamadda joogso ama jid sii ee dhacday, dooro «Calaamadda joogso ama jid sii oo dhacday».

service-stop-sign-down = Calaamadda joogso ama jid sii oo dhacday
    .description = Calaamadda joogso ama jid sii oo dhacday, maqan ama loo leexiyay si aanay darawalladu u arki karin. Waxaa loola dhaqmaa sida khatar waddada ku jirta.

service-traffic-signal-malfunction = Nalka taraafikada ma shaqaynayo
    .description = Nal taraafiko oo damsan, hal midab ku taagan, libiqsanaya ama dhaawacan. Nal damsan u qaado sidii calaamadda joogso ee dhinac walba ah.

service-pedestrian-signal = Nalka dadka lugta ah ama badhanka tallaabada ma shaqaynayo
    .description = Nalka tallaabada dadka lugta ah, saacadda tirinta, codka tallaabada ama badhanka tallaabada oo aan shaqaynayn.

service-traffic-safety-concern = Walaac ku saabsan badbaadada taraafikada
    .description = Codso in la eego xawaare xad-dhaaf ah, waqtiga nalalka, aragga ama waddo ay adag tahay in la tallaabo. Eegistu waqti ayay qaadataa, waxaana ka dhalan kara calaamado cusub, xarriiqin cusub ama isbeddel nalalka ah.

service-pavement-markings-faded = Xarriiqimaha waddada oo tirtirmay
    .description = Xarriiqimaha haadadka, xarriiqimaha tallaabada dadka lugta ah, xarriiqimaha joogsiga ama calaamadaha haadka baaskiillada oo duugoobay oo ay adag tahay in la arko.

## Baraf iyo baraf adag

service-snow-sidewalk = Barafka lagama nadiifin luuqa lugta
    .description = Luuq lug oo ay Magaaladu nadiifiso oo weli baraf ama baraf adag ku jiro duufaanta kadib. Nadiifintu waxay bilaabataa marka baraf ku filan da'o, markaa sug in yar marka barafku joogsado kadib.

service-snow-road = Barafka lagama xaaqin waddada
    .description = Waddo aan barafka laga xaaqin kadib marka barafku joogsaday. Marka hore waxaa la nadiifiyaa waddooyinka waaweyn iyo jidadka baska, kadibna waddooyinka xaafadda.

service-windrow-not-cleared = Tuulmada barafka ee albaabka baabuurka lama nadiifin
    .description = Tuulmada barafka ee mashiinka barafka ka tagay dhammaadka jidka baabuurkaaga lama nadiifin, waddo ay Magaaladu ku bixiso adeegga nadiifinta tuulmooyinkaas.

service-icy-road-salting = Waddo ama luuq lug oo baraf leh waxay u baahan tahay cusbo
    .description = Waddo, luuq lug, tallaabo dadka lugta ah ama buundada dadka lugta ah oo ay Magaaladu leedahay oo baraf adag leh oo u baahan cusbo ama ciid.

## Qashinka, dib-u-isticmaalka iyo weelka cagaaran

service-missed-garbage = Qashinka lama qaadin
    .description = Weelkaaga qashinka waqtigiisii ayuu bannaanka yaallay maalinta qaadista, laakiin lama qaadin. Marka hore ka eeg jadwalka qaadista isbeddellada fasaxyada.

service-missed-recycling = Alaabta dib-u-isticmaalka lama qaadin
    .description = Weelkaaga buluugga ah waqtigiisii ayuu bannaanka yaallay maalinta qaadista, laakiin lama qaadin.

service-missed-green-bin = Weelka cagaaran lama qaadin
    .description = Weelkaaga cagaaran ee haraaga cuntada iyo qashinka dabiiciga ah waqtigiisii ayuu bannaanka yaallay maalinta qaadista, laakiin lama qaadin.

service-missed-yard-waste = Qashinka beerta guriga lama qaadin
    .description = Qashinka beerta guriga oo ku jiray bac warqad ah ama weel furan ayaa la dhigay maalinta qaadista xilliga qashinka beerta, laakiin lama qaadin.

service-bin-damaged = Weel dhaawacan
    .description = Weel qashin, dib-u-isticmaal ama weel cagaaran oo ay Magaaladu bixisay oo dillaacay ama daboolkiisa, shaagiisa ama gacantiisu jabtay. Waa la dayactiri doonaa ama waa la beddeli doonaa.

service-bin-missing = Weel maqan ama la xaday
    .description = Weelkii ay Magaaladu ku siisay waa maqan yahay, waa la xaday ama gaariga qashinka ayaa qaatay.

service-bulky-item-pickup = Qaadista alaabta waaweyn
    .description = Ballan u qabso qaadista alaabta guriga, furaashyada, qalabka korontada iyo alaabta kale ee waaweyn maalinta qaadista qashinkaaga.

service-litter-bin-overflowing = Weelka qashinka waddada oo buuxa
    .description = Weel qashin ama dib-u-isticmaal oo dadweyne oo waddada ku yaal oo buuxsamay oo qashinku ka daadanayo.

service-litter-bin-damaged = Weelka qashinka waddada oo dhaawacan
    .description = Weel qashin ama dib-u-isticmaal oo dadweyne oo waddada ku yaal oo jaban, rogan ama maqan.

## Qoraalka derbiyada iyo qashin si sharci-darro ah loo tuuray

service-graffiti-city-property = Qoraal ku yaal hantida Magaalada
    .description = Qoraal ama sawir lagu sameeyay dhisme, derbi, buundo ama dhismo kale oo ay Magaaladu leedahay. Qoraal nacayb ama burcad la xiriira, dooro «Qoraal nacayb ama burcad».

service-graffiti-road-assets = Qoraal ku yaal calaamadaha waddada, tiirarka ama sanduuqyada nalalka
    .description = Qoraal ku yaal calaamadaha waddada, sanduuqyada nalalka taraafikada, tiirarka nalalka waddada, derbiyada celiska ama qalabka kale ee waddada. Tiirarka iyo sanduuqyada adeegga waxaa laga yaabaa inay leeyihiin Bell, Rogers ama Toronto Hydro.

service-graffiti-private-property = Qoraal ku yaal hanti gaar ah
    .description = Qoraal ku yaal guri, ganacsi, ood ama hanti kale oo gaar ah oo waddada laga arki karo. Milkiiluhu waa masuul ka saaristiisa, waxaana laga yaabaa inuu helo ogeysiis.

service-graffiti-park = Qoraal ku yaal beer
    .description = Qoraal ku yaal dhismaha beerta, musqusha, goobta ciyaarta carruurta, kursiga fadhiga ama dhismo kale oo beerta ah.

service-graffiti-hate = Qoraal nacayb ama burcad
    .description = Qoraal leh nacayb, cunsuriyad ama wax la xiriira burcadda. Marka hore u soo sheeg Booliska Toronto lambarka 416-808-2222 (aan degdeg ahayn), kadibna halkan, si dhakhso loo saaro.

service-illegal-dumping = Qashin si sharci-darro ah loo tuuray
    .description = Qashin, alaab guri, shaag, qashinka dhismaha ama wax kale oo lagu tuuray waddo, luuq, luuq lug ama hanti kale oo Magaalada ah.

service-illegal-posters = Boodhadh ama calaamado sharci-darro ah oo tiirarka ku dheggan
    .description = Boodhadh, waraaqo xayeysiis ama calaamado lagu dhejiyay tiirarka, geedaha ama dhismayaal kale oo waddada ku yaal. Tiirarka adeegga waxaa laga yaabaa inay leeyihiin Bell, Rogers ama Toronto Hydro.

service-abandoned-shopping-cart = Gaari dukaan oo la dayacay
    .description = Gaariga dukaanka oo lagaga tagay waddo, luuq lug, beer ama tog.

service-abandoned-bike = Baaskiil la dayacay
    .description = Baaskiil muddo dheer ku xirnaa tiir ama giraan baaskiil oo ay Magaaladu leedahay, oo qaybo ka maqan yihiin ama aan la kaxayn karin. Calaamad ayaa lagu dhejiyaa ka hor inta aan la qaadin.

## Biyaha, bullaacadaha iyo biyo-mareennada

service-water-main-break = Tuubada weyn ee biyaha oo jabtay
    .description = Biyo ka soo baxaya waddada, luuqa lugta ama dhulka, taas oo macnaheedu noqon karo in tuubada weyn ee biyuhu jabtay.

service-no-water = Biyo ma jiraan
    .description = Biyo gabi ahaanba kama imanayaan tuubooyinka gurigaaga ama dhismahaaga.

service-low-water-pressure = Biyaha oo daciif ah
    .description = Xoogga biyaha tuubooyinkaaga ayaa aad uga hooseeya sidii caadiga ahayd.

service-sewer-backup = Bullaacad dib u soo noqotay ama qolka hoose oo biyo galeen
    .description = Biyo wasakh ah ama biyo dib uga soo baxaya daloolka dabaqa ama musqusha, ama qolka hoose ee guriga oo biyo bullaacadda ka yimid galeen.

service-catch-basin-blocked = Daloolka biyaha waddada oo xiran
    .description = Dalool biyo-mareen waddo oo caleemo ama qashin xireen, ama biyo waddada ku fadhiya maxaa yeelay ma bixi karaan.

service-fire-hydrant-damaged = Tuubada dab-demiska oo dhaawacan ama daadanaysa
    .description = Tuubada biyaha dab-demiska oo wax ku dhacay, daadanaysa, daboolkeedu maqan yahay ama xiran.

service-water-quality = Biyo midabkoodu isbeddelay ama dhadhan xun leh
    .description = Biyaha tuubada oo bunni ah, wasakh u eg ama leh dhadhan ama ur aan caadi ahayn.

service-water-leak = Biyo ka daadanaya cidhifka waddada ama furaha biyaha
    .description = Biyo ka daadanaya sanduuqa adeegga biyaha ama furaha biyaha ee ku yaal cidhifka hantida, dhinaca Magaalada.

service-sewer-odour = Urta bullaacadda
    .description = Ur xoog leh oo bullaacad ah oo ka imanaysa daloolka bullaacadda ama biyo-mareenka waddada.

## Geedaha

service-tree-emergency = Geed dhacay ama dhaawacmay (degdeg)
    .description = Geed ama laan weyn oo ay Magaaladu leedahay oo dhacay ama dhici doona, xiraya waddo ama luuq lug ama khatar ku ah dadka ama hantida. Ka fogow siligyada; geedaha taabanaya siligyada korontada waxaa maamula Toronto Hydro.

service-tree-pruning = Jarista laamaha geedka (aan degdeg ahayn)
    .description = Codso in la jaro laamaha geed Magaalada oo ku yaal cidhifka waddada, tusaale ahaan laamo hoos ugu laalaada luuqa lugta, qariya calaamad ama taabanaya guri.

service-tree-planting = Codso geed
    .description = Codso in geed bilaash ah lagu beero dhulka Magaalada ee cidhifka waddada ku yaal, guriga hortiisa.

service-tree-inspection = Geed Magaalada oo dhintay ama dhimanaya
    .description = Codso in la baaro geed Magaalada oo u muuqda inuu dhintay, dhimanayo, godan yahay ama aan xasilloonayn, laakiin aan hadda khatar degdeg ah ahayn.

service-stump-removal = Saarista jirridda geedka
    .description = Jirrid ka hartay kadib markii geed Magaalada laga saaray cidhifka waddada.

service-tree-pest = Cayayaan ama cudur geed ku dhacay
    .description = Calaamadaha cayayaanka ama cudurka ee ku yaal geed Magaalada, sida dirxiga balanbaalista isbuunyada, waxyeellada cayayaanka cagaaran ee geedaha qodqoda (emerald ash borer) ama caleemo si aan caadi ahayn u daadanaya.

## Beeraha iyo madadaalada

service-park-washroom = Dhibaato musqusha beerta
    .description = Musqusha beerta oo wasakh ah, agabkeedu dhammaaday, xiran saacadaha la qoray ama wax ku jaban yihiin.

service-playground-damaged = Qalabka goobta ciyaarta oo dhaawacan
    .description = Qalab jaban, dabacsan ama aan ammaan ahayn oo ku yaal goobta ciyaarta carruurta ee Magaalada, sida lulid, sibiibix ama qalab la fuulo.

service-park-encampment = Teendhooyin beer ku yaal
    .description = Teendhooyin ama dhismayaal ku yaal beer. Shaqaalaha caawinta ayaa iman doona si ay u bixiyaan hoy iyo taageero. Haddii qof u baahan yahay caawimo caafimaad ama uu khatar ku jiro, wac 911.

service-park-litter = Qashin ama weelal buuxa oo beer ku yaal
    .description = Qashin beerta ku kala firirsan, ama weelasha qashinka beerta oo buuxa.

service-park-grass-overgrown = Caws dheer oo beer ku yaal
    .description = Caws ama haramo ku yaal beer, beer yar ama beerta cidhifka waddada oo u baahan in la jaro.

service-park-lights-out = Nalalka beerta ma shidna
    .description = Nalka jidka lugta, garoonka ciyaaraha ama baarkinka beerta oo damsan ama libiqsanaya.

service-drinking-fountain = Biyo-cabbida ama goobta biyo-ciyaarta ma shaqaynayso
    .description = Biyo-cabbida beerta, meesha dhalooyinka lagu buuxiyo ama goobta biyo-ciyaarta oo aan shaqaynayn ama daadanaysa.

service-park-amenity-damaged = Kursi, miis ama ood beer ku yaal oo dhaawacan
    .description = Kursi fadhi, miis, ood, albaab, calaamad ama qalab kale oo beerta ku yaal oo jaban.

## Xayawaannada

service-dead-animal-road = Xayawaan dhintay oo waddada ama luuqa lugta yaal
    .description = Xayawaan dhintay oo yaal waddo, luuq lug, luuq ama meel kale oo dadweyne. Waa la qaadi doonaa.

service-injured-wildlife = Xayawaan duur oo dhaawacan ama buka
    .description = Xayawaan duur ah, sida rakuun, dawaco ama shimbir, oo dhaawacan, buka ama meel ku xayiran. Ha isku dayin inaad qabato.

service-stray-dog = Eey lumay ama furan
    .description = Eey waddada si xor ah ugu ordaya oo aan milkiilihiisu u dhowayn. Haddii eygu gardarro yahay, ka fogow.

service-dog-bite = Eey qaniinay ama weeraray
    .description = Eey qaniinay ama weeraray qof ama xayawaan kale. Haddii qof si xun u dhaawacmay, wac 911.

service-dog-off-leash = Eey aan xarig lahayn
    .description = Eeyo aan xarig lahayn oo ka baxsan meelaha loogu talagalay eeyaha aan xarigga lahayn, beer ama waddo dhexdeeda.

service-animal-bylaw = Cabasho xeerka xayawaannada
    .description = Xayawaanno guri oo aad u badan oo hal cinwaan ku jira, dad quudinaya xayawaanka duurka ama qoolleyda, ama saxarada xayawaanka oo hanti lagaga tagay.

## Hantida, buuqa iyo xeerarka magaalada

service-noise = Cabasho buuq
    .description = Muusig dheer, dhismo waqtiyada la oggol yahay ka baxsan, eeyo cida ama buuqa mashiinnada oo ka imanaya hanti ama ganacsi.

service-property-standards-urgent = Dhibaato degdeg ah oo heerarka guryaha ah
    .description = Dhibaato culus oo ku jirta guri kiro ah ama dhisme kale oo saameynaysa caafimaadka ama badbaadada, sida kuleyl la'aan xilliga qaboobaha, biyo la'aan, qufulka albaabka hore oo jaban ama dhisme aan ammaan ahayn.

service-property-standards = Cabasho heerarka guryaha
    .description = Dhisme ama daarad aan si fiican loo dayactirin, sida cayayaan, caarid, daaqado jaban, saqaf daadanaya ama jaranjaro iyo gacan-qabad dhaawacan, iyada oo aan khatar degdeg ah jirin.

service-long-grass-weeds = Caws dheer ama haramo hanti gaar ah ku yaal
    .description = Caws ama haramo ku yaal hanti gaar ah oo ka dheer inta xeerka magaaladu oggol yahay.

service-waste-private-property = Qashin ama burbur hanti gaar ah ku yaal
    .description = Qashin, alaab duug ah ama burbur ku urursan daarad gaar ah, balbalada ama jidka baabuurka.

service-abandoned-vehicle = Baabuur la dayacay oo hanti gaar ah ku yaal
    .description = Baabuur burburay, la kala furfuray ama aan taargo lahayn oo lagaga tagay hanti gaar ah.

service-short-term-rental = Cabasho kiro muddo gaaban
    .description = Guri loo kireeyo joogitaan gaaban oo laga yaabo inaan la diiwaangelin, aanu ahayn guriga ugu weyn ee martigeliyaha, ama had iyo jeer dhibaato u keena deriskiisa.
