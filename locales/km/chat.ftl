## ការជជែកផ្ទាល់៖ ផ្ទាំងជជែករបស់អ្នករស់នៅ ការទុកសារ ផ្ទាំងគ្រប់គ្រងរបស់ភ្នាក់ងារ និងសារក្នុងការជជែក។

chat-launcher = ជជែកជាមួយ 311
chat-panel-heading = ជជែកផ្ទាល់ជាមួយ 311
chat-close = បិទការជជែក
chat-intro = សួរសំណួរ ឬទទួលជំនួយអំពីសំណើ។ ភ្នាក់ងារនឹងឆ្លើយអ្នកនៅទីនេះ ភ្លាមៗនៅពេលមានភ្នាក់ងារទំនេរ។
chat-name-label = ឈ្មោះរបស់អ្នក (ស្រេចចិត្ត)
chat-topic-label = តើអ្នកត្រូវការជំនួយអំពីអ្វី?
chat-topic-hint = ឧទាហរណ៍៖ មិនបានប្រមូលសំរាមនៅលើផ្លូវរបស់ខ្ញុំ
chat-start = ចាប់ផ្តើមជជែក
chat-connecting = កំពុងភ្ជាប់…
chat-reconnecting = ការតភ្ជាប់បានដាច់។ កំពុងភ្ជាប់ឡើងវិញ… សាររបស់អ្នកនៅតែរក្សាទុក។
chat-reconnected = បានភ្ជាប់ឡើងវិញហើយ។
chat-queue-next = អ្នកជាអ្នកបន្ទាប់នៅក្នុងជួរ។
chat-queue-position = អ្នកស្ថិតនៅលេខ { $position } នៅក្នុងជួរ។
chat-queue-wait =
    { $minutes ->
       *[other] រយៈពេលរង់ចាំប៉ាន់ស្មាន៖ ប្រហែល { $minutes } នាទី។
    }
chat-waiting-note = អ្នកអាចវាយសំណួររបស់អ្នក ខណៈពេលកំពុងរង់ចាំ។ សូមទុកទំព័រនេះឱ្យបើក៖ ការជជែកមិនបិទដោយខ្លួនឯងទេ។
chat-log-label = ការសន្ទនា
chat-message-label = សាររបស់អ្នក
chat-send = ផ្ញើ
chat-not-sent = មិនទាន់បានផ្ញើទេ។ វានឹងត្រូវបានផ្ញើភ្លាមៗ នៅពេលការតភ្ជាប់ត្រឡប់មកវិញ។
chat-typing-agent = ភ្នាក់ងារកំពុងវាយ…
chat-typing-resident = អ្នករស់នៅកំពុងវាយ…
chat-you = អ្នក
chat-resident = អ្នករស់នៅ
chat-end = បញ្ចប់ការជជែក
chat-ended-heading = ការជជែកបានបញ្ចប់ហើយ
chat-rate-legend = តើការជជែកនេះមានប្រយោជន៍កម្រិតណា?
chat-rate-stars =
    { $stars ->
       *[other] { $stars } ផ្កាយ
    }
chat-rate-submit = ផ្ញើការវាយតម្លៃ
chat-rate-thanks = សូមអរគុណចំពោះការវាយតម្លៃរបស់អ្នក។
chat-transcript-label = ផ្ញើកំណត់ត្រានៃការជជែកមកអ៊ីមែលរបស់ខ្ញុំ
chat-transcript-submit = ផ្ញើកំណត់ត្រា
chat-transcript-sent = កំណត់ត្រានៃការជជែកកំពុងត្រូវបានផ្ញើទៅអ៊ីមែលរបស់អ្នក។
chat-new = ចាប់ផ្តើមការជជែកថ្មី
chat-about-request = ជជែកអំពីសំណើនេះ
chat-linked-request = អំពីសំណើ { $number }

