### De medewerkersconsole: inloggen, de wachtrij, de status van een aanvraag wijzigen, het auditlogboek.

staff-page-title = { $heading } – { -product-name } voor medewerkers
staff-unavailable = De medewerkersconsole kan nu niet worden getoond. Probeer het over een paar minuten opnieuw.
staff-forbidden-heading = U kunt deze pagina niet openen
staff-forbidden-body = Uw account heeft geen toegang tot dit deel van de medewerkersconsole. Vraag het aan een beheerder als u toegang nodig hebt.

## Inloggen
staff-login-heading = Inloggen voor medewerkers
staff-password = Wachtwoord
staff-sign-in = Inloggen
staff-sign-out = Uitloggen
staff-signed-in-as = Ingelogd als { $name }
staff-login-error-wrong = Het e-mailadres of het wachtwoord klopt niet
staff-login-error-locked = Te veel inlogpogingen. Wacht 15 minuten en probeer het dan opnieuw.
staff-error-csrf = Het formulier was verouderd. Laad de pagina opnieuw en probeer het nog eens.

## De wachtrij
staff-queue-heading = Wachtrij van serviceaanvragen
staff-filter-any = Alle
staff-filter-overdue = Alleen aanvragen waarvan de verwachte datum voorbij is
staff-filter-complaints = Alleen aanvragen met een klacht die op antwoord wacht
staff-filter-apply = Aanvragen tonen
staff-queue-empty = Er zijn geen serviceaanvragen die aan deze filters voldoen.
staff-column-number = Nummer serviceaanvraag
staff-complaint-due = Klacht: antwoord uiterlijk { $date }
staff-complaint-escalated = Klacht geëscaleerd: het antwoord is te laat

## Eén aanvraag
staff-change-heading = De status wijzigen
staff-new-status = Nieuwe status
staff-reason = Reden van sluiting
staff-reason-hint = Verplicht als de aanvraag met de nieuwe status wordt gesloten. De reden moet bij de status passen.
staff-reason-none = Geen reden: de aanvraag blijft open
staff-public-note = Openbare notitie
staff-public-note-hint = De inwoner ziet dit op de statuspagina. Schrijf bij het sluiten wat er is gedaan, of waarom er niets is gedaan.
staff-internal-note = Interne notitie
staff-internal-note-hint = Alleen medewerkers zien dit.
staff-save = Wijziging opslaan
staff-saved = De wijziging is opgeslagen.
staff-history-heading = Volledige geschiedenis
staff-error-status = Kies een status uit de lijst
staff-error-reason-missing = Kies een reden om de aanvraag te sluiten
staff-error-reason-mismatch = De reden past niet bij de nieuwe status. Kies een reden die erbij past.
staff-error-note-missing = Schrijf een openbare notitie die de inwoner vertelt wat er is gedaan, of waarom er niets is gedaan
staff-error-reason-open = Een reden van sluiting is alleen bedoeld voor statussen die de aanvraag sluiten

## Redenen van sluiting
staff-reason-repaired = Gerepareerd
staff-reason-cleaned = Schoongemaakt
staff-reason-removed = Verwijderd
staff-reason-other-government = Doorverwezen naar een andere overheidslaag
staff-reason-utility-company = Doorverwezen naar het nutsbedrijf of het bedrijf dat de eigenaar is
staff-reason-private-property = Op privéterrein: doorverwezen naar de eigenaar
staff-reason-not-found = Geïnspecteerd: geen probleem gevonden
staff-reason-already-resolved = Al opgelost voordat de ploeg er was
staff-reason-meets-standard = Geïnspecteerd: voldoet aan de norm van de gemeente
staff-reason-duplicate = Dubbel met een andere aanvraag

## Het auditlogboek
staff-audit-heading = Auditlogboek
staff-column-when = Wanneer
staff-column-who = Wie
staff-column-action = Actie
staff-column-detail = Details
staff-action-login = Ingelogd
staff-action-logout = Uitgelogd
staff-action-login-failed = Mislukte inlogpoging
staff-action-login-locked = Inloggen geweigerd: te veel pogingen
staff-action-status-change = Status gewijzigd
staff-action-escalation = Klacht automatisch geëscaleerd: de reactietermijn (SLA) is verstreken

## Meerdere aanvragen tegelijk wijzigen vanuit de wachtrij
staff-bulk-column = Selecteren
staff-bulk-select = Aanvraag { $number } selecteren
staff-bulk-heading = De geselecteerde aanvragen wijzigen
staff-bulk-hint = Vink aanvragen aan in de tabel en kies dan de wijziging. Elke aanvraag krijgt dezelfde status, reden en notities, en een eigen regel in haar geschiedenis.
staff-bulk-button = Geselecteerde aanvragen wijzigen
staff-bulk-saved =
    { $count ->
        [one] Er is één aanvraag gewijzigd.
       *[other] Er zijn { $count } aanvragen gewijzigd.
    }
staff-error-none-selected = Selecteer ten minste één aanvraag in de tabel.
staff-bulk-skipped =
    { $count ->
        [one] Er is één aanvraag niet gewijzigd: om die op ‘Afgerond’ te zetten, is een foto van het voltooide werk nodig. Open de aanvraag om er een toe te voegen.
       *[other] Er zijn { $count } aanvragen niet gewijzigd: om ze op ‘Afgerond’ te zetten, is een foto van het voltooide werk nodig. Open ze een voor een om er een toe te voegen.
    }

## Een foto bij een statuswijziging (van het voltooide werk)
staff-photo = Foto van het werk (niet verplicht)
staff-photo-hint = Een afbeelding in JPEG-, PNG- of WebP-formaat van maximaal 10 MB. Inwoners zien die op de pagina van de aanvraag, onder ‘Wat er tot nu toe is gebeurd’.
staff-photo-hint-required = Voor deze dienst is een foto van het voltooide werk nodig om de aanvraag op ‘Afgerond’ te zetten. Een afbeelding in JPEG-, PNG- of WebP-formaat van maximaal 10 MB; inwoners zien die onder ‘Wat er tot nu toe is gebeurd’.
staff-error-completion-photo-missing = Voeg een foto van het voltooide werk toe: voor deze dienst is die nodig om de aanvraag op ‘Afgerond’ te zetten
