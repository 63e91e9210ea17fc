### Ερωτήσεις καταλόγου: οι επιπλέον ερωτήσεις (χαρακτηριστικά Open311) κάθε είδους υπηρεσίας και
### οι απαντήσεις που προσφέρονται στις ερωτήσεις με λίστα, ως χαρακτηριστικά με το όνομα των κλειδιών τους.

## Λακκούβα
question-pothole-size = Περίπου πόσο μεγάλη είναι η λακκούβα;
    .small = Μικρότερη από πιάτο φαγητού
    .medium = Περίπου όσο ένα λάστιχο αυτοκινήτου
    .large = Μεγαλύτερη από λάστιχο αυτοκινήτου
question-pothole-lane = Σε ποιο σημείο του δρόμου βρίσκεται;
    .curb-lane = Λωρίδα δίπλα στο κράσπεδο
    .centre-lane = Μεσαία λωρίδα ή λωρίδα προσπέρασης
    .turn-lane = Λωρίδα στροφής
    .bike-lane = Λωρίδα ποδηλάτου
    .laneway = Στενό

## Κίνδυνος στον δρόμο
question-road-hazard-hazard_type = Ποιος είναι ο κίνδυνος;
    .road-collapse = Καθίζηση οδοστρώματος ή καταβόθρα
    .missing-cover = Καπάκι φρεατίου ή σχάρα που λείπει ή είναι σπασμένο
    .debris = Μεγάλα αντικείμενα σε λωρίδα κυκλοφορίας
    .spill = Χυμένη ή ολισθηρή ουσία
    .other = Κάτι άλλο

## Χαλασμένο πεζοδρόμιο
question-sidewalk-damaged-damage = Τι πρόβλημα έχει το πεζοδρόμιο;
    .cracked = Ραγισμένο
    .lifted = Πλάκες που έχουν σηκωθεί ή είναι ανώμαλες
    .sunken = Βουλιαγμένο ή κούφιο
    .missing = Λείπουν κομμάτια
    .curb-ramp = Χαλασμένη ράμπα κράσπεδου
question-sidewalk-damaged-trip_height = Περίπου πόσο ψηλή είναι η ανώμαλη άκρη, σε εκατοστά;

## Εμπόδιο σε ποδηλατόδρομο
question-bike-lane-obstruction-obstruction = Τι κλείνει τη λωρίδα ποδηλάτου;
    .debris = Αντικείμενα ή σκουπίδια
    .construction = Υλικά ή εξοπλισμός οικοδομής
    .bins = Κάδοι σκουπιδιών ή ανακύκλωσης
    .bollard = Χαλασμένο ή πεσμένο κολωνάκι
    .other = Κάτι άλλο

## Όχημα σταθμευμένο πολύ καιρό σε δρόμο κατοικιών
question-long-term-parking-licence_plate = Ποιος είναι ο αριθμός κυκλοφορίας, αν μπορείτε να τον δείτε;
question-long-term-parking-vehicle_description = Περιγράψτε το όχημα (χρώμα, μάρκα, τύπος).
question-long-term-parking-days_parked = Περίπου πόσες μέρες είναι σταθμευμένο εκεί;

## Σβηστή λάμπα δρόμου
question-streetlight-out-light_problem = Τι πρόβλημα έχει η λάμπα;
    .out = Είναι σβηστή
    .flickering = Τρεμοπαίζει ή ανάβει και σβήνει
    .day-burning = Είναι αναμμένη τη μέρα
    .several-out = Πολλές λάμπες στη σειρά είναι σβηστές
question-streetlight-out-pole_number = Αν ο στύλος έχει ταμπελάκι με αριθμό, τι γράφει;

## Χαλασμένη ή ελλείπουσα πινακίδα
question-sign-damaged-sign_type = Τι είδους πινακίδα είναι;
    .street-name = Όνομα δρόμου
    .parking = Στάθμευση
    .speed-limit = Όριο ταχύτητας
    .warning = Προειδοποιητική πινακίδα (στροφή, σχολική ζώνη και παρόμοια)
    .other = Άλλη
