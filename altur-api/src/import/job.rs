//! The job: rows into batches of the spec's `maxItems`, each sent once
//! (or taken from the journal), its answer mapped back to its rows.

use std::path::PathBuf;
use std::time::Instant;

use futures_core::Stream;
use futures_util::StreamExt;
use tokio::sync::mpsc::UnboundedSender;

use super::IfDuplicate;
use super::error::ImportError;
use super::file::ContactFile;
use super::journal::{BatchRecord, Header, Journal};
use super::keys::{self, ContentHash, Digest256};
use super::pacing::Pacer;
use super::progress::Progress;
use super::rejects::Rejects;
use super::report::{Report, RowOutcome, RowReport, Totals};
use super::row::{ImportItem, Row, RowError};
use crate::Client;
use crate::types::{AddCampaignContactsBody, NewContact};

/// An import of contacts into a campaign, from
/// [`Client::import_contacts`]: set what you need, then `run` it on rows,
/// `run_stream` on a stream of rows, or `run_file` on a [`ContactFile`].
///
/// Batches go one at a time, paced (see [`ImportContacts::run`]). A batch
/// that fails as a whole (after the client's retries) stops the job with
/// [`ImportError::Batch`]; with a journal, running the job again goes on
/// from that batch, sending it with the same key.
#[must_use = "an import does nothing until it is run"]
pub struct ImportContacts<'a> {
    client: &'a Client,
    campaign: i64,
    if_duplicate: IfDuplicate,
    job_id: Option<String>,
    journal: Option<PathBuf>,
    rejects: Option<PathBuf>,
    progress: Option<UnboundedSender<Progress>>,
}

