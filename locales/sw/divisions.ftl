### Idara za Jiji zinazoshughulikia maombi ya huduma, kama wakazi wanavyoziona.

division-municipal-licensing-standards = Leseni na Viwango vya Manispaa
division-parks-forestry-recreation = Bustani za Umma, Misitu na Burudani
division-solid-waste-management-services = Huduma za Usimamizi wa Taka Ngumu
division-toronto-animal-services = Huduma za Wanyama za Toronto
division-toronto-water = Huduma ya Maji ya Toronto
division-transportation-services = Huduma za Usafiri
division-urban-forestry = Misitu ya Mjini
