//! Staff sign-in and the console's form posts. Every post after sign-in needs the session
//! cookie, a role that may do it, and the session's CSRF token.

use app::{
    backend::StaffRecord,
    staff::{reason_fits, StaffArea, SESSION_COOKIE},
    status::Status,
};
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use axum::{
    body::Bytes,
    extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Request, State},
    http::{header, HeaderMap, HeaderValue, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Router,
};
use cookie::{Cookie, SameSite};

use super::AppState;
use crate::{
    db::{staff::StatusChange, DbError},
    photos::{self, MAX_PHOTO_BYTES},
};

/// Failed sign-ins allowed per email address in [`LOCKOUT_SECONDS`].
pub const MAX_FAILURES: i64 = 5;
pub const LOCKOUT_SECONDS: i64 = 15 * 60;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/staff/login", post(login))
        .route("/staff/logout", post(logout))
        .route(
            "/staff/requests/{number}/status",
            post(change_status).layer(DefaultBodyLimit::max(MAX_PHOTO_BYTES + 64 * 1024)),
        )
        .route("/event-photos/{id}", get(event_photo))
        .route("/staff/bulk-status", post(change_status_in_bulk))
}

/// Why a staff post was refused; the one place these become responses.
#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    #[error("sign in first")]
    SignIn,
    #[error("this account may not do that")]
    Forbidden,
    #[error("the form is out of date or was not sent from this site")]
    Csrf,
    #[error(transparent)]
    Database(#[from] DbError),
    #[error("the password could not be checked: {0}")]
    Hash(String),
    #[error("the form could not be read: {0}")]
    BadForm(String),
}

impl IntoResponse for StaffError {
    fn into_response(self) -> Response {
        match self {
            StaffError::SignIn => Redirect::to("/staff/login").into_response(),
            StaffError::Forbidden => (StatusCode::FORBIDDEN, self.to_string()).into_response(),
            StaffError::BadForm(_) => (
                StatusCode::BAD_REQUEST,
                "The form could not be read. Go back and send it again.",
            )
                .into_response(),
            StaffError::Csrf => (
                StatusCode::FORBIDDEN,
                "The form is out of date. Go back, reload the page and try again.",
            )
                .into_response(),
            error => {
                tracing::error!("staff console: {error}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "The change could not be saved right now. Try again in a few minutes.",
                )
                    .into_response()
            }
        }
    }
}

/// An Argon2id hash of a new password, in PHC string form.
pub fn hash_password(password: &str) -> Result<String, StaffError> {
    let salt =
        argon2::password_hash::SaltString::generate(&mut argon2::password_hash::rand_core::OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(|e| StaffError::Hash(e.to_string()))
}

fn password_matches(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|hash| {
            Argon2::default()
                .verify_password(password.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

fn fields(body: &[u8]) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes(body).unwrap_or_default()
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.trim())
        .unwrap_or_default()
}

pub(crate) fn session_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == SESSION_COOKIE)
        .map(|cookie| cookie.value().to_string())
}

/// The signed-in staff member, if the form carries their session's CSRF token and their role
/// may enter `area`.
async fn authorize(
    state: &AppState,
    headers: &HeaderMap,
    form: &[(String, String)],
    area: Option<StaffArea>,
) -> Result<(StaffRecord, String), StaffError> {
    let token = session_token(headers).ok_or(StaffError::SignIn)?;
    let staff = state
        .db
        .staff_by_session(&token)
        .await?
        .ok_or(StaffError::SignIn)?;
    if field(form, "csrf") != staff.csrf_token {
        return Err(StaffError::Csrf);
    }
    if area.is_some_and(|area| !staff.role.may(area)) {
        return Err(StaffError::Forbidden);
    }
    Ok((staff, token))
}

fn session_cookie(value: String, max_age: i64, secure: bool) -> HeaderValue {
    let cookie = Cookie::build((SESSION_COOKIE, value))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .max_age(cookie::time::Duration::seconds(max_age))
        .build();
    HeaderValue::from_str(&cookie.to_string()).expect("a cookie is a valid header")
}

