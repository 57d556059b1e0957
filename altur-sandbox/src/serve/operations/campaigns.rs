//! List, Create, Retrieve and Update Campaign, and List Campaign Calls, with
//! the rules the campaign pages state: the other channel's fields refused
//! (400 INVALID_REQUEST), cycles switched on at creation only, immutable
//! fields (400 IMMUTABLE_FIELD naming the field), finished campaigns read
//! only (409 CAMPAIGN_FINISHED), cycle settings only with cycles (400
//! CYCLES_NOT_ENABLED), schedule fields only in scheduled mode (400
//! SCHEDULED_MODE_ONLY).

use altur_api::types::{self, CampaignStatus, CyclesMode, Scheduling};
use chrono::{DateTime, Utc};
use serde_json::Value;

use super::{Answer, ApiError, Ctx, Input, page};
use crate::model::{Campaign, Channel};
use crate::render;
use crate::state::State;

/// Fields that belong to one channel (the create page: `first_message` and
/// `cycles` phone_call only; `template`, `template_alt` whatsapp only).
pub const CHANNEL_FIELDS: [(&str, Channel); 4] = [
    ("first_message", Channel::PhoneCall),
    ("cycles", Channel::PhoneCall),
    ("template", Channel::Whatsapp),
    ("template_alt", Channel::Whatsapp),
];

/// What an update must not carry (the update page), with where it sits.
pub const IMMUTABLE: [&str; 5] = [
    "agent_id",
    "integration_id",
    "integration_type",
    "cycles.enabled",
    "cycles.mode",
];

/// The cycle fields only `scheduled` mode takes.
const SCHEDULE_FIELDS: [&str; 3] = ["schedule", "schedule_start_date", "schedule_end_date"];

/// The sandbox's choice where the docs name none: the campaign pages show
/// `America/Mexico_City` as the default time zone and no default schedule,
/// so a campaign without `scheduling` may call at any hour.
pub const DEFAULT_TIMEZONE: &str = "America/Mexico_City";

pub fn create(ctx: &mut Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let body: types::NewCampaign = input.body_as()?;
    let agent = state
        .agents
        .values()
        .find(|a| a.public_id == body.agent_id)
        .cloned()
        .ok_or_else(|| {
            ApiError::invalid(
                Some("agent_id".into()),
                format!(
                    "no agent {} (agent_id takes the agent's public id)",
                    body.agent_id
                ),
            )
        })?;
    let integration = state
        .integrations
        .get(&body.integration_id)
        .cloned()
        .ok_or_else(|| {
            ApiError::invalid(
                Some("integration_id".into()),
                format!("no integration {}", body.integration_id),
            )
        })?;
    if integration.agent_id != agent.id {
        return Err(ApiError::invalid(
            Some("integration_id".into()),
            format!(
                "integration {} does not belong to agent {}",
                integration.public_id, agent.public_id
            ),
        ));
    }
    let channel = integration.channel;
    if channel == Channel::Api {
        return Err(ApiError::invalid(
            Some("integration_id".into()),
            format!(
                "integration {} is the API's; a campaign runs on a phone_call or whatsapp integration",
                integration.public_id
            ),
        ));
    }
    if let Some(stated) = &body.integration_type
        && stated.to_string() != channel.wire()
    {
        return Err(ApiError::invalid(
            Some("integration_type".into()),
            format!(
                "integration_type is {stated}, but integration {} is {}",
                integration.public_id,
                channel.wire()
            ),
        ));
    }
    other_channel_fields(&input.body, channel)?;
    let timezone = body
        .timezone
        .clone()
        .unwrap_or_else(|| DEFAULT_TIMEZONE.into());
    check_timezone(&timezone)?;
    if let Some(scheduling) = &body.scheduling {
        check_scheduling("scheduling", scheduling)?;
    }
    // Cycles left off, or with enabled false: the rest of cycles is ignored.
    let cycles = match body.cycles {
        Some(cycles) if cycles.enabled == Some(true) => {
            let mut cycles = cycles;
            let mode = cycles.mode.get_or_insert(CyclesMode::Cooldown).clone();
            if mode != CyclesMode::Scheduled
                && let Some(field) = SCHEDULE_FIELDS
                    .iter()
                    .find(|f| input.body["cycles"].get(**f).is_some())
            {
                return Err(ApiError::new(
                    400,
                    "SCHEDULED_MODE_ONLY",
                    format!("cycles.{field} is only for cycles.mode scheduled, not {mode}"),
                )
                .with_field(format!("cycles.{field}")));
            }
            if let Some(schedule) = &cycles.schedule {
                check_scheduling("cycles.schedule", schedule)?;
            }
            Some(cycles)
        }
        _ => None,
    };
    let meta = state.meta_mut();
    let id = meta.next_campaign_id;
    meta.next_campaign_id += 1;
    let campaign = Campaign {
        id,
        name: body.name.to_string(),
        description: body.description,
        agent_id: agent.id,
        integration_id: integration.public_id,
        channel,
        timezone,
        retries: body.retries.unwrap_or(0),
        message_limit: body.message_limit.map(|n| n.get() as i64),
        first_message: body.first_message,
        template: body.template,
        template_alt: body.template_alt,
        scheduling: body.scheduling,
        cycles,
        concurrency_limit: ctx.core.config.concurrency_limit,
        status: CampaignStatus::Pending,
        archived: false,
        created_at: ctx.now,
        iteration: 0,
        last_iteration_at: None,
        between_cycles: false,
        next_cycle_at: None,
        messages_sent: 0,
        next_tick: None,
    };
    let answer = render::campaign(state, &campaign);
    state.campaigns.insert(id, campaign);
    Answer::ok(types::CampaignResponse {
        success: Some(true),
        campaign: Some(answer),
    })
}

