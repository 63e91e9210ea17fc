### 서비스 목록 질문: 서비스 유형별 추가 질문(Open311 속성)과,
### 선택형 질문에서 보여 주는 답변. 답변은 그 키와 같은 이름의 속성입니다.

## 도로 구멍(포트홀)
question-pothole-size = 구멍의 크기는 대략 어느 정도입니까?
    .small = 식사용 접시보다 작음
    .medium = 자동차 타이어 정도의 크기
    .large = 자동차 타이어보다 큼
question-pothole-lane = 도로의 어느 부분에 있습니까?
    .curb-lane = 연석 쪽 차로
    .centre-lane = 가운데 차로 또는 추월 차로
    .turn-lane = 회전 차로
    .bike-lane = 자전거 도로
    .laneway = 골목길

## 도로 위험
question-road-hazard-hazard_type = 어떤 위험입니까?
    .road-collapse = 도로가 꺼졌거나 싱크홀이 생김
    .missing-cover = 맨홀 뚜껑이나 배수구 덮개가 없거나 부서짐
    .debris = 차로에 큰 잔해물이 있음
    .spill = 쏟아진 물질이나 미끄러운 물질이 있음
    .other = 기타

## 보도 파손
question-sidewalk-damaged-damage = 보도에 어떤 문제가 있습니까?
    .cracked = 금이 감
    .lifted = 보도블록이 들리거나 울퉁불퉁함
    .sunken = 꺼졌거나 속이 비어 있음
    .missing = 일부가 떨어져 나감
    .curb-ramp = 연석 경사로 파손
question-sidewalk-damaged-trip_height = 튀어나온 가장자리의 높이는 대략 몇 센티미터입니까?

## 자전거 도로 막힘
question-bike-lane-obstruction-obstruction = 무엇이 자전거 도로를 막고 있습니까?
    .debris = 잔해물이나 쓰레기
    .construction = 공사 자재나 장비
    .bins = 쓰레기통이나 재활용 통
    .bollard = 파손되었거나 쓰러진 기둥
    .other = 기타

## 주택가 도로에 오래 주차된 차량
question-long-term-parking-licence_plate = 번호판이 보이면 번호가 무엇입니까?
question-long-term-parking-vehicle_description = 차량을 설명해 주세요(색상, 제조사, 종류).
question-long-term-parking-days_parked = 그곳에 주차된 지 대략 며칠이 되었습니까?

## 가로등 꺼짐
question-streetlight-out-light_problem = 가로등에 어떤 문제가 있습니까?
    .out = 꺼져 있음
    .flickering = 깜박이거나 켜졌다 꺼졌다 함
    .day-burning = 낮에 켜져 있음
    .several-out = 여러 개가 연달아 꺼져 있음
question-streetlight-out-pole_number = 기둥에 번호표가 있으면 무엇이라고 쓰여 있습니까?

## 표지판 파손 또는 없어짐
question-sign-damaged-sign_type = 어떤 표지판입니까?
    .street-name = 도로명
    .parking = 주차
    .speed-limit = 제한 속도
    .warning = 주의 표지판(커브, 어린이 보호 구역 등)
    .other = 기타
question-sign-damaged-sign_condition = 표지판에 어떤 문제가 있습니까?
    .bent = 휘었거나 쓰러짐
    .faded = 색이 바랬거나 읽기 어려움
    .turned = 방향이 잘못 돌아감
    .blocked = 나뭇가지에 가려짐
    .missing = 없어짐

## 신호등 고장
question-traffic-signal-malfunction-signal_problem = 신호등이 어떤 상태입니까?
    .dark = 완전히 꺼져 있음
    .flashing = 빨간불이나 노란불이 깜박임
    .stuck = 한 가지 색에서 바뀌지 않음
    .damaged = 쓰러졌거나 파손됨
    .turned = 방향이 잘못 돌아감
question-traffic-signal-malfunction-direction = 어느 방향으로 가는 차량이 영향을 받습니까(예: 북쪽 방향)?

