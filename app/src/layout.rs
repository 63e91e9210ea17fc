//! The frame around every page: skip link, header with language switcher, footer.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::use_localizer;

/// Wraps page content in the site header, `<main>` and footer.
#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let i18n = use_localizer();
    crate::chat::provide_chat();
    view! {
        // rel="external" keeps the router from handling the click, so the browser moves focus
        // to <main> as it does without JavaScript.
        <a class="skip-link" href="#main" rel="external">{i18n.t("skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href="/">{i18n.t("site-name")}</a>
            <nav class="site-nav" aria-label=i18n.t("site-nav-label")>
                <a href="/report">{i18n.t("nav-report")}</a>
                <a href="/services">{i18n.t("nav-services")}</a>
                <a href="/requests">{i18n.t("nav-track")}</a>
            </nav>
            <LanguageSwitcher/>
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{i18n.t("footer-emergency")}</p>
        </footer>
        <crate::chat::ChatWidget/>
    }
}

/// Lists every language in its own name. Plain links with `rel="external"` make the choice a
/// full page load, so the server renders the new language and sets the cookie, with or
/// without JavaScript.
#[component]
fn LanguageSwitcher() -> impl IntoView {
    let i18n = use_localizer();
    let location = use_location();
    let current_name = i18n
        .languages()
        .iter()
        .find(|language| language.tag == i18n.lang())
        .map(|language| language.native_name.clone())
        .unwrap_or_default();
    let languages = i18n.languages().to_vec();
    let current_tag = i18n.lang().to_string();
    view! {
        <nav class="language-switcher" aria-label=i18n.t("language-switcher-label")>
            <details>
                // Label and current language are separated by layout, not punctuation, so no
                // text sits outside Fluent.
                <summary>
                    <span class="switcher-label">{i18n.t("language-switcher-label")}</span>
                    <span class="switcher-current" lang=current_tag.clone()>{current_name}</span>
                </summary>
                <ul>
                    {languages
                        .into_iter()
                        .map(|language| {
                            let path = location.pathname.get_untracked();
                            let href = format!("{path}?lang={}", language.tag);
                            let current = (language.tag == current_tag).then_some("true");
                            view! {
                                <li>
                                    <a
                                        href=href
                                        hreflang=language.tag.clone()
                                        lang=language.tag.clone()
                                        dir=language.dir.as_str()
                                        rel="external"
                                        aria-current=current
                                    >
                                        {language.native_name}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        </nav>
    }
}
