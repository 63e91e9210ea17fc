//! The port through which server functions reach the server's database.
//!
//! The `server` crate implements [`PortalBackend`] and provides it as context, so this crate
//! holds no SQL and the browser build carries none of it.

#[cfg(feature = "ssr")]
pub use ssr::*;

#[cfg(feature = "ssr")]
mod ssr {
    use std::sync::Arc;

    use leptos::prelude::{use_context, ServerFnError};

    use crate::catalogue::ServiceGroup;

    /// Data access needed by the pages.
    #[async_trait::async_trait]
    pub trait PortalBackend: Send + Sync + 'static {
        /// The active service groups, in display order, with their number of service types.
        async fn service_groups(&self) -> Result<Vec<ServiceGroup>, BackendError>;

        /// Every active service type, in catalogue order.
        async fn service_types(&self) -> Result<Vec<ServiceTypeSummary>, BackendError>;

        /// A request's public facts and history, or `None` for an unknown SR number.
        async fn request_history(
            &self,
            sr_number: &str,
        ) -> Result<Option<RequestHistory>, BackendError>;

        /// One active service type with its form questions, or `None` for an unknown code.
        async fn service_type(&self, code: &str)
            -> Result<Option<ServiceTypeDetail>, BackendError>;

        /// A report draft with its photos and the open requests near it.
        async fn report_draft(&self, id: &str) -> Result<Option<DraftRecord>, BackendError>;

        /// Streets, intersections and places matching what the resident typed.
        async fn find_places(&self, query: &str) -> Result<Vec<PlaceMatch>, BackendError>;

        /// The staff member a live session belongs to.
        async fn staff_by_session(&self, token: &str) -> Result<Option<StaffRecord>, BackendError>;

        /// Requests matching the queue's filters, oldest due first; `now` decides "overdue".
        async fn staff_queue(
            &self,
            filter: &crate::staff::QueueFilter,
            now: i64,
        ) -> Result<Vec<QueueRecord>, BackendError>;

        /// A request with everything staff may see, or `None` for an unknown number.
        async fn staff_request(
            &self,
            sr_number: &str,
        ) -> Result<Option<StaffRequestRecord>, BackendError>;

        /// The divisions of the catalogue, for the queue's filter.
        async fn divisions(&self) -> Result<Vec<String>, BackendError>;

        /// The latest staff actions, newest first.
        async fn audit_log(&self, limit: i64) -> Result<Vec<AuditRecord>, BackendError>;

        /// The subscription a code form's handle belongs to.
        async fn subscription_by_handle(
            &self,
            handle: &str,
        ) -> Result<Option<SubscriptionSummary>, BackendError>;

        /// The subscription an unsubscribe link belongs to.
        async fn subscription_by_token(
            &self,
            token: &str,
        ) -> Result<Option<SubscriptionSummary>, BackendError>;

        /// Whether residents may ask for updates by text message.
        fn sms_offered(&self) -> bool;

        /// Messages left when nobody could chat, oldest first.
        async fn offline_cases(&self) -> Result<Vec<OfflineCaseRecord>, BackendError>;

