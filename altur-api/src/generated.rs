//! The seam: everything below is generated from `openapi/altur.yaml` and
//! never edited by hand; see `codegen/` for how it is made and
//! `transport.rs` for the hooks it calls. A user's build compiles it as the
//! package ships it (`generated/`, written by `cargo xtask spec build`); the
//! workspace's build (feature `codegen`) generates it afresh in `build.rs`.

#[cfg(not(feature = "codegen"))]
include!("../generated/types.rs");
#[cfg(feature = "codegen")]
include!(concat!(env!("OUT_DIR"), "/types.rs"));

#[cfg(all(feature = "client", not(feature = "codegen")))]
include!("../generated/client.rs");
#[cfg(all(feature = "client", feature = "codegen"))]
include!(concat!(env!("OUT_DIR"), "/client.rs"));
