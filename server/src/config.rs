//! Configuration from the environment, checked once at start-up.
//!
//! Every problem names the variable at fault, so a bad deployment stops with one clear line.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
};

use leptos::config::LeptosOptions;

/// The database to use, from `DATABASE_URL`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// An embedded SQLite file; the default.
    Sqlite { url: String, file: Option<PathBuf> },
    /// A PostgreSQL server.
    Postgres { url: String },
}

/// The default: a SQLite file under `data/`, created on first start.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/civic311.db";

impl DatabaseUrl {
    /// Parses a `sqlite:` or `postgres://` URL.
    pub fn parse(raw: &str) -> Result<Self, ConfigError> {
        let invalid = |reason: &str| ConfigError::Invalid {
            variable: "DATABASE_URL",
            reason: reason.to_string(),
        };
        if let Some(rest) = raw.strip_prefix("sqlite:") {
            let path = rest.trim_start_matches("//");
            let path = path.split('?').next().unwrap_or_default();
            if path.is_empty() {
                return Err(invalid(
                    "a sqlite: URL needs a file path, e.g. sqlite://data/civic311.db",
                ));
            }
            let file = (path != ":memory:").then(|| PathBuf::from(path));
            return Ok(DatabaseUrl::Sqlite {
                url: with_create_mode(raw),
                file,
            });
        }
        if raw.starts_with("postgres://") || raw.starts_with("postgresql://") {
            let parsed = url::Url::parse(raw).map_err(|error| invalid(&error.to_string()))?;
            if parsed.host_str().is_none_or(str::is_empty) {
                return Err(invalid("a postgres:// URL needs a host"));
            }
            return Ok(DatabaseUrl::Postgres {
                url: raw.to_string(),
            });
        }
        Err(invalid(
            "expected sqlite://PATH or postgres://HOST/DATABASE",
        ))
    }

    /// The URL to connect with.
    pub fn url(&self) -> &str {
        match self {
            DatabaseUrl::Sqlite { url, .. } | DatabaseUrl::Postgres { url } => url,
        }
    }

    /// The URL without credentials, safe for logs and error messages.
    pub fn redacted(&self) -> String {
        match self {
            DatabaseUrl::Sqlite { url, .. } => url.clone(),
            DatabaseUrl::Postgres { url } => match url::Url::parse(url) {
                Ok(mut parsed) => {
                    let _ = parsed.set_password(None);
                    let _ = parsed.set_username("");
                    parsed.to_string()
                }
                Err(_) => "postgres://…".to_string(),
            },
        }
    }
}

/// sqlx opens SQLite files read-write but only creates them with `mode=rwc`.
fn with_create_mode(raw: &str) -> String {
    if raw.contains("mode=") {
        raw.to_string()
    } else if raw.contains('?') {
        format!("{raw}&mode=rwc")
    } else {
        format!("{raw}?mode=rwc")
    }
}

/// A configuration problem, naming its variable.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{variable} is not valid: {reason}")]
    Invalid {
        variable: &'static str,
        reason: String,
    },
    #[error("{variable}: {reason}")]
    Unusable {
        variable: &'static str,
        reason: String,
    },
}

/// Settings shared by every subcommand.
#[derive(Clone, Debug)]
pub struct Config {
    pub database: DatabaseUrl,
    /// The service catalogue data file, loaded into an empty database.
    pub catalogue_file: PathBuf,
    /// The folder of `locales/<tag>/*.ftl` bundles and `languages.tsv`.
    pub locales_dir: PathBuf,
    /// Offer the pseudo-locale `en-XA`, for finding text that bypasses translation.
    pub pseudo_locale: bool,
    /// Ward boundaries: a GeoJSON FeatureCollection with `ward` and `name` properties.
    pub wards_file: PathBuf,
    /// Street, intersection and place names for reporting without the map.
    pub gazetteer_file: PathBuf,
    /// What the portal tells API clients about itself.
    pub settings: PortalSettings,
    /// Live chat's hours and routing.
    pub chat: crate::chat::ChatSettings,
}

