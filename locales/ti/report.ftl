### ጸገም ምሕባር፦ ገጻት /report፣ ጌጋታቶም፣ ካርታን ስእልታትን።

report-page-title = { $heading } – { -product-name }
report-caption = ጸገም ሓብሩ
report-unavailable = ቅጥዒ ጸብጻብ ሕጂ ክርአ ኣይከኣለን። በጃኹም ድሕሪ ቁሩብ ደቓይቕ እንደገና ፈትኑ።
report-continue = ቀጽሉ
report-optional = { $label } (ኣማራጺ)

## ኣገልግሎት ምምራጽ
report-choose-heading = እንታይ ክትሕብሩ ትደልዩ?
report-choose-intro = ብናይ ባዕልኹም ቃላት ድለዩ፣ ወይ ካብቶም ኣብ ታሕቲ ዘለዉ ኣርእስትታት ምረጹ።
report-start-button = ሕጂ ጀምሩ
report-choose-other = ካልእ ነገር ሓብሩ
report-not-found-heading = ነቲ ጸብጻብ ክንረኽቦ ኣይከኣልናን
report-not-found-body = እቲ ሊንክ ዘይተማልአ ወይ ብጌጋ ዝተጻሕፈ ክኸውን ይኽእል።
report-start-again = ሓድሽ ጸብጻብ ጀምሩ

## ዋንኡ መን እዩ፣ ብጽልኢ ዝተደረኸ ጽሑፍ መንደቕን
report-owner-question = እቲ ጸገም ዘለዎ ነገር ናይ መን እዩ?
report-owner-hint = ኣብ ልዕሊኡ ኣርማ ወይ መለለዪ ድለዩ። ከተማ ክትጽግን እትኽእል ናታ ዝኾነ ጥራይ እዩ።
report-owner-city = ከተማ ቶሮንቶ፣ ንኣብነት ናይ ከተማ መንደቕ፣ ድልድል፣ ምልክት ወይ መእከቢ ጓሓፍ
report-owner-unknown = ኣይፈልጥን
report-owner-bell = Bell Canada (ቤል ካናዳ)፦ ክፍልታት ተሌፎን፣ ዓንድታትን ካቢኔታትን Bell
report-owner-rogers = Rogers (ሮጀርስ)፦ ሳጹናትን ካቢኔታትን ኬብል
report-owner-toronto-hydro = Toronto Hydro (ቶሮንቶ ሃይድሮ)፦ ዓንድታት ኤሌክትሪክ፣ ትራንስፎርመራትን ሳጹናት ኤሌክትሪክን
report-owner-canada-post = Canada Post (ካናዳ ፖስት)፦ ሳጹናት ፖስታን መቐመጢ ጥቕላላትን
report-owner-ttc = TTC፦ መጸለሊ መጸበዪ ትራንስፖርት፣ መደበራትን ተሽከርከርትን
report-error-owner = ዋንኡ መን ምዃኑ ምረጹ፣ ወይ «ኣይፈልጥን»
report-referral-heading = ነዚ ምጽጋን ሓላፍነት ከተማ ኣይኮነን
report-referral-intro = ከተማ ክትጽግን ወይ ከተጽሪ እትኽእል ናታ ዝኾነ ጥራይ ስለ ዝኾነ፣ ሕቶ ኣገልግሎት ኣይተፈጥረን። በጃኹም ንዋንኡ ሓብሩ።
report-referral-bell = Bell Canada፦ ናብ 1-866-310-2355 ደውሉ።
report-referral-rogers = Rogers፦ ናብ 1-888-764-3771 ደውሉ።
report-referral-toronto-hydro = Toronto Hydro፦ ናብ 416-542-8000 ደውሉ። ገመዳት እንተወዲቖም ወይ ብልጭታ እንተኣውጺኦም፣ 10 ሜትሮ ርሒቕኩም ጽንሑ እሞ ናብ 911 ደውሉ።
report-referral-canada-post = Canada Post፦ ናብ 1-866-607-6301 ደውሉ።
report-referral-ttc = TTC፦ ናብ ኣገልግሎት ዓማዊል 416-393-3030 ደውሉ።
report-hate-heading = ብጽልኢ ዝተደረኸ ጽሑፍ መንደቕ
report-hate-police = እቲ ጽሑፍ ንሰባት ብሰንኪ ዓሌቶም፣ ሃይማኖቶም፣ ብሄራዊ መበቆሎም፣ ጾታዊ ዝንባሌኦም፣ ጾታኦም ወይ ስንክልንኦም ዕላማ ዝገበረ እንተኾይኑ፣ መጀመርታ ንፖሊስ ቶሮንቶ (Toronto Police) ሓብሩ፦ ናብቲ ንህጹጽ ዘይኮነ ጉዳያት ዝኸውን መስመር 416-808-2222 ደውሉ፣ ወይ ሓደ ሰብ ኣብ ሓደጋ እንተሃልዩ ናብ 911 ደውሉ። ፖሊስ ቅድሚ ምእላዩ ከም ገበን ጽልኢ ክኸውን ዝኽእል ገይሩ ይምዝግቦ።
report-hate-then = ድሕሪኡ ከተማ ቀልጢፋ ክተልግሶ ምእንቲ ኣብዚ ሓብሩ።

