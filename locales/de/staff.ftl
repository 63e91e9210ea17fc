### Die Mitarbeiterkonsole: Anmeldung, Warteschlange, Statusänderung einer Anfrage, Audit-Protokoll.

staff-page-title = { $heading } – { -product-name } für Mitarbeitende
staff-unavailable = Die Mitarbeiterkonsole kann gerade nicht angezeigt werden. Bitte versuchen Sie es in ein paar Minuten noch einmal.
staff-forbidden-heading = Sie können diese Seite nicht öffnen
staff-forbidden-body = Ihr Konto hat keinen Zugriff auf diesen Bereich der Mitarbeiterkonsole. Wenden Sie sich an die Administration, wenn Sie Zugriff brauchen.

## Anmeldung
staff-login-heading = Anmeldung für Mitarbeitende
staff-password = Passwort
staff-sign-in = Anmelden
staff-sign-out = Abmelden
staff-signed-in-as = Angemeldet als { $name }
staff-login-error-wrong = E-Mail-Adresse oder Passwort ist nicht korrekt
staff-login-error-locked = Zu viele Anmeldeversuche. Warten Sie 15 Minuten und versuchen Sie es dann noch einmal.
staff-error-csrf = Das Formular war nicht mehr aktuell. Laden Sie die Seite neu und versuchen Sie es noch einmal.

## Die Warteschlange
staff-queue-heading = Warteschlange der Serviceanfragen
staff-filter-any = Alle
staff-filter-overdue = Nur Anfragen, deren voraussichtlicher Termin überschritten ist
staff-filter-complaints = Nur Anfragen mit einer Beschwerde, die auf Antwort wartet
staff-filter-apply = Anfragen anzeigen
staff-queue-empty = Keine Serviceanfrage entspricht diesen Filtern.
staff-column-number = Nummer der Serviceanfrage
staff-complaint-due = Beschwerde: Antwort bis { $date }
staff-complaint-escalated = Beschwerde eskaliert: Antwort überfällig

## Eine Anfrage
staff-change-heading = Status ändern
staff-new-status = Neuer Status
staff-reason = Grund für den Abschluss
staff-reason-hint = Erforderlich, wenn die Anfrage mit dem neuen Status abgeschlossen wird. Der Grund muss zum Status passen.
staff-reason-none = Kein Grund: Die Anfrage bleibt offen
staff-public-note = Öffentliche Notiz
staff-public-note-hint = Die meldende Person sieht diese Notiz auf der Statusseite. Schreiben Sie beim Abschließen, was getan wurde oder warum nichts getan wurde.
staff-internal-note = Interne Notiz
staff-internal-note-hint = Nur Mitarbeitende sehen diese Notiz.
staff-save = Änderung speichern
staff-saved = Die Änderung wurde gespeichert.
staff-history-heading = Vollständiger Verlauf
staff-error-status = Wählen Sie einen Status aus der Liste
staff-error-reason-missing = Wählen Sie einen Grund für den Abschluss der Anfrage
staff-error-reason-mismatch = Der Grund passt nicht zum neuen Status. Wählen Sie einen passenden Grund.
staff-error-note-missing = Schreiben Sie eine öffentliche Notiz, die der meldenden Person mitteilt, was getan wurde oder warum nichts getan wurde
staff-error-reason-open = Ein Grund für den Abschluss gilt nur für Status, mit denen die Anfrage abgeschlossen wird

## Gründe für den Abschluss
staff-reason-repaired = Repariert
staff-reason-cleaned = Gereinigt
staff-reason-removed = Entfernt
staff-reason-other-government = An eine andere staatliche Ebene weitergeleitet
staff-reason-utility-company = An den Versorger oder das Unternehmen weitergeleitet, dem es gehört
staff-reason-private-property = Auf Privatgrund: an den Eigentümer weitergeleitet
staff-reason-not-found = Vor Ort geprüft: kein Problem festgestellt
staff-reason-already-resolved = Bereits vor Eintreffen des Einsatzteams behoben
staff-reason-meets-standard = Vor Ort geprüft: entspricht dem Standard der Stadt
staff-reason-duplicate = Duplikat einer anderen Anfrage

## Das Audit-Protokoll
staff-audit-heading = Audit-Protokoll
staff-column-when = Wann
staff-column-who = Wer
staff-column-action = Aktion
staff-column-detail = Einzelheiten
staff-action-login = Angemeldet
staff-action-logout = Abgemeldet
staff-action-login-failed = Fehlgeschlagene Anmeldung
staff-action-login-locked = Anmeldung abgelehnt: zu viele Versuche
staff-action-status-change = Status geändert
staff-action-escalation = Beschwerde automatisch eskaliert: Antwortfrist (SLA) überschritten

## Mehrere Anfragen auf einmal aus der Warteschlange ändern
staff-bulk-column = Auswahl
staff-bulk-select = Anfrage { $number } auswählen
staff-bulk-heading = Ausgewählte Anfragen ändern
staff-bulk-hint = Kreuzen Sie Anfragen in der Tabelle an und wählen Sie dann die Änderung. Jede Anfrage erhält denselben Status, denselben Grund und dieselben Notizen sowie einen eigenen Eintrag in ihrem Verlauf.
staff-bulk-button = Ausgewählte Anfragen ändern
staff-bulk-saved =
    { $count ->
        [one] Eine Anfrage wurde geändert.
       *[other] { $count } Anfragen wurden geändert.
    }
staff-error-none-selected = Wählen Sie in der Tabelle mindestens eine Anfrage aus.
staff-bulk-skipped =
    { $count ->
        [one] Eine Anfrage wurde nicht geändert: Um sie auf „Erledigt“ zu setzen, ist ein Foto der fertigen Arbeit nötig. Öffnen Sie sie, um eines hinzuzufügen.
       *[other] { $count } Anfragen wurden nicht geändert: Um sie auf „Erledigt“ zu setzen, ist jeweils ein Foto der fertigen Arbeit nötig. Öffnen Sie jede einzeln, um eines hinzuzufügen.
    }

## Ein Foto zu einer Statusänderung (von der fertigen Arbeit)
staff-photo = Foto der Arbeit (freiwillig)
staff-photo-hint = Ein Bild im Format JPEG, PNG oder WebP, bis zu 10 MB. Es ist auf der Statusseite der Anfrage unter „Was bisher passiert ist“ öffentlich sichtbar.
staff-photo-hint-required = Für diese Dienstleistung ist ein Foto der fertigen Arbeit nötig, um die Anfrage auf „Erledigt“ zu setzen. Ein Bild im Format JPEG, PNG oder WebP, bis zu 10 MB; es ist unter „Was bisher passiert ist“ öffentlich sichtbar.
staff-error-completion-photo-missing = Fügen Sie ein Foto der fertigen Arbeit hinzu: Für diese Dienstleistung ist es nötig, um die Anfrage auf „Erledigt“ zu setzen
