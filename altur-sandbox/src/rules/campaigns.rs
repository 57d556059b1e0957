//! A campaign's settings, created and updated, with the rules the campaign
//! pages state beyond the schemas: the other channel's fields refused (400
//! INVALID_REQUEST), the integration the agent's own, cycles switched on at
//! creation only, immutable fields (400 IMMUTABLE_FIELD naming the field),
//! finished campaigns read only (409 CAMPAIGN_FINISHED), cycle settings only
//! with cycles (400 CYCLES_NOT_ENABLED), schedule fields only in scheduled
//! mode (400 SCHEDULED_MODE_ONLY). `sent` is the body as received, for the
//! rules about which fields were sent at all.

use altur_api::types::{self, CampaignStatus, CyclesMode, Scheduling};
use serde_json::Value;

use crate::domain::calendar;
use crate::gate::api_error::ApiError;
use crate::model::context::Ctx;
use crate::model::records::{Campaign, CampaignRun, CampaignSettings, Channel};
use crate::model::state::State;

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

/// 400 SCHEDULED_MODE_ONLY naming the first schedule field `cycles` (as
/// sent) holds, unless `mode` is scheduled.
fn scheduled_mode_only(mode: &CyclesMode, cycles: &Value) -> Result<(), ApiError> {
    if *mode == CyclesMode::Scheduled {
        return Ok(());
    }
    match SCHEDULE_FIELDS.iter().find(|f| cycles.get(**f).is_some()) {
        Some(field) => Err(ApiError::new(
            400,
            "SCHEDULED_MODE_ONLY",
            format!("cycles.{field} is only for cycles.mode scheduled, not {mode}"),
        )
        .with_field(format!("cycles.{field}"))),
        None => Ok(()),
    }
}

/// The sandbox's choice where the docs name none: the campaign pages show
/// `America/Mexico_City` as the default time zone and no default schedule,
/// so a campaign without `scheduling` may call at any hour.
pub const DEFAULT_TIMEZONE: &str = "America/Mexico_City";

/// A new campaign, `pending`; its id.
pub fn create(
    ctx: &Ctx,
    state: &mut State,
    body: types::NewCampaign,
    sent: &Value,
) -> Result<i64, ApiError> {
    let agent = state
        .agents
        .values()
        .find(|a| a.public_id == *body.agent_id)
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
        .get(&*body.integration_id)
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
    other_channel_fields(sent, channel)?;
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
            scheduled_mode_only(&mode, &sent["cycles"])?;
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
        status: CampaignStatus::Pending,
        archived: false,
        created_at: ctx.now,
        settings: CampaignSettings {
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
            concurrency_limit: ctx.settings.concurrency_limit,
        },
        run: CampaignRun::default(),
    };
    state.campaigns.insert(id, campaign);
    Ok(id)
}

/// Changes the settings of campaign `id` (which exists) as `sent` asks; a
/// field left out keeps its value.
pub fn update(ctx: &Ctx, state: &mut State, id: i64, sent: &Value) -> Result<(), ApiError> {
    let Some(campaign) = state.campaigns.get(&id).cloned() else {
        return Ok(());
    };
    if campaign.status == CampaignStatus::Finished {
        return Err(finished(id));
    }
    for field in IMMUTABLE {
        let present = match field.split_once('.') {
            Some((outer, inner)) => sent.get(outer).and_then(|o| o.get(inner)).is_some(),
            None => sent.get(field).is_some(),
        };
        if present {
            return Err(ApiError::new(
                400,
                "IMMUTABLE_FIELD",
                format!("{field} cannot be changed after creation"),
            )
            .with_field(field));
        }
    }
    other_channel_fields(sent, campaign.settings.channel)?;
    let body: types::CampaignUpdate = serde_json::from_value(sent.clone())
        .map_err(|e| ApiError::invalid(None, format!("the body does not decode: {e}")))?;
    if let Some(sent_cycles) = sent.get("cycles").filter(|c| c.is_object()) {
        let Some(cycles) = &campaign.settings.cycles else {
            return Err(ApiError::new(
                400,
                "CYCLES_NOT_ENABLED",
                format!("campaign {id} was created without cycles"),
            )
            .with_field("cycles"));
        };
        scheduled_mode_only(
            cycles.mode.as_ref().unwrap_or(&CyclesMode::Cooldown),
            sent_cycles,
        )?;
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
        .get_mut(&id)
        .unwrap_or_else(|| unreachable!("read above"));
    let settings = &mut stored.settings;
    if let Some(name) = body.name {
        settings.name = name.to_string();
    }
    set(&mut settings.description, body.description);
    if let Some(timezone) = body.timezone {
        settings.timezone = timezone;
    }
    if let Some(retries) = body.retries {
        settings.retries = retries;
    }
    if let Some(limit) = body.message_limit {
        settings.message_limit = Some(limit.get() as i64);
    }
    set(&mut settings.first_message, body.first_message);
    set(&mut settings.template, body.template);
    set(&mut settings.template_alt, body.template_alt);
    if body.scheduling.is_some() {
        settings.scheduling = body.scheduling;
    }
    if let (Some(update), Some(cycles)) = (body.cycles, settings.cycles.as_mut()) {
        let sent = &sent["cycles"];
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
    // A running campaign looks at its (new) schedule again.
    if stored.status == CampaignStatus::Active {
        state.wake_campaign(id, ctx.now);
    }
    Ok(())
}

/// 409 CAMPAIGN_FINISHED: finished campaigns are read-only.
pub fn finished(id: i64) -> ApiError {
    ApiError::new(
        409,
        "CAMPAIGN_FINISHED",
        format!("campaign {id} is finished: finished campaigns are read-only"),
    )
}

fn set<T>(field: &mut Option<T>, value: Option<T>) {
    if value.is_some() {
        *field = value;
    }
}

fn other_channel_fields(sent: &Value, channel: Channel) -> Result<(), ApiError> {
    for (field, owner) in CHANNEL_FIELDS {
        if owner != channel && sent.get(field).is_some() {
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

fn check_timezone(name: &str) -> Result<chrono_tz::Tz, ApiError> {
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
    for (day, schedule) in calendar::days(scheduling) {
        let Some(schedule) = schedule else { continue };
        for (name, value) in [
            ("startTime", &schedule.start_time),
            ("stopTime", &schedule.stop_time),
            ("endTime", &schedule.end_time),
        ] {
            if let Some(value) = value
                && calendar::parse_time(value).is_none()
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
