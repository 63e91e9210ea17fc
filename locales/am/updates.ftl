## ስለ አንድ ጥያቄ በኢሜይል ወይም በጽሑፍ መልእክት የሚላኩ ማሳወቂያዎች፦ በሁኔታ ገጹ ላይ ያሉ ቅጾች፣ የማቆሚያ ገጹ
## እና መልእክቶቹ ራሳቸው። መልእክቶቹ ተራ ጽሑፍ ናቸው፤ $number እንደ 2026-000123 ያለ የጥያቄ ቁጥር ነው፣
## $service የአገልግሎት ዓይነት ስም፣ $status የሁኔታ ስም ነው።

updates-heading = ማሳወቂያዎችን ያግኙ
updates-intro = ይህ ጥያቄ በተለወጠ ቁጥር ልናሳውቅዎ እንችላለን። መጀመሪያ የኢሜይል አድራሻው ወይም ስልክ ቁጥሩ የእርስዎ መሆኑን ለማረጋገጥ ኮድ እንልክልዎታለን።
updates-email-label = የኢሜይል አድራሻ
updates-email-hint = ስለዚህ ጥያቄ ማሳወቂያዎችን ለመላክ ብቻ እንጠቀምበታለን።
updates-email-button = ማሳወቂያዎችን በኢሜይል ይላኩልኝ
updates-phone-label = የሞባይል ስልክ ቁጥር
updates-phone-hint = ለምሳሌ 416 555 0123። የስልክ አገልግሎት ሰጪዎ ለመልእክቶች ክፍያ ሊያስከፍል ይችላል።
updates-phone-button = ማሳወቂያዎችን በጽሑፍ መልእክት ይላኩልኝ
updates-code-sent-email = ባለ 6 አሃዝ ኮድ ወደ { $address } ልከናል።
updates-code-sent-sms = ባለ 6 አሃዝ ኮድ በጽሑፍ መልእክት ወደ { $address } ልከናል።
updates-code-label = ኮድ
updates-code-hint = ኮዱ ከተላከ ከ15 ደቂቃ በኋላ ጊዜው ያልፋል።
updates-confirm-button = ያረጋግጡ
updates-resend-button = አዲስ ኮድ ይላኩልኝ
updates-resent = አዲስ ኮድ ልከናል። የሚሠራው የመጨረሻው ኮድ ብቻ ነው።
updates-on = ስለዚህ ጥያቄ ማሳወቂያዎችን ያገኛሉ። እያንዳንዱ መልእክት ማሳወቂያዎቹን ለማቆም የሚያስችል ሊንክ ይዟል።
updates-already = ይህ የኢሜይል አድራሻ ወይም ስልክ ቁጥር ስለዚህ ጥያቄ ማሳወቂያዎችን አስቀድሞ እያገኘ ነው።
updates-error-email = እንደ name@example.com ያለ የኢሜይል አድራሻ ያስገቡ
updates-error-phone = የሞባይል ቁጥርዎን ከአካባቢ መለያ ቁጥሩ ጋር ያስገቡ፣ ለምሳሌ 416 555 0123
updates-error-too-many = በአጭር ጊዜ ውስጥ ብዙ ኮዶችን ጠይቀዋል። የላክንልዎን የመጨረሻ ኮድ ይጠቀሙ፣ ወይም ከአንድ ሰዓት በኋላ እንደገና ይሞክሩ።
updates-error-code-format = በላክንልዎ መልእክት ውስጥ ያለውን ባለ 6 አሃዝ ኮድ ያስገቡ
updates-error-code-wrong = ኮዱ ትክክል አይደለም። የላክንልዎን የመጨረሻ መልእክት አይተው እንደገና ይሞክሩ።
updates-error-code-expired = የኮዱ ጊዜ አልፏል። አዲስ ኮድ ይጠይቁ።
updates-error-code-attempts = ኮዱ በስህተት ብዙ ጊዜ ገብቷል። አዲስ ኮድ ይጠይቁ።
updates-error-unknown = ይህን ኮድ ከእንግዲህ መጠቀም አይቻልም። ማሳወቂያዎችን እንደገና ይጠይቁ።

unsubscribe-title = ማሳወቂያዎችን ማቆም
unsubscribe-heading = ስለ ጥያቄ ቁጥር { $number } የሚላኩ ማሳወቂያዎችን ያቁሙ
unsubscribe-sent-to-email = ማሳወቂያዎቹ ወደ { $address } ይላካሉ።
unsubscribe-sent-to-sms = ማሳወቂያዎቹ በጽሑፍ መልእክት ወደ { $address } ይላካሉ።
unsubscribe-button = ማሳወቂያዎችን ያቁሙ
unsubscribe-done = ስለ ጥያቄ ቁጥር { $number } ከእንግዲህ ማሳወቂያ አይደርስዎትም።
unsubscribe-unknown = ይህ ሊንክ ትክክል አይደለም። ሙሉ በሙሉ መቅዳቱን ያረጋግጡ።
unsubscribe-back = ጥያቄውን ይመልከቱ

notify-code-subject = የጥያቄ ቁጥር { $number } ኮድዎ
notify-code-email =
    ኮድዎ { $code } ነው።
    
    ስለ ጥያቄ ቁጥር { $number } ማሳወቂያ በጠየቁበት ገጽ ላይ ያስገቡት። ኮዱ በ15 ደቂቃ ውስጥ ጊዜው ያልፋል።
    
    ማሳወቂያ ካልጠየቁ ይህን ኢሜይል ችላ ይበሉት።
notify-code-sms = የ311 ጥያቄ ቁጥር { $number } ኮድዎ { $code } ነው። በ15 ደቂቃ ውስጥ ጊዜው ያልፋል።
notify-status-subject = ጥያቄ ቁጥር { $number }፦ { $status }
notify-status-email = የጥያቄዎ ቁጥር { $number } ({ $service }) የአሁኑ ሁኔታ፦ { $status }።
notify-status-sms = 311፦ የጥያቄ ቁጥር { $number } ({ $service }) የአሁኑ ሁኔታ፦ { $status }።
notify-note = ከከተማው የተሰጠ ማስታወሻ፦ { $note }
notify-escalated-subject = ጥያቄ ቁጥር { $number }፦ ቅሬታዎ ለሚመለከተው ክፍል አመራር ተላልፏል
notify-escalated-email = ስለ ጥያቄ ቁጥር { $number } ({ $service }) ያቀረቡት ቅሬታ በጊዜው ምላሽ ስላላገኘ ለሚመለከተው ክፍል አመራር ተላልፏል።
notify-escalated-sms = 311፦ ስለ ጥያቄ ቁጥር { $number } ያቀረቡት ቅሬታ ለሚመለከተው ክፍል አመራር ተላልፏል።
notify-link = ጥያቄውን እና የሂደቱን ዝርዝር ይመልከቱ፦ { $link }
notify-link-sms = { $link }
notify-footer-email = ይህ ኢሜይል የደረሰዎት ስለዚህ ጥያቄ ማሳወቂያ ስለጠየቁ ነው።
notify-unsubscribe = እነዚህን ማሳወቂያዎች ያቁሙ፦ { $unsubscribe }
notify-unsubscribe-sms = ለማቆም STOP ብለው ይመልሱ፣ ወይም { $unsubscribe } ይጎብኙ
