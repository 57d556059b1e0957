#![doc = include_str!("../README.md")]

pub mod calls;
pub mod captured;
pub mod changed_spec;
#[path = "../../altur-api/codegen/mod.rs"]
pub mod codegen;
pub mod example_receiver;
pub mod inbox;
pub mod inbox_receiver;
pub mod install_once;
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

use serde_json::Value;

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

/// One operation of a spec (parsed as JSON): each method of each path.
#[derive(Clone, Copy, Debug)]
pub struct SpecOperation<'s> {
    /// The path's template (`/campaigns/{id}`).
    pub path: &'s str,
    /// As the spec writes it (`get`).
    pub method: &'s str,
    pub operation: &'s Value,
}

impl<'s> SpecOperation<'s> {
    /// Its `operationId` (every operation has one: the unit test
    /// `every_operation_of_the_spec_has_an_operation_id` says which lacks it).
    #[track_caller]
    pub fn id(&self) -> &'s str {
        self.operation["operationId"]
            .as_str()
            .unwrap_or_else(|| panic!("{} {} has no operationId", self.method, self.path))
    }

    /// Its responses, by status (`200`, `default`).
    pub fn responses(&self) -> impl Iterator<Item = (&'s String, &'s Value)> {
        self.operation["responses"]
            .as_object()
            .into_iter()
            .flatten()
    }
}

/// Every operation of `spec`, in the spec's order: every method of every
/// path item (its other keys, `parameters` or `summary`, aside).
pub fn spec_operations(spec: &Value) -> Vec<SpecOperation<'_>> {
    spec["paths"]
        .as_object()
        .expect("the spec has paths")
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .into_iter()
                .flatten()
                .filter(|(method, _)| {
                    matches!(
                        method.as_str(),
                        "get" | "put" | "post" | "delete" | "patch" | "options" | "head" | "trace"
                    )
                })
                .map(move |(method, operation)| SpecOperation {
                    path,
                    method,
                    operation,
                })
        })
        .collect()
}

/// The committed spec, parsed.
pub fn committed_spec_value() -> Value {
    serde_norway::from_str(&committed_spec()).expect("openapi/altur.yaml is YAML")
}

/// The spec the crate is generated from.
pub fn committed_spec() -> String {
    std::fs::read_to_string(workspace_root().join("openapi/altur.yaml"))
        .expect("openapi/altur.yaml is committed")
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_operation_of_the_spec_has_an_operation_id() {
        let spec = super::committed_spec_value();
        let operations = super::spec_operations(&spec);
        assert!(!operations.is_empty(), "the spec has no operations");
        let without: Vec<String> = operations
            .iter()
            .filter(|o| o.operation["operationId"].as_str().is_none())
            .map(|o| format!("{} {}", o.method, o.path))
            .collect();
        assert!(
            without.is_empty(),
            "operations without an operationId: {without:?}"
        );
    }
}