/// `POST /staff/login`.
async fn login(State(state): State<AppState>, body: Bytes) -> Result<Response, StaffError> {
    let form = fields(&body);
    let email = field(&form, "email").to_lowercase();
    let password = field(&form, "password");
    let back = |error: &str| {
        let email: String = url::form_urlencoded::byte_serialize(email.as_bytes()).collect();
        Redirect::to(&format!("/staff/login?error={error}&email={email}")).into_response()
    };
    let since = crate::db::now() - LOCKOUT_SECONDS;
    if state.db.recent_login_failures(&email, since).await? >= MAX_FAILURES {
        state.db.audit(None, "login-locked", None, &email).await?;
        return Ok(back("locked"));
    }
    let account = state.db.login_account(&email).await?;
    let hash = account.as_ref().map(|a| a.password_hash.clone());
    let password = password.to_string();
    // Argon2 is deliberately slow: off the request threads. Unknown emails are checked
    // against a dummy hash so that timing does not tell which emails exist.
    let matched = tokio::task::spawn_blocking(move || match hash {
        Some(hash) => password_matches(&password, &hash),
        None => {
            let _ = hash_password(&password);
            false
        }
    })
    .await
    .map_err(|e| StaffError::Hash(e.to_string()))?;
    let Some(account) = account.filter(|_| matched) else {
        state.db.record_login_failure(&email).await?;
        state.db.audit(None, "login-failed", None, &email).await?;
        return Ok(back("wrong"));
    };
    let token = state.db.create_session(account.id).await?;
    state.db.audit(Some(account.id), "login", None, "").await?;
    let secure = state.settings.public_url.starts_with("https://");
    // Agents work the chat console; everyone else starts at the queue.
    let start = match state
        .db
        .staff_by_session(&token)
        .await?
        .map(|staff| staff.role)
    {
        Some(app::staff::Role::Agent) => "/agent",
        _ => "/staff",
    };
    let mut response = Redirect::to(start).into_response();
    response.headers_mut().append(
        header::SET_COOKIE,
        session_cookie(token, crate::db::staff::SESSION_SECONDS, secure),
    );
    Ok(response)
}

/// `POST /staff/logout`.
async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, StaffError> {
    let form = fields(&body);
    let (staff, token) = authorize(&state, &headers, &form, None).await?;
    state.db.end_session(&token).await?;
    state.db.audit(Some(staff.id), "logout", None, "").await?;
    let mut response = Redirect::to("/staff/login").into_response();
    response
        .headers_mut()
        .append(header::SET_COOKIE, session_cookie(String::new(), 0, false));
    Ok(response)
}

/// The status change a form asks for, or the problem to show: a closing status needs a
/// fitting reason and a public note, so that "completed" says what was done.
fn requested_change(form: &[(String, String)]) -> Result<StatusChange, &'static str> {
    let status = Status::parse(field(form, "status")).ok_or("status")?;
    let text = |name: &str| Some(field(form, name).to_string()).filter(|v| !v.is_empty());
    let change = StatusChange {
        status,
        public_note: text("public_note"),
        internal_note: text("internal_note"),
        reason: text("reason"),
        photo: None,
    };
    if status.is_closed() {
        match &change.reason {
            None => return Err("reason-missing"),
            Some(reason) if !reason_fits(status, reason) => return Err("reason-mismatch"),
            Some(_) => {}
        }
        if change.public_note.is_none() {
            return Err("note-missing");
        }
    } else if change.reason.is_some() {
        return Err("reason-open");
    }
    Ok(change)
}

/// A staff form: URL-encoded, or multipart when it carries a photo (`photo`).
async fn read_form(request: Request) -> Result<(Vec<(String, String)>, Option<Bytes>), StaffError> {
    let multipart = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if !multipart {
        let body = Bytes::from_request(request, &())
            .await
            .map_err(|e| StaffError::BadForm(e.body_text()))?;
        return Ok((fields(&body), None));
    }
    let mut multipart = Multipart::from_request(request, &())
        .await
        .map_err(|e| StaffError::BadForm(e.body_text()))?;
    let (mut form, mut photo) = (Vec::new(), None);
    while let Some(field) = multipart
        .next_field()
        .await
        .map_err(|e| StaffError::BadForm(e.body_text()))?
    {
        let name = field.name().unwrap_or_default().to_string();
        let data = field
            .bytes()
            .await
            .map_err(|e| StaffError::BadForm(e.body_text()))?;
        if name == "photo" {
            photo = Some(data).filter(|data| !data.is_empty());
        } else {
            form.push((name, String::from_utf8_lossy(&data).into_owned()));
        }
    }
    Ok((form, photo))
}

