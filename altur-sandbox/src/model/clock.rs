//! The sandbox's time. Calls ring and end, campaigns work through their
//! contacts and deliveries are retried on this clock, never on the
//! machine's: real time by default, or N times faster, or a manual clock
//! that only moves when a test advances it (`Sandbox::advance`), so that a
//! test of a whole call takes no real time and runs the same every time.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

/// How the sandbox's time passes.
#[derive(Clone, Debug, PartialEq)]
pub enum ClockMode {
    /// The machine's time, `speed` times as fast (1.0: real time).
    Real { speed: f64 },
    /// Stands still at `start` until advanced.
    Manual { start: DateTime<Utc> },
}

impl Default for ClockMode {
    fn default() -> Self {
        ClockMode::Real { speed: 1.0 }
    }
}

/// The sandbox's clock; cheap to clone, every clone the same clock.
#[derive(Clone, Debug)]
pub struct Clock(Arc<Inner>);

#[derive(Debug)]
enum Inner {
    Real {
        origin: DateTime<Utc>,
        started: Instant,
        speed: f64,
    },
    Manual(Mutex<DateTime<Utc>>),
}

impl Clock {
    pub(crate) fn new(mode: &ClockMode) -> Clock {
        Clock(Arc::new(match mode {
            ClockMode::Real { speed } => Inner::Real {
                origin: Utc::now(),
                started: Instant::now(),
                speed: if speed.is_finite() && *speed > 0.0 {
                    *speed
                } else {
                    1.0
                },
            },
            ClockMode::Manual { start } => Inner::Manual(Mutex::new(*start)),
        }))
    }

    /// The sandbox's now.
    pub fn now(&self) -> DateTime<Utc> {
        match &*self.0 {
            Inner::Real {
                origin,
                started,
                speed,
            } => {
                let elapsed = started.elapsed().mul_f64(*speed);
                *origin + chrono::Duration::from_std(elapsed).unwrap_or(chrono::Duration::MAX)
            }
            Inner::Manual(now) => *now.lock().unwrap_or_else(|e| e.into_inner()),
        }
    }

    pub fn is_manual(&self) -> bool {
        matches!(&*self.0, Inner::Manual(_))
    }

    /// Moves a manual clock to `at` (never back); a real clock moves itself.
    pub(crate) fn move_to(&self, at: DateTime<Utc>) {
        if let Inner::Manual(now) = &*self.0 {
            let mut now = now.lock().unwrap_or_else(|e| e.into_inner());
            if at > *now {
                *now = at;
            }
        }
    }

    /// How long, in the machine's time, until the sandbox's `at` (a real
    /// clock only; a manual one never gets there by waiting).
    pub(crate) fn real_wait_until(&self, at: DateTime<Utc>) -> Option<Duration> {
        match &*self.0 {
            Inner::Real { speed, .. } => {
                let ahead = (at - self.now()).to_std().unwrap_or_default();
                Some(ahead.div_f64(*speed))
            }
            Inner::Manual(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_forward_when_told() {
        let start = "2026-01-05T15:00:00Z".parse().unwrap();
        let clock = Clock::new(&ClockMode::Manual { start });
        assert_eq!(clock.now(), start);
        clock.move_to(start + chrono::Duration::seconds(90));
        clock.move_to(start);
        assert_eq!(clock.now(), start + chrono::Duration::seconds(90));
        assert_eq!(clock.real_wait_until(start), None);
    }

    #[test]
    fn a_fast_clock_runs_ahead() {
        let clock = Clock::new(&ClockMode::Real { speed: 1000.0 });
        let before = clock.now();
        std::thread::sleep(Duration::from_millis(20));
        assert!(clock.now() - before >= chrono::Duration::seconds(15));
        let wait = clock
            .real_wait_until(clock.now() + chrono::Duration::seconds(10))
            .unwrap();
        assert!(wait <= Duration::from_millis(10), "{wait:?}");
    }
}
