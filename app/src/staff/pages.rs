//! The staff pages. Links between them load the whole page (`rel="external"`), so that the
//! server checks the session on every page.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::{
    staff_audit, staff_queue, staff_request, AuditView, BulkOutcome, QueueFilter, QueueView,
    StaffAccess, StaffIdentity, StaffRequestView,
};
use crate::i18n::use_localizer;

fn query_value(name: &str) -> String {
    use_query_map()
        .read_untracked()
        .get(name)
        .unwrap_or_default()
}

pub(crate) fn page_title(heading: &str) -> String {
    let i18n = use_localizer();
    let mut args = FluentArgs::new();
    args.set("heading", heading.to_string());
    i18n.t_args("staff-page-title", &args)
}

/// Sends a visitor without a session to the sign-in page.
fn sign_in_first() -> AnyView {
    #[cfg(feature = "ssr")]
    leptos_axum::redirect("/staff/login");
    #[cfg(feature = "hydrate")]
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_href("/staff/login");
    }
    ().into_any()
}

#[component]
fn Forbidden() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::FORBIDDEN);
    }
    let i18n = use_localizer();
    let heading = i18n.t("staff-forbidden-heading");
    view! {
        <Title text=page_title(&heading)/>
        <h1>{heading}</h1>
        <p>{i18n.t("staff-forbidden-body")}</p>
    }
}

#[component]
fn Unavailable() -> impl IntoView {
    let i18n = use_localizer();
    view! { <p class="error-message" role="alert">{i18n.t("staff-unavailable")}</p> }
}

pub(crate) fn access_view<T>(
    result: Result<StaffAccess<T>, ServerFnError>,
    granted: impl FnOnce(T) -> AnyView,
) -> AnyView {
    match result {
        Ok(StaffAccess::Granted(content)) => granted(content),
        Ok(StaffAccess::SignIn) => sign_in_first(),
        Ok(StaffAccess::Forbidden) => view! { <Forbidden/> }.into_any(),
        Err(_) => view! { <Unavailable/> }.into_any(),
    }
}

/// Who is signed in, and the sign-out button.
#[component]
pub(crate) fn StaffBar(staff: StaffIdentity) -> impl IntoView {
    let i18n = use_localizer();
    let mut args = FluentArgs::new();
    args.set("name", staff.name.clone());
    view! {
        <div class="staff-bar">
            <p>{i18n.t_args("staff-signed-in-as", &args)}</p>
            <a href="/staff" rel="external">{i18n.t("staff-queue-heading")}</a>
            <form method="post" action="/staff/logout">
                <input type="hidden" name="csrf" value=staff.csrf_token.clone()/>
                <button type="submit" class="button secondary">{i18n.t("staff-sign-out")}</button>
            </form>
        </div>
    }
}

/// `/staff/login`: email and password.
#[component]
pub fn LoginPage() -> impl IntoView {
    let i18n = use_localizer();
    let error = match query_value("error").as_str() {
        "wrong" => Some(i18n.t("staff-login-error-wrong")),
        "locked" => Some(i18n.t("staff-login-error-locked")),
        "csrf" => Some(i18n.t("staff-error-csrf")),
        _ => None,
    };
    let email = query_value("email");
    let heading = i18n.t("staff-login-heading");
    let title = match &error {
        Some(_) => format!("{} {}", i18n.t("error-title-prefix"), page_title(&heading)),
        None => page_title(&heading),
    };
    view! {
        <Title text=title/>
        {error.clone().map(|message| view! {
            <div class="error-summary" role="alert" tabindex="-1" autofocus>
                <h2>{i18n.t("error-summary-heading")}</h2>
                <ul><li><a href="#email" rel="external">{message}</a></li></ul>
            </div>
        })}
        <h1>{heading}</h1>
        <form method="post" action="/staff/login" novalidate class="login-form">
            <div class="field">
                <label for="email">{i18n.t("report-field-email")}</label>
                <input id="email" name="email" type="email" autocomplete="username" value=email/>
            </div>
            <div class="field">
                <label for="password">{i18n.t("staff-password")}</label>
                <input id="password" name="password" type="password" autocomplete="current-password"/>
            </div>
            <button type="submit" class="button">{i18n.t("staff-sign-in")}</button>
        </form>
    }
}

