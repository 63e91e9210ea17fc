//! Staff accounts and the division console over real HTTP, on both databases: sign-in with
//! rate limiting, every role against every staff route, CSRF, and closing the loop.

mod support;

use reqwest::StatusCode;
use support::{
    create_api_key, create_staff_user as create_user, file_pothole, start_server,
    visible_text as visible, Staff, TestDatabase,
};

const PASSWORD: &str = "correct horse battery staple";

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
    let sr = file_pothole(&server.base_url, &key, "43.6525", "-79.3835").await;
    let pages = [
        "/staff".to_string(),
        format!("/staff/requests/{sr}"),
        "/staff/audit".to_string(),
        "/agent".to_string(),
    ];
    // What each role gets on each page: 200, 403, or a redirect to sign in (303).
    let expected: [(&str, [u16; 4]); 5] = [
        ("admin@toronto.ca", [200, 200, 200, 200]),
        ("crew@toronto.ca", [200, 200, 403, 403]),
        ("agent@toronto.ca", [403, 403, 403, 200]),
        ("councillor@toronto.ca", [403, 403, 403, 403]),
        ("", [302, 302, 302, 302]),
    ];
    for (email, statuses) in expected {
        let mut staff = Staff::new(&server.base_url);
        if !email.is_empty() {
            // Agents start at the chat console; everyone else at the queue.
            let start = if email.starts_with("agent") {
                "/agent"
            } else {
                "/staff"
            };
            assert_eq!(staff.sign_in(email, PASSWORD).await, start);
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
    let sr = file_pothole(&server.base_url, &key, "43.6525", "-79.3835").await;
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

/// Files graffiti on City property, a type whose "Completed" needs a photo of the work.
async fn file_graffiti(base: &str, api_key: &str) -> String {
    let filed: serde_json::Value = support::post_form(
        &reqwest::Client::new(),
        &format!("{base}/open311/v2/requests.json"),
        &[
            ("api_key", api_key),
            ("service_code", "graffiti-city-property"),
            ("lat", "43.6525"),
            ("long", "-79.3835"),
            ("attribute[surface][]", "wall"),
            ("media_url", "https://example.org/graffiti.jpg"),
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

async fn completed_needs_a_photo_where_the_service_asks_for_one(database: TestDatabase) {
    let key = create_api_key(&database, "test");
    assert!(create_user(&database, "admin", "admin@toronto.ca", PASSWORD).0);
    let (server, _database) = start_server(database).await;
    let graffiti = file_graffiti(&server.base_url, &key).await;
    let mut staff = Staff::new(&server.base_url);
    staff.sign_in("admin@toronto.ca", PASSWORD).await;
    let csrf = staff.csrf().await.unwrap();
    let path = format!("/staff/requests/{graffiti}/status");
    let completed = [
        ("csrf", csrf.as_str()),
        ("status", "completed"),
        ("reason", "cleaned"),
        ("public_note", "Painted over."),
    ];
    let (_, location) = staff.post(&path, &completed).await;
    assert_eq!(
        location,
        Some(format!(
            "/staff/requests/{graffiti}?error=completion-photo-missing"
        ))
    );
    let (_, _, page) = staff.get(location.as_deref().unwrap()).await;
    assert!(visible(&page).contains("Add a photo of the finished work"));

    // Sent as the browser sends the form: multipart, with the photo.
    let send = |photo: Vec<u8>, name: &'static str| {
        let mut form = reqwest::multipart::Form::new();
        for (key, value) in completed {
            form = form.text(key, value.to_string());
        }
        let part = reqwest::multipart::Part::bytes(photo)
            .file_name(name)
            .mime_str("image/jpeg")
            .unwrap();
        staff
            .client
            .post(format!("{}{path}", server.base_url))
            .header("cookie", staff.cookie.clone().unwrap())
            .multipart(form.part("photo", part))
            .send()
    };
    let refused = send(b"not an image".to_vec(), "note.jpg").await.unwrap();
    assert_eq!(
        refused.headers()["location"],
        format!("/staff/requests/{graffiti}?error=photo-type").as_str()
    );
    let saved = send(civic311::photos::samples::jpeg(800, 600), "after.jpg")
        .await
        .unwrap();
    assert_eq!(
        saved.headers()["location"],
        format!("/staff/requests/{graffiti}?saved=true").as_str()
    );
    let (_, _, public) = Staff::new(&server.base_url)
        .get(&format!("/requests/{graffiti}"))
        .await;
    let photo = public
        .split("src=\"/event-photos/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the timeline shows the photo of the work")
        .to_string();
    assert!(visible(&public).contains("Painted over."));
    let image = reqwest::get(format!("{}/event-photos/{photo}", server.base_url))
        .await
        .unwrap();
    assert_eq!(image.headers()["content-type"], "image/jpeg");
    assert!(image::load_from_memory(&image.bytes().await.unwrap()).is_ok());
}
on_both_backends!(completed_needs_a_photo_where_the_service_asks_for_one);

async fn the_queue_changes_several_requests_at_once(database: TestDatabase) {
    let key = create_api_key(&database, "test");
    assert!(create_user(&database, "admin", "admin@toronto.ca", PASSWORD).0);
    let (server, _database) = start_server(database).await;
    let first = file_pothole(&server.base_url, &key, "43.6525", "-79.3835").await;
    let second = file_pothole(&server.base_url, &key, "43.6600", "-79.3900").await;
    let graffiti = file_graffiti(&server.base_url, &key).await;
    let mut staff = Staff::new(&server.base_url);
    staff.sign_in("admin@toronto.ca", PASSWORD).await;
    let csrf = staff.csrf().await.unwrap();
    let (_, _, queue) = staff.get("/staff").await;
    assert!(
        queue.contains(&format!("value=\"{first}\"")),
        "a checkbox per row"
    );

    let (_, location) = staff
        .post(
            "/staff/bulk-status",
            &[
                ("csrf", &csrf),
                ("status", "scheduled"),
                ("queue_overdue", "true"),
            ],
        )
        .await;
    let location = location.unwrap();
    assert!(location.contains("bulk_error=none-selected"), "{location}");
    assert!(
        location.contains("overdue=true"),
        "the filters are kept: {location}"
    );
    let (_, _, page) = staff.get(&location).await;
    assert!(visible(&page).contains("Select at least one request in the table."));

    let (_, location) = staff
        .post(
            "/staff/bulk-status",
            &[("csrf", &csrf), ("status", "completed"), ("sr", &first)],
        )
        .await;
    assert!(
        location.unwrap().contains("bulk_error=reason-missing"),
        "closing in bulk needs a reason too"
    );

    let (_, location) = staff
        .post(
            "/staff/bulk-status",
            &[
                ("csrf", &csrf),
                ("status", "completed"),
                ("reason", "repaired"),
                ("public_note", "Resurfaced the block."),
                ("sr", &first),
                ("sr", &second),
                ("sr", &graffiti),
            ],
        )
        .await;
    let location = location.unwrap();
    assert!(location.contains("bulk_saved=2"), "{location}");
    assert!(location.contains("bulk_skipped=1"), "{location}");
    let (_, _, page) = staff.get(&location).await;
    let page = visible(&page);
    assert!(page.contains("2 requests were changed."));
    assert!(page.contains("One request was not changed"));
    for (sr, status) in [
        (&first, "Completed"),
        (&second, "Completed"),
        (&graffiti, "Received"),
    ] {
        let (_, _, public) = Staff::new(&server.base_url)
            .get(&format!("/requests/{sr}"))
            .await;
        let badge = public
            .split("class=\"status-badge\"")
            .nth(1)
            .unwrap()
            .split("</p>")
            .next()
            .unwrap()
            .to_string();
        assert!(visible(&badge).contains(status), "{sr}: {badge}");
    }
    let (_, _, audit) = staff.get("/staff/audit").await;
    assert_eq!(visible(&audit).matches("completed (repaired)").count(), 2);
}
on_both_backends!(the_queue_changes_several_requests_at_once);
