## লাইভ চ্যাট: বাসিন্দার চ্যাট প্যানেল, বার্তা রেখে যাওয়া, এজেন্টদের কনসোল এবং চ্যাটের বার্তা।

chat-launcher = 311-এর সাথে চ্যাট করুন
chat-panel-heading = 311-এর সাথে লাইভ চ্যাট
chat-close = চ্যাট বন্ধ করুন
chat-intro = কোনো প্রশ্ন করুন বা কোনো অনুরোধের বিষয়ে সাহায্য নিন। একজন এজেন্ট ফাঁকা হলেই এখানে আপনাকে উত্তর দেবেন।
chat-name-label = আপনার নাম (ঐচ্ছিক)
chat-topic-label = আপনার কী বিষয়ে সাহায্য দরকার?
chat-topic-hint = যেমন: আমার রাস্তায় ময়লা নেওয়া হয়নি
chat-start = চ্যাট শুরু করুন
chat-connecting = সংযোগ করা হচ্ছে…
chat-reconnecting = সংযোগ বিচ্ছিন্ন হয়েছে। আবার সংযোগ করা হচ্ছে… আপনার বার্তাগুলো রাখা আছে।
chat-reconnected = আবার সংযোগ হয়েছে।
chat-queue-next = সারিতে এর পরেই আপনার পালা।
chat-queue-position = সারিতে আপনার নম্বর { $position }।
chat-queue-wait =
    { $minutes ->
        [one] আনুমানিক অপেক্ষা: প্রায় { $minutes } মিনিট।
       *[other] আনুমানিক অপেক্ষা: প্রায় { $minutes } মিনিট।
    }
chat-waiting-note = অপেক্ষা করার সময় আপনি আপনার প্রশ্ন লিখে রাখতে পারেন। এই পৃষ্ঠাটি খোলা রাখুন: চ্যাট নিজে থেকে বন্ধ হয় না।
chat-log-label = কথোপকথন
chat-message-label = আপনার বার্তা
chat-send = পাঠান
chat-not-sent = এখনো পাঠানো হয়নি। সংযোগ ফিরে এলেই এটি পাঠানো হবে।
chat-typing-agent = এজেন্ট লিখছেন…
chat-typing-resident = বাসিন্দা লিখছেন…
chat-you = আপনি
chat-resident = বাসিন্দা
chat-end = চ্যাট শেষ করুন
chat-ended-heading = চ্যাট শেষ হয়েছে
chat-rate-legend = এই চ্যাটটি কতটা সহায়ক ছিল?
chat-rate-stars =
    { $stars ->
        [one] { $stars }টি তারা
       *[other] { $stars }টি তারা
    }
chat-rate-submit = রেটিং পাঠান
chat-rate-thanks = আপনার রেটিংয়ের জন্য ধন্যবাদ।
chat-transcript-label = কথোপকথনের লিখিত কপি আমাকে ইমেল করুন
chat-transcript-submit = লিখিত কপি পাঠান
chat-transcript-sent = কথোপকথনের লিখিত কপি আপনার ইমেলে পাঠানো হচ্ছে।
chat-new = নতুন চ্যাট শুরু করুন
chat-about-request = এই অনুরোধ সম্পর্কে চ্যাট করুন
chat-linked-request = অনুরোধ { $number } সম্পর্কে

chat-page-title = লাইভ চ্যাট
chat-page-intro = 311-এর একজন এজেন্টের সাথে লাইভ চ্যাট করুন, অথবা একটি বার্তা রেখে যান, আমরা ইমেল বা টেক্সট মেসেজে আপনাকে উত্তর দেব।
chat-offline-heading = বার্তা রেখে যান
chat-offline-intro = এই মুহূর্তে কোনো এজেন্ট চ্যাট করতে পারছেন না। আপনার ইমেল ঠিকানা বা ফোন নম্বর দিয়ে একটি বার্তা রেখে যান, একজন এজেন্ট আপনাকে উত্তর দেবেন।
chat-offline-email = ইমেল ঠিকানা
chat-offline-phone = ফোন নম্বর, টেক্সট মেসেজে উত্তর পাওয়ার জন্য
chat-offline-body = আপনার বার্তা
chat-offline-submit = বার্তা পাঠান
chat-offline-sent = ধন্যবাদ। আমরা আপনার বার্তা পেয়েছি, একজন এজেন্ট ইমেল বা টেক্সট মেসেজে আপনাকে উত্তর দেবেন।
chat-offline-error-body = আপনার বার্তা লিখুন
chat-offline-error-body-long = আপনার বার্তা 2,000 অক্ষর বা তার কম হতে হবে
chat-offline-error-name-long = আপনার নাম 100 অক্ষর বা তার কম হতে হবে
chat-offline-error-contact = একটি ইমেল ঠিকানা বা ফোন নম্বর দিন, যাতে আমরা আপনাকে উত্তর দিতে পারি
chat-offline-error-email = সঠিক আকারে একটি ইমেল ঠিকানা লিখুন, যেমন name@example.com
chat-offline-error-phone = একটি ফোন নম্বর লিখুন, যেমন 416 555 0123

