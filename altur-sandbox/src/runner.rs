//! Campaigns that run, on the sandbox's clock. An active phone campaign
//! calls its contacts, at most `concurrency_limit` at once, only inside its
//! `scheduling` windows in its own `timezone`, each contact tried again up
//! to `retries` times; a WhatsApp campaign sends its template instead,
//! within `message_limit`. When every contact is done the campaign
//! finishes, or, with cycles, goes to `cooldown` and runs its next iteration
//! after `cooldown_minutes` (or at its cycle schedule in `scheduled` mode),
//! up to `max_iterations`, calling again whom `filter_statuses` and
//! `filter_tags` choose. Every transition sends `campaign.status_changed`,
//! every iteration's end `campaign.cycle_completed`.
//!
//! Where the docs leave it open, the sandbox chooses (the README's rules
//! table lists each): see the constants below.

use altur_api::types::{
    CampaignContactStatus as Contact, CampaignStatus as S, DaySchedule, Scheduling,
};
use chrono::{DateTime, Datelike, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::api::Ctx;
use crate::dialer::{self, Placing};
use crate::model::{CampaignRef, Channel, Job, MessageOutcome, Outcome};
use crate::state::State;
use crate::webhooks;

/// How long a contact not reached waits before it is tried again.
pub const RETRY_AFTER: Duration = Duration::minutes(10);
/// No call is placed in a window's last minute, so that every call is
/// answered (or given up on) inside the window.
pub const LAST_CALL_BEFORE_CLOSE: Duration = Duration::seconds(60);
/// Cycles switched on without `cooldown_minutes` or `max_iterations`.
pub const DEFAULT_COOLDOWN_MINUTES: i64 = 60;
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
    let start_cycle = to == S::Active && (campaign.iteration == 0 || campaign.between_cycles);
    webhooks::status_changed(ctx, state, id, &previous);
    if start_cycle {
        begin_iteration(ctx, state, id);
    }
    if to == S::Active {
        schedule_tick(state, id, ctx.now);
    }
}

/// A new iteration: the first takes every contact as it is; the next ones
/// put back in the queue whom the cycle filters choose.
fn begin_iteration(ctx: &Ctx, state: &mut State, id: i64) {
    let Some(campaign) = state.campaigns.get_mut(&id) else {
        return;
    };
    campaign.iteration += 1;
    campaign.last_iteration_at = Some(ctx.now);
    campaign.between_cycles = false;
    campaign.next_cycle_at = None;
    let first = campaign.iteration == 1;
    let filters = campaign
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

/// Puts the campaign's next look at its contacts on the clock at `at`,
/// unless one is there already for then or sooner.
pub fn schedule_tick(state: &mut State, id: i64, at: DateTime<Utc>) {
    let Some(campaign) = state.campaigns.get(&id) else {
        return;
    };
    if campaign.next_tick.is_some_and(|pending| pending <= at) {
        return;
    }
    if let Some(campaign) = state.campaigns.get_mut(&id) {
        campaign.next_tick = Some(at);
    }
    state.schedule(at, Job::CampaignTick { campaign: id });
}

/// The campaign looks at its contacts: it contacts whom it can, or waits
/// for the next window, retry or free line, or ends its iteration.
pub fn tick(ctx: &Ctx, state: &mut State, id: i64) {
    let Some(campaign) = state.campaigns.get_mut(&id) else {
        return;
    };
    if campaign.next_tick.is_some_and(|at| at <= ctx.now) {
        campaign.next_tick = None;
    }
    let campaign = campaign.clone();
    match campaign.status {
        S::Active => {}
        S::Cooldown if campaign.next_cycle_at.is_some_and(|at| at <= ctx.now) => {
            return transition(ctx, state, id, S::Active);
        }
        _ => return,
    }
    let timezone: Tz = campaign.timezone.parse().unwrap_or(chrono_tz::UTC);
    let open_until = match window(campaign.scheduling.as_ref(), timezone, ctx.now) {
        Window::Open { until } => until,
        Window::OpensAt(at) => return schedule_tick(state, id, at),
        // No day of its schedule is active: it waits for a new schedule.
        Window::Never => return,
    };
    let whatsapp = campaign.channel == Channel::Whatsapp;
    let fits = open_until.is_none_or(|until| ctx.now + LAST_CALL_BEFORE_CLOSE < until);
    let limit_left = campaign
        .message_limit
        .filter(|_| whatsapp)
        .map(|limit| (limit - campaign.messages_sent).max(0) as usize);
    let room = if whatsapp {
        MESSAGES_PER_TICK
    } else {
        (campaign.concurrency_limit.max(1) as usize).saturating_sub(state.sending(id))
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
            send_message(ctx, state, id, contact);
        } else {
            call(ctx, state, id, contact);
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
            schedule_tick(state, id, until);
        }
    } else if left && whatsapp {
        schedule_tick(state, id, ctx.now + Duration::seconds(1));
    }
    // A phone campaign with everyone's line busy looks again when a call
    // ends; one waiting for a retry, when it is due.
    let later_retry = state
        .retrying(id)
        .map(|(at, _)| at)
        .find(|at| *at > ctx.now);
    if let Some(at) = later_retry {
        schedule_tick(state, id, at);
    }
    let retrying = state.retrying(id).next().is_some();
    let has_contacts = state.contacts_of(id).next().is_some();
    if has_contacts && !left && sending == 0 && !retrying {
        end_iteration(ctx, state, id);
    }
}

