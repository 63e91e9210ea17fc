### Civic311 interface text: Bengali.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = মূল বিষয়বস্তুতে যান
language-switcher-label = ভাষা
loading = লোড হচ্ছে…
footer-emergency = জরুরি অবস্থায় 911 নম্বরে ফোন করুন। এই পোর্টাল সিটির জরুরি নয় এমন সেবার জন্য।

home-title = কোনো সমস্যা জানান বা সিটির সেবার অনুরোধ করুন – { -product-name }
home-heading = কোনো সমস্যা জানান বা সিটির সেবার অনুরোধ করুন
home-intro = রাস্তার গর্ত, ময়লা না নেওয়া, গ্রাফিতি এবং জরুরি নয় এমন আরও 60টির বেশি সমস্যার কথা সিটিকে জানান। এরপর কী হচ্ছে তা দেখার জন্য আপনি একটি সেবা অনুরোধ নম্বর পাবেন।
home-groups-heading = এটি কোন বিষয়ে?
home-report-button = কোনো সমস্যা জানান
service-group-count =
    { $count ->
        [one] { $count }টি সেবা
       *[other] { $count }টি সেবা
    }
catalogue-unavailable = সেবার তালিকা এখন দেখানো যাচ্ছে না। অনুগ্রহ করে কয়েক মিনিট পরে আবার চেষ্টা করুন।

not-found-title = পৃষ্ঠা পাওয়া যায়নি – { -product-name }
not-found-heading = পৃষ্ঠা পাওয়া যায়নি
not-found-home-link = হোম পেজে যান

## নেভিগেশন ও ফর্মের ত্রুটি
site-nav-label = প্রধান
nav-track = অনুরোধের অবস্থা দেখুন
nav-report = সমস্যা জানান
error-title-prefix = ত্রুটি:
error-summary-heading = একটি সমস্যা আছে

## সেবা অনুরোধ খোঁজা
lookup-title = সেবা অনুরোধের অবস্থা দেখুন – { -product-name }
lookup-heading = সেবা অনুরোধের অবস্থা দেখুন
lookup-label = সেবা অনুরোধ নম্বর
lookup-hint = আপনার সেবা অনুরোধ নম্বর আপনার নিশ্চিতকরণ পৃষ্ঠায় এবং ইমেলে দেওয়া আছে। এটি দেখতে 2026-000123 এর মতো।
lookup-button = আমার অনুরোধ খুঁজুন
lookup-error-format = আপনার সেবা অনুরোধ নম্বরটি 2026-000123 এই আকারে লিখুন

## একটি সেবা অনুরোধ
request-title = সেবা অনুরোধ { $number } – { -product-name }
request-heading = সেবা অনুরোধ { $number }
request-status = অবস্থা
request-service = সেবা
request-division = দায়িত্বপ্রাপ্ত বিভাগ
request-filed = গ্রহণের তারিখ
request-expected = প্রত্যাশিত তারিখ
request-location = স্থান
request-ward = ওয়ার্ড
request-ward-value = ওয়ার্ড { $number }: { $name }
request-due-today = আজই শেষ হওয়ার কথা
request-days-left =
    { $days ->
        [one] আর { $days } দিন বাকি
       *[other] আর { $days } দিন বাকি
    }
request-days-overdue =
    { $days ->
        [one] প্রত্যাশিত তারিখের চেয়ে { $days } দিন দেরি
       *[other] প্রত্যাশিত তারিখের চেয়ে { $days } দিন দেরি
    }
request-timeline-heading = এখন পর্যন্ত যা হয়েছে
request-event-photo-alt = সিটির তোলা কাজের ছবি, নম্বর { $number }
request-unavailable = এই সেবা অনুরোধটি এখন দেখানো যাচ্ছে না। অনুগ্রহ করে কয়েক মিনিট পরে আবার চেষ্টা করুন।
request-not-found-title = সেবা অনুরোধ পাওয়া যায়নি – { -product-name }
request-not-found-heading = আমরা এই সেবা অনুরোধটি খুঁজে পাচ্ছি না
request-not-found-body = { $number } নম্বরের কোনো সেবা অনুরোধ নেই। আপনার নিশ্চিতকরণ পৃষ্ঠা বা ইমেলে নম্বরটি মিলিয়ে দেখুন। সদ্য করা অনুরোধ দেখা যেতে এক মিনিট সময় লাগতে পারে।
request-not-found-retry = অন্য একটি নম্বর খুঁজুন

## অবস্থা, সহজ ভাষায়
status-received = গৃহীত
status-assigned = বিভাগকে দেওয়া হয়েছে
status-inspection = পরিদর্শন
status-scheduled = কাজের সময় নির্ধারিত
status-completed = সম্পন্ন
status-closed_referred = বন্ধ – অন্য সংস্থার কাছে পাঠানো হয়েছে
status-closed_no_action = বন্ধ – কোনো পদক্ষেপের প্রয়োজন নেই
status-closed_duplicate = বন্ধ – আগেই জানানো হয়েছে

