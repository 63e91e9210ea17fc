//! The web report flow over real HTTP, as a browser without JavaScript uses it: plain form
//! posts answered by redirects, on both databases.

mod support;

use civic311::{db::Db, photos::samples};
use reqwest::{multipart, redirect::Policy, StatusCode};
use serde_json::Value;
use support::{
    create_api_key, file_pothole, post_form, start_server, visible_text as text, TestDatabase,
};

/// A browser without JavaScript: follows nothing by itself, so each redirect is checked.
struct Browser {
    client: reqwest::Client,
    base: String,
}

impl Browser {
    fn new(base: &str) -> Self {
        Self {
            client: reqwest::Client::builder()
                .redirect(Policy::none())
                .build()
                .unwrap(),
            base: base.to_string(),
        }
    }

    async fn get(&self, path: &str) -> (StatusCode, String) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        (response.status(), response.text().await.unwrap())
    }

    /// Posts a form; returns where the server redirected to.
    async fn post(&self, path: &str, form: &[(&str, &str)]) -> String {
        location(post_form(&self.client, &format!("{}{path}", self.base), form).await).await
    }

    async fn upload(&self, path: &str, file_name: &str, bytes: Vec<u8>) -> String {
        let part = multipart::Part::bytes(bytes)
            .file_name(file_name.to_string())
            .mime_str("image/jpeg")
            .unwrap();
        let response = self
            .client
            .post(format!("{}{path}", self.base))
            .multipart(multipart::Form::new().part("photo", part))
            .send()
            .await
            .unwrap();
        location(response).await
    }

    /// Starts a draft for `service`; returns its path, e.g. `/report/ab12…`.
    async fn start(&self, service: &str) -> String {
        let next = self.post("/report/start", &[("service", service)]).await;
        next.strip_suffix("/location")
            .unwrap_or_else(|| panic!("start went to {next}"))
            .to_string()
    }
}

async fn location(response: reqwest::Response) -> String {
    let status = response.status();
    let next = response
        .headers()
        .get("location")
        .map(|value| value.to_str().unwrap().to_string());
    let body = response.text().await.unwrap_or_default();
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    next.expect("a redirect names where to go")
}

/// Runs `test` against a server on `database`; the test gets its own connection to it.
async fn with_server<F, Fut>(database: TestDatabase, test: F)
where
    F: FnOnce(Browser, Db) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let (server, database) = start_server(database).await;
    let db = database.open().await;
    test(Browser::new(&server.base_url), db).await;
    drop(server);
    // The database (for SQLite, its folder) goes last.
    drop(database);
}

