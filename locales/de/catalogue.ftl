### Dienstleistungskatalog von Civic311: deutsche Namen und Beschreibungen der Gruppen und
### Arten von Dienstleistungen aus server/seed/catalogue.toml. Die IDs folgen den Codes dieser Datei.

## Gruppen von Dienstleistungen

service-group-roads = Straßen und Gehwege
service-group-streetlights-signs = Straßenbeleuchtung, Schilder und Ampeln
service-group-snow-ice = Schnee und Eis
service-group-garbage = Müll, Recycling und grüne Tonne
service-group-graffiti-dumping = Graffiti und illegale Müllablagerung
service-group-water = Wasser, Kanalisation und Abflüsse
service-group-trees = Bäume
service-group-parks = Parks und Freizeit
service-group-animals = Tiere
service-group-property-noise = Grundstücke, Lärm und städtische Verordnungen

## Straßen und Gehwege

service-pothole = Schlagloch
    .description = Ein Loch oder eine kaputte Stelle in der Oberfläche einer städtischen Straße oder Gasse. Sagen Sie uns ungefähr, wie groß es ist und auf welcher Fahrspur es liegt.

service-road-hazard = Gefahr auf der Straße
    .description = Etwas auf der Straße, das gerade jetzt gefährlich ist, zum Beispiel eine eingebrochene Fahrbahn, ein fehlender Kanaldeckel oder große Trümmer auf einer befahrenen Spur. Wenn jemand verletzt oder in Gefahr ist, rufen Sie 911 an.

service-sidewalk-damaged = Beschädigter Gehweg
    .description = Ein rissiger, angehobener, abgesackter oder kaputter Gehweg, über den jemand stolpern könnte oder der für Rollstühle oder Kinderwagen nicht passierbar ist.

service-curb-damaged = Beschädigter Bordstein
    .description = Ein kaputter, bröckelnder oder fehlender Bordstein an einer städtischen Straße.

service-street-sweeping = Straße muss gekehrt werden
    .description = Sand, Kies, Schlamm oder Abfall hat sich an einer Straße oder auf einem Radweg angesammelt und muss von einer Kehrmaschine entfernt werden.

service-bike-lane-obstruction = Radweg blockiert
    .description = Trümmer, Baumaterial, Tonnen oder beschädigte Poller blockieren einen Radfahrstreifen oder Radweg. Wenn ein Fahrzeug auf einem Radweg parkt, rufen Sie die Parküberwachung der Polizei Toronto unter 416-808-2222 an.

service-construction-blocking = Straße oder Gehweg durch Baustelle blockiert
    .description = Eine Baustelle oder Leitungsarbeiten blockieren eine Straße oder einen Gehweg ohne sichere Umleitung oder haben den Bereich in einem gefährlichen Zustand hinterlassen.

service-guardrail-damaged = Beschädigte Leitplanke oder beschädigter Straßenzaun
    .description = Eine verbogene, kaputte oder fehlende Leitplanke, ein Geländer oder ein Zaun an einer Straße, Brücke oder Rampe.

service-laneway-repair = Gasse in schlechtem Zustand
    .description = Eine öffentliche Gasse mit kaputter Oberfläche, schlechter Entwässerung oder tiefen Spurrillen. Für ein einzelnes Loch wählen Sie „Schlagloch“.

service-long-term-parking = Fahrzeug parkt zu lange in einer Wohnstraße
    .description = Ein Fahrzeug steht länger an derselben Stelle in einer Wohnstraße, als die Parkregeln erlauben.

## Straßenbeleuchtung, Schilder und Ampeln

service-streetlight-out = Straßenlaterne ausgefallen
    .description = Eine Straßenlaterne leuchtet nicht, flackert oder brennt tagsüber. Straßenlaternen werden zusammen mit Toronto Hydro gewartet; Lampen auf Privatgrundstücken oder in manchen Parks können anderen gehören.

service-streetlight-pole-damaged = Beschädigter Laternenmast
    .description = Ein Laternenmast steht schief, wurde umgefahren, seine Wartungsklappe fehlt oder Drähte liegen offen. Halten Sie Abstand zu heruntergefallenen Leitungen und rufen Sie 911 an, wenn sie Funken sprühen.

