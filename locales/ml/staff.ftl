### ജീവനക്കാരുടെ കൺസോൾ: സൈൻ ഇൻ ചെയ്യൽ, അഭ്യർത്ഥനകളുടെ നിര, അഭ്യർത്ഥനയുടെ നില മാറ്റൽ, ഓഡിറ്റ് ലോഗ്.

staff-page-title = { $heading } – { -product-name } ജീവനക്കാർ
staff-unavailable = ജീവനക്കാരുടെ കൺസോൾ ഇപ്പോൾ കാണിക്കാൻ കഴിയില്ല. കുറച്ച് മിനിറ്റുകൾക്ക് ശേഷം വീണ്ടും ശ്രമിക്കുക.
staff-forbidden-heading = നിങ്ങൾക്ക് ഈ പേജ് തുറക്കാൻ കഴിയില്ല
staff-forbidden-body = ജീവനക്കാരുടെ കൺസോളിന്റെ ഈ ഭാഗത്തേക്ക് നിങ്ങളുടെ അക്കൗണ്ടിന് പ്രവേശനമില്ല. ആവശ്യമെങ്കിൽ ഒരു അഡ്മിനിസ്ട്രേറ്ററോട് ചോദിക്കുക.

## സൈൻ ഇൻ ചെയ്യൽ
staff-login-heading = ജീവനക്കാരുടെ സൈൻ ഇൻ
staff-password = പാസ്‌വേഡ്
staff-sign-in = സൈൻ ഇൻ ചെയ്യുക
staff-sign-out = സൈൻ ഔട്ട് ചെയ്യുക
staff-signed-in-as = { $name } ആയി സൈൻ ഇൻ ചെയ്തിരിക്കുന്നു
staff-login-error-wrong = ഇമെയിൽ വിലാസമോ പാസ്‌വേഡോ ശരിയല്ല
staff-login-error-locked = സൈൻ ഇൻ ചെയ്യാൻ വളരെയധികം തവണ ശ്രമിച്ചു. 15 മിനിറ്റ് കാത്തിരുന്ന ശേഷം വീണ്ടും ശ്രമിക്കുക.
staff-error-csrf = ഫോം കാലഹരണപ്പെട്ടിരുന്നു. പേജ് വീണ്ടും ലോഡ് ചെയ്ത് വീണ്ടും ശ്രമിക്കുക.

## അഭ്യർത്ഥനകളുടെ നിര
staff-queue-heading = സേവന അഭ്യർത്ഥനകളുടെ നിര
staff-filter-any = ഏതും
staff-filter-overdue = പ്രതീക്ഷിച്ച തീയതി കഴിഞ്ഞ അഭ്യർത്ഥനകൾ മാത്രം
staff-filter-apply = അഭ്യർത്ഥനകൾ കാണിക്കുക
staff-queue-empty = ഈ ഫിൽട്ടറുകളുമായി യോജിക്കുന്ന സേവന അഭ്യർത്ഥനകളൊന്നുമില്ല.
staff-column-number = സേവന അഭ്യർത്ഥന നമ്പർ

## ഒരു അഭ്യർത്ഥന
staff-change-heading = നില മാറ്റുക
staff-new-status = പുതിയ നില
staff-reason = അവസാനിപ്പിക്കാനുള്ള കാരണം
staff-reason-hint = പുതിയ നില അഭ്യർത്ഥന അവസാനിപ്പിക്കുന്നതാണെങ്കിൽ ഇത് ആവശ്യമാണ്. ഇത് ആ നിലയുമായി യോജിക്കണം.
staff-reason-none = കാരണമില്ല: അഭ്യർത്ഥന തുറന്നുതന്നെ തുടരും
staff-public-note = പൊതു കുറിപ്പ്
staff-public-note-hint = താമസക്കാർ ഇത് നില കാണിക്കുന്ന പേജിൽ കാണും. അവസാനിപ്പിക്കുമ്പോൾ, എന്താണ് ചെയ്തതെന്നോ എന്തുകൊണ്ട് ഒന്നും ചെയ്തില്ലെന്നോ വ്യക്തമാക്കുക.
staff-internal-note = ആന്തരിക കുറിപ്പ്
staff-internal-note-hint = ജീവനക്കാർക്ക് മാത്രമേ ഇത് കാണാൻ കഴിയൂ.
staff-save = മാറ്റം സംരക്ഷിക്കുക
staff-saved = മാറ്റം സംരക്ഷിച്ചു.
staff-history-heading = പൂർണ്ണ ചരിത്രം
staff-error-status = പട്ടികയിൽ നിന്ന് ഒരു നില തിരഞ്ഞെടുക്കുക
staff-error-reason-missing = അഭ്യർത്ഥന അവസാനിപ്പിക്കാനുള്ള ഒരു കാരണം തിരഞ്ഞെടുക്കുക
staff-error-reason-mismatch = ഈ കാരണം പുതിയ നിലയുമായി യോജിക്കുന്നില്ല. അതുമായി യോജിക്കുന്ന ഒരു കാരണം തിരഞ്ഞെടുക്കുക.
staff-error-note-missing = എന്താണ് ചെയ്തതെന്നോ എന്തുകൊണ്ട് ഒന്നും ചെയ്തില്ലെന്നോ താമസക്കാരെ അറിയിക്കുന്ന ഒരു പൊതു കുറിപ്പ് എഴുതുക
staff-error-reason-open = അവസാനിപ്പിക്കാനുള്ള കാരണം, അഭ്യർത്ഥന അവസാനിപ്പിക്കുന്ന നിലകൾക്ക് മാത്രമുള്ളതാണ്

## അവസാനിപ്പിക്കാനുള്ള കാരണങ്ങൾ
staff-reason-repaired = അറ്റകുറ്റപ്പണി ചെയ്തു
staff-reason-cleaned = വൃത്തിയാക്കി
staff-reason-removed = നീക്കം ചെയ്തു
staff-reason-other-government = മറ്റൊരു തലത്തിലുള്ള സർക്കാരിന് കൈമാറി
staff-reason-utility-company = അതിന്റെ ഉടമസ്ഥരായ യൂട്ടിലിറ്റി സ്ഥാപനത്തിനോ കമ്പനിക്കോ കൈമാറി
staff-reason-private-property = സ്വകാര്യ വസ്തുവിൽ: ഉടമസ്ഥന് കൈമാറി
staff-reason-not-found = പരിശോധിച്ചു: പ്രശ്നമൊന്നും കണ്ടെത്തിയില്ല
staff-reason-already-resolved = തൊഴിലാളി സംഘം എത്തുന്നതിന് മുമ്പേ പരിഹരിക്കപ്പെട്ടിരുന്നു
staff-reason-meets-standard = പരിശോധിച്ചു: നഗരസഭയുടെ മാനദണ്ഡം പാലിക്കുന്നു
staff-reason-duplicate = മറ്റൊരു അഭ്യർത്ഥനയുടെ ആവർത്തനം

## ഓഡിറ്റ് ലോഗ്
staff-audit-heading = ഓഡിറ്റ് ലോഗ്
staff-column-when = എപ്പോൾ
staff-column-who = ആര്
staff-column-action = പ്രവർത്തനം
staff-column-detail = വിശദാംശം
staff-action-login = സൈൻ ഇൻ ചെയ്തു
staff-action-logout = സൈൻ ഔട്ട് ചെയ്തു
staff-action-login-failed = സൈൻ ഇൻ പരാജയപ്പെട്ടു
staff-action-login-locked = സൈൻ ഇൻ നിരസിച്ചു: വളരെയധികം ശ്രമങ്ങൾ
staff-action-status-change = നില മാറ്റി
