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
    port: u16,
    database_url: String,
    env: Vec<(String, String)>,
}

impl RunningServer {
    pub fn start(database: &TestDatabase) -> Self {
        Self::start_with(database, &[])
    }

    /// Starts with extra environment variables, e.g. to turn on the test clock.
    pub fn start_with(database: &TestDatabase, env: &[(&str, &str)]) -> Self {
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Self::start_on(database.url.url().to_string(), env)
    }

    /// Starts from async code.
    pub async fn spawn(database: &TestDatabase, env: &[(&str, &str)]) -> Self {
        let url = database.url.url().to_string();
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        tokio::task::spawn_blocking(move || Self::start_on(url, env))
            .await
            .expect("server start-up thread")
    }

    /// [`Self::restart`] from async code.
    pub async fn restarted(mut self) -> Self {
        tokio::task::spawn_blocking(move || {
            self.restart();
            self
        })
        .await
        .expect("server restart thread")
    }

    fn start_on(database_url: String, env: Vec<(String, String)>) -> Self {
        let site = tempfile::tempdir().unwrap();
        std::fs::create_dir(site.path().join("pkg")).unwrap();
        std::fs::write(
            site.path().join("pkg/civic311.css"),
            "body { color: black; }\n".repeat(100),
        )
        .unwrap();
        let port = free_port();
        let child = Self::spawn_process(site.path(), port, &database_url, &env);
        let mut server = Self {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
            _site: site,
            port,
            database_url,
            env,
        };
        server.wait_until_healthy();
        server
    }

    fn spawn_process(
        site: &std::path::Path,
        port: u16,
        database_url: &str,
        env: &[(String, String)],
    ) -> Child {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(site.join("server.log"))
            .unwrap();
        civic311()
            .env("DATABASE_URL", database_url)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("LEPTOS_SITE_ROOT", site)
            .env("LEPTOS_HASH_FILES", "false")
            .env("CIVIC311_MAIL_DIR", site.join("mail"))
            .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start civic311")
    }

    /// Starts the server again after [`Self::kill`], on the same port, database and settings.
    pub fn restart(&mut self) {
        self.kill();
        self.child =
            Self::spawn_process(self._site.path(), self.port, &self.database_url, &self.env);
        self.wait_until_healthy();
    }

    /// Where the server writes email when no SMTP server is configured.
    pub fn mail_dir(&self) -> std::path::PathBuf {
        self._site.path().join("mail")
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

    pub fn log(&self) -> String {
        std::fs::read_to_string(self._site.path().join("server.log")).unwrap_or_default()
    }

    /// Kills the server without warning, as a crash or power cut would.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
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

/// Runs `civic311 user create` with `password` on standard input.
pub fn create_staff_user(
    database: &TestDatabase,
    role: &str,
    email: &str,
    password: &str,
) -> (bool, String) {
    use std::io::Write;
    let mut child = civic311()
        .args(["user", "create", "--role", role, "--email", email])
        .env("DATABASE_URL", database.url.url())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run civic311 user create");
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    let output = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

/// A page's markup without its scripts (which carry every message of the language, for
/// hydration) and without Fluent's isolation marks: what assertions about shown text need.
pub fn visible_text(html: &str) -> String {
    let mut shown = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        shown.push_str(&rest[..start]);
        rest = rest[start..]
            .find("</script>")
            .map_or("", |end| &rest[start + end + "</script>".len()..]);
    }
    shown.push_str(rest);
    shown
        .replace(['\u{2068}', '\u{2069}'], "")
        .replace("&amp;", "&")
}

/// Files a pothole through Open311 at `lat`, `long`; returns its SR number.
pub async fn file_pothole(base: &str, api_key: &str, lat: &str, long: &str) -> String {
    let filed: serde_json::Value = post_form(
        &reqwest::Client::new(),
        &format!("{base}/open311/v2/requests.json"),
        &[
            ("api_key", api_key),
            ("service_code", "pothole"),
            ("lat", lat),
            ("long", long),
            ("attribute[size]", "large"),
            ("email", "resident@example.org"),
        ],
    )
    .await
    .json()
    .await
    .unwrap();
    filed[0]["service_request_id"]
        .as_str()
        .unwrap_or_else(|| panic!("not filed: {filed}"))
        .to_string()
}

/// A browser that keeps no cookies by itself: each request names its session.
pub struct Staff {
    pub client: reqwest::Client,
    base: String,
    pub cookie: Option<String>,
}

impl Staff {
    pub fn new(base: &str) -> Self {
        Self {
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: base.to_string(),
            cookie: None,
        }
    }

    /// Signs in; returns where the server sent the browser.
    pub async fn sign_in(&mut self, email: &str, password: &str) -> String {
        let response = post_form(
            &self.client,
            &format!("{}/staff/login", self.base),
            &[("email", email), ("password", password)],
        )
        .await;
        if let Some(cookie) = response.headers().get("set-cookie") {
            let cookie = cookie.to_str().unwrap().to_string();
            assert!(cookie.contains("HttpOnly"), "{cookie}");
            assert!(cookie.contains("SameSite=Strict"), "{cookie}");
            self.cookie = Some(cookie.split(';').next().unwrap().to_string());
        }
        response.headers()["location"].to_str().unwrap().to_string()
    }

    pub async fn get(&self, path: &str) -> (reqwest::StatusCode, Option<String>, String) {
        let mut request = self.client.get(format!("{}{path}", self.base));
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        let response = request.send().await.unwrap();
        let location = response
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_string());
        (response.status(), location, response.text().await.unwrap())
    }

    pub async fn post(
        &self,
        path: &str,
        form: &[(&str, &str)],
    ) -> (reqwest::StatusCode, Option<String>) {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let mut request = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        let response = request.send().await.unwrap();
        let location = response
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_string());
        (response.status(), location)
    }

