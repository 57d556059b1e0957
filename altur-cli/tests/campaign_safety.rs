//! What keeps an operator from harm, run as the built binary against the
//! sandbox: a pause that goes through at the first try while a watch is
//! open on 3,000 contacts (the watch keeps to half of the 12 requests a
//! second); `activate` asking on a terminal (a real pseudo-terminal, by
//! python3's pty module) with the count, the name and when the first window
//! opens, `--yes`, and a refusal off a terminal; and an active campaign
//! outside its calling hours saying when the next window opens, in
//! `retrieve`'s table and in the watch.

mod common;

use std::io::BufRead;
use std::process::Stdio;
use std::time::{Duration, Instant};

use altur_api_tests::sandbox::{add_numbered_contacts, create_campaign, phone_campaign};
use altur_sandbox::Sandbox;
use chrono::{Datelike, TimeZone};
use common::{on, run_async, run_within, sandbox_command};
use serde_json::{Value, json};

const TERMINAL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/python/on_a_terminal.py");

fn campaign_json(sandbox: &Sandbox, id: altur_api::types::CampaignId) -> Value {
    let campaigns = sandbox.campaigns();
    let campaign = campaigns.iter().find(|c| c.id == id).expect("the campaign");
    serde_json::to_value(campaign).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_pause_beside_a_watch_of_3000_contacts_goes_through_at_the_first_try() {
    // The rate limit on, as Altur's: 12 campaign requests a second.
    let sandbox = Sandbox::builder()
        .seed(36)
        .manual_clock()
        .start()
        .await
        .unwrap();
    let agent = &sandbox.agents()[0];
    let id = create_campaign(&sandbox.client(), phone_campaign(agent, "Cobranza marzo")).await;
    add_numbered_contacts(&sandbox.client(), id, 3000).await;
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let activated = on(
        &sandbox,
        &["campaigns", "activate", "--id", &id.to_string(), "--yes"],
    )
    .await;
    assert_eq!(activated.code, 0, "{activated:?}");

    let mut watch = sandbox_command(
        &sandbox,
        &[
            "campaigns",
            "watch",
            "--id",
            &id.to_string(),
            "--interval",
            "0.2",
        ],
    );
    let mut child = watch
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (lines, views) = std::sync::mpsc::channel::<Value>();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if lines
                .send(serde_json::from_str(&line).expect("a JSON line"))
                .is_err()
            {
                break;
            }
        }
    });
    let first = views
        .recv_timeout(Duration::from_secs(20))
        .expect("a first refresh");
    assert_eq!(
        first["contacts_by_status"],
        json!({"queue": 3000}),
        "{first}"
    );
    assert_eq!(first["status"], "active");

    // Its pace, refreshing as often as it is let: at most 6 a second.
    let (before, started) = (sandbox.requests().len(), Instant::now());
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (sent, elapsed) = (sandbox.requests().len() - before, started.elapsed());
    assert!(
        sent as f64 <= 6.0 * elapsed.as_secs_f64() + 2.0,
        "the watch sent {sent} requests in {elapsed:?}"
    );
    assert!(
        sent >= 6,
        "the watch kept refreshing: {sent} requests in {elapsed:?}"
    );

    // The stop button, from a second process.
    let before = sandbox.requests().len();
    let started = Instant::now();
    let paused = run_within(
        sandbox_command(&sandbox, &["campaigns", "pause", "--id", &id.to_string()]),
        Duration::from_secs(10),
    )
    .await;
    let took = started.elapsed();
    assert_eq!(paused.code, 0, "{paused:?}");
    assert!(took < Duration::from_secs(2), "the pause took {took:?}");
    let pauses: Vec<Option<u16>> = sandbox.requests()[before..]
        .iter()
        .filter(|r| r.operation.as_deref() == Some("campaign_action"))
        .map(|r| r.status)
        .collect();
    assert_eq!(pauses, [Some(200)], "answered at the first try");
    let refused = sandbox
        .requests()
        .iter()
        .filter(|r| r.status == Some(429))
        .count();
    assert_eq!(refused, 0, "the watch left room: no request met a 429");

    // The watch sees it.
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let view = views
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .expect("the watch goes on");
        if view["status"] == "inactive" {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// A campaign of `contacts` contacts whose only window opens three days
/// from today at 09:00 in Mexico City; its id, and that moment's text.
async fn closed_campaign(
    sandbox: &Sandbox,
    name: &str,
    contacts: usize,
) -> (altur_api::types::CampaignId, String) {
    let zone: chrono_tz::Tz = "America/Mexico_City".parse().unwrap();
    let day = chrono::Utc::now().with_timezone(&zone).date_naive() + chrono::Duration::days(3);
    let key = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        [day.weekday().num_days_from_monday() as usize];
    let scheduling: altur_api::types::Scheduling = serde_json::from_value(json!({
        key: {"startTime": "09:00", "stopTime": "10:00", "active": true}
    }))
    .unwrap();
    let opens = zone
        .from_local_datetime(&day.and_hms_opt(9, 0, 0).unwrap())
        .unwrap();
    let id = create_campaign(
        &sandbox.client(),
        phone_campaign(&sandbox.agents()[0], name)
            .timezone("America/Mexico_City")
            .scheduling(scheduling),
    )
    .await;
    add_numbered_contacts(&sandbox.client(), id, contacts).await;
    (
        id,
        format!("{} America/Mexico_City", opens.format("%a %Y-%m-%d %H:%M")),
    )
}

/// `altur ARGS` on a pseudo-terminal: once the screen shows `wait_for`,
/// `typed` is typed (`^C`: Ctrl-C). What the screen showed, and the code.
async fn on_a_terminal(
    sandbox: &Sandbox,
    wait_for: &str,
    typed: &str,
    args: &[&str],
) -> (String, i32) {
    let mut command = std::process::Command::new("python3");
    command
        .args([TERMINAL, wait_for, typed, env!("CARGO_BIN_EXE_altur")])
        .args(args)
        .env("ALTUR_API_KEY", sandbox.api_key())
        .env("ALTUR_BASE_URL", sandbox.base_url())
        .stdin(Stdio::null());
    let run = run_async(command).await;
    assert_eq!(run.code, 0, "the terminal's driver: {run:?}");
    let outcome: Value = serde_json::from_str(&run.stdout).expect("the driver's JSON");
    (
        outcome["screen"].as_str().unwrap().replace("\r\n", "\n"),
        outcome["code"].as_i64().unwrap() as i32,
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn activate_asks_on_a_terminal_and_refuses_elsewhere_without_yes() {
    let sandbox = Sandbox::builder()
        .seed(37)
        .manual_clock()
        .rate_limits(false)
        .start()
        .await
        .unwrap();
    let (id, opens) = closed_campaign(&sandbox, "Cobranza marzo", 3).await;
    let id_text = id.to_string();
    let actions = |sandbox: &Sandbox| {
        sandbox
            .requests()
            .iter()
            .filter(|r| r.operation.as_deref() == Some("campaign_action"))
            .count()
    };

    // Off a terminal, without --yes: refused after one read (an id the API
    // has nothing under is said as every command says it), nothing changed.
    let before = sandbox.requests().len();
    let refused = on(&sandbox, &["campaigns", "activate", "--id", &id_text]).await;
    assert_eq!(refused.code, 2, "{refused:?}");
    assert_eq!(
        refused.one_error_line(),
        format!(
            "error: `activate` starts campaign {id} calling its contacts at once, and there is \
             no terminal to ask on: add --yes to activate it"
        )
    );
    let sent: Vec<Option<String>> = sandbox.requests()[before..]
        .iter()
        .map(|r| r.operation.clone())
        .collect();
    assert_eq!(
        sent,
        [Some("retrieve_campaign".to_owned())],
        "the campaign read, nothing sent that changes it"
    );

    // On a terminal: the count, the name, the first window in its time
    // zone, and the question; "n" sends nothing.
    let (screen, code) = on_a_terminal(
        &sandbox,
        "[y/N]",
        "n",
        &["campaigns", "activate", "--id", &id_text],
    )
    .await;
    let question =
        format!("Activate campaign {id} “Cobranza marzo”: it calls 3 contacts, from {opens} (in ");
    assert!(screen.contains(&question), "{question}\n{screen}");
    assert!(
        screen.contains("when its calling hours open.\nActivate it? [y/N] "),
        "{screen}"
    );
    assert_eq!(code, 1, "{screen}");
    assert!(screen.contains(&format!(
        "campaign {id} was not activated: nothing was sent"
    )));
    assert_eq!(actions(&sandbox), 0);
    assert_eq!(campaign_json(&sandbox, id)["status"], "ready");

    // "y" activates it.
    let (screen, code) = on_a_terminal(
        &sandbox,
        "[y/N]",
        "y",
        &["campaigns", "activate", "--id", &id_text],
    )
    .await;
    assert_eq!(code, 0, "{screen}");
    assert_eq!(actions(&sandbox), 1);
    assert_eq!(campaign_json(&sandbox, id)["status"], "active");

    // --yes, for scripts: no question, off a terminal.
    let (other, _) = closed_campaign(&sandbox, "Cobranza abril", 2).await;
    let done = on(
        &sandbox,
        &["campaigns", "activate", "--id", &other.to_string(), "--yes"],
    )
    .await;
    assert_eq!(done.code, 0, "{done:?}");
    assert_eq!(campaign_json(&sandbox, other)["status"], "active");
    // `campaigns action --action activate` is the same command.
    let same = on(
        &sandbox,
        &[
            "campaigns",
            "action",
            "--action",
            "activate",
            "--id",
            &other.to_string(),
        ],
    )
    .await;
    assert_eq!(same.code, 2, "{same:?}");
    assert!(same.one_error_line().contains("add --yes"), "{same:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_active_campaign_outside_its_hours_says_when_the_next_window_opens() {
    let sandbox = Sandbox::builder()
        .seed(38)
        .manual_clock()
        .rate_limits(false)
        .start()
        .await
        .unwrap();
    let (id, opens) = closed_campaign(&sandbox, "Fuera de horario", 4).await;
    let id_text = id.to_string();
    let activated = on(
        &sandbox,
        &["campaigns", "activate", "--id", &id_text, "--yes"],
    )
    .await;
    assert_eq!(activated.code, 0, "{activated:?}");

    // retrieve's table.
    let table = on(
        &sandbox,
        &[
            "campaigns",
            "retrieve",
            "--id",
            &id_text,
            "--format",
            "table",
        ],
    )
    .await;
    assert_eq!(table.code, 0, "{table:?}");
    let row = table
        .stdout
        .lines()
        .find(|line| line.starts_with("campaign.next_window"))
        .unwrap_or_else(|| panic!("no next_window row:\n{}", table.stdout));
    assert!(
        row.contains(&format!(
            "outside its calling hours: the next window opens {opens} (in "
        )),
        "{row}"
    );
    // The JSON stays the API's answer.
    let json = on(&sandbox, &["campaigns", "retrieve", "--id", &id_text]).await;
    assert!(!json.stdout.contains("next_window"), "{json:?}");

    // The watch, piped: when, as a date-time with the zone's offset.
    let mut watch = sandbox_command(&sandbox, &["campaigns", "watch", "--id", &id_text]);
    let mut child = watch
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    let view: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(view["contacts_by_status"], json!({"queue": 4}), "{view}");
    let at =
        chrono::DateTime::parse_from_rfc3339(view["next_window_opens"].as_str().unwrap()).unwrap();
    let zone: chrono_tz::Tz = "America/Mexico_City".parse().unwrap();
    assert_eq!(
        format!(
            "{} America/Mexico_City",
            at.with_timezone(&zone).format("%a %Y-%m-%d %H:%M")
        ),
        opens
    );
    assert_eq!(view["timezone"], "America/Mexico_City");

    // The watch on a terminal, stopped with Ctrl-C.
    let (screen, code) = on_a_terminal(
        &sandbox,
        "Contacts: 4",
        "^C",
        &["campaigns", "watch", "--id", &id_text],
    )
    .await;
    assert_eq!(code, 0, "{screen}");
    assert!(
        screen.contains(&format!(
            "Outside its calling hours: the next window opens {opens} (in "
        )),
        "{screen}"
    );
}
