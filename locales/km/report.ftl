### ការរាយការណ៍បញ្ហា៖ ទំព័រ /report កំហុស ផែនទី និងរូបថត។

report-page-title = { $heading } – { -product-name }
report-caption = រាយការណ៍បញ្ហា
report-unavailable = មិនអាចបង្ហាញទម្រង់រាយការណ៍បានទេនៅពេលនេះ។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេលប៉ុន្មាននាទីទៀត។
report-continue = បន្ត
report-optional = { $label } (ស្រេចចិត្ត)

## ការជ្រើសរើសសេវាកម្ម
report-choose-heading = តើអ្នកចង់រាយការណ៍អំពីអ្វី?
report-choose-intro = ស្វែងរកដោយប្រើពាក្យរបស់អ្នកផ្ទាល់ ឬជ្រើសរើសពីប្រធានបទខាងក្រោម។
report-start-button = ចាប់ផ្តើមឥឡូវនេះ
report-choose-other = រាយការណ៍អំពីរឿងផ្សេងទៀត
report-not-found-heading = យើងរកមិនឃើញរបាយការណ៍នោះទេ
report-not-found-body = តំណភ្ជាប់អាចមិនពេញលេញ ឬវាយខុស។
report-start-again = ចាប់ផ្តើមរបាយការណ៍ថ្មី

## ម្ចាស់កម្មសិទ្ធិ និងគំនូរលាបលើជញ្ជាំងដែលជំរុញដោយការស្អប់
report-owner-question = តើនរណាជាម្ចាស់វត្ថុដែលមានបញ្ហា?
report-owner-hint = សូមរកមើលនិមិត្តសញ្ញា ឬស្លាកនៅលើវា។ ទីក្រុងអាចជួសជុលបានតែវត្ថុដែលខ្លួនជាម្ចាស់ប៉ុណ្ណោះ។
report-owner-city = ទីក្រុងតូរ៉ុនតូ ឧទាហរណ៍ ជញ្ជាំង ស្ពាន ផ្លាកសញ្ញា ឬធុងសំរាមរបស់ទីក្រុង
report-owner-unknown = ខ្ញុំមិនដឹងទេ
report-owner-bell = Bell Canada៖ ទូទូរស័ព្ទសាធារណៈ បង្គោល និងទូឧបករណ៍របស់ Bell
report-owner-rogers = Rogers៖ ប្រអប់ខ្សែកាប និងទូឧបករណ៍
report-owner-toronto-hydro = Toronto Hydro៖ បង្គោលភ្លើង ត្រង់ស្វូ និងប្រអប់អគ្គិសនី
report-owner-canada-post = Canada Post (ប្រៃសណីយ៍កាណាដា)៖ ប្រអប់សំបុត្រ និងទូទទួលកញ្ចប់ឥវ៉ាន់
report-owner-ttc = TTC (សេវាដឹកជញ្ជូនសាធារណៈតូរ៉ុនតូ)៖ រោងចាំរថយន្តក្រុង ស្ថានីយ និងយានជំនិះ
report-error-owner = សូមជ្រើសរើសម្ចាស់ ឬ “ខ្ញុំមិនដឹងទេ”
report-referral-heading = នេះមិនមែនជាអ្វីដែលទីក្រុងត្រូវជួសជុលទេ
report-referral-intro = ទីក្រុងអាចជួសជុល ឬសម្អាតបានតែវត្ថុដែលខ្លួនជាម្ចាស់ប៉ុណ្ណោះ ដូច្នេះមិនមានសំណើសេវាកម្មណាមួយត្រូវបានបង្កើតទេ។ សូមរាយការណ៍ទៅម្ចាស់វត្ថុនោះ។
report-referral-bell = Bell Canada៖ ហៅទូរស័ព្ទលេខ 1-866-310-2355។
report-referral-rogers = Rogers៖ ហៅទូរស័ព្ទលេខ 1-888-764-3771។
report-referral-toronto-hydro = Toronto Hydro៖ ហៅទូរស័ព្ទលេខ 416-542-8000។ ប្រសិនបើខ្សែភ្លើងធ្លាក់ចុះ ឬមានផ្កាភ្លើង សូមនៅឱ្យឆ្ងាយ 10 ម៉ែត្រ ហើយហៅលេខ 911។
report-referral-canada-post = Canada Post៖ ហៅទូរស័ព្ទលេខ 1-866-607-6301។
report-referral-ttc = TTC៖ ហៅទូរស័ព្ទទៅផ្នែកសេវាអតិថិជនតាមលេខ 416-393-3030។
report-hate-heading = គំនូរលាបលើជញ្ជាំងដែលជំរុញដោយការស្អប់
report-hate-police = ប្រសិនបើគំនូរលាបលើជញ្ជាំងនោះសំដៅលើមនុស្ស ដោយសារពូជសាសន៍ សាសនា ដើមកំណើតជនជាតិ ទំនោរផ្លូវភេទ យេនឌ័រ ឬពិការភាពរបស់ពួកគេ សូមរាយការណ៍ទៅ Toronto Police (ប៉ូលិសតូរ៉ុនតូ) ជាមុនសិន៖ ហៅលេខ 416-808-2222 ដែលជាខ្សែទូរស័ព្ទមិនបន្ទាន់ ឬហៅលេខ 911 ប្រសិនបើមាននរណាម្នាក់ស្ថិតក្នុងគ្រោះថ្នាក់។ ប៉ូលិសនឹងកត់ត្រាវាថាអាចជាបទឧក្រិដ្ឋដោយការស្អប់ មុនពេលវាត្រូវបានលុបចេញ។
report-hate-then = បន្ទាប់មក សូមរាយការណ៍នៅទីនេះ ដើម្បីឱ្យទីក្រុងអាចលុបវាចេញបានយ៉ាងឆាប់រហ័ស។