async fn a_report_without_the_map_files_one_request(database: TestDatabase) {
    with_server(database, |browser, db| async move {
        let (status, page) = browser.get("/report?q=pothloe").await;
        assert_eq!(status, 200);
        assert!(
            page.contains("/report/start?service=pothole"),
            "typo-tolerant search"
        );

        let draft = browser.start("pothole").await;
        let (_, page) = browser
            .get(&format!("{draft}/location?q=queen+street+west+and+spadina"))
            .await;
        assert!(text(&page).contains("Spadina Ave & Queen St W"));
        let next = browser
            .post(
                &format!("{draft}/location"),
                &[("method", "place"), ("place", "Spadina Ave & Queen St W")],
            )
            .await;
        assert_eq!(next, format!("{draft}/details"));

        // A missing answer and a bad email come back with messages, keeping what was typed.
        let next = browser
            .post(
                &format!("{draft}/details"),
                &[
                    ("description", "Deep hole by the streetcar stop"),
                    ("email", "not-an-email"),
                    ("phone", "call me"),
                ],
            )
            .await;
        assert_eq!(next, format!("{draft}/details"));
        let (_, page) = browser.get(&next).await;
        let shown = text(&page);
        assert!(shown.contains("There is a problem"));
        assert!(shown.contains("Answer the question “About how big is the pothole?”"));
        assert!(shown.contains("Enter an email address in the correct format"));
        assert!(shown.contains("Enter a phone number with 7 to 15 digits"));
        assert!(page.contains("href=\"#attribute-size\""));
        assert!(shown.contains("Deep hole by the streetcar stop"));
        assert!(page.contains("value=\"not-an-email\""));

        let next = browser
            .post(
                &format!("{draft}/details"),
                &[
                    ("attribute[size]", "large"),
                    ("attribute[lane]", "curb-lane"),
                    ("description", "Deep hole by the streetcar stop"),
                    ("email", "resident@example.org"),
                    ("first_name", "Ana"),
                ],
            )
            .await;
        assert_eq!(next, format!("{draft}/photos"));

        let photo = samples::jpeg_with_gps(2400, 1600, 43.6487, -79.3966);
        let next = browser
            .upload(&format!("{draft}/photos"), "hole.jpg", photo)
            .await;
        assert_eq!(next, format!("{draft}/photos"));
        let (_, page) = browser.get(&next).await;
        assert!(text(&page).contains("Use the location of photo 1"));
        let photo_path = page
            .split("src=\"")
            .find_map(|rest| {
                rest.split('"')
                    .next()
                    .filter(|src| src.contains("/photos/"))
            })
            .expect("the photo is shown")
            .to_string();
        let stored = browser
            .client
            .get(format!("{}{photo_path}", browser.base))
            .send()
            .await
            .unwrap();
        assert_eq!(stored.headers()["content-type"], "image/jpeg");
        let stored = stored.bytes().await.unwrap();
        let decoded = image::load_from_memory(&stored).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (1600, 1067));
        assert_eq!(
            civic311::photos::gps_position(&stored),
            None,
            "GPS is stripped"
        );

        let next = browser.post(&format!("{draft}/photos-continue"), &[]).await;
        assert_eq!(next, format!("{draft}/check"));
        let (_, page) = browser.get(&next).await;
        let shown = text(&page);
        for expected in [
            "Check your answers before sending your report",
            "Spadina Ave & Queen St W",
            "Larger than a car tire",
            "Curb lane",
            "1 photo",
            "resident@example.org",
        ] {
            assert!(shown.contains(expected), "check page lacks {expected}");
        }

        // Pressing "Send" twice files one request.
        let first = browser.post(&format!("{draft}/submit"), &[]).await;
        let second = browser.post(&format!("{draft}/submit"), &[]).await;
        assert_eq!(first, format!("{draft}/confirmation"));
        assert_eq!(second, first);
        assert_eq!(db.service_request_count().await.unwrap(), 1);

        let (_, page) = browser.get(&first).await;
        let shown = text(&page);
        assert!(shown.contains("Report sent"));
        assert!(shown.contains("Transportation Services"));
        let sr_number = shown
            .split("class=\"sr-number\"")
            .nth(1)
            .and_then(|rest| rest.split('>').nth(1))
            .and_then(|rest| rest.split('<').next())
            .expect("the SR number is shown")
            .to_string();
        assert!(
            app::requests::normalize_sr_number(&sr_number).is_some(),
            "{sr_number}"
        );

        // Other channels see the same request, with its photo but never the contact details.
        let (_, json) = browser
            .get(&format!("/open311/v2/requests/{sr_number}.json"))
            .await;
        let request: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(request[0]["service_code"], "pothole");
        assert_eq!(request[0]["address"], "Spadina Ave & Queen St W");
        assert!(!json.contains("resident@example.org"));
        let media = request[0]["media_url"].as_str().unwrap();
        let public_path = &media[media.find("/photos/").unwrap()..];
        let (status, _) = browser.get(public_path).await;
        assert_eq!(status, 200);
        let (_, status_page) = browser.get(&format!("/requests/{sr_number}")).await;
        assert!(!status_page.contains("resident@example.org"));

        // A sent draft cannot be changed any more.
        let next = browser
            .post(&format!("{draft}/details"), &[("description", "changed")])
            .await;
        assert_eq!(next, first);
    })
    .await;
}
on_both_backends!(a_report_without_the_map_files_one_request);