chat-page-title = ការជជែកផ្ទាល់
chat-page-intro = ជជែកផ្ទាល់ជាមួយភ្នាក់ងារ 311 ឬទុកសារ ហើយយើងនឹងឆ្លើយអ្នកតាមអ៊ីមែល ឬសារ SMS។
chat-offline-heading = ទុកសារ
chat-offline-intro = នៅពេលនេះ គ្មានភ្នាក់ងារណាអាចជជែកបានទេ។ សូមទុកសារជាមួយអាសយដ្ឋានអ៊ីមែល ឬលេខទូរសព្ទរបស់អ្នក ហើយភ្នាក់ងារនឹងឆ្លើយអ្នក។
chat-offline-email = អាសយដ្ឋានអ៊ីមែល
chat-offline-phone = លេខទូរសព្ទ សម្រាប់ទទួលចម្លើយតាមសារ SMS
chat-offline-body = សាររបស់អ្នក
chat-offline-submit = ផ្ញើសារ
chat-offline-sent = សូមអរគុណ។ យើងបានទទួលសាររបស់អ្នកហើយ ហើយភ្នាក់ងារនឹងឆ្លើយអ្នកតាមអ៊ីមែល ឬសារ SMS។
chat-offline-error-body = សូមបញ្ចូលសាររបស់អ្នក
chat-offline-error-body-long = សាររបស់អ្នកត្រូវមានមិនលើសពី 2,000 តួអក្សរ
chat-offline-error-name-long = ឈ្មោះរបស់អ្នកត្រូវមានមិនលើសពី 100 តួអក្សរ
chat-offline-error-contact = សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែល ឬលេខទូរសព្ទ ដើម្បីឱ្យយើងអាចឆ្លើយអ្នកបាន
chat-offline-error-email = សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលតាមទម្រង់ត្រឹមត្រូវ ដូចជា name@example.com
chat-offline-error-phone = សូមបញ្ចូលលេខទូរសព្ទ ដូចជា 416 555 0123

## ព្រឹត្តិការណ៍ក្នុងការជជែក ដែលបង្ហាញដល់ភាគីទាំងពីរ។

chat-event-joined = { $name } បានចូលរួមការជជែក។
chat-event-transferred = ការជជែកត្រូវបានបញ្ជូនទៅ { $name }។
chat-event-ended = ការជជែកបានបញ្ចប់ហើយ។
chat-event-request = សំណើសេវាកម្ម { $number } ត្រូវបានបង្កើតសម្រាប់អ្នក។ អ្នកអាចតាមដានវាដោយប្រើលេខនេះ។

## មូលហេតុដែលអ្វីដែលបានផ្ញើក្នុងការជជែកមិនត្រូវបានទទួលយក។

