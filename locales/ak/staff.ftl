### Adwumayɛfoɔ dwumadibea: hyɛn mu, abisadeɛ a ɛretwɛn, abisadeɛ tebea a wobɛsesa, nhwehwɛmu nkrataa.

staff-page-title = { $heading } – { -product-name } adwumayɛfoɔ
staff-unavailable = Yɛntumi nkyerɛ adwumayɛfoɔ dwumadibea no seesei. Yɛsrɛ wo, san bɔ mmɔden wɔ simma kakra akyi.
staff-forbidden-heading = Worentumi mmue krataafa yi
staff-forbidden-body = Wo akontaa no nni ho kwan sɛ ɛkɔ adwumayɛfoɔ dwumadibea no fa yi mu. Sɛ ɛho hia wo a, bisa ɔhwɛfoɔ bi.

## Hyɛn mu
staff-login-heading = Adwumayɛfoɔ hyɛn mu
staff-password = Ahintasɛm
staff-sign-in = Hyɛn mu
staff-sign-out = Fi mu
staff-signed-in-as = Woahyɛn mu sɛ { $name }
staff-login-error-wrong = Email beaeɛ no anaa ahintasɛm no nteɛ
staff-login-error-locked = Woabɔ mmɔden bebree dodo sɛ wobɛhyɛn mu. Twɛn simma 15, na san bɔ mmɔden bio.
staff-error-csrf = Krataa no berɛ atwam. San bue krataafa no bio na bɔ mmɔden bio.

## Abisadeɛ a ɛretwɛn
staff-queue-heading = Dwumadie abisadeɛ a ɛretwɛn
staff-filter-any = Biara
staff-filter-overdue = Abisadeɛ a da a yɛhwɛɛ kwan no atwam nkoaa
staff-filter-complaints = Abisadeɛ a anwiinwii bi a ɛfa ho retwɛn mmuaeɛ nkoaa
staff-filter-apply = Kyerɛ abisadeɛ no
staff-queue-empty = Dwumadie abisadeɛ biara nni hɔ a ɛne deɛ woayi yi hyia.
staff-column-number = Dwumadie abisadeɛ nɔma
staff-complaint-due = Anwiinwii: fa mmuaeɛ ma ansa na { $date } atwam
staff-complaint-escalated = Yɛde anwiinwii no akɔ mpanimfoɔ hɔ: mmuaeɛ no akyɛ

## Abisadeɛ baako
staff-change-heading = Sesa tebea no
staff-new-status = Tebea foforɔ
staff-reason = Deɛ enti a yɛto mu
staff-reason-hint = Ɛho hia berɛ a tebea foforɔ no bɛto abisadeɛ no mu. Ɛsɛ sɛ ɛne tebea no hyia.
staff-reason-none = Ntease biara nni hɔ: abisadeɛ no da so bue
staff-public-note = Nsɛm a obiara bɛhunu
staff-public-note-hint = Deɛ ɔbɔɔ amanneɛ no hunu yei wɔ tebea krataafa no so. Sɛ woreto mu a, ka deɛ yɛyɛeɛ, anaa deɛ enti a yɛanyɛ hwee.
staff-internal-note = Adwumayɛfoɔ nkoaa nsɛm
staff-internal-note-hint = Adwumayɛfoɔ nkoaa na wɔhunu yei.
staff-save = Kora nsesaeɛ no
staff-saved = Yɛakora nsesaeɛ no.
staff-history-heading = Abakɔsɛm no nyinaa
staff-error-status = Yi tebea baako firi deɛ wɔakyerɛw no mu
staff-error-reason-missing = Yi deɛ enti a woreto abisadeɛ no mu
staff-error-reason-mismatch = Ntease no ne tebea foforɔ no nhyia. Yi ntease a ɛne no hyia.
staff-error-note-missing = Kyerɛw nsɛm a obiara bɛhunu a ɛkyerɛ deɛ ɔbɔɔ amanneɛ no deɛ yɛyɛeɛ, anaa deɛ enti a yɛanyɛ hwee
staff-error-reason-open = Deɛ enti a yɛto mu no wɔ hɔ ma tebea a ɛto abisadeɛ no mu nkoaa

