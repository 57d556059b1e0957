//! Requests the spec has no operation for: an endpoint Altur added last
//! week, a header or a query parameter the spec lacks. [`Client::request`]
//! sends one with what every operation has: the key, the base URL (and its
//! check: `https`, or loopback), the rate limit, the size limit, the
//! timeout, and retries where sending again cannot do anything twice.

use bytes::Bytes;
use futures_core::Stream;
use reqwest::header::{CONTENT_TYPE, HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode};
use serde_json::Value;

use crate::generated::{Client, ResponseValue, types};
use crate::{Error, PageError};

/// The header that makes a `POST` or `PATCH` safe to send again: the API
/// answers a replay with its first answer.
const IDEMPOTENCY_KEY: &str = "idempotency-key";

/// A request to any path of the API, from [`Client::request`].
///
/// ```no_run
/// # async fn run(client: altur_api::Client) -> Result<(), altur_api::Error> {
/// let answer = client
///     .request(reqwest::Method::GET, "/campaigns/1234/contacts")
///     .query("status", "converted")
///     .send()
///     .await?;
/// println!("{}", answer.json().unwrap_or_default());
/// # Ok(())
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct RawRequest<'a> {
    client: &'a Client,
    method: Method,
    path: String,
    query: Vec<(String, String)>,
    headers: HeaderMap,
    body: Option<Bytes>,
}

/// What the API answered a [`RawRequest`] with a 2xx status.
#[derive(Clone, Debug)]
pub struct RawResponse {
    /// The 2xx status.
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The whole body, within the client's size limit.
    pub body: Bytes,
}

impl RawResponse {
    /// The body as JSON (`Null` for an empty body).
    pub fn json(&self) -> Result<Value, serde_json::Error> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Ok(Value::Null);
        }
        serde_json::from_slice(&self.body)
    }
}

impl Client {
    /// Starts a request of `method` to `path`, which follows the base URL
    /// (`/campaigns/1234/contacts`, `/thread/abc?x=1`) and must start with
    /// `/`: a request only ever goes to the client's own server, so the key
    /// never goes anywhere the base URL check did not allow.
    ///
    /// It is sent as the operations are: within the rate limit, the size
    /// limit and the timeout, with the key (an `authorization` header set on
    /// the request replaces it). It is sent again after a passing failure
    /// (429, 502, 503, 504, a connection refused before any answer) where
    /// that cannot do anything twice: `GET`, `HEAD`, `OPTIONS`, `PUT` and
    /// `DELETE`, and any method with an `Idempotency-Key` header; any other
    /// after a 429 alone, which says the server did nothing.
    pub fn request(&self, method: Method, path: impl Into<String>) -> RawRequest<'_> {
        let path = path.into();
        let (path, query) = match path.split_once('?') {
            Some((path, query)) => (
                path.to_owned(),
                url::form_urlencoded::parse(query.as_bytes())
                    .into_owned()
                    .collect(),
            ),
            None => (path, Vec::new()),
        };
        RawRequest {
            client: self,
            method,
            path,
            query,
            headers: HeaderMap::new(),
            body: None,
        }
    }
}

impl<'a> RawRequest<'a> {
    /// Adds a query parameter (after those of the path, if any).
    pub fn query(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.query.push((name.into(), value.into()));
        self
    }

    /// Sets a header (replacing one of the same name set before).
    pub fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.headers.insert(name, value);
        self
    }

    /// The body, as is; sent as `application/json` unless a
    /// `content-type` header says otherwise.
    pub fn body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = Some(body.into());
        self
    }

    /// `value` as the JSON body.
    pub fn json(self, value: &Value) -> Self {
        let text = serde_json::to_vec(value).unwrap_or_default();
        self.body(text)
    }

    fn repeatable(&self) -> bool {
        matches!(
            self.method,
            Method::GET | Method::HEAD | Method::OPTIONS | Method::PUT | Method::DELETE
        ) || self.headers.contains_key(IDEMPOTENCY_KEY)
    }

    /// Why not, where the URL cannot be made.
    fn url(&self) -> Result<reqwest::Url, String> {
        if !self.path.starts_with('/') {
            return Err(format!(
                "`{}` is no path of the API: a path starts with `/` (`/campaigns`)",
                self.path
            ));
        }
        let base = progenitor_client::ClientInfo::baseurl(self.client);
        let invalid = |why: String| format!("`{}`: {why}", self.path);
        let mut url = reqwest::Url::parse(&format!("{base}{}", self.path))
            .map_err(|e| invalid(e.to_string()))?;
        let base = reqwest::Url::parse(base).map_err(|e| invalid(e.to_string()))?;
        // The base URL was checked when the client was built; the path must
        // not take the request (and the key) elsewhere.
        if (url.scheme(), url.host_str(), url.port_or_known_default())
            != (base.scheme(), base.host_str(), base.port_or_known_default())
        {
            return Err(invalid("it leaves the API's server".into()));
        }
        if !self.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&self.query);
        }
        Ok(url)
    }

    /// Sends it; a status other than 2xx is an [`Error`], read as the
    /// operations read the API's errors.
    pub async fn send(&self) -> Result<RawResponse, Error> {
        let url = self.url().map_err(Error::InvalidRequest)?;
        let build = || {
            let mut request = reqwest::Request::new(self.method.clone(), url.clone());
            *request.headers_mut() = self.headers.clone();
            if let Some(body) = &self.body {
                if !request.headers().contains_key(CONTENT_TYPE) {
                    request
                        .headers_mut()
                        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
                }
                *request.body_mut() = Some(body.clone().into());
            }
            request
        };
        let (status, headers, body) =
            crate::transport::send_raw(self.client, &self.method, build, self.repeatable()).await?;
        Ok(RawResponse {
            status,
            headers,
            body,
        })
    }

    /// Every page of a list, from the first (a `pageIndex` given is
    /// replaced), as the operations' `stream()` follows the API's
    /// `pageIndex` pages, and with the same guards (a repeated or empty
    /// page, `total_count` reached): the items of each page's array, one at
    /// a time; the answer itself where it has no `pagination` block.
    pub fn pages(self) -> impl Stream<Item = Result<Value, PageError>> + Unpin + 'a {
        let send = |request: RawRequest<'a>| async move {
            let response = request.send().await?;
            let page = response.json().map_err(|source| Error::Decode {
                status: response.status,
                body: response.body.clone(),
                source,
            })?;
            Ok(ResponseValue::new(
                RawPage(page),
                response.status,
                response.headers,
            ))
        };
        crate::pages::stream(
            self,
            |mut request: RawRequest<'a>, index| {
                request.query.retain(|(name, _)| name != "pageIndex");
                request.query("pageIndex", index.to_string())
            },
            None::<fn(RawRequest<'a>, String) -> RawRequest<'a>>,
            send,
        )
    }
}

