//! The service catalogue as the pages see it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A group of related service types, such as "Roads and sidewalks".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceGroup {
    /// Stable code, also used in the Fluent message id `service-group-<code>`.
    pub code: String,
    /// The name from the catalogue file, shown when no translation exists.
    pub name: String,
    pub service_count: i64,
}

impl ServiceGroup {
    /// The Fluent message id of the group's name.
    pub fn message_id(&self) -> String {
        format!("service-group-{}", self.code)
    }
}

/// The service groups shown on the home page.
#[server]
pub async fn list_service_groups() -> Result<Vec<ServiceGroup>, ServerFnError> {
    let backend = crate::backend::use_backend()?;
    backend.service_groups().await.map_err(|error| {
        leptos::logging::error!("loading service groups failed: {error}");
        ServerFnError::new("the service catalogue is unavailable")
    })
}

/// The Fluent id of a division's name: `division-` and the name in lower case, words joined
/// by `-` ("Parks, Forestry & Recreation" → `division-parks-forestry-recreation`).
pub fn division_message_id(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect();
    format!("division-{}", words.join("-"))
}

/// A division's name in the reader's language, or as the catalogue spells it.
pub fn division_name(i18n: &crate::i18n::Localizer, name: &str) -> String {
    i18n.t_or(&division_message_id(name), name)
}

#[cfg(test)]
mod tests {
    #[test]
    fn division_ids_are_made_from_their_words() {
        assert_eq!(
            super::division_message_id("Parks, Forestry & Recreation"),
            "division-parks-forestry-recreation"
        );
        assert_eq!(
            super::division_message_id("Toronto Water"),
            "division-toronto-water"
        );
    }
}
