//! Bad input, of every kind a user meets: each run ends with one line on
//! standard error that says what was wrong, the exit code of its kind
//! (2 usage, 3 the API, 4 the network), no panic, and the API key in no
//! output.

mod common;

use altur_api_tests::server::TestServer;
use common::{KEY, Run, altur, run, run_async};

const USAGE: i32 = 2;
const API: i32 = 3;
const NETWORK: i32 = 4;

fn with_key(args: &[&str], base_url: &str) -> std::process::Command {
    let mut command = altur(args);
    command
        .env("ALTUR_API_KEY", KEY)
        .env("ALTUR_BASE_URL", base_url)
        .arg("--verbose");
    command
}

/// One line, the code, no panic, no key; the line is returned.
fn failed(run: &Run, code: i32) -> String {
    assert_eq!(run.code, code, "{run:?}");
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("backtrace"),
        "{run:?}"
    );
    assert!(
        !run.stdout.contains(KEY) && !run.stderr.contains(KEY),
        "{run:?}"
    );
    // --verbose adds a line per request; the error is the last line.
    run.stderr.lines().last().expect("an error line").to_owned()
}

/// A run that must stop at a usage error before any request (its base URL
/// is a loopback port nothing listens on, which a request would turn into a
/// network error): exactly one line on standard error, returned.
fn usage_error(args: &[&str]) -> String {
    let outcome = run(with_key(args, "http://127.0.0.1:9"));
    let line = failed(&outcome, USAGE);
    assert_eq!(outcome.one_error_line(), line);
    line
}

#[test]
fn no_key_is_a_usage_error_naming_the_variable() {
    let outcome = run(altur(["campaigns", "retrieve", "--id", "1"]));
    let line = failed(&outcome, USAGE);
    outcome.one_error_line();
    assert!(line.contains("ALTUR_API_KEY is not set"), "{line}");
}

#[test]
fn a_bad_flag_value_is_a_usage_error_naming_the_flag() {
    let line = usage_error(&["campaigns", "retrieve", "--id", "twelve"]);
    assert!(line.contains("'twelve'") && line.contains("--id"), "{line}");

    let line = usage_error(&["campaigns", "list", "--status", "sleeping"]);
    assert!(
        line.contains("'sleeping'") && line.contains("--status"),
        "{line}"
    );

    let line = usage_error(&["campaigns", "list", "--colour", "red"]);
    assert!(line.contains("--colour"), "{line}");
}

#[test]
fn an_unreadable_or_invalid_body_file_is_a_usage_error_naming_the_file() {
    let line = usage_error(&["message", "send", "--json-body", "/nonexistent/body.json"]);
    assert!(line.contains("/nonexistent/body.json"), "{line}");

    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("body.json");
    std::fs::write(&file, "{\"content\": ").unwrap();
    let line = usage_error(&["message", "send", "--json-body", file.to_str().unwrap()]);
    assert!(
        line.contains("body.json") && line.contains("line 1"),
        "{line}"
    );
}

#[test]
fn a_base_url_in_clear_text_off_loopback_is_refused_before_any_request() {
    let outcome = run(with_key(
        &["campaigns", "retrieve", "--id", "1"],
        "http://api.example.com",
    ));
    let line = failed(&outcome, USAGE);
    outcome.one_error_line();
    assert!(line.contains("http://api.example.com"), "{line}");
}

#[tokio::test]
async fn a_server_answering_html_is_an_api_error_with_its_status() {
    let server =
        TestServer::replying(500, "text/html", "<html><body>Internal error</body></html>").await;
    let outcome = run_async(with_key(
        &["campaigns", "retrieve", "--id", "1"],
        &server.url,
    ))
    .await;
    let line = failed(&outcome, API);
    assert!(line.contains("500") && line.contains("text/html"), "{line}");
    // The key went to the server, and nowhere else.
    let request = &server.requests()[0];
    assert_eq!(
        request.header("authorization"),
        Some(&*format!("api-key {KEY}"))
    );

    let server = TestServer::replying(200, "text/html", "<html>Sign in</html>").await;
    let outcome = run_async(with_key(
        &["campaigns", "retrieve", "--id", "1"],
        &server.url,
    ))
    .await;
    let line = failed(&outcome, API);
    assert!(line.contains("200") && line.contains("decode"), "{line}");
}

#[tokio::test]
async fn an_api_error_is_its_status_and_the_api_message() {
    // Not a 404: an unknown id is a line of its own (words.rs).
    let server = TestServer::replying(
        422,
        "application/json",
        r#"{"error": 422, "message": "Thread id is not valid"}"#,
    )
    .await;
    let outcome = run_async(with_key(
        &["message", "get", "--thread-id", "t1"],
        &server.url,
    ))
    .await;
    let line = failed(&outcome, API);
    assert!(
        line.contains("422") && line.contains("Thread id is not valid"),
        "{line}"
    );
    assert_eq!(outcome.stdout, "");
}

#[test]
fn no_server_is_a_network_error() {
    // A port nothing listens on: bound, then let go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let outcome = run(with_key(
        &["campaigns", "retrieve", "--id", "1"],
        &format!("http://127.0.0.1:{port}"),
    ));
    let line = failed(&outcome, NETWORK);
    assert!(line.contains("connect"), "{line}");
}
