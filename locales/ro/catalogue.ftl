### Catalogul de servicii Civic311: denumirile și descrierile în română ale grupurilor și
### tipurilor de servicii din server/seed/catalogue.toml. Identificatorii urmează codurile din acel fișier.

## Grupuri de servicii

service-group-roads = Drumuri și trotuare
service-group-streetlights-signs = Iluminat stradal, indicatoare și semafoare
service-group-snow-ice = Zăpadă și gheață
service-group-garbage = Gunoi, reciclare și pubela verde
service-group-graffiti-dumping = Graffiti și aruncarea ilegală a deșeurilor
service-group-water = Apă, canalizare și scurgeri
service-group-trees = Copaci
service-group-parks = Parcuri și agrement
service-group-animals = Animale
service-group-property-noise = Proprietăți, zgomot și regulamente locale

## Drumuri și trotuare

service-pothole = Groapă în carosabil
    .description = O groapă sau o porțiune stricată în suprafața unui drum sau a unei alei a orașului. Spuneți-ne cam cât de mare este și pe ce bandă se află.

service-road-hazard = Pericol pe drum
    .description = Ceva pe drum care este periculos chiar acum, cum ar fi carosabilul surpat, un capac de canal lipsă sau resturi mari pe o bandă de circulație. Dacă cineva este rănit sau în pericol, sunați la 911.

service-sidewalk-damaged = Trotuar deteriorat
    .description = Un trotuar crăpat, ridicat, lăsat sau spart, care poate face pe cineva să se împiedice sau care blochează trecerea unui scaun cu rotile sau a unui cărucior.

service-curb-damaged = Bordură deteriorată
    .description = O bordură spartă, care se fărâmițează sau care lipsește de-a lungul unui drum al orașului.

service-street-sweeping = Stradă care trebuie măturată
    .description = Nisip, pietriș, noroi sau gunoaie adunate de-a lungul unui drum sau pe o pistă de biciclete, care trebuie curățate cu o mașină de măturat.

service-bike-lane-obstruction = Pistă de biciclete blocată
    .description = Resturi, materiale de construcții, pubele sau stâlpișori deteriorați care blochează o bandă sau o pistă de biciclete. Pentru un vehicul parcat pe pista de biciclete, sunați la serviciul de control al parcării al Poliției din Toronto, la 416-808-2222.

service-construction-blocking = Drum sau trotuar blocat de lucrări
    .description = Un șantier sau lucrări la rețelele de utilități care blochează un drum sau un trotuar fără o ocolire sigură ori care au lăsat zona nesigură.

service-guardrail-damaged = Parapet sau gard de drum deteriorat
    .description = Un parapet, o balustradă sau un gard îndoit, rupt sau lipsă de-a lungul unui drum, pod sau rampă.

service-laneway-repair = Alee în stare proastă
    .description = O alee publică cu suprafața stricată, cu scurgere proastă a apei sau cu făgașe adânci. Pentru o singură groapă, alegeți Groapă în carosabil.

service-long-term-parking = Vehicul parcat prea mult timp pe o stradă rezidențială
    .description = Un vehicul care stă în același loc pe o stradă rezidențială mai mult decât permit regulile de parcare.

## Iluminat stradal, indicatoare și semafoare

service-streetlight-out = Felinar stradal stins
    .description = Un felinar stradal care nu luminează, pâlpâie sau stă aprins ziua. Iluminatul stradal este întreținut împreună cu Toronto Hydro; lămpile de pe proprietăți private sau din unele parcuri pot aparține altora.

service-streetlight-pole-damaged = Stâlp de iluminat deteriorat
    .description = Un stâlp de iluminat înclinat, dărâmat, fără capacul de acces sau cu fire descoperite. Stați departe de firele căzute și sunați la 911 dacă fac scântei.

service-sign-damaged = Indicator deteriorat sau lipsă
    .description = O plăcuță cu numele străzii, un indicator de parcare, de limită de viteză sau alt indicator rutier deteriorat, decolorat, întors sau lipsă. Pentru un indicator de stop sau de cedare a trecerii căzut, alegeți Indicator de stop sau de cedare a trecerii căzut.

service-stop-sign-down = Indicator de stop sau de cedare a trecerii căzut
    .description = Un indicator de stop sau de cedare a trecerii dărâmat, lipsă sau întors astfel încât șoferii nu îl pot vedea. Este tratat ca un pericol pe drum.

service-traffic-signal-malfunction = Semafor defect
    .description = Un semafor stins, blocat, intermitent sau deteriorat. Un semafor stins se tratează ca o intersecție cu stop pe toate direcțiile.

