### የሠራተኞች ገጽ፦ መግባት፣ የጥያቄዎች ወረፋ፣ የጥያቄን ሁኔታ መቀየር፣ የኦዲት መዝገብ።

staff-page-title = { $heading } – የ{ -product-name } ሠራተኞች
staff-unavailable = የሠራተኞች ገጹ አሁን ሊታይ አይችልም። እባክዎ ከጥቂት ደቂቃዎች በኋላ እንደገና ይሞክሩ።
staff-forbidden-heading = ይህን ገጽ መክፈት አይችሉም
staff-forbidden-body = መለያዎ ይህን የሠራተኞች ገጽ ክፍል የመጠቀም ፈቃድ የለውም። ካስፈለገዎት አስተዳዳሪን ይጠይቁ።

## መግባት
staff-login-heading = የሠራተኞች መግቢያ
staff-password = የይለፍ ቃል
staff-sign-in = ይግቡ
staff-sign-out = ይውጡ
staff-signed-in-as = እንደ { $name } ገብተዋል
staff-login-error-wrong = የኢሜይል አድራሻው ወይም የይለፍ ቃሉ ትክክል አይደለም
staff-login-error-locked = ለመግባት በጣም ብዙ ሙከራዎች ተደርገዋል። 15 ደቂቃ ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ።
staff-error-csrf = የቅጹ ጊዜ አልፏል። ገጹን እንደገና ይጫኑ እና እንደገና ይሞክሩ።

## ወረፋው
staff-queue-heading = የአገልግሎት ጥያቄዎች ወረፋ
staff-filter-any = ማንኛውም
staff-filter-overdue = የሚጠበቅበት ቀን ያለፈባቸው ጥያቄዎች ብቻ
staff-filter-complaints = ምላሽ የሚጠብቅ ቅሬታ ያለባቸው ጥያቄዎች ብቻ
staff-filter-apply = ጥያቄዎቹን አሳይ
staff-queue-empty = ከእነዚህ ማጣሪያዎች ጋር የሚዛመድ የአገልግሎት ጥያቄ የለም።
staff-column-number = የአገልግሎት ጥያቄ ቁጥር
staff-complaint-due = ቅሬታ፦ እስከ { $date } ምላሽ መሰጠት አለበት
staff-complaint-escalated = ቅሬታው ወደ ከፍተኛ ደረጃ ተላልፏል፦ ምላሹ ዘግይቷል

## አንድ ጥያቄ
staff-change-heading = ሁኔታውን መቀየር
staff-new-status = አዲስ ሁኔታ
staff-reason = የመዝጊያ ምክንያት
staff-reason-hint = አዲሱ ሁኔታ ጥያቄውን የሚዘጋ ከሆነ ያስፈልጋል። ምክንያቱ ከሁኔታው ጋር የሚስማማ መሆን አለበት።
staff-reason-none = ምክንያት የለም፦ ጥያቄው ክፍት ሆኖ ይቆያል
staff-public-note = ለሕዝብ የሚታይ ማስታወሻ
staff-public-note-hint = ነዋሪው ይህን በሁኔታ ገጹ ላይ ያየዋል። ሲዘጉ ምን እንደተሠራ፣ ወይም ለምን ምንም እንዳልተሠራ ይግለጹ።
staff-internal-note = የውስጥ ማስታወሻ
staff-internal-note-hint = ይህን የሚያዩት ሠራተኞች ብቻ ናቸው።
staff-save = ለውጡን ያስቀምጡ
staff-saved = ለውጡ ተቀምጧል።
staff-history-heading = ሙሉ ታሪክ
staff-error-status = ከዝርዝሩ ሁኔታ ይምረጡ
staff-error-reason-missing = ጥያቄውን ለመዝጋት ምክንያት ይምረጡ
staff-error-reason-mismatch = ምክንያቱ ከአዲሱ ሁኔታ ጋር አይስማማም። ከሁኔታው ጋር የሚስማማ ምክንያት ይምረጡ።
staff-error-note-missing = ምን እንደተሠራ፣ ወይም ለምን ምንም እንዳልተሠራ ለነዋሪው የሚገልጽ ለሕዝብ የሚታይ ማስታወሻ ይጻፉ
staff-error-reason-open = የመዝጊያ ምክንያት የሚያገለግለው ጥያቄውን ለሚዘጉ ሁኔታዎች ብቻ ነው

