//! What the sandbox keeps: each kind of thing as it is stored (and, with a
//! state file, written to SQLite as a row of JSON). Statuses are the spec's
//! own enums, from `altur_api::types`, so a record cannot hold a value the
//! spec does not name; what the API answers is made from these in
//! `serve/render.rs`.

use altur_api::types::{
    AnsweredBy, CallStatus, CampaignContactStatus, CampaignStatus, Cycles, MessageSentBy,
    Scheduling,
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::model::ids::Draws;

/// An agent: the API cannot create one, so the sandbox makes them at start.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Agent {
    /// What the message and call operations take (`agent_id`, a UUID).
    pub id: Uuid,
    /// What the campaign operations take (`agent_id`, a public id).
    pub public_id: String,
    pub name: String,
    pub nickname: String,
    /// Its place among the agents made at start.
    pub position: usize,
}

/// The channel of an integration, and of the campaigns that use it.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    PhoneCall,
    Whatsapp,
    /// Threads started through the API (`send_message`); no campaign runs
    /// on it.
    Api,
}

impl Channel {
    pub fn wire(self) -> &'static str {
        match self {
            Channel::PhoneCall => "phone_call",
            Channel::Whatsapp => "whatsapp",
            Channel::Api => "api",
        }
    }
}

/// One of an agent's integrations: its phone line, its WhatsApp number, or
/// the API.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Integration {
    pub public_id: String,
    pub agent_id: Uuid,
    pub channel: Channel,
    /// The number calls and messages come from.
    pub phone_number: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct EndUser {
    pub id: Uuid,
    pub display_name: String,
    pub info: Option<String>,
    /// `api` or `whatsapp`, as the spec's EndUser names the channel.
    pub integration_type: String,
    pub phone_number: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Thread {
    pub id: String,
    pub agent_id: Uuid,
    pub end_user_id: Uuid,
    pub integration_id: String,
    pub integration_type: String,
    pub updated_at: DateTime<Utc>,
    pub messages: Vec<Message>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Message {
    pub content: String,
    /// `AI`, `EU` or `SYS`.
    pub sent_by: MessageSentBy,
    pub sent_at: DateTime<Utc>,
    pub read: bool,
}

/// How a call will go, drawn when it is placed (from a magic number or the
/// seed), so that its whole course is known and reproducible.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// A person answers and talks; `converted` if they agree to the goal.
    Person {
        converted: bool,
    },
    /// A voicemail box answers.
    Voicemail,
    /// Answered, and who answered cannot be told.
    Unknown,
    Busy,
    NoAnswer,
    /// The call cannot be placed.
    Failed,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CallPlan {
    pub outcome: Outcome,
    /// Seconds from placing to ringing, to answering (or giving up), to the
    /// end of the conversation.
    pub ring_after: i64,
    pub settle_after: i64,
    pub talk: i64,
}

/// The campaign and contact a campaign's call was made for.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct CampaignRef {
    pub campaign_id: i64,
    pub contact_id: i64,
}

/// Where a call's recording is served, under the API's base URL (Altur:
/// `https://api.altur.io/api/v1.0/call/{id}/recording`).
pub fn recording_path(call_id: &str) -> String {
    format!("/call/{call_id}/recording")
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Call {
    pub id: String,
    pub agent_id: Uuid,
    pub end_user_id: Uuid,
    pub thread_id: String,
    pub from: String,
    pub to: String,
    pub created_at: DateTime<Utc>,
    pub status: CallStatus,
    pub answered_by: Option<AnsweredBy>,
    pub started_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub duration: i64,
    pub billed_duration: i64,
    pub plan: CallPlan,
    pub initial_message: Option<String>,
    pub context: Option<Value>,
    pub campaign: Option<CampaignRef>,
    pub extracted_data: Map<String, Value>,
}

/// A campaign: what its owner set (`settings`), where it stands (`status`,
/// `archived`), and the engine's bookkeeping as it runs (`run`). Stored
/// flat, one JSON object, as before the three were told apart.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Campaign {
    pub id: i64,
    pub status: CampaignStatus,
    pub archived: bool,
    pub created_at: DateTime<Utc>,
    #[serde(flatten)]
    pub settings: CampaignSettings,
    #[serde(flatten)]
    pub run: CampaignRun,
}

/// What the campaign's creator and its updates set.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CampaignSettings {
    pub name: String,
    pub description: Option<String>,
    pub agent_id: Uuid,
    pub integration_id: String,
    pub channel: Channel,
    pub timezone: String,
    pub retries: i64,
    pub message_limit: Option<i64>,
    pub first_message: Option<String>,
    pub template: Option<String>,
    pub template_alt: Option<String>,
    pub scheduling: Option<Scheduling>,
    /// As created; `None` unless cycles were switched on.
    pub cycles: Option<Cycles>,
    /// The sandbox's (the API has no field for it).
    pub concurrency_limit: i64,
}

