### Teksty interfejsu Civic311: polski.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Przejdź do treści głównej
language-switcher-label = Język
loading = Wczytywanie…
footer-emergency = W nagłych wypadkach dzwoń pod numer 911. Ten portal służy do spraw miejskich, które nie są nagłe.

home-title = Zgłoś problem lub poproś o usługę miejską – { -product-name }
home-heading = Zgłoś problem lub poproś o usługę miejską
home-intro = Zgłoś miastu dziurę w jezdni, nieodebrane śmieci, graffiti i ponad 60 innych spraw, które nie są nagłe. Dostaniesz numer zgłoszenia, dzięki któremu sprawdzisz, co dzieje się dalej.
home-groups-heading = Czego dotyczy sprawa?
home-report-button = Zgłoś problem
service-group-count =
    { $count ->
        [one] { $count } usługa
        [few] { $count } usługi
        [many] { $count } usług
       *[other] { $count } usługi
    }
catalogue-unavailable = Nie można teraz wyświetlić listy usług. Spróbuj ponownie za kilka minut.

not-found-title = Nie znaleziono strony – { -product-name }
not-found-heading = Nie znaleziono strony
not-found-home-link = Przejdź do strony głównej

## Nawigacja i błędy formularza
site-nav-label = Menu główne
nav-track = Sprawdź zgłoszenie
nav-report = Zgłoś problem
error-title-prefix = Błąd:
error-summary-heading = Wystąpił problem

## Wyszukiwanie zgłoszenia
lookup-title = Sprawdź stan zgłoszenia – { -product-name }
lookup-heading = Sprawdź stan zgłoszenia
lookup-label = Numer zgłoszenia
lookup-hint = Numer zgłoszenia znajdziesz na stronie potwierdzenia i w otrzymanych e-mailach. Wygląda tak: 2026-000123.
lookup-button = Znajdź moje zgłoszenie
lookup-error-format = Wpisz numer zgłoszenia w formacie 2026-000123

## Szczegóły zgłoszenia
request-title = Zgłoszenie { $number } – { -product-name }
request-heading = Zgłoszenie { $number }
request-status = Stan
request-service = Usługa
request-division = Prowadzi
request-filed = Data przyjęcia
request-expected = Przewidywany termin
request-location = Miejsce
request-ward = Okręg
request-ward-value = Okręg { $number }: { $name }
request-due-today = termin mija dziś
request-days-left =
    { $days ->
        [one] został { $days } dzień
        [few] zostały { $days } dni
        [many] zostało { $days } dni
       *[other] zostało { $days } dnia
    }
request-days-overdue =
    { $days ->
        [one] { $days } dzień po przewidywanym terminie
        [few] { $days } dni po przewidywanym terminie
        [many] { $days } dni po przewidywanym terminie
       *[other] { $days } dnia po przewidywanym terminie
    }
request-timeline-heading = Co się dotąd wydarzyło
request-event-photo-alt = Zdjęcie wykonanej pracy zrobione przez miasto, nr { $number }
request-unavailable = Nie można teraz wyświetlić tego zgłoszenia. Spróbuj ponownie za kilka minut.
request-not-found-title = Nie znaleziono zgłoszenia – { -product-name }
request-not-found-heading = Nie możemy znaleźć tego zgłoszenia
request-not-found-body = Nie ma zgłoszenia o numerze { $number }. Sprawdź numer na stronie potwierdzenia lub w e-mailu. Świeżo wysłane zgłoszenie może pojawić się dopiero po minucie.
request-not-found-retry = Wyszukaj inny numer

## Statusy prostym językiem
status-received = Przyjęte
status-assigned = Przekazane do wydziału
status-inspection = Oględziny
status-scheduled = Prace zaplanowane
status-completed = Zakończone
status-closed_referred = Zamknięte – przekazane innej instytucji
status-closed_no_action = Zamknięte – nie wymaga działań
status-closed_duplicate = Zamknięte – zgłoszone wcześniej

