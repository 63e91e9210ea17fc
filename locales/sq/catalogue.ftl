### Katalogu i shërbimeve të Civic311: emrat dhe përshkrimet në shqip të grupeve dhe llojeve të shërbimeve
### në server/seed/catalogue.toml. Identifikuesit ndjekin kodet e atij skedari.

## Grupet e shërbimeve

service-group-roads = Rrugë dhe trotuare
service-group-streetlights-signs = Ndriçimi rrugor, tabelat dhe semaforët
service-group-snow-ice = Borë dhe akull
service-group-garbage = Mbeturina, riciklim dhe koshi i gjelbër
service-group-graffiti-dumping = Grafite dhe hedhje e paligjshme e mbeturinave
service-group-water = Ujë, kanalizime dhe kullues
service-group-trees = Pemë
service-group-parks = Parqe dhe argëtim
service-group-animals = Kafshë
service-group-property-noise = Prona, zhurma dhe rregulloret e Bashkisë

## Rrugë dhe trotuare

service-pothole = Gropë në rrugë
    .description = Një gropë ose pjesë e prishur në sipërfaqen e një rruge ose rrugice të Bashkisë. Na tregoni afërsisht sa e madhe është dhe në cilën korsi ndodhet.

service-road-hazard = Rrezik në rrugë
    .description = Diçka në rrugë që është e rrezikshme tani, si një shembje e rrugës, një pus pa kapak ose sende të mëdha në një korsi ku qarkullojnë makina. Nëse dikush është lënduar ose në rrezik, telefononi 911.

service-sidewalk-damaged = Trotuar i dëmtuar
    .description = Një trotuar i çarë, i ngritur, i ulur ose i thyer, ku dikush mund të pengohet ose që pengon një karrige me rrota ose karrocë fëmijësh.

service-curb-damaged = Bordurë e dëmtuar
    .description = Një bordurë e thyer, që po shkërmoqet ose mungon, përgjatë një rruge të Bashkisë.

service-street-sweeping = Rruga duhet fshirë
    .description = Rërë, zhavorr, baltë ose mbeturina të grumbulluara përgjatë rrugës ose në korsinë e biçikletave, që duhen pastruar me makinë fshirëse.

service-bike-lane-obstruction = Pengesë në korsinë e biçikletave
    .description = Mbeturina, materiale ndërtimi, kosha ose shtylla të vogla të dëmtuara që bllokojnë korsinë ose pistën e biçikletave. Për një automjet të parkuar në korsinë e biçikletave, telefononi shërbimin e kontrollit të parkimit të Policisë së Torontos në 416-808-2222.

service-construction-blocking = Rrugë ose trotuar i bllokuar nga punimet
    .description = Një kantier ose punime në rrjetet e shërbimeve që bllokojnë rrugën ose trotuarin pa një kalim tjetër të sigurt, ose që e lanë vendin të pasigurt.

service-guardrail-damaged = Parmak mbrojtës ose gardh rrugor i dëmtuar
    .description = Një parmak mbrojtës, parmak ose gardh i përkulur, i thyer ose që mungon përgjatë rrugës, urës ose rampës.

service-laneway-repair = Rrugicë në gjendje të keqe
    .description = Një rrugicë publike me sipërfaqe të prishur, kullim të keq të ujit ose gropa të thella nga rrotat. Për një gropë të vetme, zgjidhni «Gropë në rrugë».

service-long-term-parking = Automjet i parkuar shumë gjatë në rrugë banimi
    .description = Një automjet që ka qëndruar në të njëjtin vend në një rrugë banimi më gjatë nga sa lejojnë rregullat e parkimit.

## Ndriçimi rrugor, tabelat dhe semaforët

service-streetlight-out = Llambë rruge e fikur
    .description = Një llambë rruge që nuk ndizet, dridhet ose qëndron e ndezur gjatë ditës. Ndriçimi rrugor mirëmbahet së bashku me Toronto Hydro; dritat në prona private ose në disa parqe mund t’u përkasin të tjerëve.