    /// The CSRF token the staff pages' forms carry, if this session may see any.
    pub async fn csrf(&self) -> Option<String> {
        let (_, _, page) = self.get("/staff/audit").await;
        let (_, _, queue) = self.get("/staff").await;
        [page, queue].iter().find_map(|html| {
            html.split("name=\"csrf\" value=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .map(str::to_string)
        })
    }
}

/// The Python that runs the test helpers installed by `.ci/install-tools --browser`.
pub fn test_python() -> String {
    std::env::var("CIVIC311_TEST_PYTHON").unwrap_or_else(|_| {
        format!(
            "{}/.cache/civic311/venv/bin/python",
            std::env::var("HOME").unwrap_or_default()
        )
    })
}

/// A real SMTP server (Python's aiosmtpd) that files each message it accepts in a Maildir.
pub struct SmtpServer {
    child: Option<Child>,
    pub port: u16,
    maildir: tempfile::TempDir,
}

impl SmtpServer {
    /// Starts on a free port.
    pub fn start() -> Self {
        let mut server = Self::stopped();
        server.resume();
        server
    }

    /// Not running yet: messages sent to `url()` are refused until [`Self::resume`].
    pub fn stopped() -> Self {
        Self {
            child: None,
            port: free_port(),
            maildir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Starts (again) on the same port and Maildir.
    pub fn resume(&mut self) {
        assert!(self.child.is_none(), "already running");
        let python = test_python();
        let child = Command::new(&python)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{}", self.port))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(self.maildir.path().join("mail"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot run {python} (install it with .ci/install-tools --browser): {e}")
            });
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(Instant::now() < deadline, "aiosmtpd did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Kills the server: connections are refused until it is resumed.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Every message received so far, oldest first.
    pub fn messages(&self) -> Vec<ReceivedMail> {
        let folder = self.maildir.path().join("mail/new");
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort_by_key(|path| std::fs::metadata(path).and_then(|m| m.modified()).ok());
        files
            .iter()
            .map(|path| ReceivedMail::parse(&std::fs::read(path).unwrap()))
            .collect()
    }

    /// Waits until `count` messages have arrived, and returns them all.
    pub async fn wait_for(&self, count: usize, within: Duration) -> Vec<ReceivedMail> {
        wait_for_count(count, within, "emails", || self.messages()).await
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Polls `fetch` until it returns at least `count` items, and returns them; fails after
/// `within`, showing what did arrive.
async fn wait_for_count<T: std::fmt::Debug>(
    count: usize,
    within: Duration,
    what: &str,
    fetch: impl Fn() -> Vec<T>,
) -> Vec<T> {
    let deadline = Instant::now() + within;
    loop {
        let items = fetch();
        if items.len() >= count {
            return items;
        }
        assert!(
            Instant::now() < deadline,
            "{count} {what} expected, {} arrived: {items:#?}",
            items.len()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// An email as the SMTP server received it, decoded.
#[derive(Clone, Debug)]
pub struct ReceivedMail {
    pub to: String,
    pub subject: String,
    pub message_id: String,
    pub content_language: String,
    pub list_unsubscribe: String,
    pub body: String,
}

impl ReceivedMail {
    fn parse(raw: &[u8]) -> Self {
        use mailparse::MailHeaderMap;
        let mail = mailparse::parse_mail(raw).expect("a well-formed email");
        let header = |name: &str| mail.headers.get_first_value(name).unwrap_or_default();
        Self {
            to: header("To"),
            subject: header("Subject"),
            message_id: header("Message-ID"),
            content_language: header("Content-Language"),
            list_unsubscribe: header("List-Unsubscribe"),
            body: mail.get_body().expect("a text body").replace("\r\n", "\n"),
        }
    }

    /// The one-time code in the body.
    pub fn code(&self, sr_number: &str) -> String {
        one_time_code(&self.body, sr_number)
    }
}

/// The six-digit code in a message about request `sr_number` (whose digits are not it).
pub fn one_time_code(text: &str, sr_number: &str) -> String {
    text.replace(sr_number, " ")
        .split(|c: char| !c.is_ascii_digit())
        .find(|run| run.len() == 6)
        .unwrap_or_else(|| panic!("no code in {text}"))
        .to_string()
}

/// A stand-in for a Twilio-compatible SMS API on a local port. It records every attempt, and
/// refuses them with 503 while `down` is set.
pub struct FakeSmsProvider {
    pub base_url: String,
    pub received: std::sync::Arc<std::sync::Mutex<Vec<FakeSms>>>,
    pub down: std::sync::Arc<std::sync::atomic::AtomicBool>,
    task: tokio::task::JoinHandle<()>,
}

/// One call to the fake SMS API.
#[derive(Clone, Debug)]
pub struct FakeSms {
    pub to: String,
    pub from: String,
    pub body: String,
    pub idempotency_key: String,
    pub accepted: bool,
}

pub const SMS_ACCOUNT: &str = "ACtest";
pub const SMS_TOKEN: &str = "test-auth-token";

impl FakeSmsProvider {
    pub async fn start() -> Self {
        use axum::{
            extract::{Path, State},
            http::{HeaderMap, StatusCode},
            routing::post,
            Json, Router,
        };
        type Shared = (
            std::sync::Arc<std::sync::Mutex<Vec<FakeSms>>>,
            std::sync::Arc<std::sync::atomic::AtomicBool>,
        );
        async fn messages(
            State((received, down)): State<Shared>,
            Path(account): Path<String>,
            headers: HeaderMap,
            body: String,
        ) -> (StatusCode, Json<serde_json::Value>) {
            use base64::Engine;
            let expected = format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD
                    .encode(format!("{SMS_ACCOUNT}:{SMS_TOKEN}"))
            );
            let authorized = headers.get("authorization").and_then(|v| v.to_str().ok())
                == Some(expected.as_str());
            if account != SMS_ACCOUNT || !authorized {
                return (
                    StatusCode::UNAUTHORIZED,
                    Json(serde_json::json!({"code": 20003, "message": "Authenticate"})),
                );
            }
            let form: Vec<(String, String)> = serde_urlencoded::from_str(&body).unwrap();
            let field = |name: &str| {
                form.iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_default()
            };
            let accepted = !down.load(std::sync::atomic::Ordering::SeqCst);
            let mut received = received.lock().unwrap();
            received.push(FakeSms {
                to: field("To"),
                from: field("From"),
                body: field("Body"),
                idempotency_key: headers
                    .get("idempotency-key")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default()
                    .to_string(),
                accepted,
            });
            if accepted {
                let sid = format!("SM{:032}", received.len());
                (
                    StatusCode::CREATED,
                    Json(serde_json::json!({ "sid": sid, "status": "queued" })),
                )
            } else {
                (
                    StatusCode::SERVICE_UNAVAILABLE,
                    Json(serde_json::json!({"message": "try later"})),
                )
            }
        }
        let received = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let down = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let app = Router::new()
            .route(
                "/2010-04-01/Accounts/{account}/Messages.json",
                post(messages),
            )
            .with_state((received.clone(), down.clone()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}", listener.local_addr().unwrap());
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Self {
            base_url,
            received,
            down,
            task,
        }
    }

    /// The settings that point a server at this provider.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("CIVIC311_SMS_API_URL", self.base_url.clone()),
            ("CIVIC311_SMS_ACCOUNT_SID", SMS_ACCOUNT.to_string()),
            ("CIVIC311_SMS_AUTH_TOKEN", SMS_TOKEN.to_string()),
            ("CIVIC311_SMS_FROM", "+14165550100".to_string()),
        ]
    }

    /// The messages it accepted.
    pub fn accepted(&self) -> Vec<FakeSms> {
        self.received
            .lock()
            .unwrap()
            .iter()
            .filter(|sms| sms.accepted)
            .cloned()
            .collect()
    }

    /// Waits until `count` messages were accepted, and returns them.
    pub async fn wait_for(&self, count: usize, within: Duration) -> Vec<FakeSms> {
        wait_for_count(count, within, "accepted text messages", || self.accepted()).await
    }
}

impl Drop for FakeSmsProvider {
    fn drop(&mut self) {
        self.task.abort();
    }
}
