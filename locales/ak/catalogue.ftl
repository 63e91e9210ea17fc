### Civic311 nnwumadie nhyehyɛeɛ: nnwumadie akuo ne nnwumadie ahodoɔ a ɛwɔ
### server/seed/catalogue.toml mu din ne nkyerɛkyerɛmu wɔ Akan (Twi) kasa mu.

## Nnwumadie akuo

service-group-roads = Akwan ne nantewfoɔ akwan
service-group-streetlights-signs = Kwan so kanea, agyiraeɛ ne kar kanea
service-group-snow-ice = Sukyerɛmma ne nsuo a ayɛ den
service-group-garbage = Nwura, nneɛma a wɔsan yɛ ne nwura adaka ahabammono
service-group-graffiti-dumping = Ɔfasuo so akyerɛwdeɛ ne nwura a wɔtow gu a mmara mma ho kwan
service-group-water = Nsuo, efi nsuo akwan ne nsuo tokuro
service-group-trees = Nnua
service-group-parks = Ahomegyebea ne agodie
service-group-animals = Mmoa
service-group-property-noise = Adan ne asase, dede ne kuropɔn mmara

## Akwan ne nantewfoɔ akwan

service-pothole = Tokuro wɔ kwan mu
    .description = Tokuro anaa baabi a abubu wɔ Kuropɔn no kwan anaa kwan teateaa so. Ka kyerɛ yɛn ne kɛseɛ bɛyɛ sɛdeɛ ɛteɛ ne kwan fã a ɛwɔ.

service-road-hazard = Asiane wɔ kwan so
    .description = Biribi wɔ kwan so a ɛyɛ hu seesei ara, te sɛ kwan a adwiri, efi nsuo tokuro nkataho a ayera anaa nneɛma akɛseɛ wɔ kwan fã a kar fa so. Sɛ obi apira anaa ɔwɔ asiane mu a, frɛ 911.

service-sidewalk-damaged = Nantewfoɔ kwan a asɛe
    .description = Nantewfoɔ kwan a apae, ama so, atɔ fam anaa abubu a ebetumi ama obi apatiri anaa asiw ɔyarefoɔ kar anaa abofra kar kwan.

service-curb-damaged = Kwan ano ɛboɔ a asɛe
    .description = Kwan ano ɛboɔ a abubu, ɛrebubu anaa ayera wɔ Kuropɔn no kwan ho.

service-street-sweeping = Ɛsɛ sɛ wɔprapra kwan no
    .description = Anwea, abotabota, dɔteɛ anaa nwura a aboa ano wɔ kwan ho anaa sakre kwan so a ɛhia kwan prapra kar.

service-bike-lane-obstruction = Biribi asiw sakre kwan
    .description = Nneɛma a abubu, adansie nneɛma, nwura adaka anaa nnua tiawa a asɛe a asiw sakre kwan. Sɛ kar bi gyina sakre kwan so a, frɛ Toronto Polisifoɔ a wɔhwɛ kar gyinabea so wɔ 416-808-2222.

service-construction-blocking = Adansie asiw kwan anaa nantewfoɔ kwan
    .description = Adansie anaa nsuo, kanea ne nea ɛkeka ho adwuma a asiw kwan anaa nantewfoɔ kwan a kwan foforɔ a ahobammɔ wom nni hɔ, anaa ama baabi no ayɛ hu.

service-guardrail-damaged = Kwan ho dadeɛ bammɔ anaa ban a asɛe
    .description = Dadeɛ bammɔ, nsa kura dadeɛ anaa ban a akyea, abubu anaa ayera wɔ kwan, twene anaa kwan a ɛforo ho.

service-laneway-repair = Kwan teateaa a asɛe
    .description = Ɔmanfoɔ kwan teateaa a n'ani abubu, nsuo ntumi nsen yie anaa kar nan ayɛ amoa atenten wɔ mu. Sɛ ɛyɛ tokuro baako pɛ a, paw Tokuro wɔ kwan mu.

service-long-term-parking = Kar agyina tenten dodo wɔ atenaeɛ mmɔntene so
    .description = Kar a agyina beaeɛ koro wɔ atenaeɛ mmɔntene so akyɛ sene deɛ kar gyina ho mmara ma kwan.

## Kwan so kanea, agyiraeɛ ne kar kanea

