## ብዛዕባ ሕቶ ብኢመይል ወይ ብጽሑፍ መልእኽቲ ዝለኣኽ ሓበሬታ፦ ቅጥዕታት ገጽ ኩነታት፣ ገጽ
## ምቁራጽ ሓበሬታ፣ ከምኡውን እቶም መልእኽትታት ባዕሎም። መልእኽትታት ቀሊል ጽሑፍ እዮም፤ $number ቁጽሪ
## ሕቶ እዩ ከም 2026-000123፣ $service ስም ዓይነት ኣገልግሎት፣ $status ስም ኩነታት።

updates-heading = ሓድሽ ሓበሬታ ተቐበሉ
updates-intro = እዚ ሕቶ ኣብ ዝቕየረሉ ግዜ ኩሉ ክንሕብረኩም ንኽእል ኢና። ቅድም እቲ ኣድራሻ ናትኩም ምዃኑ ንምርግጋጽ ኮድ ክንልእከልኩም ኢና።
updates-email-label = ኣድራሻ ኢመይል
updates-email-hint = ንሓበሬታ ብዛዕባ እዚ ሕቶ ጥራይ ኢና ንጥቀመሉ።
updates-email-button = ሓበሬታ ብኢመይል ስደዱለይ
updates-phone-label = ቁጽሪ ሞባይል
updates-phone-hint = ንኣብነት 416 555 0123። ኩባንያ ተሌፎንኩም ንመልእኽትታት ክፍሊት ክሓተኩም ይኽእል እዩ።
updates-phone-button = ሓበሬታ ብጽሑፍ መልእኽቲ ስደዱለይ
updates-code-sent-email = ናብ { $address } 6 ኣሃዛት ዘለዎ ኮድ ልኢኽና ኣለና።
updates-code-sent-sms = ናብ { $address } ብጽሑፍ መልእኽቲ 6 ኣሃዛት ዘለዎ ኮድ ልኢኽና ኣለና።
updates-code-label = ኮድ
updates-code-hint = እቲ ኮድ ካብ እንሰደሉ ሰዓት ኣትሒዙ ድሕሪ 15 ደቓይቕ ግዜኡ ይውዳእ።
updates-confirm-button = ኣረጋግጹ
updates-resend-button = ሓድሽ ኮድ ስደዱለይ
updates-resent = ሓድሽ ኮድ ልኢኽና ኣለና። ዝሰርሕ እቲ ናይ መወዳእታ ዝተላእከ ኮድ ጥራይ እዩ።
updates-on = ብዛዕባ እዚ ሕቶ ሓበሬታ ክበጽሓኩም እዩ። ኣብ ነፍሲ ወከፍ መልእኽቲ ነቲ ሓበሬታ ንምቁራጽ ዝኽእል ሊንክ ኣሎ።
updates-already = እዚ ኣድራሻ ብዛዕባ እዚ ሕቶ ድሮ ሓበሬታ ይቕበል ኣሎ።
updates-error-email = ከም name@example.com ዝበለ ኣድራሻ ኢመይል ኣእትዉ
updates-error-phone = ቁጽሪ ሞባይል ምስ ኮድ ከባቢኡ ኣእትዉ፣ ከም 416 555 0123
updates-error-too-many = ኣብ ሓጺር ግዜ ብዙሓት ኮዳት ሓቲትኩም። እቲ ናይ መወዳእታ ዝለኣኽናልኩም ኮድ ተጠቐሙ፣ ወይ ድሕሪ ሓደ ሰዓት እንደገና ፈትኑ።
updates-error-code-format = ነቲ ኣብቲ ዝለኣኽናልኩም መልእኽቲ ዘሎ 6 ኣሃዛት ዘለዎ ኮድ ኣእትዉ
updates-error-code-wrong = እቲ ኮድ ቅኑዕ ኣይኮነን። ነቲ ናይ መወዳእታ ዝለኣኽናልኩም መልእኽቲ ተመልከቱ እሞ እንደገና ፈትኑ።
updates-error-code-expired = ግዜ ናይቲ ኮድ ተወዲኡ። ሓድሽ ኮድ ሕተቱ።
updates-error-code-attempts = እቲ ኮድ ብዙሕ ግዜ ብጌጋ ኣትዩ። ሓድሽ ኮድ ሕተቱ።
updates-error-unknown = እዚ ኮድ ደጊም ክሰርሕ ኣይክእልን። ሓበሬታ እንደገና ሕተቱ።

