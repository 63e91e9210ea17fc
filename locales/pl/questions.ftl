### Pytania z katalogu: dodatkowe pytania (atrybuty Open311) do każdego rodzaju usługi oraz
### odpowiedzi do wyboru w pytaniach zamkniętych, jako atrybuty nazwane według ich kluczy.

## Dziura w jezdni
question-pothole-size = Mniej więcej jak duża jest dziura?
    .small = Mniejsza niż talerz obiadowy
    .medium = Mniej więcej wielkości opony samochodowej
    .large = Większa niż opona samochodowa
question-pothole-lane = W której części drogi się znajduje?
    .curb-lane = Pas przy krawężniku
    .centre-lane = Pas środkowy lub do wyprzedzania
    .turn-lane = Pas do skrętu
    .bike-lane = Pas rowerowy
    .laneway = Alejka

## Zagrożenie na drodze
question-road-hazard-hazard_type = Na czym polega zagrożenie?
    .road-collapse = Zapadnięta nawierzchnia lub zapadlisko
    .missing-cover = Brak lub uszkodzenie pokrywy studzienki albo kratki
    .debris = Duże przedmioty na pasie ruchu
    .spill = Rozlana lub śliska substancja
    .other = Coś innego

## Uszkodzony chodnik
question-sidewalk-damaged-damage = Co jest nie tak z chodnikiem?
    .cracked = Jest popękany
    .lifted = Płyty są uniesione lub nierówne
    .sunken = Jest zapadnięty lub pusty pod spodem
    .missing = Brakuje kawałków
    .curb-ramp = Uszkodzony obniżony krawężnik (podjazd)
question-sidewalk-damaged-trip_height = Mniej więcej jak wysoka jest nierówna krawędź, w centymetrach?

## Zablokowany pas rowerowy
question-bike-lane-obstruction-obstruction = Co blokuje pas rowerowy?
    .debris = Gruz lub śmieci
    .construction = Materiały lub sprzęt budowlany
    .bins = Pojemniki na śmieci lub na recykling
    .bollard = Uszkodzony lub przewrócony słupek
    .other = Coś innego

## Pojazd parkuje zbyt długo na ulicy osiedlowej
question-long-term-parking-licence_plate = Jaki jest numer rejestracyjny, jeśli go widać?
question-long-term-parking-vehicle_description = Opisz pojazd (kolor, marka, rodzaj).
question-long-term-parking-days_parked = Od ilu mniej więcej dni tam stoi?

## Niedziałająca latarnia
question-streetlight-out-light_problem = Co jest nie tak z latarnią?
    .out = Nie świeci
    .flickering = Migocze albo ciągle się włącza i wyłącza
    .day-burning = Świeci w dzień
    .several-out = Kilka latarni z rzędu nie świeci
question-streetlight-out-pole_number = Jeśli na słupie jest tabliczka z numerem, co na niej jest napisane?

## Uszkodzony lub brakujący znak
question-sign-damaged-sign_type = Jaki to znak?
    .street-name = Tablica z nazwą ulicy
    .parking = Znak parkowania
    .speed-limit = Ograniczenie prędkości
    .warning = Znak ostrzegawczy (zakręt, strefa szkolna i podobne)
    .other = Inny
question-sign-damaged-sign_condition = Co jest z nim nie tak?
    .bent = Wygięty lub przewrócony
    .faded = Wyblakły lub trudny do odczytania
    .turned = Obrócony w złą stronę
    .blocked = Zasłonięty przez gałęzie
    .missing = Brakuje go

## Niedziałająca sygnalizacja świetlna
question-traffic-signal-malfunction-signal_problem = Co się dzieje z sygnalizacją?
    .dark = Zupełnie nie świeci
    .flashing = Miga na czerwono lub na żółto
    .stuck = Zacięła się na jednym kolorze
    .damaged = Jest przewrócona lub uszkodzona
    .turned = Jest obrócona w złą stronę
question-traffic-signal-malfunction-direction = Którego kierunku ruchu to dotyczy (na przykład w stronę północną)?

