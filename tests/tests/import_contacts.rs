//! `Client::import_contacts` against the sandbox (in-process), which keeps
//! contacts and replays a request whose `Idempotency-Key` it has seen, and
//! injects the faults asked of it: batches, keys, the journal across lost
//! answers and killed processes and held by one run at a time, per-row
//! outcomes, rejects, pacing; files as spreadsheets write them.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use altur_api::Client;
use altur_api::import::{ContactFile, ImportError, Progress, Report, RowOutcome};
use altur_api_tests::captured::Captured;
use altur_api_tests::rng::Rng;
use altur_api_tests::sandbox::{create_campaign, phone_campaign};
use altur_sandbox::{Fault, Faults, Request, Sandbox};

/// The sandbox, its rate limit off (the import paces itself at the
/// documented 12 per second all the same), with `faults`.
async fn start(faults: Faults) -> Server {
    let sandbox = Sandbox::builder()
        .seed(27)
        .rate_limits(false)
        .faults(faults)
        .start()
        .await
        .expect("the sandbox starts");
    Server { sandbox }
}

/// The sandbox as these tests read it: the `add_campaign_contacts`
/// requests it answered, the contacts it holds.
struct Server {
    sandbox: Sandbox,
}

impl Server {
    /// A new campaign; its id.
    async fn campaign(&self) -> altur_api::types::CampaignId {
        create_campaign(
            &self.sandbox.client(),
            phone_campaign(&self.sandbox.agents()[0], "Cobranza"),
        )
        .await
    }

    fn url(&self) -> &str {
        self.sandbox.base_url()
    }

    /// The `add_campaign_contacts` requests, in order.
    fn handled(&self) -> Vec<Handled> {
        self.sandbox
            .requests()
            .into_iter()
            .filter(|r| r.operation.as_deref() == Some("add_campaign_contacts"))
            .map(Handled::of)
            .collect()
    }

    /// Batches carried out (replays and faults that do nothing aside).
    fn accepted(&self) -> usize {
        self.handled().iter().filter(|h| h.done).count()
    }

    /// Waits, without blocking the sandbox, until `batches` batches have
    /// been carried out (the test fails after 30 s).
    async fn until_accepted(&self, batches: usize) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while self.accepted() < batches {
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {batches} batches accepted (got {})",
                self.accepted()
            );
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    /// Every one of `count` generated contacts ([`phone`]) is in the
    /// campaign, and none was carried out twice (replays aside).
    fn assert_each_contact_once(&self, campaign: altur_api::types::CampaignId, count: usize) {
        let contacts = self.sandbox.contacts(campaign);
        assert_eq!(contacts.len(), count, "contacts in campaign {campaign}");
        let held: std::collections::HashSet<String> =
            contacts.iter().filter_map(|c| c.contact.clone()).collect();
        let mut received: std::collections::HashMap<String, u32> = Default::default();
        for handled in self
            .handled()
            .iter()
            .filter(|h| h.done && h.campaign == campaign)
        {
            for phone in &handled.phones {
                *received.entry(phone.clone()).or_default() += 1;
            }
        }
        for i in 0..count {
            assert!(
                held.contains(&phone(i)),
                "contact {i} ({}) is missing",
                phone(i)
            );
            assert_eq!(
                received.get(&phone(i)),
                Some(&1),
                "contact {i} was received twice"
            );
        }
    }
}

/// What the sandbox did with one request.
#[derive(Clone, Debug)]
struct Handled {
    key: Option<String>,
    campaign: altur_api::types::CampaignId,
    /// The rows' phone numbers.
    phones: Vec<String>,
    /// Answered from the replay store, nothing done.
    replayed: bool,
    /// Carried out (not replayed, nor refused or stalled by a fault).
    done: bool,
    at: chrono::DateTime<chrono::Utc>,
}

impl Handled {
    fn of(request: Request) -> Handled {
        let body = request.json().unwrap_or_default();
        let phones = body["contacts"]
            .as_array()
            .map(|rows| {
                rows.iter()
                    .map(|r| r["contact"].as_str().unwrap_or("").to_owned())
                    .collect()
            })
            .unwrap_or_default();
        let campaign = request
            .path
            .trim_start_matches("/campaigns/")
            .trim_end_matches("/contacts")
            .parse::<i64>()
            .unwrap_or(0);
        let fault = request.fault.as_deref().unwrap_or("");
        let does_nothing =
            fault == "ServerError" || fault == "Stall" || fault.starts_with("RateLimited");
        Handled {
            key: request.header("idempotency-key").map(str::to_owned),
            campaign: campaign.into(),
            phones,
            replayed: request.replayed,
            done: !request.replayed && !does_nothing && request.status.is_none_or(|s| s < 400),
            at: request.at,
        }
    }

    fn rows(&self) -> usize {
        self.phones.len()
    }
}

fn client(server: &Server) -> Client {
    server.sandbox.client()
}

/// `count` contacts, `+52155` and a running number, with a name and a
/// column for `extracted_data`, as CSV text with its header.
fn contacts_csv(count: usize) -> String {
    let mut text = String::from("contact,name,f_id,plan\n");
    for i in 0..count {
        text.push_str(&format!("{},Contact {i},user_{i},gold\n", phone(i)));
    }
    text
}

