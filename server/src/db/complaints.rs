//! Complaints about requests, and their escalation when their SLA passes unanswered.

use sqlx::Row;

use super::{
    now,
    outbox::{notify_subscribers, request_params, MessageKind},
    requests::request_id,
    Db, DbError,
};

/// The timeline entries complaints add to a request's history.
pub const EVENT_COMPLAINT: &str = "complaint";
pub const EVENT_ESCALATED: &str = "escalated";

/// A complaint that is neither answered nor escalated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenComplaint {
    pub due_at: i64,
    pub escalated: bool,
}

impl Db {
    /// Files a complaint and puts it on the request's timeline. Returns `false` for an unknown
    /// SR number.
    pub async fn file_complaint(
        &self,
        sr_number: &str,
        kind: &str,
        details: &str,
        contact_email: Option<&str>,
        due_at: i64,
    ) -> Result<bool, DbError> {
        let at = now();
        let mut tx = self.pool.begin().await?;
        let Some(request_id) = request_id(&mut tx, sr_number).await? else {
            tx.rollback().await?;
            return Ok(false);
        };
        sqlx::query(
            "INSERT INTO complaints (service_request_id, kind, details, contact_email, created_at,
                 due_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(request_id)
        .bind(kind)
        .bind(details)
        .bind(contact_email)
        .bind(at)
        .bind(due_at)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO status_events (service_request_id, status, created_at) VALUES ($1, $2, $3)",
        )
        .bind(request_id)
        .bind(EVENT_COMPLAINT)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The request's complaint still waiting for an answer, if any.
    pub async fn open_complaint(&self, sr_number: &str) -> Result<Option<OpenComplaint>, DbError> {
        let row = sqlx::query(
            "SELECT c.due_at, c.escalated_at FROM complaints c
             JOIN service_requests r ON r.id = c.service_request_id
             WHERE r.sr_number = $1 AND c.answered_at IS NULL
             ORDER BY c.id DESC LIMIT 1",
        )
        .bind(sr_number)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| {
            let escalated: Option<i64> = row.try_get("escalated_at")?;
            Ok(OpenComplaint {
                due_at: row.try_get("due_at")?,
                escalated: escalated.is_some(),
            })
        })
        .transpose()
        .map_err(|e: sqlx::Error| DbError::from(e))
    }

    /// Escalates every complaint whose SLA passed unanswered; returns how many. Each is claimed
    /// by one update, so several server instances never escalate one twice.
    pub async fn escalate_overdue_complaints(&self) -> Result<u64, DbError> {
        let at = now();
        let due: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT id, service_request_id FROM complaints
             WHERE due_at < $1 AND answered_at IS NULL AND escalated_at IS NULL",
        )
        .bind(at)
        .fetch_all(&self.pool)
        .await?;
        let mut escalated = 0;
        for (complaint_id, request_id) in due {
            let mut tx = self.pool.begin().await?;
            let claimed = sqlx::query(
                "UPDATE complaints SET escalated_at = $1 WHERE id = $2 AND escalated_at IS NULL",
            )
            .bind(at)
            .bind(complaint_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if claimed == 1 {
                sqlx::query(
                    "INSERT INTO status_events (service_request_id, status, created_at)
                     VALUES ($1, $2, $3)",
                )
                .bind(request_id)
                .bind(EVENT_ESCALATED)
                .bind(at)
                .execute(&mut *tx)
                .await?;
                sqlx::query(
                    "INSERT INTO audit_log (action, sr_number, detail, created_at)
                     SELECT 'escalation', sr_number, 'complaint SLA passed', $1
                     FROM service_requests WHERE id = $2",
                )
                .bind(at)
                .bind(request_id)
                .execute(&mut *tx)
                .await?;
                let params = request_params(&mut tx, request_id).await?;
                notify_subscribers(&mut tx, request_id, MessageKind::Escalated, &params).await?;
                escalated += 1;
            }
            tx.commit().await?;
        }
        Ok(escalated)
    }
}
