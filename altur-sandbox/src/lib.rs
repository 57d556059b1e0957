#![doc = include_str!("../README.md")]
//! ## Layers, top to bottom
//!
//! Each module imports only from its own layer and those below it, one way
//! within a layer too (`tests/tests/sandbox_layers.rs` holds the code to
//! this list and finds no circle of files):
//!
//! 1. `handle`: the `Sandbox` a test holds and its builder; the world a new
//!    sandbox starts with (`world.rs`); the command's first line.
//! 2. `serve`: the HTTP surface: connections, each request's pipeline,
//!    one handler per operation (`operations/`: parse, find, call the
//!    rule, answer), the records written in the spec's types (`render.rs`;
//!    Send Message's answer from parts they wrote once, `frame.rs`).
//! 3. `engine`: what runs on its own: the job queue on the clock, webhook
//!    deliveries on the wire with their retries, the parts a running
//!    sandbox shares.
//! 4. `rules`: what the operations and the clock do to the state, as
//!    functions over it with no HTTP and no I/O: threads, end users,
//!    calls, campaigns and their course, contacts, the lifecycle, billing,
//!    the webhook events.
//! 5. `domain`: pure: calendar windows, the magic numbers' outcomes,
//!    analytics.
//! 6. `model`: what is kept (records, the state and its indexes, the SQLite
//!    store), the clock, the seeded ids, and a rule's context.
//! 7. `gate`: what every request meets before any rule, knowing nothing of
//!    the state: the spec, its schemas' checks, faults, the rate limit, the
//!    request log, the API's error answer.
#![forbid(unsafe_code)]

mod domain;
mod engine;
mod gate;
mod handle;
mod model;
mod rules;
mod serve;

pub use crate::domain::outcomes::{MAGIC_DIGITS, MAGIC_MESSAGE_DIGITS, MAGIC_PREFIX};
pub use crate::gate::faults::{Fault, Faults};
pub use crate::gate::request_log::Request;
pub use crate::handle::agents::{SandboxAgent, SandboxIntegration};
pub use crate::handle::builder::{MANUAL_START, SandboxBuilder, StartError};
pub use crate::handle::sandbox::Sandbox;
pub use crate::handle::world::AgentSeed;
pub use crate::model::clock::{Clock, ClockMode};
pub use crate::model::context::IncomingMessage;
pub use crate::model::records::{
    Attempt, Delivery, DeliveryState, Endpoint, MessageOutcome, Outcome, Scheme,
};

#[cfg(test)]
mod readme {
    /// The README's tables of magic numbers are the constants', row by row.
    #[test]
    fn the_magic_number_tables_are_the_constants() {
        let readme = include_str!("../README.md");
        let table = |marker: &str| -> Vec<(char, String)> {
            let start = readme
                .find(marker)
                .unwrap_or_else(|| panic!("{marker} in README"));
            readme[start..]
                .lines()
                .skip(3)
                .take_while(|line| line.starts_with('|'))
                .map(|line| {
                    let cells: Vec<&str> =
                        line.trim_matches('|').split('|').map(str::trim).collect();
                    (cells[0].chars().next().unwrap_or(' '), cells[1].to_owned())
                })
                .collect()
        };
        let calls: Vec<(char, String)> = crate::MAGIC_DIGITS
            .iter()
            .map(|(digit, _, _, what)| (*digit, (*what).to_owned()))
            .collect();
        assert_eq!(table("<!-- magic calls"), calls);
        let messages: Vec<(char, String)> = crate::MAGIC_MESSAGE_DIGITS
            .iter()
            .map(|(digit, _, what)| (*digit, (*what).to_owned()))
            .collect();
        assert_eq!(table("<!-- magic messages"), messages);
    }
}
