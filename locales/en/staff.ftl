### The staff console: signing in, the queue, changing a request's status, the audit log.

staff-page-title = { $heading } – { -product-name } staff
staff-unavailable = The staff console cannot be shown right now. Please try again in a few minutes.
staff-forbidden-heading = You cannot open this page
staff-forbidden-body = Your account does not have access to this part of the staff console. Ask an administrator if you need it.

## Signing in
staff-login-heading = Staff sign-in
staff-password = Password
staff-sign-in = Sign in
staff-sign-out = Sign out
staff-signed-in-as = Signed in as { $name }
staff-login-error-wrong = The email address or password is not right
staff-login-error-locked = Too many attempts to sign in. Wait 15 minutes, then try again.
staff-error-csrf = The form was out of date. Reload the page and try again.

## The queue
staff-queue-heading = Service request queue
staff-filter-any = Any
staff-filter-overdue = Only requests past their expected date
staff-filter-complaints = Only requests with a complaint waiting for an answer
staff-filter-apply = Show requests
staff-queue-empty = No service requests match these filters.
staff-column-number = SR number
staff-complaint-due = Complaint: answer by { $date }
staff-complaint-escalated = Complaint escalated: the answer is late

## One request
staff-change-heading = Change the status
staff-new-status = New status
staff-reason = Reason for closing
staff-reason-hint = Needed when the new status closes the request. It must fit the status.
staff-reason-none = No reason: the request stays open
staff-public-note = Public note
staff-public-note-hint = The resident sees this on the status page. When closing, say what was done, or why nothing was done.
staff-internal-note = Internal note
staff-internal-note-hint = Only staff see this.
staff-save = Save the change
staff-saved = The change was saved.
staff-history-heading = Full history
staff-error-status = Choose a status from the list
staff-error-reason-missing = Choose a reason for closing the request
staff-error-reason-mismatch = The reason does not fit the new status. Choose a reason that matches it.
staff-error-note-missing = Write a public note that tells the resident what was done, or why nothing was done
staff-error-reason-open = A reason for closing is only for statuses that close the request

## Reasons for closing
staff-reason-repaired = Repaired
staff-reason-cleaned = Cleaned up
staff-reason-removed = Removed
staff-reason-other-government = Referred to another level of government
staff-reason-utility-company = Referred to the utility or company that owns it
staff-reason-private-property = On private property: referred to the owner
staff-reason-not-found = Inspected: no problem found
staff-reason-already-resolved = Already resolved before the crew arrived
staff-reason-meets-standard = Inspected: meets the City's standard
staff-reason-duplicate = Duplicate of another request

## The audit log
staff-audit-heading = Audit log
staff-column-when = When
staff-column-who = Who
staff-column-action = Action
staff-column-detail = Detail
staff-action-login = Signed in
staff-action-logout = Signed out
staff-action-login-failed = Failed sign-in
staff-action-login-locked = Sign-in refused: too many attempts
staff-action-status-change = Status changed
staff-action-escalation = Complaint escalated automatically: its SLA passed

## Changing several requests at once from the queue
staff-bulk-column = Select
staff-bulk-select = Select request { $number }
staff-bulk-heading = Change the selected requests
staff-bulk-hint = Tick requests in the table, then choose the change. Each request gets the same status, reason and notes, and its own line in its history.
staff-bulk-button = Change the selected requests
staff-bulk-saved =
    { $count ->
        [one] One request was changed.
       *[other] { $count } requests were changed.
    }
staff-error-none-selected = Select at least one request in the table.
staff-bulk-skipped =
    { $count ->
        [one] One request was not changed: marking it Completed needs a photo of the finished work. Open it to add one.
       *[other] { $count } requests were not changed: marking them Completed needs a photo of the finished work. Open each to add one.
    }

## A photo with a status change (of the finished work)
staff-photo = Photo of the work (optional)
staff-photo-hint = A JPEG, PNG or WebP image up to 10 MB. Residents see it on the request's timeline.
staff-photo-hint-required = This service needs a photo of the finished work to mark it Completed. A JPEG, PNG or WebP image up to 10 MB; residents see it on the timeline.
staff-error-completion-photo-missing = Add a photo of the finished work: this service needs one to mark it Completed
