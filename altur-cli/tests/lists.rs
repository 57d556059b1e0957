//! A list command streams every page through the crate's `stream()`,
//! against the sandbox (a campaign whose contacts were added through the
//! API): piped, one compact JSON object per line, in order, one request per
//! page; `--limit` stops asking for pages; `--format table` lines the items
//! up; a page that fails after others were printed ends the run with the
//! API's exit code, and CSV rows go out as their page arrives.

mod common;

use altur_api::types::{AddCampaignContactsBody, NewContact};
use altur_api_tests::sandbox::{create_campaign, phone_campaign};
use altur_sandbox::{Fault, Faults};
use altur_sandbox::{Sandbox, SandboxBuilder};
use common::{altur, run_async};
use serde_json::Value;

const OPERATION: &str = "list_campaign_contacts";

/// A sandbox with a campaign of six contacts (`contact 0` to `contact 5`);
/// the campaign's id.
async fn campaign(builder: SandboxBuilder) -> (Sandbox, altur_api::types::CampaignId) {
    let sandbox = builder
        .seed(24)
        .manual_clock()
        .start()
        .await
        .expect("starts");
    let client = sandbox.client();
    let id = create_campaign(&client, phone_campaign(&sandbox.agents()[0], "Cobranza")).await;
    let contacts = (0..6)
        .map(|n| {
            altur_api_tests::built(
                NewContact::builder()
                    .contact(format!("+52551234560{n}"))
                    .name(format!("contact {n}")),
            )
        })
        .collect::<Vec<NewContact>>();
    client
        .add_campaign_contacts()
        .id(id)
        .body(AddCampaignContactsBody::builder().contacts(contacts))
        .send()
        .await
        .expect("add the contacts");
    (sandbox, id)
}

fn list(
    sandbox: &Sandbox,
    id: altur_api::types::CampaignId,
    extra: &[&str],
) -> std::process::Command {
    let id = id.to_string();
    let mut command = altur(
        [
            "campaigns",
            "contacts",
            "list",
            "--id",
            &id,
            "--page-size",
            "2",
            "--status",
            "queue",
        ]
        .iter()
        .chain(extra),
    );
    command
        .env("ALTUR_API_KEY", sandbox.api_key())
        .env("ALTUR_BASE_URL", sandbox.base_url());
    command
}

/// The requests of the list, each by its page index.
fn pages_asked(sandbox: &Sandbox) -> Vec<altur_sandbox::Request> {
    sandbox
        .requests()
        .into_iter()
        .filter(|r| r.operation.as_deref() == Some(OPERATION))
        .collect()
}

#[tokio::test]
async fn piped_a_list_is_every_item_of_every_page_one_json_line_each() {
    let (sandbox, id) = campaign(Sandbox::builder()).await;
    let run = run_async(list(&sandbox, id, &[])).await;
    assert_eq!(run.code, 0, "{run:?}");
    let names: Vec<String> = run
        .stdout
        .lines()
        .map(|line| {
            let item: Value = serde_json::from_str(line).expect("each line is a JSON object");
            item["name"].as_str().expect("a name").to_owned()
        })
        .collect();
    let expected: Vec<String> = (0..6).map(|n| format!("contact {n}")).collect();
    assert_eq!(names, expected);
    let requests = pages_asked(&sandbox);
    assert_eq!(
        requests
            .iter()
            .map(|r| r.query_param("pageIndex").unwrap_or("0").to_owned())
            .collect::<Vec<_>>(),
        ["0", "1", "2"]
    );
    for request in &requests {
        assert_eq!(request.query_param("pageSize"), Some("2"));
        assert_eq!(request.query_param("status"), Some("queue"));
    }
}

