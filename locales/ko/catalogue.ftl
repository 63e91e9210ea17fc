### Civic311 서비스 목록: server/seed/catalogue.toml에 있는 서비스 그룹과 서비스 유형의
### 한국어 이름과 설명. ID는 그 파일의 코드를 따릅니다.

## 서비스 그룹

service-group-roads = 도로와 보도
service-group-streetlights-signs = 가로등, 표지판, 신호등
service-group-snow-ice = 눈과 얼음
service-group-garbage = 쓰레기, 재활용, 그린빈
service-group-graffiti-dumping = 낙서와 불법 투기
service-group-water = 수도, 하수도, 배수
service-group-trees = 나무
service-group-parks = 공원과 여가 시설
service-group-animals = 동물
service-group-property-noise = 건물·부지, 소음, 시 조례

## 도로와 보도

service-pothole = 도로 구멍(포트홀)
    .description = 시 도로나 골목길 표면에 생긴 구멍이나 파손된 부분입니다. 크기가 대략 어느 정도인지, 어느 차로에 있는지 알려 주세요.

service-road-hazard = 도로 위험
    .description = 지금 바로 위험한 도로 상황입니다. 예를 들어 도로가 꺼졌거나, 맨홀 뚜껑이 없거나, 차가 다니는 차로에 큰 잔해물이 있는 경우입니다. 다친 사람이 있거나 위험에 처한 사람이 있으면 911에 전화하세요.

service-sidewalk-damaged = 보도 파손
    .description = 금이 가거나, 들리거나, 꺼지거나, 부서져서 사람이 걸려 넘어질 수 있거나 휠체어나 유모차가 지나갈 수 없는 보도입니다.

service-curb-damaged = 연석 파손
    .description = 시 도로를 따라 있는 연석이 부서졌거나, 무너졌거나, 없어진 경우입니다.

service-street-sweeping = 도로 청소 필요
    .description = 도로 가장자리나 자전거 도로에 모래, 자갈, 진흙, 쓰레기가 쌓여 도로 청소차가 필요한 경우입니다.

service-bike-lane-obstruction = 자전거 도로 막힘
    .description = 잔해물, 공사 자재, 쓰레기통, 파손된 기둥 등이 자전거 도로를 막고 있는 경우입니다. 자전거 도로에 주차된 차량은 토론토 경찰 주차 단속반(416-808-2222)에 전화하세요.

service-construction-blocking = 공사로 막힌 도로나 보도
    .description = 공사 현장이나 공공시설 공사가 안전한 우회로 없이 도로나 보도를 막고 있거나, 공사 후 주변이 위험한 상태로 남아 있는 경우입니다.

service-guardrail-damaged = 가드레일이나 도로 울타리 파손
    .description = 도로, 다리, 진입로를 따라 있는 가드레일, 난간, 울타리가 휘었거나, 부서졌거나, 없어진 경우입니다.

service-laneway-repair = 골목길 상태 불량
    .description = 공공 골목길 표면이 부서졌거나, 물이 잘 빠지지 않거나, 바퀴 자국이 깊게 패인 경우입니다. 구멍이 하나뿐이면 ‘도로 구멍(포트홀)’을 선택하세요.

service-long-term-parking = 주택가 도로에 오래 주차된 차량
    .description = 주택가 도로의 같은 자리에 주차 규정에서 허용하는 시간보다 오래 세워져 있는 차량입니다.

## 가로등, 표지판, 신호등

service-streetlight-out = 가로등 꺼짐
    .description = 가로등이 꺼졌거나, 깜박이거나, 낮에 켜져 있는 경우입니다. 가로등은 토론토 하이드로(Toronto Hydro)와 함께 관리합니다. 사유지나 일부 공원의 조명은 다른 곳의 소유일 수 있습니다.

service-streetlight-pole-damaged = 가로등 기둥 파손
    .description = 가로등 기둥이 기울었거나, 쓰러졌거나, 점검구 덮개가 없거나, 전선이 드러나 있는 경우입니다. 떨어진 전선에서 멀리 떨어지고, 불꽃이 튀면 911에 전화하세요.

service-sign-damaged = 표지판 파손 또는 없어짐
    .description = 도로명, 주차, 제한 속도 등의 도로 표지판이 파손되었거나, 색이 바랬거나, 방향이 돌아갔거나, 없어진 경우입니다. 정지 표지판이나 양보 표지판이 쓰러졌으면 ‘정지·양보 표지판 쓰러짐’을 선택하세요.

service-stop-sign-down = 정지·양보 표지판 쓰러짐
    .description = 정지 표지판이나 양보 표지판이 쓰러졌거나, 없어졌거나, 돌아가서 운전자가 볼 수 없는 경우입니다. 도로 위험으로 처리됩니다.

