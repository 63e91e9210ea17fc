-- Staff sign-in: sessions, failed attempts (for rate limiting across instances), and the audit
-- log of every staff action.

CREATE TABLE staff_sessions (
    -- SHA-256 of the cookie's random token; the token itself is never stored.
    token_hash TEXT PRIMARY KEY,
    staff_user_id BIGINT NOT NULL REFERENCES staff_users (id),
    -- Sent back in every form and compared on every post.
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE login_failures (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email, created_at);

CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    staff_user_id BIGINT REFERENCES staff_users (id),
    action TEXT NOT NULL,
    sr_number TEXT,
    detail TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX audit_log_created ON audit_log (created_at);
