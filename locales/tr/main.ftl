### Civic311 arayüz metinleri: Türkçe.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Ana içeriğe geç
language-switcher-label = Dil
loading = Yükleniyor…
footer-emergency = Acil durumlarda 911'i arayın. Bu portal, Belediyenin acil olmayan hizmetleri içindir.

home-title = Sorun bildirin veya Belediyeden hizmet isteyin – { -product-name }
home-heading = Sorun bildirin veya Belediyeden hizmet isteyin
home-intro = Yoldaki çukuru, toplanmayan çöpü, grafitiyi ve 60'tan fazla acil olmayan başka sorunu Belediyeye bildirin. Sonrasını takip etmeniz için bir hizmet talebi numarası alırsınız.
home-groups-heading = Konu nedir?
home-report-button = Sorun bildirin
service-group-count =
    { $count ->
        [one] { $count } hizmet
       *[other] { $count } hizmet
    }
catalogue-unavailable = Hizmet listesi şu anda gösterilemiyor. Lütfen birkaç dakika sonra tekrar deneyin.

not-found-title = Sayfa bulunamadı – { -product-name }
not-found-heading = Sayfa bulunamadı
not-found-home-link = Ana sayfaya git

## Gezinme ve form hataları
site-nav-label = Ana
nav-track = Talep takibi
nav-report = Sorun bildirin
error-title-prefix = Hata:
error-summary-heading = Bir sorun var

## Hizmet talebi sorgulama
lookup-title = Hizmet talebini takip edin – { -product-name }
lookup-heading = Hizmet talebini takip edin
lookup-label = Hizmet talebi numarası
lookup-hint = Hizmet talebi numaranız onay sayfanızda ve e-postalarınızda yer alır. 2026-000123 biçimindedir.
lookup-button = Talebimi bul
lookup-error-format = Hizmet talebi numaranızı 2026-000123 biçiminde girin

## Tek bir hizmet talebi
request-title = Hizmet talebi { $number } – { -product-name }
request-heading = Hizmet talebi { $number }
request-status = Durum
request-service = Hizmet
request-division = İlgili birim
request-filed = Alınma tarihi
request-expected = Beklenen tarih
request-location = Konum
request-ward = Bölge
request-ward-value = Bölge { $number }: { $name }
request-due-today = bugün bekleniyor
request-days-left =
    { $days ->
        [one] { $days } gün kaldı
       *[other] { $days } gün kaldı
    }
request-days-overdue =
    { $days ->
        [one] beklenen tarihten { $days } gün geçti
       *[other] beklenen tarihten { $days } gün geçti
    }
request-timeline-heading = Şimdiye kadar neler oldu
request-event-photo-alt = Belediyenin yapılan işle ilgili { $number } numaralı fotoğrafı
request-unavailable = Bu hizmet talebi şu anda gösterilemiyor. Lütfen birkaç dakika sonra tekrar deneyin.
request-not-found-title = Hizmet talebi bulunamadı – { -product-name }
request-not-found-heading = Bu hizmet talebini bulamıyoruz
request-not-found-body = { $number } numaralı bir hizmet talebi yok. Numarayı onay sayfanızdan veya e-postanızdan kontrol edin. Yeni oluşturduğunuz bir talebin görünmesi bir dakika sürebilir.
request-not-found-retry = Başka bir numara sorgulayın

## Durumlar, sade bir dille
status-received = Alındı
status-assigned = İlgili birime iletildi
status-inspection = Yerinde inceleme
status-scheduled = İş planlandı
status-completed = Tamamlandı
status-closed_referred = Kapatıldı – başka kuruma yönlendirildi
status-closed_no_action = Kapatıldı – işlem gerekmiyor
status-closed_duplicate = Kapatıldı – daha önce bildirilmiş

## Hizmet rehberi
nav-services = Belediye hizmetleri
services-title = Belediye hizmetleri – { -product-name }
services-heading = Belediye hizmetleri
services-intro = Sorununuza uygun hizmeti bulun. Kendi kelimelerinizle arayın veya konuya göre göz atın.
services-search-label = Hizmet arayın
services-search-hint = Örneğin: çukur, toplanmayan çöp, gürültü
services-search-button = Ara
services-results-heading =
    { $count ->
        [one] “{ $query }” ile eşleşen { $count } hizmet
       *[other] “{ $query }” ile eşleşen { $count } hizmet
    }
services-no-results = “{ $query }” ile eşleşen bir hizmet yok. Başka kelimeler deneyin veya aşağıdaki konulara göz atın.
services-browse-heading = Konuya göre göz atın
service-detail-title = { $name } – { -product-name }
service-topic = Konu
service-standard = Hizmet standardı
service-sla-hours =
    { $count ->
        [one] { $count } saat içinde yanıt vermeyi hedefliyoruz
       *[other] { $count } saat içinde yanıt vermeyi hedefliyoruz
    }
service-sla-business-days =
    { $count ->
        [one] { $count } iş günü içinde yanıt vermeyi hedefliyoruz
       *[other] { $count } iş günü içinde yanıt vermeyi hedefliyoruz
    }
service-sla-calendar-days =
    { $count ->
        [one] { $count } gün içinde yanıt vermeyi hedefliyoruz
       *[other] { $count } gün içinde yanıt vermeyi hedefliyoruz
    }
service-back = Tüm Belediye hizmetleri
service-not-found-title = Hizmet bulunamadı – { -product-name }
service-not-found-heading = Bu hizmeti bulamıyoruz

## Bir taleple ilgili şikâyetler
request-complaint-heading = Bu talebin ilerleyişinden memnun değil misiniz?
request-complaint-overdue = Beklenen tarih geçti ve bu talep henüz kapatılmadı. Şikâyette bulunabilirsiniz: bir amir 5 iş günü içinde yanıt vermek zorundadır, aksi takdirde şikâyet ilgili birimin yönetimine iletilir.
request-complaint-closed = Sorun giderilmediyse veya bu talebin kapatılma şekline katılmıyorsanız şikâyette bulunabilirsiniz: bir amir 5 iş günü içinde yanıt vermek zorundadır, aksi takdirde şikâyet ilgili birimin yönetimine iletilir.
request-complaint-details = Sorun nedir?
request-complaint-details-hint = Örneğin: talep kapatıldıktan sonra çukur hâlâ yerinde duruyor.
request-complaint-email = E-posta adresi (isteğe bağlı)
request-complaint-email-hint = Size yanıtı bildirebilmemiz için. Hiçbir zaman herkese açık olarak gösterilmez.
request-complaint-submit = Şikâyette bulunun
request-complaint-filed = Şikâyetiniz alındı. Aşağıdaki geçmişte görebilirsiniz.
request-complaint-pending = Bu talep hakkındaki bir şikâyet yanıt bekliyor. Yanıtın en geç { $date } tarihinde verilmesi bekleniyor.
request-complaint-escalated = Yanıt gecikti, bu nedenle şikâyet ilgili birimin yönetimine iletildi.
request-complaint-error-details = Sorunun ne olduğunu bize yazın
request-complaint-error-too-long = Şikâyet en fazla 2000 karakter olmalıdır
status-complaint = Şikâyet alındı
status-escalated = Şikâyet ilgili birimin yönetimine iletildi
