//! The main job: create an end user, send a message to an agent as that end
//! user, and read the thread's messages, printing each step.
//!
//! With `ALTUR_API_KEY` set, it calls the real API (`ALTUR_BASE_URL` to point
//! elsewhere) with the agent named by `ALTUR_AGENT_ID`. Without a key, it
//! starts the sandbox (altur-sandbox: the whole API from state, on loopback,
//! in this process) and talks to that, as its first agent.
//!
//!     cargo run --example send_message [-- "message text"]

use altur_api::Client;
use altur_api::types::{EndUserData, SendMessageBody};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let content = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "When does my order ship?".into());
    // Kept alive for the whole run: dropping it stops the sandbox.
    let mut _sandbox = None;
    let (client, agent_id) = if std::env::var_os(altur_api::API_KEY_ENV).is_some() {
        let agent = std::env::var("ALTUR_AGENT_ID").map_err(|_| "set ALTUR_AGENT_ID")?;
        (Client::from_env()?, agent.parse()?)
    } else {
        let sandbox = altur_sandbox::Sandbox::start().await?;
        let agent = &sandbox.agents()[0];
        println!(
            "ALTUR_API_KEY is not set: talking to the sandbox at {}, as agent {} ({})\n",
            sandbox.base_url(),
            agent.nickname,
            agent.name
        );
        let found = (sandbox.client(), agent.id);
        _sandbox = Some(sandbox);
        found
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
    agent_id: altur_api::types::AgentId,
    content: String,
) -> Result<(), altur_api::Error> {
    let end_user = client
        .create_end_user()
        .body(
            EndUserData::builder()
                .display_name("Ana López")
                .info("Prefers Spanish; order #1042"),
        )
        .send()
        .await?
        .into_inner();
    println!(
        "1. created end user {} ({})",
        end_user.id, end_user.display_name
    );

    let reply = client
        .send_message()
        .body(
            SendMessageBody::builder()
                .agent_id(agent_id)
                .end_user_id(end_user.id)
                .content(content.clone()),
        )
        .send()
        .await?
        .into_inner();
    let Some(thread_id) = reply.thread.as_ref().map(|thread| thread.id.clone()) else {
        println!("2. sent {content:?} to agent {agent_id}; the answer names no thread");
        return Ok(());
    };
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
