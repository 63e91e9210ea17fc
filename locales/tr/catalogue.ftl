### Civic311 hizmet kataloğu: server/seed/catalogue.toml dosyasındaki hizmet gruplarının ve
### hizmet türlerinin Türkçe adları ve açıklamaları. Kimlikler bu dosyadaki kodları izler.

## Hizmet grupları

service-group-roads = Yollar ve kaldırımlar
service-group-streetlights-signs = Sokak lambaları, tabelalar ve trafik ışıkları
service-group-snow-ice = Kar ve buz
service-group-garbage = Çöp, geri dönüşüm ve yeşil kutu
service-group-graffiti-dumping = Grafiti ve kaçak çöp dökme
service-group-water = Su, kanalizasyon ve giderler
service-group-trees = Ağaçlar
service-group-parks = Parklar ve eğlence
service-group-animals = Hayvanlar
service-group-property-noise = Mülkler, gürültü ve belediye kuralları

## Yollar ve kaldırımlar

service-pothole = Yol çukuru
    .description = Belediyeye ait bir yolun veya ara sokağın yüzeyinde çukur ya da bozuk bir bölüm. Yaklaşık ne kadar büyük olduğunu ve hangi şeritte olduğunu bize bildirin.

service-road-hazard = Yolda tehlike
    .description = Yolda şu anda tehlikeli olan bir şey; örneğin çökmüş yol yüzeyi, kayıp bir rögar kapağı veya araçların geçtiği şeritte büyük enkaz. Yaralanan ya da tehlikede olan biri varsa 911'i arayın.

service-sidewalk-damaged = Hasarlı kaldırım
    .description = Birinin tökezlemesine yol açabilecek veya tekerlekli sandalyenin ya da bebek arabasının geçişini engelleyen çatlak, kalkmış, çökmüş veya kırık bir kaldırım.

service-curb-damaged = Hasarlı bordür
    .description = Belediyeye ait bir yol boyunca kırık, ufalanan veya eksik bordür taşı.

service-street-sweeping = Sokağın süpürülmesi gerekiyor
    .description = Yol kenarında veya bisiklet şeridinde birikmiş, sokak süpürme aracı gerektiren kum, çakıl, çamur veya çöp.

service-bike-lane-obstruction = Bisiklet şeridinde engel
    .description = Bisiklet şeridini kapatan enkaz, inşaat malzemesi, çöp kutuları veya hasarlı koruma direkleri. Bisiklet şeridine park etmiş bir araç için Toronto Polisi Park Denetimi'ni 416-808-2222 numarasından arayın.

service-construction-blocking = İnşaat nedeniyle kapanmış yol veya kaldırım
    .description = Güvenli bir alternatif yol olmadan yolu veya kaldırımı kapatan ya da alanı güvensiz bırakan bir inşaat alanı veya altyapı çalışması.

service-guardrail-damaged = Hasarlı bariyer veya yol çiti
    .description = Bir yol, köprü veya rampa boyunca bükülmüş, kırılmış veya eksik bariyer, korkuluk ya da çit.

service-laneway-repair = Bakımsız ara sokak
    .description = Yüzeyi bozuk, suyu iyi akmayan veya derin tekerlek izleri olan kamuya ait bir ara sokak. Tek bir çukur için Yol çukuru'nu seçin.

service-long-term-parking = Konut sokağında çok uzun süre park etmiş araç
    .description = Bir konut sokağında, park kurallarının izin verdiğinden daha uzun süre aynı yerde duran bir araç.

## Sokak lambaları, tabelalar ve trafik ışıkları

service-streetlight-out = Sokak lambası yanmıyor
    .description = Yanmayan, yanıp sönen veya gündüz yanan bir sokak lambası. Sokak lambalarının bakımı Toronto Hydro ile birlikte yapılır; özel mülklerdeki veya bazı parklardaki lambalar başkalarına ait olabilir.

