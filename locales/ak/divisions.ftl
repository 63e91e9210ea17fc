### Kuropɔn no dwumadibea a wɔhwɛ dwumadie abisadeɛ so, sɛdeɛ ɔmanfoɔ hu wɔn.

division-municipal-licensing-standards = Kuropɔn Tumi Krataa ne Mmara Ahwɛsoɔ
division-parks-forestry-recreation = Ahomegyebea, Kwaeɛ Ahwɛsoɔ ne Agodie
division-solid-waste-management-services = Nwura Ahwɛsoɔ Dwumadie
division-toronto-animal-services = Toronto Mmoa Dwumadie
division-toronto-water = Toronto Nsuo Dwumadie
division-transportation-services = Akwantuo Dwumadie
division-urban-forestry = Kuropɔn Mu Nnua Ahwɛsoɔ
