//! The engine: what runs on its own. The job queue that wakes on the clock
//! and hands each due job to its rule (`queue`), webhook deliveries on the
//! wire with their retries (`deliveries`), and the parts of a running
//! sandbox its server, its jobs and its handle share (`running`).

pub mod deliveries;
pub mod queue;
pub mod running;