service-streetlight-pole-damaged = Hasarlı sokak lambası direği
    .description = Eğilmiş, devrilmiş, kapağı eksik veya kabloları açıkta olan bir sokak lambası direği. Yere düşmüş kablolardan uzak durun ve kıvılcım çıkarıyorsa 911'i arayın.

service-sign-damaged = Hasarlı veya kayıp tabela
    .description = Hasarlı, solmuş, dönmüş veya kayıp bir sokak adı, park, hız sınırı ya da başka bir yol tabelası. Devrilmiş bir dur veya yol ver levhası için Dur veya yol ver levhası devrilmiş seçeneğini seçin.

service-stop-sign-down = Dur veya yol ver levhası devrilmiş
    .description = Devrilmiş, kayıp veya sürücülerin göremeyeceği şekilde dönmüş bir dur ya da yol ver levhası. Bu, yolda tehlike olarak ele alınır.

service-traffic-signal-malfunction = Trafik ışığı çalışmıyor
    .description = Sönmüş, takılı kalmış, yanıp sönen veya hasarlı bir trafik ışığı. Sönmüş bir ışıkta, her yönde dur levhası varmış gibi davranın.

service-pedestrian-signal = Yaya ışığı veya bas-geç düğmesi çalışmıyor
    .description = Çalışmayan yaya geçiş ışığı, geri sayım sayacı, sesli sinyal veya geçiş düğmesi.

service-traffic-safety-concern = Trafik güvenliği endişesi
    .description = Hız yapma, ışık süreleri, görüş ya da karşıya geçilmesi zor bir sokak için inceleme isteyin. İncelemeler zaman alır ve yeni tabelalara, işaretlere veya ışık değişikliklerine yol açabilir.

service-pavement-markings-faded = Silinmiş yol çizgileri
    .description = Aşınmış ve zor görülen şerit çizgileri, yaya geçidi çizgileri, dur çizgileri veya bisiklet şeridi işaretleri.

## Kar ve buz

service-snow-sidewalk = Kaldırımdaki kar temizlenmemiş
    .description = Belediyenin temizlediği bir kaldırımda fırtınadan sonra hâlâ kar veya buz var. Temizlik yeterince kar yağdıktan sonra başlar, bu yüzden kar durduktan sonra biraz zaman tanıyın.

service-snow-road = Yoldaki kar küreklenmemiş
    .description = Kar yağışı bittikten sonra karı küreklenmemiş bir yol. Önce ana yollar ve otobüs güzergâhları, sonra ara sokaklar temizlenir.

service-windrow-not-cleared = Garaj girişindeki kar yığını temizlenmemiş
    .description = Kar küreme aracının garaj yolunuzun ağzına bıraktığı kar yığını, Belediyenin bu yığınları temizleme hizmeti verdiği bir sokakta temizlenmemiş.

service-icy-road-salting = Buzlu yol veya kaldırıma tuz gerekiyor
    .description = Buzlanmış ve tuz ya da kum gereken bir Belediye yolu, kaldırımı, yaya geçidi veya yaya köprüsü.

## Çöp, geri dönüşüm ve yeşil kutu

service-missed-garbage = Çöp toplanmadı
    .description = Çöp kutunuz toplama gününüzde zamanında dışarıdaydı ama alınmadı. Önce bayram ve tatil değişiklikleri için toplama takviminize bakın.

service-missed-recycling = Geri dönüşüm toplanmadı
    .description = Mavi kutunuz toplama gününüzde zamanında dışarıdaydı ama alınmadı.

service-missed-green-bin = Yeşil kutu toplanmadı
    .description = Yemek artıkları ve organik atıklar için kullandığınız yeşil kutu toplama gününüzde zamanında dışarıdaydı ama alınmadı.

service-missed-yard-waste = Bahçe atığı toplanmadı
    .description = Bahçe atığı, bahçe atığı mevsiminde toplama gününüzde kâğıt torbalarda veya açık bir kapta dışarı konuldu ama alınmadı.

