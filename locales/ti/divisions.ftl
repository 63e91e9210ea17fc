### ሕቶታት ኣገልግሎት ዝሕዙ ክፍልታት ከተማ፣ ከምቲ ነበርቲ ዝርእይዎም።

division-municipal-licensing-standards = ፍቓድን ደረጃታትን ከተማ
division-parks-forestry-recreation = መናፈሻታት፣ ደናትን ምዝንጋዕን
division-solid-waste-management-services = ኣገልግሎታት ምሕደራ ደረቕ ጓሓፍ
division-toronto-animal-services = ኣገልግሎታት እንስሳታት ቶሮንቶ
division-toronto-water = ኣገልግሎት ማይ ቶሮንቶ
division-transportation-services = ኣገልግሎታት መጓዓዝያ
division-urban-forestry = ምክንኻን ኣእዋም ከተማ
