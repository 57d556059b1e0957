//! `altur contacts import`: a CSV or JSON Lines file of contacts into a
//! campaign, a thin front to the crate's `Client::import_contacts` (batches,
//! idempotency keys, journal, pacing and rejects are all the crate's). What
//! is here is what a person watches: a progress bar on a terminal, plain
//! lines otherwise, and the summary.

use std::io::IsTerminal;
use std::path::PathBuf;

use altur_api::import::{ContactFile, IfDuplicate, Progress, Totals};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::json;
use tokio::sync::mpsc;

use crate::failure::{Failure, Result};
use crate::globals::Globals;

#[derive(clap::Subcommand, Debug)]
pub enum Command {
    /// Import a CSV or JSON Lines file of contacts into a campaign, in
    /// batches each sent with its own idempotency key; with --journal a run
    /// that stopped goes on where it stopped
    Import {
        /// The campaign's id
        #[arg(long, value_name = "ID")]
        campaign: i64,
        /// The contacts: CSV with a header (contact, name, context, f_id,
        /// any other column into extracted_data) if it ends in .csv, JSON
        /// Lines if in .jsonl or .ndjson
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Record each batch done in this file; run again with it to go on
        /// after a failure, sending no batch twice
        #[arg(long, value_name = "FILE")]
        journal: Option<PathBuf>,
        /// Write the rows that failed or could not be read to this CSV file,
        /// with why, to fix and import again
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
            journal,
            rejects,
            if_duplicate,
        } = self;
        let client = crate::connection::client(globals.base_url.as_deref())?;
        let contacts = ContactFile::open(&file).map_err(Failure::import)?;
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
        let (report, ()) = tokio::join!(job.run_file(&contacts), watcher.watch(progress));
        let report = report.map_err(Failure::import)?;

        crate::output::Output::plain_json().json(&json!({
            "job_id": report.job_id,
            "batches": report.batches,
            "batches_from_journal": report.batches_from_journal,
            "totals": report.totals,
        }));
        let rejected = report.rejected().count();
        eprintln!(
            "done: {}",
            summary(report.rows.len() as u64, &report.totals)
        );
        if rejected == 0 {
            return Ok(());
        }
        Err(Failure::Refused(match &rejects {
            Some(path) => format!("{rejected} rows rejected: they are in {}", path.display()),
            None => format!("{rejected} rows rejected (--rejects FILE keeps them)"),
        }))
    }
}

fn summary(rows: u64, totals: &Totals) -> String {
    format!(
        "{rows} rows: {} created, {} updated, {} skipped as duplicates, {} failed, {} unreadable",
        totals.created, totals.updated, totals.skipped_duplicate, totals.failed, totals.unreadable
    )
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
            let done = summary(state.rows_done, &state.totals);
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
                    eprintln!("batch {}{journal}: {done}{of}", state.batches_done);
                }
            }
        }
        if let Watcher::Bar(bar) = self {
            bar.finish_and_clear();
        }
    }
}