service-bin-damaged = Hasarlı kutu
    .description = Belediyenin verdiği çatlamış ya da kapağı, tekerleği veya sapı kırık çöp, geri dönüşüm veya yeşil kutu. Kutu onarılır veya değiştirilir.

service-bin-missing = Kayıp veya çalınmış kutu
    .description = Belediyenin size verdiği kutu kayıp, çalınmış veya çöp kamyonu tarafından götürülmüş.

service-bulky-item-pickup = Büyük eşya toplama
    .description = Mobilya, yatak, beyaz eşya ve diğer büyük eşyaların çöp toplama gününüzde alınması için randevu alın.

service-litter-bin-overflowing = Sokaktaki çöp kutusu taşıyor
    .description = Sokakta dolmuş ve taşan bir genel çöp veya geri dönüşüm kutusu.

service-litter-bin-damaged = Hasarlı sokak çöp kutusu
    .description = Sokakta kırık, devrilmiş veya kayıp bir genel çöp ya da geri dönüşüm kutusu.

## Grafiti ve kaçak çöp dökme

service-graffiti-city-property = Belediye mülkünde grafiti
    .description = Belediyeye ait bir bina, duvar, köprü veya başka bir yapı üzerinde grafiti. Nefret içerikli veya çetelerle ilgili grafiti için Nefret veya çete grafitisi'ni seçin.

service-graffiti-road-assets = Yol tabelaları, direkler veya sinyal kutuları üzerinde grafiti
    .description = Yol tabelaları, trafik ışığı kutuları, sokak lambası direkleri, istinat duvarları veya diğer yol donanımları üzerinde grafiti. Elektrik ve iletişim direkleri ile kutuları Bell, Rogers veya Toronto Hydro'ya ait olabilir.

service-graffiti-private-property = Özel mülkte grafiti
    .description = Sokaktan görülebilen bir ev, işyeri, çit veya başka bir özel mülk üzerinde grafiti. Temizlemek mülk sahibinin sorumluluğundadır ve sahibine bildirim gönderilebilir.

service-graffiti-park = Parkta grafiti
    .description = Parktaki bir bina, tuvalet, oyun alanı, bank veya başka bir park yapısı üzerinde grafiti.

service-graffiti-hate = Nefret veya çete grafitisi
    .description = Nefret içerikli, ırkçı veya çetelerle ilgili grafiti. Önce Toronto Polisi'ne 416-808-2222 (acil olmayan hat) numarasından, sonra da hızla temizlenebilmesi için buradan bildirin.

service-illegal-dumping = Kaçak çöp dökme
    .description = Bir yola, ara sokağa, kaldırıma veya başka bir Belediye mülküne atılmış çöp, mobilya, lastik, inşaat atığı veya başka eşyalar.

service-illegal-posters = Direklerde izinsiz afiş veya tabela
    .description = Sokaktaki direklere, ağaçlara veya başka yapılara asılmış afiş, el ilanı veya tabelalar. Elektrik ve iletişim direkleri Bell, Rogers veya Toronto Hydro'ya ait olabilir.

service-abandoned-shopping-cart = Terk edilmiş alışveriş arabası
    .description = Sokakta, kaldırımda, parkta veya vadide bırakılmış bir alışveriş arabası.

service-abandoned-bike = Terk edilmiş bisiklet
    .description = Belediyeye ait bir direğe veya bisiklet halkasına uzun süredir kilitli duran, parçaları eksik ya da sürülemeyecek durumda bir bisiklet. Kaldırılmadan önce üzerine etiket takılır.

## Su, kanalizasyon ve giderler

service-water-main-break = Ana su borusu patlaması
    .description = Yoldan, kaldırımdan veya topraktan su çıkması; bu, ana su borusunun patladığı anlamına gelebilir.

