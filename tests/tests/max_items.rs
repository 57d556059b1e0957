//! The batch size and the pace come from the spec: each operation whose JSON
//! body is or holds an array with a `maxItems` gets a constant of it in
//! `max_items`, which `import_contacts` batches by; each with an
//! `x-altur-requests-per-second` one in `requests_per_second`, which it
//! paces by (and the sandbox enforces).

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

#[test]
fn the_crate_paces_imports_by_the_specs_12_requests_per_second() {
    assert_eq!(altur_api::requests_per_second::ADD_CAMPAIGN_CONTACTS, 12);
    assert_eq!(altur_api::requests_per_second::LIST_CAMPAIGNS, 12);
    assert_eq!(altur_api::import::DOCUMENTED_REQUESTS_PER_SECOND, 12);
    assert!(committed_spec().contains("x-altur-requests-per-second: 12"));
}

#[test]
fn a_changed_rate_limit_or_a_new_limited_operation_changes_the_constants() {
    let spec = committed_spec();
    let slower = spec.replace(
        "x-altur-requests-per-second: 12",
        "x-altur-requests-per-second: 5",
    );
    assert_ne!(slower, spec);
    let source = generate(&slower);
    assert!(source.contains("pub const ADD_CAMPAIGN_CONTACTS: u32 = 5;"));
    assert!(!source.contains("u32 = 12;"));

    // An operation Altur adds with a limit of its own; the message
    // operations, with none, have no constant.
    let added = spec.replacen(
        "paths:\n",
        "paths:\n  /enduser/bulk:\n    post:\n      operationId: create_end_users\n      \
         x-altur-requests-per-second: 2\n      responses:\n        '200':\n          \
         description: Created\n",
        1,
    );
    let source = generate(&added);
    assert!(
        source.contains("pub const CREATE_END_USERS: u32 = 2;"),
        "{source}"
    );
    assert!(source.contains("pub const ADD_CAMPAIGN_CONTACTS: u32 = 12;"));
    assert!(!source.contains("pub const SEND_MESSAGE: u32"));
}
