### Civic311 ഇന്റർഫേസ് വാചകങ്ങൾ: മലയാളം.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = പ്രധാന ഉള്ളടക്കത്തിലേക്ക് പോകുക
language-switcher-label = ഭാഷ
loading = ലോഡ് ചെയ്യുന്നു…
footer-emergency = അടിയന്തര സാഹചര്യങ്ങളിൽ 911-ൽ വിളിക്കുക. ഈ പോർട്ടൽ അടിയന്തരമല്ലാത്ത നഗരസഭാ സേവനങ്ങൾക്കുള്ളതാണ്.

home-title = ഒരു പ്രശ്നം റിപ്പോർട്ട് ചെയ്യുക അല്ലെങ്കിൽ നഗരസഭാ സേവനം അഭ്യർത്ഥിക്കുക – { -product-name }
home-heading = ഒരു പ്രശ്നം റിപ്പോർട്ട് ചെയ്യുക അല്ലെങ്കിൽ നഗരസഭാ സേവനം അഭ്യർത്ഥിക്കുക
home-intro = റോഡിലെ കുഴി, എടുക്കാതെ പോയ മാലിന്യം, ചുവരെഴുത്ത് എന്നിവയെക്കുറിച്ചും അടിയന്തരമല്ലാത്ത 60-ലധികം മറ്റ് പ്രശ്നങ്ങളെക്കുറിച്ചും നഗരസഭയെ അറിയിക്കുക. തുടർന്ന് എന്ത് സംഭവിക്കുന്നു എന്ന് അറിയാൻ നിങ്ങൾക്ക് ഒരു സേവന അഭ്യർത്ഥന നമ്പർ ലഭിക്കും.
home-groups-heading = ഇത് എന്തിനെക്കുറിച്ചാണ്?
home-report-button = ഒരു പ്രശ്നം റിപ്പോർട്ട് ചെയ്യുക
service-group-count =
    { $count ->
        [one] { $count } സേവനം
       *[other] { $count } സേവനങ്ങൾ
    }
catalogue-unavailable = സേവനങ്ങളുടെ പട്ടിക ഇപ്പോൾ കാണിക്കാൻ കഴിയില്ല. കുറച്ച് മിനിറ്റുകൾക്ക് ശേഷം വീണ്ടും ശ്രമിക്കുക.

not-found-title = പേജ് കണ്ടെത്തിയില്ല – { -product-name }
not-found-heading = പേജ് കണ്ടെത്തിയില്ല
not-found-home-link = ഹോം പേജിലേക്ക് പോകുക

## നാവിഗേഷനും ഫോമിലെ പിശകുകളും
site-nav-label = പ്രധാനം
nav-track = ഒരു അഭ്യർത്ഥന ട്രാക്ക് ചെയ്യുക
nav-report = പ്രശ്നം റിപ്പോർട്ട് ചെയ്യുക
error-title-prefix = പിശക്:
error-summary-heading = ഒരു പ്രശ്നമുണ്ട്

## ഒരു സേവന അഭ്യർത്ഥന കണ്ടെത്തൽ
lookup-title = ഒരു സേവന അഭ്യർത്ഥന ട്രാക്ക് ചെയ്യുക – { -product-name }
lookup-heading = ഒരു സേവന അഭ്യർത്ഥന ട്രാക്ക് ചെയ്യുക
lookup-label = സേവന അഭ്യർത്ഥന നമ്പർ
lookup-hint = നിങ്ങളുടെ സേവന അഭ്യർത്ഥന നമ്പർ സ്ഥിരീകരണ പേജിലും ഇമെയിലുകളിലും ഉണ്ട്. അത് 2026-000123 പോലെയായിരിക്കും.
lookup-button = എന്റെ അഭ്യർത്ഥന കണ്ടെത്തുക
lookup-error-format = നിങ്ങളുടെ സേവന അഭ്യർത്ഥന നമ്പർ 2026-000123 എന്ന രൂപത്തിൽ നൽകുക

## ഒരു സേവന അഭ്യർത്ഥന
request-title = സേവന അഭ്യർത്ഥന { $number } – { -product-name }
request-heading = സേവന അഭ്യർത്ഥന { $number }
request-status = നില
request-service = സേവനം
request-division = കൈകാര്യം ചെയ്യുന്ന വിഭാഗം
request-filed = ലഭിച്ച തീയതി
request-expected = പ്രതീക്ഷിക്കുന്ന തീയതി
request-location = സ്ഥലം
request-ward = വാർഡ്
request-ward-value = വാർഡ് { $number }: { $name }
request-due-today = ഇന്ന് പൂർത്തിയാകേണ്ടതാണ്
request-days-left =
    { $days ->
        [one] { $days } ദിവസം കൂടി ബാക്കി
       *[other] { $days } ദിവസം കൂടി ബാക്കി
    }
