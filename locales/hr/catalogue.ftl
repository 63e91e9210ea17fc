### Katalog usluga Civic311: hrvatski nazivi i opisi skupina i vrsta usluga
### iz server/seed/catalogue.toml. Identifikatori prate šifre iz te datoteke.

## Skupine usluga

service-group-roads = Ceste i nogostupi
service-group-streetlights-signs = Javna rasvjeta, znakovi i semafori
service-group-snow-ice = Snijeg i led
service-group-garbage = Otpad, recikliranje i zelena kanta
service-group-graffiti-dumping = Grafiti i nezakonito odlaganje otpada
service-group-water = Voda, kanalizacija i odvodi
service-group-trees = Drveće
service-group-parks = Parkovi i rekreacija
service-group-animals = Životinje
service-group-property-noise = Nekretnine, buka i gradski propisi

## Ceste i nogostupi

service-pothole = Udarna rupa
    .description = Rupa ili oštećen dio kolnika na gradskoj cesti ili u uličici. Recite nam otprilike koliko je velika i u kojoj je prometnoj traci.

service-road-hazard = Opasnost na cesti
    .description = Nešto na cesti što je opasno upravo sada, na primjer urušen kolnik, šaht bez poklopca ili veliki predmeti u prometnoj traci. Ako je netko ozlijeđen ili u opasnosti, nazovite 911.

service-sidewalk-damaged = Oštećen nogostup
    .description = Napuknut, izdignut, ulegnut ili razbijen nogostup o koji se netko može spotaknuti ili koji priječi prolaz invalidskim ili dječjim kolicima.

service-curb-damaged = Oštećen rubnjak
    .description = Slomljen, okrnjen ili nestao rubnjak uz gradsku cestu.

service-street-sweeping = Ulicu treba pomesti
    .description = Pijesak, šljunak, blato ili smeće nakupljeno uz cestu ili u biciklističkoj traci, koje treba očistiti stroj za čišćenje ulica.

service-bike-lane-obstruction = Prepreka u biciklističkoj traci
    .description = Otpad, građevinski materijal, kante ili oštećeni stupići koji blokiraju biciklističku traku ili stazu. Za vozilo parkirano u biciklističkoj traci nazovite službu torontske policije za nadzor parkiranja na 416-808-2222.

service-construction-blocking = Cesta ili nogostup blokirani zbog radova
    .description = Gradilište ili radovi na instalacijama koji blokiraju cestu ili nogostup bez sigurnog obilaska ili su mjesto ostavili nesigurnim.

service-guardrail-damaged = Oštećena zaštitna ograda uz cestu
    .description = Savijena, slomljena ili nestala zaštitna ograda, rukohvat ili ograda uz cestu, most ili rampu.

service-laneway-repair = Uličica u lošem stanju
    .description = Javna uličica s oštećenim kolnikom, lošom odvodnjom ili dubokim kolotrazima. Za jednu rupu odaberite „Udarna rupa”.

service-long-term-parking = Vozilo predugo parkirano u stambenoj ulici
    .description = Vozilo koje stoji na istom mjestu u stambenoj ulici dulje nego što pravila o parkiranju dopuštaju.

## Javna rasvjeta, znakovi i semafori

service-streetlight-out = Ulična svjetiljka ne radi
    .description = Ulična svjetiljka koja ne svijetli, treperi ili svijetli danju. Javnu rasvjetu Grad održava zajedno s tvrtkom Toronto Hydro; svjetiljke na privatnom posjedu ili u nekim parkovima mogu pripadati drugima.

service-streetlight-pole-damaged = Oštećen stup javne rasvjete
    .description = Stup javne rasvjete koji je nagnut, srušen, nema poklopac otvora ili ima gole žice. Držite se podalje od palih žica i nazovite 911 ako iskre.

service-sign-damaged = Oštećen ili nestao znak
    .description = Ploča s nazivom ulice, znak za parkiranje, ograničenje brzine ili drugi prometni znak koji je oštećen, izblijedio, okrenut ili nestao. Za srušen znak „Stop” ili „Ustupi prednost” odaberite „Srušen znak „Stop” ili „Ustupi prednost””.

service-stop-sign-down = Srušen znak „Stop” ili „Ustupi prednost”
    .description = Znak „Stop” ili „Ustupi prednost” koji je srušen, nestao ili okrenut tako da ga vozači ne vide. Rješava se kao opasnost na cesti.

service-traffic-signal-malfunction = Semafor ne radi
    .description = Semafor koji ne svijetli, zapeo je, treperi ili je oštećen. Raskrižje s ugašenim semaforom prelazite kao da na svim prilazima stoji znak „Stop”.

