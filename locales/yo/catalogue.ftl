### Àkójọ iṣẹ́ Civic311: orúkọ àti àlàyé ní èdè Yorùbá fún àwọn ẹgbẹ́ iṣẹ́ àti
### irú iṣẹ́ tó wà nínú server/seed/catalogue.toml. Àwọn ìdámọ̀ tẹ̀lé kóòdù fáìlì náà.

## Àwọn ẹgbẹ́ iṣẹ́

service-group-roads = Ọ̀nà àti ọ̀nà ẹlẹ́sẹ̀
service-group-streetlights-signs = Iná òpópónà, àmì ọ̀nà àti iná ìrìnnà
service-group-snow-ice = Òjò dídì àti yìnyín
service-group-garbage = Ìdọ̀tí, àtúnlò àti àpótí aláwọ̀ ewé
service-group-graffiti-dumping = Ìkọ̀wé-ògiri àti dída ìdọ̀tí sílẹ̀ láìbófinmu
service-group-water = Omi, ọ̀nà omi ẹ̀gbin àti gọ́tà
service-group-trees = Igi
service-group-parks = Ọgbà ìgbafẹ́ àti eré ìdárayá
service-group-animals = Ẹranko
service-group-property-noise = Ilé àti ilẹ̀, ariwo àti òfin ìlú

## Ọ̀nà àti ọ̀nà ẹlẹ́sẹ̀

service-pothole = Kòtò ojú ọ̀nà
    .description = Ihò tàbí ibi tó bàjẹ́ lójú ọ̀nà tàbí ọ̀nà tóóró ti Ìlú. Sọ fún wa bí ó ṣe tóbi tó ní ìwọ̀nba àti ọ̀nà ọkọ̀ wo ni ó wà.

service-road-hazard = Ewu lójú ọ̀nà
    .description = Ohun kan lójú ọ̀nà tó léwu báyìí, bíi ojú ọ̀nà tó wó lulẹ̀, ìdérí ihò ọ̀nà omi ẹ̀gbin tó sọnù tàbí pàǹtí ńlá ní ọ̀nà tí ọkọ̀ ń gbà. Bí ẹnikẹ́ni bá farapa tàbí wà nínú ewu, pe 911.

service-sidewalk-damaged = Ọ̀nà ẹlẹ́sẹ̀ tó bàjẹ́
    .description = Ọ̀nà ẹlẹ́sẹ̀ tó là, tó gbé sókè, tó wọlẹ̀ tàbí tó fọ́, tó lè mú kí ènìyàn kọsẹ̀ tàbí tó dí àga oníkẹ̀kẹ́ tàbí kẹ̀kẹ́ ọmọdé lọ́nà.

service-curb-damaged = Etí ọ̀nà tó bàjẹ́
    .description = Etí ọ̀nà tó fọ́, tó ń wó tàbí tó sọnù lẹ́gbẹ̀ẹ́ ọ̀nà ti Ìlú.

service-street-sweeping = Ó yẹ kí a gbá ojú ọ̀nà
    .description = Iyanrìn, òkúta wẹ́wẹ́, ẹrẹ̀ tàbí pàǹtí tó kóra jọ lẹ́gbẹ̀ẹ́ ọ̀nà tàbí ní ọ̀nà kẹ̀kẹ́, tí ó nílò ọkọ̀ ìgbálẹ̀ ọ̀nà.

service-bike-lane-obstruction = Ìdènà ní ọ̀nà kẹ̀kẹ́
    .description = Pàǹtí, ohun èlò ìkọ́lé, àpótí ìdọ̀tí tàbí òpó kékeré tó bàjẹ́ tó dí ọ̀nà kẹ̀kẹ́. Fún ọkọ̀ tí wọ́n gbé sí ọ̀nà kẹ̀kẹ́, pe ẹ̀ka tó ń rí sí ìgbọ́kọ̀sí ti Ọlọ́pàá Toronto ní 416-808-2222.