service-streetlight-out = Kwan so kanea nsɔ
    .description = Kwan so kanea a ɛnsɔ, ɛdum na ɛsɔ, anaa ɛsɔ awia. Kuropɔn no ne Toronto Hydro na wɔhwɛ kwan so kanea so; kanea a ɛwɔ obi ankasa asase so anaa ahomegyebea bi mu betumi ayɛ afoforɔ dea.

service-streetlight-pole-damaged = Kwan so kanea dua a asɛe
    .description = Kwan so kanea dua a abɔ nkyɛn, ahwe ase, ne nkataho ayera anaa ne ahoma da adi. Twe wo ho fi ahoma a ahwe ase ho, na sɛ ɛretow ogya nsensanee a, frɛ 911.

service-sign-damaged = Agyiraeɛ a asɛe anaa ayera
    .description = Mmɔntene din, kar gyinabea, ahoɔhare anohyeto anaa kwan so agyiraeɛ foforɔ a asɛe, ne kɔla ayera, wɔadane no anaa ayera. Sɛ ɛyɛ Gyina anaa Ma kwan agyiraeɛ a ahwe ase a, paw Gyina anaa Ma kwan agyiraeɛ ahwe ase.

service-stop-sign-down = Gyina anaa Ma kwan agyiraeɛ ahwe ase
    .description = Gyina anaa Ma kwan agyiraeɛ a ahwe ase, ayera anaa wɔadane no ma kar kafoɔ ntumi nhu. Wɔhwɛ so sɛ asiane wɔ kwan so.

service-traffic-signal-malfunction = Kar kanea nyɛ adwuma
    .description = Kar kanea a adum, agyina baako so, ɛdum na ɛsɔ anaa asɛe. Sɛ kar kanea adum a, ɛsɛ sɛ kar biara gyina kakra sɛnea Gyina agyiraeɛ wɔ afã nyinaa.

service-pedestrian-signal = Nantewfoɔ kanea anaa twa kwan bɔtɔm nyɛ adwuma
    .description = Nantewfoɔ twa kwan kanea, dɔnhwere a ɛkan simma, kanea a ɛyɛ dede anaa twa kwan bɔtɔm a ɛnyɛ adwuma.

service-traffic-safety-concern = Kwan so ahobammɔ ho dadwene
    .description = Srɛ sɛ wɔnhwehwɛ ahoɔhare, kar kanea bere, sɛnea obi hu kwan so yie anaa mmɔntene a ɛyɛ den sɛ wobɛtwa mu. Nhwehwɛmu gye bere, na ebetumi de agyiraeɛ foforɔ, kwan so nsensaneɛ foforɔ anaa kar kanea nsakraeɛ aba.

service-pavement-markings-faded = Kwan so nsensaneɛ a ayera
    .description = Kwan fã nsensaneɛ, nantewfoɔ twabea nsensaneɛ, gyinabea nsensaneɛ anaa sakre kwan agyiraeɛ a asɛe na ɛyɛ den sɛ wobɛhu.

## Sukyerɛmma ne nsuo a ayɛ den

service-snow-sidewalk = Wɔnnyii sukyerɛmma mfii nantewfoɔ kwan so
    .description = Nantewfoɔ kwan a Kuropɔn no siesie da so ara wɔ sukyerɛmma anaa nsuo a ayɛ den wɔ ahum akyi. Wɔhyɛ aseɛ siesie bere a sukyerɛmma a ɛdɔɔso atɔ, enti ma bere kakra nkɔ bere a sukyerɛmma no agyae akyi.

service-snow-road = Wɔnnyii sukyerɛmma mfii kwan so
    .description = Kwan a wɔnnyii sukyerɛmma mfii so bere a sukyerɛmma agyae atɔ. Wɔdi kan siesie akwantempɔn ne bɔs akwan, na akyire no mpɔtam mmɔntene.

service-windrow-not-cleared = Wɔnnyii sukyerɛmma a aboa ano wɔ kar kwan ano
    .description = Sukyerɛmma a sukyerɛmma yi kar no gyaw wɔ wo fie kar kwan ano no, wɔnnyii, wɔ mmɔntene a Kuropɔn no yi saa sukyerɛmma yi so.

