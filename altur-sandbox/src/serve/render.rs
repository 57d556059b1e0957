//! The records as the API answers them, in the spec's types
//! (`altur_api::types`): a shape the spec does not have cannot be written
//! here, and a change of the spec that touches one breaks this build where
//! it matters. Prism, in front of the sandbox in its tests, judges the
//! result against the spec on its own.

use std::sync::Arc;

use altur_api::types;

use crate::domain::{analytics, recording};
use crate::gate::built::built;
use crate::model::records::{
    Agent, Call, Campaign, Channel, Contact, EndUser, Message, Thread, recording_path,
};
use crate::model::state::State;

pub fn end_user(user: &EndUser) -> types::EndUser {
    built(
        types::EndUser::builder()
            .id(user.id)
            .display_name(user.display_name.clone())
            .info(user.info.clone())
            .integration_type(match user.integration_type.as_str() {
                "whatsapp" => types::EndUserIntegrationType::Whatsapp,
                _ => types::EndUserIntegrationType::Api,
            }),
    )
}

pub fn thread(state: &State, thread: &Thread) -> types::Thread {
    let agent = state.agents.get(&thread.agent_id);
    built(
        types::Thread::builder()
            .id(thread.id.clone())
            .agent(agent.map(|agent| {
                built::<types::Agent, _>(
                    types::Agent::builder()
                        .id(agent.id)
                        .name(agent.name.clone()),
                )
            }))
            .end_user(state.end_user(&thread.end_user_id).map(end_user))
            .integration(
                types::Integration::builder()
                    .id(thread.integration_id.clone())
                    .type_(match thread.integration_type.as_str() {
                        "whatsapp" => types::IntegrationType::Whatsapp,
                        _ => types::IntegrationType::Api,
                    }),
            )
            .updated_at(thread.updated_at)
            .active(true)
            .blocked(false),
    )
}

pub fn message(thread_id: &str, message: &Message) -> types::Message {
    built(
        types::Message::builder()
            .thread_id(thread_id)
            .type_(types::MessageType::Text)
            .content(message.content.clone())
            .sent_by(message.sent_by.clone())
            .sent_at(message.sent_at)
            .read(message.read),
    )
}

/// Send Message's answer: the thread's messages from `at` (the end user's,
/// then the agent's replies), and the thread.
pub fn message_response(state: &State, thread: &Thread, at: usize) -> types::MessageResponse {
    let written = &thread.messages[at..];
    built(
        types::MessageResponse::builder()
            .thread(self::thread(state, thread))
            .messages(
                written[1..]
                    .iter()
                    .map(|m| message(&thread.id, m))
                    .collect::<Vec<_>>(),
            )
            .in_response_to(message(&thread.id, &written[0])),
    )
}

pub fn call(state: &State, call: &Call) -> types::Call {
    built(
        types::Call::builder()
            .id(call.id.clone())
            .thread(state.thread(&call.thread_id).map(|t| thread(state, t)))
            .type_(types::CallType::Outbound)
            .status(call.status.clone())
            .answered_by(call.answered_by.clone())
            .created_at(call.created_at)
            .started_at(call.started_at)
            .ended_at(call.ended_at)
            .duration(call.duration)
            .billable_duration(call.billed_duration),
    )
}

fn campaign_agent(agent: &Agent) -> types::CampaignAgent {
    built(
        types::CampaignAgent::builder()
            .id(agent.public_id.clone())
            .name(agent.name.clone()),
    )
}

pub fn campaign(state: &State, campaign: &Campaign) -> types::Campaign {
    let settings = &campaign.settings;
    built(
        types::Campaign::builder()
            .id(campaign.id)
            .name(settings.name.clone())
            .description(settings.description.clone())
            .status(campaign.status.clone())
            .archived(campaign.archived)
            .integration(types::CampaignIntegration::builder().id(settings.integration_id.clone()))
            .agent(state.agents.get(&settings.agent_id).map(campaign_agent))
            .created_at(campaign.created_at)
            .timezone(settings.timezone.clone())
            .retries(settings.retries)
            .message_limit(settings.message_limit)
            .concurrency_limit(
                (settings.channel == Channel::PhoneCall).then_some(settings.concurrency_limit),
            )
            .first_message(settings.first_message.clone())
            .template(settings.template.clone())
            .template_alt(settings.template_alt.clone())
            .scheduling(settings.scheduling.clone())
            .cycles(settings.cycles.clone())
            .analytics(analytics::as_written(state, campaign)),
    )
}

