//! `/agent`: the agents' chat console. The page (who is signed in, messages left when
//! nobody could chat, the service types) comes from the server; the queue and the chats
//! arrive over the console's socket.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

use super::{
    link::{ChatLink, LinkStatus},
    message_text, AgentInfo, Author, ChatMessage, ChatStatus, ClientFrame, ConversationInfo,
    Cursor, QueueEntry, ServerFrame,
};
use crate::{
    i18n::use_localizer,
    search::{search, SearchEntry},
    staff::{StaffAccess, StaffIdentity},
};

/// A message left when nobody could chat.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseView {
    pub id: i64,
    pub language: String,
    pub resident_name: String,
    pub contact: String,
    pub body: String,
    pub received: String,
}

/// A service type for the "create a request" form, in the agent's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceOption {
    pub code: String,
    pub name: String,
    pub description: String,
    pub keywords: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsoleView {
    pub staff: StaffIdentity,
    pub cases: Vec<CaseView>,
    pub services: Vec<ServiceOption>,
}

#[server]
pub async fn agent_console() -> Result<StaffAccess<ConsoleView>, ServerFnError> {
    ssr::console().await
}

#[cfg(feature = "ssr")]
mod ssr {
    use leptos::prelude::*;

    use super::*;
    use crate::{
        backend::use_backend,
        dates::{self, CityTimeZone, Precision},
        i18n::request_localizer,
        staff::{admit, StaffArea},
    };

    fn unavailable(error: impl std::fmt::Display) -> ServerFnError {
        leptos::logging::error!("chat console: {error}");
        ServerFnError::new("the chat console is unavailable right now")
    }

    pub async fn console() -> Result<StaffAccess<ConsoleView>, ServerFnError> {
        let staff = match admit(StaffArea::Chat).await? {
            Ok(staff) => staff,
            Err(denied) => return Ok(crate::staff::denied(denied)),
        };
        let backend = use_backend()?;
        let i18n = request_localizer();
        let zone =
            use_context::<CityTimeZone>().ok_or_else(|| ServerFnError::new("no city time zone"))?;
        let cases = backend
            .offline_cases()
            .await
            .map_err(unavailable)?
            .into_iter()
            .map(|case| CaseView {
                id: case.id,
                received: dates::format(case.created_at, i18n.lang(), &zone, Precision::DateTime),
                language: case.language,
                resident_name: case.resident_name,
                contact: case.contact,
                body: case.body,
            })
            .collect();
        let services = backend
            .service_types()
            .await
            .map_err(unavailable)?
            .into_iter()
            .map(|service| ServiceOption {
                name: i18n.t_or(&format!("service-{}", service.code), &service.name),
                description: i18n.t_attr_or(
                    &format!("service-{}", service.code),
                    "description",
                    &service.description,
                ),
                keywords: service.keywords,
                code: service.code,
            })
            .collect();
        Ok(StaffAccess::Granted(ConsoleView {
            staff,
            cases,
            services,
        }))
    }
}

/// One chat on the agent's screen.
#[derive(Clone, Debug, PartialEq)]
struct ConsoleChat {
    info: ConversationInfo,
    messages: Vec<ChatMessage>,
    /// (client id, body, internal) not yet stored.
    pending: Vec<(String, String, bool)>,
    resident_typing: u32,
    /// Ended, or handed to another agent: read-only until closed.
    finished: bool,
}

#[derive(Clone, Copy)]
struct Console {
    me: i64,
    queue: RwSignal<Vec<QueueEntry>>,
    agents: RwSignal<Vec<AgentInfo>>,
    load: RwSignal<(i64, i64)>,
    chats: RwSignal<Vec<ConsoleChat>>,
    selected: RwSignal<Option<i64>>,
    status: RwSignal<LinkStatus>,
    error: RwSignal<Option<String>>,
    link: StoredValue<Option<ChatLink>>,
}

#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
impl Console {
    fn hello(self) -> Vec<ClientFrame> {
        let chats = self.chats.get_untracked();
        let mut frames = vec![ClientFrame::Console {
            cursors: chats
                .iter()
                .filter(|chat| !chat.finished)
                .map(|chat| Cursor {
                    conversation: chat.info.id,
                    last_seq: chat.messages.last().map_or(0, |m| m.seq),
                })
                .collect(),
        }];
        for chat in chats.iter().filter(|chat| !chat.finished) {
            for (client_id, body, internal) in &chat.pending {
                frames.push(ClientFrame::Send {
                    conversation: Some(chat.info.id),
                    client_id: client_id.clone(),
                    body: body.clone(),
                    internal: *internal,
                });
            }
        }
        frames
    }

