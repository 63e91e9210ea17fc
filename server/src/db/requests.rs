//! Service request queries.

use sqlx::Row;

use super::{Db, DbError};

/// What is needed to file a service request.
#[derive(Clone, Debug, Default)]
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
    /// Answers to the service type's attributes, as a JSON object.
    pub attributes_json: String,
    pub media_url: Option<String>,
    pub address_id: Option<String>,
    pub device_id: Option<String>,
    pub account_id: Option<String>,
    /// The Open311 token returned to API clients.
    pub token: Option<String>,
    /// Where the request came from: `web`, `open311`, `chat` or `demo`.
    pub source: String,
    pub api_key_id: Option<i64>,
}

/// The identity of a filed request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FiledRequest {
    pub id: i64,
    pub sr_number: String,
}

/// The status every new request starts in.
pub const STATUS_RECEIVED: &str = "received";

/// A filed request as the API and status pages show it: no contact details.
#[derive(Clone, Debug, PartialEq)]
pub struct PublicRequest {
    pub sr_number: String,
    pub status: String,
    pub status_notes: Option<String>,
    pub service_code: String,
    pub service_name: String,
    pub division: String,
    pub description: String,
    pub requested_at: i64,
    pub updated_at: i64,
    pub expected_at: i64,
    pub address: Option<String>,
    pub address_id: Option<String>,
    pub ward: Option<i64>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub media_url: Option<String>,
    pub token: Option<String>,
}

/// Which requests to list, newest first.
#[derive(Clone, Debug, Default)]
pub struct RequestFilter {
    pub sr_numbers: Vec<String>,
    pub service_codes: Vec<String>,
    /// Inclusive lower bound on the filing time.
    pub start: Option<i64>,
    /// Inclusive upper bound on the filing time.
    pub end: Option<i64>,
    pub statuses: Vec<String>,
    pub limit: i64,
    pub offset: i64,
}

const PUBLIC_COLUMNS: &str = "r.sr_number, r.status, r.service_code, t.name AS service_name,
    t.division, r.description, r.created_at, r.updated_at, r.sla_due_at, r.address, r.address_id,
    r.ward, r.latitude, r.longitude, r.media_url, r.token,
    (SELECT e.public_note FROM status_events e
      WHERE e.service_request_id = r.id AND e.public_note IS NOT NULL
      ORDER BY e.created_at DESC, e.id DESC LIMIT 1) AS status_notes";

fn public_request(row: &sqlx::any::AnyRow) -> Result<PublicRequest, sqlx::Error> {
    Ok(PublicRequest {
        sr_number: row.try_get("sr_number")?,
        status: row.try_get("status")?,
        status_notes: row.try_get("status_notes")?,
        service_code: row.try_get("service_code")?,
        service_name: row.try_get("service_name")?,
        division: row.try_get("division")?,
        description: row.try_get("description")?,
        requested_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        expected_at: row.try_get("sla_due_at")?,
        address: row.try_get("address")?,
        address_id: row.try_get("address_id")?,
        ward: row.try_get("ward")?,
        latitude: row.try_get("latitude")?,
        longitude: row.try_get("longitude")?,
        media_url: row.try_get("media_url")?,
        token: row.try_get("token")?,
    })
}

/// `$first, $first+1, …` for `count` values.
pub(crate) fn placeholders(first: usize, count: usize) -> String {
    (first..first + count)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

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
                 idempotency_key, created_at, updated_at, sla_due_at, attributes_json, media_url,
                 address_id, device_id, account_id, token, source, api_key_id)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15, $16,
                 $17, $18, $19, $20, $21, $22, $23)
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
        .bind(if request.attributes_json.is_empty() {
            "{}"
        } else {
            &request.attributes_json
        })
        .bind(&request.media_url)
        .bind(&request.address_id)
        .bind(&request.device_id)
        .bind(&request.account_id)
        .bind(&request.token)
        .bind(if request.source.is_empty() {
            "web"
        } else {
            &request.source
        })
        .bind(request.api_key_id)
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

