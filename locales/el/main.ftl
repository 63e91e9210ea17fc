### Κείμενα διεπαφής Civic311: ελληνικά.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
language-switcher-label = Γλώσσα
loading = Φόρτωση…
footer-emergency = Για επείγοντα περιστατικά, καλέστε το 911. Αυτή η πύλη είναι για μη επείγουσες δημοτικές υπηρεσίες.

home-title = Αναφέρετε ένα πρόβλημα ή ζητήστε μια δημοτική υπηρεσία – { -product-name }
home-heading = Αναφέρετε ένα πρόβλημα ή ζητήστε μια δημοτική υπηρεσία
home-intro = Ενημερώστε τον Δήμο για μια λακκούβα, αποκομιδή απορριμμάτων που δεν έγινε, γκράφιτι και πάνω από 60 άλλα μη επείγοντα προβλήματα. Θα λάβετε έναν αριθμό αιτήματος για να παρακολουθείτε την πορεία του.
home-groups-heading = Με τι σχετίζεται;
home-report-button = Αναφέρετε ένα πρόβλημα
service-group-count =
    { $count ->
        [one] { $count } υπηρεσία
       *[other] { $count } υπηρεσίες
    }
catalogue-unavailable = Η λίστα των υπηρεσιών δεν μπορεί να εμφανιστεί αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγα λεπτά.

not-found-title = Η σελίδα δεν βρέθηκε – { -product-name }
not-found-heading = Η σελίδα δεν βρέθηκε
not-found-home-link = Μετάβαση στην αρχική σελίδα

## Πλοήγηση και σφάλματα φόρμας
site-nav-label = Κύριο μενού
nav-track = Παρακολούθηση αιτήματος
nav-report = Αναφορά προβλήματος
error-title-prefix = Σφάλμα:
error-summary-heading = Υπάρχει ένα πρόβλημα

## Αναζήτηση αιτήματος
lookup-title = Παρακολούθηση αιτήματος – { -product-name }
lookup-heading = Παρακολούθηση αιτήματος
lookup-label = Αριθμός αιτήματος
lookup-hint = Ο αριθμός του αιτήματός σας αναγράφεται στη σελίδα επιβεβαίωσης και στα email που λάβατε. Μοιάζει με αυτόν: 2026-000123.
lookup-button = Εύρεση του αιτήματός μου
lookup-error-format = Εισαγάγετε τον αριθμό του αιτήματός σας στη μορφή 2026-000123

## Ένα αίτημα
request-title = Αίτημα { $number } – { -product-name }
request-heading = Αίτημα { $number }
request-status = Κατάσταση
request-service = Υπηρεσία
request-division = Αρμόδια διεύθυνση
request-filed = Παραλήφθηκε
request-expected = Αναμένεται έως
request-location = Τοποθεσία
request-ward = Δημοτικό διαμέρισμα
request-ward-value = Διαμέρισμα { $number }: { $name }
request-due-today = λήγει σήμερα
request-days-left =
    { $days ->
        [one] απομένει { $days } ημέρα
       *[other] απομένουν { $days } ημέρες
    }
request-days-overdue =
    { $days ->
        [one] { $days } ημέρα μετά την αναμενόμενη ημερομηνία
       *[other] { $days } ημέρες μετά την αναμενόμενη ημερομηνία
    }
request-timeline-heading = Τι έχει γίνει μέχρι τώρα
request-event-photo-alt = Φωτογραφία του Δήμου από την εργασία που εκτελέστηκε, αριθμός { $number }
request-unavailable = Αυτό το αίτημα δεν μπορεί να εμφανιστεί αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγα λεπτά.
request-not-found-title = Το αίτημα δεν βρέθηκε – { -product-name }
request-not-found-heading = Δεν μπορούμε να βρούμε αυτό το αίτημα
request-not-found-body = Δεν υπάρχει αίτημα με αριθμό { $number }. Ελέγξτε τον αριθμό στη σελίδα επιβεβαίωσης ή στο email σας. Ένα αίτημα που μόλις υποβάλατε μπορεί να χρειαστεί ένα λεπτό για να εμφανιστεί.
request-not-found-retry = Αναζήτηση άλλου αριθμού

## Καταστάσεις, με απλά λόγια
status-received = Παραλήφθηκε
status-assigned = Ανατέθηκε στην αρμόδια διεύθυνση
status-inspection = Αυτοψία
status-scheduled = Προγραμματίστηκαν εργασίες
status-completed = Ολοκληρώθηκε
status-closed_referred = Έκλεισε – αρμόδιος άλλος φορέας
status-closed_no_action = Έκλεισε – δεν χρειάζεται ενέργεια
status-closed_duplicate = Έκλεισε – έχει ήδη αναφερθεί

