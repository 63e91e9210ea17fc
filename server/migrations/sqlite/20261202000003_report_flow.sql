-- The web report flow: drafts a resident fills in step by step, their photos, and residents
-- who follow an existing request instead of filing a duplicate ("me too").

CREATE TABLE report_drafts (
    -- 128 random bits in hex: the draft's URL is its only key, and doubles as the
    -- idempotency key of the request it files.
    id TEXT PRIMARY KEY,
    service_code TEXT NOT NULL REFERENCES service_types (service_code),
    locale TEXT NOT NULL,
    state_json TEXT NOT NULL,
    sr_number TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE photos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id TEXT NOT NULL REFERENCES report_drafts (id),
    service_request_id BIGINT REFERENCES service_requests (id),
    -- The stored copy is re-encoded: resized, and without EXIF or any other metadata.
    content_type TEXT NOT NULL,
    bytes BLOB NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    -- Where the original said it was taken, offered to the resident as the location.
    gps_latitude DOUBLE PRECISION,
    gps_longitude DOUBLE PRECISION,
    created_at BIGINT NOT NULL
);
CREATE INDEX photos_draft ON photos (draft_id);
CREATE INDEX photos_request ON photos (service_request_id);

CREATE TABLE request_followers (
    service_request_id BIGINT NOT NULL REFERENCES service_requests (id),
    -- One "me too" per draft, however often the button is pressed.
    draft_id TEXT NOT NULL UNIQUE REFERENCES report_drafts (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX request_followers_request ON request_followers (service_request_id);
CREATE INDEX service_requests_location ON service_requests (latitude, longitude);