service-streetlight-pole-damaged = Shtyllë ndriçimi e dëmtuar
    .description = Një shtyllë ndriçimi që është e anuar, e rrëzuar, pa kapakun e hapjes ose me tela të zhveshur. Qëndroni larg telave të rënë dhe telefononi 911 nëse lëshojnë shkëndija.

service-sign-damaged = Tabelë e dëmtuar ose që mungon
    .description = Një tabelë me emrin e rrugës, parkimit, kufirit të shpejtësisë ose një tabelë tjetër rrugore që është e dëmtuar, e zbehur, e kthyer ose mungon. Për një tabelë STOP ose «Jep përparësi» të rrëzuar, zgjidhni «Tabelë STOP ose përparësie e rrëzuar».

service-stop-sign-down = Tabelë STOP ose përparësie e rrëzuar
    .description = Një tabelë STOP ose «Jep përparësi» që është rrëzuar, mungon ose është kthyer aq sa shoferët nuk e shohin. Trajtohet si rrezik në rrugë.

service-traffic-signal-malfunction = Semafor që nuk punon
    .description = Një semafor që është i fikur, i bllokuar, pulson ose është i dëmtuar. Në një semafor të fikur, ndaloni si të kishte tabelë STOP nga të gjitha drejtimet.

service-pedestrian-signal = Semafor këmbësorësh ose buton që nuk punon
    .description = Një sinjal për këmbësorë, matës kohe, sinjal zanor ose buton për kalim që nuk punon.

service-traffic-safety-concern = Shqetësim për sigurinë rrugore
    .description = Kërkoni një shqyrtim për shpejtësi të tepërt, kohët e semaforit, dukshmërinë ose një rrugë që kalohet me vështirësi. Shqyrtimet marrin kohë dhe mund të sjellin tabela të reja, vija ose ndryshime në semaforë.

service-pavement-markings-faded = Vija të zbehura në rrugë
    .description = Vija korsish, vija të vendkalimit të këmbësorëve, vija ndalimi ose simbole të korsisë së biçikletave që janë konsumuar dhe duken me vështirësi.

## Borë dhe akull

service-snow-sidewalk = Trotuar i papastruar nga bora
    .description = Një trotuar që e pastron Bashkia ka ende borë ose akull pas një stuhie. Pastrimi fillon kur ka rënë mjaft borë, ndaj lini pak kohë pasi të ketë pushuar bora.

service-snow-road = Rrugë e papastruar nga bora
    .description = Një rrugë që nuk është pastruar pasi ka pushuar bora. Rrugët kryesore dhe linjat e autobusëve pastrohen të parat, pastaj rrugët lokale.

service-windrow-not-cleared = Grumbull bore në hyrjen e oborrit i papastruar
    .description = Grumbulli i borës që la makina e pastrimit në fund të hyrjes suaj nuk u pastrua, në një rrugë ku Bashkia e ofron këtë shërbim.

service-icy-road-salting = Rrugë ose trotuar me akull që duhet kripë
    .description = Një rrugë, trotuar, vendkalim këmbësorësh ose urë këmbësorësh e Bashkisë që ka akull dhe duhet hedhur kripë ose rërë.

## Mbeturina, riciklim dhe koshi i gjelbër

service-missed-garbage = Mbeturinat nuk u morën
    .description = Koshi juaj i mbeturinave ishte jashtë në kohë në ditën e grumbullimit, por nuk u zbraz. Kontrolloni më parë kalendarin e grumbullimit për ndryshime gjatë festave.

service-missed-recycling = Riciklimi nuk u mor
    .description = Koshi juaj blu ishte jashtë në kohë në ditën e grumbullimit, por nuk u zbraz.

service-missed-green-bin = Koshi i gjelbër nuk u zbraz
    .description = Koshi juaj i gjelbër për mbetjet e ushqimit dhe mbetjet organike ishte jashtë në kohë në ditën e grumbullimit, por nuk u zbraz.