## ទីតាំង
report-location-heading = តើបញ្ហានៅទីណា?
report-location-current = ទីតាំងដែលបានជ្រើសរើស
report-location-address = { $address }, សង្កាត់ { $ward }
report-location-pin = ម្ជុលនៅ { $lat }, { $long }, សង្កាត់ { $ward }
report-map-heading = ដាក់ម្ជុលនៅលើផែនទី
report-map-hint = ចុច ឬប៉ះផែនទីត្រង់កន្លែងដែលមានបញ្ហា រួចអូសម្ជុលដើម្បីកែតម្រូវ។ ប្រសិនបើប្រើក្តារចុច សូមផ្លាស់ទីផែនទីដោយប្រើគ្រាប់ចុចព្រួញ រួចជ្រើសរើស “ដាក់ម្ជុលនៅកណ្តាលផែនទី”។
report-map-label = ផែនទី
report-map-pin = ទីតាំងនៃបញ្ហា
report-map-pin-at = បានដាក់ម្ជុលនៅ { $lat }, { $long }
report-map-no-pin = មិនទាន់បានដាក់ម្ជុលនៅឡើយទេ
report-map-locate = ប្រើទីតាំងរបស់ខ្ញុំ
report-map-locate-failed = រកមិនឃើញទីតាំងរបស់អ្នកទេ។ សូមដាក់ម្ជុលនៅលើផែនទី ឬវាយបញ្ចូលអាសយដ្ឋាន។
report-map-centre = ដាក់ម្ជុលនៅកណ្តាលផែនទី
report-map-use = ប្រើទីតាំងរបស់ម្ជុលនេះ
report-address-heading = ឬវាយបញ្ចូលអាសយដ្ឋាន ឬផ្លូវប្រសព្វ
report-place-label = ផ្លូវ ផ្លូវប្រសព្វ ឬទីកន្លែង
report-place-hint = ឧទាហរណ៍៖ Queen St W & Spadina Ave ឬ Nathan Phillips Square
report-place-find = ស្វែងរក
report-place-none = គ្មានអ្វីត្រូវនឹង “{ $query }” ទេ។ សូមពិនិត្យអក្ខរាវិរុទ្ធ ឬសាកល្បងផ្លូវប្រសព្វដែលនៅជិតបំផុត។
report-place-choose = សូមជ្រើសរើសលទ្ធផលដែលត្រូវជាងគេ
report-place-use = ប្រើទីតាំងនេះ
report-place-kind-street = ផ្លូវ
report-place-kind-intersection = ផ្លូវប្រសព្វ
report-place-kind-place = ទីកន្លែង
report-error-outside-city = ទីតាំងនេះស្ថិតនៅក្រៅទីក្រុងតូរ៉ុនតូ។ សូមជ្រើសរើសកន្លែងមួយនៅក្នុងទីក្រុង។
report-error-pin-missing = សូមដាក់ម្ជុលនៅលើផែនទី ឬវាយបញ្ចូលអាសយដ្ឋានខាងក្រោម
report-error-place-choose = សូមជ្រើសរើសលទ្ធផលមួយ ឬស្វែងរកម្តងទៀត
report-error-location-missing = សូមវាយបញ្ចូលផ្លូវ ផ្លូវប្រសព្វ ឬទីកន្លែង ឬដាក់ម្ជុលនៅលើផែនទី

