//! Live chat: the resident's widget, the agents' console, and the frames they exchange with
//! the server over `/chat/ws`.

mod console;
mod link;
mod protocol;
mod widget;

pub use console::{agent_console, AgentConsolePage, CaseView, ConsoleView, ServiceOption};
pub use protocol::*;
pub use widget::{
    chat_page_info, message_text, provide_chat, use_chat, ChatAboutRequest, ChatPage, ChatWidget,
};
