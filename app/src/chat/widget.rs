//! The resident's chat: a "Chat with 311" entry on every page that opens a panel, and the
//! `/chat` page, which also takes messages when nobody can chat (with or without JavaScript).
//!
//! The chat survives reloads and full page loads: its resume token and the messages not yet
//! acknowledged are kept in the tab's session storage, and the server sends the history again.

use fluent_bundle::FluentArgs;
use leptos::{html, prelude::*};
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::{
    link::{ChatLink, LinkStatus},
    Author, ChatMessage, ChatStatus, ClientFrame, ConversationInfo, ServerFrame,
};
use crate::i18n::{use_localizer, Localizer};

/// What the resident sees in the panel.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Name and topic.
    Start,
    /// Nobody can chat: leave a message.
    Offline,
    Chat,
}

/// A message sent but not yet stored by the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct Pending {
    client_id: String,
    body: String,
}

/// What is kept in session storage between page loads.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct Saved {
    token: Option<String>,
    open: bool,
    pending: Vec<(String, String)>,
}

/// The chat's state, shared by the panel, the `/chat` page and "chat about this request".
#[derive(Clone, Copy)]
pub struct ChatState {
    pub open: RwSignal<bool>,
    /// The SR number a chat started now is about.
    pub request: RwSignal<Option<String>>,
    phase: RwSignal<Phase>,
    token: RwSignal<Option<String>>,
    conversation: RwSignal<Option<ConversationInfo>>,
    messages: RwSignal<Vec<ChatMessage>>,
    pending: RwSignal<Vec<Pending>>,
    place: RwSignal<Option<(i64, i64)>>,
    agent_typing: RwSignal<u32>,
    status: RwSignal<LinkStatus>,
    error: RwSignal<Option<String>>,
    done: RwSignal<Vec<String>>,
    start: StoredValue<Option<ClientFrame>>,
    link: StoredValue<Option<ChatLink>>,
    launcher: NodeRef<html::A>,
}

#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
const STORAGE_KEY: &str = "civic311.chat";

#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
impl ChatState {
    fn new() -> Self {
        Self {
            open: RwSignal::new(false),
            request: RwSignal::new(None),
            phase: RwSignal::new(Phase::Start),
            token: RwSignal::new(None),
            conversation: RwSignal::new(None),
            messages: RwSignal::new(Vec::new()),
            pending: RwSignal::new(Vec::new()),
            place: RwSignal::new(None),
            agent_typing: RwSignal::new(0),
            status: RwSignal::new(LinkStatus::Idle),
            error: RwSignal::new(None),
            done: RwSignal::new(Vec::new()),
            start: StoredValue::new(None),
            link: StoredValue::new(None),
            launcher: NodeRef::new(),
        }
    }

    fn save(self) {
        #[cfg(feature = "hydrate")]
        {
            use gloo_storage::Storage;
            let saved = Saved {
                token: self.token.get_untracked(),
                open: self.open.get_untracked(),
                pending: self
                    .pending
                    .get_untracked()
                    .into_iter()
                    .map(|p| (p.client_id, p.body))
                    .collect(),
            };
            let _ = gloo_storage::SessionStorage::set(STORAGE_KEY, saved);
        }
    }

    /// Picks up a chat from an earlier page of this tab.
    #[cfg(feature = "hydrate")]
    fn restore(self, lang: String) {
        use gloo_storage::Storage;
        let Ok(saved) = gloo_storage::SessionStorage::get::<Saved>(STORAGE_KEY) else {
            return;
        };
        if let Some(token) = saved.token {
            self.token.set(Some(token));
            self.pending.set(
                saved
                    .pending
                    .into_iter()
                    .map(|(client_id, body)| Pending { client_id, body })
                    .collect(),
            );
            self.phase.set(Phase::Chat);
            self.open.set(saved.open);
            self.connect(lang);
        }
    }

