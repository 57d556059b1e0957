//! The jobs on the clock, run in time order: call steps, campaign ticks,
//! message steps, delivery attempts, each handed to its rule. With a manual
//! clock nothing runs until a test calls `Sandbox::advance`, which runs
//! every job due by then, deliveries included, one after another, and
//! returns when they are done: the same test gives the same result every
//! run. With a real clock (at any speed) a task waits for the next job and
//! runs it; deliveries go out on their own tasks, so a slow endpoint holds
//! nothing up.

use std::sync::Arc;

use crate::engine::deliveries::{self, Answered, Sending};
use crate::engine::running::{Running, spawn_carrying};
use crate::model::records::Job;
use crate::model::store::StoredState;
use crate::rules::{call_steps, campaign_run, whatsapp};
use chrono::{DateTime, Utc};

/// Runs the earliest job due by `by`, if there is one, moving a manual
/// clock to its time; the delivery attempt it stands for, if it is one.
/// `None` when no job is due.
fn run_next(running: &Running, by: DateTime<Utc>) -> Option<Option<Sending>> {
    let mut stored = running.lock();
    let job = stored.state.take_due(by)?;
    running.clock.move_to(job.due);
    let ctx = running.ctx();
    let state = &mut stored.state;
    let sending = match &job.job {
        Job::CallStep { call } => {
            call_steps::run(&ctx, state, call);
            None
        }
        Job::CampaignTick { campaign } => {
            campaign_run::tick(&ctx, state, *campaign);
            None
        }
        Job::MessageStep { contact } => {
            whatsapp::next_status(&ctx, state, *contact);
            None
        }
        Job::Deliver { delivery } => deliveries::due(state, delivery),
    };
    commit(&mut stored);
    Some(sending)
}

fn record(running: &Running, sending: &Sending, answered: Answered) {
    let mut stored = running.lock();
    let ctx = running.ctx();
    // A retry scheduled while the real-time driver sleeps with no job due
    // (the last failed deliveries of a run) must wake it.
    running.waking(&mut stored.state, |state| {
        deliveries::record(&ctx, state, &sending.delivery, answered);
    });
    commit(&mut stored);
}

/// Writes the state; a job has no one to answer, so a failure is logged.
fn commit(stored: &mut StoredState) {
    if let Err(e) = stored.commit() {
        tracing::error!(target: "altur_sandbox", error = %e, "cannot write the state");
    }
}

/// Manual clock: runs every job due by `until`, in order, deliveries
/// awaited one by one, then leaves the clock at `until`.
pub async fn advance_to(running: &Running, until: DateTime<Utc>) {
    while let Some(sending) = run_next(running, until) {
        if let Some(sending) = sending {
            let answered = deliveries::send(running, &sending).await;
            record(running, &sending, answered);
        }
    }
    running.clock.move_to(until);
}

/// Real clock: runs jobs as they come due, until the task is dropped.
pub async fn drive(running: Arc<Running>) {
    loop {
        let now = running.clock.now();
        while let Some(sending) = run_next(&running, now) {
            if let Some(sending) = sending {
                let running = running.clone();
                spawn_carrying!(tokio::spawn, async move {
                    let answered = deliveries::send(&running, &sending).await;
                    record(&running, &sending, answered);
                });
            }
        }
        let next = running.lock().state.next_due();
        let wait = next.and_then(|due| running.clock.real_wait_until(due));
        let woken = running.wake.notified();
        match wait {
            Some(wait) => {
                tokio::select! {
                    () = tokio::time::sleep(wait) => {}
                    () = woken => {}
                }
            }
            None => woken.await,
        }
    }
}
