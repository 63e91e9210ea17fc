### 직원용 콘솔: 로그인, 처리 대기열, 요청 상태 변경, 감사 로그.

staff-page-title = { $heading } – { -product-name } 직원용
staff-unavailable = 지금은 직원용 콘솔을 보여 드릴 수 없습니다. 몇 분 후에 다시 시도해 주세요.
staff-forbidden-heading = 이 페이지를 열 수 없습니다
staff-forbidden-body = 계정에 직원용 콘솔의 이 부분에 대한 접근 권한이 없습니다. 필요하면 관리자에게 요청하세요.

## 로그인
staff-login-heading = 직원 로그인
staff-password = 비밀번호
staff-sign-in = 로그인
staff-sign-out = 로그아웃
staff-signed-in-as = { $name }(으)로 로그인됨
staff-login-error-wrong = 이메일 주소 또는 비밀번호가 올바르지 않습니다
staff-login-error-locked = 로그인 시도 횟수가 너무 많습니다. 15분 후에 다시 시도해 주세요.
staff-error-csrf = 양식이 만료되었습니다. 페이지를 새로 고친 후 다시 시도해 주세요.

## 처리 대기열
staff-queue-heading = 서비스 요청 대기열
staff-filter-any = 전체
staff-filter-overdue = 처리 예정일이 지난 요청만
staff-filter-complaints = 답변 대기 중인 이의 제기가 있는 요청만
staff-filter-apply = 요청 보기
staff-queue-empty = 이 필터에 해당하는 서비스 요청이 없습니다.
staff-column-number = SR 번호
staff-complaint-due = 이의 제기: { $date }까지 답변
staff-complaint-escalated = 이의 제기 상향 이관: 답변 기한 초과

## 개별 요청
staff-change-heading = 상태 변경
staff-new-status = 새 상태
staff-reason = 종결 사유
staff-reason-hint = 새 상태가 요청을 종결하는 경우 필수입니다. 상태에 맞는 사유여야 합니다.
staff-reason-none = 사유 없음: 요청이 종결되지 않음
staff-public-note = 공개 메모
staff-public-note-hint = 주민이 상태 페이지에서 이 내용을 봅니다. 종결할 때는 어떤 조치를 했는지, 또는 조치하지 않은 이유를 적어 주세요.
staff-internal-note = 내부 메모
staff-internal-note-hint = 직원만 볼 수 있습니다.
staff-save = 변경 사항 저장
staff-saved = 변경 사항이 저장되었습니다.
staff-history-heading = 전체 기록
staff-error-status = 목록에서 상태를 선택하세요
staff-error-reason-missing = 요청의 종결 사유를 선택하세요
staff-error-reason-mismatch = 이 사유는 새 상태와 맞지 않습니다. 상태에 맞는 사유를 선택하세요.
staff-error-note-missing = 어떤 조치를 했는지, 또는 조치하지 않은 이유를 주민에게 알리는 공개 메모를 작성하세요
staff-error-reason-open = 종결 사유는 요청을 종결하는 상태에만 지정할 수 있습니다

## 종결 사유
staff-reason-repaired = 수리 완료
staff-reason-cleaned = 청소 완료
staff-reason-removed = 제거 완료
staff-reason-other-government = 다른 수준의 정부로 이관
staff-reason-utility-company = 소유한 공익사업체 또는 회사로 이관
staff-reason-private-property = 사유지: 소유자에게 이관
staff-reason-not-found = 점검 결과: 문제 없음
staff-reason-already-resolved = 작업반 도착 전에 이미 해결됨
staff-reason-meets-standard = 점검 결과: 시 기준 충족
staff-reason-duplicate = 다른 요청과 중복

## 감사 로그
staff-audit-heading = 감사 로그
staff-column-when = 일시
staff-column-who = 사용자
staff-column-action = 작업
staff-column-detail = 세부 정보
staff-action-login = 로그인
staff-action-logout = 로그아웃
staff-action-login-failed = 로그인 실패
staff-action-login-locked = 로그인 거부: 시도 횟수 초과
staff-action-status-change = 상태 변경
staff-action-escalation = 이의 제기 자동 상향 이관: SLA 기한 초과

## 대기열에서 여러 요청을 한꺼번에 변경
staff-bulk-column = 선택
staff-bulk-select = 요청 { $number } 선택
staff-bulk-heading = 선택한 요청 변경
staff-bulk-hint = 표에서 요청을 체크한 다음 변경 내용을 선택하세요. 각 요청에 같은 상태, 사유, 메모가 적용되고, 요청마다 기록에 별도의 줄이 하나씩 추가됩니다.
staff-bulk-button = 선택한 요청 변경
staff-bulk-saved =
    { $count ->
       *[other] 요청 { $count }개가 변경되었습니다.
    }
staff-error-none-selected = 표에서 요청을 하나 이상 선택하세요.
staff-bulk-skipped =
    { $count ->
       *[other] 요청 { $count }개가 변경되지 않았습니다. ‘완료’로 표시하려면 완료된 작업의 사진이 필요합니다. 각 요청을 열어 사진을 추가하세요.
    }

## 상태 변경과 함께 올리는 사진(완료된 작업 사진)
staff-photo = 작업 사진(선택)
staff-photo-hint = 10MB 이하의 JPEG, PNG 또는 WebP 이미지입니다. 주민이 요청의 ‘지금까지의 처리 과정’에서 이 사진을 봅니다.
staff-photo-hint-required = 이 서비스는 완료된 작업의 사진이 있어야 요청을 ‘완료’로 표시할 수 있습니다. 10MB 이하의 JPEG, PNG 또는 WebP 이미지이며, 주민이 ‘지금까지의 처리 과정’에서 이 사진을 봅니다.
staff-error-completion-photo-missing = 완료된 작업의 사진을 추가하세요. 이 서비스는 사진이 있어야 요청을 ‘완료’로 표시할 수 있습니다
