### A Civic311 szolgáltatáskatalógusa: a server/seed/catalogue.toml szolgáltatáscsoportjainak és
### szolgáltatástípusainak magyar nevei és leírásai. Az azonosítók a fájl kódjait követik.

## Szolgáltatáscsoportok

service-group-roads = Utak és járdák
service-group-streetlights-signs = Közvilágítás, táblák és jelzőlámpák
service-group-snow-ice = Hó és jég
service-group-garbage = Szemét, szelektív hulladék és zöld kuka
service-group-graffiti-dumping = Graffiti és illegális szemétlerakás
service-group-water = Víz, csatorna és lefolyók
service-group-trees = Fák
service-group-parks = Parkok és szabadidő
service-group-animals = Állatok
service-group-property-noise = Ingatlanok, zaj és helyi rendeletek

## Utak és járdák

service-pothole = Kátyú
    .description = Lyuk vagy törött rész egy városi út vagy hátsó utca burkolatán. Írja meg nagyjából, mekkora, és melyik sávban van.

service-road-hazard = Veszély az úton
    .description = Valami az úton, ami most azonnal veszélyes, például beszakadt útburkolat, hiányzó aknafedél vagy nagy törmelék egy forgalmi sávban. Ha valaki megsérült vagy veszélyben van, hívja a 911-et.

service-sidewalk-damaged = Sérült járda
    .description = Repedt, felpúposodott, megsüllyedt vagy törött járda, amelyben valaki megbotolhat, vagy amely akadályozza a kerekesszékek és babakocsik haladását.

service-curb-damaged = Sérült útszegély
    .description = Törött, morzsolódó vagy hiányzó útszegély egy városi út mentén.

service-street-sweeping = Az utcát fel kell seperni
    .description = Homok, kavics, sár vagy szemét gyűlt össze egy út mentén vagy egy kerékpársávban, és úttisztító gépre van szükség.

service-bike-lane-obstruction = Elzárt kerékpársáv
    .description = Törmelék, építőanyag, kukák vagy sérült oszlopok zárják el a kerékpársávot vagy a kerékpárutat. Ha egy jármű parkol a kerékpársávban, hívja a torontói rendőrség parkolásellenőrzési részlegét a 416-808-2222-es számon.

service-construction-blocking = Építkezés miatt elzárt út vagy járda
    .description = Építkezés vagy közműmunka, amely biztonságos kerülőút nélkül zár el egy utat vagy járdát, vagy veszélyes állapotban hagyta a területet.

service-guardrail-damaged = Sérült szalagkorlát vagy útmenti kerítés
    .description = Elhajlott, törött vagy hiányzó szalagkorlát, korlát vagy kerítés egy út, híd vagy felhajtó mentén.

service-laneway-repair = Rossz állapotú hátsó utca
    .description = Közterületi hátsó utca törött burkolattal, rossz vízelvezetéssel vagy mély keréknyomokkal. Egyetlen lyuk esetén válassza a Kátyú lehetőséget.

service-long-term-parking = Túl régóta parkoló jármű egy lakóutcában
    .description = Egy jármű, amely tovább áll ugyanazon a helyen egy lakóutcában, mint amennyit a parkolási szabályok megengednek.

## Közvilágítás, táblák és jelzőlámpák

service-streetlight-out = Nem működő utcai lámpa
    .description = Egy utcai lámpa, amely nem világít, villog vagy nappal is ég. Az utcai lámpákat a Toronto Hydróval közösen tartják karban; a magánterületen vagy egyes parkokban lévő lámpák másokéi is lehetnek.

service-streetlight-pole-damaged = Sérült lámpaoszlop
    .description = Egy lámpaoszlop, amely megdőlt, kidőlt, hiányzik a szerelőajtaja, vagy szabadon vannak a vezetékei. Maradjon távol a leszakadt vezetékektől, és hívja a 911-et, ha szikráznak.

service-sign-damaged = Sérült vagy hiányzó tábla
    .description = Utcanévtábla, parkolási tábla, sebességkorlátozó tábla vagy más közlekedési tábla, amely sérült, kifakult, elfordult vagy hiányzik. Ha stoptábla vagy elsőbbségadás kötelező tábla dőlt ki, válassza a Kidőlt stoptábla vagy elsőbbségadás kötelező tábla lehetőséget.

service-stop-sign-down = Kidőlt stoptábla vagy elsőbbségadás kötelező tábla
    .description = Egy stoptábla vagy elsőbbségadás kötelező tábla, amely kidőlt, hiányzik, vagy úgy elfordult, hogy a járművezetők nem látják. Úton lévő veszélyként kezelik.

