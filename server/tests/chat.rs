//! Live chat over real WebSockets to the binary: resident and agent, reconnects with a gap,
//! a server killed mid-conversation, two instances on one PostgreSQL database, the fan-out
//! surviving a dropped database connection, and bad frames.

mod support;

use std::time::Duration;

use app::chat::{Author, ChatStatus, ClientFrame, ConversationInfo, Cursor, ServerFrame};
use futures_util::{SinkExt, StreamExt};
use support::{civic311, RunningServer, Staff, TestDatabase};
use tokio_tungstenite::{
    tungstenite::{client::IntoClientRequest, Message},
    MaybeTlsStream, WebSocketStream,
};

const PASSWORD: &str = "correct horse battery staple";

/// One browser's socket, reading frames as typed values.
struct Socket {
    stream: WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>,
}

impl Socket {
    async fn open(base: &str, query: &str, headers: &[(&str, &str)]) -> Self {
        let url = format!("{}/chat/ws{query}", base.replace("http://", "ws://"));
        let mut request = url.into_client_request().unwrap();
        for (name, value) in headers {
            let name: tokio_tungstenite::tungstenite::http::HeaderName = name.parse().unwrap();
            request.headers_mut().insert(name, value.parse().unwrap());
        }
        let (stream, _) = tokio_tungstenite::connect_async(request)
            .await
            .unwrap_or_else(|e| panic!("cannot open the chat socket: {e}"));
        Self { stream }
    }

    async fn resident(base: &str, language: &str) -> Self {
        Self::open(base, "", &[("accept-language", language)]).await
    }

    async fn agent(base: &str, cookie: &str, cursors: Vec<Cursor>) -> Self {
        let mut socket = Self::open(base, "?role=agent", &[("cookie", cookie)]).await;
        socket.send(&ClientFrame::Console { cursors }).await;
        socket
    }

    /// An agent's console that is ready: online, with its first view of the queue.
    async fn ready_agent(base: &str, cookie: &str) -> Self {
        let mut socket = Self::agent(base, cookie, vec![]).await;
        socket
            .until("the queue", |f| matches!(f, ServerFrame::AgentQueue { .. }))
            .await;
        socket
    }

    async fn send(&mut self, frame: &ClientFrame) {
        self.raw(Message::Text(serde_json::to_string(frame).unwrap().into()))
            .await;
    }

    async fn raw(&mut self, message: Message) {
        self.stream.send(message).await.expect("send a frame");
    }

    /// The next frame, failing after 10 s.
    async fn next(&mut self) -> ServerFrame {
        loop {
            let message = tokio::time::timeout(Duration::from_secs(10), self.stream.next())
                .await
                .expect("a frame within 10 s")
                .expect("the socket is open")
                .expect("a readable frame");
            if let Message::Text(text) = message {
                return serde_json::from_str(text.as_str())
                    .unwrap_or_else(|e| panic!("unreadable frame {text}: {e}"));
            }
        }
    }

    /// Reads until a frame matches; returns it and every message frame read on the way.
    async fn until(
        &mut self,
        what: &str,
        wanted: impl Fn(&ServerFrame) -> bool,
    ) -> (ServerFrame, Vec<app::chat::ChatMessage>) {
        let mut messages = Vec::new();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            assert!(
                tokio::time::Instant::now() < deadline,
                "no {what} within 20 s"
            );
            let frame = self.next().await;
            if wanted(&frame) {
                return (frame, messages);
            }
            if let ServerFrame::Message { message } = frame {
                messages.push(message);
            }
        }
    }

    /// Reads the message frames that arrive until `count` of them came.
    async fn messages(&mut self, count: usize) -> Vec<app::chat::ChatMessage> {
        let mut messages = Vec::new();
        while messages.len() < count {
            if let ServerFrame::Message { message } = self.next().await {
                messages.push(message);
            }
        }
        messages
    }

    /// Whether any message frame arrives within `wait`.
    async fn quiet_for(&mut self, wait: Duration) -> Option<ServerFrame> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            match tokio::time::timeout_at(deadline, self.stream.next()).await {
                Err(_) => return None,
                Ok(Some(Ok(Message::Text(text)))) => {
                    let frame: ServerFrame = serde_json::from_str(text.as_str()).unwrap();
                    if matches!(frame, ServerFrame::Message { .. }) {
                        return Some(frame);
                    }
                }
                Ok(_) => {}
            }
        }
    }

    async fn say(&mut self, client_id: &str, body: &str, conversation: Option<i64>) -> i64 {
        self.send(&ClientFrame::Send {
            conversation,
            client_id: client_id.into(),
            body: body.into(),
            internal: false,
        })
        .await;
        let (ack, _) = self
            .until("acknowledgement", |frame| {
                matches!(frame, ServerFrame::Ack { client_id: id, .. } | ServerFrame::Error { client_id: Some(id), .. } if id == client_id)
            })
            .await;
        match ack {
            ServerFrame::Ack { seq, .. } => seq,
            other => panic!("message refused: {other:?}"),
        }
    }
}

