### Katalog soruları: her hizmet türünün ek soruları (Open311 öznitelikleri) ve
### seçmeli sorularda sunulan yanıtlar, anahtarlarının adını taşıyan öznitelikler olarak.

## Yol çukuru
question-pothole-size = Çukur yaklaşık ne büyüklükte?
    .small = Yemek tabağından küçük
    .medium = Yaklaşık bir araba lastiği büyüklüğünde
    .large = Araba lastiğinden büyük
question-pothole-lane = Yolun hangi kısmında?
    .curb-lane = Bordüre en yakın şerit
    .centre-lane = Orta şerit veya sollama şeridi
    .turn-lane = Dönüş şeridi
    .bike-lane = Bisiklet şeridi
    .laneway = Ara sokak

## Yolda tehlike
question-road-hazard-hazard_type = Tehlike nedir?
    .road-collapse = Çökmüş yol yüzeyi veya obruk
    .missing-cover = Kayıp veya kırık rögar kapağı ya da ızgara
    .debris = Şeritte büyük enkaz
    .spill = Dökülmüş veya kaygan madde
    .other = Başka bir şey

## Hasarlı kaldırım
question-sidewalk-damaged-damage = Kaldırımın sorunu nedir?
    .cracked = Çatlak
    .lifted = Kalkmış veya düzensiz kaldırım taşları
    .sunken = Çökmüş veya altı boşalmış
    .missing = Eksik parçalar
    .curb-ramp = Hasarlı kaldırım rampası
question-sidewalk-damaged-trip_height = Düzensiz kenar yaklaşık kaç santimetre yüksekliğinde?

## Bisiklet şeridinde engel
question-bike-lane-obstruction-obstruction = Bisiklet şeridini ne kapatıyor?
    .debris = Enkaz veya çöp
    .construction = İnşaat malzemesi veya ekipmanı
    .bins = Çöp veya geri dönüşüm kutuları
    .bollard = Hasarlı veya devrilmiş koruma direği
    .other = Başka bir şey

## Konut sokağında çok uzun süre park etmiş araç
question-long-term-parking-licence_plate = Görebiliyorsanız plaka numarası nedir?
question-long-term-parking-vehicle_description = Aracı tarif edin (renk, marka, tür).
question-long-term-parking-days_parked = Araç yaklaşık kaç gündür orada park hâlinde?

## Sokak lambası yanmıyor
question-streetlight-out-light_problem = Lambanın sorunu nedir?
    .out = Yanmıyor
    .flickering = Titriyor veya sürekli yanıp sönüyor
    .day-burning = Gündüz yanıyor
    .several-out = Art arda birkaç lamba yanmıyor
question-streetlight-out-pole_number = Direkte numaralı bir etiket varsa üzerinde ne yazıyor?

## Hasarlı veya kayıp tabela
question-sign-damaged-sign_type = Ne tür bir tabela?
    .street-name = Sokak adı
    .parking = Park
    .speed-limit = Hız sınırı
    .warning = Uyarı levhası (viraj, okul bölgesi ve benzerleri)
    .other = Diğer
question-sign-damaged-sign_condition = Sorunu nedir?
    .bent = Bükülmüş veya devrilmiş
    .faded = Solmuş veya zor okunuyor
    .turned = Yanlış yöne dönmüş
    .blocked = Dallar tarafından kapatılmış
    .missing = Kayıp

## Trafik ışığı çalışmıyor
question-traffic-signal-malfunction-signal_problem = Trafik ışığı ne yapıyor?
    .dark = Tamamen sönük
    .flashing = Kırmızı veya sarı yanıp sönüyor
    .stuck = Tek bir renkte takılı kalmış
    .damaged = Devrilmiş veya hasarlı
    .turned = Yanlış yöne dönmüş
question-traffic-signal-malfunction-direction = Hangi gidiş yönü etkileniyor (örneğin kuzey yönü)?

## Trafik güvenliği endişesi
question-traffic-safety-concern-concern = Endişeleriniz nelerdir?
    .speeding = Hız yapma
    .signal-timing = Işık süreleri
    .visibility = Kötü görüş
    .crossing = Karşıya geçmek zor
    .cut-through = Sokağı kestirme yol olarak kullanan trafik
