//! Tracking a service request: `/requests` (look up by SR number) and `/requests/{number}`.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

use crate::i18n::use_localizer;

/// The status page's content, already in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestStatusView {
    pub sr_number: String,
    pub service_name: String,
    pub division: String,
    pub status_label: String,
    pub closed: bool,
    pub filed_on: String,
    pub expected_on: String,
    /// "3 days left", "Due today", "2 days past the expected date", or empty once closed.
    pub time_left: String,
    pub overdue: bool,
    pub address: Option<String>,
    pub ward: Option<String>,
    /// "Reported by 3 people", when others followed the request.
    pub reporters: Option<String>,
    /// The photos residents attached: their address and alternative text.
    pub photos: Vec<(String, String)>,
    pub complaint: ComplaintState,
    pub updates: crate::updates::UpdatesView,
    pub timeline: Vec<TimelineEntry>,
}

/// Whether the resident may complain about the request, or already did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ComplaintState {
    /// Open and not yet due: nothing to complain about yet.
    NotYet,
    /// Overdue, or closed (`closed` says which).
    Offered { closed: bool },
    /// A complaint waits for an answer by `due_on`.
    Pending { due_on: String, escalated: bool },
}

/// One line of the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub status_label: String,
    pub when: String,
    pub note: Option<String>,
    /// Photos staff attached (of the finished work): address and alternative text.
    pub photos: Vec<(String, String)>,
}

/// `2026-000123`, also accepting spaces around it and a missing dash.
pub fn normalize_sr_number(raw: &str) -> Option<String> {
    let digits: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    let valid = digits.len() == 10 && digits.chars().all(|c| c.is_ascii_digit());
    valid.then(|| format!("{}-{}", &digits[..4], &digits[4..]))
}

/// A request's status page content, or `None` when the number is unknown.
#[server]
pub async fn request_status(
    sr_number: String,
    confirm: Option<String>,
) -> Result<Option<RequestStatusView>, ServerFnError> {
    let Some(sr_number) = normalize_sr_number(&sr_number) else {
        return Ok(None);
    };
    let backend = crate::backend::use_backend()?;
    let failed = |error: crate::backend::BackendError| {
        leptos::logging::error!("loading request {sr_number} failed: {error}");
        ServerFnError::new("the request cannot be shown right now")
    };
    let Some(history) = backend.request_history(&sr_number).await.map_err(failed)? else {
        return Ok(None);
    };
    let i18n = crate::i18n::request_localizer();
    let updates =
        crate::updates::updates_view(backend.as_ref(), &i18n, &sr_number, confirm.as_deref())
            .await
            .map_err(failed)?;
    Ok(Some(ssr::status_view(&history, updates)))
}

#[cfg(feature = "ssr")]
pub(crate) mod ssr {
    use fluent_bundle::FluentArgs;
    use leptos::prelude::*;

    use super::{ComplaintState, RequestStatusView, TimelineEntry};
    use crate::{
        backend::RequestHistory,
        dates::{self, CityTimeZone, Precision},
        status::Status,
    };

    /// The address and alternative text of each photo staff attached to a status change.
    pub fn event_photos(i18n: &crate::i18n::Localizer, photo_ids: &[i64]) -> Vec<(String, String)> {
        photo_ids
            .iter()
            .enumerate()
            .map(|(index, id)| {
                let mut args = FluentArgs::new();
                args.set("number", index + 1);
                (
                    format!("/event-photos/{id}"),
                    i18n.t_args("request-event-photo-alt", &args),
                )
            })
            .collect()
    }