service-pedestrian-signal = Semafor pentru pietoni sau buton defect
    .description = Un semafor pentru pietoni, un cronometru, un semnal sonor sau un buton pentru traversare care nu funcționează.

service-traffic-safety-concern = Îngrijorare privind siguranța rutieră
    .description = Cereți o analiză pentru viteză excesivă, durata semafoarelor, vizibilitate sau o stradă greu de traversat. Analizele durează și pot duce la indicatoare noi, marcaje noi sau schimbări la semafoare.

service-pavement-markings-faded = Marcaje rutiere șterse
    .description = Linii de bandă, treceri de pietoni, linii de oprire sau simboluri pentru biciclete uzate și greu de văzut.

## Zăpadă și gheață

service-snow-sidewalk = Trotuar necurățat de zăpadă
    .description = Un trotuar pe care îl curăță Primăria are încă zăpadă sau gheață după o furtună. Curățarea începe după ce a căzut destulă zăpadă, așa că așteptați puțin după ce se oprește ninsoarea.

service-snow-road = Drum necurățat de zăpadă
    .description = Un drum care nu a fost curățat de zăpadă după ce a încetat ninsoarea. Drumurile principale și traseele de autobuz sunt curățate primele, apoi străzile locale.

service-windrow-not-cleared = Val de zăpadă neîndepărtat de la intrarea în curte
    .description = Valul de zăpadă lăsat de plug la capătul aleii dumneavoastră de acces nu a fost îndepărtat, pe o stradă unde Primăria oferă acest serviciu.

service-icy-road-salting = Drum sau trotuar cu gheață care trebuie sărat
    .description = Un drum, un trotuar, o trecere de pietoni sau un pod pietonal al orașului cu gheață, care are nevoie de sare sau nisip.

## Gunoi, reciclare și pubela verde

service-missed-garbage = Gunoi neridicat
    .description = Pubela de gunoi a fost scoasă la timp în ziua de colectare, dar nu a fost golită. Verificați mai întâi calendarul de colectare, pentru schimbări din cauza sărbătorilor.

service-missed-recycling = Reciclabile neridicate
    .description = Pubela albastră a fost scoasă la timp în ziua de colectare, dar nu a fost golită.

service-missed-green-bin = Pubela verde negolită
    .description = Pubela verde pentru resturi de mâncare și deșeuri organice a fost scoasă la timp în ziua de colectare, dar nu a fost golită.

service-missed-yard-waste = Deșeuri de grădină neridicate
    .description = Deșeurile de grădină în saci de hârtie sau într-un recipient deschis au fost scoase în ziua de colectare, în sezonul pentru deșeuri de grădină, dar nu au fost ridicate.

service-bin-damaged = Pubelă deteriorată
    .description = O pubelă de gunoi, albastră sau verde, primită de la Primărie, care este crăpată sau are capacul, o roată sau mânerul rupt. Va fi reparată sau înlocuită.

service-bin-missing = Pubelă dispărută sau furată
    .description = Pubela primită de la Primărie a dispărut, a fost furată sau a fost luată de mașina de gunoi.

service-bulky-item-pickup = Ridicarea obiectelor voluminoase
    .description = Programați ridicarea mobilei, saltelelor, electrocasnicelor și altor obiecte mari în ziua dumneavoastră de colectare a gunoiului.

service-litter-bin-overflowing = Coș de gunoi stradal plin
    .description = Un coș public de gunoi sau de reciclare de pe stradă, care este plin și dă pe dinafară.

service-litter-bin-damaged = Coș de gunoi stradal deteriorat
    .description = Un coș public de gunoi sau de reciclare de pe stradă, care este stricat, răsturnat sau lipsește.

## Graffiti și aruncarea ilegală a deșeurilor

service-graffiti-city-property = Graffiti pe proprietatea orașului
    .description = Graffiti pe o clădire, un zid, un pod sau altă construcție a orașului. Pentru graffiti cu mesaje de ură sau de bandă, alegeți Graffiti cu mesaje de ură sau de bandă.

service-graffiti-road-assets = Graffiti pe indicatoare, stâlpi sau cutii de semafoare
    .description = Graffiti pe indicatoare rutiere, cutii de comandă ale semafoarelor, stâlpi de iluminat, ziduri de sprijin sau alte elemente ale drumului. Stâlpii și cutiile de utilități pot aparține Bell, Rogers sau Toronto Hydro.

service-graffiti-private-property = Graffiti pe proprietate privată
    .description = Graffiti vizibil din stradă pe o casă, un magazin, un gard sau altă proprietate privată. Proprietarul trebuie să îl îndepărteze și poate primi o notificare.

