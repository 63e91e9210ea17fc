### Katalog usług Civic311: polskie nazwy i opisy grup i rodzajów usług
### z pliku server/seed/catalogue.toml. Identyfikatory odpowiadają kodom z tego pliku.

## Grupy usług

service-group-roads = Drogi i chodniki
service-group-streetlights-signs = Latarnie, znaki i sygnalizacja świetlna
service-group-snow-ice = Śnieg i lód
service-group-garbage = Śmieci, recykling i zielony pojemnik
service-group-graffiti-dumping = Graffiti i nielegalne wyrzucanie śmieci
service-group-water = Woda, kanalizacja i odpływy
service-group-trees = Drzewa
service-group-parks = Parki i rekreacja
service-group-animals = Zwierzęta
service-group-property-noise = Nieruchomości, hałas i przepisy miejskie

## Drogi i chodniki

service-pothole = Dziura w jezdni
    .description = Dziura lub uszkodzony fragment nawierzchni miejskiej drogi lub alejki. Napisz, mniej więcej jak jest duża i na którym pasie się znajduje.

service-road-hazard = Zagrożenie na drodze
    .description = Coś na drodze, co jest niebezpieczne w tej chwili, na przykład zapadnięta nawierzchnia, brak pokrywy studzienki lub duże przedmioty na pasie ruchu. Jeśli ktoś jest ranny lub w niebezpieczeństwie, dzwoń pod numer 911.

service-sidewalk-damaged = Uszkodzony chodnik
    .description = Pęknięty, uniesiony, zapadnięty lub połamany chodnik, o który ktoś może się potknąć lub który blokuje przejazd wózka inwalidzkiego albo dziecięcego.

service-curb-damaged = Uszkodzony krawężnik
    .description = Połamany, kruszący się lub brakujący krawężnik przy miejskiej drodze.

service-street-sweeping = Ulica do zamiecenia
    .description = Piasek, żwir, błoto lub śmieci nagromadzone przy drodze lub na pasie rowerowym, które musi usunąć zamiatarka.

service-bike-lane-obstruction = Zablokowany pas rowerowy
    .description = Gruz, materiały budowlane, pojemniki lub uszkodzone słupki blokujące pas lub drogę rowerową. Jeśli na pasie rowerowym stoi zaparkowany pojazd, zadzwoń do działu kontroli parkowania policji w Toronto pod numer 416-808-2222.

service-construction-blocking = Droga lub chodnik zablokowane przez budowę
    .description = Budowa lub prace przy sieciach, które blokują drogę lub chodnik bez bezpiecznego objazdu albo zostawiły miejsce w niebezpiecznym stanie.

service-guardrail-damaged = Uszkodzona bariera ochronna lub ogrodzenie drogi
    .description = Wygięta, połamana lub brakująca bariera ochronna, poręcz lub ogrodzenie przy drodze, moście lub zjeździe.

service-laneway-repair = Alejka w złym stanie
    .description = Publiczna alejka z uszkodzoną nawierzchnią, złym odwodnieniem lub głębokimi koleinami. Jeśli chodzi o jedną dziurę, wybierz Dziura w jezdni.

service-long-term-parking = Pojazd parkuje zbyt długo na ulicy osiedlowej
    .description = Pojazd, który stoi w tym samym miejscu na ulicy osiedlowej dłużej, niż pozwalają przepisy o parkowaniu.

## Latarnie, znaki i sygnalizacja świetlna

service-streetlight-out = Niedziałająca latarnia
    .description = Latarnia uliczna, która nie świeci, migocze lub świeci w dzień. Latarnie są utrzymywane razem z Toronto Hydro; lampy na terenie prywatnym lub w niektórych parkach mogą należeć do kogoś innego.

service-streetlight-pole-damaged = Uszkodzony słup latarni
    .description = Słup latarni, który jest przechylony, przewrócony, nie ma pokrywy lub ma odsłonięte przewody. Trzymaj się z dala od zerwanych przewodów i dzwoń pod numer 911, jeśli iskrzą.

service-sign-damaged = Uszkodzony lub brakujący znak
    .description = Tablica z nazwą ulicy, znak parkowania, ograniczenia prędkości lub inny znak drogowy, który jest uszkodzony, wyblakły, obrócony lub go brakuje. Jeśli przewrócony jest znak stop lub ustąp pierwszeństwa, wybierz Przewrócony znak stop lub ustąp pierwszeństwa.

service-stop-sign-down = Przewrócony znak stop lub ustąp pierwszeństwa
    .description = Znak stop lub ustąp pierwszeństwa, który jest przewrócony, zniknął lub jest obrócony tak, że kierowcy go nie widzą. Jest traktowany jako zagrożenie na drodze.