service-icy-road-salting = Kwan anaa nantewfoɔ kwan a nsuo ayɛ den wɔ so hia nkyene
    .description = Kuropɔn no kwan, nantewfoɔ kwan, twabea anaa nantewfoɔ twene a nsuo ayɛ den wɔ so na ɛhia nkyene anaa anwea.

## Nwura, nneɛma a wɔsan yɛ ne nwura adaka ahabammono

service-missed-garbage = Wɔamfa nwura
    .description = Wode wo nwura adaka too abɔnten ntɛm wɔ wo nwura yiyi da nanso wɔamfa. Di kan hwɛ wo nwura yiyi nhyehyɛeɛ sɛ ahomegye da bi asesa no anaa.

service-missed-recycling = Wɔamfa nneɛma a wɔsan yɛ
    .description = Wode wo nwura adaka bruu too abɔnten ntɛm wɔ wo nwura yiyi da nanso wɔamfa.

service-missed-green-bin = Wɔamfa nwura adaka ahabammono
    .description = Wode wo nwura adaka ahabammono a nnuane nkaeɛ ne nwura a ɛporɔ wom too abɔnten ntɛm wɔ wo nwura yiyi da nanso wɔamfa.

service-missed-yard-waste = Wɔamfa adiwo nwura
    .description = Wode adiwo nwura a ɛwɔ krataa kotoku anaa adeka a ano da hɔ mu too abɔnten wɔ wo nwura yiyi da wɔ adiwo nwura bere mu nanso wɔamfa.

service-bin-damaged = Nwura adaka a asɛe
    .description = Nwura adaka, nneɛma a wɔsan yɛ adaka anaa nwura adaka ahabammono a Kuropɔn no de maeɛ a apae anaa ne nkataho, ne nan anaa ne nsa abubu. Wɔbɛsiesie anaa wɔde foforɔ asi ananmu.

service-bin-missing = Nwura adaka a ayera anaa wɔawia
    .description = Nwura adaka a Kuropɔn no de maa wo no ayera, wɔawia anaa nwura kar no de akɔ.

service-bulky-item-pickup = Nneɛma akɛseɛ ho nwura yiyi
    .description = Hyehyɛ sɛ wɔmmɛfa nkongua ne ɛpono, mpa kɛtɛ, fie mfidie ne nneɛma akɛseɛ foforɔ wɔ wo nwura yiyi da.

service-litter-bin-overflowing = Abɔnten nwura adaka ayɛ ma abu so
    .description = Ɔmanfoɔ nwura adaka anaa nneɛma a wɔsan yɛ adaka wɔ abɔnten a ayɛ ma na ɛrebu so.

service-litter-bin-damaged = Abɔnten nwura adaka a asɛe
    .description = Ɔmanfoɔ nwura adaka anaa nneɛma a wɔsan yɛ adaka wɔ abɔnten a abubu, adane ahwe ase anaa ayera.

## Ɔfasuo so akyerɛwdeɛ ne nwura a wɔtow gu a mmara mma ho kwan

service-graffiti-city-property = Ɔfasuo so akyerɛwdeɛ wɔ Kuropɔn no agyapadeɛ so
    .description = Akyerɛwdeɛ anaa mfonini a wɔanya ho kwan wɔ Kuropɔn no dan, ɔfasuo, twene anaa adeɛ foforɔ a ɛyɛ Kuropɔn no dea so. Sɛ ɛyɛ nsɛm a ɛkyerɛ nitan anaa kuo bɔnefoɔ akyerɛwdeɛ a, paw Nitan anaa kuo bɔnefoɔ akyerɛwdeɛ.

service-graffiti-road-assets = Ɔfasuo so akyerɛwdeɛ wɔ kwan agyiraeɛ, nnua anaa kar kanea adaka so
    .description = Akyerɛwdeɛ wɔ kwan agyiraeɛ, kar kanea adaka, kwan so kanea dua, asase bammɔ afasuo anaa kwan so nneɛma foforɔ so. Kanea ne telefon nnua ne nnaka betumi ayɛ Bell, Rogers anaa Toronto Hydro dea.