/// An agent account with chat languages, signed in; returns its session cookie.
async fn signed_in_agent(
    database: &TestDatabase,
    base: &str,
    email: &str,
    languages: &str,
) -> String {
    create_agent(database, email, languages);
    let mut staff = Staff::new(base);
    assert_eq!(staff.sign_in(email, PASSWORD).await, "/agent");
    staff.cookie.expect("a session cookie")
}

fn create_agent(database: &TestDatabase, email: &str, languages: &str) {
    use std::io::Write;
    let mut child = civic311()
        .args(["user", "create", "--role", "agent", "--email", email])
        .args([
            "--name",
            &email.replace("@toronto.ca", ""),
            "--languages",
            languages,
        ])
        .env("DATABASE_URL", database.url.url())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "{output:?}");
}

/// A resident starts a chat; returns its id and resume token.
async fn start_chat(resident: &mut Socket, topic: &str) -> (i64, String) {
    resident
        .send(&ClientFrame::Start {
            name: "Amira".into(),
            topic: topic.into(),
            request: None,
        })
        .await;
    match resident.next().await {
        ServerFrame::Started {
            conversation,
            token,
        } => (conversation, token),
        other => panic!("chat not started: {other:?}"),
    }
}

async fn accept(agent: &mut Socket, conversation: i64) -> ConversationInfo {
    agent
        .until("the chat in the queue", |frame| {
            matches!(frame, ServerFrame::AgentQueue { waiting, .. } if waiting.iter().any(|entry| entry.id == conversation))
        })
        .await;
    agent.send(&ClientFrame::Accept { conversation }).await;
    match agent
        .until("the accepted chat", |frame| {
            matches!(frame, ServerFrame::State { conversation: info } if info.id == conversation)
                || matches!(frame, ServerFrame::Error { .. })
        })
        .await
        .0
    {
        ServerFrame::State { conversation } => {
            // The chat's history follows, ending with the agent joining.
            agent
                .until("the joined message", |frame| {
                    matches!(frame, ServerFrame::Message { message } if message.body == "chat-event-joined")
                })
                .await;
            conversation
        }
        other => panic!("not accepted: {other:?}"),
    }
}

fn bodies(messages: &[app::chat::ChatMessage]) -> Vec<String> {
    messages.iter().map(|m| m.body.clone()).collect()
}

