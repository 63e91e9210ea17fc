### អត្ថបទផ្ទៃប្រើប្រាស់ Civic311: ភាសាខ្មែរ។

-product-name = Civic311

site-name = { -product-name }
skip-to-content = រំលងទៅខ្លឹមសារសំខាន់
language-switcher-label = ភាសា
loading = កំពុងផ្ទុក…
footer-emergency = ក្នុងករណីអាសន្ន សូមហៅលេខ 911។ គេហទំព័រនេះសម្រាប់សេវាកម្មមិនបន្ទាន់របស់ទីក្រុង។

home-title = រាយការណ៍បញ្ហា ឬស្នើសុំសេវាកម្មរបស់ទីក្រុង – { -product-name }
home-heading = រាយការណ៍បញ្ហា ឬស្នើសុំសេវាកម្មរបស់ទីក្រុង
home-intro = ប្រាប់ទីក្រុងអំពីរណ្តៅលើផ្លូវ សំរាមដែលមិនបានប្រមូល គំនូរលាបលើជញ្ជាំង និងបញ្ហាមិនបន្ទាន់ផ្សេងទៀតជាង 60។ អ្នកនឹងទទួលបានលេខសំណើសេវាកម្ម ដើម្បីតាមដានអ្វីដែលកើតឡើងបន្ទាប់។
home-groups-heading = តើវាទាក់ទងនឹងអ្វី?
home-report-button = រាយការណ៍បញ្ហា
service-group-count =
    { $count ->
       *[other] { $count } សេវាកម្ម
    }
catalogue-unavailable = មិនអាចបង្ហាញបញ្ជីសេវាកម្មបានទេនៅពេលនេះ។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេលប៉ុន្មាននាទីទៀត។

not-found-title = រកមិនឃើញទំព័រ – { -product-name }
not-found-heading = រកមិនឃើញទំព័រ
not-found-home-link = ទៅទំព័រដើម

## ការរុករក និងកំហុសក្នុងទម្រង់
site-nav-label = ម៉ឺនុយមេ
nav-track = តាមដានសំណើ
nav-report = រាយការណ៍បញ្ហា
error-title-prefix = កំហុស៖
error-summary-heading = មានបញ្ហា

## ស្វែងរកសំណើសេវាកម្ម
lookup-title = តាមដានសំណើសេវាកម្ម – { -product-name }
lookup-heading = តាមដានសំណើសេវាកម្ម
lookup-label = លេខសំណើសេវាកម្ម
lookup-hint = លេខសំណើសេវាកម្ម (SR) របស់អ្នកមាននៅលើទំព័របញ្ជាក់ និងក្នុងអ៊ីមែល។ វាមានទម្រង់ដូចជា 2026-000123។
lookup-button = ស្វែងរកសំណើរបស់ខ្ញុំ
lookup-error-format = សូមបញ្ចូលលេខសំណើសេវាកម្មរបស់អ្នកតាមទម្រង់ 2026-000123

## សំណើសេវាកម្មមួយ
request-title = សំណើសេវាកម្ម { $number } – { -product-name }
request-heading = សំណើសេវាកម្ម { $number }
request-status = ស្ថានភាព
request-service = សេវាកម្ម
request-division = ផ្នែកទទួលខុសត្រូវ
request-filed = ថ្ងៃទទួល
request-expected = រំពឹងថានឹងរួចរាល់ត្រឹម
request-location = ទីតាំង
request-ward = សង្កាត់
request-ward-value = សង្កាត់ { $number }៖ { $name }
request-due-today = ដល់កំណត់ថ្ងៃនេះ
request-days-left =
    { $days ->
       *[other] នៅសល់ { $days } ថ្ងៃ
    }
request-days-overdue =
    { $days ->
       *[other] ហួសកាលបរិច្ឆេទរំពឹងទុក { $days } ថ្ងៃ
    }
request-timeline-heading = អ្វីដែលបានកើតឡើងរហូតមកដល់ពេលនេះ
request-event-photo-alt = រូបថតទី { $number } នៃការងារ ដែលទីក្រុងបានចែករំលែក
request-unavailable = មិនអាចបង្ហាញសំណើសេវាកម្មនេះបានទេនៅពេលនេះ។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេលប៉ុន្មាននាទីទៀត។
request-not-found-title = រកមិនឃើញសំណើសេវាកម្ម – { -product-name }
request-not-found-heading = យើងរកមិនឃើញសំណើសេវាកម្មនោះទេ
request-not-found-body = មិនមានសំណើសេវាកម្មលេខ { $number } ទេ។ សូមពិនិត្យលេខនៅលើទំព័របញ្ជាក់ ឬក្នុងអ៊ីមែលរបស់អ្នក។ សំណើដែលអ្នកទើបតែដាក់ អាចត្រូវការពេលប្រហែលមួយនាទីទើបបង្ហាញ។
request-not-found-retry = ស្វែងរកលេខផ្សេងទៀត

## ស្ថានភាព ជាភាសាងាយយល់
status-received = បានទទួល
status-assigned = បានប្រគល់ឱ្យផ្នែកទទួលខុសត្រូវ
status-inspection = ការត្រួតពិនិត្យ
status-scheduled = បានកំណត់ពេលធ្វើការងារ
status-completed = បានបញ្ចប់
status-closed_referred = បានបិទ – បានបញ្ជូនទៅស្ថាប័នផ្សេង
status-closed_no_action = បានបិទ – មិនត្រូវការចាត់វិធានការ
status-closed_duplicate = បានបិទ – រាយការណ៍ស្ទួន

