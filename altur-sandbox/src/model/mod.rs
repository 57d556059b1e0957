//! The model: what the sandbox keeps (`records`), its tables and indexes
//! (`state`), where they are written (`store`), its time (`clock`), its
//! seeded draws (`ids`), and what a rule is given besides the state
//! (`context`).

pub mod clock;
pub mod context;
pub mod ids;
pub mod records;
pub mod state;
pub mod store;
