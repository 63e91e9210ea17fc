## Ζωντανή συνομιλία: το παράθυρο συνομιλίας του πολίτη, αφήνοντας μήνυμα, η κονσόλα των εκπροσώπων και τα μηνύματα της συνομιλίας.

chat-launcher = Συνομιλία με το 311
chat-panel-heading = Ζωντανή συνομιλία με το 311
chat-close = Κλείσιμο συνομιλίας
chat-intro = Κάντε μια ερώτηση ή ζητήστε βοήθεια για ένα αίτημα. Ένας εκπρόσωπος θα σας απαντήσει εδώ μόλις είναι διαθέσιμος.
chat-name-label = Το όνομά σας (προαιρετικά)
chat-topic-label = Σε τι χρειάζεστε βοήθεια;
chat-topic-hint = Για παράδειγμα: δεν μαζεύτηκαν τα σκουπίδια στον δρόμο μου
chat-start = Έναρξη συνομιλίας
chat-connecting = Σύνδεση…
chat-reconnecting = Η σύνδεση χάθηκε. Επανασύνδεση… Τα μηνύματά σας διατηρούνται.
chat-reconnected = Συνδεθήκατε ξανά.
chat-queue-next = Ακολουθείτε εσείς στη σειρά αναμονής.
chat-queue-position = Είστε στη θέση { $position } στη σειρά αναμονής.
chat-queue-wait =
    { $minutes ->
        [one] Εκτιμώμενη αναμονή: περίπου { $minutes } λεπτό.
       *[other] Εκτιμώμενη αναμονή: περίπου { $minutes } λεπτά.
    }
chat-waiting-note = Μπορείτε να γράψετε την ερώτησή σας όσο περιμένετε. Κρατήστε αυτή τη σελίδα ανοιχτή: η συνομιλία δεν κλείνει μόνη της.
chat-log-label = Συνομιλία
chat-message-label = Το μήνυμά σας
chat-send = Αποστολή
chat-not-sent = Δεν έχει σταλεί ακόμη. Θα σταλεί μόλις επανέλθει η σύνδεση.
chat-typing-agent = Ο εκπρόσωπος πληκτρολογεί…
chat-typing-resident = Ο πολίτης πληκτρολογεί…
chat-you = Εσείς
chat-resident = Πολίτης
chat-end = Τέλος συνομιλίας
chat-ended-heading = Η συνομιλία τελείωσε
chat-rate-legend = Πόσο χρήσιμη ήταν αυτή η συνομιλία;
chat-rate-stars =
    { $stars ->
        [one] { $stars } αστέρι
       *[other] { $stars } αστέρια
    }
chat-rate-submit = Αποστολή βαθμολογίας
chat-rate-thanks = Σας ευχαριστούμε για τη βαθμολογία σας.
chat-transcript-label = Στείλτε μου το κείμενο της συνομιλίας με email
chat-transcript-submit = Αποστολή κειμένου συνομιλίας
chat-transcript-sent = Το κείμενο της συνομιλίας στέλνεται στο email σας.
chat-new = Νέα συνομιλία
chat-about-request = Συνομιλία για αυτό το αίτημα
chat-linked-request = Σχετικά με το αίτημα { $number }

chat-page-title = Ζωντανή συνομιλία
chat-page-intro = Συνομιλήστε ζωντανά με έναν εκπρόσωπο του 311 ή αφήστε ένα μήνυμα και θα σας απαντήσουμε με email ή SMS.
chat-offline-heading = Αφήστε ένα μήνυμα
chat-offline-intro = Αυτή τη στιγμή δεν είναι διαθέσιμος κανένας εκπρόσωπος για συνομιλία. Αφήστε ένα μήνυμα με τη διεύθυνση email ή τον αριθμό τηλεφώνου σας και ένας εκπρόσωπος θα σας απαντήσει.
chat-offline-email = Διεύθυνση email
chat-offline-phone = Αριθμός τηλεφώνου, για απάντηση με SMS
chat-offline-body = Το μήνυμά σας
chat-offline-submit = Αποστολή μηνύματος
chat-offline-sent = Σας ευχαριστούμε. Λάβαμε το μήνυμά σας και ένας εκπρόσωπος θα σας απαντήσει με email ή SMS.
chat-offline-error-body = Γράψτε το μήνυμά σας
chat-offline-error-body-long = Το μήνυμά σας πρέπει να έχει έως 2000 χαρακτήρες
chat-offline-error-name-long = Το όνομά σας πρέπει να έχει έως 100 χαρακτήρες
chat-offline-error-contact = Εισαγάγετε μια διεύθυνση email ή έναν αριθμό τηλεφώνου, ώστε να μπορέσουμε να σας απαντήσουμε
chat-offline-error-email = Εισαγάγετε μια διεύθυνση email στη σωστή μορφή, όπως name@example.com
chat-offline-error-phone = Εισαγάγετε έναν αριθμό τηλεφώνου, όπως 416 555 0123

