### Textes de l'interface Civic311 : français.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Aller au contenu principal
language-switcher-label = Langue
loading = Chargement…
footer-emergency = En cas d'urgence, composez le 911. Ce portail sert aux services municipaux non urgents.

home-title = Signaler un problème ou demander un service municipal – { -product-name }
home-heading = Signaler un problème ou demander un service municipal
home-intro = Signalez à la Ville un nid-de-poule, une collecte manquée, des graffitis et plus de 60 autres problèmes non urgents. Vous recevez un numéro de demande de service (DS) pour suivre la suite.
home-groups-heading = De quoi s'agit-il ?
service-group-count =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }
catalogue-unavailable = La liste des services ne peut pas être affichée pour le moment. Veuillez réessayer dans quelques minutes.

not-found-title = Page introuvable – { -product-name }
not-found-heading = Page introuvable
not-found-home-link = Aller à la page d'accueil
