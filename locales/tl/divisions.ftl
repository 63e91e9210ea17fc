### Ang mga dibisyon ng Lungsod na humahawak sa mga kahilingan sa serbisyo, ayon sa nakikita ng mga residente.

division-municipal-licensing-standards = Paglilisensya at Pamantayan ng Lungsod
division-parks-forestry-recreation = Mga Parke, Panggugubat at Libangan
division-solid-waste-management-services = Mga Serbisyo sa Pamamahala ng Solidong Basura
division-toronto-animal-services = Mga Serbisyo para sa Hayop ng Toronto
division-toronto-water = Serbisyo ng Tubig ng Toronto
division-transportation-services = Mga Serbisyo sa Transportasyon
division-urban-forestry = Panggugubat sa Lungsod
