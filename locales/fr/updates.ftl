## Mises à jour sur une demande par courriel ou par texto : les formulaires de la page d'état,
## la page de désabonnement et les messages eux-mêmes. Les messages sont en texte brut ; $number est un
## numéro de DS comme 2026-000123, $service le nom d'un type de service, $status le nom d'un état.

updates-heading = Recevoir des mises à jour
updates-intro = Nous pouvons vous prévenir chaque fois que cette demande change. Nous vous envoyons d'abord un code, pour vérifier que l'adresse courriel ou le numéro vous appartient.
updates-email-label = Adresse courriel
updates-email-hint = Nous l'utilisons uniquement pour les mises à jour sur cette demande.
updates-email-button = Recevoir les mises à jour par courriel
updates-phone-label = Numéro de cellulaire
updates-phone-hint = Par exemple 416 555 0123. Votre fournisseur peut facturer des frais de messagerie texte.
updates-phone-button = Recevoir les mises à jour par texto
updates-code-sent-email = Nous avons envoyé un code à 6 chiffres à { $address }.
updates-code-sent-sms = Nous avons envoyé un code à 6 chiffres par texto au { $address }.
updates-code-label = Code de confirmation
updates-code-hint = Le code expire 15 minutes après son envoi.
updates-confirm-button = Confirmer
updates-resend-button = Envoyer un nouveau code
updates-resent = Nous avons envoyé un nouveau code. Seul le code le plus récent fonctionne.
updates-on = Vous recevrez des mises à jour sur cette demande. Chaque message contient un lien pour les arrêter.
updates-already = Cette adresse ou ce numéro reçoit déjà des mises à jour sur cette demande.
updates-error-email = Entrez une adresse courriel, par exemple name@example.com
updates-error-phone = Entrez un numéro de cellulaire avec l'indicatif régional, par exemple 416 555 0123
updates-error-too-many = Vous avez demandé plusieurs codes en peu de temps. Utilisez le dernier code que nous avons envoyé, ou réessayez dans une heure.
updates-error-code-format = Entrez le code à 6 chiffres reçu dans notre message
updates-error-code-wrong = Le code est incorrect. Vérifiez notre message le plus récent et réessayez.
updates-error-code-expired = Le code a expiré. Demandez un nouveau code.
updates-error-code-attempts = Le code a été mal entré trop de fois. Demandez un nouveau code.
updates-error-unknown = Ce code ne peut plus être utilisé. Inscrivez-vous de nouveau aux mises à jour.

unsubscribe-title = Arrêter les mises à jour
unsubscribe-heading = Arrêter les mises à jour sur la demande { $number }
unsubscribe-sent-to-email = Les mises à jour sont envoyées à { $address }.
unsubscribe-sent-to-sms = Les mises à jour sont envoyées par texto au { $address }.
unsubscribe-button = Arrêter les mises à jour
unsubscribe-done = Vous ne recevrez plus de mises à jour sur la demande { $number }.
unsubscribe-unknown = Ce lien n'est pas valide. Vérifiez qu'il a été copié en entier.
unsubscribe-back = Voir la demande

notify-code-subject = Votre code pour la demande { $number }
notify-code-email =
    Votre code est { $code }.
    
    Entrez-le sur la page de la demande { $number }, là où vous avez demandé à recevoir des mises à jour. Il expire dans 15 minutes.
    
    Si vous n'avez pas demandé de mises à jour, ignorez ce courriel.
notify-code-sms = Votre code 311 pour la demande { $number } est { $code }. Il expire dans 15 minutes.
notify-status-subject = Demande { $number } : { $status }
notify-status-email = Votre demande { $number } ({ $service }) a un nouvel état : { $status }.
notify-status-sms = 311 : la demande { $number } ({ $service }) a un nouvel état : { $status }.
notify-note = Message de la Ville : { $note }
notify-escalated-subject = Demande { $number } : votre plainte a été transmise à la direction
notify-escalated-email = Votre plainte concernant la demande { $number } ({ $service }) n'a pas reçu de réponse à temps : elle a donc été transmise à la direction de la division.
notify-escalated-sms = 311 : votre plainte concernant la demande { $number } a été transmise à la direction de la division.
notify-link = Voir la demande et son historique : { $link }
notify-link-sms = { $link }
notify-footer-email = Vous recevez ce courriel parce que vous avez choisi de recevoir des mises à jour sur cette demande.
notify-unsubscribe = Arrêter ces mises à jour : { $unsubscribe }
notify-unsubscribe-sms = Répondez STOP pour arrêter, ou allez sur { $unsubscribe }
