//! `altur api METHOD PATH`, run as the built binary against the sandbox,
//! which records every request: a GET, a POST of typed fields, a POST of a
//! file, `--paginate` over three pages, a header that reaches the server,
//! and an error as the one line every command prints.

mod common;

use altur_api_tests::sandbox::{create_campaign, phone_campaign};
use altur_sandbox::Sandbox;
use common::{Run, on, run_with_stdin};
use serde_json::{Value, json};

fn json_of(run: &Run) -> Value {
    assert_eq!(run.code, 0, "{run:?}");
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {run:?}"))
}

async fn sandbox() -> Sandbox {
    Sandbox::builder()
        .seed(41)
        .manual_clock()
        .start()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn get_and_post_with_typed_fields_and_a_header() {
    let sandbox = sandbox().await;
    let agent = sandbox.agents()[0].clone();
    let phone = agent.integration("phone_call").unwrap().public_id.clone();

    // -f types what reads as JSON: `retries=2` is the number the sandbox
    // requires (a string would be a 400 naming `retries`).
    let created = on(
        &sandbox,
        &[
            "api",
            "POST",
            "/campaigns",
            "-F",
            "name=Cobranza 2",
            "-F",
            &format!("agent_id={}", agent.public_id),
            "-f",
            &format!("integration_id={phone}"),
            "-F",
            "retries=2",
            "-H",
            "X-Altur-Trace: campaña-7",
            "-H",
            "Idempotency-Key: 5d0c6b7e-0f5b-4f0e-9a43-2f5b1f0f7a11",
        ],
    )
    .await;
    let created = json_of(&created);
    let id = created["campaign"]["id"].as_i64().expect("an id");
    assert_eq!(created["campaign"]["retries"], 2, "{created}");
    let sent = sandbox
        .requests()
        .into_iter()
        .find(|r| r.method == "POST" && r.path == "/campaigns")
        .expect("the POST was recorded");
    assert_eq!(
        sent.json(),
        Some(json!({
            "name": "Cobranza 2",
            "agent_id": agent.public_id,
            "integration_id": phone,
            "retries": 2,
        }))
    );
    assert_eq!(sent.header("x-altur-trace"), Some("campaña-7"));
    assert_eq!(
        sent.header("idempotency-key"),
        Some("5d0c6b7e-0f5b-4f0e-9a43-2f5b1f0f7a11")
    );
    assert_eq!(sent.header("content-type"), Some("application/json"));

    // GET: fields are the query.
    let read = json_of(&on(&sandbox, &["api", "get", &format!("campaigns/{id}")]).await);
    assert_eq!(read["campaign"]["name"], "Cobranza 2", "{read}");
    let listed = on(
        &sandbox,
        &[
            "api",
            "GET",
            "/campaigns",
            "-F",
            "pageSize=5",
            "-f",
            "status=pending",
        ],
    )
    .await;
    assert_eq!(listed.code, 0, "{listed:?}");
    let asked = sandbox.requests().pop().unwrap();
    assert_eq!(
        (asked.query_param("pageSize"), asked.query_param("status")),
        (Some("5"), Some("pending"))
    );

    // An error: the one line every command prints, with the API's status.
    let missing = on(&sandbox, &["api", "GET", "/campaigns/987654"]).await;
    assert_eq!(missing.code, 3, "{missing:?}");
    let line = missing.one_error_line();
    assert!(line.starts_with("error: Altur API error 404"), "{line}");
    assert!(missing.stdout.is_empty(), "{missing:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn post_of_a_file_and_paginate_over_three_pages() {
    let sandbox = sandbox().await;
    let agent = sandbox.agents()[0].clone();
    let id = create_campaign(&sandbox.client(), phone_campaign(&agent, "Páginas")).await;
    let body = json!({"contacts": (0..5)
        .map(|n| json!({"contact": format!("+15005550{n}01"), "name": format!("Núñez {n}")}))
        .collect::<Vec<_>>()});
    let files = tempfile::tempdir().unwrap();
    let file = files.path().join("contacts.json");
    std::fs::write(&file, body.to_string()).unwrap();
    let path = format!("/campaigns/{id}/contacts");
    let added = json_of(
        &on(
            &sandbox,
            &["api", "POST", &path, "--input", file.to_str().unwrap()],
        )
        .await,
    );
    assert_eq!(added["summary"]["created"], 5, "{added}");

    // The same body from standard input.
    let command = common::sandbox_command(&sandbox, &["api", "POST", &path, "--input", "-"]);
    let again =
        tokio::task::spawn_blocking(move || run_with_stdin(command, body.to_string().as_bytes()))
            .await
            .unwrap();
    assert_eq!(json_of(&again)["summary"]["skipped_duplicate"], 5);

    let before = sandbox.requests().len();
    let paged = on(
        &sandbox,
        &["api", "GET", &path, "-F", "pageSize=2", "--paginate"],
    )
    .await;
    assert_eq!(paged.code, 0, "{paged:?}");
    let names: Vec<String> = paged
        .stdout
        .lines()
        .map(|line| {
            let contact: Value = serde_json::from_str(line).unwrap();
            contact["name"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(
        names,
        ["Núñez 0", "Núñez 1", "Núñez 2", "Núñez 3", "Núñez 4"]
    );
    let pages: Vec<(Option<String>, Option<String>)> = sandbox.requests()[before..]
        .iter()
        .map(|r| {
            (
                r.query_param("pageIndex").map(str::to_owned),
                r.query_param("pageSize").map(str::to_owned),
            )
        })
        .collect();
    let two = Some("2".to_owned());
    assert_eq!(
        pages,
        [
            (Some("0".into()), two.clone()),
            (Some("1".into()), two.clone()),
            (Some("2".into()), two)
        ]
    );
}
