### Personel konsolu: oturum açma, talep kuyruğu, bir talebin durumunu değiştirme, denetim kaydı.

staff-page-title = { $heading } – { -product-name } personel
staff-unavailable = Personel konsolu şu anda gösterilemiyor. Lütfen birkaç dakika sonra tekrar deneyin.
staff-forbidden-heading = Bu sayfayı açamazsınız
staff-forbidden-body = Hesabınızın personel konsolunun bu bölümüne erişimi yok. Erişime ihtiyacınız varsa bir yöneticiye başvurun.

## Oturum açma
staff-login-heading = Personel girişi
staff-password = Şifre
staff-sign-in = Oturum aç
staff-sign-out = Oturumu kapat
staff-signed-in-as = { $name } olarak oturum açıldı
staff-login-error-wrong = E-posta adresi veya şifre yanlış
staff-login-error-locked = Çok fazla oturum açma denemesi yapıldı. 15 dakika bekleyin, sonra tekrar deneyin.
staff-error-csrf = Formun süresi dolmuştu. Sayfayı yeniden yükleyin ve tekrar deneyin.

## Talep kuyruğu
staff-queue-heading = Hizmet talebi kuyruğu
staff-filter-any = Tümü
staff-filter-overdue = Yalnızca beklenen tarihi geçmiş talepler
staff-filter-complaints = Yalnızca yanıt bekleyen bir şikâyeti olan talepler
staff-filter-apply = Talepleri göster
staff-queue-empty = Bu filtrelere uyan hizmet talebi yok.
staff-column-number = Hizmet talebi numarası
staff-complaint-due = Şikâyet: en geç { $date } tarihinde yanıtlanmalı
staff-complaint-escalated = Şikâyet üst yönetime iletildi: yanıt gecikti

## Tek bir talep
staff-change-heading = Durumu değiştirin
staff-new-status = Yeni durum
staff-reason = Kapatma nedeni
staff-reason-hint = Yeni durum talebi kapatıyorsa gereklidir. Neden, durumla uyumlu olmalıdır.
staff-reason-none = Neden yok: talep açık kalır
staff-public-note = Herkese açık not
staff-public-note-hint = Talep sahibi bunu durum sayfasında görür. Kapatırken ne yapıldığını veya neden hiçbir şey yapılmadığını yazın.
staff-internal-note = İç not
staff-internal-note-hint = Bunu yalnızca personel görür.
staff-save = Değişikliği kaydet
staff-saved = Değişiklik kaydedildi.
staff-history-heading = Tüm geçmiş
staff-error-status = Listeden bir durum seçin
staff-error-reason-missing = Talebi kapatmak için bir neden seçin
staff-error-reason-mismatch = Neden, yeni durumla uyumlu değil. Durumla eşleşen bir neden seçin.
staff-error-note-missing = Talep sahibine ne yapıldığını veya neden hiçbir şey yapılmadığını anlatan herkese açık bir not yazın
staff-error-reason-open = Kapatma nedeni yalnızca talebi kapatan durumlar içindir

## Kapatma nedenleri
staff-reason-repaired = Onarıldı
staff-reason-cleaned = Temizlendi
staff-reason-removed = Kaldırıldı
staff-reason-other-government = Başka bir yönetim kademesine yönlendirildi
staff-reason-utility-company = Sahibi olan altyapı kuruluşuna veya şirkete yönlendirildi
staff-reason-private-property = Özel mülkte: mülk sahibine yönlendirildi
staff-reason-not-found = Yerinde incelendi: sorun bulunamadı
staff-reason-already-resolved = Ekip gelmeden önce zaten çözülmüştü
staff-reason-meets-standard = Yerinde incelendi: Belediye standardını karşılıyor
staff-reason-duplicate = Başka bir talebin tekrarı

## Denetim kaydı
staff-audit-heading = Denetim kaydı
staff-column-when = Zaman
staff-column-who = Kim
staff-column-action = İşlem
staff-column-detail = Ayrıntı
staff-action-login = Oturum açıldı
staff-action-logout = Oturum kapatıldı
staff-action-login-failed = Başarısız oturum açma
staff-action-login-locked = Oturum açma reddedildi: çok fazla deneme
staff-action-status-change = Durum değiştirildi
staff-action-escalation = Şikâyet otomatik olarak üst yönetime iletildi: yanıt süresi (SLA) doldu

## Kuyruktan birden çok talebi aynı anda değiştirme
staff-bulk-column = Seç
staff-bulk-select = { $number } numaralı talebi seç
staff-bulk-heading = Seçili talepleri değiştirin
staff-bulk-hint = Tablodaki talepleri işaretleyin, ardından değişikliği seçin. Her talep aynı durumu, nedeni ve notları alır; geçmişine de kendi satırı eklenir.
staff-bulk-button = Seçili talepleri değiştir
staff-bulk-saved =
    { $count ->
        [one] Bir talep değiştirildi.
       *[other] { $count } talep değiştirildi.
    }
staff-error-none-selected = Tabloda en az bir talep seçin.
staff-bulk-skipped =
    { $count ->
        [one] Bir talep değiştirilmedi: “Tamamlandı” olarak işaretlemek için tamamlanan işin fotoğrafı gerekiyor. Fotoğraf eklemek için talebi açın.
       *[other] { $count } talep değiştirilmedi: “Tamamlandı” olarak işaretlemek için tamamlanan işin fotoğrafı gerekiyor. Fotoğraf eklemek için her birini açın.
    }

## Durum değişikliğiyle birlikte fotoğraf (tamamlanan işin)
staff-photo = İşin fotoğrafı (isteğe bağlı)
staff-photo-hint = En fazla 10 MB boyutunda JPEG, PNG veya WebP görseli. Talep sahibi bunu talebin geçmişinde görür.
staff-photo-hint-required = Bu hizmette talebi “Tamamlandı” olarak işaretlemek için tamamlanan işin fotoğrafı gerekir. En fazla 10 MB boyutunda JPEG, PNG veya WebP görseli; talep sahibi bunu geçmişte görür.
staff-error-completion-photo-missing = Tamamlanan işin fotoğrafını ekleyin: bu hizmette talebi “Tamamlandı” olarak işaretlemek için fotoğraf gerekir
