//! Service request queries.

use sqlx::Row;

use super::{Db, DbError};

/// What is needed to file a service request.
#[derive(Clone, Debug)]
pub struct NewServiceRequest {
    pub service_code: String,
    pub description: String,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub address: Option<String>,
    pub ward: Option<i64>,
    pub locale: String,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// A key chosen by the client; the same key always yields the same request.
    pub idempotency_key: Option<String>,
    pub created_at: i64,
    pub sla_due_at: i64,
}

/// The identity of a filed request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FiledRequest {
    pub id: i64,
    pub sr_number: String,
}

/// The status every new request starts in.
pub const STATUS_RECEIVED: &str = "received";

impl Db {
    /// Files a request with the next SR number of its year and a first "received" event.
    ///
    /// The counter row is written first so the transaction holds the write lock from its first
    /// statement: concurrent submissions queue instead of failing, and a retry with the same
    /// idempotency key sees the first one's row and gets its SR number back.
    pub async fn file_service_request(
        &self,
        request: &NewServiceRequest,
    ) -> Result<FiledRequest, DbError> {
        let year = i64::from(
            time::OffsetDateTime::from_unix_timestamp(request.created_at)
                .map(|t| t.year())
                .unwrap_or(1970),
        );
        let mut tx = self.pool.begin().await?;
        let sequence: i64 = sqlx::query_scalar(
            "INSERT INTO sr_number_sequences (year, last_value) VALUES ($1, 1)
             ON CONFLICT (year) DO UPDATE SET last_value = sr_number_sequences.last_value + 1
             RETURNING last_value",
        )
        .bind(year)
        .fetch_one(&mut *tx)
        .await?;
        if let Some(key) = &request.idempotency_key {
            let existing = sqlx::query(
                "SELECT id, sr_number FROM service_requests WHERE idempotency_key = $1",
            )
            .bind(key)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(row) = existing {
                tx.rollback().await?;
                return Ok(FiledRequest {
                    id: row.try_get("id")?,
                    sr_number: row.try_get("sr_number")?,
                });
            }
        }
        let sr_number = format!("{year}-{sequence:06}");
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO service_requests (sr_number, service_code, status, description, latitude,
                 longitude, address, ward, locale, contact_name, contact_email, contact_phone,
                 idempotency_key, created_at, updated_at, sla_due_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15)
             RETURNING id",
        )
        .bind(&sr_number)
        .bind(&request.service_code)
        .bind(STATUS_RECEIVED)
        .bind(&request.description)
        .bind(request.latitude)
        .bind(request.longitude)
        .bind(&request.address)
        .bind(request.ward)
        .bind(&request.locale)
        .bind(&request.contact_name)
        .bind(&request.contact_email)
        .bind(&request.contact_phone)
        .bind(&request.idempotency_key)
        .bind(request.created_at)
        .bind(request.sla_due_at)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO status_events (service_request_id, status, created_at) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(STATUS_RECEIVED)
        .bind(request.created_at)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(FiledRequest { id, sr_number })
    }

    /// How many service requests exist.
    pub async fn service_request_count(&self) -> Result<i64, DbError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM service_requests")
            .fetch_one(&self.pool)
            .await?)
    }

    /// The statuses of a request, oldest first.
    pub async fn status_history(&self, sr_number: &str) -> Result<Vec<String>, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT e.status FROM status_events e
             JOIN service_requests r ON r.id = e.service_request_id
             WHERE r.sr_number = $1 ORDER BY e.created_at, e.id",
        )
        .bind(sr_number)
        .fetch_all(&self.pool)
        .await?)
    }
}
