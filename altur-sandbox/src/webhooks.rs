//! Altur's webhooks, as the sandbox sends them: each event to each endpoint
//! registered for it (`campaign.status_changed` only for the statuses in
//! the endpoint's `filters.status`), signed in the endpoint's scheme, sent
//! as a POST that must be answered 200 within the delivery timeout (Altur:
//! 10 s), and tried again up to 5 more times with exponential backoff on
//! the sandbox's clock (the docs give no schedule; the sandbox's choice:
//! 10 s, 20 s, 40 s, 80 s, 160 s). Every attempt is kept with its delivery.

use std::time::{Duration, Instant};

use altur_api::types::{self, CampaignStatus};
use altur_api::webhook::{self, Secret};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};

use crate::api::Ctx;
use crate::core::Core;
use crate::model::{Attempt, Delivery, DeliveryState, Job, Outcome, Scheme};
use crate::python_json;
use crate::state::State;

/// Attempts in all: the first and 5 retries, as the docs say.
pub const ATTEMPTS: usize = 6;
const FIRST_RETRY: chrono::Duration = chrono::Duration::seconds(10);

pub const CALL_ENDED: &str = "on_call_end";
pub const STATUS_CHANGED: &str = "campaign.status_changed";
pub const CYCLE_COMPLETED: &str = "campaign.cycle_completed";

/// Queues `payload` for every endpoint that takes `event_type` (and, for a
/// status change, `status`), due now.
fn emit(
    ctx: &Ctx,
    state: &mut State,
    event_type: &str,
    dedup_key: &str,
    status: Option<&CampaignStatus>,
    payload: &Value,
) {
    let body = python_json::compact(payload);
    let secret = Secret::new(state.meta.webhook_secret.clone());
    let endpoints: Vec<_> = state
        .endpoints
        .values()
        .filter(|e| e.events.is_empty() || e.events.iter().any(|t| t == event_type))
        .filter(|e| match status {
            Some(status) if !e.statuses.is_empty() => {
                e.statuses.iter().any(|s| *s == status.to_string())
            }
            _ => true,
        })
        .cloned()
        .collect();
    for endpoint in endpoints {
        let signature = match endpoint.scheme {
            Scheme::Current => webhook::sign(&secret, &body)
                .unwrap_or_else(|e| unreachable!("the sandbox's secret is base64: {e}")),
            Scheme::Legacy => webhook::sign_legacy(&secret, &body),
        };
        let id = state.meta_mut().draws.public_id("dlv");
        state.deliveries.insert(
            id.clone(),
            Delivery {
                id: id.clone(),
                endpoint: endpoint.url.clone(),
                event_type: event_type.to_owned(),
                dedup_key: dedup_key.to_owned(),
                body: String::from_utf8(body.clone())
                    .unwrap_or_else(|_| unreachable!("Python's compact JSON is ASCII")),
                signature,
                created_at: ctx.now,
                attempts: Vec::new(),
                state: DeliveryState::Pending,
            },
        );
        state.schedule(ctx.now, Job::Deliver { delivery: id });
    }
    ctx.core.wake.notify_one();
}

