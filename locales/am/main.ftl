### የCivic311 የገጽ ጽሑፎች፦ አማርኛ።

-product-name = Civic311

site-name = { -product-name }
skip-to-content = ወደ ዋናው ይዘት ይዝለሉ
language-switcher-label = ቋንቋ
loading = በመጫን ላይ…
footer-emergency = ለድንገተኛ አደጋ 911 ይደውሉ። ይህ ድረ ገጽ ድንገተኛ ላልሆኑ የከተማ አገልግሎቶች ብቻ ነው።

home-title = ችግር ያሳውቁ ወይም የከተማ አገልግሎት ይጠይቁ – { -product-name }
home-heading = ችግር ያሳውቁ ወይም የከተማ አገልግሎት ይጠይቁ
home-intro = ስለ መንገድ ጉድጓድ፣ ስላልተሰበሰበ ቆሻሻ፣ በግድግዳ ላይ ስለተጻፉ ጽሑፎች እና ከ60 በላይ ስለሆኑ ሌሎች ድንገተኛ ያልሆኑ ችግሮች ለከተማው ያሳውቁ። ቀጥሎ የሚሆነውን ለመከታተል የአገልግሎት ጥያቄ ቁጥር ያገኛሉ።
home-groups-heading = ጉዳዩ ስለ ምንድን ነው?
home-report-button = ችግር ያሳውቁ
service-group-count =
    { $count ->
        [one] { $count } አገልግሎት
       *[other] { $count } አገልግሎቶች
    }
catalogue-unavailable = የአገልግሎቶቹ ዝርዝር አሁን ሊታይ አይችልም። እባክዎ ከጥቂት ደቂቃዎች በኋላ እንደገና ይሞክሩ።

not-found-title = ገጹ አልተገኘም – { -product-name }
not-found-heading = ገጹ አልተገኘም
not-found-home-link = ወደ መነሻ ገጽ ይሂዱ

## አሰሳ እና የቅጽ ስህተቶች
site-nav-label = ዋና
nav-track = ጥያቄ ይከታተሉ
nav-report = ችግር ያሳውቁ
error-title-prefix = ስህተት፦
error-summary-heading = ችግር አለ

## የአገልግሎት ጥያቄ መፈለግ
lookup-title = የአገልግሎት ጥያቄ ይከታተሉ – { -product-name }
lookup-heading = የአገልግሎት ጥያቄ ይከታተሉ
lookup-label = የአገልግሎት ጥያቄ ቁጥር
lookup-hint = የአገልግሎት ጥያቄ ቁጥርዎ በማረጋገጫ ገጹ እና በኢሜይሎችዎ ላይ ይገኛል። 2026-000123 የሚመስል ቁጥር ነው።
lookup-button = ጥያቄዬን ፈልግ
lookup-error-format = የአገልግሎት ጥያቄ ቁጥርዎን እንደ 2026-000123 ባለ ቅርጸት ያስገቡ

## አንድ የአገልግሎት ጥያቄ
request-title = የአገልግሎት ጥያቄ { $number } – { -product-name }
request-heading = የአገልግሎት ጥያቄ { $number }
request-status = ሁኔታ
request-service = አገልግሎት
request-division = የሚያስተናግደው ክፍል
request-filed = የደረሰበት ቀን
request-expected = የሚጠበቅበት ቀን
request-location = ቦታ
request-ward = ወረዳ
request-ward-value = ወረዳ { $number }፦ { $name }
request-due-today = ዛሬ የሚጠበቅ
request-days-left =
    { $days ->
        [one] { $days } ቀን ቀርቷል
       *[other] { $days } ቀናት ቀርተዋል
    }
request-days-overdue =
    { $days ->
        [one] ከሚጠበቀው ቀን { $days } ቀን አልፏል
       *[other] ከሚጠበቀው ቀን { $days } ቀናት አልፏል
    }
request-timeline-heading = እስካሁን የተከናወነው
request-event-photo-alt = ከተማው ያነሳው የሥራው ፎቶ፣ ቁጥር { $number }
request-unavailable = ይህ የአገልግሎት ጥያቄ አሁን ሊታይ አይችልም። እባክዎ ከጥቂት ደቂቃዎች በኋላ እንደገና ይሞክሩ።
request-not-found-title = የአገልግሎት ጥያቄው አልተገኘም – { -product-name }
request-not-found-heading = ያንን የአገልግሎት ጥያቄ ማግኘት አልቻልንም
request-not-found-body = የአገልግሎት ጥያቄ ቁጥር { $number } የለም። በማረጋገጫ ገጹ ወይም በኢሜይልዎ ላይ ያለውን ቁጥር ያረጋግጡ። አሁን ያቀረቡት ጥያቄ እስኪታይ አንድ ደቂቃ ሊወስድ ይችላል።
request-not-found-retry = ሌላ ቁጥር ይፈልጉ

