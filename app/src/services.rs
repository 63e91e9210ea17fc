//! The service directory: `/services` (search and browse by topic) and `/services/{code}`.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

use crate::i18n::use_localizer;

/// A service type in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceSummary {
    pub code: String,
    pub name: String,
    pub description: String,
}

/// A topic and its services.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopicView {
    pub code: String,
    pub name: String,
    pub services: Vec<ServiceSummary>,
}

/// The directory page's content: search results when a query was given, and every topic.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectoryView {
    pub results: Option<Vec<ServiceSummary>>,
    pub topics: Vec<TopicView>,
}

/// One service's page content.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceDetailView {
    pub code: String,
    pub name: String,
    pub description: String,
    pub topic: String,
    pub division: String,
    pub standard: String,
}

/// The directory, searched for `query` in the reader's language when it is not empty.
#[server]
pub async fn service_directory(query: String) -> Result<DirectoryView, ServerFnError> {
    let types = ssr::service_types().await?;
    let i18n = crate::i18n::request_localizer();
    let summaries: Vec<(String, ServiceSummary)> = types
        .iter()
        .map(|service| (service.group_code.clone(), ssr::summary(&i18n, service)))
        .collect();
    let results = (!query.trim().is_empty()).then(|| {
        let entries: Vec<crate::search::SearchEntry> = types
            .iter()
            .zip(&summaries)
            .map(|(service, (_, summary))| crate::search::SearchEntry {
                code: service.code.clone(),
                name: summary.name.clone(),
                description: summary.description.clone(),
                keywords: service.keywords.clone(),
            })
            .collect();
        crate::search::search(&query, &entries)
            .into_iter()
            .filter_map(|code| {
                summaries
                    .iter()
                    .find(|(_, s)| s.code == code)
                    .map(|(_, s)| s.clone())
            })
            .collect()
    });
    let mut topics: Vec<TopicView> = Vec::new();
    for (service, (group_code, summary)) in types.iter().zip(summaries) {
        match topics.iter_mut().find(|topic| topic.code == group_code) {
            Some(topic) => topic.services.push(summary),
            None => topics.push(TopicView {
                code: group_code.clone(),
                name: i18n.t_or(&format!("service-group-{group_code}"), &service.group_name),
                services: vec![summary],
            }),
        }
    }
    Ok(DirectoryView { results, topics })
}

/// One service's page, or `None` for an unknown code.
#[server]
pub async fn service_detail(code: String) -> Result<Option<ServiceDetailView>, ServerFnError> {
    let types = ssr::service_types().await?;
    let i18n = crate::i18n::request_localizer();
    Ok(types
        .iter()
        .find(|service| service.code == code)
        .map(|service| {
            let summary = ssr::summary(&i18n, service);
            let mut args = FluentArgs::new();
            args.set("count", service.sla_amount);
            let standard_id = format!("service-sla-{}", service.sla_unit.replace('_', "-"));
            ServiceDetailView {
                code: service.code.clone(),
                name: summary.name,
                description: summary.description,
                topic: i18n.t_or(
                    &format!("service-group-{}", service.group_code),
                    &service.group_name,
                ),
                division: crate::catalogue::division_name(&i18n, &service.division),
                standard: i18n.t_args(&standard_id, &args),
            }
        }))
}

#[cfg(feature = "ssr")]
mod ssr {
    use leptos::prelude::ServerFnError;

    use super::ServiceSummary;
    use crate::{backend::ServiceTypeSummary, i18n::Localizer};

    pub async fn service_types() -> Result<Vec<ServiceTypeSummary>, ServerFnError> {
        let backend = crate::backend::use_backend()?;
        backend.service_types().await.map_err(|error| {
            leptos::logging::error!("loading service types failed: {error}");
            ServerFnError::new("the service catalogue is unavailable")
        })
    }

    pub fn summary(i18n: &Localizer, service: &ServiceTypeSummary) -> ServiceSummary {
        let id = format!("service-{}", service.code);
        ServiceSummary {
            code: service.code.clone(),
            name: i18n.t_or(&id, &service.name),
            description: i18n.t_attr_or(&id, "description", &service.description),
        }
    }
}

