//! The seam: the API commands below come from `build/`, generated from
//! `openapi/altur.yaml` by progenitor and adapted to altur-api there. Never
//! edited by hand.

// progenitor's per-operation hooks take arguments they leave unused, it
// clones `Copy` values, and `operation_id()` has no caller here.
#![allow(dead_code, unused_variables, clippy::clone_on_copy)]

include!(concat!(env!("OUT_DIR"), "/altur_cli.rs"));
