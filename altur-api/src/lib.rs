#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod auth;
mod client;
mod error;
mod generated;
#[cfg(feature = "mock")]
pub mod mock;
mod tls;
mod transport;

pub use auth::{ApiKey, InvalidApiKey};
pub use client::{API_KEY_ENV, BASE_URL_ENV, ClientBuilder, ConfigError, USER_AGENT};
pub use error::{DocumentedError, Error};
pub use generated::{Client, ClientInfo, DEFAULT_BASE_URL, ResponseValue, builder, prelude, types};
pub use transport::Transport;
