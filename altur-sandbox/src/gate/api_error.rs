//! The API's error answer, in the shape of the spec's `Error`: the status as
//! `error` (the documented example's integer), the code as `code`, and
//! `field`, `current_status` and `valid_targets` where they apply. Every
//! layer refuses in these words, written by `to_bytes`: the server (413 of
//! a body too large), the gate (401, 404 of a route, 400 of a schema, 429),
//! the rules (409 INVALID_STATUS_TRANSITION ...), the handlers.

use altur_api::types;

use crate::gate::built::built;
use serde_json::{Value, json};

use crate::gate::spec::Operation;

#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
    pub field: Option<String>,
    pub current_status: Option<String>,
    pub valid_targets: Vec<String>,
}

impl ApiError {
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            message: message.into(),
            field: None,
            current_status: None,
            valid_targets: Vec::new(),
        }
    }

    /// 400 INVALID_REQUEST, naming the field where there is one.
    pub fn invalid(field: Option<String>, message: impl Into<String>) -> ApiError {
        ApiError {
            field,
            ..ApiError::new(400, "INVALID_REQUEST", message)
        }
    }

    /// An unknown id, with the status the operation documents for it.
    pub fn not_found(operation: &Operation, what: impl Into<String>) -> ApiError {
        ApiError::new(operation.not_found_status(), "NOT_FOUND", what)
    }

    pub fn with_field(mut self, field: impl Into<String>) -> ApiError {
        self.field = Some(field.into());
        self
    }

    /// The answer's body, in the spec's `Error`.
    pub fn body(&self) -> Value {
        let error: types::Error = built(
            types::Error::builder()
                .error(types::ErrorError::Int32(i32::from(self.status)))
                .code(self.code)
                .message(self.message.clone())
                .field(self.field.clone())
                .current_status(self.current_status.clone())
                .valid_targets(self.valid_targets.clone()),
        );
        let mut body = serde_json::to_value(error)
            .unwrap_or_else(|e| unreachable!("the spec's types serialize: {e}"));
        // The type leaves out an empty list; the lifecycle page shows
        // `valid_targets` beside `current_status` whatever it holds.
        if self.current_status.is_some() && self.valid_targets.is_empty() {
            body["valid_targets"] = json!([]);
        }
        body
    }

    /// The answer's body as written: the one way every error answer is
    /// written (the pipeline's, a handler's, the server's 413).
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(&self.body())
            .unwrap_or_else(|e| unreachable!("a JSON value writes as JSON: {e}"))
    }
}
