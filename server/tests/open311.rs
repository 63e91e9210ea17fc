//! The Open311 GeoReport v2 API over real HTTP, in JSON and XML, on both databases.

mod support;

use quick_xml::{events::Event, Reader};
use serde_json::Value;
use support::{create_api_key, post_form, start_server, TestDatabase};

/// Nathan Phillips Square, inside the city.
const CITY_HALL: (&str, &str) = ("43.6525", "-79.3835");

struct Api {
    client: reqwest::Client,
    base: String,
}

impl Api {
    async fn get(&self, path: &str) -> (u16, String) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), response.text().await.unwrap())
    }

    async fn get_json(&self, path: &str) -> (u16, Value) {
        let (status, body) = self.get(path).await;
        (
            status,
            serde_json::from_str(&body).unwrap_or_else(|e| panic!("{path}: {e}: {body}")),
        )
    }

    async fn post(&self, path: &str, form: &[(&str, &str)]) -> (u16, String) {
        let response = post_form(&self.client, &format!("{}{path}", self.base), form).await;
        (response.status().as_u16(), response.text().await.unwrap())
    }

    async fn post_json(&self, form: &[(&str, &str)]) -> (u16, Value) {
        let (status, body) = self.post("/open311/v2/requests.json", form).await;
        (
            status,
            serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}")),
        )
    }
}

/// The element names of an XML document, in order, to check against the spec's names.
fn xml_elements(xml: &str) -> Vec<String> {
    let mut reader = Reader::from_str(xml);
    let mut names = Vec::new();
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) | Event::Empty(e) => names.push(e.name().as_ref().to_string()),
            Event::Eof => return names,
            _ => {}
        }
    }
}

fn pothole_form(key: &str) -> Vec<(&str, &str)> {
    vec![
        ("api_key", key),
        ("service_code", "pothole"),
        ("lat", CITY_HALL.0),
        ("long", CITY_HALL.1),
        ("description", "Deep pothole in the curb lane"),
        ("attribute[size]", "large"),
        ("email", "resident@example.org"),
        ("first_name", "Ana"),
    ]
}

async fn with_api<F, Fut>(database: TestDatabase, test: F)
where
    F: FnOnce(Api, String) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let key = create_api_key(&database, "test client");
    let (server, _database) = start_server(database).await;
    let api = Api {
        client: reqwest::Client::new(),
        base: server.base_url.clone(),
    };
    test(api, key).await;
    drop(server);
}

async fn services_are_listed_in_json_and_xml(database: TestDatabase) {
    with_api(database, |api, _| async move {
        let (status, services) = api.get_json("/open311/v2/services.json").await;
        assert_eq!(status, 200);
        let services = services.as_array().unwrap();
        assert!(services.len() >= 60);
        let pothole = services
            .iter()
            .find(|s| s["service_code"] == "pothole")
            .unwrap();
        assert_eq!(pothole["metadata"], true);
        assert_eq!(pothole["type"], "realtime");
        assert!(pothole["group"].as_str().is_some_and(|g| !g.is_empty()));

        let (status, xml) = api.get("/open311/v2/services.xml").await;
        assert_eq!(status, 200);
        let elements = xml_elements(&xml);
        assert_eq!(&elements[..3], ["services", "service", "service_code"]);
        assert_eq!(
            elements.iter().filter(|e| *e == "service").count(),
            services.len()
        );

        let (status, definition) = api.get_json("/open311/v2/services/pothole.json").await;
        assert_eq!(status, 200);
        let size = &definition["attributes"][0];
        assert_eq!(size["code"], "size");
        assert_eq!(size["datatype"], "singlevaluelist");
        assert_eq!(size["required"], true);
        assert!(size["values"]
            .as_array()
            .unwrap()
            .iter()
            .any(|v| v["key"] == "large"));

        let (_, xml) = api.get("/open311/v2/services/pothole.xml").await;
        let elements = xml_elements(&xml);
        for name in [
            "service_definition",
            "attributes",
            "attribute",
            "datatype",
            "values",
            "value",
            "key",
        ] {
            assert!(
                elements.iter().any(|e| e == name),
                "missing <{name}> in {xml}"
            );
        }
    })
    .await;
}
on_both_backends!(services_are_listed_in_json_and_xml);

