### Katalòg sèvis Civic311: non ak deskripsyon an kreyòl ayisyen pou gwoup sèvis yo ak
### kalite sèvis yo nan server/seed/catalogue.toml. Idantifyan yo swiv kòd fichye sa a.

## Gwoup sèvis

service-group-roads = Wout ak twotwa
service-group-streetlights-signs = Limyè lari, panno ak limyè sikilasyon
service-group-snow-ice = Nèj ak glas
service-group-garbage = Fatra, resiklaj ak bwat vèt
service-group-graffiti-dumping = Grafiti ak fatra yo jete ilegalman
service-group-water = Dlo, egou ak drenaj
service-group-trees = Pyebwa
service-group-parks = Pak ak lwazi
service-group-animals = Bèt
service-group-property-noise = Pwopriyete, bri ak règleman minisipal

## Wout ak twotwa

service-pothole = Twou nan lari
    .description = Yon twou oswa yon pati ki kraze sou yon wout oswa yon ti ri Vil la. Di nou apeprè ki gwosè li ye ak nan ki liy li ye.

service-road-hazard = Danje sou wout la
    .description = Yon bagay sou wout la ki danjere kounye a menm, tankou wout ki fonse, yon kouvèti twou egou ki manke oswa gwo debri nan yon liy kote machin ap pase. Si yon moun blese oswa an danje, rele 911.

service-sidewalk-damaged = Twotwa ki domaje
    .description = Yon twotwa ki fann, ki leve, ki fonse oswa ki kraze, ki ka fè yon moun bite oswa ki bloke yon chèz woulant oswa yon pousèt.

service-curb-damaged = Bòdi twotwa ki domaje
    .description = Yon bòdi twotwa ki kraze, k ap tonbe an miyèt oswa ki manke bò yon wout Vil la.

service-street-sweeping = Lari a bezwen bale
    .description = Sab, gravye, labou oswa fatra ki anpile bò wout la oswa nan yon liy bisiklèt, ki bezwen yon machin bale lari.

service-bike-lane-obstruction = Liy bisiklèt ki bloke
    .description = Debri, materyèl konstriksyon, bwat fatra oswa ti poto ki domaje ki bloke yon liy bisiklèt. Pou yon machin ki estasyone nan yon liy bisiklèt, rele sèvis kontwòl estasyonman Lapolis Toronto nan 416-808-2222.

service-construction-blocking = Wout oswa twotwa ki bloke akoz yon konstriksyon
    .description = Yon chantye konstriksyon oswa travay sèvis piblik ki bloke yon wout oswa yon twotwa san yon lòt chemen ki an sekirite, oswa ki kite zòn nan danjere.

service-guardrail-damaged = Balistrad oswa kloti wout ki domaje
    .description = Yon balistrad, yon ranp pou kenbe oswa yon kloti ki koube, ki kase oswa ki manke bò yon wout, yon pon oswa yon ranp.

service-laneway-repair = Ti ri ki an move eta
    .description = Yon ti ri piblik ki gen sifas kraze, dlo ki pa koule byen oswa gwo tras kawotchou. Pou yon sèl twou, chwazi Twou nan lari.

service-long-term-parking = Machin ki estasyone twò lontan nan yon lari rezidansyèl
    .description = Yon machin ki rete nan menm plas la nan yon lari rezidansyèl pi lontan pase règ estasyonman yo pèmèt.

## Limyè lari, panno ak limyè sikilasyon

service-streetlight-out = Limyè lari ki etenn
    .description = Yon limyè lari ki etenn, k ap tranble oswa ki limen pandan lajounen. Vil la antretni limyè lari yo ansanm ak Toronto Hydro; limyè ki sou yon pwopriyete prive oswa nan kèk pak ka pou lòt moun.

service-streetlight-pole-damaged = Poto limyè lari ki domaje
    .description = Yon poto limyè lari ki panche, ki tonbe, ki pa gen kouvèti aksè li oswa ki gen fil ki parèt deyò. Rete lwen fil ki tonbe epi rele 911 si yo ap fè etensèl.

