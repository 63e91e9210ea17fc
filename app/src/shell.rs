//! The HTML document and the router.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    ParamSegment, SsrMode, StaticSegment,
};

use crate::home::HomePage;
use crate::i18n::use_localizer;
use crate::layout::Layout;
use crate::report::{ChoosePage, DraftPage, ReferralPage, StartPage};
use crate::requests::{LookupPage, StatusPage};
use crate::services::{DirectoryPage, ServicePage};
use crate::staff::{AuditPage, LoginPage, QueuePage, StaffRequestPage};

/// The whole document, rendered on the server only.
#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use leptos_meta::{HashedStylesheet, MetaTags};

    use crate::i18n::{payload_json, Localizer, PAYLOAD_ELEMENT_ID};

    let localizer = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Localizer>().cloned())
        .expect("the locale middleware runs before every page");
    provide_context(localizer.clone());
    let payload = payload_json(localizer.payload());
    view! {
        <!DOCTYPE html>
        <html lang=localizer.lang().to_string() dir=localizer.dir().as_str()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <script type="application/json" id=PAYLOAD_ELEMENT_ID inner_html=payload></script>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <AutoReload options=options.clone()/>
                // Leaflet binds to the global `L`, so its script runs before the WebAssembly.
                <link rel="stylesheet" href="/vendor/leaflet/leaflet.css"/>
                <script src="/vendor/leaflet/leaflet.js" defer></script>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Placeholder so the name exists in browser builds; the browser never renders the shell.
#[cfg(not(feature = "ssr"))]
pub fn shell(_options: LeptosOptions) -> impl IntoView {}

/// The routed application inside `<body>`.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Effects run only in the browser, after hydration: the marker tells tests it finished.
    Effect::new(|_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    });
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=StaticSegment("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("services") view=DirectoryPage ssr=SsrMode::Async/>
                    <Route
                        path=(StaticSegment("services"), ParamSegment("code"))
                        view=ServicePage
                        ssr=SsrMode::Async
                    />
                    <Route path=StaticSegment("report") view=ChoosePage ssr=SsrMode::Async/>
                    <Route
                        path=(StaticSegment("report"), StaticSegment("start"))
                        view=StartPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("report"), StaticSegment("elsewhere"))
                        view=ReferralPage
                    />
                    <Route
                        path=(StaticSegment("report"), ParamSegment("draft"), ParamSegment("step"))
                        view=DraftPage
                        ssr=SsrMode::Async
                    />
                    <Route path=StaticSegment("staff") view=QueuePage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("staff"), StaticSegment("login")) view=LoginPage/>
                    <Route
                        path=(StaticSegment("staff"), StaticSegment("audit"))
                        view=AuditPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("staff"), StaticSegment("requests"), ParamSegment("number"))
                        view=StaffRequestPage
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=(StaticSegment("unsubscribe"), ParamSegment("token"))
                        view=crate::updates::UnsubscribePage
                        ssr=SsrMode::Async
                    />
                    <Route path=StaticSegment("chat") view=crate::chat::ChatPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("agent") view=crate::chat::AgentConsolePage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("requests") view=LookupPage ssr=SsrMode::Async/>
                    <Route
                        path=(StaticSegment("requests"), ParamSegment("number"))
                        view=StatusPage
                        ssr=SsrMode::Async
                    />
                </Routes>
            </Layout>
        </Router>
    }
}

/// Makes the server's response a 404; pages call it when what they show does not exist.
pub(crate) fn set_not_found_status() {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
}

/// Any unknown path: says so, with status 404.
#[component]
fn NotFound() -> impl IntoView {
    set_not_found_status();
    let i18n = use_localizer();
    view! {
        <Title text=i18n.t("not-found-title")/>
        <h1>{i18n.t("not-found-heading")}</h1>
        <p><a href="/">{i18n.t("not-found-home-link")}</a></p>
    }
}
