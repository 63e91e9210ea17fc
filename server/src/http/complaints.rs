//! `POST /requests/{number}/complaint`: a resident complains about a request that is overdue,
//! or whose closure they dispute. The complaint gets its own SLA.

use app::status::Status;
use axum::{
    body::Bytes,
    extract::{Path, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
    routing::post,
    Router,
};

use super::{form::Form, AppState};
use crate::{
    catalogue::{Sla, SlaUnit},
    db::DbError,
};

/// How long the division has to answer a complaint before it is escalated.
pub const COMPLAINT_SLA: Sla = Sla {
    amount: 5,
    unit: SlaUnit::BusinessDays,
};

/// Longest complaint accepted; it travels back in the URL when the form is shown again.
pub const MAX_DETAILS_CHARS: usize = 2000;

pub fn routes(test_clock: bool) -> Router<AppState> {
    let router = Router::new().route("/requests/{number}/complaint", post(complain));
    if test_clock {
        router.route("/test/clock", post(advance_clock))
    } else {
        router
    }
}

/// The only failure that is not the resident's to fix.
#[derive(Debug, thiserror::Error)]
#[error(transparent)]
pub struct ComplaintError(#[from] DbError);

impl IntoResponse for ComplaintError {
    fn into_response(self) -> Response {
        tracing::error!("complaint: {self}");
        (
            StatusCode::INTERNAL_SERVER_ERROR,
            "Your complaint could not be saved right now. Go back and try again in a few minutes.",
        )
            .into_response()
    }
}

async fn complain(
    State(state): State<AppState>,
    Path(number): Path<String>,
    body: Bytes,
) -> Result<Response, ComplaintError> {
    let form = Form::parse(&body);
    let (details, email) = (
        form.text("details").to_string(),
        form.text("email").to_string(),
    );
    let page = format!("/requests/{number}");
    let Some(request) = state.db.public_request(&number).await? else {
        return Ok(StatusCode::NOT_FOUND.into_response());
    };
    let closed = Status::parse(&request.status).is_some_and(Status::is_closed);
    let overdue = !closed && request.expected_at < crate::clock::now();
    if !(closed || overdue) || state.db.open_complaint(&number).await?.is_some() {
        return Ok(Redirect::to(&page).into_response());
    }
    let problem = if details.is_empty() {
        Some("details")
    } else if details.chars().count() > MAX_DETAILS_CHARS {
        Some("too-long")
    } else if !email.is_empty() && email.parse::<email_address::EmailAddress>().is_err() {
        Some("email")
    } else {
        None
    };
    if let Some(problem) = problem {
        let kept = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("complaint_error", problem)
            .append_pair(
                "details",
                &details.chars().take(MAX_DETAILS_CHARS).collect::<String>(),
            )
            .append_pair("email", &email)
            .finish();
        return Ok(Redirect::to(&format!("{page}?{kept}#complaint")).into_response());
    }
    let due_at = crate::sla::due_at(
        crate::clock::now_utc(),
        COMPLAINT_SLA,
        &state.settings.time_zone,
    )
    .unix_timestamp();
    let kind = if closed {
        "disputed_closure"
    } else {
        "overdue"
    };
    let email = (!email.is_empty()).then_some(email.as_str());
    state
        .db
        .file_complaint(&number, kind, &details, email, due_at)
        .await?;
    Ok(Redirect::to(&format!("{page}?complaint=filed")).into_response())
}

/// `POST /test/clock` with `advance_seconds`: moves the portal's clock forward.
async fn advance_clock(body: Bytes) -> Response {
    let seconds = Form::parse(&body)
        .text("advance_seconds")
        .parse::<i64>()
        .ok()
        .filter(|s| *s > 0);
    match seconds {
        Some(seconds) => {
            crate::clock::advance(seconds);
            (StatusCode::OK, crate::clock::now().to_string()).into_response()
        }
        None => (
            StatusCode::BAD_REQUEST,
            "advance_seconds must be a positive whole number",
        )
            .into_response(),
    }
}
