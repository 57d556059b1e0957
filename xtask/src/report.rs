//! What changed between two versions of openapi/altur.yaml, in the terms a
//! user of the crate cares about: what appeared, went away or changed type,
//! each marked BREAKING when code using the generated client may stop
//! compiling or decoding, and compatible otherwise.

use std::collections::BTreeMap;

use serde_norway::Value;

use crate::openapi::{members, strings};

struct Change {
    what: String,
    breaking: bool,
}

pub fn changes(old: &str, new: &str) -> Result<String, String> {
    let parse = |text: &str, which: &str| -> Result<Value, String> {
        if text.trim().is_empty() {
            return Ok(Value::Null);
        }
        serde_norway::from_str(text).map_err(|e| format!("the {which} spec is not YAML: {e}"))
    };
    let (old, new) = (parse(old, "previous")?, parse(new, "new")?);
    let mut sections: Vec<(String, Vec<Change>)> = Vec::new();

    let (old_ops, new_ops) = (operations(&old), operations(&new));
    let mut changes = Vec::new();
    for (key, op) in &new_ops {
        if !old_ops.contains_key(key) {
            changes.push(Change {
                what: format!("+ {key} ({})", operation_id(op)),
                breaking: false,
            });
        }
    }
    for (key, op) in &old_ops {
        if !new_ops.contains_key(key) {
            changes.push(Change {
                what: format!("- {key} ({})", operation_id(op)),
                breaking: true,
            });
        }
    }
    sections.push(("operations".into(), changes));

    for (key, new_op) in &new_ops {
        let Some(old_op) = old_ops.get(key) else {
            continue;
        };
        let changes = parameters(old_op, new_op);
        if !changes.is_empty() {
            sections.push((format!("parameters of {key}"), changes));
        }
        let body = |op: &Value| {
            op.get("requestBody")
                .and_then(|b| b.get("content"))
                .and_then(|c| c.get("application/json"))
                .and_then(|j| j.get("schema"))
                .cloned()
        };
        if let (Some(a), Some(b)) = (body(old_op), body(new_op)) {
            let changes = schema(&a, &b);
            if !changes.is_empty() {
                sections.push((format!("request body of {key}"), changes));
            }
        }
    }

    let (old_schemas, new_schemas) = (schemas(&old), schemas(&new));
    let mut listing = Vec::new();
    for name in new_schemas.keys().filter(|n| !old_schemas.contains_key(*n)) {
        listing.push(Change {
            what: format!("+ {name}"),
            breaking: false,
        });
    }
    for name in old_schemas.keys().filter(|n| !new_schemas.contains_key(*n)) {
        listing.push(Change {
            what: format!("- {name}"),
            breaking: true,
        });
    }
    sections.push(("schemas".into(), listing));
    for (name, new_schema) in &new_schemas {
        if let Some(old_schema) = old_schemas.get(name) {
            let changes = schema(old_schema, new_schema);
            if !changes.is_empty() {
                sections.push((format!("schema {name}"), changes));
            }
        }
    }

    let all: Vec<&Change> = sections.iter().flat_map(|(_, c)| c).collect();
    if all.is_empty() {
        return Ok("no changes to the API description\n".into());
    }
    let mut out = String::from(
        "changes to openapi/altur.yaml (BREAKING: code using the generated client may stop compiling or decoding)\n",
    );
    for (title, changes) in sections.iter().filter(|(_, c)| !c.is_empty()) {
        out.push_str(&format!("\n{title}\n"));
        for change in changes {
            let mark = if change.breaking {
                "BREAKING"
            } else {
                "compatible"
            };
            out.push_str(&format!("  {:<72} {mark}\n", change.what));
        }
    }
    let breaking = all.iter().filter(|c| c.breaking).count();
    out.push_str(&format!("\n{} changes, {breaking} breaking\n", all.len()));
    Ok(out)
}

fn operations(spec: &Value) -> BTreeMap<String, Value> {
    crate::openapi::operations(spec)
        .into_iter()
        .map(|(key, op)| (key, op.clone()))
        .collect()
}

fn operation_id(op: &Value) -> &str {
    op.get("operationId")
        .and_then(Value::as_str)
        .unwrap_or("no operationId")
}

fn schemas(spec: &Value) -> BTreeMap<String, Value> {
    spec.get("components")
        .map(|c| members(c, "schemas").into_iter().collect())
        .unwrap_or_default()
}

