### 处理服务请求的市政府部门，按居民看到的名称列出。

division-municipal-licensing-standards = 市政执照及标准处
division-parks-forestry-recreation = 公园、林业及康乐处
division-solid-waste-management-services = 固体废物管理服务处
division-toronto-animal-services = 多伦多动物服务处
division-toronto-water = 多伦多水务处
division-transportation-services = 交通服务处
division-urban-forestry = 城市林业处
