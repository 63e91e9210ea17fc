### Ein Problem melden: die /report-Seiten, ihre Fehlermeldungen, die Karte und die Fotos.

report-page-title = { $heading } – { -product-name }
report-caption = Problem melden
report-unavailable = Das Meldeformular kann gerade nicht angezeigt werden. Bitte versuchen Sie es in ein paar Minuten noch einmal.
report-continue = Weiter
report-optional = { $label } (freiwillig)

## Dienstleistung auswählen
report-choose-heading = Was möchten Sie melden?
report-choose-intro = Suchen Sie mit Ihren eigenen Worten oder wählen Sie eines der Themen unten.
report-start-button = Jetzt beginnen
report-choose-other = Etwas anderes melden
report-not-found-heading = Wir können diese Meldung nicht finden
report-not-found-body = Der Link ist möglicherweise unvollständig oder falsch eingegeben.
report-start-again = Neue Meldung beginnen

## Wem es gehört, und hassmotivierte Graffiti
report-owner-question = Wem gehört der Gegenstand mit dem Problem?
report-owner-hint = Achten Sie auf ein Logo oder eine Beschriftung daran. Die Stadt kann nur reparieren, was ihr gehört.
report-owner-city = Die Stadt Toronto, zum Beispiel bei städtischen Mauern, Brücken, Schildern oder Abfalleimern
report-owner-unknown = Ich weiß es nicht
report-owner-bell = Bell Canada: Telefonzellen, Bell-Masten und -Schaltkästen
report-owner-rogers = Rogers: Kabelboxen und Verteilerkästen
report-owner-toronto-hydro = Toronto Hydro: Strommasten, Transformatoren und Stromkästen
report-owner-canada-post = Canada Post: Briefkästen und Paketschließfächer
report-owner-ttc = TTC: Wartehäuschen, Stationen und Fahrzeuge des Nahverkehrs
report-error-owner = Wählen Sie aus, wem es gehört, oder „Ich weiß es nicht“
report-referral-heading = Dafür ist nicht die Stadt zuständig
report-referral-intro = Die Stadt kann nur reparieren oder reinigen, was ihr gehört. Deshalb wurde keine Serviceanfrage erstellt. Bitte melden Sie das Problem dem Eigentümer.
report-referral-bell = Bell Canada: Rufen Sie 1-866-310-2355 an.
report-referral-rogers = Rogers: Rufen Sie 1-888-764-3771 an.
report-referral-toronto-hydro = Toronto Hydro: Rufen Sie 416-542-8000 an. Wenn Leitungen heruntergefallen sind oder Funken sprühen, halten Sie 10 Meter Abstand und rufen Sie 911 an.
report-referral-canada-post = Canada Post: Rufen Sie 1-866-607-6301 an.
report-referral-ttc = TTC: Rufen Sie den Kundenservice unter 416-393-3030 an.
report-hate-heading = Hassmotivierte Graffiti
report-hate-police = Wenn sich das Graffiti gegen Menschen wegen ihrer Hautfarbe, Religion, ethnischen Herkunft, sexuellen Orientierung, ihres Geschlechts oder einer Behinderung richtet, melden Sie es zuerst der Polizei Toronto (Toronto Police): Rufen Sie 416-808-2222 an, die Nummer für Nicht-Notfälle, oder 911, wenn jemand in Gefahr ist. Die Polizei erfasst es als mögliches Hassverbrechen, bevor es entfernt wird.
report-hate-then = Melden Sie es danach hier, damit die Stadt es schnell entfernen kann.

## Ort
report-location-heading = Wo ist das Problem?
report-location-current = Gewählter Ort
report-location-address = { $address }, Bezirk { $ward }
report-location-pin = Markierung bei { $lat }, { $long }, Bezirk { $ward }
report-map-heading = Markierung auf der Karte setzen
report-map-hint = Klicken oder tippen Sie auf die Stelle der Karte, an der das Problem ist, und ziehen Sie die Markierung dann an die genaue Position. Mit der Tastatur verschieben Sie die Karte mit den Pfeiltasten und wählen dann „Markierung in die Kartenmitte setzen“.
report-map-label = Karte
report-map-pin = Ort des Problems
report-map-pin-at = Markierung gesetzt bei { $lat }, { $long }
report-map-no-pin = Noch keine Markierung gesetzt
report-map-locate = Meinen Standort verwenden
report-map-locate-failed = Ihr Standort konnte nicht ermittelt werden. Setzen Sie die Markierung auf der Karte oder geben Sie eine Adresse ein.
report-map-centre = Markierung in die Kartenmitte setzen
report-map-use = Ort dieser Markierung verwenden
report-address-heading = Oder geben Sie eine Adresse oder Kreuzung ein
report-place-label = Straße, Kreuzung oder Ort
report-place-hint = Zum Beispiel: Queen St W & Spadina Ave oder Nathan Phillips Square
report-place-find = Suchen
report-place-none = Nichts passt zu „{ $query }“. Prüfen Sie die Schreibweise oder versuchen Sie es mit der nächstgelegenen Kreuzung.
report-place-choose = Wählen Sie den passendsten Treffer
report-place-use = Diesen Ort verwenden
report-place-kind-street = Straße
report-place-kind-intersection = Kreuzung
report-place-kind-place = Ort
report-error-outside-city = Dieser Ort liegt außerhalb der Stadt Toronto. Wählen Sie einen Ort innerhalb der Stadt.
report-error-pin-missing = Setzen Sie eine Markierung auf der Karte oder geben Sie unten eine Adresse ein
report-error-place-choose = Wählen Sie einen der Treffer oder suchen Sie erneut
report-error-location-missing = Geben Sie eine Straße, Kreuzung oder einen Ort ein oder setzen Sie eine Markierung auf der Karte

