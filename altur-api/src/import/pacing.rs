//! Keeps a job's requests under a rate: the client's limit where one is set,
//! else the API's documented 12 per second. Evenly spaced, with no burst,
//! and never more than that many in any second as the server counts them
//! (`rate_limit.rs`), so that the job never presses against the limit.

use std::num::NonZeroU32;

use crate::Client;
#[cfg(feature = "rate-limit")]
use crate::ClientInfo;
use crate::rate_limit::{RateLimit, Slot};

pub(crate) struct Pacer {
    limit: RateLimit,
}

impl Pacer {
    pub(crate) fn for_client(client: &Client) -> Pacer {
        #[cfg(feature = "rate-limit")]
        let per_second = client
            .inner()
            .requests_per_second
            .map_or(super::DOCUMENTED_REQUESTS_PER_SECOND, NonZeroU32::get);
        #[cfg(not(feature = "rate-limit"))]
        let per_second = {
            let _ = client;
            super::DOCUMENTED_REQUESTS_PER_SECOND
        };
        Pacer {
            limit: RateLimit::per_second(NonZeroU32::new(per_second).unwrap_or(NonZeroU32::MIN)),
        }
    }

    /// Waits until the next request may start; hold the slot until its
    /// answer has arrived.
    pub(crate) async fn wait(&self) -> Slot<'_> {
        self.limit.slot().await
    }
}