service-sign-damaged = Beschädigtes oder fehlendes Schild
    .description = Ein Straßennamensschild, Parkschild, Tempolimit-Schild oder anderes Verkehrsschild ist beschädigt, verblasst, verdreht oder fehlt. Für ein umgefallenes Stopp- oder Vorfahrt-gewähren-Schild wählen Sie „Stopp- oder Vorfahrt-gewähren-Schild umgefallen“.

service-stop-sign-down = Stopp- oder Vorfahrt-gewähren-Schild umgefallen
    .description = Ein Stopp- oder Vorfahrt-gewähren-Schild ist umgefallen, fehlt oder ist so verdreht, dass Autofahrer es nicht sehen können. Es wird als Gefahr auf der Straße behandelt.

service-traffic-signal-malfunction = Ampel funktioniert nicht
    .description = Eine Ampel ist dunkel, hängt, blinkt oder ist beschädigt. Behandeln Sie eine dunkle Ampel wie eine Kreuzung mit Stoppschildern in allen Richtungen.

service-pedestrian-signal = Fußgängerampel oder Drückknopf funktioniert nicht
    .description = Ein Fußgängersignal, eine Countdown-Anzeige, ein Tonsignal oder ein Drückknopf zum Überqueren funktioniert nicht.

service-traffic-safety-concern = Anliegen zur Verkehrssicherheit
    .description = Bitten Sie um eine Prüfung wegen zu schnellen Fahrens, der Ampelschaltung, schlechter Sicht oder einer Straße, die schwer zu überqueren ist. Prüfungen brauchen Zeit und können zu neuen Schildern, Markierungen oder einer geänderten Ampelschaltung führen.

service-pavement-markings-faded = Verblasste Fahrbahnmarkierungen
    .description = Fahrstreifenlinien, Zebrastreifen, Haltelinien oder Radweg-Symbole sind abgenutzt und schwer zu sehen.

## Schnee und Eis

service-snow-sidewalk = Gehweg nicht vom Schnee geräumt
    .description = Ein Gehweg, den die Stadt räumt, hat nach einem Sturm immer noch Schnee oder Eis. Die Räumung beginnt erst, wenn genug Schnee gefallen ist. Warten Sie also etwas, nachdem es aufgehört hat zu schneien.

service-snow-road = Straße nicht geräumt
    .description = Eine Straße wurde nach dem Ende eines Schneefalls nicht geräumt. Hauptstraßen und Busstrecken werden zuerst geräumt, danach die Nebenstraßen.

service-windrow-not-cleared = Schneewall vor der Einfahrt nicht entfernt
    .description = Der Schneewall, den ein Räumfahrzeug am Ende Ihrer Einfahrt hinterlassen hat, wurde nicht entfernt, obwohl die Stadt diesen Service in Ihrer Straße anbietet.

service-icy-road-salting = Glatte Straße oder glatter Gehweg muss gestreut werden
    .description = Eine städtische Straße, ein Gehweg, ein Fußgängerüberweg oder eine Fußgängerbrücke ist vereist und muss mit Salz oder Sand gestreut werden.

## Müll, Recycling und grüne Tonne

service-missed-garbage = Mülltonne nicht geleert
    .description = Ihre Mülltonne stand am Abholtag rechtzeitig draußen, wurde aber nicht geleert. Prüfen Sie zuerst Ihren Abfuhrkalender auf Änderungen wegen Feiertagen.

service-missed-recycling = Recyclingtonne nicht geleert
    .description = Ihre blaue Tonne stand am Abholtag rechtzeitig draußen, wurde aber nicht geleert.

service-missed-green-bin = Grüne Tonne nicht geleert
    .description = Ihre grüne Tonne für Essensreste und Bioabfall stand am Abholtag rechtzeitig draußen, wurde aber nicht geleert.

service-missed-yard-waste = Gartenabfälle nicht abgeholt
    .description = Gartenabfälle in Papiersäcken oder einem offenen Behälter standen während der Gartenabfall-Saison am Abholtag draußen, wurden aber nicht abgeholt.

