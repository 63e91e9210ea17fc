### Sorun bildirme: /report sayfaları, hata mesajları, harita ve fotoğraflar.

report-page-title = { $heading } – { -product-name }
report-caption = Sorun bildirin
report-unavailable = Bildirim formu şu anda gösterilemiyor. Lütfen birkaç dakika sonra tekrar deneyin.
report-continue = Devam et
report-optional = { $label } (isteğe bağlı)

## Hizmeti seçme
report-choose-heading = Neyi bildirmek istiyorsunuz?
report-choose-intro = Kendi kelimelerinizle arayın veya aşağıdaki konulardan birini seçin.
report-start-button = Hemen başla
report-choose-other = Başka bir şey bildir
report-not-found-heading = Bu bildirimi bulamıyoruz
report-not-found-body = Bağlantı eksik veya hatalı yazılmış olabilir.
report-start-again = Yeni bir bildirim başlat

## Nesnenin sahibi ve nefret içerikli grafiti
report-owner-question = Sorunlu nesne kime ait?
report-owner-hint = Üzerinde bir logo veya etiket arayın. Belediye yalnızca kendisine ait olanları onarabilir.
report-owner-city = Toronto Belediyesi; örneğin Belediyeye ait bir duvar, köprü, tabela veya çöp kutusu
report-owner-unknown = Bilmiyorum
report-owner-bell = Bell Canada: telefon kulübeleri, Bell direkleri ve dolapları
report-owner-rogers = Rogers: kablo kutuları ve dolapları
report-owner-toronto-hydro = Toronto Hydro: elektrik direkleri, trafolar ve elektrik kutuları
report-owner-canada-post = Canada Post: posta kutuları ve kargo dolapları
report-owner-ttc = TTC: durak bekleme yerleri, istasyonlar ve toplu taşıma araçları
report-error-owner = Kime ait olduğunu veya “Bilmiyorum” seçeneğini seçin
report-referral-heading = Bunu onarmak Belediyenin görevi değil
report-referral-intro = Belediye yalnızca kendisine ait olanları onarabilir veya temizleyebilir, bu nedenle hizmet talebi oluşturulmadı. Lütfen sorunu sahibine bildirin.
report-referral-bell = Bell Canada: 1-866-310-2355 numarasını arayın.
report-referral-rogers = Rogers: 1-888-764-3771 numarasını arayın.
report-referral-toronto-hydro = Toronto Hydro: 416-542-8000 numarasını arayın. Kablolar yere düşmüşse veya kıvılcım çıkarıyorsa 10 metre uzakta durun ve 911'i arayın.
report-referral-canada-post = Canada Post: 1-866-607-6301 numarasını arayın.
report-referral-ttc = TTC: 416-393-3030 numaralı Müşteri Hizmetleri hattını arayın.
report-hate-heading = Nefret içerikli grafiti
report-hate-police = Grafiti insanları ırkları, dinleri, etnik kökenleri, cinsel yönelimleri, cinsiyetleri veya engellilikleri nedeniyle hedef alıyorsa önce Toronto Polisine (Toronto Police) bildirin: acil olmayan durumlar için 416-808-2222 numaralı hattı veya biri tehlikedeyse 911'i arayın. Polis, grafiti kaldırılmadan önce bunu olası bir nefret suçu olarak kaydeder.
report-hate-then = Ardından, Belediyenin hızla kaldırabilmesi için burada da bildirin.

## Konum
report-location-heading = Sorun nerede?
report-location-current = Seçilen konum
report-location-address = { $address }, Bölge { $ward }
report-location-pin = İşaret: { $lat }, { $long }, Bölge { $ward }
report-map-heading = Haritaya işaret koyun
report-map-hint = Haritada sorunun olduğu yere tıklayın veya dokunun, ardından konumu ayarlamak için işareti sürükleyin. Klavyeyle, haritayı ok tuşlarıyla kaydırın ve ardından “İşareti haritanın ortasına koy” seçeneğini seçin.
report-map-label = Harita
report-map-pin = Sorunun konumu
report-map-pin-at = İşaret konuldu: { $lat }, { $long }
report-map-no-pin = Henüz işaret konulmadı
report-map-locate = Konumumu kullan
report-map-locate-failed = Konumunuz bulunamadı. İşareti haritaya koyun veya bir adres yazın.
report-map-centre = İşareti haritanın ortasına koy
report-map-use = Bu işaretin konumunu kullan
report-address-heading = Ya da bir adres veya kavşak yazın
report-place-label = Sokak, kavşak veya yer
report-place-hint = Örneğin: Queen St W & Spadina Ave veya Nathan Phillips Square
report-place-find = Bul
report-place-none = “{ $query }” ile eşleşen bir sonuç yok. Yazımı kontrol edin veya en yakın kavşağı deneyin.
report-place-choose = En yakın eşleşmeyi seçin
report-place-use = Bu konumu kullan
report-place-kind-street = Sokak
report-place-kind-intersection = Kavşak
report-place-kind-place = Yer
report-error-outside-city = Bu konum Toronto Belediyesi sınırlarının dışında. Şehir içinde bir yer seçin.
report-error-pin-missing = Haritaya bir işaret koyun veya aşağıya bir adres yazın
report-error-place-choose = Eşleşmelerden birini seçin veya yeniden arayın
report-error-location-missing = Bir sokak, kavşak veya yer yazın ya da haritaya bir işaret koyun

