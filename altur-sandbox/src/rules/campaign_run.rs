//! A campaign's course, on the sandbox's clock: the status machine
//! (`transition`), its iterations, and each look at its contacts (`tick`).
//! An active phone campaign calls its contacts, at most `concurrency_limit`
//! at once, only inside its `scheduling` windows in its own `timezone`,
//! each contact tried again up to `retries` times; a WhatsApp campaign
//! sends its template instead (`whatsapp.rs`), within `message_limit`.
//! When every contact is done the campaign finishes, or, with cycles, goes
//! to `cooldown` and runs its next iteration after `cooldown_minutes` (or at
//! its cycle schedule in `scheduled` mode), up to `max_iterations`, calling
//! again whom `filter_statuses` and `filter_tags` choose. Every transition
//! sends `campaign.status_changed`, every iteration's end
//! `campaign.cycle_completed`.
//!
//! Where the docs leave it open, the sandbox chooses (the README's list):
//! see the constants below.

use altur_api::types::{CampaignContactStatus as Contact, CampaignStatus as S};
use chrono::Duration;

use crate::domain::calendar::{self, Window};
use crate::domain::outcomes::{self, RETRY_AFTER};
use crate::model::context::Ctx;
use crate::model::records::{CampaignRef, Channel};
use crate::model::state::State;
use crate::rules::calls::{self, Placing};
use crate::rules::{events, whatsapp};

/// No call is placed in a window's last minute, so that every call is
/// answered (or given up on) inside the window.
pub const LAST_CALL_BEFORE_CLOSE: Duration = Duration::seconds(60);
/// Cycles switched on without `max_iterations`.
pub const DEFAULT_MAX_ITERATIONS: i64 = 1;
/// A WhatsApp campaign sends this many messages a second at most.
pub const MESSAGES_PER_TICK: usize = 10;

/// A status change by an action or by the campaign's course, with its
/// `campaign.status_changed`; what the new status sets going.
pub fn transition(ctx: &Ctx, state: &mut State, id: i64, to: S) {
    let Some(campaign) = state.campaigns.get_mut(&id) else {
        return;
    };
    let previous = std::mem::replace(&mut campaign.status, to.clone());
    if previous == to {
        return;
    }
    let start_cycle =
        to == S::Active && (campaign.run.iteration == 0 || campaign.run.between_cycles);
    events::status_changed(ctx, state, id, &previous);
    if start_cycle {
        begin_iteration(ctx, state, id);
    }
    if to == S::Active {
        state.wake_campaign(id, ctx.now);
    }
}

/// A new iteration: the first takes every contact as it is; the next ones
/// put back in the queue whom the cycle filters choose.
fn begin_iteration(ctx: &Ctx, state: &mut State, id: i64) {
    let Some(campaign) = state.campaigns.get_mut(&id) else {
        return;
    };
    let run = &mut campaign.run;
    run.iteration += 1;
    run.last_iteration_at = Some(ctx.now);
    run.between_cycles = false;
    run.next_cycle_at = None;
    let first = run.iteration == 1;
    let filters = campaign
        .settings
        .cycles
        .as_ref()
        .map(|c| (c.filter_statuses.clone(), c.filter_tags.clone()))
        .unwrap_or_default();
    if first {
        return;
    }
    let chosen: Vec<i64> = state
        .contacts_of(id)
        .filter(|c| {
            let (statuses, tags) = &filters;
            // With no status filter, everyone not converted yet (the
            // sandbox's choice; the docs do not say).
            let by_status = if statuses.is_empty() {
                c.status != Contact::Converted
            } else {
                statuses.contains(&c.status)
            };
            let by_tag = tags.is_empty() || tags.iter().any(|t| c.tags.contains(t));
            by_status && by_tag
        })
        .map(|c| c.id)
        .collect();
    for contact in chosen {
        if let Some(details) = state.contact_details_mut(contact) {
            details.retries = 0;
            details.message = None;
        }
        state.set_contact_status(contact, Contact::Queue, None);
    }
}

