### Questions du catalogue : les questions supplémentaires (attributs Open311) de chaque type de service, et
### les réponses proposées pour les questions à choix, sous forme d'attributs nommés d'après leurs clés.

## Nid-de-poule
question-pothole-size = Quelle est la taille approximative du nid-de-poule ?
    .small = Plus petit qu'une assiette
    .medium = À peu près la taille d'un pneu de voiture
    .large = Plus grand qu'un pneu de voiture
question-pothole-lane = Dans quelle partie de la route se trouve-t-il ?
    .curb-lane = Voie de droite, près de la bordure
    .centre-lane = Voie du centre ou de dépassement
    .turn-lane = Voie de virage
    .bike-lane = Piste cyclable
    .laneway = Ruelle

## Danger sur la route
question-road-hazard-hazard_type = Quel est le danger ?
    .road-collapse = Chaussée effondrée ou affaissement du sol
    .missing-cover = Couvercle de trou d'homme ou grille manquant ou brisé
    .debris = Gros débris dans une voie
    .spill = Déversement ou substance glissante
    .other = Autre chose

## Trottoir endommagé
question-sidewalk-damaged-damage = Quel est le problème avec le trottoir ?
    .cracked = Fissuré
    .lifted = Dalles soulevées ou inégales
    .sunken = Affaissé ou creux
    .missing = Morceaux manquants
    .curb-ramp = Bateau de trottoir (rampe d'accès) endommagé
question-sidewalk-damaged-trip_height = Quelle est la hauteur approximative du rebord inégal, en centimètres ?

## Obstruction d'une piste cyclable
question-bike-lane-obstruction-obstruction = Qu'est-ce qui bloque la piste cyclable ?
    .debris = Débris ou déchets
    .construction = Matériaux ou équipement de construction
    .bins = Bacs à ordures ou de recyclage
    .bollard = Potelet endommagé ou tombé
    .other = Autre chose

## Véhicule stationné trop longtemps dans une rue résidentielle
question-long-term-parking-licence_plate = Quel est le numéro de plaque d'immatriculation, si vous pouvez le voir ?
question-long-term-parking-vehicle_description = Décrivez le véhicule (couleur, marque, type).
question-long-term-parking-days_parked = Depuis combien de jours environ est-il stationné à cet endroit ?

## Lampadaire éteint
question-streetlight-out-light_problem = Quel est le problème avec le lampadaire ?
    .out = Il est éteint
    .flickering = Il clignote ou s'allume et s'éteint sans cesse
    .day-burning = Il est allumé pendant la journée
    .several-out = Plusieurs lampadaires éteints à la suite
question-streetlight-out-pole_number = Si le poteau porte une étiquette numérotée, qu'y est-il inscrit ?

## Panneau endommagé ou manquant
question-sign-damaged-sign_type = De quel type de panneau s'agit-il ?
    .street-name = Nom de rue
    .parking = Stationnement
    .speed-limit = Limite de vitesse
    .warning = Panneau d'avertissement (virage, zone scolaire, etc.)
    .other = Autre
question-sign-damaged-sign_condition = Quel est le problème ?
    .bent = Tordu ou renversé
    .faded = Décoloré ou difficile à lire
    .turned = Tourné dans le mauvais sens
    .blocked = Caché par des branches
    .missing = Manquant

## Feu de circulation défectueux
question-traffic-signal-malfunction-signal_problem = Que fait le feu de circulation ?
    .dark = Il est complètement éteint
    .flashing = Il clignote en rouge ou en jaune
    .stuck = Il reste bloqué sur une couleur
    .damaged = Il est renversé ou endommagé
    .turned = Il est tourné dans le mauvais sens
question-traffic-signal-malfunction-direction = Quelle direction de circulation est touchée (par exemple, en direction nord) ?

## Préoccupation en matière de sécurité routière
question-traffic-safety-concern-concern = Quelles sont vos préoccupations ?
    .speeding = Excès de vitesse
    .signal-timing = Durée des feux
    .visibility = Mauvaise visibilité
    .crossing = Rue difficile à traverser
    .cut-through = Circulation de transit qui emprunte la rue comme raccourci
question-traffic-safety-concern-details = Donnez-nous plus de détails : quand cela se produit-il, et qui est touché ?

## Trottoir non déneigé
question-snow-sidewalk-condition = Dans quel état est le trottoir ?
    .snow = Couvert de neige
    .ice = Glacé
    .snowbank = Bloqué par un banc de neige laissé par le déneigement de la route

## Collecte des ordures manquée
question-missed-garbage-collection_day = Quel était votre jour de collecte prévu ?
question-missed-garbage-set_out = Le bac était-il en bordure de rue avant 7 h ?
    .yes = Oui
    .no = Non

## Collecte du recyclage manquée
question-missed-recycling-collection_day = Quel était votre jour de collecte prévu ?
question-missed-recycling-set_out = Le bac était-il en bordure de rue avant 7 h ?
    .yes = Oui
    .no = Non

## Collecte du bac vert manquée
question-missed-green-bin-collection_day = Quel était votre jour de collecte prévu ?
question-missed-green-bin-set_out = Le bac était-il en bordure de rue avant 7 h ?
    .yes = Oui
    .no = Non

## Bac endommagé
question-bin-damaged-bin_type = Quel bac est endommagé ?
    .garbage = Bac à ordures
    .recycling = Bac bleu (recyclage)
    .green-bin = Bac vert (matières organiques)
question-bin-damaged-damage = Qu'est-ce qui est endommagé ?
    .lid = Couvercle
    .wheels = Roue ou essieu
    .handle = Poignée
    .body = Corps du bac fissuré
    .latch = Loquet résistant aux animaux
question-bin-damaged-bin_serial = Quel est le numéro de série imprimé sur le bac, si vous pouvez le lire ?

## Collecte d'objets encombrants
question-bulky-item-pickup-item_types = Qu'allez-vous sortir ?
    .furniture = Meubles
    .mattress = Matelas ou sommier
    .appliance = Cuisinière, laveuse, sécheuse ou lave-vaisselle
    .refrigerant = Réfrigérateur, congélateur ou climatiseur
    .carpet = Tapis ou moquette
    .other = Autre gros objet
question-bulky-item-pickup-item_count = Combien d'objets allez-vous sortir ?

## Graffiti sur une propriété de la Ville
question-graffiti-city-property-surface = Quelles surfaces sont couvertes ?
    .wall = Mur ou bâtiment
    .bridge = Pont ou passage inférieur
    .fence = Clôture
    .sign-pole = Panneau ou poteau
    .box = Boîtier de services publics ou de signalisation
    .other = Autre

## Graffiti sur des panneaux, des poteaux ou des boîtiers de signalisation
question-graffiti-road-assets-asset_type = Sur quoi se trouve le graffiti ?
    .sign = Panneau routier
    .signal-box = Boîtier de feux de circulation
    .pole = Poteau
    .retaining-wall = Mur de soutènement ou mur antibruit
    .bridge = Pont ou passage inférieur
    .other = Autre chose

## Graffiti sur une propriété privée
question-graffiti-private-property-surface = Quelles surfaces sont couvertes ?
    .wall = Mur
    .fence = Clôture
    .garage-door = Porte de garage
    .window = Fenêtre ou porte
    .other = Autre
question-graffiti-private-property-is_owner = Êtes-vous propriétaire des lieux ?
    .yes = Oui
    .no = Non

## Graffiti haineux ou lié aux gangs
question-graffiti-hate-police_reported = L'avez-vous signalé à la police de Toronto ?
    .yes = Oui
    .no = Non
question-graffiti-hate-police_reference = Quel est le numéro du rapport de police, si vous en avez un ?

## Dépôt illégal de déchets
question-illegal-dumping-item_types = Qu'est-ce qui a été déposé ?
    .household = Sacs d'ordures ménagères
    .furniture = Meubles
    .mattress = Matelas
    .tires = Pneus
    .construction = Déchets de construction ou de rénovation
    .electronics = Appareils électroniques
    .hazardous = Peinture, produits chimiques ou autres déchets dangereux
    .other = Autre
question-illegal-dumping-noticed_at = Quand avez-vous remarqué le dépôt, ou vu quelqu'un déposer les objets ?
question-illegal-dumping-witness = Si vous avez vu qui a déposé les objets, décrivez la personne ou le véhicule. N'approchez pas de ces personnes.

## Vélo abandonné
question-abandoned-bike-bike_condition = Dans quel état est-il ?
    .missing-wheel = Il manque une roue
    .missing-parts = Il manque la selle ou le guidon
    .flat-tires = Pneus à plat
    .rusted = Chaîne ou pièces rouillées
    .bent-frame = Cadre tordu ou endommagé

## Bris de conduite d'eau principale
question-water-main-break-water_flow = Quelle quantité d'eau s'écoule ?
    .trickle = Un filet d'eau ou une zone humide
    .steady = Un écoulement constant
    .gushing = L'eau jaillit ou inonde la route

## Aucune eau au robinet
question-no-water-neighbours_affected = Vos voisins sont-ils aussi privés d'eau ?
    .yes = Oui
    .no = Non
    .unknown = Je ne sais pas
question-no-water-started_at = Quand l'eau a-t-elle cessé de couler ?

## Refoulement d'égout ou sous-sol inondé
question-sewer-backup-water_depth = Quelle est la profondeur approximative de l'eau, en centimètres ?
question-sewer-backup-backwater_valve = La propriété est-elle munie d'un clapet antiretour ?
    .yes = Oui
    .no = Non
    .unknown = Je ne sais pas

## Puisard bouché
question-catch-basin-blocked-ponding = L'eau s'accumule-t-elle ?
    .none = Non, pas en ce moment
    .road = Elle s'accumule sur la route
    .sidewalk = Elle s'accumule jusque sur le trottoir ou une propriété

## Borne d'incendie endommagée ou qui fuit
question-fire-hydrant-damaged-hydrant_problem = Quel est le problème avec la borne d'incendie ?
    .knocked-over = Renversée ou heurtée
    .leaking = Elle fuit
    .missing-cap = Bouchon manquant
    .blocked = Obstruée ou cachée
    .paint = Graffiti ou peinture

## Eau décolorée ou au goût inhabituel
question-water-quality-water_issue = Que remarquez-vous ?
    .brown = Eau brune ou jaune
    .cloudy = Eau trouble ou laiteuse
    .taste = Goût inhabituel
    .smell = Odeur inhabituelle
    .particles = Particules ou sédiments

## Arbre tombé ou endommagé (urgence)
question-tree-emergency-blocking = Qu'est-ce qui est touché ?
    .road = Route
    .sidewalk = Trottoir
    .driveway = Entrée de cour
    .building = Maison ou bâtiment
    .vehicle = Véhicule
    .wires = Fils
    .nothing = Rien pour l'instant, mais il pourrait tomber

## Élagage d'arbre (non urgent)
question-tree-pruning-reason = Pourquoi l'arbre doit-il être élagué ?
    .low-branches = Branches basses au-dessus d'un trottoir ou d'une route
    .blocking = Il cache un panneau ou un lampadaire
    .touching-building = Il touche une maison ou un bâtiment
    .dead-branches = Branches mortes

## Problème de toilettes dans un parc
question-park-washroom-issue = Quel est le problème ?
    .dirty = Toilettes sales
    .supplies = Pas de savon, d'essuie-mains en papier ou de papier hygiénique
    .locked = Verrouillées pendant les heures d'ouverture
    .broken = Toilette, lavabo ou porte brisé
    .leak = Fuite ou inondation

## Équipement d'aire de jeux endommagé
question-playground-damaged-equipment = De quel équipement s'agit-il ?
    .swing = Balançoire
    .slide = Glissade
    .climber = Module d'escalade ou structure de jeu
    .surface = Revêtement du sol (sable, paillis ou caoutchouc)
    .other = Autre
question-playground-damaged-unsafe = Quelqu'un pourrait-il se blesser en l'utilisant maintenant ?
    .yes = Oui
    .no = Non
    .unsure = Je ne sais pas trop

## Campement dans un parc
question-park-encampment-tent_count = Combien de tentes ou d'abris y a-t-il environ ?
question-park-encampment-details = Y a-t-il quelque chose que les intervenants de proximité devraient savoir, comme un feu ou un autre problème de sécurité ?

## Animal mort sur la route ou le trottoir
question-dead-animal-road-animal_type = De quel type d'animal s'agit-il (par exemple, raton laveur, écureuil ou chat) ?
question-dead-animal-road-animal_size = Quelle est sa taille ?
    .small = Petit (écureuil, oiseau)
    .medium = Moyen (raton laveur, chat)
    .large = Grand (cerf, coyote, chien)

## Animal sauvage blessé ou malade
question-injured-wildlife-animal_type = De quel type d'animal s'agit-il ?
question-injured-wildlife-condition = Que se passe-t-il avec l'animal ?
    .injured = Il est blessé
    .sick = Il est malade ou se comporte de façon étrange
    .trapped = Il est pris au piège ou empêtré
    .orphaned = C'est un jeune animal qui semble seul

## Chien errant
question-stray-dog-dog_contained = Le chien est-il retenu, par exemple dans une cour ou en laisse ?
    .yes = Oui
    .no = Non

## Morsure ou attaque de chien
question-dog-bite-incident_time = Quand cela s'est-il produit ?
question-dog-bite-victim = Qui a été mordu ou attaqué ?
    .person = Une personne
    .dog = Un autre chien
    .other-animal = Un autre animal

## Chien sans laisse
question-dog-off-leash-usual_time = Quand cela se produit-il habituellement (par exemple, les matins de semaine) ?

## Plainte pour bruit
question-noise-noise_source = Qu'est-ce qui produit le bruit ?
    .amplified-sound = Musique ou son amplifié
    .construction = Travaux de construction
    .barking = Chien qui aboie
    .equipment = Climatiseur, ventilateur ou autre équipement
    .vehicle = Véhicules qui tournent au ralenti ou qui font vrombir leur moteur
    .other = Autre
question-noise-ongoing = Le bruit se produit-il en ce moment ?
    .now = Oui, en ce moment
    .recurring = Il se produit régulièrement
    .past = Il a cessé
question-noise-noise_times = Décrivez quand le bruit se produit et combien de temps il dure.

## Problème urgent de normes foncières
question-property-standards-urgent-issue = Quel est le problème urgent ?
    .no-heat = Pas de chauffage ou chauffage insuffisant
    .no-water = Pas d'eau
    .no-power = Pas d'électricité
    .lock = Serrure de porte d'entrée brisée
    .structure = Structure, balcon ou escalier dangereux
question-property-standards-urgent-is_tenant = Êtes-vous locataire dans l'immeuble ?
    .yes = Oui
    .no = Non
question-property-standards-urgent-unit_number = Quel est votre numéro de logement ?

## Plainte relative aux normes foncières
question-property-standards-issues = Quels sont les problèmes ?
    .pests = Parasites (souris, coquerelles, punaises de lit)
    .mould = Moisissure
    .windows-doors = Fenêtres ou portes brisées
    .leaks = Toit ou murs qui fuient
    .stairs-railings = Escaliers ou rampes endommagés
    .exterior = Extérieur en mauvais état
    .other = Autre
question-property-standards-landlord_notified = Si vous êtes locataire, avez-vous informé votre propriétaire par écrit ?
    .yes = Oui
    .no = Non
    .not-tenant = Je ne suis pas locataire
question-property-standards-details = Décrivez le problème et depuis combien de temps il dure.

## Véhicule abandonné sur une propriété privée
question-abandoned-vehicle-licence_plate = Quel est le numéro de plaque d'immatriculation, s'il en a une ?
question-abandoned-vehicle-vehicle_description = Décrivez le véhicule (couleur, marque, type).
