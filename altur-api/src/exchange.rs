//! The record of one call's exchange with the server: what came back, as far
//! as it got. Its own module so that dependencies run one way: the transport
//! writes it, the error module reads it, and neither the error module nor
//! this one depends on the transport.

use std::time::Duration;

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderValue;

/// What came back, as far as it got.
#[derive(Debug, Default)]
pub(crate) struct Exchange {
    pub(crate) status: Option<StatusCode>,
    pub(crate) content_type: Option<HeaderValue>,
    pub(crate) body: Bytes,
    /// Set to the limit when the body passed it and was not read further.
    pub(crate) too_large: Option<u64>,
    /// The server's `Retry-After`, on a 429, 502, 503 or 504.
    pub(crate) retry_after: Option<Duration>,
    /// Which attempt this is, where it is not the first (0 otherwise): an
    /// error with more than one gave up after retries.
    pub(crate) attempts: u32,
}
