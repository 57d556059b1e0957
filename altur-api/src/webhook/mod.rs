//! Altur's webhook deliveries: verified, then typed. The crate docs'
//! "Receiving webhooks" section shows the use; the repository's
//! `examples/webhook_receiver/` is a whole receiver.

mod event;
mod python_json;
mod signature;

use std::fmt;

use base64::Engine;

pub use event::Event;
pub use python_json::NotJson;

/// The header Altur signs every delivery in.
pub const SIGNATURE_HEADER: &str = "x-altur-signature";

/// A webhook integration's shared secret, as the dashboard hands it out.
///
/// Its `Debug` output is `Secret(<redacted>)`, and no error repeats it.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(secret: impl Into<String>) -> Self {
        Self(secret.into())
    }

    fn expose(&self) -> &str {
        &self.0
    }

    /// The HMAC key of the current scheme: the secret, base64-decoded.
    fn key(&self) -> Result<Vec<u8>, WebhookError> {
        base64::engine::general_purpose::STANDARD
            .decode(self.0.trim())
            .map_err(|_| WebhookError::SecretNotBase64)
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

/// Checks a delivery's signature, then decodes its event.
///
/// `signature` is the `X-Altur-Signature` header's value (`None` when the
/// request has none) and `body` the request body's bytes as received: read
/// them before any framework parses the JSON.
///
/// Altur signs no timestamp, so a delivery captured on the way can be sent
/// again and still verifies: deduplicate on [`Event::dedup_key`] (the
/// campaign events' `event_id`, the call `id` of `on_call_end`).
pub fn verify(
    secret: &Secret,
    signature: Option<&[u8]>,
    body: &[u8],
) -> Result<Event, WebhookError> {
    signature::check(
        secret,
        signature.ok_or(WebhookError::MissingSignature)?,
        body,
    )?;
    Event::decode(body)
}

/// The `X-Altur-Signature` value Altur's current scheme puts on `body`
/// (which must be JSON): for your tests, to send your receiver a delivery
/// as Altur would.
pub fn sign(secret: &Secret, body: &[u8]) -> Result<String, WebhookError> {
    signature::sign(secret, body)
}

/// The same in the scheme of Altur's older pages (lowercase hex of the
/// HMAC keyed with the secret's UTF-8 bytes, over the raw body).
pub fn sign_legacy(secret: &Secret, body: &[u8]) -> String {
    signature::sign_legacy(secret, body)
}

/// Why a delivery was refused. None of them repeats the secret; answer any
/// of them with 400.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookError {
    /// No `X-Altur-Signature` header, or an empty one.
    MissingSignature,
    /// The header is neither 64 hex digits nor the base64 of 32 bytes.
    MalformedSignature,
    /// The signature does not match the body: forged, damaged, or signed
    /// with another secret.
    Mismatch,
    /// The secret is not base64, as the current scheme's secrets are (check
    /// that it was copied whole).
    SecretNotBase64,
    /// The body is not JSON (for a signature of the current scheme, before
    /// the signature could be checked).
    NotJson(NotJson),
    /// The signature matched, but the payload is not the shape of its event
    /// type. The body is kept.
    Payload {
        event_type: String,
        reason: String,
        body: Vec<u8>,
    },
}

impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::MissingSignature => {
                write!(f, "the delivery has no {SIGNATURE_HEADER} header")
            }
            WebhookError::MalformedSignature => write!(
                f,
                "the {SIGNATURE_HEADER} header is neither a base64 nor a hex HMAC-SHA256 digest"
            ),
            WebhookError::Mismatch => write!(
                f,
                "the {SIGNATURE_HEADER} header does not match the body: forged, damaged, or signed with another secret"
            ),
            WebhookError::SecretNotBase64 => f.write_str(
                "the webhook secret is not base64, as Altur hands it out (was it copied whole?)",
            ),
            WebhookError::NotJson(why) => write!(f, "the delivery's body is not JSON: {why}"),
            WebhookError::Payload {
                event_type, reason, ..
            } => write!(f, "the {event_type} payload does not decode: {reason}"),
        }
    }
}

impl std::error::Error for WebhookError {}
