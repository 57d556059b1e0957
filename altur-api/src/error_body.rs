//! Reads an error body of whatever shape the server wrote into the spec's
//! `Error`, so that every documented error status carries a message a person
//! can read. The docs describe `{error, message}`; a Python backend writes
//! FastAPI's `{"detail": "..."}` or `{"detail": [{"loc", "msg", "type"}]}`,
//! Django REST framework's per-field lists (`{"field": ["message"]}`), the
//! documented keys nested in an `error` object (Stripe's shape), or nothing
//! at all.

use reqwest::StatusCode;
use serde_json::{Map, Value};

use crate::generated::types;

/// The spec's `Error` made of `body`, when it does not decode as one. What
/// it cannot place stays in the raw body, which [`crate::Error::Api`] keeps.
/// A body that says nothing gets the status's reason for a message.
pub(crate) fn read(status: StatusCode, body: &[u8]) -> types::Error {
    said(status, body).unwrap_or_else(|| with_message(reason(status, body)))
}

/// What `body` says, read as [`read`] reads it, where it says anything: a
/// message, a code, a field, a status or targets of a transition; `None`
/// for an empty body, an HTML page, or JSON with none of these. For the
/// answers whose status the spec does not document, whose body may be the
/// API's error all the same (a 401 where the spec lists none) or a proxy's.
pub(crate) fn said(status: StatusCode, body: &[u8]) -> Option<types::Error> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let object = match &value {
        Value::Object(object) => object,
        Value::String(text) if !text.trim().is_empty() => {
            return Some(with_message(text.clone()));
        }
        _ => return None,
    };
    // Stripe and many frameworks nest it: `{"error": {"code", "message",
    // "field"}}`. The keys are read there as at the top, the top first.
    let (message, mut error) = documented_keys(object);
    let (nested_message, nested) = match object.get("error") {
        Some(Value::Object(inner)) => documented_keys(inner),
        _ => (None, with_message(String::new())),
    };
    error.code = error.code.or(nested.code);
    error.error = error.error.or(nested.error);
    error.field = error.field.or(nested.field);
    error.current_status = error.current_status.or(nested.current_status);
    if error.valid_targets.is_empty() {
        error.valid_targets = nested.valid_targets;
    }
    let message = message.or(nested_message);
    let nothing = message.is_none()
        && error.code.is_none()
        && error.error.is_none()
        && error.field.is_none()
        && error.current_status.is_none()
        && error.valid_targets.is_empty();
    if nothing {
        return None;
    }
    error.message = message.unwrap_or_else(|| reason(status, body));
    Some(error)
}

/// What one object says, in every shape `read` knows: the message, if it
/// has one, and the spec's `Error` of the rest (its message left empty).
fn documented_keys(object: &Map<String, Value>) -> (Option<String>, types::Error) {
    let text = |key: &str| match object.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        _ => None,
    };
    let (field_message, field) = per_field(object);
    let message = text("message")
        .or_else(|| object.get("detail").and_then(detail))
        .or_else(|| text("error_description"))
        .or_else(|| text("title"))
        .or_else(|| text("error"))
        .or(field_message);
    let error = types::Error::builder()
        .message(String::new())
        .code(text("code"))
        .error(
            object
                .get("error")
                .and_then(|v| serde_json::from_value::<types::ErrorError>(v.clone()).ok()),
        )
        .field(text("field").or(field))
        .current_status(text("current_status"))
        .valid_targets(match object.get("valid_targets") {
            Some(Value::Array(targets)) => targets
                .iter()
                .filter_map(|t| t.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        });
    (message, built(error))
}

fn with_message(message: String) -> types::Error {
    built(types::Error::builder().message(message))
}

/// The error body from its builder, which every caller gives a `message`:
/// the one field the spec requires of `Error`. Were the spec to require
/// another, every error body would panic here, as the error bodies of
/// tests/tests/wire.rs would show.
fn built(error: types::builder::Error) -> types::Error {
    types::Error::try_from(error).expect("`message`, the one field `Error` requires, is given")
}

/// The status's reason, for a body that says nothing readable.
fn reason(status: StatusCode, body: &[u8]) -> String {
    let reason = status.canonical_reason().unwrap_or("error");
    if body.iter().all(u8::is_ascii_whitespace) {
        format!("{reason} (empty body)")
    } else {
        format!("{reason} (the body has no message)")
    }
}

/// FastAPI's `detail`: a string, or a list of problems, each with where
/// (`loc`) and what (`msg`).
fn detail(detail: &Value) -> Option<String> {
    match detail {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Array(problems) if !problems.is_empty() => Some(
            problems
                .iter()
                .map(|problem| match problem {
                    Value::Object(p) => {
                        let what = p
                            .get("msg")
                            .or_else(|| p.get("message"))
                            .map_or_else(|| problem.to_string(), scalar);
                        match p.get("loc") {
                            Some(Value::Array(loc)) if !loc.is_empty() => {
                                let place: Vec<String> = loc.iter().map(scalar).collect();
                                format!("{}: {what}", place.join("."))
                            }
                            _ => what,
                        }
                    }
                    other => scalar(other),
                })
                .collect::<Vec<_>>()
                .join("; "),
        ),
        Value::Object(_) => Some(detail.to_string()),
        _ => None,
    }
}

/// Django REST framework's per-field lists: `{"content": ["This field is
/// required."]}`. Returns the message and, where exactly one field is named,
/// that field.
fn per_field(object: &Map<String, Value>) -> (Option<String>, Option<String>) {
    // The messages about no one field first: they say what is wrong overall.
    let mut general = Vec::new();
    let mut parts = Vec::new();
    let mut fields = Vec::new();
    // `valid_targets` is a list of strings too, and a documented one.
    for (key, value) in object.iter().filter(|(key, _)| *key != "valid_targets") {
        let messages: Vec<String> = match value {
            Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_string) => {
                items.iter().map(scalar).collect()
            }
            _ => continue,
        };
        let joined = messages.join(" ");
        if key == "non_field_errors" || key == "__all__" {
            general.push(joined);
        } else {
            parts.push(format!("{key}: {joined}"));
            fields.push(key.clone());
        }
    }
    general.append(&mut parts);
    let parts = general;
    let field = (fields.len() == 1).then(|| fields.remove(0));
    ((!parts.is_empty()).then(|| parts.join("; ")), field)
}

fn scalar(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}
