### Οι υπηρεσίες του Δήμου που χειρίζονται τα αιτήματα εξυπηρέτησης, όπως τις βλέπουν οι κάτοικοι.

division-municipal-licensing-standards = Δημοτικές άδειες και πρότυπα
division-parks-forestry-recreation = Πάρκα, δασοκομία και αναψυχή
division-solid-waste-management-services = Υπηρεσίες διαχείρισης στερεών αποβλήτων
division-toronto-animal-services = Υπηρεσίες ζώων του Τορόντο
division-toronto-water = Υπηρεσία ύδρευσης του Τορόντο
division-transportation-services = Υπηρεσίες μεταφορών
division-urban-forestry = Αστική δασοκομία