service-graffiti-private-property = Ɔfasuo so akyerɛwdeɛ wɔ obi ankasa agyapadeɛ so
    .description = Akyerɛwdeɛ wɔ fie, adwumabea, ban anaa obi ankasa agyapadeɛ foforɔ a obi betumi ahu afi abɔnten so. Ɛyɛ wura no asɛdeɛ sɛ ɔbɛpepa, na ebia ɔbɛnya amanneɛbɔ krataa.

service-graffiti-park = Ɔfasuo so akyerɛwdeɛ wɔ ahomegyebea
    .description = Akyerɛwdeɛ wɔ ahomegyebea dan, tiafi, mmofra agodibea, tenabea anaa ahomegyebea adeɛ foforɔ so.

service-graffiti-hate = Nitan anaa kuo bɔnefoɔ akyerɛwdeɛ
    .description = Akyerɛwdeɛ a ɛkyerɛ nitan, mmusuakuo mu nitan anaa kuo bɔnefoɔ nsɛm. Di kan bɔ Toronto Polisifoɔ amanneɛ wɔ 416-808-2222 (ɛnhia ntɛm), na afei bɔ amanneɛ wɔ ha na wɔatumi apepa ntɛm.

service-illegal-dumping = Nwura a wɔtow gu a mmara mma ho kwan
    .description = Nwura, nkongua ne ɛpono, kar nan kɔbere, adansie nwura anaa nneɛma foforɔ a wɔatow agu kwan, kwan teateaa, nantewfoɔ kwan anaa Kuropɔn no agyapadeɛ foforɔ so.

service-illegal-posters = Nkrataa anaa agyiraeɛ a mmara mma ho kwan wɔ nnua so
    .description = Nkrataa, nkratawa anaa agyiraeɛ a wɔde atare nnua, nnua a ɛsi kwan ho anaa nneɛma foforɔ ho wɔ abɔnten. Kanea ne telefon nnua betumi ayɛ Bell, Rogers anaa Toronto Hydro dea.

service-abandoned-shopping-cart = Adetɔ kar a wɔagyaw
    .description = Adetɔ kar a wɔagyaw wɔ abɔnten anaa nantewfoɔ kwan so, anaa ahomegyebea anaa bon mu.

service-abandoned-bike = Sakre a wɔagyaw
    .description = Sakre a wɔde akyekyere Kuropɔn no dua anaa sakre gyinabea ho akyɛ, na ne fã bi ayera anaa obi ntumi ntena so ntwi. Wɔde agyiraeɛ to so ansa na wɔayi.

## Nsuo, efi nsuo akwan ne nsuo tokuro

service-water-main-break = Nsuo paipu kɛseɛ apae
    .description = Nsuo a ɛrepue afi kwan, nantewfoɔ kwan anaa asase mu, a ebetumi akyerɛ sɛ nsuo paipu kɛseɛ apae.

service-no-water = Nsuo nni hɔ
    .description = Nsuo biara mfi paipu mu wɔ wo fie anaa wo dan mu.

service-low-water-pressure = Nsuo ahoɔden sua
    .description = Nsuo a ɛfi wo paipu mu ahoɔden sua koraa sene deɛ ɛtaa yɛ.

service-sewer-backup = Efi nsuo resan aba anaa nsuo ayiri fam dan mu
    .description = Efi nsuo anaa nsuo a ɛresan apue afi fam nsuo tokuro anaa tiafi mu, anaa fam dan a efi nsuo kwan mu nsuo ayiri mu.

service-catch-basin-blocked = Kwan so nsuo tokuro asi
    .description = Abɔnten nsuo tokuro a nhahan anaa nwura asi, anaa nsuo a agyina kwan so ɛfiri sɛ entumi nsen nkɔ.

service-fire-hydrant-damaged = Ogya dum nsuo paipu a asɛe anaa ɛrete
    .description = Ogya dum nsuo paipu a biribi abɔ mu, ɛrete, ne nkataho ayera anaa biribi asiw.

service-water-quality = Nsuo a ne kɔla asesa anaa ne dɛ nyɛ
    .description = Paipu nsuo a ɛyɛ kɔkɔɔ te sɛ dɔteɛ, ɛyɛ mmɔmmɔ anaa ne dɛ anaa ne hwa nte sɛ daa.

service-water-leak = Nsuo rete wɔ kwan ano anaa nsuo bɔtɔm
    .description = Nsuo a ɛrete fi nsuo adaka anaa nsuo bɔtɔm a ɛwɔ asase bi ano, wɔ Kuropɔn no fã.

