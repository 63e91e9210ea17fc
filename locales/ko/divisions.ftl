### 서비스 요청을 처리하는 시 부서를 주민이 보는 이름으로 나열합니다.

division-municipal-licensing-standards = 시 인허가 및 기준국
division-parks-forestry-recreation = 공원·산림·레크리에이션국
division-solid-waste-management-services = 고형 폐기물 관리 서비스국
division-toronto-animal-services = 토론토 동물 서비스국
division-toronto-water = 토론토 수도국
division-transportation-services = 교통 서비스국
division-urban-forestry = 도시 산림국
