### Katalogo ng serbisyo ng Civic311: mga pangalan at paglalarawan sa Tagalog ng mga grupo at uri
### ng serbisyo sa server/seed/catalogue.toml. Ang mga id ay sumusunod sa mga code ng file na iyon.

## Mga grupo ng serbisyo

service-group-roads = Mga kalsada at bangketa
service-group-streetlights-signs = Mga ilaw sa kalye, karatula at signal trapiko
service-group-snow-ice = Niyebe at yelo
service-group-garbage = Basura, recycling at green bin
service-group-graffiti-dumping = Graffiti at ilegal na pagtatapon ng basura
service-group-water = Tubig, imburnal at alulod
service-group-trees = Mga puno
service-group-parks = Mga parke at libangan
service-group-animals = Mga hayop
service-group-property-noise = Ari-arian, ingay at mga ordinansa

## Mga kalsada at bangketa

service-pothole = Lubak sa kalsada
    .description = Butas o sirang bahagi sa ibabaw ng kalsada o eskinita ng Lungsod. Sabihin sa amin kung gaano ito kalaki at kung saang linya ito naroon.

service-road-hazard = Panganib sa kalsada
    .description = May bagay sa kalsada na mapanganib ngayon, tulad ng gumuhong kalsada, nawawalang takip ng manhole o malalaking kalat sa linyang dinadaanan ng mga sasakyan. Kung may nasaktan o nasa panganib, tumawag sa 911.

service-sidewalk-damaged = Sirang bangketa
    .description = Bangketang may bitak, umangat, lumubog o sira na maaaring makatisod ng tao o humarang sa wheelchair o stroller.

service-curb-damaged = Sirang gilid ng kalsada (curb)
    .description = Sira, gumuguho o nawawalang gilid (curb) sa tabi ng kalsada ng Lungsod.

service-street-sweeping = Kailangang walisin ang kalye
    .description = Naipong buhangin, graba, putik o basura sa tabi ng kalsada o sa bike lane na kailangang linisin ng street sweeper.

service-bike-lane-obstruction = May harang sa bike lane
    .description = Kalat, materyales sa konstruksyon, basurahan o sirang poste na humaharang sa bike lane o daanan ng bisikleta. Para sa sasakyang nakaparada sa bike lane, tumawag sa Toronto Police Parking Enforcement sa 416-808-2222.

service-construction-blocking = Kalsada o bangketang hinarangan ng konstruksyon
    .description = Lugar ng konstruksyon o gawaing utility na humaharang sa kalsada o bangketa nang walang ligtas na ibang daanan, o nag-iwan ng lugar na hindi ligtas.

service-guardrail-damaged = Sirang guardrail o bakod sa kalsada
    .description = Baluktot, sira o nawawalang guardrail, hawakan o bakod sa tabi ng kalsada, tulay o rampa.

service-laneway-repair = Sirang eskinita
    .description = Pampublikong eskinita na sira ang ibabaw, hindi maayos ang daloy ng tubig o may malalalim na uka. Kung iisang butas lang, piliin ang Lubak sa kalsada.

service-long-term-parking = Sasakyang matagal nang nakaparada sa kalye ng tirahan
    .description = Sasakyang nakaparada sa iisang puwesto sa kalye ng tirahan nang mas matagal kaysa sa pinapayagan ng mga patakaran sa pagparada.

## Mga ilaw sa kalye, karatula at signal trapiko

service-streetlight-out = Patay na ilaw sa kalye
    .description = Ilaw sa kalye na patay, kumikisap o nakabukas sa araw. Ang mga ilaw sa kalye ay inaalagaan kasama ng Toronto Hydro; ang mga ilaw sa pribadong ari-arian o sa ilang parke ay maaaring pag-aari ng iba.

service-streetlight-pole-damaged = Sirang poste ng ilaw sa kalye
    .description = Poste ng ilaw na nakahilig, natumba, walang takip ang butas nito o may nakalabas na mga kable. Lumayo sa mga nahulog na kable at tumawag sa 911 kung may kislap ng kuryente.

service-sign-damaged = Sira o nawawalang karatula
    .description = Karatula ng pangalan ng kalye, pagparada, limitasyon ng bilis o iba pang karatula sa kalsada na sira, kupas, nakapihit o nawawala. Para sa natumbang karatulang stop o yield, piliin ang Natumbang karatulang stop o yield.

service-stop-sign-down = Natumbang karatulang stop o yield
    .description = Karatulang stop o yield na natumba, nawawala o nakapihit kaya hindi ito makita ng mga drayber. Itinuturing ito bilang panganib sa kalsada.

service-traffic-signal-malfunction = Sirang ilaw trapiko
    .description = Ilaw trapiko na patay, hindi nagbabago, kumikislap o sira. Kapag patay ang ilaw, ituring ang interseksyon na kailangang huminto ang lahat ng sasakyan mula sa bawat direksyon.

