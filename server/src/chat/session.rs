//! One WebSocket's conversation with the server, for a resident or an agent.
//!
//! Frames are read one at a time. A message is acknowledged only after it is committed, and
//! each socket keeps a cursor per conversation: whenever it hears that a conversation
//! changed, it sends what the table holds after its cursor. Nothing a client sends can make
//! this code panic or drop the socket; a bad frame gets an [`ServerFrame::Error`].

use std::{collections::HashMap, num::NonZeroU32, sync::Arc, time::Duration};

use app::chat::{
    Author, ChatStatus, ClientFrame, ConversationInfo, Cursor, ServerFrame, MAX_FRAME_BYTES,
    MAX_MESSAGE_CHARS,
};
use axum::extract::ws::{Message, WebSocket};
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};
use tokio::sync::broadcast::error::RecvError;

use super::{
    hub::{Signal, Subscription},
    transcript, ChatContext,
};
use crate::db::{
    chat::{accepted_events, transferred_events, AgentProfile, ChatEvent, NewMessage},
    DbError,
};

/// Ready-made replies agents may send, as Fluent ids `chat-canned-<id>`.
pub const CANNED_REPLIES: [&str; 6] = [
    "greeting",
    "one-moment",
    "more-details",
    "location",
    "request-filed",
    "goodbye",
];

/// Who is on the other end.
pub enum Peer {
    Resident { language: String },
    Agent(AgentProfile),
}

/// Why the socket stops.
enum Stop {
    Closed,
    Database(DbError),
}

impl From<axum::Error> for Stop {
    fn from(_: axum::Error) -> Self {
        Stop::Closed
    }
}

impl From<DbError> for Stop {
    fn from(error: DbError) -> Self {
        Stop::Database(error)
    }
}

/// What a frame asked that cannot be done; becomes an error frame.
struct Refusal {
    code: &'static str,
    client_id: Option<String>,
}

fn refuse(code: &'static str) -> Refusal {
    Refusal {
        code,
        client_id: None,
    }
}

fn rate_limiter() -> DefaultDirectRateLimiter {
    // Ten frames a second with bursts of twenty: far above typing speed, far below a flood.
    RateLimiter::direct(
        Quota::per_second(NonZeroU32::new(10).unwrap_or(NonZeroU32::MIN))
            .allow_burst(NonZeroU32::new(20).unwrap_or(NonZeroU32::MIN)),
    )
}

/// Serves one socket until it closes.
pub async fn run(socket: WebSocket, context: Arc<ChatContext>, peer: Peer) {
    let mut connection = Connection {
        socket,
        context,
        limiter: rate_limiter(),
    };
    let result = match peer {
        Peer::Resident { language } => {
            let mut resident = Resident {
                language,
                chat: None,
                last_place: None,
            };
            resident.serve(&mut connection).await
        }
        Peer::Agent(profile) => {
            let mut agent = Agent {
                profile,
                chats: HashMap::new(),
                last_queue: None,
            };
            let result = agent.serve(&mut connection).await;
            if let Err(error) = connection
                .context
                .db
                .agent_presence(agent.profile.id, false)
                .await
            {
                tracing::warn!("chat: could not mark an agent offline: {error}");
            }
            connection.context.hub.after_commit(&[ChatEvent::Queue]);
            result
        }
    };
    if let Err(Stop::Database(error)) = result {
        tracing::error!("chat: closing a socket after a database error: {error}");
        let _ = connection
            .send(&ServerFrame::Error {
                code: "unavailable".into(),
                client_id: None,
            })
            .await;
    }
}

struct Connection {
    socket: WebSocket,
    context: Arc<ChatContext>,
    limiter: DefaultDirectRateLimiter,
}

/// What woke a socket's loop.
enum Woken {
    Socket(Option<Result<Message, axum::Error>>),
    Signal(Result<Signal, RecvError>),
    /// The queue snapshot changed (false: the watcher stopped).
    Queue(bool),
    Tick,
}

