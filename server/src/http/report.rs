//! The report flow's form posts. Each stores what was entered in the draft, then redirects
//! (303) to the next step, or back to the same step, which shows the errors beside the fields
//! with everything the resident typed still filled in.

use std::collections::BTreeMap;

use app::{
    i18n::Localizer,
    report::{city_handles, ChosenLocation, DraftAnswers, FieldProblem, Step, MAX_PHOTOS, OWNERS},
};
use axum::{
    body::Bytes,
    extract::{DefaultBodyLimit, FromRequest, Multipart, Path, Request, State},
    http::{header, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
    Extension, Router,
};

use super::AppState;
use crate::{
    db::{
        catalogue::ServiceTypeRecord,
        drafts::{new_draft_id, DraftRow},
        requests::NewServiceRequest,
        DbError,
    },
    geocoder::GeocoderError,
    intake::{self, FieldError, Problem, Submission},
    photos::{self, MAX_PHOTO_BYTES},
};

/// Open requests within this distance of a new report are offered instead of a duplicate.
pub const DUPLICATE_RADIUS_M: f64 = 250.0;

/// The report flow's routes. The pages themselves are Leptos routes on the same paths (GET).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/report/start", post(start))
        .route(
            "/report/{draft}/{step}",
            // Twice the photo limit, so that a somewhat too large photo is read whole and
            // refused with a message; far larger bodies are cut off.
            post(step).layer(DefaultBodyLimit::max(2 * MAX_PHOTO_BYTES)),
        )
        .route("/report/{draft}/photos/{photo}", get(draft_photo))
        .route("/photos/{photo}", get(public_photo))
}

/// A failure that is not the resident's to fix; shown as one response, logged in full.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Database(#[from] DbError),
    #[error(transparent)]
    Geocoder(#[from] GeocoderError),
    #[error("the form could not be read: {0}")]
    BadForm(String),
}

impl IntoResponse for ReportError {
    fn into_response(self) -> Response {
        match self {
            ReportError::BadForm(reason) => (
                StatusCode::BAD_REQUEST,
                format!("The form could not be read ({reason}). Go back and try again."),
            )
                .into_response(),
            error => {
                tracing::error!("report flow: {error}");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Your report could not be saved right now. Go back and try again in a few minutes; what you entered so far is kept.",
                )
                    .into_response()
            }
        }
    }
}

type Reply = Result<Redirect, ReportError>;

/// A urlencoded form as its list of fields; repeated names (checkboxes) keep every value.
struct FormFields(Vec<(String, String)>);

impl FormFields {
    fn parse(body: &[u8]) -> Result<Self, ReportError> {
        serde_urlencoded::from_bytes(body)
            .map(FormFields)
            .map_err(|e| ReportError::BadForm(e.to_string()))
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or_default().trim().to_string()
    }
}

fn to_step(id: &str, step: Step) -> Redirect {
    Redirect::to(&format!("/report/{id}/{}", step.as_str()))
}

/// `POST /report/start`: creates a draft, or refers the resident elsewhere.
async fn start(
    State(state): State<AppState>,
    Extension(localizer): Extension<Localizer>,
    body: Bytes,
) -> Reply {
    let form = FormFields::parse(&body)?;
    let code = form.text("service");
    let Some(service) = state.db.service_type(&code).await? else {
        return Ok(Redirect::to("/report"));
    };
    let owner = form.get("owner").filter(|o| OWNERS.contains(o));
    if service.ownership_check {
        match owner {
            None => {
                return Ok(Redirect::to(&format!(
                    "/report/start?service={code}&error=owner"
                )))
            }
            Some(owner) if !city_handles(owner) => {
                return Ok(Redirect::to(&format!("/report/elsewhere?owner={owner}")))
            }
            Some(_) => {}
        }
    }
    let answers = DraftAnswers {
        owner: owner.map(str::to_string),
        ..DraftAnswers::default()
    };
    let id = new_draft_id();
    state
        .db
        .create_draft(&id, &service.service_code, localizer.lang(), &answers)
        .await?;
    Ok(to_step(&id, Step::Location))
}