fn parameters(old: &Value, new: &Value) -> Vec<Change> {
    let list = |op: &Value| -> BTreeMap<String, Value> {
        op.get("parameters")
            .and_then(Value::as_sequence)
            .map(|ps| {
                ps.iter()
                    .map(|p| {
                        let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
                        let place = p.get("in").and_then(Value::as_str).unwrap_or_default();
                        (format!("{place} `{name}`"), p.clone())
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let required = |p: &Value| p.get("required").and_then(Value::as_bool).unwrap_or(false);
    let (old, new) = (list(old), list(new));
    let mut changes = Vec::new();
    for (name, p) in &new {
        match old.get(name) {
            None => changes.push(Change {
                what: format!("+ {name}{}", if required(p) { " (required)" } else { "" }),
                breaking: required(p),
            }),
            Some(before) => {
                let (a, b) = (
                    type_of(before.get("schema").unwrap_or(&Value::Null)),
                    type_of(p.get("schema").unwrap_or(&Value::Null)),
                );
                if a != b {
                    changes.push(Change {
                        what: format!("~ {name}: {a} → {b}"),
                        breaking: true,
                    });
                }
                if required(before) != required(p) {
                    let now = if required(p) { "required" } else { "optional" };
                    changes.push(Change {
                        what: format!("! {name} is now {now}"),
                        breaking: true,
                    });
                }
                changes.extend(enum_changes(name, before.get("schema"), p.get("schema")));
            }
        }
    }
    for name in old.keys().filter(|n| !new.contains_key(*n)) {
        changes.push(Change {
            what: format!("- {name}"),
            breaking: true,
        });
    }
    changes
}

fn schema(old: &Value, new: &Value) -> Vec<Change> {
    let props =
        |s: &Value| -> BTreeMap<String, Value> { members(s, "properties").into_iter().collect() };
    let required = |s: &Value| strings(s, "required");
    let (old_props, new_props) = (props(old), props(new));
    let (old_required, new_required) = (required(old), required(new));
    let mut changes = Vec::new();
    for (name, p) in &new_props {
        match old_props.get(name) {
            None => {
                let is_required = new_required.contains(name);
                changes.push(Change {
                    what: format!(
                        "+ property `{name}`: {}{}",
                        type_of(p),
                        if is_required { " (required)" } else { "" }
                    ),
                    breaking: is_required,
                });
            }
            Some(before) => {
                let (a, b) = (type_of(before), type_of(p));
                if a != b {
                    changes.push(Change {
                        what: format!("~ property `{name}`: {a} → {b}"),
                        breaking: true,
                    });
                }
                changes.extend(enum_changes(
                    &format!("property `{name}`"),
                    Some(before),
                    Some(p),
                ));
            }
        }
    }
    for name in old_props.keys().filter(|n| !new_props.contains_key(*n)) {
        changes.push(Change {
            what: format!("- property `{name}`"),
            breaking: true,
        });
    }
    for name in new_props.keys().filter(|n| old_props.contains_key(*n)) {
        let (was, is) = (old_required.contains(name), new_required.contains(name));
        if was != is {
            let now = if is { "required" } else { "optional" };
            changes.push(Change {
                what: format!("! property `{name}` is now {now}"),
                breaking: true,
            });
        }
    }
    changes.extend(enum_changes("enum", Some(old), Some(new)));
    changes
}

fn enum_changes(name: &str, old: Option<&Value>, new: Option<&Value>) -> Vec<Change> {
    let values = |s: Option<&Value>| s.map(|s| strings(s, "enum")).unwrap_or_default();
    let (old, new) = (values(old), values(new));
    let mut changes = Vec::new();
    for value in new.iter().filter(|v| !old.contains(v)) {
        changes.push(Change {
            what: format!("+ {name} value `{value}`"),
            breaking: false,
        });
    }
    for value in old.iter().filter(|v| !new.contains(v)) {
        changes.push(Change {
            what: format!("- {name} value `{value}`"),
            breaking: true,
        });
    }
    changes
}

/// `string(date-time)`, `array of Message`, `Thread`, `oneOf(...)`.
fn type_of(schema: &Value) -> String {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return reference.rsplit('/').next().unwrap_or(reference).to_owned();
    }
    if let Some(items) = schema.get("items") {
        return format!("array of {}", type_of(items));
    }
    for combinator in ["oneOf", "anyOf", "allOf"] {
        if let Some(list) = schema.get(combinator).and_then(Value::as_sequence) {
            return format!(
                "{combinator}({})",
                list.iter().map(type_of).collect::<Vec<_>>().join(", ")
            );
        }
    }
    let base = schema.get("type").and_then(Value::as_str).unwrap_or("any");
    match schema.get("format").and_then(Value::as_str) {
        Some(format) => format!("{base}({format})"),
        None => base.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_item_fields_that_are_not_methods_are_not_operations() {
        let old = "paths:\n  /a:\n    get: {operationId: get_a}\n";
        let new =
            "paths:\n  /a:\n    summary: A\n    parameters: []\n    get: {operationId: get_a}\n";
        assert_eq!(
            changes(old, new).unwrap(),
            "no changes to the API description\n"
        );
    }
}
