//! The one error type of the `civic311` commands; `main` prints it as a single line.

use crate::{
    catalogue::CatalogueError, config::ConfigError, db::DbError, geocoder::GeocoderError,
    locales::LocalesError, wards::WardsError,
};

/// Anything that stops a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Database(#[from] DbError),
    #[error(transparent)]
    Catalogue(#[from] CatalogueError),
    #[error(transparent)]
    Locales(#[from] LocalesError),
    #[error(transparent)]
    Wards(#[from] WardsError),
    #[error(transparent)]
    Geocoder(#[from] GeocoderError),
    #[error("cannot listen on {address} (LEPTOS_SITE_ADDR): {source}")]
    Listen {
        address: std::net::SocketAddr,
        source: std::io::Error,
    },
    #[error("the server stopped: {0}")]
    Serve(std::io::Error),
    #[error("demo data: {0}")]
    Demo(String),
    #[error("{0}")]
    Usage(String),
}
