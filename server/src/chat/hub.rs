//! Tells this instance's chat sockets what changed, whichever instance changed it.
//!
//! A signal only says *that* a conversation changed; each socket then reads what it has not
//! seen from the table. So a lost or late signal never loses a message: after the PostgreSQL
//! listener reconnects (or a socket falls behind), a [`Signal::Resync`] makes every socket
//! read again from its own cursor.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
    time::Duration,
};

use sqlx::postgres::PgListener;
use tokio::sync::broadcast;

use crate::db::{
    chat::{ChatEvent, NOTIFY_CHANNEL},
    Backend, Db,
};

/// What a socket hears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    Event(ChatEvent),
    /// Signals may have been missed: read everything again from your cursor.
    Resync,
}

/// The fan-out inside one instance.
pub struct ChatHub {
    backend: Backend,
    /// One channel per conversation somebody here is watching.
    conversations: Mutex<HashMap<i64, broadcast::Sender<Signal>>>,
    /// Agents' consoles hear everything.
    agents: broadcast::Sender<Signal>,
    /// Residents hear resyncs here.
    everyone: broadcast::Sender<Signal>,
    /// Wakes the queue watcher.
    pub queue_changed: tokio::sync::Notify,
}

/// Stops a socket's subscription to a conversation when dropped.
pub struct Subscription {
    hub: Arc<ChatHub>,
    conversation: i64,
    pub receiver: broadcast::Receiver<Signal>,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        if let Ok(mut conversations) = self.hub.conversations.lock() {
            if conversations
                .get(&self.conversation)
                .is_some_and(|sender| sender.receiver_count() <= 1)
            {
                conversations.remove(&self.conversation);
            }
        }
    }
}

impl ChatHub {
    pub fn new(backend: Backend) -> Arc<Self> {
        Arc::new(Self {
            backend,
            conversations: Mutex::new(HashMap::new()),
            agents: broadcast::channel(1024).0,
            everyone: broadcast::channel(16).0,
            queue_changed: tokio::sync::Notify::new(),
        })
    }

    pub fn watch_conversation(self: &Arc<Self>, conversation: i64) -> Subscription {
        let receiver = match self.conversations.lock() {
            Ok(mut conversations) => conversations
                .entry(conversation)
                .or_insert_with(|| broadcast::channel(64).0)
                .subscribe(),
            // A poisoned lock only means another socket panicked while holding it.
            Err(poisoned) => poisoned
                .into_inner()
                .entry(conversation)
                .or_insert_with(|| broadcast::channel(64).0)
                .subscribe(),
        };
        Subscription {
            hub: self.clone(),
            conversation,
            receiver,
        }
    }

    pub fn watch_all(&self) -> broadcast::Receiver<Signal> {
        self.agents.subscribe()
    }

    pub fn watch_resyncs(&self) -> broadcast::Receiver<Signal> {
        self.everyone.subscribe()
    }

    /// Hands an event to this instance's sockets.
    pub fn deliver(&self, event: ChatEvent) {
        let signal = Signal::Event(event);
        let conversation = match event {
            ChatEvent::Changed(id)
            | ChatEvent::Typing {
                conversation: id, ..
            } => Some(id),
            ChatEvent::Queue | ChatEvent::Assigned { .. } => None,
        };
        if let Some(id) = conversation {
            let sender = self
                .conversations
                .lock()
                .ok()
                .and_then(|conversations| conversations.get(&id).cloned());
            if let Some(sender) = sender {
                let _ = sender.send(signal);
            }
        }
        if matches!(event, ChatEvent::Queue | ChatEvent::Changed(_)) {
            self.queue_changed.notify_one();
        }
        let _ = self.agents.send(signal);
    }

    fn resync_everyone(&self) {
        let _ = self.everyone.send(Signal::Resync);
        let _ = self.agents.send(Signal::Resync);
        self.queue_changed.notify_one();
    }

    /// After a write committed: on SQLite this instance is the only one and hears of it
    /// here; on PostgreSQL the `NOTIFY` sent inside the write reaches every instance,
    /// this one included, through [`listen`].
    pub fn after_commit(&self, events: &[ChatEvent]) {
        if self.backend == Backend::Sqlite {
            for event in events {
                self.deliver(*event);
            }
        }
    }

    /// Sends an event that is not stored (typing), to every instance.
    pub async fn broadcast(&self, db: &Db, event: ChatEvent) {
        match self.backend {
            Backend::Sqlite => self.deliver(event),
            Backend::Postgres => {
                if let Err(error) = sqlx::query("SELECT pg_notify($1, $2)")
                    .bind(NOTIFY_CHANNEL)
                    .bind(event.encode())
                    .execute(&db.pool)
                    .await
                {
                    tracing::warn!("chat: could not send a typing signal: {error}");
                }
            }
        }
    }
}

/// Listens for other instances' chat events on PostgreSQL, for as long as the server runs.
///
/// When the connection drops, it reconnects, `LISTEN`s again, and only then resyncs every
/// socket, so anything committed while it was away is read from the table.
pub async fn listen(hub: Arc<ChatHub>, database_url: String) {
    let mut delay = Duration::from_millis(500);
    let mut first = true;
    loop {
        match subscribe(&database_url).await {
            Ok(mut listener) => {
                if first {
                    tracing::info!(
                        "chat fan-out: listening on PostgreSQL channel {NOTIFY_CHANNEL}"
                    );
                } else {
                    tracing::warn!(
                        "chat fan-out: re-subscribed to PostgreSQL; reading missed messages from the table"
                    );
                }
                first = false;
                delay = Duration::from_millis(500);
                hub.resync_everyone();
                loop {
                    match listener.try_recv().await {
                        Ok(Some(notification)) => match ChatEvent::decode(notification.payload()) {
                            Some(event) => hub.deliver(event),
                            None => tracing::warn!(
                                payload = notification.payload(),
                                "chat fan-out: ignoring an unknown signal"
                            ),
                        },
                        Ok(None) => {
                            tracing::warn!(
                                "chat fan-out: lost the PostgreSQL connection; reconnecting"
                            );
                            break;
                        }
                        Err(error) => {
                            tracing::warn!(
                                "chat fan-out: PostgreSQL listener failed ({error}); reconnecting"
                            );
                            break;
                        }
                    }
                }
                // A short pause, so a database that is restarting is not hammered.
                tokio::time::sleep(delay).await;
            }
            Err(error) => {
                tracing::warn!(
                    "chat fan-out: cannot listen on PostgreSQL ({error}); retrying in {delay:?}"
                );
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(10));
            }
        }
    }
}

async fn subscribe(database_url: &str) -> Result<PgListener, sqlx::Error> {
    use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
    let options: PgConnectOptions = database_url.parse()?;
    // Named so operators (and tests) can find the listener's connection.
    let options = options.application_name("civic311-chat-listener");
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(options)
        .await?;
    let mut listener = PgListener::connect_with(&pool).await?;
    // Reconnecting is done above, with a resync; the listener's own would hide the gap.
    listener.ignore_pool_close_event(true);
    listener.listen(NOTIFY_CHANNEL).await?;
    Ok(listener)
}
