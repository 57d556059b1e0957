//! Building a client: what is refused, and what never leaks.

use altur_api::{Client, ConfigError, InvalidApiKey};

const KEY: &str = "sk_live_9c2b4e6a8d0f";

#[test]
fn a_client_needs_a_key() {
    let error = Client::builder().build().expect_err("no key");
    assert!(matches!(error, ConfigError::MissingApiKey));
    assert_eq!(
        error.to_string(),
        "no API key: call `.api_key(..)` or set ALTUR_API_KEY"
    );
}

#[test]
fn a_key_that_cannot_be_a_header_is_refused_without_repeating_it() {
    for (key, why) in [
        ("", InvalidApiKey::Empty),
        ("   ", InvalidApiKey::Empty),
        ("sk one", InvalidApiKey::BadCharacter),
        ("sk\n1", InvalidApiKey::BadCharacter),
        ("clé", InvalidApiKey::BadCharacter),
    ] {
        let error = Client::builder().api_key(key).build().expect_err(key);
        assert!(
            matches!(error, ConfigError::InvalidApiKey(w) if w == why),
            "{key:?}: {error:?}"
        );
        if !key.trim().is_empty() {
            assert!(
                !error.to_string().contains(key.trim())
                    && !format!("{error:?}").contains(key.trim())
            );
        }
    }
}

fn with_base_url(url: &str) -> Result<Client, ConfigError> {
    Client::builder().api_key(KEY).base_url(url).build()
}

#[test]
fn plain_http_is_refused_unless_loopback() {
    for url in [
        "http://api.altur.io/api/v1.0",
        "http://10.0.0.8:8080",
        "http://example.com",
    ] {
        let error = with_base_url(url).expect_err(url);
        assert!(
            matches!(error, ConfigError::InsecureBaseUrl { .. }),
            "{url}: {error:?}"
        );
        assert!(error.to_string().contains("clear text"), "{error}");
    }
    for url in [
        "http://127.0.0.1:8080",
        "http://localhost:3000/api",
        "http://[::1]:9000",
        "https://api.altur.io/api/v1.0",
    ] {
        with_base_url(url).unwrap_or_else(|e| panic!("{url}: {e}"));
    }
    for url in [
        "not a url",
        "ftp://api.altur.io",
        "https://api.altur.io/?x=1",
    ] {
        let error = with_base_url(url).expect_err(url);
        assert!(
            matches!(error, ConfigError::InvalidBaseUrl { .. }),
            "{url}: {error:?}"
        );
    }
}

#[test]
fn the_default_base_url_is_the_specs_server() {
    use altur_api::ClientInfo;
    let client = Client::builder()
        .api_key(KEY)
        .build()
        .expect("https default");
    assert_eq!(client.baseurl(), "https://api.altur.io/api/v1.0");
    assert_eq!(altur_api::DEFAULT_BASE_URL, client.baseurl());
}

#[test]
fn debug_output_never_shows_the_key() {
    let builder = Client::builder().api_key(KEY);
    let debug = format!("{builder:?}");
    assert!(
        debug.contains("ApiKey(<redacted>)") && !debug.contains(KEY),
        "{debug}"
    );
    let client = builder.build().unwrap();
    let debug = format!("{client:?}");
    assert!(!debug.contains(KEY), "{debug}");
    assert!(!format!("{:?}", altur_api::ApiKey::new(KEY)).contains(KEY));
}
