### Catalogue des services de Civic311 : noms et descriptions en français des groupes et des
### types de service de server/seed/catalogue.toml. Les identifiants suivent les codes de ce fichier.

## Groupes de services

service-group-roads = Routes et trottoirs
service-group-streetlights-signs = Lampadaires, panneaux et feux de circulation
service-group-snow-ice = Neige et glace
service-group-garbage = Ordures, recyclage et bac vert
service-group-graffiti-dumping = Graffitis et dépôts illégaux
service-group-water = Eau, égouts et drainage
service-group-trees = Arbres
service-group-parks = Parcs et loisirs
service-group-animals = Animaux
service-group-property-noise = Propriétés, bruit et règlements municipaux

## Routes et trottoirs

service-pothole = Nid-de-poule
    .description = Un trou ou une surface abîmée sur une route ou une ruelle de la Ville. Indiquez-nous sa taille approximative et la voie où il se trouve.

service-road-hazard = Danger sur la route
    .description = Un danger immédiat sur la route, comme une chaussée effondrée, un couvercle de trou d'homme manquant ou de gros débris dans une voie de circulation. Si quelqu'un est blessé ou en danger, composez le 911.

service-sidewalk-damaged = Trottoir endommagé
    .description = Un trottoir fissuré, soulevé, affaissé ou brisé qui pourrait faire trébucher quelqu'un ou qui bloque le passage d'un fauteuil roulant ou d'une poussette.

service-curb-damaged = Bordure de trottoir endommagée
    .description = Une bordure brisée, effritée ou manquante le long d'une route de la Ville.

service-street-sweeping = Balayage de rue nécessaire
    .description = Du sable, du gravier, de la boue ou des déchets accumulés le long d'une route ou dans une piste cyclable, qui nécessitent le passage d'une balayeuse.

service-bike-lane-obstruction = Obstruction d'une piste cyclable
    .description = Des débris, des matériaux de construction, des bacs ou des potelets endommagés qui bloquent une piste ou une bande cyclable. Pour un véhicule stationné dans une piste cyclable, appelez le service de contrôle du stationnement de la police de Toronto au 416-808-2222.

service-construction-blocking = Route ou trottoir bloqué par des travaux
    .description = Un chantier ou des travaux de services publics qui bloquent une route ou un trottoir sans détour sécuritaire, ou qui ont laissé les lieux dangereux.

service-guardrail-damaged = Glissière de sécurité ou clôture routière endommagée
    .description = Une glissière de sécurité, une rampe ou une clôture tordue, brisée ou manquante le long d'une route, d'un pont ou d'une bretelle.

service-laneway-repair = Ruelle en mauvais état
    .description = Une ruelle publique dont la surface est abîmée, mal drainée ou creusée d'ornières. Pour un seul trou, choisissez Nid-de-poule.

service-long-term-parking = Véhicule stationné trop longtemps dans une rue résidentielle
    .description = Un véhicule resté au même endroit dans une rue résidentielle plus longtemps que ne le permettent les règles de stationnement.

## Lampadaires, panneaux et feux de circulation

service-streetlight-out = Lampadaire éteint
    .description = Un lampadaire éteint, qui clignote ou qui reste allumé le jour. Les lampadaires sont entretenus en collaboration avec Toronto Hydro; les lampes sur une propriété privée ou dans certains parcs peuvent appartenir à d'autres.

service-streetlight-pole-damaged = Poteau de lampadaire endommagé
    .description = Un poteau de lampadaire penché, renversé, dont le couvercle d'accès manque ou dont les fils sont exposés. Tenez-vous loin des fils tombés et composez le 911 s'ils font des étincelles.

service-sign-damaged = Panneau endommagé ou manquant
    .description = Un panneau de nom de rue, de stationnement, de limite de vitesse ou un autre panneau routier endommagé, décoloré, tourné ou manquant. Pour un panneau d'arrêt ou de cédez le passage renversé, choisissez Panneau d'arrêt ou de cédez le passage renversé.

service-stop-sign-down = Panneau d'arrêt ou de cédez le passage renversé
    .description = Un panneau d'arrêt ou de cédez le passage renversé, manquant ou tourné de sorte que les conducteurs ne peuvent pas le voir. Ce signalement est traité comme un danger sur la route.

service-traffic-signal-malfunction = Feu de circulation défectueux
    .description = Un feu de circulation éteint, bloqué, clignotant ou endommagé. Traitez un feu éteint comme un arrêt toutes directions.

