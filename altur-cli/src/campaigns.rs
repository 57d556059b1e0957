//! `altur campaigns watch --id ID`: a running campaign, live. Each refresh reads
//! the campaign (status and analytics) and its contacts (counted by
//! status) through the generated client, whose rate limit keeps every
//! refresh within Altur's 12 requests a second; `--interval` spaces them.
//! On a terminal the view is redrawn in place; piped, each refresh is one
//! JSON line. It ends when the campaign finishes or is archived (or on
//! Ctrl-C), its last view or line the final numbers.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::time::Duration;

use altur_api::TryStreamExt;
use serde_json::{Value, json};

use crate::failure::{Failure, Result};
use crate::globals::Globals;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Watch a running campaign: its status, contacts by status, calls and
    /// conversions, refreshed until it finishes or is archived
    Watch {
        #[command(flatten)]
        campaign: crate::names::CampaignId,
        /// Seconds between refreshes (each is 1 request, and 1 more per 100
        /// contacts, within the 12 a second Altur allows)
        #[arg(long, value_name = "SECONDS", default_value_t = 2.0,
              value_parser = interval)]
        interval: f64,
    },
    /// Write one workbook of a campaign to --output FILE.xlsx: the campaign
    /// and its analytics; each contact with its attempts and its last
    /// call's outcome (status, who answered, what was extracted, the
    /// recording); every call; the contacts by status, with a chart
    Report {
        #[command(flatten)]
        campaign: crate::names::CampaignId,
    },
}

fn interval(text: &str) -> std::result::Result<f64, String> {
    match text.parse::<f64>() {
        Ok(seconds) if (0.1..=3600.0).contains(&seconds) => Ok(seconds),
        _ => Err("a number of seconds from 0.1 to 3600".into()),
    }
}

/// The statuses in which the campaign will not change any more.
fn is_over(view: &Value) -> bool {
    view["status"] == "finished" || view["archived"] == true
}

impl Command {
    pub async fn run(self, globals: &Globals) -> Result<()> {
        let (id, interval) = match self {
            Command::Watch { campaign, interval } => (campaign.id, interval),
            Command::Report { campaign } => {
                let output = globals.output.clone().ok_or_else(|| {
                    Failure::Usage(
                        "campaigns report writes a workbook: name it with --output FILE.xlsx"
                            .into(),
                    )
                })?;
                let client = crate::connection::client(globals.base_url.as_deref())?;
                return crate::report::run(&client, campaign.id, output, globals.tz).await;
            }
        };
        let client = crate::connection::client(globals.base_url.as_deref())?;
        let terminal = std::io::stdout().is_terminal();
        let mut drawn = 0;
        // Listening before the first refresh: a Ctrl-C at any time after it
        // has printed gets the last refresh, never the default of dying.
        // The listener registers when first polled, which the yield lets the
        // runtime do now.
        let mut interrupted = tokio::spawn(tokio::signal::ctrl_c());
        tokio::task::yield_now().await;
        let mut last = false;
        loop {
            let started = tokio::time::Instant::now();
            let view = read(&client, id)
                .await
                .map_err(|failure| crate::names::not_found(failure, "campaign", id))?;
            if terminal {
                drawn = redraw(&render(&view), drawn);
            } else {
                crate::output::print_line(&view.to_string());
            }
            if is_over(&view) || last {
                return Ok(());
            }
            tokio::select! {
                () = tokio::time::sleep_until(started + Duration::from_secs_f64(interval)) => {}
                // Stopped by hand: one refresh more, so that what is left on
                // screen (or the last line) is the numbers as they are now.
                _ = &mut interrupted => last = true,
            }
        }
    }
}

/// One refresh: the campaign, and its contacts counted by status.
async fn read(client: &altur_api::Client, id: i64) -> Result<Value> {
    let answer = client.retrieve_campaign().id(id).send().await?.into_inner();
    let campaign = answer.campaign.ok_or_else(|| {
        Failure::Usage(format!(
            "the API's answer for campaign {id} holds no campaign"
        ))
    })?;
    let campaign = serde_json::to_value(&campaign).unwrap_or_default();
    let mut by_status: BTreeMap<String, u64> = BTreeMap::new();
    let mut contacts = client
        .list_campaign_contacts()
        .id(id)
        .page_size(100)
        .stream();
    while let Some(contact) = contacts.try_next().await? {
        let status = serde_json::to_value(&contact.status)
            .ok()
            .and_then(|s| s.as_str().map(str::to_owned))
            .unwrap_or_else(|| "unknown".into());
        *by_status.entry(status).or_default() += 1;
    }
    Ok(json!({
        "id": campaign.get("id").cloned().unwrap_or(json!(id)),
        "name": campaign.get("name").cloned().unwrap_or(Value::Null),
        "status": campaign.get("status").cloned().unwrap_or(Value::Null),
        "archived": campaign.get("archived").cloned().unwrap_or(json!(false)),
        "contacts_by_status": by_status,
        "analytics": campaign.get("analytics").cloned().unwrap_or(json!({})),
    }))
}

const BAR: usize = 30;

fn bar(part: u64, whole: u64) -> String {
    let filled = part
        .saturating_mul(BAR as u64)
        .checked_div(whole)
        .map_or(0, |filled| usize::try_from(filled).unwrap_or(BAR))
        .min(BAR);
    format!("{}{}", "█".repeat(filled), "░".repeat(BAR - filled))
}

/// The view's lines: the campaign, its contacts by status (a bar each),
/// then its analytics, each count with its rate where the API gives one
/// (`callsAnsweredByHuman` and `callsAnsweredByHumanRate`), whatever keys
/// the channel has.
fn render(view: &Value) -> Vec<String> {
    let mut lines = vec![format!(
        "Campaign {} {}: {}{}",
        view["id"],
        view["name"]
            .as_str()
            .map(|n| format!("“{n}”"))
            .unwrap_or_default(),
        view["status"].as_str().unwrap_or("?"),
        if view["archived"] == true {
            " (archived)"
        } else {
            ""
        },
    )];
    let counts: Vec<(&String, u64)> = view["contacts_by_status"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(status, n)| (status, n.as_u64().unwrap_or(0)))
        .collect();
    let total: u64 = counts.iter().map(|(_, n)| n).sum();
    lines.push(format!("Contacts: {total}"));
    let width = counts
        .iter()
        .map(|(s, _)| s.chars().count())
        .max()
        .unwrap_or(0);
    for (status, n) in &counts {
        lines.push(format!("  {status:<width$}  {} {n:>6}", bar(*n, total)));
    }
    let analytics = view["analytics"].as_object();
    let mut shown = Vec::new();
    for (key, value) in analytics.into_iter().flatten() {
        if key.ends_with("Rate") {
            continue;
        }
        let rate = analytics
            .and_then(|a| a.get(&format!("{key}Rate")))
            .and_then(Value::as_f64)
            .map(|rate| format!("  {:5.1}%", rate * 100.0))
            .unwrap_or_default();
        shown.push(format!("  {key:<26} {value:>8}{rate}"));
    }
    if !shown.is_empty() {
        lines.push("Analytics:".into());
        lines.extend(shown);
    }
    lines
}

/// Draws `lines` over the `drawn` lines of the last view (ANSI: up to its
/// first line, clear to the end of the screen); how many it drew.
fn redraw(lines: &[String], drawn: usize) -> usize {
    let mut text = String::new();
    if drawn > 0 {
        text.push_str(&format!("\x1b[{drawn}F\x1b[J"));
    }
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    let mut stdout = std::io::stdout().lock();
    let _ = stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush());
    lines.len()
}
