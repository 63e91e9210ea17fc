//! Staff accounts, sessions, failed sign-ins, status changes by staff, and the audit log.

use app::{
    backend::{AuditRecord, QueueRecord, StaffEventRecord, StaffRecord, StaffRequestRecord},
    staff::{QueueFilter, Role},
    status::Status,
};
use sqlx::Row;

use super::{
    api_keys::hash_key,
    now,
    outbox::{notify_subscribers, request_params, MessageKind},
    Db, DbError,
};

/// Complaints of request `r` that wait for an answer.
const OPEN_COMPLAINTS: &str =
    "SELECT 1 FROM complaints c WHERE c.service_request_id = r.id AND c.answered_at IS NULL";

/// How long a staff session lasts.
pub const SESSION_SECONDS: i64 = 12 * 3600;

/// An account as sign-in needs it.
#[derive(Clone, Debug)]
pub struct LoginAccount {
    pub id: i64,
    pub password_hash: String,
}

/// A status change made by staff.
#[derive(Clone, Debug)]
pub struct StatusChange {
    pub status: Status,
    pub public_note: Option<String>,
    pub internal_note: Option<String>,
    pub reason: Option<String>,
    /// A photo of the finished work, already re-encoded.
    pub photo: Option<std::sync::Arc<crate::photos::StoredPhoto>>,
}

impl Db {
    /// Whether marking request `sr_number` Completed needs a photo; `None` if it is unknown.
    pub async fn needs_completion_photo(&self, sr_number: &str) -> Result<Option<bool>, DbError> {
        let needs: Option<i64> = sqlx::query_scalar(
            "SELECT t.completion_photo FROM service_requests r
             JOIN service_types t ON t.service_code = r.service_code WHERE r.sr_number = $1",
        )
        .bind(sr_number)
        .fetch_optional(&self.pool)
        .await?;
        Ok(needs.map(|needs| needs != 0))
    }

    /// A photo staff attached to a status change.
    pub async fn event_photo(&self, id: i64) -> Result<Option<Vec<u8>>, DbError> {
        Ok(
            sqlx::query_scalar("SELECT bytes FROM event_photos WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    pub async fn create_staff_user(
        &self,
        email: &str,
        name: &str,
        role: Role,
        division: Option<&str>,
        password_hash: &str,
    ) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "INSERT INTO staff_users (email, display_name, role, division, password_hash, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(email)
        .bind(name)
        .bind(role.as_str())
        .bind(division)
        .bind(password_hash)
        .bind(now())
        .fetch_one(&self.pool)
        .await?)
    }

