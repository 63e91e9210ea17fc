### サービス依頼を担当する市の部局（住民に表示される名称）。

division-municipal-licensing-standards = 市許認可・基準局
division-parks-forestry-recreation = 公園・森林・レクリエーション局
division-solid-waste-management-services = 固形廃棄物管理サービス局
division-toronto-animal-services = トロント動物サービス局
division-toronto-water = トロント水道局
division-transportation-services = 交通サービス局
division-urban-forestry = 都市林業局
