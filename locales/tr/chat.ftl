## Canlı sohbet: başvuranın sohbet paneli, mesaj bırakma, temsilci konsolu ve sohbet mesajları.

chat-launcher = 311 ile sohbet edin
chat-panel-heading = 311 ile canlı sohbet
chat-close = Sohbeti kapat
chat-intro = Bir soru sorun veya bir taleple ilgili yardım alın. Bir temsilci müsait olur olmaz size buradan yanıt verir.
chat-name-label = Adınız (isteğe bağlı)
chat-topic-label = Hangi konuda yardıma ihtiyacınız var?
chat-topic-hint = Örneğin: sokağımdaki çöpler toplanmadı
chat-start = Sohbeti başlat
chat-connecting = Bağlanıyor…
chat-reconnecting = Bağlantı koptu. Yeniden bağlanıyor… Mesajlarınız korunuyor.
chat-reconnected = Yeniden bağlandı.
chat-queue-next = Sırada bir sonraki sizsiniz.
chat-queue-position = Sıradaki yeriniz: { $position }.
chat-queue-wait =
    { $minutes ->
        [one] Tahmini bekleme süresi: yaklaşık { $minutes } dakika.
       *[other] Tahmini bekleme süresi: yaklaşık { $minutes } dakika.
    }
chat-waiting-note = Beklerken sorunuzu yazabilirsiniz. Bu sayfayı açık tutun: sohbet kendiliğinden kapanmaz.
chat-log-label = Konuşma
chat-message-label = Mesajınız
chat-send = Gönder
chat-not-sent = Henüz gönderilmedi. Bağlantı geri gelir gelmez gönderilecek.
chat-typing-agent = Temsilci yazıyor…
chat-typing-resident = Başvuran yazıyor…
chat-you = Siz
chat-resident = Başvuran
chat-end = Sohbeti sonlandır
chat-ended-heading = Sohbet sona erdi
chat-rate-legend = Bu sohbet ne kadar yardımcı oldu?
chat-rate-stars =
    { $stars ->
        [one] { $stars } yıldız
       *[other] { $stars } yıldız
    }
chat-rate-submit = Puanı gönder
chat-rate-thanks = Puanınız için teşekkür ederiz.
chat-transcript-label = Sohbet dökümünü bana e-postayla gönderin
chat-transcript-submit = Dökümü gönder
chat-transcript-sent = Sohbet dökümü e-posta adresinize gönderiliyor.
chat-new = Yeni sohbet başlat
chat-about-request = Bu talep hakkında sohbet edin
chat-linked-request = { $number } numaralı talep hakkında

chat-page-title = Canlı sohbet
chat-page-intro = Bir 311 temsilcisiyle canlı sohbet edin veya mesaj bırakın; size e-postayla ya da kısa mesajla yanıt verelim.
chat-offline-heading = Mesaj bırakın
chat-offline-intro = Şu anda sohbet edebilecek bir temsilci yok. E-posta adresinizi veya telefon numaranızı ekleyerek bir mesaj bırakın; bir temsilci size yanıt verecektir.
chat-offline-email = E-posta adresi
chat-offline-phone = Kısa mesajla yanıt almak için telefon numarası
chat-offline-body = Mesajınız
chat-offline-submit = Mesajı gönder
chat-offline-sent = Teşekkür ederiz. Mesajınızı aldık; bir temsilci size e-postayla veya kısa mesajla yanıt verecektir.
chat-offline-error-body = Mesajınızı girin
chat-offline-error-body-long = Mesajınız en fazla 2000 karakter olmalıdır
chat-offline-error-name-long = Adınız en fazla 100 karakter olmalıdır
chat-offline-error-contact = Size yanıt verebilmemiz için bir e-posta adresi veya telefon numarası girin
chat-offline-error-email = E-posta adresini doğru biçimde girin, örneğin ad@example.com
chat-offline-error-phone = Bir telefon numarası girin, örneğin 416 555 0123

## Her iki tarafa da gösterilen sohbet olayları.

chat-event-joined = { $name } sohbete katıldı.
chat-event-transferred = Sohbet, { $name } adlı temsilciye aktarıldı.
chat-event-ended = Sohbet sona erdi.
chat-event-request = Sizin için { $number } numaralı hizmet talebi oluşturuldu. Talebi bu numarayla takip edebilirsiniz.

## Sohbette gönderilen bir şeyin neden kabul edilmediği.

