//! Lifecycle actions, as the page states them: activate from pending, ready
//! or cooldown; pause from active or cooldown; resume from inactive; archive
//! from any status. Archive, pause and resume succeed and do nothing when
//! already done; activate is not idempotent (409 INVALID_STATUS_TRANSITION,
//! with `current_status` and `valid_targets`). Activate and resume answer
//! 402 BILLING_LIMIT_REACHED once the budget set on the sandbox is spent.
//! An unknown action is 400 UNKNOWN_ACTION.

use altur_api::types::{self, CampaignStatus as S};

use super::{Answer, ApiError, Ctx, Input};
use crate::render;
use crate::state::State;

/// An action: its name, the statuses it starts from, the status it leads
/// to, and the status in which it is done already (a successful no-op).
type Action = (&'static str, &'static [S], Option<S>, Option<S>);

const ACTIONS: [Action; 4] = [
    (
        "activate",
        &[S::Pending, S::Ready, S::Cooldown],
        Some(S::Active),
        None,
    ),
    (
        "pause",
        &[S::Active, S::Cooldown],
        Some(S::Inactive),
        Some(S::Inactive),
    ),
    ("resume", &[S::Inactive], Some(S::Active), Some(S::Active)),
    ("archive", &[], None, None),
];

pub fn act(ctx: &mut Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let campaign = super::campaigns::find(state, input)?.clone();
    let action = input.path_str("action");
    let Some((_, from, to, done)) = ACTIONS.iter().find(|(name, ..)| *name == action) else {
        return Err(unknown_action(action));
    };
    let current = campaign.status.clone();
    match to {
        // archive: from any status, again and again.
        None => {
            if let Some(stored) = state.campaigns.get_mut(&campaign.id) {
                stored.archived = true;
            }
        }
        Some(_) if done.as_ref() == Some(&current) => {}
        Some(to) if from.contains(&current) => {
            if *to == S::Active && crate::dialer::budget_spent(ctx, state) {
                return Err(ApiError::new(
                    402,
                    "BILLING_LIMIT_REACHED",
                    "the plan's billing limit is reached (the budget set on the sandbox is spent)",
                ));
            }
            crate::runner::transition(ctx, state, campaign.id, to.clone());
        }
        Some(_) => {
            return Err(ApiError {
                current_status: Some(current.to_string()),
                valid_targets: valid_targets(&current),
                ..ApiError::new(
                    409,
                    "INVALID_STATUS_TRANSITION",
                    format!(
                        "cannot {action} a campaign that is {current}{}",
                        if action == "activate" && current == S::Inactive {
                            ": use resume to run a paused campaign again"
                        } else {
                            ""
                        }
                    ),
                )
            });
        }
    }
    let campaign = state
        .campaigns
        .get(&campaign.id)
        .cloned()
        .unwrap_or_else(|| unreachable!("found above"));
    Answer::ok(types::CampaignResponse {
        success: Some(true),
        campaign: Some(render::campaign(state, &campaign)),
    })
}

/// The statuses an action can take a campaign of `current` status to.
pub fn valid_targets(current: &S) -> Vec<String> {
    let mut targets: Vec<String> = ACTIONS
        .iter()
        .filter(|(_, from, ..)| from.contains(current))
        .filter_map(|(_, _, to, _)| to.as_ref().map(ToString::to_string))
        .collect();
    targets.dedup();
    targets
}

pub fn unknown_action(action: &str) -> ApiError {
    let known: Vec<&str> = ACTIONS.iter().map(|(name, ..)| *name).collect();
    ApiError::new(
        400,
        "UNKNOWN_ACTION",
        format!(
            "{action:?} is no action; the actions are {}",
            known.join(", ")
        ),
    )
    .with_field("action")
}
