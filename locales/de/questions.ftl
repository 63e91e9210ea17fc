### Fragen aus dem Katalog: die zusätzlichen Fragen (Open311-Attribute) jeder Art von Dienstleistung und
### die angebotenen Antworten bei Auswahlfragen, als Attribute, die nach ihren Schlüsseln benannt sind.

## Schlagloch
question-pothole-size = Wie groß ist das Schlagloch ungefähr?
    .small = Kleiner als ein Essteller
    .medium = Etwa so groß wie ein Autoreifen
    .large = Größer als ein Autoreifen
question-pothole-lane = In welchem Teil der Straße ist es?
    .curb-lane = Fahrspur am Bordstein
    .centre-lane = Mittlere Spur oder Überholspur
    .turn-lane = Abbiegespur
    .bike-lane = Radweg
    .laneway = Gasse

## Gefahr auf der Straße
question-road-hazard-hazard_type = Um welche Gefahr handelt es sich?
    .road-collapse = Eingebrochene Fahrbahn oder Erdfall
    .missing-cover = Fehlender oder kaputter Kanaldeckel oder Rost
    .debris = Große Trümmer auf einer Fahrspur
    .spill = Ausgelaufene oder rutschige Substanz
    .other = Etwas anderes

## Beschädigter Gehweg
question-sidewalk-damaged-damage = Was stimmt mit dem Gehweg nicht?
    .cracked = Rissig
    .lifted = Angehobene oder unebene Platten
    .sunken = Abgesackt oder hohl
    .missing = Fehlende Stücke
    .curb-ramp = Beschädigte Bordsteinabsenkung
question-sidewalk-damaged-trip_height = Wie hoch ist die unebene Kante ungefähr, in Zentimetern?

## Radweg blockiert
question-bike-lane-obstruction-obstruction = Was blockiert den Radweg?
    .debris = Trümmer oder Abfall
    .construction = Baumaterial oder Baugeräte
    .bins = Müll- oder Recyclingtonnen
    .bollard = Beschädigter oder umgefallener Poller
    .other = Etwas anderes

## Fahrzeug parkt zu lange in einer Wohnstraße
question-long-term-parking-licence_plate = Wie lautet das Kennzeichen, falls Sie es sehen können?
question-long-term-parking-vehicle_description = Beschreiben Sie das Fahrzeug (Farbe, Marke, Typ).
question-long-term-parking-days_parked = Seit wie vielen Tagen parkt es ungefähr dort?

## Straßenlaterne ausgefallen
question-streetlight-out-light_problem = Was stimmt mit der Laterne nicht?
    .out = Sie ist aus
    .flickering = Sie flackert oder geht immer wieder an und aus
    .day-burning = Sie brennt tagsüber
    .several-out = Mehrere Laternen hintereinander sind aus
question-streetlight-out-pole_number = Wenn am Mast ein Schild mit einer Nummer ist, was steht darauf?

## Beschädigtes oder fehlendes Schild
question-sign-damaged-sign_type = Um welche Art von Schild handelt es sich?
    .street-name = Straßenname
    .parking = Parken
    .speed-limit = Tempolimit
    .warning = Warnschild (Kurve, Schulzone und Ähnliches)
    .other = Sonstiges
question-sign-damaged-sign_condition = Was stimmt damit nicht?
    .bent = Verbogen oder umgefahren
    .faded = Verblasst oder schwer zu lesen
    .turned = In die falsche Richtung gedreht
    .blocked = Von Ästen verdeckt
    .missing = Fehlt

## Ampel funktioniert nicht
question-traffic-signal-malfunction-signal_problem = Was macht die Ampel?
    .dark = Sie ist ganz dunkel
    .flashing = Sie blinkt rot oder gelb
    .stuck = Sie bleibt auf einer Farbe stehen
    .damaged = Sie ist umgefahren oder beschädigt
    .turned = Sie ist in die falsche Richtung gedreht
question-traffic-signal-malfunction-direction = Welche Fahrtrichtung ist betroffen (zum Beispiel Richtung Norden)?

## Anliegen zur Verkehrssicherheit
question-traffic-safety-concern-concern = Was bereitet Ihnen Sorgen?
    .speeding = Zu schnelles Fahren
    .signal-timing = Ampelschaltung
    .visibility = Schlechte Sicht
    .crossing = Schwer zu überqueren
    .cut-through = Durchgangsverkehr, der die Straße als Abkürzung nutzt
