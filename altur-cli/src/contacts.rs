//! `altur contacts import`: a CSV, JSON Lines or Excel file of contacts into a
//! campaign, a thin front to the crate's `Client::import_contacts` (batches,
//! idempotency keys, journal, pacing and rejects are all the crate's). What
//! is here is what a person watches: a progress bar on a terminal, plain
//! lines otherwise, a line per phone number rewritten, and the summary; and
//! `--dry-run`, which reports what the crate found reading the file and
//! sends no contact (it reads the campaign, to check that it exists).

use std::io::IsTerminal;
use std::path::PathBuf;

use altur_api::import::{Check, ContactFile, IfDuplicate, Progress, ReadOptions, Totals};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;
use tokio::sync::mpsc;

use crate::failure::{Failure, Result};
use crate::globals::Globals;
use crate::output::counted;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Import a CSV, JSON Lines or Excel file of contacts into a campaign,
    /// in batches each sent with its own idempotency key; with --journal a
    /// run that stopped goes on where it stopped
    Import {
        #[command(flatten)]
        campaign: crate::names::CampaignFlag,
        /// The contacts: CSV with a header (contact, name, context, f_id,
        /// any other column into extracted_data; comma, semicolon or tab
        /// delimited; UTF-8, as a spreadsheet's "CSV UTF-8") if it ends in
        /// .csv, an Excel workbook (its first sheet, or --sheet; the first
        /// row the header, as in CSV) if in .xlsx, JSON Lines if in .jsonl
        /// or .ndjson
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The sheet of an Excel workbook to read [default: the first]
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
        /// Read a field from a column of another name, as
        /// `--map contact=Teléfono --map name=Nombre` (fields: contact, name,
        /// context, f_id, extracted_data); `--map f_id=COLUMN` sends your own
        /// customer id, which every on_call_end webhook gives back
        #[arg(long = "map", value_name = "FIELD=COLUMN")]
        maps: Vec<String>,
        /// Read phone numbers as written in this country (MX, US, ES...) and
        /// send them in E.164, older forms included (in MX: +52 1, 044, 045,
        /// 01); one that is not a valid number fails, saying why, before
        /// anything is sent
        #[arg(long, value_name = "CODE")]
        region: Option<String>,
        /// Write every phone number --region rewrote to this CSV file (row,
        /// as typed, as sent, why); the summary names a few
        #[arg(long, value_name = "FILE", requires = "region")]
        rewrites: Option<PathBuf>,
        /// Check that the campaign exists; read, map, normalize and check the
        /// file (rows, duplicates within it, what would fail, into --rejects),
        /// print what an import would do, and send no contact
        #[arg(long)]
        dry_run: bool,
        /// Record each batch done in this file; run again with it to go on
        /// after a failure, sending no batch twice
        #[arg(long, value_name = "FILE")]
        journal: Option<PathBuf>,
        /// Write the rows that failed, could not be read or had no result
        /// to this CSV file (UTF-8 with a byte order mark, for Excel), with
        /// why and their row, to fix and import again
        #[arg(long, value_name = "FILE")]
        rejects: Option<PathBuf>,
        /// What to do with a contact whose phone number the campaign has
        #[arg(long, value_enum, default_value_t = Duplicate::Skip)]
        if_duplicate: Duplicate,
    },
}

#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Duplicate {
    Skip,
    Update,
}

