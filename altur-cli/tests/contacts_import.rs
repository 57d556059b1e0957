//! `altur contacts import`, run as a process against the sandbox (started
//! in the test; the built binary pointed at it with `--base-url`): plain
//! progress lines when not on a terminal, the summary, the rejects file, a
//! second run with the journal that sends nothing again, a run on a journal
//! another run holds; and files as a spreadsheet writes them: semicolons,
//! tabs, a header in the user's words (`--map`), a byte order mark, a file
//! that is not UTF-8 (refused, nothing sent), phone numbers as people type
//! them (`--region`), `--dry-run` (the campaign read, no contact sent), and
//! a server answering short (exit 1, the rows in the rejects file).

mod common;

use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use altur_api_tests::sandbox::{create_campaign, phone_campaign};
use altur_sandbox::{Fault, Faults, Sandbox};
use common::{altur, run_async, run_within};
use serde_json::Value;

const BAD: [usize; 3] = [5, 1500, 2499];

/// A sandbox whose rate limit does not slow the tests (the import paces
/// itself at the documented 12 per second all the same), and a campaign.
async fn start(faults: Faults) -> (Sandbox, altur_api::types::CampaignId) {
    let sandbox = Sandbox::builder()
        .seed(27)
        .manual_clock()
        .rate_limits(false)
        .faults(faults)
        .start()
        .await
        .expect("the sandbox starts");
    let campaign = create_campaign(
        &sandbox.client(),
        phone_campaign(&sandbox.agents()[0], "Cobranza"),
    )
    .await;
    (sandbox, campaign)
}

fn import(
    sandbox: &Sandbox,
    campaign: altur_api::types::CampaignId,
    args: &[&str],
) -> std::process::Command {
    let campaign = campaign.to_string();
    let mut command = altur(
        [
            "--base-url",
            sandbox.base_url(),
            "contacts",
            "import",
            "--campaign",
            &campaign,
        ]
        .iter()
        .chain(args),
    );
    command.env("ALTUR_API_KEY", sandbox.api_key());
    command
}

/// The `add_campaign_contacts` requests the sandbox answered (or was sent).
fn adds(sandbox: &Sandbox) -> Vec<altur_sandbox::Request> {
    sandbox
        .requests()
        .into_iter()
        .filter(|r| r.operation.as_deref() == Some("add_campaign_contacts"))
        .collect()
}

/// The campaign's contacts by phone number: each once.
fn phones(
    sandbox: &Sandbox,
    campaign: altur_api::types::CampaignId,
) -> std::collections::BTreeMap<String, Value> {
    let contacts = sandbox.contacts(campaign);
    let by_phone: std::collections::BTreeMap<_, _> = contacts
        .iter()
        .map(|c| {
            (
                c.contact.clone().expect("a phone number"),
                serde_json::to_value(c).unwrap(),
            )
        })
        .collect();
    assert_eq!(by_phone.len(), contacts.len(), "each contact once");
    by_phone
}

/// Waits (without blocking the sandbox) until `count` contacts are in the
/// campaign.
async fn until_contacts(sandbox: &Sandbox, campaign: altur_api::types::CampaignId, count: usize) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while sandbox.contacts(campaign).len() < count {
        assert!(Instant::now() < deadline, "{count} contacts never arrived");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
}

/// `count` contacts, `+52155` and a running number, with a name and a
/// column for `extracted_data`, as CSV text with its header.
fn contacts_csv(count: usize) -> String {
    let mut text = String::from("contact,name,f_id,plan\n");
    for i in 0..count {
        text.push_str(&format!("+52155{i:08},Contact {i},user_{i},gold\n"));
    }
    text
}

