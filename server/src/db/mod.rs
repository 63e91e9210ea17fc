//! The database: one sqlx `Any` pool over SQLite or PostgreSQL, with per-backend migrations.
//!
//! Queries are written once in the SQL both backends accept (`$1` placeholders, `ON CONFLICT`,
//! `RETURNING`, Unix-second timestamps), so each lives in one place.

pub mod api_keys;
pub mod catalogue;
pub mod chat;
pub mod complaints;
pub mod drafts;
pub mod outbox;
pub mod requests;
pub mod staff;
pub mod subscriptions;

use std::time::Duration;

use sqlx::{
    any::{install_default_drivers, AnyPoolOptions},
    AnyPool, Executor,
};

use crate::config::DatabaseUrl;

/// Which database server is behind the pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A failure talking to the database.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("cannot create the data directory '{path}' for DATABASE_URL: {source}")]
    DataDirectory {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot open the database {url} (DATABASE_URL): {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error("database migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database query failed: {0}")]
    Query(#[from] sqlx::Error),
}

/// A connection pool plus the backend it talks to.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
}

impl Db {
    /// Connects, creating the SQLite file and its folder when needed.
    pub async fn connect(database: &DatabaseUrl) -> Result<Self, DbError> {
        install_default_drivers();
        let connect_error = |source| DbError::Connect {
            url: database.redacted(),
            source,
        };
        let options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(5));
        let (pool, backend) = match database {
            DatabaseUrl::Sqlite { url, file } => {
                if let Some(folder) = file.as_ref().and_then(|f| f.parent()) {
                    std::fs::create_dir_all(folder).map_err(|source| DbError::DataDirectory {
                        path: folder.display().to_string(),
                        source,
                    })?;
                }
                let pool = options
                    .max_connections(8)
                    .after_connect(|connection, _| {
                        Box::pin(async move {
                            // First, so that the pragmas below wait for a lock too.
                            connection.execute("PRAGMA busy_timeout = 5000").await?;
                            // WAL lets readers continue while a request is being written.
                            connection.execute("PRAGMA journal_mode = WAL").await?;
                            connection.execute("PRAGMA foreign_keys = ON").await?;
                            Ok(())
                        })
                    })
                    .connect(url)
                    .await
                    .map_err(connect_error)?;
                (pool, Backend::Sqlite)
            }
            DatabaseUrl::Postgres { url } => {
                let pool = options
                    .max_connections(16)
                    .connect(url)
                    .await
                    .map_err(connect_error)?;
                (pool, Backend::Postgres)
            }
        };
        Ok(Self { pool, backend })
    }

    /// Applies the backend's pending migrations.
    pub async fn migrate(&self) -> Result<(), DbError> {
        match self.backend {
            Backend::Sqlite => {
                sqlx::migrate!("./migrations/sqlite")
                    .run(&self.pool)
                    .await?
            }
            Backend::Postgres => {
                sqlx::migrate!("./migrations/postgres")
                    .run(&self.pool)
                    .await?
            }
        }
        Ok(())
    }

    /// A transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`): a deferred one that reads first fails with "database is locked"
    /// instead of waiting when another connection writes in between.
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, DbError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    /// Whether the database answers a trivial query.
    pub async fn is_reachable(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }
}

/// The current time as Unix seconds.
pub fn now() -> i64 {
    crate::clock::now()
}