    pub fn status_view(
        history: &RequestHistory,
        updates: crate::updates::UpdatesView,
    ) -> RequestStatusView {
        let i18n = crate::i18n::request_localizer();
        let zone = expect_context::<CityTimeZone>();
        let lang = i18n.lang().to_string();
        let status_label = |status: &str| i18n.t_or(&format!("status-{status}"), status);
        let closed = Status::parse(&history.status).is_some_and(Status::is_closed);
        let days_left = dates::days_until(dates::now(), history.expected_at, &zone);
        let time_left = if closed {
            String::new()
        } else {
            let mut args = FluentArgs::new();
            args.set("days", days_left.abs());
            match days_left {
                0 => i18n.t("request-due-today"),
                d if d > 0 => i18n.t_args("request-days-left", &args),
                _ => i18n.t_args("request-days-overdue", &args),
            }
        };
        let ward = history.ward.as_ref().map(|(number, name)| {
            let mut args = FluentArgs::new();
            args.set("number", *number);
            args.set("name", name.clone());
            i18n.t_args("request-ward-value", &args)
        });
        let reporters = (history.reporters > 1).then(|| {
            let mut args = FluentArgs::new();
            args.set("count", history.reporters);
            i18n.t_args("report-nearby-reporters", &args)
        });
        let photos = history
            .photo_ids
            .iter()
            .enumerate()
            .map(|(index, id)| {
                let mut args = FluentArgs::new();
                args.set("number", index + 1);
                (
                    format!("/photos/{id}"),
                    i18n.t_args("report-photo-alt", &args),
                )
            })
            .collect();
        let overdue = !closed && history.expected_at < dates::now();
        let complaint = match history.open_complaint {
            Some((due_at, escalated)) => ComplaintState::Pending {
                due_on: dates::format(due_at, &lang, &zone, Precision::Date),
                escalated,
            },
            None if closed || overdue => ComplaintState::Offered { closed },
            None => ComplaintState::NotYet,
        };
        RequestStatusView {
            reporters,
            photos,
            complaint,
            updates,
            sr_number: history.sr_number.clone(),
            service_name: i18n.t_or(
                &format!("service-{}", history.service_code),
                &history.service_name,
            ),
            division: crate::catalogue::division_name(&i18n, &history.division),
            status_label: status_label(&history.status),
            closed,
            filed_on: dates::format(history.filed_at, &lang, &zone, Precision::Date),
            expected_on: dates::format(history.expected_at, &lang, &zone, Precision::Date),
            time_left,
            overdue: !closed && days_left < 0,
            address: history.address.clone(),
            ward,
            timeline: history
                .events
                .iter()
                .map(|event| TimelineEntry {
                    status_label: status_label(&event.status),
                    when: dates::format(event.at, &lang, &zone, Precision::DateTime),
                    note: event.public_note.clone(),
                    photos: event_photos(&i18n, &event.photo_ids),
                })
                .collect(),
        }
    }
}

/// `/requests`: a form asking for the SR number; works without JavaScript.
#[component]
pub fn LookupPage() -> impl IntoView {
    let i18n = use_localizer();
    let query = use_query_map();
    let entered = query.read_untracked().get("number").unwrap_or_default();
    let submitted = query.read_untracked().get("number").is_some();
    if submitted {
        if let Some(number) = normalize_sr_number(&entered) {
            #[cfg(feature = "ssr")]
            leptos_axum::redirect(&format!("/requests/{number}"));
            #[cfg(not(feature = "ssr"))]
            let _ = number;
        }
    }
    let error = (submitted && normalize_sr_number(&entered).is_none())
        .then(|| i18n.t("lookup-error-format"));
    let title = match &error {
        Some(_) => format!(
            "{} {}",
            i18n.t("error-title-prefix"),
            i18n.t("lookup-title")
        ),
        None => i18n.t("lookup-title"),
    };
    view! {
        <Title text=title/>
        {error.clone().map(|message| view! {
            <div class="error-summary" role="alert" tabindex="-1">
                <h2>{i18n.t("error-summary-heading")}</h2>
                <ul><li><a href="#number">{message}</a></li></ul>
            </div>
        })}
        <h1>{i18n.t("lookup-heading")}</h1>
        <form method="get" action="/requests" class="lookup-form" novalidate>
            <div class=if error.is_some() { "field field-error" } else { "field" }>
                <label for="number">{i18n.t("lookup-label")}</label>
                <p class="hint" id="number-hint">{i18n.t("lookup-hint")}</p>
                {error.clone().map(|message| view! {
                    <p class="error-message" id="number-error">{message}</p>
                })}
                <input
                    id="number"
                    name="number"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    spellcheck="false"
                    dir="ltr"
                    value=entered
                    aria-describedby=if error.is_some() { "number-hint number-error" } else { "number-hint" }
                    aria-invalid=error.is_some().then_some("true")
                />
            </div>
            <button type="submit" class="button">{i18n.t("lookup-button")}</button>
        </form>
    }
}