    /// The frames that (re)open the conversation: resume or start, then every message that
    /// was never acknowledged.
    fn hello(self) -> Vec<ClientFrame> {
        let mut frames = Vec::new();
        match self.token.get_untracked() {
            Some(token) => {
                let last_seq = self
                    .messages
                    .with_untracked(|messages| messages.last().map_or(0, |m| m.seq));
                frames.push(ClientFrame::Resume { token, last_seq });
                for pending in self.pending.get_untracked() {
                    frames.push(ClientFrame::Send {
                        conversation: None,
                        client_id: pending.client_id,
                        body: pending.body,
                        internal: false,
                    });
                }
            }
            None => frames.extend(self.start.get_value()),
        }
        frames
    }

    fn receive(self, frame: ServerFrame) {
        match frame {
            ServerFrame::Started { token, .. } => {
                self.token.set(Some(token));
                self.start.set_value(None);
                self.save();
            }
            ServerFrame::Offline => {
                self.start.set_value(None);
                self.link.set_value(None);
                self.status.set(LinkStatus::Idle);
                self.phase.set(Phase::Offline);
            }
            ServerFrame::Queue {
                position,
                wait_minutes,
            } => self.place.set(Some((position, wait_minutes))),
            ServerFrame::State { conversation } => {
                if conversation.status != ChatStatus::Waiting {
                    self.place.set(None);
                }
                self.conversation.set(Some(conversation));
            }
            ServerFrame::Message { message } => {
                if message.author == Author::Agent {
                    self.agent_typing.set(0);
                }
                self.pending.update(|pending| {
                    pending.retain(|p| Some(&p.client_id) != message.client_id.as_ref())
                });
                self.messages.update(|messages| {
                    if messages.last().is_none_or(|last| last.seq < message.seq) {
                        messages.push(message);
                    }
                });
                self.save();
            }
            ServerFrame::Ack { client_id, .. } => {
                // The message frame follows; until then it stays shown as pending.
                let _ = client_id;
            }
            ServerFrame::Typing {
                from_agent: true, ..
            } => {
                let tick = self.agent_typing.get_untracked().wrapping_add(1).max(1);
                self.agent_typing.set(tick);
                #[cfg(feature = "hydrate")]
                gloo_timers::callback::Timeout::new(4_000, move || {
                    if self.agent_typing.get_untracked() == tick {
                        self.agent_typing.set(0);
                    }
                })
                .forget();
            }
            ServerFrame::Error { code, client_id } => {
                if code == "unknown-chat" {
                    self.forget();
                }
                if let Some(client_id) = client_id {
                    // Refused for good (too long, empty): give the text back to edit.
                    if code != "too-fast" {
                        self.pending
                            .update(|pending| pending.retain(|p| p.client_id != client_id));
                    }
                }
                self.error.set(Some(code));
            }
            ServerFrame::Done { what } => self.done.update(|done| done.push(what)),
            ServerFrame::Typing { .. }
            | ServerFrame::AgentQueue { .. }
            | ServerFrame::Released { .. } => {}
        }
    }