service-traffic-signal-malfunction = 신호등 고장
    .description = 신호등이 꺼졌거나, 바뀌지 않거나, 깜박이거나, 파손된 경우입니다. 꺼진 신호등은 모든 방향 일시 정지 교차로처럼 지나가세요.

service-pedestrian-signal = 보행자 신호등이나 버튼 고장
    .description = 보행 신호, 남은 시간 표시기, 음성 신호, 횡단 버튼이 작동하지 않는 경우입니다.

service-traffic-safety-concern = 교통 안전 우려
    .description = 과속, 신호 시간, 시야, 건너기 어려운 도로에 대해 검토를 요청할 수 있습니다. 검토에는 시간이 걸리며, 새 표지판, 노면 표시, 신호 변경으로 이어질 수 있습니다.

service-pavement-markings-faded = 노면 표시 흐려짐
    .description = 차선, 횡단보도 선, 정지선, 자전거 도로 표시가 닳아서 잘 보이지 않는 경우입니다.

## 눈과 얼음

service-snow-sidewalk = 보도 제설 안 됨
    .description = 시가 제설하는 보도에 폭설 후에도 눈이나 얼음이 남아 있는 경우입니다. 제설은 눈이 충분히 쌓인 뒤에 시작하므로, 눈이 그친 후 시간을 두고 기다려 주세요.

service-snow-road = 도로 제설 안 됨
    .description = 눈이 그친 후에도 제설되지 않은 도로입니다. 간선 도로와 버스 노선을 먼저 제설하고, 그다음 동네 도로를 제설합니다.

service-windrow-not-cleared = 진입로 앞 눈더미 안 치움
    .description = 시가 진입로 앞 눈더미 제거 서비스를 제공하는 도로에서, 제설차가 집 진입로 끝에 남긴 눈더미를 치우지 않은 경우입니다.

service-icy-road-salting = 빙판 도로나 보도에 소금 필요
    .description = 시 도로, 보도, 횡단보도, 육교가 얼어서 소금이나 모래를 뿌려야 하는 경우입니다.

## 쓰레기, 재활용, 그린빈

service-missed-garbage = 쓰레기 미수거
    .description = 수거일에 제시간에 쓰레기통을 내놓았지만 수거되지 않은 경우입니다. 먼저 수거 일정표에서 공휴일로 인한 변경이 있는지 확인하세요.

service-missed-recycling = 재활용품 미수거
    .description = 수거일에 제시간에 블루빈(파란 통)을 내놓았지만 수거되지 않은 경우입니다.

service-missed-green-bin = 그린빈 미수거
    .description = 음식물 쓰레기와 유기물을 담은 그린빈(초록 통)을 수거일에 제시간에 내놓았지만 수거되지 않은 경우입니다.

service-missed-yard-waste = 정원 쓰레기 미수거
    .description = 정원 쓰레기 수거 기간 중 종이 봉투나 뚜껑 없는 용기에 담은 정원 쓰레기를 수거일에 내놓았지만 수거되지 않은 경우입니다.

service-bin-damaged = 수거통 파손
    .description = 시에서 지급한 쓰레기통, 재활용 통, 그린빈에 금이 갔거나 뚜껑, 바퀴, 손잡이가 부서진 경우입니다. 수리하거나 교체해 드립니다.

service-bin-missing = 수거통 분실 또는 도난
    .description = 시에서 지급한 수거통이 없어졌거나, 도난당했거나, 수거 트럭이 가져간 경우입니다.

service-bulky-item-pickup = 대형 폐기물 수거
    .description = 가구, 매트리스, 가전제품 등 큰 물건을 쓰레기 수거일에 수거하도록 예약합니다.

service-litter-bin-overflowing = 길거리 쓰레기통 넘침
    .description = 길거리에 있는 공공 쓰레기통이나 재활용 통이 가득 차서 넘치는 경우입니다.

service-litter-bin-damaged = 길거리 쓰레기통 파손
    .description = 길거리에 있는 공공 쓰레기통이나 재활용 통이 부서졌거나, 넘어졌거나, 없어진 경우입니다.

## 낙서와 불법 투기

service-graffiti-city-property = 시 소유 시설의 낙서
    .description = 시 건물, 벽, 다리 등 시가 소유한 구조물에 있는 낙서입니다. 혐오 낙서나 갱단 낙서는 ‘혐오 또는 갱단 낙서’를 선택하세요.

service-graffiti-road-assets = 도로 표지판, 기둥, 신호 제어함의 낙서
    .description = 도로 표지판, 신호 제어함, 가로등 기둥, 옹벽 등 도로 시설에 있는 낙서입니다. 전봇대와 설비함은 Bell, Rogers, Toronto Hydro 소유일 수 있습니다.