/// Public facts about this deployment.
#[derive(Clone, Debug)]
pub struct PortalSettings {
    /// The Open311 `jurisdiction_id` this server answers for.
    pub jurisdiction_id: String,
    /// The address residents and clients reach the portal at.
    pub public_url: String,
    /// Who to contact about the API, shown in the discovery document.
    pub contact: String,
    /// The city's time zone, for dates shown to residents.
    pub time_zone: jiff::tz::TimeZone,
    /// The report map's tile source.
    pub map: app::report::MapSettings,
    /// How often overdue complaints are escalated.
    pub escalation_check: std::time::Duration,
    /// Serve `POST /test/clock`, which moves the clock forward; for tests only.
    pub test_clock: bool,
    /// Where and how messages to residents go.
    pub notifications: NotificationSettings,
}

/// Email and text-message delivery.
#[derive(Clone, Debug)]
pub struct NotificationSettings {
    pub mail: crate::notify::email::MailDestination,
    pub mail_from: lettre::message::Mailbox,
    /// `None` when no SMS provider is configured: residents are then offered email only.
    pub sms: Option<crate::notify::sms::SmsSettings>,
    /// How often the outbox is checked when nothing wakes it.
    pub outbox_poll: std::time::Duration,
    /// The wait after a failed attempt, doubling with each further failure.
    pub outbox_retry_seconds: i64,
}

impl Config {
    /// Reads and checks the settings from the environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        let database = DatabaseUrl::parse(&env_or("DATABASE_URL", DEFAULT_DATABASE_URL)?)?;
        let catalogue_file = existing_path("CIVIC311_CATALOGUE", "server/seed/catalogue.toml")?;
        let locales_dir = existing_path("CIVIC311_LOCALES_DIR", "locales")?;
        let pseudo_locale = flag("CIVIC311_PSEUDO_LOCALE")?;
        let wards_file = existing_path("CIVIC311_WARDS_GEOJSON", "server/seed/wards-demo.geojson")?;
        let gazetteer_file = existing_path("CIVIC311_GAZETTEER", "server/seed/gazetteer.tsv")?;
        let public_url = env_or("CIVIC311_PUBLIC_URL", "http://127.0.0.1:3000")?;
        if !url::Url::parse(&public_url).is_ok_and(|u| matches!(u.scheme(), "http" | "https")) {
            return Err(ConfigError::Invalid {
                variable: "CIVIC311_PUBLIC_URL",
                reason: format!("'{public_url}' is not an http(s) URL"),
            });
        }
        let settings = PortalSettings {
            jurisdiction_id: env_or("CIVIC311_JURISDICTION_ID", "toronto.ca")?,
            public_url,
            contact: env_or(
                "CIVIC311_CONTACT",
                "Call 311, or 416-392-2489 from outside Toronto",
            )?,
            time_zone: time_zone()?,
            map: map_settings()?,
            escalation_check: std::time::Duration::from_secs(seconds(
                "CIVIC311_ESCALATION_CHECK_SECONDS",
                60,
            )?),
            test_clock: flag("CIVIC311_TEST_CLOCK")?,
            notifications: notification_settings()?,
        };
        Ok(Self {
            database,
            catalogue_file,
            locales_dir,
            pseudo_locale,
            wards_file,
            gazetteer_file,
            settings,
            chat: crate::chat::ChatSettings::from_env()?,
        })
    }
}