service-pedestrian-signal = Pješački semafor ili tipka ne radi
    .description = Pješački signal, brojač vremena, zvučni signal ili tipka za prelazak koji ne radi.

service-traffic-safety-concern = Problem sigurnosti prometa
    .description = Zatražite provjeru zbog brze vožnje, rada semafora, preglednosti ili ulice koju je teško prijeći. Provjere traju i mogu dovesti do novih znakova, oznaka ili promjena na semaforima.

service-pavement-markings-faded = Izblijedjele oznake na kolniku
    .description = Crte prometnih traka, pješačkih prijelaza, crte zaustavljanja ili oznake biciklističke trake koje su izlizane i teško se vide.

## Snijeg i led

service-snow-sidewalk = Nogostup nije očišćen od snijega
    .description = Na nogostupu koji Grad čisti još uvijek ima snijega ili leda nakon nevremena. Čišćenje počinje kad padne dovoljno snijega, pa pričekajte malo nakon što snijeg prestane.

service-snow-road = Cesta nije očišćena od snijega
    .description = Cesta koja nije očišćena nakon što je snijeg prestao padati. Najprije se čiste glavne ceste i autobusne linije, a zatim manje ulice.

service-windrow-not-cleared = Snježni nasip na ulazu u dvorište nije uklonjen
    .description = Snježni nasip koji je ralica ostavila na kraju vašeg kolnog prilaza nije uklonjen, u ulici u kojoj Grad nudi uklanjanje takvih nasipa.

service-icy-road-salting = Zaleđenu cestu ili nogostup treba posuti
    .description = Gradska cesta, nogostup, pješački prijelaz ili pješački most koji je zaleđen i treba ga posuti solju ili pijeskom.

## Otpad, recikliranje i zelena kanta

service-missed-garbage = Otpad nije odvezen
    .description = Vaša kanta za otpad bila je na vrijeme iznesena na dan odvoza, ali nije ispražnjena. Najprije provjerite raspored odvoza zbog promjena u vrijeme blagdana.

service-missed-recycling = Otpad za recikliranje nije odvezen
    .description = Vaša plava kanta bila je na vrijeme iznesena na dan odvoza, ali nije ispražnjena.

service-missed-green-bin = Zelena kanta nije ispražnjena
    .description = Vaša zelena kanta za ostatke hrane i biootpad bila je na vrijeme iznesena na dan odvoza, ali nije ispražnjena.

service-missed-yard-waste = Vrtni otpad nije odvezen
    .description = Vrtni otpad u papirnatim vrećama ili otvorenoj posudi iznesen je na dan odvoza tijekom sezone vrtnog otpada, ali nije odvezen.

service-bin-damaged = Oštećena kanta
    .description = Kanta za otpad, recikliranje ili zelena kanta koju je dao Grad, a koja je napuknuta ili ima slomljen poklopac, kotač ili ručku. Bit će popravljena ili zamijenjena.

service-bin-missing = Nestala ili ukradena kanta
    .description = Vaša kanta koju je dao Grad nestala je, ukradena je ili ju je odnio kamion za odvoz otpada.

service-bulky-item-pickup = Odvoz glomaznog otpada
    .description = Naručite odvoz namještaja, madraca, kućanskih aparata i drugih velikih predmeta na dan odvoza otpada.

service-litter-bin-overflowing = Prepuna ulična košarica za otpatke
    .description = Javna košarica za otpatke ili recikliranje na ulici koja je puna i prelijeva se.

service-litter-bin-damaged = Oštećena ulična košarica za otpatke
    .description = Javna košarica za otpatke ili recikliranje na ulici koja je slomljena, prevrnuta ili nestala.

## Grafiti i nezakonito odlaganje otpada

service-graffiti-city-property = Grafiti na gradskoj imovini
    .description = Grafiti na gradskoj zgradi, zidu, mostu ili drugom objektu u vlasništvu Grada. Za grafite mržnje ili bandi odaberite „Grafiti mržnje ili bandi”.

service-graffiti-road-assets = Grafiti na prometnim znakovima, stupovima ili semaforskim ormarićima
    .description = Grafiti na prometnim znakovima, ormarićima semafora, stupovima javne rasvjete, potpornim zidovima ili drugoj cestovnoj opremi. Stupovi i ormarići komunalnih tvrtki mogu pripadati tvrtkama Bell, Rogers ili Toronto Hydro.

