//! Applies an OpenAPI Overlay 1.0 document: each action's `target` is an
//! RFC 9535 JSONPath query (serde_json_path); `update` merges into each
//! selected object or appends to each selected array; `remove` deletes each
//! selected node from its parent.

use serde_json_path::JsonPath;
use serde_norway::{Mapping, Value};

/// One step of a normalized path: a member name or an array index.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Step {
    Key(String),
    Index(usize),
}

/// What applying the overlay noticed without failing.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Actions whose target selected nothing: the correction may be stale.
    pub unmatched: Vec<String>,
}

pub fn apply(document: &mut Value, overlay: &Value) -> Result<Outcome, String> {
    let version = overlay
        .get("overlay")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if !version.starts_with("1.0.") {
        return Err(format!(
            "`overlay: {version}` is not an Overlay 1.0.x document"
        ));
    }
    let actions = overlay
        .get("actions")
        .and_then(Value::as_sequence)
        .ok_or("the overlay has no `actions` list")?;
    let mut outcome = Outcome::default();
    for (number, action) in actions.iter().enumerate() {
        let label = describe(number, action);
        let target = action
            .get("target")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{label}: no `target`"))?;
        let path = JsonPath::parse(target).map_err(|e| format!("{label}: `{target}`: {e}"))?;
        let as_json = serde_json::to_value(&*document)
            .map_err(|e| format!("the document is not JSON-compatible: {e}"))?;
        let mut locations: Vec<Vec<Step>> = path
            .query_located(&as_json)
            .locations()
            .map(|location| {
                location
                    .iter()
                    .map(|element| match element.as_index() {
                        Some(i) => Step::Index(i),
                        None => Step::Key(element.as_name().unwrap_or_default().to_owned()),
                    })
                    .collect()
            })
            .collect();
        if locations.is_empty() {
            outcome
                .unmatched
                .push(format!("{label} (target `{target}`) selects nothing"));
            continue;
        }
        if action.get("remove").and_then(Value::as_bool) == Some(true) {
            // Deepest and last first, so that removing one node does not
            // shift the index of another.
            locations.sort();
            for location in locations.iter().rev() {
                remove(document, location);
            }
        } else if let Some(update) = action.get("update") {
            for location in &locations {
                let node = navigate(document, location)
                    .ok_or_else(|| format!("{label}: a selected node vanished"))?;
                match node {
                    Value::Mapping(target) => {
                        let Value::Mapping(update) = update else {
                            return Err(format!(
                                "{label}: `update` for an object must be an object"
                            ));
                        };
                        merge(target, update);
                    }
                    Value::Sequence(items) => items.push(update.clone()),
                    _ => {
                        return Err(format!(
                            "{label}: `update` selects a {} (Overlay 1.0 updates objects and arrays)",
                            kind(node)
                        ));
                    }
                }
            }
        } else {
            return Err(format!("{label}: neither `update` nor `remove: true`"));
        }
    }
    Ok(outcome)
}

fn describe(number: usize, action: &Value) -> String {
    match action.get("description").and_then(Value::as_str) {
        Some(why) => format!("overlay action {} ({why})", number + 1),
        None => format!("overlay action {} (no description)", number + 1),
    }
}

/// Members of `update` replace those of `target`, recursing into objects;
/// new members are appended.
fn merge(target: &mut Mapping, update: &Mapping) {
    for (key, value) in update {
        match (target.get_mut(key), value) {
            (Some(Value::Mapping(inner)), Value::Mapping(patch)) => merge(inner, patch),
            _ => {
                target.insert(key.clone(), value.clone());
            }
        }
    }
}

fn navigate<'a>(mut node: &'a mut Value, location: &[Step]) -> Option<&'a mut Value> {
    for step in location {
        node = match (step, node) {
            (Step::Key(key), Value::Mapping(map)) => map.get_mut(key.as_str())?,
            (Step::Index(i), Value::Sequence(items)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(node)
}

fn remove(document: &mut Value, location: &[Step]) {
    let Some((last, parent)) = location.split_last() else {
        *document = Value::Null;
        return;
    };
    match (navigate(document, parent), last) {
        (Some(Value::Mapping(map)), Step::Key(key)) => {
            map.shift_remove(key.as_str());
        }
        (Some(Value::Sequence(items)), Step::Index(i)) if *i < items.len() => {
            items.remove(*i);
        }
        _ => {}
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Sequence(_) => "array",
        Value::Mapping(_) => "object",
        Value::Tagged(_) => "tagged value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yaml(text: &str) -> Value {
        serde_norway::from_str(text).unwrap()
    }

    #[test]
    fn update_merges_objects_and_appends_to_arrays() {
        let mut doc = yaml("a: {b: 1, c: {d: 2}}\nlist: [x]\n");
        let overlay = yaml(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n\
             - {target: '$.a', update: {c: {e: 3}, f: 4}}\n\
             - {target: '$.list', update: y}\n",
        );
        apply(&mut doc, &overlay).unwrap();
        assert_eq!(
            doc,
            yaml("a: {b: 1, c: {d: 2, e: 3}, f: 4}\nlist: [x, y]\n")
        );
    }

    #[test]
    fn remove_deletes_every_match_with_a_filter_query() {
        let mut doc = yaml("required: [id, integration, name, integration]\n");
        let overlay = yaml(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n\
             - {target: \"$.required[?@ == 'integration']\", remove: true}\n",
        );
        apply(&mut doc, &overlay).unwrap();
        assert_eq!(doc, yaml("required: [id, name]\n"));
    }

    #[test]
    fn a_target_that_selects_nothing_is_reported() {
        let mut doc = yaml("a: 1\n");
        let overlay = yaml(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n\
             - {target: '$.missing', description: gone, update: {x: 1}}\n",
        );
        let outcome = apply(&mut doc, &overlay).unwrap();
        assert_eq!(
            outcome.unmatched,
            ["overlay action 1 (gone) (target `$.missing`) selects nothing"]
        );
    }

    #[test]
    fn a_bad_query_names_the_action() {
        let mut doc = yaml("a: 1\n");
        let overlay = yaml(
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n- {target: '$[', remove: true}\n",
        );
        let error = apply(&mut doc, &overlay).unwrap_err();
        assert!(
            error.starts_with("overlay action 1 (no description): `$[`"),
            "{error}"
        );
    }
}
