//! The main job: create an end user, send a message to an agent as that end
//! user, and read the thread's messages, printing each step.
//!
//! With `ALTUR_API_KEY` set, it calls the real API (`ALTUR_BASE_URL` to point
//! elsewhere) with the agent named by `ALTUR_AGENT_ID`. Without a key, it
//! starts the crate's typed mocks (an httpmock server on loopback, in this
//! process) answering every call it makes, and talks to that.
//!
//!     cargo run --example send_message [-- "message text"]

use altur_api::Client;
use altur_api::types::{EndUserData, SendMessageBody};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let content = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "When does my order ship?".into());
    // Kept alive for the whole run: dropping it stops the mock.
    let mut _mock = None;
    let (client, agent_id) = if std::env::var_os(altur_api::API_KEY_ENV).is_some() {
        let agent = std::env::var("ALTUR_AGENT_ID").map_err(|_| "set ALTUR_AGENT_ID")?;
        (Client::from_env()?, agent.parse()?)
    } else {
        let server = mock::start(&content).await;
        println!(
            "ALTUR_API_KEY is not set: talking to an embedded mock of the API at {}\n",
            server.base_url()
        );
        let client = Client::builder()
            .api_key("demo-key")
            .base_url(server.base_url())
            .build()?;
        _mock = Some(server);
        (client, mock::AGENT)
    };

    if let Err(error) = run(&client, agent_id, content).await {
        eprintln!("failed: {error}");
        if let Some(body) = error.body() {
            eprintln!("raw body: {}", String::from_utf8_lossy(body));
        }
        return Err(error.into());
    }
    Ok(())
}

async fn run(
    client: &Client,
    agent_id: uuid::Uuid,
    content: String,
) -> Result<(), altur_api::Error> {
    let end_user = client
        .create_end_user()
        .body(EndUserData {
            display_name: Some("Ana López".into()),
            info: Some("Prefers Spanish; order #1042".into()),
        })
        .send()
        .await?
        .into_inner();
    println!(
        "1. created end user {} ({})",
        end_user.id, end_user.display_name
    );

    let reply = client
        .send_message()
        .body(SendMessageBody {
            agent_id: Some(agent_id),
            end_user_id: Some(end_user.id),
            content: Some(content.clone()),
        })
        .send()
        .await?
        .into_inner();
    let thread_id = reply
        .thread
        .as_ref()
        .and_then(|thread| thread.id.clone())
        .unwrap_or_default();
    println!("2. sent {content:?} to agent {agent_id}: thread {thread_id}");
    for message in &reply.messages {
        println!("   reply [{}]: {}", message.sent_by, text(message));
    }

    let messages = client
        .get_messages()
        .thread_id(&thread_id)
        .send()
        .await?
        .into_inner();
    println!("3. thread {thread_id} has {} messages:", messages.len());
    for message in &messages {
        println!(
            "   {} [{} {}] {}",
            message.sent_at,
            message.sent_by,
            message.type_,
            text(message)
        );
    }
    Ok(())
}

fn text(message: &altur_api::types::Message) -> &str {
    message.content.as_deref().unwrap_or("")
}

/// What the mock answers: the crate's typed httpmock mocks, one per call.
mod mock {
    use altur_api::mock::MockServerExt;
    use altur_api::mock::httpmock::MockServer;
    use altur_api::types::{
        EndUser, EndUserIntegrationType, Message, MessageResponse, MessageSentBy, MessageType,
        SendMessageBody, Thread,
    };

    pub const AGENT: uuid::Uuid = uuid::Uuid::from_u128(0x5b0f0c6e_8a59_4c0e_9a43_2f5b1f0f7a11);
    const END_USER: uuid::Uuid = uuid::Uuid::from_u128(0x0d4f7c1e_3b2a_4e8f_9c6d_1a2b3c4d5e6f);
    const THREAD: &str = "thr_8f2c41";

    fn message(sent_by: MessageSentBy, seconds: u32, content: &str) -> Message {
        Message {
            thread_id: THREAD.into(),
            type_: MessageType::Text,
            sent_by,
            sent_at: format!("2026-11-24T10:00:{seconds:02}Z").parse().unwrap(),
            content: Some(content.into()),
            media: None,
            sent_by_user: None,
            read: Some(true),
        }
    }

    pub async fn start(content: &str) -> MockServer {
        let server = MockServer::start_async().await;
        let end_user = EndUser {
            id: END_USER,
            display_name: "Ana López".into(),
            integration_type: Some(EndUserIntegrationType::Api),
            info: Some("Prefers Spanish; order #1042".into()),
        };
        server.create_end_user(|_, then| {
            then.ok(&end_user);
        });
        let sent = message(MessageSentBy::Eu, 1, content);
        let reply = message(
            MessageSentBy::Ai,
            2,
            "Your order #1042 ships tomorrow; you will get the tracking number by WhatsApp.",
        );
        let thread = Thread {
            id: Some(THREAD.into()),
            ..Default::default()
        };
        server.send_message(|when, then| {
            // Answers only the request the flow should send.
            when.body(&SendMessageBody {
                agent_id: Some(AGENT),
                end_user_id: Some(END_USER),
                content: Some(content.into()),
            });
            then.ok(&MessageResponse {
                thread: Some(thread),
                messages: vec![reply.clone()],
                in_response_to: Some(sent.clone()),
            });
        });
        server.get_messages(|when, then| {
            when.thread_id(THREAD)
                .into_inner()
                .header_exists("authorization");
            then.ok(&vec![
                message(MessageSentBy::Ai, 0, "Hola Ana, ¿en qué te ayudo?"),
                sent,
                reply,
            ]);
        });
        server
    }
}
