//! Fresh databases for tests: a temporary SQLite file, or a new PostgreSQL database on the
//! machine's server (`CIVIC311_TEST_POSTGRES_URL`, default `postgres://127.0.0.1:5432/test`).

#![allow(dead_code)]

use std::{
    net::TcpListener,
    process::{Child, Command, Stdio},
    sync::atomic::{AtomicU32, Ordering},
    time::{Duration, Instant},
};

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

/// The binary under test, run from the repository root with a clean environment.
pub fn civic311() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_civic311"));
    command
        .current_dir(repo_path(""))
        .env_remove("DATABASE_URL")
        .env_remove("RUST_LOG")
        .env("RUST_BACKTRACE", "1");
    command
}

/// A running server on a free port with its own site folder and database.
pub struct RunningServer {
    child: Child,
    pub base_url: String,
    _site: tempfile::TempDir,
}

impl RunningServer {
    pub fn start(database: &TestDatabase) -> Self {
        let site = tempfile::tempdir().unwrap();
        std::fs::create_dir(site.path().join("pkg")).unwrap();
        std::fs::write(
            site.path().join("pkg/civic311.css"),
            "body { color: black; }\n".repeat(100),
        )
        .unwrap();
        let port = free_port();
        let child = civic311()
            .env("DATABASE_URL", database.url.url())
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_SITE_ROOT", site.path())
            .env("LEPTOS_HASH_FILES", "false")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(site.path().join("server.log")).unwrap())
            .spawn()
            .expect("start civic311");
        let mut server = Self {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
            _site: site,
        };
        server.wait_until_healthy();
        server
    }

    fn wait_until_healthy(&mut self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("civic311 exited with {status}:\n{}", self.log());
            }
            if status_of(&format!("{}/healthz", self.base_url)) == Some(200) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!(
            "civic311 did not become healthy within 30 s:\n{}",
            self.log()
        );
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self._site.path().join("server.log")).unwrap_or_default()
    }

    pub fn sigterm(&mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        assert!(Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success());
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "civic311 ignored SIGTERM");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("--- civic311 log ---\n{}", self.log());
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The status of a GET, from synchronous code.
fn status_of(url: &str) -> Option<u16> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    runtime.block_on(async { Some(reqwest::get(url).await.ok()?.status().as_u16()) })
}

/// Starts the binary from async code; the database is handed back so it outlives the server.
pub async fn start_server(database: TestDatabase) -> (RunningServer, TestDatabase) {
    tokio::task::spawn_blocking(move || (RunningServer::start(&database), database))
        .await
        .expect("server start-up thread")
}

/// Issues an API key with `civic311 api-key create`, returning the last line it prints.
pub fn create_api_key(database: &TestDatabase, name: &str) -> String {
    let output = civic311()
        .args(["api-key", "create", "--name", name])
        .env("DATABASE_URL", database.url.url())
        .stdin(Stdio::null())
        .output()
        .expect("run civic311 api-key create");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    stdout
        .lines()
        .last()
        .expect("the key is printed")
        .trim()
        .to_string()
}

/// Posts `form` URL-encoded, as an HTML form or an Open311 client does.
pub async fn post_form(
    client: &reqwest::Client,
    url: &str,
    form: &[(&str, &str)],
) -> reqwest::Response {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish();
    client
        .post(url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap()
}
