//! Nothing misconfigured in silence, run as the built binary against the
//! sandbox: a cycle's status filter with a value the spec does not list is
//! refused with the nearest one and all of them (`--allow-unknown` sends it
//! anyway); calling hours written as a person writes them (`--hours`,
//! `--cycle-hours`); body templates whose placeholders show their formats
//! and whose blocks say what they are for; the settings' help from the
//! spec's descriptions.

mod common;

use altur_api_tests::sandbox::{create_campaign, phone_campaign};
use altur_sandbox::Sandbox;
use common::{altur, on, run};
use serde_json::{Value, json};

async fn sandbox() -> Sandbox {
    Sandbox::builder()
        .seed(39)
        .manual_clock()
        .rate_limits(false)
        .start()
        .await
        .unwrap()
}

fn campaign(sandbox: &Sandbox, id: altur_api::types::CampaignId) -> Value {
    let campaigns = sandbox.campaigns();
    serde_json::to_value(campaigns.iter().find(|c| c.id == id).unwrap()).unwrap()
}

/// A campaign with cycles in `mode`, created through the API.
async fn with_cycles(sandbox: &Sandbox, mode: &str) -> altur_api::types::CampaignId {
    let cycles: altur_api::types::Cycles = serde_json::from_value(json!({
        "enabled": true, "mode": mode, "max_iterations": 2, "cooldown_minutes": 60,
    }))
    .unwrap();
    create_campaign(
        &sandbox.client(),
        phone_campaign(&sandbox.agents()[0], "Con ciclos").cycles(cycles),
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_status_filter_the_spec_does_not_list_is_refused_with_the_nearest() {
    let sandbox = sandbox().await;
    let id = with_cycles(&sandbox, "cooldown").await.to_string();
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("ciclos.json");
    std::fs::write(
        &file,
        r#"{"cycles": {"filter_statuses": ["busy", "no_answer"]}}"#,
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let before = sandbox.requests().len();
    let refused = on(
        &sandbox,
        &["campaigns", "update", "--id", &id, "--json-body", file],
    )
    .await;
    assert_eq!(refused.code, 2, "{refused:?}");
    assert_eq!(
        refused.one_error_line(),
        format!(
            "error: --json-body {file}: cycles.filter_statuses[1] is `no_answer`, which is no \
             status of a Campaign Contact this command knows (did you mean `no-answer`?); the \
             values are queue, sending, sent, delivered, voicemail, read, failed, no-answer, \
             busy, retrying, converted, answered, accepted, acepted, rejected, unreachable \
             (--allow-unknown sends it anyway)"
        )
    );
    std::fs::write(file, r#"{"cycles": {"filter_statuses": ["bogus"]}}"#).unwrap();
    let bogus = on(
        &sandbox,
        &["campaigns", "update", "--id", &id, "--json-body", file],
    )
    .await;
    assert_eq!(bogus.code, 2, "{bogus:?}");
    assert!(
        bogus.one_error_line().contains(
            "cycles.filter_statuses[0] is `bogus`, which is no status of a Campaign Contact \
             this command knows; the values are queue,"
        ),
        "{bogus:?}"
    );
    assert_eq!(sandbox.requests().len(), before, "nothing was sent");

    // --allow-unknown sends it as written: the sandbox, which knows the
    // same statuses, refuses it, naming the field.
    let sent = on(
        &sandbox,
        &[
            "campaigns",
            "update",
            "--id",
            &id,
            "--json-body",
            file,
            "--allow-unknown",
        ],
    )
    .await;
    assert_eq!(sent.code, 3, "{sent:?}");
    let request = sandbox.requests().pop().unwrap();
    assert_eq!(
        request.json().unwrap(),
        json!({"cycles": {"filter_statuses": ["bogus"]}})
    );
    assert!(sent.stderr.contains("cycles.filter_statuses"), "{sent:?}");

    // A known value goes through, typed on the way.
    std::fs::write(
        file,
        r#"{"cycles": {"filter_statuses": ["no-answer", "busy"]}}"#,
    )
    .unwrap();
    let done = on(
        &sandbox,
        &["campaigns", "update", "--id", &id, "--json-body", file],
    )
    .await;
    assert_eq!(done.code, 0, "{done:?}");
    assert_eq!(
        campaign(&sandbox, id.parse().unwrap())["cycles"]["filter_statuses"],
        json!(["no-answer", "busy"])
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn calling_hours_as_a_person_writes_them() {
    let sandbox = sandbox().await;
    let agent = &sandbox.agents()[0];
    let line = agent.integration("phone_call").unwrap().public_id.clone();
    // Created from flags alone.
    let created = on(
        &sandbox,
        &[
            "campaigns",
            "create",
            "--name",
            "Horario de oficina",
            "--agent-id",
            &agent.public_id,
            "--integration-id",
            &line,
            "--timezone",
            "America/Monterrey",
            "--hours",
            "mon-fri 09:00-18:00",
            "--hours",
            "sat 10:00-14:00",
        ],
    )
    .await;
    assert_eq!(created.code, 0, "{created:?}");
    let id = serde_json::from_str::<Value>(&created.stdout).unwrap()["campaign"]["id"]
        .as_i64()
        .unwrap();
    let stored = campaign(&sandbox, id.into());
    assert_eq!(stored["timezone"], "America/Monterrey");
    assert_eq!(
        stored["scheduling"]["mon"],
        json!({"startTime": "09:00", "stopTime": "18:00", "active": true})
    );
    assert_eq!(stored["scheduling"]["fri"]["stopTime"], "18:00");
    assert_eq!(
        stored["scheduling"]["sat"],
        json!({"startTime": "10:00", "stopTime": "14:00", "active": true})
    );
    assert_eq!(stored["scheduling"]["sun"], json!({"active": false}));

    // Updated: --hours replaces the week; flags beside a file override it.
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("cambio.json");
    std::fs::write(
        &file,
        r#"{"name": "Otro nombre", "scheduling": {"mon": {"startTime": "07:00", "stopTime": "08:00", "active": true}}}"#,
    )
    .unwrap();
    let updated = on(
        &sandbox,
        &[
            "campaigns",
            "update",
            "--id",
            &id.to_string(),
            "--json-body",
            file.to_str().unwrap(),
            "--hours",
            "daily 08:00-20:00",
        ],
    )
    .await;
    assert_eq!(updated.code, 0, "{updated:?}");
    let stored = campaign(&sandbox, id.into());
    assert_eq!(stored["name"], "Otro nombre");
    assert_eq!(stored["scheduling"]["mon"]["startTime"], "08:00");
    assert_eq!(stored["scheduling"]["sun"]["stopTime"], "20:00");

    // A cycle's schedule, beside the cycle settings of a file.
    let cycling = with_cycles(&sandbox, "scheduled").await;
    std::fs::write(&file, r#"{"cycles": {"max_iterations": 4}}"#).unwrap();
    let cycled = on(
        &sandbox,
        &[
            "campaigns",
            "update",
            "--id",
            &cycling.to_string(),
            "--json-body",
            file.to_str().unwrap(),
            "--cycle-hours",
            "tue,thu 10:00-11:00",
        ],
    )
    .await;
    assert_eq!(cycled.code, 0, "{cycled:?}");
    let stored = campaign(&sandbox, cycling);
    assert_eq!(stored["cycles"]["max_iterations"], 4);
    assert_eq!(
        stored["cycles"]["schedule"]["thu"],
        json!({"startTime": "10:00", "stopTime": "11:00", "active": true})
    );
    assert_eq!(
        stored["cycles"]["schedule"]["mon"],
        json!({"active": false})
    );

    // Hours a person mistypes are refused, saying the form, before a request.
    let before = sandbox.requests().len();
    for (hours, why) in [
        ("lun-vie 09:00-18:00", "`lun` is no day"),
        ("mon-fri 9-18", "`9` is no HH:MM time"),
        ("mon 18:00-09:00", "the window closes before it opens"),
    ] {
        let refused = on(
            &sandbox,
            &[
                "campaigns",
                "update",
                "--id",
                &id.to_string(),
                "--hours",
                hours,
            ],
        )
        .await;
        assert_eq!(refused.code, 2, "{refused:?}");
        let line = refused.one_error_line();
        assert!(
            line.starts_with(&format!(
                "error: --hours: `{hours}`: {why}; write DAYS HH:MM-HH:MM"
            )),
            "{line}"
        );
    }
    assert_eq!(sandbox.requests().len(), before, "nothing was sent");
}

#[test]
fn templates_show_formats_and_say_what_each_block_is_for() {
    let printed = run(altur(["campaigns", "create", "--body-template"]));
    assert_eq!(printed.code, 0, "{printed:?}");
    let template: Value = serde_json::from_str(&printed.stdout).expect("JSON");
    assert!(
        template["//scheduling"]
            .as_str()
            .unwrap()
            .starts_with("Calling hours:"),
        "{template}"
    );
    assert!(
        template["cycles"]["//schedule"]
            .as_str()
            .unwrap()
            .contains("Not the calling hours, which are `scheduling`"),
        "{template}"
    );
    assert_eq!(template["scheduling"]["mon"]["startTime"], "09:00");
    assert_eq!(template["scheduling"]["mon"]["stopTime"], "18:00");
    assert_eq!(template["timezone"], "America/Mexico_City");
    assert_eq!(
        template["cycles"]["filter_statuses"],
        json!(["no-answer", "busy", "voicemail"])
    );

    // The settings an operator writes say what they are.
    let help = run(altur(["campaigns", "create", "--help"])).stdout;
    for (flag, words) in [
        ("--message-limit", "the most messages the Campaign sends"),
        ("--retries", "How many more times a contact not reached"),
        ("--name", "at most 255 characters"),
        ("--timezone", "IANA time zone name"),
        ("--hours", "Calling hours"),
    ] {
        // The flag's line and the next (a long help puts it there).
        let lines: Vec<&str> = help.lines().collect();
        let at = lines
            .iter()
            .position(|line| line.trim_start().starts_with(&format!("{flag} ")))
            .unwrap_or_else(|| panic!("no {flag}:\n{help}"));
        let said = format!("{} {}", lines[at], lines.get(at + 1).unwrap_or(&""));
        let said = said.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(said.contains(words), "{flag}: {said}");
    }
}
