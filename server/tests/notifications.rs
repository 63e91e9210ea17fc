//! Updates by email and text message over real HTTP, a real SMTP server (aiosmtpd) and a local
//! stand-in for a Twilio-compatible SMS API, on both databases: confirming with a one-time
//! code, messages in the resident's language, unsubscribing, STOP, retries while the SMTP
//! server is down, and no message lost or sent twice across a crash.

mod support;

use std::time::Duration;

use reqwest::redirect::Policy;
use sqlx::Row;
use support::{
    create_api_key, create_staff_user, file_pothole, one_time_code, post_form, visible_text,
    FakeSmsProvider, RunningServer, SmtpServer, Staff, TestDatabase, SMS_TOKEN,
};

const PASSWORD: &str = "correct horse battery staple";
const WAIT: Duration = Duration::from_secs(60);

/// A resident's browser in one language, which does not follow redirects by itself.
struct Resident {
    client: reqwest::Client,
    base: String,
    lang: &'static str,
}

impl Resident {
    fn new(base: &str, lang: &'static str) -> Self {
        Self {
            client: reqwest::Client::builder()
                .redirect(Policy::none())
                .build()
                .unwrap(),
            base: base.to_string(),
            lang,
        }
    }

    /// Posts a form; returns where the server sent the browser.
    async fn post(&self, path: &str, form: &[(&str, &str)]) -> String {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", format!("lang={}", self.lang))
            .body(body)
            .send()
            .await
            .unwrap();
        assert!(
            response.status().is_redirection(),
            "{path}: {}",
            response.status()
        );
        response.headers()["location"].to_str().unwrap().to_string()
    }

    async fn page(&self, path: &str) -> String {
        let html = self
            .client
            .get(format!("{}{path}", self.base))
            .header("cookie", format!("lang={}", self.lang))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        visible_text(&html)
    }

    /// Asks for updates by email; returns the code form's handle.
    async fn subscribe_email(&self, sr: &str, email: &str) -> String {
        let location = self
            .post(
                &format!("/requests/{sr}/updates"),
                &[("channel", "email"), ("email", email)],
            )
            .await;
        handle_in(&location)
    }
}

fn handle_in(location: &str) -> String {
    location
        .split("confirm=")
        .nth(1)
        .and_then(|rest| rest.split(['&', '#']).next())
        .unwrap_or_else(|| panic!("no code form in {location}"))
        .to_string()
}

/// A Fluent message of the shipped locales, without isolation marks.
fn message(lang: &str, id: &str) -> String {
    let i18n = civic311::locales::LocaleCatalog::load(&support::repo_path("locales"), false)
        .unwrap()
        .get(lang)
        .unwrap()
        .clone();
    i18n.t_plain(id, &fluent_bundle::FluentArgs::new())
}