async fn resident_and_agent_talk(database: TestDatabase) {
    let server = RunningServer::spawn(&database, &[]).await;
    let cookie = signed_in_agent(&database, &server.base_url, "nadia@toronto.ca", "fr,en").await;
    let mut agent = Socket::ready_agent(&server.base_url, &cookie).await;

    let mut resident = Socket::resident(&server.base_url, "fr").await;
    let (id, _token) = start_chat(&mut resident, "Nid-de-poule rue King").await;
    let (state, _) = resident
        .until("the chat's state", |f| {
            matches!(f, ServerFrame::State { .. })
        })
        .await;
    let ServerFrame::State { conversation } = state else {
        unreachable!()
    };
    assert_eq!(conversation.status, ChatStatus::Waiting);
    assert_eq!(conversation.language, "fr");
    let (place, _) = resident
        .until("a place in the queue", |f| {
            matches!(f, ServerFrame::Queue { .. })
        })
        .await;
    assert!(
        matches!(place, ServerFrame::Queue { position: 1, wait_minutes } if wait_minutes >= 1),
        "{place:?}"
    );

    let info = accept(&mut agent, id).await;
    assert_eq!(info.topic, "Nid-de-poule rue King");
    assert!(
        info.canned.iter().any(|(_, text)| text.contains("Bonjour")),
        "canned replies are in the resident's language: {:?}",
        info.canned
    );
    let (_, seen) = resident
        .until("the agent joining", |f| {
            matches!(f, ServerFrame::State { conversation } if conversation.status == ChatStatus::Active)
        })
        .await;
    let joined = if seen.is_empty() {
        resident.messages(1).await
    } else {
        seen
    };
    assert_eq!(joined[0].author, Author::System);
    assert_eq!(joined[0].body, "chat-event-joined");
    assert_eq!(joined[0].arg, "nadia");

    // Typing, both ways.
    resident
        .send(&ClientFrame::Typing { conversation: None })
        .await;
    agent
        .until("the resident typing", |f| matches!(f, ServerFrame::Typing { conversation, from_agent: false } if *conversation == id))
        .await;
    agent
        .send(&ClientFrame::Typing {
            conversation: Some(id),
        })
        .await;
    resident
        .until("the agent typing", |f| {
            matches!(
                f,
                ServerFrame::Typing {
                    from_agent: true,
                    ..
                }
            )
        })
        .await;

    let seq = resident.say("r-1", "Il y a un trou énorme", None).await;
    let heard = agent.messages(1).await;
    assert_eq!(heard[0].seq, seq);
    assert_eq!(heard[0].body, "Il y a un trou énorme");
    // A re-sent message (its acknowledgement was lost) is stored once.
    assert_eq!(
        resident.say("r-1", "Il y a un trou énorme", None).await,
        seq
    );

    // A note stays with the agents.
    agent
        .send(&ClientFrame::Send {
            conversation: Some(id),
            client_id: "a-note".into(),
            body: "Resident sounds upset".into(),
            internal: true,
        })
        .await;
    let seq_reply = agent.say("a-1", "Je crée une demande.", Some(id)).await;
    let to_resident = resident.messages(1).await;
    assert_eq!(bodies(&to_resident), ["Je crée une demande."]);
    assert_eq!(to_resident[0].seq, seq_reply);
    assert!(resident
        .quiet_for(Duration::from_millis(500))
        .await
        .is_none());

    agent
        .send(&ClientFrame::End {
            conversation: Some(id),
        })
        .await;
    let (_, _) = resident
        .until("the end", |f| matches!(f, ServerFrame::State { conversation } if conversation.status == ChatStatus::Ended))
        .await;
    agent
        .until(
            "the chat released",
            |f| matches!(f, ServerFrame::Released { conversation } if *conversation == id),
        )
        .await;

    resident.send(&ClientFrame::Rate { stars: 6 }).await;
    resident
        .until(
            "the bad rating refused",
            |f| matches!(f, ServerFrame::Error { code, .. } if code == "bad-rating"),
        )
        .await;
    resident.send(&ClientFrame::Rate { stars: 5 }).await;
    resident
        .until(
            "the rating stored",
            |f| matches!(f, ServerFrame::Done { what } if what == "rating"),
        )
        .await;
    resident
        .send(&ClientFrame::Transcript {
            email: "amira.example.org".into(),
        })
        .await;
    resident
        .until(
            "the bad address refused",
            |f| matches!(f, ServerFrame::Error { code, .. } if code == "bad-email"),
        )
        .await;
    resident
        .send(&ClientFrame::Transcript {
            email: "amira@example.org".into(),
        })
        .await;
    resident
        .until(
            "the transcript queued",
            |f| matches!(f, ServerFrame::Done { what } if what == "transcript"),
        )
        .await;
    let mail = wait_for_mail(&server.mail_dir()).await;
    assert!(mail.contains("amira@example.org"), "{mail}");
    assert!(
        mail.contains("Il y a un trou"),
        "the transcript has the messages: {mail}"
    );
    assert!(
        !mail.contains("Resident sounds upset"),
        "notes stay internal: {mail}"
    );
}
on_both_backends!(resident_and_agent_talk);

