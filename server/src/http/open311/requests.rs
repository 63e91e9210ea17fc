//! Service requests over Open311: list, one, by token, and create with an `api_key`.

use std::collections::{BTreeMap, HashMap};

use app::status::Status;
use axum::{
    body::Bytes,
    extract::{Path, Query, State},
    http::{header::CONTENT_TYPE, HeaderMap, StatusCode},
};
use serde_json::{json, Value};
use time::format_description::well_known::Rfc3339;

use super::{check_jurisdiction, found, services, split_format, Format, Open311Error, Reply};
use crate::{
    db::requests::{PublicRequest, RequestFilter},
    http::AppState,
    intake::{self, parse_datetime, Submission},
};

/// Most requests one list answer holds, and the default window without dates.
const MAX_PAGE_SIZE: i64 = 1000;
const DEFAULT_WINDOW_DAYS: i64 = 90;

/// `GET services.{format}` or `GET requests.{format}`, which share a path shape.
pub async fn list_or_services(
    State(state): State<AppState>,
    Path(segment): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Reply, Open311Error> {
    let (resource, format) = split_format(&segment)?;
    check_jurisdiction(
        &state,
        format,
        query.get("jurisdiction_id").map(String::as_str),
    )?;
    match resource {
        "services" => services::list(&state, format).await,
        "requests" => list(&state, format, &query).await,
        _ => Err(Open311Error::new(
            format,
            StatusCode::NOT_FOUND,
            "not found",
        )),
    }
}

async fn list(
    state: &AppState,
    format: Format,
    query: &HashMap<String, String>,
) -> Result<Reply, Open311Error> {
    let bad = |message: String| Open311Error::new(format, StatusCode::BAD_REQUEST, message);
    let comma_list = |name: &str| -> Vec<String> {
        query
            .get(name)
            .map(|v| {
                v.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default()
    };
    let date = |name: &str| -> Result<Option<i64>, Open311Error> {
        match query.get(name).map(|v| v.trim()).filter(|v| !v.is_empty()) {
            None => Ok(None),
            Some(raw) => parse_datetime(raw)
                .map(|moment| Some(moment.unix_timestamp()))
                .ok_or_else(|| {
                    bad(format!(
                        "{name} must be a W3C date-time such as 2026-11-23T14:30:00-05:00"
                    ))
                }),
        }
    };
    let mut statuses = Vec::new();
    for class in comma_list("status") {
        let closed = match class.as_str() {
            "open" => false,
            "closed" => true,
            other => return Err(bad(format!("status must be open or closed, not '{other}'"))),
        };
        statuses.extend(Status::all_where(closed).map(|s| s.as_str().to_string()));
    }
    let sr_numbers = comma_list("service_request_id");
    let (mut start, end) = (date("start_date")?, date("end_date")?);
    if start.is_none() && end.is_none() && sr_numbers.is_empty() {
        start = Some(crate::db::now() - DEFAULT_WINDOW_DAYS * 86_400);
    }
    let page = positive(query.get("page"), 1)
        .ok_or_else(|| bad("page must be a whole number of at least 1".into()))?;
    let page_size = positive(query.get("page_size"), MAX_PAGE_SIZE)
        .filter(|size| *size <= MAX_PAGE_SIZE)
        .ok_or_else(|| {
            bad(format!(
                "page_size must be a whole number from 1 to {MAX_PAGE_SIZE}"
            ))
        })?;
    let filter = RequestFilter {
        sr_numbers,
        service_codes: comma_list("service_code"),
        start,
        end,
        statuses,
        limit: page_size,
        offset: (page - 1) * page_size,
    };
    let requests = state
        .db
        .list_public_requests(&filter)
        .await
        .map_err(|e| Open311Error::internal(format, e))?;
    Ok(Reply {
        format,
        xml_root: "service_requests",
        body: Value::Array(requests.iter().map(request_json).collect()),
    })
}

fn positive(raw: Option<&String>, default: i64) -> Option<i64> {
    match raw {
        None => Some(default),
        Some(value) => value.trim().parse::<i64>().ok().filter(|n| *n >= 1),
    }
}

fn w3c(unix: i64) -> Value {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|moment| moment.format(&Rfc3339).ok())
        .map_or(Value::Null, Value::String)
}

fn request_json(request: &PublicRequest) -> Value {
    let closed = Status::parse(&request.status).is_some_and(Status::is_closed);
    json!({
        "service_request_id": request.sr_number,
        "status": if closed { "closed" } else { "open" },
        "status_notes": request.status_notes,
        "service_name": request.service_name,
        "service_code": request.service_code,
        "description": request.description,
        "agency_responsible": request.division,
        "service_notice": null,
        "requested_datetime": w3c(request.requested_at),
        "updated_datetime": w3c(request.updated_at),
        "expected_datetime": w3c(request.expected_at),
        "address": request.address,
        "address_id": request.address_id,
        "zipcode": null,
        "lat": request.latitude,
        "long": request.longitude,
        "media_url": request.media_url,
    })
}

/// `GET requests/{service_request_id}.{format}`.
pub async fn one(
    State(state): State<AppState>,
    Path(segment): Path<String>,
    Query(query): Query<services::JurisdictionQuery>,
) -> Result<Reply, Open311Error> {
    let (sr_number, format) = split_format(&segment)?;
    check_jurisdiction(&state, format, query.jurisdiction_id.as_deref())?;
    let request = found(format, state.db.public_request(sr_number).await, || {
        format!("service_request_id '{sr_number}' does not exist")
    })?;
    Ok(Reply {
        format,
        xml_root: "service_requests",
        body: json!([request_json(&request)]),
    })
}

/// `GET tokens/{token}.{format}`: the SR number issued for a token.
pub async fn token(
    State(state): State<AppState>,
    Path(segment): Path<String>,
    Query(query): Query<services::JurisdictionQuery>,
) -> Result<Reply, Open311Error> {
    let (token, format) = split_format(&segment)?;
    check_jurisdiction(&state, format, query.jurisdiction_id.as_deref())?;
    let sr_number = found(format, state.db.sr_number_for_token(token).await, || {
        format!("token '{token}' does not exist")
    })?;
    Ok(Reply {
        format,
        xml_root: "service_requests",
        body: json!([{ "service_request_id": sr_number, "token": token }]),
    })
}

/// `POST requests.{format}`: files a request for the client holding `api_key`.
pub async fn create(
    State(state): State<AppState>,
    Path(segment): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Reply, Open311Error> {
    let (resource, format) = split_format(&segment)?;
    if resource != "requests" {
        return Err(Open311Error::new(
            format,
            StatusCode::METHOD_NOT_ALLOWED,
            "only requests accepts POST",
        ));
    }
    let bad = |message: String| Open311Error::new(format, StatusCode::BAD_REQUEST, message);
    let content_type = headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !content_type.is_empty() && !content_type.starts_with("application/x-www-form-urlencoded") {
        return Err(bad(
            "send the request as application/x-www-form-urlencoded".into()
        ));
    }
    let params: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let single = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };

    let api_key = single("api_key").unwrap_or_default();
    let client = state
        .db
        .api_client(api_key.trim())
        .await
        .map_err(|e| Open311Error::internal(format, e))?
        .ok_or_else(|| {
            Open311Error::new(
                format,
                StatusCode::FORBIDDEN,
                "api_key is missing or not valid",
            )
        })?;
    check_jurisdiction(&state, format, single("jurisdiction_id").as_deref())?;

    let service_code = single("service_code")
        .map(|c| c.trim().to_string())
        .unwrap_or_default();
    if service_code.is_empty() {
        return Err(bad("service_code is required".into()));
    }
    let service = state
        .db
        .service_type(&service_code)
        .await
        .map_err(|e| Open311Error::internal(format, e))?
        .ok_or_else(|| bad(format!("service_code '{service_code}' does not exist")))?;

    let submission = Submission {
        service_code,
        latitude: single("lat"),
        longitude: single("long"),
        address: single("address_string"),
        address_id: single("address_id"),
        description: single("description"),
        attributes: attribute_answers(&params),
        email: single("email"),
        phone: single("phone"),
        first_name: single("first_name"),
        last_name: single("last_name"),
        media_url: single("media_url"),
        device_id: single("device_id"),
        account_id: single("account_id"),
        locale: "en".to_string(),
    };
    let valid = intake::validate(
        &submission,
        &service,
        &state.wards,
        crate::clock::now_utc(),
        &state.settings.time_zone,
    )
    .map_err(|errors| Open311Error {
        format,
        status: StatusCode::BAD_REQUEST,
        descriptions: errors.iter().map(|e| e.describe()).collect(),
    })?;
    let token = hex::encode(rand::random::<[u8; 16]>());
    let mut request = valid.request;
    request.token = Some(token.clone());
    request.source = "open311".to_string();
    request.api_key_id = Some(client.id);
    let account_id = request.account_id.clone();
    let filed = state
        .db
        .file_service_request(&request)
        .await
        .map_err(|e| Open311Error::internal(format, e))?;
    tracing::info!(sr_number = %filed.sr_number, client = %client.name, "service request filed over Open311");
    Ok(Reply {
        format,
        xml_root: "service_requests",
        body: json!([{
            "service_request_id": filed.sr_number,
            "token": token,
            "service_notice": format!("{} will respond by {}", service.division,
                w3c(request.sla_due_at).as_str().unwrap_or_default()),
            "account_id": account_id,
        }]),
    })
}

/// `attribute[code]=v` and `attribute[code][]=v` pairs, grouped by code.
fn attribute_answers(params: &[(String, String)]) -> BTreeMap<String, Vec<String>> {
    let mut answers: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, value) in params {
        let Some(rest) = key.strip_prefix("attribute[") else {
            continue;
        };
        let code = rest.trim_end_matches("[]").trim_end_matches(']');
        answers
            .entry(code.to_string())
            .or_default()
            .push(value.clone());
    }
    answers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_keys_group_single_and_list_answers() {
        let params = vec![
            ("attribute[size]".to_string(), "large".to_string()),
            ("attribute[surface][]".to_string(), "wall".to_string()),
            ("attribute[surface][]".to_string(), "fence".to_string()),
            ("description".to_string(), "x".to_string()),
        ];
        let answers = attribute_answers(&params);
        assert_eq!(answers["size"], vec!["large"]);
        assert_eq!(answers["surface"], vec!["wall", "fence"]);
        assert_eq!(answers.len(), 2);
    }
}
