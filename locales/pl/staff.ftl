### Konsola pracowników: logowanie, kolejka, zmiana stanu zgłoszenia, dziennik audytu.

staff-page-title = { $heading } – { -product-name } dla pracowników
staff-unavailable = Nie można teraz wyświetlić konsoli pracowników. Spróbuj ponownie za kilka minut.
staff-forbidden-heading = Nie możesz otworzyć tej strony
staff-forbidden-body = Twoje konto nie ma dostępu do tej części konsoli pracowników. Jeśli go potrzebujesz, zwróć się do administratora.

## Logowanie
staff-login-heading = Logowanie pracowników
staff-password = Hasło
staff-sign-in = Zaloguj się
staff-sign-out = Wyloguj się
staff-signed-in-as = Zalogowano jako { $name }
staff-login-error-wrong = Adres e-mail lub hasło są nieprawidłowe
staff-login-error-locked = Zbyt wiele prób logowania. Odczekaj 15 minut i spróbuj ponownie.
staff-error-csrf = Formularz był nieaktualny. Odśwież stronę i spróbuj ponownie.

## Kolejka
staff-queue-heading = Kolejka zgłoszeń
staff-filter-any = Wszystkie
staff-filter-overdue = Tylko zgłoszenia po przewidywanym terminie
staff-filter-complaints = Tylko zgłoszenia ze skargą czekającą na odpowiedź
staff-filter-apply = Pokaż zgłoszenia
staff-queue-empty = Żadne zgłoszenie nie pasuje do tych filtrów.
staff-column-number = Numer zgłoszenia
staff-complaint-due = Skarga: odpowiedź do { $date }
staff-complaint-escalated = Skarga przekazana wyżej: odpowiedź się opóźnia

## Jedno zgłoszenie
staff-change-heading = Zmień stan
staff-new-status = Nowy stan
staff-reason = Powód zamknięcia
staff-reason-hint = Wymagany, gdy nowy stan zamyka zgłoszenie. Musi pasować do stanu.
staff-reason-none = Bez powodu: zgłoszenie pozostaje otwarte
staff-public-note = Notatka publiczna
staff-public-note-hint = Mieszkaniec widzi ją na stronie stanu zgłoszenia. Przy zamykaniu napisz, co zostało zrobione albo dlaczego nic nie zrobiono.
staff-internal-note = Notatka wewnętrzna
staff-internal-note-hint = Widzą ją tylko pracownicy.
staff-save = Zapisz zmianę
staff-saved = Zmiana została zapisana.
staff-history-heading = Pełna historia
staff-error-status = Wybierz stan z listy
staff-error-reason-missing = Wybierz powód zamknięcia zgłoszenia
staff-error-reason-mismatch = Powód nie pasuje do nowego stanu. Wybierz powód, który do niego pasuje.
staff-error-note-missing = Napisz notatkę publiczną, która poinformuje mieszkańca, co zostało zrobione albo dlaczego nic nie zrobiono
staff-error-reason-open = Powód zamknięcia dotyczy tylko stanów, które zamykają zgłoszenie

## Powody zamknięcia
staff-reason-repaired = Naprawiono
staff-reason-cleaned = Posprzątano
staff-reason-removed = Usunięto
staff-reason-other-government = Przekazano innemu szczeblowi władzy
staff-reason-utility-company = Przekazano przedsiębiorstwu lub firmie, do której to należy
staff-reason-private-property = Teren prywatny: przekazano właścicielowi
staff-reason-not-found = Po oględzinach: nie stwierdzono problemu
staff-reason-already-resolved = Rozwiązano przed przyjazdem ekipy
staff-reason-meets-standard = Po oględzinach: spełnia standard miasta
staff-reason-duplicate = Duplikat innego zgłoszenia

## Dziennik audytu
staff-audit-heading = Dziennik audytu
staff-column-when = Kiedy
staff-column-who = Kto
staff-column-action = Działanie
staff-column-detail = Szczegóły
staff-action-login = Zalogowanie
staff-action-logout = Wylogowanie
staff-action-login-failed = Nieudane logowanie
staff-action-login-locked = Odmowa logowania: zbyt wiele prób
staff-action-status-change = Zmiana stanu
staff-action-escalation = Skarga automatycznie przekazana wyżej: minął termin odpowiedzi (SLA)

## Zmiana wielu zgłoszeń naraz z poziomu kolejki
staff-bulk-column = Zaznacz
staff-bulk-select = Zaznacz zgłoszenie { $number }
staff-bulk-heading = Zmień zaznaczone zgłoszenia
staff-bulk-hint = Zaznacz zgłoszenia w tabeli, a potem wybierz zmianę. Każde zgłoszenie otrzyma ten sam stan, powód i notatki oraz osobny wpis w swojej historii.
staff-bulk-button = Zmień zaznaczone zgłoszenia
staff-bulk-saved =
    { $count ->
        [one] Zmieniono { $count } zgłoszenie.
        [few] Zmieniono { $count } zgłoszenia.
        [many] Zmieniono { $count } zgłoszeń.
       *[other] Zmieniono { $count } zgłoszenia.
    }
staff-error-none-selected = Zaznacz w tabeli co najmniej jedno zgłoszenie.
staff-bulk-skipped =
    { $count ->
        [one] Pominięto { $count } zgłoszenie: aby oznaczyć je jako „Zakończone”, potrzebne jest zdjęcie wykonanej pracy. Otwórz je i dodaj zdjęcie.
        [few] Pominięto { $count } zgłoszenia: aby oznaczyć je jako „Zakończone”, potrzebne są zdjęcia wykonanej pracy. Otwórz każde z nich i dodaj zdjęcie.
        [many] Pominięto { $count } zgłoszeń: aby oznaczyć je jako „Zakończone”, potrzebne są zdjęcia wykonanej pracy. Otwórz każde z nich i dodaj zdjęcie.
       *[other] Pominięto { $count } zgłoszenia: aby oznaczyć je jako „Zakończone”, potrzebne są zdjęcia wykonanej pracy. Otwórz każde z nich i dodaj zdjęcie.
    }

## Zdjęcie dołączone do zmiany stanu (wykonanej pracy)
staff-photo = Zdjęcie wykonanej pracy (opcjonalne)
staff-photo-hint = Obraz JPEG, PNG lub WebP, do 10 MB. Mieszkańcy zobaczą go na stronie zgłoszenia, w części „Co się dotąd wydarzyło”.
staff-photo-hint-required = Ta usługa wymaga zdjęcia wykonanej pracy, aby oznaczyć zgłoszenie jako „Zakończone”. Obraz JPEG, PNG lub WebP, do 10 MB; mieszkańcy zobaczą go w części „Co się dotąd wydarzyło”.
staff-error-completion-photo-missing = Dodaj zdjęcie wykonanej pracy: ta usługa wymaga go, aby oznaczyć zgłoszenie jako „Zakończone”