impl Command {
    pub async fn run(self, globals: &Globals) -> Result<()> {
        let Command::Import {
            campaign,
            file,
            sheet,
            maps,
            region,
            rewrites,
            dry_run,
            journal,
            rejects,
            if_duplicate,
        } = self;
        let mut options = ReadOptions::new();
        for map in &maps {
            let Some((field, column)) = map.split_once('=') else {
                return Err(Failure::Usage(format!(
                    "--map {map}: give FIELD=COLUMN, as --map contact=Teléfono"
                )));
            };
            options = options.map(field.trim(), column.trim());
        }
        if let Some(region) = &region {
            options = options
                .region(region)
                .map_err(|e| Failure::Usage(format!("--region: {e}")))?;
        }
        let campaign = campaign.id;
        let contacts = match &sheet {
            Some(sheet) => ContactFile::xlsx_sheet(&file, sheet, options),
            None => ContactFile::open_with(&file, options),
        }
        .map_err(Failure::import)?;
        if let Some(path) = &rewrites {
            contacts.check().write_rewrites(path).map_err(|e| {
                Failure::Usage(format!(
                    "--rewrites {}: cannot write it: {e}",
                    path.display()
                ))
            })?;
        }
        if let Some(line) = rewritten(contacts.check(), rewrites.as_deref()) {
            eprintln!("{line}");
        }
        let client = crate::connection::client(globals.base_url.as_deref())?;
        if dry_run {
            // Read-only, after the file (whose faults need no key): a
            // campaign that is not there is said instead of a report on a
            // file meant for nothing.
            crate::names::campaign(&client, campaign).await?;
            return dry(&contacts, if_duplicate, rejects.as_deref());
        }
        let mut job = client
            .import_contacts(campaign)
            .if_duplicate(match if_duplicate {
                Duplicate::Skip => IfDuplicate::Skip,
                Duplicate::Update => IfDuplicate::Update,
            });
        if let Some(journal) = &journal {
            job = job.journal(journal);
        }
        if let Some(rejects) = &rejects {
            job = job.rejects(rejects);
        }
        let (sender, progress) = mpsc::unbounded_channel();
        let job = job.progress(sender);
        let watcher = Watcher::new(contacts.rows());
        let run = async {
            let (report, ()) = tokio::join!(job.run_file(&contacts), watcher.watch(progress));
            report
        };
        let report = tokio::select! {
            report = run => report.map_err(|e| stopped(Failure::import(e), journal.as_deref(), campaign))?,
            // The batch in flight is dropped: the journal has every batch
            // done before it, and its key makes a resend harmless.
            _ = tokio::signal::ctrl_c() => {
                return Err(Failure::Interrupted(resume(
                    "interrupted", journal.as_deref(),
                )));
            }
        };

        crate::output::Output::plain_json().json(&json!({
            "job_id": report.job_id,
            "batches": report.batches,
            "batches_from_journal": report.batches_from_journal,
            "batches_replayed": report.batches_replayed,
            "totals": report.totals,
            "replayed": report.replayed,
            "rewritten": contacts.check().rewritten.len(),
        }));
        let rejected = report.rejected().count();
        eprintln!(
            "done: {}",
            summary(report.rows.len() as u64, &report.totals, &report.replayed)
        );
        if rejected == 0 {
            return Ok(());
        }
        let rows: Vec<String> = report
            .rejected()
            .take(5)
            .map(|r| {
                r.row
                    .map_or_else(|| format!("#{}", r.index + 1), |n| n.to_string())
            })
            .collect();
        let more = if rejected > rows.len() { ", …" } else { "" };
        let which = format!("rows {}{more}", rows.join(", "));
        Err(Failure::Refused(match &rejects {
            Some(path) => format!(
                "{rejected} rows rejected ({which}): they are in {}",
                path.display()
            ),
            None => format!("{rejected} rows rejected ({which}; --rejects FILE keeps them)"),
        }))
    }
}

