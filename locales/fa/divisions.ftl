### بخش‌های شهرداری که به درخواست‌های خدمات رسیدگی می‌کنند، آن‌گونه که ساکنان آن‌ها را می‌بینند.

division-municipal-licensing-standards = صدور مجوز و استانداردهای شهری
division-parks-forestry-recreation = پارک‌ها، جنگلداری و تفریحات
division-solid-waste-management-services = خدمات مدیریت پسماند جامد
division-toronto-animal-services = خدمات حیوانات تورنتو
division-toronto-water = خدمات آب تورنتو
division-transportation-services = خدمات حمل‌ونقل
division-urban-forestry = جنگلداری شهری