/// `/requests/{number}`: where the request is, and what has happened so far.
#[component]
pub fn StatusPage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let number = move || params.read().get("number").unwrap_or_default();
    let status = Resource::new(
        move || (number(), query.read().get("confirm")),
        |(number, confirm)| request_status(number, confirm),
    );
    let i18n = use_localizer();
    let loading = i18n.t("loading");
    view! {
        <Suspense fallback=move || view! { <p>{loading.clone()}</p> }>
            {move || status.get().map(|result| match result {
                Ok(Some(view)) => view! { <RequestStatus view/> }.into_any(),
                Ok(None) => view! { <RequestNotFound number=number()/> }.into_any(),
                Err(_) => {
                    let i18n = use_localizer();
                    view! { <p class="error-message" role="alert">{i18n.t("request-unavailable")}</p> }.into_any()
                }
            })}
        </Suspense>
    }
}

#[component]
fn RequestNotFound(number: String) -> impl IntoView {
    crate::shell::set_not_found_status();
    let i18n = use_localizer();
    let mut args = FluentArgs::new();
    args.set("number", number);
    view! {
        <Title text=i18n.t("request-not-found-title")/>
        <h1>{i18n.t("request-not-found-heading")}</h1>
        <p>{i18n.t_args("request-not-found-body", &args)}</p>
        <p><a href="/requests">{i18n.t("request-not-found-retry")}</a></p>
    }
}

#[component]
fn RequestStatus(view: RequestStatusView) -> impl IntoView {
    let i18n = use_localizer();
    let mut args = FluentArgs::new();
    args.set("number", view.sr_number.clone());
    let heading = i18n.t_args("request-heading", &args);
    view! {
        <Title text=i18n.t_args("request-title", &args)/>
        <h1>{heading}</h1>
        <p class="status-badge" data-closed=view.closed.to_string()>
            <span class="label">{i18n.t("request-status")}</span>
            <strong>{view.status_label.clone()}</strong>
        </p>
        <dl class="summary-list">
            <div><dt>{i18n.t("request-service")}</dt><dd>{view.service_name.clone()}</dd></div>
            <div><dt>{i18n.t("request-division")}</dt><dd>{view.division.clone()}</dd></div>
            <div><dt>{i18n.t("request-filed")}</dt><dd>{view.filed_on.clone()}</dd></div>
            <div>
                <dt>{i18n.t("request-expected")}</dt>
                <dd>
                    {view.expected_on.clone()}
                    {(!view.time_left.is_empty()).then(|| view! {
                        <span class=if view.overdue { "time-left overdue" } else { "time-left" }>
                            {view.time_left.clone()}
                        </span>
                    })}
                </dd>
            </div>
            {view.address.clone().map(|address| view! {
                <div><dt>{i18n.t("request-location")}</dt><dd translate="no"><bdi>{address}</bdi></dd></div>
            })}
            // Ward names are proper names from the boundary file.
            {view.ward.clone().map(|ward| view! {
                <div><dt>{i18n.t("request-ward")}</dt><dd translate="no">{ward}</dd></div>
            })}
        </dl>
        {view.reporters.clone().map(|reporters| view! { <p class="reporters">{reporters}</p> })}
        <ComplaintSection number=view.sr_number.clone() state=view.complaint.clone()/>
        <crate::updates::UpdatesSection number=view.sr_number.clone() view=view.updates.clone()/>
        <crate::chat::ChatAboutRequest number=view.sr_number.clone()/>
        {(!view.photos.is_empty()).then(|| view! {
            <h2>{i18n.t("report-photos-heading")}</h2>
            <ul class="photo-list">
                {view.photos.iter().map(|(src, alt)| view! {
                    <li><img src=src.clone() alt=alt.clone() width="240"/></li>
                }).collect_view()}
            </ul>
        })}
        <h2>{i18n.t("request-timeline-heading")}</h2>
        <ol class="timeline">
            {view.timeline.iter().rev().map(|entry| view! {
                <li>
                    <strong>{entry.status_label.clone()}</strong>
                    <span class="when">{entry.when.clone()}</span>
                    {entry.note.clone().map(|note| view! { <p>{note}</p> })}
                    <EventPhotos photos=entry.photos.clone()/>
                </li>
            }).collect_view()}
        </ol>
    }
}

/// The photos staff attached to one status change.
#[component]
pub fn EventPhotos(photos: Vec<(String, String)>) -> impl IntoView {
    (!photos.is_empty()).then(|| {
        view! {
            <ul class="photo-list">
                {photos.into_iter().map(|(src, alt)| view! {
                    <li><img src=src alt=alt width="240"/></li>
                }).collect_view()}
            </ul>
        }
    })
}

