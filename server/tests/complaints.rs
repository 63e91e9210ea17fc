//! Complaints and escalations, with the test clock moving time forward, on both databases.

mod support;

use std::time::{Duration, Instant};

use reqwest::redirect::Policy;
use support::{
    create_api_key, create_staff_user, file_pothole, post_form, visible_text, RunningServer,
    TestDatabase,
};

const DAY: i64 = 86_400;
const PASSWORD: &str = "correct horse battery staple";

struct Resident {
    client: reqwest::Client,
    base: String,
}

impl Resident {
    async fn page(&self, path: &str) -> String {
        let html = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        visible_text(&html)
    }

    async fn complain(&self, sr: &str, form: &[(&str, &str)]) -> String {
        let response = post_form(
            &self.client,
            &format!("{}/requests/{sr}/complaint", self.base),
            form,
        )
        .await;
        response.headers()["location"].to_str().unwrap().to_string()
    }

    async fn advance(&self, seconds: i64) {
        let response = post_form(
            &self.client,
            &format!("{}/test/clock", self.base),
            &[("advance_seconds", &seconds.to_string())],
        )
        .await;
        assert_eq!(response.status(), 200);
    }
}

async fn an_unanswered_complaint_is_escalated(database: TestDatabase) {
    let key = create_api_key(&database, "test");
    let (created, output) = create_staff_user(&database, "admin", "admin@toronto.ca", PASSWORD);
    assert!(created, "{output}");
    let (server, _database) = tokio::task::spawn_blocking(move || {
        let server = RunningServer::start_with(
            &database,
            &[
                ("CIVIC311_TEST_CLOCK", "true"),
                ("CIVIC311_ESCALATION_CHECK_SECONDS", "1"),
            ],
        );
        (server, database)
    })
    .await
    .unwrap();
    let resident = Resident {
        client: reqwest::Client::builder()
            .redirect(Policy::none())
            .build()
            .unwrap(),
        base: server.base_url.clone(),
    };
    let sr = file_pothole(&server.base_url, &key, "43.6525", "-79.3835").await;
    let status_page = format!("/requests/{sr}");

    // Within the SLA there is nothing to complain about yet.
    assert!(!resident
        .page(&status_page)
        .await
        .contains("File a complaint"));
    assert_eq!(
        resident.complain(&sr, &[("details", "Still there")]).await,
        status_page
    );
    assert!(!resident
        .page(&status_page)
        .await
        .contains("Complaint filed"));

    resident.advance(10 * DAY).await;
    let page = resident.page(&status_page).await;
    assert!(
        page.contains("days past the expected date"),
        "the SLA has passed"
    );
    assert!(page.contains("The expected date has passed and this request is not closed"));

    let next = resident.complain(&sr, &[("details", "  ")]).await;
    assert!(next.contains("complaint_error=details"), "{next}");
    assert!(resident.page(&next).await.contains("Tell us what is wrong"));
    let next = resident
        .complain(
            &sr,
            &[("details", "The hole is deeper now"), ("email", "nope")],
        )
        .await;
    let page = resident.page(&next).await;
    assert!(page.contains("Enter an email address in the correct format"));
    assert!(
        page.contains("The hole is deeper now"),
        "what was typed is kept"
    );

    let next = resident
        .complain(
            &sr,
            &[
                ("details", "The hole is deeper now"),
                ("email", "resident@example.org"),
            ],
        )
        .await;
    assert_eq!(next, format!("{status_page}?complaint=filed"));
    let page = resident.page(&next).await;
    assert!(page.contains("Your complaint was filed"));
    assert!(
        page.contains("Complaint filed"),
        "the complaint is on the timeline"
    );
    assert!(page.contains("waiting for an answer"));
    assert!(!page.contains("resident@example.org"));
    assert!(
        !page.contains("The hole is deeper now"),
        "complaints are not public"
    );

    // Nobody answers within 5 business days: the complaint is escalated, and the resident
    // sees it on the timeline.
    resident.advance(10 * DAY).await;
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let page = resident.page(&status_page).await;
        if page.contains("Complaint escalated to the division") {
            assert!(page.contains("the complaint was escalated"));
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no escalation after the complaint SLA:\n{page}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // Staff see it in the queue of requests with complaints.
    let login = post_form(
        &resident.client,
        &format!("{}/staff/login", server.base_url),
        &[("email", "admin@toronto.ca"), ("password", PASSWORD)],
    )
    .await;
    let cookie = login.headers()["set-cookie"].to_str().unwrap();
    let session = cookie.split(';').next().unwrap().to_string();
    let queue = resident
        .client
        .get(format!("{}/staff?complaints=true", server.base_url))
        .header("cookie", session)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        queue.contains(&sr),
        "the request is in the complaints queue"
    );
    assert!(queue.contains("Complaint escalated: the answer is late"));
    drop(server);
}
on_both_backends!(an_unanswered_complaint_is_escalated);

async fn the_clock_cannot_be_moved_in_production(database: TestDatabase) {
    let (server, _database) = support::start_server(database).await;
    let response = post_form(
        &reqwest::Client::new(),
        &format!("{}/test/clock", server.base_url),
        &[("advance_seconds", "86400")],
    )
    .await;
    assert_ne!(response.status(), 200);
}
on_both_backends!(the_clock_cannot_be_moved_in_production);