## ሁኔታዎች፣ በቀላል ቋንቋ
status-received = ደርሷል
status-assigned = ለሚመለከተው ክፍል ተመድቧል
status-inspection = ፍተሻ
status-scheduled = ለሥራው ቀን ተይዟል
status-completed = ተጠናቋል
status-closed_referred = ተዘግቷል – ወደ ሌላ ተቋም ተላልፏል
status-closed_no_action = ተዘግቷል – እርምጃ አያስፈልግም
status-closed_duplicate = ተዘግቷል – ቀደም ሲል ሪፖርት ተደርጓል

## የከተማ አገልግሎቶች ማውጫ
nav-services = የከተማ አገልግሎቶች
services-title = የከተማ አገልግሎቶች – { -product-name }
services-heading = የከተማ አገልግሎቶች
services-intro = ለችግርዎ የሚሆነውን አገልግሎት ያግኙ። በራስዎ ቃላት ይፈልጉ ወይም በርዕስ ያስሱ።
services-search-label = አገልግሎት ይፈልጉ
services-search-hint = ለምሳሌ፦ የመንገድ ጉድጓድ፣ ያልተሰበሰበ ቆሻሻ፣ ጫጫታ
services-search-button = ፈልግ
services-results-heading =
    { $count ->
        [one] ከ«{ $query }» ጋር የሚዛመድ { $count } አገልግሎት
       *[other] ከ«{ $query }» ጋር የሚዛመዱ { $count } አገልግሎቶች
    }
services-no-results = ከ«{ $query }» ጋር የሚዛመድ አገልግሎት የለም። ሌሎች ቃላትን ይሞክሩ ወይም ከታች ያሉትን ርዕሶች ያስሱ።
services-browse-heading = በርዕስ ያስሱ
service-detail-title = { $name } – { -product-name }
service-topic = ርዕስ
service-standard = የአገልግሎት መስፈርት
service-sla-hours =
    { $count ->
        [one] በ{ $count } ሰዓት ውስጥ ምላሽ ለመስጠት እንጥራለን
       *[other] በ{ $count } ሰዓታት ውስጥ ምላሽ ለመስጠት እንጥራለን
    }
service-sla-business-days =
    { $count ->
        [one] በ{ $count } የሥራ ቀን ውስጥ ምላሽ ለመስጠት እንጥራለን
       *[other] በ{ $count } የሥራ ቀናት ውስጥ ምላሽ ለመስጠት እንጥራለን
    }
service-sla-calendar-days =
    { $count ->
        [one] በ{ $count } ቀን ውስጥ ምላሽ ለመስጠት እንጥራለን
       *[other] በ{ $count } ቀናት ውስጥ ምላሽ ለመስጠት እንጥራለን
    }
service-back = ሁሉም የከተማ አገልግሎቶች
service-not-found-title = አገልግሎቱ አልተገኘም – { -product-name }
service-not-found-heading = ያንን አገልግሎት ማግኘት አልቻልንም

## ስለ አገልግሎት ጥያቄ የሚቀርቡ ቅሬታዎች
request-complaint-heading = ይህ ጥያቄ በሚሄድበት ሁኔታ አልረኩም?
request-complaint-overdue = የሚጠበቅበት ቀን አልፏል፤ ይህ ጥያቄም ገና አልተዘጋም። ቅሬታ ማቅረብ ይችላሉ፦ አንድ ተቆጣጣሪ በ5 የሥራ ቀናት ውስጥ ምላሽ መስጠት አለበት፤ ካልሆነ ቅሬታው ለሚመለከተው ክፍል አመራር ይተላለፋል።
request-complaint-closed = ችግሩ ካልተፈታ ወይም ይህ ጥያቄ በተዘጋበት መንገድ ካልተስማሙ ቅሬታ ማቅረብ ይችላሉ፦ አንድ ተቆጣጣሪ በ5 የሥራ ቀናት ውስጥ ምላሽ መስጠት አለበት፤ ካልሆነ ቅሬታው ለሚመለከተው ክፍል አመራር ይተላለፋል።
request-complaint-details = ችግሩ ምንድን ነው?
request-complaint-details-hint = ለምሳሌ፦ ጥያቄው ከተዘጋ በኋላም የመንገድ ጉድጓዱ አሁንም አለ።
request-complaint-email = የኢሜይል አድራሻ (አማራጭ)
request-complaint-email-hint = ምላሹን ልናሳውቅዎ እንድንችል ነው። በይፋ ፈጽሞ አይታይም።
request-complaint-submit = ቅሬታ ያቅርቡ
request-complaint-filed = ቅሬታዎ ቀርቧል። ከታች ባለው የሂደት ዝርዝር ውስጥ ይታያል።
request-complaint-pending = ስለዚህ ጥያቄ የቀረበ ቅሬታ ምላሽ እየጠበቀ ነው፤ ምላሹ እስከ { $date } ይጠበቃል።
request-complaint-escalated = ምላሹ ስለዘገየ ቅሬታው ለሚመለከተው ክፍል አመራር ተላልፏል።
request-complaint-error-details = ችግሩ ምን እንደሆነ ይንገሩን
request-complaint-error-too-long = ቅሬታው ከ2000 ፊደላት መብለጥ የለበትም
status-complaint = ቅሬታ ቀርቧል
status-escalated = ቅሬታው ለሚመለከተው ክፍል አመራር ተላልፏል