fn call(ctx: &Ctx, state: &mut State, campaign_id: i64, contact_id: i64) {
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
    dialer::place(
        ctx,
        state,
        Placing {
            agent_id: campaign.agent_id,
            to: contact.phone.clone(),
            display_name: contact.name.clone(),
            context: contact.context.clone().map(serde_json::Value::String),
            initial_message: campaign.first_message.clone(),
            campaign: Some(CampaignRef {
                campaign_id,
                contact_id,
            }),
            attempt: contact.retries + 1,
        },
    );
}

/// A campaign's call ended: its contact's status follows from how it went,
/// and the campaign looks at its contacts again.
pub fn call_ended(ctx: &Ctx, state: &mut State, at: CampaignRef, call_id: &str) {
    let (Some(campaign), Some(call)) = (
        state.campaigns.get(&at.campaign_id).cloned(),
        state.call(call_id).cloned(),
    ) else {
        return;
    };
    let Some(contact) = state.contact(at.contact_id).cloned() else {
        // Deleted while the call went on.
        return schedule_tick(state, at.campaign_id, ctx.now);
    };
    let reached = match call.plan.outcome {
        Outcome::Person { converted: true } => Some((Contact::Converted, "converted")),
        Outcome::Person { converted: false } | Outcome::Unknown => {
            Some((Contact::Answered, "contacted"))
        }
        _ => None,
    };
    if let Some(details) = state.contact_details_mut(at.contact_id) {
        details.billed_duration += call.billed_duration;
        if let Some((_, tag)) = reached
            && !details.tags.iter().any(|t| t == tag)
        {
            details.tags.push(tag.to_owned());
        }
    }
    let (status, retry_at) = match reached {
        Some((status, _)) => (status, None),
        None if contact.retries < campaign.retries => {
            if let Some(details) = state.contact_details_mut(at.contact_id) {
                details.retries += 1;
            }
            (Contact::Retrying, Some(ctx.now + RETRY_AFTER))
        }
        None => (
            match call.plan.outcome {
                Outcome::Voicemail => Contact::Voicemail,
                Outcome::Busy => Contact::Busy,
                Outcome::NoAnswer => Contact::NoAnswer,
                _ => Contact::Failed,
            },
            None,
        ),
    };
    state.set_contact_status(at.contact_id, status, retry_at);
    schedule_tick(state, at.campaign_id, ctx.now);
}

