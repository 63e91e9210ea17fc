//! The frames of `/chat/ws`, shared by the browser and the server. Every frame is one JSON
//! text message with a `type` field.

use serde::{Deserialize, Serialize};

/// The longest message a resident or agent may send, in characters.
pub const MAX_MESSAGE_CHARS: usize = 2000;
/// The longest frame the server reads; longer ones get a `too-long` error.
pub const MAX_FRAME_BYTES: usize = 16 * 1024;

/// What a browser sends.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ClientFrame {
    /// A resident starts a new chat.
    Start {
        #[serde(default)]
        name: String,
        topic: String,
        /// An SR number when the chat starts from a request's status page.
        #[serde(default)]
        request: Option<String>,
    },
    /// A resident comes back to their chat after a dropped connection or a reload.
    Resume { token: String, last_seq: i64 },
    /// An agent's console connects; `cursors` are the last seen sequence numbers.
    Console {
        #[serde(default)]
        cursors: Vec<Cursor>,
    },
    /// A message; `client_id` makes a re-send after a lost acknowledgement harmless.
    Send {
        #[serde(default)]
        conversation: Option<i64>,
        client_id: String,
        body: String,
        /// Agents only: a note the resident never sees.
        #[serde(default)]
        internal: bool,
    },
    Typing {
        #[serde(default)]
        conversation: Option<i64>,
    },
    /// Agents take a waiting chat.
    Accept { conversation: i64 },
    /// Agents hand a chat to another online agent.
    Transfer { conversation: i64, to_agent: i64 },
    /// Either side ends the chat.
    End {
        #[serde(default)]
        conversation: Option<i64>,
    },
    /// The resident rates the ended chat, 1 to 5.
    Rate { stars: u8 },
    /// The resident asks for the transcript by email.
    Transcript { email: String },
}

/// Where a console's copy of a conversation stops.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    pub conversation: i64,
    pub last_seq: i64,
}

/// Who wrote a chat message.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Author {
    Resident,
    Agent,
    /// An event of the chat itself; `body` is a Fluent message id, `args` its arguments.
    System,
}

impl Author {
    pub fn as_str(self) -> &'static str {
        match self {
            Author::Resident => "resident",
            Author::Agent => "agent",
            Author::System => "system",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        match raw {
            "resident" => Some(Author::Resident),
            "agent" => Some(Author::Agent),
            "system" => Some(Author::System),
            _ => None,
        }
    }
}

/// One stored message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
    pub conversation: i64,
    pub seq: i64,
    pub author: Author,
    pub author_name: String,
    pub body: String,
    /// For system messages: the Fluent arguments (e.g. an SR number).
    #[serde(default)]
    pub arg: String,
    pub internal: bool,
    pub client_id: Option<String>,
    /// Unix seconds.
    pub at: i64,
}

/// Where a chat is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChatStatus {
    Waiting,
    Active,
    Ended,
    /// Left as a message outside hours; agents answer it later.
    Offline,
    /// An offline message that an agent answered.
    Answered,
}

impl ChatStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ChatStatus::Waiting => "waiting",
            ChatStatus::Active => "active",
            ChatStatus::Ended => "ended",
            ChatStatus::Offline => "offline",
            ChatStatus::Answered => "answered",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [
            ChatStatus::Waiting,
            ChatStatus::Active,
            ChatStatus::Ended,
            ChatStatus::Offline,
            ChatStatus::Answered,
        ]
        .into_iter()
        .find(|status| status.as_str() == raw)
    }
}

/// A conversation as the console shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConversationInfo {
    pub id: i64,
    pub status: ChatStatus,
    pub language: String,
    pub resident_name: String,
    pub topic: String,
    pub request: Option<String>,
    pub agent_id: Option<i64>,
    pub agent_name: String,
    pub created_at: i64,
    /// Ready-made replies in the resident's language: (id, text).
    #[serde(default)]
    pub canned: Vec<(String, String)>,
}

/// A waiting chat in the agents' queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueEntry {
    pub id: i64,
    pub language: String,
    pub resident_name: String,
    pub topic: String,
    pub request: Option<String>,
    pub waiting_seconds: i64,
    /// Whether it reached this agent because no agent with its language took it in time.
    pub fallback: bool,
}

/// An online agent a chat can be transferred to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentInfo {
    pub id: i64,
    pub name: String,
    pub languages: Vec<String>,
}

/// What the server sends.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ServerFrame {
    /// A resident's chat exists; keep `token` to resume it.
    Started {
        conversation: i64,
        token: String,
    },
    /// Nobody can answer now: offer to leave a message instead.
    Offline,
    /// A resident's place in the queue.
    Queue {
        position: i64,
        wait_minutes: i64,
    },
    /// The chat's current state, sent on connect and after every change.
    State {
        conversation: ConversationInfo,
    },
    Message {
        message: ChatMessage,
    },
    /// The message with this `client_id` is stored as `seq`.
    Ack {
        client_id: String,
        conversation: i64,
        seq: i64,
    },
    Typing {
        conversation: i64,
        from_agent: bool,
    },
    /// Agents: the waiting queue they may take from, and who else is online.
    AgentQueue {
        waiting: Vec<QueueEntry>,
        agents: Vec<AgentInfo>,
        active: i64,
        limit: i64,
    },
    /// Agents: this conversation is no longer theirs (ended or transferred).
    Released {
        conversation: i64,
    },
    /// Something the frame asked could not be done; `code` names a Fluent message
    /// `chat-error-<code>`.
    Error {
        code: String,
        #[serde(default)]
        client_id: Option<String>,
    },
    /// The rating or transcript request was stored.
    Done {
        what: String,
    },
}