service-construction-blocking = Iṣẹ́ ìkọ́lé dí ọ̀nà tàbí ọ̀nà ẹlẹ́sẹ̀
    .description = Ibi iṣẹ́ ìkọ́lé tàbí iṣẹ́ iná, omi àti bẹ́ẹ̀ bẹ́ẹ̀ lọ tó dí ọ̀nà tàbí ọ̀nà ẹlẹ́sẹ̀ láìsí ọ̀nà mìíràn tó láàbò, tàbí tó fi agbègbè náà sílẹ̀ ní ipò ewu.

service-guardrail-damaged = Irin ààbò tàbí odi ẹ̀gbẹ́ ọ̀nà tó bàjẹ́
    .description = Irin ààbò, ọwọ́ ìdìmú tàbí odi tó tẹ̀, tó fọ́ tàbí tó sọnù lẹ́gbẹ̀ẹ́ ọ̀nà, afárá tàbí ọ̀nà ìgòkè.

service-laneway-repair = Ọ̀nà tóóró tó bàjẹ́ gidigidi
    .description = Ọ̀nà tóóró ti gbogbo ènìyàn tí ojú rẹ̀ bàjẹ́, tí omi kò ti lè ṣàn dáadáa tàbí tí ó ní ihò jíjìn tí táyà ọkọ̀ gbẹ́. Fún ihò kan ṣoṣo, yan Kòtò ojú ọ̀nà.

service-long-term-parking = Ọkọ̀ tí wọ́n gbé sí òpópónà ibùgbé pẹ́ jù
    .description = Ọkọ̀ tí ó ti wà níbì kan náà ní òpópónà ibùgbé fún àkókò tó ju èyí tí òfin ìgbọ́kọ̀sí gbà láàyè.

## Iná òpópónà, àmì ọ̀nà àti iná ìrìnnà

service-streetlight-out = Iná òpópónà kò tàn
    .description = Iná òpópónà tí kò tàn, tó ń ṣẹ́jú tàbí tó ń tàn ní ọ̀sán. Ìlú àti Toronto Hydro ló ń tọ́jú iná òpópónà; iná tó wà lórí ilẹ̀ aládàáni tàbí nínú àwọn ọgbà ìgbafẹ́ kan lè jẹ́ ti àwọn mìíràn.

service-streetlight-pole-damaged = Òpó iná òpópónà tó bàjẹ́
    .description = Òpó iná òpópónà tó tẹ̀, tó wó lulẹ̀, tí ìdérí rẹ̀ sọnù tàbí tí wáyà rẹ̀ hàn síta. Yẹra fún wáyà tó jábọ́, kí o sì pe 911 bí ó bá ń ta ìtànná.

service-sign-damaged = Àmì ọ̀nà tó bàjẹ́ tàbí tó sọnù
    .description = Àmì orúkọ òpópónà, àmì ìgbọ́kọ̀sí, àmì ìwọ̀n eré ọkọ̀ tàbí àmì ọ̀nà mìíràn tó bàjẹ́, tí àwọ̀ rẹ̀ ti ṣá, tí wọ́n yí padà tàbí tó sọnù. Fún àmì Dúró tàbí àmì Fàyè gbà tó wó lulẹ̀, yan Àmì Dúró tàbí Fàyè gbà wó lulẹ̀.

service-stop-sign-down = Àmì Dúró tàbí Fàyè gbà wó lulẹ̀
    .description = Àmì Dúró tàbí Fàyè gbà tó wó lulẹ̀, tó sọnù tàbí tí wọ́n yí padà tí àwọn awakọ̀ kò fi lè rí i. A ń bójú tó o gẹ́gẹ́ bí ewu lójú ọ̀nà.

service-traffic-signal-malfunction = Iná ìrìnnà kò ṣiṣẹ́
    .description = Iná ìrìnnà tó kú, tó dúró sójú kan, tó ń ṣẹ́jú tàbí tó bàjẹ́. Bí iná ìrìnnà bá kú, gbogbo ọkọ̀ gbọ́dọ̀ dúró bí ẹni pé àmì Dúró wà ní gbogbo ẹ̀gbẹ́.