impl Db {
    /// One request by SR number, without contact details.
    pub async fn public_request(&self, sr_number: &str) -> Result<Option<PublicRequest>, DbError> {
        let sql = format!(
            "SELECT {PUBLIC_COLUMNS} FROM service_requests r
             JOIN service_types t ON t.service_code = r.service_code WHERE r.sr_number = $1"
        );
        let row = sqlx::query(&sql)
            .bind(sr_number)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(public_request).transpose()?)
    }

    /// The SR number issued for an Open311 token.
    pub async fn sr_number_for_token(&self, token: &str) -> Result<Option<String>, DbError> {
        Ok(
            sqlx::query_scalar("SELECT sr_number FROM service_requests WHERE token = $1")
                .bind(token)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Requests matching every given filter, newest first.
    pub async fn list_public_requests(
        &self,
        filter: &RequestFilter,
    ) -> Result<Vec<PublicRequest>, DbError> {
        let mut conditions = Vec::new();
        let mut next = 1;
        let mut list_condition = |column: &str, count: usize, conditions: &mut Vec<String>| {
            if count > 0 {
                conditions.push(format!("{column} IN ({})", placeholders(next, count)));
                next += count;
            }
        };
        list_condition("r.sr_number", filter.sr_numbers.len(), &mut conditions);
        list_condition(
            "r.service_code",
            filter.service_codes.len(),
            &mut conditions,
        );
        list_condition("r.status", filter.statuses.len(), &mut conditions);
        if filter.start.is_some() {
            conditions.push(format!("r.created_at >= ${next}"));
            next += 1;
        }
        if filter.end.is_some() {
            conditions.push(format!("r.created_at <= ${next}"));
            next += 1;
        }
        let where_clause = if conditions.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", conditions.join(" AND "))
        };
        let sql = format!(
            "SELECT {PUBLIC_COLUMNS} FROM service_requests r
             JOIN service_types t ON t.service_code = r.service_code
             {where_clause} ORDER BY r.created_at DESC, r.id DESC LIMIT ${next} OFFSET ${}",
            next + 1
        );
        let mut query = sqlx::query(&sql);
        for value in filter
            .sr_numbers
            .iter()
            .chain(&filter.service_codes)
            .chain(&filter.statuses)
        {
            query = query.bind(value);
        }
        for bound in [filter.start, filter.end].into_iter().flatten() {
            query = query.bind(bound);
        }
        let rows = query
            .bind(filter.limit)
            .bind(filter.offset)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(public_request).collect::<Result<_, _>>()?)
    }
}

/// One status change as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusEventRecord {
    pub status: String,
    pub public_note: Option<String>,
    pub created_at: i64,
    /// Photos staff attached, served at `/event-photos/{id}`.
    pub photo_ids: Vec<i64>,
}

impl Db {
    /// A request's status changes, oldest first; internal notes stay out.
    pub async fn public_events(&self, sr_number: &str) -> Result<Vec<StatusEventRecord>, DbError> {
        let rows: Vec<(i64, String, Option<String>, i64)> = sqlx::query_as(
            "SELECT e.id, e.status, e.public_note, e.created_at FROM status_events e
             JOIN service_requests r ON r.id = e.service_request_id
             WHERE r.sr_number = $1 ORDER BY e.created_at, e.id",
        )
        .bind(sr_number)
        .fetch_all(&self.pool)
        .await?;
        let photos: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT p.status_event_id, p.id FROM event_photos p
             JOIN status_events e ON e.id = p.status_event_id
             JOIN service_requests r ON r.id = e.service_request_id
             WHERE r.sr_number = $1 ORDER BY p.id",
        )
        .bind(sr_number)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, status, public_note, created_at)| StatusEventRecord {
                status,
                public_note,
                created_at,
                photo_ids: photos
                    .iter()
                    .filter(|(event, _)| *event == id)
                    .map(|(_, photo)| *photo)
                    .collect(),
            })
            .collect())
    }
}

/// The database id of request `sr_number`, inside the caller's transaction.
pub(crate) async fn request_id(
    conn: &mut sqlx::AnyConnection,
    sr_number: &str,
) -> Result<Option<i64>, DbError> {
    Ok(
        sqlx::query_scalar("SELECT id FROM service_requests WHERE sr_number = $1")
            .bind(sr_number)
            .fetch_optional(conn)
            .await?,
    )
}