/// A frame the client sent, or why it could not be read.
enum Incoming {
    Frame(ClientFrame),
    Bad(&'static str),
    Ignore,
    Closed,
}

impl Connection {
    async fn send(&mut self, frame: &ServerFrame) -> Result<(), Stop> {
        let text = serde_json::to_string(frame).map_err(|_| Stop::Closed)?;
        self.socket.send(Message::Text(text.into())).await?;
        Ok(())
    }

    async fn refuse(&mut self, refusal: Refusal) -> Result<(), Stop> {
        self.send(&ServerFrame::Error {
            code: refusal.code.into(),
            client_id: refusal.client_id,
        })
        .await
    }

    fn read(&self, message: Option<Result<Message, axum::Error>>) -> Incoming {
        match message {
            None | Some(Err(_)) | Some(Ok(Message::Close(_))) => Incoming::Closed,
            Some(Ok(Message::Ping(_) | Message::Pong(_))) => Incoming::Ignore,
            Some(Ok(Message::Binary(_))) => Incoming::Bad("bad-frame"),
            Some(Ok(Message::Text(text))) => {
                if text.len() > MAX_FRAME_BYTES {
                    Incoming::Bad("too-long")
                } else if self.limiter.check().is_err() {
                    Incoming::Bad("too-fast")
                } else {
                    match serde_json::from_str::<ClientFrame>(text.as_str()) {
                        Ok(frame) => Incoming::Frame(frame),
                        Err(_) => Incoming::Bad("bad-frame"),
                    }
                }
            }
        }
    }

    /// Stores a message, tells the other sockets, then acknowledges it to this one.
    async fn store_and_ack(
        &mut self,
        conversation: i64,
        message: NewMessage<'_>,
        client_id: String,
    ) -> Result<(), Stop> {
        let stored = self
            .context
            .db
            .store_chat_message(conversation, &message)
            .await?;
        self.context
            .hub
            .after_commit(&[ChatEvent::Changed(conversation)]);
        self.send(&ServerFrame::Ack {
            client_id,
            conversation,
            seq: stored.seq,
        })
        .await
    }

    /// Sends the conversation's messages after `cursor`, and moves the cursor. Returns
    /// whether a chat event was among them: every change of state (joined, transferred,
    /// ended, request filed) writes one, so only then is the conversation read again.
    async fn flush(
        &mut self,
        conversation: i64,
        cursor: &mut i64,
        with_internal: bool,
    ) -> Result<bool, Stop> {
        let messages = self
            .context
            .db
            .chat_messages_after(conversation, *cursor, with_internal)
            .await?;
        let mut state_changed = false;
        for message in messages {
            *cursor = (*cursor).max(message.seq);
            state_changed |= message.author == Author::System;
            self.send(&ServerFrame::Message { message }).await?;
        }
        Ok(state_changed)
    }
}

/// A message body, or why it is refused.
fn message_body(body: &str, client_id: &str) -> Result<String, Refusal> {
    let refusal = |code| Refusal {
        code,
        client_id: Some(client_id.chars().take(64).collect()),
    };
    if client_id.is_empty() || client_id.len() > 64 {
        return Err(refusal("bad-frame"));
    }
    let body = body.trim();
    if body.is_empty() {
        return Err(refusal("empty"));
    }
    if body.chars().count() > MAX_MESSAGE_CHARS {
        return Err(refusal("too-long"));
    }
    Ok(body.to_string())
}

fn short_text(text: &str, most: usize) -> Result<String, Refusal> {
    let text = text.trim();
    if text.chars().count() > most {
        return Err(refuse("too-long"));
    }
    Ok(text.to_string())
}

/// The resident's chat, once started or resumed.
struct ResidentChat {
    info: ConversationInfo,
    cursor: i64,
    subscription: Subscription,
}

struct Resident {
    language: String,
    chat: Option<ResidentChat>,
    last_place: Option<(i64, i64)>,
}

impl Resident {
    async fn serve(&mut self, connection: &mut Connection) -> Result<(), Stop> {
        let mut resyncs = connection.context.hub.watch_resyncs();
        let mut queue = connection.context.queue.clone();
        loop {
            let signal = async {
                match &mut self.chat {
                    Some(chat) => chat.subscription.receiver.recv().await,
                    None => std::future::pending().await,
                }
            };
            let woken = tokio::select! {
                message = connection.socket.recv() => Woken::Socket(message),
                signal = signal => Woken::Signal(signal),
                signal = resyncs.recv() => Woken::Signal(signal),
                changed = queue.changed() => Woken::Queue(changed.is_ok()),
            };
            match woken {
                Woken::Socket(message) => match connection.read(message) {
                    Incoming::Closed => return Ok(()),
                    Incoming::Ignore => {}
                    Incoming::Bad(code) => connection.refuse(refuse(code)).await?,
                    Incoming::Frame(frame) => {
                        if let Err(refusal) = self.handle(connection, frame).await? {
                            connection.refuse(refusal).await?;
                        }
                    }
                },
                Woken::Signal(signal) => match signal {
                    Ok(Signal::Event(ChatEvent::Typing {
                        from_agent: true,
                        conversation,
                    })) => {
                        connection
                            .send(&ServerFrame::Typing {
                                conversation,
                                from_agent: true,
                            })
                            .await?;
                    }
                    Ok(Signal::Event(
                        ChatEvent::Typing { .. } | ChatEvent::Queue | ChatEvent::Assigned { .. },
                    )) => {}
                    Ok(Signal::Event(ChatEvent::Changed(_))) => {
                        self.refresh(connection, false).await?
                    }
                    Ok(Signal::Resync) | Err(RecvError::Lagged(_)) => {
                        self.refresh(connection, true).await?
                    }
                    Err(RecvError::Closed) => return Ok(()),
                },
                Woken::Queue(true) => self.send_place(connection).await?,
                Woken::Queue(false) | Woken::Tick => return Ok(()),
            }
        }
    }