service-no-water = Su yok
    .description = Evinizdeki veya binanızdaki musluklardan hiç su gelmiyor.

service-low-water-pressure = Düşük su basıncı
    .description = Musluklarınızdaki su basıncı normalden çok daha düşük.

service-sewer-backup = Kanalizasyon taşması veya bodrum katı su baskını
    .description = Yer süzgecinden veya tuvaletten geri gelen atık su ya da su, veya kanalizasyon nedeniyle su basan bir bodrum katı.

service-catch-basin-blocked = Tıkalı yağmur suyu ızgarası
    .description = Yapraklarla veya çöplerle tıkanmış bir sokak gideri ya da ızgarası veya akamadığı için yolda biriken su.

service-fire-hydrant-damaged = Hasarlı veya sızdıran yangın musluğu
    .description = Çarpılmış, sızdıran, kapağı eksik veya önü kapalı bir yangın musluğu.

service-water-quality = Rengi değişmiş veya tadı kötü su
    .description = Kahverengi, bulanık ya da alışılmadık tadı veya kokusu olan musluk suyu.

service-water-leak = Kaldırım kenarında veya vanada su sızıntısı
    .description = Mülkün sınırında, Belediye tarafındaki su servis kutusundan veya vanadan sızan su.

service-sewer-odour = Kanalizasyon kokusu
    .description = Bir rögardan, ızgaradan veya sokak giderinden gelen güçlü kanalizasyon kokusu.

## Ağaçlar

service-tree-emergency = Devrilmiş veya hasarlı ağaç (acil)
    .description = Devrilmiş veya devrilmek üzere olan, yolu ya da kaldırımı kapatan veya insanları ya da mülkleri tehdit eden bir Belediye ağacı veya büyük dal. Kablolardan uzak durun; elektrik hatlarına değen ağaçlarla Toronto Hydro ilgilenir.

service-tree-pruning = Ağaç budama (acil değil)
    .description = Yol kenarındaki Belediye arazisinde bulunan bir Belediye ağacının budanmasını isteyin; örneğin kaldırımın üzerine alçaktan sarkan, bir tabelayı kapatan veya bir eve değen dallar.

service-tree-planting = Ağaç isteyin
    .description = Evinizin önündeki, Belediyeye ait yol kenarı arazisine ücretsiz bir ağaç dikilmesini isteyin.

service-tree-inspection = Ölü veya ölmekte olan Belediye ağacı
    .description = Ölü, ölmekte, içi boş veya sağlam değil gibi görünen ama hemen tehlike oluşturmayan bir Belediye ağacının incelenmesini isteyin.

service-stump-removal = Ağaç kütüğünün kaldırılması
    .description = Bir Belediye ağacı yol kenarından kaldırıldıktan sonra geride kalan kütük.

service-tree-pest = Ağaç zararlısı veya hastalığı
    .description = Bir Belediye ağacında böcek veya hastalık belirtileri; örneğin süngerimsi güve tırtılları, zümrüt dişbudak kurdu hasarı veya olağan dışı yaprak dökümü.

## Parklar ve eğlence

service-park-washroom = Park tuvaleti sorunu
    .description = Kirli, malzemesi bitmiş, ilan edilen saatlerde kilitli veya bir parçası kırık olan park tuvaleti.

service-playground-damaged = Hasarlı oyun alanı ekipmanı
    .description = Belediyeye ait bir oyun alanında kırık, gevşek veya güvensiz ekipman; örneğin salıncak, kaydırak veya tırmanma aleti.

service-park-encampment = Parkta kamp
    .description = Parkta çadırlar veya barınaklar. Sosyal destek görevlileri barınak ve destek sunmak için ziyaret eder. Tıbbi yardıma ihtiyacı olan veya tehlikede olan biri varsa 911'i arayın.

service-park-litter = Parkta çöp veya dolu kutular
    .description = Parkta etrafa saçılmış çöpler veya dolmuş park çöp kutuları.

