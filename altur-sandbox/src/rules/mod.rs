//! The rules: what the API's operations and the sandbox's clock do to the
//! state, as functions over it (`&Ctx`, `&mut State`), with no HTTP, no
//! lock and no I/O. They answer in records, or refuse with the API's error
//! (`ApiError`); the handlers (`serve/operations/`) turn a request into a
//! call of one of them and its records into an answer, and the engine
//! (`engine/queue.rs`) calls them when a job comes due.
//!
//! Within the layer, one way too, top to bottom: `call_steps` (a call's
//! step and what its end sets off); `lifecycle` (the actions); `contacts`,
//! `campaigns` (the settings and the rows of a campaign); `campaign_run`
//! (a campaign's course: transitions, iterations, each look at its
//! contacts); `calls`, `whatsapp` (placing a call, sending a message, and
//! their steps); `threads`, `end_users`, `events`, `billing`.

pub mod billing;
pub mod call_steps;
pub mod calls;
pub mod campaign_run;
pub mod campaigns;
pub mod contacts;
pub mod end_users;
pub mod events;
pub mod lifecycle;
pub mod threads;
pub mod whatsapp;
