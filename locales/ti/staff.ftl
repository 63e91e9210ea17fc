### ገጽ ሰራሕተኛታት፦ ምእታው፣ መስርዕ ሕቶታት፣ ኩነታት ሕቶ ምቕያር፣ መዝገብ ኦዲት።

staff-page-title = { $heading } – ሰራሕተኛታት { -product-name }
staff-unavailable = ገጽ ሰራሕተኛታት ሕጂ ክርአ ኣይከኣለን። በጃኹም ድሕሪ ቁሩብ ደቓይቕ እንደገና ፈትኑ።
staff-forbidden-heading = ነዚ ገጽ ክትከፍትዎ ኣይትኽእሉን
staff-forbidden-body = ሕሳብኩም ናብዚ ክፋል ገጽ ሰራሕተኛታት ንምእታው ፍቓድ የብሉን። እንተድሊኹምዎ ንሓደ ኣመሓዳሪ ሕተቱ።

## ምእታው
staff-login-heading = ምእታው ሰራሕተኛታት
staff-password = መሕለፊ ቃል
staff-sign-in = ምእታው
staff-sign-out = ምውጻእ
staff-signed-in-as = ከም { $name } ኣቲኹም ኣለኹም
staff-login-error-wrong = ኣድራሻ ኢመይል ወይ መሕለፊ ቃል ልክዕ ኣይኮነን
staff-login-error-locked = ንምእታው ብዙሕ ፈተነታት ተገይሩ። 15 ደቒቕ ተጸበዩ፣ ድሕሪኡ እንደገና ፈትኑ።
staff-error-csrf = እቲ ቅጥዒ ግዜኡ ሓሊፉ ነይሩ። ነቲ ገጽ እንደገና ጽዓንዎ እሞ እንደገና ፈትኑ።

## መስርዕ
staff-queue-heading = መስርዕ ሕቶታት ኣገልግሎት
staff-filter-any = ዝኾነ
staff-filter-overdue = ዝተጸበየሉ ዕለት ዝሓለፎም ሕቶታት ጥራይ
staff-filter-complaints = መልሲ ዝጽበ ጥርዓን ዘለዎም ሕቶታት ጥራይ
staff-filter-apply = ሕቶታት ኣርእዩ
staff-queue-empty = ምስዞም መጻረዪታት ዝሰማማዕ ሕቶ ኣገልግሎት የለን።
staff-column-number = ቁጽሪ ሕቶ ኣገልግሎት
staff-complaint-due = ጥርዓን፦ ክሳብ { $date } መልሲ ክወሃብ ኣለዎ
staff-complaint-escalated = ጥርዓን ናብ ዝለዓለ ደረጃ ተመሓላሊፉ፦ እቲ መልሲ ደንጒዩ

## ሓደ ሕቶ
staff-change-heading = ኩነታት ምቕያር
staff-new-status = ሓድሽ ኩነታት
staff-reason = ምኽንያት ምዕጻው
staff-reason-hint = እቲ ሓድሽ ኩነታት ነቲ ሕቶ ዝዓጾ ምስ ዝኸውን የድሊ። ምስቲ ኩነታት ክሰማማዕ ኣለዎ።
staff-reason-none = ምኽንያት የለን፦ እቲ ሕቶ ክፉት ኮይኑ ይጸንሕ
staff-public-note = ህዝባዊ መዘኻኸሪ
staff-public-note-hint = ነባሪ ነዚ ኣብ ገጽ ኩነታት ይርእዮ። ክትዓጽዉ ከለኹም፣ እንታይ ከም ዝተገብረ፣ ወይ ስለምንታይ ዋላ ሓንቲ ከም ዘይተገብረ ግለጹ።
staff-internal-note = ውሽጣዊ መዘኻኸሪ
staff-internal-note-hint = ነዚ ሰራሕተኛታት ጥራይ እዮም ዝርእይዎ።
staff-save = ነቲ ለውጢ ዓቅቡ
staff-saved = እቲ ለውጢ ተዓቂቡ።
staff-history-heading = ምሉእ ታሪኽ
staff-error-status = ካብቲ ዝርዝር ሓደ ኩነታት ምረጹ
staff-error-reason-missing = ነቲ ሕቶ ንምዕጻው ምኽንያት ምረጹ
staff-error-reason-mismatch = እቲ ምኽንያት ምስቲ ሓድሽ ኩነታት ኣይሰማማዕን። ምስኡ ዝሰማማዕ ምኽንያት ምረጹ።
staff-error-note-missing = እንታይ ከም ዝተገብረ፣ ወይ ስለምንታይ ዋላ ሓንቲ ከም ዘይተገብረ ንነባሪ ዝገልጽ ህዝባዊ መዘኻኸሪ ጽሓፉ
staff-error-reason-open = ምኽንያት ምዕጻው ንሕቶ ዝዓጽዉ ኩነታት ጥራይ እዩ

