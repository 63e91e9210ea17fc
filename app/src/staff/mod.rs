//! The staff side: sign-in, the division console under `/staff`, and the audit log.
//!
//! Pages check the session on the server before showing anything; every form post is checked
//! again by `server/src/http/staff.rs`, with the session's CSRF token.

mod pages;

use serde::{Deserialize, Serialize};

pub(crate) use pages::{access_view, page_title, StaffBar};
pub use pages::{AuditPage, LoginPage, QueuePage, StaffRequestPage};
#[cfg(feature = "ssr")]
pub(crate) use ssr::{admit, denied};

use crate::status::Status;

/// The name of the staff session cookie.
pub const SESSION_COOKIE: &str = "civic311_session";

/// What a staff account may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    DivisionStaff,
    Agent,
    Councillor,
}

/// The parts of the staff side, each open to some roles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StaffArea {
    /// The queue, a request's detail, and status changes.
    Console,
    /// The audit log of every staff action.
    Audit,
    /// The live-chat console.
    Chat,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Admin,
        Role::DivisionStaff,
        Role::Agent,
        Role::Councillor,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::DivisionStaff => "division_staff",
            Role::Agent => "agent",
            Role::Councillor => "councillor",
        }
    }

    pub fn parse(stored: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.as_str() == stored)
    }

    /// Agents work the chat console and councillors read ward reports; neither changes
    /// requests here.
    pub fn may(self, area: StaffArea) -> bool {
        match area {
            StaffArea::Console => matches!(self, Role::Admin | Role::DivisionStaff),
            StaffArea::Audit => self == Role::Admin,
            StaffArea::Chat => matches!(self, Role::Admin | Role::Agent),
        }
    }
}

/// Why a request was closed; each closing status has its own reasons.
pub const CLOSURE_REASONS: [(Status, &[&str]); 4] = [
    (Status::Completed, &["repaired", "cleaned", "removed"]),
    (
        Status::ClosedReferred,
        &["other-government", "utility-company", "private-property"],
    ),
    (
        Status::ClosedNoAction,
        &["not-found", "already-resolved", "meets-standard"],
    ),
    (Status::ClosedDuplicate, &["duplicate"]),
];

/// Whether `reason` explains closing with `status`.
pub fn reason_fits(status: Status, reason: &str) -> bool {
    CLOSURE_REASONS
        .iter()
        .any(|(closing, reasons)| *closing == status && reasons.contains(&reason))
}

/// The signed-in staff member, as pages show them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffIdentity {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub division: Option<String>,
    pub csrf_token: String,
}

/// A staff page's content, or why it cannot be shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum StaffAccess<T> {
    Granted(T),
    SignIn,
    Forbidden,
}

/// What the queue is filtered by; empty means any.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueFilter {
    pub division: String,
    pub ward: String,
    pub status: String,
    pub overdue: bool,
    /// Only requests with a complaint waiting for an answer.
    #[serde(default)]
    pub complaints: bool,
}

/// One request in the queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub sr_number: String,
    pub service: String,
    pub division: String,
    pub ward: Option<i64>,
    pub status: String,
    pub status_label: String,
    pub filed_on: String,
    pub expected_on: String,
    pub overdue: bool,
    /// "Complaint: answer by …" or "Complaint escalated".
    pub complaint: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueView {
    pub staff: StaffIdentity,
    pub filter: QueueFilter,
    pub divisions: Vec<String>,
    pub rows: Vec<QueueRow>,
    /// `(code, label)` of every status and closing reason, for the bulk change form.
    pub statuses: Vec<(String, String)>,
    pub reasons: Vec<(String, String)>,
    /// What the last bulk change did: the problem, or "3 requests were changed".
    pub bulk_error: Option<String>,
    pub bulk_saved: Option<String>,
    pub bulk_skipped: Option<String>,
}

/// What the last bulk change said, from the queue's URL.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BulkOutcome {
    pub error: String,
    pub saved: String,
    /// How many were left alone because "Completed" needs their own photo.
    pub skipped: String,
}

