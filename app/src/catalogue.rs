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