service-sign-damaged = Panno ki domaje oswa ki manke
    .description = Yon panno non lari, estasyonman, limit vitès oswa yon lòt panno wout ki domaje, ki pèdi koulè, ki vire oswa ki manke. Pou yon panno Stop oswa Bay priyorite ki tonbe, chwazi Panno Stop oswa Bay priyorite ki tonbe.

service-stop-sign-down = Panno Stop oswa Bay priyorite ki tonbe
    .description = Yon panno Stop oswa Bay priyorite ki tonbe, ki manke oswa ki vire yon fason chofè yo pa ka wè l. Yo trete l tankou yon danje sou wout la.

service-traffic-signal-malfunction = Limyè sikilasyon ki pa mache
    .description = Yon limyè sikilasyon ki etenn, ki bloke, k ap flache oswa ki domaje. Si limyè a etenn, tout machin dwe kanpe tankou devan yon Stop nan tout direksyon.

service-pedestrian-signal = Siyal pyeton oswa bouton pou travèse ki pa mache
    .description = Yon siyal pou pyeton travèse, yon kontè ki konte segonn yo, yon siyal son oswa yon bouton pou travèse ki pa mache.

service-traffic-safety-concern = Enkyetid sou sekirite sikilasyon
    .description = Mande pou yo egzamine pwoblèm vitès, tan limyè yo, vizibilite oswa yon lari ki difisil pou travèse. Egzamen sa yo pran tan epi yo ka mennen nan nouvo panno, nouvo mak sou wout la oswa chanjman nan limyè yo.

service-pavement-markings-faded = Mak sou wout ki efase
    .description = Liy ki separe wout la, liy pasaj pyeton, liy pou kanpe oswa senbòl liy bisiklèt ki fin use epi ki difisil pou wè.

## Nèj ak glas

service-snow-sidewalk = Twotwa yo pa netwaye nèj
    .description = Yon twotwa Vil la netwaye toujou gen nèj oswa glas apre yon tanpèt. Netwayaj la kòmanse lè ase nèj fin tonbe, kidonk bay yon ti tan apre nèj la fin tonbe.

service-snow-road = Wout yo pa retire nèj
    .description = Yon wout yo pa retire nèj sou li apre nèj la fin tonbe. Yo netwaye gran wout yo ak wout bis yo an premye, epi apre sa ti lari katye yo.

service-windrow-not-cleared = Pil nèj devan antre machin ou pa retire
    .description = Pil nèj machin ki retire nèj la kite nan bout antre machin ou a pa t retire, nan yon lari kote Vil la ofri sèvis pou retire pil nèj sa yo.

service-icy-road-salting = Wout oswa twotwa ki glise ak glas bezwen sèl
    .description = Yon wout, yon twotwa, yon pasaj pyeton oswa yon pon pyeton Vil la ki kouvri ak glas epi ki bezwen sèl oswa sab.

## Fatra, resiklaj ak bwat vèt

service-missed-garbage = Yo pa t ranmase fatra a
    .description = Bwat fatra ou te deyò a lè jou ranmasaj ou a, men yo pa t ranmase l. Anvan, tcheke orè ranmasaj ou pou chanjman jou ferye.

service-missed-recycling = Yo pa t ranmase resiklaj la
    .description = Bwat ble ou te deyò a lè jou ranmasaj ou a, men yo pa t ranmase l.

service-missed-green-bin = Yo pa t ranmase bwat vèt la
    .description = Bwat vèt ou pou rès manje ak fatra òganik te deyò a lè jou ranmasaj ou a, men yo pa t ranmase l.

service-missed-yard-waste = Yo pa t ranmase fatra lakou a
    .description = Fatra lakou nan sak papye oswa nan yon veso ouvè te deyò jou ranmasaj ou a pandan sezon fatra lakou, men yo pa t ranmase l.

