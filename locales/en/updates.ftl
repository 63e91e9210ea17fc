## Updates about a request by email or text message: the status page's forms, the
## unsubscribe page, and the messages themselves. Messages are plain text; $number is an SR
## number such as 2026-000123, $service a service type's name, $status a status name.

updates-heading = Get updates
updates-intro = We can tell you each time this request changes. First we send you a code, to check that the address is yours.
updates-email-label = Email address
updates-email-hint = We use it only for updates about this request.
updates-email-button = Email me updates
updates-phone-label = Mobile phone number
updates-phone-hint = For example 416 555 0123. Your carrier's message rates may apply.
updates-phone-button = Text me updates
updates-code-sent-email = We sent a 6-digit code to { $address }.
updates-code-sent-sms = We sent a 6-digit code by text message to { $address }.
updates-code-label = Code
updates-code-hint = The code expires 15 minutes after we send it.
updates-confirm-button = Confirm
updates-resend-button = Send a new code
updates-resent = We sent a new code. Only the newest code works.
updates-on = You will get updates about this request. Every message has a link to stop them.
updates-already = That address already gets updates about this request.
updates-error-email = Enter an email address like name@example.com
updates-error-phone = Enter a mobile number with its area code, like 416 555 0123
updates-error-too-many = You asked for several codes in a short time. Use the last code we sent, or try again in an hour.
updates-error-code-format = Enter the 6-digit code from the message we sent
updates-error-code-wrong = The code is not right. Check the newest message we sent and try again.
updates-error-code-expired = The code has expired. Send a new code.
updates-error-code-attempts = The code was entered wrongly too many times. Send a new code.
updates-error-unknown = This code can no longer be used. Ask for updates again.

unsubscribe-title = Stop updates
unsubscribe-heading = Stop updates about request { $number }
unsubscribe-sent-to-email = Updates are sent to { $address }.
unsubscribe-sent-to-sms = Updates are sent by text message to { $address }.
unsubscribe-button = Stop updates
unsubscribe-done = You will get no more updates about request { $number }.
unsubscribe-unknown = This link is not valid. Check that it was copied in full.
unsubscribe-back = See the request

notify-code-subject = Your code for request { $number }
notify-code-email =
    Your code is { $code }.
    
    Enter it on the page where you asked for updates about request { $number }. It expires in 15 minutes.
    
    If you did not ask for updates, ignore this email.
notify-code-sms = Your 311 code for request { $number } is { $code }. It expires in 15 minutes.
notify-status-subject = Request { $number }: { $status }
notify-status-email = Your request { $number } ({ $service }) is now: { $status }.
notify-status-sms = 311: request { $number } ({ $service }) is now: { $status }.
notify-note = Note from the city: { $note }
notify-escalated-subject = Request { $number }: your complaint was escalated
notify-escalated-email = Your complaint about request { $number } ({ $service }) was not answered in time, so it was escalated to the division's managers.
notify-escalated-sms = 311: your complaint about request { $number } was escalated to the division's managers.
notify-link = See the request and its history: { $link }
notify-link-sms = { $link }
notify-footer-email = You get this email because you asked for updates about this request.
notify-unsubscribe = Stop these updates: { $unsubscribe }
notify-unsubscribe-sms = Reply STOP to stop, or visit { $unsubscribe }