unsubscribe-title = ሓበሬታ ኣቋርጹ
unsubscribe-heading = ብዛዕባ ሕቶ { $number } ዝለኣኽ ሓበሬታ ኣቋርጹ
unsubscribe-sent-to-email = ሓበሬታ ናብ { $address } ይለኣኽ ኣሎ።
unsubscribe-sent-to-sms = ሓበሬታ ብጽሑፍ መልእኽቲ ናብ { $address } ይለኣኽ ኣሎ።
unsubscribe-button = ሓበሬታ ኣቋርጹ
unsubscribe-done = ብዛዕባ ሕቶ { $number } ደጊም ሓበሬታ ኣይክበጽሓኩምን እዩ።
unsubscribe-unknown = እዚ ሊንክ ቅኑዕ ኣይኮነን። ምሉእ ብምሉእ ከም ዝተቐድሐ ኣረጋግጹ።
unsubscribe-back = ነቲ ሕቶ ተመልከቱ

notify-code-subject = ንሕቶ { $number } ዝኸውን ኮድኩም
notify-code-email =
    ኮድኩም { $code } እዩ።
    
    ብዛዕባ ሕቶ { $number } ሓበሬታ ኣብ ዝሓተትኩምሉ ገጽ ኣእትውዎ። ኣብ 15 ደቓይቕ ግዜኡ ይውዳእ።
    
    ሓበሬታ እንተዘይሓቲትኩም፣ ነዚ ኢመይል ዕሽሽ በልዎ።
notify-code-sms = ንሕቶ { $number } ዝኸውን ናይ 311 ኮድኩም { $code } እዩ። ኣብ 15 ደቓይቕ ግዜኡ ይውዳእ።
notify-status-subject = ሕቶ { $number }፦ { $status }
notify-status-email = ሕቶኹም { $number } ({ $service }) ሕጂ ኣብዚ ኩነታት እዚ ይርከብ፦ { $status }።
notify-status-sms = 311፦ ሕቶ { $number } ({ $service }) ሕጂ ኣብዚ ኩነታት እዚ ይርከብ፦ { $status }።
notify-note = መልእኽቲ ካብ ከተማ፦ { $note }
notify-escalated-subject = ሕቶ { $number }፦ ጥርዓንኩም ናብ ምምሕዳር ክፍሊ ተመሓላሊፉ
notify-escalated-email = ብዛዕባ ሕቶ { $number } ({ $service }) ዘቕረብኩምዎ ጥርዓን ኣብ ግዜኡ መልሲ ስለ ዘይረኸበ፣ ናብ ምምሕዳር ናይቲ ዝምልከቶ ክፍሊ ተመሓላሊፉ።
notify-escalated-sms = 311፦ ብዛዕባ ሕቶ { $number } ዘቕረብኩምዎ ጥርዓን ናብ ምምሕዳር ናይቲ ዝምልከቶ ክፍሊ ተመሓላሊፉ።
notify-link = ነቲ ሕቶን ታሪኹን ተመልከቱ፦ { $link }
notify-link-sms = { $link }
notify-footer-email = እዚ ኢመይል ዝበጽሓኩም፣ ብዛዕባ እዚ ሕቶ ሓበሬታ ስለ ዝሓተትኩም እዩ።
notify-unsubscribe = ነዚ ሓበሬታ ኣቋርጹ፦ { $unsubscribe }
notify-unsubscribe-sms = ንምቁራጽ STOP ኢልኩም መልሱ፣ ወይ ናብ { $unsubscribe } ኪዱ