## সেবা নির্দেশিকা
nav-services = সিটির সেবা
services-title = সিটির সেবা – { -product-name }
services-heading = সিটির সেবা
services-intro = আপনার সমস্যার জন্য সঠিক সেবাটি খুঁজুন। নিজের কথায় লিখে খুঁজুন, অথবা বিষয় অনুযায়ী দেখুন।
services-search-label = কোনো সেবা খুঁজুন
services-search-hint = যেমন: রাস্তার গর্ত, ময়লা নেওয়া হয়নি, আওয়াজ
services-search-button = খুঁজুন
services-results-heading =
    { $count ->
        [one] “{ $query }”-এর সাথে { $count }টি সেবা মিলেছে
       *[other] “{ $query }”-এর সাথে { $count }টি সেবা মিলেছে
    }
services-no-results = “{ $query }”-এর সাথে কোনো সেবা মেলেনি। অন্য শব্দ দিয়ে চেষ্টা করুন, অথবা নিচের বিষয়গুলো দেখুন।
services-browse-heading = বিষয় অনুযায়ী দেখুন
service-detail-title = { $name } – { -product-name }
service-topic = বিষয়
service-standard = সেবার মানদণ্ড
service-sla-hours =
    { $count ->
        [one] আমরা { $count } ঘণ্টার মধ্যে সাড়া দেওয়ার চেষ্টা করি
       *[other] আমরা { $count } ঘণ্টার মধ্যে সাড়া দেওয়ার চেষ্টা করি
    }
service-sla-business-days =
    { $count ->
        [one] আমরা { $count } কর্মদিবসের মধ্যে সাড়া দেওয়ার চেষ্টা করি
       *[other] আমরা { $count } কর্মদিবসের মধ্যে সাড়া দেওয়ার চেষ্টা করি
    }
service-sla-calendar-days =
    { $count ->
        [one] আমরা { $count } দিনের মধ্যে সাড়া দেওয়ার চেষ্টা করি
       *[other] আমরা { $count } দিনের মধ্যে সাড়া দেওয়ার চেষ্টা করি
    }
service-back = সিটির সব সেবা
service-not-found-title = সেবা পাওয়া যায়নি – { -product-name }
service-not-found-heading = আমরা এই সেবাটি খুঁজে পাচ্ছি না

## অনুরোধ সম্পর্কে অভিযোগ
request-complaint-heading = এই অনুরোধের অগ্রগতিতে সন্তুষ্ট নন?
request-complaint-overdue = প্রত্যাশিত তারিখ পেরিয়ে গেছে এবং এই অনুরোধটি এখনো বন্ধ হয়নি। আপনি একটি অভিযোগ দায়ের করতে পারেন: একজন তত্ত্বাবধায়ককে 5 কর্মদিবসের মধ্যে এর উত্তর দিতে হবে, নইলে এটি বিভাগের ব্যবস্থাপনা কর্তৃপক্ষের কাছে পাঠানো হবে।
request-complaint-closed = সমস্যাটির সমাধান না হলে, অথবা এই অনুরোধটি যেভাবে বন্ধ করা হয়েছে তার সাথে আপনি একমত না হলে, আপনি একটি অভিযোগ দায়ের করতে পারেন: একজন তত্ত্বাবধায়ককে 5 কর্মদিবসের মধ্যে এর উত্তর দিতে হবে, নইলে এটি বিভাগের ব্যবস্থাপনা কর্তৃপক্ষের কাছে পাঠানো হবে।
request-complaint-details = কী সমস্যা হয়েছে?
request-complaint-details-hint = যেমন: অনুরোধটি বন্ধ হওয়ার পরেও রাস্তার গর্তটি এখনো রয়ে গেছে।
request-complaint-email = ইমেল ঠিকানা (ঐচ্ছিক)
request-complaint-email-hint = যাতে আমরা আপনাকে উত্তরটি জানাতে পারি। এটি কখনো প্রকাশ্যে দেখানো হয় না।
request-complaint-submit = অভিযোগ দায়ের করুন
request-complaint-filed = আপনার অভিযোগ দায়ের করা হয়েছে। এটি নিচের ঘটনাক্রমে দেখা যাবে।
request-complaint-pending = এই অনুরোধ সম্পর্কে একটি অভিযোগ উত্তরের অপেক্ষায় আছে। { $date } তারিখের মধ্যে উত্তর প্রত্যাশিত।
request-complaint-escalated = উত্তর দিতে দেরি হয়েছে, তাই অভিযোগটি বিভাগের ব্যবস্থাপনা কর্তৃপক্ষের কাছে পাঠানো হয়েছে।
request-complaint-error-details = কী সমস্যা হয়েছে তা আমাদের জানান
request-complaint-error-too-long = অভিযোগ 2000 অক্ষর বা তার কম হতে হবে
status-complaint = অভিযোগ দায়ের করা হয়েছে
status-escalated = অভিযোগ বিভাগের ব্যবস্থাপনা কর্তৃপক্ষের কাছে পাঠানো হয়েছে