/// `POST /report/{draft}/{action}`.
async fn step(
    State(state): State<AppState>,
    Path((id, action)): Path<(String, String)>,
    request: Request,
) -> Reply {
    let Some(draft) = state.db.draft(&id).await? else {
        // The GET of the same address explains that the draft does not exist.
        return Ok(Redirect::to(&format!("/report/{id}/location")));
    };
    if draft.sr_number.is_some() {
        return Ok(to_step(&id, Step::Confirmation));
    }
    let Some(service) = state.db.service_type(&draft.service_code).await? else {
        return Ok(Redirect::to("/report"));
    };
    let flow = Flow {
        state,
        draft,
        service,
    };
    if action == "photos" {
        let multipart = Multipart::from_request(request, &())
            .await
            .map_err(|e| ReportError::BadForm(e.body_text()))?;
        return flow.upload_photo(multipart).await;
    }
    let body = Bytes::from_request(request, &())
        .await
        .map_err(|e| ReportError::BadForm(e.body_text()))?;
    let form = FormFields::parse(&body)?;
    match action.as_str() {
        "location" => flow.location(&form).await,
        "details" => flow.details(&form).await,
        "photos-remove" => flow.remove_photo(&form).await,
        "photos-location" => flow.photo_location(&form).await,
        "photos-continue" => flow.photos_done().await,
        "submit" => flow.submit().await,
        "follow" => flow.follow(&form).await,
        _ => Err(ReportError::BadForm(format!("unknown step '{action}'"))),
    }
}

/// One draft being worked on.
struct Flow {
    state: AppState,
    draft: DraftRow,
    service: ServiceTypeRecord,
}

impl Flow {
    fn id(&self) -> &str {
        &self.draft.id
    }

    /// Saves the answers with `problems` for `step`; back to `step` when there are any,
    /// otherwise on to `next`.
    async fn save(
        &self,
        mut answers: DraftAnswers,
        step: Step,
        problems: Vec<FieldProblem>,
        next: Step,
        again: Option<String>,
    ) -> Reply {
        let failed = !problems.is_empty();
        answers.errors = problems;
        answers.errors_step = failed.then_some(step);
        self.state
            .db
            .save_draft_answers(self.id(), &answers)
            .await?;
        if failed {
            let mut back = format!("/report/{}/{}", self.id(), step.as_str());
            if let Some(query) = again.filter(|q| !q.is_empty()) {
                back.push_str("?q=");
                back.push_str(
                    &url::form_urlencoded::byte_serialize(query.as_bytes()).collect::<String>(),
                );
            }
            Ok(Redirect::to(&back))
        } else {
            Ok(to_step(self.id(), next))
        }
    }

    fn after_details(&self) -> Step {
        if self.service.photo_policy == "none" {
            Step::Check
        } else {
            Step::Photos
        }
    }

    fn locate(
        &self,
        latitude: f64,
        longitude: f64,
        address: Option<String>,
    ) -> Option<ChosenLocation> {
        let ward = self.state.wards.ward_at(latitude, longitude)?;
        Some(ChosenLocation {
            latitude,
            longitude,
            address,
            ward: ward.number,
        })
    }

    async fn location(&self, form: &FormFields) -> Reply {
        let mut answers = self.draft.answers.clone();
        let query = form.text("q");
        let problem = match form.get("method") {
            Some("pin") => {
                let coordinate = |name, limit: f64| {
                    form.text(name)
                        .parse::<f64>()
                        .ok()
                        .filter(|v| v.is_finite() && v.abs() <= limit)
                };
                match (coordinate("lat", 90.0), coordinate("long", 180.0)) {
                    (Some(lat), Some(long)) => match self.locate(lat, long, None) {
                        Some(location) => {
                            answers.location = Some(location);
                            None
                        }
                        None => Some(FieldProblem::new("lat", "report-error-outside-city")),
                    },
                    _ => Some(FieldProblem::new("lat", "report-error-pin-missing")),
                }
            }
            Some("place") => match self.state.geocoder.resolve(&form.text("place")).await? {
                Some(place) => {
                    match self.locate(place.latitude, place.longitude, Some(place.name)) {
                        Some(location) => {
                            answers.location = Some(location);
                            None
                        }
                        None => Some(FieldProblem::new("place", "report-error-outside-city")),
                    }
                }
                None => Some(FieldProblem::new("place", "report-error-place-choose")),
            },
            _ => Some(FieldProblem::new(
                "location",
                "report-error-location-missing",
            )),
        };
        let problems: Vec<FieldProblem> = problem.into_iter().collect();
        self.save(
            answers,
            Step::Location,
            problems,
            Step::Details,
            Some(query),
        )
        .await
    }