## ព័ត៌មានលម្អិត និងព័ត៌មានទំនាក់ទំនង
report-details-heading = សូមប្រាប់យើងអំពីបញ្ហា
report-field-description = ពិពណ៌នាអំពីបញ្ហា
report-description-hint = អ្វីដែលអ្នកឃើញ និងអ្វីៗដែលជួយឱ្យក្រុមការងាររកឃើញវា។ សូមកុំបញ្ចូលព័ត៌មានផ្ទាល់ខ្លួន។
report-contact-heading = ព័ត៌មានទំនាក់ទំនងរបស់អ្នក (ស្រេចចិត្ត)
report-contact-hint = យើងប្រើព័ត៌មាននេះតែដើម្បីទាក់ទងអ្នកអំពីរបាយការណ៍នេះប៉ុណ្ណោះ។ វានឹងមិនត្រូវបានបង្ហាញជាសាធារណៈឡើយ។ សូមទុកវាឱ្យនៅទទេ ប្រសិនបើអ្នកចង់រាយការណ៍ដោយអនាមិក។
report-field-first-name = នាមខ្លួន
report-field-last-name = នាមត្រកូល
report-field-email = អាសយដ្ឋានអ៊ីមែល
report-field-phone = លេខទូរស័ព្ទ
report-error-missing = សូមឆ្លើយសំណួរ “{ $field }”
report-error-number = ចម្លើយចំពោះ “{ $field }” ត្រូវតែជាលេខ ដូចជា 3 ឬ 2.5
report-error-too-long = ចម្លើយចំពោះ “{ $field }” ត្រូវមានមិនលើសពី { $max } តួអក្សរ
report-error-choice = សូមជ្រើសរើសចម្លើយមួយក្នុងបញ្ជីសម្រាប់ “{ $field }”
report-error-datetime = សូមបញ្ចូលកាលបរិច្ឆេទ និងម៉ោងដែលត្រឹមត្រូវសម្រាប់ “{ $field }”
report-error-email = សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលតាមទម្រង់ត្រឹមត្រូវ ដូចជា name@example.com
report-error-phone = សូមបញ្ចូលលេខទូរស័ព្ទដែលមានពី 7 ដល់ 15 ខ្ទង់ ដូចជា 416-392-2489

## រូបថត
report-photos-heading = រូបថត
report-photos-required = បញ្ហាប្រភេទនេះត្រូវការរូបថតយ៉ាងហោចណាស់មួយសន្លឹក។ វាជួយឱ្យក្រុមការងាររកឃើញ និងជួសជុលវា។
report-photos-optional = រូបថតគឺស្រេចចិត្ត ប៉ុន្តែវាជួយឱ្យក្រុមការងាររកឃើញ និងដោះស្រាយបញ្ហា។
report-photos-limits = អ្នកអាចបន្ថែមរូបថតបានរហូតដល់ { $count } សន្លឹក ជាទម្រង់ JPEG, PNG ឬ WebP ដែលនីមួយៗមិនលើសពី { $megabytes } MB។ យើងលុបព័ត៌មានទីតាំង និងព័ត៌មានកាមេរ៉ាចេញពីច្បាប់ចម្លងដែលយើងរក្សាទុក។
report-photo-label = ជ្រើសរើសរូបថត
report-photo-upload = ផ្ទុករូបថតឡើង
report-photo-uploading = កំពុងផ្ទុករូបថតឡើង
report-photo-alt = រូបថតទី { $number }
report-photo-remove = លុបរូបថតទី { $number }
report-photo-has-location = រូបថតទី { $number } បានកត់ត្រាទីកន្លែងដែលវាត្រូវបានថត។
report-photo-use-location = ប្រើទីតាំងរបស់រូបថតទី { $number }
report-photos-count =
    { $count ->
        [0] គ្មានរូបថត
       *[other] រូបថត { $count } សន្លឹក
    }
