#![doc = include_str!("../README.md")]

pub mod calls;
pub mod captured;
pub mod changed_spec;
#[path = "../../altur-api/codegen/mod.rs"]
pub mod codegen;
pub mod example_receiver;
pub mod layering;
pub mod openapi_validator;
pub mod openpyxl;
pub mod pages;
pub mod prism;
pub mod proxy;
pub mod python;
pub mod python_venv;
pub mod rng;
pub mod samples;
pub mod sandbox;
pub mod scenario;
pub mod server;
pub mod user_crate;
// The example receiver's store, at the root because its receiver.rs names
// it `crate::store`.
#[path = "../../altur-api/examples/webhook_receiver/store.rs"]
mod store;

use std::path::PathBuf;

/// The workspace root, for reading `openapi/`.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The spec the crate is generated from.
pub fn committed_spec() -> String {
    std::fs::read_to_string(workspace_root().join("openapi/altur.yaml"))
        .expect("openapi/altur.yaml is committed")
}
