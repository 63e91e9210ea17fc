## Live chat: the resident's chat panel, leaving a message, the agents' console and chat messages.

chat-launcher = Chat with 311
chat-panel-heading = Live chat with 311
chat-close = Close chat
chat-intro = Ask a question or get help with a request. An agent answers you here as soon as one is free.
chat-name-label = Your name (optional)
chat-topic-label = What do you need help with?
chat-topic-hint = For example: missed garbage pickup on my street
chat-start = Start chat
chat-connecting = Connecting…
chat-reconnecting = Connection lost. Reconnecting… Your messages are kept.
chat-reconnected = Connected again.
chat-queue-next = You are next in the queue.
chat-queue-position = You are number { $position } in the queue.
chat-queue-wait =
    { $minutes ->
        [one] Estimated wait: about 1 minute.
       *[other] Estimated wait: about { $minutes } minutes.
    }
chat-waiting-note = You can type your question while you wait. Keep this page open: the chat does not close by itself.
chat-log-label = Conversation
chat-message-label = Your message
chat-send = Send
chat-not-sent = Not sent yet. It is sent as soon as the connection is back.
chat-typing-agent = The agent is typing…
chat-typing-resident = The resident is typing…
chat-you = You
chat-resident = Resident
chat-end = End chat
chat-ended-heading = The chat has ended
chat-rate-legend = How helpful was this chat?
chat-rate-stars =
    { $stars ->
        [one] 1 star
       *[other] { $stars } stars
    }
chat-rate-submit = Send rating
chat-rate-thanks = Thank you for your rating.
chat-transcript-label = Email me the transcript
chat-transcript-submit = Send transcript
chat-transcript-sent = The transcript is on its way to your email.
chat-new = Start a new chat
chat-about-request = Chat about this request
chat-linked-request = About request { $number }

chat-page-title = Live chat
chat-page-intro = Chat live with a 311 agent, or leave a message and we will answer you by email or text message.
chat-offline-heading = Leave a message
chat-offline-intro = No agent can chat right now. Leave a message with your email address or phone number, and an agent will answer you.
chat-offline-email = Email address
chat-offline-phone = Phone number, for an answer by text message
chat-offline-body = Your message
chat-offline-submit = Send message
chat-offline-sent = Thank you. We received your message, and an agent will answer you by email or text message.
chat-offline-error-body = Enter your message
chat-offline-error-body-long = Your message must be 2,000 characters or fewer
chat-offline-error-name-long = Your name must be 100 characters or fewer
chat-offline-error-contact = Enter an email address or a phone number so that we can answer you
chat-offline-error-email = Enter an email address in the correct format, like name@example.com
chat-offline-error-phone = Enter a phone number, like 416 555 0123

## Chat events, shown to both sides.

chat-event-joined = { $name } joined the chat.
chat-event-transferred = The chat was passed to { $name }.
chat-event-ended = The chat has ended.
chat-event-request = Service request { $number } was created for you. You can track it with this number.

## Why something sent in the chat was not accepted.

chat-error-bad-frame = That could not be read. Reload the page and try again.
chat-error-too-long = Your message is too long. Keep it to 2,000 characters or fewer.
chat-error-too-fast = You are sending messages very quickly. Wait a moment, then send again.
chat-error-empty = Type a message before sending.
chat-error-topic-missing = Enter what you need help with.
chat-error-already-started = This chat has already started.
chat-error-unknown-chat = That chat could not be found. Start a new chat.
chat-error-no-chat = Start a chat first.
chat-error-chat-ended = This chat has ended. Start a new chat to send more messages.
chat-error-bad-rating = Choose from 1 to 5 stars.
chat-error-not-ended = You can rate the chat once it has ended.
chat-error-bad-email = Enter an email address in the correct format, like name@example.com
chat-error-agents-only = Only agents can do that.
chat-error-residents-only = Only residents can do that.
chat-error-not-yours = That chat is not assigned to you.
chat-error-at-limit = You have as many chats open as you can take. End one first.
chat-error-taken = Another agent took that chat, or it has ended.
chat-error-agent-unavailable = That agent is not online any more. Choose another.
chat-error-unavailable = The chat is not available right now. Try again in a few minutes, or call 311.

## Ready-made replies agents send, in the resident's language.

chat-canned-greeting = Hello, thank you for contacting 311 Toronto. How can I help you today?
chat-canned-one-moment = One moment please, while I look into this.
chat-canned-more-details = Could you tell me a little more about the problem?
chat-canned-location = Where exactly is the problem? A street address or the nearest intersection helps.
chat-canned-request-filed = I have created a service request for you. You can track it with the number posted in this chat.
chat-canned-goodbye = Thank you for contacting 311. Is there anything else I can help you with?

## The agents' console at /agent.

agent-page-heading = Chat console
agent-status-connected = Connected. You are online for chats.
agent-status-reconnecting = Connection lost. Reconnecting…
agent-queue-heading = Waiting chats
agent-queue-empty = No chats are waiting.
agent-queue-topic = Topic
agent-queue-language = Language
agent-queue-waiting = Waiting
agent-queue-minutes =
    { $minutes ->
        [one] 1 minute
       *[other] { $minutes } minutes
    }
agent-queue-fallback = Not one of your languages
agent-accept = Accept
agent-load = Chats open: { $active } of { $limit }
agent-chats-heading = Your chats
agent-no-chats = Accept a chat from the queue to start.
agent-chat-with = Chat with { $name }
agent-chat-language = Language: { $language }
agent-chat-topic = Topic: { $topic }
agent-canned-label = Canned reply
agent-canned-choose = Choose a reply
agent-canned-insert = Use this reply
agent-reply-label = Reply
agent-send = Send
agent-add-note = Add as internal note
agent-note = Internal note
agent-transfer-label = Transfer to
agent-transfer = Transfer
agent-transfer-none = No other agent is online.
agent-end = End chat
agent-ended = This chat has ended.
agent-close = Close
agent-request-heading = Create a service request
agent-request-service = Service type
agent-request-place = Location: street, intersection or place
agent-request-description = Description
agent-request-submit = Open the report form
agent-request-hint = The report form opens filled in from this chat. Check it and submit it; the request number is posted into the chat.
agent-cases-heading = Messages left when nobody could chat
agent-cases-empty = No messages are waiting for an answer.
agent-case-from = From { $name }, { $contact }
agent-case-reply = Your answer
agent-case-send = Send answer
agent-case-answered = Your answer was sent.
agent-error-reply = Enter an answer of 2,000 characters or fewer.
agent-error-answered = That message was already answered.
agent-error-not-yours = That chat is no longer assigned to you.
agent-error-service = Choose a service type.
staff-chat-transcripts = Chat transcripts

## Messages sent by email or text message.

notify-chat-transcript-subject = Your chat with 311 Toronto
notify-chat-transcript-email = Here is the transcript of your chat with 311 Toronto, as you asked.
notify-chat-reply-subject = An answer to your message to 311 Toronto
notify-chat-reply-email =
    You left a message for 311 Toronto. An agent answered:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