async fn wait_for_mail(folder: &std::path::Path) -> String {
    for _ in 0..100 {
        let first = std::fs::read_dir(folder)
            .ok()
            .and_then(|mut entries| entries.next())
            .and_then(Result::ok);
        if let Some(entry) = first {
            let raw = std::fs::read(entry.path()).unwrap();
            let parsed = mailparse::parse_mail(&raw).unwrap();
            let mut text = String::from_utf8_lossy(&raw).to_string();
            for part in std::iter::once(&parsed).chain(parsed.subparts.iter()) {
                text.push_str(&part.get_body().unwrap_or_default());
            }
            return text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no email in {}", folder.display());
}

/// A resident who drops off and comes back gets exactly what they missed.
async fn reconnect_gets_exactly_the_gap(database: TestDatabase) {
    let server = RunningServer::spawn(&database, &[]).await;
    let cookie = signed_in_agent(&database, &server.base_url, "omar@toronto.ca", "").await;
    let mut agent = Socket::ready_agent(&server.base_url, &cookie).await;
    let mut resident = Socket::resident(&server.base_url, "en").await;
    let (id, token) = start_chat(&mut resident, "Missed garbage pickup").await;
    accept(&mut agent, id).await;
    resident.say("r-1", "Hello?", None).await;
    let (_, mut seen) = resident
        .until(
            "my own message",
            |f| matches!(f, ServerFrame::Message { message } if message.body == "Hello?"),
        )
        .await;
    seen.retain(|m| m.author != Author::Resident);
    let last_seen = 2; // joined, then "Hello?"
    drop(resident);

    for n in 1..=5 {
        agent
            .say(&format!("a-{n}"), &format!("Answer {n}"), Some(id))
            .await;
    }
    let mut resident = Socket::resident(&server.base_url, "en").await;
    resident
        .send(&ClientFrame::Resume {
            token: token.clone(),
            last_seq: last_seen,
        })
        .await;
    let missed = resident.messages(5).await;
    assert_eq!(
        bodies(&missed),
        ["Answer 1", "Answer 2", "Answer 3", "Answer 4", "Answer 5"]
    );
    assert_eq!(
        missed.iter().map(|m| m.seq).collect::<Vec<_>>(),
        [3, 4, 5, 6, 7]
    );
    assert!(
        resident
            .quiet_for(Duration::from_millis(700))
            .await
            .is_none(),
        "nothing is sent twice"
    );
    agent.say("a-6", "Still there?", Some(id)).await;
    assert_eq!(bodies(&resident.messages(1).await), ["Still there?"]);

    let mut stranger = Socket::resident(&server.base_url, "en").await;
    stranger
        .send(&ClientFrame::Resume {
            token: "not-a-token".into(),
            last_seq: 0,
        })
        .await;
    assert!(
        matches!(stranger.next().await, ServerFrame::Error { code, .. } if code == "unknown-chat")
    );
}
on_both_backends!(reconnect_gets_exactly_the_gap);

/// The server is killed mid-conversation; after it restarts both sides resume, re-send what
/// was never acknowledged, and the conversation has every message once.
async fn restart_loses_nothing(database: TestDatabase) {
    let mut server = RunningServer::spawn(&database, &[]).await;
    let cookie = signed_in_agent(&database, &server.base_url, "lee@toronto.ca", "").await;
    let mut agent = Socket::ready_agent(&server.base_url, &cookie).await;
    let mut resident = Socket::resident(&server.base_url, "en").await;
    let (id, token) = start_chat(&mut resident, "Streetlight out").await;
    accept(&mut agent, id).await;
    for n in 1..=3 {
        resident
            .say(&format!("r-{n}"), &format!("Resident {n}"), None)
            .await;
    }
    let agent_saw = agent.messages(3).await;
    let agent_cursor = agent_saw.last().unwrap().seq;

    server.kill();
    // Sent into a dead server: never acknowledged, so the browser keeps it to re-send.
    let _ = resident
        .stream
        .send(Message::Text(
            serde_json::to_string(&ClientFrame::Send {
                conversation: None,
                client_id: "r-4".into(),
                body: "Resident 4".into(),
                internal: false,
            })
            .unwrap()
            .into(),
        ))
        .await;
    let server = server.restarted().await;

    let mut agent = Socket::agent(
        &server.base_url,
        &cookie,
        vec![Cursor {
            conversation: id,
            last_seq: agent_cursor,
        }],
    )
    .await;
    let mut resident = Socket::resident(&server.base_url, "en").await;
    resident
        .send(&ClientFrame::Resume {
            token,
            last_seq: agent_cursor,
        })
        .await;
    resident.say("r-4", "Resident 4", None).await;
    resident.say("r-4", "Resident 4", None).await;
    assert_eq!(bodies(&agent.messages(1).await), ["Resident 4"]);
    agent.say("a-1", "Back online", Some(id)).await;
    assert_eq!(bodies(&agent.messages(1).await), ["Back online"]);
    assert!(agent.quiet_for(Duration::from_millis(700)).await.is_none());

    let db = database.open().await;
    let all = db.chat_messages_after(id, 0, true).await.unwrap();
    assert_eq!(
        bodies(&all),
        [
            "chat-event-joined",
            "Resident 1",
            "Resident 2",
            "Resident 3",
            "Resident 4",
            "Back online"
        ]
    );
    assert_eq!(
        all.iter().map(|m| m.seq).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5, 6]
    );
}
on_both_backends!(restart_loses_nothing);

/// Bad frames are answered and the socket keeps working.
async fn bad_frames_get_error_frames(database: TestDatabase) {
    let server = RunningServer::spawn(&database, &[]).await;
    let cookie = signed_in_agent(&database, &server.base_url, "kim@toronto.ca", "").await;
    let _agent = Socket::ready_agent(&server.base_url, &cookie).await;
    let mut resident = Socket::resident(&server.base_url, "en").await;
    let expect = |code: &'static str| move |f: &ServerFrame| matches!(f, ServerFrame::Error { code: c, .. } if c == code);

    resident.raw(Message::Text("{not json".into())).await;
    resident.until("bad-frame", expect("bad-frame")).await;
    resident.raw(Message::Binary(vec![1, 2, 3].into())).await;
    resident.until("bad-frame", expect("bad-frame")).await;
    resident
        .raw(Message::Text(
            format!(
                "{{\"type\":\"send\",\"client_id\":\"x\",\"body\":\"{}\"}}",
                "a".repeat(20_000)
            )
            .into(),
        ))
        .await;
    resident.until("too-long frame", expect("too-long")).await;
    resident
        .send(&ClientFrame::Accept { conversation: 1 })
        .await;
    resident.until("agents-only", expect("agents-only")).await;
    resident
        .send(&ClientFrame::Start {
            name: String::new(),
            topic: "  ".into(),
            request: None,
        })
        .await;
    resident
        .until("topic-missing", expect("topic-missing"))
        .await;
    resident
        .send(&ClientFrame::Send {
            conversation: None,
            client_id: "r-0".into(),
            body: "hi".into(),
            internal: false,
        })
        .await;
    resident.until("no-chat", expect("no-chat")).await;

    let (_id, _) = start_chat(&mut resident, "Noise").await;
    resident
        .send(&ClientFrame::Send {
            conversation: None,
            client_id: "long".into(),
            body: "é".repeat(2001),
            internal: false,
        })
        .await;
    let (refused, _) = resident.until("too-long message", expect("too-long")).await;
    assert!(matches!(refused, ServerFrame::Error { client_id: Some(id), .. } if id == "long"));
    resident
        .send(&ClientFrame::Send {
            conversation: None,
            client_id: "blank".into(),
            body: " \n ".into(),
            internal: false,
        })
        .await;
    resident.until("empty", expect("empty")).await;

    // A flood is slowed down, not disconnected.
    for n in 0..40 {
        resident
            .send(&ClientFrame::Send {
                conversation: None,
                client_id: format!("f-{n}"),
                body: format!("flood {n}"),
                internal: false,
            })
            .await;
    }
    resident.until("too-fast", expect("too-fast")).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let seq = resident.say("after", "Still here", None).await;
    assert!(seq > 1);
    let db = database.open().await;
    let stored = db.chat_messages_after(_id, 0, true).await.unwrap();
    assert!(
        stored.len() < 40,
        "the flood was limited: {} stored",
        stored.len()
    );
    assert!(stored.iter().all(|m| m.body.chars().count() <= 2000));
}
on_both_backends!(bad_frames_get_error_frames);

/// With nobody online, residents are offered to leave a message, which agents answer.
async fn nobody_online_means_leave_a_message(database: TestDatabase) {
    let server = RunningServer::spawn(&database, &[]).await;
    let mut resident = Socket::resident(&server.base_url, "fr").await;
    resident
        .send(&ClientFrame::Start {
            name: String::new(),
            topic: "Arbre tombé".into(),
            request: None,
        })
        .await;
    assert_eq!(resident.next().await, ServerFrame::Offline);

    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let leave = |form: &'static [(&'static str, &'static str)]| {
        let client = client.clone();
        let url = format!("{}/chat/messages", server.base_url);
        async move {
            let response = support::post_form(&client, &url, form).await;
            response.headers()["location"].to_str().unwrap().to_string()
        }
    };
    let back = leave(&[("name", "Luc"), ("email", "luc@"), ("body", "")]).await;
    assert!(back.contains("chat-offline-error-body"), "{back}");
    assert!(back.contains("chat-offline-error-email"), "{back}");
    assert!(
        back.contains("name=Luc"),
        "what was typed comes back: {back}"
    );
    let back = leave(&[("body", "Un arbre est tombé")]).await;
    assert!(back.contains("chat-offline-error-contact"), "{back}");
    let back = leave(&[
        ("name", "Luc"),
        ("email", "luc@example.org"),
        ("body", "Un arbre est tombé sur Queen"),
    ])
    .await;
    assert_eq!(back, "/chat?left=true#leave-message");

    let db = database.open().await;
    let cases = db.offline_cases().await.unwrap();
    assert_eq!(cases.len(), 1);
    assert_eq!(cases[0].body, "Un arbre est tombé sur Queen");
    assert_eq!(cases[0].contact, "luc@example.org");

    create_agent(&database, "ana@toronto.ca", "fr");
    let mut agent = Staff::new(&server.base_url);
    agent.sign_in("ana@toronto.ca", PASSWORD).await;
    let (_, _, page) = agent.get("/agent").await;
    assert!(
        page.contains("Un arbre est tombé sur Queen"),
        "the console lists left messages"
    );
    let csrf = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a CSRF token in the console")
        .to_string();
    let path = format!("/agent/cases/{}/answer", cases[0].id);
    let (_, location) = agent
        .post(&path, &[("csrf", "forged"), ("reply", "Merci")])
        .await;
    assert_ne!(location.as_deref(), Some("/agent?answered=true"));
    let (_, location) = agent
        .post(
            &path,
            &[("csrf", &csrf), ("reply", "Une équipe passera demain.")],
        )
        .await;
    assert_eq!(location.as_deref(), Some("/agent?answered=true"));
    let mail = wait_for_mail(&server.mail_dir()).await;
    assert!(mail.contains("luc@example.org"), "{mail}");
    assert!(mail.contains("Une équipe passera demain."), "{mail}");
    assert!(db.offline_cases().await.unwrap().is_empty());
}
on_both_backends!(nobody_online_means_leave_a_message);