service-pedestrian-signal = Feu pour piétons ou bouton d'appel défectueux
    .description = Un feu pour piétons, un décompte, un signal sonore ou un bouton d'appel de traversée qui ne fonctionne pas.

service-traffic-safety-concern = Préoccupation en matière de sécurité routière
    .description = Demandez l'examen d'un problème de vitesse, de durée des feux, de visibilité ou d'une rue difficile à traverser. Les examens prennent du temps et peuvent mener à de nouveaux panneaux, marquages ou réglages des feux.

service-pavement-markings-faded = Marquage au sol effacé
    .description = Des lignes de voie, des passages pour piétons, des lignes d'arrêt ou des symboles de piste cyclable usés et difficiles à voir.

## Neige et glace

service-snow-sidewalk = Trottoir non déneigé
    .description = Un trottoir déneigé par la Ville est encore couvert de neige ou de glace après une tempête. Le déneigement commence après une certaine accumulation; prévoyez un délai après la fin de la neige.

service-snow-road = Route non déneigée
    .description = Une route qui n'a pas été déneigée après la fin d'une chute de neige. Les artères principales et les trajets d'autobus sont déneigés en premier, puis les rues locales.

service-windrow-not-cleared = Andain de neige non dégagé à l'entrée de cour
    .description = Le bourrelet de neige laissé par la charrue au bout de votre entrée n'a pas été dégagé, dans une rue où la Ville offre le déneigement des andains.

service-icy-road-salting = Route ou trottoir glacé à saler
    .description = Une route, un trottoir, un passage pour piétons ou une passerelle de la Ville qui est glacé et doit être salé ou sablé.

## Ordures, recyclage et bac vert

service-missed-garbage = Collecte des ordures manquée
    .description = Votre bac à ordures était sorti à temps le jour de collecte, mais il n'a pas été vidé. Consultez d'abord votre calendrier de collecte pour les changements liés aux jours fériés.

service-missed-recycling = Collecte du recyclage manquée
    .description = Votre bac bleu était sorti à temps le jour de collecte, mais il n'a pas été vidé.

service-missed-green-bin = Collecte du bac vert manquée
    .description = Votre bac vert pour les restes de table et les matières organiques était sorti à temps le jour de collecte, mais il n'a pas été vidé.

service-missed-yard-waste = Collecte des résidus de jardin manquée
    .description = Vos résidus de jardin, dans des sacs de papier ou un contenant ouvert, ont été sortis le jour de collecte pendant la saison, mais ils n'ont pas été ramassés.

service-bin-damaged = Bac endommagé
    .description = Un bac à ordures, un bac bleu ou un bac vert fourni par la Ville qui est fissuré ou dont le couvercle, une roue ou la poignée est brisé. Il sera réparé ou remplacé.

service-bin-missing = Bac manquant ou volé
    .description = Votre bac fourni par la Ville a disparu, a été volé ou a été emporté par le camion de collecte.

service-bulky-item-pickup = Collecte d'objets encombrants
    .description = Réservez la collecte de meubles, de matelas, d'électroménagers et d'autres gros objets le jour de collecte des ordures.

service-litter-bin-overflowing = Poubelle publique qui déborde
    .description = Une poubelle ou un bac de recyclage public dans la rue qui est plein et qui déborde.

service-litter-bin-damaged = Poubelle publique endommagée
    .description = Une poubelle ou un bac de recyclage public dans la rue qui est brisé, renversé ou manquant.

## Graffitis et dépôts illégaux

service-graffiti-city-property = Graffiti sur une propriété de la Ville
    .description = Un graffiti sur un bâtiment, un mur, un pont ou une autre structure appartenant à la Ville. Pour un graffiti haineux ou lié aux gangs, choisissez Graffiti haineux ou lié aux gangs.

service-graffiti-road-assets = Graffiti sur des panneaux, des poteaux ou des boîtiers de signalisation
    .description = Un graffiti sur des panneaux routiers, des boîtiers de feux de circulation, des poteaux de lampadaire, des murs de soutènement ou d'autres biens routiers. Les poteaux et les boîtiers de services publics peuvent appartenir à Bell, à Rogers ou à Toronto Hydro.

service-graffiti-private-property = Graffiti sur une propriété privée
    .description = Un graffiti visible de la rue sur une maison, un commerce, une clôture ou une autre propriété privée. Le propriétaire doit l'enlever et peut recevoir un avis.

service-graffiti-park = Graffiti dans un parc
    .description = Un graffiti sur un bâtiment, des toilettes, une aire de jeux, un banc ou une autre structure dans un parc.