pub fn retrieve(state: &State, input: &Input) -> Result<Answer, ApiError> {
    let campaign = find(state, input)?;
    Answer::ok(types::CampaignResponse {
        success: Some(true),
        campaign: Some(render::campaign(state, campaign)),
    })
}

pub fn update(ctx: &mut Ctx, state: &mut State, input: &Input) -> Result<Answer, ApiError> {
    let campaign = find(state, input)?.clone();
    if campaign.status == CampaignStatus::Finished {
        return Err(ApiError::new(
            409,
            "CAMPAIGN_FINISHED",
            format!(
                "campaign {} is finished: finished campaigns are read-only",
                campaign.id
            ),
        ));
    }
    for field in IMMUTABLE {
        let sent = match field.split_once('.') {
            Some((outer, inner)) => input.body.get(outer).and_then(|o| o.get(inner)).is_some(),
            None => input.body.get(field).is_some(),
        };
        if sent {
            return Err(ApiError::new(
                400,
                "IMMUTABLE_FIELD",
                format!("{field} cannot be changed after creation"),
            )
            .with_field(field));
        }
    }
    other_channel_fields(&input.body, campaign.channel)?;
    let body: types::CampaignUpdate = input.body_as()?;
    if let Some(sent) = input.body.get("cycles").and_then(Value::as_object) {
        let Some(cycles) = &campaign.cycles else {
            return Err(ApiError::new(
                400,
                "CYCLES_NOT_ENABLED",
                format!("campaign {} was created without cycles", campaign.id),
            )
            .with_field("cycles"));
        };
        if cycles.mode != Some(CyclesMode::Scheduled)
            && let Some(field) = SCHEDULE_FIELDS.iter().find(|f| sent.contains_key(**f))
        {
            return Err(ApiError::new(
                400,
                "SCHEDULED_MODE_ONLY",
                format!("cycles.{field} is only for cycles.mode scheduled"),
            )
            .with_field(format!("cycles.{field}")));
        }
    }
    if let Some(timezone) = &body.timezone {
        check_timezone(timezone)?;
    }
    if let Some(scheduling) = &body.scheduling {
        check_scheduling("scheduling", scheduling)?;
    }
    if let Some(schedule) = body.cycles.as_ref().and_then(|c| c.schedule.as_ref()) {
        check_scheduling("cycles.schedule", schedule)?;
    }
    let stored = state
        .campaigns
        .get_mut(&campaign.id)
        .unwrap_or_else(|| unreachable!("found above"));
    if let Some(name) = body.name {
        stored.name = name.to_string();
    }
    set(&mut stored.description, body.description);
    if let Some(timezone) = body.timezone {
        stored.timezone = timezone;
    }
    if let Some(retries) = body.retries {
        stored.retries = retries;
    }
    if let Some(limit) = body.message_limit {
        stored.message_limit = Some(limit.get() as i64);
    }
    set(&mut stored.first_message, body.first_message);
    set(&mut stored.template, body.template);
    set(&mut stored.template_alt, body.template_alt);
    if body.scheduling.is_some() {
        stored.scheduling = body.scheduling;
    }
    if let (Some(update), Some(cycles)) = (body.cycles, stored.cycles.as_mut()) {
        let sent = &input.body["cycles"];
        if update.max_iterations.is_some() {
            cycles.max_iterations = update.max_iterations;
        }
        if update.cooldown_minutes.is_some() {
            cycles.cooldown_minutes = update.cooldown_minutes;
        }
        if sent.get("filter_statuses").is_some() {
            cycles.filter_statuses = update.filter_statuses;
        }
        if sent.get("filter_tags").is_some() {
            cycles.filter_tags = update.filter_tags;
        }
        if update.schedule.is_some() {
            cycles.schedule = update.schedule;
        }
        set(&mut cycles.schedule_start_date, update.schedule_start_date);
        set(&mut cycles.schedule_end_date, update.schedule_end_date);
    }
    let updated = stored.clone();
    // A running campaign looks at its (new) schedule again.
    crate::runner::settings_changed(ctx, state, updated.id);
    Answer::ok(types::CampaignResponse {
        success: Some(true),
        campaign: Some(render::campaign(state, &updated)),
    })
}