service-missed-yard-waste = Mbetjet e oborrit nuk u morën
    .description = Mbetjet e oborrit në qese letre ose në një enë të hapur u nxorën në ditën e grumbullimit gjatë sezonit të tyre, por nuk u morën.

service-bin-damaged = Kosh i dëmtuar
    .description = Një kosh mbeturinash, riciklimi ose kosh i gjelbër i dhënë nga Bashkia, që është i çarë ose ka kapakun, rrotën ose dorezën të thyer. Do të riparohet ose zëvendësohet.

service-bin-missing = Kosh që mungon ose është vjedhur
    .description = Koshi juaj i dhënë nga Bashkia mungon, është vjedhur ose e mori kamioni i mbeturinave.

service-bulky-item-pickup = Marrja e sendeve të mëdha
    .description = Caktoni marrjen e mobiljeve, dysheqeve, pajisjeve shtëpiake dhe sendeve të tjera të mëdha në ditën tuaj të grumbullimit të mbeturinave.

service-litter-bin-overflowing = Kosh rruge i mbushur plot
    .description = Një kosh publik mbeturinash ose riciklimi në rrugë që është plot dhe po derdhet.

service-litter-bin-damaged = Kosh rruge i dëmtuar
    .description = Një kosh publik mbeturinash ose riciklimi në rrugë që është i thyer, i përmbysur ose mungon.

## Grafite dhe hedhje e paligjshme e mbeturinave

service-graffiti-city-property = Grafite në pronë të Bashkisë
    .description = Grafite në një ndërtesë, mur, urë ose strukturë tjetër që i përket Bashkisë. Për grafite urrejtjeje ose bandash, zgjidhni «Grafite urrejtjeje ose bandash».

service-graffiti-road-assets = Grafite në tabela rrugore, shtylla ose kutitë e semaforëve
    .description = Grafite në tabela rrugore, kutitë e semaforëve, shtyllat e ndriçimit, muret mbajtëse ose pajisje të tjera rrugore. Shtyllat dhe kutitë e rrjeteve mund t’u përkasin Bell, Rogers ose Toronto Hydro.

service-graffiti-private-property = Grafite në pronë private
    .description = Grafite në një shtëpi, biznes, gardh ose pronë tjetër private që duken nga rruga. Pronari është përgjegjës për heqjen e tyre dhe mund të marrë një njoftim.

service-graffiti-park = Grafite në park
    .description = Grafite në një ndërtesë parku, tualet, kënd lojërash, stol ose strukturë tjetër të parkut.

service-graffiti-hate = Grafite urrejtjeje ose bandash
    .description = Grafite me përmbajtje urrejtjeje, raciste ose të lidhur me banda. Raportojini fillimisht te Policia e Torontos në 416-808-2222 (jo urgjente), pastaj këtu që të hiqen shpejt.

service-illegal-dumping = Hedhje e paligjshme e mbeturinave
    .description = Mbeturina, mobilje, goma, mbetje ndërtimi ose sende të tjera të hedhura në rrugë, rrugicë, trotuar ose pronë tjetër të Bashkisë.

service-illegal-posters = Afishe ose tabela të paligjshme në shtylla
    .description = Afishe, fletëpalosje ose tabela të ngjitura në shtylla, pemë ose struktura të tjera në rrugë. Shtyllat e rrjeteve mund t’u përkasin Bell, Rogers ose Toronto Hydro.

service-abandoned-shopping-cart = Karrocë dyqani e braktisur
    .description = Një karrocë dyqani e lënë në rrugë ose trotuar, në park ose në përrua.

service-abandoned-bike = Biçikletë e braktisur
    .description = Një biçikletë e lidhur prej kohësh te një shtyllë ose mbajtëse biçikletash e Bashkisë, që i mungojnë pjesë ose nuk mund të përdoret. Asaj i vihet një etiketë para se të hiqet.

## Ujë, kanalizime dhe kullues

service-water-main-break = Plasje e tubit kryesor të ujit
    .description = Ujë që del nga rruga, trotuari ose toka, gjë që mund të tregojë se është plasur tubi kryesor i ujit.

