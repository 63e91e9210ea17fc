### কর্মী কনসোল: সাইন ইন, অনুরোধের সারি, অনুরোধের অবস্থা পরিবর্তন, অডিট লগ।

staff-page-title = { $heading } – { -product-name } কর্মী
staff-unavailable = কর্মী কনসোল এখন দেখানো যাচ্ছে না। অনুগ্রহ করে কয়েক মিনিট পরে আবার চেষ্টা করুন।
staff-forbidden-heading = আপনি এই পৃষ্ঠাটি খুলতে পারবেন না
staff-forbidden-body = কর্মী কনসোলের এই অংশে আপনার অ্যাকাউন্টের প্রবেশাধিকার নেই। প্রয়োজন হলে একজন অ্যাডমিনিস্ট্রেটরকে জিজ্ঞাসা করুন।

## সাইন ইন
staff-login-heading = কর্মী সাইন ইন
staff-password = পাসওয়ার্ড
staff-sign-in = সাইন ইন করুন
staff-sign-out = সাইন আউট করুন
staff-signed-in-as = { $name } হিসেবে সাইন ইন করা আছে
staff-login-error-wrong = ইমেল ঠিকানা বা পাসওয়ার্ড সঠিক নয়
staff-login-error-locked = সাইন ইন করার জন্য অনেকবার চেষ্টা করা হয়েছে। 15 মিনিট অপেক্ষা করুন, তারপর আবার চেষ্টা করুন।
staff-error-csrf = ফর্মটি পুরোনো হয়ে গিয়েছিল। পৃষ্ঠাটি আবার লোড করে আবার চেষ্টা করুন।

## অনুরোধের সারি
staff-queue-heading = সেবা অনুরোধের সারি
staff-filter-any = যেকোনো
staff-filter-overdue = শুধু প্রত্যাশিত তারিখ পেরিয়ে যাওয়া অনুরোধ
staff-filter-complaints = শুধু যেসব অনুরোধে কোনো অভিযোগ উত্তরের অপেক্ষায় আছে
staff-filter-apply = অনুরোধ দেখান
staff-queue-empty = এই ফিল্টারগুলোর সাথে কোনো সেবা অনুরোধ মেলে না।
staff-column-number = সেবা অনুরোধ নম্বর
staff-complaint-due = অভিযোগ: { $date } তারিখের মধ্যে উত্তর দিতে হবে
staff-complaint-escalated = অভিযোগ ঊর্ধ্বতন পর্যায়ে পাঠানো হয়েছে: উত্তর দিতে দেরি হয়েছে

## একটি অনুরোধ
staff-change-heading = অবস্থা পরিবর্তন করুন
staff-new-status = নতুন অবস্থা
staff-reason = বন্ধ করার কারণ
staff-reason-hint = নতুন অবস্থা অনুরোধটি বন্ধ করলে এটি প্রয়োজন। এটি অবস্থার সাথে মিলতে হবে।
staff-reason-none = কোনো কারণ নেই: অনুরোধটি খোলা থাকবে
staff-public-note = প্রকাশ্য নোট
staff-public-note-hint = বাসিন্দা এটি অবস্থা পৃষ্ঠায় দেখতে পান। বন্ধ করার সময় জানান কী করা হয়েছে, অথবা কেন কিছু করা হয়নি।
staff-internal-note = অভ্যন্তরীণ নোট
staff-internal-note-hint = এটি শুধু কর্মীরা দেখতে পান।
staff-save = পরিবর্তন সংরক্ষণ করুন
staff-saved = পরিবর্তন সংরক্ষণ করা হয়েছে।
staff-history-heading = সম্পূর্ণ ইতিহাস
staff-error-status = তালিকা থেকে একটি অবস্থা বেছে নিন
staff-error-reason-missing = অনুরোধটি বন্ধ করার একটি কারণ বেছে নিন
staff-error-reason-mismatch = কারণটি নতুন অবস্থার সাথে মেলে না। এর সাথে মেলে এমন একটি কারণ বেছে নিন।
staff-error-note-missing = একটি প্রকাশ্য নোট লিখুন, যাতে বাসিন্দাকে জানানো হয় কী করা হয়েছে, অথবা কেন কিছু করা হয়নি
staff-error-reason-open = বন্ধ করার কারণ শুধু সেই অবস্থাগুলোর জন্য, যেগুলো অনুরোধটি বন্ধ করে