service-graffiti-private-property = 사유지의 낙서
    .description = 주택, 상점, 울타리 등 길에서 보이는 사유 재산에 있는 낙서입니다. 소유자가 지울 책임이 있으며 통지를 받을 수 있습니다.

service-graffiti-park = 공원 안의 낙서
    .description = 공원 건물, 화장실, 놀이터, 벤치 등 공원 시설에 있는 낙서입니다.

service-graffiti-hate = 혐오 또는 갱단 낙서
    .description = 혐오, 인종 차별, 갱단과 관련된 내용의 낙서입니다. 먼저 토론토 경찰(416-808-2222, 비응급)에 신고한 다음, 빨리 지울 수 있도록 여기에도 신고해 주세요.

service-illegal-dumping = 불법 투기
    .description = 도로, 골목길, 보도 등 시 소유지에 버려진 쓰레기, 가구, 타이어, 건축 폐기물 등입니다.

service-illegal-posters = 기둥에 붙은 불법 포스터나 광고판
    .description = 길에 있는 기둥, 나무 등의 구조물에 붙어 있는 포스터, 전단지, 광고판입니다. 전봇대는 Bell, Rogers, Toronto Hydro 소유일 수 있습니다.

service-abandoned-shopping-cart = 버려진 쇼핑 카트
    .description = 길, 보도, 공원, 계곡에 버려진 쇼핑 카트입니다.

service-abandoned-bike = 버려진 자전거
    .description = 시의 기둥이나 자전거 거치대에 오랫동안 묶여 있고, 부품이 없거나 탈 수 없는 자전거입니다. 치우기 전에 먼저 안내표를 붙입니다.

## 수도, 하수도, 배수

service-water-main-break = 상수도 본관 파열
    .description = 도로, 보도, 땅에서 물이 솟아오르는 경우로, 상수도 본관이 터졌을 수 있습니다.

service-no-water = 물이 안 나옴
    .description = 집이나 건물의 수도꼭지에서 물이 전혀 나오지 않는 경우입니다.

service-low-water-pressure = 수압이 낮음
    .description = 수도꼭지의 수압이 평소보다 훨씬 낮은 경우입니다.

service-sewer-backup = 하수 역류 또는 지하실 침수
    .description = 바닥 배수구나 변기로 하수나 물이 역류하거나, 하수도 때문에 지하실이 침수된 경우입니다.

service-catch-basin-blocked = 빗물받이 막힘
    .description = 도로 배수구나 빗물받이가 낙엽이나 쓰레기로 막혔거나, 물이 빠지지 않아 도로에 고인 경우입니다.

service-fire-hydrant-damaged = 소화전 파손 또는 누수
    .description = 소화전이 차에 부딪혔거나, 물이 새거나, 뚜껑이 없거나, 막혀 있는 경우입니다.

service-water-quality = 물 색이나 맛이 이상함
    .description = 수돗물이 갈색이거나, 뿌옇거나, 평소와 다른 맛이나 냄새가 나는 경우입니다.

service-water-leak = 연석 쪽 또는 밸브 누수
    .description = 부지 경계의 시 쪽에 있는 수도 계량함이나 밸브에서 물이 새는 경우입니다.

service-sewer-odour = 하수 냄새
    .description = 맨홀, 빗물받이, 도로 배수구에서 심한 하수 냄새가 나는 경우입니다.

## 나무

service-tree-emergency = 나무 쓰러짐 또는 손상(긴급)
    .description = 시 나무나 큰 가지가 쓰러졌거나 곧 쓰러질 것 같아서 도로나 보도를 막거나 사람이나 재산을 위협하는 경우입니다. 전선에서 멀리 떨어지세요. 전선에 닿은 나무는 토론토 하이드로가 처리합니다.

service-tree-pruning = 나무 가지치기(긴급 아님)
    .description = 도로 부지에 있는 시 나무의 가지치기를 요청합니다. 예를 들어 보도 위로 낮게 늘어졌거나, 표지판을 가리거나, 집에 닿는 가지입니다.

service-tree-planting = 나무 심기 요청
    .description = 집 앞의 시 소유 도로 부지에 나무를 무료로 심어 달라고 요청합니다.

service-tree-inspection = 죽었거나 죽어 가는 시 나무
    .description = 죽었거나, 죽어 가거나, 속이 비었거나, 불안정해 보이지만 당장 위험하지는 않은 시 나무의 점검을 요청합니다.

service-stump-removal = 나무 그루터기 제거
    .description = 도로 부지에서 시 나무를 베어 낸 뒤 남은 그루터기입니다.

service-tree-pest = 나무 해충 또는 병
    .description = 매미나방 애벌레, 물푸레나무를 해치는 비단벌레(에메랄드 애시 보러) 피해, 평소와 다른 잎 떨어짐 등 시 나무에 해충이나 병이 있다는 징후입니다.