report-error-photo-missing = សូមជ្រើសរើសរូបថតដើម្បីផ្ទុកឡើង
report-error-photo-too-large = រូបថតត្រូវតែតូចជាង { $megabytes } MB
report-error-photo-type = ឯកសារត្រូវតែជារូបថតក្នុងទម្រង់ JPEG, PNG ឬ WebP
report-error-photo-dimensions = រូបថតមានភីកសែលច្រើនពេក។ សូមជ្រើសរើសរូបថតដែលតូចជាងនេះ។
report-error-photo-damaged = រូបថតខូច ហើយមិនអាចអានបានទេ។ សូមជ្រើសរើសរូបថតផ្សេងទៀត។
report-error-photo-limit = អ្នកអាចបន្ថែមរូបថតបានរហូតដល់ { $count } សន្លឹក។ សូមលុបមួយចេញ ដើម្បីបន្ថែមមួយទៀត។
report-error-photo-required = សូមបន្ថែមរូបថតយ៉ាងហោចណាស់មួយសន្លឹក
report-error-photo-outside = កន្លែងដែលរូបថតនេះត្រូវបានថត ស្ថិតនៅក្រៅទីក្រុងតូរ៉ុនតូ

## ការពិនិត្យ របាយការណ៍ស្ទួននៅក្បែរនោះ និងការផ្ញើ
report-check-heading = សូមពិនិត្យចម្លើយរបស់អ្នក មុនពេលផ្ញើរបាយការណ៍
report-check-answers = ចម្លើយរបស់អ្នក
report-change = ផ្លាស់ប្តូរ
report-anonymous = មិនបានផ្តល់៖ របាយការណ៍នេះជាអនាមិក
report-submit-note = តាមរយៈការផ្ញើរបាយការណ៍នេះ អ្នកបញ្ជាក់ថាព័ត៌មានគឺត្រឹមត្រូវតាមដែលអ្នកដឹង។
report-submit = ផ្ញើរបាយការណ៍
report-nearby-heading = តើបញ្ហានេះត្រូវបានរាយការណ៍រួចហើយឬនៅ?
report-nearby-intro = សំណើដែលមិនទាន់បិទទាំងនេះ សម្រាប់បញ្ហាដូចគ្នា ស្ថិតនៅក្នុងចម្ងាយ 250 ម៉ែត្រ។ ប្រសិនបើមួយក្នុងចំណោមនោះជាបញ្ហារបស់អ្នក សូមតាមដានវា ជំនួសឱ្យការផ្ញើរបាយការណ៍ថ្មី។
report-nearby-distance = ចម្ងាយប្រហែល { $metres } ម៉ែត្រ
report-nearby-reporters =
    { $count ->
       *[other] រាយការណ៍ដោយមនុស្ស { $count } នាក់
    }
report-me-too = ខ្ញុំក៏ដូចគ្នាដែរ៖ តាមដាន { $number }
report-error-follow = សំណើនោះមិនអាចតាមដានបានទៀតទេ។ សូមផ្ញើរបាយការណ៍ផ្ទាល់ខ្លួនរបស់អ្នកជំនួសវិញ។
report-sent-heading = បានផ្ញើរបាយការណ៍ហើយ
report-sent-number = លេខសំណើសេវាកម្មរបស់អ្នកគឺ
report-sent-next = សូមរក្សាលេខនេះទុក។ អ្នកអាចប្រើវាដើម្បីមើលអ្វីដែលនឹងកើតឡើងបន្ទាប់។
report-sent-track = តាមដានសំណើនេះ
report-another = រាយការណ៍បញ្ហាផ្សេងទៀត
report-following-heading = អ្នកកំពុងតាមដាន { $number }
report-following-body = អ្នកត្រូវបានបន្ថែមទៅក្នុងសំណើនេះ ជំនួសឱ្យការបង្កើតសំណើថ្មី។ ទំព័រស្ថានភាពរបស់វាបង្ហាញអ្វីដែលនឹងកើតឡើងបន្ទាប់។