/// The Leptos site settings for `serve`, from Leptos's usual variables.
pub fn leptos_options() -> Result<LeptosOptions, ConfigError> {
    let site_addr = env_or("LEPTOS_SITE_ADDR", "127.0.0.1:3000")?;
    let site_addr: SocketAddr = site_addr.parse().map_err(|_| ConfigError::Invalid {
        variable: "LEPTOS_SITE_ADDR",
        reason: format!("'{site_addr}' is not an address like 127.0.0.1:3000"),
    })?;
    let site_root = env_or("LEPTOS_SITE_ROOT", "target/site")?;
    if !Path::new(&site_root).join("pkg").is_dir() {
        return Err(ConfigError::Unusable {
            variable: "LEPTOS_SITE_ROOT",
            reason: format!(
                "'{site_root}/pkg' does not exist; build the site with `cargo leptos build`"
            ),
        });
    }
    let mut options = leptos::config::get_configuration(None)
        .map_err(|error| ConfigError::Invalid {
            variable: "LEPTOS_*",
            reason: error.to_string(),
        })?
        .leptos_options;
    options.site_addr = site_addr;
    options.site_root = site_root.into();
    // cargo-leptos writes hash.txt beside the binary when it hashes file names; honour it
    // even when the binary is started directly rather than through cargo-leptos.
    if std::env::var_os("LEPTOS_HASH_FILES").is_none() {
        options.hash_files = beside_executable(&options.hash_file).is_some_and(|p| p.is_file());
    }
    Ok(options)
}

fn beside_executable(file_name: &str) -> Option<PathBuf> {
    Some(std::env::current_exe().ok()?.parent()?.join(file_name))
}

fn env_or(variable: &'static str, default: &str) -> Result<String, ConfigError> {
    match std::env::var(variable) {
        Ok(value) if value.trim().is_empty() => Err(ConfigError::Invalid {
            variable,
            reason: "it is set but empty".to_string(),
        }),
        Ok(value) => Ok(value),
        Err(std::env::VarError::NotPresent) => Ok(default.to_string()),
        Err(std::env::VarError::NotUnicode(_)) => Err(ConfigError::Invalid {
            variable,
            reason: "it is not valid UTF-8".to_string(),
        }),
    }
}

fn time_zone() -> Result<jiff::tz::TimeZone, ConfigError> {
    let name = env_or("CIVIC311_TIME_ZONE", "America/Toronto")?;
    jiff::tz::TimeZone::get(&name).map_err(|_| ConfigError::Invalid {
        variable: "CIVIC311_TIME_ZONE",
        reason: format!("'{name}' is not an IANA time zone such as America/Toronto"),
    })
}

