//! At most N requests in any one second as the server counts them, which
//! the client cannot see: a server counts a request when it receives it,
//! somewhere between the moment the client sent it and the moment its
//! answer came back. Pacing by the moments requests are sent alone is not
//! enough: a request that reaches the server late (a busy server, a slow
//! network) is counted late, and the one sent a second after it can then
//! land inside the same second as 13 does with 12 evenly spaced requests.
//! So a request holds its place in the second from when it is sent until
//! its answer arrives, and one second after that: the server counted it by
//! then at the latest. A new request goes only when fewer than N places are
//! held, and no sooner than `1/N` s after the one before it (evenly spaced,
//! with no burst).
//!
//! On tokio's clock, so that a test on a paused clock holds it.

use std::collections::VecDeque;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;

const WINDOW: Duration = Duration::from_secs(1);

#[derive(Debug)]
pub(crate) struct RateLimit {
    per_second: usize,
    /// `1/per_second` s, rounded up: twelve intervals of a truncated
    /// `1s / 12` are 4 ns short of a second.
    interval: Duration,
    window: Mutex<Window>,
    /// An answer arrived: a place frees one second later.
    answered: Notify,
}

#[derive(Debug, Default)]
struct Window {
    /// The earliest moment the next request may go.
    next: Option<Instant>,
    /// Requests sent and not yet answered.
    in_flight: usize,
    /// When the requests answered within the last second were answered.
    answers: VecDeque<Instant>,
}

/// A request's place in the second, from when it may go until its answer
/// arrives (the slot is dropped then, or when the request fails or is
/// dropped).
#[derive(Debug)]
pub(crate) struct Slot<'a> {
    limit: &'a RateLimit,
}

impl RateLimit {
    pub(crate) fn per_second(per_second: std::num::NonZeroU32) -> RateLimit {
        let per_second = per_second.get();
        RateLimit {
            per_second: per_second as usize,
            interval: Duration::from_nanos(1_000_000_000u64.div_ceil(u64::from(per_second))),
            window: Mutex::new(Window::default()),
            answered: Notify::new(),
        }
    }

    fn window(&self) -> MutexGuard<'_, Window> {
        // The window is whole after any panic (no step leaves it half
        // written), and a limiter that stopped would stop the client.
        self.window.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Waits until a request may go, and holds its place until the slot is
    /// dropped.
    pub(crate) async fn slot(&self) -> Slot<'_> {
        loop {
            // Registered before the window is read: an answer that arrives
            // between the read and the wait still wakes this one.
            let answered = self.answered.notified();
            tokio::pin!(answered);
            answered.as_mut().enable();
            let until = {
                let mut window = self.window();
                let now = Instant::now();
                while window.answers.front().is_some_and(|at| *at + WINDOW <= now) {
                    window.answers.pop_front();
                }
                match window.next {
                    Some(next) if next > now => Some(next),
                    _ if window.in_flight + window.answers.len() < self.per_second => {
                        window.in_flight += 1;
                        window.next = Some(now + self.interval);
                        return Slot { limit: self };
                    }
                    // Every place is held: the oldest answer's frees first,
                    // else (all in flight) the next answer's, a second after it.
                    _ => window.answers.front().map(|at| *at + WINDOW),
                }
            };
            match until {
                Some(until) => {
                    tokio::select! {
                        () = tokio::time::sleep_until(until) => {}
                        () = answered => {}
                    }
                }
                None => answered.await,
            }
        }
    }
}

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        let mut window = self.limit.window();
        window.in_flight -= 1;
        window.answers.push_back(Instant::now());
        drop(window);
        self.limit.answered.notify_waiters();
    }
}

#[cfg(test)]
mod tests {
    use std::num::NonZeroU32;
    use std::sync::Arc;

    use super::*;

    /// The most requests a server counted in one sliding second, counting
    /// each at `at` (`now - at < 1 s` is inside, as the sandbox counts).
    fn most_in_a_second(mut counted: Vec<Instant>) -> usize {
        counted.sort();
        (0..counted.len())
            .map(|i| {
                counted[i..]
                    .iter()
                    .take_while(|at| **at - counted[i] < WINDOW)
                    .count()
            })
            .max()
            .unwrap_or(0)
    }

    /// A server that counts each request at the last moment it could: just
    /// before it answers, after a latency that varies (one in 13 slow, as a
    /// request that waited behind a busy server, then 12 quick ones).
    async fn request(limit: &RateLimit, n: usize, counted: &Mutex<Vec<Instant>>) {
        let _slot = limit.slot().await;
        let latency = if n.is_multiple_of(13) { 300 } else { 1 };
        tokio::time::sleep(Duration::from_millis(latency)).await;
        counted.lock().unwrap().push(Instant::now());
    }

    #[tokio::test(start_paused = true)]
    async fn never_more_than_the_limit_in_a_second_the_server_counts() {
        let limit = RateLimit::per_second(NonZeroU32::new(12).unwrap());
        let counted = Mutex::new(Vec::new());
        for n in 0..60 {
            request(&limit, n, &counted).await;
        }
        let counted = counted.into_inner().unwrap();
        assert_eq!(most_in_a_second(counted), 12);
    }

    #[tokio::test(start_paused = true)]
    async fn never_more_than_the_limit_in_a_second_from_concurrent_callers() {
        let limit = Arc::new(RateLimit::per_second(NonZeroU32::new(12).unwrap()));
        let counted = Arc::new(Mutex::new(Vec::new()));
        let callers: Vec<_> = (0..4)
            .map(|caller| {
                let (limit, counted) = (limit.clone(), counted.clone());
                tokio::spawn(async move {
                    for n in 0..15 {
                        request(&limit, n * 4 + caller, &counted).await;
                    }
                })
            })
            .collect();
        for caller in callers {
            caller.await.unwrap();
        }
        let counted = Arc::try_unwrap(counted).unwrap().into_inner().unwrap();
        assert_eq!(counted.len(), 60);
        assert_eq!(most_in_a_second(counted), 12);
    }

    #[tokio::test(start_paused = true)]
    async fn evenly_spaced_and_a_second_after_the_oldest_answer() {
        let limit = RateLimit::per_second(NonZeroU32::new(12).unwrap());
        let started = Instant::now();
        let slow = limit.slot().await;
        tokio::time::sleep(Duration::from_millis(500)).await;
        drop(slow);
        let mut sent = Vec::new();
        for _ in 0..11 {
            drop(limit.slot().await);
            sent.push(Instant::now() - started);
        }
        // 1/12 s apart, or up to 1 ms more (tokio's timers round up to the
        // millisecond).
        let interval = Duration::from_nanos(83_333_334);
        assert_eq!(sent[0], Duration::from_millis(500));
        for pair in sent.windows(2) {
            let apart = pair[1] - pair[0];
            assert!(
                apart >= interval && apart < interval + Duration::from_millis(1),
                "{sent:?}"
            );
        }
        // The 13th goes a second after the first's answer, not 1/12 s
        // after the 12th.
        drop(limit.slot().await);
        assert_eq!(Instant::now() - started, Duration::from_millis(1500));
    }
}
