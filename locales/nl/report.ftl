### Een probleem melden: de /report-pagina's, hun foutmeldingen, de kaart en de foto's.

report-page-title = { $heading } – { -product-name }
report-caption = Een probleem melden
report-unavailable = Het meldingsformulier kan nu niet worden getoond. Probeer het over een paar minuten opnieuw.
report-continue = Doorgaan
report-optional = { $label } (niet verplicht)

## De dienst kiezen
report-choose-heading = Wat wilt u melden?
report-choose-intro = Zoek in uw eigen woorden of kies uit de onderwerpen hieronder.
report-start-button = Nu beginnen
report-choose-other = Iets anders melden
report-not-found-heading = We kunnen die melding niet vinden
report-not-found-body = De link is misschien onvolledig of verkeerd getypt.
report-start-again = Een nieuwe melding beginnen

## Van wie het is, en graffiti met een haatmotief
report-owner-question = Van wie is het voorwerp met het probleem?
report-owner-hint = Kijk of er een logo of label op staat. De gemeente kan alleen repareren wat van de gemeente is.
report-owner-city = De gemeente Toronto, bijvoorbeeld een muur, brug, bord of afvalbak van de gemeente
report-owner-unknown = Ik weet het niet
report-owner-bell = Bell Canada: telefooncellen, palen en kasten van Bell
report-owner-rogers = Rogers: kabelkastjes en -kasten
report-owner-toronto-hydro = Toronto Hydro: elektriciteitspalen, transformatoren en elektriciteitskasten
report-owner-canada-post = Canada Post: brievenbussen en pakketkluizen
report-owner-ttc = TTC: abri's, stations en voertuigen van het openbaar vervoer
report-error-owner = Kies van wie het is, of ‘Ik weet het niet’
report-referral-heading = Dit hoeft de gemeente niet te herstellen
report-referral-intro = De gemeente kan alleen repareren of schoonmaken wat van de gemeente is. Daarom is er geen serviceaanvraag gemaakt. Meld het probleem bij de eigenaar.
report-referral-bell = Bell Canada: bel 1-866-310-2355.
report-referral-rogers = Rogers: bel 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: bel 416-542-8000. Liggen er draden op de grond of geven ze vonken, blijf dan 10 meter uit de buurt en bel 911.
report-referral-canada-post = Canada Post: bel 1-866-607-6301.
report-referral-ttc = TTC: bel de klantenservice op 416-393-3030.
report-hate-heading = Graffiti met een haatmotief
report-hate-police = Richt de graffiti zich op mensen vanwege hun ras, religie, etnische afkomst, seksuele geaardheid, gender of handicap? Meld het dan eerst bij de politie van Toronto (Toronto Police): bel 416-808-2222, het nummer voor niet-spoedeisende zaken, of 911 als iemand in gevaar is. De politie registreert het als mogelijk haatmisdrijf voordat het wordt verwijderd.
report-hate-then = Meld het daarna hier, zodat de gemeente het snel kan verwijderen.

## Locatie
report-location-heading = Waar is het probleem?
report-location-current = Gekozen locatie
report-location-address = { $address }, wijk { $ward }
report-location-pin = Markering op { $lat }, { $long }, wijk { $ward }
report-map-heading = Zet een markering op de kaart
report-map-hint = Klik of tik op de kaart waar het probleem is en sleep de markering daarna naar de juiste plek. Met een toetsenbord verschuift u de kaart met de pijltoetsen en kiest u daarna ‘Markering in het midden van de kaart zetten’.
report-map-label = Kaart
report-map-pin = Locatie van het probleem
report-map-pin-at = Markering geplaatst op { $lat }, { $long }
report-map-no-pin = Nog geen markering geplaatst
report-map-locate = Mijn locatie gebruiken
report-map-locate-failed = Uw locatie kon niet worden gevonden. Zet de markering op de kaart of typ een adres.
report-map-centre = Markering in het midden van de kaart zetten
report-map-use = Locatie van deze markering gebruiken
report-address-heading = Of typ een adres of kruispunt
report-place-label = Straat, kruispunt of plaats
report-place-hint = Bijvoorbeeld: Queen St W & Spadina Ave, of Nathan Phillips Square
report-place-find = Zoeken
report-place-none = Niets komt overeen met ‘{ $query }’. Controleer de spelling of probeer het dichtstbijzijnde kruispunt.
report-place-choose = Kies de beste overeenkomst
report-place-use = Deze locatie gebruiken
report-place-kind-street = Straat
report-place-kind-intersection = Kruispunt
report-place-kind-place = Plaats
report-error-outside-city = Deze locatie ligt buiten de gemeente Toronto. Kies een plek binnen de stad.
report-error-pin-missing = Zet een markering op de kaart of typ hieronder een adres
report-error-place-choose = Kies een van de resultaten of zoek opnieuw
report-error-location-missing = Typ een straat, kruispunt of plaats, of zet een markering op de kaart

