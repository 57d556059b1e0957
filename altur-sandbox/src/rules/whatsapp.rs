//! A WhatsApp campaign's messages: sent to a contact, then through their
//! statuses on the clock (sending → sent → delivered → read → accepted or
//! rejected, as far as the outcome drawn goes, or failed), each contact
//! tried again up to the campaign's `retries`.

use altur_api::types::CampaignContactStatus as Contact;
use chrono::Duration;

use crate::domain::outcomes;
use crate::model::context::Ctx;
use crate::model::records::{Job, MessageOutcome as M};
use crate::model::state::State;

/// Sends the campaign's template to a contact: its outcome drawn, its first
/// status change on the clock.
pub fn send(ctx: &Ctx, state: &mut State, campaign_id: i64, contact_id: i64) {
    let Some(contact) = state.contact(contact_id).cloned() else {
        return;
    };
    let outcome = outcomes::message_outcome(
        &contact.phone,
        contact.retries + 1,
        &mut state.meta_mut().draws,
    );
    if let Some(campaign) = state.campaigns.get_mut(&campaign_id) {
        campaign.run.messages_sent += 1;
    }
    if let Some(details) = state.contact_details_mut(contact_id) {
        details.call_count += 1;
        details.last_call_at = Some(ctx.now);
        details.message = Some(outcome);
    }
    state.set_contact_status(contact_id, Contact::Sending, None);
    state.schedule(
        ctx.now + Duration::seconds(1),
        Job::MessageStep {
            contact: contact_id,
        },
    );
}

/// The message's next status, due now; at its last, the campaign looks at
/// its contacts again.
pub fn next_status(ctx: &Ctx, state: &mut State, contact_id: i64) {
    let Some(contact) = state.contact(contact_id).cloned() else {
        return;
    };
    let Some(outcome) = contact.message else {
        return;
    };
    let Some(retries) = state
        .campaigns
        .get(&contact.campaign_id)
        .map(|c| c.settings.retries)
    else {
        return;
    };
    let next = match (&contact.status, outcome) {
        (Contact::Sending, M::Failed) => None,
        (Contact::Sending, _) => Some(Contact::Sent),
        (Contact::Sent, M::Sent) => None,
        (Contact::Sent, _) => Some(Contact::Delivered),
        (Contact::Delivered, M::Delivered) => None,
        (Contact::Delivered, _) => Some(Contact::Read),
        (Contact::Read, M::Accepted) => Some(Contact::Accepted),
        (Contact::Read, M::Converted) => Some(Contact::Converted),
        (Contact::Read, M::Rejected) => Some(Contact::Rejected),
        _ => None,
    };
    match next {
        Some(status) => {
            let after = match status {
                Contact::Sent => 2,
                Contact::Delivered => 30,
                _ => 60,
            };
            state.set_contact_status(contact_id, status, None);
            state.schedule(
                ctx.now + Duration::seconds(after),
                Job::MessageStep {
                    contact: contact_id,
                },
            );
        }
        None => {
            if contact.status == Contact::Sending {
                // Failed: tried again while retries are left.
                state.retry_or(
                    contact_id,
                    retries,
                    ctx.now + outcomes::RETRY_AFTER,
                    Contact::Failed,
                );
            }
            state.wake_campaign(contact.campaign_id, ctx.now);
        }
    }
}