question-traffic-safety-concern-details = Erzählen Sie uns mehr: Wann passiert es, und wer ist betroffen?

## Gehweg nicht vom Schnee geräumt
question-snow-sidewalk-condition = In welchem Zustand ist der Gehweg?
    .snow = Verschneit
    .ice = Vereist
    .snowbank = Durch einen Schneewall vom Räumen der Straße blockiert

## Mülltonne nicht geleert
question-missed-garbage-collection_day = Was war Ihr geplanter Abholtag?
question-missed-garbage-set_out = Stand die Tonne bis 7 Uhr morgens am Straßenrand?
    .yes = Ja
    .no = Nein

## Recyclingtonne nicht geleert
question-missed-recycling-collection_day = Was war Ihr geplanter Abholtag?
question-missed-recycling-set_out = Stand die Tonne bis 7 Uhr morgens am Straßenrand?
    .yes = Ja
    .no = Nein

## Grüne Tonne nicht geleert
question-missed-green-bin-collection_day = Was war Ihr geplanter Abholtag?
question-missed-green-bin-set_out = Stand die Tonne bis 7 Uhr morgens am Straßenrand?
    .yes = Ja
    .no = Nein

## Beschädigte Tonne
question-bin-damaged-bin_type = Welche Tonne ist beschädigt?
    .garbage = Mülltonne
    .recycling = Blaue Tonne (Recycling)
    .green-bin = Grüne Tonne (Bioabfall)
question-bin-damaged-damage = Was ist beschädigt?
    .lid = Deckel
    .wheels = Rad oder Achse
    .handle = Griff
    .body = Gerissener Behälter
    .latch = Tiersicherer Verschluss
question-bin-damaged-bin_serial = Wie lautet die Seriennummer auf der Tonne, falls Sie sie lesen können?

## Sperrmüll-Abholung
question-bulky-item-pickup-item_types = Was werden Sie hinausstellen?
    .furniture = Möbel
    .mattress = Matratze oder Boxspring-Unterbau
    .appliance = Herd, Waschmaschine, Trockner oder Geschirrspüler
    .refrigerant = Kühlschrank, Gefriertruhe oder Klimaanlage
    .carpet = Teppichboden oder Teppich
    .other = Anderer großer Gegenstand
question-bulky-item-pickup-item_count = Wie viele Gegenstände werden Sie hinausstellen?

## Graffiti auf städtischem Eigentum
question-graffiti-city-property-surface = Welche Flächen sind betroffen?
    .wall = Mauer oder Gebäude
    .bridge = Brücke oder Unterführung
    .fence = Zaun
    .sign-pole = Schild oder Mast
    .box = Verteiler- oder Ampelkasten
    .other = Sonstiges

## Graffiti an Verkehrsschildern, Masten oder Ampelkästen
question-graffiti-road-assets-asset_type = Worauf ist das Graffiti?
    .sign = Verkehrsschild
    .signal-box = Ampelschaltkasten
    .pole = Mast
    .retaining-wall = Stützmauer oder Lärmschutzwand
    .bridge = Brücke oder Unterführung
    .other = Etwas anderes

## Graffiti auf Privateigentum
question-graffiti-private-property-surface = Welche Flächen sind betroffen?
    .wall = Wand
    .fence = Zaun
    .garage-door = Garagentor
    .window = Fenster oder Tür
    .other = Sonstiges
question-graffiti-private-property-is_owner = Sind Sie der Eigentümer des Grundstücks?
    .yes = Ja
    .no = Nein

## Hass- oder Gang-Graffiti
question-graffiti-hate-police_reported = Haben Sie es der Polizei Toronto gemeldet?
    .yes = Ja
    .no = Nein
question-graffiti-hate-police_reference = Wie lautet die Nummer der Polizeimeldung, falls Sie eine haben?

## Illegale Müllablagerung
question-illegal-dumping-item_types = Was wurde abgeladen?
    .household = Säcke mit Hausmüll
    .furniture = Möbel
    .mattress = Matratze
    .tires = Reifen
    .construction = Bau- oder Renovierungsabfälle
    .electronics = Elektrogeräte
    .hazardous = Farbe, Chemikalien oder andere gefährliche Abfälle
    .other = Sonstiges
