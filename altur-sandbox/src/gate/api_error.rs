//! The API's error answer, in the shape of the spec's `Error`: the status as
//! `error` (the documented example's integer), the code as `code`, and
//! `field`, `current_status` and `valid_targets` where they apply. Every
//! layer refuses in these words: the gate (401, 404 of a route, 400 of a
//! schema), the rules (409 INVALID_STATUS_TRANSITION ...), the handlers.

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

    pub fn body(&self) -> Value {
        let mut body = json!({"error": self.status, "code": self.code, "message": self.message});
        if let Some(field) = &self.field {
            body["field"] = json!(field);
        }
        if let Some(status) = &self.current_status {
            body["current_status"] = json!(status);
            body["valid_targets"] = json!(self.valid_targets);
        }
        body
    }
}
