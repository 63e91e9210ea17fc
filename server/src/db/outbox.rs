//! The outbox: every message to a resident is written here in the same transaction as what
//! caused it, then delivered by the worker in `crate::notify`.

use serde_json::{Map, Value};
use sqlx::{AnyConnection, Row};

use super::{now, Db, DbError};

/// How a message reaches the resident.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Email,
    Sms,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "email" => Some(Channel::Email),
            "sms" => Some(Channel::Sms),
            _ => None,
        }
    }
}

/// What a message says; its text is written in the recipient's language when it is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MessageKind {
    /// The one-time code that confirms a subscription.
    Code,
    /// The request's status changed.
    Status,
    /// A complaint about the request was escalated.
    Escalated,
    /// The transcript of a live chat the resident asked for.
    ChatTranscript,
    /// An agent's answer to a message left outside chat hours.
    ChatReply,
}

impl MessageKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MessageKind::Code => "code",
            MessageKind::Status => "status",
            MessageKind::Escalated => "escalated",
            MessageKind::ChatTranscript => "chat_transcript",
            MessageKind::ChatReply => "chat_reply",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "code" => Some(MessageKind::Code),
            "status" => Some(MessageKind::Status),
            "escalated" => Some(MessageKind::Escalated),
            "chat_transcript" => Some(MessageKind::ChatTranscript),
            "chat_reply" => Some(MessageKind::ChatReply),
            _ => None,
        }
    }
}

/// A message waiting to be sent, or being sent.
#[derive(Clone, Debug)]
pub struct OutboxMessage {
    pub id: i64,
    pub idempotency_key: String,
    pub channel: Channel,
    pub recipient: String,
    pub locale: String,
    pub kind: MessageKind,
    pub params: Map<String, Value>,
    pub attempts: i64,
}

/// Adds a message to the outbox inside the caller's transaction.
pub(crate) async fn enqueue(
    conn: &mut AnyConnection,
    channel: Channel,
    recipient: &str,
    locale: &str,
    kind: MessageKind,
    params: &Map<String, Value>,
    subscription_id: Option<i64>,
) -> Result<(), DbError> {
    let at = now();
    sqlx::query(
        "INSERT INTO outbox (idempotency_key, channel, recipient, locale, kind, params_json,
             subscription_id, created_at, next_attempt_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)",
    )
    .bind(hex::encode(rand::random::<[u8; 16]>()))
    .bind(channel.as_str())
    .bind(recipient)
    .bind(locale)
    .bind(kind.as_str())
    .bind(Value::Object(params.clone()).to_string())
    .bind(subscription_id)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Tells everyone who confirmed updates about request `request_id`, inside the caller's
/// transaction. `params` gets each subscription's unsubscribe token added.
pub(crate) async fn notify_subscribers(
    conn: &mut AnyConnection,
    request_id: i64,
    kind: MessageKind,
    params: &Map<String, Value>,
) -> Result<usize, DbError> {
    let subscribers: Vec<(i64, String, String, String, String)> = sqlx::query_as(
        "SELECT id, channel, address, locale, unsubscribe_token FROM subscriptions
         WHERE service_request_id = $1 AND confirmed_at IS NOT NULL AND unsubscribed_at IS NULL",
    )
    .bind(request_id)
    .fetch_all(&mut *conn)
    .await?;
    for (id, channel, address, locale, token) in &subscribers {
        let Some(channel) = Channel::parse(channel) else {
            continue;
        };
        let mut params = params.clone();
        params.insert("unsubscribe".into(), Value::String(token.clone()));
        enqueue(conn, channel, address, locale, kind, &params, Some(*id)).await?;
    }
    Ok(subscribers.len())
}

/// What every message about request `request_id` mentions: its number and service.
pub(crate) async fn request_params(
    conn: &mut AnyConnection,
    request_id: i64,
) -> Result<Map<String, Value>, DbError> {
    let (number, code, name): (String, String, String) = sqlx::query_as(
        "SELECT r.sr_number, r.service_code, t.name FROM service_requests r
         JOIN service_types t ON t.service_code = r.service_code WHERE r.id = $1",
    )
    .bind(request_id)
    .fetch_one(conn)
    .await?;
    let mut params = Map::new();
    params.insert("number".into(), Value::String(number));
    params.insert("service_code".into(), Value::String(code));
    params.insert("service_name".into(), Value::String(name));
    Ok(params)
}

