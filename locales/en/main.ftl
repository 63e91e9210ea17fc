### Civic311 interface text: English (the reference locale; every other locale has these ids).

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Skip to main content
language-switcher-label = Language
loading = Loading…
footer-emergency = For emergencies, call 911. This portal is for non-emergency City services.

home-title = Report a problem or request a City service – { -product-name }
home-heading = Report a problem or request a City service
home-intro = Tell the City about a pothole, a missed collection, graffiti and more than 60 other non-emergency issues. You get a service request (SR) number to track what happens next.
home-groups-heading = What is it about?
home-report-button = Report a problem
service-group-count =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }
catalogue-unavailable = The list of services cannot be shown right now. Please try again in a few minutes.

not-found-title = Page not found – { -product-name }
not-found-heading = Page not found
not-found-home-link = Go to the home page

## Navigation and form errors
site-nav-label = Main
nav-track = Track a request
nav-report = Report a problem
error-title-prefix = Error:
error-summary-heading = There is a problem

## Looking up a service request
lookup-title = Track a service request – { -product-name }
lookup-heading = Track a service request
lookup-label = Service request number
lookup-hint = Your service request (SR) number is on your confirmation page and emails. It looks like 2026-000123.
lookup-button = Find my request
lookup-error-format = Enter your service request number in the form 2026-000123

## One service request
request-title = Service request { $number } – { -product-name }
request-heading = Service request { $number }
request-status = Status
request-service = Service
request-division = Handled by
request-filed = Received
request-expected = Expected by
request-location = Location
request-ward = Ward
request-ward-value = Ward { $number }: { $name }
request-due-today = Due today
request-days-left =
    { $days ->
        [one] { $days } day left
       *[other] { $days } days left
    }
request-days-overdue =
    { $days ->
        [one] { $days } day past the expected date
       *[other] { $days } days past the expected date
    }
request-timeline-heading = What has happened so far
request-event-photo-alt = Photo from the city of the work, number { $number }
request-unavailable = This service request cannot be shown right now. Please try again in a few minutes.
request-not-found-title = Service request not found – { -product-name }
request-not-found-heading = We cannot find that service request
request-not-found-body = There is no service request { $number }. Check the number on your confirmation page or email. A request you just made can take a minute to appear.
request-not-found-retry = Look up another number

## Statuses, in plain language
status-received = Received
status-assigned = Assigned to division
status-inspection = Inspection
status-scheduled = Work scheduled
status-completed = Completed
status-closed_referred = Closed – referred
status-closed_no_action = Closed – no action needed
status-closed_duplicate = Closed – duplicate

## The service directory
nav-services = City services
services-title = City services – { -product-name }
services-heading = City services
services-intro = Find the service for your problem. Search in your own words, or browse by topic.
services-search-label = Search for a service
services-search-hint = For example: pothole, missed garbage, noise
services-search-button = Search
services-results-heading =
    { $count ->
        [one] { $count } service matches “{ $query }”
       *[other] { $count } services match “{ $query }”
    }
services-no-results = No service matches “{ $query }”. Try other words, or browse the topics below.
services-browse-heading = Browse by topic
service-detail-title = { $name } – { -product-name }
service-topic = Topic
service-standard = Service standard
service-sla-hours =
    { $count ->
        [one] We aim to respond within { $count } hour
       *[other] We aim to respond within { $count } hours
    }
service-sla-business-days =
    { $count ->
        [one] We aim to respond within { $count } business day
       *[other] We aim to respond within { $count } business days
    }
service-sla-calendar-days =
    { $count ->
        [one] We aim to respond within { $count } day
       *[other] We aim to respond within { $count } days
    }
service-back = All City services
service-not-found-title = Service not found – { -product-name }
service-not-found-heading = We cannot find that service

## Complaints about a request
request-complaint-heading = Not happy with how this request is going?
request-complaint-overdue = The expected date has passed and this request is not closed. You can file a complaint: a supervisor must answer it within 5 business days, or it goes to the division's management.
request-complaint-closed = If the problem was not fixed, or you disagree with how this request was closed, you can file a complaint: a supervisor must answer it within 5 business days, or it goes to the division's management.
request-complaint-details = What is wrong?
request-complaint-details-hint = For example: the pothole is still there after the request was closed.
request-complaint-email = Email address (optional)
request-complaint-email-hint = So that we can tell you the answer. It is never shown publicly.
request-complaint-submit = File a complaint
request-complaint-filed = Your complaint was filed. It appears on the timeline below.
request-complaint-pending = A complaint about this request is waiting for an answer, expected by { $date }.
request-complaint-escalated = The answer is late, so the complaint was escalated to the division's management.
request-complaint-error-details = Tell us what is wrong
request-complaint-error-too-long = The complaint must be 2000 characters or fewer
status-complaint = Complaint filed
status-escalated = Complaint escalated to the division's management