question-sign-damaged-sign_condition = Τι πρόβλημα έχει;
    .bent = Λυγισμένη ή πεσμένη
    .faded = Ξεθωριασμένη ή δυσανάγνωστη
    .turned = Στραμμένη προς λάθος κατεύθυνση
    .blocked = Κρυμμένη από κλαδιά
    .missing = Λείπει

## Φανάρι που δεν λειτουργεί
question-traffic-signal-malfunction-signal_problem = Τι κάνει το φανάρι;
    .dark = Είναι εντελώς σβηστό
    .flashing = Αναβοσβήνει κόκκινο ή κίτρινο
    .stuck = Έχει κολλήσει σε ένα χρώμα
    .damaged = Έχει πέσει ή είναι χαλασμένο
    .turned = Είναι στραμμένο προς λάθος κατεύθυνση
question-traffic-signal-malfunction-direction = Ποια κατεύθυνση κυκλοφορίας επηρεάζεται (για παράδειγμα, προς βορρά);

## Ανησυχία για την οδική ασφάλεια
question-traffic-safety-concern-concern = Τι σας ανησυχεί;
    .speeding = Υπερβολική ταχύτητα
    .signal-timing = Χρονισμός φαναριών
    .visibility = Κακή ορατότητα
    .crossing = Δύσκολη διάσχιση
    .cut-through = Διερχόμενη κυκλοφορία που παρακάμπτει από τη γειτονιά
question-traffic-safety-concern-details = Πείτε μας περισσότερα: πότε συμβαίνει και ποιους επηρεάζει;

## Πεζοδρόμιο που δεν καθαρίστηκε από το χιόνι
question-snow-sidewalk-condition = Σε τι κατάσταση είναι το πεζοδρόμιο;
    .snow = Καλυμμένο με χιόνι
    .ice = Παγωμένο
    .snowbank = Κλεισμένο από σωρό χιονιού από τον καθαρισμό του δρόμου

## Δεν έγινε αποκομιδή σκουπιδιών
question-missed-garbage-collection_day = Ποια ήταν η προγραμματισμένη ημέρα αποκομιδής σας;
question-missed-garbage-set_out = Ήταν ο κάδος στο κράσπεδο έως τις 7 π.μ.;
    .yes = Ναι
    .no = Όχι

## Δεν έγινε αποκομιδή ανακύκλωσης
question-missed-recycling-collection_day = Ποια ήταν η προγραμματισμένη ημέρα αποκομιδής σας;
question-missed-recycling-set_out = Ήταν ο κάδος στο κράσπεδο έως τις 7 π.μ.;
    .yes = Ναι
    .no = Όχι

## Δεν αδειάστηκε ο πράσινος κάδος
question-missed-green-bin-collection_day = Ποια ήταν η προγραμματισμένη ημέρα αποκομιδής σας;
question-missed-green-bin-set_out = Ήταν ο κάδος στο κράσπεδο έως τις 7 π.μ.;
    .yes = Ναι
    .no = Όχι

## Χαλασμένος κάδος
question-bin-damaged-bin_type = Ποιος κάδος είναι χαλασμένος;
    .garbage = Κάδος σκουπιδιών
    .recycling = Μπλε κάδος (ανακύκλωση)
    .green-bin = Πράσινος κάδος (οργανικά)
question-bin-damaged-damage = Τι έχει χαλάσει;
    .lid = Καπάκι
    .wheels = Ρόδα ή άξονας
    .handle = Χερούλι
    .body = Ραγισμένο σώμα κάδου
    .latch = Κλείστρο προστασίας από ζώα
question-bin-damaged-bin_serial = Ποιος είναι ο σειριακός αριθμός που είναι τυπωμένος στον κάδο, αν μπορείτε να τον διαβάσετε;

## Αποκομιδή ογκωδών αντικειμένων
question-bulky-item-pickup-item_types = Τι θα βγάλετε έξω;
    .furniture = Έπιπλα
    .mattress = Στρώμα ή σομιέ
    .appliance = Κουζίνα, πλυντήριο ρούχων, στεγνωτήριο ή πλυντήριο πιάτων
    .refrigerant = Ψυγείο, καταψύκτης ή κλιματιστικό
    .carpet = Μοκέτα ή χαλί
    .other = Άλλο μεγάλο αντικείμενο