/// WhatsApp: how each last digit of a magic number goes (`+1500555` and
/// four digits, as for calls); any other number is drawn from the seed.
pub const MAGIC_MESSAGE_DIGITS: [(char, MessageOutcome, &str); 8] = [
    ('0', MessageOutcome::Read, "read"),
    (
        '1',
        MessageOutcome::Converted,
        "accepted, and the contact converts",
    ),
    ('2', MessageOutcome::Delivered, "delivered, never read"),
    ('3', MessageOutcome::Rejected, "rejected"),
    ('4', MessageOutcome::Sent, "sent, never delivered"),
    ('5', MessageOutcome::Failed, "failed"),
    ('6', MessageOutcome::Accepted, "accepted"),
    (
        '7',
        MessageOutcome::Failed,
        "failed, then read on the next attempt",
    ),
];

fn message_outcome(phone: &str, attempt: i64, draws: &mut crate::ids::Draws) -> MessageOutcome {
    let magic = phone
        .strip_prefix(dialer::MAGIC_PREFIX)
        .filter(|d| d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|d| d.chars().last())
        .and_then(|last| {
            MAGIC_MESSAGE_DIGITS
                .iter()
                .find(|(digit, ..)| *digit == last)
        });
    match magic {
        Some(('7', ..)) if attempt > 1 => MessageOutcome::Read,
        Some((_, outcome, _)) => *outcome,
        None => match draws.unit() {
            d if d < 0.10 => MessageOutcome::Sent,
            d if d < 0.30 => MessageOutcome::Delivered,
            d if d < 0.60 => MessageOutcome::Read,
            d if d < 0.75 => MessageOutcome::Accepted,
            d if d < 0.85 => MessageOutcome::Converted,
            d if d < 0.95 => MessageOutcome::Rejected,
            _ => MessageOutcome::Failed,
        },
    }
}

fn send_message(ctx: &Ctx, state: &mut State, campaign_id: i64, contact_id: i64) {
    let Some(contact) = state.contact(contact_id).cloned() else {
        return;
    };
    let outcome = message_outcome(
        &contact.phone,
        contact.retries + 1,
        &mut state.meta_mut().draws,
    );
    if let Some(campaign) = state.campaigns.get_mut(&campaign_id) {
        campaign.messages_sent += 1;
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

/// The next status of a WhatsApp message: sending → sent → delivered →
/// read → accepted or rejected, as far as its outcome goes (or failed).
pub fn message_step(ctx: &Ctx, state: &mut State, contact_id: i64) {
    let Some(contact) = state.contact(contact_id).cloned() else {
        return;
    };
    let Some(outcome) = contact.message else {
        return;
    };
    let Some(campaign) = state.campaigns.get(&contact.campaign_id).cloned() else {
        return;
    };
    use MessageOutcome as M;
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
                if contact.retries < campaign.retries {
                    if let Some(details) = state.contact_details_mut(contact_id) {
                        details.retries += 1;
                    }
                    state.set_contact_status(
                        contact_id,
                        Contact::Retrying,
                        Some(ctx.now + RETRY_AFTER),
                    );
                } else {
                    state.set_contact_status(contact_id, Contact::Failed, None);
                }
            }
            schedule_tick(state, campaign.id, ctx.now);
        }
    }
}

/// Every contact of the iteration is done: cooldown and the next one, or
/// finished.
fn end_iteration(ctx: &Ctx, state: &mut State, id: i64) {
    let Some(campaign) = state.campaigns.get(&id).cloned() else {
        return;
    };
    let Some(cycles) = campaign.cycles.clone() else {
        return transition(ctx, state, id, S::Finished);
    };
    let max = cycles.max_iterations.unwrap_or(DEFAULT_MAX_ITERATIONS);
    let more = campaign.iteration < max;
    let next = more
        .then(|| next_cycle_start(ctx, &campaign, &cycles))
        .flatten();
    if let Some(stored) = state.campaigns.get_mut(&id) {
        stored.between_cycles = true;
        stored.next_cycle_at = next;
    }
    transition(ctx, state, id, S::Cooldown);
    webhooks::cycle_completed(ctx, state, id, campaign.iteration, next);
    match next {
        Some(at) => schedule_tick(state, id, at),
        None => transition(ctx, state, id, S::Finished),
    }
}