question-traffic-safety-concern-details = Bize daha fazla bilgi verin: ne zaman oluyor ve kimleri etkiliyor?

## Kaldırımdaki kar temizlenmemiş
question-snow-sidewalk-condition = Kaldırım ne durumda?
    .snow = Karla kaplı
    .ice = Buzlu
    .snowbank = Yol küreme sonrası oluşan kar yığını kaldırımı kapatıyor

## Çöp toplanmadı
question-missed-garbage-collection_day = Planlanmış toplama gününüz hangi gündü?
question-missed-garbage-set_out = Kutu sabah 7'ye kadar kaldırım kenarında mıydı?
    .yes = Evet
    .no = Hayır

## Geri dönüşüm toplanmadı
question-missed-recycling-collection_day = Planlanmış toplama gününüz hangi gündü?
question-missed-recycling-set_out = Kutu sabah 7'ye kadar kaldırım kenarında mıydı?
    .yes = Evet
    .no = Hayır

## Yeşil kutu toplanmadı
question-missed-green-bin-collection_day = Planlanmış toplama gününüz hangi gündü?
question-missed-green-bin-set_out = Kutu sabah 7'ye kadar kaldırım kenarında mıydı?
    .yes = Evet
    .no = Hayır

## Hasarlı kutu
question-bin-damaged-bin_type = Hangi kutu hasarlı?
    .garbage = Çöp kutusu
    .recycling = Mavi kutu (geri dönüşüm)
    .green-bin = Yeşil kutu (organik atık)
question-bin-damaged-damage = Ne hasarlı?
    .lid = Kapak
    .wheels = Tekerlek veya aks
    .handle = Sap
    .body = Kutunun gövdesi çatlak
    .latch = Hayvanlara dayanıklı mandal
question-bin-damaged-bin_serial = Okuyabiliyorsanız kutunun üzerindeki seri numarası nedir?

## Büyük eşya toplama
question-bulky-item-pickup-item_types = Dışarı ne çıkaracaksınız?
    .furniture = Mobilya
    .mattress = Yatak veya baza
    .appliance = Ocak, çamaşır makinesi, kurutucu veya bulaşık makinesi
    .refrigerant = Buzdolabı, dondurucu veya klima
    .carpet = Halı veya kilim
    .other = Başka bir büyük eşya
question-bulky-item-pickup-item_count = Dışarı kaç eşya çıkaracaksınız?

## Belediye mülkünde grafiti
question-graffiti-city-property-surface = Hangi yüzeyler kaplı?
    .wall = Duvar veya bina
    .bridge = Köprü veya alt geçit
    .fence = Çit
    .sign-pole = Tabela veya direk
    .box = Altyapı veya trafik ışığı kutusu
    .other = Diğer

## Yol tabelaları, direkler veya sinyal kutuları üzerinde grafiti
question-graffiti-road-assets-asset_type = Grafiti neyin üzerinde?
    .sign = Yol tabelası
    .signal-box = Trafik ışığı kutusu
    .pole = Direk
    .retaining-wall = İstinat duvarı veya ses bariyeri
    .bridge = Köprü veya alt geçit
    .other = Başka bir şey

## Özel mülkte grafiti
question-graffiti-private-property-surface = Hangi yüzeyler kaplı?
    .wall = Duvar
    .fence = Çit
    .garage-door = Garaj kapısı
    .window = Pencere veya kapı
    .other = Diğer
question-graffiti-private-property-is_owner = Mülkün sahibi siz misiniz?
    .yes = Evet
    .no = Hayır

## Nefret veya çete grafitisi
question-graffiti-hate-police_reported = Toronto Polisi'ne bildirdiniz mi?
    .yes = Evet
    .no = Hayır
question-graffiti-hate-police_reference = Varsa polis tutanağı numarası nedir?

