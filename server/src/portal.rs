//! The pages' [`PortalBackend`] port, answered from the database and the ward map.

use std::sync::Arc;

use app::{
    backend::{
        AuditRecord, BackendError, DraftPhoto, DraftRecord, HistoryEvent, NearbyRequest,
        PlaceMatch, PortalBackend, QuestionDetail, QueueRecord, RequestHistory, ServiceTypeDetail,
        ServiceTypeSummary, StaffRecord, StaffRequestRecord, SubscriptionSummary,
    },
    catalogue::ServiceGroup,
};

use crate::{
    db::{catalogue::ServiceTypeRecord, subscriptions::SubscriptionRecord, Db, DbError},
    geocoder::{Geocoder, GeocoderError},
    http::report::DUPLICATE_RADIUS_M,
    wards::WardMap,
};

/// What server functions can reach.
pub struct Portal {
    pub db: Db,
    /// Whether an SMS provider is configured.
    pub sms_offered: bool,
    pub wards: Arc<WardMap>,
    pub geocoder: Arc<dyn Geocoder>,
}

impl From<GeocoderError> for BackendError {
    fn from(error: GeocoderError) -> Self {
        BackendError(error.to_string())
    }
}

fn service_detail(service: ServiceTypeRecord) -> ServiceTypeDetail {
    let (sla_amount, sla_unit) = service
        .sla
        .map(|sla| (sla.amount, sla.unit.as_str().to_string()))
        .unwrap_or_default();
    ServiceTypeDetail {
        code: service.service_code,
        name: service.name,
        description: service.description,
        division: service.division,
        sla_amount,
        sla_unit,
        photo_policy: service.photo_policy,
        ownership_check: service.ownership_check,
        questions: service
            .attributes
            .into_iter()
            .map(|attribute| QuestionDetail {
                datatype: serde_json::to_value(attribute.datatype)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                code: attribute.code,
                required: attribute.required,
                question: attribute.description,
                choices: attribute
                    .values
                    .into_iter()
                    .map(|value| (value.key, value.name))
                    .collect(),
            })
            .collect(),
    }
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
        let reporters = self.db.reporters_of(sr_number).await?.unwrap_or(1);
        let photo_ids = self.db.request_photo_ids(sr_number).await?;
        let open_complaint = self
            .db
            .open_complaint(sr_number)
            .await?
            .map(|complaint| (complaint.due_at, complaint.escalated));
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
            reporters,
            photo_ids,
            open_complaint,
            events: events
                .into_iter()
                .map(|event| HistoryEvent {
                    status: event.status,
                    public_note: event.public_note,
                    at: event.created_at,
                    photo_ids: event.photo_ids,
                })
                .collect(),
        }))
    }

    async fn service_type(&self, code: &str) -> Result<Option<ServiceTypeDetail>, BackendError> {
        Ok(self.db.service_type(code).await?.map(service_detail))
    }

    async fn report_draft(&self, id: &str) -> Result<Option<DraftRecord>, BackendError> {
        let Some(draft) = self.db.draft(id).await? else {
            return Ok(None);
        };
        let Some(service) = self.db.service_type(&draft.service_code).await? else {
            return Ok(None);
        };
        let photos = self.db.draft_photos(id).await?;
        let nearby = match (&draft.answers.location, &draft.sr_number) {
            (Some(location), None) => {
                self.db
                    .nearby_open_requests(
                        &draft.service_code,
                        location.latitude,
                        location.longitude,
                        DUPLICATE_RADIUS_M,
                    )
                    .await?
            }
            _ => Vec::new(),
        };
        let followed_reporters = match &draft.answers.followed {
            Some(number) => self.db.reporters_of(number).await?,
            None => None,
        };
        let expected_at = match &draft.sr_number {
            Some(number) => self.db.expected_at(number).await?,
            None => None,
        };
        Ok(Some(DraftRecord {
            id: draft.id,
            service: service_detail(service),
            answers: draft.answers,
            photos: photos
                .into_iter()
                .map(|photo| DraftPhoto {
                    id: photo.id,
                    gps: photo.gps,
                })
                .collect(),
            nearby: nearby
                .into_iter()
                .map(|row| NearbyRequest {
                    sr_number: row.sr_number,
                    status: row.status,
                    filed_at: row.created_at,
                    distance_m: row.distance_m,
                    reporters: row.reporters,
                    address: row.address,
                })
                .collect(),
            followed_reporters,
            sr_number: draft.sr_number,
            expected_at,
        }))
    }

    async fn find_places(&self, query: &str) -> Result<Vec<PlaceMatch>, BackendError> {
        Ok(self.geocoder.search(query).await?)
    }

    async fn staff_by_session(&self, token: &str) -> Result<Option<StaffRecord>, BackendError> {
        Ok(self.db.staff_by_session(token).await?)
    }

    async fn staff_queue(
        &self,
        filter: &app::staff::QueueFilter,
        now: i64,
    ) -> Result<Vec<QueueRecord>, BackendError> {
        Ok(self.db.staff_queue(filter, now).await?)
    }

    async fn staff_request(
        &self,
        sr_number: &str,
    ) -> Result<Option<StaffRequestRecord>, BackendError> {
        Ok(self.db.staff_request(sr_number).await?)
    }

    async fn divisions(&self) -> Result<Vec<String>, BackendError> {
        Ok(self.db.divisions().await?)
    }

    async fn audit_log(&self, limit: i64) -> Result<Vec<AuditRecord>, BackendError> {
        Ok(self.db.audit_log(limit).await?)
    }

    async fn subscription_by_handle(
        &self,
        handle: &str,
    ) -> Result<Option<SubscriptionSummary>, BackendError> {
        Ok(self
            .db
            .subscription_by_handle(handle)
            .await?
            .map(subscription_summary))
    }

    async fn subscription_by_token(
        &self,
        token: &str,
    ) -> Result<Option<SubscriptionSummary>, BackendError> {
        Ok(self
            .db
            .subscription_by_token(token)
            .await?
            .map(subscription_summary))
    }

    fn sms_offered(&self) -> bool {
        self.sms_offered
    }

    async fn offline_cases(&self) -> Result<Vec<app::backend::OfflineCaseRecord>, BackendError> {
        Ok(self
            .db
            .offline_cases()
            .await?
            .into_iter()
            .map(|case| app::backend::OfflineCaseRecord {
                id: case.id,
                language: case.language,
                resident_name: case.resident_name,
                contact: case.contact,
                body: case.body,
                created_at: case.created_at,
            })
            .collect())
    }

    async fn chat_transcripts(
        &self,
        sr_number: &str,
    ) -> Result<Vec<(app::chat::ConversationInfo, Vec<app::chat::ChatMessage>)>, BackendError> {
        let mut transcripts = Vec::new();
        for id in self.db.chats_for_request(sr_number).await? {
            if let Some(info) = self.db.chat_conversation(id).await? {
                let messages = self.db.chat_messages_after(id, 0, false).await?;
                transcripts.push((info, messages));
            }
        }
        Ok(transcripts)
    }
}

fn subscription_summary(record: SubscriptionRecord) -> SubscriptionSummary {
    SubscriptionSummary {
        sr_number: record.sr_number,
        channel: record.channel.as_str().to_string(),
        address: record.address,
        confirmed: record.confirmed,
        unsubscribed: record.unsubscribed,
    }
}
