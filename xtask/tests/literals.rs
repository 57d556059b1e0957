//! Hand-written code builds the generated types with their builders:
//! `cargo xtask literals` finds no struct literal, `Type::default()` or
//! `Some(..)` given to a builder's setter of a generated type anywhere in
//! the workspace's Rust files and READMEs (`xtask::literals`).

mod common;
use common::workspace;

#[test]
fn hand_written_code_builds_generated_types_with_their_builders() {
    let found = xtask::literals::find(&workspace()).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        found.is_empty(),
        "constructions a spec change breaks (build each with its builder):\n{}",
        found
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
}
