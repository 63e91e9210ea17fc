### Texte der Civic311-Oberfläche: Deutsch.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Zum Hauptinhalt springen
language-switcher-label = Sprache
loading = Wird geladen…
footer-emergency = Im Notfall rufen Sie 911 an. Dieses Portal ist für städtische Dienstleistungen, die keine Notfälle sind.

home-title = Ein Problem melden oder eine städtische Dienstleistung anfordern – { -product-name }
home-heading = Ein Problem melden oder eine städtische Dienstleistung anfordern
home-intro = Melden Sie der Stadt ein Schlagloch, eine ausgefallene Müllabholung, Graffiti und mehr als 60 weitere Probleme, die keine Notfälle sind. Sie bekommen eine Nummer für Ihre Serviceanfrage und können damit verfolgen, wie es weitergeht.
home-groups-heading = Worum geht es?
home-report-button = Ein Problem melden
service-group-count =
    { $count ->
        [one] { $count } Dienstleistung
       *[other] { $count } Dienstleistungen
    }
catalogue-unavailable = Die Liste der Dienstleistungen kann gerade nicht angezeigt werden. Bitte versuchen Sie es in ein paar Minuten noch einmal.

not-found-title = Seite nicht gefunden – { -product-name }
not-found-heading = Seite nicht gefunden
not-found-home-link = Zur Startseite

## Navigation und Formularfehler
site-nav-label = Hauptmenü
nav-track = Anfrage verfolgen
nav-report = Problem melden
error-title-prefix = Fehler:
error-summary-heading = Es gibt ein Problem

## Eine Serviceanfrage suchen
lookup-title = Serviceanfrage verfolgen – { -product-name }
lookup-heading = Serviceanfrage verfolgen
lookup-label = Nummer der Serviceanfrage
lookup-hint = Die Nummer Ihrer Serviceanfrage steht auf Ihrer Bestätigungsseite und in Ihren E-Mails. Sie sieht so aus: 2026-000123.
lookup-button = Meine Anfrage finden
lookup-error-format = Geben Sie die Nummer Ihrer Serviceanfrage im Format 2026-000123 ein

## Eine einzelne Serviceanfrage
request-title = Serviceanfrage { $number } – { -product-name }
request-heading = Serviceanfrage { $number }
request-status = Status
request-service = Dienstleistung
request-division = Zuständig
request-filed = Eingegangen am
request-expected = Voraussichtlich erledigt bis
request-location = Ort
request-ward = Bezirk
request-ward-value = Bezirk { $number }: { $name }
request-due-today = heute fällig
request-days-left =
    { $days ->
        [one] noch { $days } Tag
       *[other] noch { $days } Tage
    }
request-days-overdue =
    { $days ->
        [one] { $days } Tag nach dem voraussichtlichen Termin
       *[other] { $days } Tage nach dem voraussichtlichen Termin
    }
request-timeline-heading = Was bisher passiert ist
request-event-photo-alt = Foto der Stadt von der ausgeführten Arbeit, Nummer { $number }
request-unavailable = Diese Serviceanfrage kann gerade nicht angezeigt werden. Bitte versuchen Sie es in ein paar Minuten noch einmal.
request-not-found-title = Serviceanfrage nicht gefunden – { -product-name }
request-not-found-heading = Wir können diese Serviceanfrage nicht finden
request-not-found-body = Es gibt keine Serviceanfrage { $number }. Prüfen Sie die Nummer auf Ihrer Bestätigungsseite oder in Ihrer E-Mail. Bei einer Anfrage, die Sie gerade erst gestellt haben, kann es eine Minute dauern, bis sie angezeigt wird.
request-not-found-retry = Andere Nummer suchen

## Bearbeitungsstand, in einfacher Sprache
status-received = Eingegangen
status-assigned = An zuständige Abteilung übergeben
status-inspection = Prüfung vor Ort
status-scheduled = Arbeiten geplant
status-completed = Erledigt
status-closed_referred = Abgeschlossen – an andere Stelle weitergeleitet
status-closed_no_action = Abgeschlossen – kein Handlungsbedarf
status-closed_duplicate = Abgeschlossen – bereits gemeldet