/// Two instances on one PostgreSQL database: the resident on one, the agent on the other.
#[tokio::test]
async fn two_instances_share_conversations_on_postgres() {
    let database = TestDatabase::postgres().await;
    let a = RunningServer::spawn(&database, &[]).await;
    let b = RunningServer::spawn(&database, &[]).await;
    let cookie = signed_in_agent(&database, &b.base_url, "sam@toronto.ca", "").await;
    let mut agent = Socket::ready_agent(&b.base_url, &cookie).await;
    let mut resident = Socket::resident(&a.base_url, "en").await;
    let (id, _) = start_chat(&mut resident, "Broken bench").await;
    accept(&mut agent, id).await;
    resident
        .until("the agent joining on the other instance", |f| {
            matches!(f, ServerFrame::State { conversation } if conversation.status == ChatStatus::Active)
        })
        .await;
    resident.say("r-1", "From instance A", None).await;
    assert_eq!(bodies(&agent.messages(1).await), ["From instance A"]);
    agent.say("a-1", "From instance B", Some(id)).await;
    let (_, got) = resident
        .until(
            "the agent's message",
            |f| matches!(f, ServerFrame::Message { message } if message.body == "From instance B"),
        )
        .await;
    assert!(got.iter().all(|m| m.body != "From instance B"));
    resident
        .send(&ClientFrame::Typing { conversation: None })
        .await;
    agent
        .until("typing across instances", |f| {
            matches!(
                f,
                ServerFrame::Typing {
                    from_agent: false,
                    ..
                }
            )
        })
        .await;
}

