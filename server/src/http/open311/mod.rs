//! Open311 GeoReport v2 under `/open311/v2`, plus discovery and the OpenAPI description.
//!
//! The spec's `service_request_id` is the SR number residents see. Formats come from the
//! path's extension (`.json` or `.xml`); errors are the spec's `[{code, description}]` array.

mod format;
mod requests;
mod services;

use axum::{
    extract::Path,
    http::{header::CONTENT_TYPE, StatusCode},
    response::IntoResponse,
    routing::get,
    Router,
};
pub use format::{found, Format, Open311Error, Reply};

use super::AppState;

/// The Open311 endpoints.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/open311/{document}", get(discovery))
        .route("/open311/v2/openapi.json", get(openapi))
        .route(
            "/open311/v2/{resource}",
            get(requests::list_or_services).post(requests::create),
        )
        .route("/open311/v2/services/{code}", get(services::definition))
        .route("/open311/v2/requests/{id}", get(requests::one))
        .route("/open311/v2/tokens/{token}", get(requests::token))
}

/// Splits `name.ext` or answers 404 in JSON when the extension is not a known format.
pub fn split_format(segment: &str) -> Result<(&str, Format), Open311Error> {
    Format::split(segment).ok_or_else(|| {
        Open311Error::new(
            Format::Json,
            StatusCode::NOT_FOUND,
            "unknown format: use .json or .xml",
        )
    })
}

/// Checks `jurisdiction_id` when given: this server answers for one jurisdiction.
pub fn check_jurisdiction(
    state: &AppState,
    format: Format,
    jurisdiction_id: Option<&str>,
) -> Result<(), Open311Error> {
    match jurisdiction_id.map(str::trim).filter(|j| !j.is_empty()) {
        Some(given) if given != state.settings.jurisdiction_id => Err(Open311Error::new(
            format,
            StatusCode::NOT_FOUND,
            format!(
                "jurisdiction_id '{given}' is not served here; this endpoint serves '{}'",
                state.settings.jurisdiction_id
            ),
        )),
        _ => Ok(()),
    }
}

/// The GeoReport discovery document.
async fn discovery(
    axum::extract::State(state): axum::extract::State<AppState>,
    Path(segment): Path<String>,
) -> Result<Reply, Open311Error> {
    let (stem, format) = split_format(&segment)?;
    if stem != "discovery" {
        return Err(Open311Error::new(
            format,
            StatusCode::NOT_FOUND,
            "not found",
        ));
    }
    let base = state.settings.public_url.trim_end_matches('/');
    Ok(Reply {
        format,
        xml_root: "discovery",
        body: serde_json::json!({
            "changeset": "2026-11-23T00:00:00Z",
            "contact": state.settings.contact,
            "key_service": "Run `civic311 api-key create --name NAME` on the server to issue an api_key.",
            "endpoints": [{
                "specification": "http://wiki.open311.org/GeoReport_v2",
                "url": format!("{base}/open311/v2"),
                "changeset": "2026-11-23T00:00:00Z",
                "type": "production",
                "formats": ["application/json", "text/xml"],
            }],
        }),
    })
}

/// The OpenAPI 3 description of the GeoReport v2 endpoints.
async fn openapi() -> impl IntoResponse {
    (
        [(CONTENT_TYPE, "application/json")],
        include_str!("openapi.json"),
    )
}