## ምኽንያታት ምዕጻው
staff-reason-repaired = ተጸጊኑ
staff-reason-cleaned = ጸሪዩ
staff-reason-removed = ተኣልዩ
staff-reason-other-government = ናብ ካልእ ደረጃ መንግስቲ ተመሓላሊፉ
staff-reason-utility-company = ናብቲ ትካል ኣገልግሎት ወይ ዋና ዝኾነ ኩባንያ ተመሓላሊፉ
staff-reason-private-property = ኣብ ውልቃዊ ንብረት፦ ናብ ዋንኡ ተመሓላሊፉ
staff-reason-not-found = ተመርሚሩ፦ ዝተረኽበ ጸገም የለን
staff-reason-already-resolved = ሰራሕተኛታት ቅድሚ ምብጻሖም ተፈቲሑ ነይሩ
staff-reason-meets-standard = ተመርሚሩ፦ መለክዒ ከተማ የማልእ
staff-reason-duplicate = ድግማ ካልእ ሕቶ

## መዝገብ ኦዲት
staff-audit-heading = መዝገብ ኦዲት
staff-column-when = መዓስ
staff-column-who = መን
staff-column-action = ተግባር
staff-column-detail = ዝርዝር
staff-action-login = ኣትዩ
staff-action-logout = ወጺኡ
staff-action-login-failed = ዘይተዓወተ ምእታው
staff-action-login-locked = ምእታው ተኸልኪሉ፦ ብዙሕ ፈተነታት
staff-action-status-change = ኩነታት ተቐይሩ
staff-action-escalation = ጥርዓን ብኣውቶማቲክ ናብ ዝለዓለ ደረጃ ተመሓላሊፉ፦ ግዜ SLA ሓሊፉ

## ካብ መስርዕ ብዙሓት ሕቶታት ብሓንሳብ ምቕያር
staff-bulk-column = ምርጫ
staff-bulk-select = ሕቶ { $number } ምረጹ
staff-bulk-heading = ዝተመርጹ ሕቶታት ምቕያር
staff-bulk-hint = ኣብቲ ሰሌዳ ንሕቶታት ምልክት ግበሩሎም፣ ድሕሪኡ ነቲ ለውጢ ምረጹ። ነፍሲ ወከፍ ሕቶ ተመሳሳሊ ኩነታት፣ ምኽንያትን መዘኻኸርታትን ይወሃቦ፣ ኣብ ታሪኹ ድማ ናቱ መስመር ይህልዎ።
staff-bulk-button = ዝተመርጹ ሕቶታት ቀይሩ
staff-bulk-saved =
    { $count ->
        [one] ሓደ ሕቶ ተቐይሩ።
       *[other] { $count } ሕቶታት ተቐይሮም።
    }
staff-error-none-selected = ኣብቲ ሰሌዳ እንተወሓደ ሓደ ሕቶ ምረጹ።
staff-bulk-skipped =
    { $count ->
        [one] ሓደ ሕቶ ኣይተቐየረን፦ «ተዛዚሙ» ተባሂሉ ንኽምልከት ስእሊ ናይቲ ዝተዛዘመ ስራሕ የድሊ። ስእሊ ንምውሳኽ ክፈትዎ።
       *[other] { $count } ሕቶታት ኣይተቐየሩን፦ «ተዛዚሙ» ተባሂሎም ንኽምልከቱ ስእሊ ናይቲ ዝተዛዘመ ስራሕ የድሊ። ስእሊ ንምውሳኽ ነፍሲ ወከፍ ክፈትዎ።
    }

## ምስ ለውጢ ኩነታት ዝቐርብ ስእሊ (ናይቲ ዝተዛዘመ ስራሕ)
staff-photo = ስእሊ ናይቲ ስራሕ (ኣማራጺ)
staff-photo-hint = ክሳብ 10 MB ዝኾነ JPEG፣ PNG ወይ WebP ስእሊ። ነበርቲ ኣብ «ክሳብ ሕጂ ዘጋጠመ» ናይቲ ሕቶ ይርእይዎ።
staff-photo-hint-required = እዚ ኣገልግሎት፣ እቲ ሕቶ «ተዛዚሙ» ተባሂሉ ንኽምልከት፣ ስእሊ ናይቲ ዝተዛዘመ ስራሕ የድልዮ። ክሳብ 10 MB ዝኾነ JPEG፣ PNG ወይ WebP ስእሊ፤ ነበርቲ ኣብ «ክሳብ ሕጂ ዘጋጠመ» ይርእይዎ።
staff-error-completion-photo-missing = ስእሊ ናይቲ ዝተዛዘመ ስራሕ ወስኹ፦ እዚ ኣገልግሎት እቲ ሕቶ «ተዛዚሙ» ተባሂሉ ንኽምልከት ስእሊ የድልዮ
