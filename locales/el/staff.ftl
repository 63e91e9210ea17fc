### Κονσόλα προσωπικού: σύνδεση, ουρά αιτημάτων, αλλαγή κατάστασης αιτήματος, αρχείο ελέγχου.

staff-page-title = { $heading } – { -product-name } για το προσωπικό
staff-unavailable = Η κονσόλα προσωπικού δεν μπορεί να εμφανιστεί αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγα λεπτά.
staff-forbidden-heading = Δεν μπορείτε να ανοίξετε αυτή τη σελίδα
staff-forbidden-body = Ο λογαριασμός σας δεν έχει πρόσβαση σε αυτό το τμήμα της κονσόλας προσωπικού. Αν τη χρειάζεστε, απευθυνθείτε σε έναν διαχειριστή.

## Σύνδεση
staff-login-heading = Σύνδεση προσωπικού
staff-password = Κωδικός πρόσβασης
staff-sign-in = Σύνδεση
staff-sign-out = Αποσύνδεση
staff-signed-in-as = Έχετε συνδεθεί ως { $name }
staff-login-error-wrong = Η διεύθυνση email ή ο κωδικός πρόσβασης δεν είναι σωστά
staff-login-error-locked = Πάρα πολλές προσπάθειες σύνδεσης. Περιμένετε 15 λεπτά και μετά δοκιμάστε ξανά.
staff-error-csrf = Η φόρμα δεν ήταν ενημερωμένη. Φορτώστε ξανά τη σελίδα και δοκιμάστε ξανά.

## Η ουρά
staff-queue-heading = Ουρά αιτημάτων
staff-filter-any = Όλα
staff-filter-overdue = Μόνο αιτήματα που έχουν περάσει την αναμενόμενη ημερομηνία
staff-filter-apply = Εμφάνιση αιτημάτων
staff-queue-empty = Κανένα αίτημα δεν ταιριάζει με αυτά τα φίλτρα.
staff-column-number = Αριθμός αιτήματος

## Ένα αίτημα
staff-change-heading = Αλλαγή κατάστασης
staff-new-status = Νέα κατάσταση
staff-reason = Λόγος κλεισίματος
staff-reason-hint = Απαιτείται όταν η νέα κατάσταση κλείνει το αίτημα. Πρέπει να ταιριάζει με την κατάσταση.
staff-reason-none = Χωρίς λόγο: το αίτημα παραμένει ανοιχτό
staff-public-note = Δημόσια σημείωση
staff-public-note-hint = Ο πολίτης τη βλέπει στη σελίδα κατάστασης. Όταν κλείνετε το αίτημα, αναφέρετε τι έγινε ή γιατί δεν έγινε τίποτα.
staff-internal-note = Εσωτερική σημείωση
staff-internal-note-hint = Τη βλέπει μόνο το προσωπικό.
staff-save = Αποθήκευση αλλαγής
staff-saved = Η αλλαγή αποθηκεύτηκε.
staff-history-heading = Πλήρες ιστορικό
staff-error-status = Επιλέξτε μια κατάσταση από τη λίστα
staff-error-reason-missing = Επιλέξτε λόγο κλεισίματος του αιτήματος
staff-error-reason-mismatch = Ο λόγος δεν ταιριάζει με τη νέα κατάσταση. Επιλέξτε έναν λόγο που να ταιριάζει.
staff-error-note-missing = Γράψτε μια δημόσια σημείωση που να ενημερώνει τον πολίτη τι έγινε ή γιατί δεν έγινε τίποτα
staff-error-reason-open = Λόγος κλεισίματος δίνεται μόνο για καταστάσεις που κλείνουν το αίτημα

## Λόγοι κλεισίματος
staff-reason-repaired = Επισκευάστηκε
staff-reason-cleaned = Καθαρίστηκε
staff-reason-removed = Απομακρύνθηκε
staff-reason-other-government = Παραπέμφθηκε σε άλλο επίπεδο διοίκησης
staff-reason-utility-company = Παραπέμφθηκε στην επιχείρηση κοινής ωφέλειας ή στην εταιρεία που είναι ιδιοκτήτρια
staff-reason-private-property = Σε ιδιωτική ιδιοκτησία: παραπέμφθηκε στον ιδιοκτήτη
staff-reason-not-found = Έγινε αυτοψία: δεν βρέθηκε πρόβλημα
staff-reason-already-resolved = Είχε ήδη επιλυθεί πριν φτάσει το συνεργείο
staff-reason-meets-standard = Έγινε αυτοψία: πληροί τις προδιαγραφές του Δήμου
staff-reason-duplicate = Διπλότυπο άλλου αιτήματος

## Το αρχείο ελέγχου
staff-audit-heading = Αρχείο ελέγχου
staff-column-when = Πότε
staff-column-who = Ποιος
staff-column-action = Ενέργεια
staff-column-detail = Λεπτομέρειες
staff-action-login = Σύνδεση
staff-action-logout = Αποσύνδεση
staff-action-login-failed = Αποτυχημένη σύνδεση
staff-action-login-locked = Η σύνδεση απορρίφθηκε: πάρα πολλές προσπάθειες
staff-action-status-change = Η κατάσταση άλλαξε