    fn connect(self, lang: String) {
        #[cfg(feature = "hydrate")]
        {
            let link = super::link::connect(
                format!("/chat/ws?lang={lang}"),
                move || self.hello(),
                move |frame| self.receive(frame),
                self.status,
            );
            self.link.set_value(Some(link));
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = lang;
    }

    fn send(self, frame: ClientFrame) {
        self.link.with_value(|link| {
            if let Some(link) = link {
                link.send(frame);
            }
        });
    }

    /// Ends this tab's memory of the chat, for a new one.
    fn forget(self) {
        self.link.set_value(None);
        self.token.set(None);
        self.conversation.set(None);
        self.messages.set(Vec::new());
        self.pending.set(Vec::new());
        self.place.set(None);
        self.done.set(Vec::new());
        self.status.set(LinkStatus::Idle);
        self.phase.set(Phase::Start);
        self.save();
    }

    fn close(self) {
        self.open.set(false);
        self.save();
        if let Some(launcher) = self.launcher.get_untracked() {
            let _ = launcher.focus();
        }
    }
}

pub fn use_chat() -> ChatState {
    expect_context::<ChatState>()
}

/// Makes the chat's state available to the whole page; called once, by the layout.
pub fn provide_chat() {
    provide_context(ChatState::new());
}

/// A message as the resident reads it.
pub fn message_text(message: &ChatMessage, i18n: &Localizer) -> String {
    if message.author == Author::System {
        let mut args = FluentArgs::new();
        args.set("name", message.arg.clone());
        args.set("number", message.arg.clone());
        i18n.t_args(&message.body, &args)
    } else {
        message.body.clone()
    }
}

/// Whether to tell the other side about typing now: at most every two seconds.
pub(super) fn typing_due(last_sent: StoredValue<f64>) -> bool {
    #[cfg(feature = "hydrate")]
    {
        let now = js_sys::Date::now();
        if now - last_sent.get_value() > 2_000.0 {
            last_sent.set_value(now);
            return true;
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = last_sent;
    false
}

pub(super) fn new_client_id() -> String {
    #[cfg(feature = "hydrate")]
    {
        format!(
            "{:x}-{:x}",
            js_sys::Date::now() as u64,
            (js_sys::Math::random() * 1e12) as u64
        )
    }
    #[cfg(not(feature = "hydrate"))]
    String::new()
}

/// The entry on every page and its panel. Without JavaScript the entry is a link to `/chat`.
#[component]
pub fn ChatWidget() -> impl IntoView {
    let i18n = use_localizer();
    let chat = use_chat();
    #[cfg(feature = "hydrate")]
    {
        let lang = i18n.lang().to_string();
        Effect::new(move |started: Option<bool>| {
            if started.is_none() {
                chat.restore(lang.clone());
            }
            true
        });
    }
    let on_launch = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        chat.open.set(!chat.open.get_untracked());
        chat.save();
    };
    // Staff pages have their own tools; the agents' console is the other end of this chat.
    let path = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    if path.starts_with("/agent") || path.starts_with("/staff") {
        return ().into_any();
    }
    view! {
        <aside class="chat" aria-label=i18n.t("chat-panel-heading")>
        <a
            class="chat-launcher"
            href="/chat"
            node_ref=chat.launcher
            aria-expanded=move || if chat.open.get() { "true" } else { "false" }
            aria-controls=move || chat.open.get().then_some("chat-panel")
            on:click=on_launch
        >
            {i18n.t("chat-launcher")}
        </a>
        <Show when=move || chat.open.get()>
            <ChatPanel/>
        </Show>
        </aside>
    }
    .into_any()
}

#[component]
fn ChatPanel() -> impl IntoView {
    let i18n = use_localizer();
    let chat = use_chat();
    let heading = NodeRef::<html::H2>::new();
    // Opening moves focus into the panel; closing returns it to the entry.
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let _ = heading.focus();
        }
    });
    let on_keydown = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            chat.close();
        }
    };
    view! {
        <section id="chat-panel" class="chat-panel" aria-labelledby="chat-heading" on:keydown=on_keydown>
            <div class="chat-panel-header">
                <h2 id="chat-heading" tabindex="-1" node_ref=heading>{i18n.t("chat-panel-heading")}</h2>
                <button type="button" class="button secondary" on:click=move |_| chat.close()>
                    {i18n.t("chat-close")}
                </button>
            </div>
            <ConnectionStatus/>
            {move || match chat.phase.get() {
                Phase::Start => view! { <StartForm/> }.into_any(),
                Phase::Offline => view! { <LeaveMessageForm sms_offered=false values=LeftMessage::default()/> }.into_any(),
                Phase::Chat => view! { <Conversation/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn ConnectionStatus() -> impl IntoView {
    let i18n = use_localizer();
    let chat = use_chat();
    let was_lost = RwSignal::new(false);
    let text = move || match chat.status.get() {
        LinkStatus::Connecting => i18n.t("chat-connecting"),
        LinkStatus::Reconnecting => {
            was_lost.set(true);
            i18n.t("chat-reconnecting")
        }
        LinkStatus::Connected if was_lost.get_untracked() => i18n.t("chat-reconnected"),
        LinkStatus::Connected | LinkStatus::Idle => String::new(),
    };
    view! { <p class="chat-connection" role="status">{text}</p> }
}

#[component]
fn ChatError() -> impl IntoView {
    let i18n = use_localizer();
    let chat = use_chat();
    view! {
        <div role="alert" class="chat-error-region">
            {move || chat.error.get().map(|code| view! {
                <p class="error-message">{i18n.t(&format!("chat-error-{code}"))}</p>
            })}
        </div>
    }
}

#[component]
fn StartForm() -> impl IntoView {
    let i18n = use_localizer();
    let chat = use_chat();
    let name = RwSignal::new(String::new());
    let topic = RwSignal::new(String::new());
    let topic_missing = RwSignal::new(false);
    let lang = i18n.lang().to_string();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let topic_text = topic.get_untracked().trim().to_string();
        if topic_text.is_empty() {
            topic_missing.set(true);
            #[cfg(feature = "hydrate")]
            {
                use wasm_bindgen::JsCast;
                if let Some(field) = document()
                    .get_element_by_id("chat-topic")
                    .and_then(|field| field.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = field.focus();
                }
            }
            return;
        }
        chat.error.set(None);
        chat.start.set_value(Some(ClientFrame::Start {
            name: name.get_untracked(),
            topic: topic_text,
            request: chat.request.get_untracked(),
        }));
        chat.phase.set(Phase::Chat);
        chat.connect(lang.clone());
    };
    let linked = move || {
        chat.request.get().map(|number| {
            let mut args = FluentArgs::new();
            args.set("number", number);
            view! { <p class="chat-linked">{use_localizer().t_args("chat-linked-request", &args)}</p> }
        })
    };
    view! {
        <form class="chat-start" on:submit=on_submit novalidate>
            <p>{i18n.t("chat-intro")}</p>
            {linked}
            <div class="field">
                <label for="chat-name">{i18n.t("chat-name-label")}</label>
                <input id="chat-name" type="text" autocomplete="given-name" maxlength="100"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))/>
            </div>
            <div class="field" class:field-error=move || topic_missing.get()>
                <label for="chat-topic">{i18n.t("chat-topic-label")}</label>
                <p class="hint" id="chat-topic-hint">{i18n.t("chat-topic-hint")}</p>
                {move || topic_missing.get().then(|| view! {
                    <p class="error-message" id="chat-topic-error">{use_localizer().t("chat-error-topic-missing")}</p>
                })}
                <input id="chat-topic" type="text" maxlength="200"
                    aria-describedby=move || if topic_missing.get() { "chat-topic-hint chat-topic-error" } else { "chat-topic-hint" }
                    aria-invalid=move || topic_missing.get().then_some("true")
                    prop:value=move || topic.get()
                    on:input=move |ev| topic.set(event_target_value(&ev))/>
            </div>
            <button type="submit" class="button">{i18n.t("chat-start")}</button>
        </form>
    }
}

#[component]
fn Conversation() -> impl IntoView {
    let i18n = use_localizer();
    let chat = use_chat();
    let draft = RwSignal::new(String::new());
    let last_typing = StoredValue::new(0.0_f64);
    let ended = move || {
        chat.conversation
            .get()
            .is_some_and(|c| c.status == ChatStatus::Ended)
    };
    let place = {
        let i18n = i18n.clone();
        move || {
            chat.place.get().map(|(position, minutes)| {
                let mut args = FluentArgs::new();
                args.set("position", position);
                args.set("minutes", minutes);
                let where_ = if position == 1 {
                    i18n.t("chat-queue-next")
                } else {
                    i18n.t_args("chat-queue-position", &args)
                };
                view! {
                    <p>{where_}" "{i18n.t_args("chat-queue-wait", &args)}</p>
                    <p>{i18n.t("chat-waiting-note")}</p>
                }
            })
        }
    };
    let on_input = move |ev: leptos::ev::Event| {
        draft.set(event_target_value(&ev));
        if typing_due(last_typing) {
            chat.send(ClientFrame::Typing { conversation: None });
        }
    };
    let on_send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let body = draft.get_untracked().trim().to_string();
        if body.is_empty() {
            chat.error.set(Some("empty".into()));
            return;
        }
        chat.error.set(None);
        let pending = Pending {
            client_id: new_client_id(),
            body: body.clone(),
        };
        chat.pending.update(|list| list.push(pending.clone()));
        chat.save();
        chat.send(ClientFrame::Send {
            conversation: None,
            client_id: pending.client_id,
            body,
            internal: false,
        });
        draft.set(String::new());
    };
    let i18n_log = i18n.clone();
    // The newest message stays in view.
    let log = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        chat.messages.track();
        chat.pending.track();
        if let Some(log) = log.get() {
            log.set_scroll_top(log.scroll_height());
        }
    });
    view! {
        <div class="chat-queue" role="status">{place}</div>
        <div class="chat-log" role="log" aria-live="polite" tabindex="0" node_ref=log aria-label=i18n.t("chat-log-label")><ol>
            <For
                each=move || chat.messages.get()
                key=|message| message.seq
                children=move |message| {
                    let i18n = i18n_log.clone();
                    let who = match message.author {
                        Author::Resident => Some(i18n.t("chat-you")),
                        Author::Agent => Some(message.author_name.clone()),
                        Author::System => None,
                    };
                    let class = format!("chat-message chat-{}", message.author.as_str());
                    let text = message_text(&message, &i18n);
                    view! {
                        <li class=class>
                            {who.map(|who| view! { <span class="chat-author">{who}</span> })}
                            <span class="chat-text">{text}</span>
                        </li>
                    }
                }
            />
            <For
                each=move || chat.pending.get()
                key=|pending| pending.client_id.clone()
                children=move |pending| {
                    let i18n = use_localizer();
                    view! {
                        <li class="chat-message chat-resident chat-pending">
                            <span class="chat-author">{i18n.t("chat-you")}</span>
                            <span class="chat-text">{pending.body}</span>
                            <span class="chat-pending-note">{i18n.t("chat-not-sent")}</span>
                        </li>
                    }
                }
            />
        </ol></div>
        <p class="chat-typing" aria-live="polite">
            {move || (chat.agent_typing.get() > 0).then(|| use_localizer().t("chat-typing-agent"))}
        </p>
        <ChatError/>
        <Show when=move || !ended() fallback=|| view! { <Ended/> }>
            <form class="chat-compose" on:submit=on_send novalidate>
                <label for="chat-message">{use_localizer().t("chat-message-label")}</label>
                <textarea id="chat-message" rows="3" maxlength="2000"
                    prop:value=move || draft.get()
                    on:input=on_input></textarea>
                <div class="button-row">
                    <button type="submit" class="button">{use_localizer().t("chat-send")}</button>
                    <button type="button" class="button secondary"
                        on:click=move |_| chat.send(ClientFrame::End { conversation: None })>
                        {use_localizer().t("chat-end")}
                    </button>
                </div>
            </form>
        </Show>
    }
}

