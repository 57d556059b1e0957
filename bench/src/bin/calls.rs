//! One client making many calls, for counting instructions per request
//! under callgrind (`cargo xtask bench instructions` runs it): the server is
//! another process, so only client code is counted.
//!
//!     calls serve                      prints the server's URL, serves until stdin closes
//!     calls CLIENT OPERATION URL N     N calls after a warm-up; CLIENT is
//!                                      generated, generated-no-retries,
//!                                      generated-traced (its spans exported
//!                                      through tracing-opentelemetry) or
//!                                      handwritten, OPERATION send_message,
//!                                      retrieve_thread or list_campaign_contacts

use altur_bench::{PAGE_SIZE, keep_alive_server, message_response};

const AGENT: uuid::Uuid = uuid::Uuid::from_u128(0x5b0f0c6e_8a59_4c0e_9a43_2f5b1f0f7a11);
const END_USER: uuid::Uuid = uuid::Uuid::from_u128(0x0d4f7c1e_3b2a_4e8f_9c6d_1a2b3c4d5e6f);
const WARM_UP: usize = 50;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["serve"] => runtime.block_on(async {
            println!("{}", keep_alive_server(message_response(1)).await);
            // Serves until whoever started it closes stdin.
            tokio::task::spawn_blocking(|| std::io::stdin().read_line(&mut String::new()))
                .await
                .ok();
        }),
        [client, operation, url, n] => {
            let n: usize = n.parse().expect("N is a number");
            runtime.block_on(calls(client, operation, url, n));
        }
        _ => {
            eprintln!("usage: calls serve | calls CLIENT OPERATION URL N");
            std::process::exit(2);
        }
    }
}

async fn calls(client: &str, operation: &str, url: &str, n: usize) {
    // Every run builds the same clients, whichever it calls, so that runs
    // differ only in the calls they make.
    let build = |retries| {
        altur_api::Client::builder()
            .api_key("k")
            .base_url(url)
            .max_retries(retries)
            .build()
            .expect("client")
    };
    let (with_retries, without_retries) = (build(2), build(0));
    let generated = if client == "generated-no-retries" {
        &without_retries
    } else {
        &with_retries
    };
    let _traced = (client == "generated-traced")
        .then(|| tracing::subscriber::set_default(exporting_subscriber()));
    let client = client
        .trim_end_matches("-no-retries")
        .trim_end_matches("-traced");
    let handwritten = altur_handwritten::Client::new(url, "k").expect("client");
    for _ in 0..WARM_UP + n {
        match (client, operation) {
            ("generated", "send_message") => {
                let body = altur_api::types::SendMessageBody::builder()
                    .agent_id(AGENT)
                    .content("When does my order ship?")
                    .end_user_id(END_USER);
                let response = generated.send_message().body(body).send().await.unwrap();
                assert_eq!(response.messages.len(), 1);
            }
            ("handwritten", "send_message") => {
                let body = altur_handwritten::SendMessage {
                    agent_id: Some(AGENT),
                    content: Some("When does my order ship?".into()),
                    end_user_id: Some(END_USER),
                };
                let response = handwritten.send_message(&body).await.unwrap();
                assert_eq!(response.messages.len(), 1);
            }
            ("generated", "retrieve_thread") => {
                let thread = generated
                    .retrieve_thread()
                    .id("thr_7f3a2c")
                    .send()
                    .await
                    .unwrap();
                assert_eq!(thread.id, "thr_7f3a2c");
            }
            ("handwritten", "retrieve_thread") => {
                let thread = handwritten.retrieve_thread("thr_7f3a2c").await.unwrap();
                assert_eq!(thread.id.as_deref(), Some("thr_7f3a2c"));
            }
            ("generated", "list_campaign_contacts") => {
                let page = generated
                    .list_campaign_contacts()
                    .id(1234)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(page.contacts.len(), PAGE_SIZE);
            }
            ("handwritten", "list_campaign_contacts") => {
                let page = handwritten.list_campaign_contacts(1234).await.unwrap();
                assert_eq!(page.contacts.len(), PAGE_SIZE);
            }
            other => panic!("unknown client and operation {other:?}"),
        }
    }
}

/// What a service that exports traces installs: tracing-opentelemetry's
/// layer, as it comes, on an SDK tracer provider; its exporter keeps the
/// spans in memory rather than sending them.
fn exporting_subscriber() -> impl tracing::Subscriber + Send + Sync {
    use opentelemetry::trace::TracerProvider as _;
    use tracing_subscriber::layer::SubscriberExt;

    let provider = opentelemetry_sdk::trace::SdkTracerProvider::builder()
        .with_simple_exporter(opentelemetry_sdk::trace::InMemorySpanExporter::default())
        .build();
    tracing_subscriber::registry()
        .with(tracing_opentelemetry::layer().with_tracer(provider.tracer("calls")))
}