/// The phone number of the `i`-th generated contact.
fn phone(i: usize) -> String {
    format!("+52155{i:08}")
}

/// Everything this test binary logs at INFO and above. A global subscriber
/// rather than a scoped one: tests on other threads hitting the same
/// callsite first would otherwise leave it disabled.
fn log() -> &'static Captured {
    static LOG: std::sync::OnceLock<Captured> = std::sync::OnceLock::new();
    LOG.get_or_init(|| {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::INFO)
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("the only global subscriber");
        captured
    })
}

/// The import's future can be spawned (checked at compile time).
#[allow(dead_code)]
fn the_import_can_run_on_any_thread(client: &Client, file: &ContactFile) {
    fn send<T: Send>(_: T) {}
    send(client.import_contacts(1).run_file(file));
    send(
        client
            .import_contacts(1)
            .run(Vec::<altur_api::types::NewContact>::new()),
    );
    send(
        client
            .import_contacts(1)
            .job_id("streamed")
            .run_stream(futures_util::stream::iter(
                Vec::<altur_api::import::Row>::new(),
            )),
    );
}

/// A fresh directory for one test's files, under the target directory (as
/// webhook_receiver_restarts.rs keeps its store) rather than left in the
/// system's temporary directory run after run: `cargo clean` takes it away.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "altur-import-{name}-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// One run of the job on `file` into `campaign`, journalled at `journal`.
async fn with_journal(
    client: &Client,
    campaign: altur_api::types::CampaignId,
    journal: &Path,
    file: &ContactFile,
) -> Result<Report, ImportError> {
    client
        .import_contacts(campaign)
        .journal(journal)
        .run_file(file)
        .await
}

#[tokio::test]
async fn ten_thousand_rows_are_ten_batches_whose_keys_a_second_run_sends_again() {
    let server = start(Faults::none()).await;
    let campaign = server.campaign().await;
    let dir = scratch("ten-thousand");
    let file = ContactFile::csv(write(&dir, "contacts.csv", contacts_csv(10_000))).unwrap();
    assert_eq!(file.rows(), 10_000);

    let captured = log();
    let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel::<Progress>();
    let report = client(&server)
        .import_contacts(campaign)
        .progress(sender)
        .run_file(&file)
        .await
        .expect("the import succeeds");

    let first: Vec<_> = server.handled();
    assert_eq!(first.len(), 10, "requests");
    assert!(first.iter().all(|h| h.rows() == 1000 && !h.replayed));
    let keys: Vec<String> = first
        .iter()
        .map(|h| h.key.clone().expect("a key"))
        .collect();
    let distinct: std::collections::HashSet<_> = keys.iter().collect();
    assert_eq!(distinct.len(), 10, "one key per batch: {keys:?}");
    server.assert_each_contact_once(campaign, 10_000);

    assert_eq!(report.totals.created, 10_000);
    assert_eq!((report.batches, report.batches_from_journal), (10, 0));
    assert_eq!(report.rows.len(), 10_000);
    for (i, row) in report.rows.iter().enumerate() {
        assert_eq!((row.index, row.line), (i as u64, Some(i as u64 + 2)));
        assert_eq!(row.row, Some(i as u64 + 2), "the header is row 1");
        assert_eq!(row.outcome, RowOutcome::Created, "row {i}");
        assert!(row.id.is_some(), "row {i} has the id the server gave");
    }

    let mut events = Vec::new();
    while let Ok(progress) = receiver.try_recv() {
        events.push(progress);
    }
    assert_eq!(events.len(), 10, "one progress event per batch");
    for (n, progress) in events.iter().enumerate() {
        assert_eq!(progress.batches_done, n as u64 + 1);
        assert_eq!(progress.rows_done, (n as u64 + 1) * 1000);
        assert_eq!(progress.rows_total, Some(10_000));
        assert_eq!(progress.totals.created, (n as u64 + 1) * 1000);
    }
    let log = captured.text();
    let batch_lines: Vec<_> = log
        .lines()
        .filter(|l| {
            l.contains(&format!(
                "altur_api::import: batch campaign={campaign} job={} ",
                report.job_id
            ))
        })
        .collect();
    assert_eq!(batch_lines.len(), 10, "one tracing event per batch:\n{log}");
    assert!(batch_lines[3].contains("batch=3") && batch_lines[3].contains("created=1000"));

    // The same job again, from another client: the same keys, replayed.
    let again = client(&server)
        .import_contacts(campaign)
        .run_file(&file)
        .await
        .expect("the second run succeeds");
    let second: Vec<_> = server.handled()[10..].to_vec();
    let second_keys: Vec<String> = second.iter().map(|h| h.key.clone().unwrap()).collect();
    assert_eq!(second_keys, keys, "the same keys, in the same order");
    assert!(second.iter().all(|h| h.replayed), "each answered by replay");
    assert_eq!(again.job_id, report.job_id);
    assert_eq!(again.totals, report.totals);
    server.assert_each_contact_once(campaign, 10_000);
}