#[component]
fn Ended() -> impl IntoView {
    let i18n = use_localizer();
    let chat = use_chat();
    let stars = RwSignal::new(None::<u8>);
    let email = RwSignal::new(String::new());
    let has = move |what: &'static str| chat.done.with(|done| done.iter().any(|d| d == what));
    let rate = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match stars.get_untracked() {
            Some(stars) => {
                chat.error.set(None);
                chat.send(ClientFrame::Rate { stars });
            }
            None => chat.error.set(Some("bad-rating".into())),
        }
    };
    let transcript = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        chat.error.set(None);
        chat.send(ClientFrame::Transcript {
            email: email.get_untracked(),
        });
    };
    let stars_options = (1..=5u8)
        .map(|n| {
            let mut args = FluentArgs::new();
            args.set("stars", n);
            let label = i18n.t_args("chat-rate-stars", &args);
            let id = format!("chat-stars-{n}");
            view! {
                <div class="radio">
                    <input type="radio" name="chat-stars" id=id.clone() value=n.to_string()
                        on:change=move |_| stars.set(Some(n))/>
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="chat-ended">
            <h3>{i18n.t("chat-ended-heading")}</h3>
            <Show when=move || !has("rating") fallback=|| view! { <p role="status">{use_localizer().t("chat-rate-thanks")}</p> }>
                <form on:submit=rate novalidate>
                    <fieldset>
                        <legend>{use_localizer().t("chat-rate-legend")}</legend>
                        {stars_options.clone()}
                    </fieldset>
                    <button type="submit" class="button secondary">{use_localizer().t("chat-rate-submit")}</button>
                </form>
            </Show>
            <Show when=move || !has("transcript") fallback=|| view! { <p role="status">{use_localizer().t("chat-transcript-sent")}</p> }>
                <form on:submit=transcript novalidate>
                    <div class="field">
                        <label for="chat-transcript-email">{use_localizer().t("chat-transcript-label")}</label>
                        <input id="chat-transcript-email" type="email" autocomplete="email"
                            prop:value=move || email.get()
                            on:input=move |ev| email.set(event_target_value(&ev))/>
                    </div>
                    <button type="submit" class="button secondary">{use_localizer().t("chat-transcript-submit")}</button>
                </form>
            </Show>
            <button type="button" class="button" on:click=move |_| chat.forget()>{i18n.t("chat-new")}</button>
        </div>
    }
}

/// What a left message held, to show it again with its errors.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LeftMessage {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub body: String,
    /// (field, Fluent id) pairs.
    pub errors: Vec<(String, String)>,
}