service-bin-damaged = Beschädigte Tonne
    .description = Eine Müll-, Recycling- oder grüne Tonne von der Stadt ist gerissen oder hat einen kaputten Deckel, ein kaputtes Rad oder einen kaputten Griff. Sie wird repariert oder ersetzt.

service-bin-missing = Fehlende oder gestohlene Tonne
    .description = Ihre Tonne von der Stadt fehlt, wurde gestohlen oder vom Müllwagen mitgenommen.

service-bulky-item-pickup = Sperrmüll-Abholung
    .description = Buchen Sie die Abholung von Möbeln, Matratzen, Haushaltsgeräten und anderen großen Gegenständen an Ihrem Müllabfuhrtag.

service-litter-bin-overflowing = Überfüllter Abfalleimer an der Straße
    .description = Ein öffentlicher Abfall- oder Recyclingbehälter an der Straße ist voll und quillt über.

service-litter-bin-damaged = Beschädigter Abfalleimer an der Straße
    .description = Ein öffentlicher Abfall- oder Recyclingbehälter an der Straße ist kaputt, umgekippt oder fehlt.

## Graffiti und illegale Müllablagerung

service-graffiti-city-property = Graffiti auf städtischem Eigentum
    .description = Graffiti an einem Gebäude, einer Mauer, einer Brücke oder einem anderen Bauwerk der Stadt. Für hasserfüllte oder Gang-Graffiti wählen Sie „Hass- oder Gang-Graffiti“.

service-graffiti-road-assets = Graffiti an Verkehrsschildern, Masten oder Ampelkästen
    .description = Graffiti an Verkehrsschildern, Ampelschaltkästen, Laternenmasten, Stützmauern oder anderen Einrichtungen an der Straße. Leitungsmasten und Verteilerkästen können Bell, Rogers oder Toronto Hydro gehören.

service-graffiti-private-property = Graffiti auf Privateigentum
    .description = Graffiti an einem Haus, Geschäft, Zaun oder anderem Privateigentum, das von der Straße aus zu sehen ist. Der Eigentümer muss es entfernen und kann eine schriftliche Aufforderung erhalten.

service-graffiti-park = Graffiti in einem Park
    .description = Graffiti an einem Parkgebäude, einer Toilette, einem Spielplatz, einer Bank oder einer anderen Anlage im Park.

service-graffiti-hate = Hass- oder Gang-Graffiti
    .description = Graffiti mit hasserfülltem, rassistischem oder bandenbezogenem Inhalt. Melden Sie es zuerst der Polizei Toronto unter 416-808-2222 (Nummer für Nicht-Notfälle) und dann hier, damit es schnell entfernt werden kann.

service-illegal-dumping = Illegale Müllablagerung
    .description = Müll, Möbel, Reifen, Bauschutt oder andere Gegenstände, die auf einer Straße, in einer Gasse, auf einem Gehweg oder auf anderem städtischem Eigentum abgeladen wurden.

service-illegal-posters = Illegale Plakate oder Schilder an Masten
    .description = Plakate, Flyer oder Schilder, die an Masten, Bäumen oder anderen Einrichtungen an der Straße befestigt sind. Leitungsmasten können Bell, Rogers oder Toronto Hydro gehören.

service-abandoned-shopping-cart = Zurückgelassener Einkaufswagen
    .description = Ein Einkaufswagen, der auf einer Straße oder einem Gehweg, in einem Park oder in einer Schlucht zurückgelassen wurde.

service-abandoned-bike = Zurückgelassenes Fahrrad
    .description = Ein Fahrrad ist seit langer Zeit an einem städtischen Pfosten oder Fahrradbügel angeschlossen, es fehlen Teile oder man kann nicht damit fahren. Es wird markiert, bevor es entfernt wird.

## Wasser, Kanalisation und Abflüsse

service-water-main-break = Bruch der Hauptwasserleitung
    .description = Wasser dringt durch die Straße, den Gehweg oder den Boden nach oben. Das kann ein Bruch der Hauptwasserleitung sein.

service-no-water = Kein Wasser
    .description = Aus den Wasserhähnen in Ihrer Wohnung oder Ihrem Gebäude kommt überhaupt kein Wasser.

service-low-water-pressure = Niedriger Wasserdruck
    .description = Der Wasserdruck an Ihren Wasserhähnen ist viel niedriger als sonst.

