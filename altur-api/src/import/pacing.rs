//! Keeps a job's requests under a rate: the client's limit where one is set,
//! else the API's documented 12 per second. Evenly spaced, with no burst,
//! so that the job never presses against the limit.

use std::time::Duration;

use tokio::time::Instant;

use crate::Client;
#[cfg(feature = "rate-limit")]
use crate::ClientInfo;

pub(crate) struct Pacer {
    interval: Duration,
    next: Option<Instant>,
}

impl Pacer {
    pub(crate) fn for_client(client: &Client) -> Pacer {
        #[cfg(feature = "rate-limit")]
        let per_second = client
            .inner()
            .requests_per_second
            .map_or(super::DOCUMENTED_REQUESTS_PER_SECOND, |n| n.get());
        #[cfg(not(feature = "rate-limit"))]
        let per_second = {
            let _ = client;
            super::DOCUMENTED_REQUESTS_PER_SECOND
        };
        Pacer {
            interval: Duration::from_secs(1) / per_second.max(1),
            next: None,
        }
    }

    /// Waits until the next request may start.
    pub(crate) async fn wait(&mut self) {
        if let Some(next) = self.next {
            tokio::time::sleep_until(next).await;
        }
        self.next = Some(Instant::now() + self.interval);
    }
}
