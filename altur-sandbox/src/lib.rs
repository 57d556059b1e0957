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
        let calls: Vec<(char, String)> = crate::dialer::MAGIC_DIGITS
            .iter()
            .map(|(digit, _, _, what)| (*digit, (*what).to_owned()))
            .collect();
        assert_eq!(table("<!-- magic calls"), calls);
        let messages: Vec<(char, String)> = crate::runner::MAGIC_MESSAGE_DIGITS
            .iter()
            .map(|(digit, _, what)| (*digit, (*what).to_owned()))
            .collect();
        assert_eq!(table("<!-- magic messages"), messages);
    }
}