## Kaçak çöp dökme
question-illegal-dumping-item_types = Ne atılmış?
    .household = Ev çöpü torbaları
    .furniture = Mobilya
    .mattress = Yatak
    .tires = Lastikler
    .construction = İnşaat veya tadilat atığı
    .electronics = Elektronik eşyalar
    .hazardous = Boya, kimyasallar veya diğer tehlikeli atıklar
    .other = Diğer
question-illegal-dumping-noticed_at = Bunu ne zaman fark ettiniz veya atıldığını ne zaman gördünüz?
question-illegal-dumping-witness = Kimin attığını gördüyseniz kişiyi veya aracı tarif edin. Onlara yaklaşmayın.

## Terk edilmiş bisiklet
question-abandoned-bike-bike_condition = Bisiklet ne durumda?
    .missing-wheel = Bir tekerleği eksik
    .missing-parts = Selesi veya gidonu eksik
    .flat-tires = Lastikleri inik
    .rusted = Zinciri veya parçaları paslı
    .bent-frame = Kadrosu eğilmiş veya hasarlı

## Ana su borusu patlaması
question-water-main-break-water_flow = Ne kadar su akıyor?
    .trickle = Az miktarda sızıyor veya ıslak bir alan var
    .steady = Sürekli akıyor
    .gushing = Fışkırıyor veya yolu su basıyor

## Su yok
question-no-water-neighbours_affected = Komşularınızın suyu da kesik mi?
    .yes = Evet
    .no = Hayır
    .unknown = Bilmiyorum
question-no-water-started_at = Su ne zaman kesildi?

## Kanalizasyon taşması veya bodrum katı su baskını
question-sewer-backup-water_depth = Su yaklaşık kaç santimetre derinliğinde?
question-sewer-backup-backwater_valve = Mülkte geri akış önleme vanası var mı?
    .yes = Evet
    .no = Hayır
    .unknown = Bilmiyorum

## Tıkalı yağmur suyu ızgarası
question-catch-basin-blocked-ponding = Su birikiyor mu?
    .none = Hayır, şu anda birikmiyor
    .road = Yolda birikiyor
    .sidewalk = Kaldırıma veya bir mülke taşıyor

## Hasarlı veya sızdıran yangın musluğu
question-fire-hydrant-damaged-hydrant_problem = Yangın musluğunun sorunu nedir?
    .knocked-over = Devrilmiş veya çarpılmış
    .leaking = Sızdırıyor
    .missing-cap = Kapağı eksik
    .blocked = Önü kapalı veya gizlenmiş
    .paint = Grafiti veya boya

## Rengi değişmiş veya tadı kötü su
question-water-quality-water_issue = Ne fark ediyorsunuz?
    .brown = Kahverengi veya sarı renk
    .cloudy = Bulanık veya süt gibi beyaz
    .taste = Alışılmadık tat
    .smell = Alışılmadık koku
    .particles = Parçacıklar veya tortu

## Devrilmiş veya hasarlı ağaç (acil)
question-tree-emergency-blocking = Ne etkileniyor?
    .road = Yol
    .sidewalk = Kaldırım
    .driveway = Garaj yolu
    .building = Ev veya bina
    .vehicle = Araç
    .wires = Kablolar
    .nothing = Henüz hiçbir şey, ama devrilebilir

## Ağaç budama (acil değil)
question-tree-pruning-reason = Ağacın neden budanması gerekiyor?
    .low-branches = Kaldırımın veya yolun üzerine alçaktan sarkan dallar
    .blocking = Bir tabelayı veya sokak lambasını kapatıyor
    .touching-building = Bir eve veya binaya değiyor
    .dead-branches = Kuru dallar

## Park tuvaleti sorunu
question-park-washroom-issue = Sorun nedir?
    .dirty = Kirli
    .supplies = Sabun, kâğıt havlu veya tuvalet kâğıdı yok
    .locked = Açık olması gereken saatlerde kilitli
    .broken = Klozet, lavabo veya kapı bozuk
    .leak = Sızıntı veya su baskını

## Hasarlı oyun alanı ekipmanı
question-playground-damaged-equipment = Hangi ekipman?
    .swing = Salıncak
    .slide = Kaydırak
    .climber = Tırmanma aleti veya oyun yapısı
    .surface = Zemin (kum, ağaç kabuğu veya kauçuk)
    .other = Diğer
