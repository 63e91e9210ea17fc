//! Demo service requests, so a fresh portal has something to show. Loaded only into a database
//! with no requests, so it never mixes with real ones.

use serde::Deserialize;

use crate::{
    db::{requests::NewServiceRequest, Db},
    error::Error,
    sla,
};

const DEMO_FILE: &str = include_str!("../seed/demo.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoFile {
    #[serde(rename = "request")]
    requests: Vec<DemoRequest>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoRequest {
    service: String,
    description: String,
    address: String,
    latitude: f64,
    longitude: f64,
    ward: i64,
    days_ago: i64,
}

/// Files the demo requests unless the database already has requests.
pub async fn load_if_empty(db: &Db, city_time_zone: &jiff::tz::TimeZone) -> Result<(), Error> {
    if db.service_request_count().await? > 0 {
        tracing::info!("demo requests skipped: the database already has service requests");
        return Ok(());
    }
    let demo: DemoFile = toml::from_str(DEMO_FILE).map_err(|e| Error::Demo(e.to_string()))?;
    let now = time::OffsetDateTime::now_utc();
    for request in &demo.requests {
        let service_sla = db
            .service_sla(&request.service)
            .await?
            .ok_or_else(|| Error::Demo(format!("unknown service '{}'", request.service)))?;
        let filed_at = now - time::Duration::days(request.days_ago);
        db.file_service_request(&NewServiceRequest {
            service_code: request.service.clone(),
            description: request.description.clone(),
            latitude: Some(request.latitude),
            longitude: Some(request.longitude),
            address: Some(request.address.clone()),
            ward: Some(request.ward),
            locale: "en".to_string(),
            created_at: filed_at.unix_timestamp(),
            sla_due_at: sla::due_at(filed_at, service_sla, city_time_zone).unix_timestamp(),
            source: "demo".to_string(),
            ..NewServiceRequest::default()
        })
        .await?;
    }
    tracing::info!(
        requests = demo.requests.len(),
        "demo service requests loaded"
    );
    Ok(())
}