service-pedestrian-signal = Iná ẹlẹ́sẹ̀ tàbí bọ́tìnì ìsọdá kò ṣiṣẹ́
    .description = Iná tó ń sọ pé kí ẹlẹ́sẹ̀ sọdá, aago tó ń ka ìṣẹ́jú-àáyá, àmì ohùn tàbí bọ́tìnì ìsọdá tí kò ṣiṣẹ́.

service-traffic-safety-concern = Àníyàn nípa ààbò ìrìnnà
    .description = Béèrè àyẹ̀wò nípa eré àsápajúdé, àkókò iná ìrìnnà, bí a ṣe ń ríran tó tàbí òpópónà tó ṣòro láti sọdá. Àyẹ̀wò máa ń gba àkókò, ó sì lè yọrí sí àmì tuntun, ìlà tuntun lójú ọ̀nà tàbí àyípadà sí iná ìrìnnà.

service-pavement-markings-faded = Ìlà ojú ọ̀nà tó ti parẹ́
    .description = Ìlà ọ̀nà ọkọ̀, ìlà ibi ìsọdá ẹlẹ́sẹ̀, ìlà ìdúró tàbí àmì ọ̀nà kẹ̀kẹ́ tó ti gbó tí kò sì hàn dáadáa.

## Òjò dídì àti yìnyín

service-snow-sidewalk = Wọn kò kó òjò dídì kúrò lójú ọ̀nà ẹlẹ́sẹ̀
    .description = Ọ̀nà ẹlẹ́sẹ̀ tí Ìlú máa ń palẹ̀ mọ́ ṣì ní òjò dídì tàbí yìnyín lẹ́yìn ìjì. Iṣẹ́ ìpalẹ̀mọ́ máa ń bẹ̀rẹ̀ nígbà tí òjò dídì tó pọ̀ tó bá ti rọ̀, nítorí náà fún wọn ní àkókò díẹ̀ lẹ́yìn tí ó bá dáwọ́ dúró.

service-snow-road = Wọn kò kó òjò dídì kúrò lójú ọ̀nà
    .description = Ọ̀nà tí wọn kò tíì kó òjò dídì kúrò lórí rẹ̀ lẹ́yìn tí òjò dídì ti dáwọ́ dúró. Àwọn ọ̀nà ńlá àti ọ̀nà bọ́ọ̀sì ni wọ́n máa ń kọ́kọ́ palẹ̀ mọ́, lẹ́yìn náà àwọn òpópónà àdúgbò.

service-windrow-not-cleared = Òkìtì òjò dídì ní ẹnu ọ̀nà ọkọ̀ ilé kò kúrò
    .description = Òkìtì òjò dídì tí ọkọ̀ ìkó-òjò-dídì fi sílẹ̀ ní ẹnu ọ̀nà ọkọ̀ ilé rẹ ni wọn kò kó kúrò, ní òpópónà tí Ìlú ti ń ṣe iṣẹ́ kíkó irú òkìtì yìí kúrò.

service-icy-road-salting = Ọ̀nà tàbí ọ̀nà ẹlẹ́sẹ̀ tí yìnyín bò nílò iyọ̀
    .description = Ọ̀nà, ọ̀nà ẹlẹ́sẹ̀, ibi ìsọdá tàbí afárá ẹlẹ́sẹ̀ ti Ìlú tí yìnyín bò, tí ó nílò iyọ̀ tàbí iyanrìn.

## Ìdọ̀tí, àtúnlò àti àpótí aláwọ̀ ewé

service-missed-garbage = Wọn kò kó ìdọ̀tí
    .description = O gbé àpótí ìdọ̀tí rẹ jáde lásìkò ní ọjọ́ ìkólé rẹ ṣùgbọ́n wọn kò kó o. Kọ́kọ́ wo ètò ìkólé rẹ fún àyípadà nítorí ọjọ́ ìsinmi.

service-missed-recycling = Wọn kò kó ohun àtúnlò
    .description = O gbé àpótí aláwọ̀ búlúù rẹ jáde lásìkò ní ọjọ́ ìkólé rẹ ṣùgbọ́n wọn kò kó o.