    /// Sends what changed; `everything` also re-reads the conversation's state (after
    /// signals may have been missed).
    async fn refresh(&mut self, connection: &mut Connection, everything: bool) -> Result<(), Stop> {
        let Some(chat) = &mut self.chat else {
            return Ok(());
        };
        let id = chat.info.id;
        let mut cursor = chat.cursor;
        let state_changed = connection.flush(id, &mut cursor, false).await?;
        chat.cursor = cursor;
        if state_changed || everything {
            if let Some(info) = connection.context.db.chat_conversation(id).await? {
                if info != chat.info {
                    chat.info = info.clone();
                    connection
                        .send(&ServerFrame::State { conversation: info })
                        .await?;
                }
            }
        }
        self.send_place(connection).await
    }

    async fn send_place(&mut self, connection: &mut Connection) -> Result<(), Stop> {
        let Some(chat) = &self.chat else {
            return Ok(());
        };
        if chat.info.status != ChatStatus::Waiting {
            return Ok(());
        }
        let place = connection.context.queue.borrow().place_of(chat.info.id);
        if let Some((position, wait_minutes)) = place {
            if self.last_place != Some((position, wait_minutes)) {
                self.last_place = Some((position, wait_minutes));
                connection
                    .send(&ServerFrame::Queue {
                        position,
                        wait_minutes,
                    })
                    .await?;
            }
        }
        Ok(())
    }

    /// Whether an agent can answer now.
    async fn answerable(context: &ChatContext) -> Result<bool, Stop> {
        let now = jiff::Timestamp::from_second(crate::clock::now())
            .unwrap_or_else(|_| jiff::Timestamp::now())
            .to_zoned(context.time_zone.clone());
        if !context.settings.hours.is_open(&now) {
            return Ok(false);
        }
        Ok(!context.db.online_agents().await?.is_empty())
    }