async fn unknown_things_get_the_spec_error_array(database: TestDatabase) {
    with_api(database, |api, _| async move {
        let (status, errors) = api
            .get_json("/open311/v2/services/no-such-service.json")
            .await;
        assert_eq!(status, 404);
        assert_eq!(errors[0]["code"], 404);
        assert!(errors[0]["description"]
            .as_str()
            .unwrap()
            .contains("no-such-service"));

        let (status, xml) = api.get("/open311/v2/requests/2026-999999.xml").await;
        assert_eq!(status, 404);
        assert_eq!(
            &xml_elements(&xml)[..4],
            ["errors", "error", "code", "description"]
        );

        let (status, _) = api
            .get_json("/open311/v2/services.json?jurisdiction_id=elsewhere.gov")
            .await;
        assert_eq!(status, 404);
        let (status, _) = api
            .get_json("/open311/v2/services.json?jurisdiction_id=toronto.ca")
            .await;
        assert_eq!(status, 200);
        let (status, _) = api.get("/open311/v2/services.csv").await;
        assert_eq!(status, 404);
    })
    .await;
}
on_both_backends!(unknown_things_get_the_spec_error_array);

async fn posting_needs_a_valid_api_key(database: TestDatabase) {
    with_api(database, |api, _| async move {
        let mut form = pothole_form("c311_not-a-real-key");
        let (status, errors) = api.post_json(&form).await;
        assert_eq!(status, 403);
        assert_eq!(errors[0]["description"], "api_key is missing or not valid");
        form.retain(|(name, _)| *name != "api_key");
        assert_eq!(api.post_json(&form).await.0, 403);
    })
    .await;
}
on_both_backends!(posting_needs_a_valid_api_key);

async fn posted_request_is_found_by_id_token_and_list(database: TestDatabase) {
    with_api(database, |api, key| async move {
        let (status, created) = api.post_json(&pothole_form(&key)).await;
        assert_eq!(status, 200, "{created}");
        let sr_number = created[0]["service_request_id"]
            .as_str()
            .unwrap()
            .to_string();
        let year = time::OffsetDateTime::now_utc().year();
        assert_eq!(sr_number, format!("{year}-000001"));
        let token = created[0]["token"].as_str().unwrap().to_string();

        let (status, found) = api
            .get_json(&format!("/open311/v2/requests/{sr_number}.json"))
            .await;
        assert_eq!(status, 200);
        let request = &found[0];
        assert_eq!(request["status"], "open");
        assert_eq!(request["service_code"], "pothole");
        assert_eq!(request["lat"], 43.6525);
        assert_eq!(request["agency_responsible"], "Transportation Services");
        assert!(request["requested_datetime"]
            .as_str()
            .unwrap()
            .ends_with('Z'));
        assert!(
            request.get("email").is_none(),
            "contact details are never published"
        );
        assert!(!found.to_string().contains("resident@example.org"));

        let (_, by_token) = api
            .get_json(&format!("/open311/v2/tokens/{token}.json"))
            .await;
        assert_eq!(by_token[0]["service_request_id"], sr_number.as_str());

        let (status, xml) = api
            .post("/open311/v2/requests.xml", &pothole_form(&key))
            .await;
        assert_eq!(status, 200);
        assert_eq!(
            &xml_elements(&xml)[..3],
            ["service_requests", "request", "service_request_id"]
        );
        assert!(xml.contains(&format!("{year}-000002")));

        let (_, listed) = api.get_json("/open311/v2/requests.json").await;
        let ids: Vec<&str> = listed
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["service_request_id"].as_str().unwrap())
            .collect();
        assert_eq!(
            ids,
            [format!("{year}-000002"), format!("{year}-000001")],
            "newest first"
        );
    })
    .await;
}
on_both_backends!(posted_request_is_found_by_id_token_and_list);