service-traffic-signal-malfunction = Niedziałająca sygnalizacja świetlna
    .description = Sygnalizacja świetlna, która nie świeci, zacięła się, miga lub jest uszkodzona. Wyłączoną sygnalizację traktuj jak skrzyżowanie ze znakiem stop na każdym wlocie.

service-pedestrian-signal = Niedziałająca sygnalizacja dla pieszych lub przycisk
    .description = Sygnalizator dla pieszych, licznik czasu, sygnał dźwiękowy lub przycisk na przejściu, który nie działa.

service-traffic-safety-concern = Problem z bezpieczeństwem ruchu
    .description = Poproś o sprawdzenie problemu z przekraczaniem prędkości, długością świateł, widocznością lub ulicą, którą trudno przejść. Sprawdzenie trwa i może skończyć się nowymi znakami, oznakowaniem lub zmianą świateł.

service-pavement-markings-faded = Wyblakłe oznakowanie na jezdni
    .description = Linie pasów ruchu, przejścia dla pieszych, linie zatrzymania lub symbole pasów rowerowych, które są starte i słabo widoczne.

## Śnieg i lód

service-snow-sidewalk = Nieodśnieżony chodnik
    .description = Chodnik, który odśnieża miasto, jest nadal pokryty śniegiem lub lodem po śnieżycy. Odśnieżanie zaczyna się, gdy spadnie wystarczająco dużo śniegu, więc po ustaniu opadów trzeba chwilę poczekać.

service-snow-road = Nieodśnieżona droga
    .description = Droga, która nie została odśnieżona po zakończeniu opadów śniegu. Najpierw odśnieża się główne drogi i trasy autobusów, potem ulice lokalne.

service-windrow-not-cleared = Nieusunięty wał śniegu przy wjeździe
    .description = Wał śniegu, który pług zostawił na końcu twojego podjazdu, nie został usunięty, a miasto usuwa takie wały na twojej ulicy.

service-icy-road-salting = Oblodzona droga lub chodnik do posypania
    .description = Miejska droga, chodnik, przejście dla pieszych lub kładka, które są oblodzone i trzeba je posypać solą lub piaskiem.

## Śmieci, recykling i zielony pojemnik

service-missed-garbage = Nieodebrane śmieci
    .description = Twój pojemnik na śmieci stał na czas w dniu odbioru, ale nie został opróżniony. Najpierw sprawdź w harmonogramie odbioru, czy nie ma zmian z powodu świąt.

service-missed-recycling = Nieodebrany recykling
    .description = Twój niebieski pojemnik stał na czas w dniu odbioru, ale nie został opróżniony.

service-missed-green-bin = Nieopróżniony zielony pojemnik
    .description = Twój zielony pojemnik na resztki jedzenia i odpady organiczne stał na czas w dniu odbioru, ale nie został opróżniony.

service-missed-yard-waste = Nieodebrane odpady z ogrodu
    .description = Odpady z ogrodu w papierowych workach lub otwartym pojemniku zostały wystawione w dniu odbioru w sezonie odpadów ogrodowych, ale nie zostały odebrane.

service-bin-damaged = Uszkodzony pojemnik
    .description = Pojemnik na śmieci, niebieski lub zielony pojemnik od miasta, który jest pęknięty albo ma połamaną pokrywę, kółko lub uchwyt. Zostanie naprawiony lub wymieniony.

service-bin-missing = Zaginiony lub skradziony pojemnik
    .description = Twój pojemnik od miasta zaginął, został skradziony lub zabrała go śmieciarka.

service-bulky-item-pickup = Odbiór dużych przedmiotów
    .description = Zamów odbiór mebli, materacy, sprzętu AGD i innych dużych przedmiotów w twoim dniu odbioru śmieci.

service-litter-bin-overflowing = Przepełniony kosz uliczny
    .description = Publiczny kosz na śmieci lub na recykling przy ulicy, który jest pełny i się przepełnia.

service-litter-bin-damaged = Uszkodzony kosz uliczny
    .description = Publiczny kosz na śmieci lub na recykling przy ulicy, który jest połamany, przewrócony lub go brakuje.

## Graffiti i nielegalne wyrzucanie śmieci

service-graffiti-city-property = Graffiti na mieniu miejskim
    .description = Graffiti na budynku, murze, moście lub innym obiekcie należącym do miasta. Jeśli graffiti szerzy nienawiść lub jest związane z gangami, wybierz Graffiti nienawistne lub gangsterskie.

service-graffiti-road-assets = Graffiti na znakach, słupach lub szafkach sygnalizacji
    .description = Graffiti na znakach drogowych, szafkach sygnalizacji świetlnej, słupach latarni, murach oporowych lub innych elementach drogi. Słupy i skrzynki sieci mogą należeć do Bell, Rogers lub Toronto Hydro.

