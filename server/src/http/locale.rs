//! Picks each request's language and remembers an explicit choice in a cookie.

use std::sync::Arc;

use axum::{
    extract::{Request, State},
    http::{
        header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, COOKIE, SET_COOKIE, VARY},
        HeaderValue,
    },
    middleware::Next,
    response::Response,
};
use cookie::Cookie;

use crate::locales::LocaleCatalog;

/// The query parameter and cookie that carry an explicit language choice.
pub const LANGUAGE_PARAMETER: &str = "lang";

/// Puts the request's [`app::i18n::Localizer`] in its extensions, where the pages find it.
pub async fn negotiate_locale(
    State(locales): State<Arc<LocaleCatalog>>,
    mut request: Request,
    next: Next,
) -> Response {
    let chosen_now = query_choice(request.uri().query());
    let remembered = cookie_choice(&request);
    let accept_language = request
        .headers()
        .get(ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    let localizer = locales
        .negotiate(
            chosen_now.as_deref().or(remembered.as_deref()),
            accept_language,
        )
        .clone();
    let lang = localizer.lang().to_string();
    request.extensions_mut().insert(localizer);

    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if chosen_now.is_some() {
        let cookie = Cookie::build((LANGUAGE_PARAMETER, lang.clone()))
            .path("/")
            .max_age(cookie::time::Duration::days(365))
            .same_site(cookie::SameSite::Lax)
            .http_only(true)
            .build();
        if let Ok(value) = HeaderValue::from_str(&cookie.to_string()) {
            headers.append(SET_COOKIE, value);
        }
    }
    if let Ok(value) = HeaderValue::from_str(&lang) {
        headers.insert(CONTENT_LANGUAGE, value);
    }
    headers.append(VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    response
}

fn query_choice(query: Option<&str>) -> Option<String> {
    url::form_urlencoded::parse(query?.as_bytes())
        .find(|(key, _)| key == LANGUAGE_PARAMETER)
        .map(|(_, value)| value.into_owned())
}

fn cookie_choice(request: &Request) -> Option<String> {
    request
        .headers()
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == LANGUAGE_PARAMETER)
        .map(|cookie| cookie.value().to_string())
}
