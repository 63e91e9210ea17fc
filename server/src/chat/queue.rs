//! A snapshot of the waiting queue, rebuilt whenever it changes (bursts of changes make one rebuild), so that
//! thousands of waiting residents read their place without each asking the database.

use std::{collections::HashMap, sync::Arc, time::Duration};

use app::chat::{AgentInfo, QueueEntry};
use tokio::sync::watch;

use super::hub::ChatHub;
use crate::db::{chat::AgentProfile, Db};

/// The queue as the database last showed it.
#[derive(Clone, Debug, Default)]
pub struct QueueSnapshot {
    /// Waiting chats, longest waiting first.
    pub waiting: Vec<QueueEntry>,
    pub agents: Vec<AgentInfo>,
    /// Seconds from joining the queue to being answered, averaged over recent chats.
    pub average_wait: i64,
    /// Each waiting chat's index in `waiting`.
    positions: HashMap<i64, usize>,
}

/// The most waiting chats a console is sent; agents take the longest waiting first.
pub const CONSOLE_QUEUE_LENGTH: usize = 100;

impl QueueSnapshot {
    pub fn new(waiting: Vec<QueueEntry>, agents: Vec<AgentInfo>, average_wait: i64) -> Self {
        let positions = waiting
            .iter()
            .enumerate()
            .map(|(index, entry)| (entry.id, index))
            .collect();
        Self {
            waiting,
            agents,
            average_wait,
            positions,
        }
    }

    /// A waiting chat's place (1 = next) and the minutes it may still wait.
    pub fn place_of(&self, conversation: i64) -> Option<(i64, i64)> {
        let index = *self.positions.get(&conversation)?;
        let position = index as i64 + 1;
        let agents = (self.agents.len() as i64).max(1);
        let seconds = self.average_wait.max(60) * position / agents;
        Some((position, (seconds + 59) / 60))
    }

    /// What `agent` may take: chats in their languages, and any that waited
    /// `fallback_seconds` for such an agent.
    pub fn for_agent(&self, agent: &AgentProfile, fallback_seconds: i64) -> Vec<QueueEntry> {
        self.waiting
            .iter()
            .filter_map(|entry| {
                let speaks = agent.languages.is_empty()
                    || agent.languages.iter().any(|tag| {
                        tag == &entry.language || entry.language.starts_with(&format!("{tag}-"))
                    });
                (speaks || entry.waiting_seconds >= fallback_seconds).then(|| QueueEntry {
                    fallback: !speaks,
                    ..entry.clone()
                })
            })
            .take(CONSOLE_QUEUE_LENGTH)
            .collect()
    }
}

/// Rebuilds the snapshot whenever the hub says the queue changed, and every few seconds so
/// that waiting times and the language fallback move on.
pub async fn watch_queue(db: Db, hub: Arc<ChatHub>, sender: watch::Sender<Arc<QueueSnapshot>>) {
    loop {
        match db.queue_snapshot().await {
            Ok(snapshot) => {
                let _ = sender.send(Arc::new(snapshot));
            }
            Err(error) => tracing::warn!("chat queue: could not read the queue: {error}"),
        }
        let _ = tokio::time::timeout(Duration::from_secs(5), hub.queue_changed.notified()).await;
        // Coalesce bursts of changes into one rebuild.
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}