## Das Verzeichnis der Dienstleistungen
nav-services = Städtische Dienstleistungen
services-title = Städtische Dienstleistungen – { -product-name }
services-heading = Städtische Dienstleistungen
services-intro = Finden Sie die passende Dienstleistung für Ihr Problem. Suchen Sie mit Ihren eigenen Worten oder wählen Sie ein Thema.
services-search-label = Dienstleistung suchen
services-search-hint = Zum Beispiel: Schlagloch, Müll nicht abgeholt, Lärm
services-search-button = Suchen
services-results-heading =
    { $count ->
        [one] { $count } Dienstleistung passt zu „{ $query }“
       *[other] { $count } Dienstleistungen passen zu „{ $query }“
    }
services-no-results = Keine Dienstleistung passt zu „{ $query }“. Versuchen Sie es mit anderen Wörtern oder sehen Sie sich die Themen unten an.
services-browse-heading = Nach Thema suchen
service-detail-title = { $name } – { -product-name }
service-topic = Thema
service-standard = Servicestandard
service-sla-hours =
    { $count ->
        [one] Wir wollen innerhalb von { $count } Stunde antworten
       *[other] Wir wollen innerhalb von { $count } Stunden antworten
    }
service-sla-business-days =
    { $count ->
        [one] Wir wollen innerhalb von { $count } Arbeitstag antworten
       *[other] Wir wollen innerhalb von { $count } Arbeitstagen antworten
    }
service-sla-calendar-days =
    { $count ->
        [one] Wir wollen innerhalb von { $count } Tag antworten
       *[other] Wir wollen innerhalb von { $count } Tagen antworten
    }
service-back = Alle städtischen Dienstleistungen
service-not-found-title = Dienstleistung nicht gefunden – { -product-name }
service-not-found-heading = Wir können diese Dienstleistung nicht finden

## Beschwerden zu einer Anfrage
request-complaint-heading = Sind Sie mit dem Verlauf dieser Anfrage nicht zufrieden?
request-complaint-overdue = Der voraussichtliche Termin ist vorbei, und diese Anfrage ist noch nicht abgeschlossen. Sie können eine Beschwerde einreichen: Eine Führungskraft muss innerhalb von 5 Arbeitstagen darauf antworten, sonst geht die Beschwerde an die Leitung der zuständigen Abteilung.
request-complaint-closed = Wenn das Problem nicht behoben wurde oder Sie nicht damit einverstanden sind, wie diese Anfrage abgeschlossen wurde, können Sie eine Beschwerde einreichen: Eine Führungskraft muss innerhalb von 5 Arbeitstagen darauf antworten, sonst geht die Beschwerde an die Leitung der zuständigen Abteilung.
request-complaint-details = Was ist nicht in Ordnung?
request-complaint-details-hint = Zum Beispiel: Das Schlagloch ist immer noch da, obwohl die Anfrage abgeschlossen wurde.
request-complaint-email = E-Mail-Adresse (freiwillig)
request-complaint-email-hint = Damit wir Ihnen die Antwort mitteilen können. Sie wird nie öffentlich angezeigt.
request-complaint-submit = Beschwerde einreichen
request-complaint-filed = Ihre Beschwerde wurde eingereicht. Sie erscheint unten im Verlauf.
request-complaint-pending = Eine Beschwerde zu dieser Anfrage wartet auf Antwort. Die Antwort wird bis { $date } erwartet.
request-complaint-escalated = Die Antwort ist überfällig, daher wurde die Beschwerde an die Leitung der zuständigen Abteilung weitergeleitet.
request-complaint-error-details = Beschreiben Sie, was nicht in Ordnung ist
request-complaint-error-too-long = Die Beschwerde darf höchstens 2000 Zeichen lang sein
status-complaint = Beschwerde eingereicht
status-escalated = Beschwerde an die Abteilungsleitung weitergeleitet
