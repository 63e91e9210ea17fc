//! Updates about a request by email or text message: asking for them (a one-time code confirms
//! the address), unsubscribing from a link, and STOP replies from the SMS provider.

use app::{i18n::Localizer, updates::UpdatesProblem};
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::post,
    Extension, Router,
};

use super::{form::Form, AppState};
use crate::db::{outbox::Channel, subscriptions::CodeCheck, DbError};

/// Codes one address may be sent per hour, and one request per hour.
pub const MAX_CODES_PER_ADDRESS: i64 = 3;
pub const MAX_CODES_PER_REQUEST: i64 = 10;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/requests/{number}/updates", post(subscribe))
        .route("/requests/{number}/updates/confirm", post(confirm))
        .route("/requests/{number}/updates/resend", post(resend))
        .route("/unsubscribe/{token}", post(unsubscribe))
        .route("/sms/inbound", post(sms_inbound))
}

/// The only failure that is not the resident's to fix.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct UpdatesError(#[from] DbError);

impl IntoResponse for UpdatesError {
    fn into_response(self) -> Response {
        tracing::error!("updates: {self}");
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            "Your request for updates could not be saved right now. Go back and try again in a few minutes.",
        )
            .into_response()
    }
}

/// Back to the status page's updates section, with what to show there.
fn to_updates(number: &str, query: &[(&str, &str)]) -> Response {
    let query = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(query)
        .finish();
    Redirect::to(&format!("/requests/{number}?{query}#updates")).into_response()
}

fn problem(number: &str, problem: UpdatesProblem, handle: Option<&str>) -> Response {
    let mut query = vec![("updates_error", problem.as_str())];
    if let Some(handle) = handle {
        query.push(("confirm", handle));
    }
    to_updates(number, &query)
}

/// Whether `address`, or request `number`, had its hour's share of codes already.
async fn too_many_codes(state: &AppState, address: &str, number: &str) -> Result<bool, DbError> {
    let since = crate::db::now() - 3600;
    let (to_address, for_request) = state.db.codes_sent_since(address, number, since).await?;
    Ok(to_address >= MAX_CODES_PER_ADDRESS || for_request >= MAX_CODES_PER_REQUEST)
}

/// `POST /requests/{number}/updates` with `channel` and `email` or `phone`.
async fn subscribe(
    State(state): State<AppState>,
    Extension(localizer): Extension<Localizer>,
    Path(number): Path<String>,
    body: Bytes,
) -> Result<Response, UpdatesError> {
    let form = Form::parse(&body);
    if state.db.public_request(&number).await?.is_none() {
        return Ok(StatusCode::NOT_FOUND.into_response());
    }
    let sms_offered = state.settings.notifications.sms.is_some();
    let (channel, address) = match form.text("channel") {
        "sms" if sms_offered => match normalize_phone(form.text("phone")) {
            Some(phone) => (Channel::Sms, phone),
            None => return Ok(problem(&number, UpdatesProblem::Phone, None)),
        },
        _ => {
            let email = form.text("email");
            if email.parse::<email_address::EmailAddress>().is_err() {
                return Ok(problem(&number, UpdatesProblem::Email, None));
            }
            (Channel::Email, email.to_lowercase())
        }
    };
    if state.db.is_subscribed(&number, channel, &address).await? {
        return Ok(to_updates(&number, &[("updates", "already")]));
    }
    if too_many_codes(&state, &address, &number).await? {
        return Ok(problem(&number, UpdatesProblem::TooMany, None));
    }
    let Some(pending) = state
        .db
        .subscribe(&number, channel, &address, localizer.lang())
        .await?
    else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    state.outbox.notify_one();
    Ok(to_updates(&number, &[("confirm", &pending.handle)]))
}

/// `POST /requests/{number}/updates/confirm` with `handle` and `code`.
async fn confirm(
    State(state): State<AppState>,
    Path(number): Path<String>,
    body: Bytes,
) -> Result<Response, UpdatesError> {
    let form = Form::parse(&body);
    let handle = form.text("handle");
    let code: String = form
        .text("code")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return Ok(problem(&number, UpdatesProblem::CodeFormat, Some(handle)));
    }
    let outcome = match state.db.confirm_code(handle, &code).await? {
        CodeCheck::Confirmed => return Ok(to_updates(&number, &[("updates", "on")])),
        CodeCheck::Wrong => UpdatesProblem::CodeWrong,
        CodeCheck::Expired => UpdatesProblem::CodeExpired,
        CodeCheck::TooManyAttempts => UpdatesProblem::CodeAttempts,
        CodeCheck::Unknown => return Ok(problem(&number, UpdatesProblem::Unknown, None)),
    };
    Ok(problem(&number, outcome, Some(handle)))
}