request-days-overdue =
    { $days ->
        [one] പ്രതീക്ഷിച്ച തീയതി കഴിഞ്ഞിട്ട് { $days } ദിവസം
       *[other] പ്രതീക്ഷിച്ച തീയതി കഴിഞ്ഞിട്ട് { $days } ദിവസം
    }
request-timeline-heading = ഇതുവരെ എന്തെല്ലാം സംഭവിച്ചു
request-event-photo-alt = നഗരസഭ പങ്കുവെച്ച ജോലിയുടെ ഫോട്ടോ, നമ്പർ { $number }
request-unavailable = ഈ സേവന അഭ്യർത്ഥന ഇപ്പോൾ കാണിക്കാൻ കഴിയില്ല. കുറച്ച് മിനിറ്റുകൾക്ക് ശേഷം വീണ്ടും ശ്രമിക്കുക.
request-not-found-title = സേവന അഭ്യർത്ഥന കണ്ടെത്തിയില്ല – { -product-name }
request-not-found-heading = ആ സേവന അഭ്യർത്ഥന ഞങ്ങൾക്ക് കണ്ടെത്താനായില്ല
request-not-found-body = സേവന അഭ്യർത്ഥന നമ്പർ { $number } നിലവിലില്ല. നിങ്ങളുടെ സ്ഥിരീകരണ പേജിലോ ഇമെയിലിലോ ഉള്ള നമ്പർ പരിശോധിക്കുക. നിങ്ങൾ ഇപ്പോൾ നൽകിയ അഭ്യർത്ഥന കാണാൻ ഒരു മിനിറ്റ് എടുത്തേക്കാം.
request-not-found-retry = മറ്റൊരു നമ്പർ തിരയുക

## നിലകൾ, ലളിതമായ ഭാഷയിൽ
status-received = ലഭിച്ചു
status-assigned = ബന്ധപ്പെട്ട വിഭാഗത്തിന് കൈമാറി
status-inspection = പരിശോധന
status-scheduled = ജോലിക്ക് തീയതി നിശ്ചയിച്ചു
status-completed = പൂർത്തിയായി
status-closed_referred = അവസാനിപ്പിച്ചു – മറ്റൊരു സ്ഥാപനത്തിന് കൈമാറി
status-closed_no_action = അവസാനിപ്പിച്ചു – നടപടി ആവശ്യമില്ല
status-closed_duplicate = അവസാനിപ്പിച്ചു – മുമ്പ് റിപ്പോർട്ട് ചെയ്തത്

## നഗരസഭാ സേവനങ്ങളുടെ പട്ടിക
nav-services = നഗരസഭാ സേവനങ്ങൾ
services-title = നഗരസഭാ സേവനങ്ങൾ – { -product-name }
services-heading = നഗരസഭാ സേവനങ്ങൾ
services-intro = നിങ്ങളുടെ പ്രശ്നത്തിന് യോജിച്ച സേവനം കണ്ടെത്തുക. നിങ്ങളുടെ സ്വന്തം വാക്കുകളിൽ തിരയുക, അല്ലെങ്കിൽ വിഷയം അനുസരിച്ച് നോക്കുക.
services-search-label = ഒരു സേവനം തിരയുക
services-search-hint = ഉദാഹരണത്തിന്: റോഡിലെ കുഴി, എടുക്കാത്ത മാലിന്യം, ശബ്ദശല്യം
services-search-button = തിരയുക
services-results-heading =
    { $count ->
        [one] “{ $query }” എന്നതുമായി യോജിക്കുന്ന { $count } സേവനം
       *[other] “{ $query }” എന്നതുമായി യോജിക്കുന്ന { $count } സേവനങ്ങൾ
    }
services-no-results = “{ $query }” എന്നതുമായി യോജിക്കുന്ന സേവനങ്ങളൊന്നുമില്ല. മറ്റ് വാക്കുകൾ ഉപയോഗിച്ച് ശ്രമിക്കുക, അല്ലെങ്കിൽ താഴെയുള്ള വിഷയങ്ങൾ നോക്കുക.
services-browse-heading = വിഷയം അനുസരിച്ച് നോക്കുക
service-detail-title = { $name } – { -product-name }
service-topic = വിഷയം
service-standard = സേവന മാനദണ്ഡം
service-sla-hours =
    { $count ->
        [one] { $count } മണിക്കൂറിനുള്ളിൽ മറുപടി നൽകാനാണ് ഞങ്ങളുടെ ലക്ഷ്യം
       *[other] { $count } മണിക്കൂറിനുള്ളിൽ മറുപടി നൽകാനാണ് ഞങ്ങളുടെ ലക്ഷ്യം
    }
