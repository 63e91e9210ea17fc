### ጽሑፋት ገጽ Civic311፦ ትግርኛ።

-product-name = Civic311

site-name = { -product-name }
skip-to-content = ናብ ቀንዲ ትሕዝቶ ሕለፉ
language-switcher-label = ቋንቋ
loading = ይጽዕን ኣሎ…
footer-emergency = ንህጹጽ ኩነታት 911 ደውሉ። እዚ ገጽ ንህጹጽ ዘይኮኑ ኣገልግሎታት ከተማ ጥራይ እዩ።

home-title = ጸገም ሓብሩ ወይ ኣገልግሎት ከተማ ሕተቱ – { -product-name }
home-heading = ጸገም ሓብሩ ወይ ኣገልግሎት ከተማ ሕተቱ
home-intro = ብዛዕባ ጉድጓድ ጽርግያ፣ ዘይተኣከበ ጓሓፍ፣ ኣብ መንደቕ ዝተጻሕፈ ጽሑፍ ከምኡውን ካልእ ልዕሊ 60 ህጹጽ ዘይኮኑ ጸገማት ንከተማ ሓብሩ። ቀጺሉ ዝኸውን ንምክትታል ቁጽሪ ሕቶ ኣገልግሎት ክወሃበኩም እዩ።
home-groups-heading = ብዛዕባ እንታይ እዩ?
home-report-button = ጸገም ሓብሩ
service-group-count =
    { $count ->
        [one] { $count } ኣገልግሎት
       *[other] { $count } ኣገልግሎታት
    }
catalogue-unavailable = ዝርዝር ኣገልግሎታት ሕጂ ክርአ ኣይከኣለን። በጃኹም ድሕሪ ቁሩብ ደቓይቕ እንደገና ፈትኑ።

not-found-title = እቲ ገጽ ኣይተረኽበን – { -product-name }
not-found-heading = እቲ ገጽ ኣይተረኽበን
not-found-home-link = ናብ መበገሲ ገጽ ኪዱ

## ምንቅስቓስን ጌጋታት ቅጥዕን
site-nav-label = ቀንዲ
nav-track = ሕቶ ተኸታተሉ
nav-report = ጸገም ሓብሩ
error-title-prefix = ጌጋ፦
error-summary-heading = ጸገም ኣሎ

## ሕቶ ኣገልግሎት ምድላይ
lookup-title = ሕቶ ኣገልግሎት ተኸታተሉ – { -product-name }
lookup-heading = ሕቶ ኣገልግሎት ተኸታተሉ
lookup-label = ቁጽሪ ሕቶ ኣገልግሎት
lookup-hint = ቁጽሪ ሕቶ ኣገልግሎትኩም ኣብ ገጽ ምርግጋጽን ኣብ ኢመይላትኩምን ይርከብ። ከም 2026-000123 ዝመስል እዩ።
lookup-button = ሕቶይ ድለ
lookup-error-format = ቁጽሪ ሕቶ ኣገልግሎትኩም ከም 2026-000123 ብዝመስል ቅርጺ ኣእትዉ

## ሓደ ሕቶ ኣገልግሎት
request-title = ሕቶ ኣገልግሎት { $number } – { -product-name }
request-heading = ሕቶ ኣገልግሎት { $number }
request-status = ኩነታት
request-service = ኣገልግሎት
request-division = ዝከታተሎ ክፍሊ
request-filed = ዝበጽሐሉ ዕለት
request-expected = ዝጽበየሉ ዕለት
request-location = ቦታ
request-ward = ወረዳ
request-ward-value = ወረዳ { $number }፦ { $name }
request-due-today = ሎሚ ይጽበ
request-days-left =
    { $days ->
        [one] { $days } መዓልቲ ተሪፉ
       *[other] { $days } መዓልታት ተሪፉ
    }
request-days-overdue =
    { $days ->
        [one] ካብ ዝተጸበየ ዕለት { $days } መዓልቲ ሓሊፉ
       *[other] ካብ ዝተጸበየ ዕለት { $days } መዓልታት ሓሊፉ
    }
request-timeline-heading = ክሳብ ሕጂ ዘጋጠመ
request-event-photo-alt = ከተማ ዘቕረቦ ስእሊ ናይቲ ስራሕ፣ ቁጽሪ { $number }
request-unavailable = እዚ ሕቶ ኣገልግሎት ሕጂ ክርአ ኣይከኣለን። በጃኹም ድሕሪ ቁሩብ ደቓይቕ እንደገና ፈትኑ።
request-not-found-title = ሕቶ ኣገልግሎት ኣይተረኽበን – { -product-name }
request-not-found-heading = ነቲ ሕቶ ኣገልግሎት ክንረኽቦ ኣይከኣልናን
request-not-found-body = ቁጽሪ ሕቶ ኣገልግሎት { $number } የለን። ነቲ ኣብ ገጽ ምርግጋጽ ወይ ኣብ ኢመይልኩም ዘሎ ቁጽሪ ተመልከቱ። ሕጂ ዘቕረብኩምዎ ሕቶ ንክርአ ሓንቲ ደቒቕ ክወስድ ይኽእል እዩ።
request-not-found-retry = ካልእ ቁጽሪ ድለዩ

## ኩነታት፣ ብቐሊል ቋንቋ
status-received = በጺሑ
status-assigned = ንዝምልከቶ ክፍሊ ተዋሂቡ
status-inspection = ምርመራ
status-scheduled = ዕለት ዕዮ ተወሲኑ
status-completed = ተዛዚሙ
status-closed_referred = ተዓጺዉ – ናብ ካልእ ትካል ተመሓላሊፉ
status-closed_no_action = ተዓጺዉ – ስጉምቲ ኣየድልን
status-closed_duplicate = ተዓጺዉ – ቅድሚ ሕጂ ተሓቢሩ

