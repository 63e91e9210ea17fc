-- Complaints about a request that is overdue or whose closure the resident disputes. Each has
-- its own SLA; one that passes unanswered is escalated.

CREATE TABLE complaints (
    id BIGSERIAL PRIMARY KEY,
    service_request_id BIGINT NOT NULL REFERENCES service_requests (id),
    kind TEXT NOT NULL CHECK (kind IN ('overdue', 'disputed_closure')),
    details TEXT NOT NULL,
    contact_email TEXT,
    created_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    -- Set when staff act on the request after the complaint.
    answered_at BIGINT,
    escalated_at BIGINT
);
CREATE INDEX complaints_request ON complaints (service_request_id);
CREATE INDEX complaints_due ON complaints (due_at);