async fn bad_locations_and_photos_are_explained(database: TestDatabase) {
    with_server(database, |browser, _| async move {
        let draft = browser.start("curb-damaged").await;
        for (form, message) in [
            (
                vec![("method", "pin"), ("lat", "45.4215"), ("long", "-75.6972")],
                "This location is outside the City of Toronto",
            ),
            (
                vec![("method", "pin"), ("lat", "north"), ("long", "")],
                "Place a pin on the map, or type an address below",
            ),
            (
                vec![("method", "place"), ("place", "Nowhere Rd")],
                "Choose one of the matches, or search again",
            ),
            (vec![], "Type a street, intersection or place"),
        ] {
            let next = browser.post(&format!("{draft}/location"), &form).await;
            assert!(next.starts_with(&format!("{draft}/location")), "{next}");
            let (_, page) = browser.get(&next).await;
            assert!(text(&page).contains(message), "expected “{message}”");
        }
        let (_, page) = browser.get(&format!("{draft}/location?q=zzzzqqq")).await;
        assert!(text(&page).contains("Nothing matches “zzzzqqq”"));

        let next = browser
            .post(
                &format!("{draft}/location"),
                &[("method", "pin"), ("lat", "43.6525"), ("long", "-79.3835")],
            )
            .await;
        assert_eq!(next, format!("{draft}/details"));

        let photos = format!("{draft}/photos");
        for (bytes, message) in [
            (
                b"%PDF-1.7 pretending".to_vec(),
                "must be a photo in JPEG, PNG or WebP format",
            ),
            (samples::png_bomb(50_000), "The photo has too many pixels"),
            (
                vec![0xFF; 11 * 1024 * 1024],
                "The photo must be smaller than 10 MB",
            ),
            (Vec::new(), "Choose a photo to upload"),
        ] {
            assert_eq!(browser.upload(&photos, "x.jpg", bytes).await, photos);
            let (_, page) = browser.get(&photos).await;
            assert!(text(&page).contains(message), "expected “{message}”");
        }
        for _ in 0..3 {
            browser
                .upload(&photos, "ok.jpg", samples::jpeg(40, 30))
                .await;
        }
        browser
            .upload(&photos, "fourth.jpg", samples::jpeg(40, 30))
            .await;
        let (_, page) = browser.get(&photos).await;
        assert!(text(&page).contains("You can add up to 3 photos"));
        assert_eq!(page.matches("class=\"photo-list\"").count(), 1);
        assert_eq!(text(&page).matches("Remove photo").count(), 3);

        let (status, _) = browser.get("/report/0000/location").await;
        assert_eq!(status, 404);
        let next = browser
            .post("/report/start", &[("service", "no-such-service")])
            .await;
        assert_eq!(next, "/report");
    })
    .await;
}
on_both_backends!(bad_locations_and_photos_are_explained);

async fn not_city_property_is_referred_without_a_request(database: TestDatabase) {
    with_server(database, |browser, db| async move {
        let next = browser
            .post("/report/start", &[("service", "graffiti-city-property")])
            .await;
        assert_eq!(
            next,
            "/report/start?service=graffiti-city-property&error=owner"
        );
        let (_, page) = browser.get(&next).await;
        assert!(text(&page).contains("Choose who owns it"));

        let next = browser
            .post(
                "/report/start",
                &[("service", "graffiti-city-property"), ("owner", "bell")],
            )
            .await;
        assert_eq!(next, "/report/elsewhere?owner=bell");
        let (_, page) = browser.get(&next).await;
        assert!(text(&page).contains("Bell Canada: call 1-866-310-2355"));
        assert_eq!(db.service_request_count().await.unwrap(), 0);

        let (_, page) = browser.get("/report/start?service=graffiti-hate").await;
        assert!(
            text(&page).contains("416-808-2222"),
            "police guidance comes first"
        );
    })
    .await;
}
on_both_backends!(not_city_property_is_referred_without_a_request);

async fn an_open_request_nearby_can_be_followed_instead(database: TestDatabase) {
    let key = create_api_key(&database, "test");
    with_server(database, |browser, db| async move {
        // Filed 40 m from Nathan Phillips Square through Open311.
        let existing = file_pothole(&browser.base, &key, "43.65280", "-79.38380").await;

        let draft = browser.start("pothole").await;
        browser
            .post(
                &format!("{draft}/location"),
                &[("method", "place"), ("place", "Nathan Phillips Square")],
            )
            .await;
        browser
            .post(&format!("{draft}/details"), &[("attribute[size]", "small")])
            .await;
        let (_, page) = browser.get(&format!("{draft}/check")).await;
        let shown = text(&page);
        assert!(shown.contains("Has this already been reported?"));
        assert!(shown.contains(&format!("Me too: follow {existing}")));
        assert!(shown.contains("Reported by 1 person"));

        for _ in 0..2 {
            let next = browser
                .post(
                    &format!("{draft}/follow"),
                    &[("sr_number", existing.as_str())],
                )
                .await;
            assert_eq!(next, format!("{draft}/following"));
        }
        let (_, page) = browser.get(&format!("{draft}/following")).await;
        let shown = text(&page);
        assert!(shown.contains(&format!("You are following {existing}")));
        assert!(
            shown.contains("Reported by 2 people"),
            "a second press does not count twice"
        );
        assert_eq!(
            db.service_request_count().await.unwrap(),
            1,
            "no duplicate was filed"
        );

        // Requests of another type, far away, or closed are not offered.
        let other = browser.start("park-litter").await;
        browser
            .post(
                &format!("{other}/location"),
                &[("method", "place"), ("place", "Nathan Phillips Square")],
            )
            .await;
        let (_, page) = browser.get(&format!("{other}/check")).await;
        assert!(!text(&page).contains("Has this already been reported?"));
        let next = browser
            .post(
                &format!("{other}/follow"),
                &[("sr_number", existing.as_str())],
            )
            .await;
        assert_eq!(next, format!("{other}/check"));
    })
    .await;
}
on_both_backends!(an_open_request_nearby_can_be_followed_instead);