async fn start(
    database: TestDatabase,
    env: Vec<(&'static str, String)>,
) -> (RunningServer, TestDatabase) {
    tokio::task::spawn_blocking(move || {
        let mut env = env;
        env.push(("CIVIC311_OUTBOX_POLL_SECONDS", "1".into()));
        env.push(("CIVIC311_OUTBOX_RETRY_SECONDS", "1".into()));
        env.push(("CIVIC311_TEST_CLOCK", "true".into()));
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
        (RunningServer::start_with(&database, &env), database)
    })
    .await
    .unwrap()
}

/// Signs in a division staff member and closes `sr` as completed.
async fn complete(base: &str, database: &TestDatabase, sr: &str, email: &str) {
    let (created, output) = create_staff_user(database, "admin", email, PASSWORD);
    assert!(created, "{output}");
    let mut staff = Staff::new(base);
    staff.sign_in(email, PASSWORD).await;
    let csrf = staff.csrf().await.expect("a staff page with a form");
    let (status, location) = staff
        .post(
            &format!("/staff/requests/{sr}/status"),
            &[
                ("csrf", csrf.as_str()),
                ("status", "completed"),
                ("reason", "repaired"),
                ("public_note", "Filled the pothole with hot asphalt."),
            ],
        )
        .await;
    assert!(
        location
            .as_deref()
            .is_some_and(|l| l.contains("saved=true")),
        "{status} {location:?}"
    );
}

async fn email_updates_arrive_in_the_residents_language(database: TestDatabase) {
    let key = create_api_key(&database, "test");
    let smtp = tokio::task::spawn_blocking(SmtpServer::start)
        .await
        .unwrap();
    let (server, database) = start(database, vec![("CIVIC311_SMTP_URL", smtp.url())]).await;
    let sr = file_pothole(&server.base_url, &key, "43.6535", "-79.3839").await;
    let resident = Resident::new(&server.base_url, "fr");

    let handle = resident.subscribe_email(&sr, "Resident@Example.org").await;
    let page = resident
        .page(&format!("/requests/{sr}?confirm={handle}"))
        .await;
    assert!(
        page.contains("r•••@example.org"),
        "the code form says where the code went"
    );
    let mails = smtp.wait_for(1, WAIT).await;
    let code_mail = &mails[0];
    assert_eq!(code_mail.to, "resident@example.org");
    assert_eq!(code_mail.content_language, "fr");
    assert!(code_mail.subject.contains(&sr), "{}", code_mail.subject);
    assert!(
        !code_mail.body.contains("Your code is"),
        "written in French: {}",
        code_mail.body
    );
    let code = code_mail.code(&sr);

    let wrong = if code == "000000" { "111111" } else { "000000" };
    let location = resident
        .post(
            &format!("/requests/{sr}/updates/confirm"),
            &[("handle", &handle), ("code", wrong)],
        )
        .await;
    assert!(location.contains("updates_error=code-wrong"), "{location}");
    let page = resident.page(&location).await;
    assert!(page.contains(&message("fr", "updates-error-code-wrong")));

    let location = resident
        .post(
            &format!("/requests/{sr}/updates/confirm"),
            &[("handle", &handle), ("code", &code)],
        )
        .await;
    assert!(location.contains("updates=on"), "{location}");
    assert!(resident
        .page(&location)
        .await
        .contains(&message("fr", "updates-on")));
    // Asking again with the same address needs no new code.
    let again = resident
        .post(
            &format!("/requests/{sr}/updates"),
            &[("channel", "email"), ("email", "resident@example.org")],
        )
        .await;
    assert!(again.contains("updates=already"), "{again}");

    complete(&server.base_url, &database, &sr, "roads@toronto.ca").await;
    let mails = smtp.wait_for(2, WAIT).await;
    let status_mail = &mails[1];
    let completed_fr = message("fr", "status-completed");
    assert_eq!(status_mail.content_language, "fr");
    assert!(
        status_mail.subject.contains(&sr) && status_mail.subject.contains(&completed_fr),
        "{}",
        status_mail.subject
    );
    assert!(status_mail
        .body
        .contains("Filled the pothole with hot asphalt."));
    assert!(status_mail
        .body
        .contains(&format!("{}/requests/{sr}", "http://127.0.0.1:3000")));
    let unsubscribe = status_mail
        .list_unsubscribe
        .trim_matches(['<', '>'])
        .to_string();
    assert!(
        status_mail.body.contains(&unsubscribe),
        "the body has the same unsubscribe link as the header"
    );
    assert_ne!(status_mail.message_id, code_mail.message_id);

    // The mail client's one-click unsubscribe (RFC 8058).
    let path = unsubscribe.replace("http://127.0.0.1:3000", "");
    let response = post_form(
        &reqwest::Client::new(),
        &format!("{}{path}", server.base_url),
        &[("List-Unsubscribe", "One-Click")],
    )
    .await;
    assert_eq!(response.status(), 200);
    let page = resident.page(&path).await;
    assert!(page.contains(&sr), "the unsubscribe page names the request");

    // Nothing more is queued for that address.
    let db = database.open().await;
    let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let mut staff = Staff::new(&server.base_url);
    staff.sign_in("roads@toronto.ca", PASSWORD).await;
    let csrf = staff.csrf().await.unwrap();
    staff
        .post(
            &format!("/staff/requests/{sr}/status"),
            &[("csrf", csrf.as_str()), ("status", "scheduled")],
        )
        .await;
    let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(after, before, "no message for an unsubscribed address");
    let codes_kept: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM outbox WHERE kind = 'code' AND params_json LIKE '%code%'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(codes_kept, 0, "sent codes are not kept");
}
on_both_backends!(email_updates_arrive_in_the_residents_language);

async fn bad_codes_and_repeated_requests_get_clear_answers(database: TestDatabase) {
    let key = create_api_key(&database, "test");
    let smtp = tokio::task::spawn_blocking(SmtpServer::start)
        .await
        .unwrap();
    let (server, _database) = start(database, vec![("CIVIC311_SMTP_URL", smtp.url())]).await;
    let sr = file_pothole(&server.base_url, &key, "43.6535", "-79.3839").await;
    let resident = Resident::new(&server.base_url, "en");
    let updates = format!("/requests/{sr}/updates");

    for (email, problem) in [("", "email"), ("not an address", "email")] {
        let location = resident
            .post(&updates, &[("channel", "email"), ("email", email)])
            .await;
        assert!(
            location.contains(&format!("updates_error={problem}")),
            "{location}"
        );
        let page = resident.page(&location).await;
        assert!(page.contains(&message("en", "updates-error-email")));
    }
    // Text messages are not offered without an SMS provider.
    let location = resident
        .post(&updates, &[("channel", "sms"), ("phone", "416 555 0123")])
        .await;
    assert!(location.contains("updates_error=email"), "{location}");
    let unknown = post_form(
        &reqwest::Client::new(),
        &format!("{}/requests/2026-999999/updates", server.base_url),
        &[("channel", "email"), ("email", "a@example.org")],
    )
    .await;
    assert_eq!(unknown.status(), 404);

    // Three codes an hour per address, then a clear refusal.
    let handle = resident.subscribe_email(&sr, "limit@example.org").await;
    let resent = resident
        .post(&format!("{updates}/resend"), &[("handle", &handle)])
        .await;
    assert!(resent.contains("updates=resent"), "{resent}");
    resident.subscribe_email(&sr, "limit@example.org").await;
    let refused = resident
        .post(
            &updates,
            &[("channel", "email"), ("email", "limit@example.org")],
        )
        .await;
    assert!(refused.contains("updates_error=too-many"), "{refused}");
    let page = resident.page(&refused).await;
    assert!(page.contains(&message("en", "updates-error-too-many")));

    // A code that is not six digits, then five wrong codes, lock the code form.
    let handle = resident.subscribe_email(&sr, "guess@example.org").await;
    let confirm = format!("{updates}/confirm");
    let location = resident
        .post(&confirm, &[("handle", &handle), ("code", "12ab")])
        .await;
    assert!(location.contains("updates_error=code-format"), "{location}");
    smtp.wait_for(4, WAIT).await;
    let real = smtp.messages().last().unwrap().code(&sr);
    let wrong = if real == "000000" { "111111" } else { "000000" };
    for attempt in 1..=5 {
        let location = resident
            .post(&confirm, &[("handle", &handle), ("code", wrong)])
            .await;
        let expected = if attempt < 5 {
            "code-wrong"
        } else {
            "code-attempts"
        };
        assert!(location.contains(expected), "{attempt}: {location}");
    }
    let location = resident
        .post(&confirm, &[("handle", &handle), ("code", &real)])
        .await;
    assert!(
        location.contains("updates_error=code-attempts"),
        "the right code no longer works: {location}"
    );

    // A code used after 15 minutes has expired.
    let handle = resident.subscribe_email(&sr, "late@example.org").await;
    smtp.wait_for(5, WAIT).await;
    let code = smtp.messages().last().unwrap().code(&sr);
    post_form(
        &reqwest::Client::new(),
        &format!("{}/test/clock", server.base_url),
        &[("advance_seconds", "960")],
    )
    .await;
    let location = resident
        .post(&confirm, &[("handle", &handle), ("code", &code)])
        .await;
    assert!(
        location.contains("updates_error=code-expired"),
        "{location}"
    );
    let page = resident.page(&location).await;
    assert!(page.contains(&message("en", "updates-error-code-expired")));

    let location = resident
        .post(
            &confirm,
            &[("handle", "no-such-handle"), ("code", "123456")],
        )
        .await;
    assert!(location.contains("updates_error=unknown"), "{location}");
    let page = resident.page("/unsubscribe/no-such-token").await;
    assert!(page.contains(&message("en", "unsubscribe-unknown")));
}
on_both_backends!(bad_codes_and_repeated_requests_get_clear_answers);

async fn mail_waits_for_a_stopped_smtp_server_and_survives_a_crash(database: TestDatabase) {
    let key = create_api_key(&database, "test");
    let mut smtp = SmtpServer::stopped();
    let env = vec![("CIVIC311_SMTP_URL", smtp.url())];
    let (mut server, database) = start(database, env.clone()).await;
    let sr = file_pothole(&server.base_url, &key, "43.6535", "-79.3839").await;
    let resident = Resident::new(&server.base_url, "en");
    resident.subscribe_email(&sr, "patient@example.org").await;

    // The SMTP server is down: the message is tried, kept, and tried again.
    let db = database.open().await;
    let deadline = std::time::Instant::now() + WAIT;
    loop {
        let row = sqlx::query("SELECT attempts, delivered_at, last_error FROM outbox")
            .fetch_one(&db.pool)
            .await
            .unwrap();
        let attempts: i64 = row.try_get("attempts").unwrap();
        assert!(row
            .try_get::<Option<i64>, _>("delivered_at")
            .unwrap()
            .is_none());
        if attempts >= 2 {
            let error: Option<String> = row.try_get("last_error").unwrap();
            assert!(error.is_some_and(|e| !e.is_empty()));
            break;
        }
        assert!(std::time::Instant::now() < deadline, "no retry");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // The portal crashes, and comes back with the SMTP server.
    server.kill();
    let (server, database) = start(database, env).await;
    smtp.resume();
    let mails = smtp.wait_for(1, WAIT * 3).await;
    assert_eq!(mails[0].to, "patient@example.org");
    let code = mails[0].code(&sr);
    let handle = Resident::new(&server.base_url, "en")
        .subscribe_email(&sr, "patient@example.org")
        .await;
    // The second request's code is the one to use; confirm with it.
    let mails = smtp.wait_for(2, WAIT).await;
    assert_ne!(mails[1].code(&sr), "", "{code}");
    let location = Resident::new(&server.base_url, "en")
        .post(
            &format!("/requests/{sr}/updates/confirm"),
            &[("handle", &handle), ("code", &mails[1].code(&sr))],
        )
        .await;
    assert!(location.contains("updates=on"), "{location}");

    // The SMTP server stops again while the request is closed; the update waits for it.
    smtp.stop();
    complete(&server.base_url, &database, &sr, "roads@toronto.ca").await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(smtp.messages().len(), 2, "nothing arrives while it is down");
    smtp.resume();
    let mails = smtp.wait_for(3, WAIT * 3).await;
    assert!(mails[2].body.contains("Filled the pothole"));

    // Exactly once each: three messages, three Message-IDs, nothing left to send.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let mails = smtp.messages();
    assert_eq!(mails.len(), 3, "{mails:#?}");
    let mut ids: Vec<&str> = mails.iter().map(|m| m.message_id.as_str()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 3);
    let pending: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE delivered_at IS NULL")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(pending, 0);
}
on_both_backends!(mail_waits_for_a_stopped_smtp_server_and_survives_a_crash);

async fn text_message_updates_retry_and_stop(database: TestDatabase) {
    let key = create_api_key(&database, "test");
    let sms = FakeSmsProvider::start().await;
    let (server, database) = start(database, sms.env()).await;
    let sr = file_pothole(&server.base_url, &key, "43.6535", "-79.3839").await;
    let resident = Resident::new(&server.base_url, "es");
    let page = resident.page(&format!("/requests/{sr}")).await;
    assert!(page.contains(&message("es", "updates-phone-button")));

    let location = resident
        .post(
            &format!("/requests/{sr}/updates"),
            &[("channel", "sms"), ("phone", "(416) 555-0123")],
        )
        .await;
    let handle = handle_in(&location);
    let texts = sms.wait_for(1, WAIT).await;
    assert_eq!(texts[0].to, "+14165550123");
    assert_eq!(texts[0].from, "+14165550100");
    assert!(texts[0].body.contains(&sr));
    assert!(
        !texts[0].body.contains('\u{2068}'),
        "no isolation marks in texts"
    );
    let code = one_time_code(&texts[0].body, &sr);
    let location = resident
        .post(
            &format!("/requests/{sr}/updates/confirm"),
            &[("handle", &handle), ("code", &code)],
        )
        .await;
    assert!(location.contains("updates=on"), "{location}");

    // The provider is down for a while: the update is retried with the same key.
    sms.down.store(true, std::sync::atomic::Ordering::SeqCst);
    complete(&server.base_url, &database, &sr, "roads@toronto.ca").await;
    let deadline = std::time::Instant::now() + WAIT;
    while sms
        .received
        .lock()
        .unwrap()
        .iter()
        .filter(|s| !s.accepted)
        .count()
        < 2
    {
        assert!(std::time::Instant::now() < deadline, "no retry");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    sms.down.store(false, std::sync::atomic::Ordering::SeqCst);
    let texts = sms.wait_for(2, WAIT).await;
    let update = &texts[1];
    assert!(
        update.body.contains(&message("es", "status-completed")),
        "{}",
        update.body
    );
    assert!(update.body.contains("STOP"));
    let refused_keys: Vec<String> = sms
        .received
        .lock()
        .unwrap()
        .iter()
        .filter(|s| !s.accepted)
        .map(|s| s.idempotency_key.clone())
        .collect();
    assert!(refused_keys.iter().all(|k| *k == update.idempotency_key));

    // STOP from the phone ends the updates; an unsigned call is refused.
    let inbound = format!("{}/sms/inbound", server.base_url);
    let form = vec![
        ("From".to_string(), "+14165550123".to_string()),
        ("Body".to_string(), "Stop".to_string()),
    ];
    let forged = post_form(
        &reqwest::Client::new(),
        &inbound,
        &[("From", "+14165550123"), ("Body", "Stop")],
    )
    .await;
    assert_eq!(forged.status(), 403);
    let signature =
        civic311::notify::sms::signature(SMS_TOKEN, "http://127.0.0.1:3000/sms/inbound", &form);
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(&form)
        .finish();
    let stopped = reqwest::Client::new()
        .post(&inbound)
        .header("content-type", "application/x-www-form-urlencoded")
        .header("X-Twilio-Signature", signature)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.status(), 200);
    let db = database.open().await;
    let active: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM subscriptions WHERE channel = 'sms' AND unsubscribed_at IS NULL",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(active, 0);
}
on_both_backends!(text_message_updates_retry_and_stop);
