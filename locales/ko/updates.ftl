## 이메일이나 문자 메시지로 받는 요청 진행 상황 알림: 상태 페이지의 양식, 수신 중단 페이지, 알림 메시지 자체.
## 메시지는 일반 텍스트입니다. $number는 2026-000123과 같은 서비스 요청 번호, $service는 서비스 유형 이름, $status는 상태 이름입니다.

updates-heading = 진행 상황 알림 받기
updates-intro = 이 요청에 변동이 있을 때마다 알려 드립니다. 먼저 이메일 주소나 휴대전화 번호가 본인의 것인지 확인하기 위해 인증 코드를 보내 드립니다.
updates-email-label = 이메일 주소
updates-email-hint = 이 요청에 대한 알림을 보내는 데에만 사용합니다.
updates-email-button = 이메일로 알림 받기
updates-phone-label = 휴대전화 번호
updates-phone-hint = 예: 416 555 0123. 이용 중인 통신사의 문자 메시지 요금이 부과될 수 있습니다.
updates-phone-button = 문자 메시지로 알림 받기
updates-code-sent-email = { $address } 주소로 6자리 인증 코드를 보냈습니다.
updates-code-sent-sms = { $address } 번호로 6자리 인증 코드를 문자 메시지로 보냈습니다.
updates-code-label = 인증 코드
updates-code-hint = 인증 코드는 보낸 후 15분이 지나면 만료됩니다.
updates-confirm-button = 확인
updates-resend-button = 인증 코드 다시 받기
updates-resent = 새 인증 코드를 보냈습니다. 가장 최근에 보낸 코드만 사용할 수 있습니다.
updates-on = 이제 이 요청에 대한 알림을 받으실 수 있습니다. 모든 메시지에는 알림 수신을 중단할 수 있는 링크가 있습니다.
updates-already = 이 이메일 주소나 휴대전화 번호는 이미 이 요청에 대한 알림을 받고 있습니다.
updates-error-email = 이메일 주소를 입력해 주세요(예: name@example.com)
updates-error-phone = 지역 번호를 포함한 휴대전화 번호를 입력해 주세요(예: 416 555 0123)
updates-error-too-many = 짧은 시간에 인증 코드를 여러 번 요청하셨습니다. 마지막으로 보내 드린 코드를 사용하거나 1시간 후에 다시 시도해 주세요.
updates-error-code-format = 보내 드린 메시지에 있는 6자리 인증 코드를 입력해 주세요
updates-error-code-wrong = 인증 코드가 올바르지 않습니다. 가장 최근에 보내 드린 메시지를 확인하고 다시 시도해 주세요.
updates-error-code-expired = 인증 코드가 만료되었습니다. 인증 코드를 다시 받아 주세요.
updates-error-code-attempts = 인증 코드를 잘못 입력한 횟수가 너무 많습니다. 인증 코드를 다시 받아 주세요.
updates-error-unknown = 이 인증 코드는 더 이상 사용할 수 없습니다. 알림을 다시 신청해 주세요.

unsubscribe-title = 알림 수신 중단
unsubscribe-heading = 서비스 요청 { $number } 알림 수신 중단
unsubscribe-sent-to-email = 알림은 { $address } 주소로 발송되고 있습니다.
unsubscribe-sent-to-sms = 알림은 { $address } 번호로 문자 메시지를 통해 발송되고 있습니다.
unsubscribe-button = 알림 수신 중단
unsubscribe-done = 앞으로 서비스 요청 { $number }에 대한 알림을 받지 않습니다.
unsubscribe-unknown = 유효하지 않은 링크입니다. 링크가 빠짐없이 복사되었는지 확인해 주세요.
unsubscribe-back = 요청 보기

notify-code-subject = 서비스 요청 { $number } 인증 코드
notify-code-email =
    인증 코드는 { $code }입니다.
    
    서비스 요청 { $number }의 알림을 신청하신 페이지에 이 코드를 입력해 주세요. 코드는 15분 후에 만료됩니다.
    
    알림을 신청하지 않으셨다면 이 이메일을 무시해 주세요.
notify-code-sms = 311 서비스 요청 { $number }의 인증 코드는 { $code }입니다. 15분 후에 만료됩니다.
notify-status-subject = 서비스 요청 { $number }: { $status }
notify-status-email = 서비스 요청 { $number }({ $service })의 현재 상태: { $status }
notify-status-sms = 311: 서비스 요청 { $number }({ $service })의 현재 상태: { $status }
notify-note = 시에서 남긴 메모: { $note }
notify-escalated-subject = 서비스 요청 { $number }: 이의 제기가 부서 책임자에게 이관되었습니다
notify-escalated-email = 서비스 요청 { $number }({ $service })에 대한 이의 제기에 기한 내 답변이 없어, 이의 제기가 해당 부서의 책임자에게 이관되었습니다.
notify-escalated-sms = 311: 서비스 요청 { $number }에 대한 이의 제기가 해당 부서의 책임자에게 이관되었습니다.
notify-link = 요청 내용과 처리 과정 보기: { $link }
notify-link-sms = { $link }
notify-footer-email = 이 요청에 대한 알림을 신청하셨기 때문에 이 이메일을 받으셨습니다.
notify-unsubscribe = 알림 수신 중단: { $unsubscribe }
notify-unsubscribe-sms = 수신을 중단하려면 STOP이라고 답장하거나 { $unsubscribe }에 접속해 주세요