/// A plain HTML form: it works the same with and without JavaScript.
#[component]
fn LeaveMessageForm(
    sms_offered: bool,
    values: LeftMessage,
    /// On the `/chat` page the form's heading follows the page's `h1`; in the panel, its `h2`.
    #[prop(optional)]
    on_page: bool,
) -> impl IntoView {
    let i18n = use_localizer();
    let error_for = |field: &str| {
        values
            .errors
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, message)| message.clone())
    };
    let field = move |id: &'static str,
                      name: &'static str,
                      label: String,
                      kind: &'static str,
                      value: String,
                      error: Option<String>| {
        let error_id = format!("{id}-error");
        view! {
            <div class="field" class:field-error=error.is_some()>
                <label for=id>{label}</label>
                {error.clone().map(|message| view! { <p class="error-message" id=error_id.clone()>{use_localizer().t(&message)}</p> })}
                <input id=id name=name type=kind value=value
                    aria-invalid=error.as_ref().map(|_| "true")
                    aria-describedby=error.as_ref().map(|_| error_id.clone())/>
            </div>
        }
    };
    let body_error = error_for("body");
    view! {
        <form class="chat-leave" method="post" action="/chat/messages" novalidate>
            {if on_page {
                view! { <h2 id="leave-message-heading">{i18n.t("chat-offline-heading")}</h2> }.into_any()
            } else {
                view! { <h3 id="leave-message-heading">{i18n.t("chat-offline-heading")}</h3> }.into_any()
            }}
            <p>{i18n.t("chat-offline-intro")}</p>
            {field("leave-name", "name", i18n.t("chat-name-label"), "text", values.name.clone(), error_for("name"))}
            {field("leave-email", "email", i18n.t("chat-offline-email"), "email", values.email.clone(), error_for("email"))}
            {sms_offered.then(|| field("leave-phone", "phone", i18n.t("chat-offline-phone"), "tel", values.phone.clone(), error_for("phone")))}
            <div class="field" class:field-error=body_error.is_some()>
                <label for="leave-body">{i18n.t("chat-offline-body")}</label>
                {body_error.clone().map(|message| view! { <p class="error-message" id="leave-body-error">{use_localizer().t(&message)}</p> })}
                <textarea id="leave-body" name="body" rows="5"
                    aria-invalid=body_error.as_ref().map(|_| "true")
                    aria-describedby=body_error.as_ref().map(|_| "leave-body-error")>{values.body.clone()}</textarea>
            </div>
            <button type="submit" class="button">{i18n.t("chat-offline-submit")}</button>
        </form>
    }
}