/// `/services`: search in your own words, or browse by topic. Works without JavaScript.
#[component]
pub fn DirectoryPage() -> impl IntoView {
    let i18n = use_localizer();
    let query = use_query_map()
        .read_untracked()
        .get("q")
        .unwrap_or_default();
    let directory = Resource::new(
        {
            let query = query.clone();
            move || query.clone()
        },
        service_directory,
    );
    let loading = i18n.t("loading");
    view! {
        <Title text=i18n.t("services-title")/>
        <h1>{i18n.t("services-heading")}</h1>
        <p class="lead">{i18n.t("services-intro")}</p>
        <form method="get" action="/services" class="search-form" role="search">
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
                    <Directory directory query=query.clone() link=|code| format!("/services/{code}")/>
                }
                .into_any(),
                Err(_) => {
                    let i18n = use_localizer();
                    view! { <p class="error-message" role="alert">{i18n.t("catalogue-unavailable")}</p> }.into_any()
                }
            })}
        </Suspense>
    }
}

/// Search results and topics; `link` gives each service's address (its page, or the start of a
/// report about it).
#[component]
pub(crate) fn Directory(
    directory: DirectoryView,
    query: String,
    link: fn(&str) -> String,
) -> impl IntoView {
    let i18n = use_localizer();
    let results = directory.results.map(|results| {
        let mut args = FluentArgs::new();
        args.set("count", results.len());
        args.set("query", query.clone());
        let heading = if results.is_empty() {
            i18n.t_args("services-no-results", &args)
        } else {
            i18n.t_args("services-results-heading", &args)
        };
        view! {
            <section class="search-results" aria-labelledby="results-heading">
                <h2 id="results-heading">{heading}</h2>
                <ServiceList services=results link/>
            </section>
        }
    });
    view! {
        {results}
        <h2>{i18n.t("services-browse-heading")}</h2>
        {directory.topics.into_iter().map(|topic| view! {
            <section class="topic" id=format!("topic-{}", topic.code) aria-labelledby=format!("topic-{}-heading", topic.code)>
                <h3 id=format!("topic-{}-heading", topic.code)>{topic.name}</h3>
                <ServiceList services=topic.services link/>
            </section>
        }).collect_view()}
    }
}

#[component]
fn ServiceList(services: Vec<ServiceSummary>, link: fn(&str) -> String) -> impl IntoView {
    view! {
        <ul class="service-list">
            {services.into_iter().map(|service| view! {
                <li>
                    <a href=link(&service.code)>{service.name}</a>
                    <p>{service.description}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// `/services/{code}`: what the service covers, who handles it and how fast.
#[component]
pub fn ServicePage() -> impl IntoView {
    let params = use_params_map();
    let code = move || params.read().get("code").unwrap_or_default();
    let detail = Resource::new(code, service_detail);
    let i18n = use_localizer();
    let loading = i18n.t("loading");
    view! {
        <Suspense fallback=move || view! { <p>{loading.clone()}</p> }>
            {move || detail.get().map(|result| match result {
                Ok(Some(service)) => view! { <ServiceDetail service/> }.into_any(),
                Ok(None) => view! { <ServiceNotFound/> }.into_any(),
                Err(_) => {
                    let i18n = use_localizer();
                    view! { <p class="error-message" role="alert">{i18n.t("catalogue-unavailable")}</p> }.into_any()
                }
            })}
        </Suspense>
    }
}

#[component]
fn ServiceDetail(service: ServiceDetailView) -> impl IntoView {
    let i18n = use_localizer();
    let mut args = FluentArgs::new();
    args.set("name", service.name.clone());
    view! {
        <Title text=i18n.t_args("service-detail-title", &args)/>
        <h1>{service.name.clone()}</h1>
        <p class="lead">{service.description.clone()}</p>
        <dl class="summary-list">
            <div><dt>{i18n.t("service-topic")}</dt><dd>{service.topic.clone()}</dd></div>
            <div><dt>{i18n.t("request-division")}</dt><dd>{service.division.clone()}</dd></div>
            <div><dt>{i18n.t("service-standard")}</dt><dd>{service.standard.clone()}</dd></div>
        </dl>
        <p><a href="/services">{i18n.t("service-back")}</a></p>
    }
}

#[component]
fn ServiceNotFound() -> impl IntoView {
    crate::shell::set_not_found_status();
    let i18n = use_localizer();
    view! {
        <Title text=i18n.t("service-not-found-title")/>
        <h1>{i18n.t("service-not-found-heading")}</h1>
        <p><a href="/services">{i18n.t("service-back")}</a></p>
    }
}