## Angaben und Kontakt
report-details-heading = Schildern Sie uns das Problem
report-field-description = Beschreiben Sie das Problem
report-description-hint = Was Sie sehen und alles, was den Einsatzteams hilft, die Stelle zu finden. Bitte geben Sie keine persönlichen Daten an.
report-contact-heading = Ihre Kontaktdaten (freiwillig)
report-contact-hint = Wir verwenden sie nur, um Sie wegen dieser Meldung zu kontaktieren. Sie werden nie öffentlich angezeigt. Lassen Sie die Felder leer, wenn Sie anonym melden möchten.
report-field-first-name = Vorname
report-field-last-name = Nachname
report-field-email = E-Mail-Adresse
report-field-phone = Telefonnummer
report-error-missing = Beantworten Sie die Frage „{ $field }“
report-error-number = Die Antwort auf „{ $field }“ muss eine Zahl sein, zum Beispiel 3 oder 2.5
report-error-too-long = Die Antwort auf „{ $field }“ darf höchstens { $max } Zeichen lang sein
report-error-choice = Wählen Sie für „{ $field }“ eine der aufgeführten Antworten
report-error-datetime = Geben Sie für „{ $field }“ ein gültiges Datum und eine gültige Uhrzeit ein
report-error-email = Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com
report-error-phone = Geben Sie eine Telefonnummer mit 7 bis 15 Ziffern ein, zum Beispiel 416-392-2489

## Fotos
report-photos-heading = Fotos
report-photos-required = Für diese Art von Problem ist mindestens ein Foto nötig. Es hilft den Einsatzteams, das Problem zu finden und zu beheben.
report-photos-optional = Fotos sind freiwillig, helfen den Einsatzteams aber, das Problem zu finden und zu beheben.
report-photos-limits = Sie können bis zu { $count } Fotos im Format JPEG, PNG oder WebP hinzufügen, jeweils bis zu { $megabytes } MB. Aus der Kopie, die wir speichern, entfernen wir Standort- und Kameradaten.
report-photo-label = Foto auswählen
report-photo-upload = Foto hochladen
report-photo-uploading = Foto wird hochgeladen
report-photo-alt = Foto { $number }
report-photo-remove = Foto { $number } entfernen
report-photo-has-location = Foto { $number } enthält den Aufnahmeort.
report-photo-use-location = Aufnahmeort von Foto { $number } verwenden
report-photos-count =
    { $count ->
        [0] Keine Fotos
        [one] { $count } Foto
       *[other] { $count } Fotos
    }
report-error-photo-missing = Wählen Sie ein Foto zum Hochladen aus
report-error-photo-too-large = Das Foto muss kleiner als { $megabytes } MB sein
report-error-photo-type = Die Datei muss ein Foto im Format JPEG, PNG oder WebP sein
report-error-photo-dimensions = Das Foto hat zu viele Pixel. Wählen Sie ein kleineres Foto.
report-error-photo-damaged = Das Foto ist beschädigt und kann nicht gelesen werden. Wählen Sie ein anderes Foto.
report-error-photo-limit = Sie können bis zu { $count } Fotos hinzufügen. Entfernen Sie eines, um ein weiteres hinzuzufügen.
report-error-photo-required = Fügen Sie mindestens ein Foto hinzu
report-error-photo-outside = Der Ort, an dem dieses Foto aufgenommen wurde, liegt außerhalb der Stadt Toronto

## Prüfen, Meldungen in der Nähe und Absenden
report-check-heading = Prüfen Sie Ihre Angaben, bevor Sie die Meldung absenden
report-check-answers = Ihre Angaben
report-change = Ändern
report-anonymous = Keine Angabe: Diese Meldung ist anonym
report-submit-note = Mit dem Absenden dieser Meldung bestätigen Sie, dass die Angaben nach Ihrem besten Wissen richtig sind.
report-submit = Meldung absenden
report-nearby-heading = Wurde das schon gemeldet?
report-nearby-intro = Diese offenen Anfragen zum selben Problem liegen im Umkreis von 250 Metern. Wenn eine davon Ihre ist, verfolgen Sie diese, statt eine neue Meldung abzusenden.
report-nearby-distance = Etwa { $metres } m entfernt
report-nearby-reporters =
    { $count ->
        [one] Von { $count } Person gemeldet
       *[other] Von { $count } Personen gemeldet
    }
report-me-too = Ich auch: { $number } verfolgen
report-error-follow = Diese Anfrage kann nicht mehr verfolgt werden. Senden Sie stattdessen eine eigene Meldung ab.
report-sent-heading = Meldung abgesendet
report-sent-number = Die Nummer Ihrer Serviceanfrage lautet
report-sent-next = Bewahren Sie diese Nummer auf. Damit können Sie sehen, wie es weitergeht.
report-sent-track = Diese Anfrage verfolgen
report-another = Ein weiteres Problem melden
report-following-heading = Sie verfolgen jetzt { $number }
report-following-body = Sie wurden dieser Anfrage hinzugefügt, statt eine neue zu erstellen. Auf ihrer Statusseite sehen Sie, wie es weitergeht.
