//! `--set path=value` on a JSON payload, checked against the payload's
//! schema (as build/webhook_samples.rs writes it out: `$ref`s in place), so
//! that a misspelt field or a value of the wrong type is refused before
//! anything is sent, naming what the schema has there.

use serde_json::{Map, Value};

/// One `--set`: a dotted path (`data.campaign.id`; a number steps into a
/// list) and the value as typed.
#[derive(Clone, Debug)]
pub struct Override {
    pub path: String,
    pub value: String,
}

/// clap's parser for `--set`.
pub fn parse(text: &str) -> Result<Override, String> {
    match text.split_once('=') {
        Some((path, value)) if !path.trim().is_empty() => Ok(Override {
            path: path.trim().to_owned(),
            value: value.to_owned(),
        }),
        _ => Err(format!(
            "`{text}` is not path=value (say data.campaign.id=1234)"
        )),
    }
}

/// `payload` with `set` applied; else why not, naming the field.
pub fn apply(payload: &mut Value, schema: &Value, set: &Override) -> Result<(), String> {
    let steps: Vec<&str> = set.path.split('.').collect();
    let mut schema = schema;
    let mut walked = Vec::new();
    for step in &steps {
        schema = child(schema, step).ok_or_else(|| {
            let here = if walked.is_empty() {
                "the payload".to_owned()
            } else {
                format!("`{}`", walked.join("."))
            };
            match fields(schema) {
                names if names.is_empty() => format!("{here} has no field `{step}`"),
                names => format!("{here} has no field `{step}` (it has {})", names.join(", ")),
            }
        })?;
        walked.push(*step);
    }
    let value = typed(&set.value, schema)
        .map_err(|expected| format!("`{}` is {expected}, not `{}`", set.path, set.value))?;
    place(payload, &steps, value);
    Ok(())
}

/// The value as JSON where it reads as JSON of a type the schema takes,
/// else the text itself where the schema takes a string (`id=1234` for a
/// string id); else what the schema expects.
fn typed(text: &str, schema: &Value) -> Result<Value, String> {
    if let Ok(value) = serde_json::from_str::<Value>(text)
        && fits(&value, schema)
    {
        return Ok(value);
    }
    let as_text = Value::String(text.to_owned());
    if fits(&as_text, schema) {
        return Ok(as_text);
    }
    Err(expected(schema))
}

/// `value` is of a type the schema allows (its enum, if it has one).
fn fits(value: &Value, schema: &Value) -> bool {
    if value.is_null() && schema.get("nullable").and_then(Value::as_bool) == Some(true) {
        return true;
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        return all.iter().all(|s| fits(value, s));
    }
    for any in ["oneOf", "anyOf"] {
        if let Some(any) = schema.get(any).and_then(Value::as_array) {
            return any.iter().any(|s| fits(value, s));
        }
    }
    if let Some(choices) = schema.get("enum").and_then(Value::as_array)
        && !choices.contains(value)
    {
        return false;
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        Some("array") => value.is_array(),
        Some("object") => value.is_object(),
        _ => true,
    }
}

fn expected(schema: &Value) -> String {
    if let Some(choices) = schema.get("enum").and_then(Value::as_array) {
        let choices: Vec<String> = choices.iter().map(Value::to_string).collect();
        return format!("one of {}", choices.join(", "));
    }
    for any in ["oneOf", "anyOf", "allOf"] {
        if let Some(first) = schema.get(any).and_then(|v| v.get(0)) {
            return expected(first);
        }
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("integer") => "an integer".into(),
        Some(kind @ ("array" | "object")) => format!("an {kind} (as JSON)"),
        Some(kind) => format!("a {kind}"),
        None => "what the schema allows".into(),
    }
}

/// The schema of `step` inside `schema`: a property, or a list's items.
fn child<'a>(schema: &'a Value, step: &str) -> Option<&'a Value> {
    if let Some(property) = schema.get("properties").and_then(|p| p.get(step)) {
        return Some(property);
    }
    if step.parse::<usize>().is_ok()
        && let Some(items) = schema.get("items")
    {
        return Some(items);
    }
    ["allOf", "oneOf", "anyOf"]
        .iter()
        .filter_map(|key| schema.get(key).and_then(Value::as_array))
        .flatten()
        .find_map(|branch| child(branch, step))
}

/// The field names a schema has (by name: serde_json's maps keep no order).
fn fields(schema: &Value) -> Vec<String> {
    let mut names: Vec<String> = schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    for key in ["allOf", "oneOf", "anyOf"] {
        for branch in schema
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            for name in fields(branch) {
                if !names.contains(&name) {
                    names.push(name);
                }
            }
        }
    }
    names
}

/// Puts `value` at `steps`, making the objects (or list places) on the way.
fn place(target: &mut Value, steps: &[&str], value: Value) {
    let Some((step, rest)) = steps.split_first() else {
        *target = value;
        return;
    };
    if let Ok(index) = step.parse::<usize>() {
        if !target.is_object() && !target.is_array() {
            *target = Value::Array(Vec::new());
        }
        if let Value::Array(list) = target {
            if list.len() <= index {
                list.resize(index + 1, Value::Null);
            }
            return place(&mut list[index], rest, value);
        }
    }
    if !target.is_object() {
        *target = Value::Object(Map::new());
    }
    if let Value::Object(fields) = target {
        let slot = fields.entry(step.to_string()).or_insert(Value::Null);
        place(slot, rest, value);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{apply, parse};

    fn schema() -> serde_json::Value {
        json!({"type": "object", "properties": {
            "event_type": {"type": "string"},
            "data": {"type": "object", "properties": {
                "campaign": {"type": "object", "properties": {
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                }},
                "status": {"type": "string", "enum": ["active", "finished"]},
                "tags": {"type": "array", "items": {"type": "string"}},
                "ended_at": {"type": "string", "nullable": true},
            }},
        }})
    }

    fn set(payload: &mut serde_json::Value, text: &str) -> Result<(), String> {
        apply(payload, &schema(), &parse(text)?)
    }

    #[test]
    fn values_are_typed_by_the_schema_and_placed_at_their_path() {
        let mut payload = json!({"data": {"campaign": {"id": 1, "name": "a"}}});
        set(&mut payload, "data.campaign.id=1234").unwrap();
        set(&mut payload, "data.campaign.name=1234").unwrap();
        set(&mut payload, "data.status=finished").unwrap();
        set(&mut payload, "data.tags.1=vip").unwrap();
        set(&mut payload, "data.ended_at=null").unwrap();
        set(&mut payload, r#"data.campaign.name="quoted, kept""#).unwrap();
        assert_eq!(
            payload,
            json!({"data": {
                "campaign": {"id": 1234, "name": "quoted, kept"},
                "status": "finished",
                "tags": [null, "vip"],
                "ended_at": null,
            }})
        );
    }

    #[test]
    fn a_misspelt_field_or_a_wrong_value_names_what_the_schema_has() {
        let mut payload = json!({});
        let why = set(&mut payload, "data.campain.id=1").unwrap_err();
        assert_eq!(
            why,
            "`data` has no field `campain` (it has campaign, ended_at, status, tags)"
        );
        let why = set(&mut payload, "data.campaign.id=twelve").unwrap_err();
        assert_eq!(why, "`data.campaign.id` is an integer, not `twelve`");
        let why = set(&mut payload, "data.status=sleeping").unwrap_err();
        assert_eq!(
            why,
            r#"`data.status` is one of "active", "finished", not `sleeping`"#
        );
        assert!(parse("data.campaign.id").is_err());
        assert_eq!(payload, json!({}), "nothing placed on a refusal");
    }
}
