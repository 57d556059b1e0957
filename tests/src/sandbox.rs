//! The sandbox as its tests meet it: behind `prism proxy`, which validates
//! every response against the spec (an independent judge of the sandbox's
//! shapes), and reached as a program in any language would reach it: raw
//! HTTP, with or without the key, for what the typed client will not send.

use std::ops::Deref;
use std::time::Duration;

use altur_sandbox::{Sandbox, SandboxBuilder};
use serde_json::Value;

use crate::prism::Prism;

/// A sandbox with Prism in front. Dropping it fails the test if Prism found
/// a response the spec does not allow.
pub struct Judged {
    pub sandbox: Sandbox,
    prism: Prism,
}

impl Judged {
    pub async fn start(builder: SandboxBuilder) -> Judged {
        let sandbox = builder.start().await.expect("the sandbox starts");
        let spec = crate::workspace_root().join("openapi/altur.yaml");
        let upstream = sandbox.base_url().to_owned();
        let prism = tokio::task::spawn_blocking(move || Prism::proxy(&spec, &upstream))
            .await
            .expect("Prism starts");
        Judged { sandbox, prism }
    }

    /// Where clients go: Prism, in front of the sandbox.
    pub fn url(&self) -> &str {
        &self.prism.url
    }

    pub fn client_builder(&self) -> altur_api::ClientBuilder {
        self.sandbox.client_builder().base_url(self.url())
    }

    pub fn client(&self) -> altur_api::Client {
        self.client_builder().build().expect("a client")
    }

    /// Every `Violation:` line Prism printed, warnings (a status an
    /// operation does not document) included.
    pub fn violations(&self) -> Vec<String> {
        self.prism.violations()
    }
}

impl Deref for Judged {
    type Target = Sandbox;

    fn deref(&self) -> &Sandbox {
        &self.sandbox
    }
}

impl Drop for Judged {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        // Prism prints a violation just after it answers.
        std::thread::sleep(Duration::from_millis(100));
        let errors = self.prism.error_violations();
        assert!(
            errors.is_empty(),
            "Prism found responses the spec does not allow:\n{}",
            errors.join("\n")
        );
    }
}

/// Sends `body` (JSON text, or nothing) through Prism with the sandbox's
/// key; the status and the answer as JSON (`Null` when it is not JSON).
pub async fn raw(judged: &Judged, method: &str, path: &str, body: Option<&str>) -> (u16, Value) {
    let key = format!("api-key {}", judged.api_key());
    send(judged.url(), method, path, body, Some(&key)).await
}

/// The same, with `authorization` as given (`None`: no header), straight
/// to the sandbox: Prism answers a request without the key, or with a body
/// that is not JSON, itself, before the sandbox could.
pub async fn raw_with(
    judged: &Judged,
    method: &str,
    path: &str,
    body: Option<&str>,
    authorization: Option<&str>,
) -> (u16, Value) {
    send(judged.base_url(), method, path, body, authorization).await
}

/// A request to the server at `base` (a sandbox's base URL), with
/// `authorization` as given: the status and the answer as JSON.
pub async fn send(
    base: &str,
    method: &str,
    path: &str,
    body: Option<&str>,
    authorization: Option<&str>,
) -> (u16, Value) {
    let client = reqwest::Client::new();
    let method = reqwest::Method::from_bytes(method.as_bytes()).expect("a method");
    let mut request = client.request(method, format!("{base}{path}"));
    if let Some(authorization) = authorization {
        request = request.header("authorization", authorization);
    }
    if let Some(body) = body {
        request = request
            .header("content-type", "application/json")
            .body(body.to_owned());
    }
    let response = request.send().await.expect("the sandbox answers");
    let status = response.status().as_u16();
    let bytes = response.bytes().await.expect("a whole body");
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

/// Every operation of the spec, with a path whose parameters are filled
/// (numbers where the spec says integer, `pause` for an action).
pub fn every_operation() -> Vec<(String, String, String)> {
    every_operation_in(&crate::committed_spec_value())
}

/// Every operation of `spec`, as `every_operation` gives them.
pub fn every_operation_in(spec: &Value) -> Vec<(String, String, String)> {
    crate::spec_operations(spec)
        .into_iter()
        .map(|operation| {
            let values = path_parameters(operation.operation)
                .into_iter()
                .map(|name| {
                    let value = if name == "action" { "pause" } else { "1" };
                    (name, value.to_owned())
                })
                .collect();
            (
                operation.id().to_owned(),
                operation.method.to_uppercase(),
                fill(operation.path, &values),
            )
        })
        .collect()
}

/// The names of an operation's path parameters.
pub fn path_parameters(operation: &Value) -> Vec<String> {
    operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["in"] == "path")
        .map(|p| p["name"].as_str().expect("a parameter's name").to_owned())
        .collect()
}

