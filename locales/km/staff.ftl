### ផ្ទាំងគ្រប់គ្រងសម្រាប់បុគ្គលិក៖ ការចូលគណនី ជួរសំណើ ការប្តូរស្ថានភាពសំណើ កំណត់ហេតុសវនកម្ម។

staff-page-title = { $heading } – { -product-name } សម្រាប់បុគ្គលិក
staff-unavailable = មិនអាចបង្ហាញផ្ទាំងគ្រប់គ្រងសម្រាប់បុគ្គលិកបានទេនៅពេលនេះ។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេលប៉ុន្មាននាទីទៀត។
staff-forbidden-heading = អ្នកមិនអាចបើកទំព័រនេះបានទេ
staff-forbidden-body = គណនីរបស់អ្នកមិនមានសិទ្ធិចូលប្រើផ្នែកនេះនៃផ្ទាំងគ្រប់គ្រងសម្រាប់បុគ្គលិកទេ។ សូមសួរអ្នកគ្រប់គ្រងប្រព័ន្ធ ប្រសិនបើអ្នកត្រូវការវា។

## ការចូលគណនី
staff-login-heading = ការចូលគណនីរបស់បុគ្គលិក
staff-password = ពាក្យសម្ងាត់
staff-sign-in = ចូល
staff-sign-out = ចាកចេញ
staff-signed-in-as = បានចូលជា { $name }
staff-login-error-wrong = អាសយដ្ឋានអ៊ីមែល ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវទេ
staff-login-error-locked = មានការព្យាយាមចូលច្រើនដងពេក។ សូមរង់ចាំ 15 នាទី រួចព្យាយាមម្តងទៀត។
staff-error-csrf = ទម្រង់នេះហួសសុពលភាពហើយ។ សូមផ្ទុកទំព័រឡើងវិញ ហើយព្យាយាមម្តងទៀត។

## ជួរសំណើ
staff-queue-heading = ជួរសំណើសេវាកម្ម
staff-filter-any = ទាំងអស់
staff-filter-overdue = តែសំណើដែលហួសកាលបរិច្ឆេទរំពឹងទុកប៉ុណ្ណោះ
staff-filter-complaints = តែសំណើដែលមានពាក្យបណ្តឹងកំពុងរង់ចាំចម្លើយប៉ុណ្ណោះ
staff-filter-apply = បង្ហាញសំណើ
staff-queue-empty = គ្មានសំណើសេវាកម្មណាដែលត្រូវនឹងតម្រងទាំងនេះទេ។
staff-column-number = លេខ SR
staff-complaint-due = ពាក្យបណ្តឹង៖ ត្រូវឆ្លើយត្រឹម { $date }
staff-complaint-escalated = ពាក្យបណ្តឹងត្រូវបានបញ្ជូនទៅថ្នាក់លើ៖ ចម្លើយយឺតហួសពេលកំណត់

## សំណើមួយ
staff-change-heading = ប្តូរស្ថានភាព
staff-new-status = ស្ថានភាពថ្មី
staff-reason = មូលហេតុនៃការបិទ
staff-reason-hint = ត្រូវការនៅពេលស្ថានភាពថ្មីបិទសំណើ។ មូលហេតុត្រូវតែស្របនឹងស្ថានភាព។
staff-reason-none = គ្មានមូលហេតុ៖ សំណើនៅតែបើក
staff-public-note = កំណត់ចំណាំសាធារណៈ
staff-public-note-hint = អ្នករស់នៅនឹងឃើញខ្លឹមសារនេះនៅលើទំព័រស្ថានភាព។ នៅពេលបិទ សូមប្រាប់ពីអ្វីដែលបានធ្វើ ឬមូលហេតុដែលមិនបានធ្វើអ្វីសោះ។
staff-internal-note = កំណត់ចំណាំផ្ទៃក្នុង
staff-internal-note-hint = មានតែបុគ្គលិកប៉ុណ្ណោះដែលឃើញខ្លឹមសារនេះ។
staff-save = រក្សាទុកការផ្លាស់ប្តូរ
staff-saved = ការផ្លាស់ប្តូរត្រូវបានរក្សាទុកហើយ។
staff-history-heading = ប្រវត្តិទាំងស្រុង
staff-error-status = សូមជ្រើសរើសស្ថានភាពមួយពីបញ្ជី
staff-error-reason-missing = សូមជ្រើសរើសមូលហេតុនៃការបិទសំណើ
staff-error-reason-mismatch = មូលហេតុនេះមិនស្របនឹងស្ថានភាពថ្មីទេ។ សូមជ្រើសរើសមូលហេតុដែលត្រូវនឹងស្ថានភាពនោះ។
staff-error-note-missing = សូមសរសេរកំណត់ចំណាំសាធារណៈ ដើម្បីប្រាប់អ្នករស់នៅពីអ្វីដែលបានធ្វើ ឬមូលហេតុដែលមិនបានធ្វើអ្វីសោះ
staff-error-reason-open = មូលហេតុនៃការបិទ គឺសម្រាប់តែស្ថានភាពដែលបិទសំណើប៉ុណ្ណោះ

