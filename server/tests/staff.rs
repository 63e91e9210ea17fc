//! Staff accounts and the division console over real HTTP, on both databases: sign-in with
//! rate limiting, every role against every staff route, CSRF, and closing the loop.

mod support;

use std::io::Write;
use std::process::Stdio;

use reqwest::{redirect::Policy, StatusCode};
use support::{civic311, create_api_key, post_form, start_server, TestDatabase};

const PASSWORD: &str = "correct horse battery staple";

/// Runs `civic311 user create` with `password` on standard input.
fn create_user(database: &TestDatabase, role: &str, email: &str, password: &str) -> (bool, String) {
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

/// A browser that keeps no cookies by itself: each request names its session.
struct Staff {
    client: reqwest::Client,
    base: String,
    cookie: Option<String>,
}

impl Staff {
    fn new(base: &str) -> Self {
        Self {
            client: reqwest::Client::builder()
                .redirect(Policy::none())
                .build()
                .unwrap(),
            base: base.to_string(),
            cookie: None,
        }
    }

    /// Signs in; returns where the server sent the browser.
    async fn sign_in(&mut self, email: &str, password: &str) -> String {
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

    async fn get(&self, path: &str) -> (StatusCode, Option<String>, String) {
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

    async fn post(&self, path: &str, form: &[(&str, &str)]) -> (StatusCode, Option<String>) {
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
    async fn csrf(&self) -> Option<String> {
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

fn visible(html: &str) -> String {
    let mut shown = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        shown.push_str(&rest[..start]);
        rest = rest[start..]
            .find("</script>")
            .map_or("", |end| &rest[start + end + "</script>".len()..]);
    }
    shown.push_str(rest);
    shown.replace(['\u{2068}', '\u{2069}'], "")
}

async fn file_pothole(base: &str, key: &str) -> String {
    let filed: serde_json::Value = post_form(
        &reqwest::Client::new(),
        &format!("{base}/open311/v2/requests.json"),
        &[
            ("api_key", key),
            ("service_code", "pothole"),
            ("lat", "43.6525"),
            ("long", "-79.3835"),
            ("attribute[size]", "large"),
            ("email", "resident@example.org"),
        ],
    )
    .await
    .json()
    .await
    .unwrap();
    filed[0]["service_request_id"].as_str().unwrap().to_string()
}

async fn accounts_are_created_from_the_command_line(database: TestDatabase) {
    let (ok, text) = create_user(&database, "admin", "admin@toronto.ca", "short");
    assert!(!ok && text.contains("at least 12 characters"), "{text}");
    let (ok, text) = create_user(&database, "mayor", "m@toronto.ca", PASSWORD);
    assert!(!ok && text.contains("--role must be"), "{text}");
    let (ok, text) = create_user(&database, "admin", "Admin@Toronto.ca", PASSWORD);
    assert!(ok, "{text}");
    let (ok, text) = create_user(&database, "agent", "admin@toronto.ca", PASSWORD);
    assert!(!ok && text.contains("already exists"), "{text}");
}
on_both_backends!(accounts_are_created_from_the_command_line);

async fn sign_in_is_checked_and_rate_limited(database: TestDatabase) {
    assert!(create_user(&database, "division_staff", "crew@toronto.ca", PASSWORD).0);
    let (server, _database) = start_server(database).await;
    let mut staff = Staff::new(&server.base_url);
    let (_, location, _) = staff.get("/staff").await;
    assert_eq!(
        location.as_deref(),
        Some("/staff/login"),
        "the console needs a session"
    );

    let next = staff.sign_in("crew@toronto.ca", "wrong password").await;
    assert_eq!(next, "/staff/login?error=wrong&email=crew%40toronto.ca");
    let (_, _, page) = staff.get(&next).await;
    assert!(visible(&page).contains("The email address or password is not right"));
    assert!(
        page.contains("value=\"crew@toronto.ca\""),
        "the email is kept"
    );
    assert_eq!(
        staff.sign_in("nobody@toronto.ca", PASSWORD).await,
        "/staff/login?error=wrong&email=nobody%40toronto.ca"
    );

    assert_eq!(staff.sign_in("crew@toronto.ca", PASSWORD).await, "/staff");
    let (status, _, page) = staff.get("/staff").await;
    assert_eq!(status, StatusCode::OK);
    assert!(visible(&page).contains("Service request queue"));

    let mut attacker = Staff::new(&server.base_url);
    for _ in 0..4 {
        attacker.sign_in("crew@toronto.ca", "guess").await;
    }
    let next = attacker.sign_in("crew@toronto.ca", PASSWORD).await;
    assert!(next.starts_with("/staff/login?error=locked"), "{next}");
    assert!(attacker.cookie.is_none(), "no session while locked");
}
on_both_backends!(sign_in_is_checked_and_rate_limited);

async fn every_role_reaches_only_its_own_pages(database: TestDatabase) {
    let key = create_api_key(&database, "test");
    for (role, email) in [
        ("admin", "admin@toronto.ca"),
        ("division_staff", "crew@toronto.ca"),
        ("agent", "agent@toronto.ca"),
        ("councillor", "councillor@toronto.ca"),
    ] {
        assert!(create_user(&database, role, email, PASSWORD).0);
    }
    let (server, _database) = start_server(database).await;
    let sr = file_pothole(&server.base_url, &key).await;
    let pages = [
        "/staff".to_string(),
        format!("/staff/requests/{sr}"),
        "/staff/audit".to_string(),
    ];
    // What each role gets on each page: 200, 403, or a redirect to sign in (303).
    let expected: [(&str, [u16; 3]); 5] = [
        ("admin@toronto.ca", [200, 200, 200]),
        ("crew@toronto.ca", [200, 200, 403]),
        ("agent@toronto.ca", [403, 403, 403]),
        ("councillor@toronto.ca", [403, 403, 403]),
        ("", [302, 302, 302]),
    ];
    for (email, statuses) in expected {
        let mut staff = Staff::new(&server.base_url);
        if !email.is_empty() {
            assert_eq!(staff.sign_in(email, PASSWORD).await, "/staff");
        }
        for (page, want) in pages.iter().zip(statuses) {
            let (status, location, _) = staff.get(page).await;
            if want == 302 {
                assert_eq!(location.as_deref(), Some("/staff/login"), "{email} {page}");
            } else {
                assert_eq!(status.as_u16(), want, "{email} on {page}");
            }
        }
        // Posting a status change: only admins and division staff may.
        let csrf = if email.is_empty() {
            String::new()
        } else {
            staff.csrf().await.unwrap_or_default()
        };
        let (status, location) = staff
            .post(
                &format!("/staff/requests/{sr}/status"),
                &[("csrf", &csrf), ("status", "assigned")],
            )
            .await;
        match email {
            "admin@toronto.ca" | "crew@toronto.ca" => {
                assert_eq!(
                    location,
                    Some(format!("/staff/requests/{sr}?saved=true")),
                    "{email}"
                )
            }
            "" => assert_eq!(location.as_deref(), Some("/staff/login")),
            _ => assert_eq!(status, StatusCode::FORBIDDEN, "{email}"),
        }
    }
}
on_both_backends!(every_role_reaches_only_its_own_pages);

async fn closing_needs_a_reason_and_a_public_note(database: TestDatabase) {
    let key = create_api_key(&database, "test");
    assert!(create_user(&database, "admin", "admin@toronto.ca", PASSWORD).0);
    let (server, _database) = start_server(database).await;
    let sr = file_pothole(&server.base_url, &key).await;
    let mut staff = Staff::new(&server.base_url);
    staff.sign_in("admin@toronto.ca", PASSWORD).await;
    let csrf = staff.csrf().await.expect("admins see the console");
    let path = format!("/staff/requests/{sr}/status");

    let (status, _) = staff
        .post(&path, &[("csrf", "forged"), ("status", "completed")])
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a forged form is refused");
    for (form, error) in [
        (vec![("status", "completed")], "reason-missing"),
        (
            vec![("status", "completed"), ("reason", "duplicate")],
            "reason-mismatch",
        ),
        (
            vec![("status", "completed"), ("reason", "repaired")],
            "note-missing",
        ),
        (
            vec![("status", "inspection"), ("reason", "repaired")],
            "reason-open",
        ),
        (vec![("status", "fixed-ish")], "status"),
    ] {
        let mut form = form;
        form.push(("csrf", &csrf));
        let (_, location) = staff.post(&path, &form).await;
        assert_eq!(
            location,
            Some(format!("/staff/requests/{sr}?error={error}"))
        );
    }
    let (_, _, page) = staff
        .get(&format!("/staff/requests/{sr}?error=reason-missing"))
        .await;
    assert!(visible(&page).contains("Choose a reason for closing the request"));
    let (_, _, public) = staff.get(&format!("/requests/{sr}")).await;
    assert!(
        visible(&public).contains("Received"),
        "refused closures change nothing"
    );

    let (_, location) = staff
        .post(
            &path,
            &[
                ("csrf", &csrf),
                ("status", "completed"),
                ("reason", "repaired"),
                ("public_note", "Patched with hot asphalt."),
                ("internal_note", "Crew 12, 2 bags"),
            ],
        )
        .await;
    assert_eq!(location, Some(format!("/staff/requests/{sr}?saved=true")));
    let (_, _, detail) = staff.get(&format!("/staff/requests/{sr}")).await;
    let detail = visible(&detail);
    assert!(
        detail.contains("Crew 12, 2 bags"),
        "staff see the internal note"
    );
    assert!(
        detail.contains("resident@example.org"),
        "staff see the contact"
    );
    assert!(detail.contains("Repaired"));

    let (_, _, public) = Staff::new(&server.base_url)
        .get(&format!("/requests/{sr}"))
        .await;
    let public = visible(&public);
    assert!(public.contains("Completed"));
    assert!(public.contains("Patched with hot asphalt."));
    assert!(
        !public.contains("Crew 12"),
        "the public never sees internal notes"
    );
    assert!(!public.contains("resident@example.org"));

    let (_, _, audit) = staff.get("/staff/audit").await;
    let audit = visible(&audit);
    assert!(audit.contains("Status changed"));
    assert!(audit.contains("completed (repaired)"));
    assert!(audit.contains("Signed in"));
}
on_both_backends!(closing_needs_a_reason_and_a_public_note);
