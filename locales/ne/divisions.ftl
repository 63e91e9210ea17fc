### सेवा अनुरोधहरू सम्हाल्ने सहरका विभागहरू, बासिन्दाहरूले देख्ने रूपमा।

division-municipal-licensing-standards = नगरपालिका इजाजत र मापदण्ड
division-parks-forestry-recreation = पार्क, वन तथा मनोरञ्जन
division-solid-waste-management-services = ठोस फोहोर व्यवस्थापन सेवाहरू
division-toronto-animal-services = टोरन्टो पशु सेवाहरू
division-toronto-water = टोरन्टो खानेपानी सेवा
division-transportation-services = यातायात सेवाहरू
division-urban-forestry = सहरी वन
