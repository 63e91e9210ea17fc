### የአገልግሎት ጥያቄዎችን የሚያስተናግዱ የከተማው ክፍሎች፣ ነዋሪዎች እንደሚያዩአቸው።

division-municipal-licensing-standards = የከተማ ፈቃድ አሰጣጥ እና ደረጃዎች
division-parks-forestry-recreation = መናፈሻዎች፣ ደን እና መዝናኛ
division-solid-waste-management-services = የደረቅ ቆሻሻ አስተዳደር አገልግሎቶች
division-toronto-animal-services = የቶሮንቶ የእንስሳት አገልግሎቶች
division-toronto-water = የቶሮንቶ የውሃ አገልግሎት
division-transportation-services = የትራንስፖርት አገልግሎቶች
division-urban-forestry = የከተማ ደን ልማት