/// Filing a complaint, or where the complaint stands. Works without JavaScript: the form
/// posts to the server, which comes back here with `complaint=filed` or the problem and what
/// was typed.
#[component]
fn ComplaintSection(number: String, state: ComplaintState) -> impl IntoView {
    let i18n = use_localizer();
    let query = use_query_map();
    let query_value = |name: &str| query.read_untracked().get(name).unwrap_or_default();
    let filed = (query_value("complaint") == "filed")
        .then(|| view! { <p class="notice" role="status">{i18n.t("request-complaint-filed")}</p> });
    let body = match state {
        ComplaintState::NotYet => None,
        ComplaintState::Pending { due_on, escalated } => {
            let mut args = FluentArgs::new();
            args.set("date", due_on);
            Some(view! {
                <section id="complaint" class="complaint" aria-labelledby="complaint-heading">
                    <h2 id="complaint-heading">{i18n.t("request-complaint-heading")}</h2>
                    <p>{i18n.t_args("request-complaint-pending", &args)}</p>
                    {escalated.then(|| view! { <p>{i18n.t("request-complaint-escalated")}</p> })}
                </section>
            }.into_any())
        }
        ComplaintState::Offered { closed } => {
            let error = match query_value("complaint_error").as_str() {
                "details" => Some((
                    "complaint-details",
                    i18n.t("request-complaint-error-details"),
                )),
                "too-long" => Some((
                    "complaint-details",
                    i18n.t("request-complaint-error-too-long"),
                )),
                "email" => Some(("complaint-email", i18n.t("report-error-email"))),
                _ => None,
            };
            let error_on = |field: &str| {
                error
                    .as_ref()
                    .filter(|(target, _)| *target == field)
                    .map(|(_, message)| message.clone())
            };
            let details_error = error_on("complaint-details");
            let email_error = error_on("complaint-email");
            Some(view! {
                <section id="complaint" class="complaint" aria-labelledby="complaint-heading">
                    {error.clone().map(|(target, message)| view! {
                        <div class="error-summary" role="alert" tabindex="-1" autofocus>
                            <h2>{i18n.t("error-summary-heading")}</h2>
                            <ul><li><a href=format!("#{target}") rel="external">{message}</a></li></ul>
                        </div>
                    })}
                    <h2 id="complaint-heading">{i18n.t("request-complaint-heading")}</h2>
                    <p>{i18n.t(if closed { "request-complaint-closed" } else { "request-complaint-overdue" })}</p>
                    <form method="post" action=format!("/requests/{number}/complaint") novalidate>
                        <div class=if details_error.is_some() { "field field-error" } else { "field" }>
                            <label for="complaint-details">{i18n.t("request-complaint-details")}</label>
                            <p class="hint" id="complaint-details-hint">{i18n.t("request-complaint-details-hint")}</p>
                            {details_error.clone().map(|message| view! { <p class="error-message" id="complaint-details-error">{message}</p> })}
                            <textarea
                                id="complaint-details"
                                name="details"
                                rows="4"
                                aria-describedby=if details_error.is_some() { "complaint-details-hint complaint-details-error" } else { "complaint-details-hint" }
                                aria-invalid=details_error.is_some().then_some("true")
                            >{query_value("details")}</textarea>
                        </div>
                        <div class=if email_error.is_some() { "field field-error" } else { "field" }>
                            <label for="complaint-email">{i18n.t("request-complaint-email")}</label>
                            <p class="hint" id="complaint-email-hint">{i18n.t("request-complaint-email-hint")}</p>
                            {email_error.clone().map(|message| view! { <p class="error-message" id="complaint-email-error">{message}</p> })}
                            <input
                                id="complaint-email"
                                name="email"
                                type="email"
                                autocomplete="email"
                                value=query_value("email")
                                aria-describedby=if email_error.is_some() { "complaint-email-hint complaint-email-error" } else { "complaint-email-hint" }
                                aria-invalid=email_error.is_some().then_some("true")
                            />
                        </div>
                        <button type="submit" class="button">{i18n.t("request-complaint-submit")}</button>
                    </form>
                </section>
            }.into_any())
        }
    };
    view! { {filed} {body} }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sr_numbers_are_normalized_or_refused() {
        assert_eq!(
            normalize_sr_number(" 2026-000123 ").as_deref(),
            Some("2026-000123")
        );
        assert_eq!(
            normalize_sr_number("2026000123").as_deref(),
            Some("2026-000123")
        );
        for bad in ["", "abc", "2026-12", "2026-0001234", "２０２６-000123"] {
            assert_eq!(normalize_sr_number(bad), None, "{bad}");
        }
    }
}
