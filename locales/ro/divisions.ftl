### Diviziile Primăriei care se ocupă de solicitările de servicii, așa cum le văd locuitorii.

division-municipal-licensing-standards = Licențe și standarde municipale
division-parks-forestry-recreation = Parcuri, silvicultură și recreere
division-solid-waste-management-services = Servicii de gestionare a deșeurilor solide
division-toronto-animal-services = Serviciile pentru animale din Toronto
division-toronto-water = Serviciul de apă din Toronto
division-transportation-services = Servicii de transport
division-urban-forestry = Silvicultură urbană
