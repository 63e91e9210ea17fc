### Dashibodi ya wafanyakazi: kuingia, foleni ya maombi, kubadilisha hali ya ombi, kumbukumbu ya ukaguzi.

staff-page-title = { $heading } – { -product-name } kwa wafanyakazi
staff-unavailable = Dashibodi ya wafanyakazi haiwezi kuonyeshwa kwa sasa. Tafadhali jaribu tena baada ya dakika chache.
staff-forbidden-heading = Huwezi kufungua ukurasa huu
staff-forbidden-body = Akaunti yako haina ruhusa ya kufikia sehemu hii ya dashibodi ya wafanyakazi. Muulize msimamizi ikiwa unaihitaji.

## Kuingia
staff-login-heading = Kuingia kwa wafanyakazi
staff-password = Nenosiri
staff-sign-in = Ingia
staff-sign-out = Toka
staff-signed-in-as = Umeingia kama { $name }
staff-login-error-wrong = Anwani ya barua pepe au nenosiri si sahihi
staff-login-error-locked = Umejaribu kuingia mara nyingi mno. Subiri dakika 15, kisha ujaribu tena.
staff-error-csrf = Fomu hii imepitwa na wakati. Pakia ukurasa upya kisha ujaribu tena.

## Foleni ya maombi
staff-queue-heading = Foleni ya maombi ya huduma
staff-filter-any = Zote
staff-filter-overdue = Maombi yaliyopita tarehe iliyotarajiwa pekee
staff-filter-complaints = Maombi yenye malalamiko yanayosubiri jibu pekee
staff-filter-apply = Onyesha maombi
staff-queue-empty = Hakuna maombi ya huduma yanayolingana na vichujio hivi.
staff-column-number = Nambari ya ombi
staff-complaint-due = Malalamiko: yajibiwe kufikia { $date }
staff-complaint-escalated = Malalamiko yamepandishwa ngazi: jibu limechelewa

## Ombi moja
staff-change-heading = Badilisha hali
staff-new-status = Hali mpya
staff-reason = Sababu ya kufunga
staff-reason-hint = Inahitajika wakati hali mpya inafunga ombi. Lazima ilingane na hali hiyo.
staff-reason-none = Hakuna sababu: ombi linabaki wazi
staff-public-note = Dokezo la umma
staff-public-note-hint = Mkazi ataliona hili kwenye ukurasa wa hali. Unapofunga, eleza kilichofanywa, au kwa nini hakuna kilichofanywa.
staff-internal-note = Dokezo la ndani
staff-internal-note-hint = Wafanyakazi pekee ndio wanaoliona hili.
staff-save = Hifadhi mabadiliko
staff-saved = Mabadiliko yamehifadhiwa.
staff-history-heading = Historia kamili
staff-error-status = Chagua hali kutoka kwenye orodha
staff-error-reason-missing = Chagua sababu ya kufunga ombi
staff-error-reason-mismatch = Sababu hii hailingani na hali mpya. Chagua sababu inayolingana nayo.
staff-error-note-missing = Andika dokezo la umma linalomweleza mkazi kilichofanywa, au kwa nini hakuna kilichofanywa
staff-error-reason-open = Sababu ya kufunga ni kwa hali zinazofunga ombi pekee

## Sababu za kufunga
staff-reason-repaired = Limerekebishwa
staff-reason-cleaned = Limesafishwa
staff-reason-removed = Limeondolewa
staff-reason-other-government = Limepelekwa kwa ngazi nyingine ya serikali
staff-reason-utility-company = Limepelekwa kwa shirika la huduma za umma au kampuni inayokimiliki
staff-reason-private-property = Kwenye mali ya binafsi: limepelekwa kwa mmiliki
staff-reason-not-found = Limekaguliwa: hakuna tatizo lililopatikana
staff-reason-already-resolved = Lilikuwa limeshatatuliwa kabla timu ya kazi haijafika
staff-reason-meets-standard = Limekaguliwa: linakidhi kiwango cha Jiji
staff-reason-duplicate = Ni sawa na ombi jingine

## Kumbukumbu ya ukaguzi
staff-audit-heading = Kumbukumbu ya ukaguzi
staff-column-when = Lini
staff-column-who = Nani
staff-column-action = Kitendo
staff-column-detail = Maelezo
staff-action-login = Aliingia
staff-action-logout = Alitoka
staff-action-login-failed = Kuingia kumeshindikana
staff-action-login-locked = Kuingia kumekataliwa: majaribio mengi mno
staff-action-status-change = Hali ilibadilishwa
staff-action-escalation = Malalamiko yamepandishwa ngazi kiotomatiki: muda wake wa SLA umepita

## Kubadilisha maombi kadhaa kwa pamoja kutoka kwenye foleni
staff-bulk-column = Chagua
staff-bulk-select = Chagua ombi { $number }
staff-bulk-heading = Badilisha maombi yaliyochaguliwa
staff-bulk-hint = Weka alama kwenye maombi katika jedwali, kisha chagua badiliko. Kila ombi litapata hali, sababu na madokezo yaleyale, pamoja na mstari wake mwenyewe katika historia yake.
staff-bulk-button = Badilisha maombi yaliyochaguliwa
staff-bulk-saved =
    { $count ->
        [one] Ombi moja limebadilishwa.
       *[other] Maombi { $count } yamebadilishwa.
    }
staff-error-none-selected = Chagua angalau ombi moja katika jedwali.
staff-bulk-skipped =
    { $count ->
        [one] Ombi moja halikubadilishwa: ili kulitia alama “Limekamilika” inahitajika picha ya kazi iliyokamilika. Lifungue ili kuongeza picha.
       *[other] Maombi { $count } hayakubadilishwa: ili kuyatia alama “Limekamilika” inahitajika picha ya kazi iliyokamilika. Fungua kila moja ili kuongeza picha.
    }

## Picha pamoja na kubadilisha hali (ya kazi iliyokamilika)
staff-photo = Picha ya kazi (si lazima)
staff-photo-hint = Picha ya JPEG, PNG au WebP isiyozidi MB 10. Wakazi wataiona katika sehemu ya “Yaliyotokea hadi sasa” ya ombi.
staff-photo-hint-required = Huduma hii inahitaji picha ya kazi iliyokamilika ili ombi litiwe alama “Limekamilika”. Picha ya JPEG, PNG au WebP isiyozidi MB 10; wakazi wataiona katika sehemu ya “Yaliyotokea hadi sasa”.
staff-error-completion-photo-missing = Ongeza picha ya kazi iliyokamilika: huduma hii inahitaji picha ili ombi litiwe alama “Limekamilika”
