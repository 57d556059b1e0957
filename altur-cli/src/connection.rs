//! The client the API commands run on: the key from `ALTUR_API_KEY`, the
//! server from `--base-url`, else `ALTUR_BASE_URL`, else the spec's.

use std::num::NonZeroU32;

use altur_api::{API_KEY_ENV, BASE_URL_ENV, Client};

use crate::failure::{Failure, Result};

/// Altur's documented limit (the spec's `x-altur-requests-per-second`,
/// the same for each campaign operation: the import's
/// `DOCUMENTED_REQUESTS_PER_SECOND`), kept for every request: the pace is
/// one budget across operations, so that a long list or a loop in a script
/// stays under it rather than meet 429s.
const REQUESTS_PER_SECOND: NonZeroU32 =
    NonZeroU32::new(altur_api::import::DOCUMENTED_REQUESTS_PER_SECOND).expect("not zero");

pub fn client(base_url: Option<&str>) -> Result<Client> {
    client_paced(base_url, REQUESTS_PER_SECOND)
}

/// [`client`], held to `requests_per_second` (a command that runs beside
/// others, as `campaigns watch` does, keeps to less than the whole).
pub fn client_paced(base_url: Option<&str>, requests_per_second: NonZeroU32) -> Result<Client> {
    let key = match std::env::var(API_KEY_ENV) {
        Ok(key) if !key.trim().is_empty() => key,
        _ => {
            return Err(Failure::Usage(format!(
                "{API_KEY_ENV} is not set: export your Altur API key in it"
            )));
        }
    };
    let mut builder = Client::builder()
        .api_key(key)
        .rate_limit(requests_per_second);
    let from_env = std::env::var(BASE_URL_ENV).ok();
    if let Some(url) = base_url.or(from_env.as_deref()) {
        builder = builder.base_url(url);
    }
    // The error names what is wrong with the settings, never the key.
    builder.build().map_err(|e| Failure::Usage(e.to_string()))
}
