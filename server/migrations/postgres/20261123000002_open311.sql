-- Open311 GeoReport v2: API keys for client systems, and what their requests carry.

CREATE TABLE api_keys (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    -- SHA-256 of the key; keys are 256 random bits, so a fast hash is enough.
    key_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

ALTER TABLE service_requests ADD COLUMN attributes_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE service_requests ADD COLUMN media_url TEXT;
ALTER TABLE service_requests ADD COLUMN address_id TEXT;
ALTER TABLE service_requests ADD COLUMN device_id TEXT;
ALTER TABLE service_requests ADD COLUMN account_id TEXT;
ALTER TABLE service_requests ADD COLUMN token TEXT;
ALTER TABLE service_requests ADD COLUMN source TEXT NOT NULL DEFAULT 'web';
ALTER TABLE service_requests ADD COLUMN api_key_id BIGINT REFERENCES api_keys (id);

CREATE UNIQUE INDEX service_requests_token ON service_requests (token);
CREATE INDEX service_requests_created ON service_requests (created_at);
