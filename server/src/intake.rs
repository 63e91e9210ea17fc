//! Taking in a new service request from any channel (Open311 API, web form, chat): validate
//! every field against the service type, then file it with its SLA date.

use std::collections::BTreeMap;

use crate::{
    catalogue::AttributeDatatype,
    db::{catalogue::ServiceTypeRecord, requests::NewServiceRequest},
    sla,
    wards::WardMap,
};

/// Longest description accepted (the Open311 limit).
pub const MAX_DESCRIPTION_CHARS: usize = 4000;

/// A submission as received, before validation. Attribute answers are lists so
/// multi-value attributes need no special case.
#[derive(Clone, Debug, Default)]
pub struct Submission {
    pub service_code: String,
    pub latitude: Option<String>,
    pub longitude: Option<String>,
    pub address: Option<String>,
    pub address_id: Option<String>,
    pub description: Option<String>,
    pub attributes: BTreeMap<String, Vec<String>>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub media_url: Option<String>,
    pub device_id: Option<String>,
    pub account_id: Option<String>,
    pub locale: String,
}

/// One thing wrong with a submission, naming the field to fix.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    /// The field's name as the client sent it, e.g. `lat` or `attribute[size]`.
    pub field: String,
    pub problem: Problem,
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Missing,
    NotANumber,
    OutOfRange { min: f64, max: f64 },
    OutsideCity,
    TooLong { max: usize },
    NotInList { allowed: Vec<String> },
    OneValueOnly,
    NotADateTime,
    NotAnEmail,
    NotAUrl,
    UnknownAttribute,
    LocationNeeded,
}

impl FieldError {
    fn new(field: impl Into<String>, problem: Problem) -> Self {
        Self {
            field: field.into(),
            problem,
        }
    }

    /// A plain-English sentence for API clients.
    pub fn describe(&self) -> String {
        let field = &self.field;
        match &self.problem {
            Problem::Missing => format!("{field} is required"),
            Problem::NotANumber => format!("{field} must be a number"),
            Problem::OutOfRange { min, max } => format!("{field} must be between {min} and {max}"),
            Problem::OutsideCity => format!("{field}: the location is outside the city's boundary"),
            Problem::TooLong { max } => format!("{field} must be at most {max} characters"),
            Problem::NotInList { allowed } => {
                format!("{field} must be one of: {}", allowed.join(", "))
            }
            Problem::OneValueOnly => format!("{field} takes a single value"),
            Problem::NotADateTime => {
                format!("{field} must be a date and time such as 2026-11-23T14:30:00-05:00")
            }
            Problem::NotAnEmail => format!("{field} must be an email address"),
            Problem::NotAUrl => format!("{field} must be an http or https URL"),
            Problem::UnknownAttribute => format!("{field} is not an attribute of this service"),
            Problem::LocationNeeded => {
                "a location is required: lat and long, address_string or address_id".to_string()
            }
        }
    }
}

/// A submission that passed every check.
#[derive(Clone, Debug)]
pub struct ValidRequest {
    pub request: NewServiceRequest,
}

