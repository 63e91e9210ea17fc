//! Runs the web server until SIGTERM or Ctrl-C.

use std::sync::Arc;

use crate::{
    chat::{
        hub::{listen, ChatHub},
        queue::{watch_queue, QueueSnapshot},
        ChatContext,
    },
    cli::{import_catalogue, open_database},
    config::{leptos_options, Config, ConfigError},
    db::Backend,
    error::Error,
    geocoder::{Gazetteer, Geocoder},
    http::{routes, AppState},
    locales::LocaleCatalog,
    notify::{
        email::{MailDestination, Mailer},
        sms::SmsClient,
        Notifier,
    },
    wards::WardMap,
};

/// Checks everything, prepares the database, then serves.
pub async fn serve(config: Config) -> Result<(), Error> {
    let leptos_options = leptos_options()?;
    let locales = Arc::new(LocaleCatalog::load(
        &config.locales_dir,
        config.pseudo_locale,
    )?);
    let wards = Arc::new(WardMap::load(&config.wards_file)?);
    let geocoder: Arc<dyn Geocoder> = Arc::new(Gazetteer::load(&config.gazetteer_file)?);
    let db = open_database(&config).await?;
    if db.catalogue_is_empty().await? {
        import_catalogue(&db, &config).await?;
    }
    let address = leptos_options.site_addr;
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(|source| Error::Listen { address, source })?;
    let outbox = Arc::new(tokio::sync::Notify::new());
    let notifications = &config.settings.notifications;
    let mailer =
        Mailer::new(&notifications.mail, notifications.mail_from.clone()).map_err(|reason| {
            ConfigError::Unusable {
                variable: "CIVIC311_SMTP_URL",
                reason,
            }
        })?;
    if let MailDestination::Folder(folder) = &notifications.mail {
        tracing::info!(
            "CIVIC311_SMTP_URL is not set: email is written to {} instead of being sent",
            folder.display()
        );
    }
    let notifier = Notifier {
        db: db.clone(),
        locales: locales.clone(),
        mailer,
        sms: notifications.sms.clone().map(SmsClient::new),
        public_url: config.settings.public_url.trim_end_matches('/').to_string(),
        retry_base_seconds: notifications.outbox_retry_seconds,
    };
    let delivery = tokio::spawn(notifier.run(outbox.clone(), notifications.outbox_poll));
    let hub = ChatHub::new(db.backend);
    let (queue_sender, queue) = tokio::sync::watch::channel(Arc::new(QueueSnapshot::default()));
    let queue_watcher = tokio::spawn(watch_queue(db.clone(), hub.clone(), queue_sender));
    let fan_out = (db.backend == Backend::Postgres)
        .then(|| tokio::spawn(listen(hub.clone(), config.database.url().to_string())));
    let chat = Arc::new(ChatContext {
        db: db.clone(),
        hub,
        queue,
        settings: config.chat.clone(),
        locales: locales.clone(),
        time_zone: config.settings.time_zone.clone(),
        outbox: outbox.clone(),
    });
    let state = AppState {
        chat,
        outbox: outbox.clone(),
        leptos_options,
        db: db.clone(),
        locales,
        wards,
        geocoder,
        settings: Arc::new(config.settings.clone()),
    };
    if config.settings.test_clock {
        tracing::warn!("CIVIC311_TEST_CLOCK is on: POST /test/clock moves the clock; never use it in production");
    }
    let escalations = tokio::spawn(escalate_complaints(
        db.clone(),
        config.settings.escalation_check,
        outbox,
    ));
    tracing::info!(
        "listening on http://{address} ({} database)",
        format!("{:?}", db.backend).to_lowercase()
    );
    axum::serve(listener, routes(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(Error::Serve)?;
    escalations.abort();
    delivery.abort();
    queue_watcher.abort();
    if let Some(fan_out) = fan_out {
        fan_out.abort();
    }
    db.pool.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on SIGTERM (how service managers stop us) or Ctrl-C.
async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::warn!("cannot listen for SIGTERM: {error}");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing open requests");
}

/// Escalates complaints whose SLA passed unanswered, every `every`.
async fn escalate_complaints(
    db: crate::db::Db,
    every: std::time::Duration,
    outbox: Arc<tokio::sync::Notify>,
) {
    let mut ticks = tokio::time::interval(every);
    loop {
        ticks.tick().await;
        match db.escalate_overdue_complaints().await {
            Ok(0) => {}
            Ok(count) => {
                tracing::info!(count, "complaints escalated");
                outbox.notify_one();
            }
            Err(error) => tracing::warn!("escalating complaints failed: {error}"),
        }
    }
}