## មូលហេតុនៃការបិទ
staff-reason-repaired = បានជួសជុល
staff-reason-cleaned = បានសម្អាត
staff-reason-removed = បានដកចេញ
staff-reason-other-government = បានបញ្ជូនទៅរដ្ឋាភិបាលថ្នាក់ផ្សេង
staff-reason-utility-company = បានបញ្ជូនទៅក្រុមហ៊ុនសេវាសាធារណៈ ឬក្រុមហ៊ុនដែលជាម្ចាស់
staff-reason-private-property = នៅលើទ្រព្យសម្បត្តិឯកជន៖ បានបញ្ជូនទៅម្ចាស់
staff-reason-not-found = បានត្រួតពិនិត្យ៖ រកមិនឃើញបញ្ហា
staff-reason-already-resolved = បានដោះស្រាយរួចហើយ មុនពេលក្រុមការងារមកដល់
staff-reason-meets-standard = បានត្រួតពិនិត្យ៖ ស្របតាមស្តង់ដាររបស់ទីក្រុង
staff-reason-duplicate = ស្ទួននឹងសំណើមួយផ្សេងទៀត

## កំណត់ហេតុសវនកម្ម
staff-audit-heading = កំណត់ហេតុសវនកម្ម
staff-column-when = ពេលវេលា
staff-column-who = អ្នកធ្វើ
staff-column-action = សកម្មភាព
staff-column-detail = ព័ត៌មានលម្អិត
staff-action-login = បានចូល
staff-action-logout = បានចាកចេញ
staff-action-login-failed = ការចូលបរាជ័យ
staff-action-login-locked = ការចូលត្រូវបានបដិសេធ៖ ព្យាយាមច្រើនដងពេក
staff-action-status-change = បានប្តូរស្ថានភាព
staff-action-escalation = ពាក្យបណ្តឹងត្រូវបានបញ្ជូនទៅថ្នាក់លើដោយស្វ័យប្រវត្តិ៖ ហួសពេលកំណត់ SLA

## ការប្តូរសំណើច្រើនក្នុងពេលតែមួយពីជួរ
staff-bulk-column = ជ្រើសរើស
staff-bulk-select = ជ្រើសរើសសំណើ { $number }
staff-bulk-heading = ប្តូរសំណើដែលបានជ្រើសរើស
staff-bulk-hint = សូមធីកសំណើនៅក្នុងតារាង រួចជ្រើសរើសការផ្លាស់ប្តូរ។ សំណើនីមួយៗនឹងទទួលបានស្ថានភាព មូលហេតុ និងកំណត់ចំណាំដូចគ្នា ហើយមានបន្ទាត់ផ្ទាល់ខ្លួនមួយនៅក្នុងប្រវត្តិរបស់វា។
staff-bulk-button = ប្តូរសំណើដែលបានជ្រើសរើស
staff-bulk-saved =
    { $count ->
       *[other] បានប្តូរសំណើចំនួន { $count }។
    }
staff-error-none-selected = សូមជ្រើសរើសសំណើយ៉ាងហោចណាស់មួយនៅក្នុងតារាង។
staff-bulk-skipped =
    { $count ->
       *[other] មិនបានប្តូរសំណើចំនួន { $count } ទេ៖ ការសម្គាល់សំណើទាំងនោះថា «បានបញ្ចប់» ត្រូវការរូបថតនៃការងារដែលបានធ្វើរួច។ សូមបើកសំណើនីមួយៗដើម្បីបន្ថែមរូបថត។
    }

## រូបថតភ្ជាប់ជាមួយការប្តូរស្ថានភាព (នៃការងារដែលបានធ្វើរួច)
staff-photo = រូបថតនៃការងារ (ស្រេចចិត្ត)
staff-photo-hint = រូបភាព JPEG, PNG ឬ WebP ដែលមិនលើសពី 10 MB។ អ្នករស់នៅនឹងឃើញវានៅក្នុងផ្នែក «អ្វីដែលបានកើតឡើងរហូតមកដល់ពេលនេះ» របស់សំណើ។
staff-photo-hint-required = សេវាកម្មនេះត្រូវការរូបថតនៃការងារដែលបានធ្វើរួច ដើម្បីសម្គាល់សំណើថា «បានបញ្ចប់»។ រូបភាព JPEG, PNG ឬ WebP ដែលមិនលើសពី 10 MB។ អ្នករស់នៅនឹងឃើញវានៅក្នុងផ្នែក «អ្វីដែលបានកើតឡើងរហូតមកដល់ពេលនេះ»។
staff-error-completion-photo-missing = សូមបន្ថែមរូបថតនៃការងារដែលបានធ្វើរួច៖ សេវាកម្មនេះត្រូវការរូបថតមួយ ដើម្បីសម្គាល់សំណើថា «បានបញ្ចប់»