service-graffiti-hate = Graffiti haineux ou lié aux gangs
    .description = Un graffiti au contenu haineux, raciste ou lié aux gangs. Signalez-le d'abord à la police de Toronto au 416-808-2222 (ligne non urgente), puis ici pour qu'il soit enlevé rapidement.

service-illegal-dumping = Dépôt illégal de déchets
    .description = Des ordures, des meubles, des pneus, des déchets de construction ou d'autres objets abandonnés sur une route, une ruelle, un trottoir ou une autre propriété de la Ville.

service-illegal-posters = Affiches ou enseignes illégales sur des poteaux
    .description = Des affiches, des dépliants ou des enseignes fixés à des poteaux, à des arbres ou à d'autres structures dans la rue. Les poteaux de services publics peuvent appartenir à Bell, à Rogers ou à Toronto Hydro.

service-abandoned-shopping-cart = Chariot d'épicerie abandonné
    .description = Un chariot d'épicerie laissé dans une rue, sur un trottoir, dans un parc ou dans un ravin.

service-abandoned-bike = Vélo abandonné
    .description = Un vélo attaché depuis longtemps à un poteau ou à un support à vélos de la Ville, auquel il manque des pièces ou qui est inutilisable. Il est étiqueté avant d'être enlevé.

## Eau, égouts et drainage

service-water-main-break = Bris de conduite d'eau principale
    .description = De l'eau qui remonte à la surface de la chaussée, du trottoir ou du sol, ce qui peut indiquer un bris de conduite d'eau principale.

service-no-water = Aucune eau au robinet
    .description = Aucune eau ne sort des robinets de votre logement ou de votre immeuble.

service-low-water-pressure = Faible pression d'eau
    .description = La pression de l'eau à vos robinets est beaucoup plus faible que d'habitude.

service-sewer-backup = Refoulement d'égout ou sous-sol inondé
    .description = Des eaux usées ou de l'eau qui refoulent par un drain de plancher ou une toilette, ou un sous-sol inondé par l'égout.

service-catch-basin-blocked = Puisard bouché
    .description = Un drain de rue ou un puisard obstrué par des feuilles ou des débris, ou de l'eau qui s'accumule sur la route parce qu'elle ne peut pas s'écouler.

service-fire-hydrant-damaged = Borne d'incendie endommagée ou qui fuit
    .description = Une borne d'incendie qui a été heurtée, qui fuit, dont un bouchon manque ou qui est obstruée.

service-water-quality = Eau décolorée ou au goût inhabituel
    .description = De l'eau du robinet brune, trouble ou qui a un goût ou une odeur inhabituels.

service-water-leak = Fuite d'eau en bordure de propriété
    .description = De l'eau qui fuit d'une boîte de service d'eau ou d'une vanne en bordure de propriété, du côté de la Ville.

service-sewer-odour = Odeur d'égout
    .description = Une forte odeur d'eaux usées provenant d'un trou d'homme, d'un puisard ou d'un drain de rue.

## Arbres

service-tree-emergency = Arbre tombé ou endommagé (urgence)
    .description = Un arbre de la Ville ou une grosse branche tombés ou sur le point de tomber, qui bloquent une route ou un trottoir ou menacent des personnes ou des biens. Tenez-vous loin des fils; Toronto Hydro s'occupe des arbres qui touchent des lignes électriques.

service-tree-pruning = Élagage d'arbre (non urgent)
    .description = Demandez l'élagage d'un arbre de la Ville situé dans l'emprise routière, par exemple des branches qui pendent bas au-dessus d'un trottoir, cachent un panneau ou touchent une maison.

service-tree-planting = Demande de plantation d'arbre
    .description = Demandez qu'un arbre soit planté gratuitement dans l'emprise routière appartenant à la Ville devant votre domicile.

service-tree-inspection = Arbre de la Ville mort ou mourant
    .description = Demandez l'inspection d'un arbre de la Ville qui semble mort, mourant, creux ou instable, mais qui ne présente pas de danger immédiat.

service-stump-removal = Enlèvement d'une souche
    .description = Une souche laissée après l'abattage d'un arbre de la Ville dans l'emprise routière.

service-tree-pest = Ravageur ou maladie des arbres
    .description = Des signes d'insectes ou de maladie sur un arbre de la Ville, comme des chenilles de la spongieuse, des dommages causés par l'agrile du frêne ou une perte de feuilles inhabituelle.

## Parcs et loisirs