chat-error-bad-frame = Bu okunamadı. Sayfayı yeniden yükleyin ve tekrar deneyin.
chat-error-too-long = Mesajınız çok uzun. En fazla 2000 karakter olmalıdır.
chat-error-too-fast = Çok hızlı mesaj gönderiyorsunuz. Biraz bekleyin, sonra tekrar gönderin.
chat-error-empty = Göndermeden önce bir mesaj yazın.
chat-error-topic-missing = Hangi konuda yardıma ihtiyacınız olduğunu yazın.
chat-error-already-started = Bu sohbet zaten başladı.
chat-error-unknown-chat = Bu sohbet bulunamadı. Yeni bir sohbet başlatın.
chat-error-no-chat = Önce bir sohbet başlatın.
chat-error-chat-ended = Bu sohbet sona erdi. Başka mesaj göndermek için yeni bir sohbet başlatın.
chat-error-bad-rating = 1 ile 5 arasında yıldız seçin.
chat-error-not-ended = Sohbeti sona erdikten sonra puanlayabilirsiniz.
chat-error-bad-email = E-posta adresini doğru biçimde girin, örneğin ad@example.com
chat-error-agents-only = Bunu yalnızca temsilciler yapabilir.
chat-error-residents-only = Bunu yalnızca başvuranlar yapabilir.
chat-error-not-yours = Bu sohbet size atanmamış.
chat-error-at-limit = Alabileceğiniz en fazla sayıda sohbet zaten açık. Önce birini sonlandırın.
chat-error-taken = Bu sohbeti başka bir temsilci aldı veya sohbet sona erdi.
chat-error-agent-unavailable = Bu temsilci artık çevrimiçi değil. Başka birini seçin.
chat-error-unavailable = Sohbet şu anda kullanılamıyor. Birkaç dakika sonra tekrar deneyin veya 311'i arayın.

## Temsilcilerin başvuranın dilinde gönderdiği hazır yanıtlar.

chat-canned-greeting = Merhaba, 311 Toronto ile iletişime geçtiğiniz için teşekkür ederiz. Bugün size nasıl yardımcı olabilirim?
chat-canned-one-moment = Bir dakika lütfen, konuyu inceliyorum.
chat-canned-more-details = Sorun hakkında biraz daha bilgi verebilir misiniz?
chat-canned-location = Sorun tam olarak nerede? Bir sokak adresi veya en yakın kavşak yardımcı olur.
chat-canned-request-filed = Sizin için bir hizmet talebi oluşturdum. Talebi bu sohbette paylaşılan numarayla takip edebilirsiniz.
chat-canned-goodbye = 311 ile iletişime geçtiğiniz için teşekkür ederiz. Size yardımcı olabileceğim başka bir konu var mı?

## /agent adresindeki temsilci konsolu.

agent-page-heading = Sohbet konsolu
agent-status-connected = Bağlandı. Sohbetler için çevrimiçisiniz.
agent-status-reconnecting = Bağlantı koptu. Yeniden bağlanıyor…
agent-queue-heading = Bekleyen sohbetler
agent-queue-empty = Bekleyen sohbet yok.
agent-queue-topic = Konu
agent-queue-language = Dil
agent-queue-waiting = Bekleme süresi
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    }
agent-queue-fallback = Dillerinizden biri değil
agent-accept = Kabul et
agent-load = Açık sohbetler: { $active } / { $limit }
agent-chats-heading = Sohbetleriniz
agent-no-chats = Başlamak için kuyruktan bir sohbet kabul edin.
agent-chat-with = Sohbet: { $name }
agent-chat-language = Dil: { $language }
agent-chat-topic = Konu: { $topic }
agent-canned-label = Hazır yanıt
agent-canned-choose = Bir yanıt seçin
agent-canned-insert = Bu yanıtı kullan
agent-reply-label = Yanıt
agent-send = Gönder
agent-add-note = İç not olarak ekle
agent-note = İç not
agent-transfer-label = Aktarılacak temsilci
agent-transfer = Aktar
agent-transfer-none = Çevrimiçi başka temsilci yok.
agent-end = Sohbeti sonlandır
agent-ended = Bu sohbet sona erdi.
agent-close = Kapat
agent-request-heading = Hizmet talebi oluştur
agent-request-service = Hizmet türü
agent-request-place = Konum: sokak, kavşak veya yer
agent-request-description = Açıklama
agent-request-submit = Bildirim formunu aç
agent-request-hint = Bildirim formu bu sohbetteki bilgilerle doldurulmuş olarak açılır. Formu kontrol edip gönderin; talep numarası sohbete eklenir.
agent-cases-heading = Kimse sohbet edemediği sırada bırakılan mesajlar
agent-cases-empty = Yanıt bekleyen mesaj yok.
agent-case-from = Gönderen: { $name }, { $contact }
agent-case-reply = Yanıtınız
agent-case-send = Yanıtı gönder
agent-case-answered = Yanıtınız gönderildi.
agent-error-reply = En fazla 2000 karakterlik bir yanıt girin.
agent-error-answered = Bu mesaj zaten yanıtlandı.
agent-error-not-yours = Bu sohbet artık size atanmış değil.
agent-error-service = Bir hizmet türü seçin.
staff-chat-transcripts = Sohbet dökümleri

## E-postayla veya kısa mesajla gönderilen mesajlar.

notify-chat-transcript-subject = 311 Toronto ile sohbetiniz
notify-chat-transcript-email = İstediğiniz gibi, 311 Toronto ile yaptığınız sohbetin dökümünü gönderiyoruz.
notify-chat-reply-subject = 311 Toronto'ya gönderdiğiniz mesaja yanıt
notify-chat-reply-email =
    311 Toronto için bir mesaj bıraktınız. Bir temsilci şu yanıtı verdi:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