## Problem z bezpieczeństwem ruchu
question-traffic-safety-concern-concern = Co cię niepokoi?
    .speeding = Przekraczanie prędkości
    .signal-timing = Długość świateł
    .visibility = Słaba widoczność
    .crossing = Trudno przejść przez ulicę
    .cut-through = Ruch tranzytowy na skróty przez okolicę
question-traffic-safety-concern-details = Opowiedz nam więcej: kiedy to się dzieje i kogo dotyczy?

## Nieodśnieżony chodnik
question-snow-sidewalk-condition = W jakim stanie jest chodnik?
    .snow = Pokryty śniegiem
    .ice = Oblodzony
    .snowbank = Zablokowany przez wał śniegu po odśnieżaniu jezdni

## Nieodebrane śmieci
question-missed-garbage-collection_day = Jaki był twój wyznaczony dzień odbioru?
question-missed-garbage-set_out = Czy pojemnik stał przy krawężniku przed 7:00 rano?
    .yes = Tak
    .no = Nie

## Nieodebrany recykling
question-missed-recycling-collection_day = Jaki był twój wyznaczony dzień odbioru?
question-missed-recycling-set_out = Czy pojemnik stał przy krawężniku przed 7:00 rano?
    .yes = Tak
    .no = Nie

## Nieopróżniony zielony pojemnik
question-missed-green-bin-collection_day = Jaki był twój wyznaczony dzień odbioru?
question-missed-green-bin-set_out = Czy pojemnik stał przy krawężniku przed 7:00 rano?
    .yes = Tak
    .no = Nie

## Uszkodzony pojemnik
question-bin-damaged-bin_type = Który pojemnik jest uszkodzony?
    .garbage = Pojemnik na śmieci
    .recycling = Niebieski pojemnik (recykling)
    .green-bin = Zielony pojemnik (odpady organiczne)
question-bin-damaged-damage = Co jest uszkodzone?
    .lid = Pokrywa
    .wheels = Kółko lub oś
    .handle = Uchwyt
    .body = Pęknięta obudowa
    .latch = Zamknięcie chroniące przed zwierzętami
question-bin-damaged-bin_serial = Jaki jest numer seryjny nadrukowany na pojemniku, jeśli da się go odczytać?

## Odbiór dużych przedmiotów
question-bulky-item-pickup-item_types = Co wystawisz?
    .furniture = Meble
    .mattress = Materac lub stelaż
    .appliance = Kuchenka, pralka, suszarka lub zmywarka
    .refrigerant = Lodówka, zamrażarka lub klimatyzator
    .carpet = Wykładzina lub dywan
    .other = Inny duży przedmiot
question-bulky-item-pickup-item_count = Ile przedmiotów wystawisz?

## Graffiti na mieniu miejskim
question-graffiti-city-property-surface = Jakie powierzchnie są pokryte graffiti?
    .wall = Mur lub budynek
    .bridge = Most lub przejazd pod wiaduktem
    .fence = Ogrodzenie
    .sign-pole = Znak lub słup
    .box = Skrzynka sieci lub szafka sygnalizacji
    .other = Inne

## Graffiti na znakach, słupach lub szafkach sygnalizacji
question-graffiti-road-assets-asset_type = Na czym jest graffiti?
    .sign = Znak drogowy
    .signal-box = Szafka sygnalizacji świetlnej
    .pole = Słup
    .retaining-wall = Mur oporowy lub ekran akustyczny
    .bridge = Most lub przejazd pod wiaduktem
    .other = Coś innego

## Graffiti na terenie prywatnym
question-graffiti-private-property-surface = Jakie powierzchnie są pokryte graffiti?
    .wall = Ściana
    .fence = Ogrodzenie
    .garage-door = Brama garażowa
    .window = Okno lub drzwi
    .other = Inne
question-graffiti-private-property-is_owner = Czy jesteś właścicielem tej nieruchomości?
    .yes = Tak
    .no = Nie

## Graffiti nienawistne lub gangsterskie
question-graffiti-hate-police_reported = Czy zgłoszono to policji w Toronto?
    .yes = Tak
    .no = Nie
question-graffiti-hate-police_reference = Jaki jest numer zgłoszenia na policji, jeśli go masz?