service-traffic-signal-malfunction = Nem működő jelzőlámpa
    .description = Egy közlekedési lámpa, amely nem világít, beragadt, villog vagy sérült. Ha a jelzőlámpa nem világít, úgy haladjon át, mintha minden irányban stoptábla lenne.

service-pedestrian-signal = Nem működő gyalogos jelzőlámpa vagy nyomógomb
    .description = Nem működő gyalogos jelzőlámpa, visszaszámláló, hangjelzés vagy átkelést kérő nyomógomb.

service-traffic-safety-concern = Közlekedésbiztonsági probléma
    .description = Kérje egy probléma felülvizsgálatát, például gyorshajtás, a lámpák időzítése, a rossz láthatóság vagy egy nehezen átkelhető utca miatt. A felülvizsgálat időbe telik, és új táblákhoz, útburkolati jelekhez vagy a lámpák módosításához vezethet.

service-pavement-markings-faded = Kopott útburkolati jelek
    .description = Sávelválasztó vonalak, zebrák, megállási vonalak vagy kerékpársáv-jelek, amelyek kopottak és nehezen láthatók.

## Hó és jég

service-snow-sidewalk = Hótól meg nem tisztított járda
    .description = Egy járdán, amelyet a város takarít, vihar után is hó vagy jég van. A takarítás akkor kezdődik, amikor elég hó esett, ezért a havazás után várjon egy kicsit.

service-snow-road = Le nem takarított út
    .description = Egy út, amelyről a havazás vége után sem tolták le a havat. Először a főutakat és a buszútvonalakat takarítják, utána a mellékutcákat.

service-windrow-not-cleared = Nem eltakarított hótorlasz a kocsibejárónál
    .description = A hóeke által a kocsibejárója végén hagyott hótorlaszt nem takarították el, pedig az Ön utcájában a város vállalja ezt.

service-icy-road-salting = Jeges út vagy járda, sózás szükséges
    .description = Jeges városi út, járda, gyalogátkelő vagy gyaloghíd, amelyet sózni vagy homokkal szórni kell.

## Szemét, szelektív hulladék és zöld kuka

service-missed-garbage = Elmaradt szemétszállítás
    .description = A szemeteskukája időben kint volt a szállítási napon, de nem ürítették ki. Először nézze meg a szállítási naptárban, nincs-e ünnepnap miatti változás.

service-missed-recycling = Elmaradt szelektívhulladék-szállítás
    .description = A kék kukája időben kint volt a szállítási napon, de nem ürítették ki.

service-missed-green-bin = Elmaradt zöldkuka-ürítés
    .description = Az ételmaradékoknak és szerves hulladéknak szánt zöld kukája időben kint volt a szállítási napon, de nem ürítették ki.

service-missed-yard-waste = Elmaradt kerti hulladék elszállítása
    .description = A papírzsákokban vagy nyitott tárolóban lévő kerti hulladékot a kerti hulladék idényében kitette a szállítási napon, de nem vitték el.

service-bin-damaged = Sérült kuka
    .description = A várostól kapott szemetes-, szelektív vagy zöld kuka, amely megrepedt, vagy eltört a fedele, a kereke vagy a fogantyúja. Megjavítják vagy kicserélik.

service-bin-missing = Eltűnt vagy ellopott kuka
    .description = A várostól kapott kukája eltűnt, ellopták, vagy elvitte a kukásautó.

service-bulky-item-pickup = Nagy tárgyak elszállítása (lomtalanítás)
    .description = Kérjen időpontot bútorok, matracok, háztartási gépek és más nagy tárgyak elszállítására a szemétszállítási napján.

service-litter-bin-overflowing = Túlcsorduló utcai szemetes
    .description = Közterületi szemetes vagy szelektív gyűjtő az utcán, amely megtelt és túlcsordul.

service-litter-bin-damaged = Sérült utcai szemetes
    .description = Közterületi szemetes vagy szelektív gyűjtő az utcán, amely eltört, felborult vagy hiányzik.

## Graffiti és illegális szemétlerakás

service-graffiti-city-property = Graffiti városi tulajdonon
    .description = Graffiti egy városi épületen, falon, hídon vagy más városi tulajdonú építményen. Gyűlöletkeltő vagy bandákhoz kötődő graffiti esetén válassza a Gyűlöletkeltő vagy banda graffiti lehetőséget.

service-graffiti-road-assets = Graffiti közlekedési táblákon, oszlopokon vagy lámpavezérlő szekrényeken
    .description = Graffiti közlekedési táblákon, jelzőlámpa-vezérlő szekrényeken, lámpaoszlopokon, támfalakon vagy más közúti létesítményeken. A közműoszlopok és -szekrények a Bell, a Rogers vagy a Toronto Hydro tulajdonában lehetnek.

