### Zgłaszanie problemu: strony /report, ich komunikaty o błędach, mapa i zdjęcia.

report-page-title = { $heading } – { -product-name }
report-caption = Zgłoś problem
report-unavailable = Nie można teraz wyświetlić formularza zgłoszenia. Spróbuj ponownie za kilka minut.
report-continue = Dalej
report-optional = { $label } (opcjonalnie)

## Wybór usługi
report-choose-heading = Co chcesz zgłosić?
report-choose-intro = Wyszukaj, opisując sprawę własnymi słowami, albo wybierz jeden z tematów poniżej.
report-start-button = Rozpocznij
report-choose-other = Zgłoś coś innego
report-not-found-heading = Nie możemy znaleźć tego zgłoszenia
report-not-found-body = Link może być niepełny lub błędnie wpisany.
report-start-again = Rozpocznij nowe zgłoszenie

## Do kogo należy obiekt i graffiti motywowane nienawiścią
report-owner-question = Do kogo należy obiekt, którego dotyczy problem?
report-owner-hint = Poszukaj na nim logo lub naklejki. Miasto może naprawiać tylko to, co do niego należy.
report-owner-city = Miasto Toronto, np. miejski mur, most, znak lub kosz na śmieci
report-owner-unknown = Nie wiem
report-owner-bell = Bell Canada: budki telefoniczne, słupy i szafki Bell
report-owner-rogers = Rogers: skrzynki i szafki kablowe
report-owner-toronto-hydro = Toronto Hydro: słupy energetyczne, transformatory i skrzynki elektryczne
report-owner-canada-post = Canada Post: skrzynki pocztowe i automaty paczkowe
report-owner-ttc = TTC: wiaty przystankowe, stacje i pojazdy komunikacji miejskiej
report-error-owner = Wybierz, do kogo to należy, albo „Nie wiem”
report-referral-heading = Naprawa nie należy do miasta
report-referral-intro = Miasto może naprawiać lub sprzątać tylko to, co do niego należy, dlatego nie utworzono zgłoszenia. Zgłoś sprawę właścicielowi.
report-referral-bell = Bell Canada: zadzwoń pod numer 1-866-310-2355.
report-referral-rogers = Rogers: zadzwoń pod numer 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: zadzwoń pod numer 416-542-8000. Jeśli przewody są zerwane lub iskrzą, trzymaj się 10 metrów od nich i zadzwoń pod numer 911.
report-referral-canada-post = Canada Post: zadzwoń pod numer 1-866-607-6301.
report-referral-ttc = TTC: zadzwoń do Biura Obsługi Klienta pod numer 416-393-3030.
report-hate-heading = Graffiti motywowane nienawiścią
report-hate-police = Jeśli graffiti jest wymierzone w ludzi ze względu na ich rasę, religię, pochodzenie etniczne, orientację seksualną, płeć lub niepełnosprawność, najpierw zgłoś je policji w Toronto (Toronto Police): zadzwoń pod numer 416-808-2222 (linia do spraw, które nie są nagłe) albo pod 911, jeśli ktoś jest w niebezpieczeństwie. Policja rejestruje je jako możliwe przestępstwo z nienawiści, zanim zostanie usunięte.
report-hate-then = Następnie zgłoś je tutaj, aby miasto mogło je szybko usunąć.

## Miejsce
report-location-heading = Gdzie jest problem?
report-location-current = Wybrane miejsce
report-location-address = { $address }, Okręg { $ward }
report-location-pin = Znacznik w punkcie { $lat }, { $long }, Okręg { $ward }
report-map-heading = Umieść znacznik na mapie
report-map-hint = Kliknij lub dotknij mapy w miejscu problemu, a potem przeciągnij znacznik, aby go dopasować. Na klawiaturze przesuwaj mapę klawiszami strzałek, a potem wybierz „Umieść znacznik na środku mapy”.
report-map-label = Mapa
report-map-pin = Miejsce problemu
report-map-pin-at = Znacznik umieszczony w punkcie { $lat }, { $long }
report-map-no-pin = Nie umieszczono jeszcze znacznika
report-map-locate = Użyj mojej lokalizacji
report-map-locate-failed = Nie udało się ustalić Twojej lokalizacji. Umieść znacznik na mapie lub wpisz adres.
report-map-centre = Umieść znacznik na środku mapy
report-map-use = Użyj lokalizacji tego znacznika
report-address-heading = Albo wpisz adres lub skrzyżowanie
report-place-label = Ulica, skrzyżowanie lub miejsce
report-place-hint = Na przykład: Queen St W & Spadina Ave albo Nathan Phillips Square
report-place-find = Znajdź
report-place-none = Nic nie pasuje do „{ $query }”. Sprawdź pisownię lub spróbuj najbliższego skrzyżowania.
report-place-choose = Wybierz najlepiej pasujący wynik
report-place-use = Użyj tego miejsca
report-place-kind-street = Ulica
report-place-kind-intersection = Skrzyżowanie
report-place-kind-place = Miejsce
report-error-outside-city = To miejsce leży poza granicami miasta Toronto. Wybierz miejsce w obrębie miasta.
report-error-pin-missing = Umieść znacznik na mapie lub wpisz adres poniżej
report-error-place-choose = Wybierz jeden z wyników lub wyszukaj ponownie
report-error-location-missing = Wpisz ulicę, skrzyżowanie lub miejsce albo umieść znacznik na mapie

