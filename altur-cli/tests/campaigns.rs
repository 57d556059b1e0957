//! The campaign commands written for the people who run campaigns, run as
//! the built binary against the sandbox: the lifecycle verbs derived from
//! the spec's enum, and what an invalid transition says to do.

mod common;

use altur_api_tests::sandbox::{create_campaign, phone_campaign};
use altur_sandbox::Sandbox;
use common::{Run, on};
use serde_json::Value;

fn status(run: &Run) -> String {
    assert_eq!(run.code, 0, "{run:?}");
    let answer: Value = serde_json::from_str(&run.stdout).expect("one JSON object");
    answer["campaign"]["status"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"))
        .to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn verbs_act_and_an_invalid_transition_names_the_verb_that_gets_there() {
    // A manual clock: the campaign stays where the verbs put it.
    let sandbox = Sandbox::builder()
        .seed(27)
        .manual_clock()
        .start()
        .await
        .unwrap();
    let agent = &sandbox.agents()[0];
    let id = create_campaign(&sandbox.client(), phone_campaign(agent, "Verbos")).await;
    let id = id.to_string();

    assert_eq!(
        status(&on(&sandbox, &["campaigns", "activate", "--id", &id, "--yes"]).await),
        "active"
    );
    assert_eq!(
        status(&on(&sandbox, &["campaigns", "pause", "--id", &id]).await),
        "inactive"
    );
    let last = sandbox.requests().pop().expect("requests recorded");
    assert_eq!(
        (last.method.as_str(), last.path.as_str()),
        ("POST", format!("/campaigns/{id}/pause").as_str())
    );

    let refused = on(&sandbox, &["campaigns", "activate", "--id", &id, "--yes"]).await;
    assert_eq!(refused.code, 3, "{refused:?}");
    assert_eq!(
        refused.one_error_line(),
        format!(
            "error: campaign {id} is inactive, which this action does not start from \
             (409 INVALID_STATUS_TRANSITION); valid targets: active (use `altur campaigns \
             resume --id {id}`)"
        )
    );
    // The verb it names does get there; today's form still works.
    assert_eq!(
        status(&on(&sandbox, &["campaigns", "resume", "--id", &id, "--yes"]).await),
        "active"
    );
    let paused = on(
        &sandbox,
        &["campaigns", "action", "--action", "pause", "--id", &id],
    )
    .await;
    assert_eq!(status(&paused), "inactive");

    // A verb sets its action itself.
    let both = on(
        &sandbox,
        &["campaigns", "archive", "--action", "pause", "--id", &id],
    )
    .await;
    assert_eq!(both.code, 2, "{both:?}");
    assert!(
        both.one_error_line().contains("leave --action out"),
        "{both:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn watch_piped_prints_a_line_per_refresh_and_ends_with_the_final_analytics() {
    let sandbox = Sandbox::builder()
        .seed(31)
        .speed(600.0)
        .start()
        .await
        .unwrap();
    let agent = &sandbox.agents()[0];
    let client = sandbox.client();
    let id = create_campaign(&client, phone_campaign(agent, "En vivo")).await;
    let rows: Vec<String> = (0..4)
        .map(|n| format!(r#"{{"contact": "+150055500{n}1"}}"#))
        .collect();
    let added = on(
        &sandbox,
        &[
            "api",
            "POST",
            &format!("/campaigns/{id}/contacts"),
            "-F",
            &format!("contacts=[{}]", rows.join(",")),
        ],
    )
    .await;
    assert_eq!(added.code, 0, "{added:?}");
    let id = id.to_string();
    assert_eq!(
        status(&on(&sandbox, &["campaigns", "activate", "--id", &id, "--yes"]).await),
        "active"
    );

    let watched = on(
        &sandbox,
        &["campaigns", "watch", "--id", &id, "--interval", "0.2"],
    )
    .await;
    assert_eq!(watched.code, 0, "{watched:?}");
    let lines: Vec<Value> = watched
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object a line"))
        .collect();
    let last = lines.last().expect("a line per refresh");
    assert_eq!(last["status"], "finished", "{last}");
    assert_eq!(last["contacts_by_status"]["converted"], 4, "{last}");

    let retrieved = on(&sandbox, &["campaigns", "retrieve", "--id", &id]).await;
    assert_eq!(retrieved.code, 0, "{retrieved:?}");
    let retrieved: Value = serde_json::from_str(&retrieved.stdout).unwrap();
    assert_eq!(last["analytics"], retrieved["campaign"]["analytics"]);
    assert_eq!(last["analytics"]["contactsConverted"], 4, "{last}");
}

#[tokio::test(flavor = "multi_thread")]
async fn watch_stopped_by_ctrl_c_prints_the_numbers_as_they_are_then() {
    let sandbox = Sandbox::builder().manual_clock().start().await.unwrap();
    let agent = &sandbox.agents()[0];
    let id = create_campaign(&sandbox.client(), phone_campaign(agent, "Quieta")).await;
    // A campaign that does not run: watch would refresh every minute.
    let mut watch = common::sandbox_command(
        &sandbox,
        &[
            "campaigns",
            "watch",
            "--campaign",
            &id.to_string(),
            "--interval",
            "60",
        ],
    );
    let mut child = watch
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
    let first: Value = serde_json::from_str(&first).expect("the first refresh");
    let interrupted = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut rest).unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "{status:?}");
    let lines: Vec<Value> = rest
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object a line"))
        .collect();
    assert_eq!(lines.len(), 1, "one refresh after Ctrl-C: {rest}");
    assert_eq!(lines[0]["id"], first["id"]);
    assert_eq!(lines[0]["analytics"], first["analytics"]);
}
