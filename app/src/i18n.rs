//! Translated UI text: one Fluent bundle chain for the page's language.
//!
//! The server picks the language per request and renders with it; the page carries that
//! language's `.ftl` sources in a JSON script tag, so the browser hydrates with exactly the
//! same messages and downloads no other locale.

use std::sync::Arc;

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// The `id` of the script tag that carries [`LocalePayload`] to the browser.
pub const PAYLOAD_ELEMENT_ID: &str = "civic311-locale";

/// Text direction of a script.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value for the HTML `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A language the portal offers, as listed in the language switcher.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    /// BCP-47 tag, also the folder name under `locales/`.
    pub tag: String,
    /// The language's name in the language itself.
    pub native_name: String,
    pub dir: Direction,
}

/// One `.ftl` source in a fallback chain, most specific first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FluentSource {
    pub tag: String,
    pub ftl: String,
}

/// Everything the browser needs to render in the page's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalePayload {
    pub language: Language,
    /// The chain of sources for this language, e.g. `fa-AF` then `fa`.
    pub sources: Vec<FluentSource>,
    /// All languages offered, for the switcher.
    pub languages: Vec<Language>,
    /// Render accented, lengthened English, to find text that bypasses Fluent.
    #[serde(default)]
    pub pseudo: bool,
}

/// The tag of the pseudo-locale, offered only when the server enables it.
pub const PSEUDO_LOCALE: &str = "en-XA";

/// Why a locale could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LocaleError {
    #[error("'{0}' is not a valid BCP-47 language tag")]
    BadTag(String),
    #[error("{tag}: Fluent syntax error: {detail}")]
    Syntax { tag: String, detail: String },
    #[error("{tag}: {detail}")]
    Bundle { tag: String, detail: String },
}

/// Formats messages in one language. Cheap to clone.
#[derive(Clone)]
pub struct Localizer {
    payload: Arc<LocalePayload>,
    bundles: Arc<Vec<FluentBundle<FluentResource>>>,
}

impl Localizer {
    /// Parses the payload's sources into bundles.
    pub fn new(payload: LocalePayload) -> Result<Self, LocaleError> {
        let bundles = payload
            .sources
            .iter()
            .map(|source| build_bundle(source, payload.pseudo))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            payload: Arc::new(payload),
            bundles: Arc::new(bundles),
        })
    }

    /// The language's BCP-47 tag, for `lang` attributes.
    pub fn lang(&self) -> &str {
        &self.payload.language.tag
    }

    /// The language's text direction, for `dir` attributes.
    pub fn dir(&self) -> Direction {
        self.payload.language.dir
    }

    /// The languages offered by the portal.
    pub fn languages(&self) -> &[Language] {
        &self.payload.languages
    }

    /// The payload, for embedding in the page.
    pub fn payload(&self) -> &LocalePayload {
        &self.payload
    }

    /// Whether any bundle in the chain has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|bundle| bundle.has_message(id))
    }

    /// The message `id`, or the id itself when no bundle has it (so a gap is visible, not blank).
    pub fn t(&self, id: &str) -> String {
        self.format(id, None).unwrap_or_else(|| id.to_string())
    }

    /// The message `id` with variables.
    pub fn t_args(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
            .unwrap_or_else(|| id.to_string())
    }

    /// The message `id` without Unicode isolation marks, for plain-text channels (email, text
    /// messages) where they would show as stray characters or make a text message cost more.
    pub fn t_plain(&self, id: &str, args: &FluentArgs) -> String {
        self.t_args(id, args).replace(['\u{2068}', '\u{2069}'], "")
    }

    /// The message `id`, or `fallback` when no bundle has it (used for catalogue data that a
    /// city may extend without adding translations).
    pub fn t_or(&self, id: &str, fallback: &str) -> String {
        self.format(id, None)
            .unwrap_or_else(|| fallback.to_string())
    }

    /// The attribute `attribute` of message `id` (e.g. a service's `.description`), or
    /// `fallback` when no bundle has it.
    pub fn t_attr_or(&self, id: &str, attribute: &str, fallback: &str) -> String {
        self.bundles
            .iter()
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.get_attribute(attribute)?.value();
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, None, &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| fallback.to_string())
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.bundles.iter().find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned(),
            )
        })
    }
}