fn set<T>(field: &mut Option<T>, value: Option<T>) {
    if value.is_some() {
        *field = value;
    }
}

pub fn list(state: &State, input: &Input) -> Result<Answer, ApiError> {
    if input.query.contains_key("cursor") {
        return Err(cursor_refused());
    }
    let range = date_range(input, true)?;
    let agent = input.query_str("agentId").map(str::to_owned);
    let status = input.query_str("status");
    let channel = input.query_str("integration");
    let campaigns: Vec<_> = state
        .campaigns
        .values()
        .filter(|c| agent.as_ref().is_none_or(|a| *a == c.agent_id.to_string()))
        .filter(|c| status.is_none_or(|s| s == c.status.to_string()))
        .filter(|c| channel.is_none_or(|ch| ch == c.channel.wire()))
        .filter(|c| in_range(c.created_at, range))
        .collect();
    let total = campaigns.len() as i64;
    let (campaigns, pagination) = page(&campaigns, input);
    let campaigns = campaigns
        .iter()
        .map(|c| render::campaign_list_item(state, c))
        .collect();
    Answer::ok(types::CampaignList {
        total_count: Some(total),
        campaigns,
        pagination: Some(pagination),
    })
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
    let calls = calls
        .iter()
        .map(|call| render::campaign_call(state, call))
        .collect();
    Answer::ok(types::ListCampaignCallsResponse {
        total_count: Some(total),
        calls,
        pagination: Some(pagination),
    })
}

pub fn find<'a>(state: &'a State, input: &Input) -> Result<&'a Campaign, ApiError> {
    let id = input.path_int("id");
    state
        .campaigns
        .get(&id)
        .ok_or_else(|| ApiError::not_found(input.operation, format!("no campaign {id}")))
}

/// The sandbox pages by `pageIndex` and never hands out a cursor.
pub fn cursor_refused() -> ApiError {
    ApiError::invalid(
        Some("cursor".into()),
        "the sandbox pages by pageIndex and hands out no cursor; leave cursor out",
    )
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

fn other_channel_fields(body: &Value, channel: Channel) -> Result<(), ApiError> {
    for (field, owner) in CHANNEL_FIELDS {
        if owner != channel && body.get(field).is_some() {
            return Err(ApiError::invalid(
                Some(field.into()),
                format!(
                    "{field} is for {} campaigns; this one is {}",
                    owner.wire(),
                    channel.wire()
                ),
            ));
        }
    }
    Ok(())
}

pub fn check_timezone(name: &str) -> Result<chrono_tz::Tz, ApiError> {
    name.parse::<chrono_tz::Tz>().map_err(|_| {
        ApiError::invalid(
            Some("timezone".into()),
            format!("timezone {name:?} is not an IANA time zone name (America/Mexico_City, say)"),
        )
    })
}

/// Each day's `startTime` and `stopTime` (or the older `endTime`) as
/// `HH:MM` (the sandbox's reading; the pages show no example).
fn check_scheduling(at: &str, scheduling: &Scheduling) -> Result<(), ApiError> {
    for (day, schedule) in crate::runner::days(scheduling) {
        let Some(schedule) = schedule else { continue };
        for (name, value) in [
            ("startTime", &schedule.start_time),
            ("stopTime", &schedule.stop_time),
            ("endTime", &schedule.end_time),
        ] {
            if let Some(value) = value
                && crate::runner::parse_time(value).is_none()
            {
                return Err(ApiError::invalid(
                    Some(format!("{at}.{day}.{name}")),
                    format!("{at}.{day}.{name}: {value:?} is not a time of day as HH:MM"),
                ));
            }
        }
    }
    Ok(())
}