    async fn details(&self, form: &FormFields) -> Reply {
        let mut answers = self.draft.answers.clone();
        let mut attributes: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (name, value) in &form.0 {
            if let Some(code) = name
                .strip_prefix("attribute[")
                .and_then(|rest| rest.strip_suffix(']'))
            {
                attributes
                    .entry(code.to_string())
                    .or_default()
                    .push(value.trim().to_string());
            }
        }
        answers.attributes = attributes;
        answers.description = form.text("description");
        answers.first_name = form.text("first_name");
        answers.last_name = form.text("last_name");
        answers.email = form.text("email");
        answers.phone = form.text("phone");
        let problems = self.detail_problems(&answers);
        let next = self.after_details();
        self.save(answers, Step::Details, problems, next, None)
            .await
    }

    /// What is wrong on the details page, by the same rules as every other channel.
    fn detail_problems(&self, answers: &DraftAnswers) -> Vec<FieldProblem> {
        let submission = self.submission(answers);
        let mut problems: Vec<FieldProblem> = match self.validate(&submission) {
            Ok(_) => Vec::new(),
            Err(errors) => errors
                .iter()
                .filter(|error| !matches!(error.field.as_str(), "lat" | "long" | "location"))
                .map(problem_for)
                .collect(),
        };
        if !answers.phone.is_empty() && !is_phone_number(&answers.phone) {
            problems.push(FieldProblem::new("phone", "report-error-phone"));
        }
        problems
    }

    fn submission(&self, answers: &DraftAnswers) -> Submission {
        let zone = &self.state.settings.time_zone;
        let attributes = answers
            .attributes
            .iter()
            .map(|(code, values)| {
                let is_datetime = self.service.attributes.iter().any(|a| {
                    &a.code == code && a.datatype == crate::catalogue::AttributeDatatype::Datetime
                });
                let values = if is_datetime {
                    values.iter().map(|v| local_to_w3c(v, zone)).collect()
                } else {
                    values.clone()
                };
                (code.clone(), values)
            })
            .collect();
        let location = answers.location.as_ref();
        let some = |text: &str| (!text.is_empty()).then(|| text.to_string());
        Submission {
            service_code: self.service.service_code.clone(),
            latitude: location.map(|l| l.latitude.to_string()),
            longitude: location.map(|l| l.longitude.to_string()),
            address: location.and_then(|l| l.address.clone()),
            description: some(&answers.description),
            attributes,
            email: some(&answers.email),
            phone: some(&answers.phone),
            first_name: some(&answers.first_name),
            last_name: some(&answers.last_name),
            locale: self.draft.locale.clone(),
            ..Submission::default()
        }
    }

    fn validate(&self, submission: &Submission) -> Result<intake::ValidRequest, Vec<FieldError>> {
        intake::validate(
            submission,
            &self.service,
            &self.state.wards,
            crate::clock::now_utc(),
            &self.state.settings.time_zone,
        )
    }

    async fn upload_photo(&self, mut multipart: Multipart) -> Reply {
        let answers = self.draft.answers.clone();
        let mut bytes = None;
        let mut problem = None;
        loop {
            match multipart.next_field().await {
                Ok(Some(field)) if field.name() == Some("photo") => match field.bytes().await {
                    Ok(data) => bytes = Some(data),
                    Err(_) => problem = Some(photos::PhotoError::TooLarge),
                },
                Ok(Some(_)) => {}
                Ok(None) => break,
                // The body limit stops the read of an oversized file.
                Err(_) => {
                    problem = Some(photos::PhotoError::TooLarge);
                    break;
                }
            }
        }
        let problem = match (problem, bytes) {
            (Some(error), _) => Some(error),
            (None, None) => Some(photos::PhotoError::Empty),
            (None, Some(data)) => {
                // Decoding is CPU work; keep it off the threads that serve requests.
                let processed = tokio::task::spawn_blocking(move || photos::process(&data))
                    .await
                    .map_err(|e| ReportError::BadForm(e.to_string()))?;
                match processed {
                    Ok(photo) => {
                        let stored = self
                            .state
                            .db
                            .add_draft_photo(self.id(), &photo, MAX_PHOTOS)
                            .await?;
                        if stored.is_none() {
                            let problem = FieldProblem::new("photo", "report-error-photo-limit")
                                .with("count", MAX_PHOTOS.to_string());
                            return self
                                .save(answers, Step::Photos, vec![problem], Step::Photos, None)
                                .await;
                        }
                        None
                    }
                    Err(error) => Some(error),
                }
            }
        };
        let problems = problem
            .map(|error| {
                FieldProblem::new("photo", error.message_id())
                    .with("megabytes", (MAX_PHOTO_BYTES / (1024 * 1024)).to_string())
            })
            .into_iter()
            .collect();
        self.save(answers, Step::Photos, problems, Step::Photos, None)
            .await
    }

