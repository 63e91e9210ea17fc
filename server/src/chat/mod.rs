//! Live chat between residents and agents over `/chat/ws`.
//!
//! - [`hub`]: fan-out of "something changed" signals, across instances on PostgreSQL;
//! - [`queue`]: the waiting queue, shared by every socket of an instance;
//! - [`session`]: one socket's conversation with the server;
//! - [`transcript`]: a conversation written out as plain text.

pub mod hub;
pub mod queue;
pub mod session;
pub mod transcript;

use std::sync::Arc;

use tokio::sync::{watch, Notify};

use crate::{config::ConfigError, db::Db, locales::LocaleCatalog};

/// Everything a chat socket needs.
pub struct ChatContext {
    pub db: Db,
    pub hub: Arc<hub::ChatHub>,
    pub queue: watch::Receiver<Arc<queue::QueueSnapshot>>,
    pub settings: ChatSettings,
    pub locales: Arc<LocaleCatalog>,
    pub time_zone: jiff::tz::TimeZone,
    /// Wakes the outbox worker after a transcript was queued.
    pub outbox: Arc<Notify>,
}

/// How chat is offered; from `CIVIC311_CHAT_*`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChatSettings {
    pub hours: ChatHours,
    /// A waiting chat is offered to agents without its language after this long.
    pub fallback_seconds: i64,
}

/// When agents answer chats, in the city's time zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChatHours {
    Always,
    /// Every day from `open` to `close`, as minutes after midnight.
    Daily {
        open: u16,
        close: u16,
    },
}

impl ChatHours {
    /// Parses `always` or `HH:MM-HH:MM`.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let raw = raw.trim();
        if raw.eq_ignore_ascii_case("always") {
            return Ok(ChatHours::Always);
        }
        let minutes = |part: &str| -> Option<u16> {
            let (hours, minutes) = part.trim().split_once(':')?;
            let (hours, minutes): (u16, u16) = (hours.parse().ok()?, minutes.parse().ok()?);
            (hours <= 24 && minutes < 60 && hours * 60 + minutes <= 24 * 60)
                .then_some(hours * 60 + minutes)
        };
        let parsed = raw
            .split_once('-')
            .and_then(|(open, close)| Some((minutes(open)?, minutes(close)?)));
        match parsed {
            Some((open, close)) if open < close => Ok(ChatHours::Daily { open, close }),
            _ => Err(format!(
                "'{raw}' is not 'always' or opening hours like 08:00-20:00"
            )),
        }
    }

    pub fn is_open(self, now: &jiff::Zoned) -> bool {
        match self {
            ChatHours::Always => true,
            ChatHours::Daily { open, close } => {
                let minute = now.hour() as u16 * 60 + now.minute() as u16;
                (open..close).contains(&minute)
            }
        }
    }
}

impl ChatSettings {
    pub fn from_env() -> Result<Self, ConfigError> {
        let hours = std::env::var("CIVIC311_CHAT_HOURS").unwrap_or_else(|_| "always".into());
        let hours = ChatHours::parse(&hours).map_err(|reason| ConfigError::Invalid {
            variable: "CIVIC311_CHAT_HOURS",
            reason,
        })?;
        let fallback =
            std::env::var("CIVIC311_CHAT_FALLBACK_SECONDS").unwrap_or_else(|_| "120".into());
        let fallback_seconds = fallback.trim().parse().map_err(|_| ConfigError::Invalid {
            variable: "CIVIC311_CHAT_FALLBACK_SECONDS",
            reason: format!("'{fallback}' is not a whole number of seconds"),
        })?;
        Ok(Self {
            hours,
            fallback_seconds,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::ChatHours;

    #[test]
    fn opening_hours_parse_and_apply() {
        assert_eq!(ChatHours::parse("always"), Ok(ChatHours::Always));
        let hours = ChatHours::parse("08:30-20:00").unwrap();
        assert_eq!(
            hours,
            ChatHours::Daily {
                open: 510,
                close: 1200
            }
        );
        let at = |time: &str| -> jiff::Zoned {
            format!("2026-12-02T{time}[America/Toronto]")
                .parse()
                .unwrap()
        };
        assert!(!hours.is_open(&at("08:29")));
        assert!(hours.is_open(&at("08:30")));
        assert!(hours.is_open(&at("19:59")));
        assert!(!hours.is_open(&at("20:00")));
        for bad in ["", "8-20", "20:00-08:00", "25:00-26:00", "08:00"] {
            assert!(ChatHours::parse(bad).is_err(), "{bad} should be refused");
        }
    }
}
