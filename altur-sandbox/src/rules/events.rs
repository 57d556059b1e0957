//! Altur's webhook events, as the sandbox makes them: the payload of each
//! (`on_call_end`, `campaign.status_changed`, `campaign.cycle_completed`),
//! written once as Altur's Python side writes it, signed in each endpoint's
//! scheme, and queued as a delivery due now for every endpoint registered
//! for it (`campaign.status_changed` only for the statuses in the endpoint's
//! `filters.status`). Sending them, and trying again, is the engine's
//! (`engine/deliveries.rs`).

use altur_api::types::{self, CampaignStatus};

use crate::gate::built::built;
use altur_api::webhook::{self, Event, Secret};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

use crate::domain::{analytics, outcomes, recording};
use crate::model::context::Ctx;
use crate::model::records::{
    Campaign, Delivery, DeliveryState, Job, Outcome, Scheme, recording_path,
};
use crate::model::state::State;

/// Queues `payload` for every endpoint that takes `event_type` (and, for a
/// status change, `status`), due now.
fn emit(
    ctx: &Ctx,
    state: &mut State,
    event_type: &str,
    dedup_key: &str,
    status: Option<&CampaignStatus>,
    payload: &impl Serialize,
) {
    let status = status.map(ToString::to_string);
    let endpoints: Vec<_> = state
        .endpoints
        .values()
        .filter(|e| e.takes(event_type, status.as_deref()))
        .map(|e| (e.url.clone(), e.scheme))
        .collect();
    if endpoints.is_empty() {
        return;
    }
    let written = webhook::Delivery::new(payload)
        .unwrap_or_else(|e| unreachable!("a payload of the sandbox's own writes as JSON: {e}"));
    let body = String::from_utf8(written.body.clone())
        .unwrap_or_else(|_| unreachable!("Python's compact JSON is ASCII"));
    let secret = Secret::new(state.meta.webhook_secret.clone());
    for (url, scheme) in endpoints {
        let signature = match scheme {
            Scheme::Current => written
                .signature(&secret)
                .unwrap_or_else(|e| unreachable!("the builder refuses a secret not base64: {e}")),
            Scheme::Legacy => written.legacy_signature(&secret),
        };
        let id = state.meta_mut().draws.public_id("dlv");
        state.deliveries.insert(
            id.clone(),
            Delivery {
                id: id.clone(),
                endpoint: url,
                event_type: event_type.to_owned(),
                dedup_key: dedup_key.to_owned(),
                body: body.clone(),
                signature,
                created_at: ctx.now,
                attempts: Vec::new(),
                state: DeliveryState::Pending,
            },
        );
        state.schedule(ctx.now, Job::Deliver { delivery: id });
    }
}

/// `on_call_end`, for a call that just ended.
pub fn on_call_end(ctx: &Ctx, state: &mut State, id: &str) {
    let Some(call) = state.call(id).cloned() else {
        return;
    };
    let agent = state.agents.get(&call.agent_id);
    let user = state.end_user(&call.end_user_id);
    let contact = call.campaign.and_then(|c| state.contact(c.contact_id));
    let mut transcript = Vec::new();
    if let Some(started) = call.started_at {
        let opening = call
            .initial_message
            .clone()
            .unwrap_or_else(|| "Hola, ¿tiene un momento?".into());
        transcript.push(built(
            types::TranscriptEntry::builder()
                .sent_by(types::TranscriptSpeaker::Assistant)
                .sent_at(started + chrono::Duration::seconds(1))
                .content(opening),
        ));
        if matches!(call.plan.outcome, Outcome::Person { .. }) {
            transcript.push(built(
                types::TranscriptEntry::builder()
                    .sent_by(types::TranscriptSpeaker::User)
                    .sent_at(started + chrono::Duration::seconds(5))
                    .content(match call.plan.outcome {
                        Outcome::Person { converted: true } => "Sí, de acuerdo.",
                        _ => "No, gracias.",
                    }),
            ));
        }
    }
    let user_status = outcomes::contact_status(call.plan.outcome).to_string();
    let event: types::CallEndedEvent = built(
        types::CallEndedEvent::builder()
            .event_type(Event::CALL_ENDED)
            .id(call.id.clone())
            .type_("outbound")
            .status(call.status.clone())
            .phone_number_from(call.from.clone())
            .phone_number_to(call.to.clone())
            .answered_by(call.answered_by.clone())
            .created_at(call.created_at)
            .started_at(call.started_at)
            .ended_at(call.ended_at)
            .duration(call.duration)
            .billed_duration(call.billed_duration)
            // Absolute, as the on_call_end page shows it, on the sandbox's
            // own base; only a call that was answered has a recording.
            .recording_url(
                recording::exists(&call)
                    .then(|| format!("{}{}", ctx.settings.base_url, recording_path(&call.id))),
            )
            .transcript(transcript)
            .assistant(agent.map(|a| {
                built::<types::WebhookAgent, _>(
                    types::WebhookAgent::builder()
                        .id(a.id.to_string())
                        .nickname(a.nickname.clone())
                        .name(a.name.clone()),
                )
            }))
            .end_user(user.map(|u| {
                built::<types::WebhookEndUser, _>(
                    types::WebhookEndUser::builder()
                        .id(u.id)
                        .status(user_status)
                        .display_name(u.display_name.clone())
                        .phone_number(u.phone_number.clone())
                        .context(contact.and_then(|c| c.context.clone()).or_else(|| {
                            call.context.as_ref().map(|c| match c {
                                Value::String(s) => s.clone(),
                                other => other.to_string(),
                            })
                        }))
                        .extracted_data(call.extracted_data.clone())
                        .tags(contact.map(|c| c.tags.clone()).unwrap_or_default()),
                )
            }))
            .campaign_user(contact.map(|c| {
                built::<types::WebhookCampaignUser, _>(
                    types::WebhookCampaignUser::builder()
                        .f_id(c.f_id.clone())
                        .name(c.name.clone())
                        .contact(c.phone.clone())
                        .context(c.context.clone()),
                )
            })),
    );
    emit(ctx, state, Event::CALL_ENDED, &call.id, None, &event);
}

