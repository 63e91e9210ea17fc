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
staff-filter-apply = Ipakita ang mga kahilingan
staff-queue-empty = Walang kahilingan sa serbisyo na tumutugma sa mga filter na ito.
staff-column-number = Numero ng SR

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