impl<'a> ImportContacts<'a> {
    pub(crate) fn new(client: &'a Client, campaign: i64) -> ImportContacts<'a> {
        ImportContacts {
            client,
            campaign,
            if_duplicate: IfDuplicate::Skip,
            job_id: None,
            journal: None,
            rejects: None,
            progress: None,
        }
    }

    /// What the API does with a contact whose phone number the campaign
    /// has: [`IfDuplicate::Skip`] (the default) or [`IfDuplicate::Update`].
    pub fn if_duplicate(mut self, rule: IfDuplicate) -> Self {
        self.if_duplicate = rule;
        self
    }

    /// Names the job. Each batch's `Idempotency-Key` derives from it, so the
    /// same job name, rows and campaign send the same keys, run after run.
    /// Without one, the job is named after the campaign, the duplicate rule
    /// and the input's fingerprint (the bytes of a [`ContactFile`]; the rows
    /// of another input, which is then read whole before the first batch is
    /// sent). Give one to stream a large input without holding it, or to
    /// import the same rows again as a new job.
    pub fn job_id(mut self, id: impl Into<String>) -> Self {
        self.job_id = Some(id.into());
        self
    }

    /// Keeps a journal at `path`: each batch's outcome is recorded there,
    /// on disk, before the next is sent, and a run that finds the journal
    /// skips the batches it records as done. A journal written for another
    /// job (campaign, input, duplicate rule) is refused, and so is one that
    /// another run holds ([`ImportError::JournalInUse`]): a run holds its
    /// journal until it ends.
    pub fn journal(mut self, path: impl Into<PathBuf>) -> Self {
        self.journal = Some(path.into());
        self
    }

    /// Writes the rows that failed, could not be read, or had no result to
    /// a CSV file at `path` (replaced): their columns as read (with the
    /// input's delimiter), plus `import_error` and `import_row` (the row's
    /// number in the input, the header being row 1). It starts with a UTF-8
    /// byte order mark, so that a spreadsheet opens it with its accents.
    pub fn rejects(mut self, path: impl Into<PathBuf>) -> Self {
        self.rejects = Some(path.into());
        self
    }

    /// Sends a [`Progress`] after each batch (a receiver that has gone away
    /// does not stop the job).
    pub fn progress(mut self, sender: UnboundedSender<Progress>) -> Self {
        self.progress = Some(sender);
        self
    }

    /// Imports `rows`: [`NewContact`]s, [`Row`]s, or what the readers yield
    /// (`Result<Row, RowError>`).
    ///
    /// Requests are spaced evenly: at the client's
    /// [`rate_limit`](crate::ClientBuilder::rate_limit) where it has one,
    /// else at the API's documented 12 per second, never more in any one
    /// second however the server counts them. Returns every row's
    /// outcome, in input order.
    pub async fn run<I>(self, rows: I) -> Result<Report, ImportError>
    where
        I: IntoIterator,
        I::Item: Into<ImportItem>,
    {
        self.run_stream(futures_util::stream::iter(rows)).await
    }

    /// [`run`](Self::run) on a stream of rows.
    pub async fn run_stream<S>(self, rows: S) -> Result<Report, ImportError>
    where
        S: Stream,
        S::Item: Into<ImportItem>,
    {
        let rows = rows.map(Into::into);
        if self.job_id.is_some() {
            let total = match rows.size_hint() {
                (low, Some(high)) if low == high => Some(low as u64),
                _ => None,
            };
            return self.drive(Box::pin(rows), None, total).await;
        }
        let items: Vec<ImportItem> = rows.collect().await;
        let mut hash = ContentHash::default();
        for ImportItem(item) in &items {
            match item {
                Ok(row) => hash.add(&row.contact),
                Err(error) => hash.add_unreadable(error.line, &error.message),
            }
        }
        let total = Some(items.len() as u64);
        let rows = futures_util::stream::iter(items);
        self.drive(rows, Some(hash.finish()), total).await
    }

    /// [`run`](Self::run) on a file's rows, read as they are sent, the job
    /// named after the file's bytes unless given a name.
    pub async fn run_file(self, file: &ContactFile) -> Result<Report, ImportError> {
        let items = futures_util::stream::iter(file.items()?);
        self.drive(items, Some(*file.digest()), Some(file.rows()))
            .await
    }

    async fn drive(
        self,
        mut rows: impl Stream<Item = ImportItem> + Unpin,
        fingerprint: Option<Digest256>,
        total: Option<u64>,
    ) -> Result<Report, ImportError> {
        let batch_size = crate::max_items::ADD_CAMPAIGN_CONTACTS;
        let if_duplicate = self.if_duplicate.to_string();
        let job_id = match &self.job_id {
            Some(id) => id.clone(),
            None => keys::derived_job_id(
                self.campaign,
                &if_duplicate,
                &fingerprint.unwrap_or_default(),
            ),
        };
        let header = Header::new(
            self.campaign,
            &job_id,
            fingerprint.map(hex::encode),
            if_duplicate,
            batch_size,
        );
        // Before the rejects file, which a run refused its journal must not
        // start afresh under the run that holds it.
        let journal = match &self.journal {
            Some(path) => Some(Journal::open(path, &header)?),
            None => None,
        };
        let rejects = match &self.rejects {
            Some(path) => Some(Rejects::create(path)?),
            None => None,
        };
        let mut run = Run {
            pacer: Pacer::for_client(self.client),
            rows_total: total,
            report: Report {
                job_id,
                rows: Vec::with_capacity(total.unwrap_or(0).min(1 << 20) as usize),
                totals: Totals::default(),
                batches: 0,
                batches_from_journal: 0,
                batches_replayed: 0,
                replayed: Totals::default(),
            },
            job: self,
            journal,
            rejects,
        };
        let outcome = run.rows(&mut rows, batch_size).await;
        let finished = run.rejects.as_mut().map_or(Ok(()), Rejects::finish);
        outcome?;
        finished?;
        Ok(run.report)
    }
}

/// A row waiting for its batch's answer, or one that could not be read,
/// reported in its place.
enum Pending {
    Row { index: u64, row: Row },
    Unreadable { index: u64, error: RowError },
}

struct Run<'a> {
    job: ImportContacts<'a>,
    pacer: Pacer,
    journal: Option<Journal>,
    rejects: Option<Rejects>,
    /// Input rows in all, when known before the job ends.
    rows_total: Option<u64>,
    report: Report,
}