question-bulky-item-pickup-item_count = Πόσα αντικείμενα θα βγάλετε έξω;

## Γκράφιτι σε δημοτική περιουσία
question-graffiti-city-property-surface = Ποιες επιφάνειες έχουν γκράφιτι;
    .wall = Τοίχος ή κτίριο
    .bridge = Γέφυρα ή υπόγεια διάβαση
    .fence = Φράχτης
    .sign-pole = Πινακίδα ή στύλος
    .box = Κουτί κοινής ωφέλειας ή φαναριού
    .other = Άλλο

## Γκράφιτι σε πινακίδες, στύλους ή κουτιά φαναριών
question-graffiti-road-assets-asset_type = Πού βρίσκεται το γκράφιτι;
    .sign = Πινακίδα δρόμου
    .signal-box = Κουτί φαναριού
    .pole = Στύλος
    .retaining-wall = Τοίχος αντιστήριξης ή ηχοπετάσματος
    .bridge = Γέφυρα ή υπόγεια διάβαση
    .other = Κάτι άλλο

## Γκράφιτι σε ιδιωτική περιουσία
question-graffiti-private-property-surface = Ποιες επιφάνειες έχουν γκράφιτι;
    .wall = Τοίχος
    .fence = Φράχτης
    .garage-door = Πόρτα γκαράζ
    .window = Παράθυρο ή πόρτα
    .other = Άλλο
question-graffiti-private-property-is_owner = Είστε ο ιδιοκτήτης του ακινήτου;
    .yes = Ναι
    .no = Όχι

## Γκράφιτι μίσους ή συμμοριών
question-graffiti-hate-police_reported = Το έχετε αναφέρει στην Αστυνομία του Τορόντο;
    .yes = Ναι
    .no = Όχι
question-graffiti-hate-police_reference = Ποιος είναι ο αριθμός της αναφοράς στην αστυνομία, αν έχετε;

## Παράνομη απόρριψη
question-illegal-dumping-item_types = Τι πετάχτηκε;
    .household = Σακούλες με οικιακά σκουπίδια
    .furniture = Έπιπλα
    .mattress = Στρώμα
    .tires = Λάστιχα
    .construction = Μπάζα από οικοδομή ή ανακαίνιση
    .electronics = Ηλεκτρονικές συσκευές
    .hazardous = Μπογιά, χημικά ή άλλα επικίνδυνα απόβλητα
    .other = Άλλο
question-illegal-dumping-noticed_at = Πότε το προσέξατε ή είδατε να πετιέται;
question-illegal-dumping-witness = Αν είδατε ποιος το πέταξε, περιγράψτε το άτομο ή το όχημα. Μην τους πλησιάσετε.

## Εγκαταλελειμμένο ποδήλατο
question-abandoned-bike-bike_condition = Σε τι κατάσταση είναι;
    .missing-wheel = Λείπει μια ρόδα
    .missing-parts = Λείπει η σέλα ή το τιμόνι
    .flat-tires = Ξεφούσκωτα λάστιχα
    .rusted = Σκουριασμένη αλυσίδα ή εξαρτήματα
    .bent-frame = Στραβωμένος ή χαλασμένος σκελετός

## Σπασμένος κεντρικός αγωγός νερού
question-water-main-break-water_flow = Πόσο νερό τρέχει;
    .trickle = Λίγο νερό ή υγρό σημείο
    .steady = Σταθερή ροή
    .gushing = Αναβλύζει ή πλημμυρίζει τον δρόμο

## Δεν υπάρχει νερό
question-no-water-neighbours_affected = Δεν έχουν νερό και οι γείτονές σας;
    .yes = Ναι
    .no = Όχι
    .unknown = Δεν ξέρω
question-no-water-started_at = Πότε κόπηκε το νερό;

## Επιστροφή λυμάτων ή πλημμύρα υπογείου
question-sewer-backup-water_depth = Περίπου πόσο βαθύ είναι το νερό, σε εκατοστά;
question-sewer-backup-backwater_valve = Έχει το ακίνητο βαλβίδα αντεπιστροφής στην αποχέτευση;
    .yes = Ναι
    .no = Όχι
    .unknown = Δεν ξέρω