pub fn campaign_list_item(state: &State, campaign: &Campaign) -> types::CampaignListItem {
    let settings = &campaign.settings;
    let cycles = settings.cycles.as_ref();
    built(
        types::CampaignListItem::builder()
            .id(campaign.id)
            .name(settings.name.clone())
            .description(settings.description.clone())
            .status(campaign.status.clone())
            .created_at(
                campaign
                    .created_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            )
            .agent(state.agents.get(&settings.agent_id).map(campaign_agent))
            .scheduling(settings.scheduling.clone())
            .timezone(settings.timezone.clone())
            .retries(settings.retries)
            .archived(campaign.archived)
            .template(settings.template.clone())
            .first_message(settings.first_message.clone())
            .concurrency_limit(
                (settings.channel == Channel::PhoneCall).then_some(settings.concurrency_limit),
            )
            .cycle_enabled(cycles.is_some())
            .cycle_max_iterations(cycles.and_then(|c| c.max_iterations))
            .cycle_cooldown_minutes(cycles.and_then(|c| c.cooldown_minutes))
            .cycle_filter_statuses(
                cycles
                    .map(|c| c.filter_statuses.clone())
                    .unwrap_or_default(),
            )
            .cycle_filter_tags(cycles.map(|c| c.filter_tags.clone()).unwrap_or_default())
            .cycle_current_iteration(cycles.map(|_| campaign.run.iteration))
            .cycle_last_iteration_at(
                campaign
                    .run
                    .last_iteration_at
                    .map(|at| at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)),
            ),
    )
}

pub fn contact(contact: &Contact) -> types::CampaignContact {
    built(
        types::CampaignContact::builder()
            .id(contact.id)
            .f_id(contact.f_id.clone())
            .name(contact.name.clone())
            .contact(contact.phone.clone())
            .status(contact.status.clone())
            .context(contact.context.clone())
            .retries(contact.retries)
            .call_count(contact.call_count)
            .billed_duration(types::CampaignContactBilledDuration::Integer(
                contact.billed_duration,
            ))
            .last_call_at(contact.last_call_at)
            .extracted_data(contact.extracted_data.clone())
            .tags(contact.tags.clone())
            .has_follow_up(false),
    )
}

/// Contact `id` (which exists) as the API writes it, from the state's copy
/// unless it changed since it was last written.
pub fn written_contact(state: &mut State, id: i64) -> Arc<str> {
    if let Some(written) = state.written_contact(id) {
        return written;
    }
    let contact = state
        .contact(id)
        .unwrap_or_else(|| unreachable!("a contact of the campaign's index"));
    let written: Arc<str> = serde_json::to_string(&self::contact(contact))
        .unwrap_or_else(|e| unreachable!("the spec's types serialize: {e}"))
        .into();
    state.keep_written_contact(id, written.clone());
    written
}

/// A page of contacts, written as `types::ListCampaignContactsResponse` is:
/// the type's own envelope around the contacts as each was written. The
/// envelope is written around the first contact alone (read back from its
/// text, so that it has whatever a contact requires), whose place the
/// written ones then take.
pub fn contacts_page(
    mut page: types::ListCampaignContactsResponse,
    written: &[Arc<str>],
) -> Vec<u8> {
    let Some(first) = written.first() else {
        return serde_json::to_vec(&page)
            .unwrap_or_else(|e| unreachable!("the spec's types serialize: {e}"));
    };
    let placeholder: types::CampaignContact = serde_json::from_str(first)
        .unwrap_or_else(|e| unreachable!("a contact as written reads back: {e}"));
    page.contacts = vec![placeholder];
    let envelope = serde_json::to_string(&page)
        .unwrap_or_else(|e| unreachable!("the spec's types serialize: {e}"));
    let open = r#""contacts":["#;
    let place = format!("{open}{first}]");
    let at = envelope
        .find(&place)
        .unwrap_or_else(|| unreachable!("the envelope holds its one contact: {envelope}"));
    let (before, after) = (
        &envelope[..at + open.len()],
        &envelope[at + place.len() - 1..],
    );
    let length = written.iter().map(|w| w.len() + 1).sum::<usize>();
    let mut bytes = Vec::with_capacity(envelope.len() + length);
    bytes.extend_from_slice(before.as_bytes());
    for (n, contact) in written.iter().enumerate() {
        if n > 0 {
            bytes.push(b',');
        }
        bytes.extend_from_slice(contact.as_bytes());
    }
    bytes.extend_from_slice(after.as_bytes());
    bytes
}