service-park-washroom = Problème de toilettes dans un parc
    .description = Des toilettes de parc sales, à court de fournitures, verrouillées pendant les heures affichées ou dont un appareil est brisé.

service-playground-damaged = Équipement d'aire de jeux endommagé
    .description = De l'équipement brisé, desserré ou dangereux dans une aire de jeux de la Ville, comme une balançoire, une glissade ou un module d'escalade.

service-park-encampment = Campement dans un parc
    .description = Des tentes ou des abris dans un parc. Des intervenants de proximité s'y rendront pour offrir un hébergement et du soutien. Si une personne a besoin de soins médicaux ou est en danger, composez le 911.

service-park-litter = Déchets ou poubelles pleines dans un parc
    .description = Des déchets éparpillés dans un parc, ou des poubelles de parc pleines.

service-park-grass-overgrown = Herbe trop haute dans un parc
    .description = De l'herbe ou des mauvaises herbes dans un parc, un mini-parc ou un jardin de terre-plein qui doivent être coupées.

service-park-lights-out = Éclairage de parc éteint
    .description = Un lampadaire de sentier, de terrain sportif ou de stationnement dans un parc qui est éteint ou qui clignote.

service-drinking-fountain = Fontaine à boire ou jeux d'eau défectueux
    .description = Une fontaine à boire, une station de remplissage de bouteilles ou des jeux d'eau dans un parc qui ne fonctionnent pas ou qui fuient.

service-park-amenity-damaged = Banc, table ou clôture de parc endommagé
    .description = Un banc, une table de pique-nique, une clôture, une barrière, un panneau ou un autre aménagement brisé dans un parc.

## Animaux

service-dead-animal-road = Animal mort sur la route ou le trottoir
    .description = Un animal mort sur une route, un trottoir, une ruelle ou un autre lieu public. Il sera ramassé.

service-injured-wildlife = Animal sauvage blessé ou malade
    .description = Un animal sauvage, comme un raton laveur, un renard ou un oiseau, qui est blessé, malade ou pris au piège. N'essayez pas de le manipuler.

service-stray-dog = Chien errant
    .description = Un chien qui se promène dans la rue sans propriétaire à proximité. Si le chien est agressif, gardez vos distances.

service-dog-bite = Morsure ou attaque de chien
    .description = Un chien qui a mordu ou attaqué une personne ou un autre animal. Si quelqu'un est gravement blessé, composez le 911.

service-dog-off-leash = Chien sans laisse
    .description = Des chiens sans laisse en dehors d'une aire d'exercice désignée, dans un parc ou dans la rue.

service-animal-bylaw = Plainte liée aux règlements sur les animaux
    .description = Trop d'animaux de compagnie à une même adresse, des personnes qui nourrissent les animaux sauvages ou les pigeons, ou des excréments d'animaux laissés sur une propriété.

## Propriétés, bruit et règlements municipaux

service-noise = Plainte pour bruit
    .description = De la musique forte, des travaux de construction en dehors des heures permises, des aboiements ou le bruit d'équipements provenant d'une propriété ou d'un commerce.

service-property-standards-urgent = Problème urgent de normes foncières
    .description = Un grave problème dans un logement locatif ou un autre immeuble qui touche la santé ou la sécurité, comme l'absence de chauffage en hiver, l'absence d'eau, une serrure de porte d'entrée brisée ou une structure dangereuse.

service-property-standards = Plainte relative aux normes foncières
    .description = Un bâtiment ou une cour mal entretenus, par exemple des parasites, de la moisissure, des fenêtres brisées, un toit qui fuit ou des escaliers et des rampes endommagés, sans danger immédiat.

service-long-grass-weeds = Herbe haute ou mauvaises herbes sur une propriété privée
    .description = De l'herbe ou des mauvaises herbes sur une propriété privée qui sont plus hautes que ne le permet le règlement.

service-waste-private-property = Ordures ou débris sur une propriété privée
    .description = Des ordures, des rebuts ou des débris accumulés dans une cour, sur un porche ou dans une entrée privée.

service-abandoned-vehicle = Véhicule abandonné sur une propriété privée
    .description = Un véhicule accidenté, démonté ou sans plaque d'immatriculation valide laissé sur une propriété privée.

service-short-term-rental = Plainte concernant une location à court terme
    .description = Un logement loué pour de courts séjours qui n'est peut-être pas inscrit, qui n'est pas la résidence principale de l'hôte ou qui cause sans cesse des problèmes aux voisins.
