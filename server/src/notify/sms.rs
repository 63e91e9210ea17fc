//! Text messages through a Twilio-compatible HTTP API (`POST
//! {base}/2010-04-01/Accounts/{account}/Messages.json`), and checking the signature of the
//! provider's calls to us (a resident's reply, such as STOP).

use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;

use super::SendError;
use crate::db::outbox::OutboxMessage;

/// The provider's address and credentials, from `CIVIC311_SMS_*`.
#[derive(Clone, Debug)]
pub struct SmsSettings {
    pub api_url: String,
    pub account_sid: String,
    pub auth_token: String,
    /// The number messages come from, in E.164 form.
    pub from: String,
}

/// Sends text messages.
pub struct SmsClient {
    settings: SmsSettings,
    http: reqwest::Client,
}

#[derive(serde::Deserialize)]
struct Accepted {
    sid: String,
}

impl SmsClient {
    pub fn new(settings: SmsSettings) -> Self {
        let http = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(20))
            .build()
            .expect("an HTTP client with a timeout builds");
        Self { settings, http }
    }

    /// Sends `body` to the message's recipient; returns the provider's message id.
    pub async fn send(&self, message: &OutboxMessage, body: &str) -> Result<String, SendError> {
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Messages.json",
            self.settings.api_url.trim_end_matches('/'),
            self.settings.account_sid
        );
        let response = self
            .http
            .post(url)
            .basic_auth(&self.settings.account_sid, Some(&self.settings.auth_token))
            .header("Idempotency-Key", &message.idempotency_key)
            .form(&[
                ("To", message.recipient.as_str()),
                ("From", self.settings.from.as_str()),
                ("Body", body),
            ])
            .send()
            .await
            .map_err(|error| SendError::temporary(format!("SMS provider unreachable: {error}")))?;
        let status = response.status();
        if status.is_success() {
            let accepted: Accepted = response.json().await.map_err(|error| {
                SendError::temporary(format!("SMS provider's answer unreadable: {error}"))
            })?;
            return Ok(accepted.sid);
        }
        let detail = response.text().await.unwrap_or_default();
        let reason = format!("SMS provider answered {status}: {detail}");
        // 429 and 5xx pass; any other refusal will not change on a retry.
        if status.as_u16() == 429 || status.is_server_error() {
            Err(SendError::temporary(reason))
        } else {
            Err(SendError::permanent(reason))
        }
    }
}

/// Twilio's request signature: base64 of HMAC-SHA1, keyed with the auth token, over the URL
/// followed by each form field's name and value, sorted by name.
pub fn signature(auth_token: &str, url: &str, form: &[(String, String)]) -> String {
    let mut fields: Vec<&(String, String)> = form.iter().collect();
    fields.sort();
    let mut signed = url.to_string();
    for (name, value) in fields {
        signed.push_str(name);
        signed.push_str(value);
    }
    let mut mac =
        Hmac::<Sha1>::new_from_slice(auth_token.as_bytes()).expect("HMAC takes keys of any size");
    mac.update(signed.as_bytes());
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Whether `given` is the signature of this request, compared in constant time.
pub fn signature_matches(
    auth_token: &str,
    url: &str,
    form: &[(String, String)],
    given: &str,
) -> bool {
    let expected = signature(auth_token, url, form);
    expected.len() == given.len()
        && expected
            .bytes()
            .zip(given.bytes())
            .fold(0u8, |diff, (a, b)| diff | (a ^ b))
            == 0
}

/// Replies that mean "stop texting me", as carriers and Twilio treat them.
pub fn is_stop_word(body: &str) -> bool {
    matches!(
        body.trim().to_uppercase().as_str(),
        "STOP" | "STOPALL" | "UNSUBSCRIBE" | "CANCEL" | "END" | "QUIT" | "ARRET" | "ARRÊT"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signature_follows_twilios_published_example() {
        // The example from Twilio's security documentation.
        let form: Vec<(String, String)> = [
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+12349013030"),
            ("Digits", "1234"),
            ("From", "+12349013030"),
            ("To", "+18005551212"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
        let token = "12345";
        assert_eq!(signature(token, url, &form), "0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assert!(signature_matches(
            token,
            url,
            &form,
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        ));
        assert!(!signature_matches(
            token,
            url,
            &form,
            "0/KCTR6DLpKmkAf8muzZqo1nDgX="
        ));
    }

    #[test]
    fn stop_words_are_recognised_in_any_case() {
        for word in ["STOP", "stop ", "Unsubscribe", "arrêt"] {
            assert!(is_stop_word(word), "{word}");
        }
        for word in ["", "stop it", "hello"] {
            assert!(!is_stop_word(word), "{word}");
        }
    }
}
