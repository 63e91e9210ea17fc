//! Report drafts, their photos, and "me too" followers of existing requests.

use app::{report::DraftAnswers, status::Status};
use sqlx::Row;

use super::{now, requests::FiledRequest, Db, DbError};
use crate::photos::StoredPhoto;

/// A stored draft.
#[derive(Clone, Debug)]
pub struct DraftRow {
    pub id: String,
    pub service_code: String,
    pub locale: String,
    pub answers: DraftAnswers,
    pub sr_number: Option<String>,
}

/// A photo's id and the GPS position of its original.
#[derive(Clone, Debug, PartialEq)]
pub struct PhotoRow {
    pub id: i64,
    pub gps: Option<(f64, f64)>,
}

/// An open request near a point.
#[derive(Clone, Debug)]
pub struct NearbyRow {
    pub sr_number: String,
    pub status: String,
    pub created_at: i64,
    pub distance_m: f64,
    pub reporters: i64,
    pub address: Option<String>,
}

/// A new draft's id: 128 random bits, which make it unguessable.
pub fn new_draft_id() -> String {
    hex::encode(rand::random::<[u8; 16]>())
}

fn decode_answers(json: &str) -> Result<DraftAnswers, sqlx::Error> {
    serde_json::from_str(json).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

impl Db {
    pub async fn create_draft(
        &self,
        id: &str,
        service_code: &str,
        locale: &str,
        answers: &DraftAnswers,
    ) -> Result<(), DbError> {
        let at = now();
        sqlx::query(
            "INSERT INTO report_drafts (id, service_code, locale, state_json, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $5)",
        )
        .bind(id)
        .bind(service_code)
        .bind(locale)
        .bind(serde_json::to_string(answers).expect("plain data"))
        .bind(at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn draft(&self, id: &str) -> Result<Option<DraftRow>, DbError> {
        let row = sqlx::query(
            "SELECT id, service_code, locale, state_json, sr_number FROM report_drafts WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let state: String = row.try_get("state_json")?;
        Ok(Some(DraftRow {
            id: row.try_get("id")?,
            service_code: row.try_get("service_code")?,
            locale: row.try_get("locale")?,
            answers: decode_answers(&state)?,
            sr_number: row.try_get("sr_number")?,
        }))
    }

    /// Replaces what the draft holds; a submitted draft is left as it was.
    pub async fn save_draft_answers(
        &self,
        id: &str,
        answers: &DraftAnswers,
    ) -> Result<(), DbError> {
        sqlx::query(
            "UPDATE report_drafts SET state_json = $1, updated_at = $2
             WHERE id = $3 AND sr_number IS NULL",
        )
        .bind(serde_json::to_string(answers).expect("plain data"))
        .bind(now())
        .bind(id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Stores a photo unless the draft already has `limit`; returns its id, or `None` when full.
    pub async fn add_draft_photo(
        &self,
        draft_id: &str,
        photo: &StoredPhoto,
        limit: usize,
    ) -> Result<Option<i64>, DbError> {
        let mut tx = self.pool.begin().await?;
        // Touching the draft first takes its write lock, so two uploads cannot both pass the
        // count below.
        sqlx::query("UPDATE report_drafts SET updated_at = $1 WHERE id = $2")
            .bind(now())
            .bind(draft_id)
            .execute(&mut *tx)
            .await?;
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM photos WHERE draft_id = $1")
            .bind(draft_id)
            .fetch_one(&mut *tx)
            .await?;
        if count >= limit as i64 {
            tx.rollback().await?;
            return Ok(None);
        }
        let (lat, long) = photo.gps.unzip();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO photos (draft_id, content_type, bytes, width, height, gps_latitude,
                 gps_longitude, created_at)
             VALUES ($1, 'image/jpeg', $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(draft_id)
        .bind(photo.jpeg.clone())
        .bind(i64::from(photo.width))
        .bind(i64::from(photo.height))
        .bind(lat)
        .bind(long)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(id))
    }

    pub async fn draft_photos(&self, draft_id: &str) -> Result<Vec<PhotoRow>, DbError> {
        let rows = sqlx::query(
            "SELECT id, gps_latitude, gps_longitude FROM photos WHERE draft_id = $1 ORDER BY id",
        )
        .bind(draft_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                let lat: Option<f64> = row.try_get("gps_latitude")?;
                let long: Option<f64> = row.try_get("gps_longitude")?;
                Ok(PhotoRow {
                    id: row.try_get("id")?,
                    gps: lat.zip(long),
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DbError::from)
    }

    /// Removes a photo from a draft that was not submitted yet.
    pub async fn remove_draft_photo(&self, draft_id: &str, photo_id: i64) -> Result<(), DbError> {
        sqlx::query(
            "DELETE FROM photos WHERE id = $1 AND draft_id = $2 AND service_request_id IS NULL",
        )
        .bind(photo_id)
        .bind(draft_id)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// A draft's photo, for the resident who is filling it in.
    pub async fn draft_photo_bytes(
        &self,
        draft_id: &str,
        photo_id: i64,
    ) -> Result<Option<Vec<u8>>, DbError> {
        Ok(
            sqlx::query_scalar("SELECT bytes FROM photos WHERE id = $1 AND draft_id = $2")
                .bind(photo_id)
                .bind(draft_id)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// A photo of a filed request, which anyone may see.
    pub async fn public_photo_bytes(&self, photo_id: i64) -> Result<Option<Vec<u8>>, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT bytes FROM photos WHERE id = $1 AND service_request_id IS NOT NULL",
        )
        .bind(photo_id)
        .fetch_optional(&self.pool)
        .await?)
    }

    /// The photos of a filed request, in the order they were added.
    pub async fn request_photo_ids(&self, sr_number: &str) -> Result<Vec<i64>, DbError> {
        Ok(sqlx::query_scalar(
            "SELECT p.id FROM photos p JOIN service_requests r ON r.id = p.service_request_id
             WHERE r.sr_number = $1 ORDER BY p.id",
        )
        .bind(sr_number)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Records the filed request on the draft and hands it the draft's photos. Safe to repeat.
    pub async fn complete_draft(
        &self,
        draft_id: &str,
        filed: &FiledRequest,
    ) -> Result<(), DbError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE report_drafts SET sr_number = $1, updated_at = $2 WHERE id = $3")
            .bind(&filed.sr_number)
            .bind(now())
            .bind(draft_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE photos SET service_request_id = $1 WHERE draft_id = $2")
            .bind(filed.id)
            .bind(draft_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Open requests of `service_code` within `radius_m` of a point, nearest first.
    pub async fn nearby_open_requests(
        &self,
        service_code: &str,
        latitude: f64,
        longitude: f64,
        radius_m: f64,
    ) -> Result<Vec<NearbyRow>, DbError> {
        use geo::{Distance, Haversine, Point};
        // A bounding box narrows the rows; the exact distance is measured below.
        let dlat = radius_m / 111_000.0;
        let dlong = radius_m / (111_000.0 * latitude.to_radians().cos().max(0.01));
        let open: Vec<&str> = Status::all_where(false).map(Status::as_str).collect();
        let status_list = super::requests::placeholders(7, open.len());
        let sql = format!(
            "SELECT r.sr_number, r.status, r.created_at, r.latitude, r.longitude, r.address,
                 (SELECT COUNT(*) FROM request_followers f WHERE f.service_request_id = r.id)
                     AS followers
             FROM service_requests r
             WHERE r.service_code = $1 AND r.latitude BETWEEN $2 AND $3
                 AND r.longitude BETWEEN $4 AND $5 AND r.created_at <= $6
                 AND r.status IN ({status_list})"
        );
        let mut query = sqlx::query(&sql)
            .bind(service_code)
            .bind(latitude - dlat)
            .bind(latitude + dlat)
            .bind(longitude - dlong)
            .bind(longitude + dlong)
            .bind(now());
        for status in &open {
            query = query.bind(*status);
        }
        let here = Point::new(longitude, latitude);
        let mut found = Vec::new();
        for row in query.fetch_all(&self.pool).await? {
            let lat: f64 = row.try_get("latitude")?;
            let long: f64 = row.try_get("longitude")?;
            let distance_m = Haversine.distance(here, Point::new(long, lat));
            if distance_m > radius_m {
                continue;
            }
            let followers: i64 = row.try_get("followers")?;
            found.push(NearbyRow {
                sr_number: row.try_get("sr_number")?,
                status: row.try_get("status")?,
                created_at: row.try_get("created_at")?,
                distance_m,
                reporters: followers + 1,
                address: row.try_get("address")?,
            });
        }
        found.sort_by(|a, b| a.distance_m.total_cmp(&b.distance_m));
        found.truncate(5);
        Ok(found)
    }

    /// Adds the draft's resident to a request's followers (once per draft); returns how many
    /// have now reported it, counting the original reporter.
    pub async fn follow_request(
        &self,
        draft_id: &str,
        sr_number: &str,
    ) -> Result<Option<i64>, DbError> {
        let Some(request_id): Option<i64> =
            sqlx::query_scalar("SELECT id FROM service_requests WHERE sr_number = $1")
                .bind(sr_number)
                .fetch_optional(&self.pool)
                .await?
        else {
            return Ok(None);
        };
        sqlx::query(
            "INSERT INTO request_followers (service_request_id, draft_id, created_at)
             VALUES ($1, $2, $3) ON CONFLICT (draft_id) DO NOTHING",
        )
        .bind(request_id)
        .bind(draft_id)
        .bind(now())
        .execute(&self.pool)
        .await?;
        Ok(Some(self.reporter_count(request_id).await?))
    }

    /// The original reporter plus everyone who followed the request.
    pub async fn reporters_of(&self, sr_number: &str) -> Result<Option<i64>, DbError> {
        let id: Option<i64> =
            sqlx::query_scalar("SELECT id FROM service_requests WHERE sr_number = $1")
                .bind(sr_number)
                .fetch_optional(&self.pool)
                .await?;
        match id {
            Some(id) => Ok(Some(self.reporter_count(id).await?)),
            None => Ok(None),
        }
    }

    async fn reporter_count(&self, request_id: i64) -> Result<i64, DbError> {
        let followers: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM request_followers WHERE service_request_id = $1",
        )
        .bind(request_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(followers + 1)
    }

    /// The SLA date of a filed request.
    pub async fn expected_at(&self, sr_number: &str) -> Result<Option<i64>, DbError> {
        Ok(
            sqlx::query_scalar("SELECT sla_due_at FROM service_requests WHERE sr_number = $1")
                .bind(sr_number)
                .fetch_optional(&self.pool)
                .await?,
        )
    }
}
