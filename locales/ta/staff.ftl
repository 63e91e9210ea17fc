### பணியாளர் பணித்தளம்: உள்நுழைதல், கோரிக்கை வரிசை, கோரிக்கையின் நிலையை மாற்றுதல், தணிக்கைப் பதிவு.

staff-page-title = { $heading } – { -product-name } பணியாளர்கள்
staff-unavailable = பணியாளர் பணித்தளத்தை இப்போது காட்ட முடியவில்லை. சில நிமிடங்களில் மீண்டும் முயற்சிக்கவும்.
staff-forbidden-heading = இந்தப் பக்கத்தை உங்களால் திறக்க முடியாது
staff-forbidden-body = பணியாளர் பணித்தளத்தின் இந்தப் பகுதியை அணுக உங்கள் கணக்கிற்கு அனுமதி இல்லை. உங்களுக்கு இது தேவைப்பட்டால் ஒரு நிர்வாகியிடம் கேட்கவும்.

## உள்நுழைதல்
staff-login-heading = பணியாளர் உள்நுழைவு
staff-password = கடவுச்சொல்
staff-sign-in = உள்நுழைக
staff-sign-out = வெளியேறுக
staff-signed-in-as = { $name } ஆக உள்நுழைந்துள்ளீர்கள்
staff-login-error-wrong = மின்னஞ்சல் முகவரி அல்லது கடவுச்சொல் சரியாக இல்லை
staff-login-error-locked = உள்நுழைய அதிக முறை முயற்சிக்கப்பட்டுள்ளது. 15 நிமிடங்கள் காத்திருந்து, பின்னர் மீண்டும் முயற்சிக்கவும்.
staff-error-csrf = படிவம் காலாவதியாகிவிட்டது. பக்கத்தை மீண்டும் ஏற்றி, மீண்டும் முயற்சிக்கவும்.

## கோரிக்கை வரிசை
staff-queue-heading = சேவைக் கோரிக்கை வரிசை
staff-filter-any = ஏதேனும்
staff-filter-overdue = எதிர்பார்க்கப்பட்ட தேதியைக் கடந்த கோரிக்கைகள் மட்டும்
staff-filter-apply = கோரிக்கைகளைக் காட்டவும்
staff-queue-empty = இந்த வடிகட்டிகளுடன் எந்தச் சேவைக் கோரிக்கையும் பொருந்தவில்லை.
staff-column-number = சேவைக் கோரிக்கை எண்

## ஒரு கோரிக்கை
staff-change-heading = நிலையை மாற்றவும்
staff-new-status = புதிய நிலை
staff-reason = மூடுவதற்கான காரணம்
staff-reason-hint = புதிய நிலை கோரிக்கையை மூடும்போது இது தேவை. இது அந்த நிலைக்குப் பொருந்த வேண்டும்.
staff-reason-none = காரணம் இல்லை: கோரிக்கை திறந்தே இருக்கும்
staff-public-note = பொதுக் குறிப்பு
staff-public-note-hint = குடியிருப்பாளர் இதை நிலைப் பக்கத்தில் பார்ப்பார். மூடும்போது, என்ன செய்யப்பட்டது அல்லது ஏன் எதுவும் செய்யப்படவில்லை என்பதைக் குறிப்பிடவும்.
staff-internal-note = உள் குறிப்பு
staff-internal-note-hint = பணியாளர்கள் மட்டுமே இதைப் பார்ப்பார்கள்.
staff-save = மாற்றத்தைச் சேமிக்கவும்
staff-saved = மாற்றம் சேமிக்கப்பட்டது.
staff-history-heading = முழு வரலாறு
staff-error-status = பட்டியலிலிருந்து ஒரு நிலையைத் தேர்ந்தெடுக்கவும்
staff-error-reason-missing = கோரிக்கையை மூடுவதற்கான காரணத்தைத் தேர்ந்தெடுக்கவும்
staff-error-reason-mismatch = இந்தக் காரணம் புதிய நிலைக்குப் பொருந்தவில்லை. அதற்குப் பொருந்தும் ஒரு காரணத்தைத் தேர்ந்தெடுக்கவும்.
staff-error-note-missing = என்ன செய்யப்பட்டது அல்லது ஏன் எதுவும் செய்யப்படவில்லை என்பதைக் குடியிருப்பாளருக்குத் தெரிவிக்கும் பொதுக் குறிப்பை எழுதவும்
staff-error-reason-open = மூடுவதற்கான காரணம், கோரிக்கையை மூடும் நிலைகளுக்கு மட்டுமே

## மூடுவதற்கான காரணங்கள்
staff-reason-repaired = பழுதுபார்க்கப்பட்டது
staff-reason-cleaned = சுத்தம் செய்யப்பட்டது
staff-reason-removed = அகற்றப்பட்டது
staff-reason-other-government = வேறொரு அரசாங்க நிலைக்கு அனுப்பப்பட்டது
staff-reason-utility-company = அதற்கு உரிமையுள்ள பொதுப் பயன்பாட்டுச் சேவை நிறுவனத்திற்கு அல்லது நிறுவனத்திற்கு அனுப்பப்பட்டது
staff-reason-private-property = தனியார் சொத்தில் உள்ளது: உரிமையாளருக்கு அனுப்பப்பட்டது
staff-reason-not-found = ஆய்வு செய்யப்பட்டது: பிரச்சினை எதுவும் கண்டறியப்படவில்லை
staff-reason-already-resolved = பணிக்குழு வருவதற்கு முன்பே தீர்க்கப்பட்டுவிட்டது
staff-reason-meets-standard = ஆய்வு செய்யப்பட்டது: நகரத்தின் தரநிலையைப் பூர்த்தி செய்கிறது
staff-reason-duplicate = வேறொரு கோரிக்கையின் நகல்

## தணிக்கைப் பதிவு
staff-audit-heading = தணிக்கைப் பதிவு
staff-column-when = எப்போது
staff-column-who = யார்
staff-column-action = செயல்
staff-column-detail = விவரம்
staff-action-login = உள்நுழைந்தார்
staff-action-logout = வெளியேறினார்
staff-action-login-failed = உள்நுழைவு தோல்வியடைந்தது
staff-action-login-locked = உள்நுழைவு மறுக்கப்பட்டது: அதிக முயற்சிகள்
staff-action-status-change = நிலை மாற்றப்பட்டது
