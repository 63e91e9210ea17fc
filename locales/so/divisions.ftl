### Qaybaha Magaalada ee qabta codsiyada adeegga, sida ay dadka degan u arkaan.

division-municipal-licensing-standards = Shatiyada iyo Heerarka Magaalada
division-parks-forestry-recreation = Beeraha, Kaymaha iyo Madadaalada
division-solid-waste-management-services = Adeegyada Maareynta Qashinka Adag
division-toronto-animal-services = Adeegyada Xayawaannada Toronto
division-toronto-water = Adeegga Biyaha Toronto
division-transportation-services = Adeegyada Gaadiidka
division-urban-forestry = Geedaha iyo Kaymaha Magaalada
