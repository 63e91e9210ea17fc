//! The browser's end of `/chat/ws`: it connects, sends the hello frames, and reconnects with
//! growing pauses whenever the connection drops. What must survive a drop (the cursor, the
//! messages not yet acknowledged) lives with the caller, who gives fresh hello frames each
//! time.

use futures::channel::mpsc::UnboundedSender;

use super::ClientFrame;

/// Where the connection is.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkStatus {
    Idle,
    Connecting,
    Connected,
    /// The connection dropped; trying again.
    Reconnecting,
}

/// Sends frames on the current connection; frames sent while it is down are dropped, so
/// callers keep what matters and re-send it in their hello frames.
#[derive(Clone, Debug)]
pub struct ChatLink {
    outgoing: UnboundedSender<ClientFrame>,
}

impl ChatLink {
    pub fn send(&self, frame: ClientFrame) {
        let _ = self.outgoing.unbounded_send(frame);
    }
}

#[cfg(feature = "hydrate")]
pub use browser::connect;

#[cfg(feature = "hydrate")]
mod browser {
    use futures::{FutureExt, SinkExt, StreamExt};
    use gloo_net::websocket::{futures::WebSocket, Message};
    use leptos::prelude::*;

    use super::{ChatLink, LinkStatus};
    use crate::chat::{ClientFrame, ServerFrame};

    /// `ws(s)://<this host><path>`.
    fn socket_url(path: &str) -> Option<String> {
        let location = web_sys::window()?.location();
        let scheme = if location.protocol().ok()? == "https:" {
            "wss"
        } else {
            "ws"
        };
        Some(format!("{scheme}://{}{path}", location.host().ok()?))
    }

    /// Opens the link; `hello` gives the frames to send on every (re)connection.
    pub fn connect(
        path: String,
        hello: impl Fn() -> Vec<ClientFrame> + 'static,
        on_frame: impl Fn(ServerFrame) + 'static,
        status: RwSignal<LinkStatus>,
    ) -> ChatLink {
        let (outgoing, mut queued) = futures::channel::mpsc::unbounded::<ClientFrame>();
        leptos::task::spawn_local(async move {
            let mut pause_ms = 500;
            let mut first = true;
            loop {
                status.set(if first {
                    LinkStatus::Connecting
                } else {
                    LinkStatus::Reconnecting
                });
                if let Some(socket) = socket_url(&path).and_then(|url| WebSocket::open(&url).ok()) {
                    let (mut write, mut read) = socket.split();
                    let mut open = true;
                    for frame in hello() {
                        let text = serde_json::to_string(&frame).unwrap_or_default();
                        if write.send(Message::Text(text)).await.is_err() {
                            open = false;
                            break;
                        }
                    }
                    if open {
                        status.set(LinkStatus::Connected);
                        first = false;
                        pause_ms = 500;
                    }
                    while open {
                        futures::select! {
                            incoming = read.next().fuse() => match incoming {
                                Some(Ok(Message::Text(text))) => {
                                    if let Ok(frame) = serde_json::from_str::<ServerFrame>(&text) {
                                        on_frame(frame);
                                    }
                                }
                                Some(Ok(Message::Bytes(_))) => {}
                                Some(Err(_)) | None => open = false,
                            },
                            frame = queued.next() => match frame {
                                Some(frame) => {
                                    let text = serde_json::to_string(&frame).unwrap_or_default();
                                    if write.send(Message::Text(text)).await.is_err() {
                                        open = false;
                                    }
                                }
                                // The page dropped the link.
                                None => return,
                            },
                        }
                    }
                }
                status.set(LinkStatus::Reconnecting);
                gloo_timers::future::TimeoutFuture::new(pause_ms).await;
                pause_ms = (pause_ms * 2).min(10_000);
            }
        });
        ChatLink { outgoing }
    }
}