/// A list that comes in one answer, a bare JSON array (`message get`:
/// `GET /message/{thread_id}`), prints as the lists in pages do: an item a
/// line, `--jq` on each item, `--limit` cutting it.
#[tokio::test]
async fn a_list_in_one_bare_array_is_an_item_a_line_and_jq_runs_on_each() {
    let sandbox = Sandbox::builder()
        .seed(24)
        .manual_clock()
        .start()
        .await
        .expect("starts");
    let agent = sandbox.agents()[0].id.to_string();
    let user = run_async(common::sandbox_command(
        &sandbox,
        &["enduser", "create", "--display-name", "Sofía Núñez"],
    ))
    .await;
    assert_eq!(user.code, 0, "{user:?}");
    let user: Value = serde_json::from_str(&user.stdout).expect("the end user");
    let user = user["id"].as_str().expect("an id").to_owned();
    let mut thread = String::new();
    for content in ["hola", "¿sigue en pie la cita?"] {
        let sent = run_async(common::sandbox_command(
            &sandbox,
            &[
                "message",
                "send",
                "--agent-id",
                &agent,
                "--end-user-id",
                &user,
                "--content",
                content,
            ],
        ))
        .await;
        assert_eq!(sent.code, 0, "{sent:?}");
        let sent: Value = serde_json::from_str(&sent.stdout).expect("the reply");
        thread = sent["thread"]["id"].as_str().expect("a thread").to_owned();
    }
    let get = |extra: &[&str]| {
        let args = [
            &["message", "get", "--thread-id", thread.as_str()][..],
            extra,
        ]
        .concat();
        run_async(common::sandbox_command(&sandbox, &args))
    };

    let run = get(&[]).await;
    assert_eq!(run.code, 0, "{run:?}");
    let lines: Vec<Value> = run
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is a JSON value"))
        .collect();
    assert_eq!(lines.len(), 4, "two messages and two replies: {run:?}");
    assert!(
        lines
            .iter()
            .all(|m| m.is_object() && m["thread_id"] == thread.as_str()),
        "{lines:?}"
    );

    let run = get(&["--jq", ".sent_by"]).await;
    assert_eq!(run.code, 0, "{run:?}");
    // Each message's author, a line each: the filter ran on every item.
    let authors: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(authors, ["EU", "AI", "EU", "AI"], "{run:?}");

    let run = get(&["--limit", "1"]).await;
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.lines().count(), 1, "{run:?}");
}

#[tokio::test]
async fn limit_stops_asking_for_pages() {
    let (sandbox, id) = campaign(Sandbox::builder()).await;
    let run = run_async(list(&sandbox, id, &["--limit", "3"])).await;
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stdout.lines().count(), 3);
    assert_eq!(
        pages_asked(&sandbox).len(),
        2,
        "the third page is never asked for"
    );
}

#[tokio::test]
async fn a_table_lines_up_the_items() {
    let (sandbox, id) = campaign(Sandbox::builder()).await;
    let run = run_async(list(
        &sandbox,
        id,
        &["--format", "table", "--fields", "name,status,contact"],
    ))
    .await;
    assert_eq!(run.code, 0, "{run:?}");
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines[0], "NAME       STATUS  CONTACT");
    assert_eq!(lines[1], "contact 0  queue   +525512345600");
    assert_eq!(lines.len(), 7);
}

#[tokio::test]
async fn a_page_that_fails_ends_the_list_with_the_api_exit_code() {
    // The second page fails on every attempt the client makes.
    let faults = (2..=4).fold(Faults::none(), |faults, nth| {
        faults.aim(OPERATION, nth, Fault::ServerError)
    });
    let (sandbox, id) = campaign(Sandbox::builder().faults(faults)).await;
    let run = run_async(list(&sandbox, id, &[])).await;
    assert_eq!(run.code, 3, "{run:?}");
    assert_eq!(
        run.stdout.lines().count(),
        2,
        "the first page's items were printed"
    );
    let error = run.one_error_line();
    assert!(error.contains("page 1") && error.contains("503"), "{error}");
}

#[tokio::test]
async fn csv_rows_go_out_as_their_page_arrives() {
    // Streamed, not kept for the end: the first page's rows are out when
    // the second page fails.
    let faults = (2..=4).fold(Faults::none(), |faults, nth| {
        faults.aim(OPERATION, nth, Fault::ServerError)
    });
    let (sandbox, id) = campaign(Sandbox::builder().faults(faults)).await;
    let run = run_async(list(
        &sandbox,
        id,
        &["--format", "csv", "--no-bom", "--fields", "name,status"],
    ))
    .await;
    assert_eq!(run.code, 3, "{run:?}");
    assert_eq!(
        run.stdout,
        "name,status\ncontact 0,queue\ncontact 1,queue\n"
    );
}
