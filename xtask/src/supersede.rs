//! A reconstruction Altur now publishes a document for: what theirs says
//! differently from ours (the facts: fields, required, enum values), and what
//! ours adds that theirs lacks and that is no fact of the API (the meaning
//! of each enum value, descriptions from the facts sheet, our `x-`
//! extensions), kept as overlay actions so that the reconstruction can go.

use serde_norway::{Mapping, Value};

use crate::altur_yaml::Superseded;
use crate::overlay_edit::{Action, member};
use crate::report;

/// What theirs says differently from ours, as the report words it (ours
/// the old, theirs the new).
pub fn differences(superseded: &Superseded) -> String {
    let report = report::compare(&superseded.ours, &superseded.theirs);
    if report.is_empty() {
        return format!(
            "{}: Altur's document says what ours says\n",
            superseded.operation
        );
    }
    let mut out = format!(
        "{}: where Altur's document ({}) differs from openapi/reconstructed/{}\n",
        superseded.operation, superseded.published_at, superseded.file
    );
    for (title, changes) in report.sections.iter().filter(|(_, c)| !c.is_empty()) {
        out.push_str(&format!("  {title}\n"));
        for change in changes {
            out.push_str(&format!("    {}\n", change.line));
        }
    }
    out
}

/// Is `key` a word about the API rather than a fact of it?
fn is_ours_to_keep(key: &str) -> bool {
    matches!(key, "description" | "summary" | "title")
        || (key.starts_with("x-") && key != crate::files::SOURCE_KEY)
}

/// The overlay actions that keep what ours adds to `spec` (altur.yaml as
/// made without the reconstruction, overlay applied): for the operation,
/// its parameters and bodies, and each schema both define.
pub fn kept(superseded: &Superseded, spec: &Value) -> Vec<Action> {
    let mut actions = Vec::new();
    let reason = format!(
        "Kept from openapi/reconstructed/{} (written from the facts sheet) when Altur published {}, whose document lacks it",
        superseded.file, superseded.operation
    );
    let mut walk = Walk {
        reason: &reason,
        actions: &mut actions,
    };
    let (method, path) = superseded.operation.split_once(' ').unwrap_or_default();
    let method = method.to_ascii_lowercase();
    if let (Some(ours), Some(theirs)) = (
        superseded
            .ours
            .get("paths")
            .and_then(|p| p.get(path))
            .and_then(|i| i.get(&method)),
        spec.get("paths")
            .and_then(|p| p.get(path))
            .and_then(|i| i.get(&method)),
    ) {
        let target = member(&member("$.paths", path), &method);
        walk.node(ours, theirs, &target);
    }
    let schemas = |doc: &Value| {
        doc.get("components")
            .and_then(|c| c.get("schemas"))
            .and_then(Value::as_mapping)
            .cloned()
            .unwrap_or_default()
    };
    let theirs = schemas(spec);
    for (name, ours) in schemas(&superseded.ours) {
        let Some(name) = name.as_str() else { continue };
        if let Some(theirs) = theirs.get(name) {
            walk.node(&ours, theirs, &member("$.components.schemas", name));
        }
    }
    actions
}

struct Walk<'a> {
    reason: &'a str,
    actions: &'a mut Vec<Action>,
}

impl Walk<'_> {
    fn node(&mut self, ours: &Value, theirs: &Value, target: &str) {
        let (Value::Mapping(ours), Value::Mapping(theirs)) = (ours, theirs) else {
            return;
        };
        // A reference is followed where it leads: the schema has its own walk.
        if ours.contains_key("$ref") || theirs.contains_key("$ref") {
            return;
        }
        let mut update = Mapping::new();
        for (key, value) in ours {
            let Some(name) = key.as_str() else { continue };
            if is_ours_to_keep(name) && !theirs.contains_key(key) {
                update.insert(key.clone(), value.clone());
            }
        }
        if !update.is_empty() {
            let keys: Vec<&str> = update.keys().filter_map(Value::as_str).collect();
            self.actions.push(Action {
                target: target.to_owned(),
                description: format!("{} ({}).", self.reason, keys.join(", ")),
                update,
            });
        }
        for (key, value) in ours {
            let Some(name) = key.as_str() else { continue };
            if is_ours_to_keep(name) {
                continue;
            }
            let Some(other) = theirs.get(key) else {
                continue;
            };
            if name == "parameters" {
                self.parameters(value, other, target);
            } else if value.is_mapping() {
                self.node(value, other, &member(target, name));
            }
        }
    }

    /// Parameters are matched by name and place, not by position.
    fn parameters(&mut self, ours: &Value, theirs: &Value, target: &str) {
        let (Some(ours), Some(theirs)) = (ours.as_sequence(), theirs.as_sequence()) else {
            return;
        };
        let key = |p: &Value| {
            (
                p.get("name").and_then(Value::as_str).map(str::to_owned),
                p.get("in").and_then(Value::as_str).map(str::to_owned),
            )
        };
        for parameter in ours {
            let (Some(name), Some(place)) = key(parameter) else {
                continue;
            };
            if let Some(other) = theirs
                .iter()
                .find(|p| key(p) == (Some(name.clone()), Some(place.clone())))
            {
                let at = format!("{target}.parameters[?@.name == '{name}' && @.in == '{place}']");
                self.node(parameter, other, &at);
            }
        }
    }
}
