### 문제 신고: /report 페이지, 오류, 지도와 사진.

report-page-title = { $heading } – { -product-name }
report-caption = 문제 신고
report-unavailable = 지금은 신고 양식을 보여 드릴 수 없습니다. 몇 분 후에 다시 시도해 주세요.
report-continue = 계속
report-optional = { $label }(선택)

## 서비스 선택
report-choose-heading = 무엇을 신고하시겠습니까?
report-choose-intro = 편한 말로 검색하거나 아래 주제에서 선택하세요.
report-start-button = 지금 시작하기
report-choose-other = 기타 문제 신고
report-not-found-heading = 해당 신고를 찾을 수 없습니다
report-not-found-body = 링크가 불완전하거나 잘못 입력되었을 수 있습니다.
report-start-again = 새로 신고하기

## 소유자 및 증오 목적의 낙서
report-owner-question = 문제가 있는 시설물은 누구의 소유입니까?
report-owner-hint = 시설물에 붙은 로고나 라벨을 확인해 주세요. 시는 시가 소유한 시설물만 고칠 수 있습니다.
report-owner-city = 토론토시(예: 시 소유의 벽, 다리, 표지판, 쓰레기통)
report-owner-unknown = 잘 모르겠습니다
report-owner-bell = Bell Canada: 공중전화 부스, Bell 전신주 및 통신 함체
report-owner-rogers = Rogers: 케이블 박스 및 함체
report-owner-toronto-hydro = Toronto Hydro: 전신주, 변압기 및 전기 박스
report-owner-canada-post = Canada Post(캐나다 우체국): 우체통 및 택배 보관함
report-owner-ttc = TTC(토론토 교통공사): 정류장 대기소, 역 및 차량
report-error-owner = 소유자를 선택하거나 “잘 모르겠습니다”를 선택해 주세요
report-referral-heading = 시에서 고치는 시설물이 아닙니다
report-referral-intro = 시는 시가 소유한 시설물만 수리하거나 청소할 수 있으므로 서비스 요청이 생성되지 않았습니다. 소유자에게 신고해 주세요.
report-referral-bell = Bell Canada: 1-866-310-2355로 전화해 주세요.
report-referral-rogers = Rogers: 1-888-764-3771로 전화해 주세요.
report-referral-toronto-hydro = Toronto Hydro: 416-542-8000으로 전화해 주세요. 전선이 끊어져 떨어져 있거나 불꽃이 튀면 10미터 이상 떨어진 뒤 911에 전화하세요.
report-referral-canada-post = Canada Post: 1-866-607-6301로 전화해 주세요.
report-referral-ttc = TTC: 고객 서비스 센터(416-393-3030)로 전화해 주세요.
report-hate-heading = 증오 목적의 낙서
report-hate-police = 인종, 종교, 민족적 출신, 성적 지향, 성별 또는 장애를 이유로 사람을 겨냥한 낙서라면 먼저 Toronto Police(토론토 경찰)에 신고해 주세요. 비응급 번호 416-808-2222로 전화하시고, 위험에 처한 사람이 있으면 911에 전화하세요. 경찰은 낙서를 지우기 전에 증오 범죄 가능성이 있는 사건으로 기록합니다.
report-hate-then = 그다음 시가 신속하게 지울 수 있도록 여기에서 신고해 주세요.

## 위치
report-location-heading = 문제가 있는 곳은 어디입니까?
report-location-current = 선택한 위치
report-location-address = { $address }, 제{ $ward }선거구
report-location-pin = 핀 위치 { $lat }, { $long }, 제{ $ward }선거구
report-map-heading = 지도에 핀 놓기
report-map-hint = 지도에서 문제가 있는 곳을 클릭하거나 탭한 다음, 핀을 끌어서 위치를 조정하세요. 키보드를 사용하는 경우 화살표 키로 지도를 움직인 다음 “지도 중앙에 핀 놓기”를 선택하세요.
report-map-label = 지도
report-map-pin = 문제 위치
report-map-pin-at = 핀을 놓은 위치: { $lat }, { $long }
report-map-no-pin = 아직 핀을 놓지 않았습니다
report-map-locate = 내 위치 사용
report-map-locate-failed = 현재 위치를 찾을 수 없습니다. 지도에 핀을 놓거나 주소를 입력해 주세요.
report-map-centre = 지도 중앙에 핀 놓기
report-map-use = 이 핀의 위치 사용
report-address-heading = 또는 주소나 교차로 입력
report-place-label = 도로, 교차로 또는 장소
report-place-hint = 예: Queen St W & Spadina Ave 또는 Nathan Phillips Square
report-place-find = 찾기
report-place-none = “{ $query }”에 해당하는 결과가 없습니다. 철자를 확인하거나 가장 가까운 교차로로 검색해 보세요.
report-place-choose = 가장 가까운 결과를 선택하세요
report-place-use = 이 위치 사용
report-place-kind-street = 도로
report-place-kind-intersection = 교차로
report-place-kind-place = 장소
report-error-outside-city = 이 위치는 토론토시 밖에 있습니다. 시 안의 장소를 선택해 주세요.
report-error-pin-missing = 지도에 핀을 놓거나 아래에 주소를 입력해 주세요
report-error-place-choose = 결과 중 하나를 선택하거나 다시 검색해 주세요
report-error-location-missing = 도로, 교차로 또는 장소를 입력하거나 지도에 핀을 놓아 주세요

