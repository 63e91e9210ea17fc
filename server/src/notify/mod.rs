//! Delivers the outbox: email over SMTP (or into a folder when no SMTP server is configured)
//! and text messages through a Twilio-compatible HTTP API.
//!
//! A message is taken with a lease, sent, and marked delivered only after the provider accepted
//! it. If the process dies in between, the lease runs out and another attempt sends it again
//! with the same idempotency key (the email's Message-ID, the SMS request's Idempotency-Key),
//! so the provider can recognise the repeat.

pub mod compose;
pub mod email;
pub mod sms;

use std::{sync::Arc, time::Duration};

use tokio::sync::Notify;

use crate::{
    db::{
        outbox::{Channel, OutboxMessage},
        Db, DbError,
    },
    locales::LocaleCatalog,
};

/// How long a worker holds a message it is sending.
const LEASE_SECONDS: i64 = 120;
/// Attempts before a message is given up.
pub const MAX_ATTEMPTS: i64 = 12;
/// The longest wait between two attempts.
const MAX_BACKOFF_SECONDS: i64 = 3600;

/// Why a message could not be handed to its provider.
#[derive(Debug, thiserror::Error)]
#[error("{reason}")]
pub struct SendError {
    pub reason: String,
    /// Retrying cannot help (a malformed address, a refusal by the provider).
    pub permanent: bool,
}

impl SendError {
    pub fn temporary(reason: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
            permanent: false,
        }
    }

    pub fn permanent(reason: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
            permanent: true,
        }
    }
}

/// The outbox worker and what it needs.
pub struct Notifier {
    pub db: Db,
    pub locales: Arc<LocaleCatalog>,
    pub mailer: email::Mailer,
    pub sms: Option<sms::SmsClient>,
    pub public_url: String,
    /// The wait after the first failed attempt; it doubles with each further failure.
    pub retry_base_seconds: i64,
}

impl Notifier {
    /// Delivers due messages whenever woken, and at least every `poll`.
    pub async fn run(self, wake: Arc<Notify>, poll: Duration) {
        loop {
            if let Err(error) = self.deliver_due().await {
                tracing::warn!("outbox: {error}");
            }
            let _ = tokio::time::timeout(poll, wake.notified()).await;
        }
    }

    /// Sends everything due now; returns how many were delivered.
    pub async fn deliver_due(&self) -> Result<usize, DbError> {
        let mut delivered = 0;
        loop {
            let batch = self.db.due_messages(20).await?;
            if batch.is_empty() {
                return Ok(delivered);
            }
            let mut progressed = false;
            for message in batch {
                if !self.db.claim_message(message.id, LEASE_SECONDS).await? {
                    continue;
                }
                progressed = true;
                match self.send(&message).await {
                    Ok(provider_id) => {
                        self.db.mark_delivered(message.id, &provider_id).await?;
                        tracing::info!(
                            id = message.id,
                            channel = message.channel.as_str(),
                            kind = message.kind.as_str(),
                            "message delivered"
                        );
                        delivered += 1;
                    }
                    Err(error) => {
                        let attempts = message.attempts + 1;
                        let give_up = error.permanent || attempts >= MAX_ATTEMPTS;
                        let retry_at = (!give_up)
                            .then(|| crate::db::now() + backoff(self.retry_base_seconds, attempts));
                        tracing::warn!(
                            id = message.id,
                            attempts,
                            give_up,
                            "message not delivered: {error}"
                        );
                        self.db
                            .mark_attempt_failed(message.id, &error.reason, retry_at)
                            .await?;
                    }
                }
            }
            if !progressed {
                return Ok(delivered);
            }
        }
    }

    async fn send(&self, message: &OutboxMessage) -> Result<String, SendError> {
        let i18n = self
            .locales
            .get(&message.locale)
            .unwrap_or_else(|| self.locales.default_localizer());
        let composed = compose::compose(message, i18n, &self.public_url);
        match message.channel {
            Channel::Email => self.mailer.send(message, &composed, &self.public_url).await,
            Channel::Sms => match &self.sms {
                Some(client) => client.send(message, &composed.text).await,
                None => Err(SendError::temporary(
                    "no SMS provider is configured (CIVIC311_SMS_API_URL)",
                )),
            },
        }
    }
}

/// The wait before attempt `attempts + 1`: `base`, then doubling, at most an hour.
pub fn backoff(base: i64, attempts: i64) -> i64 {
    let doublings = u32::try_from((attempts - 1).clamp(0, 20)).unwrap_or(20);
    base.saturating_mul(1 << doublings).min(MAX_BACKOFF_SECONDS)
}

#[cfg(test)]
mod tests {
    use super::backoff;

    #[test]
    fn retries_back_off_exponentially_up_to_an_hour() {
        assert_eq!(backoff(30, 1), 30);
        assert_eq!(backoff(30, 2), 60);
        assert_eq!(backoff(30, 4), 240);
        assert_eq!(backoff(30, 11), 3600);
        assert_eq!(backoff(1, 3), 4);
    }
}