#[tokio::test]
async fn a_lost_answer_is_sent_again_with_its_key_by_the_resumed_run() {
    // Batch 3 (the fourth) is accepted, and its answer never arrives.
    let lost = || Faults::none().aim("add_campaign_contacts", 4, Fault::LostAnswer);
    let server = start(lost()).await;
    let campaign = server.campaign().await;
    let dir = scratch("lost-answer");
    let file = ContactFile::csv(write(&dir, "contacts.csv", contacts_csv(10_000))).unwrap();
    let journal = dir.join("import.journal");
    let no_retries = server
        .sandbox
        .client_builder()
        .max_retries(0)
        .build()
        .unwrap();
    let error = with_journal(&no_retries, campaign, &journal, &file)
        .await
        .expect_err("the lost answer stops the job");
    assert!(
        matches!(
            error,
            ImportError::Batch {
                batch: 3,
                first_index: 3000,
                first_line: Some(3002),
                first_row: Some(3002),
                ..
            }
        ),
        "{error}"
    );
    assert!(
        error
            .to_string()
            .starts_with("batch 4 (from row 3002) failed"),
        "numbered as the progress lines number batches: {error}"
    );
    assert_eq!(server.accepted(), 4, "batch 3 was accepted all the same");
    let lost_key = server.handled()[3].key.clone().unwrap();

    let report = with_journal(&no_retries, campaign, &journal, &file)
        .await
        .expect("the resumed run succeeds");
    let resumed = server.handled()[4..].to_vec();
    assert_eq!(resumed.len(), 7, "batches 3 to 9, nothing before");
    assert_eq!(resumed[0].key.as_deref(), Some(lost_key.as_str()));
    assert!(resumed[0].replayed, "the server replays batch 3");
    assert!(resumed[1..].iter().all(|h| !h.replayed));
    assert_eq!(report.batches_from_journal, 3);
    assert_eq!(report.totals.created, 10_000);
    assert!(report.rows.iter().all(|r| r.outcome == RowOutcome::Created));
    server.assert_each_contact_once(campaign, 10_000);

    // With retries (the default), one run gets over the lost answer itself,
    // sending the batch again with the same key.
    let server = start(lost()).await;
    let campaign = server.campaign().await;
    let report = client(&server)
        .import_contacts(campaign)
        .run_file(&file)
        .await
        .expect("the retry recovers");
    let handled = server.handled();
    assert_eq!(handled.len(), 11);
    assert_eq!(handled[3].key, handled[4].key);
    assert!(handled[4].replayed);
    assert_eq!(report.totals.created, 10_000);
    server.assert_each_contact_once(campaign, 10_000);
}

fn spawn_child(
    server: &Server,
    campaign: altur_api::types::CampaignId,
    file: &Path,
    journal: &Path,
) -> Child {
    Command::new(env!("CARGO_BIN_EXE_import_child"))
        .env("ALTUR_API_KEY", server.sandbox.api_key())
        .args([server.url(), &campaign.to_string()])
        .arg(file)
        .arg(journal)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the child starts")
}

fn finish(child: Child) -> String {
    let output = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "the child failed: {}\n{stdout}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_process_killed_between_batches_and_run_again_loses_and_repeats_nothing() {
    // The fifth request (batch 4) is never answered, nor carried out; the
    // eighth (batch 6 of the second run, which starts from batch 4) is
    // carried out and never answered.
    let server = start(
        Faults::none()
            .aim("add_campaign_contacts", 5, Fault::Stall)
            .aim("add_campaign_contacts", 8, Fault::Hang),
    )
    .await;
    let campaign = server.campaign().await;
    let dir = scratch("killed");
    let file = write(&dir, "contacts.csv", contacts_csv(10_000));
    let journal = dir.join("import.journal");

    // Killed while batch 4 waits for the server, batches 0 to 3 recorded.
    let mut child = spawn_child(&server, campaign, &file, &journal);
    server.until_accepted(4).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(server.accepted(), 4);

    // Killed after batch 6 was accepted and before its answer came back.
    let mut child = spawn_child(&server, campaign, &file, &journal);
    server.until_accepted(7).await;
    let held_key = server.handled().last().unwrap().key.clone();
    child.kill().unwrap();
    child.wait().unwrap();

    let before = server.handled().len();
    let started = Instant::now();
    let stdout = finish(spawn_child(&server, campaign, &file, &journal));
    // A run's start (reading the file beforehand) and four batches: on a
    // slow machine, longer than the moments below would otherwise reach.
    let run_ms = started.elapsed().as_millis() as u64;
    assert!(
        stdout.contains("done {\"created\":10000,\"updated\":0,\"skipped_duplicate\":0,\"failed\":0,\"rows\":10000,\"from_journal\":6}"),
        "{stdout}"
    );
    let last_run = server.handled()[before..].to_vec();
    assert_eq!(last_run.len(), 4, "batches 6 to 9");
    assert_eq!(last_run[0].key, held_key, "batch 6 again, with its key");
    assert!(last_run[0].replayed);
    server.assert_each_contact_once(campaign, 10_000);

    // Killed at random moments, over and over, until a run completes.
    let mut rng = Rng(0x5eed_1234_abcd);
    let journal = dir.join("random.journal");
    let campaign = server.campaign().await;
    let mut kills = 0;
    loop {
        let mut child = spawn_child(&server, campaign, &file, &journal);
        tokio::time::sleep(Duration::from_millis(20 + rng.below(400.max(run_ms)))).await;
        if child.try_wait().unwrap().is_some() {
            finish(child);
            break;
        }
        child.kill().unwrap();
        child.wait().unwrap();
        kills += 1;
        assert!(kills < 60, "the job never completed");
    }
    assert!(kills >= 1, "the child was never killed");
    server.assert_each_contact_once(campaign, 10_000);
}

