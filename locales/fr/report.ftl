### Signaler un problème : les pages /report, leurs erreurs, la carte et les photos.

report-page-title = { $heading } – { -product-name }
report-caption = Signaler un problème
report-unavailable = Le formulaire de signalement ne peut pas être affiché pour le moment. Veuillez réessayer dans quelques minutes.
report-continue = Continuer
report-optional = { $label } (facultatif)

## Choix du service
report-choose-heading = Que voulez-vous signaler ?
report-choose-intro = Cherchez avec vos propres mots ou choisissez parmi les sujets ci-dessous.
report-start-button = Commencer
report-choose-other = Signaler autre chose
report-not-found-heading = Nous ne trouvons pas ce signalement
report-not-found-body = Le lien est peut-être incomplet ou mal saisi.
report-start-again = Commencer un nouveau signalement

## À qui appartient l'objet, et graffitis haineux
report-owner-question = À qui appartient l'objet qui pose problème ?
report-owner-hint = Cherchez un logo ou une étiquette sur l'objet. La Ville ne peut réparer que ce qui lui appartient.
report-owner-city = La Ville de Toronto, par exemple un mur, un pont, un panneau ou une poubelle de la Ville
report-owner-unknown = Je ne sais pas
report-owner-bell = Bell Canada : cabines téléphoniques, poteaux et armoires Bell
report-owner-rogers = Rogers : boîtiers et armoires de câblodistribution
report-owner-toronto-hydro = Toronto Hydro : poteaux électriques, transformateurs et boîtiers électriques
report-owner-canada-post = Postes Canada (Canada Post) : boîtes aux lettres et casiers à colis
report-owner-ttc = TTC : abribus, stations et véhicules de transport en commun
report-error-owner = Indiquez à qui appartient l'objet, ou choisissez « Je ne sais pas »
report-referral-heading = Cette réparation ne relève pas de la Ville
report-referral-intro = La Ville ne peut réparer ou nettoyer que ce qui lui appartient ; aucune demande de service n'a donc été créée. Veuillez signaler le problème au propriétaire.
report-referral-bell = Bell Canada : composez le 1-866-310-2355.
report-referral-rogers = Rogers : composez le 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro : composez le 416-542-8000. Si des fils sont tombés ou produisent des étincelles, restez à 10 mètres de distance et composez le 911.
report-referral-canada-post = Postes Canada : composez le 1-866-607-6301.
report-referral-ttc = TTC : appelez le Service à la clientèle au 416-393-3030.
report-hate-heading = Graffitis haineux
report-hate-police = Si le graffiti vise des personnes en raison de leur race, de leur religion, de leur origine ethnique, de leur orientation sexuelle, de leur genre ou d'un handicap, signalez-le d'abord au Service de police de Toronto (Toronto Police) : composez le 416-808-2222, la ligne non urgente, ou le 911 si quelqu'un est en danger. La police le consigne comme un possible crime haineux avant qu'il soit effacé.
report-hate-then = Signalez-le ensuite ici, pour que la Ville puisse l'effacer rapidement.

## Lieu
report-location-heading = Où se trouve le problème ?
report-location-current = Lieu choisi
report-location-address = { $address }, quartier { $ward }
report-location-pin = Repère à { $lat }, { $long }, quartier { $ward }
report-map-heading = Placer un repère sur la carte
report-map-hint = Cliquez ou touchez la carte à l'endroit du problème, puis faites glisser le repère pour l'ajuster. Au clavier, déplacez la carte avec les touches fléchées, puis choisissez « Placer le repère au centre de la carte ».
report-map-label = Carte
report-map-pin = Emplacement du problème
report-map-pin-at = Repère placé à { $lat }, { $long }
report-map-no-pin = Aucun repère placé pour l'instant
report-map-locate = Utiliser ma position
report-map-locate-failed = Votre position n'a pas pu être trouvée. Placez le repère sur la carte ou saisissez une adresse.
report-map-centre = Placer le repère au centre de la carte
report-map-use = Utiliser l'emplacement de ce repère
report-address-heading = Ou saisissez une adresse ou un carrefour
report-place-label = Rue, carrefour ou lieu
report-place-hint = Par exemple : Queen St W & Spadina Ave, ou Nathan Phillips Square
report-place-find = Rechercher
report-place-none = Rien ne correspond à « { $query } ». Vérifiez l'orthographe ou essayez le carrefour le plus proche.
report-place-choose = Choisissez le résultat le plus proche
report-place-use = Utiliser ce lieu
report-place-kind-street = Rue
report-place-kind-intersection = Carrefour
report-place-kind-place = Lieu
report-error-outside-city = Ce lieu se trouve hors du territoire de la Ville de Toronto. Choisissez un endroit situé dans la ville.
report-error-pin-missing = Placez un repère sur la carte ou saisissez une adresse ci-dessous
report-error-place-choose = Choisissez l'un des résultats ou lancez une nouvelle recherche
report-error-location-missing = Saisissez une rue, un carrefour ou un lieu, ou placez un repère sur la carte

