### சேவைக் கோரிக்கைகளைக் கையாளும் நகரப் பிரிவுகள், குடியிருப்பாளர்கள் காணும் வகையில்.

division-municipal-licensing-standards = மாநகர அனுமதிப்பத்திரங்கள் மற்றும் தராதரங்கள்
division-parks-forestry-recreation = பூங்காக்கள், வனவளம் மற்றும் பொழுதுபோக்கு
division-solid-waste-management-services = திண்மக்கழிவு முகாமைத்துவச் சேவைகள்
division-toronto-animal-services = ரொறன்ரோ விலங்குச் சேவைகள்
division-toronto-water = ரொறன்ரோ நீர்ச் சேவை
division-transportation-services = போக்குவரத்துச் சேவைகள்
division-urban-forestry = நகர்ப்புற வனவளம்
