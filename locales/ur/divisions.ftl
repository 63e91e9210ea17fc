### شہر کے وہ شعبے جو خدمات کی درخواستیں نمٹاتے ہیں، جیسے رہائشی انہیں دیکھتے ہیں۔

division-municipal-licensing-standards = میونسپل لائسنسنگ اور معیارات
division-parks-forestry-recreation = پارکس، جنگلات اور تفریح
division-solid-waste-management-services = ٹھوس فضلے کے انتظام کی خدمات
division-toronto-animal-services = ٹورنٹو جانوروں کی خدمات
division-toronto-water = ٹورنٹو پانی کی خدمات
division-transportation-services = نقل و حمل کی خدمات
division-urban-forestry = شہری جنگلات
