//! Reporting a problem at `/report`, one question per page, with or without JavaScript.
//!
//! Every step is a plain HTML form that the server (`server/src/http/report.rs`) checks and
//! stores in a draft, then redirects to the next step; the draft's id is in the URL. With
//! JavaScript the location step adds a map. The draft id is also the idempotency key of the
//! request it files, so a retried or double-clicked submit files one request.

mod map;
mod pages;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use pages::{ChoosePage, DraftPage, ReferralPage, StartPage};

/// The steps of a draft, in order; each is the last segment of its URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Location,
    Details,
    Photos,
    Check,
    Confirmation,
    Following,
}

impl Step {
    pub fn as_str(self) -> &'static str {
        match self {
            Step::Location => "location",
            Step::Details => "details",
            Step::Photos => "photos",
            Step::Check => "check",
            Step::Confirmation => "confirmation",
            Step::Following => "following",
        }
    }

    pub fn parse(segment: &str) -> Option<Self> {
        [
            Step::Location,
            Step::Details,
            Step::Photos,
            Step::Check,
            Step::Confirmation,
            Step::Following,
        ]
        .into_iter()
        .find(|step| step.as_str() == segment)
    }
}

/// Who owns the thing being reported, for service types that ask.
pub const OWNERS: [&str; 7] = [
    "city",
    "unknown",
    "bell",
    "rogers",
    "toronto-hydro",
    "canada-post",
    "ttc",
];

/// Whether the City handles a report about something this owner owns.
pub fn city_handles(owner: &str) -> bool {
    matches!(owner, "city" | "unknown")
}

/// The service type whose reports first show the police's guidance on hate crimes.
pub const HATE_GRAFFITI: &str = "graffiti-hate";

/// The most photos one report takes.
pub const MAX_PHOTOS: usize = 3;

/// The largest photo file accepted, before it is resized.
pub const MAX_PHOTO_BYTES: usize = 10 * 1024 * 1024;

/// Where the problem is, once the resident confirmed it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChosenLocation {
    pub latitude: f64,
    pub longitude: f64,
    /// The street, intersection or place chosen, when it came from the address search.
    pub address: Option<String>,
    pub ward: i64,
}

/// One problem with what was entered on a step, as a Fluent message to show by the field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    /// The form field's name, e.g. `description` or `attribute[size]`.
    pub field: String,
    /// The Fluent id of the message.
    pub message: String,
    pub args: Vec<(String, String)>,
}

impl FieldProblem {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args.push((name.to_string(), value.into()));
        self
    }
}

/// Everything the resident has entered so far, kept even when it was wrong, so a form
/// shown again with its errors still holds what they typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftAnswers {
    pub owner: Option<String>,
    pub location: Option<ChosenLocation>,
    pub attributes: BTreeMap<String, Vec<String>>,
    pub description: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    /// The request followed instead of filing a new one ("me too").
    pub followed: Option<String>,
    /// The live chat an agent is filing this from; the SR number is posted into it.
    #[serde(default)]
    pub chat: Option<i64>,
    /// What was wrong with the last submission of `errors_step`.
    pub errors: Vec<FieldProblem>,
    pub errors_step: Option<Step>,
}

/// The HTML `id` of a form field, for error-summary links.
pub fn field_id(field: &str) -> String {
    match field {
        "location" | "place" => "place-query".to_string(),
        "lat" | "long" => "report-map".to_string(),
        _ => match field
            .strip_prefix("attribute[")
            .and_then(|rest| rest.strip_suffix(']'))
        {
            Some(code) => format!("attribute-{code}"),
            None => field.replace('_', "-"),
        },
    }
}

/// The map's tile source, from the server's configuration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MapSettings {
    /// A Leaflet URL template such as `https://tile.example/{z}/{x}/{y}.png`.
    pub tile_url: String,
    pub attribution: String,
}

/// A service type's question on the form, in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionView {
    pub code: String,
    /// `string`, `number`, `datetime`, `text`, `singlevaluelist` or `multivaluelist`.
    pub datatype: String,
    pub required: bool,
    pub question: String,
    pub choices: Vec<(String, String)>,
}

/// The service being reported, in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceFormView {
    pub code: String,
    pub name: String,
    pub description: String,
    pub division: String,
    pub standard: String,
    /// `none`, `optional` or `required`.
    pub photo_policy: String,
    pub ownership_check: bool,
    pub questions: Vec<QuestionView>,
}

/// A stored photo of the draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PhotoView {
    pub id: i64,
    pub url: String,
    /// Where the photo says it was taken, when that differs from the chosen location.
    pub offered_location: Option<(f64, f64)>,
}