service-sla-business-days =
    { $count ->
        [one] { $count } പ്രവൃത്തി ദിവസത്തിനുള്ളിൽ മറുപടി നൽകാനാണ് ഞങ്ങളുടെ ലക്ഷ്യം
       *[other] { $count } പ്രവൃത്തി ദിവസങ്ങൾക്കുള്ളിൽ മറുപടി നൽകാനാണ് ഞങ്ങളുടെ ലക്ഷ്യം
    }
service-sla-calendar-days =
    { $count ->
        [one] { $count } ദിവസത്തിനുള്ളിൽ മറുപടി നൽകാനാണ് ഞങ്ങളുടെ ലക്ഷ്യം
       *[other] { $count } ദിവസങ്ങൾക്കുള്ളിൽ മറുപടി നൽകാനാണ് ഞങ്ങളുടെ ലക്ഷ്യം
    }
service-back = എല്ലാ നഗരസഭാ സേവനങ്ങളും
service-not-found-title = സേവനം കണ്ടെത്തിയില്ല – { -product-name }
service-not-found-heading = ആ സേവനം ഞങ്ങൾക്ക് കണ്ടെത്താനായില്ല

## അഭ്യർത്ഥനയെക്കുറിച്ചുള്ള പരാതി
request-complaint-heading = ഈ അഭ്യർത്ഥനയുടെ പുരോഗതിയിൽ നിങ്ങൾ തൃപ്തരല്ലേ?
request-complaint-overdue = പ്രതീക്ഷിച്ച തീയതി കഴിഞ്ഞു, എന്നിട്ടും ഈ അഭ്യർത്ഥന അവസാനിപ്പിച്ചിട്ടില്ല. നിങ്ങൾക്ക് ഒരു പരാതി നൽകാം: ഒരു മേൽനോട്ട ഉദ്യോഗസ്ഥൻ 5 പ്രവൃത്തി ദിവസങ്ങൾക്കുള്ളിൽ അതിന് മറുപടി നൽകണം, അല്ലാത്തപക്ഷം അത് വിഭാഗത്തിന്റെ ഉന്നത അധികാരികൾക്ക് കൈമാറും.
request-complaint-closed = പ്രശ്നം പരിഹരിച്ചിട്ടില്ലെങ്കിൽ, അല്ലെങ്കിൽ ഈ അഭ്യർത്ഥന അവസാനിപ്പിച്ച രീതിയോട് നിങ്ങൾ യോജിക്കുന്നില്ലെങ്കിൽ, നിങ്ങൾക്ക് ഒരു പരാതി നൽകാം: ഒരു മേൽനോട്ട ഉദ്യോഗസ്ഥൻ 5 പ്രവൃത്തി ദിവസങ്ങൾക്കുള്ളിൽ അതിന് മറുപടി നൽകണം, അല്ലാത്തപക്ഷം അത് വിഭാഗത്തിന്റെ ഉന്നത അധികാരികൾക്ക് കൈമാറും.
request-complaint-details = എന്താണ് പ്രശ്നം?
request-complaint-details-hint = ഉദാഹരണത്തിന്: അഭ്യർത്ഥന അവസാനിപ്പിച്ചതിന് ശേഷവും റോഡിലെ കുഴി അവിടെത്തന്നെയുണ്ട്.
request-complaint-email = ഇമെയിൽ വിലാസം (നിർബന്ധമില്ല)
request-complaint-email-hint = മറുപടി നിങ്ങളെ അറിയിക്കാൻ വേണ്ടി. ഇത് ഒരിക്കലും പരസ്യമായി കാണിക്കില്ല.
request-complaint-submit = പരാതി നൽകുക
request-complaint-filed = നിങ്ങളുടെ പരാതി രജിസ്റ്റർ ചെയ്തു. ഇത് താഴെയുള്ള സംഭവക്രമത്തിൽ കാണാം.
request-complaint-pending = ഈ അഭ്യർത്ഥനയെക്കുറിച്ചുള്ള ഒരു പരാതി മറുപടിക്കായി കാത്തിരിക്കുന്നു. { $date }-നുള്ളിൽ മറുപടി പ്രതീക്ഷിക്കുന്നു.
request-complaint-escalated = മറുപടി വൈകിയതിനാൽ, പരാതി വിഭാഗത്തിന്റെ ഉന്നത അധികാരികൾക്ക് കൈമാറി.
request-complaint-error-details = എന്താണ് പ്രശ്നമെന്ന് ഞങ്ങളെ അറിയിക്കുക
request-complaint-error-too-long = പരാതി 2000 അക്ഷരങ്ങളോ അതിൽ കുറവോ ആയിരിക്കണം
status-complaint = പരാതി നൽകി
status-escalated = പരാതി വിഭാഗത്തിന്റെ ഉന്നത അധികാരികൾക്ക് കൈമാറി
