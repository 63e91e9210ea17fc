//! Fresh databases for tests: a temporary SQLite file, or a new PostgreSQL database on the
//! machine's server (`CIVIC311_TEST_POSTGRES_URL`, default `postgres://127.0.0.1:5432/test`).

#![allow(dead_code)]

use std::sync::atomic::{AtomicU32, Ordering};

use civic311::{catalogue::Catalogue, config::DatabaseUrl, db::Db};
use sqlx::{Connection, Executor, PgConnection};

/// The PostgreSQL server tests create their databases on.
pub fn postgres_base_url() -> String {
    std::env::var("CIVIC311_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://127.0.0.1:5432/test".to_string())
}

/// A database that lives as long as the test.
pub struct TestDatabase {
    pub url: DatabaseUrl,
    _sqlite_dir: Option<tempfile::TempDir>,
}

impl TestDatabase {
    /// A new SQLite file in a temporary folder.
    pub fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("temporary folder");
        let raw = format!("sqlite://{}/civic311.db", dir.path().display());
        Self {
            url: DatabaseUrl::parse(&raw).expect("valid URL"),
            _sqlite_dir: Some(dir),
        }
    }

    /// A new, empty PostgreSQL database.
    pub async fn postgres() -> Self {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "civic311_test_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst),
            rand::random::<u32>()
        );
        let base = postgres_base_url();
        let mut admin = PgConnection::connect(&base)
            .await
            .unwrap_or_else(|e| panic!("PostgreSQL at {base} is needed for these tests: {e}"));
        admin
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create test database");
        let mut url = url::Url::parse(&base).expect("valid base URL");
        url.set_path(&name);
        Self {
            url: DatabaseUrl::parse(url.as_str()).expect("valid URL"),
            _sqlite_dir: None,
        }
    }

    /// Connected and migrated.
    pub async fn open(&self) -> Db {
        let db = Db::connect(&self.url).await.expect("connect");
        db.migrate().await.expect("migrate");
        db
    }

    /// Connected, migrated and loaded with the shipped catalogue.
    pub async fn open_with_catalogue(&self) -> Db {
        let db = self.open().await;
        db.import_catalogue(&shipped_catalogue())
            .await
            .expect("import");
        db
    }
}

/// The catalogue file in the repository.
pub fn shipped_catalogue() -> Catalogue {
    Catalogue::load(&repo_path("server/seed/catalogue.toml")).expect("shipped catalogue")
}

/// A path relative to the repository root.
pub fn repo_path(relative: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

/// Defines `mod $name { sqlite, postgres }`, running the async fn `$name` on each backend with
/// a fresh [`TestDatabase`].
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident) => {
        mod $name {
            #[tokio::test]
            async fn sqlite() {
                super::$name($crate::support::TestDatabase::sqlite()).await;
            }

            #[tokio::test]
            async fn postgres() {
                super::$name($crate::support::TestDatabase::postgres().await).await;
            }
        }
    };
}
