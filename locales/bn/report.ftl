### কোনো সমস্যা জানানো: /report পৃষ্ঠাগুলো, সেগুলোর ত্রুটি, মানচিত্র ও ছবি।

report-page-title = {$heading} – { -product-name }
report-caption = সমস্যা জানান
report-unavailable = রিপোর্ট ফর্মটি এখন দেখানো যাচ্ছে না। অনুগ্রহ করে কয়েক মিনিট পরে আবার চেষ্টা করুন।
report-continue = এগিয়ে যান
report-optional = { $label } (ঐচ্ছিক)

## সেবা বেছে নেওয়া
report-choose-heading = আপনি কোন বিষয়ে জানাতে চান?
report-choose-intro = নিজের কথায় লিখে খুঁজুন, অথবা নিচের বিষয়গুলো থেকে বেছে নিন।
report-start-button = এখনই শুরু করুন
report-choose-other = অন্য কিছু জানান
report-not-found-heading = আমরা এই রিপোর্টটি খুঁজে পাচ্ছি না
report-not-found-body = লিংকটি হয়তো অসম্পূর্ণ বা ভুলভাবে লেখা হয়েছে।
report-start-again = নতুন রিপোর্ট শুরু করুন

## এটির মালিক কে, এবং ঘৃণাপ্রসূত গ্রাফিতি
report-owner-question = যে জিনিসটিতে সমস্যা, সেটির মালিক কে?
report-owner-hint = এর গায়ে কোনো লোগো বা লেবেল আছে কি না দেখুন। সিটি শুধু নিজের মালিকানাধীন জিনিসই মেরামত করতে পারে।
report-owner-city = সিটি অব টরন্টো, যেমন সিটির কোনো দেয়াল, সেতু, সাইন বা ময়লার বিন
report-owner-unknown = আমি জানি না
report-owner-bell = Bell Canada: টেলিফোন বুথ, Bell-এর খুঁটি ও কেবিনেট
report-owner-rogers = Rogers: কেবল বক্স ও কেবিনেট
report-owner-toronto-hydro = Toronto Hydro: বিদ্যুতের খুঁটি, ট্রান্সফরমার ও বৈদ্যুতিক বক্স
report-owner-canada-post = Canada Post: ডাকবাক্স ও পার্সেল লকার
report-owner-ttc = TTC: যাত্রী ছাউনি, স্টেশন ও যানবাহন
report-error-owner = এটির মালিক কে তা বেছে নিন, অথবা “আমি জানি না” বেছে নিন
report-referral-heading = এটি মেরামত করা সিটির দায়িত্ব নয়
report-referral-intro = সিটি শুধু নিজের মালিকানাধীন জিনিসই মেরামত বা পরিষ্কার করতে পারে, তাই কোনো সেবা অনুরোধ তৈরি করা হয়নি। অনুগ্রহ করে এর মালিককে জানান।
report-referral-bell = Bell Canada: 1-866-310-2355 নম্বরে ফোন করুন।
report-referral-rogers = Rogers: 1-888-764-3771 নম্বরে ফোন করুন।
report-referral-toronto-hydro = Toronto Hydro: 416-542-8000 নম্বরে ফোন করুন। তার ছিঁড়ে নিচে পড়ে থাকলে বা তা থেকে স্ফুলিঙ্গ বের হলে 10 মিটার দূরে থাকুন এবং 911 নম্বরে ফোন করুন।
report-referral-canada-post = Canada Post: 1-866-607-6301 নম্বরে ফোন করুন।
report-referral-ttc = TTC: গ্রাহকসেবা বিভাগে 416-393-3030 নম্বরে ফোন করুন।
report-hate-heading = ঘৃণাপ্রসূত গ্রাফিতি
report-hate-police = গ্রাফিতিটি যদি মানুষকে তাদের বর্ণ, ধর্ম, জাতিগত উৎস, যৌন অভিমুখিতা, লিঙ্গ বা প্রতিবন্ধিতার কারণে লক্ষ্য করে, তাহলে প্রথমে Toronto Police (টরন্টো পুলিশ)-কে জানান: জরুরি নয় এমন লাইন 416-808-2222 নম্বরে ফোন করুন, অথবা কেউ বিপদে থাকলে 911 নম্বরে ফোন করুন। গ্রাফিতি সরানোর আগে পুলিশ এটিকে সম্ভাব্য ঘৃণাজনিত অপরাধ হিসেবে নথিভুক্ত করে।
report-hate-then = তারপর এখানে জানান, যাতে সিটি এটি দ্রুত সরাতে পারে।

