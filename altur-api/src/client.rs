//! Building a [`Client`]: key, base URL, timeouts, TLS. Nothing here panics;
//! every mistake is a [`ConfigError`].

use std::fmt;
use std::net::IpAddr;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, HeaderMap};

use crate::auth::{ApiKey, InvalidApiKey};
use crate::generated::{Client, DEFAULT_BASE_URL};
use crate::transport::{Server, Transport};

/// Environment variable holding the API key.
pub const API_KEY_ENV: &str = "ALTUR_API_KEY";
/// Environment variable that overrides [`DEFAULT_BASE_URL`].
pub const BASE_URL_ENV: &str = "ALTUR_BASE_URL";

/// Sent as `User-Agent` on every request.
pub const USER_AGENT: &str = concat!("altur-api-rust/", env!("CARGO_PKG_VERSION"));

const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Sending a message waits for the agent's reply, which an LLM may take a
/// while to write.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Far above any real Altur response, far below what would hurt a service.
const DEFAULT_MAX_RESPONSE_BYTES: u64 = 32 * 1024 * 1024;
const DEFAULT_MAX_RETRIES: u32 = 2;
const MAX_REDIRECTS: usize = 5;

impl Client {
    /// Starts configuring a client; see [`ClientBuilder`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from `ALTUR_API_KEY` and, if set, `ALTUR_BASE_URL`.
    pub fn from_env() -> Result<Client, ConfigError> {
        let key = std::env::var(API_KEY_ENV).map_err(|e| ConfigError::Env {
            variable: API_KEY_ENV,
            reason: match e {
                std::env::VarError::NotPresent => "it is not set",
                std::env::VarError::NotUnicode(_) => "it is not valid Unicode",
            },
        })?;
        let mut builder = Client::builder().api_key(key);
        match std::env::var(BASE_URL_ENV) {
            Ok(url) => builder = builder.base_url(url),
            Err(std::env::VarError::NotPresent) => {}
            Err(std::env::VarError::NotUnicode(_)) => {
                return Err(ConfigError::Env {
                    variable: BASE_URL_ENV,
                    reason: "it is not valid Unicode",
                });
            }
        }
        builder.build()
    }
}

/// Configures a [`Client`].
///
/// ```
/// use std::time::Duration;
///
/// let client = altur_api::Client::builder()
///     .api_key("my-secret-key")
///     .timeout(Duration::from_secs(30))
///     .build()?;
/// # Ok::<(), altur_api::ConfigError>(())
/// ```
#[derive(Debug)]
pub struct ClientBuilder {
    api_key: Option<ApiKey>,
    base_url: String,
    connect_timeout: Duration,
    timeout: Duration,
    max_response_bytes: u64,
    log_bodies: bool,
    max_retries: u32,
    #[cfg(feature = "rate-limit")]
    rate_limit: Option<std::num::NonZeroU32>,
    http_client: Option<reqwest::Client>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            api_key: None,
            base_url: DEFAULT_BASE_URL.to_owned(),
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            timeout: DEFAULT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            log_bodies: false,
            max_retries: DEFAULT_MAX_RETRIES,
            #[cfg(feature = "rate-limit")]
            rate_limit: None,
            http_client: None,
        }
    }
}

impl ClientBuilder {
    /// The API key (required).
    pub fn api_key(mut self, key: impl Into<ApiKey>) -> Self {
        self.api_key = Some(key.into());
        self
    }

    /// Where the API is; [`DEFAULT_BASE_URL`] unless set. Must be `https`,
    /// unless the host is loopback (a local test server).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// How long to wait for a connection (default 10 s). Not used with
    /// [`http_client`](Self::http_client), whose own connect timeout holds.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// How long a whole call may take, reply, retries and waits included
    /// (default 60 s). Each request carries what is left of it, with the
    /// crate's own client or with [`http_client`](Self::http_client)'s.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The largest response body accepted (default 32 MiB); a larger one is
    /// [`Error::ResponseTooLarge`](crate::Error::ResponseTooLarge) and is not
    /// read further.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Also log request and response bodies, as `tracing` TRACE events of
    /// target `altur_api` (off by default: bodies hold end users' messages).
    pub fn log_bodies(mut self, on: bool) -> Self {
        self.log_bodies = on;
        self
    }