service-graffiti-private-property = Graffiti magántulajdonon
    .description = Az utcáról látható graffiti egy házon, üzleten, kerítésen vagy más magántulajdonon. Az eltávolítása a tulajdonos feladata, aki értesítést kaphat.

service-graffiti-park = Graffiti egy parkban
    .description = Graffiti egy park épületén, mosdóján, játszóterén, padján vagy más építményén.

service-graffiti-hate = Gyűlöletkeltő vagy banda graffiti
    .description = Gyűlöletkeltő, rasszista vagy bandákhoz kötődő tartalmú graffiti. Először jelentse a torontói rendőrségnek a 416-808-2222-es számon (nem sürgős esetekre), aztán itt, hogy gyorsan eltávolíthassák.

service-illegal-dumping = Illegális szemétlerakás
    .description = Szemét, bútor, gumiabroncs, építési hulladék vagy más tárgyak, amelyeket úton, hátsó utcában, járdán vagy más városi területen raktak le.

service-illegal-posters = Engedély nélküli plakátok vagy táblák oszlopokon
    .description = Oszlopokra, fákra vagy más utcai építményekre rögzített plakátok, szórólapok vagy táblák. A közműoszlopok a Bell, a Rogers vagy a Toronto Hydro tulajdonában lehetnek.

service-abandoned-shopping-cart = Elhagyott bevásárlókocsi
    .description = Utcán, járdán, parkban vagy völgyben hagyott bevásárlókocsi.

service-abandoned-bike = Elhagyott kerékpár
    .description = Egy kerékpár, amelyet hosszú ideje lezártak egy városi oszlophoz vagy kerékpártámaszhoz, és hiányoznak részei, vagy nem lehet vele közlekedni. Eltávolítás előtt megjelölik.

## Víz, csatorna és lefolyók

service-water-main-break = Vízfővezeték-törés
    .description = Víz tör fel az úton, a járdán vagy a talajon keresztül, ami a vízfővezeték törését jelentheti.

service-no-water = Nincs víz
    .description = Egyáltalán nem jön víz a csapokból a lakásában vagy az épületben.

service-low-water-pressure = Alacsony víznyomás
    .description = A víznyomás a csapjaiban sokkal alacsonyabb a szokásosnál.

service-sewer-backup = Visszaáramló szennyvíz vagy elárasztott pince
    .description = Szennyvíz vagy víz tör fel a padlóösszefolyón vagy a vécén keresztül, vagy a csatornából elárasztja a pincét.

service-catch-basin-blocked = Eldugult víznyelő
    .description = Levelekkel vagy törmelékkel eldugult utcai víznyelő, vagy víz áll az úton, mert nem tud elfolyni.

service-fire-hydrant-damaged = Sérült vagy szivárgó tűzcsap
    .description = Egy tűzcsap, amelynek nekiütköztek, szivárog, hiányzik a kupakja, vagy el van torlaszolva.

service-water-quality = Elszíneződött vagy rossz ízű víz
    .description = Barna, zavaros vagy szokatlan ízű vagy szagú csapvíz.

service-water-leak = Vízszivárgás a telekhatárnál lévő elzárónál
    .description = Víz szivárog egy vízbekötési aknából vagy elzárószelepből a telek szélén, a város oldalán.

service-sewer-odour = Csatornaszag
    .description = Erős szennyvízszag egy aknafedélből, víznyelőből vagy utcai lefolyóból.

## Fák

service-tree-emergency = Kidőlt vagy sérült fa (vészhelyzet)
    .description = Egy városi fa vagy nagy ág, amely kidőlt vagy mindjárt kidől, elzár egy utat vagy járdát, vagy embereket vagy vagyontárgyakat veszélyeztet. Maradjon távol a vezetékektől; az elektromos vezetékekhez érő fákkal a Toronto Hydro foglalkozik.

service-tree-pruning = Fametszés (nem sürgős)
    .description = Kérje egy városi fa metszését az utca menti városi sávon, például ha az ágak alacsonyan lógnak a járda fölött, eltakarnak egy táblát vagy hozzáérnek egy házhoz.

service-tree-planting = Fa igénylése
    .description = Kérje, hogy ingyen ültessenek egy fát a háza előtti, városi tulajdonú utca menti sávba.

service-tree-inspection = Elhalt vagy haldokló városi fa
    .description = Kérje egy olyan városi fa megvizsgálását, amely elhaltnak, haldoklónak, odvasnak vagy instabilnak tűnik, de nem jelent közvetlen veszélyt.

service-stump-removal = Fatönk eltávolítása
    .description = Egy fatönk, amely azután maradt, hogy egy városi fát eltávolítottak az utca menti sávból.

