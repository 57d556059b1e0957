//! The records as the API answers them, in the spec's types
//! (`altur_api::types`): a shape the spec does not have cannot be written
//! here, and a change of the spec that touches one breaks this build where
//! it matters. Prism, in front of the sandbox in its tests, judges the
//! result against the spec on its own.

use altur_api::types;
use serde_json::{Map, Value, json};

use crate::model::{Call, Campaign, Channel, Contact, EndUser, Message, Thread};
use crate::state::State;

pub fn end_user(user: &EndUser) -> types::EndUser {
    types::EndUser {
        id: user.id,
        display_name: user.display_name.clone(),
        info: user.info.clone(),
        integration_type: Some(match user.integration_type.as_str() {
            "whatsapp" => types::EndUserIntegrationType::Whatsapp,
            _ => types::EndUserIntegrationType::Api,
        }),
    }
}

pub fn thread(state: &State, thread: &Thread) -> types::Thread {
    let agent = state.agents.get(&thread.agent_id);
    types::Thread {
        id: Some(thread.id.clone()),
        agent: agent.map(|agent| types::Agent {
            id: Some(agent.id),
            name: Some(agent.name.clone()),
        }),
        end_user: state.end_user(&thread.end_user_id).map(end_user),
        integration: Some(types::Integration {
            id: thread.integration_id.clone(),
            type_: match thread.integration_type.as_str() {
                "whatsapp" => types::IntegrationType::Whatsapp,
                _ => types::IntegrationType::Api,
            },
        }),
        updated_at: Some(thread.updated_at),
        active: Some(true),
        blocked: Some(false),
        ..Default::default()
    }
}

pub fn message(thread_id: &str, message: &Message) -> types::Message {
    types::Message {
        thread_id: thread_id.to_owned(),
        type_: types::MessageType::Text,
        content: Some(message.content.clone()),
        sent_by: match message.sent_by.as_str() {
            "AI" => types::MessageSentBy::Ai,
            "EU" => types::MessageSentBy::Eu,
            _ => types::MessageSentBy::Sys,
        },
        sent_at: message.sent_at,
        read: Some(message.read),
        media: None,
        sent_by_user: None,
    }
}

pub fn call(state: &State, call: &Call) -> types::Call {
    types::Call {
        id: Some(call.id.clone()),
        thread: state.thread(&call.thread_id).map(|t| thread(state, t)),
        type_: Some(types::CallType::Outbound),
        status: Some(call.status.clone()),
        answered_by: call.answered_by.clone(),
        created_at: Some(call.created_at),
        started_at: call.started_at,
        ended_at: call.ended_at,
        duration: Some(call.duration),
        billable_duration: Some(call.billed_duration),
    }
}

pub fn campaign(state: &State, campaign: &Campaign) -> types::Campaign {
    let agent = state.agents.get(&campaign.agent_id);
    types::Campaign {
        id: Some(campaign.id),
        name: Some(campaign.name.clone()),
        description: campaign.description.clone(),
        status: Some(campaign.status.clone()),
        archived: Some(campaign.archived),
        integration: Some(types::CampaignIntegration {
            id: Some(campaign.integration_id.clone()),
        }),
        agent: agent.map(|agent| types::CampaignAgent {
            id: Some(agent.public_id.clone()),
            name: Some(agent.name.clone()),
        }),
        created_at: Some(campaign.created_at),
        timezone: Some(campaign.timezone.clone()),
        retries: Some(campaign.retries),
        message_limit: campaign.message_limit,
        concurrency_limit: (campaign.channel == Channel::PhoneCall)
            .then_some(campaign.concurrency_limit),
        first_message: campaign.first_message.clone(),
        template: campaign.template.clone(),
        template_alt: campaign.template_alt.clone(),
        scheduling: campaign.scheduling.clone(),
        cycles: campaign.cycles.clone(),
        analytics: analytics(state, campaign),
        ..Default::default()
    }
}

