### ችግር ማሳወቅ፦ የ/report ገጾች፣ ስህተቶቻቸው፣ ካርታው እና ፎቶዎች።

report-page-title = { $heading } – { -product-name }
report-caption = ችግር ያሳውቁ
report-unavailable = የሪፖርት ቅጹ አሁን ሊታይ አይችልም። እባክዎ ከጥቂት ደቂቃዎች በኋላ እንደገና ይሞክሩ።
report-continue = ይቀጥሉ
report-optional = { $label } (አማራጭ)

## አገልግሎቱን መምረጥ
report-choose-heading = ምን ማሳወቅ ይፈልጋሉ?
report-choose-intro = በራስዎ ቃላት ይፈልጉ፣ ወይም ከታች ካሉት ርዕሶች ይምረጡ።
report-start-button = አሁን ይጀምሩ
report-choose-other = ሌላ ነገር ያሳውቁ
report-not-found-heading = ያንን ሪፖርት ማግኘት አልቻልንም
report-not-found-body = ሊንኩ ያልተሟላ ወይም በስህተት የተተየበ ሊሆን ይችላል።
report-start-again = አዲስ ሪፖርት ይጀምሩ

## ባለቤቱ ማን ነው፣ እና በጥላቻ የተነሳሳ የግድግዳ ላይ ጽሑፍ
report-owner-question = ችግሩ ያለበት ነገር ባለቤት ማን ነው?
report-owner-hint = በላዩ ላይ አርማ ወይም መለያ ይፈልጉ። ከተማው ሊጠግን የሚችለው የራሱ የሆነውን ብቻ ነው።
report-owner-city = የቶሮንቶ ከተማ፣ ለምሳሌ የከተማው ግድግዳ፣ ድልድይ፣ ምልክት ወይም የቆሻሻ መጣያ
report-owner-unknown = አላውቅም
report-owner-bell = Bell Canada (ቤል ካናዳ)፦ የስልክ ዳሶች፣ የBell ምሰሶዎችና ካቢኔቶች
report-owner-rogers = Rogers (ሮጀርስ)፦ የኬብል ሳጥኖችና ካቢኔቶች
report-owner-toronto-hydro = Toronto Hydro (ቶሮንቶ ሃይድሮ)፦ የኤሌክትሪክ ምሰሶዎች፣ ትራንስፎርመሮችና የኤሌክትሪክ ሳጥኖች
report-owner-canada-post = Canada Post (ካናዳ ፖስት)፦ የፖስታ ሳጥኖችና የጥቅል ማስቀመጫ ሳጥኖች
report-owner-ttc = TTC፦ የትራንዚት መጠለያዎች፣ ጣቢያዎችና ተሽከርካሪዎች
report-error-owner = ባለቤቱን ይምረጡ፣ ወይም «አላውቅም» የሚለውን ይምረጡ
report-referral-heading = ይህን መጠገን የከተማው ኃላፊነት አይደለም
report-referral-intro = ከተማው ሊጠግን ወይም ሊያጸዳ የሚችለው የራሱ የሆነውን ብቻ ስለሆነ የአገልግሎት ጥያቄ አልተፈጠረም። እባክዎ ለባለቤቱ ያሳውቁ።
report-referral-bell = Bell Canada፦ በ1-866-310-2355 ይደውሉ።
report-referral-rogers = Rogers፦ በ1-888-764-3771 ይደውሉ።
report-referral-toronto-hydro = Toronto Hydro፦ በ416-542-8000 ይደውሉ። ሽቦዎች ከወደቁ ወይም ብልጭታ የሚያወጡ ከሆነ፣ 10 ሜትር ርቀው ይቆዩና 911 ይደውሉ።
report-referral-canada-post = Canada Post፦ በ1-866-607-6301 ይደውሉ።
report-referral-ttc = TTC፦ ለደንበኞች አገልግሎት በ416-393-3030 ይደውሉ።
report-hate-heading = በጥላቻ የተነሳሳ የግድግዳ ላይ ጽሑፍ
report-hate-police = የግድግዳው ጽሑፍ ሰዎችን በዘራቸው፣ በሃይማኖታቸው፣ በብሔር ማንነታቸው፣ በጾታዊ ዝንባሌያቸው፣ በጾታቸው ወይም በአካል ጉዳታቸው ምክንያት ዒላማ ካደረገ፣ በመጀመሪያ ለቶሮንቶ ፖሊስ (Toronto Police) ያሳውቁ፦ ድንገተኛ ላልሆኑ ጉዳዮች በሆነው መስመር 416-808-2222 ይደውሉ፣ ወይም አንድ ሰው አደጋ ላይ ከሆነ 911 ይደውሉ። ፖሊስ ጽሑፉ ከመወገዱ በፊት የጥላቻ ወንጀል ሊሆን እንደሚችል አድርጎ ይመዘግበዋል።
report-hate-then = ከዚያም ከተማው በፍጥነት እንዲያስወግደው እዚህ ያሳውቁ።

