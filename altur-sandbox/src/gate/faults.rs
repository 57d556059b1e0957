//! Faults on request, for users testing their own resilience: a seeded share
//! of requests answered 503, or 429 with `Retry-After`, or answered slowly,
//! or carried out and then never answered (the connection closes: the answer
//! is lost); or one fault aimed at the Nth request of an operation (those
//! above, or one only aimed: a request never answered with nothing done, an
//! answer short of some of its `results`). Faults draw from their own
//! stream, so turning them on changes no id.

use std::collections::BTreeMap;
use std::time::Duration;

/// One fault.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fault {
    /// 503, nothing done.
    ServerError,
    /// 429 with `Retry-After` in seconds, nothing done.
    RateLimited { retry_after: u32 },
    /// Done (and written), then the connection is closed without an answer.
    LostAnswer,
    /// Done (and written), then never answered: the client times out.
    Hang,
    /// Answered after this long (real time).
    Slow(Duration),
    /// Never answered, and nothing done: the client times out (or is
    /// killed) while the work is still undone.
    Stall,
    /// Done (and written), then answered without the `results` of the
    /// request's last this many rows (by `index`; the `summary` as it was):
    /// a server answering short, as `add_campaign_contacts` can.
    MissingResults(u32),
}

/// Which faults, how often. None by default.
#[derive(Clone, Debug, Default)]
pub struct Faults {
    seed: u64,
    server_errors: f64,
    rate_limited: f64,
    retry_after: u32,
    lost_answers: f64,
    slow_answers: f64,
    slow_by: Duration,
    aimed: Vec<(String, u64, Fault)>,
}

impl Faults {
    /// No fault, until some are added.
    pub fn none() -> Faults {
        Faults::default()
    }

    /// Whether no fault is asked for (none drawn, none aimed).
    pub fn is_none(&self) -> bool {
        self.aimed.is_empty() && self.drawn_share() <= 0.0
    }

    /// The share of requests a fault is drawn for, all kinds together.
    fn drawn_share(&self) -> f64 {
        self.server_errors + self.rate_limited + self.lost_answers + self.slow_answers
    }

    /// Random faults drawn from `seed`.
    pub fn seeded(seed: u64) -> Faults {
        Faults {
            seed,
            ..Faults::default()
        }
    }

    /// This share (0.0 to 1.0) of requests answered 503.
    pub fn server_errors(mut self, share: f64) -> Faults {
        self.server_errors = share;
        self
    }

    /// This share answered 429, asking to wait `retry_after` seconds.
    pub fn rate_limited(mut self, share: f64, retry_after: u32) -> Faults {
        self.rate_limited = share;
        self.retry_after = retry_after;
        self
    }

    /// This share carried out, then never answered.
    pub fn lost_answers(mut self, share: f64) -> Faults {
        self.lost_answers = share;
        self
    }

    /// This share answered after `by`.
    pub fn slow_answers(mut self, share: f64, by: Duration) -> Faults {
        self.slow_answers = share;
        self.slow_by = by;
        self
    }

    /// `fault` on the `nth` (from 1) request of `operation` (an operationId
    /// of the spec), whatever the shares say.
    pub fn aim(mut self, operation: impl Into<String>, nth: u64, fault: Fault) -> Faults {
        self.aimed.push((operation.into(), nth, fault));
        self
    }
}

/// The faults of a running sandbox: its draws and each operation's count.
pub struct FaultState {
    faults: Faults,
    /// Their own stream: turning faults on changes no id of the state's.
    draws: fastrand::Rng,
    counts: BTreeMap<String, u64>,
}

impl FaultState {
    pub fn new(faults: &Faults) -> FaultState {
        FaultState {
            draws: fastrand::Rng::with_seed(faults.seed),
            faults: faults.clone(),
            counts: BTreeMap::new(),
        }
    }

    /// The fault for this request of `operation`, if any.
    pub fn draw(&mut self, operation: &str) -> Option<Fault> {
        let count = self.counts.entry(operation.to_owned()).or_default();
        *count += 1;
        let nth = *count;
        if let Some((_, _, fault)) = self
            .faults
            .aimed
            .iter()
            .find(|(op, n, _)| op == operation && *n == nth)
        {
            return Some(*fault);
        }
        let f = &self.faults;
        if f.drawn_share() <= 0.0 {
            return None;
        }
        let draw = self.draws.f64();
        let mut bound = 0.0;
        for (share, fault) in [
            (f.server_errors, Fault::ServerError),
            (
                f.rate_limited,
                Fault::RateLimited {
                    retry_after: f.retry_after,
                },
            ),
            (f.lost_answers, Fault::LostAnswer),
            (f.slow_answers, Fault::Slow(f.slow_by)),
        ] {
            bound += share;
            if draw < bound {
                return Some(fault);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aimed_faults_hit_their_request_and_shares_their_share() {
        let mut state = FaultState::new(&Faults::none().aim("send_message", 2, Fault::LostAnswer));
        assert_eq!(state.draw("send_message"), None);
        assert_eq!(state.draw("get_messages"), None);
        assert_eq!(state.draw("send_message"), Some(Fault::LostAnswer));
        assert_eq!(state.draw("send_message"), None);

        let mut state = FaultState::new(&Faults::seeded(3).server_errors(0.25));
        let hits = (0..4000)
            .filter(|_| state.draw("retrieve_call") == Some(Fault::ServerError))
            .count();
        assert!((850..1150).contains(&hits), "{hits}");
    }
}