/// The instances' listening connections are killed; the resident still gets what the agent
/// sent while they were gone, once, and the server says it re-subscribed.
#[tokio::test]
async fn fan_out_recovers_after_the_database_connection_drops() {
    use sqlx::{Connection, Executor};
    let database = TestDatabase::postgres().await;
    let a = RunningServer::spawn(&database, &[]).await;
    let b = RunningServer::spawn(&database, &[]).await;
    let cookie = signed_in_agent(&database, &b.base_url, "eve@toronto.ca", "").await;
    let mut agent = Socket::ready_agent(&b.base_url, &cookie).await;
    let mut resident = Socket::resident(&a.base_url, "en").await;
    let (id, _) = start_chat(&mut resident, "Flooded underpass").await;
    accept(&mut agent, id).await;
    resident.say("r-1", "Before the drop", None).await;
    agent.messages(1).await;

    let mut admin = sqlx::PgConnection::connect(database.url.url())
        .await
        .unwrap();
    let killed = admin
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE application_name = 'civic311-chat-listener' AND datname = current_database()",
        )
        .await
        .unwrap();
    assert_eq!(
        killed.rows_affected(),
        2,
        "both instances' listeners were found"
    );
    // Sent while A listens nowhere: only the table has it.
    agent.say("a-1", "During the drop", Some(id)).await;
    let (_, got) = resident
        .until(
            "the message sent during the drop",
            |f| matches!(f, ServerFrame::Message { message } if message.body == "During the drop"),
        )
        .await;
    assert!(got.iter().all(|m| m.body != "During the drop"));
    agent.say("a-2", "After the drop", Some(id)).await;
    assert_eq!(bodies(&resident.messages(1).await), ["After the drop"]);
    assert!(resident
        .quiet_for(Duration::from_millis(700))
        .await
        .is_none());
    for server in [&a, &b] {
        let log = server.log();
        assert!(
            log.contains("lost the PostgreSQL connection") || log.contains("listener failed"),
            "{log}"
        );
        assert!(log.contains("re-subscribed to PostgreSQL"), "{log}");
    }
}

