//! The handle a test or the `altur sandbox` command holds: its base URL and
//! key, a ready client, the clock, the deliveries, the requests, and
//! readers of its state. Dropping it stops the sandbox.

use std::sync::Arc;
use std::time::Duration;

use altur_api::types;
use chrono::{DateTime, Utc};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::engine::queue;
use crate::engine::running::{Running, lock};
use crate::gate::request_log::Request;
use crate::handle::agents::{SandboxAgent, agents};
use crate::model::clock::Clock;
use crate::model::records::Delivery;
use crate::serve::render;

/// A running sandbox. Dropping it stops it.
pub struct Sandbox {
    pub(crate) running: Arc<Running>,
    pub(crate) stop: watch::Sender<bool>,
    pub(crate) tasks: Vec<JoinHandle<()>>,
    pub(crate) seed: u64,
}

impl Sandbox {
    /// `http://127.0.0.1:<port>`: the API's base URL.
    pub fn base_url(&self) -> &str {
        &self.running.settings.base_url
    }

    /// The key it takes (`Authorization: api-key <key>`). Any other is 401.
    pub fn api_key(&self) -> String {
        self.running.api_key.clone()
    }

    /// The secret its webhook deliveries are signed with (base64, as the
    /// dashboard hands one out).
    pub fn webhook_secret(&self) -> String {
        self.running.lock().state.meta.webhook_secret.clone()
    }

    /// The seed its ids and outcomes are drawn from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// A client builder set up for this sandbox (key, base URL), to change
    /// before `build()`.
    pub fn client_builder(&self) -> altur_api::ClientBuilder {
        altur_api::Client::builder()
            .api_key(self.api_key())
            .base_url(self.base_url())
    }

    /// A ready client for this sandbox.
    ///
    /// # Panics
    ///
    /// Where the crate cannot build a client at all (its TLS setup fails on
    /// this machine); `client_builder().build()` says why instead.
    pub fn client(&self) -> altur_api::Client {
        self.client_builder()
            .build()
            .unwrap_or_else(|e| panic!("cannot build a client for the sandbox: {e}"))
    }

    pub fn clock(&self) -> &Clock {
        &self.running.clock
    }

    /// The sandbox's now.
    pub fn now(&self) -> DateTime<Utc> {
        self.running.clock.now()
    }

    /// Manual clock: moves it `by` ahead, running every call step, campaign
    /// step and delivery due meanwhile, in order (deliveries are sent and
    /// their answers awaited). On a real clock the time moves itself; this
    /// then only runs what is due now.
    pub async fn advance(&self, by: Duration) {
        let by = chrono::Duration::from_std(by).unwrap_or(chrono::Duration::MAX);
        self.advance_to(self.now() + by).await;
    }

    /// Manual clock: moves it to `at`, as `advance` does.
    pub async fn advance_to(&self, at: DateTime<Utc>) {
        if self.running.clock.is_manual() {
            queue::advance_to(&self.running, at).await;
        } else {
            queue::advance_to(&self.running, self.now()).await;
        }
    }

    /// Manual clock: runs what is due, job after job, until nothing is left
    /// to do or `at_most` has passed on the clock. Whether nothing is left.
    pub async fn run_until_idle(&self, at_most: Duration) -> bool {
        let limit =
            self.now() + chrono::Duration::from_std(at_most).unwrap_or(chrono::Duration::MAX);
        loop {
            let next = self.running.lock().state.next_due();
            match next {
                None => return true,
                Some(due) if due > limit => {
                    self.advance_to(limit).await;
                    return false;
                }
                Some(due) => self.advance_to(due).await,
            }
        }
    }

    /// The agents it made, each with its integrations.
    pub fn agents(&self) -> Vec<SandboxAgent> {
        agents(&self.running.lock().state)
    }

    /// Every delivery so far, with its attempts, oldest first.
    pub fn deliveries(&self) -> Vec<Delivery> {
        let stored = self.running.lock();
        let mut deliveries: Vec<Delivery> = stored.state.deliveries.values().cloned().collect();
        deliveries.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
        deliveries
    }

    /// The requests it received, oldest first (the latest 10,000 unless
    /// [`SandboxBuilder::requests_kept`](crate::SandboxBuilder::requests_kept)
    /// says otherwise).
    pub fn requests(&self) -> Vec<Request> {
        lock(&self.running.requests).all()
    }

    /// The campaigns, as `GET /campaigns/{id}` answers each.
    pub fn campaigns(&self) -> Vec<types::Campaign> {
        let stored = self.running.lock();
        let state = &stored.state;
        state
            .campaigns
            .values()
            .map(|c| render::campaign(state, c))
            .collect()
    }

    /// A campaign's contacts, as its contact list answers them.
    pub fn contacts(&self, campaign: types::CampaignId) -> Vec<types::CampaignContact> {
        let stored = self.running.lock();
        stored
            .state
            .contacts_of(campaign.0)
            .map(render::contact)
            .collect()
    }

    /// A campaign's calls, in the order they were placed.
    pub fn campaign_calls(&self, campaign: types::CampaignId) -> Vec<types::CampaignCall> {
        let stored = self.running.lock();
        let state = &stored.state;
        state
            .calls_of(campaign.0)
            .map(|call| render::campaign_call(state, call))
            .collect()
    }

    /// Every call, as `GET /call/{id}` answers each, in the order placed.
    pub fn calls(&self) -> Vec<types::Call> {
        let stored = self.running.lock();
        let state = &stored.state;
        let mut calls: Vec<_> = state.calls().collect();
        calls.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
        calls
            .into_iter()
            .map(|call| render::call(state, call))
            .collect()
    }

    /// The end users, as `GET /enduser/{id}` answers each.
    pub fn end_users(&self) -> Vec<types::EndUser> {
        let stored = self.running.lock();
        stored.state.end_users().map(render::end_user).collect()
    }

    /// Stops serving: open connections are closed, the clock's tasks end.
    pub async fn stop(mut self) {
        let _ = self.stop.send(true);
        for task in std::mem::take(&mut self.tasks) {
            task.abort();
            let _ = task.await;
        }
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        for task in &self.tasks {
            task.abort();
        }
    }
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("base_url", &self.running.settings.base_url)
            .field("api_key", &"<redacted>")
            .finish_non_exhaustive()
    }
}
