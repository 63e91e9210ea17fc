//! `GET services.{format}` and `GET services/{service_code}.{format}`.

use axum::extract::{Path, Query, State};
use serde::Deserialize;
use serde_json::{json, Value};

use super::{check_jurisdiction, found, split_format, Format, Open311Error, Reply};
use crate::{db::catalogue::ServiceTypeRecord, http::AppState};

/// Query parameters every Open311 GET accepts.
#[derive(Debug, Default, Deserialize)]
pub struct JurisdictionQuery {
    pub jurisdiction_id: Option<String>,
}

/// The service list: every active service type.
pub async fn list(state: &AppState, format: Format) -> Result<Reply, Open311Error> {
    let services = state
        .db
        .service_types()
        .await
        .map_err(|e| Open311Error::internal(format, e))?;
    Ok(Reply {
        format,
        xml_root: "services",
        body: Value::Array(services.iter().map(service_summary).collect()),
    })
}

fn service_summary(service: &ServiceTypeRecord) -> Value {
    json!({
        "service_code": service.service_code,
        "service_name": service.name,
        "description": service.description,
        "metadata": !service.attributes.is_empty(),
        "type": "realtime",
        "keywords": service.keywords.join(","),
        "group": service.group_name,
    })
}

/// `GET services/{service_code}.{format}`: the attributes a request of this type takes.
pub async fn definition(
    State(state): State<AppState>,
    Path(segment): Path<String>,
    Query(query): Query<JurisdictionQuery>,
) -> Result<Reply, Open311Error> {
    let (code, format) = split_format(&segment)?;
    check_jurisdiction(&state, format, query.jurisdiction_id.as_deref())?;
    let service = found(format, state.db.service_type(code).await, || {
        format!("service_code '{code}' does not exist")
    })?;
    let attributes: Vec<Value> = service
        .attributes
        .iter()
        .enumerate()
        .map(|(index, attribute)| {
            let values = if attribute.values.is_empty() {
                Value::Null
            } else {
                Value::Array(
                    attribute
                        .values
                        .iter()
                        .map(|v| json!({ "key": v.key, "name": v.name }))
                        .collect(),
                )
            };
            json!({
                "variable": true,
                "code": attribute.code,
                "datatype": attribute.datatype,
                "required": attribute.required,
                "datatype_description": null,
                "order": index + 1,
                "description": attribute.description,
                "values": values,
            })
        })
        .collect();
    Ok(Reply {
        format,
        xml_root: "service_definition",
        body: json!({ "service_code": service.service_code, "attributes": attributes }),
    })
}
