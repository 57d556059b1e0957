//! `altur contacts import --region MX` on phone numbers as a Mexican
//! lender's database holds them, judged by libphonenumber's Python port
//! (`phonenumbers`, from PyPI, in a virtual environment of the test's own:
//! `tests/python/phonenumbers.txt`): 3,000 rows, 942 written in the forms
//! in use before Mexico's 2019 numbering change (`+52 1`, `044`, `045`,
//! `01`, `1`, `521`), which the judge itself calls invalid, and 40 that are
//! no number. Every older form is sent as the judge's E.164 of the number,
//! the rewrites are one line with a few examples (and all in `--rewrites`),
//! and each number still invalid says why in words that fit it.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

use altur_api_tests::python_venv;
use altur_api_tests::sandbox::{create_campaign, phone_campaign};
use altur_sandbox::Sandbox;
use common::run_async;
use serde_json::Value;

const SCRIPT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/python/mexican_numbers.py"
);

/// The judge's file: each row's number as typed, and what the judge says
/// of it.
struct Judged {
    typed: String,
    kind: String,
    flaw: Option<String>,
    expected: Option<String>,
    valid_as_typed: bool,
}

fn judged_rows(python: &Path) -> Vec<Judged> {
    let output = std::process::Command::new(python)
        .args([SCRIPT, "7"])
        .output()
        .expect("the judge runs");
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let row: Value = serde_json::from_str(line).unwrap();
            let text = |key: &str| row[key].as_str().map(str::to_owned);
            Judged {
                typed: text("typed").unwrap(),
                kind: text("kind").unwrap(),
                flaw: text("flaw"),
                expected: text("expected"),
                valid_as_typed: row["judge_valid_as_typed"].as_bool().unwrap(),
            }
        })
        .collect()
}

