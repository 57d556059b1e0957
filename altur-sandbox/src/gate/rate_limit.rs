//! "Rate limit: 12 requests per second", as the campaign pages state it:
//! every operation whose description states a limit shares one window per
//! limit (the sandbox's choice: one budget for the whole campaign family, the
//! stricter reading). The window is the machine's time, whatever the
//! sandbox's clock does: it guards how fast a client sends, not the
//! sandbox's calendar. A refused request does not count.

use std::collections::{BTreeMap, VecDeque};
use std::time::{Duration, Instant};

#[derive(Default)]
pub struct RateLimiter {
    windows: BTreeMap<u32, VecDeque<Instant>>,
}

impl RateLimiter {
    /// Admits a request under `limit` per second, or says how long until one
    /// would be admitted.
    pub fn admit(&mut self, limit: u32, now: Instant) -> Result<(), Duration> {
        let window = self.windows.entry(limit).or_default();
        while window
            .front()
            .is_some_and(|at| now.duration_since(*at) >= Duration::from_secs(1))
        {
            window.pop_front();
        }
        if window.len() >= limit as usize {
            let oldest = window.front().copied().unwrap_or(now);
            return Err(Duration::from_secs(1).saturating_sub(now.duration_since(oldest)));
        }
        window.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_thirteenth_request_in_a_second_is_refused() {
        let mut limiter = RateLimiter::default();
        let start = Instant::now();
        for i in 0..12 {
            assert!(
                limiter
                    .admit(12, start + Duration::from_millis(i * 10))
                    .is_ok()
            );
        }
        let wait = limiter
            .admit(12, start + Duration::from_millis(500))
            .unwrap_err();
        assert_eq!(wait, Duration::from_millis(500));
        assert!(
            limiter
                .admit(12, start + Duration::from_millis(1001))
                .is_ok()
        );
    }
}
