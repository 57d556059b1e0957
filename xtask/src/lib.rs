#![doc = include_str!("../README.md")]

pub mod altur_yaml;
pub mod bench;
pub mod bench_build;
#[path = "../../altur-api/codegen/mod.rs"]
pub mod codegen;
pub mod files;
pub mod merge;
pub mod openapi;
pub mod operations_table;
pub mod overlay;
pub mod reconstructed;
pub mod refresh;
pub mod report;
pub mod shipped_source;
pub mod spec;