## ቦታ
report-location-heading = ችግሩ የት ነው?
report-location-current = የተመረጠው ቦታ
report-location-address = { $address }፣ ወረዳ { $ward }
report-location-pin = ምልክት በ{ $lat }፣ { $long }፣ ወረዳ { $ward }
report-map-heading = በካርታው ላይ ምልክት ያስቀምጡ
report-map-hint = ችግሩ ባለበት ቦታ ካርታውን ጠቅ ያድርጉ ወይም ይንኩ፣ ከዚያም ለማስተካከል ምልክቱን ይጎትቱ። በቁልፍ ሰሌዳ፣ ካርታውን በቀስት ቁልፎች ያንቀሳቅሱ፣ ከዚያም «ምልክቱን በካርታው መሃል ያስቀምጡ» የሚለውን ይምረጡ።
report-map-label = ካርታ
report-map-pin = የችግሩ ቦታ
report-map-pin-at = ምልክቱ በ{ $lat }፣ { $long } ላይ ተቀምጧል
report-map-no-pin = እስካሁን ምልክት አልተቀመጠም
report-map-locate = ያለሁበትን ቦታ ይጠቀሙ
report-map-locate-failed = ያሉበት ቦታ ሊገኝ አልቻለም። ምልክቱን በካርታው ላይ ያስቀምጡ ወይም አድራሻ ይተይቡ።
report-map-centre = ምልክቱን በካርታው መሃል ያስቀምጡ
report-map-use = የዚህን ምልክት ቦታ ይጠቀሙ
report-address-heading = ወይም አድራሻ ወይም መስቀለኛ መንገድ ይተይቡ
report-place-label = መንገድ፣ መስቀለኛ መንገድ ወይም ቦታ
report-place-hint = ለምሳሌ፦ Queen St W & Spadina Ave፣ ወይም Nathan Phillips Square
report-place-find = ፈልግ
report-place-none = ከ«{ $query }» ጋር የሚዛመድ ምንም ነገር የለም። አጻጻፉን ያረጋግጡ፣ ወይም በአቅራቢያ ያለውን መስቀለኛ መንገድ ይሞክሩ።
report-place-choose = በጣም የሚቀርበውን ውጤት ይምረጡ
report-place-use = ይህን ቦታ ይጠቀሙ
report-place-kind-street = መንገድ
report-place-kind-intersection = መስቀለኛ መንገድ
report-place-kind-place = ቦታ
report-error-outside-city = ይህ ቦታ ከቶሮንቶ ከተማ ክልል ውጭ ነው። በከተማው ውስጥ ያለ ቦታ ይምረጡ።
report-error-pin-missing = በካርታው ላይ ምልክት ያስቀምጡ፣ ወይም ከታች አድራሻ ይተይቡ
report-error-place-choose = ከተገኙት ውጤቶች አንዱን ይምረጡ፣ ወይም እንደገና ይፈልጉ
report-error-location-missing = መንገድ፣ መስቀለኛ መንገድ ወይም ቦታ ይተይቡ፣ ወይም በካርታው ላይ ምልክት ያስቀምጡ

## ዝርዝሮች እና የመገናኛ መረጃ
report-details-heading = ስለ ችግሩ ይንገሩን
report-field-description = ችግሩን ይግለጹ
report-description-hint = የሚያዩትን፣ እና ሠራተኞች ችግሩን እንዲያገኙት የሚረዳ ማንኛውንም ነገር ይጻፉ። እባክዎ የግል መረጃ አያካትቱ።
report-contact-heading = የእርስዎ የመገናኛ መረጃ (አማራጭ)
report-contact-hint = መረጃውን የምንጠቀመው ስለዚህ ሪፖርት እርስዎን ለማግኘት ብቻ ነው። በይፋ ፈጽሞ አይታይም። ስምዎን ሳይገልጹ ሪፖርት ለማድረግ ባዶ ይተዉት።
report-field-first-name = የመጀመሪያ ስም
report-field-last-name = የቤተሰብ ስም
report-field-email = የኢሜይል አድራሻ
report-field-phone = ስልክ ቁጥር
report-error-missing = ለ«{ $field }» ጥያቄ መልስ ይስጡ
report-error-number = የ«{ $field }» መልስ ቁጥር መሆን አለበት፣ ለምሳሌ 3 ወይም 2.5
report-error-too-long = የ«{ $field }» መልስ ከ{ $max } ፊደላት መብለጥ የለበትም
report-error-choice = ለ«{ $field }» ከተዘረዘሩት መልሶች አንዱን ይምረጡ
report-error-datetime = ለ«{ $field }» ትክክለኛ ቀንና ሰዓት ያስገቡ
report-error-email = የኢሜይል አድራሻ በትክክለኛው ቅርጸት ያስገቡ፣ ለምሳሌ name@example.com
report-error-phone = ከ7 እስከ 15 አሃዝ ያለው ስልክ ቁጥር ያስገቡ፣ ለምሳሌ 416-392-2489