service-bin-damaged = Bwat fatra ki domaje
    .description = Yon bwat fatra, resiklaj oswa bwat vèt Vil la bay ki fann oswa ki gen kouvèti, wou oswa manch ki kase. Yo pral repare l oswa ranplase l.

service-bin-missing = Bwat fatra ki pèdi oswa yo vòlè
    .description = Bwat Vil la te ba ou a pèdi, yo vòlè l oswa kamyon ranmasaj la te pote l ale.

service-bulky-item-pickup = Ranmasaj gwo objè
    .description = Pran randevou pou yo vin ranmase mèb, matla, aparèy menaje ak lòt gwo objè jou ranmasaj fatra ou.

service-litter-bin-overflowing = Poubèl lari ki plen debòde
    .description = Yon poubèl piblik oswa yon bwat resiklaj nan lari a ki plen epi k ap debòde.

service-litter-bin-damaged = Poubèl lari ki domaje
    .description = Yon poubèl piblik oswa yon bwat resiklaj nan lari a ki kase, ki chavire oswa ki manke.

## Grafiti ak fatra yo jete ilegalman

service-graffiti-city-property = Grafiti sou pwopriyete Vil la
    .description = Grafiti sou yon bilding, yon mi, yon pon oswa yon lòt estrikti ki pou Vil la. Pou grafiti rayisman oswa grafiti gang, chwazi Grafiti rayisman oswa gang.

service-graffiti-road-assets = Grafiti sou panno wout, poto oswa bwat limyè sikilasyon
    .description = Grafiti sou panno wout, bwat limyè sikilasyon, poto limyè lari, mi soutènman oswa lòt ekipman wout. Poto ak bwat sèvis piblik yo ka pou Bell, Rogers oswa Toronto Hydro.

service-graffiti-private-property = Grafiti sou pwopriyete prive
    .description = Grafiti sou yon kay, yon biznis, yon kloti oswa yon lòt pwopriyete prive moun ka wè depi nan lari a. Se pwopriyetè a ki responsab pou retire l epi li ka resevwa yon avi.

service-graffiti-park = Grafiti nan yon pak
    .description = Grafiti sou yon bilding pak, yon twalèt, yon teren jwèt, yon ban oswa yon lòt estrikti nan pak la.

service-graffiti-hate = Grafiti rayisman oswa gang
    .description = Grafiti ki gen mesaj rayisman, rasis oswa ki gen rapò ak gang. Siyale l an premye bay Lapolis Toronto nan 416-808-2222 (pa ijan), epi apre sa isit la pou yo ka retire l vit.

service-illegal-dumping = Fatra yo jete ilegalman
    .description = Fatra, mèb, kawotchou, fatra konstriksyon oswa lòt bagay yo jete sou yon wout, yon ti ri, yon twotwa oswa yon lòt pwopriyete Vil la.

service-illegal-posters = Afich oswa panno ilegal sou poto
    .description = Afich, fèy piblisite oswa panno yo kole sou poto, pyebwa oswa lòt estrikti nan lari a. Poto sèvis piblik yo ka pou Bell, Rogers oswa Toronto Hydro.

service-abandoned-shopping-cart = Charyo makèt yo abandone
    .description = Yon charyo makèt yo kite nan lari, sou twotwa, nan yon pak oswa nan yon ravin.

service-abandoned-bike = Bisiklèt yo abandone
    .description = Yon bisiklèt ki tache depi lontan sou yon poto Vil la oswa yon sipò bisiklèt, ki manke pyès oswa moun pa ka monte l. Yo mete yon etikèt sou li anvan yo retire l.

## Dlo, egou ak drenaj

service-water-main-break = Gwo tiyo dlo ki pete
    .description = Dlo k ap soti anba wout la, twotwa a oswa tè a, sa ka vle di yon gwo tiyo dlo pete.

service-no-water = Pa gen dlo
    .description = Pa gen okenn dlo k ap soti nan tiyo yo lakay ou oswa nan bilding ou.