service-no-water = Nuk ka ujë
    .description = Nga rubinetat e shtëpisë ose të ndërtesës suaj nuk vjen fare ujë.

service-low-water-pressure = Presion i ulët i ujit
    .description = Presioni i ujit në rubinetat tuaja është shumë më i ulët se zakonisht.

service-sewer-backup = Kthim i ujërave të zeza ose bodrum i përmbytur
    .description = Ujëra të zeza ose ujë që dalin nga një kullues në dysheme ose nga tualeti, ose bodrum që përmbytet nga kanalizimi.

service-catch-basin-blocked = Pus kullues i bllokuar
    .description = Një kullues rruge ose pus kullues i bllokuar me gjethe ose mbeturina, ose ujë që mblidhet në rrugë sepse nuk mund të largohet.

service-fire-hydrant-damaged = Hidrant zjarri i dëmtuar ose që rrjedh
    .description = Një hidrant zjarri që është goditur, rrjedh ujë, i mungon kapaku ose është i bllokuar.

service-water-quality = Ujë me ngjyrë ose shije të keqe
    .description = Ujë rubineti që është kafe, i turbullt ose ka shije apo erë të pazakontë.

service-water-leak = Rrjedhje uji te bordura ose valvola
    .description = Ujë që rrjedh nga një pus ose valvolë e furnizimit me ujë në skaj të pronës, në anën e Bashkisë.

service-sewer-odour = Erë kanalizimi
    .description = Erë e fortë ujërash të zeza që vjen nga një pus, pus kullues ose kullues rruge.

## Pemë

service-tree-emergency = Pemë e rrëzuar ose e dëmtuar (urgjente)
    .description = Një pemë ose degë e madhe e Bashkisë që ka rënë ose po bie, që bllokon rrugën ose trotuarin ose rrezikon njerëz ose prona. Qëndroni larg telave; Toronto Hydro merret me pemët që prekin linjat elektrike.

service-tree-pruning = Krasitja e pemës (jo urgjente)
    .description = Kërkoni krasitjen e një peme të Bashkisë në brezin e Bashkisë përgjatë rrugës, për shembull degë që varen ulët mbi trotuar, që mbulojnë një tabelë ose prekin një shtëpi.

service-tree-planting = Kërkoni një pemë
    .description = Kërkoni që të mbillet falas një pemë në brezin e Bashkisë përgjatë rrugës përpara shtëpisë suaj.

service-tree-inspection = Pemë e Bashkisë e tharë ose që po thahet
    .description = Kërkoni kontrollin e një peme të Bashkisë që duket e tharë, po thahet, është e zbrazët ose e paqëndrueshme, por nuk është rrezik i menjëhershëm.

service-stump-removal = Heqja e trungut të pemës
    .description = Një trung i mbetur pasi një pemë e Bashkisë u hoq nga brezi përgjatë rrugës.

service-tree-pest = Dëmtues ose sëmundje e pemës
    .description = Shenja insektesh ose sëmundjeje në një pemë të Bashkisë, si vemje të molës shkumore, dëme nga brumbulli smerald i frashërit ose rënie e pazakontë e gjetheve.

## Parqe dhe argëtim

service-park-washroom = Problem me tualetin e parkut
    .description = Një tualet parku që është i pistë, pa materiale, i mbyllur gjatë orarit të shpallur ose ka diçka të thyer.

service-playground-damaged = Pajisje të dëmtuara në këndin e lojërave
    .description = Pajisje të thyera, të lëkundura ose të pasigurta në një kënd lojërash të Bashkisë, si lëkundëse, rrëshqitëse ose pajisje ngjitjeje.

service-park-encampment = Kamp me tenda në park
    .description = Tenda ose ndërtime të përkohshme në park. Punonjës socialë do të vijnë për të ofruar strehim dhe mbështetje. Nëse dikush ka nevojë për ndihmë mjekësore ose është në rrezik, telefononi 911.