fn build_bundle(
    source: &FluentSource,
    pseudo: bool,
) -> Result<FluentBundle<FluentResource>, LocaleError> {
    let langid: LanguageIdentifier = source
        .tag
        .parse()
        .map_err(|_| LocaleError::BadTag(source.tag.clone()))?;
    let resource =
        FluentResource::try_new(source.ftl.clone()).map_err(|(_, errors)| LocaleError::Syntax {
            tag: source.tag.clone(),
            detail: errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        })?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    if pseudo {
        bundle.set_transform(Some(pseudo_transform));
    }
    bundle
        .add_resource(resource)
        .map_err(|errors| LocaleError::Bundle {
            tag: source.tag.clone(),
            detail: errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("; "),
        })?;
    Ok(bundle)
}

fn pseudo_transform(text: &str) -> std::borrow::Cow<'_, str> {
    fluent_pseudo::transform(text, false, true)
}

/// The page's localizer, provided as context by the shell (server) or the hydrate entry (browser).
pub fn use_localizer() -> Localizer {
    leptos::prelude::expect_context::<Localizer>()
}

/// The localizer of the current server request: the page's, or the one the locale middleware
/// chose for a server-function call.
#[cfg(feature = "ssr")]
pub fn request_localizer() -> Localizer {
    use leptos::prelude::use_context;
    use_context::<Localizer>()
        .or_else(|| {
            use_context::<http::request::Parts>()
                .and_then(|parts| parts.extensions.get::<Localizer>().cloned())
        })
        .expect("the locale middleware runs before every request")
}

/// Reads the payload the server embedded in the page.
#[cfg(feature = "hydrate")]
pub fn localizer_from_document() -> Localizer {
    let text = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(PAYLOAD_ELEMENT_ID))
        .and_then(|element| element.text_content())
        .expect("the server embeds the locale payload in every page");
    let payload: LocalePayload =
        serde_json::from_str(&text).expect("the locale payload is valid JSON");
    Localizer::new(payload).expect("the server only embeds locales it could load")
}

/// Serialises the payload for a `<script type="application/json">` element, escaping `<` so
/// that no message text can close the element.
pub fn payload_json(payload: &LocalePayload) -> String {
    serde_json::to_string(payload)
        .expect("the payload is plain data")
        .replace('<', "\\u003c")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payload(sources: &[(&str, &str)]) -> LocalePayload {
        LocalePayload {
            language: Language {
                tag: sources[0].0.into(),
                native_name: "test".into(),
                dir: Direction::Ltr,
            },
            sources: sources
                .iter()
                .map(|(tag, ftl)| FluentSource {
                    tag: (*tag).into(),
                    ftl: (*ftl).into(),
                })
                .collect(),
            languages: vec![],
            pseudo: false,
        }
    }

    #[test]
    fn message_falls_back_along_the_chain() {
        let localizer = Localizer::new(payload(&[
            ("fa-AF", "a = AF\n"),
            ("fa", "a = FA\nb = FA-b\n"),
        ]))
        .unwrap();
        assert_eq!(localizer.t("a"), "AF");
        assert_eq!(localizer.t("b"), "FA-b");
        assert_eq!(localizer.t("missing"), "missing");
        assert_eq!(localizer.t_or("missing", "Fallback"), "Fallback");
    }

    #[test]
    fn pseudo_locale_accents_every_letter_but_keeps_variables() {
        let mut pseudo = payload(&[("en", "greeting = Hello { $name }\n")]);
        pseudo.pseudo = true;
        let localizer = Localizer::new(pseudo).unwrap();
        let mut args = FluentArgs::new();
        args.set("name", "Ana");
        let text = localizer.t_args("greeting", &args);
        assert!(text.contains("Ana"), "{text}");
        assert!(!text.contains("Hello"), "{text}");
    }

    #[test]
    fn broken_ftl_is_reported_with_its_locale() {
        let error = Localizer::new(payload(&[("fr", "a = \n= broken")]))
            .err()
            .expect("syntax error");
        assert!(error.to_string().starts_with("fr: Fluent syntax error"));
    }

    #[test]
    fn payload_json_cannot_close_the_script_element() {
        let json = payload_json(&payload(&[("en", "a = </script>\n")]));
        assert!(!json.contains("</script>"));
        let back: LocalePayload = serde_json::from_str(&json).unwrap();
        assert_eq!(back.sources[0].ftl, "a = </script>\n");
    }
}
