### Civic311 화면 문구: 한국어.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = 본문으로 바로가기
language-switcher-label = 언어
loading = 불러오는 중…
footer-emergency = 응급 상황에는 911에 전화하세요. 이 사이트는 응급이 아닌 시 서비스를 위한 곳입니다.

home-title = 문제 신고 또는 시 서비스 요청 – { -product-name }
home-heading = 문제 신고 또는 시 서비스 요청
home-intro = 도로 구멍(포트홀), 쓰레기 미수거, 낙서 등 60가지가 넘는 응급이 아닌 문제를 시에 알려 주세요. 서비스 요청 번호를 받아 처리 과정을 확인할 수 있습니다.
home-groups-heading = 어떤 내용인가요?
home-report-button = 문제 신고하기
service-group-count =
    { $count ->
       *[other] 서비스 { $count }개
    }
catalogue-unavailable = 지금은 서비스 목록을 보여 드릴 수 없습니다. 몇 분 후에 다시 시도해 주세요.

not-found-title = 페이지를 찾을 수 없습니다 – { -product-name }
not-found-heading = 페이지를 찾을 수 없습니다
not-found-home-link = 홈페이지로 가기

## 탐색 및 양식 오류
site-nav-label = 주 메뉴
nav-track = 요청 조회
nav-report = 문제 신고
error-title-prefix = 오류:
error-summary-heading = 문제가 있습니다

## 서비스 요청 조회
lookup-title = 서비스 요청 조회 – { -product-name }
lookup-heading = 서비스 요청 조회
lookup-label = 서비스 요청 번호
lookup-hint = 서비스 요청(SR) 번호는 확인 페이지와 이메일에 나와 있습니다. 2026-000123과 같은 형식입니다.
lookup-button = 내 요청 찾기
lookup-error-format = 서비스 요청 번호를 2026-000123 형식으로 입력해 주세요

## 개별 서비스 요청
request-title = 서비스 요청 { $number } – { -product-name }
request-heading = 서비스 요청 { $number }
request-status = 상태
request-service = 서비스
request-division = 담당 부서
request-filed = 접수일
request-expected = 처리 예정일
request-location = 위치
request-ward = 선거구
request-ward-value = 제{ $number }선거구: { $name }
request-due-today = 오늘 마감
request-days-left =
    { $days ->
       *[other] { $days }일 남음
    }
request-days-overdue =
    { $days ->
       *[other] 예정일보다 { $days }일 지남
    }
request-timeline-heading = 지금까지의 처리 과정
request-event-photo-alt = 시에서 올린 작업 사진 { $number }
request-unavailable = 지금은 이 서비스 요청을 보여 드릴 수 없습니다. 몇 분 후에 다시 시도해 주세요.
request-not-found-title = 서비스 요청을 찾을 수 없습니다 – { -product-name }
request-not-found-heading = 해당 서비스 요청을 찾을 수 없습니다
request-not-found-body = 번호가 { $number }인 서비스 요청이 없습니다. 확인 페이지나 이메일에 있는 번호를 확인해 주세요. 방금 접수한 요청은 표시되기까지 1분 정도 걸릴 수 있습니다.
request-not-found-retry = 다른 번호 조회

## 처리 상태(알기 쉬운 설명)
status-received = 접수됨
status-assigned = 담당 부서 배정
status-inspection = 현장 점검
status-scheduled = 작업 일정 확정
status-completed = 완료
status-closed_referred = 종결 – 다른 기관으로 이관
status-closed_no_action = 종결 – 조치 불필요
status-closed_duplicate = 종결 – 중복 신고

## 서비스 안내
nav-services = 시 서비스
services-title = 시 서비스 – { -product-name }
services-heading = 시 서비스
services-intro = 겪고 계신 문제에 맞는 서비스를 찾아보세요. 편한 말로 검색하거나 주제별로 살펴볼 수 있습니다.
services-search-label = 서비스 검색
services-search-hint = 예: 도로 구멍, 쓰레기 미수거, 소음
services-search-button = 검색
services-results-heading =
    { $count ->
       *[other] “{ $query }”에 해당하는 서비스 { $count }개
    }
services-no-results = “{ $query }”에 해당하는 서비스가 없습니다. 다른 말로 검색하거나 아래 주제를 살펴보세요.
services-browse-heading = 주제별로 보기
service-detail-title = { $name } – { -product-name }
service-topic = 주제
service-standard = 서비스 기준
service-sla-hours =
    { $count ->
       *[other] { $count }시간 이내에 응답하는 것을 목표로 합니다
    }
service-sla-business-days =
    { $count ->
       *[other] 근무일 기준 { $count }일 이내에 응답하는 것을 목표로 합니다
    }
service-sla-calendar-days =
    { $count ->
       *[other] { $count }일 이내에 응답하는 것을 목표로 합니다
    }
service-back = 전체 시 서비스
service-not-found-title = 서비스를 찾을 수 없습니다 – { -product-name }
service-not-found-heading = 해당 서비스를 찾을 수 없습니다

## 서비스 요청에 대한 이의 제기
request-complaint-heading = 이 요청의 처리 과정이 만족스럽지 않으신가요?
request-complaint-overdue = 처리 예정일이 지났지만 이 요청은 아직 종결되지 않았습니다. 이의를 제기하실 수 있습니다. 담당 감독자가 근무일 기준 5일 이내에 답변해야 하며, 답변하지 않으면 해당 부서의 책임자에게 이관됩니다.
request-complaint-closed = 문제가 해결되지 않았거나 이 요청의 종결 방식에 동의하지 않으시면 이의를 제기하실 수 있습니다. 담당 감독자가 근무일 기준 5일 이내에 답변해야 하며, 답변하지 않으면 해당 부서의 책임자에게 이관됩니다.
request-complaint-details = 어떤 문제가 있나요?
request-complaint-details-hint = 예: 요청이 종결된 후에도 도로 구멍이 그대로 있습니다.
request-complaint-email = 이메일 주소(선택)
request-complaint-email-hint = 답변을 알려 드리기 위해 사용하며, 절대 공개하지 않습니다.
request-complaint-submit = 이의 제기하기
request-complaint-filed = 이의 제기가 접수되었습니다. 아래 처리 과정에 표시됩니다.
request-complaint-pending = 이 요청에 대한 이의 제기가 답변을 기다리고 있습니다. 답변 예정일은 { $date }입니다.
request-complaint-escalated = 답변 기한이 지나 이의 제기가 해당 부서의 책임자에게 이관되었습니다.
request-complaint-error-details = 어떤 문제가 있는지 알려 주세요
request-complaint-error-too-long = 이의 제기 내용은 2000자 이하여야 합니다
status-complaint = 이의 제기 접수
status-escalated = 부서 책임자에게 이의 제기 이관