chat-error-bad-frame = មិនអាចអានខ្លឹមសារនោះបានទេ។ សូមផ្ទុកទំព័រឡើងវិញ ហើយព្យាយាមម្តងទៀត។
chat-error-too-long = សាររបស់អ្នកវែងពេក។ សូមសរសេរឱ្យមិនលើសពី 2,000 តួអក្សរ។
chat-error-too-fast = អ្នកកំពុងផ្ញើសារលឿនពេក។ សូមរង់ចាំបន្តិច រួចផ្ញើម្តងទៀត។
chat-error-empty = សូមវាយសារមុនពេលផ្ញើ។
chat-error-topic-missing = សូមបញ្ចូលអ្វីដែលអ្នកត្រូវការជំនួយ។
chat-error-already-started = ការជជែកនេះបានចាប់ផ្តើមរួចហើយ។
chat-error-unknown-chat = រកមិនឃើញការជជែកនោះទេ។ សូមចាប់ផ្តើមការជជែកថ្មី។
chat-error-no-chat = សូមចាប់ផ្តើមការជជែកជាមុនសិន។
chat-error-chat-ended = ការជជែកនេះបានបញ្ចប់ហើយ។ សូមចាប់ផ្តើមការជជែកថ្មី ដើម្បីផ្ញើសារបន្ថែម។
chat-error-bad-rating = សូមជ្រើសរើសពី 1 ដល់ 5 ផ្កាយ។
chat-error-not-ended = អ្នកអាចវាយតម្លៃការជជែកបាន នៅពេលវាបានបញ្ចប់។
chat-error-bad-email = សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលតាមទម្រង់ត្រឹមត្រូវ ដូចជា name@example.com
chat-error-agents-only = មានតែភ្នាក់ងារប៉ុណ្ណោះដែលអាចធ្វើដូច្នេះបាន។
chat-error-residents-only = មានតែអ្នករស់នៅប៉ុណ្ណោះដែលអាចធ្វើដូច្នេះបាន។
chat-error-not-yours = ការជជែកនោះមិនត្រូវបានប្រគល់ឱ្យអ្នកទេ។
chat-error-at-limit = អ្នកបានបើកការជជែកដល់ចំនួនអតិបរមាដែលអ្នកអាចទទួលបានហើយ។ សូមបញ្ចប់ការជជែកមួយជាមុនសិន។
chat-error-taken = ភ្នាក់ងារផ្សេងទៀតបានទទួលការជជែកនោះហើយ ឬវាបានបញ្ចប់។
chat-error-agent-unavailable = ភ្នាក់ងារនោះលែងនៅលើបណ្តាញហើយ។ សូមជ្រើសរើសភ្នាក់ងារផ្សេងទៀត។
chat-error-unavailable = ការជជែកមិនអាចប្រើបានទេនៅពេលនេះ។ សូមព្យាយាមម្តងទៀតក្នុងរយៈពេលប៉ុន្មាននាទីទៀត ឬហៅលេខ 311។

## ចម្លើយរៀបចំជាស្រេចដែលភ្នាក់ងារផ្ញើ ជាភាសារបស់អ្នករស់នៅ។

chat-canned-greeting = សួស្តី សូមអរគុណដែលបានទាក់ទង 311 Toronto។ តើថ្ងៃនេះខ្ញុំអាចជួយអ្វីបានខ្លះ?
chat-canned-one-moment = សូមរង់ចាំបន្តិច ខណៈពេលខ្ញុំពិនិត្យមើលរឿងនេះ។
chat-canned-more-details = តើអ្នកអាចប្រាប់ខ្ញុំលម្អិតបន្តិចទៀតអំពីបញ្ហានេះបានទេ?
chat-canned-location = តើបញ្ហានៅទីណាឱ្យប្រាកដ? អាសយដ្ឋានផ្លូវ ឬផ្លូវបំបែកដែលនៅជិតបំផុត នឹងជួយបានច្រើន។
chat-canned-request-filed = ខ្ញុំបានបង្កើតសំណើសេវាកម្មសម្រាប់អ្នកហើយ។ អ្នកអាចតាមដានវាដោយប្រើលេខដែលបានបង្ហាញនៅក្នុងការជជែកនេះ។
chat-canned-goodbye = សូមអរគុណដែលបានទាក់ទង 311។ តើមានអ្វីផ្សេងទៀតដែលខ្ញុំអាចជួយអ្នកបានទេ?

## ផ្ទាំងគ្រប់គ្រងរបស់ភ្នាក់ងារនៅ /agent។

agent-page-heading = ផ្ទាំងគ្រប់គ្រងការជជែក
agent-status-connected = បានភ្ជាប់។ អ្នកកំពុងនៅលើបណ្តាញ ដើម្បីទទួលការជជែក។
agent-status-reconnecting = ការតភ្ជាប់បានដាច់។ កំពុងភ្ជាប់ឡើងវិញ…
agent-queue-heading = ការជជែកដែលកំពុងរង់ចាំ
agent-queue-empty = គ្មានការជជែកណាកំពុងរង់ចាំទេ។
agent-queue-topic = ប្រធានបទ
agent-queue-language = ភាសា
agent-queue-waiting = រយៈពេលរង់ចាំ
agent-queue-minutes =
    { $minutes ->
       *[other] { $minutes } នាទី
    }
