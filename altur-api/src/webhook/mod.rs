//! Altur's webhook deliveries: verified, then typed. The crate docs'
//! "Receiving webhooks" section shows the use; the repository's
//! `examples/webhook_receiver/` is a whole receiver. `inbox` (features
//! `inbox-postgres`, `inbox-sqlite`) stores deliveries durably and works on
//! them off the request path, on one machine or many.

#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub mod axum;
mod event;
#[cfg(any(feature = "inbox-postgres", feature = "inbox-sqlite"))]
#[cfg_attr(
    docsrs,
    doc(cfg(any(feature = "inbox-postgres", feature = "inbox-sqlite")))
)]
pub mod inbox;
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
/// `signature` is the `X-Altur-Signature` header as your framework hands it
/// over: `headers.get(SIGNATURE_HEADER)` (an `Option<&HeaderValue>`), a
/// `&str`, bytes, or an `Option` of one, `None` when the request has none
/// (see [`SignatureHeader`]). `body` is the request body's bytes as received
/// (`&[u8]`, `Bytes`, `Vec<u8>`, `&str`): read them before any framework
/// parses the JSON.
///
/// Altur signs no timestamp, so a delivery captured on the way can be sent
/// again and still verifies: deduplicate on [`Event::dedup_key`] (the
/// campaign events' `event_id`, the call `id` of `on_call_end`).
pub fn verify(
    secret: &Secret,
    signature: impl SignatureHeader,
    body: impl AsRef<[u8]>,
) -> Result<Event, WebhookError> {
    let body = body.as_ref();
    let signature = signature
        .header_bytes()
        .ok_or(WebhookError::MissingSignature)?;
    signature::check(secret, signature, body)?;
    Event::decode(body)
}

/// What [`verify`] takes as the `X-Altur-Signature` header: anything that is
/// bytes by reference (`&HeaderValue` of `http`, hence axum, hyper and
/// reqwest; `&str`; `&[u8]`; `&Vec<u8>`), or an `Option` of one, `None`
/// meaning the request had no such header.
pub trait SignatureHeader {
    /// The header's value, or `None` when there is no header.
    fn header_bytes(&self) -> Option<&[u8]>;
}

impl<T: AsRef<[u8]> + ?Sized> SignatureHeader for &T {
    fn header_bytes(&self) -> Option<&[u8]> {
        Some((**self).as_ref())
    }
}

impl<T: SignatureHeader> SignatureHeader for Option<T> {
    fn header_bytes(&self) -> Option<&[u8]> {
        self.as_ref().and_then(SignatureHeader::header_bytes)
    }
}

/// The `X-Altur-Signature` value Altur's current scheme puts on `body`
/// (which must be JSON): for your tests, to send your receiver a delivery
/// as Altur would.
pub fn sign(secret: &Secret, body: &[u8]) -> Result<String, WebhookError> {
    signature::sign(secret, body)
}

/// A delivery's body as Altur sends one, for tests and fakes that send a
/// receiver deliveries (the sandbox sends each of its own so): the payload
/// written as Altur's Python side writes it (compact `json.dumps`, every
/// character outside printable ASCII escaped, floats as Python's `repr`),
/// once, then signed in either scheme without being written again.
///
/// ```
/// use altur_api::webhook::{self, Delivery, Event, Secret};
///
/// let secret = Secret::new("c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMyYnl0ZXM=");
/// let payload = serde_json::json!({"event_type": Event::CAMPAIGN_STATUS_CHANGED,
///     "event_id": "evt_1", "data": {"campaign": {"id": 7, "name": "Cobranza año"}}});
/// let delivery = Delivery::new(&payload)?;
/// assert!(String::from_utf8_lossy(&delivery.body).contains(r"a\u00f1o"));
/// let signature = delivery.signature(&secret)?;
/// let event = webhook::verify(&secret, signature.as_str(), &delivery.body)?;
/// assert_eq!(event.event_type(), Event::CAMPAIGN_STATUS_CHANGED);
/// # Ok::<(), webhook::WebhookError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// The bytes to send.
    pub body: Vec<u8>,
}

impl Delivery {
    /// Writes `payload` as Python does.
    pub fn new(payload: &impl serde::Serialize) -> Result<Delivery, WebhookError> {
        let json = serde_json::to_vec(payload).map_err(|e| WebhookError::Payload {
            event_type: "delivery".into(),
            reason: e.to_string(),
            body: Vec::new(),
        })?;
        let body = python_json::compact(&json).map_err(WebhookError::NotJson)?;
        Ok(Delivery { body })
    }

    /// Its `X-Altur-Signature` in the current scheme: [`sign`] of the body,
    /// without writing it again.
    pub fn signature(&self, secret: &Secret) -> Result<String, WebhookError> {
        signature::sign_compact(secret, &self.body)
    }

    /// Its `X-Altur-Signature` in the older scheme: [`sign_legacy`].
    pub fn legacy_signature(&self, secret: &Secret) -> String {
        signature::sign_legacy(secret, &self.body)
    }
}

/// The same in the scheme of Altur's older pages (lowercase hex of the
/// HMAC keyed with the secret's UTF-8 bytes, over the raw body).
pub fn sign_legacy(secret: &Secret, body: &[u8]) -> String {
    signature::sign_legacy(secret, body)
}

/// Why a delivery was refused. None of them repeats the secret; answer any
/// of them with 400.
#[non_exhaustive]
pub enum WebhookError {
    /// No `X-Altur-Signature` header.
    MissingSignature,
    /// An `X-Altur-Signature` header with nothing in it (or only spaces).
    EmptySignature,
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
            WebhookError::EmptySignature => {
                write!(f, "the delivery's {SIGNATURE_HEADER} header is empty")
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

/// Derived, except that a payload's body shows as text (it is JSON), not as
/// a list of byte values.
impl fmt::Debug for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WebhookError::MissingSignature => f.write_str("MissingSignature"),
            WebhookError::EmptySignature => f.write_str("EmptySignature"),
            WebhookError::MalformedSignature => f.write_str("MalformedSignature"),
            WebhookError::Mismatch => f.write_str("Mismatch"),
            WebhookError::SecretNotBase64 => f.write_str("SecretNotBase64"),
            WebhookError::NotJson(why) => f.debug_tuple("NotJson").field(why).finish(),
            WebhookError::Payload {
                event_type,
                reason,
                body,
            } => f
                .debug_struct("Payload")
                .field("event_type", event_type)
                .field("reason", reason)
                .field("body", &String::from_utf8_lossy(body))
                .finish(),
        }
    }
}

impl std::error::Error for WebhookError {}
