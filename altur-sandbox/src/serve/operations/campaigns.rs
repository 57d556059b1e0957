//! List, Create, Retrieve and Update Campaign, and List Campaign Calls.

use altur_api::types;
use chrono::{DateTime, Utc};

use super::{Answer, Input, page, refuse_cursor};
use crate::gate::api_error::ApiError;
use crate::gate::built::built;
use crate::model::context::Ctx;
use crate::model::records::Campaign;
use crate::model::state::State;
use crate::rules::campaigns;
use crate::serve::render;

pub fn create(ctx: &Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let body: types::NewCampaign = input.body_as()?;
    let id = campaigns::create(ctx, state, body, &input.body)?;
    answer(state, id)
}

pub fn retrieve(state: &State, input: &Input) -> Result<Answer, ApiError> {
    let id = find(state, input)?.id;
    answer(state, id)
}

pub fn update(ctx: &Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let id = find(state, input)?.id;
    campaigns::update(ctx, state, id, &input.body)?;
    answer(state, id)
}

/// The campaign's answer, as Create, Retrieve, Update and Campaign Action
/// give it.
pub fn answer(state: &State, id: i64) -> Result<Answer, ApiError> {
    let campaign = state
        .campaigns
        .get(&id)
        .unwrap_or_else(|| unreachable!("found or made"));
    Answer::ok(built::<types::CampaignResponse, _>(
        types::CampaignResponse::builder()
            .success(true)
            .campaign(render::campaign(state, campaign)),
    ))
}

pub fn list(state: &State, input: &Input) -> Result<Answer, ApiError> {
    refuse_cursor(input)?;
    let range = date_range(input, true)?;
    let agent = input.query_str("agentId").map(str::to_owned);
    let status = input.query_str("status");
    let channel = input.query_str("integration");
    let campaigns: Vec<_> = state
        .campaigns
        .values()
        .filter(|c| {
            agent
                .as_ref()
                .is_none_or(|a| *a == c.settings.agent_id.to_string())
        })
        .filter(|c| status.is_none_or(|s| s == c.status.to_string()))
        .filter(|c| channel.is_none_or(|ch| ch == c.settings.channel.wire()))
        .filter(|c| in_range(c.created_at, range))
        .collect();
    let total = campaigns.len() as i64;
    let (campaigns, pagination) = page(&campaigns, input);
    let campaigns: Vec<_> = campaigns
        .iter()
        .map(|c| render::campaign_list_item(state, c))
        .collect();
    Answer::ok(built::<types::CampaignList, _>(
        types::CampaignList::builder()
            .total_count(total)
            .campaigns(campaigns)
            .pagination(pagination),
    ))
}

pub fn calls(state: &State, input: &Input) -> Result<Answer, ApiError> {
    let campaign = find(state, input)?;
    let range = date_range(input, false)?;
    let status = input.query_str("status");
    let answered_by = input.query_str("answeredBy");
    let calls: Vec<_> = state
        .calls_of(campaign.id)
        .filter(|call| status.is_none_or(|s| s == call.status.to_string()))
        .filter(|call| {
            answered_by.is_none_or(|a| {
                call.answered_by
                    .as_ref()
                    .is_some_and(|b| a == b.to_string())
            })
        })
        .filter(|call| in_range(call.created_at, range))
        .collect();
    let total = calls.len() as i64;
    let (calls, pagination) = page(&calls, input);
    let calls: Vec<_> = calls
        .iter()
        .map(|call| render::campaign_call(state, call))
        .collect();
    Answer::ok(built::<types::ListCampaignCallsResponse, _>(
        types::ListCampaignCallsResponse::builder()
            .total_count(total)
            .calls(calls)
            .pagination(pagination),
    ))
}

/// The campaign the path's `id` names, or the operation's 404.
pub fn find<'a>(state: &'a State, input: &Input) -> Result<&'a Campaign, ApiError> {
    let id = input.path_int("id");
    state
        .campaigns
        .get(&id)
        .ok_or_else(|| ApiError::not_found(input.operation, format!("no campaign {id}")))
}

type Range = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

/// `startDate` and `endDate`; for List Campaigns "they must be sent
/// together".
fn date_range(input: &Input, together: bool) -> Result<Range, ApiError> {
    let read = |name: &str| -> Result<Option<DateTime<Utc>>, ApiError> {
        input
            .query_str(name)
            .map(|text| {
                DateTime::parse_from_rfc3339(text)
                    .map(|t| t.with_timezone(&Utc))
                    .map_err(|e| {
                        ApiError::invalid(
                            Some(name.into()),
                            format!("{name}: {text:?} is not a date-time: {e}"),
                        )
                    })
            })
            .transpose()
    };
    let (start, end) = (read("startDate")?, read("endDate")?);
    if together && start.is_some() != end.is_some() {
        let missing = if start.is_none() {
            "startDate"
        } else {
            "endDate"
        };
        return Err(ApiError::invalid(
            Some(missing.into()),
            "startDate and endDate must be sent together",
        ));
    }
    Ok((start, end))
}

fn in_range(at: DateTime<Utc>, (start, end): Range) -> bool {
    start.is_none_or(|s| at >= s) && end.is_none_or(|e| at <= e)
}
