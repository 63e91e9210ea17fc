//! Live chat over HTTP: the WebSocket at `/chat/ws`, messages left when nobody can chat, and
//! the agent console's form posts (filing a request from a chat, answering a left message).

use std::sync::Arc;

use app::{
    chat::{ChatStatus, MAX_FRAME_BYTES, MAX_MESSAGE_CHARS},
    i18n::Localizer,
    report::{ChosenLocation, DraftAnswers},
    staff::StaffArea,
};
use axum::{
    body::Bytes,
    extract::{ws::WebSocketUpgrade, Path, Query, State},
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Extension, Router,
};
use serde::Deserialize;

use super::{form::Form, staff::session_token, updates::normalize_phone, AppState};
use crate::{
    chat::{
        session::{self, Peer},
        ChatContext,
    },
    db::{chat::ChatEvent, drafts::new_draft_id, DbError},
};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/chat/ws", get(socket))
        .route("/chat/messages", post(leave_message))
        .route("/agent/chats/{id}/request", post(file_from_chat))
        .route("/agent/cases/{id}/answer", post(answer_case))
}

/// Why a chat post was refused; the one place these become responses.
#[derive(Debug, thiserror::Error)]
pub enum ChatError {
    #[error("sign in first")]
    SignIn,
    #[error("this account may not use the chat console")]
    Forbidden,
    #[error("the page that opened the chat is not on this site")]
    Origin,
    #[error(transparent)]
    Database(#[from] DbError),
}

impl IntoResponse for ChatError {
    fn into_response(self) -> Response {
        match self {
            ChatError::SignIn => Redirect::to("/staff/login").into_response(),
            ChatError::Forbidden | ChatError::Origin => {
                (StatusCode::FORBIDDEN, self.to_string()).into_response()
            }
            ChatError::Database(error) => {
                tracing::error!("chat: {error}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "The chat could not be reached right now. Try again in a few minutes, or call 311.",
                )
                    .into_response()
            }
        }
    }
}

#[derive(Debug, Deserialize)]
struct SocketQuery {
    /// `agent` for the console; anything else is a resident.
    #[serde(default)]
    role: String,
}

/// Browsers send cookies with cross-site WebSocket requests, so the origin is checked.
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else {
        // Not a browser: no cookies of a resident's to misuse.
        return true;
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin_host = origin
        .to_str()
        .ok()
        .and_then(|origin| url::Url::parse(origin).ok())
        .map(|url| match url.port() {
            Some(port) => format!("{}:{port}", url.host_str().unwrap_or_default()),
            None => url.host_str().unwrap_or_default().to_string(),
        });
    host.is_some() && host.map(str::to_string) == origin_host
}

/// The agent signed in on this request, if their role may chat, with their session's CSRF
/// token.
async fn signed_in_agent(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<(crate::db::chat::AgentProfile, String), ChatError> {
    let token = session_token(headers).ok_or(ChatError::SignIn)?;
    let staff = state
        .db
        .staff_by_session(&token)
        .await?
        .ok_or(ChatError::SignIn)?;
    if !staff.role.may(StaffArea::Chat) {
        return Err(ChatError::Forbidden);
    }
    let profile = state
        .db
        .agent_profile(staff.id)
        .await?
        .ok_or(ChatError::SignIn)?;
    Ok((profile, staff.csrf_token))
}

/// `GET /chat/ws`: residents in the page's language; `?role=agent` for the console.
async fn socket(
    State(state): State<AppState>,
    Extension(localizer): Extension<Localizer>,
    Query(query): Query<SocketQuery>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Result<Response, ChatError> {
    if !same_origin(&headers) {
        return Err(ChatError::Origin);
    }
    let peer = if query.role == "agent" {
        Peer::Agent(signed_in_agent(&state, &headers).await?.0)
    } else {
        Peer::Resident {
            language: localizer.lang().to_string(),
        }
    };
    let context: Arc<ChatContext> = state.chat.clone();
    Ok(upgrade
        // Frames up to this size are read and answered with an error frame when too long;
        // only a frame beyond it closes the socket.
        .max_message_size(MAX_FRAME_BYTES * 64)
        // Chat frames are small; the 128 KiB default buffers would cost 256 KiB a socket.
        .read_buffer_size(8 * 1024)
        .write_buffer_size(8 * 1024)
        .on_upgrade(move |socket| session::run(socket, context, peer)))
}

/// What was wrong with a left message; the `/chat` page shows it by the field.
fn left_message_problems(form: &Form, sms_offered: bool) -> Vec<(&'static str, &'static str)> {
    let mut problems = Vec::new();
    let body = form.text("body");
    if body.is_empty() {
        problems.push(("body", "chat-offline-error-body"));
    } else if body.chars().count() > MAX_MESSAGE_CHARS {
        problems.push(("body", "chat-offline-error-body-long"));
    }
    if form.text("name").chars().count() > 100 {
        problems.push(("name", "chat-offline-error-name-long"));
    }
    let email = form.text("email");
    let phone = form.text("phone");
    if email.is_empty() && (phone.is_empty() || !sms_offered) {
        problems.push(("email", "chat-offline-error-contact"));
    }
    if !email.is_empty() && email.parse::<email_address::EmailAddress>().is_err() {
        problems.push(("email", "chat-offline-error-email"));
    }
    if sms_offered && !phone.is_empty() && normalize_phone(phone).is_none() {
        problems.push(("phone", "chat-offline-error-phone"));
    }
    problems
}

/// `POST /chat/messages`: a message left for agents to answer by email or text.
async fn leave_message(
    State(state): State<AppState>,
    Extension(localizer): Extension<Localizer>,
    body: Bytes,
) -> Result<Response, ChatError> {
    let form = Form::parse(&body);
    let sms_offered = state.settings.notifications.sms.is_some();
    let problems = left_message_problems(&form, sms_offered);
    if !problems.is_empty() {
        // Everything typed comes back, so nothing is lost.
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        let errors: Vec<String> = problems
            .iter()
            .map(|(field, message)| format!("{field}:{message}"))
            .collect();
        query.append_pair("errors", &errors.join(","));
        for field in ["name", "email", "phone", "body"] {
            query.append_pair(field, form.text(field));
        }
        return Ok(
            Redirect::to(&format!("/chat?{}#leave-message", query.finish())).into_response(),
        );
    }
    let email = Some(form.text("email").to_lowercase()).filter(|e| !e.is_empty());
    let phone = if sms_offered && email.is_none() {
        normalize_phone(form.text("phone"))
    } else {
        None
    };
    state
        .db
        .leave_chat_message(
            localizer.lang(),
            form.text("name"),
            email.as_deref(),
            phone.as_deref(),
            form.text("body"),
        )
        .await?;
    state.chat.hub.after_commit(&[ChatEvent::Queue]);
    Ok(Redirect::to("/chat?left=true#leave-message").into_response())
}

/// The CSRF token of the console's forms must match the session's.
async fn console_agent(
    state: &AppState,
    headers: &HeaderMap,
    form: &Form,
) -> Result<crate::db::chat::AgentProfile, ChatError> {
    let (agent, csrf_token) = signed_in_agent(state, headers).await?;
    if form.text("csrf") != csrf_token {
        return Err(ChatError::Forbidden);
    }
    Ok(agent)
}

/// `POST /agent/chats/{id}/request`: opens the report form, filled in from the chat.
async fn file_from_chat(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ChatError> {
    let form = Form::parse(&body);
    let agent = console_agent(&state, &headers, &form).await?;
    let Some(chat) = state.db.chat_conversation(id).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    if chat.agent_id != Some(agent.id) || chat.status != ChatStatus::Active {
        return Ok(Redirect::to(&format!("/agent?error=not-yours&chat={id}")).into_response());
    }
    let Some(service) = state.db.service_type(form.text("service")).await? else {
        return Ok(Redirect::to(&format!("/agent?error=service&chat={id}")).into_response());
    };
    // The place the resident named, when the gazetteer knows it.
    let place = form.text("place");
    let location = if place.is_empty() {
        None
    } else {
        let found = match state.geocoder.resolve(place).await {
            Ok(Some(found)) => Some(found),
            _ => state
                .geocoder
                .search(place)
                .await
                .ok()
                .and_then(|matches| matches.into_iter().next()),
        };
        found.and_then(|found| {
            state
                .wards
                .ward_at(found.latitude, found.longitude)
                .map(|ward| ChosenLocation {
                    latitude: found.latitude,
                    longitude: found.longitude,
                    address: Some(found.name.clone()),
                    ward: ward.number,
                })
        })
    };
    let step = if location.is_some() {
        "details"
    } else {
        "location"
    };
    let answers = DraftAnswers {
        location,
        description: form.text("description").to_string(),
        first_name: chat.resident_name.clone(),
        chat: Some(id),
        ..DraftAnswers::default()
    };
    let draft = new_draft_id();
    // The request is the resident's: its messages go out in the chat's language.
    state
        .db
        .create_draft(&draft, &service.service_code, &chat.language, &answers)
        .await?;
    Ok(Redirect::to(&format!("/report/{draft}/{step}")).into_response())
}

/// `POST /agent/cases/{id}/answer`: answers a left message by email or text.
async fn answer_case(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ChatError> {
    let form = Form::parse(&body);
    let agent = console_agent(&state, &headers, &form).await?;
    let reply = form.text("reply");
    if reply.is_empty() || reply.chars().count() > MAX_MESSAGE_CHARS {
        return Ok(
            Redirect::to(&format!("/agent?error=reply&case={id}#case-{id}")).into_response(),
        );
    }
    if !state.db.answer_offline_case(id, &agent, reply).await? {
        return Ok(Redirect::to("/agent?error=answered").into_response());
    }
    state.outbox.notify_one();
    Ok(Redirect::to("/agent?answered=true").into_response())
}
