//! What the sandbox was asked, request by request, for a test to read
//! (`Sandbox::requests`) and for `altur sandbox` to log. The key is never
//! kept: `authorization` is left out of the headers.

use bytes::Bytes;
use chrono::{DateTime, Utc};

/// One request as the sandbox received and answered it.
#[derive(Clone, Debug)]
pub struct Request {
    /// On the sandbox's clock.
    pub at: DateTime<Utc>,
    pub method: String,
    /// The path, without the query.
    pub path: String,
    /// The query, decoded, in the order sent.
    pub query: Vec<(String, String)>,
    /// Header names in lower case; never `authorization`.
    pub headers: Vec<(String, String)>,
    pub body: Bytes,
    /// The spec's operationId, where the request was for one.
    pub operation: Option<String>,
    /// What it was answered (`None`: a lost answer, the connection closed).
    pub status: Option<u16>,
    /// Answered from the idempotency store, nothing done again.
    pub replayed: bool,
    /// A fault the sandbox was told to inject, where one was.
    pub fault: Option<String>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON, where it is.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

#[derive(Default)]
pub struct Recorded {
    pub requests: Vec<Request>,
}