## Συμβάντα της συνομιλίας, που τα βλέπουν και οι δύο πλευρές.

chat-event-joined = Στη συνομιλία μπήκε: { $name }.
chat-event-transferred = Η συνομιλία μεταφέρθηκε σε: { $name }.
chat-event-ended = Η συνομιλία τελείωσε.
chat-event-request = Δημιουργήθηκε για εσάς το αίτημα { $number }. Μπορείτε να το παρακολουθείτε με αυτόν τον αριθμό.

## Γιατί κάτι που στάλθηκε στη συνομιλία δεν έγινε δεκτό.

chat-error-bad-frame = Δεν ήταν δυνατή η ανάγνωση. Φορτώστε ξανά τη σελίδα και δοκιμάστε ξανά.
chat-error-too-long = Το μήνυμά σας είναι πολύ μεγάλο. Πρέπει να έχει έως 2000 χαρακτήρες.
chat-error-too-fast = Στέλνετε μηνύματα πολύ γρήγορα. Περιμένετε λίγο και στείλτε ξανά.
chat-error-empty = Γράψτε ένα μήνυμα πριν το στείλετε.
chat-error-topic-missing = Γράψτε σε τι χρειάζεστε βοήθεια.
chat-error-already-started = Αυτή η συνομιλία έχει ήδη ξεκινήσει.
chat-error-unknown-chat = Δεν βρέθηκε αυτή η συνομιλία. Ξεκινήστε μια νέα συνομιλία.
chat-error-no-chat = Ξεκινήστε πρώτα μια συνομιλία.
chat-error-chat-ended = Αυτή η συνομιλία τελείωσε. Ξεκινήστε μια νέα συνομιλία για να στείλετε κι άλλα μηνύματα.
chat-error-bad-rating = Επιλέξτε από 1 έως 5 αστέρια.
chat-error-not-ended = Μπορείτε να βαθμολογήσετε τη συνομιλία όταν τελειώσει.
chat-error-bad-email = Εισαγάγετε μια διεύθυνση email στη σωστή μορφή, όπως name@example.com
chat-error-agents-only = Αυτό μπορούν να το κάνουν μόνο οι εκπρόσωποι.
chat-error-residents-only = Αυτό μπορούν να το κάνουν μόνο οι πολίτες.
chat-error-not-yours = Αυτή η συνομιλία δεν σας έχει ανατεθεί.
chat-error-at-limit = Έχετε ήδη ανοιχτές όσες συνομιλίες μπορείτε να αναλάβετε. Τερματίστε πρώτα μία.
chat-error-taken = Αυτή τη συνομιλία την ανέλαβε άλλος εκπρόσωπος ή έχει τελειώσει.
chat-error-agent-unavailable = Αυτός ο εκπρόσωπος δεν είναι πλέον συνδεδεμένος. Επιλέξτε άλλον.
chat-error-unavailable = Η συνομιλία δεν είναι διαθέσιμη αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγα λεπτά ή καλέστε το 311.

## Έτοιμες απαντήσεις που στέλνουν οι εκπρόσωποι, στη γλώσσα του πολίτη.

chat-canned-greeting = Γεια σας, σας ευχαριστούμε που επικοινωνήσατε με το 311 Toronto. Πώς μπορώ να σας βοηθήσω σήμερα;
chat-canned-one-moment = Μια στιγμή, παρακαλώ, να το ελέγξω.
chat-canned-more-details = Θα μπορούσατε να μου πείτε λίγα περισσότερα για το πρόβλημα;
chat-canned-location = Πού ακριβώς βρίσκεται το πρόβλημα; Μια διεύθυνση ή η πλησιέστερη διασταύρωση βοηθά.
chat-canned-request-filed = Δημιούργησα ένα αίτημα για εσάς. Μπορείτε να το παρακολουθείτε με τον αριθμό που εμφανίζεται σε αυτή τη συνομιλία.
chat-canned-goodbye = Σας ευχαριστούμε που επικοινωνήσατε με το 311. Μπορώ να σας βοηθήσω σε κάτι άλλο;

