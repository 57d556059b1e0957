//! Sending a request again after a passing failure, where that cannot do
//! anything twice: any such failure for the operations that may be
//! repeated, a 429 alone for the others. Which is which is derived from the
//! spec by the code generator (`codegen/retry_policy.rs`); this is what
//! happens then.

use std::time::{Duration, SystemTime};

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

/// The statuses that say "try again later": 429, 502, 503, 504.
pub(crate) fn is_passing(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// What a call is sent again after (the code generator chooses per
/// operation, from the spec: `codegen/retry_policy.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum After {
    /// Any passing failure, and a connection refused or reset before any
    /// answer: sending it again cannot do anything twice.
    Passing,
    /// A 429 alone: the server refused the request and did nothing, which
    /// no other failure says (a 503 or a reset may come after the work).
    RateLimited,
}

impl After {
    /// Whether an answer with `status` is sent again.
    pub(crate) fn status(self, status: StatusCode) -> bool {
        match self {
            After::Passing => is_passing(status),
            After::RateLimited => status == StatusCode::TOO_MANY_REQUESTS,
        }
    }

    /// Whether a failed attempt is sent again: one answered, by its
    /// `status`; one that got no answer (`status` is `None`), where the
    /// connection was `refused` or reset before any (not timed out), for a
    /// call that may be repeated.
    pub(crate) fn retries(self, status: Option<StatusCode>, refused: bool) -> bool {
        match status {
            Some(status) => self.status(status),
            None => self == After::Passing && refused,
        }
    }
}

/// The wait before attempt `attempt + 1` (`attempt` counts from 1):
/// exponential (250 ms, 500 ms, 1 s, ... up to 8 s) with full jitter, and
/// never shorter than the server's `Retry-After`.
pub(crate) fn backoff(attempt: u32, retry_after: Option<Duration>) -> Duration {
    let ceiling = Duration::from_millis(250)
        .saturating_mul(1 << attempt.saturating_sub(1).min(5))
        .min(Duration::from_secs(8));
    let jittered = ceiling.mul_f64(fastrand::f64());
    retry_after.map_or(jittered, |wait| wait.max(jittered))
}

/// `Retry-After` in seconds or as an HTTP date, as a wait from now.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(SystemTime::now()).unwrap_or_default())
}

/// A fresh idempotency key: a random (version 4) UUID.
pub(crate) fn idempotency_key() -> HeaderValue {
    let key = uuid::Builder::from_random_bytes(fastrand::u128(..).to_le_bytes()).into_uuid();
    HeaderValue::from_str(&key.to_string()).unwrap_or_else(|_| HeaderValue::from_static("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_stays_capped_and_honours_retry_after() {
        for attempt in 1..40 {
            let wait = backoff(attempt, None);
            let ceiling =
                Duration::from_millis(250 << (attempt - 1).min(5)).min(Duration::from_secs(8));
            assert!(wait <= ceiling, "attempt {attempt}: {wait:?}");
            assert!(backoff(attempt, Some(Duration::from_secs(3))) >= Duration::from_secs(3));
        }
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_static("7"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(7)));
        let in_a_minute = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(60));
        headers.insert(RETRY_AFTER, HeaderValue::from_str(&in_a_minute).unwrap());
        let wait = retry_after(&headers).unwrap();
        assert!(
            wait > Duration::from_secs(55) && wait <= Duration::from_secs(60),
            "{wait:?}"
        );
        headers.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"),
        );
        assert_eq!(
            retry_after(&headers),
            Some(Duration::ZERO),
            "a date past is now"
        );
        headers.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers), None);
    }

    #[test]
    fn idempotency_keys_are_uuids_and_differ() {
        let (a, b) = (idempotency_key(), idempotency_key());
        assert_ne!(a, b);
        let parsed = uuid::Uuid::parse_str(a.to_str().unwrap()).unwrap();
        assert_eq!(parsed.get_version_num(), 4);
    }
}