agent-queue-fallback = មិនមែនជាភាសាមួយរបស់អ្នកទេ
agent-accept = ទទួល
agent-load = ការជជែកដែលកំពុងបើក៖ { $active } ក្នុងចំណោម { $limit }
agent-chats-heading = ការជជែករបស់អ្នក
agent-no-chats = សូមទទួលការជជែកមួយពីជួរ ដើម្បីចាប់ផ្តើម។
agent-chat-with = ជជែកជាមួយ { $name }
agent-chat-language = ភាសា៖ { $language }
agent-chat-topic = ប្រធានបទ៖ { $topic }
agent-canned-label = ចម្លើយរៀបចំជាស្រេច
agent-canned-choose = ជ្រើសរើសចម្លើយ
agent-canned-insert = ប្រើចម្លើយនេះ
agent-reply-label = ចម្លើយ
agent-send = ផ្ញើ
agent-add-note = បន្ថែមជាកំណត់ចំណាំផ្ទៃក្នុង
agent-note = កំណត់ចំណាំផ្ទៃក្នុង
agent-transfer-label = បញ្ជូនទៅ
agent-transfer = បញ្ជូន
agent-transfer-none = គ្មានភ្នាក់ងារផ្សេងទៀតនៅលើបណ្តាញទេ។
agent-end = បញ្ចប់ការជជែក
agent-ended = ការជជែកនេះបានបញ្ចប់ហើយ។
agent-close = បិទ
agent-request-heading = បង្កើតសំណើសេវាកម្ម
agent-request-service = ប្រភេទសេវាកម្ម
agent-request-place = ទីតាំង៖ ផ្លូវ ផ្លូវបំបែក ឬទីកន្លែង
agent-request-description = ការពិពណ៌នា
agent-request-submit = បើកទម្រង់រាយការណ៍
agent-request-hint = ទម្រង់រាយការណ៍នឹងបើកដោយបានបំពេញព័ត៌មានពីការជជែកនេះរួចហើយ។ សូមពិនិត្យ ហើយដាក់ស្នើ។ លេខសំណើនឹងត្រូវបានបង្ហាញនៅក្នុងការជជែក។
agent-cases-heading = សារដែលបានទុក នៅពេលគ្មាននរណាអាចជជែកបាន
agent-cases-empty = គ្មានសារណាកំពុងរង់ចាំចម្លើយទេ។
agent-case-from = ពី { $name }, { $contact }
agent-case-reply = ចម្លើយរបស់អ្នក
agent-case-send = ផ្ញើចម្លើយ
agent-case-answered = ចម្លើយរបស់អ្នកត្រូវបានផ្ញើហើយ។
agent-error-reply = សូមបញ្ចូលចម្លើយដែលមិនលើសពី 2,000 តួអក្សរ។
agent-error-answered = សារនោះត្រូវបានឆ្លើយរួចហើយ។
agent-error-not-yours = ការជជែកនោះលែងត្រូវបានប្រគល់ឱ្យអ្នកទៀតហើយ។
agent-error-service = សូមជ្រើសរើសប្រភេទសេវាកម្ម។
staff-chat-transcripts = កំណត់ត្រានៃការជជែក

## សារដែលផ្ញើតាមអ៊ីមែល ឬសារ SMS។

notify-chat-transcript-subject = ការជជែករបស់អ្នកជាមួយ 311 Toronto
notify-chat-transcript-email = នេះគឺជាកំណត់ត្រានៃការជជែករបស់អ្នកជាមួយ 311 Toronto តាមការស្នើសុំរបស់អ្នក។
notify-chat-reply-subject = ចម្លើយចំពោះសាររបស់អ្នកទៅកាន់ 311 Toronto
notify-chat-reply-email =
    អ្នកបានទុកសារមួយសម្រាប់ 311 Toronto។ ភ្នាក់ងារបានឆ្លើយថា៖

    { $reply }
notify-chat-reply-sms = 311 Toronto៖ { $reply }