## স্থান
report-location-heading = সমস্যাটি কোথায়?
report-location-current = বেছে নেওয়া স্থান
report-location-address = { $address }, ওয়ার্ড { $ward }
report-location-pin = { $lat }, { $long }-এ পিন, ওয়ার্ড { $ward }
report-map-heading = মানচিত্রে একটি পিন বসান
report-map-hint = মানচিত্রে যেখানে সমস্যা, সেখানে ক্লিক বা ট্যাপ করুন, তারপর পিনটি টেনে ঠিক জায়গায় নিন। কিবোর্ড দিয়ে তীর কী ব্যবহার করে মানচিত্র সরান, তারপর “মানচিত্রের মাঝখানে পিন বসান” বেছে নিন।
report-map-label = মানচিত্র
report-map-pin = সমস্যার স্থান
report-map-pin-at = { $lat }, { $long }-এ পিন বসানো হয়েছে
report-map-no-pin = এখনো কোনো পিন বসানো হয়নি
report-map-locate = আমার অবস্থান ব্যবহার করুন
report-map-locate-failed = আপনার অবস্থান খুঁজে পাওয়া যায়নি। মানচিত্রে পিন বসান বা একটি ঠিকানা লিখুন।
report-map-centre = মানচিত্রের মাঝখানে পিন বসান
report-map-use = এই পিনের স্থান ব্যবহার করুন
report-address-heading = অথবা একটি ঠিকানা বা মোড় লিখুন
report-place-label = রাস্তা, মোড় বা স্থান
report-place-hint = যেমন: Queen St W & Spadina Ave, অথবা Nathan Phillips Square
report-place-find = খুঁজুন
report-place-none = “{ $query }”-এর সাথে কিছুই মেলেনি। বানান মিলিয়ে দেখুন, অথবা সবচেয়ে কাছের মোড়টি লিখে চেষ্টা করুন।
report-place-choose = সবচেয়ে কাছাকাছি মিলটি বেছে নিন
report-place-use = এই স্থানটি ব্যবহার করুন
report-place-kind-street = রাস্তা
report-place-kind-intersection = মোড়
report-place-kind-place = স্থান
report-error-outside-city = এই স্থানটি সিটি অব টরন্টোর সীমানার বাইরে। শহরের ভেতরের কোনো স্থান বেছে নিন।
report-error-pin-missing = মানচিত্রে পিন বসান, অথবা নিচে একটি ঠিকানা লিখুন
report-error-place-choose = মিলে যাওয়া ফলাফলগুলোর একটি বেছে নিন, অথবা আবার খুঁজুন
report-error-location-missing = একটি রাস্তা, মোড় বা স্থানের নাম লিখুন, অথবা মানচিত্রে পিন বসান

## বিবরণ ও যোগাযোগ
report-details-heading = সমস্যাটি সম্পর্কে আমাদের জানান
report-field-description = সমস্যাটির বর্ণনা দিন
report-description-hint = আপনি কী দেখছেন, এবং এমন যেকোনো তথ্য যা কর্মীদের এটি খুঁজে পেতে সাহায্য করবে। অনুগ্রহ করে ব্যক্তিগত তথ্য দেবেন না।
report-contact-heading = আপনার যোগাযোগের তথ্য (ঐচ্ছিক)
report-contact-hint = আমরা এগুলো শুধু এই রিপোর্ট সম্পর্কে আপনার সাথে যোগাযোগ করতে ব্যবহার করি। এগুলো কখনো প্রকাশ্যে দেখানো হয় না। নাম প্রকাশ না করে জানাতে চাইলে এগুলো খালি রাখুন।
report-field-first-name = নামের প্রথম অংশ
report-field-last-name = পদবি
report-field-email = ইমেল ঠিকানা
report-field-phone = ফোন নম্বর
report-error-missing = “{ $field }” প্রশ্নের উত্তর দিন
report-error-number = “{ $field }”-এর উত্তর একটি সংখ্যা হতে হবে, যেমন 3 বা 2.5
report-error-too-long = “{ $field }”-এর উত্তর { $max } অক্ষর বা তার কম হতে হবে
report-error-choice = “{ $field }”-এর জন্য তালিকাভুক্ত উত্তরগুলোর একটি বেছে নিন
report-error-datetime = “{ $field }”-এর জন্য সঠিক তারিখ ও সময় লিখুন
report-error-email = সঠিক আকারে একটি ইমেল ঠিকানা লিখুন, যেমন name@example.com
report-error-phone = 7 থেকে 15 অঙ্কের একটি ফোন নম্বর লিখুন, যেমন 416-392-2489