/// How many phone numbers `--region` rewrote, how many by a rule for an
/// older form (per prefix), and a few of them, one of each rule first: one
/// line, where a line per number would bury the rows that need a person.
fn rewritten(check: &Check, report: Option<&std::path::Path>) -> Option<String> {
    const EXAMPLES: usize = 3;
    let all = &check.rewritten;
    if all.is_empty() {
        return None;
    }
    let mut by_rule: Vec<(&str, usize)> = Vec::new();
    for rule in all.iter().filter_map(|r| r.rule) {
        match by_rule
            .iter_mut()
            .find(|(prefix, _)| *prefix == rule.prefix)
        {
            Some((_, n)) => *n += 1,
            None => by_rule.push((rule.prefix, 1)),
        }
    }
    let older: usize = by_rule.iter().map(|(_, n)| n).sum();
    let mut examples: Vec<&altur_api::import::Rewrite> = Vec::new();
    for rewrite in all.iter().filter(|r| r.rule.is_some()) {
        if !examples.iter().any(|e| e.rule == rewrite.rule) && examples.len() < EXAMPLES {
            examples.push(rewrite);
        }
    }
    for rewrite in all {
        if examples.len() < EXAMPLES && !examples.contains(&rewrite) {
            examples.push(rewrite);
        }
    }
    examples.sort_by_key(|r| r.row);
    by_rule.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    let prefixes: Vec<String> = by_rule
        .iter()
        .map(|(prefix, n)| format!("{n} with {prefix}"))
        .collect();
    let older = match older {
        0 => String::new(),
        n => format!(" ({n} in an older form: {})", prefixes.join(", ")),
    };
    let examples: Vec<String> = examples
        .iter()
        .map(|r| format!("row {}: {} sent as {}", r.row, r.typed, r.e164))
        .collect();
    let every = match report {
        Some(path) => format!("every one is in {}", path.display()),
        None => "--rewrites FILE lists every one".to_owned(),
    };
    Some(format!(
        "{} rewritten to E.164{older}, e.g. {}; {every}",
        counted(all.len() as u64, "phone number"),
        examples.join("; ")
    ))
}

fn summary(count: u64, totals: &Totals, replayed: &Totals) -> String {
    format!("{}: {}", counted(count, "row"), outcomes(totals, replayed))
}

/// How to go on after a run that stopped: the same command, which the
/// journal (or, without one, the batches' keys) keeps from doing anything
/// twice.
fn resume(what: &str, journal: Option<&std::path::Path>) -> String {
    match journal {
        Some(journal) => format!(
            "{what}: run the same command again to go on where it stopped (the journal {} \
             records every batch done; none is sent twice)",
            journal.display()
        ),
        None => format!(
            "{what}: run the same command again to go on (the batches already sent are \
             answered again by their keys, nothing is added twice); add --journal FILE to \
             skip them"
        ),
    }
}

/// An import that stopped part way, with how to go on where that helps.
fn stopped(failure: Failure, journal: Option<&std::path::Path>, campaign: i64) -> Failure {
    let Failure::Import(error) = failure else {
        return failure;
    };
    let line = resume(&error.to_string(), journal);
    match *error {
        altur_api::import::ImportError::Batch { error: api, .. }
            if crate::failure::is_not_found(&api) =>
        {
            crate::names::not_found(Failure::from(*api), "campaign", campaign)
        }
        altur_api::import::ImportError::Batch { error: api, .. } => {
            Failure::Stopped { error: api, line }
        }
        other => Failure::import(other),
    }
}

/// The counts; what batches answered as replays hold is said as replayed
/// (an earlier run did it), not as done now.
fn outcomes(totals: &Totals, replayed: &Totals) -> String {
    let done_now = |all: u64, earlier: u64| all.saturating_sub(earlier);
    let replays = [
        replayed.created,
        replayed.updated,
        replayed.skipped_duplicate,
        replayed.failed,
    ]
    .iter()
    .sum::<u64>();
    let replays = match replays {
        0 => String::new(),
        n => format!("{n} replayed (an earlier run sent them: nothing done again), "),
    };
    format!(
        "{replays}{} created, {} updated, {} skipped as duplicates, {} failed, {} unreadable, \
         {} without a result",
        done_now(totals.created, replayed.created),
        done_now(totals.updated, replayed.updated),
        done_now(totals.skipped_duplicate, replayed.skipped_duplicate),
        done_now(totals.failed, replayed.failed),
        totals.unreadable,
        totals.no_result
    )
}