    fn photo_id(form: &FormFields) -> Result<i64, ReportError> {
        form.text("photo")
            .parse()
            .map_err(|_| ReportError::BadForm("photo must be a photo number".into()))
    }

    async fn remove_photo(&self, form: &FormFields) -> Reply {
        self.state
            .db
            .remove_draft_photo(self.id(), Self::photo_id(form)?)
            .await?;
        self.save(
            self.draft.answers.clone(),
            Step::Photos,
            vec![],
            Step::Photos,
            None,
        )
        .await
    }

    async fn photo_location(&self, form: &FormFields) -> Reply {
        let photo_id = Self::photo_id(form)?;
        let photos = self.state.db.draft_photos(self.id()).await?;
        let mut answers = self.draft.answers.clone();
        let gps = photos.iter().find(|p| p.id == photo_id).and_then(|p| p.gps);
        let problems = match gps.and_then(|(lat, long)| self.locate(lat, long, None)) {
            Some(location) => {
                answers.location = Some(location);
                vec![]
            }
            None => vec![FieldProblem::new("photo", "report-error-photo-outside")],
        };
        self.save(answers, Step::Photos, problems, Step::Photos, None)
            .await
    }

    async fn photos_done(&self) -> Reply {
        let count = self.state.db.draft_photos(self.id()).await?.len();
        let problems = if self.service.photo_policy == "required" && count == 0 {
            vec![FieldProblem::new("photo", "report-error-photo-required")]
        } else {
            vec![]
        };
        self.save(
            self.draft.answers.clone(),
            Step::Photos,
            problems,
            Step::Check,
            None,
        )
        .await
    }

    /// Files the request. Everything is checked again, since any step can be skipped by
    /// typing its address; the draft id makes a repeated submit return the same request.
    async fn submit(&self) -> Reply {
        let answers = self.draft.answers.clone();
        if answers.location.is_none() {
            let problem = FieldProblem::new("location", "report-error-location-missing");
            return self
                .save(answers, Step::Location, vec![problem], Step::Location, None)
                .await;
        }
        let problems = self.detail_problems(&answers);
        if !problems.is_empty() {
            return self
                .save(answers, Step::Details, problems, Step::Details, None)
                .await;
        }
        let photos = self.state.db.draft_photos(self.id()).await?;
        if self.service.photo_policy == "required" && photos.is_empty() {
            let problem = FieldProblem::new("photo", "report-error-photo-required");
            return self
                .save(answers, Step::Photos, vec![problem], Step::Photos, None)
                .await;
        }
        let valid = match self.validate(&self.submission(&answers)) {
            Ok(valid) => valid,
            Err(errors) => {
                let problems = errors.iter().map(problem_for).collect();
                return self
                    .save(answers, Step::Details, problems, Step::Details, None)
                    .await;
            }
        };
        let request = NewServiceRequest {
            idempotency_key: Some(self.draft.id.clone()),
            source: "web".to_string(),
            media_url: photos.first().map(|photo| {
                format!(
                    "{}/photos/{}",
                    self.state.settings.public_url.trim_end_matches('/'),
                    photo.id
                )
            }),
            ..valid.request
        };
        let filed = self.state.db.file_service_request(&request).await?;
        self.state.db.complete_draft(self.id(), &filed).await?;
        if let Some(chat) = answers.chat {
            // The agent filed it from a chat: the number goes into the chat, and the chat's
            // transcript is shown with the request.
            if self
                .state
                .db
                .link_chat_request(chat, filed.id, &filed.sr_number)
                .await?
            {
                let event = crate::db::chat::ChatEvent::Changed(chat);
                self.state.chat.hub.after_commit(&[event]);
            }
        }
        tracing::info!(sr_number = %filed.sr_number, "filed from the web form");
        Ok(to_step(self.id(), Step::Confirmation))
    }