#[tokio::test]
async fn a_journal_another_run_holds_is_refused_with_nothing_sent_until_that_run_ends() {
    // Batch 1's request is carried out and never answered.
    let server = start(Faults::none().aim("add_campaign_contacts", 2, Fault::Hang)).await;
    let campaign = server.campaign().await;
    let dir = scratch("held");
    let file = ContactFile::csv(write(&dir, "contacts.csv", contacts_csv(3000))).unwrap();
    let journal = dir.join("import.journal");
    let rejects = write(&dir, "rejects.csv", "the other run's\n");
    let client = client(&server);

    // The first run holds the journal while it waits for batch 1's answer;
    // the second, on the same journal, is refused before it sends or writes.
    let first = with_journal(&client, campaign, &journal, &file);
    let second = async {
        server.until_accepted(2).await;
        let before = server.sandbox.requests().len();
        let refused = client
            .import_contacts(campaign)
            .journal(&journal)
            .rejects(&rejects)
            .run_file(&file)
            .await;
        (refused, server.sandbox.requests().len() - before)
    };
    // Boxed, so that dropping it ends the run (and closes the journal).
    let mut first = Box::pin(first);
    let (refused, sent) = tokio::select! {
        ended = &mut first => panic!("the first run ended: {ended:?}"),
        second = second => second,
    };
    let error = match refused {
        Ok(report) => panic!("the second run went ahead: {} batches", report.batches),
        Err(error) => error,
    };
    match &error {
        ImportError::JournalInUse { path } => assert_eq!(path, &journal),
        other => panic!("expected JournalInUse, got {other:?}"),
    }
    assert_eq!(
        error.to_string(),
        format!(
            "another import holds the journal {}, so this one sent nothing: \
             run it again once that one has ended",
            journal.display()
        )
    );
    assert_eq!(sent, 0, "the refused run sent nothing");
    assert_eq!(
        std::fs::read_to_string(&rejects).unwrap(),
        "the other run's\n",
        "nor started the rejects file afresh"
    );

    // A run that ends, here by being dropped, frees the journal: the next
    // goes on from batch 1, every contact once.
    drop(first);
    let report = with_journal(&client, campaign, &journal, &file)
        .await
        .expect("the journal is free");
    assert_eq!(report.batches_from_journal, 1);
    assert_eq!(report.totals.created, 3000);
    server.assert_each_contact_once(campaign, 3000);
}

/// What the server and the reader make of row `i` of the mixed file.
#[derive(Debug, PartialEq)]
enum Expected {
    Created,
    Duplicate,
    Invalid,
    Missing,
    Unreadable,
}

fn expected(i: usize) -> Expected {
    match i {
        _ if i % 211 == 5 => Expected::Unreadable,
        _ if i % 97 == 3 => Expected::Invalid,
        _ if i % 193 == 7 => Expected::Missing,
        _ if i % 101 == 50 && i > 100 => Expected::Duplicate,
        _ => Expected::Created,
    }
}

/// 2,500 rows: some with a malformed phone number, some without one, some
/// repeating an earlier row's number, some that cannot be read.
fn mixed_csv() -> String {
    let mut text = String::from("name,contact,plan,extracted_data\n");
    for i in 0..2500 {
        let row = match expected(i) {
            Expected::Created => format!("Contact {i},{},gold,\n", phone(i)),
            Expected::Invalid => format!("Contact {i},12ab{i},gold,\n"),
            Expected::Missing => format!("Contact {i},,gold,\n"),
            Expected::Duplicate => format!("Contact {i},{},gold,\n", phone(i - 100)),
            Expected::Unreadable if i % 2 == 0 => format!("Contact {i},{},gold\n", phone(i)),
            Expected::Unreadable => format!("Contact {i},{},gold,\"{{not json\"\n", phone(i)),
        };
        text.push_str(&row);
    }
    text
}

