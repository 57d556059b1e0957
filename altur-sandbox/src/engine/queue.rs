//! Runs the jobs on the clock, in time order: call steps, campaign ticks,
//! delivery attempts. With a manual clock nothing runs until a test calls
//! `Sandbox::advance`, which runs every job due by then, deliveries
//! included, one after another, and returns when they are done: the same
//! test gives the same result every run. With a real clock (at any speed) a
//! task waits for the next job and runs it; deliveries go out on their own
//! tasks, so a slow endpoint holds nothing up.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::api::Ctx;
use crate::core::Core;
use crate::model::Job;
use crate::webhooks::{self, Sending};

/// Runs the earliest job due by `by`, if there is one, moving a manual
/// clock to its time; the delivery attempt it stands for, if it is one.
/// `None` when no job is due.
fn run_next(core: &Core, by: DateTime<Utc>) -> Option<Option<Sending>> {
    let mut shared = core.lock();
    let job = shared.state.take_due(by)?;
    core.clock.move_to(job.due);
    let ctx = Ctx {
        core,
        now: core.clock.now(),
    };
    let state = &mut shared.state;
    let sending = match &job.job {
        Job::CallStep { call } => {
            crate::dialer::step(&ctx, state, call);
            None
        }
        Job::CampaignTick { campaign } => {
            crate::runner::tick(&ctx, state, *campaign);
            None
        }
        Job::MessageStep { contact } => {
            crate::runner::message_step(&ctx, state, *contact);
            None
        }
        Job::Deliver { delivery } => webhooks::due(state, delivery),
    };
    if let Err(e) = shared.commit() {
        tracing::error!(target: "altur_sandbox", error = %e, "cannot write the state");
    }
    Some(sending)
}

fn record(
    core: &Core,
    sending: &Sending,
    result: (Option<u16>, Option<String>, std::time::Duration),
) {
    let mut shared = core.lock();
    let ctx = Ctx {
        core,
        now: core.clock.now(),
    };
    webhooks::record(&ctx, &mut shared.state, &sending.delivery, result);
    if let Err(e) = shared.commit() {
        tracing::error!(target: "altur_sandbox", error = %e, "cannot write the state");
    }
}

/// Manual clock: runs every job due by `until`, in order, deliveries
/// awaited one by one, then leaves the clock at `until`.
pub async fn advance_to(core: &Core, until: DateTime<Utc>) {
    while let Some(sending) = run_next(core, until) {
        if let Some(sending) = sending {
            let result = webhooks::send(core, &sending).await;
            record(core, &sending, result);
        }
    }
    core.clock.move_to(until);
}

/// Real clock: runs jobs as they come due, until the task is dropped.
pub async fn drive(core: Arc<Core>) {
    loop {
        let now = core.clock.now();
        while let Some(sending) = run_next(&core, now) {
            if let Some(sending) = sending {
                let core = core.clone();
                tokio::spawn(async move {
                    let result = webhooks::send(&core, &sending).await;
                    record(&core, &sending, result);
                });
            }
        }
        let next = core.lock().state.next_due();
        let wait = next.and_then(|due| core.clock.real_wait_until(due));
        let woken = core.wake.notified();
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