/// The campaign looks at its contacts: it contacts whom it can, or waits
/// for the next window, retry or free line, or ends its iteration.
pub fn tick(ctx: &Ctx, state: &mut State, id: i64) {
    let Some(campaign) = state.campaigns.get_mut(&id) else {
        return;
    };
    if campaign.run.next_tick.is_some_and(|at| at <= ctx.now) {
        campaign.run.next_tick = None;
    }
    let campaign = campaign.clone();
    match campaign.status {
        S::Active => {}
        S::Cooldown if campaign.run.next_cycle_at.is_some_and(|at| at <= ctx.now) => {
            return transition(ctx, state, id, S::Active);
        }
        _ => return,
    }
    let settings = &campaign.settings;
    let timezone = calendar::zone(&settings.timezone);
    let open_until = match calendar::window(settings.scheduling.as_ref(), timezone, ctx.now) {
        Window::Open { until } => until,
        Window::OpensAt(at) => return state.wake_campaign(id, at),
        // No day of its schedule is active: it waits for a new schedule.
        Window::Never => return,
    };
    let whatsapp = settings.channel == Channel::Whatsapp;
    let fits = open_until.is_none_or(|until| ctx.now + LAST_CALL_BEFORE_CLOSE < until);
    let limit_left = settings
        .message_limit
        .filter(|_| whatsapp)
        .map(|limit| (limit - campaign.run.messages_sent).max(0) as usize);
    let room = if whatsapp {
        MESSAGES_PER_TICK
    } else {
        (settings.concurrency_limit.max(1) as usize).saturating_sub(state.sending(id))
    };
    let take = if fits {
        room.min(limit_left.unwrap_or(usize::MAX))
    } else {
        0
    };
    // Due retries first, then the queue, in the order they came.
    let mut candidates = state
        .retrying(id)
        .take_while(|(at, _)| *at <= ctx.now)
        .map(|(_, contact)| contact)
        .chain(state.waiting(id));
    let chosen: Vec<i64> = candidates.by_ref().take(take).collect();
    let left = candidates.next().is_some();
    drop(candidates);
    let take = chosen.len();
    for &contact in &chosen {
        if whatsapp {
            whatsapp::send(ctx, state, id, contact);
        } else {
            dial(ctx, state, id, contact);
        }
    }
    let sending = state.sending(id);
    if limit_left.is_some_and(|limit| limit <= take) {
        // The message limit is spent: those still waiting are not sent to.
        if sending == 0 {
            end_iteration(ctx, state, id);
        }
        return;
    }
    if left && !fits {
        if let Some(until) = open_until {
            state.wake_campaign(id, until);
        }
    } else if left && whatsapp {
        state.wake_campaign(id, ctx.now + Duration::seconds(1));
    }
    // A phone campaign with everyone's line busy looks again when a call
    // ends; one waiting for a retry, when it is due.
    let later_retry = state
        .retrying(id)
        .map(|(at, _)| at)
        .find(|at| *at > ctx.now);
    if let Some(at) = later_retry {
        state.wake_campaign(id, at);
    }
    let retrying = state.retrying(id).next().is_some();
    let has_contacts = state.contacts_of(id).next().is_some();
    if has_contacts && !left && sending == 0 && !retrying {
        end_iteration(ctx, state, id);
    }
}

/// Calls a contact of a phone campaign.
fn dial(ctx: &Ctx, state: &mut State, campaign_id: i64, contact_id: i64) {
    let (Some(campaign), Some(contact)) = (
        state.campaigns.get(&campaign_id).cloned(),
        state.contact(contact_id).cloned(),
    ) else {
        return;
    };
    state.set_contact_status(contact_id, Contact::Sending, None);
    if let Some(details) = state.contact_details_mut(contact_id) {
        details.call_count += 1;
        details.last_call_at = Some(ctx.now);
    }
    calls::place(
        ctx,
        state,
        Placing {
            agent_id: campaign.settings.agent_id,
            to: contact.phone.clone(),
            display_name: contact.name.clone(),
            context: contact.context.clone().map(serde_json::Value::String),
            initial_message: campaign.settings.first_message.clone(),
            campaign: Some(CampaignRef {
                campaign_id,
                contact_id,
            }),
            attempt: contact.retries + 1,
        },
    );
}

/// A campaign's call is over: its contact's status follows from how it
/// went, and the campaign looks at its contacts again.
pub fn record_call_outcome(ctx: &Ctx, state: &mut State, at: CampaignRef, call_id: &str) {
    let (Some(retries), Some(call)) = (
        state
            .campaigns
            .get(&at.campaign_id)
            .map(|c| c.settings.retries),
        state.call(call_id).cloned(),
    ) else {
        return;
    };
    if state.contact(at.contact_id).is_none() {
        // Deleted while the call went on.
        return state.wake_campaign(at.campaign_id, ctx.now);
    }
    let status = outcomes::contact_status(call.plan.outcome);
    let reached = match status {
        Contact::Converted => Some("converted"),
        Contact::Answered => Some("contacted"),
        _ => None,
    };
    if let Some(details) = state.contact_details_mut(at.contact_id) {
        details.billed_duration += call.billed_duration;
        if let Some(tag) = reached
            && !details.tags.iter().any(|t| t == tag)
        {
            details.tags.push(tag.to_owned());
        }
    }
    if reached.is_some() {
        state.set_contact_status(at.contact_id, status, None);
    } else {
        state.retry_or(at.contact_id, retries, ctx.now + RETRY_AFTER, status);
    }
    state.wake_campaign(at.campaign_id, ctx.now);
}

/// Every contact of the iteration is done: cooldown and the next one, or
/// finished.
fn end_iteration(ctx: &Ctx, state: &mut State, id: i64) {
    let Some(campaign) = state.campaigns.get(&id).cloned() else {
        return;
    };
    let Some(cycles) = campaign.settings.cycles.clone() else {
        return transition(ctx, state, id, S::Finished);
    };
    let max = cycles.max_iterations.unwrap_or(DEFAULT_MAX_ITERATIONS);
    let more = campaign.run.iteration < max;
    let timezone = calendar::zone(&campaign.settings.timezone);
    let next = more
        .then(|| calendar::next_cycle_start(&cycles, timezone, ctx.now))
        .flatten();
    if let Some(stored) = state.campaigns.get_mut(&id) {
        stored.run.between_cycles = true;
        stored.run.next_cycle_at = next;
    }
    transition(ctx, state, id, S::Cooldown);
    events::cycle_completed(ctx, state, id, campaign.run.iteration, next);
    match next {
        Some(at) => state.wake_campaign(id, at),
        None => transition(ctx, state, id, S::Finished),
    }
}

/// Contacts were added: a pending campaign is ready; a running one takes
/// them in.
pub fn contacts_added(ctx: &Ctx, state: &mut State, id: i64) {
    match state.campaigns.get(&id).map(|c| c.status.clone()) {
        Some(S::Pending) => transition(ctx, state, id, S::Ready),
        Some(S::Active) => state.wake_campaign(id, ctx.now),
        _ => {}
    }
}
