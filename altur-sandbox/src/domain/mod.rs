//! Pure domain: what follows from records and a time with nothing else
//! (calendar windows, the magic numbers' outcomes, a campaign's analytics, a
//! call's recording).
//! No state is changed here.

pub mod analytics;
pub mod calendar;
pub mod outcomes;
pub mod recording;