## চ্যাটের ঘটনা, দুই পক্ষই দেখতে পান।

chat-event-joined = { $name } চ্যাটে যোগ দিয়েছেন।
chat-event-transferred = চ্যাটটি { $name }-এর কাছে হস্তান্তর করা হয়েছে।
chat-event-ended = চ্যাট শেষ হয়েছে।
chat-event-request = আপনার জন্য সেবা অনুরোধ { $number } তৈরি করা হয়েছে। এই নম্বর দিয়ে আপনি এর অবস্থা দেখতে পারবেন।

## চ্যাটে পাঠানো কিছু কেন গ্রহণ করা হয়নি।

chat-error-bad-frame = এটি পড়া যায়নি। পৃষ্ঠাটি আবার লোড করে আবার চেষ্টা করুন।
chat-error-too-long = আপনার বার্তা খুব বড়। এটি 2,000 অক্ষর বা তার মধ্যে রাখুন।
chat-error-too-fast = আপনি খুব দ্রুত বার্তা পাঠাচ্ছেন। একটু অপেক্ষা করুন, তারপর আবার পাঠান।
chat-error-empty = পাঠানোর আগে একটি বার্তা লিখুন।
chat-error-topic-missing = আপনার কী বিষয়ে সাহায্য দরকার তা লিখুন।
chat-error-already-started = এই চ্যাটটি আগেই শুরু হয়েছে।
chat-error-unknown-chat = চ্যাটটি খুঁজে পাওয়া যায়নি। নতুন চ্যাট শুরু করুন।
chat-error-no-chat = আগে একটি চ্যাট শুরু করুন।
chat-error-chat-ended = এই চ্যাটটি শেষ হয়ে গেছে। আরও বার্তা পাঠাতে নতুন চ্যাট শুরু করুন।
chat-error-bad-rating = 1 থেকে 5টি তারার মধ্যে বেছে নিন।
chat-error-not-ended = চ্যাট শেষ হওয়ার পরে আপনি এটিকে রেটিং দিতে পারবেন।
chat-error-bad-email = সঠিক আকারে একটি ইমেল ঠিকানা লিখুন, যেমন name@example.com
chat-error-agents-only = শুধু এজেন্টরা এটি করতে পারেন।
chat-error-residents-only = শুধু বাসিন্দারা এটি করতে পারেন।
chat-error-not-yours = এই চ্যাটটি আপনাকে দেওয়া হয়নি।
chat-error-at-limit = আপনি যতগুলো চ্যাট নিতে পারেন, ততগুলো চ্যাট ইতিমধ্যে খোলা আছে। আগে একটি শেষ করুন।
chat-error-taken = অন্য একজন এজেন্ট চ্যাটটি নিয়েছেন, অথবা এটি শেষ হয়ে গেছে।
chat-error-agent-unavailable = ওই এজেন্ট এখন আর অনলাইনে নেই। অন্য কাউকে বেছে নিন।
chat-error-unavailable = চ্যাট এখন পাওয়া যাচ্ছে না। কয়েক মিনিট পরে আবার চেষ্টা করুন, অথবা 311 নম্বরে ফোন করুন।

## এজেন্টদের তৈরি উত্তর, বাসিন্দার ভাষায়।

chat-canned-greeting = নমস্কার, 311 Toronto-তে যোগাযোগ করার জন্য ধন্যবাদ। আজ আমি আপনাকে কীভাবে সাহায্য করতে পারি?
chat-canned-one-moment = অনুগ্রহ করে একটু অপেক্ষা করুন, আমি বিষয়টি দেখছি।
chat-canned-more-details = সমস্যাটি সম্পর্কে আমাকে আর একটু বিস্তারিত বলবেন?
chat-canned-location = সমস্যাটি ঠিক কোথায়? রাস্তার ঠিকানা বা সবচেয়ে কাছের মোড় জানালে সুবিধা হয়।
chat-canned-request-filed = আমি আপনার জন্য একটি সেবা অনুরোধ তৈরি করেছি। এই চ্যাটে দেওয়া নম্বর দিয়ে আপনি এর অবস্থা দেখতে পারবেন।
chat-canned-goodbye = 311-এ যোগাযোগ করার জন্য ধন্যবাদ। আমি কি আপনাকে আর কোনো বিষয়ে সাহায্য করতে পারি?

