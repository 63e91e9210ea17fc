### Konsola e stafit: hyrja, radha e kërkesave, ndryshimi i statusit të një kërkese, regjistri i auditimit.

staff-page-title = { $heading } – { -product-name } për stafin
staff-unavailable = Konsola e stafit nuk mund të shfaqet tani. Ju lutemi provoni përsëri pas disa minutash.
staff-forbidden-heading = Nuk mund ta hapni këtë faqe
staff-forbidden-body = Llogaria juaj nuk ka qasje në këtë pjesë të konsolës së stafit. Nëse ju nevojitet, drejtojuni një administratori.

## Hyrja
staff-login-heading = Hyrja e stafit
staff-password = Fjalëkalimi
staff-sign-in = Hyni
staff-sign-out = Dilni
staff-signed-in-as = Keni hyrë si { $name }
staff-login-error-wrong = Adresa e emailit ose fjalëkalimi nuk është i saktë
staff-login-error-locked = Shumë përpjekje për të hyrë. Prisni 15 minuta dhe pastaj provoni përsëri.
staff-error-csrf = Formulari nuk ishte i përditësuar. Ringarkoni faqen dhe provoni përsëri.

## Radha
staff-queue-heading = Radha e kërkesave të shërbimit
staff-filter-any = Të gjitha
staff-filter-overdue = Vetëm kërkesat që kanë kaluar datën e pritur
staff-filter-complaints = Vetëm kërkesat me një ankesë që pret përgjigje
staff-filter-apply = Shfaq kërkesat
staff-queue-empty = Asnjë kërkesë shërbimi nuk përputhet me këto filtra.
staff-column-number = Numri i kërkesës
staff-complaint-due = Ankesë: përgjigje deri më { $date }
staff-complaint-escalated = Ankesa iu kalua udhëheqjes: përgjigjja u vonua

## Një kërkesë
staff-change-heading = Ndryshoni statusin
staff-new-status = Statusi i ri
staff-reason = Arsyeja e mbylljes
staff-reason-hint = Nevojitet kur statusi i ri e mbyll kërkesën. Duhet të përputhet me statusin.
staff-reason-none = Pa arsye: kërkesa mbetet e hapur
staff-public-note = Shënim publik
staff-public-note-hint = Banori e sheh këtë në faqen e statusit. Kur e mbyllni, tregoni çfarë u bë ose pse nuk u bë asgjë.
staff-internal-note = Shënim i brendshëm
staff-internal-note-hint = Këtë e sheh vetëm stafi.
staff-save = Ruaj ndryshimin
staff-saved = Ndryshimi u ruajt.
staff-history-heading = Historiku i plotë
staff-error-status = Zgjidhni një status nga lista
staff-error-reason-missing = Zgjidhni një arsye për mbylljen e kërkesës
staff-error-reason-mismatch = Arsyeja nuk përputhet me statusin e ri. Zgjidhni një arsye që përputhet me të.
staff-error-note-missing = Shkruani një shënim publik që i tregon banorit çfarë u bë ose pse nuk u bë asgjë
staff-error-reason-open = Arsyeja e mbylljes vlen vetëm për statuset që e mbyllin kërkesën

## Arsyet e mbylljes
staff-reason-repaired = U riparua
staff-reason-cleaned = U pastrua
staff-reason-removed = U hoq
staff-reason-other-government = Iu kalua një niveli tjetër qeverisjeje
staff-reason-utility-company = Iu kalua shoqërisë së shërbimeve publike ose kompanisë që e zotëron
staff-reason-private-property = Në pronë private: iu kalua pronarit
staff-reason-not-found = U inspektua: nuk u gjet asnjë problem
staff-reason-already-resolved = Ishte zgjidhur tashmë para se të mbërrinte ekipi
staff-reason-meets-standard = U inspektua: përputhet me standardin e Bashkisë
staff-reason-duplicate = Dublikatë e një kërkese tjetër

## Regjistri i auditimit
staff-audit-heading = Regjistri i auditimit
staff-column-when = Kur
staff-column-who = Kush
staff-column-action = Veprimi
staff-column-detail = Hollësi
staff-action-login = Hyri
staff-action-logout = Doli
staff-action-login-failed = Hyrje e dështuar
staff-action-login-locked = Hyrja u refuzua: shumë përpjekje
staff-action-status-change = Statusi u ndryshua
staff-action-escalation = Ankesa iu kalua automatikisht udhëheqjes: afati i përgjigjes kaloi

## Ndryshimi i disa kërkesave njëherësh nga radha
staff-bulk-column = Zgjidh
staff-bulk-select = Zgjidh kërkesën { $number }
staff-bulk-heading = Ndryshoni kërkesat e zgjedhura
staff-bulk-hint = Shënoni kërkesat në tabelë, pastaj zgjidhni ndryshimin. Çdo kërkesë merr të njëjtin status, të njëjtën arsye dhe të njëjtat shënime, si dhe rreshtin e vet në historikun e saj.
staff-bulk-button = Ndrysho kërkesat e zgjedhura
staff-bulk-saved =
    { $count ->
        [one] U ndryshua një kërkesë.
       *[other] U ndryshuan { $count } kërkesa.
    }
staff-error-none-selected = Zgjidhni të paktën një kërkesë në tabelë.
staff-bulk-skipped =
    { $count ->
        [one] Nuk u ndryshua një kërkesë: që ta shënoni si «E përfunduar», duhet një foto e punës së kryer. Hapeni për të shtuar një.
       *[other] Nuk u ndryshuan { $count } kërkesa: që t’i shënoni si «E përfunduar», duhet një foto e punës së kryer. Hapni secilën për të shtuar një.
    }

## Një foto me ndryshimin e statusit (e punës së kryer)
staff-photo = Foto e punës (opsionale)
staff-photo-hint = Një imazh JPEG, PNG ose WebP deri në 10 MB. Banorët e shohin në faqen e kërkesës, te «Çfarë ka ndodhur deri tani».
staff-photo-hint-required = Ky shërbim kërkon një foto të punës së kryer që kërkesa të shënohet si «E përfunduar». Një imazh JPEG, PNG ose WebP deri në 10 MB; banorët e shohin te «Çfarë ka ndodhur deri tani».
staff-error-completion-photo-missing = Shtoni një foto të punës së kryer: ky shërbim e kërkon atë që kërkesa të shënohet si «E përfunduar»