/// An open request of the same type close by, offered instead of a duplicate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NearbyView {
    pub sr_number: String,
    pub status_label: String,
    pub filed_on: String,
    pub distance: String,
    pub reporters: String,
    pub address: Option<String>,
}

/// A shown error: the field's HTML id and the message in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownError {
    pub field: String,
    pub target: String,
    pub message: String,
}

/// A place found by the address search.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceView {
    pub name: String,
    pub kind_label: String,
}

/// What a draft's step pages show.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftView {
    pub id: String,
    pub service: ServiceFormView,
    pub answers: DraftAnswers,
    pub errors: Vec<ShownError>,
    pub location_label: Option<String>,
    pub photos: Vec<PhotoView>,
    pub nearby: Vec<NearbyView>,
    pub followed_reporters: Option<String>,
    pub sr_number: Option<String>,
    pub expected_on: Option<String>,
    pub map: MapSettings,
    /// The address search: what was searched for, and its matches.
    pub place_query: String,
    pub places: Vec<PlaceView>,
}

impl DraftView {
    /// The first error on `field`, if any.
    pub fn error_for(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|error| error.field == field)
            .map(|error| error.message.clone())
    }

    /// Whether the service's photo step is shown.
    pub fn takes_photos(&self) -> bool {
        self.service.photo_policy != "none"
    }
}

/// The start page: the chosen service, with the ownership question where it applies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartView {
    pub service: ServiceFormView,
    pub hate_guidance: bool,
}

use leptos::prelude::*;

/// A draft's step, or `None` when the draft does not exist.
#[server]
pub async fn report_draft(
    id: String,
    step: String,
    place_query: String,
) -> Result<Option<DraftView>, ServerFnError> {
    ssr::draft_view(&id, Step::parse(&step), &place_query).await
}

/// The start page's content, or `None` for an unknown service code.
#[server]
pub async fn report_start(code: String) -> Result<Option<StartView>, ServerFnError> {
    ssr::start_view(&code).await
}

#[cfg(feature = "ssr")]
mod ssr {
    use fluent_bundle::FluentArgs;
    use leptos::prelude::*;

    use super::*;
    use crate::{
        backend::{use_backend, ServiceTypeDetail},
        dates::{self, CityTimeZone, Precision},
        i18n::Localizer,
    };

    fn unavailable(error: impl std::fmt::Display) -> ServerFnError {
        leptos::logging::error!("report flow: {error}");
        ServerFnError::new("the report form is unavailable right now")
    }

    pub async fn start_view(code: &str) -> Result<Option<StartView>, ServerFnError> {
        let backend = use_backend()?;
        let Some(service) = backend.service_type(code).await.map_err(unavailable)? else {
            return Ok(None);
        };
        let i18n = crate::i18n::request_localizer();
        Ok(Some(StartView {
            hate_guidance: service.code == HATE_GRAFFITI,
            service: service_view(&i18n, &service),
        }))
    }

    pub fn service_view(i18n: &Localizer, service: &ServiceTypeDetail) -> ServiceFormView {
        let id = format!("service-{}", service.code);
        let mut args = FluentArgs::new();
        args.set("count", service.sla_amount);
        let standard_id = format!("service-sla-{}", service.sla_unit.replace('_', "-"));
        ServiceFormView {
            code: service.code.clone(),
            name: i18n.t_or(&id, &service.name),
            description: i18n.t_attr_or(&id, "description", &service.description),
            division: crate::catalogue::division_name(i18n, &service.division),
            standard: i18n.t_args(&standard_id, &args),
            photo_policy: service.photo_policy.clone(),
            ownership_check: service.ownership_check,
            questions: service
                .questions
                .iter()
                .map(|question| {
                    let qid = format!("question-{}-{}", service.code, question.code);
                    QuestionView {
                        code: question.code.clone(),
                        datatype: question.datatype.clone(),
                        required: question.required,
                        question: i18n.t_or(&qid, &question.question),
                        choices: question
                            .choices
                            .iter()
                            .map(|(key, name)| {
                                (key.clone(), i18n.t_attr_or(&qid, &attr_key(key), name))
                            })
                            .collect(),
                    }
                })
                .collect(),
        }
    }

    /// Fluent attribute names allow letters, digits, `-` and `_`.
    fn attr_key(key: &str) -> String {
        key.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    }

