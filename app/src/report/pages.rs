//! The report flow's pages. Each form posts to the server, which stores what was entered and
//! redirects: to the next step, or back to the same one with its errors.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    map::PinMap, report_draft, report_start, DraftView, QuestionView, ShownError, StartView, Step,
    MAX_PHOTOS, OWNERS,
};
use crate::{
    i18n::use_localizer,
    services::{service_directory, Directory},
};

fn query_value(name: &str) -> String {
    use_query_map()
        .read_untracked()
        .get(name)
        .unwrap_or_default()
}

/// The page title, starting with "Error:" when the page shows errors.
fn title(heading: &str, has_errors: bool) -> String {
    let i18n = use_localizer();
    let mut args = FluentArgs::new();
    args.set("heading", heading.to_string());
    let text = i18n.t_args("report-page-title", &args);
    if has_errors {
        format!("{} {text}", i18n.t("error-title-prefix"))
    } else {
        text
    }
}

/// The GOV.UK-style list of problems, each linking to its field.
#[component]
fn ErrorSummary(errors: Vec<ShownError>) -> impl IntoView {
    let i18n = use_localizer();
    (!errors.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1" autofocus>
                <h2>{i18n.t("error-summary-heading")}</h2>
                <ul>
                    {errors
                        .into_iter()
                        .map(|error| view! {
                            <li><a href=format!("#{}", error.target) rel="external">{error.message}</a></li>
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// An inline error message, with the id that `aria-describedby` names.
fn inline_error(id: &str, message: Option<String>) -> impl IntoView {
    message.map(|message| {
        let id = format!("{id}-error");
        view! { <p class="error-message" id=id>{message}</p> }
    })
}

fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

fn field_class(error: bool) -> &'static str {
    if error {
        "field field-error"
    } else {
        "field"
    }
}

/// `/report`: choose what to report, by searching or by topic.
#[component]
pub fn ChoosePage() -> impl IntoView {
    let i18n = use_localizer();
    let query = query_value("q");
    let directory = Resource::new(
        {
            let query = query.clone();
            move || query.clone()
        },
        service_directory,
    );
    let loading = i18n.t("loading");
    let heading = i18n.t("report-choose-heading");
    view! {
        <Title text=title(&heading, false)/>
        <h1>{heading}</h1>
        <p class="lead">{i18n.t("report-choose-intro")}</p>
        <form method="get" action="/report" class="search-form" role="search">
            <div class="field">
                <label for="q">{i18n.t("services-search-label")}</label>
                <p class="hint" id="q-hint">{i18n.t("services-search-hint")}</p>
                <input id="q" name="q" type="search" value=query.clone() aria-describedby="q-hint"/>
            </div>
            <button type="submit" class="button">{i18n.t("services-search-button")}</button>
        </form>
        <Suspense fallback=move || view! { <p>{loading.clone()}</p> }>
            {move || directory.get().map(|result| match result {
                Ok(directory) => view! {
                    <Directory
                        directory
                        query=query.clone()
                        link=|code| format!("/report/start?service={code}")
                    />
                }
                .into_any(),
                Err(_) => {
                    let i18n = use_localizer();
                    view! { <p class="error-message" role="alert">{i18n.t("catalogue-unavailable")}</p> }
                        .into_any()
                }
            })}
        </Suspense>
    }
}

/// `/report/start?service=CODE`: what the service covers and, where it applies, who owns
/// the thing being reported. Starting creates the draft.
#[component]
pub fn StartPage() -> impl IntoView {
    let code = query_value("service");
    let error = query_value("error");
    let start = Resource::new(move || code.clone(), report_start);
    let i18n = use_localizer();
    let loading = i18n.t("loading");
    view! {
        <Suspense fallback=move || view! { <p>{loading.clone()}</p> }>
            {move || {
                let error = error.clone();
                start.get().map(move |result| match result {
                    Ok(Some(start)) => view! { <StartForm start error/> }.into_any(),
                    Ok(None) => view! { <ReportNotFound/> }.into_any(),
                    Err(_) => view! { <Unavailable/> }.into_any(),
                })
            }}
        </Suspense>
    }
}

#[component]
fn StartForm(start: StartView, error: String) -> impl IntoView {
    let i18n = use_localizer();
    let service = start.service;
    let owner_error = (error == "owner").then(|| i18n.t("report-error-owner"));
    let errors: Vec<ShownError> = owner_error
        .iter()
        .map(|message| ShownError {
            field: "owner".into(),
            target: "owner-city".into(),
            message: message.clone(),
        })
        .collect();
    view! {
        <Title text=title(&service.name, owner_error.is_some())/>
        <ErrorSummary errors/>
        <p class="caption">{i18n.t("report-caption")}</p>
        <h1>{service.name.clone()}</h1>
        <p class="lead">{service.description.clone()}</p>
        <dl class="summary-list">
            <div><dt>{i18n.t("request-division")}</dt><dd>{service.division.clone()}</dd></div>
            <div><dt>{i18n.t("service-standard")}</dt><dd>{service.standard.clone()}</dd></div>
        </dl>
        {start.hate_guidance.then(|| view! {
            <div class="notice" role="note" aria-labelledby="hate-heading">
                <h2 id="hate-heading">{i18n.t("report-hate-heading")}</h2>
                <p>{i18n.t("report-hate-police")}</p>
                <p>{i18n.t("report-hate-then")}</p>
            </div>
        })}
        <form method="post" action="/report/start" novalidate>
            <input type="hidden" name="service" value=service.code.clone()/>
            {service.ownership_check.then(|| view! {
                <div class=field_class(owner_error.is_some())>
                    <fieldset aria-describedby=described_by("owner", true, owner_error.is_some())>
                        <legend>{i18n.t("report-owner-question")}</legend>
                        <p class="hint" id="owner-hint">{i18n.t("report-owner-hint")}</p>
                        {inline_error("owner", owner_error.clone())}
                        <div class="choices">
                            {OWNERS.iter().map(|owner| {
                                let id = format!("owner-{owner}");
                                view! {
                                    <div class="choice">
                                        <input type="radio" id=id.clone() name="owner" value=*owner/>
                                        <label for=id>{i18n.t(&format!("report-owner-{owner}"))}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                    </fieldset>
                </div>
            })}
            <button type="submit" class="button">{i18n.t("report-start-button")}</button>
        </form>
        <p><a href="/report">{i18n.t("report-choose-other")}</a></p>
    }
}

/// `/report/elsewhere?owner=OWNER`: the City does not own it, so nothing is filed here; says
/// where to report it instead.
#[component]
pub fn ReferralPage() -> impl IntoView {
    let i18n = use_localizer();
    let owner = query_value("owner");
    let known = OWNERS.contains(&owner.as_str()) && !super::city_handles(&owner);
    if !known {
        return view! { <ReportNotFound/> }.into_any();
    }
    let heading = i18n.t("report-referral-heading");
    view! {
        <Title text=title(&heading, false)/>
        <h1>{heading}</h1>
        <p class="lead">{i18n.t("report-referral-intro")}</p>
        <div class="notice">
            <p>{i18n.t(&format!("report-referral-{owner}"))}</p>
        </div>
        <p><a href="/report">{i18n.t("report-choose-other")}</a></p>
    }
    .into_any()
}

#[component]
fn ReportNotFound() -> impl IntoView {
    crate::shell::set_not_found_status();
    let i18n = use_localizer();
    let heading = i18n.t("report-not-found-heading");
    view! {
        <Title text=title(&heading, false)/>
        <h1>{heading}</h1>
        <p>{i18n.t("report-not-found-body")}</p>
        <p><a href="/report">{i18n.t("report-start-again")}</a></p>
    }
}

#[component]
fn Unavailable() -> impl IntoView {
    let i18n = use_localizer();
    view! { <p class="error-message" role="alert">{i18n.t("report-unavailable")}</p> }
}

/// `/report/{draft}/{step}`: one step of a draft.
#[component]
pub fn DraftPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let key = move || {
        let params = params.read();
        (
            params.get("draft").unwrap_or_default(),
            params.get("step").unwrap_or_default(),
            query.read().get("q").unwrap_or_default(),
        )
    };
    let draft = Resource::new(key, |(id, step, q)| report_draft(id, step, q));
    let i18n = use_localizer();
    let loading = i18n.t("loading");
    view! {
        <Suspense fallback=move || view! { <p>{loading.clone()}</p> }>
            {move || draft.get().map(|result| {
                let step = Step::parse(&params.read().get("step").unwrap_or_default());
                match (result, step) {
                    (Ok(Some(view)), Some(step)) => step_view(view, step),
                    (Ok(_), _) => view! { <ReportNotFound/> }.into_any(),
                    (Err(_), _) => view! { <Unavailable/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn step_view(view: DraftView, step: Step) -> AnyView {
    if view.sr_number.is_some() {
        return view! { <Confirmation view/> }.into_any();
    }
    match step {
        Step::Following if view.answers.followed.is_some() => {
            view! { <Following view/> }.into_any()
        }
        Step::Location | Step::Following | Step::Confirmation => {
            view! { <LocationStep view/> }.into_any()
        }
        Step::Details => view! { <DetailsStep view/> }.into_any(),
        Step::Photos => view! { <PhotosStep view/> }.into_any(),
        Step::Check => view! { <CheckStep view/> }.into_any(),
    }
}

#[component]
fn StepHeading(view: DraftView, heading: String) -> impl IntoView {
    let i18n = use_localizer();
    view! {
        <Title text=title(&heading, !view.errors.is_empty())/>
        <ErrorSummary errors=view.errors.clone()/>
        <p class="caption">{view.service.name.clone()}</p>
        <h1>{heading}</h1>
        {view.location_label.clone().map(|label| view! {
            <p class="current-location">
                <span class="label">{i18n.t("report-location-current")}</span>
                <bdi>{label}</bdi>
            </p>
        })}
    }
}

#[component]
fn LocationStep(view: DraftView) -> impl IntoView {
    let i18n = use_localizer();
    let action = format!("/report/{}/location", view.id);
    let place_error = view
        .error_for("location")
        .or_else(|| view.error_for("place"));
    let pin_error = view.error_for("lat");
    let query = view.place_query.clone();
    let initial = view
        .answers
        .location
        .as_ref()
        .map(|location| (location.latitude, location.longitude));
    let places = view.places.clone();
    let no_matches = (!query.trim().is_empty() && places.is_empty()).then(|| {
        let mut args = FluentArgs::new();
        args.set("query", query.clone());
        i18n.t_args("report-place-none", &args)
    });
    view! {
        <StepHeading view=view.clone() heading=i18n.t("report-location-heading")/>
        <PinMap action=action.clone() settings=view.map.clone() initial error=pin_error/>
        <section class="address-search" aria-labelledby="address-heading">
            <h2 id="address-heading">{i18n.t("report-address-heading")}</h2>
            <form method="get" action=action.clone() role="search">
                <div class=field_class(place_error.is_some())>
                    <label for="place-query">{i18n.t("report-place-label")}</label>
                    <p class="hint" id="place-query-hint">{i18n.t("report-place-hint")}</p>
                    {inline_error("place-query", place_error.clone())}
                    <input
                        id="place-query"
                        name="q"
                        type="search"
                        autocomplete="street-address"
                        value=query
                        aria-describedby=described_by("place-query", true, place_error.is_some())
                        aria-invalid=place_error.is_some().then_some("true")
                    />
                </div>
                <button type="submit" class="button secondary">{i18n.t("report-place-find")}</button>
            </form>
            {no_matches.map(|text| view! { <p class="no-matches" role="status">{text}</p> })}
            {(!places.is_empty()).then(|| view! {
                <form method="post" action=action.clone()>
                    <input type="hidden" name="method" value="place"/>
                    <input type="hidden" name="q" value=view.place_query.clone()/>
                    <fieldset>
                        <legend>{i18n.t("report-place-choose")}</legend>
                        <div class="choices">
                            {places.into_iter().enumerate().map(|(index, place)| {
                                let id = format!("place-{index}");
                                view! {
                                    <div class="choice">
                                        <input type="radio" id=id.clone() name="place" value=place.name.clone() checked=index == 0/>
                                        <label for=id>
                                            <bdi translate="no">{place.name}</bdi>
                                            <span class="hint">{place.kind_label}</span>
                                        </label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                    </fieldset>
                    <button type="submit" class="button">{i18n.t("report-place-use")}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn DetailsStep(view: DraftView) -> impl IntoView {
    let i18n = use_localizer();
    let answers = view.answers.clone();
    let text_field = |name: &'static str, kind: &'static str, autocomplete: &'static str| {
        let id = super::field_id(name);
        let error = view.error_for(name);
        let value = match name {
            "first_name" => answers.first_name.clone(),
            "last_name" => answers.last_name.clone(),
            "email" => answers.email.clone(),
            _ => answers.phone.clone(),
        };
        view! {
            <div class=field_class(error.is_some())>
                <label for=id.clone()>{i18n.t(&format!("report-field-{id}"))}</label>
                {inline_error(&id, error.clone())}
                <input
                    id=id.clone()
                    name=name
                    type=kind
                    autocomplete=autocomplete
                    value=value
                    aria-describedby=described_by(&id, false, error.is_some())
                    aria-invalid=error.is_some().then_some("true")
                />
            </div>
        }
    };
    let description_error = view.error_for("description");
    let questions = view
        .service
        .questions
        .iter()
        .map(|question| question_field(question, &view))
        .collect_view();
    view! {
        <StepHeading view=view.clone() heading=i18n.t("report-details-heading")/>
        <form method="post" action=format!("/report/{}/details", view.id) novalidate>
            {questions}
            <div class=field_class(description_error.is_some())>
                <label for="description">{i18n.t("report-field-description")}</label>
                <p class="hint" id="description-hint">{i18n.t("report-description-hint")}</p>
                {inline_error("description", description_error.clone())}
                <textarea
                    id="description"
                    name="description"
                    rows="5"
                    aria-describedby=described_by("description", true, description_error.is_some())
                    aria-invalid=description_error.is_some().then_some("true")
                >{answers.description.clone()}</textarea>
            </div>
            <fieldset class="contact" aria-describedby="contact-hint">
                <legend>{i18n.t("report-contact-heading")}</legend>
                <p class="hint" id="contact-hint">{i18n.t("report-contact-hint")}</p>
                {text_field("first_name", "text", "given-name")}
                {text_field("last_name", "text", "family-name")}
                {text_field("email", "email", "email")}
                {text_field("phone", "tel", "tel")}
            </fieldset>
            <button type="submit" class="button">{i18n.t("report-continue")}</button>
        </form>
    }
}

/// One service question, as the control its Open311 datatype calls for.
fn question_field(question: &QuestionView, view: &DraftView) -> AnyView {
    let i18n = use_localizer();
    let name = format!("attribute[{}]", question.code);
    let id = super::field_id(&name);
    let error = view.error_for(&name);
    let given = view
        .answers
        .attributes
        .get(&question.code)
        .cloned()
        .unwrap_or_default();
    let label = if question.required {
        question.question.clone()
    } else {
        let mut args = FluentArgs::new();
        args.set("label", question.question.clone());
        i18n.t_args("report-optional", &args)
    };
    let invalid = error.is_some().then_some("true");
    match question.datatype.as_str() {
        "singlevaluelist" | "multivaluelist" => {
            let kind = if question.datatype == "singlevaluelist" {
                "radio"
            } else {
                "checkbox"
            };
            view! {
                <div class=field_class(error.is_some())>
                    <fieldset aria-describedby=described_by(&id, false, error.is_some())>
                        <legend>{label}</legend>
                        {inline_error(&id, error.clone())}
                        <div class="choices">
                            {question.choices.iter().enumerate().map(|(index, (key, choice))| {
                                // The first choice carries the field's id, so error links reach it.
                                let choice_id = if index == 0 { id.clone() } else { format!("{id}-{key}") };
                                view! {
                                    <div class="choice">
                                        <input
                                            type=kind
                                            id=choice_id.clone()
                                            name=name.clone()
                                            value=key.clone()
                                            checked=given.contains(key)
                                        />
                                        <label for=choice_id>{choice.clone()}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </div>
                    </fieldset>
                </div>
            }
            .into_any()
        }
        "text" => view! {
            <div class=field_class(error.is_some())>
                <label for=id.clone()>{label}</label>
                {inline_error(&id, error.clone())}
                <textarea id=id.clone() name=name rows="3"
                    aria-describedby=described_by(&id, false, error.is_some()) aria-invalid=invalid
                >{given.first().cloned().unwrap_or_default()}</textarea>
            </div>
        }
        .into_any(),
        datatype => {
            let (kind, inputmode) = match datatype {
                "number" => ("text", Some("decimal")),
                "datetime" => ("datetime-local", None),
                _ => ("text", None),
            };
            view! {
                <div class=field_class(error.is_some())>
                    <label for=id.clone()>{label}</label>
                    {inline_error(&id, error.clone())}
                    <input id=id.clone() name=name type=kind inputmode=inputmode
                        value=given.first().cloned().unwrap_or_default()
                        aria-describedby=described_by(&id, false, error.is_some()) aria-invalid=invalid/>
                </div>
            }
            .into_any()
        }
    }
}

#[component]
fn PhotosStep(view: DraftView) -> impl IntoView {
    let i18n = use_localizer();
    let base = format!("/report/{}/photos", view.id);
    let error = view.error_for("photo");
    let count = view.photos.len();
    let intro_id = match view.service.photo_policy.as_str() {
        "required" => "report-photos-required",
        _ => "report-photos-optional",
    };
    let progress = RwSignal::new(None::<u32>);
    let mut limits = FluentArgs::new();
    limits.set("count", MAX_PHOTOS);
    limits.set("megabytes", super::MAX_PHOTO_BYTES / (1024 * 1024));
    view! {
        <StepHeading view=view.clone() heading=i18n.t("report-photos-heading")/>
        <p>{i18n.t(intro_id)}</p>
        <p class="hint" id="photo-hint">{i18n.t_args("report-photos-limits", &limits)}</p>
        {(count > 0).then(|| view! {
            <ul class="photo-list">
                {view.photos.iter().enumerate().map(|(index, photo)| {
                    let mut args = FluentArgs::new();
                    args.set("number", index + 1);
                    let offered = photo.offered_location;
                    view! {
                        <li>
                            <img src=photo.url.clone() alt=i18n.t_args("report-photo-alt", &args) width="160"/>
                            <form method="post" action=format!("{base}-remove")>
                                <input type="hidden" name="photo" value=photo.id.to_string()/>
                                <button type="submit" class="button secondary">{i18n.t_args("report-photo-remove", &args)}</button>
                            </form>
                            {offered.map(|_| view! {
                                <form method="post" action=format!("{base}-location")>
                                    <input type="hidden" name="photo" value=photo.id.to_string()/>
                                    <p class="hint">{i18n.t_args("report-photo-has-location", &args)}</p>
                                    <button type="submit" class="button secondary">{i18n.t_args("report-photo-use-location", &args)}</button>
                                </form>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}
        {(count < MAX_PHOTOS).then(|| view! {
            <form
                method="post"
                action=base.clone()
                enctype="multipart/form-data"
                class="upload-form"
                on:submit=move |event| super::map::upload_with_progress(event, progress)
            >
                <div class=field_class(error.is_some())>
                    <label for="photo">{i18n.t("report-photo-label")}</label>
                    {inline_error("photo", error.clone())}
                    <input
                        id="photo"
                        name="photo"
                        type="file"
                        accept="image/jpeg,image/png,image/webp"
                        aria-describedby=described_by("photo", true, error.is_some())
                        aria-invalid=error.is_some().then_some("true")
                    />
                </div>
                <super::map::UploadProgress progress/>
                <button type="submit" class="button secondary">{i18n.t("report-photo-upload")}</button>
            </form>
        })}
        <form method="post" action=format!("{base}-continue")>
            <button type="submit" class="button">{i18n.t("report-continue")}</button>
        </form>
    }
}

#[component]
fn CheckStep(view: DraftView) -> impl IntoView {
    let i18n = use_localizer();
    let id = view.id.clone();
    let change = |step: &str, what: String| {
        let href = if step.is_empty() {
            "/report".to_string()
        } else {
            format!("/report/{id}/{step}")
        };
        view! {
            <a href=href class="change">
                {i18n.t("report-change")}
                <span class="visually-hidden">{what}</span>
            </a>
        }
    };
    let answers = view.answers.clone();
    let contact: Vec<String> = [
        format!("{} {}", answers.first_name, answers.last_name),
        answers.email.clone(),
        answers.phone.clone(),
    ]
    .into_iter()
    .map(|line| line.trim().to_string())
    .filter(|line| !line.is_empty())
    .collect();
    let mut photo_args = FluentArgs::new();
    photo_args.set("count", view.photos.len());
    let rows = view
        .service
        .questions
        .iter()
        .filter_map(|question| {
            let given = answers.attributes.get(&question.code)?;
            let shown: Vec<String> = given
                .iter()
                .map(|key| {
                    question
                        .choices
                        .iter()
                        .find(|(k, _)| k == key)
                        .map(|(_, name)| name.clone())
                        .unwrap_or_else(|| key.clone())
                })
                .collect();
            Some(view! {
                <div>
                    <dt>{question.question.clone()}</dt>
                    <dd>{shown.join(", ")}</dd>
                    <dd class="actions">{change("details", question.question.clone())}</dd>
                </div>
            })
        })
        .collect_view();
    view! {
        <StepHeading view=view.clone() heading=i18n.t("report-check-heading")/>
        {(!view.nearby.is_empty()).then(|| view! {
            <section class="nearby" aria-labelledby="nearby-heading">
                <h2 id="nearby-heading">{i18n.t("report-nearby-heading")}</h2>
                <p>{i18n.t("report-nearby-intro")}</p>
                <ul class="nearby-list">
                    {view.nearby.iter().map(|request| {
                        let mut args = FluentArgs::new();
                        args.set("number", request.sr_number.clone());
                        view! {
                            <li>
                                <p>
                                    <a href=format!("/requests/{}", request.sr_number)>
                                        {i18n.t_args("request-heading", &args)}
                                    </a>
                                </p>
                                <p class="meta">
                                    <span>{request.status_label.clone()}</span>
                                    <span>{request.filed_on.clone()}</span>
                                    <span>{request.distance.clone()}</span>
                                    <span>{request.reporters.clone()}</span>
                                </p>
                                {request.address.clone().map(|address| view! { <p translate="no"><bdi>{address}</bdi></p> })}
                                <form method="post" action=format!("/report/{}/follow", view.id)>
                                    <input type="hidden" name="sr_number" value=request.sr_number.clone()/>
                                    <button type="submit" class="button secondary">
                                        {i18n.t_args("report-me-too", &args)}
                                    </button>
                                </form>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })}
        <h2>{i18n.t("report-check-answers")}</h2>
        <dl class="summary-list check-answers">
            <div>
                <dt>{i18n.t("request-service")}</dt>
                <dd>{view.service.name.clone()}</dd>
                <dd class="actions">{change("", i18n.t("request-service"))}</dd>
            </div>
            <div>
                <dt>{i18n.t("request-location")}</dt>
                <dd><bdi>{view.location_label.clone().unwrap_or_default()}</bdi></dd>
                <dd class="actions">{change("location", i18n.t("request-location"))}</dd>
            </div>
            {rows}
            <div>
                <dt>{i18n.t("report-field-description")}</dt>
                <dd class="multiline">{answers.description.clone()}</dd>
                <dd class="actions">{change("details", i18n.t("report-field-description"))}</dd>
            </div>
            {view.takes_photos().then(|| view! {
                <div>
                    <dt>{i18n.t("report-photos-heading")}</dt>
                    <dd>{i18n.t_args("report-photos-count", &photo_args)}</dd>
                    <dd class="actions">{change("photos", i18n.t("report-photos-heading"))}</dd>
                </div>
            })}
            <div>
                <dt>{i18n.t("report-contact-heading")}</dt>
                <dd class="multiline">
                    {if contact.is_empty() { i18n.t("report-anonymous") } else { contact.join("\n") }}
                </dd>
                <dd class="actions">{change("details", i18n.t("report-contact-heading"))}</dd>
            </div>
        </dl>
        <form method="post" action=format!("/report/{}/submit", view.id)>
            <p>{i18n.t("report-submit-note")}</p>
            <button type="submit" class="button">{i18n.t("report-submit")}</button>
        </form>
    }
}

#[component]
fn Confirmation(view: DraftView) -> impl IntoView {
    let i18n = use_localizer();
    let number = view.sr_number.clone().unwrap_or_default();
    let heading = i18n.t("report-sent-heading");
    view! {
        <Title text=title(&heading, false)/>
        <div class="panel" role="status">
            <h1>{heading}</h1>
            <p>{i18n.t("report-sent-number")}</p>
            <p class="sr-number" dir="ltr" translate="no">{number.clone()}</p>
        </div>
        <dl class="summary-list">
            <div><dt>{i18n.t("request-service")}</dt><dd>{view.service.name.clone()}</dd></div>
            <div><dt>{i18n.t("request-division")}</dt><dd>{view.service.division.clone()}</dd></div>
            <div><dt>{i18n.t("request-expected")}</dt><dd>{view.expected_on.clone().unwrap_or_default()}</dd></div>
        </dl>
        <p>{i18n.t("report-sent-next")}</p>
        <p><a href=format!("/requests/{number}") class="button">{i18n.t("report-sent-track")}</a></p>
        <p><a href="/report">{i18n.t("report-another")}</a></p>
    }
}

#[component]
fn Following(view: DraftView) -> impl IntoView {
    let i18n = use_localizer();
    let number = view.answers.followed.clone().unwrap_or_default();
    let mut args = FluentArgs::new();
    args.set("number", number.clone());
    let heading = i18n.t_args("report-following-heading", &args);
    view! {
        <Title text=title(&heading, false)/>
        <div class="panel" role="status">
            <h1>{heading}</h1>
            <p>{view.followed_reporters.clone().unwrap_or_default()}</p>
        </div>
        <p>{i18n.t("report-following-body")}</p>
        <p><a href=format!("/requests/{number}") class="button">{i18n.t("report-sent-track")}</a></p>
        <p><a href="/report">{i18n.t("report-another")}</a></p>
    }
}