question-illegal-dumping-noticed_at = Wann haben Sie es bemerkt oder gesehen, wie es abgeladen wurde?
question-illegal-dumping-witness = Wenn Sie gesehen haben, wer es abgeladen hat, beschreiben Sie die Person oder das Fahrzeug. Gehen Sie nicht auf die Personen zu.

## Zurückgelassenes Fahrrad
question-abandoned-bike-bike_condition = In welchem Zustand ist es?
    .missing-wheel = Ein Rad fehlt
    .missing-parts = Sattel oder Lenker fehlen
    .flat-tires = Platte Reifen
    .rusted = Verrostete Kette oder Teile
    .bent-frame = Verbogener oder beschädigter Rahmen

## Bruch der Hauptwasserleitung
question-water-main-break-water_flow = Wie viel Wasser fließt?
    .trickle = Ein Rinnsal oder eine feuchte Stelle
    .steady = Ein gleichmäßiger Strom
    .gushing = Es sprudelt heraus oder überflutet die Straße

## Kein Wasser
question-no-water-neighbours_affected = Sind Ihre Nachbarn auch ohne Wasser?
    .yes = Ja
    .no = Nein
    .unknown = Ich weiß es nicht
question-no-water-started_at = Wann ist das Wasser ausgefallen?

## Rückstau aus der Kanalisation oder überfluteter Keller
question-sewer-backup-water_depth = Wie tief ist das Wasser ungefähr, in Zentimetern?
question-sewer-backup-backwater_valve = Hat das Gebäude eine Rückstauklappe?
    .yes = Ja
    .no = Nein
    .unknown = Ich weiß es nicht

## Verstopfter Straßenablauf
question-catch-basin-blocked-ponding = Sammelt sich Wasser?
    .none = Nein, im Moment nicht
    .road = Auf der Straße
    .sidewalk = Bis auf den Gehweg oder ein Grundstück

## Beschädigter oder undichter Hydrant
question-fire-hydrant-damaged-hydrant_problem = Was stimmt mit dem Hydranten nicht?
    .knocked-over = Umgefahren oder angefahren
    .leaking = Undicht
    .missing-cap = Kappe fehlt
    .blocked = Zugestellt oder verdeckt
    .paint = Graffiti oder Farbe

## Verfärbtes oder schlecht schmeckendes Wasser
question-water-quality-water_issue = Was fällt Ihnen auf?
    .brown = Braun oder gelb
    .cloudy = Trüb oder milchig
    .taste = Ungewöhnlicher Geschmack
    .smell = Ungewöhnlicher Geruch
    .particles = Partikel oder Ablagerungen

## Umgestürzter oder beschädigter Baum (Notfall)
question-tree-emergency-blocking = Was ist betroffen?
    .road = Straße
    .sidewalk = Gehweg
    .driveway = Einfahrt
    .building = Haus oder Gebäude
    .vehicle = Fahrzeug
    .wires = Leitungen
    .nothing = Noch nichts, aber er könnte umstürzen

## Baumschnitt (kein Notfall)
question-tree-pruning-reason = Warum muss der Baum geschnitten werden?
    .low-branches = Tief hängende Äste über einem Gehweg oder einer Straße
    .blocking = Er verdeckt ein Schild oder eine Straßenlaterne
    .touching-building = Er berührt ein Haus oder Gebäude
    .dead-branches = Tote Äste

## Problem mit einer Parktoilette
question-park-washroom-issue = Was ist das Problem?
    .dirty = Schmutzig
    .supplies = Keine Seife, keine Papierhandtücher oder kein Toilettenpapier
    .locked = Während der Öffnungszeiten abgeschlossen
    .broken = Toilette, Waschbecken oder Tür kaputt
    .leak = Leck oder Überschwemmung

## Beschädigte Spielplatzgeräte
question-playground-damaged-equipment = Welches Gerät?
    .swing = Schaukel
    .slide = Rutsche
    .climber = Klettergerüst oder Spielanlage
    .surface = Bodenbelag (Sand, Rindenmulch oder Gummi)
    .other = Sonstiges
question-playground-damaged-unsafe = Könnte sich jemand verletzen, wenn er es jetzt benutzt?
    .yes = Ja
    .no = Nein
    .unsure = Nicht sicher

