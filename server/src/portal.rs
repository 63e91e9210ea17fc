//! The pages' [`PortalBackend`] port, answered from the database and the ward map.

use std::sync::Arc;

use app::{
    backend::{BackendError, HistoryEvent, PortalBackend, RequestHistory, ServiceTypeSummary},
    catalogue::ServiceGroup,
};

use crate::{
    db::{Db, DbError},
    wards::WardMap,
};

/// What server functions can reach.
pub struct Portal {
    pub db: Db,
    pub wards: Arc<WardMap>,
}

impl From<DbError> for BackendError {
    fn from(error: DbError) -> Self {
        BackendError(error.to_string())
    }
}

#[async_trait::async_trait]
impl PortalBackend for Portal {
    async fn service_groups(&self) -> Result<Vec<ServiceGroup>, BackendError> {
        Ok(self.db.service_groups().await?)
    }

    async fn service_types(&self) -> Result<Vec<ServiceTypeSummary>, BackendError> {
        let types = self.db.service_types().await?;
        Ok(types
            .into_iter()
            .map(|service| {
                let (sla_amount, sla_unit) = service
                    .sla
                    .map(|sla| (sla.amount, sla.unit.as_str().to_string()))
                    .unwrap_or_default();
                ServiceTypeSummary {
                    code: service.service_code,
                    group_code: service.group_code,
                    group_name: service.group_name,
                    name: service.name,
                    description: service.description,
                    keywords: service.keywords,
                    division: service.division,
                    sla_amount,
                    sla_unit,
                }
            })
            .collect())
    }

    async fn request_history(
        &self,
        sr_number: &str,
    ) -> Result<Option<RequestHistory>, BackendError> {
        let Some(request) = self.db.public_request(sr_number).await? else {
            return Ok(None);
        };
        let events = self.db.public_events(sr_number).await?;
        let ward = request.ward.map(|number| {
            let name = self.wards.name_of(number).unwrap_or_default().to_string();
            (number, name)
        });
        Ok(Some(RequestHistory {
            sr_number: request.sr_number,
            service_code: request.service_code,
            service_name: request.service_name,
            division: request.division,
            status: request.status,
            filed_at: request.requested_at,
            expected_at: request.expected_at,
            address: request.address,
            ward,
            events: events
                .into_iter()
                .map(|event| HistoryEvent {
                    status: event.status,
                    public_note: event.public_note,
                    at: event.created_at,
                })
                .collect(),
        }))
    }
}