service-missed-green-bin = Wọn kò kó àpótí aláwọ̀ ewé
    .description = O gbé àpótí aláwọ̀ ewé rẹ fún àjẹkù oúnjẹ àti ìdọ̀tí tó lè jẹrà jáde lásìkò ní ọjọ́ ìkólé rẹ ṣùgbọ́n wọn kò kó o.

service-missed-yard-waste = Wọn kò kó ìdọ̀tí àgbàlá
    .description = O gbé ìdọ̀tí àgbàlá sínú àpò bébà tàbí àpótí tí kò ní ìdérí jáde ní ọjọ́ ìkólé rẹ ní àsìkò ìkólé ìdọ̀tí àgbàlá, ṣùgbọ́n wọn kò kó o.

service-bin-damaged = Àpótí ìdọ̀tí tó bàjẹ́
    .description = Àpótí ìdọ̀tí, àpótí àtúnlò tàbí àpótí aláwọ̀ ewé tí Ìlú fúnni, tó là tàbí tí ìdérí, kẹ̀kẹ́ tàbí ọwọ́ rẹ̀ ti fọ́. A ó tún un ṣe tàbí kí a fi òmíràn rọ́pò rẹ̀.

service-bin-missing = Àpótí ìdọ̀tí tó sọnù tàbí tí wọ́n jí
    .description = Àpótí tí Ìlú fún ọ ti sọnù, wọ́n ti jí i, tàbí ọkọ̀ ìkólé ìdọ̀tí ti gbé e lọ.

service-bulky-item-pickup = Kíkó àwọn ẹrù ńlá
    .description = Ṣètò kí wọ́n wá kó àga àti tábìlì, mátírẹ́sì, ẹ̀rọ inú ilé àti àwọn ẹrù ńlá mìíràn ní ọjọ́ ìkólé ìdọ̀tí rẹ.

service-litter-bin-overflowing = Àpótí ìdọ̀tí òpópónà ti kún àkúnya
    .description = Àpótí ìdọ̀tí tàbí àtúnlò ti gbogbo ènìyàn ní òpópónà tí ó ti kún tí ó sì ń dà sílẹ̀.

service-litter-bin-damaged = Àpótí ìdọ̀tí òpópónà tó bàjẹ́
    .description = Àpótí ìdọ̀tí tàbí àtúnlò ti gbogbo ènìyàn ní òpópónà tí ó ti fọ́, tí ó ti ṣubú tàbí tí ó ti sọnù.

## Ìkọ̀wé-ògiri àti dída ìdọ̀tí sílẹ̀ láìbófinmu

service-graffiti-city-property = Ìkọ̀wé-ògiri lórí ohun ìní Ìlú
    .description = Ìkọ̀wé tàbí àwòrán láìgbàṣẹ lára ilé, ògiri, afárá tàbí ohun mìíràn tí ó jẹ́ ti Ìlú. Fún ìkọ̀wé-ògiri ìkórìíra tàbí ti ẹgbẹ́ ọ̀daràn, yan Ìkọ̀wé-ògiri ìkórìíra tàbí ti ẹgbẹ́ ọ̀daràn.

service-graffiti-road-assets = Ìkọ̀wé-ògiri lórí àmì ọ̀nà, òpó tàbí àpótí iná ìrìnnà
    .description = Ìkọ̀wé-ògiri lórí àmì ọ̀nà, àpótí iná ìrìnnà, òpó iná òpópónà, ògiri ìdádúró ilẹ̀ tàbí àwọn ohun ìní ọ̀nà mìíràn. Àwọn òpó àti àpótí iná tàbí fóònù lè jẹ́ ti Bell, Rogers tàbí Toronto Hydro.

service-graffiti-private-property = Ìkọ̀wé-ògiri lórí ohun ìní aládàáni
    .description = Ìkọ̀wé-ògiri lára ilé, ilé iṣẹ́ òwò, odi tàbí ohun ìní aládàáni mìíràn tí a lè rí láti òpópónà. Ẹni tó ni ín ló gbọ́dọ̀ pa á rẹ́, ó sì lè gba ìwé ìkìlọ̀.

