#![doc = include_str!("../README.md")]

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Clone, Debug, Default, Serialize)]
pub struct SendMessage {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<Uuid>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_user_id: Option<Uuid>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct MessageResponse {
    pub thread: Option<Thread>,
    #[serde(default)]
    pub messages: Vec<Message>,
    pub in_response_to: Option<Message>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Thread {
    pub id: Option<String>,
    pub agent: Option<Agent>,
    pub end_user: Option<EndUser>,
    pub integration: Option<Integration>,
    pub updated_at: Option<DateTime<Utc>>,
    pub active: Option<bool>,
    pub blocked: Option<bool>,
    #[serde(default)]
    pub tags: Vec<Tag>,
    #[serde(default)]
    pub assigned_to: Vec<User>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Message {
    pub thread_id: String,
    #[serde(rename = "type")]
    pub type_: String,
    pub content: Option<String>,
    pub media: Option<String>,
    pub sent_by: String,
    pub sent_by_user: Option<String>,
    pub sent_at: DateTime<Utc>,
    pub read: Option<bool>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Agent {
    pub id: Option<Uuid>,
    pub name: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct EndUser {
    pub id: Uuid,
    pub display_name: String,
    pub integration_type: Option<String>,
    pub info: Option<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Integration {
    pub id: String,
    #[serde(rename = "type")]
    pub type_: String,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Tag {
    pub id: String,
    pub name: String,
    pub color: String,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct User {
    pub id: String,
    pub email: String,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
}

/// A page of GET /campaigns/{id}/contacts.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct ContactsPage {
    #[serde(default)]
    pub contacts: Vec<CampaignContact>,
    pub pagination: Option<Pagination>,
    pub total_count: Option<i64>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct CampaignContact {
    pub f_id: Option<String>,
    pub id: Option<i64>,
    pub name: Option<String>,
    pub contact: Option<String>,
    pub status: Option<String>,
    pub context: Option<String>,
    pub retries: Option<i64>,
    pub has_follow_up: Option<bool>,
    pub call_count: Option<i64>,
    /// Seconds, or "mm:ss": the docs' examples show both.
    pub billed_duration: Option<BilledDuration>,
    /// Written as "2025-10-03 19:11:39" (no `T`, no zone: UTC).
    #[serde(default, deserialize_with = "backend_time")]
    pub last_call_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub extracted_data: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(untagged)]
pub enum BilledDuration {
    Seconds(i64),
    Text(String),
}

#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Pagination {
    pub has_next: Option<bool>,
    pub has_previous: Option<bool>,
    pub next_page: Option<i64>,
    pub previous_page: Option<i64>,
}

/// The backend's time format, or RFC 3339.
fn backend_time<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<DateTime<Utc>>, D::Error> {
    let Some(text) = Option::<&str>::deserialize(deserializer)? else {
        return Ok(None);
    };
    chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S")
        .map(|t| t.and_utc())
        .or_else(|_| DateTime::parse_from_rfc3339(text).map(|t| t.to_utc()))
        .map(Some)
        .map_err(serde::de::Error::custom)
}

#[derive(Debug)]
pub enum Error {
    Http(reqwest::Error),
    Status(reqwest::StatusCode, Vec<u8>),
    Decode(serde_json::Error),
}

/// What must be escaped in a path segment (RFC 3986), as any careful client
/// escapes it.
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'/')
    .add(b'%');

pub struct Client {
    http: reqwest::Client,
    base_url: String,
    authorization: String,
}

impl Client {
    pub fn new(base_url: &str, key: &str) -> Result<Client, Box<dyn std::error::Error>> {
        // The timeouts a careful hand-written client sets too (altur-api's defaults).
        let http = reqwest::Client::builder()
            .connect_timeout(std::time::Duration::from_secs(10))
            .timeout(std::time::Duration::from_secs(60))
            .build()?;
        Ok(Client {
            http,
            base_url: base_url.to_owned(),
            authorization: format!("api-key {key}"),
        })
    }

    pub async fn send_message(&self, body: &SendMessage) -> Result<MessageResponse, Error> {
        let url = format!("{}/message", self.base_url);
        self.send(self.request(reqwest::Method::POST, url).json(body))
            .await
    }

    /// GET /thread/{id}, the id percent-encoded as a path segment.
    pub async fn retrieve_thread(&self, id: &str) -> Result<Thread, Error> {
        let id = percent_encoding::utf8_percent_encode(id, PATH_SEGMENT);
        let url = format!("{}/thread/{id}", self.base_url);
        self.send(self.request(reqwest::Method::GET, url)).await
    }

    /// GET /campaigns/{id}/contacts: the first page, at the server's page size.
    pub async fn list_campaign_contacts(&self, id: i64) -> Result<ContactsPage, Error> {
        let url = format!("{}/campaigns/{id}/contacts", self.base_url);
        self.send(self.request(reqwest::Method::GET, url)).await
    }

    fn request(&self, method: reqwest::Method, url: String) -> reqwest::RequestBuilder {
        self.http
            .request(method, url)
            .header(reqwest::header::AUTHORIZATION, &self.authorization)
            // The same request bytes as altur-api sends, so that the benchmark
            // compares client code, not request sizes.
            .header(reqwest::header::ACCEPT, "application/json")
            .header("api-version", "1.0")
            .header(reqwest::header::USER_AGENT, "altur-api-rust/0.1.0")
    }

    async fn send<T: serde::de::DeserializeOwned>(
        &self,
        request: reqwest::RequestBuilder,
    ) -> Result<T, Error> {
        let response = request.send().await.map_err(Error::Http)?;
        let status = response.status();
        let bytes = response.bytes().await.map_err(Error::Http)?;
        if !status.is_success() {
            return Err(Error::Status(status, bytes.to_vec()));
        }
        serde_json::from_slice(&bytes).map_err(Error::Decode)
    }
}
