## Updates about a request by email or text message: the status page's forms, the
## unsubscribe page, and the messages themselves. Messages are plain text; $number is an SR
## number such as 2026-000123, $service a service type's name, $status a status name.

updates-heading = Bildirim alın
updates-intro = Bu talepte her değişiklik olduğunda size haber verebiliriz. Adresin veya numaranın size ait olduğunu doğrulamak için önce size bir kod göndeririz.
updates-email-label = E-posta adresi
updates-email-hint = Bu adresi yalnızca bu taleple ilgili bildirimler için kullanırız.
updates-email-button = Bildirimleri e-postayla gönderin
updates-phone-label = Cep telefonu numarası
updates-phone-hint = Örneğin 416 555 0123. Operatörünüzün mesaj ücretleri uygulanabilir.
updates-phone-button = Bildirimleri kısa mesajla gönderin
updates-code-sent-email = { $address } adresine 6 haneli bir kod gönderdik.
updates-code-sent-sms = { $address } numarasına kısa mesajla 6 haneli bir kod gönderdik.
updates-code-label = Kod
updates-code-hint = Kod, gönderildikten 15 dakika sonra geçerliliğini yitirir.
updates-confirm-button = Onayla
updates-resend-button = Yeni kod gönder
updates-resent = Yeni bir kod gönderdik. Yalnızca en son gönderilen kod geçerlidir.
updates-on = Bu taleple ilgili bildirim alacaksınız. Her mesajda bildirimleri durdurmak için bir bağlantı bulunur.
updates-already = Bu adres veya numara, bu taleple ilgili zaten bildirim alıyor.
updates-error-email = name@example.com gibi bir e-posta adresi girin
updates-error-phone = Cep telefonu numarasını alan koduyla birlikte girin, örneğin 416 555 0123
updates-error-too-many = Kısa sürede birkaç kez kod istediniz. Gönderdiğimiz son kodu kullanın veya bir saat sonra tekrar deneyin.
updates-error-code-format = Gönderdiğimiz mesajdaki 6 haneli kodu girin
updates-error-code-wrong = Kod doğru değil. Gönderdiğimiz en son mesajı kontrol edip tekrar deneyin.
updates-error-code-expired = Kodun süresi doldu. Yeni bir kod isteyin.
updates-error-code-attempts = Kod çok fazla kez yanlış girildi. Yeni bir kod isteyin.
updates-error-unknown = Bu kod artık kullanılamaz. Bildirim almak için yeniden başvurun.

unsubscribe-title = Bildirimleri durdurun
unsubscribe-heading = { $number } numaralı taleple ilgili bildirimleri durdurun
unsubscribe-sent-to-email = Bildirimler { $address } adresine gönderiliyor.
unsubscribe-sent-to-sms = Bildirimler kısa mesajla { $address } numarasına gönderiliyor.
unsubscribe-button = Bildirimleri durdur
unsubscribe-done = { $number } numaralı taleple ilgili artık bildirim almayacaksınız.
unsubscribe-unknown = Bu bağlantı geçerli değil. Bağlantının tamamının kopyalandığını kontrol edin.
unsubscribe-back = Talebi görüntüle

notify-code-subject = { $number } numaralı talep için kodunuz
notify-code-email =
    Kodunuz: { $code }
    
    Bu kodu, { $number } numaralı taleple ilgili bildirim istediğiniz sayfaya girin. Kodun süresi 15 dakika içinde dolar.
    
    Bildirim istemediyseniz bu e-postayı dikkate almayın.
notify-code-sms = { $number } numaralı talep için 311 kodunuz: { $code }. Kodun süresi 15 dakika içinde dolar.
notify-status-subject = Talep { $number }: { $status }
notify-status-email = { $number } numaralı talebinizin ({ $service }) yeni durumu: { $status }.
notify-status-sms = 311: { $number } numaralı talebin ({ $service }) yeni durumu: { $status }.
notify-note = Belediyenin notu: { $note }
notify-escalated-subject = Talep { $number }: şikâyetiniz ilgili birimin yönetimine iletildi
notify-escalated-email = { $number } numaralı talep ({ $service }) hakkındaki şikâyetiniz zamanında yanıtlanmadığı için ilgili birimin yönetimine iletildi.
notify-escalated-sms = 311: { $number } numaralı talep hakkındaki şikâyetiniz ilgili birimin yönetimine iletildi.
notify-link = Talebi ve geçmişini görüntüleyin: { $link }
notify-link-sms = { $link }
notify-footer-email = Bu taleple ilgili bildirim istediğiniz için bu e-postayı alıyorsunuz.
notify-unsubscribe = Bu bildirimleri durdurmak için: { $unsubscribe }
notify-unsubscribe-sms = Durdurmak için STOP yazıp yanıtlayın veya { $unsubscribe } adresine gidin