/// One page of a list, read as JSON: its array of items, its `pagination`
/// block, its `total_count`.
struct RawPage(Value);

impl crate::pages::Page for RawPage {
    type Item = Value;

    fn into_parts(self) -> (Vec<Value>, Option<types::Pagination>, Option<i64>) {
        let Value::Object(mut page) = self.0 else {
            return (vec![self.0], None, None);
        };
        let Some(pagination) = page
            .remove("pagination")
            .and_then(|p| serde_json::from_value::<types::Pagination>(p).ok())
        else {
            return (vec![Value::Object(page)], None, None);
        };
        let total_count = page.get("total_count").and_then(Value::as_i64);
        let items = page
            .into_iter()
            .find_map(|(_, value)| match value {
                Value::Array(items) => Some(items),
                _ => None,
            })
            .unwrap_or_default();
        (items, Some(pagination), total_count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client(base: &str) -> Client {
        Client::builder()
            .api_key("k")
            .base_url(base)
            .build()
            .unwrap()
    }

    #[test]
    fn a_request_stays_on_the_base_urls_server() {
        let client = client("http://127.0.0.1:9");
        // Appended to a base without a path, `@host` would be userinfo.
        let refused = client.request(Method::GET, "@evil.example/x").url();
        assert!(refused.unwrap_err().contains("starts with `/`"));
        let url = client
            .request(Method::GET, "//evil.example/x?a=1")
            .query("b", "2 3")
            .url()
            .unwrap();
        assert_eq!(url.host_str(), Some("127.0.0.1"));
        assert_eq!(url.as_str(), "http://127.0.0.1:9//evil.example/x?a=1&b=2+3");

        let api = client_with_path();
        let url = api.request(Method::GET, "/campaigns/7").url().unwrap();
        assert_eq!(url.as_str(), "https://api.altur.io/api/v1.0/campaigns/7");
    }

    fn client_with_path() -> Client {
        client("https://api.altur.io/api/v1.0")
    }

    #[test]
    fn only_what_cannot_happen_twice_is_sent_again() {
        let client = client("http://127.0.0.1:9");
        for (method, again) in [
            (Method::GET, true),
            (Method::DELETE, true),
            (Method::PUT, true),
            (Method::POST, false),
            (Method::PATCH, false),
        ] {
            assert_eq!(
                client.request(method.clone(), "/x").repeatable(),
                again,
                "{method}"
            );
        }
        let keyed = client.request(Method::POST, "/x").header(
            HeaderName::from_static(IDEMPOTENCY_KEY),
            HeaderValue::from_static("5d0c6b7e"),
        );
        assert!(keyed.repeatable());
    }

    #[test]
    fn a_page_is_its_array_its_pagination_and_its_total() {
        use crate::pages::Page;
        let page = RawPage(serde_json::json!({
            "total_count": 5,
            "contacts": [{"id": 1}, {"id": 2}],
            "pagination": {"has_next": true, "next_page": 1},
        }));
        let (items, pagination, total) = page.into_parts();
        assert_eq!(items.len(), 2);
        assert_eq!(pagination.and_then(|p| p.has_next), Some(true));
        assert_eq!(total, Some(5));
        // No pagination block: the answer is the one item.
        let (items, pagination, _) = RawPage(serde_json::json!({"campaign": {}})).into_parts();
        assert_eq!((items.len(), pagination.is_none()), (1, true));
    }
}