## ቦታ
report-location-heading = እቲ ጸገም ኣበይ እዩ?
report-location-current = ዝተመርጸ ቦታ
report-location-address = { $address }፣ ወረዳ { $ward }
report-location-pin = ምልክት ኣብ { $lat }፣ { $long }፣ ወረዳ { $ward }
report-map-heading = ኣብ ካርታ ምልክት ኣቐምጡ
report-map-hint = ኣብቲ ጸገም ዘለዎ ቦታ ኣብ ካርታ ጠውቑ ወይ ተንክፉ፣ ድሕሪኡ ንምስትኽኻል ነቲ ምልክት ስሓብዎ። ብኪቦርድ፣ ነቲ ካርታ ብመፋትሕ ምልክት ኣንፈት ኣንቀሳቕስዎ፣ ድሕሪኡ «ምልክት ኣብ ማእከል ካርታ ኣቐምጡ» ምረጹ።
report-map-label = ካርታ
report-map-pin = ቦታ ናይቲ ጸገም
report-map-pin-at = ምልክት ኣብ { $lat }፣ { $long } ተቐሚጡ
report-map-no-pin = ክሳብ ሕጂ ምልክት ኣይተቐመጠን
report-map-locate = ዘለኹዎ ቦታ ተጠቐሙ
report-map-locate-failed = ዘለኹምዎ ቦታ ክርከብ ኣይከኣለን። ኣብ ካርታ ምልክት ኣቐምጡ ወይ ኣድራሻ ጸሓፉ።
report-map-centre = ምልክት ኣብ ማእከል ካርታ ኣቐምጡ
report-map-use = ቦታ ናይዚ ምልክት ተጠቐሙ
report-address-heading = ወይ ኣድራሻ ወይ መስቀላዊ መገዲ ጸሓፉ
report-place-label = ጽርግያ፣ መስቀላዊ መገዲ ወይ ቦታ
report-place-hint = ንኣብነት፦ Queen St W & Spadina Ave፣ ወይ Nathan Phillips Square
report-place-find = ድለ
report-place-none = ምስ «{ $query }» ዝሰማማዕ ነገር የለን። ኣጻሕፋ ተመልከቱ፣ ወይ እቲ ዝቐረበ መስቀላዊ መገዲ ፈትኑ።
report-place-choose = እቲ ዝቐረበ ውጽኢት ምረጹ
report-place-use = ነዚ ቦታ ተጠቐሙ
report-place-kind-street = ጽርግያ
report-place-kind-intersection = መስቀላዊ መገዲ
report-place-kind-place = ቦታ
report-error-outside-city = እዚ ቦታ ካብ ዶብ ከተማ ቶሮንቶ ወጻኢ እዩ። ኣብ ውሽጢ ከተማ ዘሎ ቦታ ምረጹ።
report-error-pin-missing = ኣብ ካርታ ምልክት ኣቐምጡ፣ ወይ ኣብ ታሕቲ ኣድራሻ ጸሓፉ
report-error-place-choose = ካብቶም ውጽኢታት ሓደ ምረጹ፣ ወይ እንደገና ድለዩ
report-error-location-missing = ጽርግያ፣ መስቀላዊ መገዲ ወይ ቦታ ጸሓፉ፣ ወይ ኣብ ካርታ ምልክት ኣቐምጡ