## Nielegalnie wyrzucone śmieci
question-illegal-dumping-item_types = Co zostało wyrzucone?
    .household = Worki ze śmieciami z domu
    .furniture = Meble
    .mattress = Materac
    .tires = Opony
    .construction = Odpady z budowy lub remontu
    .electronics = Elektronika
    .hazardous = Farby, chemikalia lub inne odpady niebezpieczne
    .other = Inne
question-illegal-dumping-noticed_at = Kiedy zauważono śmieci lub kiedy widziano, jak ktoś je wyrzuca?
question-illegal-dumping-witness = Jeśli widziano, kto to wyrzucił, opisz tę osobę lub pojazd. Nie podchodź do tych osób.

## Porzucony rower
question-abandoned-bike-bike_condition = W jakim jest stanie?
    .missing-wheel = Brakuje koła
    .missing-parts = Brakuje siodełka lub kierownicy
    .flat-tires = Przebite lub puste opony
    .rusted = Zardzewiały łańcuch lub części
    .bent-frame = Wygięta lub uszkodzona rama

## Awaria głównej rury wodociągowej
question-water-main-break-water_flow = Ile wody wypływa?
    .trickle = Sączy się strużka lub jest mokra plama
    .steady = Płynie stały strumień
    .gushing = Woda tryska lub zalewa drogę

## Brak wody
question-no-water-neighbours_affected = Czy sąsiedzi też są bez wody?
    .yes = Tak
    .no = Nie
    .unknown = Nie wiem
question-no-water-started_at = Kiedy przestała lecieć woda?

## Cofanie się kanalizacji lub zalana piwnica
question-sewer-backup-water_depth = Mniej więcej jak głęboka jest woda, w centymetrach?
question-sewer-backup-backwater_valve = Czy budynek ma zawór przeciwzalewowy?
    .yes = Tak
    .no = Nie
    .unknown = Nie wiem

## Zatkana studzienka uliczna
question-catch-basin-blocked-ponding = Czy zbiera się woda?
    .none = Nie, w tej chwili nie
    .road = Woda zbiera się na jezdni
    .sidewalk = Woda zalewa chodnik lub posesję

## Uszkodzony lub cieknący hydrant
question-fire-hydrant-damaged-hydrant_problem = Co jest nie tak z hydrantem?
    .knocked-over = Przewrócony lub uderzony
    .leaking = Cieknie
    .missing-cap = Brak zaślepki
    .blocked = Zastawiony lub zasłonięty
    .paint = Graffiti lub farba

## Woda o dziwnym kolorze lub smaku
question-water-quality-water_issue = Co zauważasz?
    .brown = Brązowy lub żółty kolor
    .cloudy = Woda mętna lub mleczna
    .taste = Nietypowy smak
    .smell = Nietypowy zapach
    .particles = Drobiny lub osad

## Przewrócone lub uszkodzone drzewo (nagły wypadek)
question-tree-emergency-blocking = Czego to dotyczy?
    .road = Drogi
    .sidewalk = Chodnika
    .driveway = Podjazdu
    .building = Domu lub budynku
    .vehicle = Pojazdu
    .wires = Przewodów
    .nothing = Na razie niczego, ale drzewo może się przewrócić

## Przycięcie drzewa (sprawa nienagła)
question-tree-pruning-reason = Dlaczego drzewo trzeba przyciąć?
    .low-branches = Nisko wiszące gałęzie nad chodnikiem lub drogą
    .blocking = Zasłania znak lub latarnię
    .touching-building = Dotyka domu lub budynku
    .dead-branches = Suche gałęzie

## Problem z toaletą w parku
question-park-washroom-issue = Na czym polega problem?
    .dirty = Jest brudno
    .supplies = Brak mydła, ręczników papierowych lub papieru toaletowego
    .locked = Zamknięta w godzinach otwarcia
    .broken = Zepsuta toaleta, umywalka lub drzwi
    .leak = Wyciek lub zalanie

## Uszkodzone urządzenia na placu zabaw
question-playground-damaged-equipment = Które urządzenie?
    .swing = Huśtawka
    .slide = Zjeżdżalnia
    .climber = Drabinki lub zestaw zabawowy
    .surface = Nawierzchnia (piasek, kora lub guma)
    .other = Inne
