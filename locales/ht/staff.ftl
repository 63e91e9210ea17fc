### Konsòl anplwaye yo: konekte, lis demann pou trete, chanje estati yon demann, jounal odit la.

staff-page-title = { $heading } – { -product-name } pou anplwaye
staff-unavailable = Nou pa ka montre konsòl anplwaye a kounye a. Tanpri eseye ankò nan kèk minit.
staff-forbidden-heading = Ou pa ka louvri paj sa a
staff-forbidden-body = Kont ou an pa gen aksè nan pati sa a nan konsòl anplwaye a. Mande yon administratè si ou bezwen l.

## Konekte
staff-login-heading = Koneksyon anplwaye
staff-password = Modpas
staff-sign-in = Konekte
staff-sign-out = Dekonekte
staff-signed-in-as = Konekte kòm { $name }
staff-login-error-wrong = Adrès imèl la oswa modpas la pa kòrèk
staff-login-error-locked = Twòp tantativ pou konekte. Tann 15 minit, epi eseye ankò.
staff-error-csrf = Fòmilè a te twò ansyen. Rechaje paj la epi eseye ankò.

## Lis demann yo
staff-queue-heading = Lis demann sèvis pou trete
staff-filter-any = Tout
staff-filter-overdue = Sèlman demann ki depase dat yo te prevwa a
staff-filter-complaints = Sèlman demann ki gen yon plent k ap tann repons
staff-filter-apply = Montre demann yo
staff-queue-empty = Pa gen okenn demann sèvis ki koresponn ak filt sa yo.
staff-column-number = Nimewo demann
staff-complaint-due = Plent: reponn li pa pita pase { $date }
staff-complaint-escalated = Plent lan monte nan yon nivo pi wo: repons lan an reta

## Yon demann
staff-change-heading = Chanje estati a
staff-new-status = Nouvo estati
staff-reason = Rezon pou fèmen
staff-reason-hint = Obligatwa lè nouvo estati a fèmen demann lan. Rezon an dwe koresponn ak estati a.
staff-reason-none = Pa gen rezon: demann lan rete louvri
staff-public-note = Nòt piblik
staff-public-note-hint = Rezidan an wè nòt sa a sou paj estati a. Lè w ap fèmen demann lan, di sa ki te fèt, oswa poukisa anyen pa t fèt.
staff-internal-note = Nòt entèn
staff-internal-note-hint = Se anplwaye sèlman ki wè nòt sa a.
staff-save = Anrejistre chanjman an
staff-saved = Chanjman an anrejistre.
staff-history-heading = Tout istorik la
staff-error-status = Chwazi yon estati nan lis la
staff-error-reason-missing = Chwazi yon rezon pou fèmen demann lan
staff-error-reason-mismatch = Rezon an pa koresponn ak nouvo estati a. Chwazi yon rezon ki ale avè l.
staff-error-note-missing = Ekri yon nòt piblik ki di rezidan an sa ki te fèt, oswa poukisa anyen pa t fèt
staff-error-reason-open = Yon rezon pou fèmen se sèlman pou estati ki fèmen demann lan

## Rezon pou fèmen
staff-reason-repaired = Repare
staff-reason-cleaned = Netwaye
staff-reason-removed = Retire
staff-reason-other-government = Voye bay yon lòt nivo gouvènman
staff-reason-utility-company = Voye bay konpayi sèvis piblik la oswa konpayi ki mèt li
staff-reason-private-property = Sou yon pwopriyete prive: voye bay pwopriyetè a
staff-reason-not-found = Enspekte: yo pa jwenn okenn pwoblèm
staff-reason-already-resolved = Pwoblèm nan te deja rezoud anvan ekip la te rive
staff-reason-meets-standard = Enspekte: li respekte nòm Vil la
staff-reason-duplicate = Menm bagay ak yon lòt demann

## Jounal odit la
staff-audit-heading = Jounal odit
staff-column-when = Ki lè
staff-column-who = Ki moun
staff-column-action = Aksyon
staff-column-detail = Detay
staff-action-login = Konekte
staff-action-logout = Dekonekte
staff-action-login-failed = Koneksyon echwe
staff-action-login-locked = Koneksyon refize: twòp tantativ
staff-action-status-change = Estati chanje
staff-action-escalation = Plent lan monte nan yon nivo pi wo otomatikman: delè SLA li a pase

## Chanje plizyè demann an menm tan nan lis demann pou trete a
staff-bulk-column = Chwazi
staff-bulk-select = Chwazi demann { $number }
staff-bulk-heading = Chanje demann ou chwazi yo
staff-bulk-hint = Make demann yo nan tablo a, epi chwazi chanjman an. Chak demann ap resevwa menm estati, menm rezon ak menm nòt yo, epi pwòp liy pa l nan istorik li.
staff-bulk-button = Chanje demann ou chwazi yo
staff-bulk-saved =
    { $count ->
        [one] Yon demann chanje.
        [many] { $count } demann chanje.
       *[other] { $count } demann chanje.
    }
staff-error-none-selected = Chwazi omwen yon demann nan tablo a.
staff-bulk-skipped =
    { $count ->
        [one] Yon demann pa chanje: pou make l Fini, fòk gen yon foto travay ki fini an. Louvri l pou ajoute youn.
        [many] { $count } demann pa chanje: pou make yo Fini, fòk gen yon foto travay ki fini an. Louvri chak demann pou ajoute youn.
       *[other] { $count } demann pa chanje: pou make yo Fini, fòk gen yon foto travay ki fini an. Louvri chak demann pou ajoute youn.
    }

## Yon foto ak yon chanjman estati (foto travay ki fini an)
staff-photo = Foto travay la (si ou vle)
staff-photo-hint = Yon imaj JPEG, PNG oswa WebP jiska 10 MB. Rezidan yo wè l nan « Sa k pase jiskaprezan » pou demann lan.
staff-photo-hint-required = Sèvis sa a bezwen yon foto travay ki fini an pou w ka make demann lan Fini. Yon imaj JPEG, PNG oswa WebP jiska 10 MB; rezidan yo wè l nan « Sa k pase jiskaprezan ».
staff-error-completion-photo-missing = Ajoute yon foto travay ki fini an: sèvis sa a bezwen youn pou w ka make demann lan Fini