## ছবি
report-photos-heading = ছবি
report-photos-required = এই ধরনের সমস্যার জন্য অন্তত একটি ছবি দরকার। এতে কর্মীরা সমস্যাটি খুঁজে পেতে ও ঠিক করতে সুবিধা পান।
report-photos-optional = ছবি দেওয়া ঐচ্ছিক, তবে এতে কর্মীরা সমস্যাটি খুঁজে পেতে ও ঠিক করতে সুবিধা পান।
report-photos-limits = আপনি JPEG, PNG বা WebP ফরম্যাটে সর্বোচ্চ { $count }টি ছবি যোগ করতে পারেন, প্রতিটি সর্বোচ্চ { $megabytes } MB। আমরা যে কপি রাখি, তা থেকে অবস্থান ও ক্যামেরার তথ্য মুছে ফেলি।
report-photo-label = একটি ছবি বেছে নিন
report-photo-upload = ছবি আপলোড করুন
report-photo-uploading = ছবি আপলোড হচ্ছে
report-photo-alt = ছবি { $number }
report-photo-remove = ছবি { $number } সরান
report-photo-has-location = ছবি { $number }-এ এটি কোথায় তোলা হয়েছিল তা সংরক্ষিত আছে।
report-photo-use-location = ছবি { $number }-এর স্থান ব্যবহার করুন
report-photos-count =
    { $count ->
        [0] কোনো ছবি নেই
        [one] { $count }টি ছবি
       *[other] { $count }টি ছবি
    }
report-error-photo-missing = আপলোড করার জন্য একটি ছবি বেছে নিন
report-error-photo-too-large = ছবিটি { $megabytes } MB-এর চেয়ে ছোট হতে হবে
report-error-photo-type = ফাইলটি অবশ্যই JPEG, PNG বা WebP ফরম্যাটের ছবি হতে হবে
report-error-photo-dimensions = ছবিটিতে অনেক বেশি পিক্সেল আছে। একটি ছোট ছবি বেছে নিন।
report-error-photo-damaged = ছবিটি নষ্ট হয়ে গেছে এবং পড়া যাচ্ছে না। অন্য একটি ছবি বেছে নিন।
report-error-photo-limit = আপনি সর্বোচ্চ { $count }টি ছবি যোগ করতে পারেন। আরেকটি যোগ করতে একটি সরান।
report-error-photo-required = অন্তত একটি ছবি যোগ করুন
report-error-photo-outside = এই ছবিটি যেখানে তোলা হয়েছিল, সেই স্থানটি সিটি অব টরন্টোর সীমানার বাইরে

## যাচাই, কাছাকাছি একই ধরনের রিপোর্ট, এবং পাঠানো
report-check-heading = রিপোর্ট পাঠানোর আগে আপনার উত্তরগুলো যাচাই করুন
report-check-answers = আপনার উত্তর
report-change = পরিবর্তন করুন
report-anonymous = দেওয়া হয়নি: এটি একটি বেনামি রিপোর্ট
report-submit-note = এই রিপোর্ট পাঠিয়ে আপনি নিশ্চিত করছেন যে আপনার জানামতে তথ্যগুলো সঠিক।
report-submit = রিপোর্ট পাঠান
report-nearby-heading = এটি কি আগেই জানানো হয়েছে?
report-nearby-intro = একই সমস্যার এই খোলা অনুরোধগুলো 250 মিটারের মধ্যে আছে। এগুলোর কোনোটি যদি আপনার সমস্যা হয়, তাহলে নতুন রিপোর্ট না পাঠিয়ে সেটিই ফলো করুন।
report-nearby-distance = প্রায় { $metres } মিটার দূরে
report-nearby-reporters =
    { $count ->
        [one] { $count } জন জানিয়েছেন
       *[other] { $count } জন জানিয়েছেন
    }
report-me-too = আমারও একই সমস্যা: { $number } ফলো করুন
report-error-follow = ওই অনুরোধটি আর ফলো করা যাবে না। এর বদলে নিজের রিপোর্ট পাঠান।
report-sent-heading = রিপোর্ট পাঠানো হয়েছে
report-sent-number = আপনার সেবা অনুরোধ নম্বর:
report-sent-next = এই নম্বরটি রেখে দিন। এরপর কী হচ্ছে তা দেখতে আপনি এটি ব্যবহার করতে পারবেন।
report-sent-track = এই অনুরোধের অবস্থা দেখুন
report-another = আরেকটি সমস্যা জানান
report-following-heading = আপনি { $number } ফলো করছেন
report-following-body = নতুন অনুরোধ তৈরি না করে আপনাকে এই অনুরোধে যুক্ত করা হয়েছে। এরপর কী হয় তা এর অবস্থা পৃষ্ঠায় দেখা যাবে।