## Szczegóły i dane kontaktowe
report-details-heading = Opowiedz nam o problemie
report-field-description = Opisz problem
report-description-hint = Co widzisz i wszystko, co pomoże ekipom go znaleźć. Nie podawaj danych osobowych.
report-contact-heading = Twoje dane kontaktowe (opcjonalnie)
report-contact-hint = Używamy ich tylko po to, by skontaktować się z Tobą w sprawie tego zgłoszenia. Nigdy nie są publikowane. Zostaw te pola puste, aby zgłosić sprawę anonimowo.
report-field-first-name = Imię
report-field-last-name = Nazwisko
report-field-email = Adres e-mail
report-field-phone = Numer telefonu
report-error-missing = Odpowiedz na pytanie „{ $field }”
report-error-number = Odpowiedź na pytanie „{ $field }” musi być liczbą, np. 3 lub 2.5
report-error-too-long = Odpowiedź na pytanie „{ $field }” jest za długa (limit znaków: { $max })
report-error-choice = Wybierz jedną z podanych odpowiedzi na pytanie „{ $field }”
report-error-datetime = Wpisz prawidłową datę i godzinę w odpowiedzi na pytanie „{ $field }”
report-error-email = Wpisz adres e-mail w prawidłowym formacie, np. imie@example.com
report-error-phone = Wpisz numer telefonu, który ma od 7 do 15 cyfr, np. 416-392-2489

## Zdjęcia
report-photos-heading = Zdjęcia
report-photos-required = Przy tego rodzaju problemie potrzebne jest co najmniej jedno zdjęcie. Pomaga ono ekipom znaleźć i usunąć problem.
report-photos-optional = Zdjęcia nie są obowiązkowe, ale pomagają ekipom znaleźć i usunąć problem.
report-photos-limits = Możesz dodać zdjęcia w formacie JPEG, PNG lub WebP, każde do { $megabytes } MB (maksymalna liczba zdjęć: { $count }). Z kopii, którą przechowujemy, usuwamy lokalizację i dane aparatu.
report-photo-label = Wybierz zdjęcie
report-photo-upload = Prześlij zdjęcie
report-photo-uploading = Przesyłanie zdjęcia
report-photo-alt = Zdjęcie { $number }
report-photo-remove = Usuń zdjęcie { $number }
report-photo-has-location = Zdjęcie { $number } zawiera informację o tym, gdzie zostało zrobione.
report-photo-use-location = Użyj lokalizacji zdjęcia { $number }
report-photos-count =
    { $count ->
        [0] Brak zdjęć
        [one] { $count } zdjęcie
        [few] { $count } zdjęcia
        [many] { $count } zdjęć
       *[other] { $count } zdjęcia
    }
report-error-photo-missing = Wybierz zdjęcie do przesłania
report-error-photo-too-large = Zdjęcie musi mieć mniej niż { $megabytes } MB
report-error-photo-type = Plik musi być zdjęciem w formacie JPEG, PNG lub WebP
report-error-photo-dimensions = Zdjęcie ma zbyt wiele pikseli. Wybierz mniejsze zdjęcie.
report-error-photo-damaged = Zdjęcie jest uszkodzone i nie da się go odczytać. Wybierz inne zdjęcie.
report-error-photo-limit = Osiągnięto limit zdjęć ({ $count }). Usuń jedno, aby dodać kolejne.
report-error-photo-required = Dodaj co najmniej jedno zdjęcie
report-error-photo-outside = Miejsce, w którym zrobiono to zdjęcie, leży poza granicami miasta Toronto

## Sprawdzenie, zgłoszenia w pobliżu i wysyłanie
report-check-heading = Sprawdź odpowiedzi przed wysłaniem zgłoszenia
report-check-answers = Twoje odpowiedzi
report-change = Zmień
report-anonymous = Nie podano: to zgłoszenie jest anonimowe
report-submit-note = Wysyłając to zgłoszenie, potwierdzasz, że według Twojej wiedzy informacje są prawdziwe.
report-submit = Wyślij zgłoszenie
report-nearby-heading = Czy ktoś już to zgłosił?
report-nearby-intro = Te otwarte zgłoszenia dotyczące tego samego problemu znajdują się w promieniu 250 metrów. Jeśli któreś z nich jest Twoje, obserwuj je zamiast wysyłać nowe.
report-nearby-distance = Około { $metres } m stąd
report-nearby-reporters =
    { $count ->
        [one] Zgłosiła { $count } osoba
        [few] Zgłosiły { $count } osoby
        [many] Zgłosiło { $count } osób
       *[other] Zgłosiło { $count } osoby
    }
report-me-too = Mnie też to dotyczy: obserwuj { $number }
report-error-follow = Tego zgłoszenia nie można już obserwować. Wyślij własne zgłoszenie.
report-sent-heading = Zgłoszenie wysłane
report-sent-number = Numer Twojego zgłoszenia to
report-sent-next = Zachowaj ten numer. Dzięki niemu sprawdzisz, co dzieje się dalej.
report-sent-track = Sprawdzaj to zgłoszenie
report-another = Zgłoś kolejny problem
report-following-heading = Obserwujesz zgłoszenie { $number }
report-following-body = Dołączyliśmy Cię do tego zgłoszenia, zamiast tworzyć nowe. Na jego stronie statusu zobaczysz, co dzieje się dalej.
