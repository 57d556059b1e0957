//! The names of the generated types, for `tests/schemas.rs` (whose JSON
//! Schema snapshot needs each type by name, at compile time): read from
//! the crate's shipped generated source, which `cargo xtask spec build`
//! writes from the spec (CI's `--check` holds it to the spec, and the
//! crate's own build warns while it differs), so that a type the spec adds
//! is in the snapshot with no list to edit.

use std::path::Path;

/// Where the generated types are, as `cargo xtask literals` reads them.
#[path = "../xtask/src/types_module.rs"]
mod types_module;

/// `altur-api/codegen/shipped.rs`'s `DIR` and `TYPES`.
const TYPES: &str = "../altur-api/generated/types.rs";

fn main() {
    println!("cargo::rerun-if-changed={TYPES}");
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let path = Path::new(&manifest).join(TYPES);
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: cannot read it: {e}", path.display()));
    let file = syn::parse_file(&source)
        .unwrap_or_else(|e| panic!("{}: does not parse: {e}", path.display()));
    let names: Vec<String> = types_module::types_items(&file)
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("public_types.rs");
    std::fs::write(&out, format!("public_types!({});\n", names.join(", ")))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
