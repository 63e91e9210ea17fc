//! Catalogue queries: import from the data file, and what the pages list.

use app::catalogue::ServiceGroup;
use sqlx::Row;

use super::{Db, DbError};
use crate::catalogue::{AttributeEntry, Catalogue, Sla, SlaUnit};

/// Counts of what an import wrote.
#[derive(Debug, PartialEq, Eq)]
pub struct ImportSummary {
    pub groups: usize,
    pub services: usize,
    pub retired: u64,
}

impl Db {
    /// Whether no service type has been loaded yet.
    pub async fn catalogue_is_empty(&self) -> Result<bool, DbError> {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM service_types")
            .fetch_one(&self.pool)
            .await?;
        Ok(count == 0)
    }

    /// Inserts or updates every group and service type of the file in one transaction.
    /// Types missing from the file are retired, not deleted, because requests refer to them.
    pub async fn import_catalogue(&self, catalogue: &Catalogue) -> Result<ImportSummary, DbError> {
        let mut tx = self.pool.begin().await?;
        for (order, group) in catalogue.groups.iter().enumerate() {
            sqlx::query(
                "INSERT INTO service_groups (code, name, sort_order) VALUES ($1, $2, $3)
                 ON CONFLICT (code) DO UPDATE SET name = excluded.name, sort_order = excluded.sort_order",
            )
            .bind(&group.code)
            .bind(&group.name)
            .bind(order as i64)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("UPDATE service_types SET active = 0")
            .execute(&mut *tx)
            .await?;
        for (order, service) in catalogue.services.iter().enumerate() {
            let attributes_json =
                serde_json::to_string(&service.attributes).expect("attributes are plain data");
            sqlx::query(
                "INSERT INTO service_types (service_code, group_code, name, description, keywords,
                     division, sla_amount, sla_unit, photo_policy, ownership_check, attributes_json,
                     active, sort_order, completion_photo)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, $12, $13)
                 ON CONFLICT (service_code) DO UPDATE SET
                     group_code = excluded.group_code, name = excluded.name,
                     description = excluded.description, keywords = excluded.keywords,
                     division = excluded.division, sla_amount = excluded.sla_amount,
                     sla_unit = excluded.sla_unit, photo_policy = excluded.photo_policy,
                     ownership_check = excluded.ownership_check,
                     completion_photo = excluded.completion_photo,
                     attributes_json = excluded.attributes_json, active = 1,
                     sort_order = excluded.sort_order",
            )
            .bind(&service.code)
            .bind(&service.group)
            .bind(&service.name)
            .bind(&service.description)
            .bind(service.keywords.join(","))
            .bind(&service.division)
            .bind(i64::from(service.sla.amount))
            .bind(service.sla.unit.as_str())
            .bind(service.photos.as_str())
            .bind(i64::from(service.ownership_check))
            .bind(attributes_json)
            .bind(order as i64)
            .bind(i64::from(service.completion_photo))
            .execute(&mut *tx)
            .await?;
        }
        let retired: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM service_types WHERE active = 0")
                .fetch_one(&mut *tx)
                .await?;
        tx.commit().await?;
        Ok(ImportSummary {
            groups: catalogue.groups.len(),
            services: catalogue.services.len(),
            retired: retired as u64,
        })
    }

    /// Groups that have at least one active service type, in catalogue order.
    pub async fn service_groups(&self) -> Result<Vec<ServiceGroup>, DbError> {
        let rows = sqlx::query(
            "SELECT g.code, g.name, COUNT(t.service_code) AS service_count
             FROM service_groups g
             JOIN service_types t ON t.group_code = g.code AND t.active = 1
             GROUP BY g.code, g.name, g.sort_order
             ORDER BY g.sort_order",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(ServiceGroup {
                    code: row.try_get("code")?,
                    name: row.try_get("name")?,
                    service_count: row.try_get("service_count")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(DbError::from)
    }
}

impl Db {
    /// The SLA of an active service type, if it exists.
    pub async fn service_sla(&self, service_code: &str) -> Result<Option<Sla>, DbError> {
        let row = sqlx::query(
            "SELECT sla_amount, sla_unit FROM service_types WHERE service_code = $1 AND active = 1",
        )
        .bind(service_code)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let amount: i64 = row.try_get("sla_amount")?;
        let unit: String = row.try_get("sla_unit")?;
        Ok(SlaUnit::parse(&unit).map(|unit| Sla {
            amount: u32::try_from(amount).unwrap_or(u32::MAX),
            unit,
        }))
    }
}

/// A service type as stored, with its group's name.
#[derive(Debug)]
pub struct ServiceTypeRecord {
    pub service_code: String,
    pub group_code: String,
    pub group_name: String,
    pub name: String,
    pub description: String,
    pub keywords: Vec<String>,
    pub division: String,
    pub sla: Option<Sla>,
    pub photo_policy: String,
    pub ownership_check: bool,
    pub attributes: Vec<AttributeEntry>,
}

const SERVICE_TYPE_COLUMNS: &str = "t.service_code, t.group_code, g.name AS group_name, t.name,
    t.description, t.keywords, t.division, t.sla_amount, t.sla_unit, t.photo_policy,
    t.ownership_check, t.attributes_json";

fn service_type_record(row: &sqlx::any::AnyRow) -> Result<ServiceTypeRecord, sqlx::Error> {
    let keywords: String = row.try_get("keywords")?;
    let attributes_json: String = row.try_get("attributes_json")?;
    let amount: i64 = row.try_get("sla_amount")?;
    let unit: String = row.try_get("sla_unit")?;
    let ownership_check: i64 = row.try_get("ownership_check")?;
    Ok(ServiceTypeRecord {
        service_code: row.try_get("service_code")?,
        group_code: row.try_get("group_code")?,
        group_name: row.try_get("group_name")?,
        name: row.try_get("name")?,
        description: row.try_get("description")?,
        keywords: keywords
            .split(',')
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .collect(),
        division: row.try_get("division")?,
        sla: SlaUnit::parse(&unit).map(|unit| Sla {
            amount: u32::try_from(amount).unwrap_or(u32::MAX),
            unit,
        }),
        photo_policy: row.try_get("photo_policy")?,
        ownership_check: ownership_check != 0,
        attributes: serde_json::from_str(&attributes_json)
            .map_err(|e| sqlx::Error::Decode(Box::new(e)))?,
    })
}

impl Db {
    /// Active service types in catalogue order.
    pub async fn service_types(&self) -> Result<Vec<ServiceTypeRecord>, DbError> {
        let sql = format!(
            "SELECT {SERVICE_TYPE_COLUMNS} FROM service_types t
             JOIN service_groups g ON g.code = t.group_code
             WHERE t.active = 1 ORDER BY g.sort_order, t.sort_order"
        );
        let rows = sqlx::query(&sql).fetch_all(&self.pool).await?;
        Ok(rows
            .iter()
            .map(service_type_record)
            .collect::<Result<_, _>>()?)
    }

    /// One active service type.
    pub async fn service_type(&self, code: &str) -> Result<Option<ServiceTypeRecord>, DbError> {
        let sql = format!(
            "SELECT {SERVICE_TYPE_COLUMNS} FROM service_types t
             JOIN service_groups g ON g.code = t.group_code
             WHERE t.active = 1 AND t.service_code = $1"
        );
        let row = sqlx::query(&sql)
            .bind(code)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.as_ref().map(service_type_record).transpose()?)
    }
}