    /// How many times an operation that may be repeated is sent again after
    /// a passing failure (default 2; 0 turns retries off). Which operations
    /// may be repeated comes from the spec: see the crate docs' table.
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// At most this many requests per second, across every clone of the
    /// client (off unless set), evenly spaced, and never more in any one
    /// second however the server counts them: a request holds its place
    /// from when it is sent until a second after its answer arrives (the
    /// server counted it by then), so a request that reached the server
    /// late does not let one more into its second. Altur documents 12 per
    /// second for the campaign endpoints; a bulk job under this limit never
    /// meets a 429.
    #[cfg(feature = "rate-limit")]
    #[cfg_attr(docsrs, doc(cfg(feature = "rate-limit")))]
    pub fn rate_limit(mut self, requests_per_second: std::num::NonZeroU32) -> Self {
        self.rate_limit = Some(requests_per_second);
        self
    }

    /// Sends through your own `reqwest::Client` (a proxy, extra root
    /// certificates, a local address, pool settings, connections shared
    /// with the rest of your service) instead of one the crate builds.
    ///
    /// What stays the crate's: the key and `User-Agent` (set on each
    /// request, over any default header of your client), retries, the rate
    /// limit, the size limit and [`timeout`](Self::timeout) for the whole
    /// call (each request carries what is left of it, which replaces your
    /// client's `timeout`), and the check that the base URL is `https` or
    /// loopback. What becomes your client's: TLS, proxies, the connect and
    /// read timeouts, the pool, and the redirect policy (see the crate docs'
    /// "Your own HTTP client" for what that means for the key).
    /// [`connect_timeout`](Self::connect_timeout) is then not used.
    ///
    /// It takes a client of **reqwest 0.13**, re-exported as
    /// [`altur_api::reqwest`](crate::reqwest): build it from there
    /// (`altur_api::reqwest::Client::builder()`), or depend on `reqwest =
    /// "0.13"`. A client of another reqwest (0.12) is another type, which
    /// the compiler refuses ("multiple different versions of crate
    /// `reqwest`").
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Checks the settings and builds the client.
    pub fn build(self) -> Result<Client, ConfigError> {
        let key = self.api_key.ok_or(ConfigError::MissingApiKey)?;
        let authorization = key.authorization().map_err(ConfigError::InvalidApiKey)?;
        let (base_url, server) = checked_base_url(&self.base_url)?;

        // The key goes in the crate's own client's default headers; a
        // client of the user's has its own, so the transport sets the key
        // on each request instead.
        let (http, authorization) = match self.http_client {
            Some(client) => (client, Some(authorization)),
            None => {
                let mut headers = HeaderMap::new();
                headers.insert(AUTHORIZATION, authorization);
                let client = crate::tls::configure(reqwest::Client::builder())?
                    .default_headers(headers)
                    .user_agent(USER_AGENT)
                    .connect_timeout(self.connect_timeout)
                    .timeout(self.timeout)
                    // Retries are the crate's own, per operation as the spec
                    // allows (transport.rs); reqwest's would not know which
                    // are safe.
                    .retry(reqwest::retry::never())
                    .redirect(redirect_policy())
                    .build()
                    .map_err(ConfigError::Http)?;
                (client, None)
            }
        };
        let transport = Transport {
            max_response_bytes: self.max_response_bytes,
            log_bodies: self.log_bodies,
            max_retries: self.max_retries,
            timeout: self.timeout,
            authorization,
            server,
            #[cfg(feature = "rate-limit")]
            requests_per_second: self.rate_limit,
            #[cfg(feature = "rate-limit")]
            rate_limit: self.rate_limit.map(|per_second| {
                std::sync::Arc::new(crate::rate_limit::RateLimit::per_second(per_second))
            }),
        };
        Ok(Client::new_with_client(&base_url, http, transport))
    }
}