fn write(folder: &Path, name: &str, text: impl AsRef<[u8]>) -> String {
    let path = folder.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_in_batches_with_progress_summary_rejects_and_a_journal() {
    let (sandbox, campaign) = start(Faults::none()).await;
    let folder = tempfile::tempdir().unwrap();
    // 2,500 contacts, three of them with a phone number the API refuses.
    let mut lines: Vec<String> = contacts_csv(2500).lines().map(str::to_owned).collect();
    for bad in BAD {
        lines[bad + 1] = lines[bad + 1].replacen("+52155", "+52-no-", 1);
    }
    let file = write(folder.path(), "contacts.csv", lines.join("\n") + "\n");
    let journal = folder.path().join("import.journal");
    let rejects = folder.path().join("rejects.csv");
    let args = [
        file.as_str(),
        "--journal",
        journal.to_str().unwrap(),
        "--rejects",
        rejects.to_str().unwrap(),
    ];

    let first = run_async(import(&sandbox, campaign, &args)).await;
    // Rows were rejected: exit 1, the last line says which and where.
    assert_eq!(first.code, 1, "{first:?}");
    let stderr: Vec<&str> = first.stderr.lines().collect();
    assert_eq!(
        stderr[..3],
        [
            "batch 1: 1000 rows so far of 2500: 999 created, 0 updated, 0 skipped as duplicates, 1 failed, 0 unreadable, 0 without a result",
            "batch 2: 2000 rows so far of 2500: 1998 created, 0 updated, 0 skipped as duplicates, 2 failed, 0 unreadable, 0 without a result",
            "batch 3: 2500 rows so far of 2500: 2497 created, 0 updated, 0 skipped as duplicates, 3 failed, 0 unreadable, 0 without a result",
        ]
    );
    assert_eq!(
        stderr[3],
        "done: 2500 rows: 2497 created, 0 updated, 0 skipped as duplicates, 3 failed, 0 unreadable, 0 without a result"
    );
    // Spreadsheet rows: the header is row 1, contact 5 is row 7.
    assert_eq!(
        stderr[4],
        format!(
            "error: 3 rows rejected (rows 7, 1502, 2501): they are in {}",
            rejects.display()
        )
    );
    let summary: Value = serde_json::from_str(&first.stdout).expect("the summary is JSON");
    assert_eq!(summary["batches"], 3);
    assert_eq!(summary["batches_from_journal"], 0);
    assert_eq!(summary["totals"]["created"], 2497);
    assert_eq!(summary["totals"]["failed"], 3);
    assert_eq!(phones(&sandbox, campaign).len(), 2497);
    let (header, rejected) = common::excel_csv(&rejects);
    assert_eq!(
        header,
        [
            "contact",
            "name",
            "f_id",
            "plan",
            "import_error",
            "import_row"
        ]
    );
    assert_eq!(rejected.len(), 3);
    for (row, bad) in rejected.iter().zip(BAD) {
        assert_eq!(row[4], "INVALID_PHONE_NUMBER");
        assert_eq!(row[5], (bad + 2).to_string(), "its spreadsheet row");
        assert_eq!(row[1], format!("Contact {bad}"));
    }

    // Again with the journal: every batch is taken from it, none is sent,
    // and the batches are numbered from 1 as in the first run.
    let sent = adds(&sandbox).len();
    let again = run_async(import(&sandbox, campaign, &args)).await;
    assert_eq!(again.code, 1, "{again:?}");
    let summary: Value = serde_json::from_str(&again.stdout).unwrap();
    assert_eq!(summary["batches_from_journal"], 3);
    assert_eq!(summary["totals"]["created"], 2497);
    assert_eq!(adds(&sandbox).len(), sent, "no batch sent twice");
    let lines: Vec<&str> = again.stderr.lines().collect();
    assert!(
        lines[0].starts_with("batch 1 (1 from the journal): 1000 rows so far of 2500: 999 created")
            && lines[2].starts_with("batch 3 (3 from the journal): 2500 rows so far of 2500"),
        "{}",
        again.stderr
    );
    let key = sandbox.api_key();
    assert!(!first.stderr.contains(&key) && !again.stderr.contains(&key));
}

#[tokio::test(flavor = "multi_thread")]
async fn a_clean_file_exits_0_and_a_missing_one_is_a_usage_error() {
    let (sandbox, campaign) = start(Faults::none()).await;
    let folder = tempfile::tempdir().unwrap();
    let file = write(folder.path(), "few.csv", contacts_csv(10));
    let run = run_async(import(&sandbox, campaign, &[&file])).await;
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(phones(&sandbox, campaign).len(), 10);

    let missing = folder.path().join("missing.csv");
    let run = run_async(import(&sandbox, campaign, &[missing.to_str().unwrap()])).await;
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.one_error_line().contains("missing.csv"), "{run:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_import_on_a_held_journal_exits_5_at_once_and_a_killed_holder_frees_it() {
    // The second batch is taken in, and never answered.
    let (sandbox, campaign) =
        start(Faults::none().aim("add_campaign_contacts", 2, Fault::Hang)).await;
    let folder = tempfile::tempdir().unwrap();
    let file = write(folder.path(), "contacts.csv", contacts_csv(3000));
    let journal = folder.path().join("import.journal");
    let args = [file.as_str(), "--journal", journal.to_str().unwrap()];

    // The first run (a manual one, say) waits for batch 2's answer, holding
    // the journal; the second (the cron run) is refused, sending nothing.
    let mut first = import(&sandbox, campaign, &args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    until_contacts(&sandbox, campaign, 2000).await;
    // The held request is recorded once its work is done: wait for that too.
    let deadline = Instant::now() + Duration::from_secs(30);
    while adds(&sandbox).len() < 2 {
        assert!(
            Instant::now() < deadline,
            "the second batch was never recorded"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let requests = sandbox.requests().len();
    let second = run_within(import(&sandbox, campaign, &args), Duration::from_secs(20)).await;
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
        sandbox.requests().len(),
        requests,
        "the second run sent nothing"
    );
    assert!(first.try_wait().unwrap().is_none(), "the first still runs");

    // Killed with SIGKILL (Child::kill on Unix), the first frees the journal:
    // the next run goes on from it (batch 2 again, with its key: replayed),
    // and every contact is there once.
    first.kill().unwrap();
    first.wait().unwrap();
    let third = run_async(import(&sandbox, campaign, &args)).await;
    assert_eq!(third.code, 0, "{third:?}");
    let summary: Value = serde_json::from_str(&third.stdout).unwrap();
    assert_eq!(summary["batches_from_journal"], 1);
    assert_eq!(summary["totals"]["created"], 3000);
    let adds = adds(&sandbox);
    assert_eq!(adds.len(), 4, "batches 1, 2 (held), then 2 and 3");
    assert_eq!(
        adds[1].header("idempotency-key"),
        adds[2].header("idempotency-key")
    );
    assert!(adds[2].replayed);
    assert_eq!(phones(&sandbox, campaign).len(), 3000);
}

/// The contacts of the Spanish files below, as the campaign should hold
/// them: accents intact, the amount in `extracted_data`.
fn assert_spanish(sandbox: &Sandbox, campaign: altur_api::types::CampaignId) {
    let contacts = phones(sandbox, campaign);
    assert_eq!(contacts.len(), 2, "{contacts:?}");
    let josé = &contacts["+5215550001"];
    assert_eq!(josé["name"], "José Núñez");
    assert_eq!(josé["extracted_data"]["Monto"], "1.234,50");
    let ana = &contacts["+5215550002"];
    assert_eq!(ana["name"], "Ana; la de \"Pemex\"");
}

#[tokio::test(flavor = "multi_thread")]
async fn files_as_spreadsheets_save_them_semicolons_tabs_a_bom_and_a_header_in_spanish() {
    let folder = tempfile::tempdir().unwrap();
    // Excel in a Spanish locale: semicolons, a comma as the decimal mark,
    // its "CSV UTF-8" byte order mark; a quoted header field holding the
    // other delimiters does not fool the detection.
    let semicolons = write(
        folder.path(),
        "semicolons.csv",
        "\u{feff}name;contact;Monto\r\nJosé Núñez;+5215550001;\"1.234,50\"\r\n\"Ana; la de \"\"Pemex\"\"\";+5215550002;100\r\n",
    );
    let tricky = write(
        folder.path(),
        "tricky.csv",
        "\"a,b,c\";contact;name;Monto\n1;+5215550001;José Núñez;\"1.234,50\"\n2;+5215550002;\"Ana; la de \"\"Pemex\"\"\";100\n",
    );
    let tabs = write(
        folder.path(),
        "tabs.csv",
        "contact\tname\tMonto\n+5215550001\tJosé Núñez\t1.234,50\n+5215550002\t\"Ana; la de \"\"Pemex\"\"\"\t100\n",
    );
    let spanish = write(
        folder.path(),
        "clientes.csv",
        "Nombre;Teléfono;Monto\nJosé Núñez;+5215550001;\"1.234,50\"\n\"Ana; la de \"\"Pemex\"\"\";+5215550002;100\n",
    );
    for (file, maps) in [
        (&semicolons, &[][..]),
        (&tricky, &[][..]),
        (&tabs, &[][..]),
        (
            &spanish,
            &["--map", "contact=Teléfono", "--map", "name=Nombre"][..],
        ),
    ] {
        let (sandbox, campaign) = start(Faults::none()).await;
        let args: Vec<&str> = [file.as_str()]
            .into_iter()
            .chain(maps.iter().copied())
            .collect();
        let run = run_async(import(&sandbox, campaign, &args)).await;
        assert_eq!(run.code, 0, "{file}: {run:?}");
        assert_spanish(&sandbox, campaign);
    }

    // The Spanish header without --map: what to do, in one line.
    let (sandbox, campaign) = start(Faults::none()).await;
    let run = run_async(import(&sandbox, campaign, &[&spanish])).await;
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(
        run.one_error_line(),
        format!(
            "error: {spanish}: row 1: no `contact` column (the phone number) among Nombre, \
             Teléfono, Monto; name the one that holds it with a mapping (`--map contact=COLUMN`)"
        )
    );
    // A --map naming a column the header lacks is a usage error naming them.
    let run = run_async(import(
        &sandbox,
        campaign,
        &[&spanish, "--map", "contact=Telefono móvil"],
    ))
    .await;
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(
        run.one_error_line(),
        format!(
            "error: {spanish}: row 1: no column `Telefono móvil` (mapped to `contact`) in the \
             header, whose columns are Nombre, Teléfono, Monto"
        )
    );
    assert!(adds(&sandbox).is_empty(), "nothing was sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_latin_1_file_is_refused_naming_the_encoding_and_how_to_convert_it_and_nothing_is_sent() {
    let (sandbox, campaign) = start(Faults::none()).await;
    let folder = tempfile::tempdir().unwrap();
    // As older Excel saves "CSV": the locale's code page, é as one byte.
    let mut text = b"contact,name\n+5215550001,Ana\n+5215550002,Jos".to_vec();
    text.extend_from_slice(b"\xe9 N\xfa\xf1ez\n");
    let file = write(folder.path(), "viejo.csv", text);
    let before = sandbox.requests().len();
    let run = run_async(import(&sandbox, campaign, &[&file])).await;
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(
        run.one_error_line(),
        format!(
            "error: {file}: not UTF-8 from row 3: it looks like Windows-1252 (Latin-1), as older \
             Excel saves CSV; convert it (`iconv -f WINDOWS-1252 -t UTF-8 viejo.csv > \
             utf8-viejo.csv`) or save it from the spreadsheet as \"CSV UTF-8\", then import \
             that; nothing was sent"
        )
    );
    assert_eq!(
        sandbox.requests().len(),
        before,
        "the sandbox saw no request"
    );
    assert!(phones(&sandbox, campaign).is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn region_sends_numbers_as_typed_in_e164_and_fails_an_unreadable_one_before_sending() {
    let (sandbox, campaign) = start(Faults::none()).await;
    let folder = tempfile::tempdir().unwrap();
    let file = write(
        folder.path(),
        "tecleados.csv",
        "contact,name\n+52 55 1234 5678,Ana\n(81) 8765-4321,Luis\n12ab,Eva\n+525598765432,Noé\n",
    );
    let rejects = folder.path().join("rechazados.csv");
    let rejects = rejects.to_str().unwrap();
    let run = run_async(import(
        &sandbox,
        campaign,
        &[&file, "--region", "MX", "--rejects", rejects],
    ))
    .await;
    assert_eq!(run.code, 1, "{run:?}");
    let stderr: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(
        stderr[0],
        "2 phone numbers rewritten to E.164, e.g. row 2: +52 55 1234 5678 sent as \
         +525512345678; row 3: (81) 8765-4321 sent as +528187654321; --rewrites FILE lists \
         every one"
    );
    let sent: Vec<Value> = adds(&sandbox)
        .iter()
        .flat_map(|r| r.json().unwrap()["contacts"].as_array().unwrap().clone())
        .collect();
    let numbers: Vec<&str> = sent
        .iter()
        .map(|c| c["contact"].as_str().unwrap())
        .collect();
    assert_eq!(
        numbers,
        ["+525512345678", "+528187654321", "+525598765432"],
        "12ab was never sent"
    );
    assert_eq!(phones(&sandbox, campaign).len(), 3);
    let (_, rejected) = common::excel_csv(rejects);
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0][..2], ["12ab", "Eva"]);
    assert!(
        rejected[0][2].starts_with("row 4 (`contact`): the phone number `12ab` "),
        "{:?}",
        rejected[0]
    );
    assert_eq!(rejected[0][3], "4");

    // 55-1234-5678 in Mexico is the number Ana's row has: one contact.
    let (sandbox, campaign) = start(Faults::none()).await;
    let file = write(
        folder.path(),
        "dos.csv",
        "contact,name\n+52 55 1234 5678,Ana\n55-1234-5678,Ana otra vez\n",
    );
    let run = run_async(import(&sandbox, campaign, &[&file, "--region", "mx"])).await;
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr
            .contains("row 3: 55-1234-5678 sent as +525512345678"),
        "{}",
        run.stderr
    );
    let contacts = phones(&sandbox, campaign);
    assert_eq!(contacts.keys().collect::<Vec<_>>(), ["+525512345678"]);

    let run = run_async(import(&sandbox, campaign, &[&file, "--region", "Mexico"])).await;
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.one_error_line()
            .starts_with("error: --region: `Mexico` is no region")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dry_run_reads_the_campaign_maps_normalizes_and_checks_and_sends_no_contact() {
    let (sandbox, campaign) = start(Faults::none()).await;
    let folder = tempfile::tempdir().unwrap();
    let file = write(
        folder.path(),
        "clientes.csv",
        "Nombre;Teléfono\nAna;+52 55 1234 5678\nLuis;55-1234-5678\nEva;12ab\nNoé;\n",
    );
    let before = sandbox.requests().len();
    let run = run_async(import(
        &sandbox,
        campaign,
        &[
            &file,
            "--dry-run",
            "--region",
            "MX",
            "--map",
            "contact=Teléfono",
            "--map",
            "name=Nombre",
        ],
    ))
    .await;
    assert_eq!(run.code, 1, "a row would fail: {run:?}");
    let summary: Value = serde_json::from_str(&run.stdout).expect("the summary is JSON");
    assert_eq!(
        summary,
        serde_json::json!({
            "dry_run": true, "rows": 4, "to_send": 3, "unreadable": 1, "rewritten": 2,
            "duplicates": 1, "without_contact": 1,
        })
    );
    assert!(
        run.stderr
            .contains("row 3: +525512345678 is also row 2's: the API skips it"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("row 5: no phone number"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("no contact was sent"), "{}", run.stderr);
    // One request: the campaign's, read to check that it exists.
    let requests = sandbox.requests();
    assert_eq!(requests.len(), before + 1, "{requests:?}");
    assert!(adds(&sandbox).is_empty(), "no contact was sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_short_answer_exits_1_with_the_rows_without_a_result_in_the_rejects_file() {
    // The first batch is done, and answered without its last two results.
    let (sandbox, campaign) =
        start(Faults::none().aim("add_campaign_contacts", 1, Fault::MissingResults(2))).await;
    let folder = tempfile::tempdir().unwrap();
    let file = write(
        folder.path(),
        "clientes.csv",
        "contact;name\n+5215550001;Ana\n+5215550002;Luis\n+5215550003;Eva\n\
         +5215550004;José Núñez\n+5215550005;Begoña Peñalver\n",
    );
    let rejects = folder.path().join("rechazados.csv");
    let rejects = rejects.to_str().unwrap();
    let run = run_async(import(&sandbox, campaign, &[&file, "--rejects", rejects])).await;
    assert_eq!(run.code, 1, "{run:?}");
    let stderr: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(
        stderr[stderr.len() - 2..],
        [
            "done: 5 rows: 3 created, 0 updated, 0 skipped as duplicates, 0 failed, 0 unreadable, 2 without a result",
            &format!("error: 2 rows rejected (rows 5, 6): they are in {rejects}"),
        ]
    );
    let summary: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(summary["totals"]["no_result"], 2);

    // The rejects file: semicolons as the input had them, a byte order
    // mark, the accents as written, each row with its spreadsheet row.
    let bytes = std::fs::read(rejects).unwrap();
    assert!(
        bytes.starts_with("\u{feff}contact;name;import_error;import_row\r\n".as_bytes())
            || bytes.starts_with("\u{feff}contact;name;import_error;import_row\n".as_bytes()),
        "{:?}",
        String::from_utf8_lossy(&bytes)
    );
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][1], "José Núñez");
    assert_eq!(&rows[1][1], "Begoña Peñalver");
    assert!(rows[0][2].starts_with("no result"), "{:?}", &rows[0]);
    assert_eq!((&rows[0][3], &rows[1][3]), ("5", "6"));
}
