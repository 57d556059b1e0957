//! Calls, from placing to their end, on the sandbox's clock. How a call goes
//! is drawn when it is placed: from a magic number (the README lists them)
//! or else from the seed, so the same seed gives the same calls. Each step
//! is a job on the clock; the last one sends `on_call_end` and, for a
//! campaign's call, tells the campaign.

use altur_api::types::{AnsweredBy, CallStatus};
use chrono::Duration;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::api::Ctx;
use crate::ids::Draws;
use crate::model::{Call, CallPlan, CampaignRef, Channel, EndUser, Job, Outcome};
use crate::state::State;
use crate::webhooks;

/// Numbers whose calls go as they say: `+1500555` and four digits, the last
/// of which says how (Twilio's test numbers do the same). Any other number
/// is drawn from the seed.
pub const MAGIC_PREFIX: &str = "+1500555";

/// What each last digit of a magic number does, on the first attempt and on
/// later ones.
pub const MAGIC_DIGITS: [(char, Outcome, Outcome, &str); 10] = [
    ('0', PERSON, PERSON, "a person answers"),
    ('1', CONVERTS, CONVERTS, "a person answers and converts"),
    (
        '2',
        Outcome::Voicemail,
        Outcome::Voicemail,
        "voicemail answers",
    ),
    ('3', Outcome::Busy, Outcome::Busy, "busy"),
    ('4', Outcome::NoAnswer, Outcome::NoAnswer, "nobody answers"),
    (
        '5',
        Outcome::Failed,
        Outcome::Failed,
        "the call cannot be placed",
    ),
    (
        '6',
        Outcome::Unknown,
        Outcome::Unknown,
        "answered, by whom cannot be told",
    ),
    (
        '7',
        Outcome::NoAnswer,
        PERSON,
        "nobody answers, then a person does on the next attempt",
    ),
    (
        '8',
        Outcome::Voicemail,
        CONVERTS,
        "voicemail, then a person converts on the next attempt",
    ),
    (
        '9',
        Outcome::Busy,
        Outcome::NoAnswer,
        "busy, then nobody answers",
    ),
];

const PERSON: Outcome = Outcome::Person { converted: false };
const CONVERTS: Outcome = Outcome::Person { converted: true };

/// How a call to `phone` goes on its `attempt` (from 1).
pub fn plan(phone: &str, attempt: i64, draws: &mut Draws) -> CallPlan {
    let outcome = magic(phone, attempt).unwrap_or_else(|| {
        let draw = draws.unit();
        match draw {
            d if d < 0.40 => PERSON,
            d if d < 0.55 => CONVERTS,
            d if d < 0.70 => Outcome::Voicemail,
            d if d < 0.78 => Outcome::Busy,
            d if d < 0.93 => Outcome::NoAnswer,
            d if d < 0.97 => Outcome::Failed,
            _ => Outcome::Unknown,
        }
    });
    let (settle_after, talk) = match outcome {
        Outcome::Person { .. } => (draws.between(3, 12), draws.between(30, 240)),
        Outcome::Voicemail => (draws.between(8, 20), draws.between(15, 35)),
        Outcome::Unknown => (draws.between(3, 12), draws.between(10, 60)),
        Outcome::Busy => (3, 0),
        Outcome::NoAnswer => (30, 0),
        Outcome::Failed => (0, 0),
    };
    CallPlan {
        outcome,
        ring_after: 1,
        settle_after: settle_after as i64,
        talk: talk as i64,
    }
}

fn magic(phone: &str, attempt: i64) -> Option<Outcome> {
    let digits = phone.strip_prefix(MAGIC_PREFIX)?;
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let last = digits.chars().last()?;
    MAGIC_DIGITS
        .iter()
        .find(|(digit, ..)| *digit == last)
        .map(|(_, first, later, _)| if attempt <= 1 { *first } else { *later })
}

/// What a call is for.
pub struct Placing {
    pub agent_id: Uuid,
    pub to: String,
    pub display_name: Option<String>,
    pub context: Option<Value>,
    pub initial_message: Option<String>,
    pub campaign: Option<CampaignRef>,
    pub attempt: i64,
}