service-pedestrian-signal = Sirang signal o pindutan para sa tumatawid
    .description = Signal para tumawid, countdown timer, signal na may tunog o pindutan para tumawid na hindi gumagana.

service-traffic-safety-concern = Alalahanin sa kaligtasan sa trapiko
    .description = Humiling ng pagsusuri tungkol sa mabilis na pagmamaneho, tagal ng ilaw trapiko, pagkakita sa daan o kalyeng mahirap tawirin. Matagal ang pagsusuri at maaaring magdulot ng mga bagong karatula, guhit sa kalsada o pagbabago sa ilaw trapiko.

service-pavement-markings-faded = Kupas na guhit sa kalsada
    .description = Mga guhit ng linya, tawiran, linya ng paghinto o simbolo ng bike lane na kupas na at mahirap makita.

## Niyebe at yelo

service-snow-sidewalk = Bangketang hindi pa nalilinis ng niyebe
    .description = Bangketang nililinis ng Lungsod pero may niyebe o yelo pa rin pagkatapos ng bagyo. Nagsisimula ang paglilinis kapag sapat na ang dami ng niyebe, kaya maghintay nang kaunti pagkatapos tumigil ang niyebe.

service-snow-road = Kalsadang hindi pa naaararo ng niyebe
    .description = Kalsadang hindi pa naaararo pagkatapos tumigil ang pag-ulan ng niyebe. Inuuna ang mga pangunahing kalsada at ruta ng bus, saka ang mga lokal na kalye.

service-windrow-not-cleared = Hindi naalis na tumpok ng niyebe sa driveway
    .description = Hindi naalis ang tumpok ng niyebe na iniwan ng snow plow sa dulo ng iyong driveway, sa kalyeng may serbisyo ang Lungsod para alisin ito.

service-icy-road-salting = Madulas na kalsada o bangketang kailangang lagyan ng asin
    .description = Kalsada, bangketa, tawiran o tulay para sa tao ng Lungsod na may yelo at kailangang lagyan ng asin o buhangin.

## Basura, recycling at green bin

service-missed-garbage = Hindi nakuhang basura
    .description = Nailabas mo ang basurahan sa tamang oras sa araw ng koleksyon pero hindi ito kinuha. Tingnan muna ang iskedyul ng koleksyon kung may pagbabago dahil sa pista opisyal.

service-missed-recycling = Hindi nakuhang recycling
    .description = Nailabas mo ang asul na basurahan (blue bin) sa tamang oras sa araw ng koleksyon pero hindi ito kinuha.

service-missed-green-bin = Hindi nakuhang green bin
    .description = Nailabas mo ang berdeng basurahan (green bin) para sa tirang pagkain at organikong basura sa tamang oras sa araw ng koleksyon pero hindi ito kinuha.

service-missed-yard-waste = Hindi nakuhang basura mula sa bakuran
    .description = Nailabas ang basura mula sa bakuran sa mga paper bag o bukas na lalagyan sa araw ng koleksyon sa panahon ng koleksyon nito pero hindi ito kinuha.

service-bin-damaged = Sirang basurahan
    .description = Basurahan, recycling bin o green bin na bigay ng Lungsod na may bitak o sira ang takip, gulong o hawakan. Aayusin o papalitan ito.

service-bin-missing = Nawawala o ninakaw na basurahan
    .description = Ang basurahang bigay ng Lungsod ay nawawala, ninakaw o nadala ng trak ng basura.

service-bulky-item-pickup = Pagkuha ng malalaking gamit
    .description = Magpa-iskedyul ng pagkuha ng muwebles, kutson, appliance at iba pang malalaking gamit sa araw ng koleksyon ng iyong basura.

service-litter-bin-overflowing = Umaapaw na basurahan sa kalye
    .description = Pampublikong basurahan o recycling bin sa kalye na puno na at umaapaw.

service-litter-bin-damaged = Sirang basurahan sa kalye
    .description = Pampublikong basurahan o recycling bin sa kalye na sira, natumba o nawawala.

## Graffiti at ilegal na pagtatapon ng basura

service-graffiti-city-property = Graffiti sa pag-aari ng Lungsod
    .description = Graffiti sa gusali, pader, tulay o iba pang istrukturang pag-aari ng Lungsod. Para sa graffiti na mapoot o gawa ng gang, piliin ang Graffiti na mapoot o gawa ng gang.

service-graffiti-road-assets = Graffiti sa karatula, poste o kahon ng signal
    .description = Graffiti sa mga karatula sa kalsada, kahon ng ilaw trapiko, poste ng ilaw, retaining wall o iba pang gamit sa kalsada. Ang mga poste at kahon ng utility ay maaaring pag-aari ng Bell, Rogers o Toronto Hydro.