    fn with_chat(self, id: i64, change: impl FnOnce(&mut ConsoleChat)) {
        self.chats.update(|chats| {
            if let Some(chat) = chats.iter_mut().find(|chat| chat.info.id == id) {
                change(chat);
            }
        });
    }

    fn receive(self, frame: ServerFrame) {
        match frame {
            ServerFrame::AgentQueue {
                waiting,
                agents,
                active,
                limit,
            } => {
                self.queue.set(waiting);
                self.agents.set(agents);
                self.load.set((active, limit));
            }
            ServerFrame::State { conversation } => {
                let id = conversation.id;
                let mine = conversation.agent_id == Some(self.me)
                    && conversation.status == ChatStatus::Active;
                let known = self
                    .chats
                    .with_untracked(|chats| chats.iter().any(|chat| chat.info.id == id));
                if known {
                    self.with_chat(id, |chat| {
                        let canned = std::mem::take(&mut chat.info.canned);
                        chat.info = conversation;
                        if chat.info.canned.is_empty() {
                            chat.info.canned = canned;
                        }
                        chat.finished = !mine;
                    });
                } else if mine {
                    self.chats.update(|chats| {
                        chats.push(ConsoleChat {
                            info: conversation,
                            messages: Vec::new(),
                            pending: Vec::new(),
                            resident_typing: 0,
                            finished: false,
                        })
                    });
                    if self.selected.get_untracked().is_none() {
                        self.selected.set(Some(id));
                    }
                }
            }
            ServerFrame::Message { message } => {
                self.with_chat(message.conversation, |chat| {
                    if message.author == Author::Resident {
                        chat.resident_typing = 0;
                    }
                    chat.pending
                        .retain(|(id, _, _)| Some(id) != message.client_id.as_ref());
                    if chat
                        .messages
                        .last()
                        .is_none_or(|last| last.seq < message.seq)
                    {
                        chat.messages.push(message);
                    }
                });
            }
            ServerFrame::Typing {
                conversation,
                from_agent: false,
            } => {
                let mut tick = 0;
                self.with_chat(conversation, |chat| {
                    chat.resident_typing = chat.resident_typing.wrapping_add(1).max(1);
                    tick = chat.resident_typing;
                });
                #[cfg(feature = "hydrate")]
                gloo_timers::callback::Timeout::new(4_000, move || {
                    self.with_chat(conversation, |chat| {
                        if chat.resident_typing == tick {
                            chat.resident_typing = 0;
                        }
                    });
                })
                .forget();
                #[cfg(not(feature = "hydrate"))]
                let _ = tick;
            }
            ServerFrame::Released { conversation } => {
                let ended = self.chats.with_untracked(|chats| {
                    chats
                        .iter()
                        .any(|c| c.info.id == conversation && c.info.status == ChatStatus::Ended)
                });
                if ended {
                    self.with_chat(conversation, |chat| chat.finished = true);
                } else {
                    // Transferred: it is another agent's now.
                    self.close(conversation);
                }
            }
            ServerFrame::Error { code, client_id } => {
                if let Some(client_id) = client_id {
                    if code != "too-fast" {
                        self.chats.update(|chats| {
                            for chat in chats.iter_mut() {
                                chat.pending.retain(|(id, _, _)| *id != client_id);
                            }
                        });
                    }
                }
                self.error.set(Some(code));
            }
            _ => {}
        }
    }

    fn send(self, frame: ClientFrame) {
        self.link.with_value(|link| {
            if let Some(link) = link {
                link.send(frame);
            }
        });
    }

    fn close(self, id: i64) {
        self.chats
            .update(|chats| chats.retain(|chat| chat.info.id != id));
        if self.selected.get_untracked() == Some(id) {
            let next = self
                .chats
                .with_untracked(|chats| chats.first().map(|chat| chat.info.id));
            self.selected.set(next);
        }
    }
}

fn language_name(tag: &str) -> String {
    use_localizer()
        .languages()
        .iter()
        .find(|language| language.tag == tag)
        .map(|language| language.native_name.clone())
        .unwrap_or_else(|| tag.to_string())
}

