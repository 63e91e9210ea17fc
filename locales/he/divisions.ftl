### אגפי העירייה שמטפלים בבקשות שירות, כפי שהתושבים רואים אותם.

division-municipal-licensing-standards = רישוי ותקנים עירוניים
division-parks-forestry-recreation = פארקים, ייעור ונופש
division-solid-waste-management-services = שירותי ניהול פסולת מוצקה
division-toronto-animal-services = שירותי בעלי חיים של טורונטו
division-toronto-water = שירותי המים של טורונטו
division-transportation-services = שירותי תחבורה
division-urban-forestry = ייעור עירוני