/// Whether residents may leave a phone number, for the `/chat` page.
#[server]
pub async fn chat_page_info() -> Result<bool, ServerFnError> {
    Ok(crate::backend::use_backend()?.sms_offered())
}

/// `/chat`: start a chat, or leave a message; the target of the entry without JavaScript.
#[component]
pub fn ChatPage() -> impl IntoView {
    let i18n = use_localizer();
    let query = use_query_map();
    let read = move |name: &str| query.read_untracked().get(name).unwrap_or_default();
    let values = LeftMessage {
        name: read("name"),
        email: read("email"),
        phone: read("phone"),
        body: read("body"),
        errors: read("errors")
            .split(',')
            .filter_map(|pair| pair.split_once(':'))
            .map(|(field, message)| (field.to_string(), message.to_string()))
            .collect(),
    };
    let left = read("left") == "true";
    let request = Some(read("request")).filter(|r| !r.is_empty());
    let chat = use_chat();
    if request.is_some() {
        chat.request.set(request);
    }
    let info = Resource::new(|| (), |_| chat_page_info());
    let heading = i18n.t("chat-page-title");
    let title = if values.errors.is_empty() {
        heading.clone()
    } else {
        format!("{} {heading}", i18n.t("error-title-prefix"))
    };
    let summary = (!values.errors.is_empty()).then(|| {
        let items = values
            .errors
            .iter()
            .map(|(field, message)| {
                let href = format!("#leave-{field}");
                view! { <li><a href=href rel="external">{use_localizer().t(message)}</a></li> }
            })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" tabindex="-1" autofocus>
                <h2>{use_localizer().t("error-summary-heading")}</h2>
                <ul>{items}</ul>
            </div>
        }
    });
    let open_chat = move |_| {
        chat.open.set(true);
    };
    view! {
        <leptos_meta::Title text=title/>
        {summary}
        <h1>{heading}</h1>
        <p>{i18n.t("chat-page-intro")}</p>
        <p><button type="button" class="button" on:click=open_chat>{i18n.t("chat-start")}</button></p>
        <section id="leave-message" aria-labelledby="leave-message-heading">
            {left.then(|| view! { <p class="notice" role="status">{use_localizer().t("chat-offline-sent")}</p> })}
            <Suspense fallback=|| ()>
                {move || info.get().map(|sms| {
                    view! { <LeaveMessageForm sms_offered=sms.unwrap_or(false) values=values.clone() on_page=true/> }
                })}
            </Suspense>
        </section>
    }
}

/// "Chat about this request", on a request's status page.
#[component]
pub fn ChatAboutRequest(number: String) -> impl IntoView {
    let i18n = use_localizer();
    let chat = use_chat();
    let href = format!("/chat?request={number}");
    let on_click = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        if chat.token.get_untracked().is_none() {
            chat.request.set(Some(number.clone()));
        }
        chat.open.set(true);
        chat.save();
    };
    view! {
        <p><a class="button secondary" href=href on:click=on_click>{i18n.t("chat-about-request")}</a></p>
    }
}
