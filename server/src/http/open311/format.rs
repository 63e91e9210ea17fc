//! Open311 responses in JSON or XML, and the spec's error array, built in one place.

use axum::{
    http::{header::CONTENT_TYPE, StatusCode},
    response::{IntoResponse, Response},
};
use quick_xml::{
    events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event},
    Writer,
};
use serde_json::Value;

/// The format named by a path's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Xml,
}

impl Format {
    /// Splits `services.json` into (`services`, Json); unknown extensions are `None`.
    pub fn split(segment: &str) -> Option<(&str, Format)> {
        let (stem, extension) = segment.rsplit_once('.')?;
        let format = match extension {
            "json" => Format::Json,
            "xml" => Format::Xml,
            _ => return None,
        };
        Some((stem, format))
    }
}

/// A successful body: the JSON value, and for XML the root element's name.
pub struct Reply {
    pub format: Format,
    pub xml_root: &'static str,
    pub body: Value,
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        render(StatusCode::OK, self.format, self.xml_root, &self.body)
    }
}

/// An Open311 error: `[{"code": 400, "description": "..."}]` with the same HTTP status.
#[derive(Debug)]
pub struct Open311Error {
    pub format: Format,
    pub status: StatusCode,
    pub descriptions: Vec<String>,
}

impl Open311Error {
    pub fn new(format: Format, status: StatusCode, description: impl Into<String>) -> Self {
        Self {
            format,
            status,
            descriptions: vec![description.into()],
        }
    }

    /// A 500 whose details go to the log, not to the client.
    pub fn internal(format: Format, error: impl std::fmt::Display) -> Self {
        tracing::error!("Open311 request failed: {error}");
        Self::new(
            format,
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal server error",
        )
    }
}

/// A lookup's answer, or the spec's 404 naming what does not exist.
pub fn found<T>(
    format: Format,
    lookup: Result<Option<T>, crate::db::DbError>,
    missing: impl FnOnce() -> String,
) -> Result<T, Open311Error> {
    lookup
        .map_err(|e| Open311Error::internal(format, e))?
        .ok_or_else(|| Open311Error::new(format, StatusCode::NOT_FOUND, missing()))
}

impl IntoResponse for Open311Error {
    fn into_response(self) -> Response {
        let code = self.status.as_u16();
        let body = Value::Array(
            self.descriptions
                .into_iter()
                .map(|description| serde_json::json!({ "code": code, "description": description }))
                .collect(),
        );
        render(self.status, self.format, "errors", &body)
    }
}

fn render(status: StatusCode, format: Format, xml_root: &str, body: &Value) -> Response {
    match format {
        Format::Json => (
            status,
            [(CONTENT_TYPE, "application/json; charset=utf-8")],
            body.to_string(),
        )
            .into_response(),
        Format::Xml => (
            status,
            [(CONTENT_TYPE, "text/xml; charset=utf-8")],
            to_xml(xml_root, body),
        )
            .into_response(),
    }
}

/// The element name of one item of a list element, as the GeoReport v2 spec names them.
fn item_name(list: &str) -> &str {
    match list {
        "services" => "service",
        "service_requests" => "request",
        "attributes" => "attribute",
        "values" => "value",
        "errors" => "error",
        "endpoints" => "endpoint",
        "formats" => "format",
        _ => "item",
    }
}

/// Writes a JSON value as the spec's XML: objects become elements per field, arrays repeat
/// their item element, `null` becomes an empty element.
pub fn to_xml(root: &str, body: &Value) -> String {
    let mut writer = Writer::new(Vec::new());
    writer
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))
        .expect("writing to memory");
    write_element(&mut writer, root, body);
    String::from_utf8(writer.into_inner()).expect("XML built from UTF-8 strings")
}

fn write_element(writer: &mut Writer<Vec<u8>>, name: &str, value: &Value) {
    match value {
        Value::Null => {
            writer
                .write_event(Event::Empty(BytesStart::new(name)))
                .expect("writing to memory");
        }
        Value::Array(items) => {
            writer
                .write_event(Event::Start(BytesStart::new(name)))
                .expect("writing to memory");
            for item in items {
                write_element(writer, item_name(name), item);
            }
            writer
                .write_event(Event::End(BytesEnd::new(name)))
                .expect("writing to memory");
        }
        Value::Object(fields) => {
            writer
                .write_event(Event::Start(BytesStart::new(name)))
                .expect("writing to memory");
            for (field, field_value) in fields {
                write_element(writer, field, field_value);
            }
            writer
                .write_event(Event::End(BytesEnd::new(name)))
                .expect("writing to memory");
        }
        scalar => {
            let text = match scalar {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            writer
                .write_event(Event::Start(BytesStart::new(name)))
                .expect("writing to memory");
            writer
                .write_event(Event::Text(BytesText::new(&text)))
                .expect("writing to memory");
            writer
                .write_event(Event::End(BytesEnd::new(name)))
                .expect("writing to memory");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_use_the_spec_item_names_and_escape_text() {
        let body = serde_json::json!([{ "service_code": "pothole", "service_name": "Rats & <mice>", "group": null }]);
        assert_eq!(
            to_xml("services", &body),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><services><service>\
             <service_code>pothole</service_code><service_name>Rats &amp; &lt;mice&gt;</service_name>\
             <group/></service></services>"
        );
    }

    #[test]
    fn format_comes_from_the_extension() {
        assert_eq!(
            Format::split("requests.xml"),
            Some(("requests", Format::Xml))
        );
        assert_eq!(
            Format::split("2026-000001.json"),
            Some(("2026-000001", Format::Json))
        );
        assert_eq!(Format::split("requests.csv"), None);
        assert_eq!(Format::split("requests"), None);
    }
}
