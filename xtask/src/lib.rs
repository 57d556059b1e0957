//! The workspace's chores, as a library so that its tests can drive them;
//! `main.rs` is the `cargo xtask` command line.

pub mod bench;
#[path = "../../altur-api/codegen/mod.rs"]
pub mod codegen;
pub mod merge;
pub mod overlay;
pub mod refresh;
pub mod report;
pub mod spec;
