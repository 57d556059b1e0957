//! `X-Altur-Signature`: HMAC-SHA256, in the two schemes Altur's pages
//! document.
//!
//! - Current (the newest overview page): the key is the secret
//!   base64-decoded, the message is the payload re-serialized compactly as
//!   Python does it, the header is the base64 digest. A digest over the raw
//!   body is accepted too, since which bytes Altur signs is not shown.
//! - Older (the unprefixed overview page): the key is the secret's UTF-8
//!   bytes, the message is the raw body, the header is the lowercase hex
//!   digest.
//!
//! The header's form says which scheme to check: 64 hex digits are the older
//! one, anything else is read as base64.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::python_json;
use super::{Secret, WebhookError};

type HmacSha256 = Hmac<Sha256>;

/// Checks `signature` (the header's value) against `body`.
pub(super) fn check(secret: &Secret, signature: &[u8], body: &[u8]) -> Result<(), WebhookError> {
    let signature = signature.trim_ascii();
    if signature.is_empty() {
        return Err(WebhookError::EmptySignature);
    }
    if signature.len() == 64
        && let Ok(digest) = hex::decode(signature)
    {
        return if matches(secret.expose().as_bytes(), body, &digest) {
            Ok(())
        } else {
            Err(WebhookError::Mismatch)
        };
    }
    let digest = STANDARD
        .decode(signature)
        .ok()
        .filter(|digest| digest.len() == 32)
        .ok_or(WebhookError::MalformedSignature)?;
    let key = secret.key()?;
    if matches(&key, body, &digest) {
        return Ok(());
    }
    let compact = python_json::compact(body).map_err(WebhookError::NotJson)?;
    if matches(&key, &compact, &digest) {
        Ok(())
    } else {
        Err(WebhookError::Mismatch)
    }
}

/// The header value Altur's current scheme puts on `body`.
pub(super) fn sign(secret: &Secret, body: &[u8]) -> Result<String, WebhookError> {
    let compact = python_json::compact(body).map_err(WebhookError::NotJson)?;
    sign_compact(secret, &compact)
}

/// The same, for a body that is compact as Python writes it already.
pub(super) fn sign_compact(secret: &Secret, compact: &[u8]) -> Result<String, WebhookError> {
    let mut mac = mac(&secret.key()?);
    mac.update(compact);
    Ok(STANDARD.encode(mac.finalize().into_bytes()))
}

/// The older scheme's header value: hex of HMAC(secret's UTF-8 bytes, body).
pub(super) fn sign_legacy(secret: &Secret, body: &[u8]) -> String {
    let mut mac = mac(secret.expose().as_bytes());
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// Constant-time comparison, by `hmac`'s own `verify_slice`.
fn matches(key: &[u8], message: &[u8], digest: &[u8]) -> bool {
    let mut mac = mac(key);
    mac.update(message);
    mac.verify_slice(digest).is_ok()
}

fn mac(key: &[u8]) -> HmacSha256 {
    // HMAC takes a key of any length; `new_from_slice` cannot fail for it.
    <HmacSha256 as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!())
}