    async fn open(
        &mut self,
        connection: &mut Connection,
        info: ConversationInfo,
        last_seq: i64,
    ) -> Result<(), Stop> {
        let subscription = connection.context.hub.watch_conversation(info.id);
        connection
            .send(&ServerFrame::State {
                conversation: info.clone(),
            })
            .await?;
        let mut cursor = last_seq;
        connection.flush(info.id, &mut cursor, false).await?;
        self.chat = Some(ResidentChat {
            info,
            cursor,
            subscription,
        });
        self.last_place = None;
        // The snapshot may predate this chat; wait briefly for the watcher if so.
        connection.context.hub.queue_changed.notify_one();
        self.send_place(connection).await
    }

    async fn handle(
        &mut self,
        connection: &mut Connection,
        frame: ClientFrame,
    ) -> Result<Result<(), Refusal>, Stop> {
        let db = connection.context.db.clone();
        match frame {
            ClientFrame::Start {
                name,
                topic,
                request,
            } => {
                if self.chat.is_some() {
                    return Ok(Err(refuse("already-started")));
                }
                let name = match short_text(&name, 100) {
                    Ok(name) => name,
                    Err(refusal) => return Ok(Err(refusal)),
                };
                let topic = match short_text(&topic, 200) {
                    Ok(topic) if topic.is_empty() => return Ok(Err(refuse("topic-missing"))),
                    Ok(topic) => topic,
                    Err(refusal) => return Ok(Err(refusal)),
                };
                if !Self::answerable(&connection.context).await? {
                    connection.send(&ServerFrame::Offline).await?;
                    return Ok(Ok(()));
                }
                let request = request
                    .map(|number| number.trim().to_string())
                    .filter(|number| !number.is_empty());
                let (id, token) = db
                    .start_chat(&self.language, &name, &topic, request.as_deref())
                    .await?;
                connection.context.hub.after_commit(&[ChatEvent::Queue]);
                connection
                    .send(&ServerFrame::Started {
                        conversation: id,
                        token,
                    })
                    .await?;
                if let Some(info) = db.chat_conversation(id).await? {
                    self.open(connection, info, 0).await?;
                }
            }
            ClientFrame::Resume { token, last_seq } => {
                let Some(info) = db.chat_by_token(&token).await? else {
                    return Ok(Err(refuse("unknown-chat")));
                };
                if !matches!(
                    info.status,
                    ChatStatus::Waiting | ChatStatus::Active | ChatStatus::Ended
                ) {
                    return Ok(Err(refuse("unknown-chat")));
                }
                self.open(connection, info, last_seq.max(0)).await?;
            }
            ClientFrame::Send {
                client_id, body, ..
            } => {
                let Some(chat) = &self.chat else {
                    return Ok(Err(refuse("no-chat")));
                };
                if !matches!(chat.info.status, ChatStatus::Waiting | ChatStatus::Active) {
                    return Ok(Err(Refusal {
                        code: "chat-ended",
                        client_id: Some(client_id),
                    }));
                }
                let body = match message_body(&body, &client_id) {
                    Ok(body) => body,
                    Err(refusal) => return Ok(Err(refusal)),
                };
                let id = chat.info.id;
                let name = chat.info.resident_name.clone();
                let message = NewMessage {
                    author: Author::Resident,
                    author_name: &name,
                    body: &body,
                    arg: "",
                    internal: false,
                    client_id: Some(&client_id),
                };
                connection
                    .store_and_ack(id, message, client_id.clone())
                    .await?;
                // The message itself follows with the change signal, to every socket alike.
            }
            ClientFrame::Typing { .. } => {
                if let Some(chat) = &self.chat {
                    let event = ChatEvent::Typing {
                        conversation: chat.info.id,
                        from_agent: false,
                    };
                    connection.context.hub.broadcast(&db, event).await;
                }
            }
            ClientFrame::End { .. } => {
                let Some(chat) = &self.chat else {
                    return Ok(Err(refuse("no-chat")));
                };
                let id = chat.info.id;
                if db.end_chat(id).await? {
                    connection
                        .context
                        .hub
                        .after_commit(&[ChatEvent::Changed(id), ChatEvent::Queue]);
                }
                self.refresh(connection, false).await?;
            }
            ClientFrame::Rate { stars } => {
                let Some(chat) = &self.chat else {
                    return Ok(Err(refuse("no-chat")));
                };
                if !(1..=5).contains(&stars) {
                    return Ok(Err(refuse("bad-rating")));
                }
                if !db.rate_chat(chat.info.id, stars).await? {
                    return Ok(Err(refuse("not-ended")));
                }
                connection
                    .send(&ServerFrame::Done {
                        what: "rating".into(),
                    })
                    .await?;
            }
            ClientFrame::Transcript { email } => {
                let Some(chat) = &self.chat else {
                    return Ok(Err(refuse("no-chat")));
                };
                let email = email.trim().to_string();
                if !email_address::EmailAddress::is_valid(&email) {
                    return Ok(Err(refuse("bad-email")));
                }
                let context = connection.context.clone();
                let i18n = context
                    .locales
                    .get(&self.language)
                    .unwrap_or_else(|| context.locales.default_localizer());
                let messages = db.chat_messages_after(chat.info.id, 0, false).await?;
                let text = transcript::write(&chat.info, &messages, i18n, &context.time_zone);
                db.queue_chat_transcript(&email, i18n.lang(), &text).await?;
                context.outbox.notify_one();
                connection
                    .send(&ServerFrame::Done {
                        what: "transcript".into(),
                    })
                    .await?;
            }
            ClientFrame::Console { .. }
            | ClientFrame::Accept { .. }
            | ClientFrame::Transfer { .. } => {
                return Ok(Err(refuse("agents-only")));
            }
        }
        Ok(Ok(()))
    }
}

struct Agent {
    profile: AgentProfile,
    /// The agent's chats and the last message sent of each.
    chats: HashMap<i64, i64>,
    last_queue: Option<ServerFrame>,
}

impl Agent {
    async fn serve(&mut self, connection: &mut Connection) -> Result<(), Stop> {
        let mut signals = connection.context.hub.watch_all();
        let mut queue = connection.context.queue.clone();
        connection
            .context
            .db
            .agent_presence(self.profile.id, true)
            .await?;
        connection.context.hub.after_commit(&[ChatEvent::Queue]);
        let mut presence = tokio::time::interval(Duration::from_secs(15));
        let mut started = false;
        loop {
            let woken = tokio::select! {
                message = connection.socket.recv() => Woken::Socket(message),
                signal = signals.recv() => Woken::Signal(signal),
                changed = queue.changed() => Woken::Queue(changed.is_ok()),
                _ = presence.tick() => Woken::Tick,
            };
            match woken {
                Woken::Socket(message) => match connection.read(message) {
                    Incoming::Closed => return Ok(()),
                    Incoming::Ignore => {}
                    Incoming::Bad(code) => connection.refuse(refuse(code)).await?,
                    Incoming::Frame(ClientFrame::Console { cursors }) if !started => {
                        started = true;
                        self.start(connection, cursors).await?;
                    }
                    Incoming::Frame(_) if !started => {
                        connection.refuse(refuse("bad-frame")).await?;
                    }
                    Incoming::Frame(frame) => {
                        if let Err(refusal) = self.handle(connection, frame).await? {
                            connection.refuse(refusal).await?;
                        }
                    }
                },
                Woken::Signal(signal) => match signal {
                    Ok(Signal::Event(ChatEvent::Changed(id))) => {
                        if started && self.chats.contains_key(&id) {
                            self.changed(connection, id, false).await?;
                        }
                    }
                    Ok(Signal::Event(ChatEvent::Assigned {
                        conversation,
                        agent,
                    })) => {
                        // Transferred here (or accepted from another of this agent's tabs).
                        if started
                            && agent == self.profile.id
                            && !self.chats.contains_key(&conversation)
                        {
                            self.changed(connection, conversation, true).await?;
                        }
                    }
                    Ok(Signal::Event(ChatEvent::Typing {
                        conversation,
                        from_agent: false,
                    })) => {
                        if self.chats.contains_key(&conversation) {
                            connection
                                .send(&ServerFrame::Typing {
                                    conversation,
                                    from_agent: false,
                                })
                                .await?;
                        }
                    }
                    Ok(Signal::Event(ChatEvent::Typing { .. } | ChatEvent::Queue)) => {}
                    Ok(Signal::Resync) | Err(RecvError::Lagged(_)) => {
                        if started {
                            self.resync(connection).await?;
                        }
                    }
                    Err(RecvError::Closed) => return Ok(()),
                },
                Woken::Queue(true) => {
                    if started {
                        self.send_queue(connection).await?;
                    }
                }
                Woken::Queue(false) => return Ok(()),
                Woken::Tick => {
                    connection
                        .context
                        .db
                        .agent_presence(self.profile.id, true)
                        .await?;
                }
            }
        }
    }