/// When the next cycle starts: `cooldown_minutes` from now, or in
/// `scheduled` mode the next opening of the cycle schedule (within
/// `schedule_start_date` and `schedule_end_date`, as `YYYY-MM-DD`).
fn next_cycle_start(
    ctx: &Ctx,
    campaign: &crate::model::Campaign,
    cycles: &altur_api::types::Cycles,
) -> Option<DateTime<Utc>> {
    if cycles.mode == Some(altur_api::types::CyclesMode::Scheduled) {
        let timezone: Tz = campaign.timezone.parse().unwrap_or(chrono_tz::UTC);
        let start = cycles
            .schedule_start_date
            .as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let end = cycles
            .schedule_end_date
            .as_deref()
            .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let mut from = ctx.now;
        for _ in 0..400 {
            let at = match window(cycles.schedule.as_ref(), timezone, from) {
                Window::Open { .. } => from,
                Window::OpensAt(at) => at,
                Window::Never => return None,
            };
            let day = at.with_timezone(&timezone).date_naive();
            if end.is_some_and(|end| day > end) {
                return None;
            }
            if start.is_none_or(|start| day >= start) {
                return Some(at.max(ctx.now + Duration::seconds(1)));
            }
            from = at + Duration::days(1);
        }
        None
    } else {
        let minutes = cycles
            .cooldown_minutes
            .unwrap_or(DEFAULT_COOLDOWN_MINUTES)
            .max(0);
        Some(ctx.now + Duration::minutes(minutes))
    }
}

/// Contacts were added: a pending campaign is ready; a running one takes
/// them in.
pub fn contacts_added(ctx: &Ctx, state: &mut State, id: i64) {
    match state.campaigns.get(&id).map(|c| c.status.clone()) {
        Some(S::Pending) => transition(ctx, state, id, S::Ready),
        Some(S::Active) => schedule_tick(state, id, ctx.now),
        _ => {}
    }
}

/// Its settings changed (a new schedule, say): a running campaign looks
/// again.
pub fn settings_changed(ctx: &Ctx, state: &mut State, id: i64) {
    if state
        .campaigns
        .get(&id)
        .is_some_and(|c| c.status == S::Active)
    {
        schedule_tick(state, id, ctx.now);
    }
}

/// The budget is spent: every running campaign is paused (the sandbox's
/// choice: the docs say only that activate and resume answer 402).
pub fn budget_spent(ctx: &Ctx, state: &mut State) {
    let running: Vec<i64> = state
        .campaigns
        .values()
        .filter(|c| matches!(c.status, S::Active | S::Cooldown))
        .map(|c| c.id)
        .collect();
    for id in running {
        transition(ctx, state, id, S::Inactive);
    }
}

/// Where `now` is against a schedule.
#[derive(Debug, PartialEq)]
pub enum Window {
    /// Open, until then (`None`: no schedule, always open).
    Open {
        until: Option<DateTime<Utc>>,
    },
    OpensAt(DateTime<Utc>),
    /// No day of the week is active.
    Never,
}

