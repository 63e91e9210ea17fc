-- Residents who asked for updates about a request, and every message the portal sends them.

CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service_request_id BIGINT NOT NULL REFERENCES service_requests (id),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    -- An email address, or a phone number in E.164 form (+14165550123).
    address TEXT NOT NULL,
    -- The language the resident asked in; their messages are written in it.
    locale TEXT NOT NULL,
    -- Random; the code form's URL carries it while the subscription waits for its code.
    handle TEXT NOT NULL UNIQUE,
    -- SHA-256 of the one-time code, cleared once confirmed.
    code_hash TEXT,
    code_expires_at BIGINT,
    code_attempts BIGINT NOT NULL DEFAULT 0,
    confirmed_at BIGINT,
    -- Random; every message's unsubscribe link carries it.
    unsubscribe_token TEXT NOT NULL UNIQUE,
    unsubscribed_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX subscriptions_request ON subscriptions (service_request_id);
CREATE INDEX subscriptions_address ON subscriptions (channel, address);

-- Written in the same transaction as what caused the message; the outbox worker delivers it.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- Sent to the provider with the message (Message-ID, Idempotency-Key), so that a message
    -- re-sent after a crash is recognised as the same one.
    idempotency_key TEXT NOT NULL UNIQUE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient TEXT NOT NULL,
    locale TEXT NOT NULL,
    -- What the message says: code, status or escalated; written out when it is sent.
    kind TEXT NOT NULL,
    params_json TEXT NOT NULL,
    subscription_id BIGINT REFERENCES subscriptions (id),
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    -- The worker sending it holds it until then; after a crash another takes it over.
    locked_until BIGINT,
    delivered_at BIGINT,
    provider_id TEXT,
    last_error TEXT,
    -- Set when retries are given up.
    failed_at BIGINT
);
CREATE INDEX outbox_due ON outbox (delivered_at, failed_at, next_attempt_at);
CREATE INDEX outbox_recipient ON outbox (recipient, kind, created_at);