## Details en contactgegevens
report-details-heading = Vertel ons over het probleem
report-field-description = Beschrijf het probleem
report-description-hint = Wat u ziet, en alles wat de medewerkers helpt het te vinden. Vermeld geen persoonsgegevens.
report-contact-heading = Uw contactgegevens (niet verplicht)
report-contact-hint = We gebruiken ze alleen om contact met u op te nemen over deze melding. Ze worden nooit openbaar getoond. Laat ze leeg als u anoniem wilt melden.
report-field-first-name = Voornaam
report-field-last-name = Achternaam
report-field-email = E-mailadres
report-field-phone = Telefoonnummer
report-error-missing = Beantwoord de vraag ‘{ $field }’
report-error-number = Het antwoord op ‘{ $field }’ moet een getal zijn, zoals 3 of 2.5
report-error-too-long = Het antwoord op ‘{ $field }’ mag maximaal { $max } tekens lang zijn
report-error-choice = Kies een van de genoemde antwoorden op ‘{ $field }’
report-error-datetime = Vul een geldige datum en tijd in bij ‘{ $field }’
report-error-email = Vul een e-mailadres in de juiste vorm in, zoals naam@example.com
report-error-phone = Vul een telefoonnummer in met 7 tot 15 cijfers, zoals 416-392-2489

## Foto's
report-photos-heading = Foto's
report-photos-required = Voor dit soort probleem is minstens één foto nodig. Die helpt de medewerkers het probleem te vinden en te verhelpen.
report-photos-optional = Foto's zijn niet verplicht, maar ze helpen de medewerkers het probleem te vinden en te verhelpen.
report-photos-limits = U kunt maximaal { $count } foto's toevoegen in JPEG-, PNG- of WebP-formaat, elk maximaal { $megabytes } MB. We verwijderen de locatie- en cameragegevens uit de kopie die we bewaren.
report-photo-label = Kies een foto
report-photo-upload = Foto uploaden
report-photo-uploading = Foto wordt geüpload
report-photo-alt = Foto { $number }
report-photo-remove = Foto { $number } verwijderen
report-photo-has-location = Foto { $number } bevat de plek waar de foto is gemaakt.
report-photo-use-location = Locatie van foto { $number } gebruiken
report-photos-count =
    { $count ->
        [0] Geen foto's
        [one] { $count } foto
       *[other] { $count } foto's
    }
report-error-photo-missing = Kies een foto om te uploaden
report-error-photo-too-large = De foto moet kleiner zijn dan { $megabytes } MB
report-error-photo-type = Het bestand moet een foto zijn in JPEG-, PNG- of WebP-formaat
report-error-photo-dimensions = De foto heeft te veel pixels. Kies een kleinere foto.
report-error-photo-damaged = De foto is beschadigd en kan niet worden gelezen. Kies een andere foto.
report-error-photo-limit = U kunt maximaal { $count } foto's toevoegen. Verwijder er een om een andere toe te voegen.
report-error-photo-required = Voeg minstens één foto toe
report-error-photo-outside = De plek waar deze foto is gemaakt, ligt buiten de gemeente Toronto

## Controleren, meldingen in de buurt en versturen
report-check-heading = Controleer uw antwoorden voordat u uw melding verstuurt
report-check-answers = Uw antwoorden
report-change = Wijzigen
report-anonymous = Niet opgegeven: deze melding is anoniem
report-submit-note = Door deze melding te versturen, bevestigt u dat de informatie voor zover u weet juist is.
report-submit = Melding versturen
report-nearby-heading = Is dit al gemeld?
report-nearby-intro = Deze openstaande aanvragen voor hetzelfde probleem liggen binnen 250 meter. Is een ervan van u? Volg die dan in plaats van een nieuwe melding te versturen.
report-nearby-distance = Op ongeveer { $metres } m
report-nearby-reporters =
    { $count ->
        [one] Gemeld door { $count } persoon
       *[other] Gemeld door { $count } personen
    }
report-me-too = Ik ook: { $number } volgen
report-error-follow = Die aanvraag kan niet meer worden gevolgd. Verstuur in plaats daarvan uw eigen melding.
report-sent-heading = Melding verstuurd
report-sent-number = Het nummer van uw serviceaanvraag is
report-sent-next = Bewaar dit nummer. Hiermee kunt u zien wat er daarna gebeurt.
report-sent-track = Deze aanvraag volgen
report-another = Nog een probleem melden
report-following-heading = U volgt { $number }
report-following-body = U bent aan deze aanvraag toegevoegd in plaats van een nieuwe te maken. Op de statuspagina van de aanvraag ziet u wat er daarna gebeurt.