/// The tile server must be named in full; a relative path (such as a local blank tile in
/// tests) is served by this portal.
fn map_settings() -> Result<app::report::MapSettings, ConfigError> {
    let tile_url = env_or(
        "CIVIC311_MAP_TILES",
        "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    )?;
    let absolute = url::Url::parse(&tile_url).is_ok_and(|u| matches!(u.scheme(), "http" | "https"));
    if !absolute && !tile_url.starts_with('/') {
        return Err(ConfigError::Invalid {
            variable: "CIVIC311_MAP_TILES",
            reason: format!(
                "'{tile_url}' is neither an http(s) URL template nor a path such as /map/blank-tile.png"
            ),
        });
    }
    Ok(app::report::MapSettings {
        tile_url,
        attribution: env_or("CIVIC311_MAP_ATTRIBUTION", "© OpenStreetMap contributors")?,
    })
}

fn notification_settings() -> Result<NotificationSettings, ConfigError> {
    use crate::notify::email::MailDestination;
    let mail = match optional("CIVIC311_SMTP_URL")? {
        Some(raw) => {
            let scheme = url::Url::parse(&raw).map(|u| u.scheme().to_string());
            if !matches!(scheme.as_deref(), Ok("smtp" | "smtps")) {
                return Err(ConfigError::Invalid {
                    variable: "CIVIC311_SMTP_URL",
                    reason: "expected smtp://HOST:PORT or smtps://USER:PASSWORD@HOST".to_string(),
                });
            }
            MailDestination::Smtp(raw)
        }
        None => MailDestination::Folder(PathBuf::from(env_or("CIVIC311_MAIL_DIR", "data/mail")?)),
    };
    let from = env_or(
        "CIVIC311_MAIL_FROM",
        "Civic311 <no-reply@civic311.localhost>",
    )?;
    let mail_from = from.parse().map_err(|_| ConfigError::Invalid {
        variable: "CIVIC311_MAIL_FROM",
        reason: format!("'{from}' is not an address like City 311 <no-reply@example.org>"),
    })?;
    let sms_variables = [
        "CIVIC311_SMS_API_URL",
        "CIVIC311_SMS_ACCOUNT_SID",
        "CIVIC311_SMS_AUTH_TOKEN",
        "CIVIC311_SMS_FROM",
    ];
    let values = sms_variables
        .iter()
        .map(|variable| optional(variable))
        .collect::<Result<Vec<_>, _>>()?;
    let sms = if values.iter().all(Option::is_none) {
        None
    } else {
        let missing = sms_variables
            .iter()
            .zip(&values)
            .find(|(_, value)| value.is_none());
        if let Some((variable, _)) = missing {
            return Err(ConfigError::Unusable {
                variable,
                reason: "text messages need all of CIVIC311_SMS_API_URL, _ACCOUNT_SID, _AUTH_TOKEN and _FROM".to_string(),
            });
        }
        let [api_url, account_sid, auth_token, from] = <[Option<String>; 4]>::try_from(values)
            .expect("four values")
            .map(Option::unwrap_or_default);
        if !url::Url::parse(&api_url).is_ok_and(|u| matches!(u.scheme(), "http" | "https")) {
            return Err(ConfigError::Invalid {
                variable: "CIVIC311_SMS_API_URL",
                reason: format!("'{api_url}' is not an http(s) URL such as https://api.twilio.com"),
            });
        }
        Some(crate::notify::sms::SmsSettings {
            api_url,
            account_sid,
            auth_token,
            from,
        })
    };
    Ok(NotificationSettings {
        mail,
        mail_from,
        sms,
        outbox_poll: std::time::Duration::from_secs(seconds("CIVIC311_OUTBOX_POLL_SECONDS", 5)?),
        outbox_retry_seconds: i64::try_from(seconds("CIVIC311_OUTBOX_RETRY_SECONDS", 30)?)
            .unwrap_or(30),
    })
}

/// A variable that may be left unset.
fn optional(variable: &'static str) -> Result<Option<String>, ConfigError> {
    match std::env::var_os(variable) {
        None => Ok(None),
        Some(_) => env_or(variable, "").map(Some),
    }
}

fn seconds(variable: &'static str, default: u64) -> Result<u64, ConfigError> {
    let raw = env_or(variable, &default.to_string())?;
    raw.trim()
        .parse::<u64>()
        .ok()
        .filter(|n| *n >= 1)
        .ok_or_else(|| ConfigError::Invalid {
            variable,
            reason: format!("'{raw}' is not a whole number of seconds (1 or more)"),
        })
}

fn flag(variable: &'static str) -> Result<bool, ConfigError> {
    match env_or(variable, "false")?.as_str() {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        other => Err(ConfigError::Invalid {
            variable,
            reason: format!("'{other}' is not true or false"),
        }),
    }
}

fn existing_path(variable: &'static str, default: &str) -> Result<PathBuf, ConfigError> {
    let path = PathBuf::from(env_or(variable, default)?);
    if path.exists() {
        Ok(path)
    } else {
        Err(ConfigError::Unusable {
            variable,
            reason: format!(
                "'{}' does not exist (run from the repository root, or set {variable})",
                path.display()
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_url_gets_create_mode_and_file_path() {
        let parsed = DatabaseUrl::parse("sqlite://data/x.db").unwrap();
        assert_eq!(
            parsed,
            DatabaseUrl::Sqlite {
                url: "sqlite://data/x.db?mode=rwc".into(),
                file: Some(PathBuf::from("data/x.db")),
            }
        );
    }

    #[test]
    fn malformed_urls_name_the_variable() {
        for raw in ["mysql://x/y", "postgres://", "sqlite:", "nonsense"] {
            let error = DatabaseUrl::parse(raw).unwrap_err().to_string();
            assert!(
                error.starts_with("DATABASE_URL is not valid"),
                "{raw}: {error}"
            );
        }
    }

    #[test]
    fn redacted_postgres_url_hides_the_password() {
        let parsed = DatabaseUrl::parse("postgres://user:secret@db.example:5432/city").unwrap();
        assert!(!parsed.redacted().contains("secret"));
        assert!(parsed.redacted().contains("db.example:5432/city"));
    }
}
