//! Words and names, the built `altur` against the sandbox: an unknown id
//! is one line, the same for every command; a Latin-1 header gets the
//! advice a Latin-1 row gets; typos get suggestions; every command names a
//! campaign the same way; a dry run checks the campaign and writes the
//! rejects; a rerun that only replays says so; an interrupted import says
//! how to go on; the sandbox's and the listener's help say what a person
//! needs; `webhooks listen` says each event in a person's words.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::Duration;

use altur_api_tests::sandbox::{create_campaign, phone_campaign};
use altur_sandbox::{Fault, Faults, Sandbox};
use common::{WEBHOOK_SECRET, altur, on, run_async};

async fn sandbox(faults: Faults) -> (Sandbox, String) {
    let sandbox = Sandbox::builder()
        .seed(36)
        .manual_clock()
        .rate_limits(false)
        .faults(faults)
        .start()
        .await
        .unwrap();
    let id = create_campaign(
        &sandbox.client(),
        phone_campaign(&sandbox.agents()[0], "Palabras"),
    )
    .await
    .to_string();
    (sandbox, id)
}

fn write(folder: &std::path::Path, name: &str, bytes: &[u8]) -> String {
    let path = folder.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.to_str().unwrap().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unknown_campaign_is_one_line_the_same_for_every_command() {
    let (sandbox, _) = sandbox(Faults::none()).await;
    let folder = tempfile::tempdir().unwrap();
    let file = write(folder.path(), "c.csv", b"contact\n+525512345678\n");
    let out = folder.path().join("r.xlsx");
    let expected = "error: there is no campaign 9999 for this API key (the API said: no campaign 9999): `altur campaigns list` lists them";
    for args in [
        &["campaigns", "retrieve", "--id", "9999"][..],
        &["campaigns", "activate", "--id", "9999"],
        &["campaigns", "pause", "--campaign", "9999"],
        &["campaigns", "contacts", "list", "--id", "9999"],
        &["campaigns", "calls", "list", "--id", "9999"],
        &["campaigns", "watch", "--id", "9999"],
        &[
            "campaigns",
            "report",
            "--id",
            "9999",
            "--output",
            out.to_str().unwrap(),
        ],
        &["contacts", "import", "--campaign", "9999", &file],
        &[
            "contacts",
            "import",
            "--campaign",
            "9999",
            &file,
            "--dry-run",
        ],
    ] {
        let run = on(&sandbox, args).await;
        assert_eq!(run.code, 3, "{args:?}: {run:?}");
        assert_eq!(run.one_error_line(), expected, "{args:?}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_campaign_command_takes_id_and_campaign_alike() {
    let (sandbox, id) = sandbox(Faults::none()).await;
    for flag in ["--id", "--campaign"] {
        let run = on(&sandbox, &["campaigns", "retrieve", flag, &id]).await;
        assert_eq!(run.code, 0, "{flag}: {run:?}");
        let folder = tempfile::tempdir().unwrap();
        let file = write(folder.path(), "c.csv", b"contact\n+525512345678\n");
        let run = on(
            &sandbox,
            &["contacts", "import", flag, &id, &file, "--dry-run"],
        )
        .await;
        assert_eq!(run.code, 0, "{flag}: {run:?}");
    }
    // Every command with a campaign's id says both names in its help.
    for path in common::leaves() {
        let words: Vec<&str> = path.iter().map(String::as_str).collect();
        let is_campaign = (words.first() == Some(&"campaigns") || words == ["contacts", "import"])
            && !matches!(words.as_slice(), ["campaigns", "list" | "create"]);
        if !is_campaign {
            continue;
        }
        let help = common::run(altur(words.iter().copied().chain(["--help"])));
        assert!(
            help.stdout.contains("--id <")
                && (help.stdout.contains("alias: --campaign")
                    || help.stdout.contains("aliases: --campaign")),
            "{words:?}:\n{}",
            help.stdout
        );
    }
}

#[test]
fn typos_get_suggestions() {
    let run = common::run(altur(["campaign", "list"]));
    assert_eq!(run.code, 2);
    assert_eq!(
        run.one_error_line(),
        "error: unrecognized subcommand 'campaign' (did you mean `campaigns`?)"
    );
    let run = common::run(altur(["campaigns", "list", "--stauts", "active"]));
    assert_eq!(run.code, 2);
    assert!(
        run.one_error_line().ends_with("(did you mean `--status`?)"),
        "{run:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_latin_1_header_gets_the_advice_a_latin_1_row_gets() {
    let (sandbox, id) = sandbox(Faults::none()).await;
    let folder = tempfile::tempdir().unwrap();
    let file = write(
        folder.path(),
        "viejo.csv",
        b"contact,Tel\xe9fono\n+525512345678,1\n",
    );
    let run = on(&sandbox, &["contacts", "import", "--id", &id, &file]).await;
    assert_eq!(run.code, 2, "{run:?}");
    assert_eq!(
        run.one_error_line(),
        format!(
            "error: {file}: not UTF-8 from row 1: it looks like Windows-1252 (Latin-1), as older \
             Excel saves CSV; convert it (`iconv -f WINDOWS-1252 -t UTF-8 viejo.csv > \
             utf8-viejo.csv`) or save it from the spreadsheet as \"CSV UTF-8\", then import \
             that; nothing was sent"
        )
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_dry_run_writes_the_rejects_and_names_rows_by_one_number() {
    let (sandbox, id) = sandbox(Faults::none()).await;
    let folder = tempfile::tempdir().unwrap();
    // Row 3 spans two lines: it is row 3 all the same.
    let file = write(
        folder.path(),
        "c.csv",
        "contact,name,extracted_data\n+525512345678,Ana,\n+525512345679,\"Luis\nSegundo\",{bad\n,Eva,\n"
            .as_bytes(),
    );
    let rejects = folder.path().join("rechazados.csv");
    let run = on(
        &sandbox,
        &[
            "contacts",
            "import",
            "--id",
            &id,
            &file,
            "--dry-run",
            "--rejects",
            rejects.to_str().unwrap(),
        ],
    )
    .await;
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("row 3, column 3 (`extracted_data`)"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("(line "), "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("are in {}", rejects.display())),
        "{}",
        run.stderr
    );
    let (_, rows) = common::excel_csv(&rejects);
    let numbers: Vec<&str> = rows.iter().map(|r| r[4].as_str()).collect();
    assert_eq!(numbers, ["3", "4"], "{rows:?}");
    assert_eq!(rows[1][3], "MISSING_CONTACT", "{rows:?}");
    assert!(
        sandbox.contacts(id.parse().unwrap()).is_empty(),
        "no contact sent"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_rerun_that_only_replays_says_replayed_not_created() {
    let (sandbox, id) = sandbox(Faults::none()).await;
    let folder = tempfile::tempdir().unwrap();
    let file = write(
        folder.path(),
        "c.csv",
        b"contact\n+525512345678\n+525512345679\n",
    );
    let first = on(&sandbox, &["contacts", "import", "--id", &id, &file]).await;
    assert_eq!(first.code, 0, "{first:?}");
    assert!(
        first.stderr.contains("done: 2 rows: 2 created"),
        "{}",
        first.stderr
    );
    let again = on(&sandbox, &["contacts", "import", "--id", &id, &file]).await;
    assert_eq!(again.code, 0, "{again:?}");
    assert!(
        again.stderr.contains(
            "done: 2 rows: 2 replayed (an earlier run sent them: nothing done again), 0 created"
        ),
        "{}",
        again.stderr
    );
    assert_eq!(sandbox.contacts(id.parse().unwrap()).len(), 2);
}

#[tokio::test(flavor = "multi_thread")]
async fn an_interrupted_import_says_how_to_go_on() {
    // The second batch is taken in and never answered: the run waits.
    let (sandbox, id) = sandbox(Faults::none().aim("add_campaign_contacts", 2, Fault::Hang)).await;
    let folder = tempfile::tempdir().unwrap();
    let mut text = String::from("contact\n");
    for i in 0..1500 {
        text.push_str(&format!("+52155{i:08}\n"));
    }
    let file = write(folder.path(), "c.csv", text.as_bytes());
    let journal = folder.path().join("import.journal");
    let mut child = common::sandbox_command(
        &sandbox,
        &[
            "contacts",
            "import",
            "--id",
            &id,
            &file,
            "--journal",
            journal.to_str().unwrap(),
        ],
    )
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    assert!(line.starts_with("batch 1:"), "{line}");
    // The second batch is out: the sandbox holds it.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while sandbox.contacts(id.parse().unwrap()).len() < 1500 {
        assert!(std::time::Instant::now() < deadline);
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let sent = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130), "{rest}");
    assert_eq!(
        rest.trim_end(),
        format!(
            "error: interrupted: run the same command again to go on where it stopped (the \
             journal {} records every batch done; none is sent twice)",
            journal.display()
        )
    );
}

#[tokio::test]
async fn the_sandbox_help_names_every_field_of_its_first_line() {
    let mut child = altur(["sandbox", "--seed", "1"])
        .env("ALTUR_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    let first: serde_json::Value = serde_json::from_str(&first).unwrap();
    let help = common::run(altur(["sandbox", "--help"])).stdout;
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(help.contains("Its first line on standard output is one JSON object"));
    for key in first.as_object().unwrap().keys() {
        assert!(
            help.contains(key.as_str()),
            "{key} is not in the help:\n{help}"
        );
    }
    let listen = common::run(altur(["webhooks", "listen", "--help"])).stdout;
    let listen = listen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        listen.contains("altur sandbox --webhook-url http://127.0.0.1:3000/")
            && listen.contains("Altur's dashboard"),
        "{listen}"
    );
}

#[tokio::test]
async fn listen_says_each_call_with_the_contact_s_own_id_and_name() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
        .to_string();
    let mut listener = altur(["webhooks", "listen", "--port", &port])
        .env("ALTUR_WEBHOOK_SECRET", WEBHOOK_SECRET)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut said = BufReader::new(listener.stderr.take().unwrap());
    let mut line = String::new();
    said.read_line(&mut line).unwrap();
    assert!(line.starts_with("listening"), "{line}");
    let url = format!("http://127.0.0.1:{port}/");
    let sent = run_async({
        let mut command = altur([
            "webhooks",
            "trigger",
            "on_call_end",
            "--set",
            "campaign_user.f_id=crm-7",
            "--set",
            "campaign_user.name=José Núñez",
            "--set",
            "status=ended",
            "--set",
            "duration=45",
            "--forward-to",
            &url,
        ]);
        command.env("ALTUR_WEBHOOK_SECRET", WEBHOOK_SECRET);
        command
    })
    .await;
    assert_eq!(sent.code, 0, "{sent:?}");
    line.clear();
    said.read_line(&mut line).unwrap();
    listener.kill().unwrap();
    listener.wait().unwrap();
    assert!(line.starts_with("call "), "{line}");
    assert!(
        line.contains(", contact crm-7 “José Núñez”: ended") && line.contains("45 s"),
        "{line}"
    );
}