service-low-water-pressure = Presyon dlo ki fèb
    .description = Presyon dlo nan tiyo ou yo pi fèb anpil pase dabitid.

service-sewer-backup = Egou k ap refoule oswa sousòl ki inonde
    .description = Dlo sal oswa dlo k ap remonte nan yon drenaj atè oswa nan twalèt, oswa yon sousòl k ap inonde akoz egou a.

service-catch-basin-blocked = Drenaj lari ki bouche
    .description = Yon drenaj lari oswa yon basen dlo lapli ki bouche ak fèy oswa debri, oswa dlo k ap fè basen sou wout la paske li pa ka koule.

service-fire-hydrant-damaged = Bouch ponpye ki domaje oswa k ap koule
    .description = Yon bouch ponpye yo frape, k ap koule, ki manke bouchon oswa ki bloke.

service-water-quality = Dlo ki chanje koulè oswa ki gen move gou
    .description = Dlo tiyo ki mawon, ki twoub oswa ki gen yon gou oswa yon odè ki pa nòmal.

service-water-leak = Dlo k ap koule bò twotwa a oswa nan yon vàn
    .description = Dlo k ap koule nan yon bwat sèvis dlo oswa yon vàn nan limit yon pwopriyete, sou bò Vil la.

service-sewer-odour = Odè egou
    .description = Yon odè egou ki fò k ap soti nan yon twou egou, yon basen dlo lapli oswa yon drenaj lari.

## Pyebwa

service-tree-emergency = Pyebwa ki tonbe oswa ki domaje (ijans)
    .description = Yon pyebwa Vil la oswa yon gwo branch ki tonbe oswa ki prèt pou tonbe, ki bloke yon wout oswa yon twotwa oswa ki menase moun oswa byen. Rete lwen fil yo; se Toronto Hydro ki okipe pyebwa ki touche fil kouran.

service-tree-pruning = Taye pyebwa (pa ijan)
    .description = Mande pou yo taye yon pyebwa Vil la ki sou bò wout la, pa egzanp branch ki desann ba sou twotwa a, ki kache yon panno oswa ki touche yon kay.

service-tree-planting = Mande yon pyebwa
    .description = Mande pou yo plante yon pyebwa gratis sou teren Vil la bò wout la, devan kay ou.

service-tree-inspection = Pyebwa Vil la ki mouri oswa k ap mouri
    .description = Mande pou yo enspekte yon pyebwa Vil la ki sanble mouri, k ap mouri, ki vid anndan oswa ki pa solid, men ki pa yon danje imedya.

service-stump-removal = Retire chouk pyebwa
    .description = Yon chouk ki rete apre yo fin retire yon pyebwa Vil la bò wout la.

service-tree-pest = Ensèk oswa maladi sou pyebwa
    .description = Siy ensèk oswa maladi sou yon pyebwa Vil la, tankou cheni papiyon spongy moth, domaj ensèk emerald ash borer oswa fèy ki tonbe yon fason ki pa nòmal.

## Pak ak lwazi

service-park-washroom = Pwoblèm twalèt nan pak
    .description = Yon twalèt pak ki sal, ki pa gen pwovizyon, ki fèmen pandan lè ki afiche yo oswa ki gen yon aparèy ki kase.

service-playground-damaged = Ekipman teren jwèt ki domaje
    .description = Ekipman ki kase, ki lage oswa ki pa an sekirite nan yon teren jwèt Vil la, tankou yon balanswa, yon glisad oswa yon jwèt pou grenpe.

service-park-encampment = Kan nan yon pak
    .description = Tant oswa abri nan yon pak. Travayè sosyal pral vin ofri yon kote pou moun rete ak sipò. Si yon moun bezwen swen medikal oswa li an danje, rele 911.

service-park-litter = Fatra oswa poubèl ki plen nan yon pak
    .description = Fatra ki gaye nan yon pak, oswa poubèl pak ki plen.

