//! The gate (the bottom layer): what every request meets before any rule,
//! and what knows nothing of the state. The spec (routes, parameters,
//! schemas, documented statuses, idempotency headers, rate limits, the
//! lifecycle's transitions), the schemas' checks, the faults a user asked
//! for, the rate limiter, the request log, and the error answer every layer
//! refuses with; and `built`, how every layer makes a type of the spec.

pub mod api_error;
pub mod built;
pub mod faults;
pub mod rate_limit;
pub mod request_log;
pub mod spec;
pub mod validate;