question-playground-damaged-unsafe = Şu anda kullanan biri yaralanabilir mi?
    .yes = Evet
    .no = Hayır
    .unsure = Emin değilim

## Parkta kamp
question-park-encampment-tent_count = Yaklaşık kaç çadır veya barınak var?
question-park-encampment-details = Sosyal destek görevlilerinin bilmesi gereken bir şey var mı, örneğin ateş veya başka bir güvenlik endişesi?

## Yolda veya kaldırımda ölü hayvan
question-dead-animal-road-animal_type = Ne tür bir hayvan (örneğin rakun, sincap veya kedi)?
question-dead-animal-road-animal_size = Ne büyüklükte?
    .small = Küçük (sincap, kuş)
    .medium = Orta (rakun, kedi)
    .large = Büyük (geyik, çakal, köpek)

## Yaralı veya hasta yabani hayvan
question-injured-wildlife-animal_type = Ne tür bir hayvan?
question-injured-wildlife-condition = Hayvanın durumu nedir?
    .injured = Yaralı
    .sick = Hasta veya tuhaf davranıyor
    .trapped = Bir yere sıkışmış veya dolanmış
    .orphaned = Yalnız kalmış gibi görünen yavru bir hayvan

## Sahipsiz veya başıboş köpek
question-stray-dog-dog_contained = Köpek kontrol altında mı, örneğin bir bahçede veya tasmalı?
    .yes = Evet
    .no = Hayır

## Köpek ısırması veya saldırısı
question-dog-bite-incident_time = Ne zaman oldu?
question-dog-bite-victim = Kim ısırıldı veya saldırıya uğradı?
    .person = Bir insan
    .dog = Başka bir köpek
    .other-animal = Başka bir hayvan

## Tasmasız köpek
question-dog-off-leash-usual_time = Bu genellikle ne zaman oluyor (örneğin hafta içi sabahları)?

## Gürültü şikâyeti
question-noise-noise_source = Gürültüyü ne çıkarıyor?
    .amplified-sound = Müzik veya hoparlörden gelen ses
    .construction = İnşaat
    .barking = Havlayan köpek
    .equipment = Klima, vantilatör veya başka bir cihaz
    .vehicle = Rölantide çalışan veya motoru kökletilen araçlar
    .other = Diğer
question-noise-ongoing = Gürültü şu anda sürüyor mu?
    .now = Evet, şu anda
    .recurring = Düzenli olarak oluyor
    .past = Durdu
question-noise-noise_times = Gürültünün ne zaman olduğunu ve ne kadar sürdüğünü anlatın.

## Acil bina standartları sorunu
question-property-standards-urgent-issue = Acil sorun nedir?
    .no-heat = Isıtma yok veya yetersiz
    .no-water = Su yok
    .no-power = Elektrik yok
    .lock = Giriş kapısının kilidi kırık
    .structure = Güvensiz yapı, balkon veya merdiven
question-property-standards-urgent-is_tenant = Binada kiracı mısınız?
    .yes = Evet
    .no = Hayır
question-property-standards-urgent-unit_number = Daire numaranız nedir?

## Bina standartları şikâyeti
question-property-standards-issues = Hangi sorunlar var?
    .pests = Haşere (fare, hamamböceği, tahtakurusu)
    .mould = Küf
    .windows-doors = Kırık pencereler veya kapılar
    .leaks = Su sızdıran çatı veya duvarlar
    .stairs-railings = Hasarlı merdiven veya korkuluklar
    .exterior = Bakımsız dış cephe
    .other = Diğer
question-property-standards-landlord_notified = Kiracıysanız ev sahibinize yazılı olarak bildirdiniz mi?
    .yes = Evet
    .no = Hayır
    .not-tenant = Kiracı değilim
question-property-standards-details = Sorunu ve ne zamandır devam ettiğini anlatın.

## Özel mülkte terk edilmiş araç
question-abandoned-vehicle-licence_plate = Varsa plaka numarası nedir?
question-abandoned-vehicle-vehicle_description = Aracı tarif edin (renk, marka, tür).
