//! The seam: everything below comes from `build.rs`, generated from
//! `openapi/altur.yaml`. It is never edited by hand; see `codegen/` for how
//! it is made and `transport.rs` for the hooks it calls.

include!(concat!(env!("OUT_DIR"), "/altur_api.rs"));
