//! Email through `lettre`: to the SMTP server of `CIVIC311_SMTP_URL`, or, when none is
//! configured (the zero-set-up demo), as `.eml` files in a folder.

use std::path::PathBuf;

use lettre::{
    message::{
        header::{ContentType, Header, HeaderName, HeaderValue},
        Mailbox,
    },
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
};

use super::{compose::Composed, SendError};
use crate::db::outbox::OutboxMessage;

/// Where email goes.
#[derive(Clone, Debug)]
pub enum MailDestination {
    /// An SMTP URL such as `smtp://127.0.0.1:2525` or `smtps://user:pass@mail.example.org`.
    Smtp(String),
    /// A folder that receives one `.eml` file per message.
    Folder(PathBuf),
}

/// Sends the outbox's email.
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Folder(AsyncFileTransport<Tokio1Executor>),
}

impl Mailer {
    /// A mailer for `destination`; fails on an SMTP URL lettre cannot use.
    pub fn new(destination: &MailDestination, from: Mailbox) -> Result<Self, String> {
        let transport = match destination {
            MailDestination::Smtp(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|error| error.to_string())?
                    .timeout(Some(std::time::Duration::from_secs(20)))
                    .build(),
            ),
            MailDestination::Folder(path) => {
                std::fs::create_dir_all(path)
                    .map_err(|error| format!("cannot create '{}': {error}", path.display()))?;
                Transport::Folder(AsyncFileTransport::new(path))
            }
        };
        Ok(Self { transport, from })
    }

    /// Sends one message; returns the provider's answer to keep as its delivery receipt.
    pub async fn send(
        &self,
        message: &OutboxMessage,
        composed: &Composed,
        public_url: &str,
    ) -> Result<String, SendError> {
        let to: Mailbox = message
            .recipient
            .parse()
            .map_err(|error| SendError::permanent(format!("bad recipient: {error}")))?;
        let host = url::Url::parse(public_url)
            .ok()
            .and_then(|url| url.host_str().map(str::to_string))
            .unwrap_or_else(|| "civic311.localhost".to_string());
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(composed.subject.clone())
            .message_id(Some(format!("<{}@{host}>", message.idempotency_key)))
            .header(ContentType::TEXT_PLAIN)
            .header(ContentLanguage(message.locale.clone()))
            .header(AutoSubmitted);
        if let Some(url) = &composed.unsubscribe_url {
            builder = builder
                .header(ListUnsubscribe(format!("<{url}>")))
                .header(ListUnsubscribePost);
        }
        let email = builder
            .body(composed.text.clone())
            .map_err(|error| SendError::permanent(error.to_string()))?;
        match &self.transport {
            Transport::Smtp(smtp) => {
                let response = smtp.send(email).await.map_err(|error| {
                    if error.is_permanent() {
                        SendError::permanent(error.to_string())
                    } else {
                        SendError::temporary(error.to_string())
                    }
                })?;
                Ok(response.message().collect::<Vec<_>>().join(" "))
            }
            Transport::Folder(folder) => folder
                .send(email)
                .await
                .map_err(|error| SendError::temporary(error.to_string())),
        }
    }
}

/// Declares a header lettre has no type for.
macro_rules! text_header {
    ($type:ident, $name:literal) => {
        impl Header for $type {
            fn name() -> HeaderName {
                HeaderName::new_from_ascii_str($name)
            }

            fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
                Err(concat!($name, " is only written, never parsed").into())
            }

            fn display(&self) -> HeaderValue {
                HeaderValue::new(Self::name(), self.value())
            }
        }
    };
}

/// The language the message is written in (RFC 3282).
#[derive(Clone)]
struct ContentLanguage(String);
impl ContentLanguage {
    fn value(&self) -> String {
        self.0.clone()
    }
}
text_header!(ContentLanguage, "Content-Language");

/// Tells mail software not to auto-reply (RFC 3834).
#[derive(Clone)]
struct AutoSubmitted;
impl AutoSubmitted {
    fn value(&self) -> String {
        "auto-generated".to_string()
    }
}
text_header!(AutoSubmitted, "Auto-Submitted");

/// The unsubscribe link mail clients offer as a button (RFC 2369).
#[derive(Clone)]
struct ListUnsubscribe(String);
impl ListUnsubscribe {
    fn value(&self) -> String {
        self.0.clone()
    }
}
text_header!(ListUnsubscribe, "List-Unsubscribe");

/// Lets the client unsubscribe with one POST, without opening a page (RFC 8058).
#[derive(Clone)]
struct ListUnsubscribePost;
impl ListUnsubscribePost {
    fn value(&self) -> String {
        "List-Unsubscribe=One-Click".to_string()
    }
}
text_header!(ListUnsubscribePost, "List-Unsubscribe-Post");