## 교통 안전 우려
question-traffic-safety-concern-concern = 어떤 점이 우려되십니까?
    .speeding = 과속
    .signal-timing = 신호 시간
    .visibility = 시야가 좋지 않음
    .crossing = 건너기 어려움
    .cut-through = 지름길로 지나가는 차량
question-traffic-safety-concern-details = 자세히 알려 주세요. 언제 일어나며, 누가 영향을 받습니까?

## 보도 제설 안 됨
question-snow-sidewalk-condition = 보도 상태가 어떻습니까?
    .snow = 눈으로 덮여 있음
    .ice = 얼어 있음
    .snowbank = 도로 제설로 생긴 눈더미에 막혀 있음

## 쓰레기 미수거
question-missed-garbage-collection_day = 예정된 수거일은 언제였습니까?
question-missed-garbage-set_out = 오전 7시까지 수거통을 길가에 내놓으셨습니까?
    .yes = 예
    .no = 아니요

## 재활용품 미수거
question-missed-recycling-collection_day = 예정된 수거일은 언제였습니까?
question-missed-recycling-set_out = 오전 7시까지 수거통을 길가에 내놓으셨습니까?
    .yes = 예
    .no = 아니요

## 그린빈 미수거
question-missed-green-bin-collection_day = 예정된 수거일은 언제였습니까?
question-missed-green-bin-set_out = 오전 7시까지 수거통을 길가에 내놓으셨습니까?
    .yes = 예
    .no = 아니요

## 수거통 파손
question-bin-damaged-bin_type = 어느 수거통이 파손되었습니까?
    .garbage = 쓰레기통
    .recycling = 블루빈(재활용)
    .green-bin = 그린빈(음식물·유기물)
question-bin-damaged-damage = 어디가 파손되었습니까?
    .lid = 뚜껑
    .wheels = 바퀴나 바퀴 축
    .handle = 손잡이
    .body = 통 본체에 금이 감
    .latch = 동물 방지 잠금장치
question-bin-damaged-bin_serial = 수거통에 인쇄된 일련번호를 읽을 수 있으면 번호가 무엇입니까?

## 대형 폐기물 수거
question-bulky-item-pickup-item_types = 무엇을 내놓으실 예정입니까?
    .furniture = 가구
    .mattress = 매트리스나 박스 스프링
    .appliance = 레인지, 세탁기, 건조기, 식기세척기
    .refrigerant = 냉장고, 냉동고, 에어컨
    .carpet = 카펫이나 러그
    .other = 기타 큰 물건
question-bulky-item-pickup-item_count = 몇 개를 내놓으실 예정입니까?

## 시 소유 시설의 낙서
question-graffiti-city-property-surface = 어떤 곳에 낙서가 있습니까?
    .wall = 벽이나 건물
    .bridge = 다리나 지하 통로
    .fence = 울타리
    .sign-pole = 표지판이나 기둥
    .box = 설비함이나 신호 제어함
    .other = 기타

## 도로 표지판, 기둥, 신호 제어함의 낙서
question-graffiti-road-assets-asset_type = 낙서가 무엇에 있습니까?
    .sign = 도로 표지판
    .signal-box = 신호 제어함
    .pole = 기둥
    .retaining-wall = 옹벽이나 방음벽
    .bridge = 다리나 지하 통로
    .other = 기타

## 사유지의 낙서
question-graffiti-private-property-surface = 어떤 곳에 낙서가 있습니까?
    .wall = 벽
    .fence = 울타리
    .garage-door = 차고 문
    .window = 창문이나 문
    .other = 기타
question-graffiti-private-property-is_owner = 해당 건물·부지의 소유자이십니까?
    .yes = 예
    .no = 아니요

## 혐오 또는 갱단 낙서
question-graffiti-hate-police_reported = 토론토 경찰에 신고하셨습니까?
    .yes = 예
    .no = 아니요
question-graffiti-hate-police_reference = 경찰 신고 번호가 있으면 번호가 무엇입니까?

## 불법 투기
question-illegal-dumping-item_types = 무엇이 버려졌습니까?
    .household = 가정용 쓰레기 봉투
    .furniture = 가구
    .mattress = 매트리스
    .tires = 타이어
    .construction = 공사나 수리 폐기물
    .electronics = 전자 제품
    .hazardous = 페인트, 화학 물질 등 유해 폐기물
    .other = 기타