    /// "Me too": follows an open request nearby instead of filing a duplicate.
    async fn follow(&self, form: &FormFields) -> Reply {
        let sr_number = form.text("sr_number");
        let mut answers = self.draft.answers.clone();
        let offered = match &answers.location {
            Some(location) => self
                .state
                .db
                .nearby_open_requests(
                    &self.service.service_code,
                    location.latitude,
                    location.longitude,
                    DUPLICATE_RADIUS_M,
                )
                .await?
                .iter()
                .any(|nearby| nearby.sr_number == sr_number),
            None => false,
        };
        if !offered
            || self
                .state
                .db
                .follow_request(self.id(), &sr_number)
                .await?
                .is_none()
        {
            let problem = FieldProblem::new("sr_number", "report-error-follow");
            return self
                .save(answers, Step::Check, vec![problem], Step::Check, None)
                .await;
        }
        answers.followed = Some(sr_number);
        self.save(answers, Step::Following, vec![], Step::Following, None)
            .await
    }
}

/// The resident-facing message for a validation error from [`intake`].
fn problem_for(error: &FieldError) -> FieldProblem {
    let problem = |id: &str| FieldProblem::new(error.field.clone(), id);
    match &error.problem {
        Problem::Missing => problem("report-error-missing"),
        Problem::NotANumber => problem("report-error-number"),
        Problem::OutOfRange { .. } | Problem::OutsideCity | Problem::LocationNeeded => {
            problem("report-error-outside-city")
        }
        Problem::TooLong { max } => problem("report-error-too-long").with("max", max.to_string()),
        Problem::NotInList { .. } | Problem::OneValueOnly | Problem::UnknownAttribute => {
            problem("report-error-choice")
        }
        Problem::NotADateTime => problem("report-error-datetime"),
        Problem::NotAnEmail => problem("report-error-email"),
        Problem::NotAUrl => problem("report-error-choice"),
    }
}

/// A phone number as people write one: digits with spaces, dots, dashes, brackets or a
/// leading +, and between 7 and 15 digits.
fn is_phone_number(text: &str) -> bool {
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let allowed = text
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || " .-()".contains(c) || (c == '+' && i == 0));
    allowed && (7..=15).contains(&digits)
}

/// A browser's `datetime-local` value ("2026-11-23T14:30") as a W3C date-time in the city's
/// time zone; anything else is passed on for validation to refuse.
fn local_to_w3c(value: &str, zone: &jiff::tz::TimeZone) -> String {
    value
        .parse::<jiff::civil::DateTime>()
        .ok()
        .and_then(|local| local.to_zoned(zone.clone()).ok())
        .map(|zoned| {
            zoned
                .timestamp()
                .display_with_offset(zoned.offset())
                .to_string()
        })
        .unwrap_or_else(|| value.to_string())
}

fn jpeg(bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "image/jpeg"),
            (header::CACHE_CONTROL, "private, max-age=86400"),
        ],
        bytes,
    )
        .into_response()
}

/// `GET /report/{draft}/photos/{photo}`: a photo of the resident's own draft.
async fn draft_photo(
    State(state): State<AppState>,
    Path((draft, photo)): Path<(String, i64)>,
) -> Result<Response, ReportError> {
    Ok(match state.db.draft_photo_bytes(&draft, photo).await? {
        Some(bytes) => jpeg(bytes),
        None => StatusCode::NOT_FOUND.into_response(),
    })
}

/// `GET /photos/{photo}`: a photo of a filed request (the Open311 `media_url`).
async fn public_photo(
    State(state): State<AppState>,
    Path(photo): Path<i64>,
) -> Result<Response, ReportError> {
    Ok(match state.db.public_photo_bytes(photo).await? {
        Some(bytes) => jpeg(bytes),
        None => StatusCode::NOT_FOUND.into_response(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_as_people_write_them() {
        for good in [
            "416-392-2489",
            "+1 (416) 392 2489",
            "4163922489",
            "392.2489",
        ] {
            assert!(is_phone_number(good), "{good}");
        }
        for bad in [
            "call me",
            "12345",
            "416-392-2489 ext",
            "1+416",
            "1234567890123456",
        ] {
            assert!(!is_phone_number(bad), "{bad}");
        }
    }

    #[test]
    fn local_times_get_the_city_offset() {
        let zone = jiff::tz::TimeZone::get("America/Toronto").unwrap();
        assert_eq!(
            local_to_w3c("2026-11-23T14:30", &zone),
            "2026-11-23T14:30:00-05:00"
        );
        assert_eq!(
            local_to_w3c("2026-07-01T09:00", &zone),
            "2026-07-01T09:00:00-04:00"
        );
        assert_eq!(local_to_w3c("last tuesday", &zone), "last tuesday");
    }
}
