//! Runs the web server until SIGTERM or Ctrl-C.

use std::sync::Arc;

use crate::{
    cli::{import_catalogue, open_database},
    config::{leptos_options, Config},
    error::Error,
    geocoder::{Gazetteer, Geocoder},
    http::{routes, AppState},
    locales::LocaleCatalog,
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
    let state = AppState {
        leptos_options,
        db: db.clone(),
        locales,
        wards,
        geocoder,
        settings: Arc::new(config.settings.clone()),
    };
    tracing::info!(
        "listening on http://{address} ({} database)",
        format!("{:?}", db.backend).to_lowercase()
    );
    axum::serve(listener, routes(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(Error::Serve)?;
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