/// `/agent`.
#[component]
pub fn AgentConsolePage() -> impl IntoView {
    let console = Resource::new(|| (), |_| agent_console());
    let i18n = use_localizer();
    let loading = i18n.t("loading");
    view! {
        <Suspense fallback=move || view! { <p>{loading.clone()}</p> }>
            {move || console.get().map(|result| crate::staff::access_view(result, |view| view! { <ConsoleScreen view/> }.into_any()))}
        </Suspense>
    }
}

#[component]
fn ConsoleScreen(view: ConsoleView) -> impl IntoView {
    let i18n = use_localizer();
    let query = use_query_map();
    let query_value = move |name: &str| query.read_untracked().get(name).unwrap_or_default();
    let console = Console {
        me: view.staff.id,
        queue: RwSignal::new(Vec::new()),
        agents: RwSignal::new(Vec::new()),
        load: RwSignal::new((0, 0)),
        chats: RwSignal::new(Vec::new()),
        selected: RwSignal::new(None),
        status: RwSignal::new(LinkStatus::Idle),
        error: RwSignal::new(None),
        link: StoredValue::new(None),
    };
    #[cfg(feature = "hydrate")]
    Effect::new(move |started: Option<bool>| {
        if started.is_none() {
            let link = super::link::connect(
                "/chat/ws?role=agent".to_string(),
                move || console.hello(),
                move |frame| console.receive(frame),
                console.status,
            );
            console.link.set_value(Some(link));
        }
        true
    });
    let heading = i18n.t("agent-page-heading");
    let page_error = match query_value("error").as_str() {
        "" => None,
        "reply" => Some("agent-error-reply"),
        "answered" => Some("agent-error-answered"),
        "service" => Some("agent-error-service"),
        _ => Some("agent-error-not-yours"),
    };
    let answered = query_value("answered") == "true";
    let status = move || match console.status.get() {
        LinkStatus::Connected => use_localizer().t("agent-status-connected"),
        LinkStatus::Reconnecting => use_localizer().t("agent-status-reconnecting"),
        LinkStatus::Connecting | LinkStatus::Idle => use_localizer().t("chat-connecting"),
    };
    let services = view.services.clone();
    let csrf = view.staff.csrf_token.clone();
    view! {
        <Title text=crate::staff::page_title(&heading)/>
        <crate::staff::StaffBar staff=view.staff.clone()/>
        <h1>{heading}</h1>
        {page_error.map(|id| view! { <p class="error-message" role="alert">{use_localizer().t(id)}</p> })}
        {answered.then(|| view! { <p class="notice" role="status">{use_localizer().t("agent-case-answered")}</p> })}
        <p class="chat-connection" role="status">{status}</p>
        <div role="alert" class="chat-error-region">
            {move || console.error.get().map(|code| view! { <p class="error-message">{use_localizer().t(&format!("chat-error-{code}"))}</p> })}
        </div>
        <div class="agent-console">
            <QueueSection console/>
            <ChatsSection console services csrf=csrf.clone()/>
        </div>
        <CasesSection cases=view.cases.clone() csrf/>
    }
}

#[component]
fn QueueSection(console: Console) -> impl IntoView {
    let i18n = use_localizer();
    let load = move || {
        let (active, limit) = console.load.get();
        let mut args = FluentArgs::new();
        args.set("active", active);
        args.set("limit", limit);
        use_localizer().t_args("agent-load", &args)
    };
    view! {
        <section class="agent-queue" aria-labelledby="queue-heading">
            <h2 id="queue-heading">{i18n.t("agent-queue-heading")}</h2>
            <p>{load}</p>
            <Show
                when=move || !console.queue.get().is_empty()
                fallback=|| view! { <p>{use_localizer().t("agent-queue-empty")}</p> }
            >
                <table class="queue-table">
                    <thead>
                        <tr>
                            <th scope="col">{use_localizer().t("agent-queue-topic")}</th>
                            <th scope="col">{use_localizer().t("agent-queue-language")}</th>
                            <th scope="col">{use_localizer().t("agent-queue-waiting")}</th>
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>
                        <For
                            each=move || console.queue.get()
                            key=|entry| (entry.id, entry.waiting_seconds / 60, entry.fallback)
                            children=move |entry| {
                                let i18n = use_localizer();
                                let mut args = FluentArgs::new();
                                args.set("minutes", entry.waiting_seconds / 60);
                                let id = entry.id;
                                let label_id = format!("queue-topic-{id}");
                                let button_id = format!("accept-{id}");
                                view! {
                                    <tr>
                                        <td id=label_id.clone()>
                                            {entry.topic.clone()}
                                            {entry.request.clone().map(|number| view! { <br/><span class="hint">{number}</span> })}
                                        </td>
                                        <td lang=entry.language.clone()>
                                            {language_name(&entry.language)}
                                            {entry.fallback.then(|| view! { <br/><span class="hint">{use_localizer().t("agent-queue-fallback")}</span> })}
                                        </td>
                                        <td>{i18n.t_args("agent-queue-minutes", &args)}</td>
                                        <td>
                                            <button type="button" class="button" id=button_id.clone()
                                                aria-labelledby=format!("{button_id} {label_id}")
                                                on:click=move |_| {
                                                    console.error.set(None);
                                                    console.send(ClientFrame::Accept { conversation: id });
                                                }>
                                                {i18n.t("agent-accept")}
                                            </button>
                                        </td>
                                    </tr>
                                }
                            }
                        />
                    </tbody>
                </table>
            </Show>
        </section>
    }
}