service-sewer-backup = Rückstau aus der Kanalisation oder überfluteter Keller
    .description = Abwasser oder Wasser kommt durch einen Bodenablauf oder eine Toilette hoch, oder ein Keller wird aus der Kanalisation überflutet.

service-catch-basin-blocked = Verstopfter Straßenablauf
    .description = Ein Gully oder Straßenablauf ist durch Laub oder Schmutz verstopft, oder Wasser sammelt sich auf der Straße, weil es nicht abfließen kann.

service-fire-hydrant-damaged = Beschädigter oder undichter Hydrant
    .description = Ein Feuerwehrhydrant wurde angefahren, ist undicht, hat keine Kappe mehr oder ist zugestellt.

service-water-quality = Verfärbtes oder schlecht schmeckendes Wasser
    .description = Leitungswasser ist braun oder trüb oder schmeckt oder riecht ungewöhnlich.

service-water-leak = Wasserleck am Absperrventil an der Grundstücksgrenze
    .description = Wasser tritt an einem Schieberkasten oder Absperrventil der Wasserleitung am Rand eines Grundstücks aus, auf der Seite der Stadt.

service-sewer-odour = Kanalgeruch
    .description = Ein starker Abwassergeruch kommt aus einem Kanaldeckel, einem Gully oder einem Straßenablauf.

## Bäume

service-tree-emergency = Umgestürzter oder beschädigter Baum (Notfall)
    .description = Ein städtischer Baum oder großer Ast ist umgestürzt oder droht umzustürzen, blockiert eine Straße oder einen Gehweg oder gefährdet Menschen oder Eigentum. Halten Sie Abstand zu Leitungen; um Bäume, die Stromleitungen berühren, kümmert sich Toronto Hydro.

service-tree-pruning = Baumschnitt (kein Notfall)
    .description = Bitten Sie um den Rückschnitt eines städtischen Baums auf dem städtischen Streifen an der Straße, zum Beispiel bei Ästen, die tief über einen Gehweg hängen, ein Schild verdecken oder ein Haus berühren.

service-tree-planting = Einen Baum beantragen
    .description = Beantragen Sie, dass kostenlos ein Baum auf dem städtischen Streifen an der Straße vor Ihrem Haus gepflanzt wird.

service-tree-inspection = Toter oder absterbender städtischer Baum
    .description = Bitten Sie um die Prüfung eines städtischen Baums, der tot, absterbend, hohl oder instabil aussieht, aber keine unmittelbare Gefahr ist.

service-stump-removal = Entfernung eines Baumstumpfs
    .description = Ein Baumstumpf ist übrig geblieben, nachdem ein städtischer Baum vom Streifen an der Straße entfernt wurde.

service-tree-pest = Baumschädlinge oder Baumkrankheiten
    .description = Anzeichen von Insekten oder Krankheiten an einem städtischen Baum, zum Beispiel Raupen des Schwammspinners, Schäden durch den Asiatischen Eschenprachtkäfer oder ungewöhnlicher Blattverlust.

## Parks und Freizeit

service-park-washroom = Problem mit einer Parktoilette
    .description = Eine Parktoilette ist schmutzig, es fehlt Papier oder Seife, sie ist während der angegebenen Öffnungszeiten abgeschlossen oder etwas darin ist kaputt.

service-playground-damaged = Beschädigte Spielplatzgeräte
    .description = Kaputte, lockere oder unsichere Geräte auf einem städtischen Spielplatz, zum Beispiel eine Schaukel, eine Rutsche oder ein Klettergerüst.

service-park-encampment = Zeltlager in einem Park
    .description = Zelte oder Unterstände in einem Park. Sozialarbeiterinnen und Sozialarbeiter kommen vorbei und bieten eine Unterkunft und Unterstützung an. Wenn jemand medizinische Hilfe braucht oder in Gefahr ist, rufen Sie 911 an.

service-park-litter = Müll oder volle Abfalleimer in einem Park
    .description = Verstreuter Müll in einem Park oder volle Abfalleimer im Park.

service-park-grass-overgrown = Zu hohes Gras in einem Park
    .description = Gras oder Unkraut in einem Park, einer kleinen Grünanlage oder einem Beet auf dem Mittelstreifen muss gemäht werden.

