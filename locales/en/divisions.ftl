### The City divisions that handle service requests, as residents see them.

division-municipal-licensing-standards = Municipal Licensing & Standards
division-parks-forestry-recreation = Parks, Forestry & Recreation
division-solid-waste-management-services = Solid Waste Management Services
division-toronto-animal-services = Toronto Animal Services
division-toronto-water = Toronto Water
division-transportation-services = Transportation Services
division-urban-forestry = Urban Forestry