service-graffiti-park = Ìkọ̀wé-ògiri nínú ọgbà ìgbafẹ́
    .description = Ìkọ̀wé-ògiri lára ilé inú ọgbà ìgbafẹ́, ilé ìgbọ̀nsẹ̀, ibi ìṣeré ọmọdé, ìjókòó tàbí ohun mìíràn nínú ọgbà ìgbafẹ́.

service-graffiti-hate = Ìkọ̀wé-ògiri ìkórìíra tàbí ti ẹgbẹ́ ọ̀daràn
    .description = Ìkọ̀wé-ògiri tí ó ní ọ̀rọ̀ ìkórìíra, ẹlẹ́yàmẹ̀yà tàbí ti ẹgbẹ́ ọ̀daràn. Kọ́kọ́ fi tó Ọlọ́pàá Toronto létí ní 416-808-2222 (kì í ṣe pàjáwìrì), lẹ́yìn náà ròyìn rẹ̀ níbí kí wọ́n lè pa á rẹ́ kíákíá.

service-illegal-dumping = Dída ìdọ̀tí sílẹ̀ láìbófinmu
    .description = Ìdọ̀tí, àga àti tábìlì, táyà, ìdọ̀tí ìkọ́lé tàbí àwọn nǹkan mìíràn tí wọ́n dà sílẹ̀ lójú ọ̀nà, ọ̀nà tóóró, ọ̀nà ẹlẹ́sẹ̀ tàbí ohun ìní Ìlú mìíràn.

service-illegal-posters = Ìwé ìpolówó tàbí àmì láìbófinmu lára òpó
    .description = Ìwé ìpolówó, ìwé pélébé tàbí àmì tí wọ́n lẹ̀ mọ́ òpó, igi tàbí àwọn nǹkan mìíràn ní òpópónà. Àwọn òpó iná àti fóònù lè jẹ́ ti Bell, Rogers tàbí Toronto Hydro.

service-abandoned-shopping-cart = Kẹ̀kẹ́ ìrajà tí wọ́n pa tì
    .description = Kẹ̀kẹ́ ìrajà ilé ìtajà tí wọ́n fi sílẹ̀ ní òpópónà tàbí ọ̀nà ẹlẹ́sẹ̀, tàbí nínú ọgbà ìgbafẹ́ tàbí àfonífojì.

service-abandoned-bike = Kẹ̀kẹ́ tí wọ́n pa tì
    .description = Kẹ̀kẹ́ tí wọ́n ti so mọ́ òpó Ìlú tàbí irin ìsokẹ̀kẹ́ fún ìgbà pípẹ́, tí àwọn ẹ̀yà rẹ̀ kan ti sọnù tàbí tí a kò lè gùn ún. A máa ń fi àmì sí i kí a tó gbé e kúrò.

## Omi, ọ̀nà omi ẹ̀gbin àti gọ́tà

service-water-main-break = Páìpù omi ńlá ti bẹ́
    .description = Omi tó ń rú jáde láti inú ọ̀nà, ọ̀nà ẹlẹ́sẹ̀ tàbí ilẹ̀, èyí tó lè túmọ̀ sí pé páìpù omi ńlá ti bẹ́.

service-no-water = Kò sí omi
    .description = Omi kankan kò jáde láti ẹ̀rọ omi nínú ilé rẹ tàbí ilé gbígbé rẹ.

service-low-water-pressure = Omi kò ní agbára
    .description = Agbára omi ní ẹ̀rọ omi rẹ kéré gan-an ju ti tẹ́lẹ̀ lọ.

service-sewer-backup = Omi ẹ̀gbin ń padà wọlé tàbí omi kún yàrá abẹ́lẹ̀
    .description = Omi ẹ̀gbin tàbí omi tó ń padà rú jáde láti ihò omi ilẹ̀ tàbí ilé ìgbọ̀nsẹ̀, tàbí yàrá abẹ́lẹ̀ tí omi láti ọ̀nà omi ẹ̀gbin kún.