## Ayrıntılar ve iletişim
report-details-heading = Sorunu bize anlatın
report-field-description = Sorunu açıklayın
report-description-hint = Gördüklerinizi ve ekiplerin yeri bulmasına yardımcı olacak her şeyi yazın. Lütfen kişisel bilgi eklemeyin.
report-contact-heading = İletişim bilgileriniz (isteğe bağlı)
report-contact-hint = Bu bilgileri yalnızca bu bildirimle ilgili size ulaşmak için kullanırız. Hiçbir zaman herkese açık olarak gösterilmez. Anonim olarak bildirmek için boş bırakın.
report-field-first-name = Ad
report-field-last-name = Soyadı
report-field-email = E-posta adresi
report-field-phone = Telefon numarası
report-error-missing = “{ $field }” sorusunu yanıtlayın
report-error-number = “{ $field }” sorusunun yanıtı 3 veya 2.5 gibi bir sayı olmalıdır
report-error-too-long = “{ $field }” sorusunun yanıtı en fazla { $max } karakter olmalıdır
report-error-choice = “{ $field }” için listelenen yanıtlardan birini seçin
report-error-datetime = “{ $field }” için geçerli bir tarih ve saat girin
report-error-email = E-posta adresini doğru biçimde girin, örneğin ad@example.com
report-error-phone = 7 ila 15 haneden oluşan bir telefon numarası girin, örneğin 416-392-2489

## Fotoğraflar
report-photos-heading = Fotoğraflar
report-photos-required = Bu tür bir sorun için en az bir fotoğraf gerekir. Fotoğraf, ekiplerin sorunu bulup gidermesine yardımcı olur.
report-photos-optional = Fotoğraf eklemek isteğe bağlıdır, ancak fotoğraflar ekiplerin sorunu bulup gidermesine yardımcı olur.
report-photos-limits = JPEG, PNG veya WebP biçiminde, her biri en fazla { $megabytes } MB olan en çok { $count } fotoğraf ekleyebilirsiniz. Sakladığımız kopyadan konum ve fotoğraf makinesi bilgilerini kaldırırız.
report-photo-label = Fotoğraf seçin
report-photo-upload = Fotoğrafı yükle
report-photo-uploading = Fotoğraf yükleniyor
report-photo-alt = Fotoğraf { $number }
report-photo-remove = { $number } numaralı fotoğrafı kaldır
report-photo-has-location = { $number } numaralı fotoğraf, çekildiği yerin bilgisini içeriyor.
report-photo-use-location = { $number } numaralı fotoğrafın konumunu kullan
report-photos-count =
    { $count ->
        [0] Fotoğraf yok
        [one] { $count } fotoğraf
       *[other] { $count } fotoğraf
    }
report-error-photo-missing = Yüklemek için bir fotoğraf seçin
report-error-photo-too-large = Fotoğrafın boyutu { $megabytes } MB'ın altında olmalıdır
report-error-photo-type = Dosya JPEG, PNG veya WebP biçiminde bir fotoğraf olmalıdır
report-error-photo-dimensions = Fotoğrafta çok fazla piksel var. Daha küçük bir fotoğraf seçin.
report-error-photo-damaged = Fotoğraf bozuk ve okunamıyor. Başka bir fotoğraf seçin.
report-error-photo-limit = En çok { $count } fotoğraf ekleyebilirsiniz. Başka bir fotoğraf eklemek için birini kaldırın.
report-error-photo-required = En az bir fotoğraf ekleyin
report-error-photo-outside = Bu fotoğrafın çekildiği yer Toronto Belediyesi sınırlarının dışında

## Kontrol, yakındaki bildirimler ve gönderme
report-check-heading = Bildiriminizi göndermeden önce yanıtlarınızı kontrol edin
report-check-answers = Yanıtlarınız
report-change = Değiştir
report-anonymous = Belirtilmedi: bu bildirim anonimdir
report-submit-note = Bu bildirimi göndererek bilgilerin bildiğiniz kadarıyla doğru olduğunu onaylarsınız.
report-submit = Bildirimi gönder
report-nearby-heading = Bu sorun daha önce bildirildi mi?
report-nearby-intro = Aynı sorunla ilgili bu açık talepler 250 metre içinde. Bunlardan biri sizinse, yeni bir bildirim göndermek yerine onu takip edin.
report-nearby-distance = Yaklaşık { $metres } m uzakta
report-nearby-reporters =
    { $count ->
        [one] { $count } kişi bildirdi
       *[other] { $count } kişi bildirdi
    }
report-me-too = Ben de: { $number } numaralı talebi takip et
report-error-follow = Bu talep artık takip edilemiyor. Bunun yerine kendi bildiriminizi gönderin.
report-sent-heading = Bildirim gönderildi
report-sent-number = Hizmet talebi numaranız:
report-sent-next = Bu numarayı saklayın. Sonrasında neler olduğunu görmek için kullanabilirsiniz.
report-sent-track = Bu talebi takip et
report-another = Başka bir sorun bildir
report-following-heading = { $number } numaralı talebi takip ediyorsunuz
report-following-body = Yeni bir talep oluşturmak yerine bu talebe eklendiniz. Talebin durum sayfası sonrasında neler olacağını gösterir.
