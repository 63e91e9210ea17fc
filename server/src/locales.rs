//! Loads the Fluent bundles under `locales/` and picks one per request.

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
};

use app::i18n::{
    Direction, FluentSource, Language, LocaleError, LocalePayload, Localizer, PSEUDO_LOCALE,
};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// The language used when nothing else matches.
pub const DEFAULT_LANGUAGE: &str = "en";

/// Why the locales folder could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LocalesError {
    #[error("cannot read '{path}': {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("'{path}' line {line}: {reason}")]
    LanguageList {
        path: PathBuf,
        line: usize,
        reason: String,
    },
    #[error("locale {0}")]
    Locale(#[from] LocaleError),
    #[error("the default language '{DEFAULT_LANGUAGE}' has no bundle in '{0}'")]
    NoDefault(PathBuf),
}

/// Every language with a bundle, ready to format.
pub struct LocaleCatalog {
    localizers: HashMap<String, Localizer>,
    available: Vec<LanguageIdentifier>,
}

impl LocaleCatalog {
    /// Reads `languages.tsv` and each `<tag>/*.ftl` folder that exists. With `with_pseudo`,
    /// also offers the pseudo-locale, which renders English accented and lengthened.
    pub fn load(dir: &Path, with_pseudo: bool) -> Result<Self, LocalesError> {
        let mut offered: Vec<Language> = read_language_list(&dir.join("languages.tsv"))?
            .into_iter()
            .filter(|language| dir.join(&language.tag).is_dir())
            .collect();
        let mut sources = HashMap::new();
        for language in &offered {
            let source = read_bundle_source(&dir.join(&language.tag))?;
            sources.insert(language.tag.clone(), source);
        }
        if with_pseudo {
            if let Some(english) = sources.get(DEFAULT_LANGUAGE).cloned() {
                sources.insert(PSEUDO_LOCALE.to_string(), english);
                offered.push(Language {
                    tag: PSEUDO_LOCALE.to_string(),
                    native_name: "Ƥşḗŭḓǿ".to_string(),
                    dir: Direction::Ltr,
                });
            }
        }
        let mut localizers = HashMap::new();
        for language in &offered {
            let pseudo = language.tag == PSEUDO_LOCALE;
            let chain_tags = if pseudo {
                vec![PSEUDO_LOCALE.to_string()]
            } else {
                fallback_chain(&language.tag)
            };
            let chain = chain_tags
                .into_iter()
                .filter_map(|tag| {
                    sources.get(&tag).map(|ftl| FluentSource {
                        tag,
                        ftl: ftl.clone(),
                    })
                })
                .collect();
            let payload = LocalePayload {
                language: language.clone(),
                sources: chain,
                languages: offered.clone(),
                pseudo,
            };
            localizers.insert(language.tag.clone(), Localizer::new(payload)?);
        }
        if !localizers.contains_key(DEFAULT_LANGUAGE) {
            return Err(LocalesError::NoDefault(dir.to_path_buf()));
        }
        let available = offered
            .iter()
            .filter_map(|language| language.tag.parse().ok())
            .collect();
        Ok(Self {
            localizers,
            available,
        })
    }

    /// The localizer for a tag the portal offers.
    pub fn get(&self, tag: &str) -> Option<&Localizer> {
        self.localizers.get(tag)
    }

    /// The localizer of [`DEFAULT_LANGUAGE`].
    pub fn default_localizer(&self) -> &Localizer {
        &self.localizers[DEFAULT_LANGUAGE]
    }

    /// Picks the language: an explicit choice first, then `Accept-Language`, then English.
    /// Both inputs may be absent or malformed; each request still gets a language.
    pub fn negotiate(&self, explicit: Option<&str>, accept_language: Option<&str>) -> &Localizer {
        let mut requested: Vec<LanguageIdentifier> = explicit
            .and_then(|tag| tag.parse().ok())
            .into_iter()
            .collect();
        if requested.is_empty() {
            requested = accept_language::parse(accept_language.unwrap_or(""))
                .iter()
                .filter_map(|tag| tag.parse().ok())
                .collect();
        }
        let default: LanguageIdentifier = DEFAULT_LANGUAGE.parse().expect("valid tag");
        let chosen = negotiate_languages(
            &requested,
            &self.available,
            Some(&default),
            NegotiationStrategy::Lookup,
        );
        let tag = chosen
            .first()
            .map(|id| id.to_string())
            .unwrap_or_else(|| DEFAULT_LANGUAGE.to_string());
        self.localizers
            .get(&tag)
            .unwrap_or_else(|| self.default_localizer())
    }
}

