## ইমেল বা টেক্সট মেসেজে কোনো অনুরোধের আপডেট: অবস্থা পৃষ্ঠার ফর্ম, আপডেট বন্ধ করার পৃষ্ঠা
## এবং মেসেজগুলো নিজেই। মেসেজগুলো সাধারণ টেক্সট; $number হলো সেবা অনুরোধ নম্বর, যেমন 2026-000123,
## $service হলো সেবার ধরনের নাম, $status হলো অবস্থার নাম।

updates-heading = আপডেট পান
updates-intro = এই অনুরোধে যখনই কোনো পরিবর্তন হবে, আমরা আপনাকে জানাতে পারি। প্রথমে আমরা আপনাকে একটি কোড পাঠাব, যাতে নিশ্চিত হওয়া যায় যে ইমেল ঠিকানা বা ফোন নম্বরটি আপনারই।
updates-email-label = ইমেল ঠিকানা
updates-email-hint = আমরা এটি শুধু এই অনুরোধের আপডেট পাঠানোর জন্য ব্যবহার করি।
updates-email-button = আমাকে ইমেলে আপডেট পাঠান
updates-phone-label = মোবাইল ফোন নম্বর
updates-phone-hint = যেমন 416 555 0123। আপনার মোবাইল অপারেটরের মেসেজ চার্জ প্রযোজ্য হতে পারে।
updates-phone-button = আমাকে টেক্সট মেসেজে আপডেট পাঠান
updates-code-sent-email = আমরা { $address } ঠিকানায় একটি 6 অঙ্কের কোড পাঠিয়েছি।
updates-code-sent-sms = আমরা টেক্সট মেসেজে { $address } নম্বরে একটি 6 অঙ্কের কোড পাঠিয়েছি।
updates-code-label = কোড
updates-code-hint = কোডটি পাঠানোর 15 মিনিট পরে এর মেয়াদ শেষ হয়ে যায়।
updates-confirm-button = নিশ্চিত করুন
updates-resend-button = নতুন কোড পাঠান
updates-resent = আমরা একটি নতুন কোড পাঠিয়েছি। শুধু সবচেয়ে নতুন কোডটিই কাজ করবে।
updates-on = আপনি এই অনুরোধ সম্পর্কে আপডেট পাবেন। প্রতিটি মেসেজে আপডেট বন্ধ করার একটি লিংক থাকবে।
updates-already = এই ঠিকানা বা নম্বরে এই অনুরোধের আপডেট আগে থেকেই পাঠানো হচ্ছে।
updates-error-email = name@example.com এর মতো একটি ইমেল ঠিকানা লিখুন
updates-error-phone = এরিয়া কোডসহ একটি মোবাইল নম্বর লিখুন, যেমন 416 555 0123
updates-error-too-many = আপনি অল্প সময়ের মধ্যে অনেকগুলো কোড চেয়েছেন। আমাদের পাঠানো শেষ কোডটি ব্যবহার করুন, অথবা এক ঘণ্টা পরে আবার চেষ্টা করুন।
updates-error-code-format = আমাদের পাঠানো মেসেজে থাকা 6 অঙ্কের কোডটি লিখুন
updates-error-code-wrong = কোডটি সঠিক নয়। আমাদের পাঠানো সবচেয়ে নতুন মেসেজটি দেখে আবার চেষ্টা করুন।
updates-error-code-expired = কোডটির মেয়াদ শেষ হয়ে গেছে। একটি নতুন কোড পাঠান।
updates-error-code-attempts = কোডটি অনেকবার ভুল লেখা হয়েছে। একটি নতুন কোড পাঠান।
updates-error-unknown = এই কোডটি আর ব্যবহার করা যাবে না। আবার আপডেট চেয়ে নিন।

unsubscribe-title = আপডেট বন্ধ করুন
unsubscribe-heading = অনুরোধ { $number }-এর আপডেট বন্ধ করুন
unsubscribe-sent-to-email = আপডেট { $address } ঠিকানায় পাঠানো হচ্ছে।
unsubscribe-sent-to-sms = আপডেট টেক্সট মেসেজে { $address } নম্বরে পাঠানো হচ্ছে।
unsubscribe-button = আপডেট বন্ধ করুন
unsubscribe-done = অনুরোধ { $number }-এর বিষয়ে আপনি আর কোনো আপডেট পাবেন না।
unsubscribe-unknown = এই লিংকটি সঠিক নয়। লিংকটি পুরোটা কপি করা হয়েছে কি না দেখে নিন।
unsubscribe-back = অনুরোধটি দেখুন

notify-code-subject = অনুরোধ { $number }-এর জন্য আপনার কোড
notify-code-email =
    আপনার কোড হলো { $code }।
    
    যে পৃষ্ঠায় আপনি অনুরোধ { $number }-এর আপডেট চেয়েছিলেন, সেখানে কোডটি লিখুন। 15 মিনিট পরে এর মেয়াদ শেষ হয়ে যাবে।
    
    আপনি আপডেট না চেয়ে থাকলে এই ইমেলটি উপেক্ষা করুন।
notify-code-sms = অনুরোধ { $number }-এর জন্য আপনার 311 কোড হলো { $code }। 15 মিনিট পরে এর মেয়াদ শেষ হবে।
notify-status-subject = অনুরোধ { $number }: { $status }
notify-status-email = আপনার অনুরোধ { $number } ({ $service })-এর বর্তমান অবস্থা: { $status }।
notify-status-sms = 311: অনুরোধ { $number } ({ $service })-এর বর্তমান অবস্থা: { $status }।
notify-note = সিটির পক্ষ থেকে মন্তব্য: { $note }
notify-escalated-subject = অনুরোধ { $number }: আপনার অভিযোগ বিভাগের ব্যবস্থাপনা কর্তৃপক্ষের কাছে পাঠানো হয়েছে
notify-escalated-email = অনুরোধ { $number } ({ $service }) সম্পর্কে আপনার অভিযোগের উত্তর সময়মতো দেওয়া হয়নি, তাই এটি বিভাগের ব্যবস্থাপনা কর্তৃপক্ষের কাছে পাঠানো হয়েছে।
notify-escalated-sms = 311: অনুরোধ { $number } সম্পর্কে আপনার অভিযোগ বিভাগের ব্যবস্থাপনা কর্তৃপক্ষের কাছে পাঠানো হয়েছে।
notify-link = অনুরোধটি এবং এর ঘটনাক্রম দেখুন: { $link }
notify-link-sms = { $link }
notify-footer-email = আপনি এই অনুরোধ সম্পর্কে আপডেট চেয়েছিলেন বলে এই ইমেলটি পাচ্ছেন।
notify-unsubscribe = এই আপডেটগুলো বন্ধ করুন: { $unsubscribe }
notify-unsubscribe-sms = বন্ধ করতে STOP লিখে উত্তর দিন, অথবা { $unsubscribe } লিংকে যান
