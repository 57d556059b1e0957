//! Every identifier in the spec has its type (issue 38): a property or a
//! parameter named `id`, `*_id` or `*Id` refers to one of the id schemas
//! the overlay names (`AgentId`, `CampaignId`, ...), or is listed in
//! `LEFT_PLAIN` with why it stays a plain value. The overlay types ids by
//! naming where they are (openapi/overlay.yaml, "Ids the compiler checks"),
//! so a property or an operation Altur adds that holds an id fails here,
//! named, until the overlay types it or `LEFT_PLAIN` says why not: on
//! change day this is where a person writes something for an id.

use altur_api_tests::{committed_spec, committed_spec_value, spec_operations};
use serde_json::Value;

/// Ids left plain, each with the reason.
const LEFT_PLAIN: &[(&str, &str)] = &[
    (
        "Integration.id",
        "a thread's integration: no operation takes it, and the docs do not say it is the public id Create Campaign takes",
    ),
    ("Tag.id", "a tag's id: no operation takes it"),
    ("User.id", "a user of the app's: no operation takes it"),
    (
        "CampaignCall.contact.f_id",
        "your own id of the contact (f_id), whatever you make it",
    ),
    ("CampaignContact.f_id", "your own id of the contact"),
    ("NewContact.f_id", "your own id of the contact"),
    ("WebhookCampaignUser.f_id", "your own id of the contact"),
    (
        "ContactResult.id",
        "the page shows a string where every other contact id is an integer (facts sheet §3.14): kept as either",
    ),
    (
        "WebhookAgent.id",
        "the example's is no UUID, and which of the agent's ids it is the page does not say (facts sheet §1, §4.2)",
    ),
    (
        "CampaignStatusChangedEvent.event_id",
        "an event's id, a key for deduplication only",
    ),
    (
        "CampaignCycleCompletedEvent.event_id",
        "an event's id, a key for deduplication only",
    ),
    (
        "CampaignStatusChangedEvent.project_id",
        "a project's id: no operation takes it",
    ),
    (
        "CampaignCycleCompletedEvent.project_id",
        "a project's id: no operation takes it",
    ),
];

fn is_id(name: &str) -> bool {
    name == "id" || name.ends_with("_id") || name.ends_with("Id")
}

/// Whether `schema` is an id type: a reference to a schema named `*Id`,
/// alone or as the one part of an `allOf` (beside a description).
fn is_typed(schema: &Value) -> bool {
    let reference = match schema.get("allOf").and_then(Value::as_array) {
        Some(parts) if parts.len() == 1 => parts[0].get("$ref"),
        _ => schema.get("$ref"),
    };
    reference
        .and_then(Value::as_str)
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
        .is_some_and(|name| name.ends_with("Id"))
}

/// Every property holding an id in `schema`, at any depth, as `where.name`,
/// with whether it is typed.
fn id_properties(schema: &Value, at: &str, found: &mut Vec<(String, bool)>) {
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for (name, property) in properties {
            let here = format!("{at}.{name}");
            if is_id(name) {
                found.push((here.clone(), is_typed(property)));
            }
            id_properties(property, &here, found);
        }
    }
    if let Some(items) = schema.get("items") {
        id_properties(items, &format!("{at}[]"), found);
    }
    for combined in ["allOf", "oneOf", "anyOf"] {
        for part in schema
            .get(combined)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            id_properties(part, at, found);
        }
    }
}

/// Every property and parameter of the spec holding an id, with whether
/// it is typed.
fn ids(spec: &Value) -> Vec<(String, bool)> {
    let mut found = Vec::new();
    for (name, schema) in spec["components"]["schemas"].as_object().unwrap() {
        id_properties(schema, name, &mut found);
    }
    for spec_operation in spec_operations(spec) {
        let operation = spec_operation.operation;
        let at = format!(
            "{} {}",
            spec_operation.method.to_uppercase(),
            spec_operation.path
        );
        for parameter in operation
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let name = parameter["name"].as_str().unwrap();
            if is_id(name) {
                found.push((
                    format!("{at} {} {name}", parameter["in"].as_str().unwrap()),
                    is_typed(&parameter["schema"]),
                ));
            }
        }
        if let Some(body) = operation
            .get("requestBody")
            .and_then(|b| b.get("content"))
            .and_then(|c| c.get("application/json"))
            .and_then(|j| j.get("schema"))
        {
            id_properties(body, &format!("{at} body"), &mut found);
        }
    }
    found
}

#[test]
fn every_id_in_the_spec_has_its_type_or_a_reason_to_be_plain() {
    let text = committed_spec();
    let spec = committed_spec_value();
    let found = ids(&spec);
    let untyped: Vec<&str> = found
        .iter()
        .filter(|(_, typed)| !typed)
        .map(|(at, _)| at.as_str())
        .filter(|at| !LEFT_PLAIN.iter().any(|(plain, _)| plain == at))
        .collect();
    assert!(
        untyped.is_empty(),
        "ids without their type: {untyped:?}. Type each in openapi/overlay.yaml (\"Ids the \
         compiler checks\"), or say in tests/tests/id_types.rs' LEFT_PLAIN why it stays plain"
    );
    let stale: Vec<&str> = LEFT_PLAIN
        .iter()
        .map(|(at, _)| *at)
        .filter(|at| !found.iter().any(|(id, typed)| id == at && !typed))
        .collect();
    assert!(
        stale.is_empty(),
        "LEFT_PLAIN names ids the spec no longer has untyped: {stale:?}"
    );
    // The kinds issue 38 names, each somewhere.
    for kind in [
        "AgentId",
        "AgentPublicId",
        "IntegrationPublicId",
        "EndUserId",
        "ThreadId",
        "CallId",
        "CampaignId",
        "ContactId",
    ] {
        assert!(
            text.contains(&format!("#/components/schemas/{kind}'")),
            "{kind} is used nowhere"
        );
    }
}