#[tokio::test]
async fn each_row_is_reported_under_its_line_and_the_rejects_file_holds_exactly_the_failed() {
    let server = start(Faults::none()).await;
    let campaign = server.campaign().await;
    let dir = scratch("rejects");
    let text = mixed_csv();
    let file = ContactFile::csv(write(&dir, "mixed.csv", &text)).unwrap();
    let rejects = dir.join("rejects.csv");
    let report = client(&server)
        .import_contacts(campaign)
        .rejects(&rejects)
        .run_file(&file)
        .await
        .unwrap();

    assert_eq!(report.rows.len(), 2500);
    let lines: Vec<&str> = text.lines().collect();
    let mut counted = [0u64; 5];
    for (i, row) in report.rows.iter().enumerate() {
        let line = i as u64 + 2;
        assert_eq!((row.index, row.line), (i as u64, Some(line)), "row {i}");
        let what = expected(i);
        match (&what, &row.outcome) {
            (Expected::Created, RowOutcome::Created) => counted[0] += 1,
            (Expected::Duplicate, RowOutcome::SkippedDuplicate) => counted[1] += 1,
            (Expected::Invalid, RowOutcome::Failed { code }) => {
                assert_eq!(code.as_deref(), Some("INVALID_PHONE_NUMBER"));
                counted[2] += 1;
            }
            (Expected::Missing, RowOutcome::Failed { code }) => {
                assert_eq!(code.as_deref(), Some("MISSING_CONTACT"));
                counted[3] += 1;
            }
            (Expected::Unreadable, RowOutcome::Unreadable(error)) => {
                assert_eq!(error.line, line);
                if i % 2 == 0 {
                    assert_eq!(
                        (error.column, error.field.as_deref()),
                        (Some(4), Some("extracted_data"))
                    );
                    assert!(
                        error.message.contains("3 fields where the header has 4"),
                        "{error}"
                    );
                } else {
                    assert_eq!(
                        (error.column, error.field.as_deref()),
                        (Some(4), Some("extracted_data"))
                    );
                    assert!(error.message.contains("not a JSON object"), "{error}");
                }
                counted[4] += 1;
            }
            (what, outcome) => panic!(
                "line {line} ({}): expected {what:?}, got {outcome}",
                lines[i + 1]
            ),
        }
    }
    // The totals are the batches' summaries summed: the server's own counts.
    let t = report.totals;
    assert_eq!(
        [
            t.created,
            t.skipped_duplicate,
            t.failed,
            t.unreadable,
            t.updated
        ],
        [
            counted[0],
            counted[1],
            counted[2] + counted[3],
            counted[4],
            0
        ]
    );
    assert!(
        counted.iter().all(|&n| n > 0),
        "every kind occurs: {counted:?}"
    );
    assert_eq!(counted.iter().sum::<u64>(), 2500);
    assert_eq!(server.sandbox.contacts(campaign).len() as u64, counted[0]);

    // The rejects: the header plus import_error, then exactly the rows that
    // failed or could not be read, each as it was in the file.
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(&rejects)
        .unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "name",
            "contact",
            "plan",
            "extracted_data",
            "import_error",
            "import_row"
        ]
    );
    let rejected: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let wanted: Vec<usize> = (0..2500)
        .filter(|&i| {
            matches!(
                expected(i),
                Expected::Invalid | Expected::Missing | Expected::Unreadable
            )
        })
        .collect();
    assert_eq!(rejected.len(), wanted.len());
    let mut originals = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let originals: Vec<csv::StringRecord> = originals.records().map(Result::unwrap).collect();
    for (record, &i) in rejected.iter().zip(&wanted) {
        let fields: Vec<&str> = record.iter().collect();
        let original: Vec<&str> = originals[i].iter().collect();
        let error = fields[4];
        assert_eq!(&fields[..original.len()], &original[..], "row {i}");
        assert_eq!(fields[5], (i + 2).to_string(), "its spreadsheet row");
        match expected(i) {
            Expected::Invalid => assert_eq!(error, "INVALID_PHONE_NUMBER"),
            Expected::Missing => assert_eq!(error, "MISSING_CONTACT"),
            _ => assert!(
                error.starts_with(&format!("row {}, column 4", i + 2)),
                "{error}"
            ),
        }
    }
}

#[tokio::test]
async fn a_journal_of_another_input_or_campaign_is_refused_and_nothing_is_sent() {
    let server = start(Faults::none()).await;
    let (twelve, thirteen, fourteen) = (
        server.campaign().await,
        server.campaign().await,
        server.campaign().await,
    );
    let dir = scratch("refused");
    let journal = dir.join("import.journal");
    let first = ContactFile::csv(write(&dir, "a.csv", contacts_csv(1500))).unwrap();
    with_journal(&client(&server), twelve, &journal, &first)
        .await
        .unwrap();
    let sent = server.handled().len();

    let other = ContactFile::csv(write(&dir, "b.csv", contacts_csv(1501))).unwrap();
    let error = with_journal(&client(&server), twelve, &journal, &other)
        .await
        .expect_err("another input's journal");
    assert!(matches!(error, ImportError::OtherJob { .. }), "{error:?}");
    let message = error.to_string();
    assert!(
        message.contains("written for another import") && message.contains("import.journal"),
        "{message}"
    );

    let error = with_journal(&client(&server), thirteen, &journal, &first)
        .await
        .expect_err("another campaign's journal");
    assert!(
        error
            .to_string()
            .contains(&format!("campaign {twelve}, not {thirteen}")),
        "{error}"
    );
    assert_eq!(server.handled().len(), sent, "nothing was sent");

    // A job given its name, whose rows changed since its journal: refused at
    // the first batch that differs, before it is sent.
    let rows = |n: usize| {
        (0..n)
            .map(|i| {
                altur_api_tests::built(altur_api::types::NewContact::builder().contact(phone(i)))
            })
            .collect::<Vec<altur_api::types::NewContact>>()
    };
    let named = dir.join("named.journal");
    client(&server)
        .import_contacts(fourteen)
        .job_id("weekly")
        .journal(&named)
        .run(rows(1500))
        .await
        .unwrap();
    let sent = server.handled().len();
    let mut changed = rows(1500);
    changed[10].name = Some("changed".into());
    let error = client(&server)
        .import_contacts(fourteen)
        .job_id("weekly")
        .journal(&named)
        .run(changed)
        .await
        .expect_err("changed rows");
    assert!(
        matches!(error, ImportError::InputChanged { batch: 0, .. }),
        "{error:?}"
    );
    assert_eq!(server.handled().len(), sent, "nothing was sent");
}

