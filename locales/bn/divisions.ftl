### শহরের যে বিভাগগুলো সেবার অনুরোধ দেখে, বাসিন্দারা যেভাবে সেগুলো দেখেন।

division-municipal-licensing-standards = পৌর লাইসেন্স ও মানদণ্ড
division-parks-forestry-recreation = পার্ক, বনায়ন ও বিনোদন
division-solid-waste-management-services = কঠিন বর্জ্য ব্যবস্থাপনা সেবা
division-toronto-animal-services = টরন্টো প্রাণী সেবা
division-toronto-water = টরন্টো পানি সেবা
division-transportation-services = পরিবহন সেবা
division-urban-forestry = নগর বনায়ন