service-park-grass-overgrown = Zèb ki twò wo nan yon pak
    .description = Zèb oswa move zèb nan yon pak, yon ti pak oswa yon jaden bò wout ki bezwen koupe.

service-park-lights-out = Limyè pak ki etenn
    .description = Yon limyè chemen, teren espò oswa pakin nan yon pak ki etenn oswa k ap tranble.

service-drinking-fountain = Fontèn dlo pou bwè oswa espas jwèt dlo ki pa mache
    .description = Yon fontèn dlo pou bwè, yon aparèy pou ranpli boutèy oswa yon espas jwèt dlo nan yon pak ki pa mache oswa k ap koule.

service-park-amenity-damaged = Ban, tab oswa kloti pak ki domaje
    .description = Yon ban, yon tab piknik, yon kloti, yon baryè, yon panno oswa yon lòt ekipman ki kase nan yon pak.

## Bèt

service-dead-animal-road = Bèt mouri sou wout oswa sou twotwa
    .description = Yon bèt mouri sou yon wout, yon twotwa, yon ti ri oswa yon lòt kote piblik. Yo pral ranmase l.

service-injured-wildlife = Bèt sovaj ki blese oswa ki malad
    .description = Yon bèt sovaj, tankou yon raton lavè, yon rena oswa yon zwazo, ki blese, ki malad oswa ki kwense. Pa eseye manyen l.

service-stray-dog = Chen ki pèdi oswa ki lib nan lari
    .description = Yon chen k ap kouri nan lari san mèt li pa bò l. Si chen an agresif, rete lwen li.

service-dog-bite = Chen ki mòde oswa ki atake
    .description = Yon chen ki mòde oswa ki atake yon moun oswa yon lòt bèt. Si yon moun blese grav, rele 911.

service-dog-off-leash = Chen san lès
    .description = Chen san lès andeyò yon zòn ki fèt pou chen san lès, nan yon pak oswa nan lari.

service-animal-bylaw = Plent sou règleman bèt
    .description = Twòp bèt domestik nan yon sèl adrès, moun k ap bay bèt sovaj oswa pijon manje, oswa poupou bèt yo kite sou yon pwopriyete.

## Pwopriyete, bri ak règleman minisipal

service-noise = Plent pou bri
    .description = Mizik fò, konstriksyon andeyò lè yo pèmèt, chen k ap jape oswa bri machin ki soti nan yon pwopriyete oswa yon biznis.

service-property-standards-urgent = Pwoblèm ijan sou estanda pwopriyete
    .description = Yon pwoblèm grav nan yon bilding pou lwe oswa yon lòt bilding ki afekte sante oswa sekirite, tankou pa gen chofaj nan sezon fredi, pa gen dlo, kadna pòt antre a kase oswa yon estrikti ki danjere.

service-property-standards = Plent sou estanda pwopriyete
    .description = Yon bilding oswa yon lakou yo pa kenbe an bon eta, tankou ensèk nuizib, kanni, fenèt kase, do kay k ap koule oswa eskalye ak ranp ki domaje, san danje imedya.

service-long-grass-weeds = Zèb ki wo oswa move zèb sou pwopriyete prive
    .description = Zèb oswa move zèb sou yon pwopriyete prive ki pi wo pase sa règleman an pèmèt.

service-waste-private-property = Fatra oswa debri sou pwopriyete prive
    .description = Fatra, vye bagay oswa debri ki anpile nan yon lakou prive, sou yon galri oswa nan yon antre machin.

service-abandoned-vehicle = Machin yo abandone sou pwopriyete prive
    .description = Yon machin ki kraze, ki demonte oswa ki pa gen plak yo kite sou yon pwopriyete prive.

service-short-term-rental = Plent sou lokasyon kout dire
    .description = Yon kay yo lwe pou sejou kout ki ka pa anrejistre, ki pa kay prensipal pwopriyetè a, oswa k ap toujou bay vwazen yo pwoblèm.
