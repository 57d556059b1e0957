//! `altur contacts import`, run as a process against a loopback Altur that
//! keeps the contacts it is sent (altur-api-tests' contacts server): plain
//! progress lines when not on a terminal, the summary, the rejects file, and
//! a second run with the journal that sends nothing again, and a run on a
//! journal another run holds.

mod common;

use std::process::Stdio;
use std::time::Duration;

use altur_api_tests::contacts_server::{ContactsServer, Fault, contacts_csv};
use common::{KEY, altur, run_async, run_within};
use serde_json::Value;

const BAD: [usize; 3] = [5, 1500, 2499];

fn import(server: &ContactsServer, args: &[&str]) -> std::process::Command {
    let mut command = altur(["contacts", "import", "--campaign", "7"].iter().chain(args));
    command
        .env("ALTUR_API_KEY", KEY)
        .env("ALTUR_BASE_URL", server.url());
    command
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_in_batches_with_progress_summary_rejects_and_a_journal() {
    let server = ContactsServer::start().await;
    let folder = tempfile::tempdir().unwrap();
    // 2,500 contacts, three of them with a phone number the API refuses.
    let mut lines: Vec<String> = contacts_csv(2500).lines().map(str::to_owned).collect();
    for bad in BAD {
        lines[bad + 1] = lines[bad + 1].replacen("+52155", "+52-no-", 1);
    }
    let file = folder.path().join("contacts.csv");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let journal = folder.path().join("import.journal");
    let rejects = folder.path().join("rejects.csv");
    let args = [
        file.to_str().unwrap(),
        "--journal",
        journal.to_str().unwrap(),
        "--rejects",
        rejects.to_str().unwrap(),
    ];

    let first = run_async(import(&server, &args)).await;
    // Rows were rejected: exit 1, the last line says where they are.
    assert_eq!(first.code, 1, "{first:?}");
    let stderr: Vec<&str> = first.stderr.lines().collect();
    assert_eq!(
        stderr[..3],
        [
            "batch 1: 1000 rows: 999 created, 0 updated, 0 skipped as duplicates, 1 failed, 0 unreadable of 2500",
            "batch 2: 2000 rows: 1998 created, 0 updated, 0 skipped as duplicates, 2 failed, 0 unreadable of 2500",
            "batch 3: 2500 rows: 2497 created, 0 updated, 0 skipped as duplicates, 3 failed, 0 unreadable of 2500",
        ]
    );
    assert_eq!(
        stderr[3],
        "done: 2500 rows: 2497 created, 0 updated, 0 skipped as duplicates, 3 failed, 0 unreadable"
    );
    assert_eq!(
        stderr[4],
        format!("error: 3 rows rejected: they are in {}", rejects.display())
    );
    let summary: Value = serde_json::from_str(&first.stdout).expect("the summary is JSON");
    assert_eq!(summary["batches"], 3);
    assert_eq!(summary["batches_from_journal"], 0);
    assert_eq!(summary["totals"]["created"], 2497);
    assert_eq!(summary["totals"]["failed"], 3);
    assert_eq!(server.contacts(7).len(), 2497);
    let rejected = std::fs::read_to_string(&rejects).unwrap();
    assert_eq!(rejected.lines().count(), 4, "{rejected}");
    assert!(rejected.lines().next().unwrap().ends_with("import_error"));
    assert!(rejected.contains("INVALID_PHONE_NUMBER"));

    // Again with the journal: every batch is taken from it, none is sent.
    let accepted = server.accepted();
    let again = run_async(import(&server, &args)).await;
    assert_eq!(again.code, 1, "{again:?}");
    let summary: Value = serde_json::from_str(&again.stdout).unwrap();
    assert_eq!(summary["batches_from_journal"], 3);
    assert_eq!(summary["totals"]["created"], 2497);
    assert_eq!(server.accepted(), accepted, "no batch sent twice");
    assert!(
        again.stderr.contains("(3 from the journal)"),
        "{}",
        again.stderr
    );
    assert!(!first.stderr.contains(KEY) && !again.stderr.contains(KEY));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_clean_file_exits_0_and_a_missing_one_is_a_usage_error() {
    let server = ContactsServer::start().await;
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("few.csv");
    std::fs::write(&file, contacts_csv(10)).unwrap();
    let run = run_async(import(&server, &[file.to_str().unwrap()])).await;
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(server.contacts(7).len(), 10);

    let missing = folder.path().join("missing.csv");
    let run = run_async(import(&server, &[missing.to_str().unwrap()])).await;
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.one_error_line().contains("missing.csv"), "{run:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_import_on_a_held_journal_exits_5_at_once_and_a_killed_holder_frees_it() {
    let server = ContactsServer::start().await;
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("contacts.csv");
    std::fs::write(&file, contacts_csv(3000)).unwrap();
    let journal = folder.path().join("import.journal");
    let args = [
        file.to_str().unwrap(),
        "--journal",
        journal.to_str().unwrap(),
    ];

    // The first run (a manual one, say) waits for batch 1's answer, holding
    // the journal; the second (the cron run) is refused, sending nothing.
    server.faults(vec![Fault::HoldAfterAccepting(1)]);
    let mut first = import(&server, &args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    server.until_accepted(2).await;
    let requests = server.server.requests().len();
    let second = run_within(import(&server, &args), Duration::from_secs(20)).await;
    assert_eq!(second.code, 5, "{second:?}");
    assert_eq!(
        second.one_error_line(),
        format!(
            "error: another import holds the journal {}, so this one sent nothing: \
             run it again once that one has ended",
            journal.display()
        )
    );
    assert_eq!(second.stdout, "", "no summary");
    assert_eq!(
        server.server.requests().len(),
        requests,
        "the second run sent nothing"
    );
    assert!(first.try_wait().unwrap().is_none(), "the first still runs");

    // Killed with SIGKILL (Child::kill on Unix), the first frees the journal:
    // the next run goes on from it, and every contact is there once.
    first.kill().unwrap();
    first.wait().unwrap();
    server.faults(vec![]);
    let third = run_async(import(&server, &args)).await;
    assert_eq!(third.code, 0, "{third:?}");
    let summary: Value = serde_json::from_str(&third.stdout).unwrap();
    assert_eq!(summary["batches_from_journal"], 1);
    assert_eq!(summary["totals"]["created"], 3000);
    server.assert_each_contact_once(7, 3000);
}