## የመዝጊያ ምክንያቶች
staff-reason-repaired = ተጠግኗል
staff-reason-cleaned = ጸድቷል
staff-reason-removed = ተነስቷል
staff-reason-other-government = ወደ ሌላ የመንግሥት እርከን ተላልፏል
staff-reason-utility-company = ወደ መገልገያ ድርጅቱ ወይም ባለቤቱ ወደሆነው ኩባንያ ተላልፏል
staff-reason-private-property = በግል ይዞታ ላይ ነው፦ ወደ ባለቤቱ ተላልፏል
staff-reason-not-found = ተፈትሿል፦ ምንም ችግር አልተገኘም
staff-reason-already-resolved = ሠራተኞቹ ከመድረሳቸው በፊት ተፈትቶ ነበር
staff-reason-meets-standard = ተፈትሿል፦ የከተማውን መስፈርት ያሟላል
staff-reason-duplicate = የሌላ ጥያቄ ድግግሞሽ

## የኦዲት መዝገብ
staff-audit-heading = የኦዲት መዝገብ
staff-column-when = መቼ
staff-column-who = ማን
staff-column-action = ድርጊት
staff-column-detail = ዝርዝር
staff-action-login = ገብቷል
staff-action-logout = ወጥቷል
staff-action-login-failed = ያልተሳካ መግቢያ
staff-action-login-locked = መግባት ተከልክሏል፦ በጣም ብዙ ሙከራዎች
staff-action-status-change = ሁኔታ ተቀይሯል
staff-action-escalation = ቅሬታው በራስ-ሰር ወደ ከፍተኛ ደረጃ ተላልፏል፦ የSLA ጊዜው አልፏል

## ከወረፋው በርካታ ጥያቄዎችን በአንድ ጊዜ መቀየር
staff-bulk-column = ምርጫ
staff-bulk-select = ጥያቄ ቁጥር { $number } ይምረጡ
staff-bulk-heading = የተመረጡትን ጥያቄዎች መቀየር
staff-bulk-hint = በሠንጠረዡ ውስጥ ጥያቄዎችን ምልክት ያድርጉ፣ ከዚያ ለውጡን ይምረጡ። እያንዳንዱ ጥያቄ ተመሳሳይ ሁኔታ፣ ምክንያት እና ማስታወሻዎችን ያገኛል፣ በታሪኩም ውስጥ የራሱ መስመር ይኖረዋል።
staff-bulk-button = የተመረጡትን ጥያቄዎች ይቀይሩ
staff-bulk-saved =
    { $count ->
        [one] { $count } ጥያቄ ተቀይሯል።
       *[other] { $count } ጥያቄዎች ተቀይረዋል።
    }
staff-error-none-selected = በሠንጠረዡ ውስጥ ቢያንስ አንድ ጥያቄ ይምረጡ።
staff-bulk-skipped =
    { $count ->
        [one] { $count } ጥያቄ አልተቀየረም፦ ሁኔታውን ወደ «ተጠናቋል» ለመቀየር የተጠናቀቀው ሥራ ፎቶ ያስፈልጋል። ፎቶ ለማከል ጥያቄውን ይክፈቱ።
       *[other] { $count } ጥያቄዎች አልተቀየሩም፦ ሁኔታቸውን ወደ «ተጠናቋል» ለመቀየር የተጠናቀቀው ሥራ ፎቶ ያስፈልጋል። ፎቶ ለማከል እያንዳንዱን ጥያቄ ይክፈቱ።
    }

## ከሁኔታ ለውጥ ጋር የሚያያዝ ፎቶ (የተጠናቀቀው ሥራ)
staff-photo = የሥራው ፎቶ (አማራጭ)
staff-photo-hint = እስከ 10 MB የሚደርስ የJPEG፣ PNG ወይም WebP ምስል። ነዋሪዎች በጥያቄው የሂደት ዝርዝር ውስጥ ያዩታል።
staff-photo-hint-required = ይህ አገልግሎት ሁኔታውን ወደ «ተጠናቋል» ለመቀየር የተጠናቀቀውን ሥራ ፎቶ ይፈልጋል። እስከ 10 MB የሚደርስ የJPEG፣ PNG ወይም WebP ምስል፤ ነዋሪዎች በሂደት ዝርዝሩ ውስጥ ያዩታል።
staff-error-completion-photo-missing = የተጠናቀቀውን ሥራ ፎቶ ያክሉ፦ ይህ አገልግሎት ሁኔታውን ወደ «ተጠናቋል» ለመቀየር ፎቶ ይፈልጋል