service-tree-pest = Fakártevő vagy fabetegség
    .description = Rovarok vagy betegség jelei egy városi fán, például gyapjaslepke-hernyók, a kőrisfákat károsító smaragdzöld díszbogár kártétele vagy szokatlan lombvesztés.

## Parkok és szabadidő

service-park-washroom = Probléma egy parki mosdóval
    .description = Parki mosdó, amely piszkos, kifogyott belőle a papír vagy a szappan, a kiírt nyitvatartási időben zárva van, vagy valami eltört benne.

service-playground-damaged = Sérült játszótéri eszköz
    .description = Törött, meglazult vagy nem biztonságos eszköz egy városi játszótéren, például hinta, csúszda vagy mászóka.

service-park-encampment = Sátortábor egy parkban
    .description = Sátrak vagy tákolmányok egy parkban. Utcai szociális munkások mennek ki, hogy szállást és segítséget ajánljanak. Ha valakinek orvosi segítség kell, vagy veszélyben van, hívja a 911-et.

service-park-litter = Szemét vagy tele szemetesek egy parkban
    .description = Szétszórt szemét egy parkban, vagy megtelt parki szemetesek.

service-park-grass-overgrown = Túl magas fű egy parkban
    .description = Fű vagy gyom egy parkban, kis parkban vagy út menti kertben, amelyet le kell vágni.

service-park-lights-out = Nem működő parki világítás
    .description = Egy sétány, sportpálya vagy parkoló lámpája egy parkban, amely nem világít vagy villog.

service-drinking-fountain = Nem működő ivókút vagy vizes játszótér
    .description = Egy parki ivókút, palacktöltő vagy vizes játszótér, amely nem működik vagy szivárog.

service-park-amenity-damaged = Sérült parki pad, asztal vagy kerítés
    .description = Törött pad, piknikasztal, kerítés, kapu, tábla vagy más berendezés egy parkban.

## Állatok

service-dead-animal-road = Elhullott állat az úton vagy a járdán
    .description = Elhullott állat egy úton, járdán, hátsó utcában vagy más közterületen. Elszállítják.

service-injured-wildlife = Sérült vagy beteg vadállat
    .description = Egy vadon élő állat, például mosómedve, róka vagy madár, amely megsérült, beteg vagy csapdába esett. Ne próbálja megfogni.

service-stray-dog = Kóbor vagy szabadon kószáló kutya
    .description = Egy kutya, amely szabadon kóborol az utcán, és nincs a közelben a gazdája. Ha a kutya agresszív, tartson tőle távolságot.

service-dog-bite = Kutyaharapás vagy kutyatámadás
    .description = Egy kutya, amely megharapott vagy megtámadott egy embert vagy egy másik állatot. Ha valaki súlyosan megsérült, hívja a 911-et.

service-dog-off-leash = Póráz nélküli kutya
    .description = Póráz nélküli kutyák a kijelölt kutyafuttatón kívül, egy parkban vagy az utcán.

service-animal-bylaw = Panasz az állattartási rendelet megsértése miatt
    .description = Túl sok háziállat egy címen, vadállatokat vagy galambokat etető emberek, vagy egy ingatlanon hagyott állati ürülék.

## Ingatlanok, zaj és helyi rendeletek

service-noise = Zajpanasz
    .description = Hangos zene, engedélyezett időn kívüli építkezés, ugató kutyák vagy gépzaj egy ingatlanról vagy üzletből.

service-property-standards-urgent = Sürgős probléma egy épület állapotával
    .description = Súlyos probléma egy bérlakásban vagy más épületben, amely az egészséget vagy a biztonságot érinti, például nincs fűtés télen, nincs víz, törött a bejárati ajtó zárja, vagy nem biztonságos a szerkezet.

service-property-standards = Panasz egy épület állapota miatt
    .description = Rosszul karbantartott épület vagy udvar, például kártevők, penész, törött ablakok, beázó tető vagy sérült lépcsők és korlátok, közvetlen veszély nélkül.

service-long-grass-weeds = Magas fű vagy gyom magánterületen
    .description = Fű vagy gyom egy magáningatlanon, amely magasabb, mint amit a rendelet megenged.

service-waste-private-property = Szemét vagy törmelék magánterületen
    .description = Szemét, lom vagy törmelék felhalmozva egy magánudvaron, tornácon vagy kocsibejárón.

service-abandoned-vehicle = Elhagyott jármű magánterületen
    .description = Összetört, szétszerelt vagy rendszám nélküli jármű, amelyet egy magáningatlanon hagytak.

service-short-term-rental = Panasz rövid távú lakáskiadás miatt
    .description = Rövid tartózkodásra kiadott lakás, amely talán nincs regisztrálva, nem a szállásadó fő lakóhelye, vagy folyamatosan gondot okoz a szomszédoknak.
