//! One type over the deliveries, chosen by `event_type` (or, on Altur's
//! older pages, `type: "on_call_end"`). The payload types are generated from
//! the spec (`openapi/reconstructed/webhooks.yaml`) like every other type.

use serde_json::Value;

use super::WebhookError;
use crate::types;

/// A verified delivery.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Event {
    /// `on_call_end`: a call ended.
    CallEnded(Box<types::CallEndedEvent>),
    /// `campaign.status_changed`.
    CampaignStatusChanged(Box<types::CampaignStatusChangedEvent>),
    /// `campaign.cycle_completed`.
    CampaignCycleCompleted(Box<types::CampaignCycleCompletedEvent>),
    /// An event type this crate does not know (yet): not an error, so that a
    /// receiver can log it and still answer 200. The payload is kept whole.
    Unknown { event_type: String, payload: Value },
}

impl Event {
    /// `on_call_end`, the event type of [`Event::CallEnded`].
    pub const CALL_ENDED: &'static str = "on_call_end";
    /// `campaign.status_changed`, of [`Event::CampaignStatusChanged`].
    pub const CAMPAIGN_STATUS_CHANGED: &'static str = "campaign.status_changed";
    /// `campaign.cycle_completed`, of [`Event::CampaignCycleCompleted`].
    pub const CAMPAIGN_CYCLE_COMPLETED: &'static str = "campaign.cycle_completed";
    /// Every event type this crate decodes to a typed variant, as Altur
    /// names them (a webhook's `events` filter takes these).
    pub const TYPES: [&'static str; 3] = [
        Event::CALL_ENDED,
        Event::CAMPAIGN_STATUS_CHANGED,
        Event::CAMPAIGN_CYCLE_COMPLETED,
    ];

    /// The event type's name, as Altur sends it.
    pub fn event_type(&self) -> &str {
        match self {
            Event::CallEnded(_) => Event::CALL_ENDED,
            Event::CampaignStatusChanged(_) => Event::CAMPAIGN_STATUS_CHANGED,
            Event::CampaignCycleCompleted(_) => Event::CAMPAIGN_CYCLE_COMPLETED,
            Event::Unknown { event_type, .. } => event_type,
        }
    }

    /// What identifies this delivery, to drop one that arrives twice (Altur
    /// retries, and signs no timestamp): the campaign events' `event_id`,
    /// the call `id` of `on_call_end`, an unknown event's `event_id` or `id`.
    pub fn dedup_key(&self) -> Option<&str> {
        match self {
            Event::CallEnded(call) => Some(&call.id),
            Event::CampaignStatusChanged(event) => Some(&event.event_id),
            Event::CampaignCycleCompleted(event) => Some(&event.event_id),
            Event::Unknown { payload, .. } => payload
                .get("event_id")
                .or_else(|| payload.get("id"))
                .and_then(Value::as_str),
        }
    }

    pub(super) fn decode(body: &[u8]) -> Result<Event, WebhookError> {
        let payload: Value = serde_json::from_slice(body).map_err(|e| WebhookError::Payload {
            event_type: "delivery".into(),
            reason: e.to_string(),
            body: body.to_vec(),
        })?;
        let event_type = match (payload.get("event_type"), payload.get("type")) {
            (Some(Value::String(name)), _) => name.clone(),
            // The older on_call_end page names the event in `type`.
            (None, Some(Value::String(name))) if name == Event::CALL_ENDED => name.clone(),
            _ => {
                return Err(WebhookError::Payload {
                    event_type: "delivery".into(),
                    reason: "no `event_type` (nor the older `type: on_call_end`)".into(),
                    body: body.to_vec(),
                });
            }
        };
        let typed = |payload: Value| -> Result<Event, serde_json::Error> {
            Ok(match event_type.as_str() {
                Event::CALL_ENDED => {
                    let mut call: types::CallEndedEvent = serde_json::from_value(payload)?;
                    // In the older form `type` named the event, not the
                    // call's direction.
                    if call.event_type.is_none() && call.type_.as_deref() == Some(Event::CALL_ENDED)
                    {
                        call.type_ = None;
                        call.event_type = Some(Event::CALL_ENDED.into());
                    }
                    Event::CallEnded(Box::new(call))
                }
                Event::CAMPAIGN_STATUS_CHANGED => {
                    Event::CampaignStatusChanged(Box::new(serde_json::from_value(payload)?))
                }
                Event::CAMPAIGN_CYCLE_COMPLETED => {
                    Event::CampaignCycleCompleted(Box::new(serde_json::from_value(payload)?))
                }
                _ => Event::Unknown {
                    event_type: event_type.clone(),
                    payload,
                },
            })
        };
        typed(payload).map_err(|e| WebhookError::Payload {
            event_type: event_type.clone(),
            reason: e.to_string(),
            body: body.to_vec(),
        })
    }
}
