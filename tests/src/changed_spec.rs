//! The committed spec as a change day finds it, for the tests of what
//! follows the spec on its own: an operation Altur adds, one renamed.

use serde_json::{Value, json};

/// The committed spec, read.
pub fn committed() -> Value {
    serde_norway::from_str(&crate::committed_spec()).expect("the spec is YAML")
}

/// The spec as text again.
pub fn text(spec: &Value) -> String {
    serde_norway::to_string(spec).expect("a spec writes back")
}

/// The committed spec with `GET /agents` (`list_agents`), as the next
/// version of the docs site in xtask/tests/common has Altur add it: a bare
/// JSON array of agents, with a description but no summary nor tag.
pub fn with_list_agents() -> Value {
    let mut spec = committed();
    spec["paths"]["/agents"] = json!({"get": {
        "operationId": "list_agents",
        "description": "Returns the organization's Agents",
        "responses": {"200": {
            "description": "The organization's agents",
            "content": {"application/json": {"schema": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/Agent"},
            }}},
        }},
    }});
    spec
}

/// The committed spec with `operation` under another operationId, `to`:
/// the crate calls it as before, and the sandbox, reading this spec, has no
/// handler by that name.
pub fn with_renamed(operation: &str, to: &str) -> Value {
    let mut spec = committed();
    let found = spec["paths"]
        .as_object_mut()
        .expect("paths")
        .values_mut()
        .flat_map(|item| {
            item.as_object_mut()
                .into_iter()
                .flat_map(|o| o.values_mut())
        })
        .find(|o| o["operationId"] == operation)
        .unwrap_or_else(|| panic!("{operation} is in the spec"));
    found["operationId"] = json!(to);
    spec
}
