## 실시간 채팅: 주민용 채팅 창, 메시지 남기기, 상담원 콘솔, 채팅 메시지.

chat-launcher = 311과 채팅하기
chat-panel-heading = 311 실시간 채팅
chat-close = 채팅 닫기
chat-intro = 궁금한 점을 묻거나 요청에 관한 도움을 받으세요. 상담원이 연결되는 대로 여기에서 답변해 드립니다.
chat-name-label = 이름(선택)
chat-topic-label = 어떤 도움이 필요하신가요?
chat-topic-hint = 예: 우리 거리에 쓰레기가 수거되지 않았습니다
chat-start = 채팅 시작
chat-connecting = 연결 중…
chat-reconnecting = 연결이 끊어졌습니다. 다시 연결하는 중… 작성하신 메시지는 그대로 보관됩니다.
chat-reconnected = 다시 연결되었습니다.
chat-queue-next = 다음 순서입니다.
chat-queue-position = 현재 대기 순서는 { $position }번째입니다.
chat-queue-wait =
    { $minutes ->
       *[other] 예상 대기 시간: 약 { $minutes }분
    }
chat-waiting-note = 기다리시는 동안 질문을 미리 입력하셔도 됩니다. 이 페이지를 열어 두세요. 채팅은 저절로 종료되지 않습니다.
chat-log-label = 대화 내용
chat-message-label = 메시지
chat-send = 보내기
chat-not-sent = 아직 보내지 않았습니다. 연결이 복구되면 바로 보내집니다.
chat-typing-agent = 상담원이 입력하고 있습니다…
chat-typing-resident = 주민이 입력하고 있습니다…
chat-you = 나
chat-resident = 주민
chat-end = 채팅 종료
chat-ended-heading = 채팅이 종료되었습니다
chat-rate-legend = 이번 채팅이 얼마나 도움이 되었나요?
chat-rate-stars =
    { $stars ->
       *[other] 별 { $stars }개
    }
chat-rate-submit = 평가 보내기
chat-rate-thanks = 평가해 주셔서 감사합니다.
chat-transcript-label = 대화 기록을 이메일로 받기
chat-transcript-submit = 대화 기록 보내기
chat-transcript-sent = 대화 기록을 이메일로 보내 드리고 있습니다.
chat-new = 새 채팅 시작
chat-about-request = 이 요청에 대해 채팅하기
chat-linked-request = 요청 { $number } 관련

chat-page-title = 실시간 채팅
chat-page-intro = 311 상담원과 실시간으로 채팅하거나, 메시지를 남겨 주시면 이메일 또는 문자 메시지로 답변해 드립니다.
chat-offline-heading = 메시지 남기기
chat-offline-intro = 지금은 채팅할 수 있는 상담원이 없습니다. 이메일 주소나 전화번호와 함께 메시지를 남겨 주시면 상담원이 답변해 드립니다.
chat-offline-email = 이메일 주소
chat-offline-phone = 전화번호(문자 메시지로 답변 받기)
chat-offline-body = 메시지
chat-offline-submit = 메시지 보내기
chat-offline-sent = 감사합니다. 메시지가 접수되었으며, 상담원이 이메일 또는 문자 메시지로 답변해 드립니다.
chat-offline-error-body = 메시지를 입력하세요
chat-offline-error-body-long = 메시지는 2,000자 이하여야 합니다
chat-offline-error-name-long = 이름은 100자 이하여야 합니다
chat-offline-error-contact = 답변을 받으실 수 있도록 이메일 주소나 전화번호를 입력하세요
chat-offline-error-email = 이메일 주소를 올바른 형식으로 입력하세요. 예: name@example.com
chat-offline-error-phone = 전화번호를 입력하세요. 예: 416 555 0123

## 채팅 중 일어난 일(양쪽 모두에게 표시됨).

chat-event-joined = { $name } 님이 채팅에 참여했습니다.
chat-event-transferred = 채팅이 { $name } 님에게 넘겨졌습니다.
chat-event-ended = 채팅이 종료되었습니다.
chat-event-request = 서비스 요청 { $number }이(가) 접수되었습니다. 이 번호로 처리 상황을 확인할 수 있습니다.

## 채팅에서 보낸 내용이 받아들여지지 않은 이유.