## Βουλωμένο φρεάτιο ομβρίων
question-catch-basin-blocked-ponding = Μαζεύεται νερό;
    .none = Όχι, όχι αυτή τη στιγμή
    .road = Μαζεύεται στον δρόμο
    .sidewalk = Απλώνεται στο πεζοδρόμιο ή σε ακίνητο

## Χαλασμένος πυροσβεστικός κρουνός ή διαρροή
question-fire-hydrant-damaged-hydrant_problem = Τι πρόβλημα έχει ο κρουνός;
    .knocked-over = Έχει πέσει ή έχει χτυπηθεί
    .leaking = Στάζει
    .missing-cap = Λείπει το καπάκι
    .blocked = Είναι αποκλεισμένος ή κρυμμένος
    .paint = Γκράφιτι ή μπογιά

## Νερό με περίεργο χρώμα ή γεύση
question-water-quality-water_issue = Τι παρατηρείτε;
    .brown = Καφέ ή κίτρινο
    .cloudy = Θολό ή γαλακτερό
    .taste = Ασυνήθιστη γεύση
    .smell = Ασυνήθιστη μυρωδιά
    .particles = Σωματίδια ή ίζημα

## Πεσμένο ή χαλασμένο δέντρο (επείγον)
question-tree-emergency-blocking = Τι επηρεάζεται;
    .road = Δρόμος
    .sidewalk = Πεζοδρόμιο
    .driveway = Είσοδος γκαράζ
    .building = Σπίτι ή κτίριο
    .vehicle = Όχημα
    .wires = Καλώδια
    .nothing = Τίποτα ακόμη, αλλά μπορεί να πέσει

## Κλάδεμα δέντρου (μη επείγον)
question-tree-pruning-reason = Γιατί χρειάζεται κλάδεμα το δέντρο;
    .low-branches = Χαμηλά κλαδιά πάνω από πεζοδρόμιο ή δρόμο
    .blocking = Κρύβει πινακίδα ή λάμπα δρόμου
    .touching-building = Ακουμπά σπίτι ή κτίριο
    .dead-branches = Ξερά κλαδιά

## Πρόβλημα σε τουαλέτα πάρκου
question-park-washroom-issue = Ποιο είναι το πρόβλημα;
    .dirty = Είναι βρώμικη
    .supplies = Δεν έχει σαπούνι, χαρτοπετσέτες ή χαρτί υγείας
    .locked = Κλειδωμένη τις ώρες λειτουργίας
    .broken = Χαλασμένη λεκάνη, νιπτήρας ή πόρτα
    .leak = Διαρροή ή πλημμύρα

## Χαλασμένος εξοπλισμός παιδικής χαράς
question-playground-damaged-equipment = Ποιος εξοπλισμός;
    .swing = Κούνια
    .slide = Τσουλήθρα
    .climber = Αναρριχητική κατασκευή ή κατασκευή παιχνιδιού
    .surface = Δάπεδο (άμμος, φλοιός ή λάστιχο)
    .other = Άλλο
question-playground-damaged-unsafe = Θα μπορούσε κάποιος να τραυματιστεί αν τον χρησιμοποιήσει τώρα;
    .yes = Ναι
    .no = Όχι
    .unsure = Δεν ξέρω σίγουρα

## Καταυλισμός σε πάρκο
question-park-encampment-tent_count = Περίπου πόσες σκηνές ή κατασκευές υπάρχουν;
question-park-encampment-details = Υπάρχει κάτι που πρέπει να ξέρουν οι κοινωνικοί λειτουργοί, όπως φωτιά ή άλλο ζήτημα ασφάλειας;

## Νεκρό ζώο σε δρόμο ή πεζοδρόμιο
question-dead-animal-road-animal_type = Τι ζώο είναι (για παράδειγμα, ρακούν, σκίουρος ή γάτα);
question-dead-animal-road-animal_size = Πόσο μεγάλο είναι;
    .small = Μικρό (σκίουρος, πουλί)
    .medium = Μεσαίο (ρακούν, γάτα)
    .large = Μεγάλο (ελάφι, κογιότ, σκύλος)

