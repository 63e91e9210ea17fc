//! The `civic311` binary as an operator and a browser meet it: real processes, real HTTP.

mod support;

use std::process::{Command, Output, Stdio};

use support::{civic311, free_port, repo_path, start_server, TestDatabase};

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
    let (mut server, _database) = start_server(database).await;
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
        .header("accept-language", "tlh,fr-CA;q=0.8,en;q=0.5")
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