## বন্ধ করার কারণ
staff-reason-repaired = মেরামত করা হয়েছে
staff-reason-cleaned = পরিষ্কার করা হয়েছে
staff-reason-removed = সরানো হয়েছে
staff-reason-other-government = সরকারের অন্য স্তরের কাছে পাঠানো হয়েছে
staff-reason-utility-company = এটির মালিক ইউটিলিটি বা কোম্পানির কাছে পাঠানো হয়েছে
staff-reason-private-property = ব্যক্তিগত সম্পত্তিতে: মালিকের কাছে পাঠানো হয়েছে
staff-reason-not-found = পরিদর্শন করা হয়েছে: কোনো সমস্যা পাওয়া যায়নি
staff-reason-already-resolved = কর্মীরা পৌঁছানোর আগেই সমাধান হয়ে গিয়েছিল
staff-reason-meets-standard = পরিদর্শন করা হয়েছে: সিটির মান পূরণ করে
staff-reason-duplicate = অন্য একটি অনুরোধের পুনরাবৃত্তি

## অডিট লগ
staff-audit-heading = অডিট লগ
staff-column-when = কখন
staff-column-who = কে
staff-column-action = কাজ
staff-column-detail = বিস্তারিত
staff-action-login = সাইন ইন করেছেন
staff-action-logout = সাইন আউট করেছেন
staff-action-login-failed = সাইন ইন ব্যর্থ
staff-action-login-locked = সাইন ইন প্রত্যাখ্যাত: অনেকবার চেষ্টা
staff-action-status-change = অবস্থা পরিবর্তন করা হয়েছে
staff-action-escalation = অভিযোগ স্বয়ংক্রিয়ভাবে ঊর্ধ্বতন পর্যায়ে পাঠানো হয়েছে: উত্তরের নির্ধারিত সময়সীমা পেরিয়ে গেছে

## সারি থেকে একসাথে একাধিক অনুরোধ পরিবর্তন
staff-bulk-column = নির্বাচন
staff-bulk-select = অনুরোধ { $number } নির্বাচন করুন
staff-bulk-heading = নির্বাচিত অনুরোধগুলো পরিবর্তন করুন
staff-bulk-hint = সারণিতে অনুরোধগুলোতে টিক দিন, তারপর পরিবর্তনটি বেছে নিন। প্রতিটি অনুরোধ একই অবস্থা, কারণ ও নোট পাবে, এবং তার ইতিহাসে নিজস্ব একটি লাইন যোগ হবে।
staff-bulk-button = নির্বাচিত অনুরোধগুলো পরিবর্তন করুন
staff-bulk-saved =
    { $count ->
        [one] { $count }টি অনুরোধ পরিবর্তন করা হয়েছে।
       *[other] { $count }টি অনুরোধ পরিবর্তন করা হয়েছে।
    }
staff-error-none-selected = সারণিতে অন্তত একটি অনুরোধ নির্বাচন করুন।
staff-bulk-skipped =
    { $count ->
        [one] { $count }টি অনুরোধ পরিবর্তন করা হয়নি: এর অবস্থা “সম্পন্ন” করতে শেষ হওয়া কাজের একটি ছবি দরকার। ছবি যোগ করতে অনুরোধটি খুলুন।
       *[other] { $count }টি অনুরোধ পরিবর্তন করা হয়নি: এগুলোর অবস্থা “সম্পন্ন” করতে শেষ হওয়া কাজের একটি ছবি দরকার। ছবি যোগ করতে প্রতিটি অনুরোধ খুলুন।
    }

## অবস্থা পরিবর্তনের সাথে ছবি (শেষ হওয়া কাজের)
staff-photo = কাজের ছবি (ঐচ্ছিক)
staff-photo-hint = JPEG, PNG বা WebP ফরম্যাটে সর্বোচ্চ 10 MB-এর একটি ছবি। বাসিন্দারা এটি অনুরোধের ঘটনাক্রমে দেখতে পান।
staff-photo-hint-required = এই সেবায় অবস্থা “সম্পন্ন” করতে শেষ হওয়া কাজের একটি ছবি দরকার। JPEG, PNG বা WebP ফরম্যাটে সর্বোচ্চ 10 MB-এর একটি ছবি; বাসিন্দারা এটি ঘটনাক্রমে দেখতে পান।
staff-error-completion-photo-missing = শেষ হওয়া কাজের একটি ছবি যোগ করুন: এই সেবায় অবস্থা “সম্পন্ন” করতে ছবি দরকার
