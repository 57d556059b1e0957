//! The errors a person meets first, each as the one line `altur` prints,
//! saying what to do: a refused key names ALTUR_API_KEY, a URL without a
//! scheme says to add one, a date in another form lists the forms taken,
//! and nothing listening where a delivery goes is said so. The API answers
//! from the sandbox.

mod common;

use altur_sandbox::Sandbox;
use common::{KEY, WEBHOOK_SECRET, altur, run_async};

const USAGE: i32 = 2;
const API: i32 = 3;
const NETWORK: i32 = 4;

async fn sandbox() -> Sandbox {
    Sandbox::builder()
        .manual_clock()
        .start()
        .await
        .expect("the sandbox starts")
}

/// `altur` on the sandbox, with `key` as the API key.
fn on(sandbox: &Sandbox, key: &str, args: &[&str]) -> std::process::Command {
    let mut command = common::sandbox_command(sandbox, args);
    command.env("ALTUR_API_KEY", key);
    command
}

/// `altur webhooks ...`, with the webhook secret.
fn webhooks(args: &[&str]) -> std::process::Command {
    let mut command = altur(["webhooks"].iter().chain(args));
    command.env("ALTUR_WEBHOOK_SECRET", WEBHOOK_SECRET);
    command
}

/// The run ended with `code` and printed exactly one line on standard
/// error, without the key; that line.
async fn one_line(command: std::process::Command, code: i32) -> String {
    let run = run_async(command).await;
    assert_eq!(run.code, code, "{run:?}");
    assert!(!run.stderr.contains(KEY), "{run:?}");
    run.one_error_line().to_owned()
}

/// A port nothing listens on: bound, then let go.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn a_refused_key_names_the_variable_it_was_read_from() {
    let sandbox = sandbox().await;
    let line = one_line(on(&sandbox, KEY, &["campaigns", "list"]), API).await;
    assert!(
        line.contains("401") && line.contains("ALTUR_API_KEY"),
        "{line}"
    );
    assert!(!line.contains("undocumented"), "{line}");
}

#[tokio::test]
async fn a_url_without_a_scheme_says_to_write_one() {
    for url in ["localhost:8080", "api.altur.io", "127.0.0.1:8080/v1"] {
        let mut command = altur(["campaigns", "list", "--base-url", url]);
        command.env("ALTUR_API_KEY", KEY);
        let line = one_line(command, USAGE).await;
        assert!(
            line.contains(&format!("`{url}`")) && line.contains("has no scheme: write http"),
            "{url}: {line}"
        );
    }
    let line = one_line(
        webhooks(&["trigger", "on_call_end", "--forward-to", "127.0.0.1:3000"]),
        USAGE,
    )
    .await;
    assert!(
        line.contains("`127.0.0.1:3000` has no scheme: write http://127.0.0.1:3000"),
        "{line}"
    );
}

#[tokio::test]
async fn a_date_filter_takes_a_date_and_names_the_forms_it_takes() {
    let sandbox = sandbox().await;
    let key = sandbox.api_key();
    let run = run_async(on(
        &sandbox,
        &key,
        &[
            "campaigns",
            "list",
            "--start-date",
            "2025-01-15",
            "--end-date",
            "2025-01-31T23:59:59-06:00",
        ],
    ))
    .await;
    assert_eq!(run.code, 0, "{run:?}");
    let sent = sandbox
        .requests()
        .into_iter()
        .find(|r| r.operation.as_deref() == Some("list_campaigns"))
        .expect("the campaigns were listed");
    assert!(
        sent.query
            .contains(&("startDate".into(), "2025-01-15T00:00:00Z".into()))
            && sent
                .query
                .contains(&("endDate".into(), "2025-02-01T05:59:59Z".into())),
        "{:?}",
        sent.query
    );

    let line = one_line(
        on(
            &sandbox,
            &key,
            &["campaigns", "list", "--start-date", "2025/01/15"],
        ),
        USAGE,
    )
    .await;
    assert!(
        line.contains("--start-date")
            && line.contains("2025-01-15")
            && line.contains("2025-01-15T08:30:00Z")
            && !line.contains("premature"),
        "{line}"
    );
    let help = run_async(on(&sandbox, &key, &["campaigns", "list", "--help"])).await;
    assert!(help.stdout.contains("2025-01-15T08:30:00Z"), "{help:?}");
}

#[tokio::test]
async fn nothing_listening_where_a_delivery_goes_is_said_so() {
    let url = format!("http://127.0.0.1:{}/", free_port());
    let line = one_line(
        webhooks(&["trigger", "on_call_end", "--forward-to", &url]),
        NETWORK,
    )
    .await;
    assert!(
        line.contains(&format!("nothing is listening at {url}")),
        "{line}"
    );
    assert!(!line.contains("error sending request"), "{line}");
}
