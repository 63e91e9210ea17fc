//! Live-chat conversations and their messages.
//!
//! Every message gets the next number of its conversation's `last_seq` in the transaction that
//! stores it, so a client that knows the last number it saw can be sent exactly what it
//! missed. On PostgreSQL each write also sends a `NOTIFY` inside its transaction, so other
//! instances hear of it exactly when it is committed.

use app::chat::{AgentInfo, Author, ChatMessage, ChatStatus, ConversationInfo, QueueEntry};
use serde_json::{Map, Value};
use sqlx::{any::AnyRow, AnyConnection, Row};

use super::{
    api_keys::hash_key,
    now,
    outbox::{enqueue, Channel, MessageKind},
    Backend, Db, DbError,
};

/// The PostgreSQL channel chat events travel on between instances.
pub const NOTIFY_CHANNEL: &str = "civic311_chat";

/// An agent counts as online this long after their console last checked in.
pub const PRESENCE_SECONDS: i64 = 45;

/// Something every instance's sockets may need to act on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChatEvent {
    /// A conversation has new messages or a new state.
    Changed(i64),
    /// The waiting queue or the set of online agents changed.
    Queue,
    /// Someone is typing in a conversation.
    Typing { conversation: i64, from_agent: bool },
    /// A conversation was given to an agent (accepted or transferred).
    Assigned { conversation: i64, agent: i64 },
}

impl ChatEvent {
    /// The `NOTIFY` payload.
    pub fn encode(self) -> String {
        match self {
            ChatEvent::Changed(id) => format!("c:{id}"),
            ChatEvent::Queue => "q".to_string(),
            ChatEvent::Typing {
                conversation,
                from_agent,
            } => format!("t:{conversation}:{}", if from_agent { "a" } else { "r" }),
            ChatEvent::Assigned {
                conversation,
                agent,
            } => format!("a:{conversation}:{agent}"),
        }
    }

    pub fn decode(payload: &str) -> Option<Self> {
        let mut parts = payload.split(':');
        match (parts.next()?, parts.next(), parts.next()) {
            ("c", Some(id), None) => id.parse().ok().map(ChatEvent::Changed),
            ("q", None, None) => Some(ChatEvent::Queue),
            ("t", Some(id), Some(side @ ("a" | "r"))) => Some(ChatEvent::Typing {
                conversation: id.parse().ok()?,
                from_agent: side == "a",
            }),
            ("a", Some(id), Some(agent)) => Some(ChatEvent::Assigned {
                conversation: id.parse().ok()?,
                agent: agent.parse().ok()?,
            }),
            _ => None,
        }
    }
}

/// What [`Db::accept_chat`] announces.
pub fn accepted_events(conversation: i64, agent: i64) -> [ChatEvent; 3] {
    [
        ChatEvent::Changed(conversation),
        ChatEvent::Queue,
        ChatEvent::Assigned {
            conversation,
            agent,
        },
    ]
}

/// What [`Db::transfer_chat`] announces.
pub fn transferred_events(conversation: i64, agent: i64) -> [ChatEvent; 2] {
    [
        ChatEvent::Changed(conversation),
        ChatEvent::Assigned {
            conversation,
            agent,
        },
    ]
}

/// What storing a message did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stored {
    pub seq: i64,
    /// The same `client_id` had been stored before; nothing new was written.
    pub duplicate: bool,
}

/// A new message.
#[derive(Clone, Debug)]
pub struct NewMessage<'a> {
    pub author: Author,
    pub author_name: &'a str,
    pub body: &'a str,
    pub arg: &'a str,
    pub internal: bool,
    pub client_id: Option<&'a str>,
}

impl<'a> NewMessage<'a> {
    /// A chat event, shown to both sides in their own language.
    pub fn system(id: &'a str, arg: &'a str) -> Self {
        Self {
            author: Author::System,
            author_name: "",
            body: id,
            arg,
            internal: false,
            client_id: None,
        }
    }
}

/// An agent's chat settings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgentProfile {
    pub id: i64,
    pub name: String,
    pub languages: Vec<String>,
    pub limit: i64,
}