service-sewer-odour = Efi nsuo kwan hwa
    .description = Efi nsuo hwa a ɛyɛ den a ɛfiri efi nsuo tokuro, nsuo tokuro anaa abɔnten nsuo tokuro mu.

## Nnua

service-tree-emergency = Dua a ahwe ase anaa asɛe (ɛhia ntɛm)
    .description = Kuropɔn no dua anaa dubaa kɛseɛ a ahwe ase anaa ɛrebɛhwe ase, a asiw kwan anaa nantewfoɔ kwan anaa ɛde nnipa anaa agyapadeɛ to asiane mu. Twe wo ho fi ahoma ho; Toronto Hydro na ɔhwɛ nnua a aka kanea ahoma.

service-tree-pruning = Dua dubaa twa (ɛnhia ntɛm)
    .description = Srɛ sɛ wɔntwitwa Kuropɔn no dua a ɛwɔ kwan ho asase so mman, sɛ nhwɛsoɔ mman a asensɛn fam wɔ nantewfoɔ kwan so, asiw agyiraeɛ anaa aka fie.

service-tree-planting = Srɛ dua
    .description = Srɛ sɛ wɔnnua dua kwa ma wo wɔ Kuropɔn no kwan ho asase a ɛwɔ wo fie anim.

service-tree-inspection = Kuropɔn no dua a awu anaa ɛrewu
    .description = Srɛ sɛ wɔnhwehwɛ Kuropɔn no dua a ɛte sɛ nea awu, ɛrewu, ne mu ayɛ hunu anaa ennyina pintinn, nanso ɛnyɛ asiane a ɛhia ntɛm.

service-stump-removal = Dua nsɛmfoɔ yi
    .description = Dua nsɛmfoɔ a ɛkaa hɔ wɔ bere a wɔtwaa Kuropɔn no dua fii kwan ho asase so akyi.

service-tree-pest = Mmoawa anaa yareɛ wɔ dua ho
    .description = Mmoawa anaa yareɛ nsɛnkyerɛnneɛ wɔ Kuropɔn no dua ho, te sɛ spongy moth asunsono, emerald ash borer mmoawa ɔsɛeɛ anaa nhahan a ɛtete gu ɛnte sɛ daa.

## Ahomegyebea ne agodie

service-park-washroom = Ahomegyebea tiafi ho ɔhaw
    .description = Ahomegyebea tiafi a ayɛ fi, nneɛma a ɛwom asa, wɔato mu wɔ bere a wɔkyerɛɛ sɛ ɛbue, anaa biribi a ɛwom abubu.

service-playground-damaged = Mmofra agodibea nneɛma a asɛe
    .description = Nneɛma a abubu, adwodwo anaa ahobammɔ nni mu wɔ Kuropɔn no mmofra agodibea, te sɛ ntentɛnoa, nkɔmfam anaa deɛ wɔforo.

service-park-encampment = Ntomadan wɔ ahomegyebea
    .description = Ntomadan anaa nnan nketewa wɔ ahomegyebea. Mmoa adwumayɛfoɔ bɛba abɛma wɔn baabi a wɔbɛda ne mmoa. Sɛ obi hia ayaresa anaa ɔwɔ asiane mu a, frɛ 911.

service-park-litter = Nwura anaa nwura nnaka a ayɛ ma wɔ ahomegyebea
    .description = Nwura a abɔ apete wɔ ahomegyebea, anaa ahomegyebea nwura nnaka a ayɛ ma.

service-park-grass-overgrown = Sare a aware dodo wɔ ahomegyebea
    .description = Sare anaa nwura wɔ ahomegyebea, ahomegyebea ketewa anaa kwan mfimfini turo mu a ɛhia sɛ wɔtwa.

service-park-lights-out = Ahomegyebea kanea nsɔ
    .description = Kwan, agodi prama anaa kar gyinabea kanea wɔ ahomegyebea a ɛnsɔ anaa ɛdum na ɛsɔ.

service-drinking-fountain = Nsuonom paipu anaa nsuo agodibea nyɛ adwuma
    .description = Ahomegyebea nsuonom paipu, toa mu nsuo hyɛbea anaa nsuo agodibea a ɛnyɛ adwuma anaa ɛrete.

