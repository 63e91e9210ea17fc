-- Service types whose "Completed" needs a photo of the finished work, and those photos.

ALTER TABLE service_types ADD COLUMN completion_photo BIGINT NOT NULL DEFAULT 0;

CREATE TABLE event_photos (
    id BIGSERIAL PRIMARY KEY,
    status_event_id BIGINT NOT NULL REFERENCES status_events (id),
    -- Re-encoded like residents' photos: resized, without EXIF or any other metadata.
    content_type TEXT NOT NULL,
    bytes BYTEA NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX event_photos_event ON event_photos (status_event_id);
