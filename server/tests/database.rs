//! The database layer on SQLite and PostgreSQL alike.

mod support;

use std::collections::HashSet;

use civic311::db::{requests::NewServiceRequest, Db};
use support::{shipped_catalogue, TestDatabase};

fn pothole_request(created_at: i64) -> NewServiceRequest {
    NewServiceRequest {
        service_code: "pothole".into(),
        description: "Deep pothole".into(),
        latitude: Some(43.6532),
        longitude: Some(-79.3832),
        address: Some("100 Queen St W".into()),
        ward: Some(10),
        locale: "en".into(),
        contact_email: Some("resident@example.org".into()),
        created_at,
        sla_due_at: created_at + 86_400,
        ..NewServiceRequest::default()
    }
}

/// 2026-11-23 12:00 UTC.
const NOV_23_2026: i64 = 1_795_435_200;

async fn migrations_can_run_twice(database: TestDatabase) {
    let db = database.open().await;
    db.migrate().await.expect("second migration run is a no-op");
    assert!(db.is_reachable().await);
}
on_both_backends!(migrations_can_run_twice);

async fn catalogue_import_lists_groups_in_file_order_with_counts(database: TestDatabase) {
    let db = database.open().await;
    assert!(db.catalogue_is_empty().await.unwrap());
    let catalogue = shipped_catalogue();
    db.import_catalogue(&catalogue).await.unwrap();
    assert!(!db.catalogue_is_empty().await.unwrap());

    let groups = db.service_groups().await.unwrap();
    let codes: Vec<&str> = groups.iter().map(|g| g.code.as_str()).collect();
    let expected: Vec<&str> = catalogue.groups.iter().map(|g| g.code.as_str()).collect();
    assert_eq!(codes, expected);
    let total: i64 = groups.iter().map(|g| g.service_count).sum();
    assert_eq!(total, catalogue.services.len() as i64);
}
on_both_backends!(catalogue_import_lists_groups_in_file_order_with_counts);

async fn reimport_retires_removed_services_without_duplicates(database: TestDatabase) {
    let db = database.open_with_catalogue().await;
    let mut catalogue = shipped_catalogue();
    let full_count = catalogue.services.len() as i64;
    catalogue
        .services
        .retain(|service| service.code != "pothole");
    let summary = db.import_catalogue(&catalogue).await.unwrap();
    assert_eq!(summary.retired, 1);

    let total: i64 = db
        .service_groups()
        .await
        .unwrap()
        .iter()
        .map(|g| g.service_count)
        .sum();
    assert_eq!(total, full_count - 1);
    assert_eq!(db.service_sla("pothole").await.unwrap(), None);
}
on_both_backends!(reimport_retires_removed_services_without_duplicates);

async fn sr_numbers_count_up_within_the_year(database: TestDatabase) {
    let db = database.open_with_catalogue().await;
    let first = db
        .file_service_request(&pothole_request(NOV_23_2026))
        .await
        .unwrap();
    let second = db
        .file_service_request(&pothole_request(NOV_23_2026))
        .await
        .unwrap();
    assert_eq!(first.sr_number, "2026-000001");
    assert_eq!(second.sr_number, "2026-000002");

    let next_year = NOV_23_2026 + 60 * 86_400;
    let january = db
        .file_service_request(&pothole_request(next_year))
        .await
        .unwrap();
    assert_eq!(january.sr_number, "2027-000001");
    assert_eq!(
        db.status_history("2026-000001").await.unwrap(),
        vec!["received"]
    );
}
on_both_backends!(sr_numbers_count_up_within_the_year);

async fn concurrent_submissions_get_distinct_sr_numbers(database: TestDatabase) {
    let db = database.open_with_catalogue().await;
    let tasks: Vec<_> = (0..20)
        .map(|_| {
            let db: Db = db.clone();
            tokio::spawn(
                async move { db.file_service_request(&pothole_request(NOV_23_2026)).await },
            )
        })
        .collect();
    let mut numbers = HashSet::new();
    for task in tasks {
        numbers.insert(
            task.await
                .unwrap()
                .expect("every submission is stored")
                .sr_number,
        );
    }
    assert_eq!(numbers.len(), 20);
    assert_eq!(db.service_request_count().await.unwrap(), 20);
}
on_both_backends!(concurrent_submissions_get_distinct_sr_numbers);

async fn retried_submission_with_same_key_files_one_request(database: TestDatabase) {
    let db = database.open_with_catalogue().await;
    let mut request = pothole_request(NOV_23_2026);
    request.idempotency_key = Some("form-7f3a".into());
    let tasks: Vec<_> = (0..5)
        .map(|_| {
            let db = db.clone();
            let request = request.clone();
            tokio::spawn(async move { db.file_service_request(&request).await })
        })
        .collect();
    let mut numbers = HashSet::new();
    for task in tasks {
        numbers.insert(task.await.unwrap().unwrap().sr_number);
    }
    assert_eq!(
        numbers.len(),
        1,
        "every retry answers with the same SR number"
    );
    assert_eq!(db.service_request_count().await.unwrap(), 1);

    let other = db
        .file_service_request(&pothole_request(NOV_23_2026))
        .await
        .unwrap();
    assert_eq!(
        other.sr_number, "2026-000002",
        "a rolled-back retry leaves no gap"
    );
}
on_both_backends!(retried_submission_with_same_key_files_one_request);