## 세부 정보 및 연락처
report-details-heading = 문제에 대해 알려 주세요
report-field-description = 문제 설명
report-description-hint = 보이는 상황과 작업자가 문제를 찾는 데 도움이 되는 내용을 적어 주세요. 개인 정보는 적지 마세요.
report-contact-heading = 연락처(선택)
report-contact-hint = 이 신고와 관련하여 연락드릴 때만 사용하며 절대 공개하지 않습니다. 익명으로 신고하려면 비워 두세요.
report-field-first-name = 이름
report-field-last-name = 성
report-field-email = 이메일 주소
report-field-phone = 전화번호
report-error-missing = “{ $field }” 질문에 답해 주세요
report-error-number = “{ $field }”의 답은 숫자여야 합니다(예: 3 또는 2.5)
report-error-too-long = “{ $field }”의 답은 { $max }자 이하여야 합니다
report-error-choice = “{ $field }”에 대해 목록에 있는 답 중 하나를 선택해 주세요
report-error-datetime = “{ $field }”에 올바른 날짜와 시간을 입력해 주세요
report-error-email = 올바른 형식으로 이메일 주소를 입력해 주세요(예: name@example.com)
report-error-phone = 7~15자리 숫자로 전화번호를 입력해 주세요(예: 416-392-2489)

## 사진
report-photos-heading = 사진
report-photos-required = 이 유형의 문제에는 사진이 한 장 이상 필요합니다. 작업자가 문제를 찾아 해결하는 데 도움이 됩니다.
report-photos-optional = 사진은 선택 사항이지만 작업자가 문제를 찾아 해결하는 데 도움이 됩니다.
report-photos-limits = JPEG, PNG 또는 WebP 형식의 사진을 최대 { $count }장까지 추가할 수 있으며, 각 사진은 { $megabytes }MB 이하여야 합니다. 보관하는 사본에서는 위치 정보와 카메라 정보를 삭제합니다.
report-photo-label = 사진 선택
report-photo-upload = 사진 업로드
report-photo-uploading = 사진 업로드 중
report-photo-alt = 사진 { $number }
report-photo-remove = 사진 { $number } 삭제
report-photo-has-location = 사진 { $number }에 촬영 위치가 기록되어 있습니다.
report-photo-use-location = 사진 { $number }의 위치 사용
report-photos-count =
    { $count ->
        [0] 사진 없음
       *[other] 사진 { $count }장
    }
report-error-photo-missing = 업로드할 사진을 선택해 주세요
report-error-photo-too-large = 사진은 { $megabytes }MB보다 작아야 합니다
report-error-photo-type = 파일은 JPEG, PNG 또는 WebP 형식의 사진이어야 합니다
report-error-photo-dimensions = 사진의 픽셀 수가 너무 많습니다. 더 작은 사진을 선택해 주세요.
report-error-photo-damaged = 사진이 손상되어 읽을 수 없습니다. 다른 사진을 선택해 주세요.
report-error-photo-limit = 사진은 최대 { $count }장까지 추가할 수 있습니다. 다른 사진을 추가하려면 한 장을 삭제해 주세요.
report-error-photo-required = 사진을 한 장 이상 추가해 주세요
report-error-photo-outside = 이 사진을 촬영한 장소는 토론토시 밖입니다

## 확인, 근처의 중복 신고 및 제출
report-check-heading = 신고를 제출하기 전에 답변을 확인해 주세요
report-check-answers = 답변 내용
report-change = 변경
report-anonymous = 입력하지 않음: 익명 신고입니다
report-submit-note = 이 신고를 제출하면 알고 계신 범위 내에서 정보가 정확함을 확인하는 것입니다.
report-submit = 신고 제출
report-nearby-heading = 이미 신고된 문제인가요?
report-nearby-intro = 250미터 이내에 같은 문제에 대한 처리 중인 요청이 있습니다. 그중 하나가 신고하려는 문제라면 새로 신고하지 말고 해당 요청을 팔로우하세요.
report-nearby-distance = 약 { $metres }m 거리
report-nearby-reporters =
    { $count ->
       *[other] { $count }명이 신고함
    }
report-me-too = 저도 같은 문제입니다: { $number } 팔로우
report-error-follow = 이 요청은 더 이상 팔로우할 수 없습니다. 대신 직접 신고를 제출해 주세요.
report-sent-heading = 신고가 제출되었습니다
report-sent-number = 서비스 요청 번호는 다음과 같습니다
report-sent-next = 이 번호를 보관해 두세요. 이후 처리 과정을 확인할 때 사용할 수 있습니다.
report-sent-track = 이 요청 조회
report-another = 다른 문제 신고
report-following-heading = { $number } 요청을 팔로우하고 있습니다
report-following-body = 새 요청을 만드는 대신 이 요청에 추가되었습니다. 이후 처리 과정은 요청 상태 페이지에서 확인할 수 있습니다.
