### Hizmet taleplerini ele alan Belediye birimleri, sakinlerin gördüğü şekliyle.

division-municipal-licensing-standards = Belediye Ruhsatları ve Standartları
division-parks-forestry-recreation = Parklar, Ormancılık ve Rekreasyon
division-solid-waste-management-services = Katı Atık Yönetimi Hizmetleri
division-toronto-animal-services = Toronto Hayvan Hizmetleri
division-toronto-water = Toronto Su Hizmetleri
division-transportation-services = Ulaşım Hizmetleri
division-urban-forestry = Kentsel Ormancılık