service-park-amenity-damaged = Ahomegyebea tenabea, ɛpono anaa ban a asɛe
    .description = Tenabea, adidi ɛpono, ban, pon, agyiraeɛ anaa adeɛ foforɔ a abubu wɔ ahomegyebea.

## Mmoa

service-dead-animal-road = Aboa a awu wɔ kwan anaa nantewfoɔ kwan so
    .description = Aboa a awu wɔ kwan, nantewfoɔ kwan, kwan teateaa anaa ɔmanfoɔ beaeɛ foforɔ. Wɔbɛyi.

service-injured-wildlife = Wuram aboa a apira anaa ɔyare
    .description = Wuram aboa, te sɛ raccoon aboa, sakraman anaa anomaa, a apira, ɔyare anaa biribi aka no. Mmɔ mmɔden sɛ wobɛso ne mu.

service-stray-dog = Kraman a ayera anaa ɔnenam kwa
    .description = Kraman a ɔretu mmirika wɔ abɔnten a ne wura nni nkyɛn. Sɛ kraman no yɛ ahufoɔ a, twe wo ho fi ne ho.

service-dog-bite = Kraman kaeɛ anaa ɔtoaa obi so
    .description = Kraman a ɔkaa onipa anaa aboa foforɔ anaa ɔtoaa wɔn so. Sɛ obi apira yie a, frɛ 911.

service-dog-off-leash = Kraman a hama nni ne kɔn mu
    .description = Nkraman a hama nni wɔn kɔn mu wɔ beaeɛ a wɔayi ama nkraman a hama nni wɔn kɔn mu akyi, wɔ ahomegyebea anaa abɔnten so.

service-animal-bylaw = Mmoa ho kuropɔn mmara ho anwiinwii
    .description = Fie mmoa bebree dodo wɔ adrɛse baako so, nnipa a wɔma wuram mmoa anaa mmorɔnoma aduane, anaa mmoa tiafi a wɔagyaw wɔ asase bi so.

## Adan ne asase, dede ne kuropɔn mmara

service-noise = Dede ho anwiinwii
    .description = Nnwom a ne nne yɛ den, adansie wɔ bere a mmara mma ho kwan akyi, nkraman a wɔbobɔ nkoma anaa mfidie dede a ɛfiri fie bi anaa adwumabea bi.

service-property-standards-urgent = Dan gyinapɛn ho ɔhaw a ɛhia ntɛm
    .description = Ɔhaw kɛseɛ wɔ ahatɔ dan anaa dan foforɔ mu a ɛka apɔmuden anaa ahobammɔ, te sɛ ɔhyew nni hɔ wɔ awɔ bere mu, nsuo nni hɔ, kwan kɛseɛ pon krado a abubu anaa dan a ahobammɔ nni mu.

service-property-standards = Dan gyinapɛn ho anwiinwii
    .description = Dan anaa adiwo a wɔnhwɛ so yie, te sɛ mmoawa, ɛfi a ɛfiri nsuo, mfɛnsere a abubu, dan atifi a ɛrete anaa atrapoe ne nsa kura dadeɛ a asɛe, a asiane a ɛhia ntɛm nni mu.

service-long-grass-weeds = Sare atenten anaa nwura wɔ obi ankasa asase so
    .description = Sare anaa nwura wɔ obi ankasa asase so a ɛware sene deɛ kuropɔn mmara ma kwan.

service-waste-private-property = Nwura anaa nneɛma a abubu wɔ obi ankasa asase so
    .description = Nwura, nneɛma dadaa anaa nneɛma a abubu a wɔaboaboa ano wɔ obi adiwo, abrannaa anaa fie kar kwan so.

service-abandoned-vehicle = Kar a wɔagyaw wɔ obi ankasa asase so
    .description = Kar a asɛe pasaa, wɔatutu mu anaa nɔma pleti nni ho a wɔagyaw wɔ obi ankasa asase so.

service-short-term-rental = Bere tiaa ahatɔ ho anwiinwii
    .description = Fie a wɔhatɔ ma nnipa a wɔbɛtena bere tiaa a ebia wɔnkyerɛw ne din, ɛnyɛ ɔhɔhoɔ gyefoɔ no fie titire, anaa ɛda so de ɔhaw ba mfɛfoɔ so.
