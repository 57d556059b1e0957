//! The HTTP surface: connections (`server`), a request from arrival to
//! answer (`pipeline`: route, key, rate limit, faults, schemas,
//! idempotency, the handler, the write, the log), one handler per operation
//! (`operations/`), and the records written as the API answers them, in the
//! spec's types (`render`; Send Message's answer from parts they wrote once:
//! `frame`).

pub mod frame;
pub mod operations;
pub mod pipeline;
pub mod recording;
pub mod render;
pub mod server;