service-graffiti-park = Graffiti într-un parc
    .description = Graffiti pe o clădire, o toaletă, un loc de joacă, o bancă sau altă construcție dintr-un parc.

service-graffiti-hate = Graffiti cu mesaje de ură sau de bandă
    .description = Graffiti cu conținut de ură, rasist sau legat de bande. Raportați-l mai întâi Poliției din Toronto la 416-808-2222 (număr pentru situații care nu sunt urgențe), apoi aici, ca să poată fi îndepărtat repede.

service-illegal-dumping = Deșeuri aruncate ilegal
    .description = Gunoi, mobilă, anvelope, deșeuri din construcții sau alte obiecte aruncate pe un drum, o alee, un trotuar sau altă proprietate a orașului.

service-illegal-posters = Afișe sau panouri ilegale pe stâlpi
    .description = Afișe, fluturași sau panouri lipite pe stâlpi, copaci sau alte construcții de pe stradă. Stâlpii de utilități pot aparține Bell, Rogers sau Toronto Hydro.

service-abandoned-shopping-cart = Cărucior de cumpărături abandonat
    .description = Un cărucior de cumpărături lăsat pe o stradă sau pe un trotuar, într-un parc sau într-o râpă.

service-abandoned-bike = Bicicletă abandonată
    .description = O bicicletă legată de mult timp de un stâlp sau de un suport pentru biciclete al orașului, căreia îi lipsesc piese sau care nu mai poate fi folosită. Este etichetată înainte de a fi ridicată.

## Apă, canalizare și scurgeri

service-water-main-break = Conductă principală de apă spartă
    .description = Apă care iese prin drum, trotuar sau pământ, ceea ce poate însemna că o conductă principală de apă s-a spart.

service-no-water = Fără apă
    .description = Nu curge deloc apă de la robinetele din locuința sau clădirea dumneavoastră.

service-low-water-pressure = Presiune scăzută a apei
    .description = Presiunea apei la robinetele dumneavoastră este mult mai mică decât de obicei.

service-sewer-backup = Canalizare refulată sau subsol inundat
    .description = Ape uzate sau apă care urcă printr-o scurgere din podea sau prin toaletă, ori un subsol inundat din canalizare.

service-catch-basin-blocked = Gură de scurgere înfundată
    .description = O gură de scurgere stradală înfundată cu frunze sau resturi, ori apă adunată pe drum pentru că nu se poate scurge.

service-fire-hydrant-damaged = Hidrant deteriorat sau care curge
    .description = Un hidrant de incendiu care a fost lovit, curge, nu are capac sau este blocat.

service-water-quality = Apă decolorată sau cu gust neplăcut
    .description = Apă de la robinet maro, tulbure sau cu un gust sau miros neobișnuit.

service-water-leak = Scurgere de apă la robinetul de la limita proprietății
    .description = Apă care se scurge dintr-un cămin de branșament sau de la un robinet de la marginea proprietății, pe partea orașului.

service-sewer-odour = Miros de canalizare
    .description = Un miros puternic de canalizare care vine dintr-un cămin, o gură de scurgere sau o scurgere stradală.

## Copaci

service-tree-emergency = Copac căzut sau deteriorat (urgență)
    .description = Un copac al orașului sau o creangă mare care a căzut sau stă să cadă, care blochează un drum sau un trotuar ori pune în pericol oameni sau bunuri. Stați departe de fire; de copacii care ating liniile electrice se ocupă Toronto Hydro.

service-tree-pruning = Tăierea crengilor unui copac (nu este urgență)
    .description = Cereți tăierea crengilor unui copac al orașului de pe terenul public de lângă stradă, de exemplu crengi care atârnă jos peste trotuar, acoperă un indicator sau ating o casă.

service-tree-planting = Cereți un copac
    .description = Cereți să fie plantat gratuit un copac pe terenul public al orașului de lângă stradă, în fața casei dumneavoastră.

service-tree-inspection = Copac al orașului uscat sau pe moarte
    .description = Cereți verificarea unui copac al orașului care pare uscat, pe moarte, scorburos sau instabil, dar care nu este un pericol imediat.

service-stump-removal = Scoaterea unei buturugi
    .description = O buturugă rămasă după ce un copac al orașului a fost tăiat de pe terenul public de lângă stradă.

service-tree-pest = Dăunători sau boli ale copacilor
    .description = Semne de insecte sau de boală pe un copac al orașului, cum ar fi omizi păroase ale stejarului, pagube produse de gândacul smarald al frasinului sau căderea neobișnuită a frunzelor.