#[tokio::test]
async fn a_damaged_journal_is_refused_and_a_torn_last_line_ignored() {
    let server = start(Faults::none()).await;
    let fifteen = server.campaign().await;
    let dir = scratch("torn");
    let file = ContactFile::csv(write(&dir, "a.csv", contacts_csv(3000))).unwrap();
    let journal = dir.join("import.journal");
    with_journal(&client(&server), fifteen, &journal, &file)
        .await
        .unwrap();
    let text = std::fs::read_to_string(&journal).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 4, "a header and three batches");

    // The last batch's line cut in half, as by a kill while writing: that
    // batch is sent again, with its key, and replayed.
    let torn = format!(
        "{}\n{}\n{}\n{}",
        lines[0],
        lines[1],
        lines[2],
        &lines[3][..lines[3].len() / 2]
    );
    std::fs::write(&journal, torn).unwrap();
    let before = server.handled().len();
    let report = with_journal(&client(&server), fifteen, &journal, &file)
        .await
        .unwrap();
    assert_eq!(report.batches_from_journal, 2);
    let again = &server.handled()[before..];
    assert_eq!(again.len(), 1);
    assert!(again[0].replayed);
    assert_eq!(report.totals.created, 3000);
    // The torn half was cut off before the batch was recorded again: the
    // journal is the uninterrupted run's, byte for byte, and reads whole.
    assert!(
        std::fs::read_to_string(&journal).unwrap() == text,
        "the resumed run's journal is not the uninterrupted run's"
    );
    let report = with_journal(&client(&server), fifteen, &journal, &file)
        .await
        .unwrap();
    assert_eq!(report.batches_from_journal, 3);

    // A whole line damaged in the middle is not guessed at.
    std::fs::write(&journal, text.replacen("\"batch\":1", "\"batch\":\"x\"", 1)).unwrap();
    let error = with_journal(&client(&server), fifteen, &journal, &file)
        .await
        .unwrap_err();
    assert!(error.to_string().contains("line 3 is damaged"), "{error}");

    // So is an outcome the journal never writes, rather than read as none.
    std::fs::write(&journal, text.replacen("[\"created\"", "[\"creatd\"", 1)).unwrap();
    let error = with_journal(&client(&server), fifteen, &journal, &file)
        .await
        .unwrap_err();
    assert!(
        error
            .to_string()
            .contains("line 2 is damaged: `creatd` is no outcome"),
        "{error}"
    );
}

#[test]
fn a_row_that_cannot_be_read_names_its_line_and_column() {
    use altur_api::import::{CsvRows, JsonLinesRows};

    let mut text = b"contact,name,extracted_data,plan\n+5215550001,Ana,,gold\n".to_vec();
    text.extend_from_slice(b"+5215550002,Lu\xffis,,gold\n");
    text.extend_from_slice(b"+5215550003,Eva,\"{\"\"tier\"\": 2}\",gold\n");
    text.extend_from_slice(b"+5215550004,\"two\nlines\",,gold,extra\n");
    text.extend_from_slice(b"+5215550005,Noe,[1],gold\n");
    let rows: Vec<_> = CsvRows::new(&text[..]).unwrap().collect();
    assert_eq!(rows.len(), 5);
    let ana = rows[0].as_ref().unwrap();
    assert_eq!(ana.line, Some(2));
    assert_eq!(ana.contact.extracted_data["plan"], "gold");
    let error = rows[1].as_ref().unwrap_err();
    assert_eq!(
        (error.line, error.column, error.field.as_deref()),
        (3, Some(2), Some("name"))
    );
    assert_eq!(
        error.to_string(),
        "row 3, column 2 (`name`): not UTF-8 (it reads as Windows-1252 (Latin-1), as older \
         Excel saves CSV)"
    );
    let eva = rows[2].as_ref().unwrap();
    assert_eq!(eva.contact.extracted_data["tier"], 2);
    let error = rows[3].as_ref().unwrap_err();
    assert_eq!((error.line, error.column), (5, Some(5)), "{error}");
    assert!(error.message.contains("5 fields where the header has 4"));
    let error = rows[4].as_ref().unwrap_err();
    assert_eq!(
        (error.line, error.column, error.field.as_deref()),
        (7, Some(3), Some("extracted_data"))
    );
    // Row 5 took two lines: a spreadsheet shows this as row 6, and the
    // message names it by that one number (the line stays in `line`).
    assert_eq!(error.row, 6);
    assert!(error.to_string().starts_with("row 6, column 3"), "{error}");

    let no_contact = CsvRows::new(&b"phone,name\n+5215550001,Ana\n"[..])
        .err()
        .unwrap();
    assert_eq!(
        no_contact.to_string(),
        "row 1: no `contact` column (the phone number) among phone, name; name the one that \
         holds it with a mapping (`--map contact=COLUMN`)"
    );

    let text = "{\"contact\": \"+5215550001\", \"tier\": 2}\n\n{\"contact\": \"+5215550002\",, }\n{\"contact\": [1]}\n";
    let rows: Vec<_> = JsonLinesRows::new(text.as_bytes()).collect();
    assert_eq!(rows[0].as_ref().unwrap().contact.extracted_data["tier"], 2);
    let error = rows[1].as_ref().unwrap_err();
    assert_eq!((error.line, error.column), (3, Some(27)), "{error}");
    assert_eq!(error.message, "key must be a string");
    let error = rows[2].as_ref().unwrap_err();
    assert_eq!((error.line, error.field.as_deref()), (4, Some("contact")));
}