/// Checks a submission against its service type; returns every problem found, not just the
/// first. The SLA date is counted on the city's calendar.
pub fn validate(
    submission: &Submission,
    service: &ServiceTypeRecord,
    wards: &WardMap,
    filed_at: time::OffsetDateTime,
    city_time_zone: &jiff::tz::TimeZone,
) -> Result<ValidRequest, Vec<FieldError>> {
    let mut errors = Vec::new();
    let (latitude, longitude, ward) = check_location(submission, wards, &mut errors);
    let description = trimmed(&submission.description);
    if let Some(text) = &description {
        if text.chars().count() > MAX_DESCRIPTION_CHARS {
            errors.push(FieldError::new(
                "description",
                Problem::TooLong {
                    max: MAX_DESCRIPTION_CHARS,
                },
            ));
        }
    }
    let attributes = check_attributes(&submission.attributes, service, &mut errors);
    let email = trimmed(&submission.email);
    if let Some(address) = &email {
        if address.parse::<email_address::EmailAddress>().is_err() {
            errors.push(FieldError::new("email", Problem::NotAnEmail));
        }
    }
    let media_url = trimmed(&submission.media_url);
    if let Some(raw) = &media_url {
        let valid = url::Url::parse(raw).is_ok_and(|u| matches!(u.scheme(), "http" | "https"));
        if !valid {
            errors.push(FieldError::new("media_url", Problem::NotAUrl));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let contact_name = [&submission.first_name, &submission.last_name]
        .into_iter()
        .filter_map(trimmed)
        .collect::<Vec<_>>()
        .join(" ");
    let sla_due = service
        .sla
        .map(|service_sla| sla::due_at(filed_at, service_sla, city_time_zone))
        .unwrap_or(filed_at);
    Ok(ValidRequest {
        request: NewServiceRequest {
            service_code: service.service_code.clone(),
            description: description.unwrap_or_default(),
            latitude,
            longitude,
            address: trimmed(&submission.address),
            address_id: trimmed(&submission.address_id),
            ward,
            locale: submission.locale.clone(),
            contact_name: (!contact_name.is_empty()).then_some(contact_name),
            contact_email: email,
            contact_phone: trimmed(&submission.phone),
            created_at: filed_at.unix_timestamp(),
            sla_due_at: sla_due.unix_timestamp(),
            attributes_json: serde_json::to_string(&attributes).expect("plain data"),
            media_url,
            device_id: trimmed(&submission.device_id),
            account_id: trimmed(&submission.account_id),
            ..NewServiceRequest::default()
        },
    })
}

fn trimmed(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// Coordinates must be numbers in range and inside a ward; without them an address will do.
fn check_location(
    submission: &Submission,
    wards: &WardMap,
    errors: &mut Vec<FieldError>,
) -> (Option<f64>, Option<f64>, Option<i64>) {
    let latitude = coordinate("lat", &submission.latitude, 90.0, errors);
    let longitude = coordinate("long", &submission.longitude, 180.0, errors);
    match (latitude, longitude) {
        (Some(Some(lat)), Some(Some(long))) => match wards.ward_at(lat, long) {
            Some(ward) => (Some(lat), Some(long), Some(ward.number)),
            None => {
                errors.push(FieldError::new("lat", Problem::OutsideCity));
                (None, None, None)
            }
        },
        (Some(_), None) => {
            errors.push(FieldError::new("long", Problem::Missing));
            (None, None, None)
        }
        (None, Some(_)) => {
            errors.push(FieldError::new("lat", Problem::Missing));
            (None, None, None)
        }
        (None, None) => {
            let has_address =
                trimmed(&submission.address).is_some() || trimmed(&submission.address_id).is_some();
            if !has_address {
                errors.push(FieldError::new("location", Problem::LocationNeeded));
            }
            (None, None, None)
        }
        // A coordinate was given but invalid; its error is already recorded.
        _ => (None, None, None),
    }
}

/// `None` when absent, `Some(None)` when present but invalid.
fn coordinate(
    field: &str,
    raw: &Option<String>,
    limit: f64,
    errors: &mut Vec<FieldError>,
) -> Option<Option<f64>> {
    let raw = trimmed(raw)?;
    let Ok(value) = raw.parse::<f64>() else {
        errors.push(FieldError::new(field, Problem::NotANumber));
        return Some(None);
    };
    if !value.is_finite() || value.abs() > limit {
        errors.push(FieldError::new(
            field,
            Problem::OutOfRange {
                min: -limit,
                max: limit,
            },
        ));
        return Some(None);
    }
    Some(Some(value))
}

/// Checks answers against the service's attribute definitions; returns the cleaned answers.
fn check_attributes(
    answers: &BTreeMap<String, Vec<String>>,
    service: &ServiceTypeRecord,
    errors: &mut Vec<FieldError>,
) -> BTreeMap<String, serde_json::Value> {
    let mut cleaned = BTreeMap::new();
    for code in answers.keys() {
        if !service.attributes.iter().any(|a| &a.code == code) {
            errors.push(FieldError::new(
                format!("attribute[{code}]"),
                Problem::UnknownAttribute,
            ));
        }
    }
    for attribute in &service.attributes {
        let field = format!("attribute[{}]", attribute.code);
        let values: Vec<&str> = answers
            .get(&attribute.code)
            .map(|v| {
                v.iter()
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        if values.is_empty() {
            if attribute.required {
                errors.push(FieldError::new(field, Problem::Missing));
            }
            continue;
        }
        let allowed: Vec<String> = attribute.values.iter().map(|v| v.key.clone()).collect();
        let problem = match attribute.datatype {
            AttributeDatatype::Multivaluelist => values
                .iter()
                .any(|v| !allowed.iter().any(|a| a == v))
                .then(|| Problem::NotInList {
                    allowed: allowed.clone(),
                }),
            _ if values.len() > 1 => Some(Problem::OneValueOnly),
            AttributeDatatype::Singlevaluelist => {
                (!allowed.iter().any(|a| a == values[0])).then(|| Problem::NotInList {
                    allowed: allowed.clone(),
                })
            }
            AttributeDatatype::Number => values[0]
                .parse::<f64>()
                .is_err()
                .then_some(Problem::NotANumber),
            AttributeDatatype::Datetime => parse_datetime(values[0])
                .is_none()
                .then_some(Problem::NotADateTime),
            AttributeDatatype::String => {
                (values[0].chars().count() > 200).then_some(Problem::TooLong { max: 200 })
            }
            AttributeDatatype::Text => (values[0].chars().count() > MAX_DESCRIPTION_CHARS)
                .then_some(Problem::TooLong {
                    max: MAX_DESCRIPTION_CHARS,
                }),
        };
        match problem {
            Some(problem) => errors.push(FieldError::new(field, problem)),
            None => {
                let value = match attribute.datatype {
                    AttributeDatatype::Multivaluelist => serde_json::json!(values),
                    _ => serde_json::json!(values[0]),
                };
                cleaned.insert(attribute.code.clone(), value);
            }
        }
    }
    cleaned
}

/// A W3C date-time (RFC 3339), or a date alone meaning its start in UTC.
pub fn parse_datetime(raw: &str) -> Option<time::OffsetDateTime> {
    use time::format_description::well_known::Rfc3339;
    if let Ok(moment) = time::OffsetDateTime::parse(raw, &Rfc3339) {
        return Some(moment);
    }
    let date = time::Date::parse(
        raw,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()?;
    Some(date.midnight().assume_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{AttributeEntry, AttributeValue, Sla, SlaUnit};

    fn attribute(
        code: &str,
        datatype: AttributeDatatype,
        required: bool,
        keys: &[&str],
    ) -> AttributeEntry {
        AttributeEntry {
            code: code.into(),
            datatype,
            required,
            description: String::new(),
            values: keys
                .iter()
                .map(|k| AttributeValue {
                    key: (*k).into(),
                    name: (*k).into(),
                })
                .collect(),
        }
    }

    fn service(attributes: Vec<AttributeEntry>) -> ServiceTypeRecord {
        ServiceTypeRecord {
            service_code: "graffiti".into(),
            group_code: "g".into(),
            group_name: "G".into(),
            name: "Graffiti".into(),
            description: String::new(),
            keywords: vec![],
            division: "Transportation Services".into(),
            sla: Some(Sla {
                amount: 5,
                unit: SlaUnit::BusinessDays,
            }),
            photo_policy: "optional".into(),
            ownership_check: true,
            attributes,
        }
    }

    fn answers(pairs: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
        pairs
            .iter()
            .map(|(code, values)| {
                (
                    code.to_string(),
                    values.iter().map(|v| v.to_string()).collect(),
                )
            })
            .collect()
    }

    fn problems(service: &ServiceTypeRecord, given: &[(&str, &[&str])]) -> Vec<(String, Problem)> {
        let mut errors = Vec::new();
        check_attributes(&answers(given), service, &mut errors);
        errors.into_iter().map(|e| (e.field, e.problem)).collect()
    }

    #[test]
    fn multivaluelist_accepts_several_known_keys_only() {
        let graffiti = service(vec![attribute(
            "surface",
            AttributeDatatype::Multivaluelist,
            true,
            &["wall", "fence", "sign"],
        )]);
        assert!(problems(&graffiti, &[("surface", &["wall", "fence"])]).is_empty());
        let wrong = problems(&graffiti, &[("surface", &["wall", "bus"])]);
        assert_eq!(wrong[0].0, "attribute[surface]");
        assert!(matches!(wrong[0].1, Problem::NotInList { .. }));
    }

    #[test]
    fn number_datetime_and_single_values_are_checked() {
        let form = service(vec![
            attribute("count", AttributeDatatype::Number, false, &[]),
            attribute("seen_at", AttributeDatatype::Datetime, false, &[]),
            attribute("plate", AttributeDatatype::String, false, &[]),
        ]);
        let found = problems(
            &form,
            &[
                ("count", &["several"]),
                ("seen_at", &["last tuesday"]),
                ("plate", &["A", "B"]),
            ],
        );
        assert_eq!(
            found,
            vec![
                ("attribute[count]".to_string(), Problem::NotANumber),
                ("attribute[seen_at]".to_string(), Problem::NotADateTime),
                ("attribute[plate]".to_string(), Problem::OneValueOnly),
            ]
        );
        assert!(problems(
            &form,
            &[
                ("count", &["3"]),
                ("seen_at", &["2026-11-20T08:15:00-05:00"])
            ]
        )
        .is_empty());
    }

    #[test]
    fn w3c_dates_with_offsets_and_plain_dates_parse() {
        let moment = parse_datetime("2026-11-20T08:15:00-05:00").unwrap();
        assert_eq!(
            moment.unix_timestamp(),
            parse_datetime("2026-11-20T13:15:00Z")
                .unwrap()
                .unix_timestamp()
        );
        assert_eq!(parse_datetime("2026-11-20").unwrap().hour(), 0);
        assert!(parse_datetime("20/11/2026").is_none());
    }
}