/// A tag followed by its shorter parents: `fa-AF` → `fa-AF`, `fa`.
fn fallback_chain(tag: &str) -> Vec<String> {
    let parts: Vec<&str> = tag.split('-').collect();
    (1..=parts.len())
        .rev()
        .map(|len| parts[..len].join("-"))
        .collect()
}

fn read_bundle_source(folder: &Path) -> Result<String, LocalesError> {
    let read_error = |source| LocalesError::Read {
        path: folder.to_path_buf(),
        source,
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .map_err(read_error)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    let mut source = String::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|source| LocalesError::Read {
            path: file.clone(),
            source,
        })?;
        source.push_str(&text);
        source.push('\n');
    }
    Ok(source)
}

/// Parses `languages.tsv`: tag, English name, native name, script, direction.
pub fn read_language_list(path: &Path) -> Result<Vec<Language>, LocalesError> {
    let text = std::fs::read_to_string(path).map_err(|source| LocalesError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    text.lines()
        .enumerate()
        .skip(1)
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            let bad = |reason: &str| LocalesError::LanguageList {
                path: path.to_path_buf(),
                line: index + 1,
                reason: reason.to_string(),
            };
            let columns: Vec<&str> = line.split('\t').collect();
            let [tag, _english, native, _script, dir] = columns[..] else {
                return Err(bad("expected 5 tab-separated columns"));
            };
            let dir = match dir.trim() {
                "ltr" => Direction::Ltr,
                "rtl" => Direction::Rtl,
                _ => return Err(bad("direction must be ltr or rtl")),
            };
            Ok(Language {
                tag: tag.to_string(),
                native_name: native.to_string(),
                dir,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> LocaleCatalog {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
        LocaleCatalog::load(&dir, true).expect("the shipped locales load")
    }

    #[test]
    fn explicit_choice_beats_accept_language() {
        assert_eq!(
            catalog()
                .negotiate(Some("fr"), Some("en-CA,en;q=0.9"))
                .lang(),
            "fr"
        );
    }

    #[test]
    fn accept_language_is_used_with_its_quality_order() {
        let catalog = catalog();
        assert_eq!(
            catalog
                .negotiate(None, Some("tlh;q=0.9,fr-CA;q=0.8"))
                .lang(),
            "fr"
        );
        assert_eq!(
            catalog.negotiate(None, Some("fr;q=0.5,en;q=0.9")).lang(),
            "en"
        );
    }

    #[test]
    fn unknown_or_malformed_choices_fall_back_to_english() {
        let catalog = catalog();
        assert_eq!(catalog.negotiate(Some("xx-invalid-!!"), None).lang(), "en");
        assert_eq!(catalog.negotiate(None, Some(";;;q=,,")).lang(), "en");
        assert_eq!(catalog.negotiate(None, None).lang(), "en");
    }

    #[test]
    fn pseudo_locale_is_chosen_only_explicitly() {
        let catalog = catalog();
        assert_eq!(catalog.negotiate(Some("en-XA"), None).lang(), "en-XA");
        assert_eq!(catalog.negotiate(None, Some("en-US")).lang(), "en");
        assert_ne!(
            catalog.negotiate(Some("en-XA"), None).t("home-heading"),
            catalog.default_localizer().t("home-heading")
        );
    }

    #[test]
    fn regional_variant_falls_back_to_its_language() {
        assert_eq!(catalog().negotiate(Some("fr-BE"), None).lang(), "fr");
        assert_eq!(fallback_chain("fa-AF"), vec!["fa-AF", "fa"]);
    }
}
