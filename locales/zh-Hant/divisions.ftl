### 處理服務請求的市政府部門，按居民看到的名稱列出。

division-municipal-licensing-standards = 市政牌照及標準處
division-parks-forestry-recreation = 公園、林務及康樂處
division-solid-waste-management-services = 固體廢物管理服務處
division-toronto-animal-services = 多倫多動物服務處
division-toronto-water = 多倫多水務處
division-transportation-services = 交通服務處
division-urban-forestry = 城市林務處
