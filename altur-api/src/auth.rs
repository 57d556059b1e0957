//! The API key: kept out of every Debug, Display and error message.

use std::fmt;

use reqwest::header::HeaderValue;

/// An Altur API key (dashboard → API Keys).
///
/// Its `Debug` output is `ApiKey(<redacted>)`; the header built from it is
/// marked sensitive, so reqwest redacts it too.
#[derive(Clone)]
pub struct ApiKey(String);

impl ApiKey {
    /// Wraps a key. The key is checked when the client is built.
    pub fn new(key: impl Into<String>) -> Self {
        Self(key.into())
    }

    /// `Authorization: api-key <key>`, as the API expects (not `Bearer`).
    pub(crate) fn authorization(&self) -> Result<HeaderValue, InvalidApiKey> {
        let key = self.0.trim();
        if key.is_empty() {
            return Err(InvalidApiKey::Empty);
        }
        if !key.chars().all(|c| c.is_ascii_graphic()) {
            return Err(InvalidApiKey::BadCharacter);
        }
        let mut value = HeaderValue::try_from(format!("api-key {key}"))
            .map_err(|_| InvalidApiKey::BadCharacter)?;
        value.set_sensitive(true);
        Ok(value)
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

impl From<String> for ApiKey {
    fn from(key: String) -> Self {
        Self(key)
    }
}

impl From<&str> for ApiKey {
    fn from(key: &str) -> Self {
        Self(key.to_owned())
    }
}

/// What is wrong with a key, said without repeating it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvalidApiKey {
    /// The key is empty or only white space.
    Empty,
    /// The key holds white space inside, a control or a non-ASCII character.
    BadCharacter,
}

impl fmt::Display for InvalidApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InvalidApiKey::Empty => f.write_str("the API key is empty"),
            InvalidApiKey::BadCharacter => f.write_str(
                "the API key holds a character that cannot be sent in a header \
                 (white space, a control or a non-ASCII character)",
            ),
        }
    }
}
