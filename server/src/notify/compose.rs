//! Writes an outbox message out in the recipient's language, as plain text.

use app::i18n::Localizer;
use fluent_bundle::FluentArgs;

use crate::db::outbox::{Channel, MessageKind, OutboxMessage};

/// A message ready to send.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Composed {
    /// The email's subject; unused for text messages.
    pub subject: String,
    pub text: String,
    /// Where one click ends the subscription, for messages sent on one.
    pub unsubscribe_url: Option<String>,
}

/// Composes `message` with `i18n`, linking to the portal at `public_url`.
pub fn compose(message: &OutboxMessage, i18n: &Localizer, public_url: &str) -> Composed {
    let param = |name: &str| {
        message
            .params
            .get(name)
            .map(|value| match value {
                serde_json::Value::String(text) => text.clone(),
                other => other.to_string(),
            })
            .unwrap_or_default()
    };
    let number = param("number");
    let service = i18n.t_or(
        &format!("service-{}", param("service_code")),
        &param("service_name"),
    );
    let status = param("status");
    let status = i18n.t_or(&format!("status-{status}"), &status);
    let link = format!("{public_url}/requests/{number}");
    let unsubscribe_url = Some(param("unsubscribe"))
        .filter(|token| !token.is_empty())
        .map(|token| format!("{public_url}/unsubscribe/{token}"));
    let mut args = FluentArgs::new();
    args.set("number", number.clone());
    args.set("service", service);
    args.set("status", status);
    args.set("code", param("code"));
    args.set("link", link.clone());
    if let Some(url) = &unsubscribe_url {
        args.set("unsubscribe", url.clone());
    }
    let t = |id: &str| i18n.t_plain(id, &args);
    let email = message.channel == Channel::Email;
    let (subject, mut paragraphs) = match message.kind {
        MessageKind::Code => (
            t("notify-code-subject"),
            vec![t(if email {
                "notify-code-email"
            } else {
                "notify-code-sms"
            })],
        ),
        MessageKind::Status => {
            let mut paragraphs = vec![t(if email {
                "notify-status-email"
            } else {
                "notify-status-sms"
            })];
            let note = param("note");
            if email && !note.is_empty() {
                let mut note_args = FluentArgs::new();
                note_args.set("note", note);
                paragraphs.push(i18n.t_plain("notify-note", &note_args));
            }
            (t("notify-status-subject"), paragraphs)
        }
        MessageKind::Escalated => (
            t("notify-escalated-subject"),
            vec![t(if email {
                "notify-escalated-email"
            } else {
                "notify-escalated-sms"
            })],
        ),
        MessageKind::ChatTranscript => (
            t("notify-chat-transcript-subject"),
            vec![t("notify-chat-transcript-email"), param("transcript")],
        ),
        MessageKind::ChatReply => {
            let mut reply_args = FluentArgs::new();
            reply_args.set("reply", param("reply"));
            (
                t("notify-chat-reply-subject"),
                vec![i18n.t_plain(
                    if email {
                        "notify-chat-reply-email"
                    } else {
                        "notify-chat-reply-sms"
                    },
                    &reply_args,
                )],
            )
        }
    };
    if matches!(message.kind, MessageKind::Status | MessageKind::Escalated) {
        paragraphs.push(t(if email {
            "notify-link"
        } else {
            "notify-link-sms"
        }));
        if unsubscribe_url.is_some() {
            if email {
                paragraphs.push(format!(
                    "-- \n{}\n{}",
                    t("notify-footer-email"),
                    t("notify-unsubscribe")
                ));
            } else {
                paragraphs.push(t("notify-unsubscribe-sms"));
            }
        }
    }
    let separator = if email { "\n\n" } else { "\n" };
    Composed {
        subject,
        text: paragraphs.join(separator),
        unsubscribe_url,
    }
}
