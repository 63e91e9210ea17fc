//! Residents' requests for updates: pending until confirmed with a one-time code, then active
//! until they unsubscribe (a link in every message, or STOP by text message).

use serde_json::{Map, Value};
use sqlx::Row;

use super::{
    api_keys::hash_key,
    now,
    outbox::{enqueue, Channel, MessageKind},
    requests::request_id,
    Db, DbError,
};

/// How long a one-time code stays valid; the messages and the code form say "15 minutes".
pub const CODE_MINUTES: i64 = 15;
/// Wrong codes allowed before a new one must be sent.
pub const MAX_CODE_ATTEMPTS: i64 = 5;

/// A subscription as the pages show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscriptionRecord {
    pub sr_number: String,
    pub channel: Channel,
    pub address: String,
    pub confirmed: bool,
    pub unsubscribed: bool,
}

/// What became of a code the resident typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeCheck {
    Confirmed,
    Wrong,
    Expired,
    TooManyAttempts,
    /// No pending subscription has this handle (already confirmed, or never existed).
    Unknown,
}

/// A new subscription waiting for its code.
#[derive(Clone, Debug)]
pub struct PendingSubscription {
    pub handle: String,
}

fn new_code() -> String {
    format!("{:06}", rand::random_range(0..1_000_000u32))
}

fn code_hash(handle: &str, code: &str) -> String {
    hash_key(&format!("{handle}:{code}"))
}

fn code_params(sr_number: &str, code: &str) -> Map<String, Value> {
    let mut params = Map::new();
    params.insert("number".into(), Value::String(sr_number.to_string()));
    params.insert("code".into(), Value::String(code.to_string()));
    params
}