/// `/staff`: the requests to work on, filtered by division, ward, status and overdue.
#[component]
pub fn QueuePage() -> impl IntoView {
    let filter = QueueFilter {
        division: query_value("division"),
        ward: query_value("ward"),
        status: query_value("status"),
        overdue: query_value("overdue") == "true",
        complaints: query_value("complaints") == "true",
    };
    let bulk = BulkOutcome {
        error: query_value("bulk_error"),
        saved: query_value("bulk_saved"),
        skipped: query_value("bulk_skipped"),
    };
    let queue = Resource::new(
        move || (filter.clone(), bulk.clone()),
        |(filter, bulk)| staff_queue(filter, bulk),
    );
    let i18n = use_localizer();
    let loading = i18n.t("loading");
    view! {
        <Suspense fallback=move || view! { <p>{loading.clone()}</p> }>
            {move || queue.get().map(|result| access_view(result, |view| view! { <Queue view/> }.into_any()))}
        </Suspense>
    }
}

#[component]
fn Queue(view: QueueView) -> impl IntoView {
    let i18n = use_localizer();
    let heading = i18n.t("staff-queue-heading");
    let filter = view.filter.clone();
    let statuses = crate::status::Status::ALL;
    view! {
        <Title text=page_title(&heading)/>
        <StaffBar staff=view.staff.clone()/>
        <h1>{heading}</h1>
        <form method="get" action="/staff" class="queue-filter">
            <div class="field">
                <label for="division">{i18n.t("request-division")}</label>
                <select id="division" name="division">
                    <option value="" selected=filter.division.is_empty()>{i18n.t("staff-filter-any")}</option>
                    {view.divisions.iter().map(|division| view! {
                        <option value=division.clone() selected=*division == filter.division>
                            {crate::catalogue::division_name(&i18n, division)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="ward">{i18n.t("request-ward")}</label>
                <input id="ward" name="ward" type="text" inputmode="numeric" value=filter.ward.clone()/>
            </div>
            <div class="field">
                <label for="status">{i18n.t("request-status")}</label>
                <select id="status" name="status">
                    <option value="" selected=filter.status.is_empty()>{i18n.t("staff-filter-any")}</option>
                    {statuses.iter().map(|status| view! {
                        <option value=status.as_str() selected=status.as_str() == filter.status>
                            {i18n.t(&format!("status-{}", status.as_str()))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="choice">
                <input type="checkbox" id="overdue" name="overdue" value="true" checked=filter.overdue/>
                <label for="overdue">{i18n.t("staff-filter-overdue")}</label>
            </div>
            <div class="choice">
                <input type="checkbox" id="complaints" name="complaints" value="true" checked=filter.complaints/>
                <label for="complaints">{i18n.t("staff-filter-complaints")}</label>
            </div>
            <button type="submit" class="button secondary">{i18n.t("staff-filter-apply")}</button>
        </form>
        {view.bulk_error.clone().map(|message| view! {
            <div class="error-summary" role="alert" tabindex="-1" autofocus>
                <h2>{i18n.t("error-summary-heading")}</h2>
                <ul><li><a href="#bulk-status" rel="external">{message}</a></li></ul>
            </div>
        })}
        {view.bulk_saved.clone().map(|saved| view! {
            <div class="notice" role="status">
                <p>{saved}</p>
                {view.bulk_skipped.clone().map(|skipped| view! { <p>{skipped}</p> })}
            </div>
        })}
        {if view.rows.is_empty() {
            view! { <p role="status">{i18n.t("staff-queue-empty")}</p> }.into_any()
        } else {
            let hidden = |name: &str, value: String| view! { <input type="hidden" name=format!("queue_{name}") value=value/> };
            view! {
                <form method="post" action="/staff/bulk-status" id="bulk" novalidate>
                    <input type="hidden" name="csrf" value=view.staff.csrf_token.clone()/>
                    {hidden("division", filter.division.clone())}
                    {hidden("ward", filter.ward.clone())}
                    {hidden("status_filter", filter.status.clone())}
                    {hidden("overdue", if filter.overdue { "true".into() } else { String::new() })}
                    {hidden("complaints", if filter.complaints { "true".into() } else { String::new() })}
                    <table class="queue">
                        <caption class="visually-hidden">{i18n.t("staff-queue-heading")}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{i18n.t("staff-bulk-column")}</th>
                                <th scope="col">{i18n.t("staff-column-number")}</th>
                                <th scope="col">{i18n.t("request-service")}</th>
                                <th scope="col">{i18n.t("request-ward")}</th>
                                <th scope="col">{i18n.t("request-status")}</th>
                                <th scope="col">{i18n.t("request-expected")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {view.rows.into_iter().map(|row| {
                                let mut args = FluentArgs::new();
                                args.set("number", row.sr_number.clone());
                                let checkbox = format!("select-{}", row.sr_number);
                                view! {
                                    <tr data-overdue=row.overdue.to_string()>
                                        <td class="choice">
                                            <input type="checkbox" id=checkbox.clone() name="sr" value=row.sr_number.clone()/>
                                            <label for=checkbox class="visually-hidden">{i18n.t_args("staff-bulk-select", &args)}</label>
                                        </td>
                                        <td><a href=format!("/staff/requests/{}", row.sr_number) rel="external" dir="ltr">{row.sr_number.clone()}</a></td>
                                        <td>{row.service}<br/><span class="hint">{row.division}</span></td>
                                        <td>{row.ward.map(|w| w.to_string()).unwrap_or_default()}</td>
                                        <td>
                                            {row.status_label}
                                            {row.complaint.map(|complaint| view! { <br/><strong class="complaint-flag">{complaint}</strong> })}
                                        </td>
                                        <td class=if row.overdue { "overdue" } else { "" }>{row.expected_on}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                    <fieldset class="bulk-change">
                        <legend>{i18n.t("staff-bulk-heading")}</legend>
                        <p class="hint">{i18n.t("staff-bulk-hint")}</p>
                        <ChangeFields prefix="bulk-" statuses=view.statuses.clone() reasons=view.reasons.clone() current=String::new()/>
                        <button type="submit" class="button">{i18n.t("staff-bulk-button")}</button>
                    </fieldset>
                </form>
            }.into_any()
        }}
    }
}

/// `/staff/requests/{number}`: the full history, and the form that changes the status.
#[component]
pub fn StaffRequestPage() -> impl IntoView {
    let params = use_params_map();
    let number = params.read_untracked().get("number").unwrap_or_default();
    let error = query_value("error");
    let saved = query_value("saved") == "true";
    let request = Resource::new(
        move || (number.clone(), error.clone(), saved),
        |(number, error, saved)| staff_request(number, error, saved),
    );
    let i18n = use_localizer();
    let loading = i18n.t("loading");
    view! {
        <Suspense fallback=move || view! { <p>{loading.clone()}</p> }>
            {move || request.get().map(|result| access_view(result, |view| match view {
                Some(view) => view! { <StaffRequest view/> }.into_any(),
                None => {
                    let i18n = use_localizer();
                    view! { <h1>{i18n.t("request-not-found-heading")}</h1> }.into_any()
                }
            }))}
        </Suspense>
    }
}

/// The status, closing reason and notes of a status change; `prefix` keeps ids unique when
/// the queue's bulk form and a request's own form share a page's id space.
#[component]
fn ChangeFields(
    prefix: &'static str,
    statuses: Vec<(String, String)>,
    reasons: Vec<(String, String)>,
    current: String,
) -> impl IntoView {
    let i18n = use_localizer();
    let id = move |name: &str| format!("{prefix}{name}");
    view! {
        <div class="field">
            <label for=id("status")>{i18n.t("staff-new-status")}</label>
            <select id=id("status") name="status">
                {statuses.into_iter().map(|(code, label)| view! {
                    <option selected=code == current value=code>{label}</option>
                }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for=id("reason")>{i18n.t("staff-reason")}</label>
            <p class="hint" id=id("reason-hint")>{i18n.t("staff-reason-hint")}</p>
            <select id=id("reason") name="reason" aria-describedby=id("reason-hint")>
                <option value="">{i18n.t("staff-reason-none")}</option>
                {reasons.into_iter().map(|(code, label)| view! {
                    <option value=code>{label}</option>
                }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for=id("public-note")>{i18n.t("staff-public-note")}</label>
            <p class="hint" id=id("public-note-hint")>{i18n.t("staff-public-note-hint")}</p>
            <textarea id=id("public-note") name="public_note" rows="3" aria-describedby=id("public-note-hint")></textarea>
        </div>
        <div class="field">
            <label for=id("internal-note")>{i18n.t("staff-internal-note")}</label>
            <p class="hint" id=id("internal-note-hint")>{i18n.t("staff-internal-note-hint")}</p>
            <textarea id=id("internal-note") name="internal_note" rows="3" aria-describedby=id("internal-note-hint")></textarea>
        </div>
    }
}

#[component]
fn StaffRequest(view: StaffRequestView) -> impl IntoView {
    let i18n = use_localizer();
    let mut args = FluentArgs::new();
    args.set("number", view.sr_number.clone());
    let heading = i18n.t_args("request-heading", &args);
    let error = view.error.clone();
    view! {
        <Title text=page_title(&heading)/>
        <StaffBar staff=view.staff.clone()/>
        {error.clone().map(|message| view! {
            <div class="error-summary" role="alert" tabindex="-1" autofocus>
                <h2>{i18n.t("error-summary-heading")}</h2>
                <ul><li><a href="#status" rel="external">{message}</a></li></ul>
            </div>
        })}
        {view.saved.then(|| view! { <p class="notice" role="status">{i18n.t("staff-saved")}</p> })}
        <h1>{heading}</h1>
        <dl class="summary-list">
            <div><dt>{i18n.t("request-service")}</dt><dd>{view.service.clone()}</dd></div>
            <div><dt>{i18n.t("request-division")}</dt><dd>{view.division.clone()}</dd></div>
            <div><dt>{i18n.t("request-status")}</dt><dd>{view.status_label.clone()}</dd></div>
            <div><dt>{i18n.t("request-expected")}</dt><dd>{view.expected_on.clone()}</dd></div>
            <div><dt>{i18n.t("request-location")}</dt><dd translate="no"><bdi>{view.address.clone().unwrap_or_default()}</bdi></dd></div>
            <div><dt>{i18n.t("report-field-description")}</dt><dd class="multiline">{view.description.clone()}</dd></div>
            <div><dt>{i18n.t("report-contact-heading")}</dt><dd class="multiline">{
                if view.contact.is_empty() { i18n.t("report-anonymous") } else { view.contact.join("\n") }
            }</dd></div>
        </dl>
        <h2>{i18n.t("staff-change-heading")}</h2>
        <form method="post" action=format!("/staff/requests/{}/status", view.sr_number) enctype="multipart/form-data" novalidate>
            <input type="hidden" name="csrf" value=view.staff.csrf_token.clone()/>
            <ChangeFields prefix="" statuses=view.statuses.clone() reasons=view.reasons.clone() current=view.status.clone()/>
            <div class="field">
                <label for="photo">{i18n.t("staff-photo")}</label>
                <p class="hint" id="photo-hint">{i18n.t(if view.completion_photo { "staff-photo-hint-required" } else { "staff-photo-hint" })}</p>
                <input id="photo" name="photo" type="file" accept="image/jpeg,image/png,image/webp" aria-describedby="photo-hint"/>
            </div>
            <button type="submit" class="button">{i18n.t("staff-save")}</button>
        </form>
        <h2>{i18n.t("staff-history-heading")}</h2>
        <ol class="timeline">
            {view.events.into_iter().map(|event| view! {
                <li>
                    <strong>{event.status_label}</strong>
                    <span class="when">{event.when}</span>
                    {event.by.map(|by| view! { <span class="hint">{by}</span> })}
                    {event.reason_label.map(|reason| view! { <p class="reason">{reason}</p> })}
                    {event.public_note.map(|note| view! { <p>{note}</p> })}
                    {event.internal_note.map(|note| view! { <p class="internal-note">{note}</p> })}
                    <crate::requests::EventPhotos photos=event.photos/>
                </li>
            }).collect_view()}
        </ol>
        {(!view.transcripts.is_empty()).then(|| view! {
            <h2>{use_localizer().t("staff-chat-transcripts")}</h2>
            {view.transcripts.into_iter().map(|lines| view! {
                <ol class="chat-transcript">
                    {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ol>
            }).collect_view()}
        })}
    }
}

/// `/staff/audit`: every staff action, newest first.
#[component]
pub fn AuditPage() -> impl IntoView {
    let audit = Resource::new(|| (), |_| staff_audit());
    let i18n = use_localizer();
    let loading = i18n.t("loading");
    view! {
        <Suspense fallback=move || view! { <p>{loading.clone()}</p> }>
            {move || audit.get().map(|result| access_view(result, |view| view! { <Audit view/> }.into_any()))}
        </Suspense>
    }
}

#[component]
fn Audit(view: AuditView) -> impl IntoView {
    let i18n = use_localizer();
    let heading = i18n.t("staff-audit-heading");
    let caption = heading.clone();
    view! {
        <Title text=page_title(&heading)/>
        <StaffBar staff=view.staff.clone()/>
        <h1>{heading}</h1>
        <table class="queue">
            <caption class="visually-hidden">{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.t("staff-column-when")}</th>
                    <th scope="col">{i18n.t("staff-column-who")}</th>
                    <th scope="col">{i18n.t("staff-column-action")}</th>
                    <th scope="col">{i18n.t("staff-column-number")}</th>
                    <th scope="col">{i18n.t("staff-column-detail")}</th>
                </tr>
            </thead>
            <tbody>
                {view.entries.into_iter().map(|entry| view! {
                    <tr>
                        <td>{entry.when}</td>
                        <td translate="no">{entry.who}</td>
                        <td>{entry.action}</td>
                        <td dir="ltr">{entry.sr_number.unwrap_or_default()}</td>
                        <td>{entry.detail}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
