//! The batch size comes from the spec: each operation whose JSON body is or
//! holds an array with a `maxItems` gets a constant of it in `max_items`,
//! which `import_contacts` batches by.

use altur_api_tests::{codegen, committed_spec};

fn generate(spec: &str) -> String {
    codegen::generate(spec).unwrap_or_else(|e| panic!("the spec does not generate: {e}"))
}

#[test]
fn the_crate_batches_contacts_by_the_specs_max_items() {
    assert_eq!(altur_api::max_items::ADD_CAMPAIGN_CONTACTS, 1000);
    assert!(committed_spec().contains("maxItems: 1000"));
}

#[test]
fn a_changed_max_items_or_a_new_capped_body_changes_the_constants() {
    let spec = committed_spec();
    let smaller = spec.replace("maxItems: 1000", "maxItems: 250");
    assert_ne!(smaller, spec);
    assert!(generate(&smaller).contains("pub const ADD_CAMPAIGN_CONTACTS: usize = 250;"));

    // An operation Altur adds whose body is an array of at most 50 items.
    let added = spec.replacen(
        "paths:\n",
        "paths:\n  /enduser/bulk:\n    post:\n      operationId: create_end_users\n      \
         requestBody:\n        content:\n          application/json:\n            schema:\n              \
         type: array\n              maxItems: 50\n              items:\n                \
         $ref: '#/components/schemas/EndUserData'\n      responses:\n        '200':\n          \
         description: Created\n",
        1,
    );
    let source = generate(&added);
    assert!(
        source.contains("pub const CREATE_END_USERS: usize = 50;"),
        "{source}"
    );
    assert!(source.contains("pub const ADD_CAMPAIGN_CONTACTS: usize = 1000;"));
}