service-catch-basin-blocked = Ihò gọ́tà ojú ọ̀nà ti dí
    .description = Gọ́tà òpópónà tàbí ihò ìgbà omi òjò tí ewé tàbí pàǹtí ti dí, tàbí omi tó dúró lójú ọ̀nà nítorí kò rí ibi ṣàn lọ.

service-fire-hydrant-damaged = Ẹ̀rọ omi panápaná tó bàjẹ́ tàbí tó ń jò
    .description = Ẹ̀rọ omi panápaná tí nǹkan gbá, tó ń jò, tí ìdérí rẹ̀ sọnù tàbí tí nǹkan dí.

service-water-quality = Omi tí àwọ̀ rẹ̀ yí padà tàbí tí ìtọ́wò rẹ̀ burú
    .description = Omi ẹ̀rọ tí ó pọ́n bí ilẹ̀, tí ó rí bàìbàì tàbí tí ó ní ìtọ́wò tàbí òórùn àjèjì.

service-water-leak = Omi ń jò ní etí ọ̀nà tàbí ní ẹ̀rọ ìṣí-omi
    .description = Omi tó ń jò láti inú àpótí iṣẹ́ omi tàbí ẹ̀rọ ìṣí-omi ní ààlà ilẹ̀ kan, ní ẹ̀gbẹ́ ti Ìlú.

service-sewer-odour = Òórùn ọ̀nà omi ẹ̀gbin
    .description = Òórùn omi ẹ̀gbin tó lágbára tó ń jáde láti ihò ọ̀nà omi ẹ̀gbin, ihò ìgbà omi òjò tàbí gọ́tà òpópónà.

## Igi

service-tree-emergency = Igi tó wó tàbí tó bàjẹ́ (pàjáwìrì)
    .description = Igi Ìlú tàbí ẹ̀ka ńlá tó ti wó tàbí tó fẹ́ wó, tó dí ọ̀nà tàbí ọ̀nà ẹlẹ́sẹ̀ tàbí tó ń ṣe ewu fún ènìyàn tàbí dúkìá. Yẹra fún wáyà; Toronto Hydro ló ń bójú tó igi tó kan wáyà iná.

service-tree-pruning = Gígé ẹ̀ka igi (kì í ṣe pàjáwìrì)
    .description = Béèrè kí wọ́n gé ẹ̀ka igi Ìlú tó wà ní ilẹ̀ ẹ̀gbẹ́ ọ̀nà, fún àpẹẹrẹ ẹ̀ka tó rọ̀ sílẹ̀ lórí ọ̀nà ẹlẹ́sẹ̀, tó bo àmì ọ̀nà tàbí tó kan ilé.

service-tree-planting = Béèrè fún igi
    .description = Béèrè kí wọ́n gbin igi ọ̀fẹ́ sí ilẹ̀ ẹ̀gbẹ́ ọ̀nà ti Ìlú níwájú ilé rẹ.

service-tree-inspection = Igi Ìlú tó ti kú tàbí tó ń kú
    .description = Béèrè àyẹ̀wò igi Ìlú tó dà bí ẹni pé ó ti kú, ó ń kú, inú rẹ̀ ṣófo tàbí kò dúró ṣinṣin, ṣùgbọ́n tí kì í ṣe ewu lẹ́sẹ̀kẹsẹ̀.

service-stump-removal = Yíyọ kùkùté igi
    .description = Kùkùté tó kù lẹ́yìn tí wọ́n gé igi Ìlú kúrò ní ilẹ̀ ẹ̀gbẹ́ ọ̀nà.

service-tree-pest = Kòkòrò tàbí àrùn igi
    .description = Àmì kòkòrò tàbí àrùn lórí igi Ìlú, bíi ìdin labalábá spongy moth, ìbàjẹ́ láti ọwọ́ kòkòrò emerald ash borer tàbí ewé tó ń rẹ̀ dà lọ́nà àjèjì.

