## Clavardage en direct : le panneau de clavardage du résident, les messages laissés, la console des agents et les messages du clavardage.

chat-launcher = Clavarder avec le 311
chat-panel-heading = Clavardage en direct avec le 311
chat-close = Fermer le clavardage
chat-intro = Posez une question ou obtenez de l'aide pour une demande. Un agent vous répond ici dès qu'il est disponible.
chat-name-label = Votre nom (facultatif)
chat-topic-label = De quelle aide avez-vous besoin ?
chat-topic-hint = Par exemple : collecte des ordures manquée dans ma rue
chat-start = Commencer le clavardage
chat-connecting = Connexion en cours…
chat-reconnecting = Connexion perdue. Reconnexion en cours… Vos messages sont conservés.
chat-reconnected = Vous êtes de nouveau connecté.
chat-queue-next = Vous êtes le prochain dans la file d'attente.
chat-queue-position = Vous êtes numéro { $position } dans la file d'attente.
chat-queue-wait =
    { $minutes ->
        [one] Attente estimée : environ { $minutes } minute.
       *[other] Attente estimée : environ { $minutes } minutes.
    }
chat-waiting-note = Vous pouvez écrire votre question pendant que vous attendez. Gardez cette page ouverte : le clavardage ne se ferme pas tout seul.
chat-log-label = Conversation
chat-message-label = Votre message
chat-send = Envoyer
chat-not-sent = Pas encore envoyé. Le message sera envoyé dès que la connexion sera rétablie.
chat-typing-agent = L'agent écrit…
chat-typing-resident = Le résident écrit…
chat-you = Vous
chat-resident = Résident
chat-end = Terminer le clavardage
chat-ended-heading = Le clavardage est terminé
chat-rate-legend = Ce clavardage vous a-t-il été utile ?
chat-rate-stars =
    { $stars ->
        [one] { $stars } étoile
       *[other] { $stars } étoiles
    }
chat-rate-submit = Envoyer l'évaluation
chat-rate-thanks = Merci pour votre évaluation.
chat-transcript-label = M'envoyer la transcription par courriel
chat-transcript-submit = Envoyer la transcription
chat-transcript-sent = La transcription est en route vers votre adresse courriel.
chat-new = Commencer un nouveau clavardage
chat-about-request = Clavarder au sujet de cette demande
chat-linked-request = Au sujet de la demande { $number }

chat-page-title = Clavardage en direct
chat-page-intro = Clavardez en direct avec un agent du 311, ou laissez un message et nous vous répondrons par courriel ou par texto.
chat-offline-heading = Laisser un message
chat-offline-intro = Aucun agent n'est disponible pour clavarder en ce moment. Laissez un message avec votre adresse courriel ou votre numéro de téléphone, et un agent vous répondra.
chat-offline-email = Adresse courriel
chat-offline-phone = Numéro de téléphone, pour une réponse par texto
chat-offline-body = Votre message
chat-offline-submit = Envoyer le message
chat-offline-sent = Merci. Nous avons bien reçu votre message, et un agent vous répondra par courriel ou par texto.
chat-offline-error-body = Entrez votre message
chat-offline-error-body-long = Votre message doit comporter au plus 2000 caractères
chat-offline-error-name-long = Votre nom doit comporter au plus 100 caractères
chat-offline-error-contact = Entrez une adresse courriel ou un numéro de téléphone pour que nous puissions vous répondre
chat-offline-error-email = Entrez une adresse courriel au bon format, par exemple nom@example.com
chat-offline-error-phone = Entrez un numéro de téléphone, par exemple 416 555 0123

## Événements du clavardage, affichés des deux côtés.

chat-event-joined = { $name } s'est joint au clavardage.
chat-event-transferred = Le clavardage a été transféré à { $name }.
chat-event-ended = Le clavardage est terminé.
chat-event-request = La demande de service { $number } a été créée pour vous. Vous pouvez la suivre avec ce numéro.

## Pourquoi un élément envoyé dans le clavardage n'a pas été accepté.