#[tokio::test]
async fn ten_batches_through_a_limit_of_two_per_second_take_four_and_a_half_seconds() {
    let server = start(Faults::none()).await;
    let campaign = server.campaign().await;
    let limited = server
        .sandbox
        .client_builder()
        .rate_limit(std::num::NonZeroU32::new(2).unwrap())
        .build()
        .unwrap();
    let rows: Vec<altur_api::types::NewContact> = (0..10_000)
        .map(|i| altur_api_tests::built(altur_api::types::NewContact::builder().contact(phone(i))))
        .collect();
    let started = Instant::now();
    limited
        .import_contacts(campaign)
        .run(rows.clone())
        .await
        .unwrap();
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_millis(4500), "{elapsed:?}");
    let handled = server.handled();
    assert_eq!(handled.len(), 10);
    // Arrivals jitter with the machine's load, but not past these bounds:
    // the sandbox takes a batch before it answers, a batch holds its place
    // in the client's second until a second after its answer, and the 10th
    // leaves half a second after the 9th, which left a second after the
    // 7th's answer, ..., after the 1st's answer: 4.5 s after the 1st's
    // arrival at the least.
    let span = (handled[9].at - handled[0].at).to_std().unwrap();
    assert!(
        span >= Duration::from_millis(4500),
        "10 requests in {span:?}"
    );

    // With no limit on the client, the documented 12 per second.
    let server = start(Faults::none()).await;
    let campaign = server.campaign().await;
    client(&server)
        .import_contacts(campaign)
        .run(rows)
        .await
        .unwrap();
    let handled = server.handled();
    assert_eq!(handled.len(), 10);
    // The 1st arrived before its answer, so before the 2nd left; the 10th
    // left 8/12 s after the 2nd (evenly spaced) and arrived after it left:
    // however late the 1st arrived, the span is more than 8/12 s.
    let span = (handled[9].at - handled[0].at).to_std().unwrap();
    assert!(
        span > Duration::from_secs(8) / 12,
        "10 requests in {span:?}"
    );
}

#[tokio::test]
async fn files_as_spreadsheets_write_them_are_read_and_one_not_utf8_is_refused_before_sending() {
    use altur_api::import::ReadOptions;

    let server = start(Faults::none()).await;
    let dir = scratch("spreadsheets");
    let spanish = || {
        ReadOptions::new()
            .map("contact", "Teléfono")
            .map("name", "nombre")
    };
    // Semicolons (a quoted header field holding commas does not fool the
    // detection), tabs, a byte order mark, a header in Spanish.
    for (name, text, options) in [
        (
            "semicolons.csv",
            "\u{feff}\"Monto, en pesos\";contact;name\n\"1.234,50\";+5215550001;José Núñez\n",
            ReadOptions::new(),
        ),
        (
            "tabs.csv",
            "contact\tname\tMonto, en pesos\n+5215550001\tJosé Núñez\t1.234,50\n",
            ReadOptions::new(),
        ),
        (
            "clientes.csv",
            "Nombre;Teléfono;Monto, en pesos\nJosé Núñez;+5215550001;\"1.234,50\"\n",
            spanish(),
        ),
    ] {
        let campaign = server.campaign().await;
        let file = ContactFile::open_with(write(&dir, name, text), options).unwrap();
        let report = client(&server)
            .import_contacts(campaign)
            .run_file(&file)
            .await
            .unwrap();
        assert_eq!(report.totals.created, 1, "{name}");
        let contacts = server.sandbox.contacts(campaign);
        assert_eq!(
            contacts[0].contact.as_deref(),
            Some("+5215550001"),
            "{name}"
        );
        assert_eq!(contacts[0].name.as_deref(), Some("José Núñez"), "{name}");
        assert_eq!(
            contacts[0].extracted_data["Monto, en pesos"], "1.234,50",
            "{name}"
        );
    }

    // A mapped column the header lacks: refused, the header's columns named.
    let path = write(&dir, "otro.csv", "Nombre;Celular\nAna;+5215550001\n");
    let error = ContactFile::open_with(&path, spanish()).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "{}: row 1: no column `Teléfono` (mapped to `contact`) in the header, whose \
             columns are Nombre, Celular",
            path.display()
        )
    );

    // Latin-1, as older Excel saves "CSV": refused whole, before a request.
    let before = server.sandbox.requests().len();
    let path = write(
        &dir,
        "latin1.csv",
        b"contact,name\n+5215550001,Ana\n+5215550002,Jos\xe9\n",
    );
    let error = ContactFile::open(&path).unwrap_err();
    match &error {
        ImportError::Encoding {
            row, line, guess, ..
        } => {
            assert_eq!((*row, *line), (3, 3));
            assert!(guess.starts_with("Windows-1252"), "{guess}");
        }
        other => panic!("not an encoding error: {other:?}"),
    }
    assert!(
        error
            .to_string()
            .contains("convert it (`iconv -f WINDOWS-1252 -t UTF-8 latin1.csv > utf8-latin1.csv`)"),
        "{error}"
    );
    assert_eq!(server.sandbox.requests().len(), before, "nothing was sent");
}

