//! What the sandbox was asked, request by request, for a test to read
//! (`Sandbox::requests`) and for `altur sandbox` to log. The key is never
//! kept: `authorization` is left out of the headers.

use bytes::Bytes;
use chrono::{DateTime, Utc};
use hyper::HeaderMap;

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
    /// As received, but `authorization`: read with `header` and `headers`.
    pub(crate) headers: HeaderMap,
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
    /// A header's value (the first, where it was sent twice), if it is
    /// text; never `authorization`'s.
    pub fn header(&self, name: &str) -> Option<&str> {
        std::str::from_utf8(self.headers.get(name)?.as_bytes()).ok()
    }

    /// Every header, names in lower case, values that are text; never
    /// `authorization`.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &str)> {
        self.headers.iter().filter_map(|(name, value)| {
            Some((name.as_str(), std::str::from_utf8(value.as_bytes()).ok()?))
        })
    }

    /// A query parameter's value: the last, where it was sent twice, the
    /// one the sandbox acted on.
    pub fn query_param(&self, name: &str) -> Option<&str> {
        query_value(&self.query, name)
    }

    /// The body as JSON, where it is.
    pub fn json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
}

/// A query parameter's value in `query` (decoded, in the order sent): the
/// last, where a name was sent twice, as a map of the query would hold it.
/// The pipeline acts on it, and a test reads it back the same.
pub(crate) fn query_value<'q>(query: &'q [(String, String)], name: &str) -> Option<&'q str> {
    query
        .iter()
        .rev()
        .find(|(n, _)| n == name)
        .map(|(_, value)| value.as_str())
}

/// The requests kept, the oldest let go past `limit`, so that a sandbox
/// left running for days does not grow without end.
pub struct RequestLog {
    requests: std::collections::VecDeque<Request>,
    limit: usize,
}

impl RequestLog {
    pub fn new(limit: usize) -> RequestLog {
        RequestLog {
            requests: std::collections::VecDeque::new(),
            limit,
        }
    }

    pub fn push(&mut self, request: Request) {
        if self.requests.len() >= self.limit {
            self.requests.pop_front();
        }
        self.requests.push_back(request);
    }

    pub fn all(&self) -> Vec<Request> {
        self.requests.iter().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A GET of `path` answered 200, as the log keeps it.
    fn get(path: &str, query: &[(&str, &str)]) -> Request {
        Request {
            at: Utc::now(),
            method: "GET".into(),
            path: path.into(),
            query: query
                .iter()
                .map(|(name, value)| ((*name).into(), (*value).into()))
                .collect(),
            headers: HeaderMap::new(),
            body: Bytes::new(),
            operation: None,
            status: Some(200),
            replayed: false,
            fault: None,
        }
    }

    /// A name sent twice: the test reads the value the sandbox acted on.
    #[test]
    fn a_repeated_parameter_reads_as_the_sandbox_acts_on_it() {
        let request = get(
            "/campaigns",
            &[("pageSize", "2"), ("status", "active"), ("pageSize", "5")],
        );
        assert_eq!(query_value(&request.query, "pageSize"), Some("5"));
        assert_eq!(request.query_param("pageSize"), Some("5"));
        assert_eq!(request.query_param("status"), Some("active"));
        assert_eq!(request.query_param("pageIndex"), None);
    }

    #[test]
    fn keeps_the_latest_up_to_its_limit() {
        let mut recorded = RequestLog::new(2);
        for path in ["/a", "/b", "/c"] {
            recorded.push(get(path, &[]));
        }
        let paths: Vec<_> = recorded.all().into_iter().map(|r| r.path).collect();
        assert_eq!(paths, ["/b", "/c"]);
    }
}