## Parcuri și agrement

service-park-washroom = Problemă la o toaletă din parc
    .description = O toaletă din parc murdară, fără hârtie sau săpun, încuiată în timpul programului afișat sau cu o instalație stricată.

service-playground-damaged = Echipamente de joacă deteriorate
    .description = Echipamente stricate, desprinse sau nesigure într-un loc de joacă al orașului, cum ar fi un leagăn, un tobogan sau o structură de cățărat.

service-park-encampment = Tabără de corturi într-un parc
    .description = Corturi sau adăposturi improvizate într-un parc. Asistenți sociali de teren vor veni să ofere adăpost și sprijin. Dacă cineva are nevoie de ajutor medical sau este în pericol, sunați la 911.

service-park-litter = Gunoi sau coșuri pline într-un parc
    .description = Gunoi împrăștiat într-un parc sau coșuri de gunoi pline în parc.

service-park-grass-overgrown = Iarbă prea înaltă într-un parc
    .description = Iarbă sau buruieni într-un parc, un scuar sau o grădină de pe spațiul verde dintre benzi, care trebuie tăiate.

service-park-lights-out = Iluminat stins în parc
    .description = O lumină de pe o alee, un teren de sport sau o parcare dintr-un parc, care este stinsă sau pâlpâie.

service-drinking-fountain = Cișmea sau loc de joacă cu apă defect
    .description = O cișmea, un punct de umplere a sticlelor sau un loc de joacă cu jeturi de apă dintr-un parc, care nu funcționează sau curge.

service-park-amenity-damaged = Bancă, masă sau gard deteriorat în parc
    .description = O bancă, o masă de picnic, un gard, o poartă, un panou sau alt element stricat dintr-un parc.

## Animale

service-dead-animal-road = Animal mort pe drum sau pe trotuar
    .description = Un animal mort pe un drum, un trotuar, o alee sau alt loc public. Va fi ridicat.

service-injured-wildlife = Animal sălbatic rănit sau bolnav
    .description = Un animal sălbatic, cum ar fi un raton, o vulpe sau o pasăre, care este rănit, bolnav sau prins. Nu încercați să îl atingeți.

service-stray-dog = Câine fără stăpân sau scăpat
    .description = Un câine care umblă liber pe stradă, fără stăpân în apropiere. Dacă câinele este agresiv, păstrați distanța.

service-dog-bite = Mușcătură sau atac de câine
    .description = Un câine care a mușcat sau a atacat o persoană sau alt animal. Dacă cineva este grav rănit, sunați la 911.

service-dog-off-leash = Câine fără lesă
    .description = Câini fără lesă în afara unei zone amenajate pentru câini liberi, într-un parc sau pe stradă.

service-animal-bylaw = Plângere privind regulamentul despre animale
    .description = Prea multe animale de companie la aceeași adresă, oameni care hrănesc animale sălbatice sau porumbei, ori excremente de animale lăsate pe o proprietate.

## Proprietăți, zgomot și regulamente locale

service-noise = Plângere pentru zgomot
    .description = Muzică tare, lucrări de construcții în afara orelor permise, câini care latră sau zgomot de echipamente de la o proprietate sau un magazin.

service-property-standards-urgent = Problemă urgentă privind starea unei clădiri
    .description = O problemă gravă într-o locuință închiriată sau în altă clădire, care afectează sănătatea sau siguranța, cum ar fi lipsa căldurii iarna, lipsa apei, o încuietoare stricată la ușa de la intrare sau o structură nesigură.

service-property-standards = Plângere privind starea unei clădiri
    .description = O clădire sau o curte care nu este bine întreținută, de exemplu cu dăunători, mucegai, geamuri sparte, un acoperiș prin care intră apa sau scări și balustrade deteriorate, fără un pericol imediat.

service-long-grass-weeds = Iarbă înaltă sau buruieni pe proprietate privată
    .description = Iarbă sau buruieni pe o proprietate privată, mai înalte decât permite regulamentul.

service-waste-private-property = Gunoi sau moloz pe proprietate privată
    .description = Gunoi, vechituri sau moloz adunate într-o curte privată, pe o verandă sau pe o alee de acces.

service-abandoned-vehicle = Vehicul abandonat pe proprietate privată
    .description = Un vehicul avariat, dezmembrat sau fără numere de înmatriculare, lăsat pe o proprietate privată.

service-short-term-rental = Plângere privind închirierea pe termen scurt
    .description = O locuință închiriată pentru șederi scurte care poate nu este înregistrată, nu este reședința principală a gazdei sau face mereu probleme vecinilor.
