//! The JSON Schema of every public type: a change in the spec or in the
//! generator's settings shows up here as a schema diff.

use altur_api::types;

/// Every type of `altur_api::types`, as the spec generates them: the list
/// is written by build.rs from the generated code, so a type the spec adds
/// is in the snapshot with nothing to edit here.
macro_rules! public_types {
    ($($name:ident),* $(,)?) => {
        fn schemas() -> serde_json::Map<String, serde_json::Value> {
            let mut generator = schemars::SchemaGenerator::default();
            $( generator.subschema_for::<types::$name>(); )*
            generator.take_definitions(true)
        }
        const NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}

include!(concat!(env!("OUT_DIR"), "/public_types.rs"));

#[test]
fn json_schema_of_every_public_type() {
    insta::assert_json_snapshot!(schemas());
}

/// Each generated type has its schema in the snapshot, by its own name.
#[test]
fn every_generated_type_has_its_schema() {
    let schemas = schemas();
    assert!(NAMES.contains(&"Call"), "{NAMES:?}");
    let without: Vec<&&str> = NAMES
        .iter()
        .filter(|n| !schemas.contains_key(**n))
        .collect();
    assert!(without.is_empty(), "no JSON Schema for {without:?}");
}

#[test]
fn an_open_enum_schema_accepts_any_string() {
    let schemas = schemas();
    let branches = schemas["TagColor"]["anyOf"].as_array().expect("anyOf");
    // One branch per known value, with what it means, then any string.
    assert_eq!(branches.len(), 8);
    assert_eq!(branches[4]["const"], "purple");
    assert_eq!(
        branches[4]["description"],
        "Shown in purple in the app.\n\n`\"purple\"` on the wire."
    );
    assert_eq!(branches[7]["type"], "string");
    assert!(
        branches[7].get("enum").is_none() && branches[7].get("const").is_none(),
        "the last branch takes any string"
    );
}