/// `campaign.status_changed`, with the analytics once finished.
pub fn status_changed(ctx: &Ctx, state: &mut State, campaign_id: i64, previous: &CampaignStatus) {
    campaign_event(
        ctx,
        state,
        campaign_id,
        Event::CAMPAIGN_STATUS_CHANGED,
        true,
        |state, campaign, envelope| {
            let analytics = if campaign.status == CampaignStatus::Finished {
                analytics::as_written(state, campaign)
            } else {
                None
            };
            built::<types::CampaignStatusChangedEvent, _>(
                types::CampaignStatusChangedEvent::builder()
                    .event_id(envelope.event_id)
                    .event_type(Event::CAMPAIGN_STATUS_CHANGED)
                    .api_version(API_VERSION)
                    .project_id(envelope.project_id)
                    .data(
                        types::CampaignStatusChange::builder()
                            .campaign(envelope.campaign.previous_status(previous.clone()))
                            .analytics(analytics),
                    ),
            )
        },
        |_| {},
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
    campaign_event(
        ctx,
        state,
        campaign_id,
        Event::CAMPAIGN_CYCLE_COMPLETED,
        false,
        |_, _, envelope| {
            built::<types::CampaignCycleCompletedEvent, _>(
                types::CampaignCycleCompletedEvent::builder()
                    .event_id(envelope.event_id)
                    .event_type(Event::CAMPAIGN_CYCLE_COMPLETED)
                    .api_version(API_VERSION)
                    .project_id(envelope.project_id)
                    .data(
                        types::CampaignCycle::builder()
                            .campaign(envelope.campaign)
                            .cycle_iteration(iteration),
                    ),
            )
        },
        |payload| {
            payload["data"]["next_cycle_at"] = next.map(|at| project_time(ctx, at)).into();
            // The page shows it null here; the type leaves a `None` out.
            payload["data"]["campaign"]["previous_status"] = Value::Null;
        },
    );
}

/// What every campaign event carries: its id (drawn for it), the project's,
/// and the campaign as the events show it (`previous_status` left to the
/// event).
struct Envelope {
    event_id: String,
    project_id: String,
    campaign: types::builder::WebhookCampaign,
}

/// A campaign event of `campaign_id`, if it exists: `event` builds it from
/// the state, the campaign and its envelope; `occurred_at` is written in the
/// project's time, `amend` writes what the types cannot carry; queued for
/// every endpoint that takes `event_type` (`by_status`: and the campaign's
/// status), deduplicated by the event's id.
fn campaign_event<E: Serialize>(
    ctx: &Ctx,
    state: &mut State,
    campaign_id: i64,
    event_type: &str,
    by_status: bool,
    event: impl FnOnce(&State, &Campaign, Envelope) -> E,
    amend: impl FnOnce(&mut Value),
) {
    let Some(campaign) = state.campaigns.get(&campaign_id).cloned() else {
        return;
    };
    let event_id = state.meta_mut().draws.public_id("evt");
    let envelope = Envelope {
        event_id: event_id.clone(),
        project_id: state.meta.project_id.clone(),
        campaign: types::WebhookCampaign::builder()
            .id(campaign.id)
            .name(campaign.settings.name.clone())
            .status(campaign.status.clone()),
    };
    let mut payload = to_value(&event(state, &campaign, envelope));
    payload["occurred_at"] = project_time(ctx, ctx.now).into();
    amend(&mut payload);
    emit(
        ctx,
        state,
        event_type,
        &event_id,
        by_status.then_some(&campaign.status),
        &payload,
    );
}

/// The campaign events' `api_version`.
const API_VERSION: &str = "1.0";

/// The event as JSON, to write its times into. The types cannot carry
/// them: they hold a `DateTime<Utc>`, which serializes in UTC, where Altur
/// writes `occurred_at` and `next_cycle_at` in the project's time zone.
fn to_value(event: &impl Serialize) -> Value {
    serde_json::to_value(event).unwrap_or_else(|e| unreachable!("the spec's types serialize: {e}"))
}

/// A time as the campaign events write it: in the project's time zone, with
/// microseconds and the offset (`2026-06-08T14:23:15.482000-06:00`).
pub fn project_time(ctx: &Ctx, at: DateTime<Utc>) -> String {
    at.with_timezone(&ctx.settings.project_timezone)
        .format("%Y-%m-%dT%H:%M:%S%.6f%:z")
        .to_string()
}