chat-error-bad-frame = Ce message n'a pas pu être lu. Rechargez la page et réessayez.
chat-error-too-long = Votre message est trop long. Il doit comporter au plus 2000 caractères.
chat-error-too-fast = Vous envoyez des messages très rapidement. Attendez un moment, puis envoyez de nouveau.
chat-error-empty = Écrivez un message avant de l'envoyer.
chat-error-topic-missing = Indiquez de quelle aide vous avez besoin.
chat-error-already-started = Ce clavardage a déjà commencé.
chat-error-unknown-chat = Ce clavardage est introuvable. Commencez un nouveau clavardage.
chat-error-no-chat = Commencez d'abord un clavardage.
chat-error-chat-ended = Ce clavardage est terminé. Commencez un nouveau clavardage pour envoyer d'autres messages.
chat-error-bad-rating = Choisissez de 1 à 5 étoiles.
chat-error-not-ended = Vous pourrez évaluer le clavardage une fois qu'il sera terminé.
chat-error-bad-email = Entrez une adresse courriel au bon format, par exemple nom@example.com
chat-error-agents-only = Seuls les agents peuvent faire cela.
chat-error-residents-only = Seuls les résidents peuvent faire cela.
chat-error-not-yours = Ce clavardage ne vous est pas attribué.
chat-error-at-limit = Vous avez atteint le nombre maximal de clavardages ouverts. Terminez-en un d'abord.
chat-error-taken = Un autre agent a pris ce clavardage, ou il est terminé.
chat-error-agent-unavailable = Cet agent n'est plus en ligne. Choisissez-en un autre.
chat-error-unavailable = Le clavardage n'est pas disponible pour le moment. Réessayez dans quelques minutes, ou composez le 311.

## Réponses prédéfinies que les agents envoient, dans la langue du résident.

chat-canned-greeting = Bonjour, merci d'avoir communiqué avec le 311 Toronto. Comment puis-je vous aider aujourd'hui ?
chat-canned-one-moment = Un instant, s'il vous plaît, je vérifie.
chat-canned-more-details = Pourriez-vous m'en dire un peu plus sur le problème ?
chat-canned-location = Où se trouve exactement le problème ? Une adresse ou le carrefour le plus proche nous aide.
chat-canned-request-filed = J'ai créé une demande de service pour vous. Vous pouvez la suivre avec le numéro affiché dans ce clavardage.
chat-canned-goodbye = Merci d'avoir communiqué avec le 311. Puis-je vous aider pour autre chose ?

## La console des agents, à /agent.

agent-page-heading = Console de clavardage
agent-status-connected = Connecté. Vous êtes en ligne pour les clavardages.
agent-status-reconnecting = Connexion perdue. Reconnexion en cours…
agent-queue-heading = Clavardages en attente
agent-queue-empty = Aucun clavardage en attente.
agent-queue-topic = Sujet
agent-queue-language = Langue
agent-queue-waiting = Attente
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
agent-queue-fallback = Pas une de vos langues
agent-accept = Accepter
agent-load = Clavardages ouverts : { $active } sur { $limit }
agent-chats-heading = Vos clavardages
agent-no-chats = Acceptez un clavardage de la file d'attente pour commencer.
agent-chat-with = Clavardage avec { $name }
agent-chat-language = Langue : { $language }
agent-chat-topic = Sujet : { $topic }
agent-canned-label = Réponse prédéfinie
agent-canned-choose = Choisissez une réponse
agent-canned-insert = Utiliser cette réponse
agent-reply-label = Réponse
agent-send = Envoyer
agent-add-note = Ajouter comme note interne
agent-note = Note interne
agent-transfer-label = Transférer à
agent-transfer = Transférer
agent-transfer-none = Aucun autre agent n'est en ligne.
agent-end = Terminer le clavardage
agent-ended = Ce clavardage est terminé.
agent-close = Fermer
agent-request-heading = Créer une demande de service
agent-request-service = Type de service
agent-request-place = Lieu : rue, carrefour ou endroit
agent-request-description = Description
agent-request-submit = Ouvrir le formulaire de signalement
agent-request-hint = Le formulaire de signalement s'ouvre prérempli à partir de ce clavardage. Vérifiez-le et envoyez-le ; le numéro de la demande est affiché dans le clavardage.
agent-cases-heading = Messages laissés quand personne ne pouvait clavarder
agent-cases-empty = Aucun message n'attend de réponse.
agent-case-from = De { $name }, { $contact }
agent-case-reply = Votre réponse
agent-case-send = Envoyer la réponse
agent-case-answered = Votre réponse a été envoyée.
agent-error-reply = Entrez une réponse d'au plus 2000 caractères.
agent-error-answered = Ce message a déjà reçu une réponse.
agent-error-not-yours = Ce clavardage ne vous est plus attribué.
agent-error-service = Choisissez un type de service.
staff-chat-transcripts = Transcriptions des clavardages

## Messages envoyés par courriel ou par texto.

notify-chat-transcript-subject = Votre clavardage avec le 311 Toronto
notify-chat-transcript-email = Voici la transcription de votre clavardage avec le 311 Toronto, comme vous l'avez demandé.
notify-chat-reply-subject = Une réponse à votre message au 311 Toronto
notify-chat-reply-email =
    Vous avez laissé un message au 311 Toronto. Un agent a répondu :

    { $reply }
notify-chat-reply-sms = 311 Toronto : { $reply }
