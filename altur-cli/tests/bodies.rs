//! A request body from flags, from a file, from standard input, and from
//! both: what reaches the server (a loopback server that records it) is
//! exactly what was given, a flag beside a file overriding that field.

mod common;

use altur_api_tests::server::TestServer;
use common::{KEY, altur, run_with_stdin};
use serde_json::json;

const AGENT: &str = "5b0f0c6e-8a59-4c0e-9a43-2f5b1f0f7a11";
const END_USER: &str = "0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f";

async fn send(server: &TestServer, args: &[&str], stdin: Option<&str>) -> common::Run {
    let mut command = altur(["message", "send"].iter().chain(args));
    command
        .env("ALTUR_API_KEY", KEY)
        .env("ALTUR_BASE_URL", &server.url);
    let stdin = stdin.unwrap_or_default().to_owned();
    tokio::task::spawn_blocking(move || run_with_stdin(command, stdin.as_bytes()))
        .await
        .unwrap()
}

#[tokio::test]
async fn flags_a_file_standard_input_and_a_flag_over_a_file() {
    let server = TestServer::replying(
        200,
        "application/json",
        r#"{"messages": [{"content": "Mañana 📦", "sent_by": "AI", "sent_at": "2026-06-08T14:23:15Z", "type": "text", "thread_id": "t1"}]}"#,
    )
    .await;

    let run = send(
        &server,
        &["--agent-id", AGENT, "--content", "¿Cuándo llega? 📦"],
        None,
    )
    .await;
    assert_eq!(run.code, 0, "{run:?}");
    let printed: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(printed["messages"][0]["content"], "Mañana 📦");

    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("body.json");
    let body = json!({"agent_id": AGENT, "end_user_id": END_USER, "content": "from the file"});
    std::fs::write(&file, body.to_string()).unwrap();
    let run = send(&server, &["--json-body", file.to_str().unwrap()], None).await;
    assert_eq!(run.code, 0, "{run:?}");

    let run = send(&server, &["--json-body", "-"], Some(&body.to_string())).await;
    assert_eq!(run.code, 0, "{run:?}");

    let run = send(
        &server,
        &["--json-body", "-", "--content", "from the flag"],
        Some(&body.to_string()),
    )
    .await;
    assert_eq!(run.code, 0, "{run:?}");

    let sent: Vec<_> = server.requests().iter().map(|r| r.json()).collect();
    assert_eq!(
        sent,
        [
            json!({"agent_id": AGENT, "content": "¿Cuándo llega? 📦"}),
            body.clone(),
            body.clone(),
            json!({"agent_id": AGENT, "end_user_id": END_USER, "content": "from the flag"}),
        ]
    );
}