/// The days of a schedule, Monday first, by the names the spec gives them.
pub fn days(scheduling: &Scheduling) -> [(&'static str, Option<&DaySchedule>); 7] {
    [
        ("mon", scheduling.mon.as_ref()),
        ("tue", scheduling.tue.as_ref()),
        ("wed", scheduling.wed.as_ref()),
        ("thu", scheduling.thu.as_ref()),
        ("fri", scheduling.fri.as_ref()),
        ("sat", scheduling.sat.as_ref()),
        ("sun", scheduling.sun.as_ref()),
    ]
}

/// `HH:MM` (or `HH:MM:SS`); `24:00` is the end of the day.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    if text == "24:00" || text == "24:00:00" {
        return NaiveTime::from_hms_opt(23, 59, 59);
    }
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
        .ok()
}

/// Where `now` is against `scheduling` in `timezone`. A day left out, or
/// not `active`, has no window; a day's window runs from `startTime` to
/// `stopTime` (or the older `endTime`).
pub fn window(scheduling: Option<&Scheduling>, timezone: Tz, now: DateTime<Utc>) -> Window {
    let Some(scheduling) = scheduling else {
        return Window::Open { until: None };
    };
    let days = days(scheduling);
    let local_today = now.with_timezone(&timezone).date_naive();
    let mut soonest: Option<DateTime<Utc>> = None;
    for offset in -1..=7 {
        let date = local_today + Duration::days(offset);
        let weekday = date.weekday().num_days_from_monday() as usize;
        let Some(day) = days[weekday].1 else { continue };
        if day.active == Some(false) {
            continue;
        }
        let (Some(start), Some(stop)) = (
            day.start_time.as_deref().and_then(parse_time),
            day.stop_time
                .as_deref()
                .or(day.end_time.as_deref())
                .and_then(parse_time),
        ) else {
            continue;
        };
        let (Some(opens), Some(closes)) = (
            timezone
                .from_local_datetime(&date.and_time(start))
                .earliest(),
            timezone
                .from_local_datetime(&date.and_time(stop))
                .earliest(),
        ) else {
            continue;
        };
        let (opens, closes) = (opens.with_timezone(&Utc), closes.with_timezone(&Utc));
        if opens <= now && now < closes {
            return Window::Open {
                until: Some(closes),
            };
        }
        if opens > now && soonest.is_none_or(|s| opens < s) {
            soonest = Some(opens);
        }
    }
    soonest.map_or(Window::Never, Window::OpensAt)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(start: &str, stop: &str) -> Option<DaySchedule> {
        Some(DaySchedule {
            start_time: Some(start.into()),
            stop_time: Some(stop.into()),
            active: Some(true),
            ..Default::default()
        })
    }

    #[test]
    fn windows_are_read_in_the_campaign_s_time_zone() {
        let weekdays = Scheduling {
            mon: day("09:00", "18:00"),
            tue: day("09:00", "18:00"),
            ..Default::default()
        };
        let tz: Tz = "America/Mexico_City".parse().unwrap();
        // Monday 2026-01-05, 14:00 UTC is 08:00 in Mexico City.
        let early: DateTime<Utc> = "2026-01-05T14:00:00Z".parse().unwrap();
        assert_eq!(
            window(Some(&weekdays), tz, early),
            Window::OpensAt("2026-01-05T15:00:00Z".parse().unwrap())
        );
        let noon: DateTime<Utc> = "2026-01-05T18:00:00Z".parse().unwrap();
        assert_eq!(
            window(Some(&weekdays), tz, noon),
            Window::Open {
                until: Some("2026-01-06T00:00:00Z".parse().unwrap())
            }
        );
        // Tuesday evening: next Monday.
        let late: DateTime<Utc> = "2026-01-07T01:00:00Z".parse().unwrap();
        assert_eq!(
            window(Some(&weekdays), tz, late),
            Window::OpensAt("2026-01-12T15:00:00Z".parse().unwrap())
        );
        assert_eq!(window(None, tz, late), Window::Open { until: None });
        assert_eq!(
            window(Some(&Scheduling::default()), tz, late),
            Window::Never
        );
        assert_eq!(parse_time("9:30"), NaiveTime::from_hms_opt(9, 30, 0));
        assert_eq!(parse_time("nine"), None);
    }
}
