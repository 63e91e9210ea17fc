//! API keys for Open311 clients. Only a hash of each key is stored.

use sha2::{Digest, Sha256};

use super::{now, Db, DbError};

/// Who holds an API key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiClient {
    pub id: i64,
    pub name: String,
}

/// The stored form of a key.
pub fn hash_key(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

impl Db {
    /// Issues a new key for `name` and returns it; it cannot be recovered later.
    pub async fn create_api_key(&self, name: &str) -> Result<String, DbError> {
        let key = format!("c311_{}", hex::encode(rand::random::<[u8; 32]>()));
        sqlx::query("INSERT INTO api_keys (name, key_hash, created_at) VALUES ($1, $2, $3)")
            .bind(name)
            .bind(hash_key(&key))
            .bind(now())
            .execute(&self.pool)
            .await?;
        Ok(key)
    }

    /// The client holding a key, if the key exists and is not revoked.
    pub async fn api_client(&self, key: &str) -> Result<Option<ApiClient>, DbError> {
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT id, name FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL",
        )
        .bind(hash_key(key))
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(id, name)| ApiClient { id, name }))
    }
}
