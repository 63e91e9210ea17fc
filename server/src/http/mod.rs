//! The HTTP surface: every route is listed in [`routes`].

mod assets;
mod chat;
mod complaints;
mod form;
mod health;
mod locale;
pub mod open311;
pub mod report;
pub mod staff;
mod updates;

use std::sync::Arc;

use app::{
    backend::{Backend, PortalBackend},
    dates::CityTimeZone,
    shell, App,
};
use axum::{extract::FromRef, middleware, routing::get, Router};
use leptos::{config::LeptosOptions, prelude::provide_context};
use leptos_axum::{generate_route_list_with_exclusions_and_ssg_and_context, LeptosRoutes};
use tower_http::{compression::CompressionLayer, trace::TraceLayer};

use crate::{
    config::PortalSettings, db::Db, geocoder::Geocoder, locales::LocaleCatalog, portal::Portal,
    wards::WardMap,
};

/// What handlers share.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub locales: Arc<LocaleCatalog>,
    pub wards: Arc<WardMap>,
    pub geocoder: Arc<dyn Geocoder>,
    pub settings: Arc<PortalSettings>,
    /// Wakes the outbox worker after a message was queued.
    pub outbox: Arc<tokio::sync::Notify>,
    /// Live chat's fan-out, queue and settings.
    pub chat: Arc<crate::chat::ChatContext>,
}

/// Every endpoint of the portal.
pub fn routes(state: AppState) -> Router {
    let portal = Portal {
        db: state.db.clone(),
        sms_offered: state.settings.notifications.sms.is_some(),
        wards: state.wards.clone(),
        geocoder: state.geocoder.clone(),
    };
    let backend = Backend(Arc::new(portal) as Arc<dyn PortalBackend>);
    let time_zone = CityTimeZone(state.settings.time_zone.clone());
    let map = state.settings.map.clone();
    let page_context = move || {
        provide_context(backend.clone());
        provide_context(time_zone.clone());
        provide_context(map.clone());
        provide_context(app::dates::Clock(crate::clock::now));
    };
    // Listing the routes renders the app once outside any request, so it needs a language too.
    let default_localizer = state.locales.default_localizer().clone();
    let (pages, _) =
        generate_route_list_with_exclusions_and_ssg_and_context(App, None, move || {
            provide_context(default_localizer.clone())
        });
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(health::healthz))
        .merge(open311::routes())
        .merge(report::routes())
        .merge(staff::routes())
        .merge(complaints::routes(state.settings.test_clock))
        .merge(updates::routes())
        .merge(chat::routes())
        .nest_service("/pkg", assets::site_package(&options))
        .leptos_routes_with_context(&state, pages, page_context.clone(), {
            let options = options.clone();
            move || shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(page_context, shell))
        .layer(middleware::from_fn_with_state(
            state.locales.clone(),
            locale::negotiate_locale,
        ))
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
