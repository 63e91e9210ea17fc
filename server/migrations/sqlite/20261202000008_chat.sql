-- Live chat: conversations, their messages with a per-conversation sequence number, and each
-- agent's languages, chat limit and presence.

CREATE TABLE chat_conversations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- SHA-256 of the resident's resume token; the token itself is never stored.
    token_hash TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    language TEXT NOT NULL,
    resident_name TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL,
    service_request_id BIGINT REFERENCES service_requests (id),
    agent_id BIGINT REFERENCES staff_users (id),
    contact_email TEXT,
    contact_phone TEXT,
    rating BIGINT,
    last_seq BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    accepted_at BIGINT,
    ended_at BIGINT
);
CREATE INDEX chat_conversations_status ON chat_conversations (status, created_at);

CREATE TABLE chat_messages (
    conversation_id BIGINT NOT NULL REFERENCES chat_conversations (id),
    seq BIGINT NOT NULL,
    author TEXT NOT NULL,
    author_name TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    arg TEXT NOT NULL DEFAULT '',
    internal BIGINT NOT NULL DEFAULT 0,
    client_id TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
);
CREATE UNIQUE INDEX chat_messages_client ON chat_messages (conversation_id, client_id);

-- Comma-separated language tags the agent chats in; empty means any.
ALTER TABLE staff_users ADD COLUMN chat_languages TEXT NOT NULL DEFAULT '';
ALTER TABLE staff_users ADD COLUMN chat_limit BIGINT NOT NULL DEFAULT 3;
-- Refreshed while the agent's console is open; older than a minute means offline.
ALTER TABLE staff_users ADD COLUMN chat_seen_at BIGINT;