service-park-lights-out = Parkbeleuchtung ausgefallen
    .description = Eine Lampe an einem Weg, einem Sportplatz oder einem Parkplatz im Park leuchtet nicht oder flackert.

service-drinking-fountain = Trinkbrunnen oder Wasserspielplatz funktioniert nicht
    .description = Ein Trinkbrunnen, eine Station zum Auffüllen von Flaschen oder ein Wasserspielplatz im Park funktioniert nicht oder ist undicht.

service-park-amenity-damaged = Parkbank, Tisch oder Zaun beschädigt
    .description = Eine kaputte Bank, ein Picknicktisch, ein Zaun, ein Tor, ein Schild oder eine andere Einrichtung in einem Park.

## Tiere

service-dead-animal-road = Totes Tier auf Straße oder Gehweg
    .description = Ein totes Tier auf einer Straße, einem Gehweg, in einer Gasse oder an einem anderen öffentlichen Ort. Es wird abgeholt.

service-injured-wildlife = Verletztes oder krankes Wildtier
    .description = Ein Wildtier, zum Beispiel ein Waschbär, ein Fuchs oder ein Vogel, ist verletzt, krank oder sitzt fest. Versuchen Sie nicht, es anzufassen.

service-stray-dog = Streunender oder frei laufender Hund
    .description = Ein Hund läuft frei auf der Straße herum, ohne dass ein Besitzer in der Nähe ist. Wenn der Hund aggressiv ist, halten Sie Abstand.

service-dog-bite = Hundebiss oder Hundeangriff
    .description = Ein Hund hat einen Menschen oder ein anderes Tier gebissen oder angegriffen. Wenn jemand schwer verletzt ist, rufen Sie 911 an.

service-dog-off-leash = Hund ohne Leine
    .description = Hunde ohne Leine außerhalb einer ausgewiesenen Hundefreilauffläche, in einem Park oder auf der Straße.

service-animal-bylaw = Beschwerde nach der Tierverordnung
    .description = Zu viele Haustiere an einer Adresse, Menschen, die Wildtiere oder Tauben füttern, oder Tierkot, der auf einem Grundstück liegen bleibt.

## Grundstücke, Lärm und städtische Verordnungen

service-noise = Lärmbeschwerde
    .description = Laute Musik, Bauarbeiten außerhalb der erlaubten Zeiten, bellende Hunde oder Maschinenlärm von einem Grundstück oder Geschäft.

service-property-standards-urgent = Dringender Mangel an einem Gebäude
    .description = Ein ernstes Problem in einer Mietwohnung oder einem anderen Gebäude, das Gesundheit oder Sicherheit betrifft, zum Beispiel keine Heizung im Winter, kein Wasser, ein kaputtes Schloss an der Eingangstür oder ein unsicheres Bauwerk.

service-property-standards = Beschwerde über den Zustand eines Gebäudes
    .description = Ein Gebäude oder Grundstück wird nicht gut instand gehalten, zum Beispiel gibt es Schädlinge, Schimmel, kaputte Fenster, ein undichtes Dach oder beschädigte Treppen und Geländer, aber keine unmittelbare Gefahr.

service-long-grass-weeds = Hohes Gras oder Unkraut auf Privatgrundstück
    .description = Gras oder Unkraut auf einem Privatgrundstück ist höher, als die Verordnung erlaubt.

service-waste-private-property = Müll oder Schutt auf Privatgrundstück
    .description = Müll, Gerümpel oder Schutt hat sich in einem privaten Garten, auf einer Veranda oder in einer Einfahrt angesammelt.

service-abandoned-vehicle = Abgestelltes Fahrzeug auf Privatgrundstück
    .description = Ein Unfallwagen, ein zerlegtes Fahrzeug oder ein Fahrzeug ohne Kennzeichen steht auf einem Privatgrundstück.

service-short-term-rental = Beschwerde über Kurzzeitvermietung
    .description = Eine Wohnung wird für kurze Aufenthalte vermietet und ist vielleicht nicht registriert, ist nicht der Hauptwohnsitz des Gastgebers oder bereitet den Nachbarn immer wieder Probleme.