    async fn start(
        &mut self,
        connection: &mut Connection,
        cursors: Vec<Cursor>,
    ) -> Result<(), Stop> {
        let given: HashMap<i64, i64> = cursors
            .into_iter()
            .map(|cursor| (cursor.conversation, cursor.last_seq.max(0)))
            .collect();
        for id in connection
            .context
            .db
            .active_chats_of(self.profile.id)
            .await?
        {
            self.take(connection, id, given.get(&id).copied().unwrap_or(0))
                .await?;
        }
        self.send_queue(connection).await
    }

    async fn resync(&mut self, connection: &mut Connection) -> Result<(), Stop> {
        let mine: Vec<i64> = connection
            .context
            .db
            .active_chats_of(self.profile.id)
            .await?;
        let known: Vec<i64> = self.chats.keys().copied().collect();
        for id in known.into_iter().chain(mine) {
            self.changed(connection, id, true).await?;
        }
        Ok(())
    }

    /// Starts showing a chat: its state, canned replies, and messages after `cursor`.
    async fn take(
        &mut self,
        connection: &mut Connection,
        id: i64,
        cursor: i64,
    ) -> Result<(), Stop> {
        let Some(mut info) = connection.context.db.chat_conversation(id).await? else {
            return Ok(());
        };
        let i18n = connection
            .context
            .locales
            .get(&info.language)
            .unwrap_or_else(|| connection.context.locales.default_localizer())
            .clone();
        info.canned = CANNED_REPLIES
            .iter()
            .map(|reply| {
                let id = format!("chat-canned-{reply}");
                let text = i18n.t_plain(&id, &fluent_bundle::FluentArgs::new());
                (id, text)
            })
            .collect();
        connection
            .send(&ServerFrame::State { conversation: info })
            .await?;
        let mut cursor = cursor;
        connection.flush(id, &mut cursor, true).await?;
        self.chats.insert(id, cursor);
        Ok(())
    }

