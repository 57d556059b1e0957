#![doc = include_str!("../README.md")]

pub mod calls;
pub mod captured;
pub mod changed_spec;
#[path = "../../altur-api/codegen/mod.rs"]
pub mod codegen;
pub mod example_receiver;
pub mod inbox;
pub mod inbox_receiver;
pub mod layering;
pub mod npm;
pub mod openapi_validator;
pub mod openpyxl;
pub mod pages;
pub mod per_operation;
pub mod postgres;
pub mod prism;
pub mod proxy;
pub mod python;
pub mod python_venv;
pub mod rng;
pub mod round_robin;
pub mod samples;
pub mod sandbox;
pub mod scenario;
pub mod server;
pub mod user_crate;

use std::path::PathBuf;

/// A generated type from its builder, every field it requires set: the
/// tests build the spec's types so, never as struct literals, so that a
/// field the spec adds breaks none of them (`cargo xtask literals`).
#[track_caller]
pub fn built<T, B>(builder: B) -> T
where
    T: TryFrom<B, Error: std::fmt::Display>,
{
    match T::try_from(builder) {
        Ok(value) => value,
        Err(e) => panic!(
            "a {} the test builds lacks a field the spec requires: {e}",
            std::any::type_name::<T>()
        ),
    }
}

/// The workspace root, for reading `openapi/`.
pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// How many operations the committed spec has (each method of each path),
/// for the tests that read its operations their own way to check that
/// they found every one: the count follows the spec, never a number
/// written here.
pub fn operation_count() -> usize {
    let spec: serde_json::Value =
        serde_norway::from_str(&committed_spec()).expect("openapi/altur.yaml is YAML");
    spec["paths"]
        .as_object()
        .expect("the spec has paths")
        .values()
        .flat_map(|item| item.as_object().into_iter().flatten())
        .filter(|(method, _)| {
            matches!(
                method.as_str(),
                "get" | "put" | "post" | "delete" | "patch" | "options" | "head" | "trace"
            )
        })
        .count()
}

/// The spec the crate is generated from.
pub fn committed_spec() -> String {
    std::fs::read_to_string(workspace_root().join("openapi/altur.yaml"))
        .expect("openapi/altur.yaml is committed")
}