question-playground-damaged-unsafe = Czy ktoś może się teraz zranić, korzystając z niego?
    .yes = Tak
    .no = Nie
    .unsure = Nie mam pewności

## Obozowisko w parku
question-park-encampment-tent_count = Ile mniej więcej jest namiotów lub szałasów?
question-park-encampment-details = Czy jest coś, o czym powinni wiedzieć pracownicy socjalni, na przykład ogień lub inne zagrożenie dla bezpieczeństwa?

## Martwe zwierzę na drodze lub chodniku
question-dead-animal-road-animal_type = Jakie to zwierzę (na przykład szop, wiewiórka lub kot)?
question-dead-animal-road-animal_size = Jak duże jest to zwierzę?
    .small = Małe (wiewiórka, ptak)
    .medium = Średnie (szop, kot)
    .large = Duże (jeleń, kojot, pies)

## Ranne lub chore dzikie zwierzę
question-injured-wildlife-animal_type = Jakie to zwierzę?
question-injured-wildlife-condition = Co się dzieje ze zwierzęciem?
    .injured = Jest ranne
    .sick = Jest chore lub dziwnie się zachowuje
    .trapped = Jest uwięzione lub zaplątane
    .orphaned = To młode zwierzę, które wydaje się samotne

## Bezpański lub biegający luzem pies
question-stray-dog-dog_contained = Czy pies jest zabezpieczony, na przykład na podwórku lub na smyczy?
    .yes = Tak
    .no = Nie

## Pogryzienie lub atak psa
question-dog-bite-incident_time = Kiedy to się stało?
question-dog-bite-victim = Kto został pogryziony lub zaatakowany?
    .person = Człowiek
    .dog = Inny pies
    .other-animal = Inne zwierzę

## Pies bez smyczy
question-dog-off-leash-usual_time = Kiedy to się zwykle dzieje (na przykład w dni robocze rano)?

## Skarga na hałas
question-noise-noise_source = Co hałasuje?
    .amplified-sound = Muzyka lub nagłośnienie
    .construction = Prace budowlane
    .barking = Szczekający pies
    .equipment = Klimatyzator, wentylator lub inne urządzenie
    .vehicle = Pojazdy z włączonym silnikiem na postoju lub z wysokimi obrotami silnika
    .other = Inne
question-noise-ongoing = Czy hałas trwa teraz?
    .now = Tak, w tej chwili
    .recurring = Powtarza się regularnie
    .past = Ustał
question-noise-noise_times = Opisz, kiedy występuje hałas i jak długo trwa.

## Pilny problem ze stanem budynku
question-property-standards-urgent-issue = Na czym polega pilny problem?
    .no-heat = Brak ogrzewania lub za słabe ogrzewanie
    .no-water = Brak wody
    .no-power = Brak prądu
    .lock = Zepsuty zamek w drzwiach wejściowych
    .structure = Niebezpieczna konstrukcja, balkon lub schody
question-property-standards-urgent-is_tenant = Czy jesteś najemcą w tym budynku?
    .yes = Tak
    .no = Nie
question-property-standards-urgent-unit_number = Jaki jest numer twojego mieszkania?

## Skarga na stan budynku
question-property-standards-issues = Jakie są problemy?
    .pests = Szkodniki (myszy, karaluchy, pluskwy)
    .mould = Pleśń
    .windows-doors = Uszkodzone okna lub drzwi
    .leaks = Przeciekający dach lub ściany
    .stairs-railings = Uszkodzone schody lub poręcze
    .exterior = Zewnętrzna część budynku w złym stanie
    .other = Inne
question-property-standards-landlord_notified = Jeśli jesteś najemcą, czy wynajmujący został powiadomiony na piśmie?
    .yes = Tak
    .no = Nie
    .not-tenant = Nie jestem najemcą
question-property-standards-details = Opisz problem i jak długo już trwa.

## Porzucony pojazd na terenie prywatnym
question-abandoned-vehicle-licence_plate = Jaki jest numer rejestracyjny, jeśli pojazd go ma?
question-abandoned-vehicle-vehicle_description = Opisz pojazd (kolor, marka, rodzaj).