impl Run<'_> {
    async fn rows(
        &mut self,
        rows: &mut (impl Stream<Item = ImportItem> + Unpin),
        batch_size: usize,
    ) -> Result<(), ImportError> {
        let mut pending = Vec::with_capacity(batch_size);
        let (mut index, mut batch, mut in_batch) = (0u64, 0u64, 0usize);
        while let Some(ImportItem(item)) = rows.next().await {
            match item {
                // What follows cannot be known: the rows of this batch wait
                // for the next run, which sends them with the same key.
                Err(error) if error.fatal => return Err(ImportError::Unreadable(Box::new(error))),
                Err(error) => pending.push(Pending::Unreadable { index, error }),
                Ok(row) => {
                    pending.push(Pending::Row { index, row });
                    in_batch += 1;
                }
            }
            index += 1;
            if in_batch == batch_size {
                self.batch(batch, std::mem::take(&mut pending)).await?;
                batch += 1;
                in_batch = 0;
            }
        }
        if !pending.is_empty() {
            self.batch(batch, pending).await?;
        }
        Ok(())
    }

    /// Sends one batch (or takes it from the journal) and reports its rows,
    /// and the unreadable rows among them, in input order.
    async fn batch(&mut self, number: u64, mut pending: Vec<Pending>) -> Result<(), ImportError> {
        let started = Instant::now();
        // The rejects file writes a row not read from CSV from its contact.
        let keep_contacts = self.rejects.is_some()
            && pending
                .iter()
                .any(|p| matches!(p, Pending::Row { row, .. } if row.source.is_none()));
        let mut contacts: Vec<NewContact> = Vec::with_capacity(pending.len());
        let mut hash = ContentHash::default();
        let mut first = None;
        for item in &mut pending {
            if let Pending::Row { index, row } = item {
                first.get_or_insert((*index, row.line, row.row));
                hash.add(&row.contact);
                contacts.push(std::mem::take(&mut row.contact));
            }
        }
        let mut outcomes = Vec::new();
        let mut ids = Vec::new();
        let mut totals = Totals::default();
        let mut from_journal = false;
        let mut replayed = false;
        if let Some((first_index, first_line, first_row)) = first {
            let content = hash.finish();
            let sent = contacts.len();
            let recorded = self
                .journal
                .as_ref()
                .and_then(|j| j.done(number).map(|r| (j, r)));
            if let Some((journal, record)) = recorded {
                if record.content != hex::encode(content)
                    || record.first_index != first_index
                    || record.outcomes.len() != sent
                {
                    return Err(ImportError::InputChanged {
                        path: journal.path().to_owned(),
                        batch: number,
                        first_index,
                    });
                }
                // Each was checked when the journal was opened.
                outcomes = record
                    .outcomes
                    .iter()
                    .filter_map(|o| RowOutcome::from_journal(o))
                    .collect();
                ids = record.ids.clone();
                totals = record.totals;
                from_journal = true;
            } else {
                let slot = self.pacer.wait().await;
                let if_duplicate = self.job.if_duplicate.to_string();
                let batch = keys::Batch {
                    campaign: self.job.campaign,
                    if_duplicate: &if_duplicate,
                    job_id: &self.report.job_id,
                    number,
                };
                let key = keys::idempotency_key(&batch, &content);
                let body = AddCampaignContactsBody::builder()
                    .contacts(if keep_contacts {
                        contacts.clone()
                    } else {
                        std::mem::take(&mut contacts)
                    })
                    .if_duplicate(self.job.if_duplicate.clone());
                let response = self
                    .job
                    .client
                    .add_campaign_contacts()
                    .id(self.job.campaign)
                    .idempotency_key(key.clone())
                    .body(body)
                    .send()
                    .await
                    .map_err(|error| ImportError::Batch {
                        batch: number,
                        first_index,
                        first_line,
                        first_row,
                        error: Box::new(error),
                    })?;
                drop(slot);
                // Not documented by Altur: the header Stripe (and the
                // sandbox) put on an answer given again for a seen key.
                replayed = response
                    .headers()
                    .get("idempotent-replayed")
                    .is_some_and(|value| value.as_bytes().eq_ignore_ascii_case(b"true"));
                let response = response.into_inner();
                outcomes = vec![RowOutcome::NoResult; sent];
                ids = vec![None; sent];
                for (position, result) in response.results.iter().enumerate() {
                    // `index` is the row's place in the request; where the
                    // API leaves it out, the result's place stands in.
                    let at = match result.index {
                        Some(index) => usize::try_from(index).ok(),
                        None => Some(position),
                    };
                    if let Some(at) = at.filter(|&at| at < sent) {
                        outcomes[at] = RowOutcome::of(result);
                        ids[at] = result.id.clone();
                    }
                }
                totals = Totals::of_batch(response.summary.as_ref(), &outcomes);
                if let Some(journal) = &mut self.journal {
                    journal.record(BatchRecord {
                        batch: number,
                        first_index,
                        content: hex::encode(content),
                        key,
                        totals,
                        outcomes: outcomes.iter().map(RowOutcome::journal_code).collect(),
                        ids: ids.clone(),
                    })?;
                }
            }
        }

        let rows = outcomes.len() as u64;
        let mut outcomes = outcomes.into_iter().zip(ids);
        let mut sent = 0;
        for item in pending {
            let (index, line, number, outcome, id) = match item {
                Pending::Row { index, row } => {
                    let (outcome, id) = outcomes.next().unwrap_or((RowOutcome::NoResult, None));
                    let contact = contacts.get(sent);
                    sent += 1;
                    if let Some(rejects) = &mut self.rejects {
                        rejects.saw(row.source.as_ref());
                        if outcome.is_rejected() {
                            let error = match &outcome {
                                RowOutcome::Failed { code: Some(code) } => code.clone(),
                                other => other.to_string(),
                            };
                            rejects.write(row.source.as_ref(), contact, row.row, &error)?;
                        }
                    }
                    (index, row.line, row.row, outcome, id)
                }
                Pending::Unreadable { index, error } => {
                    totals.unreadable += 1;
                    if let Some(rejects) = &mut self.rejects {
                        rejects.unreadable(&error)?;
                    }
                    let (line, number) = (Some(error.line), Some(error.row));
                    (index, line, number, RowOutcome::Unreadable(error), None)
                }
            };
            self.report.rows.push(RowReport {
                index,
                line,
                row: number,
                outcome,
                id,
            });
        }

        self.report.totals.add(&totals);
        if rows > 0 {
            self.report.batches += 1;
            self.report.batches_from_journal += u64::from(from_journal);
            if replayed {
                self.report.batches_replayed += 1;
                self.report.replayed.add(&totals);
            }
            tracing::info!(
                target: "altur_api::import",
                campaign = self.job.campaign,
                job = %self.report.job_id,
                batch = number,
                rows,
                created = totals.created,
                updated = totals.updated,
                skipped_duplicate = totals.skipped_duplicate,
                failed = totals.failed,
                unreadable = totals.unreadable,
                from_journal,
                elapsed_ms = started.elapsed().as_secs_f64() * 1000.0,
                "batch"
            );
        }
        if let Some(sender) = &self.job.progress {
            let _ = sender.send(Progress {
                rows_done: self.report.rows.len() as u64,
                rows_total: self.rows_total,
                batches_done: self.report.batches,
                batches_from_journal: self.report.batches_from_journal,
                totals: self.report.totals,
                replayed: self.report.replayed,
            });
        }
        Ok(())
    }
}
