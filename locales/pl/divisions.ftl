### Wydziały Miasta obsługujące zgłoszenia, tak jak widzą je mieszkańcy.

division-municipal-licensing-standards = Licencje i normy miejskie
division-parks-forestry-recreation = Parki, leśnictwo i rekreacja
division-solid-waste-management-services = Usługi gospodarki odpadami stałymi
division-toronto-animal-services = Służba ds. zwierząt w Toronto
division-toronto-water = Wodociągi Toronto
division-transportation-services = Usługi transportowe
division-urban-forestry = Leśnictwo miejskie