async fn invalid_submissions_name_each_field(database: TestDatabase) {
    with_api(database, |api, key| async move {
        let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
            (vec![("attribute[size]", "")], "attribute[size] is required"),
            (
                vec![("attribute[size]", "enormous")],
                "attribute[size] must be one of",
            ),
            (vec![("lat", "91")], "lat must be between -90 and 90"),
            (vec![("long", "east")], "long must be a number"),
            (
                vec![("lat", "43.60"), ("long", "-79.35")],
                "outside the city",
            ),
            (
                vec![("service_code", "unicorn-sighting")],
                "service_code 'unicorn-sighting' does not exist",
            ),
            (
                vec![("email", "not-an-email")],
                "email must be an email address",
            ),
            (
                vec![("attribute[colour]", "red")],
                "attribute[colour] is not an attribute",
            ),
            (vec![("lat", ""), ("long", "")], "a location is required"),
        ];
        for (changes, expected) in cases {
            let mut form = pothole_form(&key);
            for (name, value) in &changes {
                form.retain(|(n, _)| n != name);
                form.push((name, value));
            }
            let (status, errors) = api.post_json(&form).await;
            assert_eq!(status, 400, "{changes:?}: {errors}");
            assert_eq!(errors[0]["code"], 400);
            let descriptions = errors.to_string();
            assert!(
                descriptions.contains(expected),
                "{changes:?}: expected '{expected}' in {descriptions}"
            );
        }
        let (_, listed) = api.get_json("/open311/v2/requests.json").await;
        assert_eq!(
            listed.as_array().unwrap().len(),
            0,
            "no invalid submission was stored"
        );

        let mut form = pothole_form(&key);
        form.retain(|(n, _)| *n != "lat" && *n != "long");
        form.push(("address_string", "100 Queen St W"));
        let (status, created) = api.post_json(&form).await;
        assert_eq!(
            status, 200,
            "an address alone is a valid location: {created}"
        );
    })
    .await;
}
on_both_backends!(invalid_submissions_name_each_field);

async fn request_list_filters_and_pages(database: TestDatabase) {
    with_api(database, |api, key| async move {
        let mut streetlight = pothole_form(&key);
        streetlight.retain(|(n, _)| !n.starts_with("attribute") && *n != "service_code");
        streetlight.push(("service_code", "streetlight-out"));
        streetlight.push(("attribute[light_problem]", "out"));
        let (status, created) = api.post_json(&streetlight).await;
        assert_eq!(status, 200, "{created}");
        assert_eq!(api.post_json(&pothole_form(&key)).await.0, 200);

        let count = |value: Value| value.as_array().unwrap().len();
        let (_, potholes) = api
            .get_json("/open311/v2/requests.json?service_code=pothole")
            .await;
        assert_eq!(count(potholes), 1);
        let (_, both) = api
            .get_json("/open311/v2/requests.json?service_code=pothole,streetlight-out")
            .await;
        assert_eq!(count(both), 2);
        let (_, open) = api.get_json("/open311/v2/requests.json?status=open").await;
        assert_eq!(count(open), 2);
        let (_, closed) = api
            .get_json("/open311/v2/requests.json?status=closed")
            .await;
        assert_eq!(count(closed), 0);
        let (_, future) = api
            .get_json("/open311/v2/requests.json?start_date=2099-01-01T00:00:00Z")
            .await;
        assert_eq!(count(future), 0);
        let (_, past) = api
            .get_json("/open311/v2/requests.json?end_date=2000-01-01")
            .await;
        assert_eq!(count(past), 0);

        let (_, first_page) = api.get_json("/open311/v2/requests.json?page_size=1").await;
        let (_, second_page) = api
            .get_json("/open311/v2/requests.json?page_size=1&page=2")
            .await;
        assert_eq!(count(first_page.clone()), 1);
        assert_ne!(
            first_page[0]["service_request_id"],
            second_page[0]["service_request_id"]
        );

        for bad in [
            "start_date=yesterday",
            "status=pending",
            "page=0",
            "page_size=5000",
        ] {
            let (status, errors) = api
                .get_json(&format!("/open311/v2/requests.json?{bad}"))
                .await;
            assert_eq!(status, 400, "{bad}");
            assert_eq!(errors[0]["code"], 400);
        }
    })
    .await;
}
on_both_backends!(request_list_filters_and_pages);

async fn discovery_and_openapi_are_served(database: TestDatabase) {
    with_api(database, |api, _| async move {
        let (status, discovery) = api.get_json("/open311/discovery.json").await;
        assert_eq!(status, 200);
        let endpoint = &discovery["endpoints"][0];
        assert_eq!(
            endpoint["specification"],
            "http://wiki.open311.org/GeoReport_v2"
        );
        assert!(endpoint["url"].as_str().unwrap().ends_with("/open311/v2"));
        let (_, xml) = api.get("/open311/discovery.xml").await;
        assert!(xml_elements(&xml).contains(&"endpoint".to_string()));

        let (status, openapi) = api.get_json("/open311/v2/openapi.json").await;
        assert_eq!(status, 200);
        assert_eq!(openapi["openapi"], "3.0.3");
        assert!(openapi["paths"]["/requests.{format}"]["post"].is_object());
    })
    .await;
}
on_both_backends!(discovery_and_openapi_are_served);
