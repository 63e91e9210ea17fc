### सेवा विनंत्या हाताळणारे शहराचे विभाग, रहिवाशांना दिसतात तसे.

division-municipal-licensing-standards = महानगरपालिका परवाने व मानके
division-parks-forestry-recreation = उद्याने, वनीकरण व मनोरंजन
division-solid-waste-management-services = घनकचरा व्यवस्थापन सेवा
division-toronto-animal-services = टोरंटो प्राणी सेवा
division-toronto-water = टोरंटो पाणीपुरवठा
division-transportation-services = वाहतूक सेवा
division-urban-forestry = नागरी वनीकरण