/// A message left outside hours, for the console's list of cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfflineCase {
    pub id: i64,
    pub language: String,
    pub resident_name: String,
    pub topic: String,
    pub contact: String,
    pub body: String,
    pub created_at: i64,
}

/// Sends `events` to every instance when the transaction commits (PostgreSQL only; a single
/// SQLite instance hears of them from its caller).
pub(crate) async fn announce(
    conn: &mut AnyConnection,
    backend: Backend,
    events: &[ChatEvent],
) -> Result<(), DbError> {
    if backend == Backend::Postgres {
        for event in events {
            sqlx::query("SELECT pg_notify($1, $2)")
                .bind(NOTIFY_CHANNEL)
                .bind(event.encode())
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(())
}

async fn insert_message(
    conn: &mut AnyConnection,
    conversation: i64,
    message: &NewMessage<'_>,
) -> Result<Stored, DbError> {
    if let Some(client_id) = message.client_id {
        let existing = sqlx::query(
            "SELECT seq FROM chat_messages WHERE conversation_id = $1 AND client_id = $2",
        )
        .bind(conversation)
        .bind(client_id)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(row) = existing {
            return Ok(Stored {
                seq: row.try_get("seq")?,
                duplicate: true,
            });
        }
    }
    let seq: i64 = sqlx::query(
        "UPDATE chat_conversations SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq",
    )
    .bind(conversation)
    .fetch_one(&mut *conn)
    .await?
    .try_get("last_seq")?;
    sqlx::query(
        "INSERT INTO chat_messages
             (conversation_id, seq, author, author_name, body, arg, internal, client_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(conversation)
    .bind(seq)
    .bind(message.author.as_str())
    .bind(message.author_name)
    .bind(message.body)
    .bind(message.arg)
    .bind(i64::from(message.internal))
    .bind(message.client_id)
    .bind(now())
    .execute(&mut *conn)
    .await?;
    Ok(Stored {
        seq,
        duplicate: false,
    })
}

fn message_from_row(row: &AnyRow) -> Result<ChatMessage, sqlx::Error> {
    let author: String = row.try_get("author")?;
    Ok(ChatMessage {
        conversation: row.try_get("conversation_id")?,
        seq: row.try_get("seq")?,
        author: Author::parse(&author).unwrap_or(Author::System),
        author_name: row.try_get("author_name")?,
        body: row.try_get("body")?,
        arg: row.try_get("arg")?,
        internal: row.try_get::<i64, _>("internal")? != 0,
        client_id: row.try_get("client_id")?,
        at: row.try_get("created_at")?,
    })
}

const CONVERSATION_COLUMNS: &str = "c.id, c.status, c.language, c.resident_name, c.topic,
    c.agent_id, c.created_at, r.sr_number, COALESCE(u.display_name, '') AS agent_name";
const CONVERSATION_JOINS: &str = "chat_conversations c
    LEFT JOIN service_requests r ON r.id = c.service_request_id
    LEFT JOIN staff_users u ON u.id = c.agent_id";

fn conversation_from_row(row: &AnyRow) -> Result<ConversationInfo, sqlx::Error> {
    let status: String = row.try_get("status")?;
    Ok(ConversationInfo {
        id: row.try_get("id")?,
        status: ChatStatus::parse(&status).unwrap_or(ChatStatus::Ended),
        language: row.try_get("language")?,
        resident_name: row.try_get("resident_name")?,
        topic: row.try_get("topic")?,
        request: row.try_get("sr_number")?,
        agent_id: row.try_get("agent_id")?,
        agent_name: row.try_get("agent_name")?,
        created_at: row.try_get("created_at")?,
        canned: Vec::new(),
    })
}

fn languages(stored: &str) -> Vec<String> {
    stored
        .split(',')
        .map(str::trim)
        .filter(|tag| !tag.is_empty())
        .map(str::to_string)
        .collect()
}

impl Db {
    /// Finishes a change of a conversation: says so in the chat, tells every instance, and
    /// commits.
    async fn finish_change(
        &self,
        mut tx: sqlx::Transaction<'static, sqlx::Any>,
        conversation: i64,
        message: NewMessage<'_>,
        events: &[ChatEvent],
    ) -> Result<(), DbError> {
        insert_message(&mut tx, conversation, &message).await?;
        announce(&mut tx, self.backend, events).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Opens a waiting chat; returns its id and the resident's resume token.
    pub async fn start_chat(
        &self,
        language: &str,
        name: &str,
        topic: &str,
        sr_number: Option<&str>,
    ) -> Result<(i64, String), DbError> {
        let token = hex::encode(rand::random::<[u8; 24]>());
        let mut tx = self.begin_write().await?;
        let request_id = match sr_number {
            Some(number) => super::requests::request_id(&mut tx, number).await?,
            None => None,
        };
        let id: i64 = sqlx::query(
            "INSERT INTO chat_conversations
                 (token_hash, status, language, resident_name, topic, service_request_id, created_at)
             VALUES ($1, 'waiting', $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(hash_key(&token))
        .bind(language)
        .bind(name)
        .bind(topic)
        .bind(request_id)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;
        announce(&mut tx, self.backend, &[ChatEvent::Queue]).await?;
        tx.commit().await?;
        Ok((id, token))
    }

    /// Stores a message left when nobody could chat; agents answer it later.
    pub async fn leave_chat_message(
        &self,
        language: &str,
        name: &str,
        email: Option<&str>,
        phone: Option<&str>,
        body: &str,
    ) -> Result<i64, DbError> {
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO chat_conversations
                 (token_hash, status, language, resident_name, topic, contact_email,
                  contact_phone, created_at)
             VALUES ($1, 'offline', $2, $3, '', $4, $5, $6) RETURNING id",
        )
        .bind(hash_key(&hex::encode(rand::random::<[u8; 24]>())))
        .bind(language)
        .bind(name)
        .bind(email)
        .bind(phone)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?
        .try_get("id")?;
        let message = NewMessage {
            author: Author::Resident,
            author_name: name,
            body,
            arg: "",
            internal: false,
            client_id: None,
        };
        insert_message(&mut tx, id, &message).await?;
        announce(&mut tx, self.backend, &[ChatEvent::Queue]).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The conversation a resident's token opens.
    pub async fn chat_by_token(&self, token: &str) -> Result<Option<ConversationInfo>, DbError> {
        let row = sqlx::query(&format!(
            "SELECT {CONVERSATION_COLUMNS} FROM {CONVERSATION_JOINS} WHERE c.token_hash = $1"
        ))
        .bind(hash_key(token))
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(conversation_from_row).transpose()?)
    }

    pub async fn chat_conversation(&self, id: i64) -> Result<Option<ConversationInfo>, DbError> {
        let row = sqlx::query(&format!(
            "SELECT {CONVERSATION_COLUMNS} FROM {CONVERSATION_JOINS} WHERE c.id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.as_ref().map(conversation_from_row).transpose()?)
    }

    /// Stores a message and returns its sequence number; a repeated `client_id` returns the
    /// first one's number.
    pub async fn store_chat_message(
        &self,
        conversation: i64,
        message: &NewMessage<'_>,
    ) -> Result<Stored, DbError> {
        let mut tx = self.begin_write().await?;
        let stored = insert_message(&mut tx, conversation, message).await?;
        if !stored.duplicate {
            announce(&mut tx, self.backend, &[ChatEvent::Changed(conversation)]).await?;
        }
        tx.commit().await?;
        Ok(stored)
    }

    /// Messages after `after_seq`, in order; notes only when `with_internal`.
    pub async fn chat_messages_after(
        &self,
        conversation: i64,
        after_seq: i64,
        with_internal: bool,
    ) -> Result<Vec<ChatMessage>, DbError> {
        let rows = sqlx::query(
            "SELECT conversation_id, seq, author, author_name, body, arg, internal, client_id,
                    created_at
             FROM chat_messages
             WHERE conversation_id = $1 AND seq > $2 AND (internal = 0 OR $3 = 1)
             ORDER BY seq",
        )
        .bind(conversation)
        .bind(after_seq)
        .bind(i64::from(with_internal))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(message_from_row)
            .collect::<Result<_, _>>()?)
    }

    /// Every waiting chat, the online agents and the recent average wait.
    pub async fn queue_snapshot(&self) -> Result<crate::chat::queue::QueueSnapshot, DbError> {
        let at = now();
        let rows = sqlx::query(&format!(
            "SELECT {CONVERSATION_COLUMNS} FROM {CONVERSATION_JOINS}
             WHERE c.status = 'waiting' ORDER BY c.id"
        ))
        .fetch_all(&self.pool)
        .await?;
        let waiting = rows
            .iter()
            .map(|row| {
                let info = conversation_from_row(row)?;
                Ok(QueueEntry {
                    id: info.id,
                    waiting_seconds: at - info.created_at,
                    language: info.language,
                    resident_name: info.resident_name,
                    topic: info.topic,
                    request: info.request,
                    fallback: false,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        let waits = sqlx::query(
            "SELECT accepted_at - created_at AS waited FROM chat_conversations
             WHERE accepted_at IS NOT NULL ORDER BY accepted_at DESC LIMIT 20",
        )
        .fetch_all(&self.pool)
        .await?;
        let waited: Vec<i64> = waits
            .iter()
            .filter_map(|row| row.try_get::<i64, _>("waited").ok())
            .collect();
        let average_wait = if waited.is_empty() {
            120
        } else {
            waited.iter().sum::<i64>() / waited.len() as i64
        };
        Ok(crate::chat::queue::QueueSnapshot::new(
            waiting,
            self.online_agents().await?,
            average_wait,
        ))
    }

    /// Gives a waiting chat to `agent` if they are below their limit; false when it is
    /// taken already or they are at their limit.
    pub async fn accept_chat(
        &self,
        conversation: i64,
        agent: &AgentProfile,
    ) -> Result<bool, DbError> {
        let mut tx = self.begin_write().await?;
        let active: i64 = sqlx::query(
            "SELECT COUNT(*) AS active FROM chat_conversations
             WHERE agent_id = $1 AND status = 'active'",
        )
        .bind(agent.id)
        .fetch_one(&mut *tx)
        .await?
        .try_get("active")?;
        if active >= agent.limit {
            return Ok(false);
        }
        let taken = sqlx::query(
            "UPDATE chat_conversations SET status = 'active', agent_id = $2, accepted_at = $3
             WHERE id = $1 AND status = 'waiting'",
        )
        .bind(conversation)
        .bind(agent.id)
        .bind(now())
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !taken {
            return Ok(false);
        }
        let joined = NewMessage::system("chat-event-joined", &agent.name);
        let events = accepted_events(conversation, agent.id);
        self.finish_change(tx, conversation, joined, &events)
            .await?;
        Ok(true)
    }

    /// Hands an active chat from `from` to the online agent `to`.
    pub async fn transfer_chat(
        &self,
        conversation: i64,
        from: i64,
        to: &AgentProfile,
    ) -> Result<bool, DbError> {
        let mut tx = self.begin_write().await?;
        let moved = sqlx::query(
            "UPDATE chat_conversations SET agent_id = $3
             WHERE id = $1 AND agent_id = $2 AND status = 'active'",
        )
        .bind(conversation)
        .bind(from)
        .bind(to.id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !moved {
            return Ok(false);
        }
        let moved = NewMessage::system("chat-event-transferred", &to.name);
        let events = transferred_events(conversation, to.id);
        self.finish_change(tx, conversation, moved, &events).await?;
        Ok(true)
    }

    /// Ends a waiting or active chat.
    pub async fn end_chat(&self, conversation: i64) -> Result<bool, DbError> {
        let mut tx = self.begin_write().await?;
        let ended = sqlx::query(
            "UPDATE chat_conversations SET status = 'ended', ended_at = $2
             WHERE id = $1 AND status IN ('waiting', 'active')",
        )
        .bind(conversation)
        .bind(now())
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !ended {
            return Ok(false);
        }
        let ended = NewMessage::system("chat-event-ended", "");
        let events = [ChatEvent::Changed(conversation), ChatEvent::Queue];
        self.finish_change(tx, conversation, ended, &events).await?;
        Ok(true)
    }

    /// Records the resident's rating of an ended chat.
    pub async fn rate_chat(&self, conversation: i64, stars: u8) -> Result<bool, DbError> {
        Ok(sqlx::query(
            "UPDATE chat_conversations SET rating = $2 WHERE id = $1 AND status = 'ended'",
        )
        .bind(conversation)
        .bind(i64::from(stars))
        .execute(&self.pool)
        .await?
        .rows_affected()
            == 1)
    }

    pub async fn chat_rating(&self, conversation: i64) -> Result<Option<i64>, DbError> {
        Ok(
            sqlx::query("SELECT rating FROM chat_conversations WHERE id = $1")
                .bind(conversation)
                .fetch_optional(&self.pool)
                .await?
                .map(|row| row.try_get("rating"))
                .transpose()?
                .flatten(),
        )
    }

    /// Queues the transcript for `email` in the outbox, in `locale`.
    pub async fn queue_chat_transcript(
        &self,
        email: &str,
        locale: &str,
        transcript: &str,
    ) -> Result<(), DbError> {
        let mut params = Map::new();
        params.insert("transcript".into(), Value::String(transcript.to_string()));
        let mut tx = self.begin_write().await?;
        enqueue(
            &mut tx,
            Channel::Email,
            email,
            locale,
            MessageKind::ChatTranscript,
            &params,
            None,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Links the chat to a request filed from it, and says so in the chat.
    pub async fn link_chat_request(
        &self,
        conversation: i64,
        request_id: i64,
        sr_number: &str,
    ) -> Result<bool, DbError> {
        let mut tx = self.begin_write().await?;
        let linked = sqlx::query(
            "UPDATE chat_conversations SET service_request_id = $2
             WHERE id = $1 AND (service_request_id IS NULL OR service_request_id <> $2)",
        )
        .bind(conversation)
        .bind(request_id)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !linked {
            return Ok(false);
        }
        let filed = NewMessage::system("chat-event-request", sr_number);
        let events = [ChatEvent::Changed(conversation)];
        self.finish_change(tx, conversation, filed, &events).await?;
        Ok(true)
    }

    /// Conversations linked to a request, oldest first, for the staff page.
    pub async fn chats_for_request(&self, sr_number: &str) -> Result<Vec<i64>, DbError> {
        let rows = sqlx::query(
            "SELECT c.id FROM chat_conversations c
             JOIN service_requests r ON r.id = c.service_request_id
             WHERE r.sr_number = $1 ORDER BY c.id",
        )
        .bind(sr_number)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|row| row.try_get("id"))
            .collect::<Result<_, _>>()?)
    }

    /// The chats `agent` is in, oldest first.
    pub async fn active_chats_of(&self, agent: i64) -> Result<Vec<i64>, DbError> {
        let rows = sqlx::query(
            "SELECT id FROM chat_conversations WHERE agent_id = $1 AND status = 'active'
             ORDER BY id",
        )
        .bind(agent)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|row| row.try_get("id"))
            .collect::<Result<_, _>>()?)
    }

    pub async fn agent_profile(&self, staff_user_id: i64) -> Result<Option<AgentProfile>, DbError> {
        let row = sqlx::query(
            "SELECT id, display_name, chat_languages, chat_limit FROM staff_users
             WHERE id = $1 AND disabled_at IS NULL",
        )
        .bind(staff_user_id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let stored: String = row.try_get("chat_languages")?;
        Ok(Some(AgentProfile {
            id: row.try_get("id")?,
            name: row.try_get("display_name")?,
            languages: languages(&stored),
            limit: row.try_get("chat_limit")?,
        }))
    }

    /// Sets the languages an agent chats in and how many chats they take at once.
    pub async fn set_agent_chat(
        &self,
        staff_user_id: i64,
        languages: &[String],
        limit: i64,
    ) -> Result<(), DbError> {
        sqlx::query("UPDATE staff_users SET chat_languages = $2, chat_limit = $3 WHERE id = $1")
            .bind(staff_user_id)
            .bind(languages.join(","))
            .bind(limit)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Marks the agent online now (or offline); tells every instance when that changes.
    pub async fn agent_presence(&self, staff_user_id: i64, online: bool) -> Result<(), DbError> {
        let mut tx = self.begin_write().await?;
        let was_online =
            sqlx::query("SELECT 1 FROM staff_users WHERE id = $1 AND chat_seen_at > $2")
                .bind(staff_user_id)
                .bind(now() - PRESENCE_SECONDS)
                .fetch_optional(&mut *tx)
                .await?
                .is_some();
        sqlx::query("UPDATE staff_users SET chat_seen_at = $2 WHERE id = $1")
            .bind(staff_user_id)
            .bind(online.then(now))
            .execute(&mut *tx)
            .await?;
        if was_online != online {
            announce(&mut tx, self.backend, &[ChatEvent::Queue]).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Agents whose console checked in recently.
    pub async fn online_agents(&self) -> Result<Vec<AgentInfo>, DbError> {
        let rows = sqlx::query(
            "SELECT id, display_name, chat_languages FROM staff_users
             WHERE chat_seen_at > $1 AND disabled_at IS NULL ORDER BY display_name",
        )
        .bind(now() - PRESENCE_SECONDS)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let stored: String = row.try_get("chat_languages")?;
                Ok(AgentInfo {
                    id: row.try_get("id")?,
                    name: row.try_get("display_name")?,
                    languages: languages(&stored),
                })
            })
            .collect()
    }

    /// Messages left outside hours that nobody answered yet, oldest first.
    pub async fn offline_cases(&self) -> Result<Vec<OfflineCase>, DbError> {
        let rows = sqlx::query(
            "SELECT c.id, c.language, c.resident_name, c.topic,
                    COALESCE(c.contact_email, c.contact_phone, '') AS contact, m.body, c.created_at
             FROM chat_conversations c
             JOIN chat_messages m ON m.conversation_id = c.id AND m.seq = 1
             WHERE c.status = 'offline' ORDER BY c.id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(OfflineCase {
                    id: row.try_get("id")?,
                    language: row.try_get("language")?,
                    resident_name: row.try_get("resident_name")?,
                    topic: row.try_get("topic")?,
                    contact: row.try_get("contact")?,
                    body: row.try_get("body")?,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }

    /// Answers a left message: stores the reply and sends it to the resident's email or phone.
    pub async fn answer_offline_case(
        &self,
        conversation: i64,
        agent: &AgentProfile,
        reply: &str,
    ) -> Result<bool, DbError> {
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "SELECT language, contact_email, contact_phone FROM chat_conversations
             WHERE id = $1 AND status = 'offline'",
        )
        .bind(conversation)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else { return Ok(false) };
        let language: String = row.try_get("language")?;
        let email: Option<String> = row.try_get("contact_email")?;
        let phone: Option<String> = row.try_get("contact_phone")?;
        sqlx::query(
            "UPDATE chat_conversations SET status = 'answered', agent_id = $2, ended_at = $3
             WHERE id = $1",
        )
        .bind(conversation)
        .bind(agent.id)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        let message = NewMessage {
            author: Author::Agent,
            author_name: &agent.name,
            body: reply,
            arg: "",
            internal: false,
            client_id: None,
        };
        insert_message(&mut tx, conversation, &message).await?;
        let mut params = Map::new();
        params.insert("reply".into(), Value::String(reply.to_string()));
        let (channel, recipient) = match (email, phone) {
            (Some(email), _) => (Channel::Email, email),
            (None, Some(phone)) => (Channel::Sms, phone),
            (None, None) => return Ok(false),
        };
        enqueue(
            &mut tx,
            channel,
            &recipient,
            &language,
            MessageKind::ChatReply,
            &params,
            None,
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}