service-graffiti-private-property = Graffiti na terenie prywatnym
    .description = Graffiti na domu, firmie, ogrodzeniu lub innej prywatnej nieruchomości, widoczne z ulicy. Właściciel musi je usunąć i może dostać pismo z wezwaniem.

service-graffiti-park = Graffiti w parku
    .description = Graffiti na budynku, toalecie, placu zabaw, ławce lub innym obiekcie w parku.

service-graffiti-hate = Graffiti nienawistne lub gangsterskie
    .description = Graffiti o treści nienawistnej, rasistowskiej lub związanej z gangami. Najpierw zgłoś je policji w Toronto pod numerem 416-808-2222 (numer do spraw, które nie są nagłe), a potem tutaj, aby można je było szybko usunąć.

service-illegal-dumping = Nielegalnie wyrzucone śmieci
    .description = Śmieci, meble, opony, odpady budowlane lub inne rzeczy porzucone na drodze, alejce, chodniku lub innym terenie miejskim.

service-illegal-posters = Nielegalne plakaty lub tablice na słupach
    .description = Plakaty, ulotki lub tablice przyczepione do słupów, drzew lub innych obiektów przy ulicy. Słupy sieci mogą należeć do Bell, Rogers lub Toronto Hydro.

service-abandoned-shopping-cart = Porzucony wózek sklepowy
    .description = Wózek sklepowy zostawiony na ulicy lub chodniku, w parku lub w wąwozie.

service-abandoned-bike = Porzucony rower
    .description = Rower, który od dawna jest przypięty do miejskiego słupka lub stojaka, brakuje mu części lub nie da się nim jeździć. Przed usunięciem zostaje oznaczony.

## Woda, kanalizacja i odpływy

service-water-main-break = Awaria głównej rury wodociągowej
    .description = Woda wypływa spod drogi, chodnika lub ziemi, co może oznaczać pęknięcie głównej rury wodociągowej.

service-no-water = Brak wody
    .description = Z kranów w twoim domu lub budynku w ogóle nie leci woda.

service-low-water-pressure = Niskie ciśnienie wody
    .description = Ciśnienie wody w twoich kranach jest dużo niższe niż zwykle.

service-sewer-backup = Cofanie się kanalizacji lub zalana piwnica
    .description = Ścieki lub woda cofają się przez odpływ w podłodze lub toaletę albo piwnica jest zalana z kanalizacji.

service-catch-basin-blocked = Zatkana studzienka uliczna
    .description = Kratka ściekowa lub studzienka uliczna zatkana liśćmi lub śmieciami albo woda stojąca na drodze, bo nie może spłynąć.

service-fire-hydrant-damaged = Uszkodzony lub cieknący hydrant
    .description = Hydrant przeciwpożarowy, w który coś uderzyło, który cieknie, nie ma zaślepki lub jest zastawiony.

service-water-quality = Woda o dziwnym kolorze lub smaku
    .description = Woda z kranu, która jest brązowa, mętna albo ma nietypowy smak lub zapach.

service-water-leak = Wyciek wody przy zaworze na granicy posesji
    .description = Woda wycieka ze skrzynki przyłącza wodociągowego lub zaworu na skraju posesji, po stronie miasta.

service-sewer-odour = Zapach kanalizacji
    .description = Silny zapach ścieków ze studzienki kanalizacyjnej, studzienki ulicznej lub kratki ściekowej.

## Drzewa

service-tree-emergency = Przewrócone lub uszkodzone drzewo (nagły wypadek)
    .description = Miejskie drzewo lub duża gałąź, które spadły lub zaraz spadną, blokują drogę lub chodnik albo zagrażają ludziom lub mieniu. Trzymaj się z dala od przewodów; drzewami dotykającymi linii energetycznych zajmuje się Toronto Hydro.

service-tree-pruning = Przycięcie drzewa (sprawa nienagła)
    .description = Poproś o przycięcie miejskiego drzewa w pasie drogowym, na przykład gałęzi, które wiszą nisko nad chodnikiem, zasłaniają znak lub dotykają domu.

service-tree-planting = Poproś o drzewo
    .description = Poproś o bezpłatne posadzenie drzewa na miejskim pasie drogowym przed twoim domem.

service-tree-inspection = Martwe lub zamierające drzewo miejskie
    .description = Poproś o sprawdzenie miejskiego drzewa, które wygląda na martwe, zamierające, puste w środku lub niestabilne, ale nie stanowi bezpośredniego zagrożenia.

service-stump-removal = Usunięcie pnia
    .description = Pień, który został po usunięciu miejskiego drzewa z pasa drogowego.

service-tree-pest = Szkodniki lub choroby drzew
    .description = Oznaki owadów lub choroby na miejskim drzewie, na przykład gąsienice brudnicy nieparki, szkody od szmaragdowego chrząszcza niszczącego jesiony lub nietypowa utrata liści.