    /// Sends what changed in a conversation; `everything` re-reads its state even when no
    /// chat event says it changed.
    async fn changed(
        &mut self,
        connection: &mut Connection,
        id: i64,
        everything: bool,
    ) -> Result<(), Stop> {
        match self.chats.get(&id).copied() {
            Some(mut cursor) => {
                let state_changed = connection.flush(id, &mut cursor, true).await?;
                self.chats.insert(id, cursor);
                if !state_changed && !everything {
                    return Ok(());
                }
                let info = connection.context.db.chat_conversation(id).await?;
                let still_mine = info.as_ref().is_some_and(|info| {
                    info.agent_id == Some(self.profile.id) && info.status == ChatStatus::Active
                });
                if !still_mine {
                    self.chats.remove(&id);
                    if let Some(info) = info {
                        connection
                            .send(&ServerFrame::State { conversation: info })
                            .await?;
                    }
                    connection
                        .send(&ServerFrame::Released { conversation: id })
                        .await?;
                }
            }
            None => {
                // Transferred here from another agent?
                let info = connection.context.db.chat_conversation(id).await?;
                if info.is_some_and(|info| {
                    info.agent_id == Some(self.profile.id) && info.status == ChatStatus::Active
                }) {
                    self.take(connection, id, 0).await?;
                }
            }
        }
        Ok(())
    }