question-illegal-dumping-noticed_at = 언제 발견하셨습니까? 또는 버리는 것을 언제 보셨습니까?
question-illegal-dumping-witness = 버린 사람을 보셨다면 그 사람이나 차량을 설명해 주세요. 그 사람에게 다가가지 마세요.

## 버려진 자전거
question-abandoned-bike-bike_condition = 자전거는 어떤 상태입니까?
    .missing-wheel = 바퀴가 하나 없음
    .missing-parts = 안장이나 핸들이 없음
    .flat-tires = 타이어에 바람이 빠짐
    .rusted = 체인이나 부품에 녹이 슬었음
    .bent-frame = 프레임이 휘었거나 파손됨

## 상수도 본관 파열
question-water-main-break-water_flow = 물이 얼마나 흐르고 있습니까?
    .trickle = 조금씩 흐르거나 젖은 자국이 있음
    .steady = 계속 흐름
    .gushing = 세차게 솟구치거나 도로가 물에 잠김

## 물이 안 나옴
question-no-water-neighbours_affected = 이웃집에도 물이 안 나옵니까?
    .yes = 예
    .no = 아니요
    .unknown = 잘 모르겠습니다
question-no-water-started_at = 언제부터 물이 안 나왔습니까?

## 하수 역류 또는 지하실 침수
question-sewer-backup-water_depth = 물의 깊이는 대략 몇 센티미터입니까?
question-sewer-backup-backwater_valve = 해당 건물에 역류 방지 밸브가 있습니까?
    .yes = 예
    .no = 아니요
    .unknown = 잘 모르겠습니다

## 빗물받이 막힘
question-catch-basin-blocked-ponding = 물이 고여 있습니까?
    .none = 아니요, 지금은 고여 있지 않음
    .road = 도로에 물이 고여 있음
    .sidewalk = 보도나 부지까지 물이 고여 있음

## 소화전 파손 또는 누수
question-fire-hydrant-damaged-hydrant_problem = 소화전에 어떤 문제가 있습니까?
    .knocked-over = 쓰러졌거나 부딪힘
    .leaking = 물이 샘
    .missing-cap = 뚜껑이 없음
    .blocked = 막혀 있거나 가려져 있음
    .paint = 낙서나 페인트

## 물 색이나 맛이 이상함
question-water-quality-water_issue = 어떤 점을 발견하셨습니까?
    .brown = 갈색이나 노란색
    .cloudy = 뿌옇거나 우윳빛
    .taste = 평소와 다른 맛
    .smell = 평소와 다른 냄새
    .particles = 입자나 침전물

## 나무 쓰러짐 또는 손상(긴급)
question-tree-emergency-blocking = 무엇이 영향을 받고 있습니까?
    .road = 도로
    .sidewalk = 보도
    .driveway = 진입로
    .building = 주택이나 건물
    .vehicle = 차량
    .wires = 전선
    .nothing = 아직 없지만 쓰러질 수 있음

## 나무 가지치기(긴급 아님)
question-tree-pruning-reason = 나무 가지치기가 필요한 이유는 무엇입니까?
    .low-branches = 보도나 도로 위로 가지가 낮게 늘어져 있음
    .blocking = 표지판이나 가로등을 가림
    .touching-building = 주택이나 건물에 닿음
    .dead-branches = 죽은 가지가 있음

## 공원 화장실 문제
question-park-washroom-issue = 어떤 문제입니까?
    .dirty = 더러움
    .supplies = 비누, 종이 타월, 화장지가 없음
    .locked = 운영 시간인데 잠겨 있음
    .broken = 변기, 세면대, 문이 고장 남
    .leak = 물이 새거나 물이 넘침

## 놀이 기구 파손
question-playground-damaged-equipment = 어떤 기구입니까?
    .swing = 그네
    .slide = 미끄럼틀
    .climber = 정글짐이나 복합 놀이 기구
    .surface = 바닥(모래, 나무 조각, 고무)
    .other = 기타
