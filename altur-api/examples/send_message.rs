//! Sends one message to an agent and prints what went out and what came back.
//!
//! With `ALTUR_API_KEY` set, it calls the real API (`ALTUR_BASE_URL` to point
//! elsewhere) with the agent and end user named by `ALTUR_AGENT_ID` and
//! `ALTUR_END_USER_ID`. Without a key, it starts a small mock of the API on
//! loopback, in this process, and talks to that.
//!
//!     cargo run --example send_message

use altur_api::Client;
use altur_api::types::SendMessageBody;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let content = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "When does my order ship?".into());
    let (client, agent_id, end_user_id) = if std::env::var_os(altur_api::API_KEY_ENV).is_some() {
        let agent = std::env::var("ALTUR_AGENT_ID").map_err(|_| "set ALTUR_AGENT_ID")?;
        let end_user = std::env::var("ALTUR_END_USER_ID").map_err(|_| "set ALTUR_END_USER_ID")?;
        (Client::from_env()?, agent.parse()?, end_user.parse()?)
    } else {
        let url = mock::start().await?;
        println!("ALTUR_API_KEY is not set: talking to an embedded mock of the API at {url}\n");
        let client = Client::builder()
            .api_key("demo-key")
            .base_url(url)
            .build()?;
        (
            client,
            uuid::Uuid::from_u128(0x5b0f0c6e_8a59_4c0e_9a43_2f5b1f0f7a11),
            uuid::Uuid::from_u128(0x0d4f7c1e_3b2a_4e8f_9c6d_1a2b3c4d5e6f),
        )
    };

    let body = SendMessageBody::builder()
        .agent_id(Some(agent_id))
        .end_user_id(Some(end_user_id))
        .content(Some(content));
    println!(
        "sent: POST /message {}",
        serde_json::to_string(&SendMessageBody::try_from(body.clone())?)?
    );

    match client.send_message().body(body).send().await {
        Ok(response) => {
            println!("came back: {}", response.status());
            let response = response.into_inner();
            for message in &response.messages {
                println!(
                    "  [{} {}] {}",
                    message.sent_by,
                    message.type_,
                    message.content.as_deref().unwrap_or("")
                );
            }
            println!("\n{response:#?}");
            Ok(())
        }
        Err(error) => {
            eprintln!("failed: {error}");
            if let Some(body) = error.body() {
                eprintln!("raw body: {}", String::from_utf8_lossy(body));
            }
            Err(error.into())
        }
    }
}

/// Just enough of the Altur API to answer `POST /message`: a real HTTP
/// server on an ephemeral loopback port.
mod mock {
    use super::*;

    const REPLY: &str = r#"{
  "thread": {"id": "thr_demo", "agent": {"id": "5b0f0c6e-8a59-4c0e-9a43-2f5b1f0f7a11", "name": "Sofía"},
             "end_user": {"id": "0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f", "display_name": "Ana", "integration_type": "api"},
             "updated_at": "2026-11-24T10:00:01Z", "active": true, "blocked": false, "tags": [], "assigned_to": []},
  "messages": [{"thread_id": "thr_demo", "type": "text", "sent_by": "AI", "sent_at": "2026-11-24T10:00:01Z",
                "content": "Your order ships tomorrow morning."}],
  "in_response_to": {"thread_id": "thr_demo", "type": "text", "sent_by": "EU", "sent_at": "2026-11-24T10:00:00Z",
                     "content": "When does my order ship?"}
}"#;

    pub async fn start() -> std::io::Result<String> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let url = format!("http://{}", listener.local_addr()?);
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let mut request = vec![0u8; 64 * 1024];
                    let Ok(read) = stream.read(&mut request).await else {
                        return;
                    };
                    let head = String::from_utf8_lossy(&request[..read]);
                    let authorized = head.lines().any(|l| {
                        l.to_ascii_lowercase()
                            .starts_with("authorization: api-key ")
                    });
                    let (status, body) = if authorized {
                        ("200 OK", REPLY.to_owned())
                    } else {
                        (
                            "401 Unauthorized",
                            r#"{"error": 401, "message": "missing API key"}"#.to_owned(),
                        )
                    };
                    let response = format!(
                        "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = stream.write_all(response.as_bytes()).await;
                });
            }
        });
        Ok(url)
    }
}