service-graffiti-private-property = Grafiti na privatnoj imovini
    .description = Grafiti na kući, poslovnom prostoru, ogradi ili drugoj privatnoj imovini koji se vide s ulice. Vlasnik ih mora ukloniti i može dobiti obavijest.

service-graffiti-park = Grafiti u parku
    .description = Grafiti na zgradi u parku, sanitarnom čvoru, igralištu, klupi ili drugom objektu u parku.

service-graffiti-hate = Grafiti mržnje ili bandi
    .description = Grafiti sa sadržajem mržnje, rasizma ili povezani s bandama. Najprije ih prijavite torontskoj policiji na 416-808-2222 (broj za slučajeve koji nisu hitni), a zatim ovdje kako bi ih se brzo uklonilo.

service-illegal-dumping = Nezakonito odlaganje otpada
    .description = Smeće, namještaj, gume, građevinski otpad ili druge stvari bačene na cestu, u uličicu, na nogostup ili na drugu gradsku površinu.

service-illegal-posters = Nezakoniti plakati ili natpisi na stupovima
    .description = Plakati, letci ili natpisi pričvršćeni na stupove, drveće ili druge objekte na ulici. Stupovi komunalnih tvrtki mogu pripadati tvrtkama Bell, Rogers ili Toronto Hydro.

service-abandoned-shopping-cart = Napuštena kolica iz trgovine
    .description = Kolica iz trgovine ostavljena na ulici, nogostupu, u parku ili u jaruzi.

service-abandoned-bike = Napušten bicikl
    .description = Bicikl koji je dugo zaključan za gradski stup ili stalak za bicikle, kojemu nedostaju dijelovi ili koji se ne može voziti. Označi se prije uklanjanja.

## Voda, kanalizacija i odvodi

service-water-main-break = Puknuće glavne vodovodne cijevi
    .description = Voda koja izbija kroz cestu, nogostup ili tlo, što može značiti da je puknula glavna vodovodna cijev.

service-no-water = Nema vode
    .description = Iz slavina u vašem domu ili zgradi uopće ne teče voda.

service-low-water-pressure = Slab tlak vode
    .description = Tlak vode na vašim slavinama mnogo je slabiji nego inače.

service-sewer-backup = Povrat kanalizacije ili poplavljen podrum
    .description = Otpadna voda ili voda vraća se kroz podni odvod ili zahod, ili je podrum poplavljen iz kanalizacije.

service-catch-basin-blocked = Začepljen slivnik
    .description = Ulični odvod ili slivnik začepljen lišćem ili otpadom, ili voda koja stoji na cesti jer ne može oteći.

service-fire-hydrant-damaged = Oštećen hidrant ili hidrant koji curi
    .description = Protupožarni hidrant koji je udaren, curi, nema poklopac ili je blokiran.

service-water-quality = Voda neobične boje ili lošeg okusa
    .description = Voda iz slavine koja je smeđa, mutna ili ima neobičan okus ili miris.

service-water-leak = Curenje vode kod rubnjaka ili ventila
    .description = Voda koja curi iz vodovodnog okna ili ventila na rubu čestice, na gradskoj strani.

service-sewer-odour = Neugodan miris iz kanalizacije
    .description = Jak miris kanalizacije iz šahta, slivnika ili uličnog odvoda.

## Drveće

service-tree-emergency = Palo ili oštećeno stablo (hitno)
    .description = Gradsko stablo ili velika grana koja je pala ili samo što nije pala, blokira cestu ili nogostup ili ugrožava ljude ili imovinu. Držite se podalje od žica; stablima koja dodiruju dalekovode bavi se Toronto Hydro.

service-tree-pruning = Orezivanje stabla (nije hitno)
    .description = Zatražite orezivanje gradskog stabla u gradskom pojasu uz cestu, na primjer ako grane vise nisko iznad nogostupa, zaklanjaju znak ili dodiruju kuću.

service-tree-planting = Zatražite stablo
    .description = Zatražite da se besplatno posadi stablo u gradskom pojasu uz cestu ispred vašeg doma.

service-tree-inspection = Suho ili bolesno gradsko stablo
    .description = Zatražite pregled gradskog stabla koje izgleda suho, bolesno, šuplje ili nestabilno, ali ne predstavlja neposrednu opasnost.

service-stump-removal = Uklanjanje panja
    .description = Panj koji je ostao nakon što je gradsko stablo uklonjeno iz pojasa uz cestu.

service-tree-pest = Štetnici ili bolest stabla
    .description = Znakovi kukaca ili bolesti na gradskom stablu, na primjer gusjenice gubara, šteta od smaragdnog jasenovog krasnika ili neobično opadanje lišća.