pub fn campaign_list_item(state: &State, campaign: &Campaign) -> types::CampaignListItem {
    let agent = state.agents.get(&campaign.agent_id);
    let cycles = campaign.cycles.as_ref();
    types::CampaignListItem {
        id: Some(campaign.id),
        name: Some(campaign.name.clone()),
        description: campaign.description.clone(),
        status: Some(campaign.status.clone()),
        created_at: Some(
            campaign
                .created_at
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        ),
        agent: agent.map(|agent| types::CampaignAgent {
            id: Some(agent.public_id.clone()),
            name: Some(agent.name.clone()),
        }),
        scheduling: campaign.scheduling.clone(),
        timezone: Some(campaign.timezone.clone()),
        retries: Some(campaign.retries),
        archived: Some(campaign.archived),
        template: campaign.template.clone(),
        first_message: campaign.first_message.clone(),
        concurrency_limit: (campaign.channel == Channel::PhoneCall)
            .then_some(campaign.concurrency_limit),
        cycle_enabled: Some(cycles.is_some()),
        cycle_max_iterations: cycles.and_then(|c| c.max_iterations),
        cycle_cooldown_minutes: cycles.and_then(|c| c.cooldown_minutes),
        cycle_filter_statuses: cycles
            .map(|c| c.filter_statuses.clone())
            .unwrap_or_default(),
        cycle_filter_tags: cycles.map(|c| c.filter_tags.clone()).unwrap_or_default(),
        cycle_current_iteration: cycles.map(|_| campaign.iteration),
        cycle_last_iteration_at: campaign
            .last_iteration_at
            .map(|at| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
        ..Default::default()
    }
}

pub fn contact(contact: &Contact) -> types::CampaignContact {
    types::CampaignContact {
        id: Some(contact.id),
        f_id: contact.f_id.clone(),
        name: contact.name.clone(),
        contact: Some(contact.phone.clone()),
        status: Some(contact.status.clone()),
        context: contact.context.clone(),
        retries: Some(contact.retries),
        call_count: Some(contact.call_count),
        billed_duration: Some(types::CampaignContactBilledDuration::Integer(
            contact.billed_duration,
        )),
        last_call_at: contact.last_call_at,
        extracted_data: contact.extracted_data.clone(),
        tags: contact.tags.clone(),
        has_follow_up: Some(false),
        ..Default::default()
    }
}

pub fn campaign_call(state: &State, call: &Call) -> types::CampaignCall {
    let contact = call
        .campaign
        .and_then(|c| state.contact(c.contact_id))
        .map(|contact| types::CampaignCallContact {
            id: Some(contact.id),
            f_id: contact.f_id.clone(),
            name: contact.name.clone(),
            phone_number: Some(contact.phone.clone()),
            status: Some(contact.status.clone()),
        });
    types::CampaignCall {
        id: Some(call.id.clone()),
        type_: Some(types::CallType::Outbound),
        status: Some(call.status.clone()),
        answered_by: call.answered_by.clone(),
        created_at: Some(call.created_at),
        started_at: call.started_at,
        ended_at: call.ended_at,
        duration: Some(call.duration),
        billed_duration: Some(call.billed_duration),
        contact,
        extracted_data: call.extracted_data.clone(),
        tags: Vec::new(),
        recording_url: Some(format!("/api/v1.0/call/{}/recording", call.id)),
    }
}

/// The counts and rates of a campaign, made from its contacts and calls, in
/// the keys the `campaign.status_changed` page shows (camelCase, rates from
/// 0 to 1); empty before it has contacted anyone.
pub fn analytics(state: &State, campaign: &Campaign) -> Map<String, Value> {
    crate::analytics::of(state, campaign)
        .map(|a| match json!(a) {
            Value::Object(map) => map,
            _ => Map::new(),
        })
        .unwrap_or_default()
}
