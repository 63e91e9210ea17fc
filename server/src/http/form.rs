//! Reading `application/x-www-form-urlencoded` posts from the portal's plain HTML forms.

/// A posted form. A body that does not parse reads as an empty form, so that every field is
/// reported missing rather than the post failing.
pub struct Form(Vec<(String, String)>);

impl Form {
    pub fn parse(body: &[u8]) -> Self {
        Self(serde_urlencoded::from_bytes(body).unwrap_or_default())
    }

    /// The field's value, trimmed; empty when absent.
    pub fn text(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.trim())
            .unwrap_or_default()
    }

    /// Every field, as posted.
    pub fn fields(&self) -> &[(String, String)] {
        &self.0
    }
}