## ዝርዝራትን ሓበሬታ ርክብን
report-details-heading = ብዛዕባ እቲ ጸገም ንገሩና
report-field-description = ነቲ ጸገም ግለጹ
report-description-hint = ዝርእይዎ ዘለኹም፣ ከምኡውን ንሰራሕተኛታት ነቲ ጸገም ክረኽብዎ ዝሕግዝ ዝኾነ ነገር። በጃኹም ውልቃዊ ሓበሬታ ኣይተእትዉ።
report-contact-heading = ሓበሬታ ርክብኩም (ኣማራጺ)
report-contact-hint = ብዛዕባ እዚ ጸብጻብ ምሳኹም ንምርኻብ ጥራይ ኢና ንጥቀመሉ። ፈጺሙ ንህዝቢ ኣይርአን። ስምኩም ከይገለጽኩም ክትሕብሩ እንተደሊኹም ባዶ ግደፍዎ።
report-field-first-name = ቀዳማይ ስም
report-field-last-name = ስም ስድራ
report-field-email = ኣድራሻ ኢመይል
report-field-phone = ቁጽሪ ተሌፎን
report-error-missing = ንሕቶ «{ $field }» መልሱ
report-error-number = መልሲ ናይ «{ $field }» ቁጽሪ ክኸውን ኣለዎ፣ ከም 3 ወይ 2.5
report-error-too-long = መልሲ ናይ «{ $field }» ካብ { $max } ፊደላት ክበዝሕ የብሉን
report-error-choice = ን«{ $field }» ካብቶም ዝተዘርዘሩ መልስታት ሓደ ምረጹ
report-error-datetime = ን«{ $field }» ቅኑዕ ዕለትን ሰዓትን ኣእትዉ
report-error-email = ኣድራሻ ኢመይል ብቅኑዕ ቅርጺ ኣእትዉ፣ ከም name@example.com
report-error-phone = ካብ 7 ክሳብ 15 ኣሃዛት ዘለዎ ቁጽሪ ተሌፎን ኣእትዉ፣ ከም 416-392-2489

## ስእልታት
report-photos-heading = ስእልታት
report-photos-required = እዚ ዓይነት ጸገም እንተወሓደ ሓደ ስእሊ የድልዮ። ስእሊ ንሰራሕተኛታት ነቲ ጸገም ክረኽብዎን ክጽግንዎን ይሕግዝ።
report-photos-optional = ስእልታት ኣማራጺ እዮም፣ ግን ንሰራሕተኛታት ነቲ ጸገም ክረኽብዎን ክጽግንዎን ይሕግዙ።
report-photos-limits = ብቅርጺ JPEG፣ PNG ወይ WebP ክሳብ { $count } ስእልታት ክትውስኹ ትኽእሉ፣ ነፍሲ ወከፍ ክሳብ { $megabytes } MB። ካብቲ ንዕቅቦ ቅዳሕ ሓበሬታ ቦታን ካሜራን ነወግድ።
report-photo-label = ስእሊ ምረጹ
report-photo-upload = ስእሊ ጸዓኑ
report-photo-uploading = ስእሊ ይጽዓን ኣሎ
report-photo-alt = ስእሊ { $number }
report-photo-remove = ስእሊ { $number } ኣወግዱ
report-photo-has-location = ስእሊ { $number } ዝተሳእለሉ ቦታ መዝጊቡ ኣሎ።
report-photo-use-location = ቦታ ናይ ስእሊ { $number } ተጠቐሙ
report-photos-count =
    { $count ->
        [0] ስእሊ የለን
        [one] { $count } ስእሊ
       *[other] { $count } ስእልታት
    }
