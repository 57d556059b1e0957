//! `altur campaigns watch --id ID`: a running campaign, live. Each refresh reads
//! the campaign (status and analytics) and counts its contacts by status:
//! from their pages where a few hold them all, else from the `total_count`
//! of a page of one filtered by each status, never paging every contact
//! (unless the server leaves `total_count` out: then every page is read);
//! on a client of its own paced at half of the 12 requests a second Altur
//! allows the campaign operations: an
//! operator's `pause` beside it goes through at the first try, whatever
//! the campaign's size. `--interval` spaces the refreshes. On a terminal
//! the view is redrawn in place; piped, each refresh is one JSON line. It
//! ends when the campaign finishes or is archived (or on Ctrl-C), its last
//! view or line the final numbers. An active campaign outside its calling
//! hours says when the next window opens.
//!
//! Also here: the question `campaigns activate` (and any action that starts
//! a campaign calling) asks on a terminal before anyone is called.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::num::NonZeroU32;
use std::time::Duration;

use altur_api::TryStreamExt;
use altur_api::types::CampaignContactStatus;
use serde_json::{Value, json};

use crate::failure::{Failure, Result};
use crate::globals::Globals;

/// The watch's pace: half of what Altur allows the campaign operations
/// (`DOCUMENTED_REQUESTS_PER_SECOND`), the other half left to the person
/// who watches and acts.
pub const WATCH_REQUESTS_PER_SECOND: u32 = altur_api::import::DOCUMENTED_REQUESTS_PER_SECOND / 2;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Watch a running campaign: its status, contacts by status, calls and
    /// conversions, refreshed until it finishes or is archived
    Watch {
        #[command(flatten)]
        campaign: crate::names::CampaignFlag,
        /// Seconds between refreshes (each reads the campaign and counts its
        /// contacts by status in a few requests, at most 6 a second: half of
        /// the 12 Altur allows, whatever the campaign's size)
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
        campaign: crate::names::CampaignFlag,
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
        let pace = NonZeroU32::new(WATCH_REQUESTS_PER_SECOND).unwrap_or(NonZeroU32::MIN);
        let client = crate::connection::client_paced(globals.base_url.as_deref(), pace)?;
        let terminal = std::io::stdout().is_terminal();
        let mut drawn = 0;
        // Listening before the first refresh: a Ctrl-C at any time after it
        // has printed gets the last refresh, never the default of dying.
        // The listener registers when first polled, which the yield lets the
        // runtime do now.
        let mut interrupted = tokio::spawn(tokio::signal::ctrl_c());
        tokio::task::yield_now().await;
        let mut last = false;
        // The statuses seen last time are counted first: once their counts
        // add up to the total, the others need no request.
        let mut seen: Vec<String> = Vec::new();
        loop {
            let started = tokio::time::Instant::now();
            let view = read(&client, id, &mut seen)
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
async fn read(client: &altur_api::Client, id: i64, seen: &mut Vec<String>) -> Result<Value> {
    let campaign = crate::names::campaign(client, id).await?;
    let campaign = serde_json::to_value(&campaign).unwrap_or_default();
    let by_status = count_by_status(client, id, seen).await?;
    let mut view = json!({
        "id": campaign.get("id").cloned().unwrap_or(json!(id)),
        "name": campaign.get("name").cloned().unwrap_or(Value::Null),
        "status": campaign.get("status").cloned().unwrap_or(Value::Null),
        "archived": campaign.get("archived").cloned().unwrap_or(json!(false)),
        "contacts_by_status": by_status,
        "analytics": campaign.get("analytics").cloned().unwrap_or(json!({})),
    });
    if campaign["status"] == "active"
        && let Ok(crate::hours::Window::OpensAt(at)) =
            crate::hours::window(&campaign, chrono::Utc::now())
    {
        view["next_window_opens"] = json!(at.to_rfc3339());
        view["timezone"] = json!(at.timezone().name());
    }
    Ok(view)
}

/// Contacts a page holds at most (the spec's `pageSize` maximum).
const PAGE: u64 = 100;

/// The campaign's contacts by status. A first page of 100 gives the whole
/// (`total_count`) and its contacts; where no more pages hold the rest
/// than there are statuses to count, they are read; else each status is
/// counted by the `total_count` of a page of one filtered by it: the
/// statuses `seen` last time (on the first refresh, the first page's),
/// most frequent first, then the others the crate knows, until the counts
/// add up to the whole. What the known statuses leave uncounted (a status
/// Altur added) is `other`. Either way a refresh costs a few requests,
/// whatever the campaign's size; only a first page without `total_count`
/// has every page read.
async fn count_by_status(
    client: &altur_api::Client,
    id: i64,
    seen: &mut Vec<String>,
) -> Result<BTreeMap<String, u64>> {
    let page = |index: u64| {
        client
            .list_campaign_contacts()
            .id(id)
            .page_size(PAGE)
            .page_index(index as i64)
    };
    let first = page(0).send().await?.into_inner();
    let mut by_status = BTreeMap::new();
    let Some(total) = first.total_count.map(|n| u64::try_from(n).unwrap_or(0)) else {
        // No total: every page, as the stream reads them.
        let mut all = client
            .list_campaign_contacts()
            .id(id)
            .page_size(PAGE)
            .stream();
        while let Some(contact) = all.try_next().await? {
            tally(&mut by_status, &contact);
        }
        *seen = most_first(&by_status);
        return Ok(by_status);
    };
    first
        .contacts
        .iter()
        .for_each(|contact| tally(&mut by_status, contact));
    if seen.is_empty() {
        // The first refresh: the first page's statuses are the likely ones.
        *seen = most_first(&by_status);
    }
    let pages = total.div_ceil(PAGE);
    if pages.saturating_sub(1) <= seen.len() as u64 {
        for index in 1..pages {
            let contacts = page(index).send().await?.into_inner().contacts;
            contacts
                .iter()
                .for_each(|contact| tally(&mut by_status, contact));
        }
        *seen = most_first(&by_status);
        return Ok(by_status);
    }
    let mut order: Vec<String> = seen.clone();
    for status in CampaignContactStatus::KNOWN {
        if !order.iter().any(|s| s == status) {
            order.push((*status).to_owned());
        }
    }
    let mut counts = BTreeMap::new();
    let mut counted = 0;
    for status in order {
        if counted >= total {
            break;
        }
        let n = count(client, id, Some(&status)).await?;
        if n > 0 {
            counted += n;
            counts.insert(status, n);
        }
    }
    *seen = most_first(&counts);
    if counted < total {
        counts.insert("other".to_owned(), total - counted);
    }
    Ok(counts)
}

/// The statuses, the most frequent first (so that the counts reach the
/// whole in the fewest requests).
fn most_first(counts: &BTreeMap<String, u64>) -> Vec<String> {
    let mut statuses: Vec<(&String, &u64)> = counts.iter().collect();
    statuses.sort_by_key(|(_, n)| std::cmp::Reverse(**n));
    statuses.into_iter().map(|(s, _)| s.clone()).collect()
}

fn tally(by_status: &mut BTreeMap<String, u64>, contact: &altur_api::types::CampaignContact) {
    let status = serde_json::to_value(&contact.status)
        .ok()
        .and_then(|s| s.as_str().map(str::to_owned))
        .unwrap_or_else(|| "unknown".into());
    *by_status.entry(status).or_default() += 1;
}

/// How many contacts (of `status`) the campaign has: the `total_count` of
/// a page of one; where the server leaves it out, the items of every page.
async fn count(client: &altur_api::Client, id: i64, status: Option<&str>) -> Result<u64> {
    let filtered = || {
        let list = client.list_campaign_contacts().id(id);
        match status {
            Some(status) => list.status(status),
            None => list,
        }
    };
    let page = filtered().page_size(1).send().await?.into_inner();
    if let Some(total) = page.total_count {
        return Ok(u64::try_from(total).unwrap_or(0));
    }
    let mut stream = filtered().page_size(PAGE).stream();
    let mut n = 0;
    while stream.try_next().await?.is_some() {
        n += 1;
    }
    Ok(n)
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
    if let Some(at) = view["next_window_opens"]
        .as_str()
        .and_then(|at| chrono::DateTime::parse_from_rfc3339(at).ok())
        && let Some(zone) = view["timezone"]
            .as_str()
            .and_then(|zone| zone.parse::<chrono_tz::Tz>().ok())
    {
        lines.push(format!(
            "Outside its calling hours: the next window opens {}",
            crate::hours::when(at.with_timezone(&zone), chrono::Utc::now())
        ));
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

/// Before an action that starts campaign `id` calling (`verb`: `activate`,
/// `resume`): on a terminal, says how many contacts it will call, the
/// campaign's name and when its calling hours let it start (in its time
/// zone), and asks; anything but yes sends nothing. Not on a terminal there
/// is no one to ask: it refuses, having only read the campaign, and says
/// to add `--yes`.
pub async fn confirm_calling(client: &altur_api::Client, id: &str, verb: &str) -> Result<()> {
    // Refused, never let through, where the text is no campaign id.
    let id: i64 = id.parse().map_err(|_| {
        Failure::Usage(format!(
            "`{verb}` needs a campaign's id (altur campaigns list), not {id:?}"
        ))
    })?;
    // Read first: an id the API has nothing under is said as every command
    // says it, not as a question that could not be asked.
    let campaign = crate::names::campaign(client, id).await?;
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(Failure::Usage(format!(
            "`{verb}` starts campaign {id} calling its contacts at once, and there is no \
             terminal to ask on: add --yes to {verb} it"
        )));
    }
    let campaign = serde_json::to_value(campaign).unwrap_or_default();
    let contacts = count(client, id, None).await?;
    let name = campaign["name"]
        .as_str()
        .map(|name| format!(" “{name}”"))
        .unwrap_or_default();
    let now = chrono::Utc::now();
    let when = match crate::hours::window(&campaign, now) {
        Ok(crate::hours::Window::Open { until: Some(until) }) => format!(
            "now: its calling hours run until {}",
            until.format("%H:%M %Z")
        ),
        Ok(crate::hours::Window::Open { until: None }) => {
            "now, at any hour: it has no calling hours (`scheduling`)".to_owned()
        }
        Ok(crate::hours::Window::OpensAt(at)) => format!(
            "from {}, when its calling hours open",
            crate::hours::when(at, now)
        ),
        Ok(crate::hours::Window::Never) => {
            "never: no day of its calling hours (`scheduling`) has a window".to_owned()
        }
        Err(why) => why,
    };
    let contacts = crate::output::counted(contacts, "contact");
    let verb_cap = capitalized(verb);
    let mut stderr = std::io::stderr().lock();
    let _ = write!(
        stderr,
        "{verb_cap} campaign {id}{name}: it calls {contacts}, {when}.\n{verb_cap} it? [y/N] "
    );
    let _ = stderr.flush();
    drop(stderr);
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Failure::Usage(format!("cannot read the answer: {e}")))?;
    if matches!(
        line.trim().to_lowercase().as_str(),
        "y" | "yes" | "s" | "si" | "sí"
    ) {
        Ok(())
    } else {
        Err(Failure::Refused(format!(
            "campaign {id} was not {}: nothing was sent",
            past(verb)
        )))
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// `activate` → `activated`.
fn past(verb: &str) -> String {
    match verb.strip_suffix('e') {
        Some(stem) => format!("{stem}ed"),
        None => format!("{verb}ed"),
    }
}
