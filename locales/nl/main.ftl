### Teksten van de Civic311-interface: Nederlands.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Naar de hoofdinhoud
language-switcher-label = Taal
loading = Bezig met laden…
footer-emergency = Bel bij noodgevallen 911. Dit portaal is voor gemeentelijke diensten zonder spoed.

home-title = Een probleem melden of een gemeentelijke dienst aanvragen – { -product-name }
home-heading = Een probleem melden of een gemeentelijke dienst aanvragen
home-intro = Meld de gemeente een gat in de weg, afval dat niet is opgehaald, graffiti en meer dan 60 andere problemen zonder spoed. U krijgt een nummer voor uw serviceaanvraag, zodat u kunt volgen wat er daarna gebeurt.
home-groups-heading = Waar gaat het over?
home-report-button = Een probleem melden
service-group-count =
    { $count ->
        [one] { $count } dienst
       *[other] { $count } diensten
    }
catalogue-unavailable = De lijst met diensten kan nu niet worden getoond. Probeer het over een paar minuten opnieuw.

not-found-title = Pagina niet gevonden – { -product-name }
not-found-heading = Pagina niet gevonden
not-found-home-link = Naar de startpagina

## Navigatie en formulierfouten
site-nav-label = Hoofdmenu
nav-track = Aanvraag volgen
nav-report = Probleem melden
error-title-prefix = Fout:
error-summary-heading = Er is een probleem

## Een serviceaanvraag opzoeken
lookup-title = Een serviceaanvraag volgen – { -product-name }
lookup-heading = Een serviceaanvraag volgen
lookup-label = Nummer van de serviceaanvraag
lookup-hint = Het nummer van uw serviceaanvraag staat op uw bevestigingspagina en in uw e-mails. Het ziet er zo uit: 2026-000123.
lookup-button = Mijn aanvraag zoeken
lookup-error-format = Vul het nummer van uw serviceaanvraag in zoals 2026-000123

## Eén serviceaanvraag
request-title = Serviceaanvraag { $number } – { -product-name }
request-heading = Serviceaanvraag { $number }
request-status = Status
request-service = Dienst
request-division = Behandeld door
request-filed = Ontvangen op
request-expected = Verwacht uiterlijk
request-location = Locatie
request-ward = Wijk
request-ward-value = Wijk { $number }: { $name }
request-due-today = uiterlijk vandaag
request-days-left =
    { $days ->
        [one] nog { $days } dag
       *[other] nog { $days } dagen
    }
request-days-overdue =
    { $days ->
        [one] { $days } dag later dan verwacht
       *[other] { $days } dagen later dan verwacht
    }
request-timeline-heading = Wat er tot nu toe is gebeurd
request-event-photo-alt = Foto van de gemeente van het uitgevoerde werk, nummer { $number }
request-unavailable = Deze serviceaanvraag kan nu niet worden getoond. Probeer het over een paar minuten opnieuw.
request-not-found-title = Serviceaanvraag niet gevonden – { -product-name }
request-not-found-heading = We kunnen die serviceaanvraag niet vinden
request-not-found-body = Er bestaat geen serviceaanvraag { $number }. Controleer het nummer op uw bevestigingspagina of in uw e-mail. Een aanvraag die u net hebt gedaan, kan pas na een minuut zichtbaar zijn.
request-not-found-retry = Een ander nummer opzoeken

## Statussen, in gewone taal
status-received = Ontvangen
status-assigned = Toegewezen aan afdeling
status-inspection = Inspectie
status-scheduled = Werk ingepland
status-completed = Afgerond
status-closed_referred = Gesloten – doorverwezen naar andere organisatie
status-closed_no_action = Gesloten – geen actie nodig
status-closed_duplicate = Gesloten – al eerder gemeld

## Het overzicht van diensten
nav-services = Gemeentelijke diensten
services-title = Gemeentelijke diensten – { -product-name }
services-heading = Gemeentelijke diensten
services-intro = Vind de dienst die bij uw probleem past. Zoek in uw eigen woorden of kies een onderwerp.
services-search-label = Een dienst zoeken
services-search-hint = Bijvoorbeeld: gat in de weg, afval niet opgehaald, geluidsoverlast
services-search-button = Zoeken
services-results-heading =
    { $count ->
        [one] { $count } dienst past bij ‘{ $query }’
       *[other] { $count } diensten passen bij ‘{ $query }’
    }
services-no-results = Geen enkele dienst past bij ‘{ $query }’. Probeer andere woorden of kijk bij de onderwerpen hieronder.
services-browse-heading = Zoeken op onderwerp
service-detail-title = { $name } – { -product-name }
service-topic = Onderwerp
service-standard = Servicenorm
service-sla-hours =
    { $count ->
        [one] We willen binnen { $count } uur reageren
       *[other] We willen binnen { $count } uur reageren
    }
service-sla-business-days =
    { $count ->
        [one] We willen binnen { $count } werkdag reageren
       *[other] We willen binnen { $count } werkdagen reageren
    }
service-sla-calendar-days =
    { $count ->
        [one] We willen binnen { $count } dag reageren
       *[other] We willen binnen { $count } dagen reageren
    }
service-back = Alle gemeentelijke diensten
service-not-found-title = Dienst niet gevonden – { -product-name }
service-not-found-heading = We kunnen die dienst niet vinden

## Klachten over een aanvraag
request-complaint-heading = Niet tevreden over hoe deze aanvraag verloopt?
request-complaint-overdue = De verwachte datum is voorbij en deze aanvraag is nog niet gesloten. U kunt een klacht indienen: een leidinggevende moet binnen 5 werkdagen reageren, anders gaat de klacht naar de afdelingsleiding.
request-complaint-closed = Is het probleem niet opgelost, of bent u het niet eens met de manier waarop deze aanvraag is gesloten? Dan kunt u een klacht indienen: een leidinggevende moet binnen 5 werkdagen reageren, anders gaat de klacht naar de afdelingsleiding.
request-complaint-details = Wat is er mis?
request-complaint-details-hint = Bijvoorbeeld: het gat in de weg is er nog steeds, terwijl de aanvraag is gesloten.
request-complaint-email = E-mailadres (niet verplicht)
request-complaint-email-hint = Zodat we u het antwoord kunnen laten weten. Het wordt nooit openbaar getoond.
request-complaint-submit = Klacht indienen
request-complaint-filed = Uw klacht is ingediend. U ziet de klacht hieronder in het overzicht van wat er is gebeurd.
request-complaint-pending = Er is een klacht over deze aanvraag die wacht op een antwoord. Het antwoord wordt uiterlijk { $date } verwacht.
request-complaint-escalated = Het antwoord is te laat, daarom is de klacht doorgestuurd naar de afdelingsleiding.
request-complaint-error-details = Vertel ons wat er mis is
request-complaint-error-too-long = De klacht mag maximaal 2000 tekens lang zijn
status-complaint = Klacht ingediend
status-escalated = Klacht doorgestuurd naar de afdelingsleiding