## Katalog usług
nav-services = Usługi miejskie
services-title = Usługi miejskie – { -product-name }
services-heading = Usługi miejskie
services-intro = Znajdź usługę, której potrzebujesz. Opisz sprawę własnymi słowami albo przeglądaj tematy.
services-search-label = Wyszukaj usługę
services-search-hint = Na przykład: dziura w jezdni, nieodebrane śmieci, hałas
services-search-button = Szukaj
services-results-heading =
    { $count ->
        [one] { $count } usługa pasuje do „{ $query }”
        [few] { $count } usługi pasują do „{ $query }”
        [many] { $count } usług pasuje do „{ $query }”
       *[other] { $count } usługi pasuje do „{ $query }”
    }
services-no-results = Żadna usługa nie pasuje do „{ $query }”. Spróbuj innych słów albo przejrzyj tematy poniżej.
services-browse-heading = Przeglądaj według tematu
service-detail-title = { $name } – { -product-name }
service-topic = Temat
service-standard = Standard usługi
service-sla-hours =
    { $count ->
        [one] Staramy się odpowiedzieć w ciągu { $count } godziny
        [few] Staramy się odpowiedzieć w ciągu { $count } godzin
        [many] Staramy się odpowiedzieć w ciągu { $count } godzin
       *[other] Staramy się odpowiedzieć w ciągu { $count } godziny
    }
service-sla-business-days =
    { $count ->
        [one] Staramy się odpowiedzieć w ciągu { $count } dnia roboczego
        [few] Staramy się odpowiedzieć w ciągu { $count } dni roboczych
        [many] Staramy się odpowiedzieć w ciągu { $count } dni roboczych
       *[other] Staramy się odpowiedzieć w ciągu { $count } dnia roboczego
    }
service-sla-calendar-days =
    { $count ->
        [one] Staramy się odpowiedzieć w ciągu { $count } dnia
        [few] Staramy się odpowiedzieć w ciągu { $count } dni
        [many] Staramy się odpowiedzieć w ciągu { $count } dni
       *[other] Staramy się odpowiedzieć w ciągu { $count } dnia
    }
service-back = Wszystkie usługi miejskie
service-not-found-title = Nie znaleziono usługi – { -product-name }
service-not-found-heading = Nie możemy znaleźć tej usługi

## Skargi dotyczące zgłoszenia
request-complaint-heading = Masz zastrzeżenia do tego, jak przebiega to zgłoszenie?
request-complaint-overdue = Przewidywany termin minął, a zgłoszenie nie zostało zamknięte. Możesz złożyć skargę: kierownik musi na nią odpowiedzieć w ciągu 5 dni roboczych, w przeciwnym razie trafi ona do kierownictwa wydziału.
request-complaint-closed = Jeśli problem nie został usunięty albo nie zgadzasz się ze sposobem zamknięcia tego zgłoszenia, możesz złożyć skargę: kierownik musi na nią odpowiedzieć w ciągu 5 dni roboczych, w przeciwnym razie trafi ona do kierownictwa wydziału.
request-complaint-details = Co jest nie tak?
request-complaint-details-hint = Na przykład: dziura w jezdni nadal jest, choć zgłoszenie zostało zamknięte.
request-complaint-email = Adres e-mail (opcjonalnie)
request-complaint-email-hint = Abyśmy mogli przekazać Ci odpowiedź. Nigdy nie jest publikowany.
request-complaint-submit = Złóż skargę
request-complaint-filed = Twoja skarga została złożona. Widać ją poniżej w historii zgłoszenia.
request-complaint-pending = Skarga dotycząca tego zgłoszenia czeka na odpowiedź, która powinna nadejść do { $date }.
request-complaint-escalated = Odpowiedź się opóźnia, dlatego skarga została przekazana kierownictwu wydziału.
request-complaint-error-details = Napisz, co jest nie tak
request-complaint-error-too-long = Skarga może mieć najwyżej 2000 znaków
status-complaint = Złożono skargę
status-escalated = Skarga przekazana kierownictwu wydziału