/// `on_call_end` for a call that just ended.
pub fn call_ended(ctx: &Ctx, state: &mut State, id: &str) {
    let Some(call) = state.call(id).cloned() else {
        return;
    };
    let agent = state.agents.get(&call.agent_id);
    let user = state.end_user(&call.end_user_id);
    let contact = call.campaign.and_then(|c| state.contact(c.contact_id));
    let answered = call.started_at.is_some();
    let mut transcript = Vec::new();
    if let Some(started) = call.started_at {
        let opening = call
            .initial_message
            .clone()
            .unwrap_or_else(|| "Hola, ¿tiene un momento?".into());
        transcript.push(types::TranscriptEntry {
            sent_by: Some(types::TranscriptSpeaker::Assistant),
            sent_at: Some(started + chrono::Duration::seconds(1)),
            content: Some(opening),
        });
        if matches!(call.plan.outcome, Outcome::Person { .. }) {
            transcript.push(types::TranscriptEntry {
                sent_by: Some(types::TranscriptSpeaker::User),
                sent_at: Some(started + chrono::Duration::seconds(5)),
                content: Some(
                    match call.plan.outcome {
                        Outcome::Person { converted: true } => "Sí, de acuerdo.",
                        _ => "No, gracias.",
                    }
                    .into(),
                ),
            });
        }
    }
    let user_status = match (call.plan.outcome, answered) {
        (Outcome::Person { converted: true }, _) => "converted",
        (Outcome::Voicemail, _) => "voicemail",
        (_, true) => "answered",
        (Outcome::Busy, _) => "busy",
        (Outcome::NoAnswer, _) => "no-answer",
        _ => "failed",
    };
    let event = types::CallEndedEvent {
        event_type: Some(CALL_ENDED.into()),
        id: call.id.clone(),
        type_: Some("outbound".into()),
        status: Some(call.status.clone()),
        phone_number_from: Some(call.from.clone()),
        phone_number_to: Some(call.to.clone()),
        answered_by: call.answered_by.clone(),
        created_at: Some(call.created_at),
        started_at: call.started_at,
        ended_at: call.ended_at,
        duration: Some(call.duration),
        billed_duration: Some(call.billed_duration),
        // A path, as the campaign calls page shows it: the sandbox serves no
        // recordings, and the same seed must give the same payload.
        recording_url: Some(format!("/api/v1.0/call/{}/recording", call.id)),
        transcript,
        assistant: agent.map(|a| types::WebhookAgent {
            id: Some(a.id.to_string()),
            nickname: Some(a.nickname.clone()),
            name: Some(a.name.clone()),
        }),
        end_user: user.map(|u| types::WebhookEndUser {
            id: Some(u.id),
            status: Some(user_status.into()),
            display_name: Some(u.display_name.clone()),
            phone_number: u.phone_number.clone(),
            context: contact.and_then(|c| c.context.clone()).or_else(|| {
                call.context.as_ref().map(|c| match c {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
            }),
            extracted_data: call.extracted_data.clone(),
            tags: contact.map(|c| c.tags.clone()).unwrap_or_default(),
        }),
        campaign_user: contact.map(|c| types::WebhookCampaignUser {
            f_id: c.f_id.clone(),
            name: c.name.clone(),
            contact: Some(c.phone.clone()),
            context: c.context.clone(),
        }),
    };
    let payload = serde_json::to_value(&event)
        .unwrap_or_else(|e| unreachable!("the spec's types serialize: {e}"));
    emit(ctx, state, CALL_ENDED, &call.id, None, &payload);
}

/// `campaign.status_changed`, with the analytics once finished.
pub fn status_changed(ctx: &Ctx, state: &mut State, campaign_id: i64, previous: &CampaignStatus) {
    let Some(campaign) = state.campaigns.get(&campaign_id).cloned() else {
        return;
    };
    let analytics = if campaign.status == CampaignStatus::Finished {
        crate::render::analytics(state, &campaign)
    } else {
        Map::new()
    };
    let event_id = state.meta_mut().draws.public_id("evt");
    let mut payload = envelope(ctx, state, &event_id, STATUS_CHANGED);
    payload["data"] = json!({
        "campaign": {"id": campaign.id, "name": campaign.name,
                     "status": campaign.status, "previous_status": previous},
    });
    if !analytics.is_empty() {
        payload["data"]["analytics"] = Value::Object(analytics);
    }
    emit(
        ctx,
        state,
        STATUS_CHANGED,
        &event_id,
        Some(&campaign.status),
        &payload,
    );
}

/// `campaign.cycle_completed`: iteration `iteration` is over; the next
/// starts at `next`, if one does.
pub fn cycle_completed(
    ctx: &Ctx,
    state: &mut State,
    campaign_id: i64,
    iteration: i64,
    next: Option<DateTime<Utc>>,
) {
    let Some(campaign) = state.campaigns.get(&campaign_id).cloned() else {
        return;
    };
    let event_id = state.meta_mut().draws.public_id("evt");
    let mut payload = envelope(ctx, state, &event_id, CYCLE_COMPLETED);
    payload["data"] = json!({
        "campaign": {"id": campaign.id, "name": campaign.name,
                     "status": campaign.status, "previous_status": null},
        "cycle_iteration": iteration,
        "next_cycle_at": next.map(|at| project_time(ctx, at)),
    });
    emit(ctx, state, CYCLE_COMPLETED, &event_id, None, &payload);
}

/// The campaign events' envelope, `occurred_at` now.
fn envelope(ctx: &Ctx, state: &State, event_id: &str, event_type: &str) -> Value {
    json!({
        "event_id": event_id,
        "event_type": event_type,
        "occurred_at": project_time(ctx, ctx.now),
        "api_version": "1.0",
        "project_id": state.meta.project_id,
    })
}

/// A time as the campaign events write it: in the project's time zone, with
/// microseconds and the offset (`2026-06-08T14:23:15.482000-06:00`).
pub fn project_time(ctx: &Ctx, at: DateTime<Utc>) -> String {
    at.with_timezone(&ctx.core.config.project_timezone)
        .format("%Y-%m-%dT%H:%M:%S%.6f%:z")
        .to_string()
}

/// One attempt to make, away from the state's lock.
pub struct Sending {
    pub delivery: String,
    pub url: String,
    pub body: String,
    pub signature: String,
}

/// The attempt a due `Deliver` job stands for, if its delivery is pending.
pub fn due(state: &State, delivery: &str) -> Option<Sending> {
    let d = state.deliveries.get(&delivery.to_owned())?;
    (d.state == DeliveryState::Pending).then(|| Sending {
        delivery: d.id.clone(),
        url: d.endpoint.clone(),
        body: d.body.clone(),
        signature: d.signature.clone(),
    })
}

/// Sends one attempt: the endpoint's status, or why there is none.
pub async fn send(core: &Core, sending: &Sending) -> (Option<u16>, Option<String>, Duration) {
    let started = Instant::now();
    let result = core
        .http
        .post(&sending.url)
        .header("content-type", "application/json")
        .header(webhook::SIGNATURE_HEADER, &sending.signature)
        .body(sending.body.clone())
        .send()
        .await;
    let elapsed = started.elapsed();
    match result {
        Ok(response) if response.status().as_u16() == 200 => (Some(200), None, elapsed),
        Ok(response) => {
            let status = response.status().as_u16();
            (
                Some(status),
                Some(format!("answered {status}, not 200")),
                elapsed,
            )
        }
        Err(e) if e.is_timeout() => (
            None,
            Some(format!(
                "no answer within {} s",
                core.config.delivery_timeout.as_secs_f64()
            )),
            elapsed,
        ),
        Err(e) => (None, Some(chain(&e)), elapsed),
    }
}

/// Records an attempt's result; schedules the next attempt if it failed and
/// attempts are left.
pub fn record(
    ctx: &Ctx,
    state: &mut State,
    delivery: &str,
    (status, error, elapsed): (Option<u16>, Option<String>, Duration),
) {
    let Some(d) = state.deliveries.get_mut(&delivery.to_owned()) else {
        return;
    };
    d.attempts.push(Attempt {
        at: ctx.now,
        status,
        error: error.clone(),
        elapsed_ms: elapsed.as_millis() as u64,
    });
    let attempts = d.attempts.len();
    tracing::info!(
        target: "altur_sandbox::webhooks",
        delivery = %d.id,
        event_type = %d.event_type,
        endpoint = %d.endpoint,
        attempt = attempts,
        status = status.map_or("-".to_owned(), |s| s.to_string()),
        error = error.as_deref().unwrap_or(""),
        "delivery attempt"
    );
    if status == Some(200) {
        d.state = DeliveryState::Delivered;
    } else if attempts >= ATTEMPTS {
        d.state = DeliveryState::Failed;
    } else {
        let wait = FIRST_RETRY * (1 << (attempts - 1));
        state.schedule(
            ctx.now + wait,
            Job::Deliver {
                delivery: delivery.to_owned(),
            },
        );
        // The scheduler may be asleep with no job left: this one is new.
        ctx.core.wake.notify_one();
    }
}

fn chain(e: &reqwest::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