        /// The chats a request was filed from or linked to, with their messages.
        async fn chat_transcripts(
            &self,
            sr_number: &str,
        ) -> Result<Vec<(crate::chat::ConversationInfo, Vec<crate::chat::ChatMessage>)>, BackendError>;
    }

    /// A message left when nobody could chat.
    #[derive(Clone, Debug)]
    pub struct OfflineCaseRecord {
        pub id: i64,
        pub language: String,
        pub resident_name: String,
        pub contact: String,
        pub body: String,
        pub created_at: i64,
    }

    /// A resident's request for updates.
    #[derive(Clone, Debug)]
    pub struct SubscriptionSummary {
        pub sr_number: String,
        /// `email` or `sms`.
        pub channel: String,
        pub address: String,
        pub confirmed: bool,
        pub unsubscribed: bool,
    }

    /// A signed-in staff member.
    #[derive(Clone, Debug)]
    pub struct StaffRecord {
        pub id: i64,
        pub name: String,
        pub email: String,
        pub role: crate::staff::Role,
        pub division: Option<String>,
        pub csrf_token: String,
    }

    /// A request in the staff queue, before translation.
    #[derive(Clone, Debug)]
    pub struct QueueRecord {
        pub sr_number: String,
        pub service_code: String,
        pub service_name: String,
        pub division: String,
        pub ward: Option<i64>,
        pub status: String,
        pub filed_at: i64,
        pub expected_at: i64,
        pub overdue: bool,
        /// When the complaint waiting on it is due, and whether it was escalated.
        pub complaint_due: Option<i64>,
        pub complaint_escalated: bool,
    }

    /// A request as staff see it, contact details and internal notes included.
    #[derive(Clone, Debug)]
    pub struct StaffRequestRecord {
        pub sr_number: String,
        pub service_code: String,
        pub service_name: String,
        pub division: String,
        pub status: String,
        pub description: String,
        pub address: Option<String>,
        pub contact: Vec<String>,
        pub expected_at: i64,
        /// Marking it Completed needs a photo of the finished work.
        pub completion_photo: bool,
        pub events: Vec<StaffEventRecord>,
    }

    /// One status change with its notes and who made it.
    #[derive(Clone, Debug)]
    pub struct StaffEventRecord {
        pub status: String,
        pub public_note: Option<String>,
        pub internal_note: Option<String>,
        pub reason: Option<String>,
        pub by: Option<String>,
        pub at: i64,
        pub photo_ids: Vec<i64>,
    }

    /// One line of the audit log.
    #[derive(Clone, Debug)]
    pub struct AuditRecord {
        pub at: i64,
        pub who: String,
        pub action: String,
        pub sr_number: Option<String>,
        pub detail: String,
    }

    /// A service type as the report form needs it, before translation.
    #[derive(Clone, Debug)]
    pub struct ServiceTypeDetail {
        pub code: String,
        pub name: String,
        pub description: String,
        pub division: String,
        pub sla_amount: u32,
        pub sla_unit: String,
        pub photo_policy: String,
        pub ownership_check: bool,
        pub questions: Vec<QuestionDetail>,
    }

    /// One Open311 attribute, as the form asks it.
    #[derive(Clone, Debug)]
    pub struct QuestionDetail {
        pub code: String,
        pub datatype: String,
        pub required: bool,
        pub question: String,
        /// `(key, name)` for list datatypes.
        pub choices: Vec<(String, String)>,
    }

    /// A stored report draft.
    #[derive(Clone, Debug)]
    pub struct DraftRecord {
        pub id: String,
        pub service: ServiceTypeDetail,
        pub answers: crate::report::DraftAnswers,
        pub photos: Vec<DraftPhoto>,
        pub nearby: Vec<NearbyRequest>,
        /// How many reported the followed request, when the resident chose "me too".
        pub followed_reporters: Option<i64>,
        pub sr_number: Option<String>,
        pub expected_at: Option<i64>,
    }

    /// A photo of a draft.
    #[derive(Clone, Debug)]
    pub struct DraftPhoto {
        pub id: i64,
        pub gps: Option<(f64, f64)>,
    }

    /// An open request of the same type near a draft's location.
    #[derive(Clone, Debug)]
    pub struct NearbyRequest {
        pub sr_number: String,
        pub status: String,
        pub filed_at: i64,
        pub distance_m: f64,
        /// The original reporter plus everyone who followed it.
        pub reporters: i64,
        pub address: Option<String>,
    }

    /// A gazetteer match.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PlaceMatch {
        pub name: String,
        /// `street`, `intersection` or `place`.
        pub kind: String,
        pub latitude: f64,
        pub longitude: f64,
    }

    /// A service type as the directory shows it, before translation.
    #[derive(Clone, Debug)]
    pub struct ServiceTypeSummary {
        pub code: String,
        pub group_code: String,
        pub group_name: String,
        pub name: String,
        pub description: String,
        pub keywords: Vec<String>,
        pub division: String,
        pub sla_amount: u32,
        /// `hours`, `calendar_days` or `business_days`.
        pub sla_unit: String,
    }

    /// What the status page shows of a request: never the reporter's contact details.
    #[derive(Clone, Debug)]
    pub struct RequestHistory {
        pub sr_number: String,
        pub service_code: String,
        pub service_name: String,
        pub division: String,
        pub status: String,
        pub filed_at: i64,
        pub expected_at: i64,
        pub address: Option<String>,
        pub ward: Option<(i64, String)>,
        /// The original reporter plus residents who followed it ("me too").
        pub reporters: i64,
        /// Ids of the request's photos, served at `/photos/{id}`.
        pub photo_ids: Vec<i64>,
        /// The complaint waiting for an answer: its due time and whether it was escalated.
        pub open_complaint: Option<(i64, bool)>,
        pub events: Vec<HistoryEvent>,
    }

    /// One status change on the timeline.
    #[derive(Clone, Debug)]
    pub struct HistoryEvent {
        pub status: String,
        pub public_note: Option<String>,
        pub at: i64,
        /// Photos staff attached, served at `/event-photos/{id}`.
        pub photo_ids: Vec<i64>,
    }

    /// A failure inside the backend. Details go to the log; the user sees a generic message.
    #[derive(Debug, thiserror::Error)]
    #[error("{0}")]
    pub struct BackendError(pub String);

    /// The backend as provided in context.
    #[derive(Clone)]
    pub struct Backend(pub Arc<dyn PortalBackend>);

    /// The backend provided by the server for this request.
    pub fn use_backend() -> Result<Arc<dyn PortalBackend>, ServerFnError> {
        use_context::<Backend>()
            .map(|backend| backend.0)
            .ok_or_else(|| ServerFnError::new("the portal backend is not configured"))
    }
}
