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
home-report-button = Signaler un problème
service-group-count =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }
catalogue-unavailable = La liste des services ne peut pas être affichée pour le moment. Veuillez réessayer dans quelques minutes.

not-found-title = Page introuvable – { -product-name }
not-found-heading = Page introuvable
not-found-home-link = Aller à la page d'accueil

## Navigation et erreurs de formulaire
site-nav-label = Principal
nav-track = Suivre une demande
nav-report = Signaler un problème
error-title-prefix = Erreur :
error-summary-heading = Il y a un problème

## Retrouver une demande de service
lookup-title = Suivre une demande de service – { -product-name }
lookup-heading = Suivre une demande de service
lookup-label = Numéro de demande de service
lookup-hint = Votre numéro de demande de service (DS) figure sur votre page de confirmation et dans vos courriels. Il ressemble à 2026-000123.
lookup-button = Trouver ma demande
lookup-error-format = Entrez votre numéro de demande de service sous la forme 2026-000123

## Une demande de service
request-title = Demande de service { $number } – { -product-name }
request-heading = Demande de service { $number }
request-status = État
request-service = Service
request-division = Traitée par
request-filed = Reçue le
request-expected = Prévue d'ici le
request-location = Lieu
request-ward = Quartier
request-ward-value = Quartier { $number } : { $name }
request-due-today = Prévue aujourd'hui
request-days-left =
    { $days ->
        [one] Il reste { $days } jour
       *[other] Il reste { $days } jours
    }
request-days-overdue =
    { $days ->
        [one] { $days } jour de retard sur la date prévue
       *[other] { $days } jours de retard sur la date prévue
    }
request-timeline-heading = Ce qui s'est passé jusqu'ici
request-event-photo-alt = Photo des travaux prise par la Ville, numéro { $number }
request-unavailable = Cette demande de service ne peut pas être affichée pour le moment. Veuillez réessayer dans quelques minutes.
request-not-found-title = Demande de service introuvable – { -product-name }
request-not-found-heading = Nous ne trouvons pas cette demande de service
request-not-found-body = Il n'existe aucune demande de service { $number }. Vérifiez le numéro sur votre page de confirmation ou dans votre courriel. Une demande toute récente peut prendre une minute à apparaître.
request-not-found-retry = Chercher un autre numéro

## États, en langage clair
status-received = Reçue
status-assigned = Confiée à la division
status-inspection = Inspection
status-scheduled = Travaux planifiés
status-completed = Terminée
status-closed_referred = Fermée – transférée
status-closed_no_action = Fermée – aucune intervention nécessaire
status-closed_duplicate = Fermée – en double

## Le répertoire des services
nav-services = Services municipaux
services-title = Services municipaux – { -product-name }
services-heading = Services municipaux
services-intro = Trouvez le service qui correspond à votre problème. Cherchez avec vos propres mots ou parcourez les sujets.
services-search-label = Chercher un service
services-search-hint = Par exemple : nid-de-poule, collecte manquée, bruit
services-search-button = Chercher
services-results-heading =
    { $count ->
        [one] { $count } service correspond à « { $query } »
       *[other] { $count } services correspondent à « { $query } »
    }
services-no-results = Aucun service ne correspond à « { $query } ». Essayez d'autres mots ou parcourez les sujets ci-dessous.
services-browse-heading = Parcourir par sujet
service-detail-title = { $name } – { -product-name }
service-topic = Sujet
service-standard = Norme de service
service-sla-hours =
    { $count ->
        [one] Nous visons une réponse en { $count } heure
       *[other] Nous visons une réponse en { $count } heures
    }
service-sla-business-days =
    { $count ->
        [one] Nous visons une réponse en { $count } jour ouvrable
       *[other] Nous visons une réponse en { $count } jours ouvrables
    }
service-sla-calendar-days =
    { $count ->
        [one] Nous visons une réponse en { $count } jour
       *[other] Nous visons une réponse en { $count } jours
    }
service-back = Tous les services municipaux
service-not-found-title = Service introuvable – { -product-name }
service-not-found-heading = Nous ne trouvons pas ce service

## Plaintes concernant une demande
request-complaint-heading = Vous n'êtes pas satisfait du traitement de cette demande ?
request-complaint-overdue = La date prévue est passée et cette demande n'est pas fermée. Vous pouvez déposer une plainte : un superviseur doit y répondre dans un délai de 5 jours ouvrables, sinon elle est transmise à la direction de la division.
request-complaint-closed = Si le problème n'a pas été réglé, ou si vous n'êtes pas d'accord avec la façon dont cette demande a été fermée, vous pouvez déposer une plainte : un superviseur doit y répondre dans un délai de 5 jours ouvrables, sinon elle est transmise à la direction de la division.
request-complaint-details = Quel est le problème ?
request-complaint-details-hint = Par exemple : le nid-de-poule est toujours là alors que la demande a été fermée.
request-complaint-email = Adresse courriel (facultatif)
request-complaint-email-hint = Pour que nous puissions vous communiquer la réponse. Elle n'est jamais rendue publique.
request-complaint-submit = Déposer une plainte
request-complaint-filed = Votre plainte a été déposée. Elle figure dans l'historique ci-dessous.
request-complaint-pending = Une plainte concernant cette demande attend une réponse, prévue d'ici le { $date }.
request-complaint-escalated = La réponse est en retard : la plainte a donc été transmise à la direction de la division.
request-complaint-error-details = Dites-nous quel est le problème
request-complaint-error-too-long = La plainte doit comporter au plus 2000 caractères
status-complaint = Plainte déposée
status-escalated = Plainte transmise à la direction de la division