report-error-photo-missing = ዝጽዓን ስእሊ ምረጹ
report-error-photo-too-large = እቲ ስእሊ ካብ { $megabytes } MB ዝነኣሰ ክኸውን ኣለዎ
report-error-photo-type = እቲ ፋይል ብቅርጺ JPEG፣ PNG ወይ WebP ዝኾነ ስእሊ ክኸውን ኣለዎ
report-error-photo-dimensions = እቲ ስእሊ ኣዝዩ ብዙሕ ፒክሰል ኣለዎ። ዝነኣሰ ስእሊ ምረጹ።
report-error-photo-damaged = እቲ ስእሊ ተበላሽዩ ስለ ዘሎ ክንበብ ኣይክእልን። ካልእ ስእሊ ምረጹ።
report-error-photo-limit = ክሳብ { $count } ስእልታት ክትውስኹ ትኽእሉ። ካልእ ንምውሳኽ ሓደ ኣወግዱ።
report-error-photo-required = እንተወሓደ ሓደ ስእሊ ወስኹ
report-error-photo-outside = እዚ ስእሊ ዝተሳእለሉ ቦታ ካብ ዶብ ከተማ ቶሮንቶ ወጻኢ እዩ

## ምርግጋጽ፣ ኣብ ቀረባ ዘለዉ ተመሳሰልቲ ሕቶታት፣ ምልኣኽን
report-check-heading = ጸብጻብኩም ቅድሚ ምልኣኽኩም መልስታትኩም ተመልከቱ
report-check-answers = መልስታትኩም
report-change = ቀይሩ
report-anonymous = ኣይተዋህበን፦ እዚ ጸብጻብ ስም ዘይብሉ እዩ
report-submit-note = ነዚ ጸብጻብ ብምልኣኽኩም፣ እቲ ሓበሬታ ክሳብ ትፈልጥዎ ቅኑዕ ምዃኑ ተረጋግጹ።
report-submit = ጸብጻብ ስደዱ
report-nearby-heading = እዚ ድሮ ተሓቢሩ ድዩ?
report-nearby-intro = ነዚ ተመሳሳሊ ጸገም ዝምልከቱ እዞም ክፉታት ሕቶታት ኣብ ውሽጢ 250 ሜትሮ ይርከቡ። ሓደ ካብኣቶም ናትኩም እንተኾይኑ፣ ሓድሽ ጸብጻብ ካብ ምልኣኽ ንዕኡ ተኸታተሉ።
report-nearby-distance = ኣስታት { $metres } ሜ ርሒቑ
report-nearby-reporters =
    { $count ->
        [one] ብ{ $count } ሰብ ተሓቢሩ
       *[other] ብ{ $count } ሰባት ተሓቢሩ
    }
report-me-too = ኣነውን፦ { $number } ተኸታተሉ
report-error-follow = እቲ ሕቶ ደጊም ክኽተል ኣይከኣልን። ኣብ ክንድኡ ናይ ባዕልኹም ጸብጻብ ስደዱ።
report-sent-heading = ጸብጻብ ተላኢኹ
report-sent-number = ቁጽሪ ሕቶ ኣገልግሎትኩም
report-sent-next = ነዚ ቁጽሪ ሓዝዎ። ቀጺሉ ዝኸውን ንምርኣይ ክትጥቀሙሉ ትኽእሉ።
report-sent-track = ነዚ ሕቶ ተኸታተሉ
report-another = ካልእ ጸገም ሓብሩ
report-following-heading = { $number } ትከታተሉ ኣለኹም
report-following-body = ሓድሽ ሕቶ ኣብ ክንዲ ምፍጣር ናብዚ ሕቶ ተወሲኽኩም። ገጽ ኩነታቱ ቀጺሉ ዝኸውን የርኢ።