## 공원과 여가 시설

service-park-washroom = 공원 화장실 문제
    .description = 공원 화장실이 더럽거나, 비품이 떨어졌거나, 게시된 운영 시간에 잠겨 있거나, 설비가 고장 난 경우입니다.

service-playground-damaged = 놀이 기구 파손
    .description = 그네, 미끄럼틀, 정글짐 등 시 놀이터의 놀이 기구가 부서졌거나, 흔들리거나, 안전하지 않은 경우입니다.

service-park-encampment = 공원 내 노숙 텐트
    .description = 공원 안에 있는 텐트나 구조물입니다. 지원 담당 직원이 방문해 쉼터와 지원을 안내합니다. 의료 도움이 필요하거나 위험에 처한 사람이 있으면 911에 전화하세요.

service-park-litter = 공원 쓰레기 또는 가득 찬 쓰레기통
    .description = 공원에 쓰레기가 흩어져 있거나, 공원 쓰레기통이 가득 찬 경우입니다.

service-park-grass-overgrown = 공원 잔디가 너무 자람
    .description = 공원, 작은 공원, 길가 화단의 잔디나 잡초를 깎아야 하는 경우입니다.

service-park-lights-out = 공원 조명 꺼짐
    .description = 공원 안의 산책로, 운동장, 주차장 조명이 꺼졌거나 깜박이는 경우입니다.

service-drinking-fountain = 식수대 또는 물놀이터 고장
    .description = 공원의 식수대, 물병 충전대, 물놀이터가 작동하지 않거나 물이 새는 경우입니다.

service-park-amenity-damaged = 공원 벤치, 탁자, 울타리 파손
    .description = 공원의 벤치, 피크닉 탁자, 울타리, 문, 표지판 등 시설이 부서진 경우입니다.

## 동물

service-dead-animal-road = 도로나 보도의 죽은 동물
    .description = 도로, 보도, 골목길 등 공공장소에 있는 죽은 동물입니다. 수거해 갑니다.

service-injured-wildlife = 다치거나 아픈 야생 동물
    .description = 너구리, 여우, 새 등 야생 동물이 다쳤거나, 아프거나, 갇혀 있는 경우입니다. 직접 만지려고 하지 마세요.

service-stray-dog = 떠돌이 개 또는 풀린 개
    .description = 근처에 주인이 없이 길을 돌아다니는 개입니다. 개가 공격적이면 거리를 두세요.

service-dog-bite = 개 물림 또는 공격
    .description = 사람이나 다른 동물을 물었거나 공격한 개입니다. 크게 다친 사람이 있으면 911에 전화하세요.

service-dog-off-leash = 목줄 없는 개
    .description = 공원이나 길에서, 목줄 없이 다녀도 되는 지정 구역 밖인데 목줄을 하지 않은 개입니다.

service-animal-bylaw = 동물 관련 조례 민원
    .description = 한 주소에서 반려동물을 너무 많이 키우거나, 야생 동물이나 비둘기에게 먹이를 주거나, 부지에 동물 배설물을 방치한 경우입니다.

## 건물·부지, 소음, 시 조례

service-noise = 소음 민원
    .description = 건물이나 가게에서 나는 큰 음악 소리, 허용 시간 외 공사, 개 짖는 소리, 기계 소음 등입니다.

service-property-standards-urgent = 긴급한 건물 기준 문제
    .description = 임대 주택이나 다른 건물에서 건강이나 안전에 영향을 주는 심각한 문제입니다. 예를 들어 겨울에 난방이 안 되거나, 물이 안 나오거나, 출입문 잠금장치가 고장 났거나, 구조물이 위험한 경우입니다.

service-property-standards = 건물 기준 민원
    .description = 건물이나 마당이 제대로 관리되지 않는 경우입니다. 예를 들어 해충, 곰팡이, 깨진 창문, 지붕 누수, 파손된 계단이나 난간 등이 있지만 당장 위험하지는 않은 경우입니다.

service-long-grass-weeds = 사유지의 긴 풀이나 잡초
    .description = 사유지의 풀이나 잡초가 조례에서 허용하는 높이보다 높게 자란 경우입니다.

service-waste-private-property = 사유지의 쓰레기나 잡동사니
    .description = 개인 마당, 현관, 진입로에 쌓여 있는 쓰레기, 고물, 잡동사니입니다.

service-abandoned-vehicle = 사유지의 버려진 차량
    .description = 사유지에 방치된 부서진 차량, 분해된 차량, 번호판이 없는 차량입니다.

service-short-term-rental = 단기 임대 민원
    .description = 짧게 머무는 손님에게 빌려주는 집으로, 등록되지 않았거나, 집주인의 주 거주지가 아니거나, 이웃에게 계속 문제를 일으키는 경우입니다.
