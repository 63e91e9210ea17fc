### Các bộ phận của Thành phố xử lý yêu cầu dịch vụ, theo cách cư dân nhìn thấy.

division-municipal-licensing-standards = Cấp phép và Tiêu chuẩn Thành phố
division-parks-forestry-recreation = Công viên, Lâm nghiệp và Giải trí
division-solid-waste-management-services = Dịch vụ Quản lý Chất thải Rắn
division-toronto-animal-services = Dịch vụ Động vật Toronto
division-toronto-water = Dịch vụ Cấp nước Toronto
division-transportation-services = Dịch vụ Giao thông
division-urban-forestry = Lâm nghiệp Đô thị
