### بخش‌های شاروالی که به درخواست‌های خدمات رسیدگی می‌کنند، به شکلی که باشندگان آن‌ها را می‌بینند.

division-municipal-licensing-standards = جوازها و معیارهای شاروالی
division-parks-forestry-recreation = پارک‌ها، جنگلداری و تفریح
division-solid-waste-management-services = خدمات مدیریت زباله‌های جامد
division-toronto-animal-services = خدمات حیوانات تورنتو
division-toronto-water = خدمات آب تورنتو
division-transportation-services = خدمات ترانسپورت
division-urban-forestry = جنگلداری شهری