## Η κονσόλα των εκπροσώπων, στη διεύθυνση /agent.

agent-page-heading = Κονσόλα συνομιλιών
agent-status-connected = Συνδεθήκατε. Μπορείτε να δέχεστε συνομιλίες.
agent-status-reconnecting = Η σύνδεση χάθηκε. Επανασύνδεση…
agent-queue-heading = Συνομιλίες σε αναμονή
agent-queue-empty = Δεν υπάρχουν συνομιλίες σε αναμονή.
agent-queue-topic = Θέμα
agent-queue-language = Γλώσσα
agent-queue-waiting = Αναμονή
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } λεπτό
       *[other] { $minutes } λεπτά
    }
agent-queue-fallback = Δεν είναι μία από τις γλώσσες σας
agent-accept = Αποδοχή
agent-load = Ανοιχτές συνομιλίες: { $active } από { $limit }
agent-chats-heading = Οι συνομιλίες σας
agent-no-chats = Αποδεχτείτε μια συνομιλία από την ουρά για να ξεκινήσετε.
agent-chat-with = Συνομιλία με: { $name }
agent-chat-language = Γλώσσα: { $language }
agent-chat-topic = Θέμα: { $topic }
agent-canned-label = Έτοιμη απάντηση
agent-canned-choose = Επιλέξτε μια απάντηση
agent-canned-insert = Χρήση αυτής της απάντησης
agent-reply-label = Απάντηση
agent-send = Αποστολή
agent-add-note = Προσθήκη ως εσωτερική σημείωση
agent-note = Εσωτερική σημείωση
agent-transfer-label = Μεταφορά σε
agent-transfer = Μεταφορά
agent-transfer-none = Δεν είναι συνδεδεμένος κανένας άλλος εκπρόσωπος.
agent-end = Τέλος συνομιλίας
agent-ended = Αυτή η συνομιλία τελείωσε.
agent-close = Κλείσιμο
agent-request-heading = Δημιουργία αιτήματος
agent-request-service = Είδος υπηρεσίας
agent-request-place = Τοποθεσία: οδός, διασταύρωση ή σημείο
agent-request-description = Περιγραφή
agent-request-submit = Άνοιγμα της φόρμας αναφοράς
agent-request-hint = Η φόρμα αναφοράς ανοίγει συμπληρωμένη με στοιχεία από αυτή τη συνομιλία. Ελέγξτε την και υποβάλετέ την· ο αριθμός του αιτήματος δημοσιεύεται στη συνομιλία.
agent-cases-heading = Μηνύματα που αφέθηκαν όταν κανείς δεν μπορούσε να συνομιλήσει
agent-cases-empty = Δεν υπάρχουν μηνύματα που περιμένουν απάντηση.
agent-case-from = Από: { $name }, { $contact }
agent-case-reply = Η απάντησή σας
agent-case-send = Αποστολή απάντησης
agent-case-answered = Η απάντησή σας στάλθηκε.
agent-error-reply = Εισαγάγετε μια απάντηση έως 2000 χαρακτήρες.
agent-error-answered = Αυτό το μήνυμα έχει ήδη απαντηθεί.
agent-error-not-yours = Αυτή η συνομιλία δεν σας έχει πλέον ανατεθεί.
agent-error-service = Επιλέξτε είδος υπηρεσίας.
staff-chat-transcripts = Κείμενα συνομιλιών

## Μηνύματα που στέλνονται με email ή SMS.

notify-chat-transcript-subject = Η συνομιλία σας με το 311 Toronto
notify-chat-transcript-email = Ακολουθεί το κείμενο της συνομιλίας σας με το 311 Toronto, όπως ζητήσατε.
notify-chat-reply-subject = Απάντηση στο μήνυμά σας προς το 311 Toronto
notify-chat-reply-email =
    Αφήσατε ένα μήνυμα για το 311 Toronto. Ένας εκπρόσωπος απάντησε:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