## Parki i rekreacja

service-park-washroom = Problem z toaletą w parku
    .description = Toaleta w parku, która jest brudna, nie ma papieru lub mydła, jest zamknięta w podanych godzinach otwarcia lub ma zepsute wyposażenie.

service-playground-damaged = Uszkodzone urządzenia na placu zabaw
    .description = Połamane, luźne lub niebezpieczne urządzenia na miejskim placu zabaw, na przykład huśtawka, zjeżdżalnia lub drabinki.

service-park-encampment = Obozowisko w parku
    .description = Namioty lub szałasy w parku. Pracownicy socjalni przyjdą, aby zaproponować schronienie i pomoc. Jeśli ktoś potrzebuje pomocy medycznej lub jest w niebezpieczeństwie, dzwoń pod numer 911.

service-park-litter = Śmieci lub pełne kosze w parku
    .description = Śmieci porozrzucane w parku lub pełne kosze w parku.

service-park-grass-overgrown = Zbyt wysoka trawa w parku
    .description = Trawa lub chwasty w parku, na skwerze lub na zieleńcu w pasie drogi, które trzeba skosić.

service-park-lights-out = Niedziałające oświetlenie w parku
    .description = Lampa przy ścieżce, boisku lub parkingu w parku, która nie świeci lub migocze.

service-drinking-fountain = Niedziałające poidełko lub wodny plac zabaw
    .description = Poidełko, punkt napełniania butelek lub wodny plac zabaw w parku, który nie działa lub przecieka.

service-park-amenity-damaged = Uszkodzona ławka, stół lub ogrodzenie w parku
    .description = Połamana ławka, stół piknikowy, ogrodzenie, furtka, tablica lub inne wyposażenie w parku.

## Zwierzęta

service-dead-animal-road = Martwe zwierzę na drodze lub chodniku
    .description = Martwe zwierzę na drodze, chodniku, alejce lub w innym miejscu publicznym. Zostanie zabrane.

service-injured-wildlife = Ranne lub chore dzikie zwierzę
    .description = Dzikie zwierzę, na przykład szop, lis lub ptak, które jest ranne, chore lub uwięzione. Nie próbuj go dotykać.

service-stray-dog = Bezpański lub biegający luzem pies
    .description = Pies biegający luzem po ulicy bez właściciela w pobliżu. Jeśli pies jest agresywny, trzymaj się z daleka.

service-dog-bite = Pogryzienie lub atak psa
    .description = Pies, który pogryzł lub zaatakował człowieka lub inne zwierzę. Jeśli ktoś jest poważnie ranny, dzwoń pod numer 911.

service-dog-off-leash = Pies bez smyczy
    .description = Psy bez smyczy poza wyznaczonym wybiegiem dla psów, w parku lub na ulicy.

service-animal-bylaw = Skarga dotycząca przepisów o zwierzętach
    .description = Zbyt wiele zwierząt domowych pod jednym adresem, ludzie dokarmiający dzikie zwierzęta lub gołębie albo odchody zwierząt zostawione na posesji.

## Nieruchomości, hałas i przepisy miejskie

service-noise = Skarga na hałas
    .description = Głośna muzyka, prace budowlane poza dozwolonymi godzinami, szczekające psy lub hałas maszyn z posesji lub firmy.

service-property-standards-urgent = Pilny problem ze stanem budynku
    .description = Poważny problem w wynajmowanym mieszkaniu lub innym budynku, który zagraża zdrowiu lub bezpieczeństwu, na przykład brak ogrzewania zimą, brak wody, zepsuty zamek w drzwiach wejściowych lub niebezpieczna konstrukcja.

service-property-standards = Skarga na stan budynku
    .description = Budynek lub podwórko w złym stanie, na przykład ze szkodnikami, pleśnią, wybitymi oknami, przeciekającym dachem lub uszkodzonymi schodami i poręczami, ale bez bezpośredniego zagrożenia.

service-long-grass-weeds = Wysoka trawa lub chwasty na terenie prywatnym
    .description = Trawa lub chwasty na prywatnej posesji, które są wyższe, niż pozwalają przepisy.

service-waste-private-property = Śmieci lub gruz na terenie prywatnym
    .description = Śmieci, graty lub gruz nagromadzone na prywatnym podwórku, na ganku lub na podjeździe.

service-abandoned-vehicle = Porzucony pojazd na terenie prywatnym
    .description = Rozbity, rozebrany lub pozbawiony tablic rejestracyjnych pojazd pozostawiony na prywatnej posesji.

service-short-term-rental = Skarga na wynajem krótkoterminowy
    .description = Mieszkanie wynajmowane na krótkie pobyty, które może nie być zarejestrowane, nie jest głównym miejscem zamieszkania gospodarza lub ciągle sprawia problemy sąsiadom.