    pub async fn draft_view(
        id: &str,
        step: Option<Step>,
        place_query: &str,
    ) -> Result<Option<DraftView>, ServerFnError> {
        let backend = use_backend()?;
        let Some(draft) = backend.report_draft(id).await.map_err(unavailable)? else {
            return Ok(None);
        };
        let i18n = crate::i18n::request_localizer();
        let zone = expect_context::<CityTimeZone>();
        let map = expect_context::<MapSettings>();
        let lang = i18n.lang().to_string();
        let service = service_view(&i18n, &draft.service);
        let answers = draft.answers;
        let errors = if answers.errors_step.is_some() && answers.errors_step == step {
            answers
                .errors
                .iter()
                .map(|problem| {
                    let mut args = FluentArgs::new();
                    for (name, value) in &problem.args {
                        args.set(name.clone(), value.clone());
                    }
                    args.set("field", field_label(&i18n, &service, &problem.field));
                    ShownError {
                        field: problem.field.clone(),
                        target: field_id(&problem.field),
                        message: i18n.t_args(&problem.message, &args),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let location_label = answers.location.as_ref().map(|location| {
            let mut args = FluentArgs::new();
            args.set("ward", location.ward);
            match &location.address {
                Some(address) => {
                    args.set("address", address.clone());
                    i18n.t_args("report-location-address", &args)
                }
                None => {
                    args.set("lat", format!("{:.5}", location.latitude));
                    args.set("long", format!("{:.5}", location.longitude));
                    i18n.t_args("report-location-pin", &args)
                }
            }
        });
        let photos = draft
            .photos
            .iter()
            .map(|photo| PhotoView {
                id: photo.id,
                url: format!("/report/{id}/photos/{}", photo.id),
                offered_location: photo.gps.filter(|(lat, long)| {
                    answers.location.as_ref().is_none_or(|chosen| {
                        (chosen.latitude - lat).abs() > 1e-5
                            || (chosen.longitude - long).abs() > 1e-5
                    })
                }),
            })
            .collect();
        let reporters = |count: i64| {
            let mut args = FluentArgs::new();
            args.set("count", count);
            i18n.t_args("report-nearby-reporters", &args)
        };
        let nearby = draft
            .nearby
            .iter()
            .map(|request| {
                let mut args = FluentArgs::new();
                args.set("metres", request.distance_m.round() as i64);
                NearbyView {
                    sr_number: request.sr_number.clone(),
                    status_label: i18n.t_or(&format!("status-{}", request.status), &request.status),
                    filed_on: dates::format(request.filed_at, &lang, &zone, Precision::Date),
                    distance: i18n.t_args("report-nearby-distance", &args),
                    reporters: reporters(request.reporters),
                    address: request.address.clone(),
                }
            })
            .collect();
        let places = if place_query.trim().is_empty() {
            Vec::new()
        } else {
            backend
                .find_places(place_query)
                .await
                .map_err(unavailable)?
                .into_iter()
                .map(|place| PlaceView {
                    kind_label: i18n.t(&format!("report-place-kind-{}", place.kind)),
                    name: place.name,
                })
                .collect()
        };
        Ok(Some(DraftView {
            id: draft.id,
            service,
            errors,
            location_label,
            photos,
            nearby,
            followed_reporters: draft.followed_reporters.map(reporters),
            sr_number: draft.sr_number,
            expected_on: draft
                .expected_at
                .map(|at| dates::format(at, &lang, &zone, Precision::Date)),
            map,
            place_query: place_query.to_string(),
            places,
            answers,
        }))
    }

    /// What the resident calls a field: the question, or the form label.
    fn field_label(i18n: &Localizer, service: &ServiceFormView, field: &str) -> String {
        if let Some(code) = field
            .strip_prefix("attribute[")
            .and_then(|rest| rest.strip_suffix(']'))
        {
            if let Some(question) = service.questions.iter().find(|q| q.code == code) {
                return question.question.clone();
            }
        }
        i18n.t(&format!("report-field-{}", field.replace('_', "-")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_round_trip_through_their_url_segment() {
        for step in [
            Step::Location,
            Step::Details,
            Step::Photos,
            Step::Check,
            Step::Confirmation,
            Step::Following,
        ] {
            assert_eq!(Step::parse(step.as_str()), Some(step));
        }
        assert_eq!(Step::parse("submit"), None);
    }

    #[test]
    fn error_links_point_at_the_field() {
        assert_eq!(field_id("attribute[size]"), "attribute-size");
        assert_eq!(field_id("first_name"), "first-name");
        assert_eq!(field_id("location"), "place-query");
    }

    #[test]
    fn only_city_or_unknown_owners_are_handled_here() {
        assert!(city_handles("city"));
        assert!(city_handles("unknown"));
        assert!(!city_handles("bell"));
        assert!(OWNERS.iter().all(|owner| !owner.is_empty()));
    }
}