## បញ្ជីសេវាកម្ម
nav-services = សេវាកម្មរបស់ទីក្រុង
services-title = សេវាកម្មរបស់ទីក្រុង – { -product-name }
services-heading = សេវាកម្មរបស់ទីក្រុង
services-intro = ស្វែងរកសេវាកម្មដែលត្រូវនឹងបញ្ហារបស់អ្នក។ ស្វែងរកដោយប្រើពាក្យរបស់អ្នកផ្ទាល់ ឬមើលតាមប្រធានបទ។
services-search-label = ស្វែងរកសេវាកម្ម
services-search-hint = ឧទាហរណ៍៖ រណ្តៅលើផ្លូវ, សំរាមមិនបានប្រមូល, សំឡេងរំខាន
services-search-button = ស្វែងរក
services-results-heading =
    { $count ->
       *[other] មានសេវាកម្ម { $count } ដែលត្រូវនឹង “{ $query }”
    }
services-no-results = គ្មានសេវាកម្មណាដែលត្រូវនឹង “{ $query }” ទេ។ សូមសាកល្បងពាក្យផ្សេង ឬមើលប្រធានបទខាងក្រោម។
services-browse-heading = មើលតាមប្រធានបទ
service-detail-title = { $name } – { -product-name }
service-topic = ប្រធានបទ
service-standard = ស្តង់ដារសេវាកម្ម
service-sla-hours =
    { $count ->
       *[other] យើងខិតខំឆ្លើយតបក្នុងរយៈពេល { $count } ម៉ោង
    }
service-sla-business-days =
    { $count ->
       *[other] យើងខិតខំឆ្លើយតបក្នុងរយៈពេល { $count } ថ្ងៃធ្វើការ
    }
service-sla-calendar-days =
    { $count ->
       *[other] យើងខិតខំឆ្លើយតបក្នុងរយៈពេល { $count } ថ្ងៃ
    }
service-back = សេវាកម្មទាំងអស់របស់ទីក្រុង
service-not-found-title = រកមិនឃើញសេវាកម្ម – { -product-name }
service-not-found-heading = យើងរកមិនឃើញសេវាកម្មនោះទេ

## ពាក្យបណ្តឹងអំពីសំណើសេវាកម្ម
request-complaint-heading = មិនពេញចិត្តនឹងដំណើរការនៃសំណើនេះមែនទេ?
request-complaint-overdue = កាលបរិច្ឆេទរំពឹងទុកបានកន្លងផុតហើយ ប៉ុន្តែសំណើនេះមិនទាន់បានបិទនៅឡើយទេ។ អ្នកអាចដាក់ពាក្យបណ្តឹងបាន៖ អ្នកត្រួតពិនិត្យការងារត្រូវតែឆ្លើយតបក្នុងរយៈពេល 5 ថ្ងៃធ្វើការ បើមិនដូច្នោះទេ ពាក្យបណ្តឹងនឹងត្រូវបញ្ជូនទៅថ្នាក់ដឹកនាំនៃផ្នែកទទួលខុសត្រូវ។
request-complaint-closed = ប្រសិនបើបញ្ហាមិនត្រូវបានដោះស្រាយ ឬអ្នកមិនយល់ស្របនឹងរបៀបដែលសំណើនេះត្រូវបានបិទ អ្នកអាចដាក់ពាក្យបណ្តឹងបាន៖ អ្នកត្រួតពិនិត្យការងារត្រូវតែឆ្លើយតបក្នុងរយៈពេល 5 ថ្ងៃធ្វើការ បើមិនដូច្នោះទេ ពាក្យបណ្តឹងនឹងត្រូវបញ្ជូនទៅថ្នាក់ដឹកនាំនៃផ្នែកទទួលខុសត្រូវ។
request-complaint-details = មានបញ្ហាអ្វី?
request-complaint-details-hint = ឧទាហរណ៍៖ រណ្តៅលើផ្លូវនៅតែមាន ក្រោយពេលសំណើត្រូវបានបិទ។
request-complaint-email = អាសយដ្ឋានអ៊ីមែល (ស្រេចចិត្ត)
request-complaint-email-hint = ដើម្បីឱ្យយើងអាចប្រាប់អ្នកអំពីចម្លើយ។ វានឹងមិនត្រូវបានបង្ហាញជាសាធារណៈឡើយ។
request-complaint-submit = ដាក់ពាក្យបណ្តឹង
request-complaint-filed = ពាក្យបណ្តឹងរបស់អ្នកត្រូវបានដាក់ហើយ។ វាបង្ហាញនៅក្នុងដំណើរការខាងក្រោម។
request-complaint-pending = ពាក្យបណ្តឹងអំពីសំណើនេះកំពុងរង់ចាំចម្លើយ ដែលរំពឹងថានឹងមានត្រឹម { $date }។
request-complaint-escalated = ចម្លើយយឺតហួសពេលកំណត់ ដូច្នេះពាក្យបណ្តឹងត្រូវបានបញ្ជូនទៅថ្នាក់ដឹកនាំនៃផ្នែកទទួលខុសត្រូវ។
request-complaint-error-details = សូមប្រាប់យើងថាមានបញ្ហាអ្វី
request-complaint-error-too-long = ពាក្យបណ្តឹងត្រូវមានមិនលើសពី 2000 តួអក្សរ
status-complaint = បានដាក់ពាក្យបណ្តឹង
status-escalated = ពាក្យបណ្តឹងត្រូវបានបញ្ជូនទៅថ្នាក់ដឹកនាំនៃផ្នែក
