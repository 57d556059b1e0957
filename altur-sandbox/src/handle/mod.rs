//! The handle: what a test or the `altur sandbox` command holds (the
//! `Sandbox` and its builder), with the world a new sandbox starts with and
//! the command's first line apart.

pub mod agents;
pub mod builder;
pub mod first_line;
pub mod sandbox;
pub mod world;