## Κατάλογος υπηρεσιών
nav-services = Δημοτικές υπηρεσίες
services-title = Δημοτικές υπηρεσίες – { -product-name }
services-heading = Δημοτικές υπηρεσίες
services-intro = Βρείτε την υπηρεσία για το πρόβλημά σας. Κάντε αναζήτηση με δικά σας λόγια ή περιηγηθείτε ανά θέμα.
services-search-label = Αναζήτηση υπηρεσίας
services-search-hint = Για παράδειγμα: λακκούβα, σκουπίδια που δεν μαζεύτηκαν, θόρυβος
services-search-button = Αναζήτηση
services-results-heading =
    { $count ->
        [one] { $count } υπηρεσία ταιριάζει με την αναζήτηση «{ $query }»
       *[other] { $count } υπηρεσίες ταιριάζουν με την αναζήτηση «{ $query }»
    }
services-no-results = Καμία υπηρεσία δεν ταιριάζει με την αναζήτηση «{ $query }». Δοκιμάστε άλλες λέξεις ή περιηγηθείτε στα παρακάτω θέματα.
services-browse-heading = Περιήγηση ανά θέμα
service-detail-title = { $name } – { -product-name }
service-topic = Θέμα
service-standard = Πρότυπο εξυπηρέτησης
service-sla-hours =
    { $count ->
        [one] Στόχος μας είναι να απαντήσουμε μέσα σε { $count } ώρα
       *[other] Στόχος μας είναι να απαντήσουμε μέσα σε { $count } ώρες
    }
service-sla-business-days =
    { $count ->
        [one] Στόχος μας είναι να απαντήσουμε μέσα σε { $count } εργάσιμη ημέρα
       *[other] Στόχος μας είναι να απαντήσουμε μέσα σε { $count } εργάσιμες ημέρες
    }
service-sla-calendar-days =
    { $count ->
        [one] Στόχος μας είναι να απαντήσουμε μέσα σε { $count } ημέρα
       *[other] Στόχος μας είναι να απαντήσουμε μέσα σε { $count } ημέρες
    }
service-back = Όλες οι δημοτικές υπηρεσίες
service-not-found-title = Η υπηρεσία δεν βρέθηκε – { -product-name }
service-not-found-heading = Δεν μπορούμε να βρούμε αυτή την υπηρεσία

## Παράπονα για ένα αίτημα
request-complaint-heading = Δεν είστε ικανοποιημένοι με την πορεία αυτού του αιτήματος;
request-complaint-overdue = Η αναμενόμενη ημερομηνία έχει περάσει και το αίτημα δεν έχει κλείσει. Μπορείτε να υποβάλετε παράπονο: ένας προϊστάμενος πρέπει να απαντήσει μέσα σε 5 εργάσιμες ημέρες, διαφορετικά το παράπονο διαβιβάζεται στη διοίκηση της αρμόδιας διεύθυνσης.
request-complaint-closed = Αν το πρόβλημα δεν διορθώθηκε ή διαφωνείτε με τον τρόπο που έκλεισε αυτό το αίτημα, μπορείτε να υποβάλετε παράπονο: ένας προϊστάμενος πρέπει να απαντήσει μέσα σε 5 εργάσιμες ημέρες, διαφορετικά το παράπονο διαβιβάζεται στη διοίκηση της αρμόδιας διεύθυνσης.
request-complaint-details = Ποιο είναι το πρόβλημα;
request-complaint-details-hint = Για παράδειγμα: η λακκούβα εξακολουθεί να υπάρχει, αν και το αίτημα έκλεισε.
request-complaint-email = Διεύθυνση email (προαιρετικά)
request-complaint-email-hint = Για να μπορέσουμε να σας ενημερώσουμε για την απάντηση. Δεν εμφανίζεται ποτέ δημόσια.
request-complaint-submit = Υποβολή παραπόνου
request-complaint-filed = Το παράπονό σας υποβλήθηκε. Εμφανίζεται στο χρονολόγιο παρακάτω.
request-complaint-pending = Ένα παράπονο για αυτό το αίτημα εκκρεμεί. Η απάντηση αναμένεται έως { $date }.
request-complaint-escalated = Η απάντηση καθυστέρησε, γι’ αυτό το παράπονο διαβιβάστηκε στη διοίκηση της αρμόδιας διεύθυνσης.
request-complaint-error-details = Περιγράψτε ποιο είναι το πρόβλημα
request-complaint-error-too-long = Το παράπονο πρέπει να έχει έως 2000 χαρακτήρες
status-complaint = Υποβλήθηκε παράπονο
status-escalated = Το παράπονο διαβιβάστηκε στη διοίκηση της αρμόδιας διεύθυνσης