/// One event of a request's full history, internal notes included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffEvent {
    pub photos: Vec<(String, String)>,
    pub status_label: String,
    pub when: String,
    pub public_note: Option<String>,
    pub internal_note: Option<String>,
    pub reason_label: Option<String>,
    pub by: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffRequestView {
    pub staff: StaffIdentity,
    pub sr_number: String,
    pub service: String,
    pub division: String,
    pub status: String,
    pub status_label: String,
    pub description: String,
    pub address: Option<String>,
    pub contact: Vec<String>,
    pub expected_on: String,
    /// Marking it Completed needs a photo of the finished work.
    pub completion_photo: bool,
    pub events: Vec<StaffEvent>,
    /// `(status, label)` for the status select.
    pub statuses: Vec<(String, String)>,
    /// `(code, label)` for the closure-reason select.
    pub reasons: Vec<(String, String)>,
    pub error: Option<String>,
    pub saved: bool,
    /// Live chats about the request, each as its lines ("who: text").
    #[serde(default)]
    pub transcripts: Vec<Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub when: String,
    pub who: String,
    pub action: String,
    pub sr_number: Option<String>,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditView {
    pub staff: StaffIdentity,
    pub entries: Vec<AuditEntry>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_admins_and_division_staff_work_the_console() {
        assert!(Role::Admin.may(StaffArea::Console));
        assert!(Role::DivisionStaff.may(StaffArea::Console));
        assert!(!Role::Agent.may(StaffArea::Console));
        assert!(!Role::Councillor.may(StaffArea::Console));
        assert!(Role::Admin.may(StaffArea::Audit));
        assert!(!Role::DivisionStaff.may(StaffArea::Audit));
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
    }

    #[test]
    fn every_closing_status_has_reasons_and_open_ones_none() {
        for status in Status::ALL {
            let has = CLOSURE_REASONS.iter().any(|(s, _)| *s == status);
            assert_eq!(has, status.is_closed(), "{status:?}");
        }
        assert!(reason_fits(Status::Completed, "repaired"));
        assert!(!reason_fits(Status::Completed, "duplicate"));
    }
}

use leptos::prelude::*;

/// The queue, for staff who may work it.
#[server]
pub async fn staff_queue(
    filter: QueueFilter,
    bulk: BulkOutcome,
) -> Result<StaffAccess<QueueView>, ServerFnError> {
    ssr::queue(filter, bulk).await
}

/// One request with its full history, for staff who may work it.
#[server]
pub async fn staff_request(
    sr_number: String,
    error: String,
    saved: bool,
) -> Result<StaffAccess<Option<StaffRequestView>>, ServerFnError> {
    ssr::request(&sr_number, &error, saved).await
}

/// The latest staff actions, for admins.
#[server]
pub async fn staff_audit() -> Result<StaffAccess<AuditView>, ServerFnError> {
    ssr::audit().await
}

#[cfg(feature = "ssr")]
mod ssr {
    use leptos::prelude::*;

    use super::*;
    use crate::{
        backend::{use_backend, StaffRecord},
        dates::{self, CityTimeZone, Precision},
    };

    fn unavailable(error: impl std::fmt::Display) -> ServerFnError {
        leptos::logging::error!("staff console: {error}");
        ServerFnError::new("the staff console is unavailable right now")
    }

    /// The session cookie's token, from the request being served.
    fn session_token() -> Option<String> {
        let parts = use_context::<http::request::Parts>()?;
        parts
            .headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|header| header.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == SESSION_COOKIE)
            .map(|(_, value)| value.to_string())
    }

    /// The signed-in staff member, if they may enter `area`.
    pub(crate) async fn admit(
        area: StaffArea,
    ) -> Result<Result<StaffIdentity, StaffAccess<()>>, ServerFnError> {
        let Some(token) = session_token() else {
            return Ok(Err(StaffAccess::SignIn));
        };
        let backend = use_backend()?;
        let Some(staff) = backend
            .staff_by_session(&token)
            .await
            .map_err(unavailable)?
        else {
            return Ok(Err(StaffAccess::SignIn));
        };
        if !staff.role.may(area) {
            return Ok(Err(StaffAccess::Forbidden));
        }
        Ok(Ok(identity(staff)))
    }

    fn identity(staff: StaffRecord) -> StaffIdentity {
        StaffIdentity {
            id: staff.id,
            name: staff.name,
            email: staff.email,
            role: staff.role,
            division: staff.division,
            csrf_token: staff.csrf_token,
        }
    }

    pub(crate) fn denied<T>(access: StaffAccess<()>) -> StaffAccess<T> {
        match access {
            StaffAccess::Forbidden => StaffAccess::Forbidden,
            _ => StaffAccess::SignIn,
        }
    }

    /// `(code, label)` of every status, in workflow order.
    fn status_choices(i18n: &crate::i18n::Localizer) -> Vec<(String, String)> {
        Status::ALL
            .iter()
            .map(|s| {
                (
                    s.as_str().to_string(),
                    i18n.t(&format!("status-{}", s.as_str())),
                )
            })
            .collect()
    }

    /// `(code, label)` of every closing reason.
    fn reason_choices(i18n: &crate::i18n::Localizer) -> Vec<(String, String)> {
        CLOSURE_REASONS
            .iter()
            .flat_map(|(_, reasons)| reasons.iter())
            .map(|reason| {
                (
                    reason.to_string(),
                    i18n.t(&format!("staff-reason-{reason}")),
                )
            })
            .collect()
    }

    pub async fn queue(
        mut filter: QueueFilter,
        bulk: BulkOutcome,
    ) -> Result<StaffAccess<QueueView>, ServerFnError> {
        let staff = match admit(StaffArea::Console).await? {
            Ok(staff) => staff,
            Err(access) => return Ok(denied(access)),
        };
        let backend = use_backend()?;
        let i18n = crate::i18n::request_localizer();
        let zone = expect_context::<CityTimeZone>();
        let lang = i18n.lang().to_string();
        if filter.division.is_empty() {
            filter.division = staff.division.clone().unwrap_or_default();
        }
        let rows = backend
            .staff_queue(&filter, dates::now())
            .await
            .map_err(unavailable)?
            .into_iter()
            .map(|row| QueueRow {
                status_label: i18n.t_or(&format!("status-{}", row.status), &row.status),
                service: i18n.t_or(&format!("service-{}", row.service_code), &row.service_name),
                division: crate::catalogue::division_name(&i18n, &row.division),
                filed_on: dates::format(row.filed_at, &lang, &zone, Precision::Date),
                expected_on: dates::format(row.expected_at, &lang, &zone, Precision::Date),
                overdue: row.overdue,
                complaint: row.complaint_due.map(|due| {
                    if row.complaint_escalated {
                        i18n.t("staff-complaint-escalated")
                    } else {
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("date", dates::format(due, &lang, &zone, Precision::Date));
                        i18n.t_args("staff-complaint-due", &args)
                    }
                }),
                sr_number: row.sr_number,
                ward: row.ward,
                status: row.status,
            })
            .collect();
        let divisions = backend.divisions().await.map_err(unavailable)?;
        let bulk_saved = bulk.saved.parse::<i64>().ok().map(|count| {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("count", count);
            i18n.t_args("staff-bulk-saved", &args)
        });
        let bulk_skipped = bulk
            .skipped
            .parse::<i64>()
            .ok()
            .filter(|n| *n > 0)
            .map(|count| {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("count", count);
                i18n.t_args("staff-bulk-skipped", &args)
            });
        Ok(StaffAccess::Granted(QueueView {
            bulk_skipped,
            staff,
            filter,
            divisions,
            rows,
            statuses: status_choices(&i18n),
            reasons: reason_choices(&i18n),
            bulk_error: (!bulk.error.is_empty())
                .then(|| i18n.t(&format!("staff-error-{}", bulk.error))),
            bulk_saved,
        }))
    }

    pub async fn request(
        sr_number: &str,
        error: &str,
        saved: bool,
    ) -> Result<StaffAccess<Option<StaffRequestView>>, ServerFnError> {
        let staff = match admit(StaffArea::Console).await? {
            Ok(staff) => staff,
            Err(access) => return Ok(denied(access)),
        };
        let backend = use_backend()?;
        let Some(record) = backend
            .staff_request(sr_number)
            .await
            .map_err(unavailable)?
        else {
            crate::shell::set_not_found_status();
            return Ok(StaffAccess::Granted(None));
        };
        let i18n = crate::i18n::request_localizer();
        let zone = expect_context::<CityTimeZone>();
        let lang = i18n.lang().to_string();
        let status_label = |status: &str| i18n.t_or(&format!("status-{status}"), status);
        let reason_label = |reason: &str| i18n.t_or(&format!("staff-reason-{reason}"), reason);
        // Photo problems reuse the messages residents see when they add one.
        let error = (!error.is_empty()).then(|| {
            let staff_id = format!("staff-error-{error}");
            if i18n.has(&staff_id) {
                i18n.t(&staff_id)
            } else {
                i18n.t(&format!("report-error-{error}"))
            }
        });
        let transcripts = backend
            .chat_transcripts(&record.sr_number)
            .await
            .map_err(unavailable)?
            .into_iter()
            .map(|(info, messages)| {
                messages
                    .iter()
                    .map(|message| {
                        let text = crate::chat::message_text(message, &i18n);
                        match message.author {
                            crate::chat::Author::Resident if info.resident_name.is_empty() => {
                                format!("{}: {text}", i18n.t("chat-resident"))
                            }
                            crate::chat::Author::Resident | crate::chat::Author::Agent => {
                                format!("{}: {text}", message.author_name)
                            }
                            crate::chat::Author::System => text,
                        }
                    })
                    .collect()
            })
            .collect();
        Ok(StaffAccess::Granted(Some(StaffRequestView {
            staff,
            sr_number: record.sr_number,
            service: i18n.t_or(
                &format!("service-{}", record.service_code),
                &record.service_name,
            ),
            division: crate::catalogue::division_name(&i18n, &record.division),
            status_label: status_label(&record.status),
            status: record.status,
            description: record.description,
            address: record.address,
            contact: record.contact,
            expected_on: dates::format(record.expected_at, &lang, &zone, Precision::Date),
            completion_photo: record.completion_photo,
            events: record
                .events
                .iter()
                .rev()
                .map(|event| StaffEvent {
                    photos: crate::requests::ssr::event_photos(&i18n, &event.photo_ids),
                    status_label: status_label(&event.status),
                    when: dates::format(event.at, &lang, &zone, Precision::DateTime),
                    public_note: event.public_note.clone(),
                    internal_note: event.internal_note.clone(),
                    reason_label: event.reason.as_deref().map(reason_label),
                    by: event.by.clone(),
                })
                .collect(),
            statuses: status_choices(&i18n),
            reasons: reason_choices(&i18n),
            error,
            saved,
            transcripts,
        })))
    }

    pub async fn audit() -> Result<StaffAccess<AuditView>, ServerFnError> {
        let staff = match admit(StaffArea::Audit).await? {
            Ok(staff) => staff,
            Err(access) => return Ok(denied(access)),
        };
        let backend = use_backend()?;
        let i18n = crate::i18n::request_localizer();
        let zone = expect_context::<CityTimeZone>();
        let lang = i18n.lang().to_string();
        let entries = backend
            .audit_log(200)
            .await
            .map_err(unavailable)?
            .into_iter()
            .map(|entry| AuditEntry {
                when: dates::format(entry.at, &lang, &zone, Precision::DateTime),
                who: entry.who,
                action: i18n.t_or(&format!("staff-action-{}", entry.action), &entry.action),
                sr_number: entry.sr_number,
                detail: entry.detail,
            })
            .collect();
        Ok(StaffAccess::Granted(AuditView { staff, entries }))
    }
}
