//! A sample delivery of each webhook event, made from its payload schema in
//! the spec (`openapi/reconstructed/webhooks.yaml`, merged into altur.yaml),
//! for `altur webhooks trigger`. A payload schema is one with an
//! `event_type` property; its event's name opens its description
//! (`on_call_end: a call ended`), as webhooks.yaml writes each one. So an
//! event added there can be triggered with no edit here.
//!
//! Identifiers (string fields named `id` or `*_id`) end in [`UNIQUE`],
//! which `trigger` replaces on each delivery, so that a receiver that drops
//! repeats (as Altur's docs ask) takes every triggered delivery as new.

use serde_json::{Map, Value, json};

/// Replaced by something new on each delivery.
pub const UNIQUE: &str = "{unique}";

/// An event's sample payload, and the schema it was made from.
pub struct Sample {
    pub event: String,
    /// JSON text.
    pub payload: String,
    /// The payload schema as JSON text, its `$ref`s written out in place,
    /// so that `--set` overrides can be checked against it.
    pub schema: String,
}

/// A sample of each event, in the spec's order.
pub fn derive(spec_text: &str) -> Result<Vec<Sample>, String> {
    let spec: Value =
        serde_norway::from_str(spec_text).map_err(|e| format!("not a YAML document: {e}"))?;
    let schemas = spec
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .ok_or("no components.schemas")?;
    let mut samples = Vec::new();
    for schema in schemas.values() {
        if schema.pointer("/properties/event_type").is_none() {
            continue;
        }
        let Some(event) = schema
            .get("description")
            .and_then(Value::as_str)
            .and_then(|d| d.split_once(':'))
            .map(|(name, _)| name.trim())
            .filter(|name| !name.is_empty() && !name.contains(char::is_whitespace))
        else {
            continue;
        };
        let mut payload = sample(&spec, schema, "", 0);
        if let Value::Object(fields) = &mut payload {
            fields.insert("event_type".into(), Value::String(event.into()));
        }
        let text = serde_json::to_string(&payload).map_err(|e| e.to_string())?;
        let schema =
            serde_json::to_string(&inlined(&spec, schema, 0)).map_err(|e| e.to_string())?;
        samples.push(Sample {
            event: event.to_owned(),
            payload: text,
            schema,
        });
    }
    if samples.is_empty() {
        return Err(
            "no webhook payload schema (one with an `event_type` property and a \
                    description opening with its event's name)"
                .into(),
        );
    }
    Ok(samples)
}

/// `schema` with each `$ref` replaced by what it refers to (a schema that
/// refers to itself is cut off, as in the samples, by an empty schema).
fn inlined(spec: &Value, schema: &Value, depth: usize) -> Value {
    match schema {
        Value::Object(fields) => {
            if let Some(reference) = fields.get("$ref").and_then(Value::as_str) {
                let target = reference
                    .strip_prefix('#')
                    .and_then(|pointer| spec.pointer(pointer));
                return match target {
                    Some(target) if depth <= 8 => inlined(spec, target, depth + 1),
                    _ => json!({}),
                };
            }
            Value::Object(
                fields
                    .iter()
                    // Words for people, not for the check.
                    .filter(|(key, _)| !matches!(key.as_str(), "description" | "example"))
                    .map(|(key, value)| (key.clone(), inlined(spec, value, depth)))
                    .collect(),
            )
        }
        Value::Array(items) => {
            Value::Array(items.iter().map(|v| inlined(spec, v, depth)).collect())
        }
        other => other.clone(),
    }
}

/// A value of `schema`: its example or first enum value where it has one,
/// else a plausible value of its type and format.
fn sample(spec: &Value, schema: &Value, name: &str, depth: usize) -> Value {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let target = reference
            .strip_prefix('#')
            .and_then(|pointer| spec.pointer(pointer))
            .cloned()
            .unwrap_or(Value::Null);
        // A schema that refers to itself stops here.
        return if depth > 8 {
            Value::Null
        } else {
            sample(spec, &target, name, depth + 1)
        };
    }
    for combined in ["allOf", "oneOf", "anyOf"] {
        if let Some(first) = schema.get(combined).and_then(|v| v.get(0)) {
            return sample(spec, first, name, depth + 1);
        }
    }
    if let Some(example) = schema.get("example") {
        return example.clone();
    }
    if let Some(first) = schema.get("enum").and_then(|v| v.get(0)) {
        return first.clone();
    }
    let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
    match schema.get("type").and_then(Value::as_str) {
        Some("string") => match format {
            // As Altur writes them: the project's offset, microseconds.
            "date-time" => json!("2026-06-08T14:23:15.482000-06:00"),
            "date" => json!("2026-06-08"),
            "uuid" => json!("0d4f7c1e-3b2a-4e8f-9c6d-1a2b3c4d5e6f"),
            _ if name == "id" || name.ends_with("_id") => json!(format!("sample_{name}_{UNIQUE}")),
            _ => json!(format!("sample {name}")),
        },
        Some("integer") => json!(42),
        Some("number") => json!(4.5),
        Some("boolean") => json!(true),
        Some("array") => match schema.get("items") {
            Some(items) if depth < 8 => json!([sample(spec, items, name, depth + 1)]),
            _ => json!([]),
        },
        _ => {
            let mut object = Map::new();
            if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
                for (field, property) in properties {
                    if depth < 8 {
                        object.insert(field.clone(), sample(spec, property, field, depth + 1));
                    }
                }
            }
            Value::Object(object)
        }
    }
}