## /agent-এ এজেন্টদের কনসোল।

agent-page-heading = চ্যাট কনসোল
agent-status-connected = সংযুক্ত। আপনি চ্যাটের জন্য অনলাইনে আছেন।
agent-status-reconnecting = সংযোগ বিচ্ছিন্ন হয়েছে। আবার সংযোগ করা হচ্ছে…
agent-queue-heading = অপেক্ষমাণ চ্যাট
agent-queue-empty = কোনো চ্যাট অপেক্ষায় নেই।
agent-queue-topic = বিষয়
agent-queue-language = ভাষা
agent-queue-waiting = অপেক্ষার সময়
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } মিনিট
       *[other] { $minutes } মিনিট
    }
agent-queue-fallback = আপনার কোনো ভাষা নয়
agent-accept = গ্রহণ করুন
agent-load = খোলা চ্যাট: { $limit }টির মধ্যে { $active }টি
agent-chats-heading = আপনার চ্যাট
agent-no-chats = শুরু করতে সারি থেকে একটি চ্যাট গ্রহণ করুন।
agent-chat-with = { $name }-এর সাথে চ্যাট
agent-chat-language = ভাষা: { $language }
agent-chat-topic = বিষয়: { $topic }
agent-canned-label = তৈরি উত্তর
agent-canned-choose = একটি উত্তর বেছে নিন
agent-canned-insert = এই উত্তরটি ব্যবহার করুন
agent-reply-label = উত্তর
agent-send = পাঠান
agent-add-note = অভ্যন্তরীণ নোট হিসেবে যোগ করুন
agent-note = অভ্যন্তরীণ নোট
agent-transfer-label = কার কাছে হস্তান্তর করবেন
agent-transfer = হস্তান্তর করুন
agent-transfer-none = অন্য কোনো এজেন্ট অনলাইনে নেই।
agent-end = চ্যাট শেষ করুন
agent-ended = এই চ্যাটটি শেষ হয়ে গেছে।
agent-close = বন্ধ করুন
agent-request-heading = একটি সেবা অনুরোধ তৈরি করুন
agent-request-service = সেবার ধরন
agent-request-place = স্থান: রাস্তা, মোড় বা জায়গা
agent-request-description = বিবরণ
agent-request-submit = রিপোর্ট ফর্ম খুলুন
agent-request-hint = রিপোর্ট ফর্মটি এই চ্যাটের তথ্য দিয়ে পূরণ করা অবস্থায় খোলে। এটি যাচাই করে জমা দিন; অনুরোধ নম্বরটি চ্যাটে দেখানো হবে।
agent-cases-heading = কেউ চ্যাট করতে না পারার সময় রেখে যাওয়া বার্তা
agent-cases-empty = কোনো বার্তা উত্তরের অপেক্ষায় নেই।
agent-case-from = প্রেরক: { $name }, { $contact }
agent-case-reply = আপনার উত্তর
agent-case-send = উত্তর পাঠান
agent-case-answered = আপনার উত্তর পাঠানো হয়েছে।
agent-error-reply = 2,000 অক্ষর বা তার কম একটি উত্তর লিখুন।
agent-error-answered = এই বার্তার উত্তর আগেই দেওয়া হয়েছে।
agent-error-not-yours = এই চ্যাটটি এখন আর আপনাকে দেওয়া নেই।
agent-error-service = সেবার ধরন বেছে নিন।
staff-chat-transcripts = চ্যাটের লিখিত কপি

## ইমেল বা টেক্সট মেসেজে পাঠানো বার্তা।

notify-chat-transcript-subject = 311 Toronto-এর সাথে আপনার চ্যাট
notify-chat-transcript-email = আপনার অনুরোধ অনুযায়ী, 311 Toronto-এর সাথে আপনার চ্যাটের লিখিত কপি এখানে দেওয়া হলো।
notify-chat-reply-subject = 311 Toronto-কে পাঠানো আপনার বার্তার উত্তর
notify-chat-reply-email =
    আপনি 311 Toronto-র জন্য একটি বার্তা রেখে গিয়েছিলেন। একজন এজেন্ট উত্তর দিয়েছেন:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
