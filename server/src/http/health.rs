//! `GET /healthz`: whether the portal can reach its database.

use axum::{extract::State, http::StatusCode, Json};
use serde_json::{json, Value};

use crate::db::Db;

/// 200 with `"database": "reachable"`, or 503 with `"unreachable"`.
pub async fn healthz(State(db): State<Db>) -> (StatusCode, Json<Value>) {
    let backend = format!("{:?}", db.backend).to_lowercase();
    if db.is_reachable().await {
        let body = json!({ "status": "ok", "database": "reachable", "backend": backend });
        (StatusCode::OK, Json(body))
    } else {
        let body =
            json!({ "status": "unavailable", "database": "unreachable", "backend": backend });
        (StatusCode::SERVICE_UNAVAILABLE, Json(body))
    }
}