#[tokio::test]
async fn a_region_sends_numbers_in_e164_and_an_unreadable_one_is_failed_before_sending() {
    use altur_api::import::ReadOptions;

    let server = start(Faults::none()).await;
    let campaign = server.campaign().await;
    let dir = scratch("region");
    let path = write(
        &dir,
        "typed.csv",
        "contact,name\n+52 55 1234 5678,Ana\n55-1234-5678,Ana again\n12ab,Eva\n",
    );
    let file = ContactFile::open_with(&path, ReadOptions::new().region("MX").unwrap()).unwrap();
    let check = file.check();
    let rewritten: Vec<_> = check
        .rewritten
        .iter()
        .map(|r| (r.row, r.typed.as_str(), r.e164.as_str()))
        .collect();
    assert_eq!(
        rewritten,
        [
            (2, "+52 55 1234 5678", "+525512345678"),
            (3, "55-1234-5678", "+525512345678")
        ]
    );
    assert_eq!(check.duplicates.len(), 1);
    assert_eq!(
        (check.duplicates[0].row, check.duplicates[0].first_row),
        (3, 2)
    );
    assert_eq!(check.unreadable.len(), 1);
    assert_eq!(check.unreadable[0].row, 4);

    let report = client(&server)
        .import_contacts(campaign)
        .run_file(&file)
        .await
        .unwrap();
    let sent: Vec<String> = server
        .handled()
        .iter()
        .flat_map(|h| h.phones.clone())
        .collect();
    assert_eq!(
        sent,
        ["+525512345678", "+525512345678"],
        "12ab was never sent"
    );
    assert_eq!(report.totals.created, 1);
    assert_eq!(report.totals.skipped_duplicate, 1);
    assert_eq!(report.totals.unreadable, 1);
    match &report.rows[2].outcome {
        RowOutcome::Unreadable(error) => {
            assert!(
                error
                    .to_string()
                    .starts_with("row 4 (`contact`): the phone number `12ab`"),
                "{error}"
            );
        }
        other => panic!("{other}"),
    }
    assert!(ReadOptions::new().region("Mexico").is_err());
}

#[tokio::test]
async fn rows_a_short_answer_has_no_result_for_are_rejected_with_their_rows() {
    let server =
        start(Faults::none().aim("add_campaign_contacts", 1, Fault::MissingResults(2))).await;
    let campaign = server.campaign().await;
    let dir = scratch("short");
    let path = write(
        &dir,
        "contacts.csv",
        "contact;name\n+5215550001;Ana\n+5215550002;Luis\n+5215550003;José Núñez\n+5215550004;Begoña\n",
    );
    let rejects = dir.join("rejects.csv");
    let report = client(&server)
        .import_contacts(campaign)
        .rejects(&rejects)
        .run_file(&ContactFile::open(&path).unwrap())
        .await
        .unwrap();
    assert_eq!(report.totals.no_result, 2);
    assert_eq!(
        report.totals.created, 2,
        "counted from the results, not the summary"
    );
    let rejected: Vec<_> = report
        .rejected()
        .map(|r| (r.row, r.outcome.clone()))
        .collect();
    assert_eq!(
        rejected,
        [
            (Some(4), RowOutcome::NoResult),
            (Some(5), RowOutcome::NoResult)
        ]
    );
    let bytes = std::fs::read(&rejects).unwrap();
    assert!(bytes.starts_with(b"\xef\xbb\xbfcontact;name;import_error;import_row"));
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        text.contains("+5215550003;José Núñez;\"no result: "),
        "{text}"
    );
    // Read back as the import reads it (byte order mark, added columns
    // skipped), the rows are what they were.
    let back: Vec<_> = altur_api::import::CsvRows::new(text.as_bytes())
        .unwrap()
        .map(|r| r.unwrap().contact)
        .collect();
    assert_eq!(back[0].name.as_deref(), Some("José Núñez"));
    assert!(
        back[0].extracted_data.is_empty(),
        "{:?}",
        back[0].extracted_data
    );
}
