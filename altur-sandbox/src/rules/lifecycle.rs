//! The lifecycle actions, as the spec states them (`x-altur-transitions`,
//! read by `gate/spec.rs`): an action runs from the statuses it starts
//! from; asked of a campaign already where it leads, it succeeds and does
//! nothing where the spec says it is idempotent (pause, resume, archive) and
//! is refused otherwise (activate); any other status is 409
//! INVALID_STATUS_TRANSITION with `current_status` and `valid_targets`.
//! Leading to `active` is 402 BILLING_LIMIT_REACHED once the budget is
//! spent. An action the spec does not name is 400 UNKNOWN_ACTION.

use altur_api::types::CampaignStatus as S;

use crate::gate::api_error::ApiError;
use crate::gate::spec::{Action, Lifecycle};
use crate::model::context::Ctx;
use crate::model::state::State;
use crate::rules::{billing, campaign_run};

/// Runs `action` on campaign `id` (which exists).
pub fn act(ctx: &Ctx, state: &mut State, id: i64, action: &str) -> Result<(), ApiError> {
    let lifecycle = ctx.lifecycle;
    let Some(action) = lifecycle.action(action) else {
        return Err(unknown_action(lifecycle, action));
    };
    let Some(current) = state.campaigns.get(&id).map(|c| c.status.clone()) else {
        return Ok(());
    };
    let current_name = current.to_string();
    let to = action.to.as_deref().map(|to| to.parse::<S>());
    let to = match to {
        Some(Ok(to)) => Some(to),
        _ => None,
    };
    let done = to.as_ref() == Some(&current);
    if done && action.idempotent {
        return Ok(());
    }
    if done || !action.starts_from(&current_name) {
        return Err(refused(lifecycle, action, &current));
    }
    if let Some(to) = to {
        if to == S::Active && billing::exhausted(ctx, state) {
            return Err(ApiError::new(
                402,
                "BILLING_LIMIT_REACHED",
                "the plan's billing limit is reached (the budget set on the sandbox is spent)",
            ));
        }
        campaign_run::transition(ctx, state, id, to);
    }
    if action.sets.as_deref() == Some("archived")
        && let Some(stored) = state.campaigns.get_mut(&id)
    {
        stored.archived = true;
    }
    Ok(())
}

fn refused(lifecycle: &Lifecycle, action: &Action, current: &S) -> ApiError {
    // The one mix-up the page warns of: activate where resume is meant.
    let hint = lifecycle
        .actions
        .iter()
        .find(|other| {
            other.name != action.name
                && other.to == action.to
                && other.starts_from(&current.to_string())
        })
        .map(|other| format!(": use {} to run a paused campaign again", other.name))
        .filter(|_| *current == S::Inactive)
        .unwrap_or_default();
    ApiError {
        current_status: Some(current.to_string()),
        valid_targets: valid_targets(lifecycle, current),
        ..ApiError::new(
            409,
            "INVALID_STATUS_TRANSITION",
            format!("cannot {} a campaign that is {current}{hint}", action.name),
        )
    }
}

/// The statuses an action can take a campaign of `current` status to.
pub fn valid_targets(lifecycle: &Lifecycle, current: &S) -> Vec<String> {
    let mut targets: Vec<String> = Vec::new();
    for action in &lifecycle.actions {
        if let Some(to) = &action.to
            && action.starts_from(&current.to_string())
            && !targets.contains(to)
        {
            targets.push(to.clone());
        }
    }
    targets
}

pub fn unknown_action(lifecycle: &Lifecycle, action: &str) -> ApiError {
    let known: Vec<&str> = lifecycle.actions.iter().map(|a| a.name.as_str()).collect();
    ApiError::new(
        400,
        "UNKNOWN_ACTION",
        format!(
            "{action:?} is no action; the actions are {}",
            known.join(", ")
        ),
    )
    .with_field(lifecycle.parameter.clone())
}

/// The budget is spent: every running campaign is paused (the sandbox's
/// choice: the docs say only that activate and resume answer 402).
pub fn pause_for_budget(ctx: &Ctx, state: &mut State) {
    let running: Vec<i64> = state
        .campaigns
        .values()
        .filter(|c| matches!(c.status, S::Active | S::Cooldown))
        .map(|c| c.id)
        .collect();
    for id in running {
        campaign_run::transition(ctx, state, id, S::Inactive);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use chrono::Utc;

    use super::*;
    use crate::gate::spec::Spec;
    use crate::gate::spec::tests::with_restart;
    use crate::model::context::Settings;
    use crate::model::records::{Campaign, CampaignRun, CampaignSettings, Channel};
    use crate::model::state::tests::meta;

    fn settings() -> Settings {
        Settings {
            reply: Arc::new(|_| Vec::new()),
            budget_seconds: None,
            concurrency_limit: 5,
            project_timezone: chrono_tz::UTC,
            base_url: "http://127.0.0.1:1".into(),
        }
    }

    fn campaign(status: S) -> Campaign {
        Campaign {
            id: 1,
            status,
            archived: false,
            created_at: Utc::now(),
            settings: CampaignSettings {
                name: "Cobranza".into(),
                description: None,
                agent_id: uuid::Uuid::nil(),
                integration_id: "int_1".into(),
                channel: Channel::PhoneCall,
                timezone: "America/Mexico_City".into(),
                retries: 0,
                message_limit: None,
                first_message: None,
                template: None,
                template_alt: None,
                scheduling: None,
                cycles: None,
                concurrency_limit: 5,
            },
            run: CampaignRun::default(),
        }
    }

    /// An action Altur adds to the spec, with its transitions, runs: no
    /// table here lists the actions.
    #[test]
    fn an_action_the_spec_adds_runs_from_its_transitions() {
        let settings = settings();
        let lifecycle = Spec::parse(&with_restart()).unwrap().lifecycle;
        let ctx = Ctx {
            now: Utc::now(),
            settings: &settings,
            lifecycle: &lifecycle,
        };
        let mut state = crate::model::state::State::new(meta());
        state.campaigns.insert(1, campaign(S::Finished));
        act(&ctx, &mut state, 1, "restart").unwrap();
        assert_eq!(state.campaigns.get(&1).unwrap().status, S::Active);
        let refused = act(&ctx, &mut state, 1, "restart").unwrap_err();
        assert_eq!(
            (refused.status, refused.code),
            (409, "INVALID_STATUS_TRANSITION")
        );
        // With the spec as it is, the action is unknown.
        let today = Spec::embedded().lifecycle;
        let ctx = Ctx {
            now: Utc::now(),
            settings: &settings,
            lifecycle: &today,
        };
        let unknown = act(&ctx, &mut state, 1, "restart").unwrap_err();
        assert_eq!((unknown.status, unknown.code), (400, "UNKNOWN_ACTION"));
    }
}