/// `--dry-run`: what reading the file found, a line per row concerned and
/// the summary (stdout, JSON), nothing sent. Exits as an import would: 1
/// where rows would fail before being sent.
fn dry(
    contacts: &ContactFile,
    if_duplicate: Duplicate,
    rejects: Option<&std::path::Path>,
) -> Result<()> {
    let check: &Check = contacts.check();
    for error in &check.unreadable {
        eprintln!("{error}");
    }
    let rule = match if_duplicate {
        Duplicate::Skip => "skips it",
        Duplicate::Update => "updates the first with it",
    };
    for duplicate in &check.duplicates {
        eprintln!(
            "row {}: {} is also row {}'s: the API {rule}",
            duplicate.row, duplicate.contact, duplicate.first_row
        );
    }
    for row in &check.without_contact {
        eprintln!("row {row}: no phone number: the API fails it (MISSING_CONTACT)");
    }
    let unreadable = check.unreadable.len() as u64;
    let rows = contacts.rows();
    let rejects_written = match rejects {
        Some(path) => Some((path, contacts.write_rejects(path).map_err(Failure::import)?)),
        None => None,
    };
    crate::output::Output::plain_json().json(&json!({
        "dry_run": true,
        "rows": rows,
        "to_send": rows - unreadable,
        "unreadable": unreadable,
        "rewritten": check.rewritten.len(),
        "duplicates": check.duplicates.len(),
        "without_contact": check.without_contact.len(),
    }));
    eprintln!(
        "dry run: {rows} rows: {} to send, {unreadable} unreadable, {} phone numbers rewritten, \
         {} duplicates within the file, {} without a phone number; no contact was sent{}",
        rows - unreadable,
        check.rewritten.len(),
        check.duplicates.len(),
        check.without_contact.len(),
        match rejects_written {
            Some((path, n)) => format!("; the {n} rows that would fail are in {}", path.display()),
            None => String::new(),
        }
    );
    if unreadable == 0 {
        Ok(())
    } else {
        Err(Failure::Refused(format!(
            "{unreadable} rows would fail before being sent"
        )))
    }
}

/// A bar on a terminal; elsewhere (a log, a pipe) a line per batch.
enum Watcher {
    Bar(ProgressBar),
    Lines,
}

impl Watcher {
    fn new(rows: u64) -> Watcher {
        if !std::io::stderr().is_terminal() {
            return Watcher::Lines;
        }
        let bar = ProgressBar::new(rows);
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} rows, {per_sec}, {eta} left  {msg}")
        {
            bar.set_style(style);
        }
        Watcher::Bar(bar)
    }

    /// Until the job drops its end of the channel.
    async fn watch(self, mut progress: mpsc::UnboundedReceiver<Progress>) {
        while let Some(state) = progress.recv().await {
            match &self {
                Watcher::Bar(bar) => {
                    if let Some(total) = state.rows_total {
                        bar.set_length(total);
                    }
                    bar.set_position(state.rows_done);
                    bar.set_message(format!(
                        "{} failed, {} from the journal",
                        state.totals.failed, state.batches_from_journal
                    ));
                }
                Watcher::Lines => {
                    let of = state
                        .rows_total
                        .map(|t| format!(" of {t}"))
                        .unwrap_or_default();
                    let journal = match state.batches_from_journal {
                        0 => String::new(),
                        n => format!(" ({n} from the journal)"),
                    };
                    // The job's own count, from 1 in every run: a resumed
                    // run's batches taken from the journal are counted too.
                    eprintln!(
                        "batch {}{journal}: {} so far{of}: {}",
                        state.batches_done,
                        counted(state.rows_done, "row"),
                        outcomes(&state.totals, &state.replayed)
                    );
                }
            }
        }
        if let Watcher::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}