    async fn send_queue(&mut self, connection: &mut Connection) -> Result<(), Stop> {
        let frame = {
            let snapshot = connection.context.queue.borrow();
            ServerFrame::AgentQueue {
                waiting: snapshot
                    .for_agent(&self.profile, connection.context.settings.fallback_seconds),
                agents: snapshot.agents.clone(),
                active: self.chats.len() as i64,
                limit: self.profile.limit,
            }
        };
        if self.last_queue.as_ref() != Some(&frame) {
            connection.send(&frame).await?;
            self.last_queue = Some(frame);
        }
        Ok(())
    }

    fn mine(&self, conversation: Option<i64>) -> Result<i64, Refusal> {
        conversation
            .filter(|id| self.chats.contains_key(id))
            .ok_or_else(|| refuse("not-yours"))
    }

    async fn handle(
        &mut self,
        connection: &mut Connection,
        frame: ClientFrame,
    ) -> Result<Result<(), Refusal>, Stop> {
        let db = connection.context.db.clone();
        let hub = connection.context.hub.clone();
        match frame {
            ClientFrame::Accept { conversation } => {
                if self.chats.len() as i64 >= self.profile.limit {
                    return Ok(Err(refuse("at-limit")));
                }
                if !db.accept_chat(conversation, &self.profile).await? {
                    return Ok(Err(refuse("taken")));
                }
                hub.after_commit(&accepted_events(conversation, self.profile.id));
                self.take(connection, conversation, 0).await?;
                self.send_queue(connection).await?;
            }
            ClientFrame::Send {
                conversation,
                client_id,
                body,
                internal,
            } => {
                let id = match self.mine(conversation) {
                    Ok(id) => id,
                    Err(mut refusal) => {
                        refusal.client_id = Some(client_id);
                        return Ok(Err(refusal));
                    }
                };
                let body = match message_body(&body, &client_id) {
                    Ok(body) => body,
                    Err(refusal) => return Ok(Err(refusal)),
                };
                let name = self.profile.name.clone();
                let message = NewMessage {
                    author: Author::Agent,
                    author_name: &name,
                    body: &body,
                    arg: "",
                    internal,
                    client_id: Some(&client_id),
                };
                connection
                    .store_and_ack(id, message, client_id.clone())
                    .await?;
                self.changed(connection, id, false).await?;
            }
            ClientFrame::Typing { conversation } => {
                if let Ok(id) = self.mine(conversation) {
                    let event = ChatEvent::Typing {
                        conversation: id,
                        from_agent: true,
                    };
                    hub.broadcast(&db, event).await;
                }
            }
            ClientFrame::Transfer {
                conversation,
                to_agent,
            } => {
                let id = match self.mine(Some(conversation)) {
                    Ok(id) => id,
                    Err(refusal) => return Ok(Err(refusal)),
                };
                let online = db.online_agents().await?;
                let target = match db.agent_profile(to_agent).await? {
                    Some(target)
                        if target.id != self.profile.id
                            && online.iter().any(|agent| agent.id == target.id) =>
                    {
                        target
                    }
                    _ => return Ok(Err(refuse("agent-unavailable"))),
                };
                if db.transfer_chat(id, self.profile.id, &target).await? {
                    hub.after_commit(&transferred_events(id, target.id));
                }
                self.changed(connection, id, true).await?;
            }
            ClientFrame::End { conversation } => {
                let id = match self.mine(conversation) {
                    Ok(id) => id,
                    Err(refusal) => return Ok(Err(refusal)),
                };
                if db.end_chat(id).await? {
                    hub.after_commit(&[ChatEvent::Changed(id), ChatEvent::Queue]);
                }
                self.changed(connection, id, true).await?;
            }
            ClientFrame::Console { .. } => return Ok(Err(refuse("bad-frame"))),
            ClientFrame::Start { .. }
            | ClientFrame::Resume { .. }
            | ClientFrame::Rate { .. }
            | ClientFrame::Transcript { .. } => return Ok(Err(refuse("residents-only"))),
        }
        Ok(Ok(()))
    }
}