## ፎቶዎች
report-photos-heading = ፎቶዎች
report-photos-required = ይህ ዓይነቱ ችግር ቢያንስ አንድ ፎቶ ያስፈልገዋል። ፎቶው ሠራተኞች ችግሩን እንዲያገኙትና እንዲጠግኑት ይረዳል።
report-photos-optional = ፎቶዎች አማራጭ ናቸው፣ ነገር ግን ሠራተኞች ችግሩን እንዲያገኙትና እንዲጠግኑት ይረዳሉ።
report-photos-limits = በJPEG፣ PNG ወይም WebP ቅርጸት እስከ { $count } ፎቶዎች ማከል ይችላሉ፤ እያንዳንዳቸው እስከ { $megabytes } MB ሊሆኑ ይችላሉ። ከምናስቀምጠው ቅጂ ላይ የቦታና የካሜራ መረጃን እናስወግዳለን።
report-photo-label = ፎቶ ይምረጡ
report-photo-upload = ፎቶ ይስቀሉ
report-photo-uploading = ፎቶ በመስቀል ላይ
report-photo-alt = ፎቶ { $number }
report-photo-remove = ፎቶ { $number }ን ያስወግዱ
report-photo-has-location = ፎቶ { $number } የተነሳበትን ቦታ መዝግቧል።
report-photo-use-location = የፎቶ { $number }ን ቦታ ይጠቀሙ
report-photos-count =
    { $count ->
        [0] ምንም ፎቶ የለም
        [one] { $count } ፎቶ
       *[other] { $count } ፎቶዎች
    }
report-error-photo-missing = የሚሰቀል ፎቶ ይምረጡ
report-error-photo-too-large = ፎቶው ከ{ $megabytes } MB ያነሰ መሆን አለበት
report-error-photo-type = ፋይሉ በJPEG፣ PNG ወይም WebP ቅርጸት ያለ ፎቶ መሆን አለበት
report-error-photo-dimensions = ፎቶው በጣም ብዙ ፒክሰሎች አሉት። አነስ ያለ ፎቶ ይምረጡ።
report-error-photo-damaged = ፎቶው ተበላሽቷል፣ ሊነበብም አይችልም። ሌላ ፎቶ ይምረጡ።
report-error-photo-limit = እስከ { $count } ፎቶዎች ማከል ይችላሉ። ሌላ ለማከል አንዱን ያስወግዱ።
report-error-photo-required = ቢያንስ አንድ ፎቶ ያክሉ
report-error-photo-outside = ይህ ፎቶ የተነሳበት ቦታ ከቶሮንቶ ከተማ ክልል ውጭ ነው

## ማረጋገጥ፣ በአቅራቢያ ያሉ ተመሳሳይ ሪፖርቶች፣ እና መላክ
report-check-heading = ሪፖርትዎን ከመላክዎ በፊት መልሶችዎን ያረጋግጡ
report-check-answers = የእርስዎ መልሶች
report-change = ይቀይሩ
report-anonymous = አልተሰጠም፦ ይህ ሪፖርት ስም-አልባ ነው
report-submit-note = ይህን ሪፖርት በመላክ፣ እርስዎ እስከሚያውቁት ድረስ መረጃው ትክክል መሆኑን ያረጋግጣሉ።
report-submit = ሪፖርቱን ይላኩ
report-nearby-heading = ይህ ቀደም ሲል ሪፖርት ተደርጓል?
report-nearby-intro = ለዚሁ ችግር የቀረቡት እነዚህ ክፍት ጥያቄዎች በ250 ሜትር ክልል ውስጥ ናቸው። ከእነዚህ አንዱ የእርስዎ ችግር ከሆነ፣ አዲስ ሪፖርት ከመላክ ይልቅ እሱን ይከታተሉ።
report-nearby-distance = በግምት { $metres } ሜ ርቀት ላይ
report-nearby-reporters =
    { $count ->
        [one] በ{ $count } ሰው ሪፖርት ተደርጓል
       *[other] በ{ $count } ሰዎች ሪፖርት ተደርጓል
    }
report-me-too = እኔም፦ { $number }ን ይከታተሉ
report-error-follow = ያንን ጥያቄ ከአሁን በኋላ መከታተል አይቻልም። በምትኩ የራስዎን ሪፖርት ይላኩ።
report-sent-heading = ሪፖርቱ ተልኳል
report-sent-number = የአገልግሎት ጥያቄ ቁጥርዎ
report-sent-next = ይህን ቁጥር ይያዙ። ቀጥሎ የሚሆነውን ለማየት ሊጠቀሙበት ይችላሉ።
report-sent-track = ይህን ጥያቄ ይከታተሉ
report-another = ሌላ ችግር ያሳውቁ
report-following-heading = { $number }ን እየተከታተሉ ነው
report-following-body = አዲስ ጥያቄ ከመፍጠር ይልቅ ወደዚህ ጥያቄ ታክለዋል። የሁኔታ ገጹ ቀጥሎ የሚሆነውን ያሳያል።
