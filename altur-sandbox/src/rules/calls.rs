//! Calls, from placing to their end, one step at a time on the clock. How a
//! call goes is drawn when it is placed (`domain/outcomes.rs`); each step is
//! a job, and the step that ends it says so (what follows a call's end is
//! `call_steps.rs`'s).

use altur_api::types::{AnsweredBy, CallStatus};
use chrono::Duration;
use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::domain::outcomes;
use crate::model::context::Ctx;
use crate::model::records::{Call, CampaignRef, Channel, Job, Outcome};
use crate::model::state::State;
use crate::rules::{end_users, threads};

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
    let end_user_id = end_users::for_phone(state, &placing.to, placing.display_name.as_deref());
    let thread_id = threads::thread_of(
        ctx,
        state,
        placing.agent_id,
        end_user_id,
        Channel::PhoneCall,
    );
    let from = state
        .integration_of(placing.agent_id, Channel::PhoneCall)
        .map(|i| i.phone_number.clone())
        .unwrap_or_default();
    let meta = state.meta_mut();
    let id = meta.draws.public_id("cll");
    let plan = outcomes::call_plan(&placing.to, placing.attempt, &mut meta.draws);
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

/// Takes the call's next step, due now: ringing, answered, over. Whether
/// this step ended it (`ended_at` is then set).
pub fn next_step(ctx: &Ctx, state: &mut State, id: &str) -> bool {
    let Some(call) = state.call_mut(id) else {
        return false;
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
        _ => return false,
    };
    match next {
        Some(after) => {
            state.schedule(
                ctx.now + Duration::seconds(after),
                Job::CallStep {
                    call: id.to_owned(),
                },
            );
            false
        }
        None => {
            call.ended_at = Some(ctx.now);
            true
        }
    }
}