/// Where a campaign is in its course, as the engine moves it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CampaignRun {
    /// Cycles run so far (the current one included), from 1.
    pub iteration: i64,
    pub last_iteration_at: Option<DateTime<Utc>>,
    /// A cycle is over and the next has not started (in `cooldown`, or
    /// paused while in it).
    #[serde(default)]
    pub between_cycles: bool,
    /// When the next cycle starts, while between cycles.
    #[serde(default)]
    pub next_cycle_at: Option<DateTime<Utc>>,
    /// WhatsApp messages sent, against `message_limit`.
    #[serde(default)]
    pub messages_sent: i64,
    /// The earliest look at its contacts already on the clock, so that no
    /// second one is put there for the same time or later.
    #[serde(default)]
    pub next_tick: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Contact {
    pub id: i64,
    pub campaign_id: i64,
    pub f_id: Option<String>,
    pub name: Option<String>,
    pub phone: String,
    pub context: Option<String>,
    pub extracted_data: Map<String, Value>,
    pub tags: Vec<String>,
    pub status: CampaignContactStatus,
    /// Attempts in the current cycle that did not reach the contact.
    pub retries: i64,
    pub call_count: i64,
    pub billed_duration: i64,
    pub last_call_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    /// When a contact `retrying` is contacted again.
    #[serde(default)]
    pub next_attempt_at: Option<DateTime<Utc>>,
    /// How the WhatsApp message to it goes, once sent.
    #[serde(default)]
    pub message: Option<MessageOutcome>,
}

/// How a WhatsApp message goes, drawn when it is sent: the last status it
/// reaches (`sent`, `delivered`, `read`, `accepted`, `rejected`, `failed`),
/// and whether the contact converts.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum MessageOutcome {
    Sent,
    Delivered,
    Read,
    Accepted,
    Converted,
    Rejected,
    Failed,
}

/// A webhook endpoint the sandbox delivers to, as registered.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Endpoint {
    pub url: String,
    /// `current` (base64 key, base64 digest) or `legacy` (hex).
    pub scheme: Scheme,
    /// Event types it takes; every type when empty.
    pub events: Vec<String>,
    /// For `campaign.status_changed`: the statuses it takes (the
    /// documented `filters.status`); every status when empty.
    pub statuses: Vec<String>,
}

impl Endpoint {
    /// Every event, signed in the current scheme.
    pub fn new(url: impl Into<String>) -> Endpoint {
        Endpoint {
            url: url.into(),
            scheme: Scheme::Current,
            events: Vec::new(),
            statuses: Vec::new(),
        }
    }

    /// Signed in the older scheme (hex of HMAC keyed with the secret's
    /// bytes, over the body).
    pub fn legacy(mut self) -> Endpoint {
        self.scheme = Scheme::Legacy;
        self
    }

    /// Only these event types (`altur_api::webhook::Event::TYPES`:
    /// `on_call_end`, `campaign.status_changed`, `campaign.cycle_completed`).
    pub fn events<S: Into<String>>(mut self, events: impl IntoIterator<Item = S>) -> Endpoint {
        self.events = events.into_iter().map(Into::into).collect();
        self
    }

    /// `campaign.status_changed` only for these statuses (the docs'
    /// `filters.status`).
    pub fn statuses<S: Into<String>>(mut self, statuses: impl IntoIterator<Item = S>) -> Endpoint {
        self.statuses = statuses.into_iter().map(Into::into).collect();
        self
    }

    /// Whether it takes this event (and, for a status change, `status`).
    pub fn takes(&self, event_type: &str, status: Option<&str>) -> bool {
        let by_type = self.events.is_empty() || self.events.iter().any(|t| t == event_type);
        let by_status = match status {
            Some(status) if !self.statuses.is_empty() => self.statuses.iter().any(|s| s == status),
            _ => true,
        };
        by_type && by_status
    }
}

/// Which of the two documented signature schemes an endpoint gets.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    /// HMAC-SHA256 keyed with the base64-decoded secret, over the payload's
    /// compact JSON, in base64 (the newest overview page).
    #[default]
    Current,
    /// HMAC-SHA256 keyed with the secret's bytes, over the body, in hex
    /// (the older page).
    Legacy,
}

/// One delivery of one event to one endpoint, with every attempt.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Delivery {
    pub id: String,
    pub endpoint: String,
    pub event_type: String,
    /// `event_id`, or the call id of `on_call_end`.
    pub dedup_key: String,
    /// The bytes sent, the same on every attempt.
    pub body: String,
    pub signature: String,
    pub created_at: DateTime<Utc>,
    pub attempts: Vec<Attempt>,
    pub state: DeliveryState,
}

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DeliveryState {
    /// Not answered 200 yet; another attempt is due.
    Pending,
    /// Answered 200.
    Delivered,
    /// Every attempt failed.
    Failed,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Attempt {
    pub at: DateTime<Utc>,
    /// The endpoint's status, if it answered.
    pub status: Option<u16>,
    /// Why there was no answer, or why it was not a 200.
    pub error: Option<String>,
    pub elapsed_ms: u64,
}

/// What the clock has to do, and when.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub enum Job {
    /// The next step of a call (ringing, answered, ended ...).
    CallStep { call: String },
    /// An attempt of a delivery.
    Deliver { delivery: String },
    /// A campaign's next look at its contacts.
    CampaignTick { campaign: i64 },
    /// The next status of the WhatsApp message to a contact.
    MessageStep { contact: i64 },
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Scheduled {
    pub due: DateTime<Utc>,
    pub job: Job,
}

/// An answer kept for its `Idempotency-Key`, to be replayed.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Replay {
    pub status: u16,
    pub body: String,
    pub at: DateTime<Utc>,
}

/// The counters and the seed's stream, kept with the records.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Meta {
    pub draws: Draws,
    pub api_key: String,
    pub webhook_secret: String,
    pub project_id: String,
    pub next_campaign_id: i64,
    pub next_contact_id: i64,
    pub next_job: u64,
    /// Billed seconds spent, against the budget, if one is set.
    pub billed_seconds: i64,
}