## ዝርዝር ኣገልግሎታት ከተማ
nav-services = ኣገልግሎታት ከተማ
services-title = ኣገልግሎታት ከተማ – { -product-name }
services-heading = ኣገልግሎታት ከተማ
services-intro = ንጸገምኩም ዝኸውን ኣገልግሎት ድለዩ። ብናይ ባዕልኹም ቃላት ድለዩ፣ ወይ ብኣርእስቲ ተመልከቱ።
services-search-label = ኣገልግሎት ድለዩ
services-search-hint = ንኣብነት፦ ጉድጓድ ጽርግያ፣ ዘይተኣከበ ጓሓፍ፣ ዓው ዝበለ ድምጺ
services-search-button = ድለ
services-results-heading =
    { $count ->
        [one] ምስ «{ $query }» ዝሰማማዕ { $count } ኣገልግሎት
       *[other] ምስ «{ $query }» ዝሰማምዑ { $count } ኣገልግሎታት
    }
services-no-results = ምስ «{ $query }» ዝሰማማዕ ኣገልግሎት የለን። ካልእ ቃላት ፈትኑ፣ ወይ ኣብ ታሕቲ ዘለዉ ኣርእስትታት ተመልከቱ።
services-browse-heading = ብኣርእስቲ ተመልከቱ
service-detail-title = { $name } – { -product-name }
service-topic = ኣርእስቲ
service-standard = መለክዒ ኣገልግሎት
service-sla-hours =
    { $count ->
        [one] ኣብ ውሽጢ { $count } ሰዓት መልሲ ክንህብ ንጽዕር
       *[other] ኣብ ውሽጢ { $count } ሰዓታት መልሲ ክንህብ ንጽዕር
    }
service-sla-business-days =
    { $count ->
        [one] ኣብ ውሽጢ { $count } መዓልቲ ስራሕ መልሲ ክንህብ ንጽዕር
       *[other] ኣብ ውሽጢ { $count } መዓልታት ስራሕ መልሲ ክንህብ ንጽዕር
    }
service-sla-calendar-days =
    { $count ->
        [one] ኣብ ውሽጢ { $count } መዓልቲ መልሲ ክንህብ ንጽዕር
       *[other] ኣብ ውሽጢ { $count } መዓልታት መልሲ ክንህብ ንጽዕር
    }
service-back = ኩሎም ኣገልግሎታት ከተማ
service-not-found-title = ኣገልግሎት ኣይተረኽበን – { -product-name }
service-not-found-heading = ነቲ ኣገልግሎት ክንረኽቦ ኣይከኣልናን

## ብዛዕባ ሕቶ ኣገልግሎት ዝቐርብ ጥርዓን
request-complaint-heading = ብኣካይዳ እዚ ሕቶ ዕጉባት ኣይኮንኩምን?
request-complaint-overdue = እቲ ዝጽበየሉ ዕለት ሓሊፉ፣ እዚ ሕቶ ድማ ገና ኣይተዓጽወን። ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም፦ ሓደ ተቖጻጻሪ ኣብ ውሽጢ 5 መዓልታት ስራሕ መልሲ ክህበሉ ኣለዎ፣ እንተዘይኮይኑ ናብ ምምሕዳር ናይቲ ዝምልከቶ ክፍሊ ይመሓላለፍ።
request-complaint-closed = እቲ ጸገም እንተዘይተዓርዩ፣ ወይ ብኣገባብ ምዕጻው እዚ ሕቶ እንተዘይሰማማዕኩም፣ ጥርዓን ከተቕርቡ ትኽእሉ ኢኹም፦ ሓደ ተቖጻጻሪ ኣብ ውሽጢ 5 መዓልታት ስራሕ መልሲ ክህበሉ ኣለዎ፣ እንተዘይኮይኑ ናብ ምምሕዳር ናይቲ ዝምልከቶ ክፍሊ ይመሓላለፍ።
request-complaint-details = እንታይ ጸገም ኣሎ?
request-complaint-details-hint = ንኣብነት፦ እቲ ሕቶ ድሕሪ ምዕጻዉ'ውን እቲ ጉድጓድ ጽርግያ ገና ኣሎ።
request-complaint-email = ኣድራሻ ኢመይል (ኣማራጺ)
request-complaint-email-hint = ነቲ መልሲ ክንሕብረኩም ምእንቲ። ፈጺሙ ንህዝቢ ኣይርአን።
request-complaint-submit = ጥርዓን ኣቕርቡ
request-complaint-filed = ጥርዓንኩም ቀሪቡ ኣሎ። ኣብ ታሕቲ ኣብ ዘሎ ዝርዝር ፍጻመታት ይርአ።
request-complaint-pending = ብዛዕባ እዚ ሕቶ ዝቐረበ ጥርዓን መልሲ ይጽበ ኣሎ፤ እቲ መልሲ ክሳብ { $date } ይጽበ።
request-complaint-escalated = እቲ መልሲ ስለ ዝደንጎየ፣ እቲ ጥርዓን ናብ ምምሕዳር ናይቲ ዝምልከቶ ክፍሊ ተመሓላሊፉ።
request-complaint-error-details = እንታይ ጸገም ከም ዘሎ ንገሩና
request-complaint-error-too-long = እቲ ጥርዓን ካብ 2000 ፊደላት ክበዝሕ የብሉን
status-complaint = ጥርዓን ቀሪቡ
status-escalated = ጥርዓን ናብ ምምሕዳር ናይቲ ዝምልከቶ ክፍሊ ተመሓላሊፉ
