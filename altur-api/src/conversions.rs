//! Conversions between generated types that the spec keeps apart but a user
//! moves between.

use crate::generated::types;

/// A campaign's cycles as read, to send back in an update: `enabled` and
/// `mode` are set at creation only (the API answers 400 IMMUTABLE_FIELD),
/// so they are left behind.
impl From<types::Cycles> for types::CyclesUpdate {
    fn from(cycles: types::Cycles) -> Self {
        let types::Cycles {
            enabled: _,
            mode: _,
            cooldown_minutes,
            filter_statuses,
            filter_tags,
            max_iterations,
            schedule,
            schedule_end_date,
            schedule_start_date,
        } = cycles;
        // A field the spec adds to both types is a decision (does it carry
        // over to an update?), so it stops the build here.
        // literal kept: what carries over to an update is decided per field.
        types::CyclesUpdate {
            cooldown_minutes,
            filter_statuses,
            filter_tags,
            max_iterations,
            schedule,
            schedule_end_date,
            schedule_start_date,
        }
    }
}