## Détails et coordonnées
report-details-heading = Décrivez-nous le problème
report-field-description = Décrivez le problème
report-description-hint = Ce que vous voyez, et tout ce qui peut aider les équipes à le trouver. Veuillez ne pas inclure de renseignements personnels.
report-contact-heading = Vos coordonnées (facultatif)
report-contact-hint = Nous les utilisons uniquement pour communiquer avec vous au sujet de ce signalement. Elles ne sont jamais rendues publiques. Laissez ces champs vides pour faire un signalement anonyme.
report-field-first-name = Prénom
report-field-last-name = Nom de famille
report-field-email = Adresse courriel
report-field-phone = Numéro de téléphone
report-error-missing = Répondez à la question « { $field } »
report-error-number = La réponse à « { $field } » doit être un nombre, comme 3 ou 2.5
report-error-too-long = La réponse à « { $field } » doit comporter au plus { $max } caractères
report-error-choice = Choisissez l'une des réponses proposées pour « { $field } »
report-error-datetime = Entrez une date et une heure valides pour « { $field } »
report-error-email = Entrez une adresse courriel au bon format, par exemple nom@example.com
report-error-phone = Entrez un numéro de téléphone de 7 à 15 chiffres, par exemple 416-392-2489

## Photos
report-photos-heading = Photographies
report-photos-required = Ce type de problème exige au moins une photo. Elle aide les équipes à le trouver et à le régler.
report-photos-optional = Les photos sont facultatives, mais elles aident les équipes à trouver et à régler le problème.
report-photos-limits = Vous pouvez ajouter jusqu'à { $count } photos au format JPEG, PNG ou WebP, de { $megabytes } Mo au maximum chacune. Nous retirons la position et les données de l'appareil photo de la copie que nous conservons.
report-photo-label = Choisissez une photo
report-photo-upload = Téléverser la photo
report-photo-uploading = Téléversement de la photo
report-photo-alt = Photographie { $number }
report-photo-remove = Supprimer la photo { $number }
report-photo-has-location = La photo { $number } indique l'endroit où elle a été prise.
report-photo-use-location = Utiliser l'emplacement de la photo { $number }
report-photos-count =
    { $count ->
        [0] Aucune photo
        [one] { $count } photo
       *[other] { $count } photos
    }
report-error-photo-missing = Choisissez une photo à téléverser
report-error-photo-too-large = La photo doit faire moins de { $megabytes } Mo
report-error-photo-type = Le fichier doit être une photo au format JPEG, PNG ou WebP
report-error-photo-dimensions = La photo comporte trop de pixels. Choisissez une photo plus petite.
report-error-photo-damaged = La photo est endommagée et ne peut pas être lue. Choisissez une autre photo.
report-error-photo-limit = Vous pouvez ajouter jusqu'à { $count } photos. Supprimez-en une pour en ajouter une autre.
report-error-photo-required = Ajoutez au moins une photo
report-error-photo-outside = L'endroit où cette photo a été prise se trouve hors du territoire de la Ville de Toronto

## Vérification, signalements à proximité et envoi
report-check-heading = Vérifiez vos réponses avant d'envoyer votre signalement
report-check-answers = Vos réponses
report-change = Modifier
report-anonymous = Non fournies : ce signalement est anonyme
report-submit-note = En envoyant ce signalement, vous confirmez que les renseignements sont exacts à votre connaissance.
report-submit = Envoyer le signalement
report-nearby-heading = Ce problème a-t-il déjà été signalé ?
report-nearby-intro = Ces demandes ouvertes pour le même problème se trouvent à moins de 250 mètres. Si l'une d'elles est la vôtre, suivez-la au lieu d'envoyer un nouveau signalement.
report-nearby-distance = À environ { $metres } m
report-nearby-reporters =
    { $count ->
        [one] { $count } personne l'a signalé
       *[other] { $count } personnes l'ont signalé
    }
report-me-too = Moi aussi : suivre { $number }
report-error-follow = Cette demande ne peut plus être suivie. Envoyez plutôt votre propre signalement.
report-sent-heading = Signalement envoyé
report-sent-number = Votre numéro de demande de service est
report-sent-next = Conservez ce numéro. Il vous permettra de voir la suite.
report-sent-track = Suivre cette demande
report-another = Signaler un autre problème
report-following-heading = Vous suivez la demande { $number }
report-following-body = Votre signalement a été joint à cette demande au lieu d'en créer une nouvelle. Sa page d'état indique la suite.
