## Nsɛm foforɔ a ɛfa abisadeɛ bi ho a ɛnam email anaa nkrasɛm so: tebea krataafa no so
## krataa ahodoɔ, krataafa a wode gyae nsɛm foforɔ no, ne nkrasɛm no ankasa. Nkrasɛm no yɛ
## nkyerɛwdeɛ kɛkɛ; $number yɛ abisadeɛ nɔma te sɛ 2026-000123, $service yɛ dwumadie din,
## $status yɛ tebea din.

updates-heading = Nya nsɛm foforɔ
updates-intro = Yɛbɛtumi aka akyerɛ wo bere biara a biribi bɛsesa wɔ abisadeɛ yi ho. Deɛ ɛdi kan no, yɛde kood bi bɛmane wo, na yɛahu sɛ email beaeɛ anaa telefon nɔma no yɛ wo dea.
updates-email-label = Email beaeɛ
updates-email-hint = Yɛde yɛ adwuma ma nsɛm foforɔ a ɛfa abisadeɛ yi ho nko ara.
updates-email-button = Fa email mane me nsɛm foforɔ
updates-phone-label = Mobaele telefon nɔma
updates-phone-hint = Sɛ nhwɛsoɔ no: 416 555 0123. Ebia wo telefon kɔmpani bɛgye sika wɔ nkrasɛm ho.
updates-phone-button = Fa nkrasɛm mane me nsɛm foforɔ
updates-code-sent-email = Yɛde kood a ɛwɔ nɔma 6 akɔma { $address }.
updates-code-sent-sms = Yɛafa nkrasɛm so de kood a ɛwɔ nɔma 6 akɔma { $address }.
updates-code-label = Kood
updates-code-hint = Kood no bɛgyae adwuma simma 15 wɔ bere a yɛde mane wo akyi.
updates-confirm-button = Si so dua
updates-resend-button = Fa kood foforɔ mane me
updates-resent = Yɛde kood foforɔ amane wo. Kood a yɛde mane wo akyire koraa no nko ara na ɛyɛ adwuma.
updates-on = Wobɛnya nsɛm foforɔ a ɛfa abisadeɛ yi ho. Nkrasɛm biara mu wɔ link a wobɛtumi de agyae.
updates-already = Saa beaeɛ no nya nsɛm foforɔ a ɛfa abisadeɛ yi ho dada.
updates-error-email = Kyerɛw email beaeɛ te sɛ name@example.com
updates-error-phone = Kyerɛw mobaele telefon nɔma no ne ne ɛria kood, te sɛ 416 555 0123
updates-error-too-many = Woabisa kood pii wɔ bere tiaa bi mu. Fa kood a yɛde mane wo akyire koraa no yɛ adwuma, anaa san bɔ mmɔden dɔnhwere baako akyi.
updates-error-code-format = Kyerɛw kood a ɛwɔ nɔma 6 a ɛwɔ nkrasɛm a yɛde mane wo no mu
updates-error-code-wrong = Kood no nteɛ. Hwɛ nkrasɛm a yɛde mane wo akyire koraa no, na san bɔ mmɔden.
updates-error-code-expired = Kood no bere atwam. Bisa kood foforɔ.
updates-error-code-attempts = Wɔakyerɛw kood no mfomsoɔ mpɛn pii dodo. Bisa kood foforɔ.
updates-error-unknown = Yɛntumi mfa kood yi nyɛ adwuma bio. San bisa nsɛm foforɔ no.

unsubscribe-title = Gyae nsɛm foforɔ no
unsubscribe-heading = Gyae nsɛm foforɔ a ɛfa abisadeɛ { $number } ho
unsubscribe-sent-to-email = Yɛde nsɛm foforɔ no kɔma { $address }.
unsubscribe-sent-to-sms = Yɛfa nkrasɛm so de nsɛm foforɔ no kɔma { $address }.
unsubscribe-button = Gyae nsɛm foforɔ no
unsubscribe-done = Worennya nsɛm foforɔ biara a ɛfa abisadeɛ { $number } ho bio.
unsubscribe-unknown = Link yi nyɛ adwuma. Hwɛ sɛ woyɛɛ link no nyinaa kɔpi.
unsubscribe-back = Hwɛ abisadeɛ no

notify-code-subject = Wo kood ma abisadeɛ { $number }
notify-code-email =
    Wo kood ne { $code }.
    
    Kyerɛw no wɔ krataafa a wobisaa nsɛm foforɔ a ɛfa abisadeɛ { $number } ho no so. Ɛbɛgyae adwuma simma 15 mu.
    
    Sɛ ɛnyɛ wo na wobisaa nsɛm foforɔ no a, bu w'ani gu email yi so.
notify-code-sms = Wo 311 kood ma abisadeɛ { $number } ne { $code }. Ɛbɛgyae adwuma simma 15 mu.
notify-status-subject = Abisadeɛ { $number }: { $status }
notify-status-email = W'abisadeɛ { $number } ({ $service }) tebea seesei ne: { $status }.
notify-status-sms = 311: abisadeɛ { $number } ({ $service }) tebea seesei ne: { $status }.
notify-note = Asɛm a ɛfiri Kuropɔn no hɔ: { $note }
notify-escalated-subject = Abisadeɛ { $number }: yɛde w'anwiinwii no akɔ ɔfa a ɛfa ho no mpanimfoɔ hɔ
notify-escalated-email = Yɛanyi w'anwiinwii a ɛfa abisadeɛ { $number } ({ $service }) ho no ano wɔ ne bere mu, ɛno nti yɛde akɔ ɔfa a ɛfa ho no mpanimfoɔ hɔ.
notify-escalated-sms = 311: yɛde w'anwiinwii a ɛfa abisadeɛ { $number } ho no akɔ ɔfa a ɛfa ho no mpanimfoɔ hɔ.
notify-link = Hwɛ abisadeɛ no ne deɛ asi wɔ ho nyinaa: { $link }
notify-link-sms = { $link }
notify-footer-email = Wonya email yi ɛfiri sɛ wobisaa nsɛm foforɔ a ɛfa abisadeɛ yi ho.
notify-unsubscribe = Gyae nsɛm foforɔ yi: { $unsubscribe }
notify-unsubscribe-sms = Fa STOP bua sɛ wopɛ sɛ ɛgyae, anaa kɔ { $unsubscribe }