/// Outside opening hours residents are offered to leave a message, even with agents online.
async fn outside_hours_means_leave_a_message(database: TestDatabase) {
    let hour = jiff::Timestamp::now()
        .to_zoned(jiff::tz::TimeZone::get("America/Toronto").unwrap())
        .hour();
    // A one-hour window that does not contain the present hour.
    let open = if hour <= 21 { hour + 1 } else { 1 };
    let hours = format!("{open:02}:00-{:02}:00", open + 1);
    let server = RunningServer::spawn(&database, &[("CIVIC311_CHAT_HOURS", &hours)]).await;
    let cookie = signed_in_agent(&database, &server.base_url, "night@toronto.ca", "").await;
    let _agent = Socket::ready_agent(&server.base_url, &cookie).await;
    let mut resident = Socket::resident(&server.base_url, "en").await;
    resident
        .send(&ClientFrame::Start {
            name: String::new(),
            topic: "Noise at night".into(),
            request: None,
        })
        .await;
    assert_eq!(resident.next().await, ServerFrame::Offline, "hours {hours}");
}
on_both_backends!(outside_hours_means_leave_a_message);

/// Chats go to agents who speak their language; others get them after the fallback wait.
/// A chat can be handed to another agent, who gets its history.
async fn language_routing_and_transfer(database: TestDatabase) {
    let server = RunningServer::spawn(&database, &[("CIVIC311_CHAT_FALLBACK_SECONDS", "3")]).await;
    let french = signed_in_agent(&database, &server.base_url, "claire@toronto.ca", "fr").await;
    let tamil = signed_in_agent(&database, &server.base_url, "priya@toronto.ca", "ta").await;
    let mut claire = Socket::ready_agent(&server.base_url, &french).await;
    let mut priya = Socket::ready_agent(&server.base_url, &tamil).await;
    let mut resident = Socket::resident(&server.base_url, "ta").await;
    let started = std::time::Instant::now();
    let (id, _) = start_chat(&mut resident, "குப்பை சேகரிப்பு").await;

    let (offer, _) = priya
        .until("the Tamil chat for the Tamil agent", |f| {
            matches!(f, ServerFrame::AgentQueue { waiting, .. } if waiting.iter().any(|e| e.id == id))
        })
        .await;
    let ServerFrame::AgentQueue { waiting, .. } = offer else {
        unreachable!()
    };
    assert!(!waiting[0].fallback);
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "offered at once to the agent with the language"
    );
    let (fallback, _) = claire
        .until("the Tamil chat after the fallback wait", |f| {
            matches!(f, ServerFrame::AgentQueue { waiting, .. } if waiting.iter().any(|e| e.id == id))
        })
        .await;
    assert!(
        started.elapsed() >= Duration::from_secs(3),
        "other agents wait for the fallback"
    );
    let ServerFrame::AgentQueue {
        waiting, agents, ..
    } = fallback
    else {
        unreachable!()
    };
    assert!(
        waiting[0].fallback,
        "marked as outside the agent's languages"
    );
    assert_eq!(agents.len(), 2, "both agents are online: {agents:?}");

    accept(&mut claire, id).await;
    resident.say("r-1", "வணக்கம்", None).await;
    claire.messages(1).await;
    let priya_id = agents.iter().find(|a| a.name == "priya").unwrap().id;
    claire
        .send(&ClientFrame::Transfer {
            conversation: id,
            to_agent: 999_999,
        })
        .await;
    claire
        .until(
            "an unknown agent refused",
            |f| matches!(f, ServerFrame::Error { code, .. } if code == "agent-unavailable"),
        )
        .await;
    claire
        .send(&ClientFrame::Transfer {
            conversation: id,
            to_agent: priya_id,
        })
        .await;
    claire
        .until(
            "the chat released",
            |f| matches!(f, ServerFrame::Released { conversation } if *conversation == id),
        )
        .await;
    let (_, history) = priya
        .until("the transferred chat", |f| {
            matches!(f, ServerFrame::Message { message } if message.body == "chat-event-transferred")
        })
        .await;
    assert!(
        history.iter().any(|m| m.body == "வணக்கம்"),
        "the new agent gets the history"
    );
    let (_, seen) = resident
        .until("the transfer told", |f| {
            matches!(f, ServerFrame::Message { message } if message.body == "chat-event-transferred" && message.arg == "priya")
        })
        .await;
    assert!(seen.iter().all(|m| m.body != "chat-event-transferred"));
    claire
        .send(&ClientFrame::Send {
            conversation: Some(id),
            client_id: "late".into(),
            body: "Still mine?".into(),
            internal: false,
        })
        .await;
    claire
        .until(
            "not hers any more",
            |f| matches!(f, ServerFrame::Error { code, .. } if code == "not-yours"),
        )
        .await;
    priya.say("p-1", "நான் உதவுகிறேன்", Some(id)).await;
    resident
        .until(
            "the new agent's message",
            |f| matches!(f, ServerFrame::Message { message } if message.author_name == "priya"),
        )
        .await;
}
on_both_backends!(language_routing_and_transfer);