fn chat_title(info: &ConversationInfo) -> String {
    let i18n = use_localizer();
    let mut args = FluentArgs::new();
    let name = if info.resident_name.is_empty() {
        i18n.t("chat-resident")
    } else {
        info.resident_name.clone()
    };
    args.set("name", name);
    i18n.t_args("agent-chat-with", &args)
}

#[component]
fn ChatsSection(console: Console, services: Vec<ServiceOption>, csrf: String) -> impl IntoView {
    let i18n = use_localizer();
    let services = StoredValue::new(services);
    let csrf = StoredValue::new(csrf);
    let tabs = move || -> Vec<(i64, String)> {
        console
            .chats
            .get()
            .into_iter()
            .map(|chat| (chat.info.id, chat_title(&chat.info)))
            .collect()
    };
    view! {
        <section class="agent-chats" aria-labelledby="chats-heading">
            <h2 id="chats-heading">{i18n.t("agent-chats-heading")}</h2>
            <Show
                when=move || !console.chats.get().is_empty()
                fallback=|| view! { <p>{use_localizer().t("agent-no-chats")}</p> }
            >
                <ul class="chat-tabs">
                    <For
                        each=tabs
                        key=|(id, title)| (*id, title.clone())
                        children=move |(id, title)| {
                            view! {
                                <li>
                                    <button type="button" class="button secondary"
                                        aria-pressed=move || if console.selected.get() == Some(id) { "true" } else { "false" }
                                        on:click=move |_| console.selected.set(Some(id))>
                                        {title}
                                    </button>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
            {move || console.selected.get().map(|id| view! {
                <ChatView console id services=services.get_value() csrf=csrf.get_value()/>
            })}
        </section>
    }
}

/// The service whose name best matches the chat's topic, for the request form.
fn guess_service(topic: &str, services: &[ServiceOption]) -> Option<String> {
    let entries: Vec<SearchEntry> = services
        .iter()
        .map(|service| SearchEntry {
            code: service.code.clone(),
            name: service.name.clone(),
            description: service.description.clone(),
            keywords: service.keywords.clone(),
        })
        .collect();
    search(topic, &entries).into_iter().next().or_else(|| {
        topic
            .split_whitespace()
            .filter(|word| word.chars().count() > 3)
            .find_map(|word| search(word, &entries).into_iter().next())
    })
}

#[component]
fn ChatView(
    console: Console,
    id: i64,
    services: Vec<ServiceOption>,
    csrf: String,
) -> impl IntoView {
    let i18n = use_localizer();
    let chat = move || {
        console
            .chats
            .with(|chats| chats.iter().find(|chat| chat.info.id == id).cloned())
    };
    let draft = RwSignal::new(String::new());
    let internal = RwSignal::new(false);
    let canned_choice = RwSignal::new(String::new());
    let transfer_to = RwSignal::new(String::new());
    let last_typing = StoredValue::new(0.0_f64);
    let Some(first) = chat() else {
        return ().into_any();
    };
    let info = first.info.clone();
    let mut language = FluentArgs::new();
    language.set("language", language_name(&info.language));
    let mut topic = FluentArgs::new();
    topic.set("topic", info.topic.clone());
    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let body = draft.get_untracked().trim().to_string();
        if body.is_empty() {
            console.error.set(Some("empty".into()));
            return;
        }
        console.error.set(None);
        let client_id = super::widget::new_client_id();
        let is_note = internal.get_untracked();
        console.with_chat(id, |chat| {
            chat.pending
                .push((client_id.clone(), body.clone(), is_note))
        });
        console.send(ClientFrame::Send {
            conversation: Some(id),
            client_id,
            body,
            internal: is_note,
        });
        draft.set(String::new());
        internal.set(false);
    };
    let on_input = move |ev: leptos::ev::Event| {
        draft.set(event_target_value(&ev));
        if super::widget::typing_due(last_typing) {
            console.send(ClientFrame::Typing {
                conversation: Some(id),
            });
        }
    };
    let canned = info.canned.clone();
    let insert_canned = move |_| {
        let choice = canned_choice.get_untracked();
        if let Some((_, text)) = canned.iter().find(|(key, _)| *key == choice) {
            draft.set(text.clone());
        }
    };
    let transfer = move |_| {
        if let Ok(to_agent) = transfer_to.get_untracked().parse() {
            console.send(ClientFrame::Transfer {
                conversation: id,
                to_agent,
            });
        }
    };
    let guessed = guess_service(&info.topic, &services);
    let description = move || {
        chat().map(|chat| {
            let mut lines = vec![chat.info.topic.clone()];
            lines.extend(
                chat.messages
                    .iter()
                    .filter(|m| m.author == Author::Resident)
                    .map(|m| m.body.clone()),
            );
            lines.join("\n")
        })
    };
    let i18n_log = i18n.clone();
    let log = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        console.chats.track();
        if let Some(log) = log.get() {
            log.set_scroll_top(log.scroll_height());
        }
    });
    view! {
        <article class="agent-chat" aria-labelledby=format!("chat-title-{id}")>
            <h3 id=format!("chat-title-{id}")>{chat_title(&info)}</h3>
            <p>{i18n.t_args("agent-chat-language", &language)}" · "{i18n.t_args("agent-chat-topic", &topic)}</p>
            {info.request.clone().map(|number| {
                let mut args = FluentArgs::new();
                args.set("number", number);
                view! { <p>{use_localizer().t_args("chat-linked-request", &args)}</p> }
            })}
            <div class="chat-log" role="log" aria-live="polite" tabindex="0" node_ref=log aria-label=i18n.t("chat-log-label")><ol>
                <For
                    each=move || chat().map(|chat| chat.messages).unwrap_or_default()
                    key=|message| message.seq
                    children=move |message| {
                        let i18n = i18n_log.clone();
                        let who = match message.author {
                            Author::Resident => Some(i18n.t("chat-resident")),
                            Author::Agent => Some(message.author_name.clone()),
                            Author::System => None,
                        };
                        let class = if message.internal {
                            "chat-message chat-note".to_string()
                        } else {
                            format!("chat-message chat-{}", message.author.as_str())
                        };
                        view! {
                            <li class=class>
                                {message.internal.then(|| view! { <span class="chat-note-label">{use_localizer().t("agent-note")}</span> })}
                                {who.map(|who| view! { <span class="chat-author">{who}</span> })}
                                <span class="chat-text">{message_text(&message, &i18n)}</span>
                            </li>
                        }
                    }
                />
            </ol></div>
            <p class="chat-typing" aria-live="polite">
                {move || chat().is_some_and(|chat| chat.resident_typing > 0).then(|| use_localizer().t("chat-typing-resident"))}
            </p>
            <Show
                when=move || chat().is_some_and(|chat| !chat.finished)
                fallback=move || view! {
                    <p>{use_localizer().t("agent-ended")}</p>
                    <button type="button" class="button secondary" on:click=move |_| console.close(id)>{use_localizer().t("agent-close")}</button>
                }
            >
                <form class="chat-compose" on:submit=send novalidate>
                    <div class="field">
                        <label for=format!("canned-{id}")>{use_localizer().t("agent-canned-label")}</label>
                        <select id=format!("canned-{id}") on:change=move |ev| canned_choice.set(event_target_value(&ev))>
                            <option value="">{use_localizer().t("agent-canned-choose")}</option>
                            {info.canned.iter().map(|(key, _)| view! { <option value=key.clone()>{use_localizer().t(key)}</option> }).collect_view()}
                        </select>
                        <button type="button" class="button secondary" on:click=insert_canned.clone()>{use_localizer().t("agent-canned-insert")}</button>
                    </div>
                    <div class="field">
                        <label for=format!("reply-{id}")>{use_localizer().t("agent-reply-label")}</label>
                        <textarea id=format!("reply-{id}") rows="3" maxlength="2000"
                            prop:value=move || draft.get() on:input=on_input></textarea>
                    </div>
                    <div class="checkbox">
                        <input type="checkbox" id=format!("note-{id}")
                            prop:checked=move || internal.get()
                            on:change=move |ev| internal.set(event_target_checked(&ev))/>
                        <label for=format!("note-{id}")>{use_localizer().t("agent-add-note")}</label>
                    </div>
                    <div class="button-row">
                        <button type="submit" class="button">{use_localizer().t("agent-send")}</button>
                        <button type="button" class="button secondary"
                            on:click=move |_| console.send(ClientFrame::End { conversation: Some(id) })>
                            {use_localizer().t("agent-end")}
                        </button>
                    </div>
                </form>
                <div class="field agent-transfer">
                    <label for=format!("transfer-{id}")>{use_localizer().t("agent-transfer-label")}</label>
                    {move || {
                        let others: Vec<AgentInfo> = console.agents.get().into_iter().filter(|a| a.id != console.me).collect();
                        if others.is_empty() {
                            view! { <p id=format!("transfer-{id}")>{use_localizer().t("agent-transfer-none")}</p> }.into_any()
                        } else {
                            view! {
                                <select id=format!("transfer-{id}") on:change=move |ev| transfer_to.set(event_target_value(&ev))>
                                    <option value="">{use_localizer().t("agent-canned-choose")}</option>
                                    {others.into_iter().map(|a| view! { <option value=a.id.to_string()>{a.name}</option> }).collect_view()}
                                </select>
                                <button type="button" class="button secondary" on:click=transfer>{use_localizer().t("agent-transfer")}</button>
                            }.into_any()
                        }
                    }}
                </div>
                <form class="agent-request" method="post" action=format!("/agent/chats/{id}/request")>
                    <h4>{use_localizer().t("agent-request-heading")}</h4>
                    <p class="hint">{use_localizer().t("agent-request-hint")}</p>
                    <input type="hidden" name="csrf" value=csrf.clone()/>
                    <div class="field">
                        <label for=format!("service-{id}")>{use_localizer().t("agent-request-service")}</label>
                        <select id=format!("service-{id}") name="service">
                            {services.iter().map(|service| {
                                let selected = guessed.as_deref() == Some(service.code.as_str());
                                view! { <option value=service.code.clone() selected=selected>{service.name.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=format!("place-{id}")>{use_localizer().t("agent-request-place")}</label>
                        <input type="text" id=format!("place-{id}") name="place"/>
                    </div>
                    <div class="field">
                        <label for=format!("description-{id}")>{use_localizer().t("agent-request-description")}</label>
                        <textarea id=format!("description-{id}") name="description" rows="4"
                            prop:value=description></textarea>
                    </div>
                    <button type="submit" class="button secondary">{use_localizer().t("agent-request-submit")}</button>
                </form>
            </Show>
        </article>
    }
    .into_any()
}

#[component]
fn CasesSection(cases: Vec<CaseView>, csrf: String) -> impl IntoView {
    let i18n = use_localizer();
    let empty = cases.is_empty();
    view! {
        <section class="agent-cases" aria-labelledby="cases-heading">
            <h2 id="cases-heading">{i18n.t("agent-cases-heading")}</h2>
            {empty.then(|| view! { <p>{use_localizer().t("agent-cases-empty")}</p> })}
            <ul class="case-list">
                {cases.into_iter().map(|case| {
                    let i18n = use_localizer();
                    let mut args = FluentArgs::new();
                    let name = if case.resident_name.is_empty() { i18n.t("chat-resident") } else { case.resident_name.clone() };
                    args.set("name", name);
                    args.set("contact", case.contact.clone());
                    let reply_id = format!("case-reply-{}", case.id);
                    view! {
                        <li id=format!("case-{}", case.id)>
                            <p><strong>{i18n.t_args("agent-case-from", &args)}</strong>" · "{case.received.clone()}" · "<span lang=case.language.clone()>{language_name(&case.language)}</span></p>
                            <blockquote lang=case.language.clone()>{case.body.clone()}</blockquote>
                            <form method="post" action=format!("/agent/cases/{}/answer", case.id)>
                                <input type="hidden" name="csrf" value=csrf.clone()/>
                                <div class="field">
                                    <label for=reply_id.clone()>{i18n.t("agent-case-reply")}</label>
                                    <textarea id=reply_id name="reply" rows="3" maxlength="2000"></textarea>
                                </div>
                                <button type="submit" class="button secondary">{i18n.t("agent-case-send")}</button>
                            </form>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