chat-error-bad-frame = 내용을 읽을 수 없습니다. 페이지를 새로 고친 후 다시 시도해 주세요.
chat-error-too-long = 메시지가 너무 깁니다. 2,000자 이하로 줄여 주세요.
chat-error-too-fast = 메시지를 너무 빠르게 보내고 있습니다. 잠시 기다린 후 다시 보내 주세요.
chat-error-empty = 메시지를 입력한 후 보내 주세요.
chat-error-topic-missing = 어떤 도움이 필요한지 입력하세요.
chat-error-already-started = 이 채팅은 이미 시작되었습니다.
chat-error-unknown-chat = 해당 채팅을 찾을 수 없습니다. 새 채팅을 시작하세요.
chat-error-no-chat = 먼저 채팅을 시작하세요.
chat-error-chat-ended = 이 채팅은 종료되었습니다. 메시지를 더 보내려면 새 채팅을 시작하세요.
chat-error-bad-rating = 별 1개에서 5개 사이로 선택하세요.
chat-error-not-ended = 채팅이 종료된 후에 평가할 수 있습니다.
chat-error-bad-email = 이메일 주소를 올바른 형식으로 입력하세요. 예: name@example.com
chat-error-agents-only = 상담원만 할 수 있는 작업입니다.
chat-error-residents-only = 주민만 할 수 있는 작업입니다.
chat-error-not-yours = 이 채팅은 회원님에게 배정되지 않았습니다.
chat-error-at-limit = 동시에 맡을 수 있는 최대 채팅 수에 도달했습니다. 먼저 채팅 하나를 종료하세요.
chat-error-taken = 다른 상담원이 이 채팅을 맡았거나 채팅이 종료되었습니다.
chat-error-agent-unavailable = 해당 상담원은 더 이상 온라인 상태가 아닙니다. 다른 상담원을 선택하세요.
chat-error-unavailable = 지금은 채팅을 이용할 수 없습니다. 몇 분 후에 다시 시도하거나 311에 전화하세요.

## 상담원이 주민의 언어로 보내는 준비된 답변.

chat-canned-greeting = 안녕하세요. 311 Toronto에 연락해 주셔서 감사합니다. 무엇을 도와드릴까요?
chat-canned-one-moment = 확인해 보겠습니다. 잠시만 기다려 주세요.
chat-canned-more-details = 문제에 대해 조금 더 자세히 말씀해 주시겠어요?
chat-canned-location = 문제가 정확히 어디에 있나요? 거리 주소나 가장 가까운 교차로를 알려 주시면 도움이 됩니다.
chat-canned-request-filed = 서비스 요청을 접수해 드렸습니다. 이 채팅에 표시된 번호로 처리 상황을 확인하실 수 있습니다.
chat-canned-goodbye = 311에 연락해 주셔서 감사합니다. 더 도와드릴 일이 있을까요?

## /agent에 있는 상담원 콘솔.

agent-page-heading = 채팅 콘솔
agent-status-connected = 연결되었습니다. 채팅을 받을 수 있는 상태입니다.
agent-status-reconnecting = 연결이 끊어졌습니다. 다시 연결하는 중…
agent-queue-heading = 대기 중인 채팅
agent-queue-empty = 대기 중인 채팅이 없습니다.
agent-queue-topic = 주제
agent-queue-language = 언어
agent-queue-waiting = 대기 시간
agent-queue-minutes =
    { $minutes ->
       *[other] { $minutes }분
    }
agent-queue-fallback = 내 담당 언어가 아님
agent-accept = 수락
agent-load = 진행 중인 채팅: { $active } / { $limit }
agent-chats-heading = 내 채팅
agent-no-chats = 시작하려면 대기열에서 채팅을 수락하세요.
agent-chat-with = { $name } 님과 채팅
agent-chat-language = 언어: { $language }
agent-chat-topic = 주제: { $topic }
agent-canned-label = 준비된 답변
agent-canned-choose = 답변 선택
agent-canned-insert = 이 답변 사용
agent-reply-label = 답변
agent-send = 보내기
agent-add-note = 내부 메모로 추가
agent-note = 내부 메모
agent-transfer-label = 넘길 상담원
agent-transfer = 넘기기
agent-transfer-none = 온라인 상태인 다른 상담원이 없습니다.
agent-end = 채팅 종료
agent-ended = 이 채팅은 종료되었습니다.
agent-close = 닫기
agent-request-heading = 서비스 요청 만들기
agent-request-service = 서비스 종류
agent-request-place = 위치: 거리, 교차로 또는 장소
agent-request-description = 설명
agent-request-submit = 신고 양식 열기
agent-request-hint = 신고 양식이 이 채팅의 내용으로 채워진 상태로 열립니다. 확인한 후 제출하세요. 요청 번호는 채팅에 게시됩니다.
agent-cases-heading = 채팅 상담원이 없을 때 남겨진 메시지
agent-cases-empty = 답변을 기다리는 메시지가 없습니다.
agent-case-from = 보낸 사람: { $name }, { $contact }
agent-case-reply = 답변
agent-case-send = 답변 보내기
agent-case-answered = 답변을 보냈습니다.
agent-error-reply = 2,000자 이하로 답변을 입력하세요.
agent-error-answered = 이미 답변한 메시지입니다.
agent-error-not-yours = 이 채팅은 더 이상 회원님에게 배정되어 있지 않습니다.
agent-error-service = 서비스 종류를 선택하세요.
staff-chat-transcripts = 채팅 기록

## 이메일 또는 문자 메시지로 보내는 메시지.

notify-chat-transcript-subject = 311 Toronto와의 채팅
notify-chat-transcript-email = 요청하신 311 Toronto와의 채팅 기록입니다.
notify-chat-reply-subject = 311 Toronto에 남기신 메시지에 대한 답변
notify-chat-reply-email =
    311 Toronto에 메시지를 남겨 주셨습니다. 상담원의 답변은 다음과 같습니다.

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
