//! A call's step on the clock and, when the step ends the call, what
//! follows from its end: the bill, its campaign contact's status, the
//! `on_call_end` event, and the budget's pause once it is spent.

use crate::model::context::Ctx;
use crate::model::state::State;
use crate::rules::{billing, calls, campaign_run, events, lifecycle};

/// Runs the step of call `id` that is due now.
pub fn run(ctx: &Ctx, state: &mut State, id: &str) {
    if !calls::next_step(ctx, state, id) {
        return;
    }
    let Some(call) = state.call(id) else {
        return;
    };
    let (billed, campaign) = (call.billed_duration, call.campaign);
    billing::charge(state, billed);
    if let Some(campaign) = campaign {
        campaign_run::record_call_outcome(ctx, state, campaign, id);
    }
    events::on_call_end(ctx, state, id);
    if billing::exhausted(ctx, state) {
        lifecycle::pause_for_budget(ctx, state);
    }
}