/// Places a call: its end user (found by phone number, else made), its
/// thread, its plan, its first step on the clock. Its id.
pub fn place(ctx: &Ctx, state: &mut State, placing: Placing) -> String {
    let end_user_id = end_user_for(state, &placing.to, placing.display_name.as_deref());
    let thread_id = crate::api::thread_of(
        ctx,
        state,
        placing.agent_id,
        end_user_id,
        Channel::PhoneCall,
    );
    let from = state
        .integrations
        .values()
        .find(|i| i.agent_id == placing.agent_id && i.channel == Channel::PhoneCall)
        .map(|i| i.phone_number.clone())
        .unwrap_or_default();
    let meta = state.meta_mut();
    let id = meta.draws.public_id("cll");
    let plan = plan(&placing.to, placing.attempt, &mut meta.draws);
    let first_step = ctx.now + Duration::seconds(plan.ring_after);
    state.insert_call(Call {
        id: id.clone(),
        agent_id: placing.agent_id,
        end_user_id,
        thread_id,
        from,
        to: placing.to,
        created_at: ctx.now,
        status: CallStatus::Queued,
        answered_by: None,
        started_at: None,
        ended_at: None,
        duration: 0,
        billed_duration: 0,
        plan,
        initial_message: placing.initial_message,
        context: placing.context,
        campaign: placing.campaign,
        extracted_data: Map::new(),
    });
    state.schedule(first_step, Job::CallStep { call: id.clone() });
    id
}

fn end_user_for(state: &mut State, phone: &str, name: Option<&str>) -> Uuid {
    if let Some(id) = state.end_user_by_phone(phone) {
        if let Some(name) = name
            && let Some(user) = state.end_user_mut(&id)
        {
            user.display_name = name.to_owned();
        }
        return id;
    }
    let id = state.meta_mut().draws.uuid();
    state.insert_end_user(EndUser {
        id,
        display_name: name.unwrap_or(phone).to_owned(),
        info: None,
        integration_type: "api".into(),
        phone_number: Some(phone.to_owned()),
    });
    id
}

/// The call's next step, due now.
pub fn step(ctx: &Ctx, state: &mut State, id: &str) {
    let Some(call) = state.call_mut(id) else {
        return;
    };
    let plan = call.plan.clone();
    let next = match (&call.status, plan.outcome) {
        (CallStatus::Queued, Outcome::Failed) => {
            call.status = CallStatus::Failed;
            None
        }
        (CallStatus::Queued, _) => {
            call.status = CallStatus::Ringing;
            Some(plan.settle_after)
        }
        (CallStatus::Ringing, Outcome::Busy) => {
            call.status = CallStatus::Busy;
            None
        }
        (CallStatus::Ringing, Outcome::NoAnswer) => {
            call.status = CallStatus::NoAnswer;
            None
        }
        (CallStatus::Ringing, outcome) => {
            call.status = CallStatus::InProgress;
            call.started_at = Some(ctx.now);
            call.answered_by = Some(match outcome {
                Outcome::Voicemail => AnsweredBy::Machine,
                Outcome::Unknown => AnsweredBy::Unknown,
                _ => AnsweredBy::Human,
            });
            Some(plan.talk)
        }
        (CallStatus::InProgress, outcome) => {
            call.status = CallStatus::Ended;
            call.duration = plan.talk;
            call.billed_duration = plan.talk;
            if let Outcome::Person { converted } = outcome {
                call.extracted_data = Map::from_iter([(
                    "outcome".to_owned(),
                    json!(if converted { "converted" } else { "declined" }),
                )]);
            }
            None
        }
        // Over already: a step left over from before a restart.
        _ => return,
    };
    match next {
        Some(after) => state.schedule(
            ctx.now + Duration::seconds(after),
            Job::CallStep {
                call: id.to_owned(),
            },
        ),
        None => ended(ctx, state, id),
    }
}

fn ended(ctx: &Ctx, state: &mut State, id: &str) {
    let Some(call) = state.call_mut(id) else {
        return;
    };
    call.ended_at = Some(ctx.now);
    let billed = call.billed_duration;
    let campaign = call.campaign;
    state.meta_mut().billed_seconds += billed;
    if let Some(campaign) = campaign {
        crate::runner::call_ended(ctx, state, campaign, id);
    }
    webhooks::call_ended(ctx, state, id);
    if budget_spent(ctx, state) {
        crate::runner::budget_spent(ctx, state);
    }
}

/// Whether the billed seconds have reached the budget set on the sandbox.
pub fn budget_spent(ctx: &Ctx, state: &State) -> bool {
    ctx.core
        .config
        .budget_seconds
        .is_some_and(|budget| state.meta.billed_seconds >= budget)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_numbers_say_how_each_attempt_goes() {
        let mut draws = Draws::new(1);
        assert_eq!(plan("+15005550001", 1, &mut draws).outcome, CONVERTS);
        assert_eq!(
            plan("+15005551237", 1, &mut draws).outcome,
            Outcome::NoAnswer
        );
        assert_eq!(plan("+15005551237", 2, &mut draws).outcome, PERSON);
        assert_eq!(plan("+15005550005", 1, &mut draws).outcome, Outcome::Failed);
        let drawn: Vec<_> = (0..200)
            .map(|i| plan(&format!("+5215512{i:06}"), 1, &mut draws).outcome)
            .collect();
        assert!(drawn.contains(&PERSON) && drawn.contains(&Outcome::Busy));
    }
}