## Deɛ enti a yɛto mu
staff-reason-repaired = Yɛasiesie
staff-reason-cleaned = Yɛatew ho
staff-reason-removed = Yɛayi afiri hɔ
staff-reason-other-government = Yɛde akɔma aban fa foforɔ
staff-reason-utility-company = Yɛde akɔma adwumakuo a ɛma dwumadie no anaa adwumakuo a ɛwɔ no
staff-reason-private-property = Ɛwɔ ankorɛankorɛ asase so: yɛde akɔma deɛ ɔwɔ no
staff-reason-not-found = Yɛahwehwɛ mu: yɛanhu ɔhaw biara
staff-reason-already-resolved = Na wɔasiesie dada ansa na adwumayɛfoɔ no reba
staff-reason-meets-standard = Yɛahwehwɛ mu: ɛdu Kuropɔn no gyinapɛn so
staff-reason-duplicate = Obi abɔ ho amanneɛ dada wɔ abisadeɛ foforɔ mu

## Nhwehwɛmu nkrataa
staff-audit-heading = Nhwehwɛmu nkrataa
staff-column-when = Berɛ
staff-column-who = Hwan
staff-column-action = Deɛ wɔyɛeɛ
staff-column-detail = Nsɛm a ɛka ho
staff-action-login = Ɔhyɛn mu
staff-action-logout = Ofi mu
staff-action-login-failed = Ɔhyɛn mu a ɛanyɛ yie
staff-action-login-locked = Wɔampene sɛ ɔhyɛn mu: mmɔdenbɔ bebree dodo
staff-action-status-change = Wɔsesa tebea no
staff-action-escalation = Sistem no ankasa de anwiinwii no kɔɔ mpanimfoɔ hɔ: ne SLA bere atwam

## Abisadeɛ pii a wobɛsesa no prɛko wɔ abisadeɛ a ɛretwɛn no mu
staff-bulk-column = Yi
staff-bulk-select = Yi abisadeɛ { $number }
staff-bulk-heading = Sesa abisadeɛ a woayi no
staff-bulk-hint = Hyɛ abisadeɛ a wopɛ no agyiraeɛ wɔ nhyehyɛeɛ no mu, na afei yi nsesaeɛ no. Abisadeɛ biara bɛnya tebea korɔ, deɛ enti a yɛto mu korɔ ne nsɛm korɔ no ara, ne ne nkyerɛwee baako wɔ n'abakɔsɛm mu.
staff-bulk-button = Sesa abisadeɛ a woayi no
staff-bulk-saved =
    { $count ->
        [one] Yɛasesa abisadeɛ baako.
       *[other] Yɛasesa abisadeɛ { $count }.
    }
staff-error-none-selected = Yi abisadeɛ baako anaa deɛ ɛboro saa wɔ nhyehyɛeɛ no mu.
staff-bulk-skipped =
    { $count ->
        [one] Yɛansesa abisadeɛ baako: sɛ wobɛkyerɛ sɛ Yɛawie a, ɛhia adwuma a yɛawie no mfonini. Bue no na fa mfonini bi ka ho.
       *[other] Yɛansesa abisadeɛ { $count }: sɛ wobɛkyerɛ sɛ Yɛawie a, ɛhia adwuma a yɛawie no mfonini. Bue emu biara na fa mfonini bi ka ho.
    }

## Mfonini a ɛka tebea nsesaeɛ ho (adwuma a yɛawie no mfonini)
staff-photo = Adwuma no mfonini (sɛ wopɛ a)
staff-photo-hint = JPEG, PNG anaa WebP mfonini a ɛnnyɛ kɛseɛ mmoro 10 MB. Deɛ ɔbɔɔ amanneɛ no bɛhunu wɔ abisadeɛ no “Deɛ asi de besi seesei” mu.
staff-photo-hint-required = Dwumadie yi hia adwuma a yɛawie no mfonini ansa na wobɛtumi akyerɛ sɛ abisadeɛ no Yɛawie. JPEG, PNG anaa WebP mfonini a ɛnnyɛ kɛseɛ mmoro 10 MB; deɛ ɔbɔɔ amanneɛ no bɛhunu wɔ “Deɛ asi de besi seesei” mu.
staff-error-completion-photo-missing = Fa adwuma a yɛawie no mfonini ka ho: dwumadie yi hia mfonini ansa na wobɛtumi akyerɛ sɛ abisadeɛ no Yɛawie