/// A path template (`/campaigns/{id}`) with its parameters replaced by
/// `values`, by name.
pub fn fill(template: &str, values: &std::collections::BTreeMap<String, String>) -> String {
    let mut path = template.to_owned();
    for (name, value) in values {
        path = path.replace(&format!("{{{name}}}"), value);
    }
    path
}

/// A phone campaign of `agent` (its phone line), to add settings to.
pub fn phone_campaign(
    agent: &altur_sandbox::SandboxAgent,
    name: &str,
) -> altur_api::types::builder::NewCampaign {
    altur_api::types::NewCampaign::builder()
        .name(name)
        .agent_id(agent.public_id.clone())
        .integration_id(
            agent
                .integration("phone_call")
                .expect("a phone line")
                .public_id
                .clone(),
        )
}

/// Creates `campaign`; its id.
pub async fn create_campaign(
    client: &altur_api::Client,
    campaign: altur_api::types::builder::NewCampaign,
) -> altur_api::types::CampaignId {
    client
        .create_campaign()
        .body(campaign)
        .send()
        .await
        .expect("create the campaign")
        .into_inner()
        .campaign
        .map(|c| c.id)
        .expect("a campaign id")
}

/// `count` contacts (`+5255` and eight digits, named `Cliente n`) added to
/// campaign `id`, in batches of the spec's `maxItems`.
pub async fn add_numbered_contacts(
    client: &altur_api::Client,
    id: altur_api::types::CampaignId,
    count: usize,
) {
    let contacts: Vec<altur_api::types::NewContact> = (0..count)
        .map(|n| {
            crate::built(
                altur_api::types::NewContact::builder()
                    .contact(format!("+5255{n:08}"))
                    .name(format!("Cliente {n}")),
            )
        })
        .collect();
    add_contacts(client, id, &contacts).await;
}

/// `contacts` added to campaign `id`, in batches of the spec's `maxItems`.
pub async fn add_contacts(
    client: &altur_api::Client,
    id: altur_api::types::CampaignId,
    contacts: &[altur_api::types::NewContact],
) {
    for batch in contacts.chunks(altur_api::max_items::ADD_CAMPAIGN_CONTACTS) {
        client
            .add_campaign_contacts()
            .id(id)
            .body(altur_api::types::AddCampaignContactsBody::builder().contacts(batch.to_vec()))
            .send()
            .await
            .expect("the contacts are added");
    }
}

/// Activates campaign `id`.
pub async fn activate(client: &altur_api::Client, id: altur_api::types::CampaignId) {
    client
        .campaign_action()
        .id(id)
        .action("activate")
        .send()
        .await
        .expect("activate the campaign");
}

/// A phone campaign `name` of `sandbox`'s first agent with `contacts`,
/// activated and run on the sandbox's manual clock to its end (its calls
/// made); its id.
pub async fn ran_campaign(
    sandbox: &Sandbox,
    name: &str,
    contacts: &[altur_api::types::NewContact],
) -> altur_api::types::CampaignId {
    let client = sandbox.client();
    let campaign = create_campaign(&client, phone_campaign(&sandbox.agents()[0], name)).await;
    add_contacts(&client, campaign, contacts).await;
    activate(&client, campaign).await;
    assert!(
        sandbox.run_until_idle(Duration::from_secs(86_400)).await,
        "the campaign ends"
    );
    campaign
}
