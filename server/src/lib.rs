//! The `civic311` server: configuration, database, HTTP routes and commands.

pub mod catalogue;
pub mod chat;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod geocoder;
pub mod http;
pub mod intake;
pub mod locales;
pub mod notify;
pub mod photos;
mod portal;
pub mod serve;
pub mod sla;
pub mod wards;