question-playground-damaged-unsafe = 지금 사용하면 다칠 수 있습니까?
    .yes = 예
    .no = 아니요
    .unsure = 잘 모르겠습니다

## 공원 내 노숙 텐트
question-park-encampment-tent_count = 텐트나 구조물이 대략 몇 개 있습니까?
question-park-encampment-details = 불이나 그 밖의 안전 문제 등 지원 담당 직원이 알아야 할 사항이 있습니까?

## 도로나 보도의 죽은 동물
question-dead-animal-road-animal_type = 어떤 동물입니까(예: 너구리, 다람쥐, 고양이)?
question-dead-animal-road-animal_size = 크기가 어느 정도입니까?
    .small = 작음(다람쥐, 새)
    .medium = 중간(너구리, 고양이)
    .large = 큼(사슴, 코요테, 개)

## 다치거나 아픈 야생 동물
question-injured-wildlife-animal_type = 어떤 동물입니까?
question-injured-wildlife-condition = 동물이 어떤 상태입니까?
    .injured = 다쳤음
    .sick = 아프거나 이상하게 행동함
    .trapped = 갇혔거나 무언가에 얽힘
    .orphaned = 혼자 있는 것처럼 보이는 어린 동물

## 떠돌이 개 또는 풀린 개
question-stray-dog-dog_contained = 개가 마당 안에 있거나 목줄에 묶여 있는 등 통제되어 있습니까?
    .yes = 예
    .no = 아니요

## 개 물림 또는 공격
question-dog-bite-incident_time = 언제 일어났습니까?
question-dog-bite-victim = 누가 물렸거나 공격을 받았습니까?
    .person = 사람
    .dog = 다른 개
    .other-animal = 다른 동물

## 목줄 없는 개
question-dog-off-leash-usual_time = 보통 언제 이런 일이 있습니까(예: 평일 아침)?

## 소음 민원
question-noise-noise_source = 무엇이 소음을 내고 있습니까?
    .amplified-sound = 음악이나 확성 장치 소리
    .construction = 공사
    .barking = 개 짖는 소리
    .equipment = 에어컨, 환풍기 등 장비
    .vehicle = 공회전하거나 엔진 소리를 크게 내는 차량
    .other = 기타
question-noise-ongoing = 지금도 소음이 나고 있습니까?
    .now = 예, 지금 나고 있음
    .recurring = 자주 반복됨
    .past = 멈췄음
question-noise-noise_times = 소음이 언제 나고 얼마나 오래 계속되는지 설명해 주세요.

## 긴급한 건물 기준 문제
question-property-standards-urgent-issue = 어떤 긴급한 문제입니까?
    .no-heat = 난방이 안 되거나 난방이 부족함
    .no-water = 물이 안 나옴
    .no-power = 전기가 안 들어옴
    .lock = 출입문 잠금장치 고장
    .structure = 구조물, 발코니, 계단이 위험함
question-property-standards-urgent-is_tenant = 해당 건물의 세입자이십니까?
    .yes = 예
    .no = 아니요
question-property-standards-urgent-unit_number = 호수(세대 번호)가 어떻게 됩니까?

## 건물 기준 민원
question-property-standards-issues = 어떤 문제가 있습니까?
    .pests = 해충(쥐, 바퀴벌레, 빈대)
    .mould = 곰팡이
    .windows-doors = 깨지거나 고장 난 창문이나 문
    .leaks = 지붕이나 벽에서 물이 샘
    .stairs-railings = 파손된 계단이나 난간
    .exterior = 건물 외부 관리 상태가 나쁨
    .other = 기타
question-property-standards-landlord_notified = 세입자라면 집주인에게 서면으로 알리셨습니까?
    .yes = 예
    .no = 아니요
    .not-tenant = 세입자가 아닙니다
question-property-standards-details = 문제가 무엇이며 얼마나 오래 계속되었는지 설명해 주세요.

## 사유지의 버려진 차량
question-abandoned-vehicle-licence_plate = 번호판이 있으면 번호가 무엇입니까?
question-abandoned-vehicle-vehicle_description = 차량을 설명해 주세요(색상, 제조사, 종류).