impl Db {
    /// Starts a subscription and queues its code, in one transaction. `None` for an unknown SR
    /// number.
    pub async fn subscribe(
        &self,
        sr_number: &str,
        channel: Channel,
        address: &str,
        locale: &str,
    ) -> Result<Option<PendingSubscription>, DbError> {
        let at = now();
        let mut tx = self.pool.begin().await?;
        let Some(request_id) = request_id(&mut tx, sr_number).await? else {
            tx.rollback().await?;
            return Ok(None);
        };
        let handle = hex::encode(rand::random::<[u8; 16]>());
        let code = new_code();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO subscriptions (service_request_id, channel, address, locale, handle,
                 code_hash, code_expires_at, unsubscribe_token, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(request_id)
        .bind(channel.as_str())
        .bind(address)
        .bind(locale)
        .bind(&handle)
        .bind(code_hash(&handle, &code))
        .bind(at + CODE_MINUTES * 60)
        .bind(hex::encode(rand::random::<[u8; 24]>()))
        .bind(at)
        .fetch_one(&mut *tx)
        .await?;
        let params = code_params(sr_number, &code);
        enqueue(
            &mut tx,
            channel,
            address,
            locale,
            MessageKind::Code,
            &params,
            Some(id),
        )
        .await?;
        tx.commit().await?;
        Ok(Some(PendingSubscription { handle }))
    }

    /// Whether `address` already gets updates about the request.
    pub async fn is_subscribed(
        &self,
        sr_number: &str,
        channel: Channel,
        address: &str,
    ) -> Result<bool, DbError> {
        let found: Option<i64> = sqlx::query_scalar(
            "SELECT s.id FROM subscriptions s
             JOIN service_requests r ON r.id = s.service_request_id
             WHERE r.sr_number = $1 AND s.channel = $2 AND s.address = $3
               AND s.confirmed_at IS NOT NULL AND s.unsubscribed_at IS NULL",
        )
        .bind(sr_number)
        .bind(channel.as_str())
        .bind(address)
        .fetch_optional(&self.pool)
        .await?;
        Ok(found.is_some())
    }

    /// Sends a new code for a pending subscription; `false` if there is none with `handle`.
    pub async fn resend_code(&self, handle: &str) -> Result<bool, DbError> {
        let at = now();
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "SELECT s.id, s.channel, s.address, s.locale, r.sr_number FROM subscriptions s
             JOIN service_requests r ON r.id = s.service_request_id
             WHERE s.handle = $1 AND s.confirmed_at IS NULL",
        )
        .bind(handle)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            tx.rollback().await?;
            return Ok(false);
        };
        let id: i64 = row.try_get("id")?;
        let channel: String = row.try_get("channel")?;
        let address: String = row.try_get("address")?;
        let locale: String = row.try_get("locale")?;
        let sr_number: String = row.try_get("sr_number")?;
        let code = new_code();
        sqlx::query(
            "UPDATE subscriptions SET code_hash = $1, code_expires_at = $2, code_attempts = 0
             WHERE id = $3",
        )
        .bind(code_hash(handle, &code))
        .bind(at + CODE_MINUTES * 60)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let channel = Channel::parse(&channel).unwrap_or(Channel::Email);
        let params = code_params(&sr_number, &code);
        enqueue(
            &mut tx,
            channel,
            &address,
            &locale,
            MessageKind::Code,
            &params,
            Some(id),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Checks a code typed for the pending subscription `handle`.
    pub async fn confirm_code(&self, handle: &str, code: &str) -> Result<CodeCheck, DbError> {
        let at = now();
        let row: Option<(i64, Option<String>, Option<i64>, i64)> = sqlx::query_as(
            "SELECT id, code_hash, code_expires_at, code_attempts FROM subscriptions
             WHERE handle = $1 AND confirmed_at IS NULL",
        )
        .bind(handle)
        .fetch_optional(&self.pool)
        .await?;
        let Some((id, Some(stored), Some(expires_at), attempts)) = row else {
            return Ok(CodeCheck::Unknown);
        };
        if attempts >= MAX_CODE_ATTEMPTS {
            return Ok(CodeCheck::TooManyAttempts);
        }
        if expires_at < at {
            return Ok(CodeCheck::Expired);
        }
        if code_hash(handle, code) != stored {
            // Counted in the update itself, so parallel guesses cannot exceed the limit.
            sqlx::query("UPDATE subscriptions SET code_attempts = code_attempts + 1 WHERE id = $1")
                .bind(id)
                .execute(&self.pool)
                .await?;
            return Ok(if attempts + 1 >= MAX_CODE_ATTEMPTS {
                CodeCheck::TooManyAttempts
            } else {
                CodeCheck::Wrong
            });
        }
        let confirmed = sqlx::query(
            "UPDATE subscriptions SET confirmed_at = $1, code_hash = NULL
             WHERE id = $2 AND confirmed_at IS NULL AND code_attempts < $3",
        )
        .bind(at)
        .bind(id)
        .bind(MAX_CODE_ATTEMPTS)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(if confirmed == 1 {
            CodeCheck::Confirmed
        } else {
            CodeCheck::TooManyAttempts
        })
    }

    /// The subscription a code form's handle belongs to.
    pub async fn subscription_by_handle(
        &self,
        handle: &str,
    ) -> Result<Option<SubscriptionRecord>, DbError> {
        self.subscription_where("s.handle = $1", handle).await
    }

    /// The subscription an unsubscribe link belongs to.
    pub async fn subscription_by_token(
        &self,
        token: &str,
    ) -> Result<Option<SubscriptionRecord>, DbError> {
        self.subscription_where("s.unsubscribe_token = $1", token)
            .await
    }

    async fn subscription_where(
        &self,
        condition: &str,
        value: &str,
    ) -> Result<Option<SubscriptionRecord>, DbError> {
        let row = sqlx::query(&format!(
            "SELECT r.sr_number, s.channel, s.address, s.confirmed_at, s.unsubscribed_at
             FROM subscriptions s JOIN service_requests r ON r.id = s.service_request_id
             WHERE {condition}"
        ))
        .bind(value)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let channel: String = row.try_get("channel")?;
        Ok(Some(SubscriptionRecord {
            sr_number: row.try_get("sr_number")?,
            channel: Channel::parse(&channel).unwrap_or(Channel::Email),
            address: row.try_get("address")?,
            confirmed: row.try_get::<Option<i64>, _>("confirmed_at")?.is_some(),
            unsubscribed: row.try_get::<Option<i64>, _>("unsubscribed_at")?.is_some(),
        }))
    }

    /// Ends the subscription of an unsubscribe link; `false` for an unknown token.
    pub async fn unsubscribe(&self, token: &str) -> Result<bool, DbError> {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT id FROM subscriptions WHERE unsubscribe_token = $1")
                .bind(token)
                .fetch_optional(&self.pool)
                .await?;
        let Some(id) = found else { return Ok(false) };
        sqlx::query(
            "UPDATE subscriptions SET unsubscribed_at = $1 WHERE id = $2 AND unsubscribed_at IS NULL",
        )
        .bind(now())
        .bind(id)
        .execute(&self.pool)
        .await?;
        // Nothing more goes out on it, not even what was already queued.
        sqlx::query(
            "UPDATE outbox SET failed_at = $1, last_error = 'unsubscribed'
             WHERE subscription_id = $2 AND delivered_at IS NULL AND failed_at IS NULL",
        )
        .bind(now())
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(true)
    }

    /// A STOP reply: ends every text-message subscription of `phone`; returns how many.
    pub async fn stop_texts(&self, phone: &str) -> Result<u64, DbError> {
        let at = now();
        let mut tx = self.pool.begin().await?;
        let stopped = sqlx::query(
            "UPDATE subscriptions SET unsubscribed_at = $1
             WHERE channel = 'sms' AND address = $2 AND unsubscribed_at IS NULL",
        )
        .bind(at)
        .bind(phone)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query(
            "UPDATE outbox SET failed_at = $1, last_error = 'STOP received'
             WHERE channel = 'sms' AND recipient = $2 AND delivered_at IS NULL
               AND failed_at IS NULL",
        )
        .bind(at)
        .bind(phone)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(stopped)
    }
}