/// `POST /requests/{number}/updates/resend` with `handle`: a new code, within the rate limit.
async fn resend(
    State(state): State<AppState>,
    Path(number): Path<String>,
    body: Bytes,
) -> Result<Response, UpdatesError> {
    let form = Form::parse(&body);
    let handle = form.text("handle");
    let Some(subscription) = state.db.subscription_by_handle(handle).await? else {
        return Ok(problem(&number, UpdatesProblem::Unknown, None));
    };
    if too_many_codes(&state, &subscription.address, &number).await? {
        return Ok(problem(&number, UpdatesProblem::TooMany, Some(handle)));
    }
    if !state.db.resend_code(handle).await? {
        return Ok(problem(&number, UpdatesProblem::Unknown, None));
    }
    state.outbox.notify_one();
    Ok(to_updates(
        &number,
        &[("confirm", handle), ("updates", "resent")],
    ))
}

/// `POST /unsubscribe/{token}`: the button on the unsubscribe page, or a mail client's
/// one-click unsubscribe (RFC 8058), which posts `List-Unsubscribe=One-Click` and reads no page.
async fn unsubscribe(
    State(state): State<AppState>,
    Path(token): Path<String>,
    body: Bytes,
) -> Result<Response, UpdatesError> {
    let from_mail_client = Form::parse(&body).text("List-Unsubscribe") == "One-Click";
    let known = state.db.unsubscribe(&token).await?;
    if from_mail_client {
        let status = if known {
            StatusCode::OK
        } else {
            StatusCode::NOT_FOUND
        };
        return Ok(status.into_response());
    }
    let done = if known { "?done=true" } else { "" };
    Ok(Redirect::to(&format!("/unsubscribe/{token}{done}")).into_response())
}

/// `POST /sms/inbound`: the SMS provider passes on a resident's reply. STOP ends their text
/// updates. The provider signs its calls with the auth token; unsigned calls are refused.
async fn sms_inbound(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, UpdatesError> {
    let Some(sms) = &state.settings.notifications.sms else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let form = Form::parse(&body);
    let url = format!(
        "{}/sms/inbound",
        state.settings.public_url.trim_end_matches('/')
    );
    let signature = headers
        .get("X-Twilio-Signature")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !crate::notify::sms::signature_matches(&sms.auth_token, &url, form.fields(), signature) {
        tracing::warn!("refused an unsigned or wrongly signed SMS webhook call");
        return Ok((StatusCode::FORBIDDEN, "bad signature").into_response());
    }
    if crate::notify::sms::is_stop_word(form.text("Body")) {
        if let Some(phone) = normalize_phone(form.text("From")) {
            let stopped = state.db.stop_texts(&phone).await?;
            tracing::info!(stopped, "STOP received: text updates ended");
        }
    }
    // An empty TwiML answer: the provider sends its own STOP confirmation.
    Ok((
        [(axum::http::header::CONTENT_TYPE, "text/xml")],
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>",
    )
        .into_response())
}

/// A phone number as E.164 (`+14165550123`): North American numbers may leave out the +1.
pub fn normalize_phone(raw: &str) -> Option<String> {
    let international = raw.trim_start().starts_with('+');
    if raw
        .chars()
        .any(|c| !(c.is_ascii_digit() || " .-()+".contains(c)))
    {
        return None;
    }
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let north_american = |digits: &str| {
        let bytes = digits.as_bytes();
        (bytes.len() == 10 && bytes[0] >= b'2' && bytes[3] >= b'2').then(|| format!("+1{digits}"))
    };
    if international {
        // Country code 1 is the North American plan, whose numbers all have ten digits.
        match digits.strip_prefix('1') {
            Some(rest) => north_american(rest),
            None => (8..=15)
                .contains(&digits.len())
                .then(|| format!("+{digits}")),
        }
    } else if digits.len() == 11 && digits.starts_with('1') {
        north_american(&digits[1..])
    } else {
        north_american(&digits)
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_phone;

    #[test]
    fn phone_numbers_become_e164() {
        for (raw, expected) in [
            ("416 555 0123", "+14165550123"),
            ("(416) 555-0123", "+14165550123"),
            ("1-416-555-0123", "+14165550123"),
            ("+1 416 555 0123", "+14165550123"),
            ("+44 20 7946 0958", "+442079460958"),
        ] {
            assert_eq!(normalize_phone(raw).as_deref(), Some(expected), "{raw}");
        }
        for bad in [
            "",
            "555-0123",
            "call me",
            "116 555 0123",
            "+1 416 555 01234",
            "416x555",
        ] {
            assert_eq!(normalize_phone(bad), None, "{bad}");
        }
    }
}
