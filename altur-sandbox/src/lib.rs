#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod analytics;
mod api;
mod clock;
mod core;
mod dialer;
mod faults;
mod ids;
mod model;
mod pipeline;
mod python_json;
mod rate_limit;
mod record;
mod render;
mod runner;
mod sandbox;
mod scheduler;
mod server;
mod spec;
mod state;
mod store;
mod validate;
mod webhooks;

pub use crate::clock::{Clock, ClockMode};
pub use crate::core::{AgentSeed, IncomingMessage};
pub use crate::dialer::{MAGIC_DIGITS, MAGIC_PREFIX};
pub use crate::faults::{Fault, Faults};
pub use crate::model::{
    Attempt, Delivery, DeliveryState, Endpoint, MessageOutcome, Outcome, Scheme,
};
pub use crate::record::Request;
pub use crate::runner::MAGIC_MESSAGE_DIGITS;
pub use crate::sandbox::{
    MANUAL_START, Sandbox, SandboxAgent, SandboxBuilder, SandboxIntegration, StartError,
};
