-- Service catalogue, service requests with their status history, and staff accounts.
-- Times are Unix seconds (UTC) so the same queries run on SQLite and PostgreSQL.

CREATE TABLE service_groups (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    sort_order BIGINT NOT NULL
);

CREATE TABLE service_types (
    service_code TEXT PRIMARY KEY,
    group_code TEXT NOT NULL REFERENCES service_groups (code),
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    keywords TEXT NOT NULL,
    division TEXT NOT NULL,
    sla_amount BIGINT NOT NULL CHECK (sla_amount > 0),
    sla_unit TEXT NOT NULL CHECK (sla_unit IN ('hours', 'calendar_days', 'business_days')),
    photo_policy TEXT NOT NULL CHECK (photo_policy IN ('none', 'optional', 'required')),
    ownership_check BIGINT NOT NULL DEFAULT 0,
    attributes_json TEXT NOT NULL DEFAULT '[]',
    active BIGINT NOT NULL DEFAULT 1,
    sort_order BIGINT NOT NULL
);
CREATE INDEX service_types_group ON service_types (group_code, sort_order);

CREATE TABLE staff_users (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'division_staff', 'agent', 'councillor')),
    division TEXT,
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    disabled_at BIGINT
);

-- One row per year; the SR number is YEAR-NNNNNN from this counter.
CREATE TABLE sr_number_sequences (
    year BIGINT PRIMARY KEY,
    last_value BIGINT NOT NULL
);

CREATE TABLE service_requests (
    id BIGSERIAL PRIMARY KEY,
    sr_number TEXT NOT NULL UNIQUE,
    service_code TEXT NOT NULL REFERENCES service_types (service_code),
    status TEXT NOT NULL,
    description TEXT NOT NULL,
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    address TEXT,
    ward BIGINT,
    locale TEXT NOT NULL,
    contact_name TEXT,
    contact_email TEXT,
    contact_phone TEXT,
    idempotency_key TEXT UNIQUE,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    sla_due_at BIGINT NOT NULL
);
CREATE INDEX service_requests_type_status ON service_requests (service_code, status);

CREATE TABLE status_events (
    id BIGSERIAL PRIMARY KEY,
    service_request_id BIGINT NOT NULL REFERENCES service_requests (id),
    status TEXT NOT NULL,
    public_note TEXT,
    internal_note TEXT,
    closure_reason TEXT,
    staff_user_id BIGINT REFERENCES staff_users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX status_events_request ON status_events (service_request_id, created_at);