service-graffiti-private-property = Graffiti sa pribadong ari-arian
    .description = Graffiti sa bahay, negosyo, bakod o iba pang pribadong ari-arian na makikita mula sa kalye. Ang may-ari ang may pananagutang alisin ito at maaaring makatanggap ng abiso.

service-graffiti-park = Graffiti sa parke
    .description = Graffiti sa gusali ng parke, banyo, palaruan, upuan o iba pang istruktura sa parke.

service-graffiti-hate = Graffiti na mapoot o gawa ng gang
    .description = Graffiti na may mapoot, rasista o kaugnay ng gang na nilalaman. Iulat muna ito sa Toronto Police sa 416-808-2222 (hindi emergency), saka dito para maalis ito agad.

service-illegal-dumping = Ilegal na pagtatapon ng basura
    .description = Basura, muwebles, gulong, basura mula sa konstruksyon o iba pang bagay na itinapon sa kalsada, eskinita, bangketa o iba pang ari-arian ng Lungsod.

service-illegal-posters = Ilegal na poster o karatula sa mga poste
    .description = Mga poster, flyer o karatulang nakakabit sa mga poste, puno o iba pang istruktura sa kalye. Ang mga poste ng utility ay maaaring pag-aari ng Bell, Rogers o Toronto Hydro.

service-abandoned-shopping-cart = Iniwang shopping cart
    .description = Shopping cart na iniwan sa kalye o bangketa, o sa parke o bangin.

service-abandoned-bike = Iniwang bisikleta
    .description = Bisikletang matagal nang nakakandado sa poste o lalagyan ng bisikleta ng Lungsod at may kulang na piyesa o hindi na magamit. Nilalagyan muna ito ng tag bago alisin.

## Tubig, imburnal at alulod

service-water-main-break = Sirang pangunahing tubo ng tubig
    .description = Tubig na lumalabas mula sa kalsada, bangketa o lupa, na maaaring mangahulugang may sirang pangunahing tubo ng tubig.

service-no-water = Walang tubig
    .description = Walang lumalabas na tubig sa mga gripo ng iyong bahay o gusali.

service-low-water-pressure = Mahinang presyon ng tubig
    .description = Mas mahina kaysa karaniwan ang presyon ng tubig sa iyong mga gripo.

service-sewer-backup = Pag-apaw ng imburnal o baha sa basement
    .description = Dumi o tubig na umaakyat mula sa drain sa sahig o inidoro, o basement na binabaha mula sa imburnal.

service-catch-basin-blocked = Baradong catch basin
    .description = Alulod sa kalye o catch basin na barado ng dahon o kalat, o tubig na naiipon sa kalsada dahil hindi ito makadaloy.

service-fire-hydrant-damaged = Sira o tumutulong fire hydrant
    .description = Fire hydrant na nabangga, tumutulo, walang takip o may nakaharang.

service-water-quality = Iba ang kulay o lasa ng tubig
    .description = Tubig mula sa gripo na kulay kape, malabo o may kakaibang lasa o amoy.

service-water-leak = Tagas ng tubig sa gilid ng kalsada o balbula
    .description = Tubig na tumatagas mula sa kahon o balbula ng tubig sa gilid ng ari-arian, sa bahaging sakop ng Lungsod.

service-sewer-odour = Amoy ng imburnal
    .description = Matinding amoy ng dumi mula sa manhole, catch basin o alulod sa kalye.

## Mga puno

service-tree-emergency = Natumba o nasirang puno (emergency)
    .description = Puno o malaking sanga ng Lungsod na natumba o malapit nang matumba, na humaharang sa kalsada o bangketa o nagbabanta sa tao o ari-arian. Lumayo sa mga kable; ang Toronto Hydro ang bahala sa mga punong dumidikit sa linya ng kuryente.

service-tree-pruning = Pagputol ng sanga ng puno (hindi emergency)
    .description = Humiling ng pagputol ng sanga ng puno ng Lungsod na nasa lupang sakop ng kalsada, halimbawa mga sangang nakalaylay sa bangketa, tumatakip sa karatula o dumidikit sa bahay.

service-tree-planting = Humiling ng puno
    .description = Humiling na magtanim ng libreng puno sa lupang sakop ng kalsada na pag-aari ng Lungsod sa harap ng iyong bahay.

service-tree-inspection = Patay o namamatay na puno ng Lungsod
    .description = Humiling ng inspeksyon ng puno ng Lungsod na mukhang patay, namamatay, guwang o hindi matatag pero hindi agad mapanganib.

service-stump-removal = Pag-alis ng tuod ng puno
    .description = Tuod na naiwan matapos alisin ang puno ng Lungsod mula sa lupang sakop ng kalsada.

