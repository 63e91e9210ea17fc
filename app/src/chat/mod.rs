//! Live chat: the resident's widget, the agents' console, and the frames they exchange with
//! the server over `/chat/ws`.

mod protocol;

pub use protocol::*;
