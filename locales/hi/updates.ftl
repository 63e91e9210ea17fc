## ईमेल या टेक्स्ट मैसेज से किसी अनुरोध के अपडेट: स्थिति पेज के फ़ॉर्म, अपडेट बंद करने का पेज
## और खुद संदेश। संदेश सादे टेक्स्ट में होते हैं; $number सेवा अनुरोध संख्या है, जैसे 2026-000123,
## $service किसी सेवा का नाम, $status किसी स्थिति का नाम।

updates-heading = अपडेट पाएँ
updates-intro = जब भी इस अनुरोध में कोई बदलाव होगा, हम आपको बता सकते हैं। पहले हम आपको एक कोड भेजेंगे, ताकि पक्का हो सके कि यह ईमेल पता या फ़ोन नंबर आपका ही है।
updates-email-label = ईमेल पता
updates-email-hint = हम इसका इस्तेमाल सिर्फ़ इस अनुरोध के अपडेट भेजने के लिए करते हैं।
updates-email-button = मुझे ईमेल से अपडेट भेजें
updates-phone-label = मोबाइल फ़ोन नंबर
updates-phone-hint = उदाहरण के लिए 416 555 0123। आपकी मोबाइल कंपनी के मैसेज शुल्क लागू हो सकते हैं।
updates-phone-button = मुझे टेक्स्ट मैसेज से अपडेट भेजें
updates-code-sent-email = हमने { $address } पर 6 अंकों का एक कोड भेजा है।
updates-code-sent-sms = हमने टेक्स्ट मैसेज से { $address } पर 6 अंकों का एक कोड भेजा है।
updates-code-label = कोड
updates-code-hint = भेजे जाने के 15 मिनट बाद कोड मान्य नहीं रहता।
updates-confirm-button = पुष्टि करें
updates-resend-button = नया कोड भेजें
updates-resent = हमने एक नया कोड भेजा है। सिर्फ़ सबसे नया कोड ही काम करेगा।
updates-on = आपको इस अनुरोध के बारे में अपडेट मिलेंगे। हर संदेश में इन्हें बंद करने का एक लिंक होगा।
updates-already = इस पते या नंबर पर इस अनुरोध के अपडेट पहले से भेजे जा रहे हैं।
updates-error-email = name@example.com जैसा ईमेल पता दर्ज करें
updates-error-phone = एरिया कोड के साथ मोबाइल नंबर दर्ज करें, जैसे 416 555 0123
updates-error-too-many = आपने थोड़े समय में कई कोड माँगे हैं। हमारा भेजा हुआ आख़िरी कोड इस्तेमाल करें, या एक घंटे बाद फिर से कोशिश करें।
updates-error-code-format = हमारे भेजे गए संदेश में दिया गया 6 अंकों का कोड दर्ज करें
updates-error-code-wrong = कोड सही नहीं है। हमारा भेजा हुआ सबसे नया संदेश देखें और फिर से कोशिश करें।
updates-error-code-expired = कोड की समय-सीमा ख़त्म हो गई है। नया कोड भेजें।
updates-error-code-attempts = कोड बहुत बार ग़लत दर्ज किया गया। नया कोड भेजें।
updates-error-unknown = यह कोड अब इस्तेमाल नहीं किया जा सकता। फिर से अपडेट माँगें।

unsubscribe-title = अपडेट बंद करें
unsubscribe-heading = अनुरोध { $number } के अपडेट बंद करें
unsubscribe-sent-to-email = अपडेट { $address } पर भेजे जाते हैं।
unsubscribe-sent-to-sms = अपडेट टेक्स्ट मैसेज से { $address } पर भेजे जाते हैं।
unsubscribe-button = अपडेट बंद करें
unsubscribe-done = अब आपको अनुरोध { $number } के बारे में कोई अपडेट नहीं मिलेगा।
unsubscribe-unknown = यह लिंक मान्य नहीं है। जाँच लें कि पूरा लिंक कॉपी किया गया था।
unsubscribe-back = अनुरोध देखें

notify-code-subject = अनुरोध { $number } के लिए आपका कोड
notify-code-email =
    आपका कोड { $code } है।
    
    इसे उस पेज पर दर्ज करें जहाँ आपने अनुरोध { $number } के अपडेट माँगे थे। यह कोड 15 मिनट तक ही मान्य है।
    
    अगर आपने अपडेट नहीं माँगे थे, तो इस ईमेल को अनदेखा करें।
notify-code-sms = अनुरोध { $number } के लिए आपका 311 कोड { $code } है। यह 15 मिनट तक ही मान्य है।
notify-status-subject = अनुरोध { $number }: { $status }
notify-status-email = आपके अनुरोध { $number } ({ $service }) की स्थिति अब यह है: { $status }।
notify-status-sms = 311: अनुरोध { $number } ({ $service }) की स्थिति अब: { $status }।
notify-note = शहर की ओर से टिप्पणी: { $note }
notify-escalated-subject = अनुरोध { $number }: आपकी शिकायत विभाग के प्रबंधन को भेजी गई
notify-escalated-email = अनुरोध { $number } ({ $service }) के बारे में आपकी शिकायत का उत्तर समय पर नहीं दिया गया, इसलिए यह विभाग के प्रबंधन को भेज दी गई है।
notify-escalated-sms = 311: अनुरोध { $number } के बारे में आपकी शिकायत विभाग के प्रबंधन को भेज दी गई है।
notify-link = अनुरोध और उसका घटनाक्रम देखें: { $link }
notify-link-sms = { $link }
notify-footer-email = आपको यह ईमेल इसलिए मिला है क्योंकि आपने इस अनुरोध के बारे में अपडेट माँगे थे।
notify-unsubscribe = ये अपडेट बंद करें: { $unsubscribe }
notify-unsubscribe-sms = बंद करने के लिए STOP लिखकर जवाब दें, या { $unsubscribe } पर जाएँ