## Ọgbà ìgbafẹ́ àti eré ìdárayá

service-park-washroom = Ìṣòro ilé ìgbọ̀nsẹ̀ ọgbà ìgbafẹ́
    .description = Ilé ìgbọ̀nsẹ̀ ọgbà ìgbafẹ́ tó dọ̀tí, tí àwọn ohun èlò rẹ̀ ti tán, tí wọ́n tì pa ní àsìkò tí wọ́n kọ pé ó ṣí, tàbí tí ohun kan nínú rẹ̀ ti bàjẹ́.

service-playground-damaged = Ohun èlò ibi ìṣeré ọmọdé tó bàjẹ́
    .description = Ohun èlò tó fọ́, tó ti dẹ̀ tàbí tí kò láàbò ní ibi ìṣeré ọmọdé ti Ìlú, bíi ìjókòó tí ń fì, ibi ìyọ̀ tàbí ohun ìgùnkè.

service-park-encampment = Àgọ́ ìbùgbé nínú ọgbà ìgbafẹ́
    .description = Àgọ́ tàbí ilé kékeré nínú ọgbà ìgbafẹ́. Àwọn òṣìṣẹ́ ìrànlọ́wọ́ yóò wá láti fúnni ní ibùgbé àti ìrànlọ́wọ́. Bí ẹnikẹ́ni bá nílò ìtọ́jú ìlera tàbí tí ó wà nínú ewu, pe 911.

service-park-litter = Pàǹtí tàbí àpótí ìdọ̀tí tó kún nínú ọgbà ìgbafẹ́
    .description = Ìdọ̀tí tó fọ́nká nínú ọgbà ìgbafẹ́, tàbí àpótí ìdọ̀tí ọgbà ìgbafẹ́ tó ti kún.

service-park-grass-overgrown = Koríko tó ti gùn jù nínú ọgbà ìgbafẹ́
    .description = Koríko tàbí èpò nínú ọgbà ìgbafẹ́, ọgbà kékeré tàbí ọgbà ẹ̀gbẹ́ ọ̀nà tí ó yẹ kí wọ́n gé.

service-park-lights-out = Iná ọgbà ìgbafẹ́ kò tàn
    .description = Iná ọ̀nà ẹsẹ̀, pápá ìṣeré tàbí ibi ìgbọ́kọ̀sí nínú ọgbà ìgbafẹ́ tí kò tàn tàbí tó ń ṣẹ́jú.

service-drinking-fountain = Ẹ̀rọ omi mímu tàbí ibi ìṣeré omi kò ṣiṣẹ́
    .description = Ẹ̀rọ omi mímu, ẹ̀rọ ìpọn omi sínú ìgò tàbí ibi ìṣeré omi nínú ọgbà ìgbafẹ́ tí kò ṣiṣẹ́ tàbí tó ń jò.

service-park-amenity-damaged = Ìjókòó, tábìlì tàbí odi ọgbà ìgbafẹ́ tó bàjẹ́
    .description = Ìjókòó, tábìlì ìjẹun ìta, odi, géètì, àmì tàbí ohun mìíràn tó bàjẹ́ nínú ọgbà ìgbafẹ́.

## Ẹranko

service-dead-animal-road = Ẹranko tó kú lójú ọ̀nà tàbí ọ̀nà ẹlẹ́sẹ̀
    .description = Ẹranko tó kú lójú ọ̀nà, ọ̀nà ẹlẹ́sẹ̀, ọ̀nà tóóró tàbí ibòmíràn ti gbogbo ènìyàn. A ó kó o kúrò.

service-injured-wildlife = Ẹranko igbó tó farapa tàbí tó ń ṣàìsàn
    .description = Ẹranko igbó, bíi rákúnì, kọ̀lọ̀kọ̀lọ̀ tàbí ẹyẹ, tó farapa, tó ń ṣàìsàn tàbí tí nǹkan há mọ́. Má ṣe gbìyànjú láti dì í mú.

