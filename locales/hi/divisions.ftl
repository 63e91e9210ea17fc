### सेवा अनुरोधों को संभालने वाले शहर के विभाग, जैसे निवासी उन्हें देखते हैं।

division-municipal-licensing-standards = नगरपालिका लाइसेंसिंग और मानक
division-parks-forestry-recreation = पार्क, वानिकी और मनोरंजन
division-solid-waste-management-services = ठोस अपशिष्ट प्रबंधन सेवाएँ
division-toronto-animal-services = टोरंटो पशु सेवाएँ
division-toronto-water = टोरंटो जल सेवा
division-transportation-services = परिवहन सेवाएँ
division-urban-forestry = शहरी वानिकी
