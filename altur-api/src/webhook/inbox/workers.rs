//! The workers: each claims the next due event, runs the handler on it,
//! and when there is none waits to be told of one (or for the next retry
//! or lease to fall due), never polling faster than that.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::engine::{Claimed, Engine, Outcome};
use super::{Handler, Inbox, InboxError, Received};
use crate::webhook::Event;

const TARGET: &str = "altur_api::webhook::inbox";

/// Workers running in this process. Dropping them stops them at once (an
/// event in hand is rolled back and claimed again after its lease);
/// [`Workers::stop`] lets the events in hand finish.
pub struct Workers {
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl std::fmt::Debug for Workers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workers")
            .field("tasks", &self.tasks.len())
            .finish()
    }
}

impl Workers {
    /// Claims nothing more, and returns once each worker has finished the
    /// event it holds.
    pub async fn stop(mut self) {
        let _ = self.stop.send(true);
        for task in std::mem::take(&mut self.tasks) {
            let _ = task.await;
        }
    }
}

impl Drop for Workers {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        for task in &self.tasks {
            task.abort();
        }
    }
}

pub(super) fn start<E: Engine, H: Handler<E>>(
    inbox: Inbox<E>,
    count: usize,
    handler: Arc<H>,
) -> Workers {
    let (stop, stopped) = watch::channel(false);
    let mut tasks = Vec::with_capacity(count + 1);
    if let Some(listen) = inbox.engine.listen(inbox.wake.clone(), stopped.clone()) {
        tasks.push(tokio::spawn(listen));
    }
    for n in 0..count {
        let name = format!("pid {} worker {n}", std::process::id());
        tasks.push(tokio::spawn(work(
            inbox.clone(),
            handler.clone(),
            name,
            stopped.clone(),
        )));
    }
    Workers { stop, tasks }
}

async fn work<E: Engine, H: Handler<E>>(
    inbox: Inbox<E>,
    handler: Arc<H>,
    name: String,
    mut stop: watch::Receiver<bool>,
) {
    let options = &inbox.options;
    let mut session: Option<E::Session> = None;
    while !*stop.borrow() {
        // Enabled before looking, so that an event stored while this
        // worker finds none still wakes it.
        let notified = inbox.wake.notified();
        tokio::pin!(notified);
        notified.as_mut().enable();
        let held = match session.take() {
            Some(held) => Ok(held),
            None => inbox.engine.session().await,
        };
        let mut held = match held {
            Ok(held) => held,
            Err(error) => {
                tracing::warn!(target: TARGET, worker = %name, %error, "no connection; trying again in a second");
                pause(&mut stop, Duration::from_secs(1)).await;
                continue;
            }
        };
        let claimed = match inbox.engine.claim(&mut held, &name, options).await {
            Ok(claimed) => claimed,
            Err(error) => {
                tracing::warn!(target: TARGET, worker = %name, %error, "cannot claim; trying again in a second");
                pause(&mut stop, Duration::from_secs(1)).await;
                continue;
            }
        };
        let Some(claimed) = claimed else {
            let due = match inbox.engine.next_due(&mut held).await {
                Ok(due) => due,
                Err(error) => {
                    tracing::warn!(target: TARGET, worker = %name, %error, "cannot read the next due time");
                    None
                }
            };
            session = Some(held);
            let wait = due.map_or(options.idle_check, |due| due.min(options.idle_check));
            tokio::select! {
                _ = notified => {}
                _ = tokio::time::sleep(wait) => {}
                _ = stop.changed() => {}
            }
            continue;
        };
        match process(&inbox, &mut held, &claimed, &*handler, &name).await {
            Ok(()) => session = Some(held),
            // The connection is dropped: the next event gets a fresh one.
            // The claim stays until its lease runs out.
            Err(error) => {
                tracing::warn!(target: TARGET, worker = %name, id = claimed.id, %error, "event left to its lease");
            }
        }
        if claimed.ordered {
            // The next event of its order may be free now.
            inbox.wake.notify_waiters();
        }
    }
}

async fn process<E: Engine, H: Handler<E>>(
    inbox: &Inbox<E>,
    session: &mut E::Session,
    claimed: &Claimed,
    handler: &H,
    name: &str,
) -> Result<(), InboxError> {
    let options = &inbox.options;
    let event = match Event::decode(&claimed.body) {
        Ok(event) => event,
        Err(error) => {
            let why = format!("the stored body no longer decodes: {error}");
            tracing::error!(target: TARGET, worker = %name, id = claimed.id, "{why}; dead");
            return inbox
                .engine
                .fail(session, claimed, &why, true, options)
                .await;
        }
    };
    let received = Received {
        id: claimed.id,
        event,
        key: claimed.key.clone(),
        attempt: claimed.attempt,
        received_at: claimed.received_at,
        body: claimed.body.clone(),
    };
    match inbox
        .engine
        .run(session, claimed, &received, handler, options)
        .await?
    {
        Outcome::Done => {
            tracing::debug!(target: TARGET, worker = %name, id = claimed.id, key = ?claimed.key, "done");
        }
        Outcome::Failed(error) => {
            let last = claimed.attempt >= options.max_attempts;
            tracing::warn!(
                target: TARGET, worker = %name, id = claimed.id, key = ?claimed.key,
                attempt = claimed.attempt, %error,
                "{}", if last { "handler failed; the event is dead" } else { "handler failed; retrying later" }
            );
            inbox
                .engine
                .fail(session, claimed, &error, false, options)
                .await?;
        }
        Outcome::LostClaim => {
            tracing::warn!(
                target: TARGET, worker = %name, id = claimed.id,
                "the lease ran out and another worker claimed the event: this run was rolled back"
            );
        }
    }
    Ok(())
}

/// Waits `wait`, or less if told to stop.
async fn pause(stop: &mut watch::Receiver<bool>, wait: Duration) {
    tokio::select! {
        _ = tokio::time::sleep(wait) => {}
        _ = stop.changed() => {}
    }
}