service-park-grass-overgrown = Parkta uzamış çimler
    .description = Bir parkta, küçük parkta veya yol kenarı bahçesinde biçilmesi gereken çim veya yabani otlar.

service-park-lights-out = Park aydınlatması çalışmıyor
    .description = Parkta yanmayan veya yanıp sönen bir yürüyüş yolu, spor sahası veya otopark lambası.

service-drinking-fountain = İçme çeşmesi veya su oyun alanı çalışmıyor
    .description = Parkta çalışmayan veya su sızdıran bir içme çeşmesi, şişe doldurma musluğu veya su oyun alanı.

service-park-amenity-damaged = Parkta hasarlı bank, masa veya çit
    .description = Parkta kırık bir bank, piknik masası, çit, kapı, tabela veya başka bir donanım.

## Hayvanlar

service-dead-animal-road = Yolda veya kaldırımda ölü hayvan
    .description = Yolda, kaldırımda, ara sokakta veya başka bir kamusal alanda ölü bir hayvan. Alınıp götürülür.

service-injured-wildlife = Yaralı veya hasta yabani hayvan
    .description = Yaralı, hasta veya bir yere sıkışmış rakun, tilki veya kuş gibi yabani bir hayvan. Ona dokunmaya çalışmayın.

service-stray-dog = Sahipsiz veya başıboş köpek
    .description = Sokakta, yakınında sahibi olmadan serbestçe dolaşan bir köpek. Köpek saldırgansa uzak durun.

service-dog-bite = Köpek ısırması veya saldırısı
    .description = Bir insanı veya başka bir hayvanı ısıran ya da ona saldıran bir köpek. Ciddi şekilde yaralanan biri varsa 911'i arayın.

service-dog-off-leash = Tasmasız köpek
    .description = Tasmasız köpekler için ayrılmış alan dışında, parkta veya sokakta tasmasız köpekler.

service-animal-bylaw = Hayvanlarla ilgili kural şikâyeti
    .description = Tek bir adreste çok fazla evcil hayvan, yabani hayvanları veya güvercinleri besleyen kişiler ya da bir mülkte bırakılmış hayvan dışkısı.

## Mülkler, gürültü ve belediye kuralları

service-noise = Gürültü şikâyeti
    .description = Bir mülkten veya işyerinden gelen yüksek sesli müzik, izin verilen saatler dışında inşaat, havlayan köpekler veya makine gürültüsü.

service-property-standards-urgent = Acil bina standartları sorunu
    .description = Kiralık veya başka bir binada sağlığı ya da güvenliği etkileyen ciddi bir sorun; örneğin kışın ısıtma olmaması, su olmaması, kırık bir giriş kapısı kilidi veya güvensiz bir yapı.

service-property-standards = Bina standartları şikâyeti
    .description = İyi bakılmayan bir bina veya bahçe; örneğin haşere, küf, kırık pencereler, akan bir çatı veya hasarlı merdiven ve korkuluklar. Hemen bir tehlike yoktur.

service-long-grass-weeds = Özel mülkte uzun çim veya yabani ot
    .description = Özel bir mülkte, belediye kurallarının izin verdiğinden daha uzun çim veya yabani otlar.

service-waste-private-property = Özel mülkte çöp veya moloz
    .description = Özel bir bahçede, verandada veya garaj yolunda yığılmış çöp, hurda veya moloz.

service-abandoned-vehicle = Özel mülkte terk edilmiş araç
    .description = Özel bir mülkte bırakılmış hurda, parçalanmış veya plakasız bir araç.

service-short-term-rental = Kısa süreli kiralama şikâyeti
    .description = Kısa konaklamalar için kiraya verilen ve kayıtlı olmayabilecek, ev sahibinin asıl ikametgâhı olmayan veya komşulara sürekli sorun çıkaran bir konut.
