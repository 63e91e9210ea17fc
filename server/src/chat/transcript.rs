//! A conversation as plain text, in one language: for the resident's email and for the
//! request it was filed from.

use app::{
    chat::{Author, ChatMessage, ConversationInfo},
    i18n::Localizer,
};
use fluent_bundle::FluentArgs;

/// One line per message, `HH:MM Name: text`, with chat events in `i18n`'s language. Notes
/// for agents are left out.
pub fn write(
    conversation: &ConversationInfo,
    messages: &[ChatMessage],
    i18n: &Localizer,
    time_zone: &jiff::tz::TimeZone,
) -> String {
    let resident = if conversation.resident_name.is_empty() {
        i18n.t_plain("chat-resident", &FluentArgs::new())
    } else {
        conversation.resident_name.clone()
    };
    messages
        .iter()
        .filter(|message| !message.internal)
        .map(|message| {
            let time = jiff::Timestamp::from_second(message.at)
                .map(|at| at.to_zoned(time_zone.clone()).strftime("%H:%M").to_string())
                .unwrap_or_default();
            match message.author {
                Author::Resident => format!("{time} {resident}: {}", message.body),
                Author::Agent => format!("{time} {}: {}", message.author_name, message.body),
                Author::System => format!("{time} {}", system_text(message, i18n, true)),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A chat event in words.
pub fn system_text(message: &ChatMessage, i18n: &Localizer, plain: bool) -> String {
    let mut args = FluentArgs::new();
    args.set("name", message.arg.clone());
    args.set("number", message.arg.clone());
    if plain {
        i18n.t_plain(&message.body, &args)
    } else {
        i18n.t_args(&message.body, &args)
    }
}