## Parkovi i rekreacija

service-park-washroom = Problem sa sanitarnim čvorom u parku
    .description = Sanitarni čvor u parku koji je prljav, nema potrepština, zaključan je tijekom radnog vremena ili ima slomljenu opremu.

service-playground-damaged = Oštećene sprave na igralištu
    .description = Slomljene, klimave ili nesigurne sprave na gradskom igralištu, na primjer ljuljačka, tobogan ili penjalica.

service-park-encampment = Šatorsko naselje u parku
    .description = Šatori ili skloništa u parku. Socijalni radnici doći će ponuditi smještaj i podršku. Ako nekome treba liječnička pomoć ili je u opasnosti, nazovite 911.

service-park-litter = Smeće ili pune košarice u parku
    .description = Smeće razbacano po parku ili pune košarice za otpatke u parku.

service-park-grass-overgrown = Previsoka trava u parku
    .description = Trava ili korov u parku, malom parku ili zelenom pojasu koje treba pokositi.

service-park-lights-out = Rasvjeta u parku ne radi
    .description = Svjetiljka na stazi, sportskom terenu ili parkiralištu u parku koja ne svijetli ili treperi.

service-drinking-fountain = Fontana za piće ili vodeno igralište ne radi
    .description = Fontana za piće, slavina za punjenje boca ili vodeno igralište u parku koje ne radi ili curi.

service-park-amenity-damaged = Oštećena klupa, stol ili ograda u parku
    .description = Slomljena klupa, stol za piknik, ograda, vrata, natpis ili druga oprema u parku.

## Životinje

service-dead-animal-road = Mrtva životinja na cesti ili nogostupu
    .description = Mrtva životinja na cesti, nogostupu, u uličici ili na drugom javnom mjestu. Bit će uklonjena.

service-injured-wildlife = Ozlijeđena ili bolesna divlja životinja
    .description = Divlja životinja, na primjer rakun, lisica ili ptica, koja je ozlijeđena, bolesna ili zarobljena. Ne pokušavajte je dirati.

service-stray-dog = Pas lutalica ili pas bez nadzora
    .description = Pas koji slobodno trči ulicom, a vlasnika nema u blizini. Ako je pas agresivan, držite se na udaljenosti.

service-dog-bite = Ugriz ili napad psa
    .description = Pas koji je ugrizao ili napao osobu ili drugu životinju. Ako je netko teško ozlijeđen, nazovite 911.

service-dog-off-leash = Pas bez povodca
    .description = Psi bez povodca izvan za to određenog prostora, u parku ili na ulici.

service-animal-bylaw = Pritužba na kršenje propisa o životinjama
    .description = Previše kućnih ljubimaca na jednoj adresi, ljudi koji hrane divlje životinje ili golubove, ili životinjski izmet ostavljen na posjedu.

## Nekretnine, buka i gradski propisi

service-noise = Pritužba na buku
    .description = Glasna glazba, građevinski radovi izvan dopuštenog vremena, lavež pasa ili buka strojeva s nekog posjeda ili iz neke tvrtke.

service-property-standards-urgent = Hitan problem sa stanjem zgrade
    .description = Ozbiljan problem u unajmljenoj ili drugoj zgradi koji ugrožava zdravlje ili sigurnost, na primjer nema grijanja zimi, nema vode, slomljena brava na ulaznim vratima ili nesigurna konstrukcija.

service-property-standards = Pritužba na stanje nekretnine
    .description = Zgrada ili dvorište koje se ne održava u dobrom stanju, na primjer štetnici, plijesan, razbijeni prozori, krov koji prokišnjava ili oštećene stube i rukohvati, bez neposredne opasnosti.

service-long-grass-weeds = Visoka trava ili korov na privatnom posjedu
    .description = Trava ili korov na privatnom posjedu koji su viši nego što gradski propisi dopuštaju.

service-waste-private-property = Smeće ili otpad na privatnom posjedu
    .description = Smeće, krama ili otpad nagomilan u privatnom dvorištu, na trijemu ili na kolnom prilazu.

service-abandoned-vehicle = Napušteno vozilo na privatnom posjedu
    .description = Olupina, rastavljeno vozilo ili vozilo bez registarskih pločica ostavljeno na privatnom posjedu.

service-short-term-rental = Pritužba na kratkoročni najam
    .description = Stan ili kuća koja se iznajmljuje na kratko, a možda nije registrirana, nije glavno prebivalište domaćina ili stalno stvara probleme susjedima.