/// reqwest drops `Authorization` when a redirect leaves the host; this also
/// refuses any redirect that would carry a request off TLS.
fn redirect_policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        if attempt.previous().len() >= MAX_REDIRECTS {
            attempt.error(format!("more than {MAX_REDIRECTS} redirects"))
        } else if !is_secure_or_loopback(attempt.url()) {
            let url = attempt.url().to_string();
            attempt.error(format!(
                "refused redirect to {url}: not https and not loopback"
            ))
        } else {
            attempt.follow()
        }
    })
}

/// The base URL as operation paths are appended to it, and where it points
/// (for the calls' spans).
fn checked_base_url(raw: &str) -> Result<(String, Server), ConfigError> {
    let invalid = |reason: String| ConfigError::InvalidBaseUrl {
        url: raw.to_owned(),
        reason,
    };
    if !raw.contains("://") {
        return Err(invalid(no_scheme(raw)));
    }
    let url = reqwest::Url::parse(raw).map_err(|e| invalid(e.to_string()))?;
    if !matches!(url.scheme(), "https" | "http") {
        return Err(invalid(format!("scheme `{}` is not http(s)", url.scheme())));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("a base URL takes no query or fragment".into()));
    }
    if !is_secure_or_loopback(&url) {
        return Err(ConfigError::InsecureBaseUrl {
            url: raw.to_owned(),
        });
    }
    let server = Server {
        address: url.host_str().unwrap_or_default().into(),
        port: url.port_or_known_default().unwrap_or_default(),
        base_path: url.path().trim_end_matches('/').into(),
    };
    // Operation paths are appended as `{base}/message`.
    Ok((url.as_str().trim_end_matches('/').to_owned(), server))
}

/// `localhost:8080` parses as a URL of scheme `localhost`, `api.altur.io`
/// not at all: either way, what was left out is the scheme.
fn no_scheme(raw: &str) -> String {
    let on_loopback =
        reqwest::Url::parse(&format!("http://{raw}")).is_ok_and(|url| is_secure_or_loopback(&url));
    let scheme = if on_loopback { "http" } else { "https" };
    format!("it has no scheme: write {scheme}://{raw}")
}

fn is_secure_or_loopback(url: &reqwest::Url) -> bool {
    url.scheme() == "https"
        || match url.host() {
            Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
            Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
            Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
            None => false,
        }
}

/// Why a client could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum ConfigError {
    /// No API key was given.
    MissingApiKey,
    /// The API key cannot be sent (the message never repeats the key).
    InvalidApiKey(InvalidApiKey),
    /// An environment variable is missing or unreadable.
    Env {
        /// Which variable.
        variable: &'static str,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The base URL does not parse or cannot serve as a base.
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The base URL is plain `http` to a host that is not loopback: the API
    /// key would cross the network in clear text.
    InsecureBaseUrl {
        /// The URL as given.
        url: String,
    },
    /// The TLS configuration could not be built.
    Tls(String),
    /// reqwest could not build its client.
    Http(reqwest::Error),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::MissingApiKey => {
                write!(f, "no API key: call `.api_key(..)` or set {API_KEY_ENV}")
            }
            ConfigError::InvalidApiKey(why) => write!(f, "invalid API key: {why}"),
            ConfigError::Env { variable, reason } => write!(f, "{variable}: {reason}"),
            ConfigError::InvalidBaseUrl { url, reason } => {
                write!(f, "invalid base URL `{url}`: {reason}")
            }
            ConfigError::InsecureBaseUrl { url } => write!(
                f,
                "refusing base URL `{url}`: the API key would be sent in clear text \
                 (use https, or a loopback address for a local server)"
            ),
            ConfigError::Tls(why) => write!(f, "cannot set up TLS: {why}"),
            ConfigError::Http(e) => write!(f, "cannot set up the HTTP client: {e}"),
        }
    }
}

impl std::error::Error for ConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ConfigError::Http(e) => Some(e),
            _ => None,
        }
    }
}