/// `POST /staff/requests/{number}/status`, with a photo of the work when there is one; a
/// service type may need one for "Completed".
async fn change_status(
    State(state): State<AppState>,
    Path(number): Path<String>,
    request: Request,
) -> Result<Response, StaffError> {
    let headers = request.headers().clone();
    let page = format!("/staff/requests/{number}");
    let back = |error: &str| Ok(Redirect::to(&format!("{page}?error={error}")).into_response());
    // From a browser, a form that cannot be read is one whose photo passed the size limit.
    let Ok((form, photo)) = read_form(request).await else {
        return back("photo-too-large");
    };
    let (staff, _) = authorize(&state, &headers, &form, Some(StaffArea::Console)).await?;
    let mut change = match requested_change(&form) {
        Ok(change) => change,
        Err(error) => return back(error),
    };
    let Some(needs_photo) = state.db.needs_completion_photo(&number).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    match photo {
        Some(data) => {
            // Decoding is CPU work; keep it off the threads that serve requests.
            let processed = tokio::task::spawn_blocking(move || photos::process(&data))
                .await
                .map_err(|e| StaffError::BadForm(e.to_string()))?;
            match processed {
                Ok(photo) => change.photo = Some(std::sync::Arc::new(photo)),
                Err(error) => {
                    return back(error.message_id().trim_start_matches("report-error-"));
                }
            }
        }
        None if needs_photo && change.status == Status::Completed => {
            return back("completion-photo-missing")
        }
        None => {}
    }
    if !state.db.change_status(&number, &change, staff.id).await? {
        return Ok(StatusCode::NOT_FOUND.into_response());
    }
    state.outbox.notify_one();
    Ok(Redirect::to(&format!("{page}?saved=true")).into_response())
}

/// `GET /event-photos/{id}`: a photo staff attached to a status change, shown on the timeline.
async fn event_photo(
    State(state): State<AppState>,
    Path(id): Path<i64>,
) -> Result<Response, StaffError> {
    Ok(match state.db.event_photo(id).await? {
        Some(bytes) => (
            [
                (header::CONTENT_TYPE, "image/jpeg"),
                (header::CACHE_CONTROL, "public, max-age=86400"),
            ],
            bytes,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    })
}

/// `POST /staff/bulk-status`: one change for every request ticked in the queue (`sr`, repeated).
/// Each request changes in its own transaction, with its own history, notices and audit line.
async fn change_status_in_bulk(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, StaffError> {
    let form = fields(&body);
    let (staff, _) = authorize(&state, &headers, &form, Some(StaffArea::Console)).await?;
    // Back to the queue as it was filtered.
    let filters: Vec<(&str, &str)> = ["division", "ward", "status_filter", "overdue", "complaints"]
        .into_iter()
        .map(|name| (name, field(&form, &format!("queue_{name}"))))
        .filter(|(_, value)| !value.is_empty())
        .map(|(name, value)| {
            (
                if name == "status_filter" {
                    "status"
                } else {
                    name
                },
                value,
            )
        })
        .collect();
    let back = |outcome: (&str, &str)| {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(filters.iter().copied().chain([outcome]))
            .finish();
        Ok(Redirect::to(&format!("/staff?{query}#bulk")).into_response())
    };
    let numbers: Vec<&str> = form
        .iter()
        .filter(|(key, _)| key == "sr")
        .map(|(_, value)| value.as_str())
        .collect();
    if numbers.is_empty() {
        return back(("bulk_error", "none-selected"));
    }
    let change = match requested_change(&form) {
        Ok(change) => change,
        Err(error) => return back(("bulk_error", error)),
    };
    let (mut changed, mut skipped) = (0, 0);
    for number in &numbers {
        // A photo of the finished work cannot be given in bulk: those wait for their own page.
        let needs_photo = state.db.needs_completion_photo(number).await? == Some(true);
        if needs_photo && change.status == Status::Completed {
            skipped += 1;
        } else if state.db.change_status(number, &change, staff.id).await? {
            changed += 1;
        }
    }
    state.outbox.notify_one();
    let query = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(filters.iter().copied())
        .append_pair("bulk_saved", &changed.to_string())
        .append_pair("bulk_skipped", &skipped.to_string())
        .finish();
    Ok(Redirect::to(&format!("/staff?{query}#bulk")).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hashed_with_argon2id_and_verified() {
        let hash = hash_password("correct horse battery staple").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(password_matches("correct horse battery staple", &hash));
        assert!(!password_matches("wrong", &hash));
        assert!(!password_matches("anything", "not a hash"));
    }
}
