//! The `civic311` command line: serve (the default), `migrate` and `seed`.

use clap::{Parser, Subcommand};

use crate::{catalogue::Catalogue, config::Config, db::Db, demo, error::Error, serve};

/// Civic311: a 311 self-serve portal for non-emergency city services.
#[derive(Debug, Parser)]
#[command(name = "civic311", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// What to do; with none, serve.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the portal (migrates first, and loads the catalogue into an empty database).
    Serve,
    /// Apply pending database migrations, then exit.
    Migrate,
    /// Load the service catalogue file, plus demo service requests into an empty database.
    Seed {
        /// Load only the catalogue.
        #[arg(long)]
        no_demo: bool,
    },
    /// Manage Open311 API keys.
    #[command(subcommand)]
    ApiKey(ApiKeyCommand),
    /// Manage staff accounts.
    #[command(subcommand)]
    User(UserCommand),
}

/// `civic311 user …`
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a staff account; the password is read from standard input.
    Create {
        /// admin, division_staff, agent or councillor.
        #[arg(long)]
        role: String,
        #[arg(long)]
        email: String,
        /// The name shown in the console; defaults to the email address.
        #[arg(long)]
        name: Option<String>,
        /// The division whose queue the account opens on, e.g. "Transportation Services".
        #[arg(long)]
        division: Option<String>,
        /// Languages an agent chats in, as tags like "fr,ar"; empty means any.
        #[arg(long, value_delimiter = ',')]
        languages: Vec<String>,
        /// How many chats an agent takes at once.
        #[arg(long, default_value_t = 3)]
        chat_limit: i64,
    },
}

/// Shorter passwords are refused.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// `civic311 api-key …`
#[derive(Debug, Subcommand)]
pub enum ApiKeyCommand {
    /// Issue a key; it is printed once, as the last line, and only its hash is stored.
    Create {
        /// Who the key is for, e.g. the client system's name.
        #[arg(long)]
        name: String,
    },
}

/// Runs the chosen command to completion.
pub async fn run(cli: Cli) -> Result<(), Error> {
    let config = Config::from_env()?;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve::serve(config).await,
        Command::Migrate => {
            let db = open_database(&config).await?;
            tracing::info!(database = %config.database.redacted(), "migrations applied");
            db.pool.close().await;
            Ok(())
        }
        Command::ApiKey(ApiKeyCommand::Create { name }) => {
            let name = name.trim();
            if name.is_empty() {
                return Err(Error::Usage("--name must not be empty".to_string()));
            }
            let db = open_database(&config).await?;
            let key = db.create_api_key(name).await?;
            db.pool.close().await;
            println!("API key for '{name}' (store it now; it cannot be shown again):");
            println!("{key}");
            Ok(())
        }
        Command::User(UserCommand::Create {
            role,
            email,
            name,
            division,
            languages,
            chat_limit,
        }) => {
            let account = NewAccount {
                role,
                email,
                name,
                division,
                languages,
                chat_limit,
            };
            create_user(&config, account).await
        }
        Command::Seed { no_demo } => {
            let db = open_database(&config).await?;
            import_catalogue(&db, &config).await?;
            if !no_demo {
                demo::load_if_empty(&db, &config.settings.time_zone).await?;
            }
            db.pool.close().await;
            Ok(())
        }
    }
}

/// Connects and migrates.
pub async fn open_database(config: &Config) -> Result<Db, Error> {
    let db = Db::connect(&config.database).await?;
    db.migrate().await?;
    Ok(db)
}

/// Loads the catalogue file into the database.
pub async fn import_catalogue(db: &Db, config: &Config) -> Result<(), Error> {
    let catalogue = Catalogue::load(&config.catalogue_file)?;
    let summary = db.import_catalogue(&catalogue).await?;
    tracing::info!(
        groups = summary.groups,
        services = summary.services,
        retired = summary.retired,
        file = %config.catalogue_file.display(),
        "service catalogue loaded"
    );
    Ok(())
}

/// What `user create` was given.
struct NewAccount {
    role: String,
    email: String,
    name: Option<String>,
    division: Option<String>,
    languages: Vec<String>,
    chat_limit: i64,
}

async fn create_user(config: &Config, account: NewAccount) -> Result<(), Error> {
    let NewAccount {
        role,
        email,
        name,
        division,
        languages,
        chat_limit,
    } = account;
    if !(1..=20).contains(&chat_limit) {
        return Err(Error::Usage(format!(
            "--chat-limit must be between 1 and 20, not {chat_limit}"
        )));
    }
    let languages: Vec<String> = languages
        .iter()
        .map(|tag| tag.trim().to_string())
        .filter(|tag| !tag.is_empty())
        .collect();
    if let Some(bad) = languages
        .iter()
        .find(|tag| tag.parse::<unic_langid::LanguageIdentifier>().is_err())
    {
        return Err(Error::Usage(format!(
            "--languages: '{bad}' is not a language tag like fr or zh-Hant"
        )));
    }
    let role = app::staff::Role::parse(&role).ok_or_else(|| {
        Error::Usage(format!(
            "--role must be admin, division_staff, agent or councillor, not '{role}'"
        ))
    })?;
    let email = email.trim().to_lowercase();
    if email.parse::<email_address::EmailAddress>().is_err() {
        return Err(Error::Usage(format!(
            "--email '{email}' is not an email address"
        )));
    }
    let mut password = String::new();
    std::io::stdin()
        .read_line(&mut password)
        .map_err(|e| Error::Usage(format!("cannot read the password from standard input: {e}")))?;
    let password = password.trim_end_matches(['\r', '\n']);
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(Error::Usage(format!(
            "the password (read from standard input) must have at least {MIN_PASSWORD_CHARS} characters"
        )));
    }
    let hash =
        crate::http::staff::hash_password(password).map_err(|e| Error::Usage(e.to_string()))?;
    let db = open_database(config).await?;
    let name = name.unwrap_or_else(|| email.clone());
    let created = db
        .create_staff_user(&email, &name, role, division.as_deref(), &hash)
        .await;
    let created = match created {
        Ok(id) => db
            .set_agent_chat(id, &languages, chat_limit)
            .await
            .map(|()| id),
        Err(error) => Err(error),
    };
    db.pool.close().await;
    match created {
        Ok(id) => {
            println!("created {} account {email} (id {id})", role.as_str());
            Ok(())
        }
        Err(crate::db::DbError::Query(sqlx::Error::Database(e))) if e.is_unique_violation() => Err(
            Error::Usage(format!("an account with the email {email} already exists")),
        ),
        Err(e) => Err(e.into()),
    }
}