service-park-litter = Mbeturina ose kosha plot në park
    .description = Mbeturina të shpërndara në park, ose kosha mbeturinash të parkut që janë plot.

service-park-grass-overgrown = Bar i rritur shumë në park
    .description = Bar ose barëra të këqija në park, park të vogël ose lulishte buzë rrugës që duhen kositur.

service-park-lights-out = Ndriçimi i parkut i fikur
    .description = Një dritë në shteg, fushë sportive ose parkim brenda parkut që është e fikur ose dridhet.

service-drinking-fountain = Çezmë uji ose shatërvan lojërash që nuk punon
    .description = Një çezmë uji për të pirë, pikë mbushjeje shishesh ose shatërvan lojërash për fëmijë në park që nuk punon ose rrjedh.

service-park-amenity-damaged = Stol, tavolinë ose gardh i dëmtuar në park
    .description = Një stol, tavolinë pikniku, gardh, portë, tabelë ose pajisje tjetër e thyer në park.

## Kafshë

service-dead-animal-road = Kafshë e ngordhur në rrugë ose trotuar
    .description = Një kafshë e ngordhur në rrugë, trotuar, rrugicë ose vend tjetër publik. Do të merret.

service-injured-wildlife = Kafshë e egër e plagosur ose e sëmurë
    .description = Një kafshë e egër, si rakun, dhelpër ose zog, që është e plagosur, e sëmurë ose e zënë në kurth. Mos u përpiqni ta kapni.

service-stray-dog = Qen endacak ose i lirë
    .description = Një qen që vrapon i lirë në rrugë pa pronarin afër. Nëse qeni është agresiv, mbani distancë.

service-dog-bite = Kafshim ose sulm nga qeni
    .description = Një qen që kafshoi ose sulmoi një person ose një kafshë tjetër. Nëse dikush është lënduar rëndë, telefononi 911.

service-dog-off-leash = Qen pa zinxhir
    .description = Qen pa zinxhir jashtë një zone të caktuar për qen pa zinxhir, në park ose në rrugë.

service-animal-bylaw = Ankesë për rregullat për kafshët
    .description = Shumë kafshë shtëpiake në një adresë, njerëz që ushqejnë kafshë të egra ose pëllumba, ose jashtëqitje kafshësh të lëna në një pronë.

## Prona, zhurma dhe rregulloret e Bashkisë

service-noise = Ankesë për zhurmë
    .description = Muzikë e lartë, punime ndërtimi jashtë orarit të lejuar, qen që lehin ose zhurmë makinerish nga një pronë ose biznes.

service-property-standards-urgent = Problem urgjent me gjendjen e ndërtesës
    .description = Një problem i rëndë në një banesë me qira ose ndërtesë tjetër që prek shëndetin ose sigurinë, si mungesë ngrohjeje në dimër, mungesë uji, bravë e thyer e derës së hyrjes ose strukturë e pasigurt.

service-property-standards = Ankesë për gjendjen e pronës
    .description = Një ndërtesë ose oborr që nuk mbahet në gjendje të mirë, si dëmtues, myk, dritare të thyera, çati që pikon ose shkallë dhe parmakë të dëmtuar, pa rrezik të menjëhershëm.

service-long-grass-weeds = Bar i gjatë ose barëra të këqija në pronë private
    .description = Bar ose barëra të këqija në një pronë private që janë më të larta nga sa lejon rregullorja e Bashkisë.

service-waste-private-property = Mbeturina ose rrënoja në pronë private
    .description = Mbeturina, hedhurina ose rrënoja të grumbulluara në një oborr privat, në verandë ose në hyrjen e makinës.

service-abandoned-vehicle = Automjet i braktisur në pronë private
    .description = Një automjet i aksidentuar, i çmontuar ose pa targa i lënë në një pronë private.

service-short-term-rental = Ankesë për qira afatshkurtër
    .description = Një banesë që jepet me qira për qëndrime të shkurtra dhe që mund të mos jetë e regjistruar, nuk është vendbanimi kryesor i pronarit ose u krijon vazhdimisht probleme fqinjëve.