service-tree-pest = Peste o sakit ng puno
    .description = Mga palatandaan ng insekto o sakit sa puno ng Lungsod, tulad ng uod ng spongy moth, pinsala mula sa emerald ash borer o kakaibang paglalagas ng dahon.

## Mga parke at libangan

service-park-washroom = Problema sa banyo ng parke
    .description = Banyo sa parke na marumi, ubos na ang mga gamit, nakakandado sa oras na dapat ay bukas o may sirang kagamitan.

service-playground-damaged = Sirang gamit sa palaruan
    .description = Sira, maluwag o hindi ligtas na kagamitan sa palaruan ng Lungsod, tulad ng duyan, padulasan o akyatan.

service-park-encampment = Mga tolda sa parke
    .description = Mga tolda o istruktura sa parke. Bibisita ang mga outreach worker para mag-alok ng matutuluyan at tulong. Kung may nangangailangan ng tulong medikal o nasa panganib, tumawag sa 911.

service-park-litter = Kalat o punong basurahan sa parke
    .description = Nakakalat na basura sa parke, o punong basurahan sa parke.

service-park-grass-overgrown = Mahabang damo sa parke
    .description = Damo o ligaw na halaman sa parke, maliit na parke o hardin sa tabi ng kalye na kailangang putulin.

service-park-lights-out = Patay na ilaw sa parke
    .description = Ilaw sa daanan, palaruan ng sports o paradahan sa parke na patay o kumikisap.

service-drinking-fountain = Sirang inuman o splash pad
    .description = Inuman sa parke, lagayan ng tubig sa bote o splash pad na hindi gumagana o tumutulo.

service-park-amenity-damaged = Sirang upuan, mesa o bakod sa parke
    .description = Sirang upuan, mesa para sa piknik, bakod, tarangkahan, karatula o iba pang gamit sa parke.

## Mga hayop

service-dead-animal-road = Patay na hayop sa kalsada o bangketa
    .description = Patay na hayop sa kalsada, bangketa, eskinita o iba pang pampublikong lugar. Kukunin ito.

service-injured-wildlife = Sugatan o may sakit na hayop-gubat
    .description = Hayop-gubat, tulad ng raccoon, fox o ibon, na sugatan, may sakit o naipit. Huwag itong subukang hawakan.

service-stray-dog = Ligaw o nakawalang aso
    .description = Asong gumagala sa kalye na walang may-ari sa malapit. Kung mabangis ang aso, lumayo rito.

service-dog-bite = Kagat o pag-atake ng aso
    .description = Asong nangagat o umatake sa tao o ibang hayop. Kung may malubhang nasaktan, tumawag sa 911.

service-dog-off-leash = Asong walang tali
    .description = Mga asong walang tali sa labas ng itinakdang lugar para sa asong walang tali, sa parke o sa kalye.

service-animal-bylaw = Reklamo tungkol sa ordinansa sa hayop
    .description = Sobrang daming alagang hayop sa iisang address, mga taong nagpapakain ng hayop-gubat o kalapati, o dumi ng hayop na iniwan sa ari-arian.

## Ari-arian, ingay at mga ordinansa

service-noise = Reklamo sa ingay
    .description = Malakas na musika, konstruksyon sa labas ng pinapayagang oras, tahol ng aso o ingay ng makina mula sa isang bahay o negosyo.

service-property-standards-urgent = Agarang problema sa pamantayan ng ari-arian
    .description = Malubhang problema sa inuupahang bahay o iba pang gusali na nakakaapekto sa kalusugan o kaligtasan, tulad ng walang heater sa taglamig, walang tubig, sirang kandado ng pintuan sa pasukan o hindi ligtas na istruktura.

service-property-standards = Reklamo sa pamantayan ng ari-arian
    .description = Gusali o bakuran na hindi maayos na naaalagaan, tulad ng may peste, amag, basag na bintana, tumutulong bubong o sirang hagdan at hawakan, pero walang agarang panganib.

service-long-grass-weeds = Mahabang damo o ligaw na halaman sa pribadong ari-arian
    .description = Damo o ligaw na halaman sa pribadong ari-arian na mas mataas kaysa sa pinapayagan ng ordinansa.

service-waste-private-property = Basura o kalat sa pribadong ari-arian
    .description = Basura, lumang gamit o kalat na nakatambak sa pribadong bakuran, balkonahe o driveway.

service-abandoned-vehicle = Iniwang sasakyan sa pribadong ari-arian
    .description = Wasak, kinalas o walang plakang sasakyan na iniwan sa pribadong ari-arian.

service-short-term-rental = Reklamo sa panandaliang paupahan
    .description = Bahay na pinauupahan para sa maiikling pananatili na maaaring hindi nakarehistro, hindi pangunahing tirahan ng host, o palaging nagdudulot ng problema sa mga kapitbahay.
