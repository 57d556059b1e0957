//! Which operation a call was, as the spec names it: what a call's span and
//! its transport errors say in place of the URL, which holds the filled
//! path (an id, a phone number). The code generator gives each operation's
//! builder its own (`codegen/call_spans.rs`).

use std::fmt;

/// An operation of the API: its id, method and path as the spec writes
/// them, parameters unfilled (`retrieve_end_user`, `GET`, `/enduser/{id}`).
/// Its `Display` is `retrieve_end_user (GET /enduser/{id})`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Operation {
    pub(crate) id: &'static str,
    pub(crate) method: &'static str,
    pub(crate) path: &'static str,
}

impl Operation {
    /// The spec's `operationId` (`retrieve_end_user`); `request` for a call
    /// of [`Client::request`](crate::Client::request).
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The HTTP method (`GET`, `POST`, ...).
    pub fn method(&self) -> &'static str {
        self.method
    }

    /// The spec's path, after the base URL's, parameters unfilled
    /// (`/enduser/{id}`; `/{path}` for [`Client::request`](crate::Client::request)).
    pub fn path(&self) -> &'static str {
        self.path
    }
}

impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({} {})", self.id, self.method, self.path)
    }
}