    /// The enabled account with this email.
    pub async fn login_account(&self, email: &str) -> Result<Option<LoginAccount>, DbError> {
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT id, password_hash FROM staff_users WHERE email = $1 AND disabled_at IS NULL",
        )
        .bind(email)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(id, password_hash)| LoginAccount { id, password_hash }))
    }

    /// Failed sign-ins for `email` since `since`.
    pub async fn recent_login_failures(&self, email: &str, since: i64) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM login_failures WHERE email = $1 AND created_at >= $2",
        )
        .bind(email)
        .bind(since)
        .fetch_one(&self.pool)
        .await?)
    }

    pub async fn record_login_failure(&self, email: &str) -> Result<(), DbError> {
        sqlx::query("INSERT INTO login_failures (email, created_at) VALUES ($1, $2)")
            .bind(email)
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Starts a session; returns the cookie's token.
    pub async fn create_session(&self, staff_user_id: i64) -> Result<String, DbError> {
        let token = hex::encode(rand::random::<[u8; 32]>());
        let at = now();
        sqlx::query(
            "INSERT INTO staff_sessions (token_hash, staff_user_id, csrf_token, created_at, expires_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(hash_key(&token))
        .bind(staff_user_id)
        .bind(hex::encode(rand::random::<[u8; 32]>()))
        .bind(at)
        .bind(at + SESSION_SECONDS)
        .execute(&self.pool)
        .await?;
        Ok(token)
    }

    /// The staff member of a live session.
    pub async fn staff_by_session(&self, token: &str) -> Result<Option<StaffRecord>, DbError> {
        let row = sqlx::query(
            "SELECT u.id, u.display_name, u.email, u.role, u.division, s.csrf_token
             FROM staff_sessions s JOIN staff_users u ON u.id = s.staff_user_id
             WHERE s.token_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL",
        )
        .bind(hash_key(token))
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let role: String = row.try_get("role")?;
        Ok(Role::parse(&role)
            .map(|role| -> Result<StaffRecord, sqlx::Error> {
                Ok(StaffRecord {
                    id: row.try_get("id")?,
                    name: row.try_get("display_name")?,
                    email: row.try_get("email")?,
                    role,
                    division: row.try_get("division")?,
                    csrf_token: row.try_get("csrf_token")?,
                })
            })
            .transpose()?)
    }

    pub async fn end_session(&self, token: &str) -> Result<(), DbError> {
        sqlx::query("DELETE FROM staff_sessions WHERE token_hash = $1")
            .bind(hash_key(token))
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn audit(
        &self,
        staff_user_id: Option<i64>,
        action: &str,
        sr_number: Option<&str>,
        detail: &str,
    ) -> Result<(), DbError> {
        sqlx::query(
            "INSERT INTO audit_log (staff_user_id, action, sr_number, detail, created_at)
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(staff_user_id)
        .bind(action)
        .bind(sr_number)
        .bind(detail)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn audit_log(&self, limit: i64) -> Result<Vec<AuditRecord>, DbError> {
        let rows = sqlx::query(
            "SELECT a.created_at, COALESCE(u.email, '') AS who, a.action, a.sr_number, a.detail
             FROM audit_log a LEFT JOIN staff_users u ON u.id = a.staff_user_id
             ORDER BY a.created_at DESC, a.id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AuditRecord {
                    at: row.try_get("created_at")?,
                    who: row.try_get("who")?,
                    action: row.try_get("action")?,
                    sr_number: row.try_get("sr_number")?,
                    detail: row.try_get("detail")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DbError::from)
    }

    /// Changes a request's status, records the event and audits it, all in one transaction.
    /// Returns `false` for an unknown SR number.
    pub async fn change_status(
        &self,
        sr_number: &str,
        change: &StatusChange,
        staff_user_id: i64,
    ) -> Result<bool, DbError> {
        let at = now();
        let mut tx = self.pool.begin().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "UPDATE service_requests SET status = $1, updated_at = $2 WHERE sr_number = $3
             RETURNING id",
        )
        .bind(change.status.as_str())
        .bind(at)
        .bind(sr_number)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else {
            tx.rollback().await?;
            return Ok(false);
        };
        let event_id: i64 = sqlx::query_scalar(
            "INSERT INTO status_events (service_request_id, status, public_note, internal_note,
                 closure_reason, staff_user_id, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(id)
        .bind(change.status.as_str())
        .bind(&change.public_note)
        .bind(&change.internal_note)
        .bind(&change.reason)
        .bind(staff_user_id)
        .bind(at)
        .fetch_one(&mut *tx)
        .await?;
        if let Some(photo) = &change.photo {
            sqlx::query(
                "INSERT INTO event_photos (status_event_id, content_type, bytes, width, height,
                     created_at)
                 VALUES ($1, 'image/jpeg', $2, $3, $4, $5)",
            )
            .bind(event_id)
            .bind(photo.jpeg.clone())
            .bind(i64::from(photo.width))
            .bind(i64::from(photo.height))
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        let mut params = request_params(&mut tx, id).await?;
        params.insert("status".into(), change.status.as_str().into());
        if let Some(note) = &change.public_note {
            params.insert("note".into(), note.as_str().into());
        }
        notify_subscribers(&mut tx, id, MessageKind::Status, &params).await?;
        let detail = match &change.reason {
            Some(reason) => format!("{} ({reason})", change.status.as_str()),
            None => change.status.as_str().to_string(),
        };
        // Staff acting on the request answers the complaints waiting on it.
        sqlx::query(
            "UPDATE complaints SET answered_at = $1
             WHERE service_request_id = $2 AND answered_at IS NULL",
        )
        .bind(at)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO audit_log (staff_user_id, action, sr_number, detail, created_at)
             VALUES ($1, 'status-change', $2, $3, $4)",
        )
        .bind(staff_user_id)
        .bind(sr_number)
        .bind(detail)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The divisions of active service types.
    pub async fn divisions(&self) -> Result<Vec<String>, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT division FROM service_types WHERE active = 1 ORDER BY division",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// Requests matching the queue filter, the soonest due first.
    pub async fn staff_queue(
        &self,
        filter: &QueueFilter,
        at: i64,
    ) -> Result<Vec<QueueRecord>, DbError> {
        let mut conditions = vec!["1 = 1".to_string()];
        if filter.complaints {
            conditions.push(format!("EXISTS ({OPEN_COMPLAINTS})"));
        }
        let mut next = 1;
        let mut condition = |sql: &str| {
            conditions.push(sql.replace('?', &format!("${next}")));
            next += 1;
        };
        let ward: Option<i64> = filter.ward.trim().parse().ok();
        if !filter.division.is_empty() {
            condition("t.division = ?");
        }
        if ward.is_some() {
            condition("r.ward = ?");
        }
        if !filter.status.is_empty() {
            condition("r.status = ?");
        }
        let open: Vec<&str> = Status::all_where(false).map(Status::as_str).collect();
        if filter.overdue {
            condition("r.sla_due_at < ?");
            conditions.push(format!(
                "r.status IN ({})",
                super::requests::placeholders(next, open.len())
            ));
        }
        let sql = format!(
            "SELECT r.sr_number, r.service_code, t.name AS service_name, t.division, r.ward,
                 r.status, r.created_at, r.sla_due_at,
                 (SELECT MIN(c.due_at) FROM complaints c
                   WHERE c.service_request_id = r.id AND c.answered_at IS NULL) AS complaint_due,
                 (SELECT COUNT(*) FROM complaints c WHERE c.service_request_id = r.id
                   AND c.answered_at IS NULL AND c.escalated_at IS NOT NULL) AS escalated
             FROM service_requests r JOIN service_types t ON t.service_code = r.service_code
             WHERE {} ORDER BY {} r.sla_due_at, r.id LIMIT 500",
            conditions.join(" AND "),
            if filter.complaints {
                "complaint_due,"
            } else {
                ""
            }
        );
        let mut query = sqlx::query(&sql);
        if !filter.division.is_empty() {
            query = query.bind(&filter.division);
        }
        if let Some(ward) = ward {
            query = query.bind(ward);
        }
        if !filter.status.is_empty() {
            query = query.bind(&filter.status);
        }
        if filter.overdue {
            query = query.bind(at);
            for status in &open {
                query = query.bind(*status);
            }
        }
        let rows = query.fetch_all(&self.pool).await?;
        rows.iter()
            .map(|row| {
                let status: String = row.try_get("status")?;
                let expected_at: i64 = row.try_get("sla_due_at")?;
                let closed = Status::parse(&status).is_some_and(Status::is_closed);
                Ok(QueueRecord {
                    sr_number: row.try_get("sr_number")?,
                    service_code: row.try_get("service_code")?,
                    service_name: row.try_get("service_name")?,
                    division: row.try_get("division")?,
                    ward: row.try_get("ward")?,
                    overdue: !closed && expected_at < at,
                    complaint_due: row.try_get("complaint_due")?,
                    complaint_escalated: row.try_get::<i64, _>("escalated")? > 0,
                    status,
                    filed_at: row.try_get("created_at")?,
                    expected_at,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DbError::from)
    }

    /// Everything staff see of a request.
    pub async fn staff_request(
        &self,
        sr_number: &str,
    ) -> Result<Option<StaffRequestRecord>, DbError> {
        let row = sqlx::query(
            "SELECT r.id, r.sr_number, r.service_code, t.name AS service_name, t.division,
                 r.status, r.description, r.address, r.contact_name, r.contact_email,
                 r.contact_phone, r.sla_due_at, t.completion_photo
             FROM service_requests r JOIN service_types t ON t.service_code = r.service_code
             WHERE r.sr_number = $1",
        )
        .bind(sr_number)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let id: i64 = row.try_get("id")?;
        let contact: Vec<String> = ["contact_name", "contact_email", "contact_phone"]
            .into_iter()
            .filter_map(|column| row.try_get::<Option<String>, _>(column).ok().flatten())
            .collect();
        let photos: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT p.status_event_id, p.id FROM event_photos p
             JOIN status_events e ON e.id = p.status_event_id
             WHERE e.service_request_id = $1 ORDER BY p.id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let events = sqlx::query(
            "SELECT e.id, e.status, e.public_note, e.internal_note, e.closure_reason, u.email,
                 e.created_at
             FROM status_events e LEFT JOIN staff_users u ON u.id = e.staff_user_id
             WHERE e.service_request_id = $1 ORDER BY e.created_at, e.id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|event| {
            let event_id: i64 = event.try_get("id")?;
            Ok(StaffEventRecord {
                photo_ids: photos
                    .iter()
                    .filter(|(event, _)| *event == event_id)
                    .map(|(_, photo)| *photo)
                    .collect(),
                status: event.try_get("status")?,
                public_note: event.try_get("public_note")?,
                internal_note: event.try_get("internal_note")?,
                reason: event.try_get("closure_reason")?,
                by: event.try_get("email")?,
                at: event.try_get("created_at")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        Ok(Some(StaffRequestRecord {
            sr_number: row.try_get("sr_number")?,
            service_code: row.try_get("service_code")?,
            service_name: row.try_get("service_name")?,
            division: row.try_get("division")?,
            status: row.try_get("status")?,
            description: row.try_get("description")?,
            address: row.try_get("address")?,
            contact,
            expected_at: row.try_get("sla_due_at")?,
            completion_photo: row.try_get::<i64, _>("completion_photo")? != 0,
            events,
        }))
    }
}
