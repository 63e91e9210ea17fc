### La console du personnel : connexion, file d'attente, changement d'état d'une demande, journal d'audit.

staff-page-title = { $heading } – { -product-name }, espace du personnel
staff-unavailable = La console du personnel ne peut pas être affichée pour le moment. Veuillez réessayer dans quelques minutes.
staff-forbidden-heading = Vous ne pouvez pas ouvrir cette page
staff-forbidden-body = Votre compte n'a pas accès à cette partie de la console du personnel. Adressez-vous à un administrateur si vous en avez besoin.

## Connexion
staff-login-heading = Connexion du personnel
staff-password = Mot de passe
staff-sign-in = Se connecter
staff-sign-out = Se déconnecter
staff-signed-in-as = Session ouverte au nom de { $name }
staff-login-error-wrong = L'adresse courriel ou le mot de passe est incorrect
staff-login-error-locked = Trop de tentatives de connexion. Attendez 15 minutes, puis réessayez.
staff-error-csrf = Le formulaire n'était plus à jour. Rechargez la page et réessayez.

## La file d'attente
staff-queue-heading = File d'attente des demandes de service
staff-filter-any = Tous
staff-filter-overdue = Seulement les demandes en retard sur la date prévue
staff-filter-complaints = Seulement les demandes avec une plainte en attente de réponse
staff-filter-apply = Afficher les demandes
staff-queue-empty = Aucune demande de service ne correspond à ces filtres.
staff-column-number = Numéro de DS
staff-complaint-due = Plainte : réponse d'ici le { $date }
staff-complaint-escalated = Plainte transmise à la direction : la réponse est en retard

## Une demande
staff-change-heading = Changer l'état
staff-new-status = Nouvel état
staff-reason = Motif de fermeture
staff-reason-hint = Obligatoire quand le nouvel état ferme la demande. Le motif doit correspondre à l'état.
staff-reason-none = Aucun motif : la demande reste ouverte
staff-public-note = Note publique
staff-public-note-hint = Le résident voit cette note sur la page d'état. Lors de la fermeture, indiquez ce qui a été fait, ou pourquoi rien n'a été fait.
staff-internal-note = Note interne
staff-internal-note-hint = Seul le personnel voit cette note.
staff-save = Enregistrer la modification
staff-saved = La modification a été enregistrée.
staff-history-heading = Historique complet
staff-error-status = Choisissez un état dans la liste
staff-error-reason-missing = Choisissez un motif de fermeture de la demande
staff-error-reason-mismatch = Le motif ne correspond pas au nouvel état. Choisissez un motif qui lui correspond.
staff-error-note-missing = Rédigez une note publique qui indique au résident ce qui a été fait, ou pourquoi rien n'a été fait
staff-error-reason-open = Un motif de fermeture s'applique seulement aux états qui ferment la demande

## Motifs de fermeture
staff-reason-repaired = Réparé
staff-reason-cleaned = Nettoyé
staff-reason-removed = Enlevé
staff-reason-other-government = Transféré à un autre ordre de gouvernement
staff-reason-utility-company = Transféré au service public ou à l'entreprise propriétaire
staff-reason-private-property = Sur une propriété privée : transféré au propriétaire
staff-reason-not-found = Inspecté : aucun problème constaté
staff-reason-already-resolved = Déjà réglé avant l'arrivée de l'équipe
staff-reason-meets-standard = Inspecté : conforme à la norme de la Ville
staff-reason-duplicate = Doublon d'une autre demande

## Le journal d'audit
staff-audit-heading = Journal d'audit
staff-column-when = Quand
staff-column-who = Qui
staff-column-action = Action effectuée
staff-column-detail = Détail
staff-action-login = Connexion
staff-action-logout = Déconnexion
staff-action-login-failed = Échec de connexion
staff-action-login-locked = Connexion refusée : trop de tentatives
staff-action-status-change = État modifié
staff-action-escalation = Plainte transmise automatiquement à la direction : délai de réponse (SLA) dépassé

## Modifier plusieurs demandes à la fois depuis la file d'attente
staff-bulk-column = Sélection
staff-bulk-select = Sélectionner la demande { $number }
staff-bulk-heading = Modifier les demandes sélectionnées
staff-bulk-hint = Cochez des demandes dans le tableau, puis choisissez la modification. Chaque demande reçoit le même état, le même motif et les mêmes notes, ainsi que sa propre ligne dans son historique.
staff-bulk-button = Modifier les demandes sélectionnées
staff-bulk-saved =
    { $count ->
        [one] { $count } demande a été modifiée.
       *[other] { $count } demandes ont été modifiées.
    }
staff-error-none-selected = Sélectionnez au moins une demande dans le tableau.
staff-bulk-skipped =
    { $count ->
        [one] { $count } demande n'a pas été modifiée : pour la passer à l'état « Terminée », il faut une photo des travaux achevés. Ouvrez-la pour en ajouter une.
       *[other] { $count } demandes n'ont pas été modifiées : pour les passer à l'état « Terminée », il faut une photo des travaux achevés. Ouvrez chacune d'elles pour en ajouter une.
    }

## Une photo jointe à un changement d'état (des travaux achevés)
staff-photo = Photo des travaux (facultative)
staff-photo-hint = Une image JPEG, PNG ou WebP de 10 Mo au maximum. Les résidents la voient sur la page de la demande, sous « Ce qui s'est passé jusqu'ici ».
staff-photo-hint-required = Pour ce service, il faut une photo des travaux achevés pour passer la demande à l'état « Terminée ». Une image JPEG, PNG ou WebP de 10 Mo au maximum ; les résidents la voient sous « Ce qui s'est passé jusqu'ici ».
staff-error-completion-photo-missing = Ajoutez une photo des travaux achevés : ce service en exige une pour passer la demande à l'état « Terminée »
