//! The service catalogue data file: what a city can report on, and to whom.
//!
//! The file is TOML so a city can replace it without code changes; `civic311 seed` and the
//! first start of an empty database load it.

use std::{collections::HashSet, path::Path};

use serde::Deserialize;

/// The whole catalogue file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    #[serde(rename = "group")]
    pub groups: Vec<GroupEntry>,
    #[serde(rename = "service")]
    pub services: Vec<ServiceEntry>,
}

/// A service group, such as "Roads and sidewalks".
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupEntry {
    pub code: String,
    pub name: String,
}

/// One service type.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceEntry {
    /// Stable Open311 `service_code`.
    pub code: String,
    pub group: String,
    pub name: String,
    pub description: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub division: String,
    pub sla: Sla,
    pub photos: PhotoPolicy,
    /// Who may own the asset; set for types where the City may not be the owner.
    #[serde(default)]
    pub ownership_check: bool,
    /// Staff must attach a photo of the finished work to mark it Completed.
    #[serde(default)]
    pub completion_photo: bool,
    #[serde(default, rename = "attribute")]
    pub attributes: Vec<AttributeEntry>,
}

/// A service-level target.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Sla {
    pub amount: u32,
    pub unit: SlaUnit,
}

/// The unit of an SLA; business days skip weekends and holidays.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum SlaUnit {
    Hours,
    CalendarDays,
    BusinessDays,
}

impl SlaUnit {
    /// The value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            SlaUnit::Hours => "hours",
            SlaUnit::CalendarDays => "calendar_days",
            SlaUnit::BusinessDays => "business_days",
        }
    }

    /// The inverse of [`SlaUnit::as_str`].
    pub fn parse(stored: &str) -> Option<Self> {
        [SlaUnit::Hours, SlaUnit::CalendarDays, SlaUnit::BusinessDays]
            .into_iter()
            .find(|unit| unit.as_str() == stored)
    }
}

/// Whether a report of this type takes photos.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PhotoPolicy {
    None,
    Optional,
    Required,
}

impl PhotoPolicy {
    /// The value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            PhotoPolicy::None => "none",
            PhotoPolicy::Optional => "optional",
            PhotoPolicy::Required => "required",
        }
    }
}

/// An Open311 attribute: an extra question on the report form.
#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct AttributeEntry {
    pub code: String,
    pub datatype: AttributeDatatype,
    #[serde(default)]
    pub required: bool,
    /// The question shown to the resident.
    pub description: String,
    #[serde(default)]
    pub values: Vec<AttributeValue>,
}

/// Open311 attribute datatypes.
#[derive(Debug, Clone, Copy, Deserialize, serde::Serialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum AttributeDatatype {
    String,
    Number,
    Datetime,
    Text,
    Singlevaluelist,
    Multivaluelist,
}

/// One choice of a list attribute.
#[derive(Debug, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct AttributeValue {
    pub key: String,
    pub name: String,
}

/// Why a catalogue file was refused.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    #[error("cannot read the catalogue file '{path}': {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the catalogue file '{path}' is not valid: {message}")]
    Invalid { path: String, message: String },
}

impl Catalogue {
    /// Reads and checks a catalogue file.
    pub fn load(path: &Path) -> Result<Self, CatalogueError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| CatalogueError::Read {
            path: shown.clone(),
            source,
        })?;
        let catalogue: Catalogue =
            toml::from_str(&text).map_err(|error| CatalogueError::Invalid {
                path: shown.clone(),
                message: error.message().to_string(),
            })?;
        catalogue
            .check()
            .map_err(|message| CatalogueError::Invalid {
                path: shown,
                message,
            })?;
        Ok(catalogue)
    }

    /// Checks what TOML types cannot: unique codes, known groups, usable lists.
    fn check(&self) -> Result<(), String> {
        let mut group_codes = HashSet::new();
        for group in &self.groups {
            check_code(&group.code)?;
            if !group_codes.insert(group.code.as_str()) {
                return Err(format!("group '{}' appears twice", group.code));
            }
        }
        let mut service_codes = HashSet::new();
        for service in &self.services {
            check_code(&service.code)?;
            if !service_codes.insert(service.code.as_str()) {
                return Err(format!("service '{}' appears twice", service.code));
            }
            if !group_codes.contains(service.group.as_str()) {
                return Err(format!(
                    "service '{}' names unknown group '{}'",
                    service.code, service.group
                ));
            }
            if service.sla.amount == 0 {
                return Err(format!("service '{}' has an SLA of zero", service.code));
            }
            for attribute in &service.attributes {
                let is_list = matches!(
                    attribute.datatype,
                    AttributeDatatype::Singlevaluelist | AttributeDatatype::Multivaluelist
                );
                if is_list == attribute.values.is_empty() {
                    return Err(format!(
                        "service '{}' attribute '{}': list datatypes need values, others must have none",
                        service.code, attribute.code
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Codes appear in URLs and Fluent ids, so they are lower-case ASCII words joined by `-`.
fn check_code(code: &str) -> Result<(), String> {
    let valid = !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if valid {
        Ok(())
    } else {
        Err(format!(
            "code '{code}' must use only lower-case letters, digits and '-'"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<(), String> {
        let catalogue: Catalogue = toml::from_str(text).map_err(|e| e.to_string())?;
        catalogue.check()
    }

    const GROUP: &str = "[[group]]\ncode = \"roads\"\nname = \"Roads\"\n";

    fn service(code: &str, group: &str) -> String {
        format!(
            "[[service]]\ncode = \"{code}\"\ngroup = \"{group}\"\nname = \"N\"\ndescription = \"D\"\n\
             division = \"Transportation Services\"\nsla = {{ amount = 5, unit = \"business_days\" }}\nphotos = \"optional\"\n"
        )
    }

    #[test]
    fn shipped_catalogue_is_valid() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("seed/catalogue.toml");
        let catalogue = Catalogue::load(&path).expect("the shipped catalogue loads");
        assert!(
            catalogue.services.len() >= 60,
            "the portal ships at least 60 service types"
        );
    }

    #[test]
    fn service_in_unknown_group_is_refused() {
        let error = parse(&format!("{GROUP}{}", service("pothole", "parks"))).unwrap_err();
        assert_eq!(error, "service 'pothole' names unknown group 'parks'");
    }

    #[test]
    fn duplicate_service_code_is_refused() {
        let text = format!(
            "{GROUP}{}{}",
            service("pothole", "roads"),
            service("pothole", "roads")
        );
        assert_eq!(parse(&text).unwrap_err(), "service 'pothole' appears twice");
    }

    #[test]
    fn code_with_spaces_is_refused() {
        let error = parse(&format!("{GROUP}{}", service("Pot hole", "roads"))).unwrap_err();
        assert!(error.contains("'Pot hole'"), "{error}");
    }
}
