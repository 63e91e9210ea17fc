### Ang console ng kawani: pag-sign in, ang pila, pagpapalit ng katayuan ng kahilingan, ang talaan ng audit.

staff-page-title = { $heading } – { -product-name } para sa kawani
staff-unavailable = Hindi maipakita ang console ng kawani sa ngayon. Pakisubukang muli pagkalipas ng ilang minuto.
staff-forbidden-heading = Hindi mo mabubuksan ang pahinang ito
staff-forbidden-body = Walang pahintulot ang iyong account na buksan ang bahaging ito ng console ng kawani. Humingi nito sa isang administrator kung kailangan mo.

## Pag-sign in
staff-login-heading = Pag-sign in ng kawani
staff-password = Password ng account
staff-sign-in = Mag-sign in
staff-sign-out = Mag-sign out
staff-signed-in-as = Naka-sign in bilang { $name }
staff-login-error-wrong = Mali ang email address o password
staff-login-error-locked = Masyadong maraming pagtatangkang mag-sign in. Maghintay nang 15 minuto, saka subukang muli.
staff-error-csrf = Luma na ang form. I-reload ang pahina at subukang muli.

## Ang pila
staff-queue-heading = Pila ng mga kahilingan sa serbisyo
staff-filter-any = Lahat
staff-filter-overdue = Mga kahilingang lampas na sa inaasahang petsa lamang
staff-filter-complaints = Mga kahilingang may reklamong naghihintay ng sagot lamang
staff-filter-apply = Ipakita ang mga kahilingan
staff-queue-empty = Walang kahilingan sa serbisyo na tumutugma sa mga filter na ito.
staff-column-number = Numero ng SR
staff-complaint-due = Reklamo: sagutin sa o bago ang { $date }
staff-complaint-escalated = Iniakyat ang reklamo: nahuli ang sagot

## Isang kahilingan
staff-change-heading = Palitan ang katayuan
staff-new-status = Bagong katayuan
staff-reason = Dahilan ng pagsasara
staff-reason-hint = Kailangan kapag isinasara ng bagong katayuan ang kahilingan. Dapat itong tumugma sa katayuan.
staff-reason-none = Walang dahilan: mananatiling bukas ang kahilingan
staff-public-note = Pampublikong tala
staff-public-note-hint = Makikita ito ng residente sa pahina ng katayuan. Kapag isinasara, sabihin kung ano ang ginawa, o kung bakit walang ginawa.
staff-internal-note = Panloob na tala
staff-internal-note-hint = Kawani lamang ang nakakakita nito.
staff-save = I-save ang pagbabago
staff-saved = Na-save ang pagbabago.
staff-history-heading = Buong kasaysayan
staff-error-status = Pumili ng katayuan mula sa listahan
staff-error-reason-missing = Pumili ng dahilan ng pagsasara ng kahilingan
staff-error-reason-mismatch = Hindi tugma ang dahilan sa bagong katayuan. Pumili ng dahilang tumutugma rito.
staff-error-note-missing = Sumulat ng pampublikong tala na nagsasabi sa residente kung ano ang ginawa, o kung bakit walang ginawa
staff-error-reason-open = Para lamang sa mga katayuang nagsasara ng kahilingan ang dahilan ng pagsasara

## Mga dahilan ng pagsasara
staff-reason-repaired = Naayos
staff-reason-cleaned = Nalinis
staff-reason-removed = Inalis
staff-reason-other-government = Ipinasa sa ibang antas ng pamahalaan
staff-reason-utility-company = Ipinasa sa utility o kumpanyang may-ari nito
staff-reason-private-property = Nasa pribadong ari-arian: ipinasa sa may-ari
staff-reason-not-found = Na-inspeksyon: walang nakitang problema
staff-reason-already-resolved = Nalutas na bago dumating ang mga manggagawa
staff-reason-meets-standard = Na-inspeksyon: pasado sa pamantayan ng Lungsod
staff-reason-duplicate = Kapareho ng ibang kahilingan

## Ang talaan ng audit
staff-audit-heading = Talaan ng audit
staff-column-when = Kailan
staff-column-who = Sino
staff-column-action = Aksyon
staff-column-detail = Detalye
staff-action-login = Nag-sign in
staff-action-logout = Nag-sign out
staff-action-login-failed = Hindi nakapag-sign in
staff-action-login-locked = Tinanggihan ang pag-sign in: masyadong maraming pagtatangka
staff-action-status-change = Pinalitan ang katayuan
staff-action-escalation = Awtomatikong iniakyat ang reklamo: lumampas na ito sa SLA

## Pagpapalit ng ilang kahilingan nang sabay-sabay mula sa pila
staff-bulk-column = Piliin
staff-bulk-select = Piliin ang kahilingan { $number }
staff-bulk-heading = Palitan ang mga napiling kahilingan
staff-bulk-hint = Lagyan ng tsek ang mga kahilingan sa talahanayan, pagkatapos ay piliin ang pagbabago. Makakakuha ang bawat kahilingan ng parehong katayuan, dahilan at mga tala, at ng sariling linya sa kasaysayan nito.
staff-bulk-button = Palitan ang mga napiling kahilingan
staff-bulk-saved =
    { $count ->
        [one] Napalitan ang isang kahilingan.
       *[other] Napalitan ang { $count } kahilingan.
    }
staff-error-none-selected = Pumili ng kahit isang kahilingan sa talahanayan.
staff-bulk-skipped =
    { $count ->
        [one] Hindi napalitan ang isang kahilingan: kailangan ng larawan ng natapos na trabaho para mamarkahan itong “Natapos”. Buksan ito para magdagdag ng larawan.
       *[other] Hindi napalitan ang { $count } kahilingan: kailangan ng larawan ng natapos na trabaho para mamarkahan ang mga ito na “Natapos”. Buksan ang bawat isa para magdagdag ng larawan.
    }

## Larawang kasama ng pagpapalit ng katayuan (ng natapos na trabaho)
staff-photo = Larawan ng trabaho (opsyonal)
staff-photo-hint = Larawang JPEG, PNG o WebP na hanggang 10 MB. Makikita ito ng mga residente sa “Ang mga nangyari hanggang ngayon” ng kahilingan.
staff-photo-hint-required = Kailangan ng serbisyong ito ng larawan ng natapos na trabaho para mamarkahang “Natapos” ang kahilingan. Larawang JPEG, PNG o WebP na hanggang 10 MB; makikita ito ng mga residente sa “Ang mga nangyari hanggang ngayon”.
staff-error-completion-photo-missing = Magdagdag ng larawan ng natapos na trabaho: kailangan ito ng serbisyong ito para mamarkahang “Natapos” ang kahilingan
