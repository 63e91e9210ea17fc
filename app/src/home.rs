//! The home page: what the portal is for, and the service groups from the catalogue.

use fluent_bundle::FluentArgs;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::catalogue::list_service_groups;
use crate::i18n::use_localizer;

/// `/`: the service groups a resident can report to.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_localizer();
    let groups = Resource::new(|| (), |_| list_service_groups());
    let loading = i18n.t("loading");
    view! {
        <Title text=i18n.t("home-title")/>
        <h1>{i18n.t("home-heading")}</h1>
        <p class="lead">{i18n.t("home-intro")}</p>
        <p><a class="button" href="/report">{i18n.t("home-report-button")}</a></p>
        <h2 id="service-groups-heading">{i18n.t("home-groups-heading")}</h2>
        <Suspense fallback=move || view! { <p>{loading.clone()}</p> }>
            {move || groups.get().map(|result| view! { <ServiceGroupList result/> })}
        </Suspense>
    }
}

#[component]
fn ServiceGroupList(
    result: Result<Vec<crate::catalogue::ServiceGroup>, ServerFnError>,
) -> impl IntoView {
    let i18n = use_localizer();
    match result {
        Err(_) => {
            view! { <p class="error-message" role="alert">{i18n.t("catalogue-unavailable")}</p> }
                .into_any()
        }
        Ok(groups) => view! {
            <ul class="service-groups" aria-labelledby="service-groups-heading">
                {groups
                    .into_iter()
                    .map(|group| {
                        let mut args = FluentArgs::new();
                        args.set("count", group.service_count);
                        let name = i18n.t_or(&group.message_id(), &group.name);
                        let count = i18n.t_args("service-group-count", &args);
                        view! {
                            <li class="service-group" data-group=group.code.clone()>
                                <a class="service-group-name" href=format!("/services#topic-{}", group.code)>{name}</a>
                                <span class="service-group-count">{count}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    }
}
