//! The names of the generated types, for `tests/schemas.rs` (whose JSON
//! Schema snapshot needs each type by name, at compile time): read from
//! the code the spec generates, so that a type the spec adds is in the
//! snapshot with no list to edit.

// The generator whole, of which this uses the types' part.
#[allow(dead_code)]
#[path = "../altur-api/codegen/mod.rs"]
mod codegen;

use std::path::Path;

const SPEC: &str = "../openapi/altur.yaml";

fn main() {
    println!("cargo::rerun-if-changed={SPEC}");
    println!("cargo::rerun-if-changed=../altur-api/codegen");
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let spec = Path::new(&manifest).join(SPEC);
    let text = std::fs::read_to_string(&spec)
        .unwrap_or_else(|e| panic!("{}: cannot read it: {e}", spec.display()));
    let source = codegen::generate_types(&text)
        .unwrap_or_else(|e| panic!("{}: does not generate: {e}", spec.display()));
    let file = syn::parse_file(&source).expect("the generated code parses");
    let names: Vec<String> = file
        .items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|(_, items)| items),
            _ => None,
        })
        .flatten()
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
