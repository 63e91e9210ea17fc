//! The `civic311` binary as an operator and a browser meet it: real processes, real HTTP.

mod support;

use std::{
    net::TcpListener,
    process::{Child, Command, Output, Stdio},
    time::{Duration, Instant},
};

use support::{repo_path, TestDatabase};

fn civic311() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_civic311"));
    command
        .current_dir(repo_path(""))
        .env_remove("DATABASE_URL")
        .env_remove("RUST_LOG")
        .env("RUST_BACKTRACE", "1");
    command
}

fn run(mut command: Command) -> Output {
    command.stdin(Stdio::null()).output().expect("run civic311")
}

/// The failure is one line on stderr, exit code 1, and never a panic.
fn assert_one_line_failure(output: &Output, expected: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "expected one line, got: {stderr}");
    assert!(
        lines[0].contains(expected),
        "expected '{expected}' in: {stderr}"
    );
}

#[test]
fn malformed_database_url_stops_with_one_line() {
    let mut command = civic311();
    command
        .arg("migrate")
        .env("DATABASE_URL", "mysql://nowhere/db");
    assert_one_line_failure(&run(command), "DATABASE_URL is not valid");
}

#[test]
fn unreachable_postgres_stops_with_one_line() {
    let port = free_port();
    let mut command = civic311();
    command.arg("migrate").env(
        "DATABASE_URL",
        format!("postgres://user:secret@127.0.0.1:{port}/city"),
    );
    let output = run(command);
    assert_one_line_failure(&output, "cannot open the database");
    assert!(!String::from_utf8_lossy(&output.stderr).contains("secret"));
}

#[test]
fn unwritable_data_directory_stops_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, "a file where the data folder should be").unwrap();
    let mut command = civic311();
    command.arg("migrate").env(
        "DATABASE_URL",
        format!("sqlite://{}/data/civic311.db", blocker.display()),
    );
    assert_one_line_failure(&run(command), "cannot create the data directory");
}

#[test]
fn bad_site_address_names_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    let mut command = civic311();
    command
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/x.db", dir.path().display()),
        )
        .env("LEPTOS_SITE_ADDR", "localhost-ish");
    assert_one_line_failure(&run(command), "LEPTOS_SITE_ADDR");
}

#[test]
fn seed_loads_demo_requests_once() {
    let database = TestDatabase::sqlite();
    for _ in 0..2 {
        let mut command = civic311();
        command.arg("seed").env("DATABASE_URL", database.url.url());
        let output = run(command);
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let count = tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(async { database.open().await.service_request_count().await.unwrap() });
    let demo = std::fs::read_to_string(repo_path("server/seed/demo.toml")).unwrap();
    assert_eq!(count, demo.matches("[[request]]").count() as i64);
}

/// A running server on a free port with its own site folder and database.
struct RunningServer {
    child: Child,
    base_url: String,
    _site: tempfile::TempDir,
}

impl RunningServer {
    fn start(database: &TestDatabase) -> Self {
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

    fn sigterm(&mut self) -> std::process::ExitStatus {
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
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
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

async fn page(
    client: &reqwest::Client,
    url: &str,
) -> (reqwest::StatusCode, reqwest::header::HeaderMap, String) {
    let response = client.get(url).send().await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    (status, headers, response.text().await.unwrap())
}

async fn serves_health_pages_languages_and_stops_on_sigterm(database: TestDatabase) {
    let mut server =
        tokio::task::spawn_blocking(move || (RunningServer::start(&database), database))
            .await
            .unwrap()
            .0;
    let client = reqwest::Client::builder().build().unwrap();
    let base = server.base_url.clone();

    let health: serde_json::Value = client
        .get(format!("{base}/healthz"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(health["database"], "reachable");

    let (status, headers, html) = page(&client, &format!("{base}/")).await;
    assert_eq!(status, 200);
    assert!(html.contains(r#"<html lang="en" dir="ltr""#), "{html}");
    assert!(html.contains(r##"href="#main""##), "skip link");
    assert!(
        html.contains("Roads and sidewalks"),
        "service groups come from the database"
    );
    assert_eq!(headers["content-language"], "en");

    let (_, headers, html) = page(&client, &format!("{base}/?lang=fr")).await;
    assert!(html.contains(r#"<html lang="fr" dir="ltr""#));
    assert!(html.contains("Signaler un problème ou demander un service municipal"));
    let set_cookie = headers["set-cookie"].to_str().unwrap();
    assert!(set_cookie.starts_with("lang=fr"), "{set_cookie}");

    let remembered = client
        .get(format!("{base}/"))
        .header("cookie", "lang=fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        remembered.contains(r#"lang="fr""#),
        "the cookie keeps the choice"
    );

    let negotiated = client
        .get(format!("{base}/"))
        .header("accept-language", "de-DE,fr-CA;q=0.8,en;q=0.5")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        negotiated.contains(r#"lang="fr""#),
        "Accept-Language order is honoured"
    );

    let (status, _, html) = page(&client, &format!("{base}/no-such-page")).await;
    assert_eq!(status, 404);
    assert!(html.contains("Page not found"));

    let compressed = client
        .get(format!("{base}/pkg/civic311.css"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(compressed.headers()["content-encoding"], "br");
    assert_eq!(compressed.headers()["cache-control"], "no-cache");

    let status = tokio::task::spawn_blocking(move || server.sigterm())
        .await
        .unwrap();
    assert!(status.success(), "graceful shutdown exits 0, got {status}");
}
on_both_backends!(serves_health_pages_languages_and_stops_on_sigterm);