pub fn campaign_call(state: &State, call: &Call) -> types::CampaignCall {
    let contact = call
        .campaign
        .and_then(|c| state.contact(c.contact_id))
        .map(|contact| {
            built::<types::CampaignCallContact, _>(
                types::CampaignCallContact::builder()
                    .id(contact.id)
                    .f_id(contact.f_id.clone())
                    .name(contact.name.clone())
                    .phone_number(contact.phone.clone())
                    .status(contact.status.clone()),
            )
        });
    built(
        types::CampaignCall::builder()
            .id(call.id.clone())
            .type_(types::CallType::Outbound)
            .status(call.status.clone())
            .answered_by(call.answered_by.clone())
            .created_at(call.created_at)
            .started_at(call.started_at)
            .ended_at(call.ended_at)
            .duration(call.duration)
            .billed_duration(call.billed_duration)
            .contact(contact)
            .extracted_data(call.extracted_data.clone())
            .tags(Vec::<String>::new())
            // A path, as the campaign calls page's example gives it (Altur's
            // is on its host, `/api/v1.0/call/{id}/recording`); only a call
            // that was answered has a recording.
            .recording_url(recording::exists(call).then(|| recording_path(&call.id))),
    )
}

#[cfg(test)]
mod tests {
    use altur_api::types::CampaignContactStatus;

    use super::*;

    fn state_with_contacts(n: i64) -> State {
        let mut state = State::new(crate::model::state::tests::meta());
        for id in 1..=n {
            state.add_contact(Contact {
                id,
                campaign_id: 7,
                f_id: Some(format!("crm-{id}")),
                name: Some(format!("Sofía \"{id}\" Núñez 😀")),
                phone: format!("+5215512{id:06}"),
                context: None,
                extracted_data: serde_json::Map::new(),
                tags: vec!["vip".into()],
                status: CampaignContactStatus::Queue,
                retries: 0,
                call_count: 0,
                billed_duration: 0,
                last_call_at: None,
                created_at: chrono::Utc::now(),
                next_attempt_at: None,
                message: None,
            });
        }
        state
    }

    fn typed(state: &State, ids: &[i64]) -> Vec<u8> {
        let page: types::ListCampaignContactsResponse = built(
            types::ListCampaignContactsResponse::builder()
                .total_count(3)
                .contacts(
                    ids.iter()
                        .map(|id| contact(state.contact(*id).unwrap()))
                        .collect::<Vec<_>>(),
                )
                .pagination(types::Pagination::builder()),
        );
        serde_json::to_vec(&page).unwrap()
    }

    fn page(state: &mut State, ids: &[i64]) -> Vec<u8> {
        let written: Vec<_> = ids.iter().map(|id| written_contact(state, *id)).collect();
        contacts_page(
            built(
                types::ListCampaignContactsResponse::builder()
                    .total_count(3)
                    .contacts(Vec::new())
                    .pagination(types::Pagination::builder()),
            ),
            &written,
        )
    }

    /// A page made of the contacts as written is, byte for byte, the page
    /// the spec's type writes; a contact that changes is written again.
    #[test]
    fn a_page_of_written_contacts_is_the_type_s_own() {
        let mut state = state_with_contacts(3);
        for ids in [&[1, 2, 3][..], &[2], &[]] {
            assert_eq!(
                String::from_utf8(page(&mut state, ids)).unwrap(),
                String::from_utf8(typed(&state, ids)).unwrap()
            );
        }
        state.set_contact_status(2, CampaignContactStatus::Sending, None);
        state.contact_details_mut(3).unwrap().name = Some("Otra".into());
        let after = String::from_utf8(page(&mut state, &[1, 2, 3])).unwrap();
        assert_eq!(after, String::from_utf8(typed(&state, &[1, 2, 3])).unwrap());
        assert!(after.contains("\"status\":\"sending\"") && after.contains("Otra"));
    }
}