## Τραυματισμένο ή άρρωστο άγριο ζώο
question-injured-wildlife-animal_type = Τι ζώο είναι;
question-injured-wildlife-condition = Τι συμβαίνει στο ζώο;
    .injured = Είναι τραυματισμένο
    .sick = Είναι άρρωστο ή συμπεριφέρεται παράξενα
    .trapped = Είναι παγιδευμένο ή μπλεγμένο
    .orphaned = Μικρό ζώο που φαίνεται να είναι μόνο του

## Αδέσποτος ή χαμένος σκύλος
question-stray-dog-dog_contained = Είναι ο σκύλος περιορισμένος, για παράδειγμα σε αυλή ή με λουρί;
    .yes = Ναι
    .no = Όχι

## Δάγκωμα ή επίθεση σκύλου
question-dog-bite-incident_time = Πότε συνέβη;
question-dog-bite-victim = Ποιος δαγκώθηκε ή δέχτηκε επίθεση;
    .person = Ένας άνθρωπος
    .dog = Άλλος σκύλος
    .other-animal = Άλλο ζώο

## Σκύλος χωρίς λουρί
question-dog-off-leash-usual_time = Πότε συμβαίνει συνήθως αυτό (για παράδειγμα, καθημερινές το πρωί);

## Καταγγελία για θόρυβο
question-noise-noise_source = Τι κάνει τον θόρυβο;
    .amplified-sound = Μουσική ή ενισχυμένος ήχος
    .construction = Οικοδομικές εργασίες
    .barking = Σκύλος που γαβγίζει
    .equipment = Κλιματιστικό, ανεμιστήρας ή άλλος εξοπλισμός
    .vehicle = Οχήματα με αναμμένη μηχανή σε στάση ή που μαρσάρουν
    .other = Άλλο
question-noise-ongoing = Ακούγεται ο θόρυβος τώρα;
    .now = Ναι, αυτή τη στιγμή
    .recurring = Συμβαίνει τακτικά
    .past = Έχει σταματήσει
question-noise-noise_times = Περιγράψτε πότε ακούγεται ο θόρυβος και πόσο διαρκεί.

## Επείγον πρόβλημα κατάστασης κτιρίου
question-property-standards-urgent-issue = Ποιο είναι το επείγον πρόβλημα;
    .no-heat = Δεν υπάρχει θέρμανση ή δεν είναι αρκετή
    .no-water = Δεν υπάρχει νερό
    .no-power = Δεν υπάρχει ρεύμα
    .lock = Σπασμένη κλειδαριά σε πόρτα εισόδου
    .structure = Επικίνδυνη κατασκευή, μπαλκόνι ή σκάλες
question-property-standards-urgent-is_tenant = Είστε ενοικιαστής στο κτίριο;
    .yes = Ναι
    .no = Όχι
question-property-standards-urgent-unit_number = Ποιος είναι ο αριθμός του διαμερίσματός σας;

## Καταγγελία για την κατάσταση ακινήτου
question-property-standards-issues = Ποια προβλήματα υπάρχουν;
    .pests = Έντομα και τρωκτικά (ποντίκια, κατσαρίδες, κοριοί)
    .mould = Μούχλα
    .windows-doors = Σπασμένα παράθυρα ή πόρτες
    .leaks = Στέγη ή τοίχοι με διαρροές
    .stairs-railings = Χαλασμένες σκάλες ή κάγκελα
    .exterior = Εξωτερικό σε κακή κατάσταση
    .other = Άλλο
question-property-standards-landlord_notified = Αν είστε ενοικιαστής, έχετε ενημερώσει γραπτώς τον ιδιοκτήτη;
    .yes = Ναι
    .no = Όχι
    .not-tenant = Δεν είμαι ενοικιαστής
question-property-standards-details = Περιγράψτε το πρόβλημα και πόσο καιρό διαρκεί.

## Εγκαταλελειμμένο όχημα σε ιδιωτικό ακίνητο
question-abandoned-vehicle-licence_plate = Ποιος είναι ο αριθμός κυκλοφορίας, αν έχει πινακίδα;
question-abandoned-vehicle-vehicle_description = Περιγράψτε το όχημα (χρώμα, μάρκα, τύπος).
