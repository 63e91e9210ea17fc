### Les divisions de la Ville qui traitent les demandes de service, telles que les résidents les voient.

division-municipal-licensing-standards = Permis et normes municipaux
division-parks-forestry-recreation = Parcs, foresterie et loisirs
division-solid-waste-management-services = Services de gestion des déchets solides
division-toronto-animal-services = Services animaliers de Toronto
division-toronto-water = Service des eaux de Toronto
division-transportation-services = Services des transports
division-urban-forestry = Foresterie urbaine
