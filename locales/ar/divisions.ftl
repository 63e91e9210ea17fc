### أقسام المدينة التي تتولى طلبات الخدمة، كما يراها السكان.

division-municipal-licensing-standards = الترخيص والمعايير البلدية
division-parks-forestry-recreation = الحدائق والغابات والترفيه
division-solid-waste-management-services = خدمات إدارة النفايات الصلبة
division-toronto-animal-services = خدمات الحيوانات في تورنتو
division-toronto-water = خدمات المياه في تورنتو
division-transportation-services = خدمات النقل
division-urban-forestry = الغابات الحضرية
