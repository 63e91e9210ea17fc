//! Civic311's pages and components, shared by the server (SSR) and the browser (hydration).
// Long pages build deeply nested view types.
#![recursion_limit = "256"]

pub mod backend;
pub mod catalogue;
pub mod chat;
#[cfg(feature = "ssr")]
pub mod dates;
pub mod home;
pub mod i18n;
pub mod layout;
pub mod report;
pub mod requests;
pub mod search;
pub mod services;
mod shell;
pub mod staff;
pub mod status;
pub mod updates;

pub use shell::{shell, App};

/// The browser's root view: installs the page's language, then hydrates [`App`].
#[cfg(feature = "hydrate")]
pub fn hydrate_root() -> impl leptos::IntoView {
    leptos::prelude::provide_context(i18n::localizer_from_document());
    leptos::view! { <App/> }
}
