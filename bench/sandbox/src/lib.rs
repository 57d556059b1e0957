//! What the sandbox benchmark and its callgrind server share: the sandbox
//! set up with a campaign of 200 contacts and an end user, the two requests
//! measured, their answers' bytes, and the floor that serves those bytes
//! from memory.

use altur_api::types::{AddCampaignContactsBody, EndUserData, NewCampaign, NewContact};
use altur_sandbox::Sandbox;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;

pub type Http = HyperClient<HttpConnector, Full<Bytes>>;

/// One request of the benchmark, as the load sends it.
#[derive(Clone)]
pub struct Request {
    pub method: hyper::Method,
    pub path: String,
    pub body: Bytes,
}

/// The sandbox, ready; the two requests; what it answers each.
pub struct Load {
    pub sandbox: Sandbox,
    /// Send Message: an end user's message, the agent's reply, the thread.
    pub send: Request,
    /// The second page of 50 of a campaign's 200 contacts.
    pub page: Request,
    pub send_bytes: Bytes,
    pub page_bytes: Bytes,
}

pub fn http() -> Http {
    HyperClient::builder(TokioExecutor::new()).build_http()
}

/// A sandbox (real clock, rate limits off, in memory) with an end user and
/// a campaign of 200 contacts, and the requests.
pub async fn load() -> Load {
    let sandbox = Sandbox::builder()
        .seed(1)
        .rate_limits(false)
        .start()
        .await
        .expect("the sandbox starts");
    let client = sandbox.client();
    let agent = sandbox.agents()[0].clone();
    let user = client
        .create_end_user()
        .body(EndUserData::builder().display_name("Ana López"))
        .send()
        .await
        .expect("an end user")
        .into_inner();
    let campaign = client
        .create_campaign()
        .body(
            NewCampaign::builder()
                .name("Bench")
                .agent_id(agent.public_id.clone())
                .integration_id(agent.integration("phone_call").unwrap().public_id.clone()),
        )
        .send()
        .await
        .expect("a campaign")
        .into_inner()
        .campaign
        .map(|c| c.id)
        .expect("an id");
    let rows: Vec<NewContact> = (0..200)
        .map(|n| {
            NewContact::try_from(
                NewContact::builder()
                    .contact(format!("+52155{n:08}"))
                    .name(format!("Contacto número {n}"))
                    .context("Past-due 30 days, promised to pay")
                    .f_id(format!("user_{n}")),
            )
            .expect("a contact")
        })
        .collect();
    client
        .add_campaign_contacts()
        .id(campaign)
        .body(AddCampaignContactsBody::builder().contacts(rows))
        .send()
        .await
        .expect("contacts");
    let send = Request {
        method: hyper::Method::POST,
        path: "/message".into(),
        body: Bytes::from(
            serde_json::json!({"agent_id": agent.id, "end_user_id": user.id,
                               "content": "When does my order ship?"})
            .to_string(),
        ),
    };
    let page = Request {
        method: hyper::Method::GET,
        path: format!("/campaigns/{campaign}/contacts?pageSize=50&pageIndex=1"),
        body: Bytes::new(),
    };
    let http = http();
    let key = format!("api-key {}", sandbox.api_key());
    let send_bytes = call(&http, sandbox.base_url(), &key, &send).await;
    let page_bytes = call(&http, sandbox.base_url(), &key, &page).await;
    Load {
        sandbox,
        send,
        page,
        send_bytes,
        page_bytes,
    }
}

/// Sends `request` to `base`; the body of its 200.
pub async fn call(http: &Http, base: &str, key: &str, request: &Request) -> Bytes {
    let built = hyper::Request::builder()
        .method(request.method.clone())
        .uri(format!("{base}{}", request.path))
        .header("authorization", key)
        .header("content-type", "application/json")
        .body(Full::new(request.body.clone()))
        .expect("a request");
    let response = http.request(built).await.expect("an answer");
    assert_eq!(
        response.status(),
        200,
        "{} {}",
        request.method,
        request.path
    );
    response
        .into_body()
        .collect()
        .await
        .expect("a body")
        .to_bytes()
}

/// The floor: axum, answering each route with its bytes from memory; its
/// URL. With `read_body`, a POST's body is read first, as a handler reads
/// it (callgrind's runs need it: a slow server that answers before the body
/// arrives closes the connection); the benchmark's floor does not read it,
/// as the first figures were taken.
pub async fn floor(send: Bytes, page: Bytes, read_body: bool) -> String {
    use axum::routing::{get, post};
    const JSON: [(axum::http::HeaderName, &str); 1] =
        [(axum::http::header::CONTENT_TYPE, "application/json")];
    let message = move |body: Option<Bytes>| {
        let send = send.clone();
        async move {
            drop(body);
            (JSON, send)
        }
    };
    let router = axum::Router::new()
        .route(
            "/message",
            if read_body {
                post(move |body: Bytes| message(Some(body)))
            } else {
                post(move || message(None))
            },
        )
        .route(
            "/campaigns/{id}/contacts",
            get(move || {
                let page = page.clone();
                async move { (JSON, page) }
            }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("an address"));
    tokio::spawn(async move { axum::serve(listener, router).await });
    url
}
