//! "Rate limit: 12 requests per second", as the campaign pages state it (the
//! spec's `x-altur-requests-per-second`): every operation with a limit
//! shares one window per limit (the sandbox's choice: one budget for the
//! whole campaign family, the stricter reading), a sliding second. A refused
//! request does not count. Which clock the window runs on is the caller's:
//! the machine's by default (the limit guards how fast a client sends, not
//! the sandbox's calendar), or the sandbox's own where a test holds it.

use std::collections::{BTreeMap, VecDeque};
use std::time::Duration;

const WINDOW: Duration = Duration::from_secs(1);

#[derive(Default)]
pub struct RateLimiter {
    /// Per limit, when each request of the last second was admitted, as
    /// time since the window's clock started.
    windows: BTreeMap<u32, VecDeque<Duration>>,
}

impl RateLimiter {
    /// Admits a request at `now` under `limit` per second, or says how long
    /// until one would be admitted.
    pub fn admit(&mut self, limit: u32, now: Duration) -> Result<(), Duration> {
        let window = self.windows.entry(limit).or_default();
        while window
            .front()
            .is_some_and(|at| now.saturating_sub(*at) >= WINDOW)
        {
            window.pop_front();
        }
        if window.len() >= limit as usize {
            let oldest = window.front().copied().unwrap_or(now);
            return Err(WINDOW.saturating_sub(now.saturating_sub(oldest)));
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
        let ms = Duration::from_millis;
        for i in 0..12 {
            assert!(limiter.admit(12, ms(i * 10)).is_ok());
        }
        assert_eq!(limiter.admit(12, ms(500)).unwrap_err(), ms(500));
        assert!(limiter.admit(12, ms(1001)).is_ok());
        // All at one instant (a clock held still): the 13th waits a second.
        let mut held = RateLimiter::default();
        for _ in 0..12 {
            assert!(held.admit(12, ms(7)).is_ok());
        }
        assert_eq!(held.admit(12, ms(7)).unwrap_err(), WINDOW);
        assert!(held.admit(12, ms(1007)).is_ok());
    }
}