impl Db {
    /// Messages due for a (first or further) attempt that no live worker holds.
    pub async fn due_messages(&self, limit: i64) -> Result<Vec<OutboxMessage>, DbError> {
        let at = now();
        let rows = sqlx::query(
            "SELECT id, idempotency_key, channel, recipient, locale, kind, params_json, attempts
             FROM outbox
             WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $1
               AND (locked_until IS NULL OR locked_until < $1)
             ORDER BY id LIMIT $2",
        )
        .bind(at)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let mut messages = Vec::with_capacity(rows.len());
        for row in rows {
            let channel: String = row.try_get("channel")?;
            let kind: String = row.try_get("kind")?;
            let params: String = row.try_get("params_json")?;
            let (Some(channel), Some(kind)) = (Channel::parse(&channel), MessageKind::parse(&kind))
            else {
                continue;
            };
            messages.push(OutboxMessage {
                id: row.try_get("id")?,
                idempotency_key: row.try_get("idempotency_key")?,
                channel,
                recipient: row.try_get("recipient")?,
                locale: row.try_get("locale")?,
                kind,
                params: serde_json::from_str(&params).unwrap_or_default(),
                attempts: row.try_get("attempts")?,
            });
        }
        Ok(messages)
    }

    /// Takes a message for `lease_seconds`, counting the attempt. Returns `false` when another
    /// worker (perhaps in another server instance) took it first.
    pub async fn claim_message(&self, id: i64, lease_seconds: i64) -> Result<bool, DbError> {
        let at = now();
        let claimed = sqlx::query(
            "UPDATE outbox SET locked_until = $1, attempts = attempts + 1
             WHERE id = $2 AND delivered_at IS NULL AND failed_at IS NULL
               AND (locked_until IS NULL OR locked_until < $3)",
        )
        .bind(at + lease_seconds)
        .bind(id)
        .bind(at)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(claimed == 1)
    }

    /// The provider accepted the message. A code is not kept once it has gone out.
    pub async fn mark_delivered(&self, id: i64, provider_id: &str) -> Result<(), DbError> {
        sqlx::query(
            "UPDATE outbox SET delivered_at = $1, provider_id = $2, locked_until = NULL,
                 last_error = NULL,
                 params_json = CASE WHEN kind = 'code' THEN '{}' ELSE params_json END
             WHERE id = $3",
        )
        .bind(now())
        .bind(provider_id)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The attempt failed: try again at `retry_at`, or give up when it is `None`.
    pub async fn mark_attempt_failed(
        &self,
        id: i64,
        error: &str,
        retry_at: Option<i64>,
    ) -> Result<(), DbError> {
        let at = now();
        sqlx::query(
            "UPDATE outbox SET locked_until = NULL, last_error = $1,
                 next_attempt_at = COALESCE($2, next_attempt_at),
                 failed_at = CASE WHEN $3 = 1 THEN $4 ELSE NULL END
             WHERE id = $5",
        )
        .bind(error)
        .bind(retry_at)
        .bind(i64::from(retry_at.is_none()))
        .bind(at)
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Codes sent to `address`, or for request `sr_number`, since `since`: for rate limiting.
    pub async fn codes_sent_since(
        &self,
        address: &str,
        sr_number: &str,
        since: i64,
    ) -> Result<(i64, i64), DbError> {
        let to_address: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox WHERE recipient = $1 AND kind = 'code' AND created_at >= $2",
        )
        .bind(address)
        .bind(since)
        .fetch_one(&self.pool)
        .await?;
        let for_request: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox o
             JOIN subscriptions s ON s.id = o.subscription_id
             JOIN service_requests r ON r.id = s.service_request_id
             WHERE r.sr_number = $1 AND o.kind = 'code' AND o.created_at >= $2",
        )
        .bind(sr_number)
        .bind(since)
        .fetch_one(&self.pool)
        .await?;
        Ok((to_address, for_request))
    }
}