## Zeltlager in einem Park
question-park-encampment-tent_count = Wie viele Zelte oder Unterstände gibt es ungefähr?
question-park-encampment-details = Gibt es etwas, das die Sozialarbeiterinnen und Sozialarbeiter wissen sollten, zum Beispiel ein Feuer oder ein anderes Sicherheitsproblem?

## Totes Tier auf Straße oder Gehweg
question-dead-animal-road-animal_type = Um welches Tier handelt es sich (zum Beispiel Waschbär, Eichhörnchen oder Katze)?
question-dead-animal-road-animal_size = Wie groß ist es?
    .small = Klein (Eichhörnchen, Vogel)
    .medium = Mittel (Waschbär, Katze)
    .large = Groß (Hirsch, Kojote, Hund)

## Verletztes oder krankes Wildtier
question-injured-wildlife-animal_type = Um welches Tier handelt es sich?
question-injured-wildlife-condition = Was ist mit dem Tier los?
    .injured = Verletzt
    .sick = Krank oder verhält sich seltsam
    .trapped = Sitzt fest oder hat sich verfangen
    .orphaned = Ein Jungtier, das allein zu sein scheint

## Streunender oder frei laufender Hund
question-stray-dog-dog_contained = Ist der Hund gesichert, zum Beispiel in einem Garten oder an der Leine?
    .yes = Ja
    .no = Nein

## Hundebiss oder Hundeangriff
question-dog-bite-incident_time = Wann ist es passiert?
question-dog-bite-victim = Wer wurde gebissen oder angegriffen?
    .person = Ein Mensch
    .dog = Ein anderer Hund
    .other-animal = Ein anderes Tier

## Hund ohne Leine
question-dog-off-leash-usual_time = Wann passiert das normalerweise (zum Beispiel werktags morgens)?

## Lärmbeschwerde
question-noise-noise_source = Was verursacht den Lärm?
    .amplified-sound = Musik oder verstärkter Ton
    .construction = Bauarbeiten
    .barking = Bellender Hund
    .equipment = Klimaanlage, Ventilator oder andere Geräte
    .vehicle = Fahrzeuge mit laufendem oder aufheulendem Motor
    .other = Sonstiges
question-noise-ongoing = Ist der Lärm gerade zu hören?
    .now = Ja, gerade jetzt
    .recurring = Er tritt regelmäßig auf
    .past = Er hat aufgehört
question-noise-noise_times = Beschreiben Sie, wann der Lärm auftritt und wie lange er dauert.

## Dringender Mangel an einem Gebäude
question-property-standards-urgent-issue = Um welches dringende Problem handelt es sich?
    .no-heat = Keine oder zu wenig Heizung
    .no-water = Kein Wasser
    .no-power = Kein Strom
    .lock = Kaputtes Schloss an einer Eingangstür
    .structure = Unsicheres Bauwerk, unsicherer Balkon oder unsichere Treppe
question-property-standards-urgent-is_tenant = Sind Sie Mieter in dem Gebäude?
    .yes = Ja
    .no = Nein
question-property-standards-urgent-unit_number = Wie lautet Ihre Wohnungsnummer?

## Beschwerde über den Zustand eines Gebäudes
question-property-standards-issues = Welche Probleme gibt es?
    .pests = Schädlinge (Mäuse, Kakerlaken, Bettwanzen)
    .mould = Schimmel
    .windows-doors = Kaputte Fenster oder Türen
    .leaks = Undichtes Dach oder undichte Wände
    .stairs-railings = Beschädigte Treppen oder Geländer
    .exterior = Außenbereich in schlechtem Zustand
    .other = Sonstiges
question-property-standards-landlord_notified = Wenn Sie Mieter sind: Haben Sie Ihren Vermieter schriftlich informiert?
    .yes = Ja
    .no = Nein
    .not-tenant = Ich bin kein Mieter
question-property-standards-details = Beschreiben Sie das Problem und wie lange es schon besteht.

## Abgestelltes Fahrzeug auf Privatgrundstück
question-abandoned-vehicle-licence_plate = Wie lautet das Kennzeichen, falls es eines hat?
question-abandoned-vehicle-vehicle_description = Beschreiben Sie das Fahrzeug (Farbe, Marke, Typ).