fn import(
    sandbox: &Sandbox,
    campaign: altur_api::types::CampaignId,
    args: &[&str],
) -> std::process::Command {
    let campaign = campaign.to_string();
    common::sandbox_command(
        sandbox,
        &[&["contacts", "import", "--campaign", &campaign][..], args].concat(),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn mexican_numbers_in_their_older_forms_are_sent_as_the_judge_reads_them() {
    let python = tokio::task::spawn_blocking(|| python_venv::python("phonenumbers.txt"))
        .await
        .unwrap();
    let rows = judged_rows(&python);
    assert_eq!(rows.len(), 3000);
    // The judge itself refuses every older form: that is the trouble.
    let legacy: Vec<&Judged> = rows.iter().filter(|r| r.kind == "legacy").collect();
    assert_eq!(legacy.len(), 942);
    assert!(legacy.iter().all(|r| !r.valid_as_typed));

    let folder = tempfile::tempdir().unwrap();
    let mut text = String::from("Nombre,Teléfono\n");
    for (i, row) in rows.iter().enumerate() {
        text.push_str(&format!("Cliente {i},{}\n", row.typed));
    }
    let file = folder.path().join("clientes.csv");
    std::fs::write(&file, text).unwrap();
    let file = file.to_str().unwrap();
    let report = folder.path().join("reescritos.csv");

    let sandbox = Sandbox::builder()
        .seed(36)
        .manual_clock()
        .rate_limits(false)
        .start()
        .await
        .unwrap();
    let campaign = create_campaign(
        &sandbox.client(),
        phone_campaign(&sandbox.agents()[0], "Cobranza"),
    )
    .await;
    let args = [
        file,
        "--map",
        "contact=Teléfono",
        "--map",
        "name=Nombre",
        "--region",
        "MX",
        "--rewrites",
        report.to_str().unwrap(),
    ];

    // A dry run: one line for the rewrites, one per row that needs a person.
    let dry = run_async(import(
        &sandbox,
        campaign,
        &[&args[..], &["--dry-run"]].concat(),
    ))
    .await;
    assert_eq!(dry.code, 1, "40 rows would fail: {dry:?}");
    let rewritten = rows
        .iter()
        .filter(|r| r.expected.is_some() && r.expected.as_deref() != Some(r.typed.as_str()))
        .count();
    let summary: Value = serde_json::from_str(&dry.stdout).unwrap();
    assert_eq!(summary["rewritten"], rewritten, "{summary}");
    assert_eq!(summary["unreadable"], 40, "{summary}");
    let lines: Vec<&str> = dry.stderr.lines().collect();
    assert_eq!(
        lines.len(),
        40 + 3,
        "a line per invalid number, one for the rewrites, the summary, the error:\n{}",
        dry.stderr
    );
    let line = lines
        .iter()
        .find(|l| l.contains("rewritten to E.164"))
        .expect("the rewrites' line");
    assert!(
        line.starts_with(&format!(
            "{rewritten} phone numbers rewritten to E.164 (942 in an older form: "
        )),
        "{line}"
    );
    assert_eq!(
        line.matches(" sent as ").count(),
        3,
        "three examples: {line}"
    );
    assert!(
        line.ends_with(&format!("every one is in {}", report.display())),
        "{line}"
    );

    // Every rewrite in the report, each sent as the judge reads the number.
    let (header, rewrites) = common::excel_csv(&report);
    assert_eq!(header, ["row", "typed", "sent", "why"]);
    assert_eq!(rewrites.len(), rewritten);
    for rewrite in &rewrites {
        let row = &rows[rewrite[0].parse::<usize>().unwrap() - 2];
        assert_eq!(rewrite[1], row.typed);
        assert_eq!(Some(&rewrite[2]), row.expected.as_ref(), "{rewrite:?}");
        let older = row.kind == "legacy";
        assert_eq!(
            rewrite[3] != "written out in E.164",
            older,
            "an older form says which rule: {rewrite:?}"
        );
        if older {
            assert!(rewrite[3].contains("until August 2019"), "{rewrite:?}");
        }
    }

    // Each invalid number says why, in words that fit what was typed.
    for (i, row) in rows.iter().enumerate().filter(|(_, r)| r.kind == "invalid") {
        let line = lines
            .iter()
            .find(|l| l.starts_with(&format!("row {} ", i + 2)))
            .unwrap_or_else(|| panic!("row {} is named:\n{}", i + 2, dry.stderr));
        let why = match row.flaw.as_deref().unwrap() {
            "nine digits" => "has 9 digits, where numbers of MX have 10 digits",
            "eleven after +52" => {
                "has 11 digits after its country code +52, where numbers of MX have 10 digits"
            }
            "letters" => "is not a phone number: it holds letters",
            "044 and nine digits" => {
                "starts with `044`, an old prefix (044 was dialled before a mobile in the same \
                 area until August 2019), but has 9 digits after it, where numbers of MX have \
                 10 digits"
            }
            other => panic!("{other}"),
        };
        assert!(line.contains(why), "{}: {line}", row.typed);
        assert!(!line.contains("no country code"), "{line}");
    }

    // The import: the judge's numbers, each valid to the judge, and the 40
    // in the rejects file.
    let rejects = folder.path().join("rechazados.csv");
    let run = run_async(import(
        &sandbox,
        campaign,
        &[&args[..], &["--rejects", rejects.to_str().unwrap()]].concat(),
    ))
    .await;
    assert_eq!(run.code, 1, "{run:?}");
    let summary: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(summary["totals"]["created"], 2960, "{summary}");
    assert_eq!(summary["rewritten"], rewritten, "{summary}");
    let stored: BTreeMap<String, String> = sandbox
        .contacts(campaign)
        .into_iter()
        .map(|c| (c.name.unwrap(), c.contact.unwrap()))
        .collect();
    for (i, row) in rows.iter().enumerate() {
        let name = format!("Cliente {i}");
        assert_eq!(stored.get(&name), row.expected.as_ref(), "{}", row.typed);
    }
    let sent: Vec<&String> = stored.values().collect();
    let verdicts = python_venv::run_script(
        &python,
        &format!(
            "import runpy, sys; sys.argv = ['', '--judge']; runpy.run_path({SCRIPT:?}, run_name='__main__')"
        ),
        sent.iter()
            .map(|n| format!("{n}\n"))
            .collect::<String>()
            .as_bytes(),
    );
    let valid = verdicts.lines().filter(|v| *v == "true").count();
    assert_eq!(valid, sent.len(), "the judge calls every number sent valid");
    let (_, rejected) = common::excel_csv(&rejects);
    assert_eq!(rejected.len(), 40);
}