service-stray-dog = Ajá tó sọnù tàbí tó ń rìn kiri
    .description = Ajá tó ń sá kiri ní òpópónà láìsí olówó rẹ̀ nítòsí. Bí ajá náà bá ń hùwà ìjàgbọ̀n, jìnnà sí i.

service-dog-bite = Ajá bu ènìyàn jẹ tàbí kọlù
    .description = Ajá tó bu ènìyàn tàbí ẹranko mìíràn jẹ tàbí tó kọlù wọ́n. Bí ẹnikẹ́ni bá farapa gidigidi, pe 911.

service-dog-off-leash = Ajá tí a kò so mọ́ okùn
    .description = Ajá tí a kò so mọ́ okùn ní ìta ibi tí a yà sọ́tọ̀ fún ajá láìsí okùn, nínú ọgbà ìgbafẹ́ tàbí ní òpópónà.

service-animal-bylaw = Ẹ̀sùn nípa òfin ìlú lórí ẹranko
    .description = Ẹranko ọ̀sìn tó pọ̀ jù ní àdírẹ́sì kan, àwọn ènìyàn tó ń fún ẹranko igbó tàbí ẹyẹlé ní oúnjẹ, tàbí ìgbẹ́ ẹranko tí wọ́n fi sílẹ̀ lórí ilẹ̀ kan.

## Ilé àti ilẹ̀, ariwo àti òfin ìlú

service-noise = Ẹ̀sùn nípa ariwo
    .description = Orin tó pariwo, iṣẹ́ ìkọ́lé ní ìta àkókò tí a gbà láàyè, ajá tó ń gbó tàbí ariwo ẹ̀rọ láti ilé kan tàbí ilé iṣẹ́ òwò.

service-property-standards-urgent = Ìṣòro kánjúkánjú nípa ìlànà ilé
    .description = Ìṣòro ńlá nínú ilé ayálò tàbí ilé mìíràn tó kan ìlera tàbí ààbò, bíi àìsí ooru ní ìgbà òtútù, àìsí omi, àgádágodo ilẹ̀kùn àbáwọlé tó bàjẹ́ tàbí ilé tí kò láàbò.

service-property-standards = Ẹ̀sùn nípa ìlànà ilé
    .description = Ilé tàbí àgbàlá tí wọn kò tọ́jú dáadáa, bíi kòkòrò, ìbàjẹ́ ọ̀rinrin, fèrèsé tó fọ́, òrùlé tó ń jò tàbí àtẹ̀gùn àti ọwọ́ ìdìmú tó bàjẹ́, láìsí ewu lẹ́sẹ̀kẹsẹ̀.

service-long-grass-weeds = Koríko gígùn tàbí èpò lórí ilẹ̀ aládàáni
    .description = Koríko tàbí èpò lórí ilẹ̀ aládàáni tí ó ga ju ohun tí òfin ìlú gbà láàyè.

service-waste-private-property = Ìdọ̀tí tàbí pàǹtí lórí ilẹ̀ aládàáni
    .description = Ìdọ̀tí, àlòkù nǹkan tàbí pàǹtí tí wọ́n kó jọ sí àgbàlá aládàáni, ìloro tàbí ẹnu ọ̀nà ọkọ̀ ilé.

service-abandoned-vehicle = Ọkọ̀ tí wọ́n pa tì lórí ilẹ̀ aládàáni
    .description = Ọkọ̀ tó ti bàjẹ́ pátápátá, tí wọ́n ti tú palẹ̀ tàbí tí kò ní nọ́mbà ọkọ̀, tí wọ́n fi sílẹ̀ lórí ilẹ̀ aládàáni.

service-short-term-rental = Ẹ̀sùn nípa ilé ayálò fún ìgbà kúkúrú
    .description = Ilé tí wọ́n ń yá fún àwọn tó ń dé fún ìgbà kúkúrú, tí ó lè jẹ́ pé wọn kò forúkọ rẹ̀ sílẹ̀, tí kì í ṣe ibùgbé pàtàkì ẹni tó ń gba àlejò, tàbí tí ó ń dá wàhálà sílẹ̀ fún àwọn aládùúgbò léraléra.