/// A chat linked to a request shows as its transcript on the staff page.
async fn the_transcript_is_attached_to_the_request(database: TestDatabase) {
    let server = RunningServer::spawn(&database, &[]).await;
    let key = support::create_api_key(&database, "tests");
    let number = support::file_pothole(&server.base_url, &key, "43.6525", "-79.3835").await;
    let cookie = signed_in_agent(&database, &server.base_url, "mo@toronto.ca", "").await;
    let mut agent = Socket::ready_agent(&server.base_url, &cookie).await;
    let mut resident = Socket::resident(&server.base_url, "en").await;
    resident
        .send(&ClientFrame::Start {
            name: "Jo".into(),
            topic: "About my pothole".into(),
            request: Some(number.clone()),
        })
        .await;
    let ServerFrame::Started {
        conversation: id, ..
    } = resident.next().await
    else {
        panic!("not started")
    };
    let info = accept(&mut agent, id).await;
    assert_eq!(
        info.request.as_deref(),
        Some(number.as_str()),
        "the chat is linked to the request"
    );
    resident
        .say("r-1", "It is getting deeper every day", None)
        .await;
    agent.messages(1).await;

    assert!(support::create_staff_user(&database, "division_staff", "crew@toronto.ca", PASSWORD).0);
    let mut staff = Staff::new(&server.base_url);
    staff.sign_in("crew@toronto.ca", PASSWORD).await;
    let (_, _, page) = staff.get(&format!("/staff/requests/{number}")).await;
    let page = support::visible_text(&page);
    assert!(page.contains("Chat transcripts"), "{page}");
    assert!(
        page.contains("Jo: It is getting deeper every day"),
        "{page}"
    );
    assert!(page.contains("mo joined the chat."), "{page}");
}
on_both_backends!(the_transcript_is_attached_to_the_request);
